"use client";

import { useEffect, useState, type RefObject } from "react";

/** Lists this far beyond either side of the board's visible area still render their cards. */
const MARGIN_PX = 320;
/** Roughly one list's width with its gap; only used to guess before the first measurement. */
const COLUMN_STRIDE_PX = 300;

/**
 * Whether a list is on, or close to, the visible part of the sideways-scrolling board. Lists far
 * off to the side render no cards, so they cost nothing while someone drags on the visible ones.
 */
export function useNearViewport(ref: RefObject<Element | null>, index: number): boolean {
  // A first guess from the list's position, so the first paint is right without waiting for the observer.
  const [near, setNear] = useState(() => typeof window === "undefined" || index * COLUMN_STRIDE_PX < window.innerWidth + MARGIN_PX);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === "undefined") return;
    const root = element.closest("[data-board-scroller]");
    const observer = new IntersectionObserver(([entry]) => setNear(entry.isIntersecting), {
      root,
      rootMargin: `0px ${MARGIN_PX}px`,
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return near;
}
