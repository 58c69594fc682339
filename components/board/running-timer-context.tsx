"use client";

import { createContext, useContext } from "react";

/** The card whose timer the viewer is running, if any (one timer per person). */
const RunningTimerContext = createContext<string | null>(null);
export const RunningTimerProvider = RunningTimerContext.Provider;
export const useRunningTimerCardId = () => useContext(RunningTimerContext);
