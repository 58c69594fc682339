// `npm start`: production server; builds first when there is no up-to-date build.
import { spawn } from "node:child_process";
import { buildIfStale } from "./build-if-stale.mjs";

const status = buildIfStale("start");
if (status !== 0) process.exit(status);
const server = spawn("npx", ["next", "start", ...process.argv.slice(2)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
