import { z } from "zod";
import { pageOf, PaginationQuery } from "@/lib/core/pagination";

export const SessionSchema = z
  .object({
    id: z.string().meta({ example: "ses_01k2m3n4p5q6r7s8t9v0w1x2y3" }),
    device: z.string().meta({ description: "Browser and system, read from the user agent.", example: "Firefox on Linux" }),
    user_agent: z.string(),
    ip: z.string().meta({ description: "The address it was last seen from (as the rate limits key it: an IPv6 /64, or `direct`)." }),
    created_at: z.string().meta({ description: "When it signed in." }),
    last_seen_at: z.string().meta({ description: "Updated at most every 5 minutes." }),
    current: z.boolean().meta({ description: "True for the session making this request." }),
  })
  .meta({ id: "Session" });
export type SessionJson = z.infer<typeof SessionSchema>;

export const SessionPage = pageOf(SessionSchema, "SessionPage");

export const ListSessionsQuery = PaginationQuery.strict();
export type ListSessionsQuery = z.infer<typeof ListSessionsQuery>;
