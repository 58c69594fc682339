import fs from "node:fs";
import path from "node:path";

/**
 * PGlite is a single-process database: two processes writing one data directory corrupt it.
 * A pid file taken with an exclusive create turns that into a clear error. A lock left by a
 * process that no longer runs (a crash, kill -9) is taken over.
 */
export function acquirePgliteLock(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "tasktide.lock");
  for (let tries = 0; tries < 2; tries++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      const release = () => fs.rmSync(file, { force: true });
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(fs.readFileSync(file, "utf8"));
      if (owner === process.pid) return () => {};
      if (owner && isRunning(owner)) {
        throw new Error(
          `The embedded database in ${dir} is in use by another Tasktide process (pid ${owner}). ` +
            "Stop that process, or give this one its own DATA_DIR, or set DATABASE_URL to use PostgreSQL.",
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock the embedded database in ${dir}.`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
