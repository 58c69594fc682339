import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import { closeDatabase, getDb, setDatabaseFactory } from "@/db/client";
import { resetRateLimiters } from "@/lib/rate-limit/limiter";
import { flushSessionSightings } from "@/lib/auth/sessions";
import { flushTokenUses } from "@/lib/tokens/note-token-use";
import { setDeliveryScheduler } from "@/lib/webhooks/delivery-scheduler";
import { openThrowawayDatabase } from "./support/throwaway-database";

// Every test file gets its own database, opened lazily by the first query it makes.
setDatabaseFactory(openThrowawayDatabase);
process.env.APP_SECRET ??= "test-secret-not-for-production";
// Tests play the part of a reverse proxy, naming client IPs with X-Real-IP / X-Forwarded-For.
process.env.TRUST_PROXY ??= "1";
// One log line per request would bury the test output; the logging tests turn them back on.
process.env.LOG_LEVEL ??= "warn";
// Each file chooses its delivery scheduler from its own configuration, on first use (the Inngest
// tests set INNGEST_DEV before they make any change).
setDeliveryScheduler(undefined);

// Integration files open (and migrate) their database before their first test, under the hook
// timeout, so a slow start on a busy machine is not charged to whichever test happens to run first.
beforeAll(async () => {
  if (expect.getState().testPath?.includes("/test/integration/")) await getDb();
});

// Every request of a test file comes from one process; each test starts with fresh rate budgets.
beforeEach(() => resetRateLimiters());

afterAll(async () => {
  // Tokens' last_used_at is written in batches after the request; write the last batch first.
  await flushTokenUses();
  await flushSessionSightings();
  await closeDatabase();
});
