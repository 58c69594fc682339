"use client";

import type * as React from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";

import { workspaceQueryKeyHash } from "@/lib/api-client/query-keys";

import { Toaster } from "@/components/ui/toaster";
import { TooltipProvider } from "@/components/ui/tooltip";

const MAX_RETRIES = 2;

/**
 * HTTP status carried by an error thrown from a query function. Duck-typed so any fetch wrapper
 * works: `error.status`, or `error.response.status` (openapi-fetch / ky style).
 */
function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { status, response } = error as { status?: unknown; response?: { status?: unknown } };
  if (typeof status === "number") return status;
  if (typeof response?.status === "number") return response.status;
  return undefined;
}

/** Retry network errors and 5xx; a 4xx (bad input, no access, not found, rate limited) will not improve by asking again. */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  const status = httpStatusOf(error);
  if (status !== undefined && status >= 400 && status < 500) return false;
  return failureCount < MAX_RETRIES;
}

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        retry: shouldRetryQuery,
        // Every key is scoped to the page's workspace (lib/api-client/query-keys.ts).
        queryKeyHashFn: workspaceQueryKeyHash,
      },
      // Mutations are not idempotent in general (creating a card twice): never retry them silently.
      mutations: { retry: false },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

/**
 * One client per browser session, a fresh one per server render (so no cache is shared between
 * users). A module-level singleton rather than useState, as TanStack's Next.js guide advises:
 * React discards state created during a first render that suspends, which would silently
 * replace the client (and its cache) when no Suspense boundary sits below this provider.
 */
function getQueryClient(): QueryClient {
  if (typeof window === "undefined") return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

/** Client-side context for the whole app: data cache, tooltip timing, toasts. */
export function Providers({ children }: { children: React.ReactNode }) {
  const queryClient = getQueryClient();
  return (
    <QueryClientProvider client={queryClient}>
      <TooltipProvider>
        {children}
        <Toaster />
      </TooltipProvider>
    </QueryClientProvider>
  );
}
