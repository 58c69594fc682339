// Child process of webhook-crash.test.ts: a stand-in for the app process, run with `npx tsx`.
//   record <receiverUrl> <events>: creates a webhook, starts the embedded worker, records events,
//                                  then prints READY and keeps working until it is killed.
//   drain <webhookId> <events>:    starts the worker and prints the deliveries once all succeeded.
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";
import { signUp } from "@/lib/accounts/sign-up";
import { createBoard } from "@/lib/boards/create-board";
import { createWebhook } from "@/lib/webhooks/create-webhook";
import { startEmbeddedWorker } from "@/lib/webhooks/embedded-worker";
import type { Ctx } from "@/lib/workspaces/context";

const [mode, arg, countArg] = process.argv.slice(2);
const count = Number(countArg);
const db = await getDb();

if (mode === "record") {
  const email = `crash.${Date.now()}@example.test`;
  const result = await signUp(db, { name: "Crash", email, password: "crash-test-password" });
  if (!result.ok) throw new Error("sign-up failed");
  const ctx: Ctx = {
    db,
    caller: { user: { id: result.userId, name: "Crash", email }, workspaceId: result.workspaceId, role: "owner", via: "session" },
  };
  const webhook = await createWebhook({ ctx, input: { url: arg, events: ["board.created"] } });
  startEmbeddedWorker({ pollMs: 50, concurrency: 4 });
  for (let i = 0; i < count; i++) await createBoard({ ctx, input: { name: `crash ${i}` } });
  console.log(`READY ${JSON.stringify({ webhookId: webhook.id, secret: webhook.secret })}`);
  setInterval(() => {}, 1000); // stay alive until SIGKILL
} else if (mode === "drain") {
  startEmbeddedWorker({ pollMs: 50, concurrency: 4 });
  const until = Date.now() + 30_000;
  for (;;) {
    const rows = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.webhookId, arg));
    if (rows.length === count && rows.every((row) => row.status === "success")) {
      console.log(`DONE ${JSON.stringify(rows.map((row) => ({ id: row.id, attempts: row.attempts })))}`);
      process.exit(0);
    }
    if (Date.now() > until) {
      console.log(`TIMEOUT ${JSON.stringify(rows.map((row) => [row.id, row.status, row.attempts, row.lockedUntil]))}`);
      process.exit(1);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
