// Shared helpers for the planning tests (milestones, sprints, dependencies); not a test file itself.
import { expect } from "vitest";
import { EmbeddedWorker } from "@/lib/webhooks/embedded-worker";
import type { TestUser } from "../support/factories";
import { startReceiver } from "../support/webhook-receiver";
import { registerWebhook } from "./webhook-test-kit";

/**
 * Registers a webhook for `events` on a real receiver, runs `act`, and returns the bodies of the
 * `expected` deliveries it got (the embedded worker sends them over real HTTP).
 */
export async function deliveries(owner: TestUser, events: string[], expected: number, act: () => Promise<void>): Promise<any[]> {
  process.env.WEBHOOKS_ALLOW_PRIVATE = "1";
  const receiver = await startReceiver();
  const worker = new EmbeddedWorker({ pollMs: 50, concurrency: 2 }).start();
  try {
    await registerWebhook(owner, { url: receiver.url, events });
    await act();
    const requests = await receiver.waitFor(expected, 15_000);
    const bodies = requests.map((r) => JSON.parse(r.rawBody));
    expect(bodies).toHaveLength(expected);
    return bodies;
  } finally {
    await worker.stop();
    await receiver.stop();
  }
}
