"use client";

import { createContext, useContext } from "react";
import type { MilestoneJson } from "@/lib/api-client/types";

/** What card fronts show of planning: milestone names, and which cards an unfinished predecessor blocks. */
export type PlanningLookups = { milestonesById: Map<string, MilestoneJson>; blockedCardIds: Set<string> };

const EMPTY: PlanningLookups = { milestonesById: new Map(), blockedCardIds: new Set() };
const PlanningContext = createContext<PlanningLookups>(EMPTY);
export const PlanningProvider = PlanningContext.Provider;
export const usePlanningLookups = () => useContext(PlanningContext);
