// npm run bench:import — a Trello export of BENCH_CARDS cards (default 1000; each with a label, a
// three-item checklist and a comment, over 10 lists) through the real POST /v1/imports route
// handler, timed from the request to the import's `completed` (parse + check + the one
// transaction with every row and event), and the JSON parse and plan alone. The target is under
// 30 s for 1,000 cards. PostgreSQL when DATABASE_URL is set (a throwaway database), otherwise
// in-memory PGlite. BENCH_ROUNDS (default 3) imports of fresh copies (a new file hash each).
import { signUp } from "@/lib/accounts/sign-up";
import { planFromTrello } from "@/lib/imports/from-trello";
import { importSettled } from "@/lib/imports/run-import";
import { createToken } from "@/lib/tokens/create-token";
import type { Ctx } from "@/lib/workspaces/context";
import * as importRoute from "../app/v1/imports/[id]/route";
import * as importsRoute from "../app/v1/imports/route";
import { bigTrelloBoard } from "../test/support/trello-export";
import { openBenchDatabase } from "./bench-database";

const CARDS = Number(process.env.BENCH_CARDS || 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
process.env.RATE_LIMIT_PER_MINUTE = "100000000";
process.env.APP_SECRET ||= "bench-secret";

const bench = await openBenchDatabase();
try {
  const email = `bench.${Date.now()}@example.test`;
  const account = await signUp(bench.db, { name: "Bench", email, password: "bench-password-123" });
  if (!account.ok) throw new Error("sign-up failed");
  const ctx: Ctx = {
    db: bench.db,
    caller: { user: { id: account.userId, name: "Bench", email }, workspaceId: account.workspaceId, role: "owner", via: "session" },
  };
  const { token } = await createToken({ ctx, input: { name: "bench", scope: "read_write" } });
  console.log(`bench:import — ${CARDS} cards, ${ROUNDS} rounds, ${bench.driver}`);
  for (let round = 1; round <= ROUNDS; round++) {
    const text = JSON.stringify(bigTrelloBoard(CARDS));
    const planStart = performance.now();
    planFromTrello(JSON.parse(text));
    const planMs = performance.now() - planStart;
    const form = new FormData();
    form.append("kind", "trello");
    form.append("file", new Blob([text]), "trello.json");
    const start = performance.now();
    const res = await importsRoute.POST(
      new Request("http://127.0.0.1/v1/imports", { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form }),
    );
    const accepted = (await res.json()) as { id: string; status: string };
    if (res.status !== 202) throw new Error(`POST /v1/imports answered ${res.status}: ${JSON.stringify(accepted)}`);
    const acceptedMs = performance.now() - start;
    await importSettled(accepted.id);
    const done = await importRoute.GET(
      new Request(`http://127.0.0.1/v1/imports/${accepted.id}`, { headers: { authorization: `Bearer ${token}` } }),
      { params: Promise.resolve({ id: accepted.id }) },
    );
    const body = (await done.json()) as { status: string; counts: Record<string, number>; error: string | null };
    const totalMs = performance.now() - start;
    if (body.status !== "completed") throw new Error(`import ${body.status}: ${body.error}`);
    console.log(
      `  round ${round}: ${(text.length / 1024 / 1024).toFixed(1)} MB file, accepted (202) in ${acceptedMs.toFixed(0)} ms, completed in ${(totalMs / 1000).toFixed(2)} s (parse + plan ${planMs.toFixed(0)} ms); ${JSON.stringify(body.counts)}`,
    );
  }
} finally {
  await bench.close();
  await bench.drop();
}
