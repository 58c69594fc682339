import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, setDatabase, type Database } from "@/db/client";
import { signUp } from "@/lib/accounts/sign-up";
import type { Ctx } from "@/lib/workspaces/context";

// A request log line per call would drown the figures (and cost time of its own): warnings only, unless asked.
process.env.LOG_LEVEL ||= "warn";

/**
 * The database a benchmark runs on: with DATABASE_URL, a throwaway database created on that
 * server (and dropped by `drop()`), so a run never touches real data; otherwise an in-memory
 * PGlite. Either way it becomes the app's database for this process.
 */
export async function openBenchDatabase(options: { onQuery?: () => void } = {}) {
  let url: string | undefined;
  let dropServerDatabase = async () => {};
  if (process.env.DATABASE_URL) {
    const name = `tasktide_bench_${randomBytes(5).toString("hex")}`;
    const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const target = new URL(process.env.DATABASE_URL);
    target.pathname = `/${name}`;
    url = target.toString();
    dropServerDatabase = async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }
  const opened = await openDatabase({ url, dir: "memory://", onQuery: options.onQuery });
  setDatabase(opened);
  return { db: opened.db, driver: opened.driver, url, close: () => opened.close(), drop: dropServerDatabase };
}

/** A fresh owner account on the bench database and the request context it acts with, as every bench starts. */
export async function openBenchOwner(db: Database): Promise<{ ctx: Ctx; user: Ctx["caller"]["user"]; workspaceId: string }> {
  const email = `bench.${Date.now()}@example.test`;
  const account = await signUp(db, { name: "Bench", email, password: "bench-password-123" });
  if (!account.ok) throw new Error("sign-up failed");
  const user = { id: account.userId, name: "Bench", email };
  const workspaceId = account.workspaceId;
  return { ctx: { db, caller: { user, workspaceId, role: "owner", via: "session" } }, user, workspaceId };
}
