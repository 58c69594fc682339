"use client";

import { useEffect, useState, useSyncExternalStore, type RefObject } from "react";

/** Lists this far beyond either side of the board's visible area still render their cards. */
const MARGIN_PX = 320;
/** Roughly one list's width with its gap; only used to guess before the first measurement. */
const COLUMN_STRIDE_PX = 300;
/** The viewport width the server renders the board for (it cannot know the browser's). */
const SERVER_VIEWPORT_PX = 1280;

const subscribeToNothing = () => () => {};

/**
 * Whether a list is on, or close to, the visible part of the sideways-scrolling board. Lists far
 * off to the side render no cards, so they cost nothing while someone drags on the visible ones.
 */
export function useNearViewport(ref: RefObject<Element | null>, index: number): boolean {
  // A first guess from the list's position, so the first paint is right without waiting for the
  // observer: for a typical screen on the server and while hydrating its HTML, then for this one.
  const guess = useSyncExternalStore(
    subscribeToNothing,
    () => index * COLUMN_STRIDE_PX < window.innerWidth + MARGIN_PX,
    () => index * COLUMN_STRIDE_PX < SERVER_VIEWPORT_PX + MARGIN_PX,
  );
  const [seen, setNear] = useState<boolean | null>(null);
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
  return seen ?? guess;
}
