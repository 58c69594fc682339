// `npm start`: production server (scripts/server.mjs); builds first when there is no up-to-date build.
import { buildIfStale } from "./build-if-stale.mjs";
import { parseArgs, startServer } from "./server.mjs";

const status = buildIfStale("start");
if (status !== 0) process.exit(status);
try {
  await startServer({ ...parseArgs(process.argv.slice(2)), dev: false });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
