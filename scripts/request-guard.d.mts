// Types of scripts/request-guard.mjs (plain JavaScript, so `npm start` runs it without tsx).
import type { IncomingMessage, ServerResponse } from "node:http";

export const CLIENT_ADDRESS_HEADER: string;
export const CLIENT_ADDRESS_MARK: unique symbol;
export type Route = { pattern: RegExp; rank: number[]; catchAll: boolean; allow: string };
export function markClientAddressTrusted(): void;
export function normalizeAddress(address: string | undefined): string | undefined;
export function setClientAddress(req: IncomingMessage): void;
export function readRouteTable(appDir: string): Route[];
export function findRoute(routes: Route[], pathname: string): Route | undefined;
export function createRequestGuard(options: { routes: () => Route[] }): (req: IncomingMessage, res: ServerResponse) => boolean;
