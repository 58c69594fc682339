import { bigint, integer, pgTable, varchar } from "drizzle-orm/pg-core";

/**
 * The shared rate-limit store when RATE_LIMIT_STORE=postgres: the table layout
 * rate-limiter-flexible's RateLimiterPostgres expects (key, points, expire in epoch ms). It is
 * created by our migrations rather than by the library at run time.
 */
export const rateLimits = pgTable("rate_limits", {
  key: varchar("key", { length: 255 }).primaryKey(),
  points: integer("points").notNull().default(0),
  expire: bigint("expire", { mode: "number" }),
});
