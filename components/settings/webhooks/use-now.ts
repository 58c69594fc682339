"use client";

import { useEffect, useState } from "react";

/** The current time, re-read every `everyMs`, so "in 4 seconds" counts down on screen. */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}
