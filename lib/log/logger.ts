// Structured logs: one JSON object per line (pino), or a readable line in development
// (LOG_FORMAT=pretty, the default when NODE_ENV=development). LOG_LEVEL picks the level. Never
// bodies, headers or query values: callers log ids, routes, codes and durations only, and the
// redaction below is a second net for fields whose names say "secret".
import { Writable } from "node:stream";
import pino, { type DestinationStream, type Logger } from "pino";
import { config } from "@/config";

export type { Logger } from "pino";

const REDACT = [
  "authorization",
  "cookie",
  "password",
  "token",
  "secret",
  "*.authorization",
  "*.cookie",
  "*.password",
  "*.token",
  "*.secret",
  "headers",
  "body",
];

const holder = globalThis as unknown as { __tasktideLog?: { key: string; logger: Logger }; __tasktideLogTo?: DestinationStream };

/** The process's logger (rebuilt when LOG_LEVEL / LOG_FORMAT change, as config() is). */
export function log(): Logger {
  const { level, format } = config().log;
  const key = `${level}:${format}`;
  if (holder.__tasktideLog?.key !== key) {
    const destination = holder.__tasktideLogTo ?? (format === "pretty" ? prettyStream() : pino.destination({ fd: 1, sync: true }));
    const logger = pino(
      {
        level,
        base: { pid: process.pid },
        timestamp: pino.stdTimeFunctions.isoTime,
        redact: { paths: REDACT, censor: "[redacted]" },
        formatters: { level: (label) => ({ level: label }) },
      },
      destination,
    );
    holder.__tasktideLog = { key, logger };
  }
  return holder.__tasktideLog.logger;
}

/** Tests capture the log lines (JSON) into a stream of their own; undefined restores stdout. */
export function setLogDestination(destination: DestinationStream | undefined): void {
  holder.__tasktideLogTo = destination;
  holder.__tasktideLog = undefined;
}

const COLORS: Record<string, string> = { fatal: "35", error: "31", warn: "33", info: "32", debug: "36", trace: "90" };

/**
 * `12:03:04 INFO  request GET /v1/cards 201 12ms request_id=… actor=usr_…`: pino-pretty would
 * need a worker thread (a transport), which Next's bundle does not carry; this is enough.
 */
function prettyStream(): DestinationStream {
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n")) if (line) process.stdout.write(`${prettyLine(line)}\n`);
      done();
    },
  });
  return out as unknown as DestinationStream;
}

export function prettyLine(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line);
  } catch {
    return line;
  }
  const { time, level, msg, pid: _pid, ...rest } = entry;
  const label = String(level ?? "info");
  const clock = typeof time === "string" ? time.slice(11, 19) : "";
  const head = `\x1b[${COLORS[label] ?? "0"}m${label.toUpperCase().padEnd(5)}\x1b[0m`;
  const fields = Object.entries(rest)
    .map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join(" ");
  return `${clock} ${head} ${msg ?? ""}${fields ? ` ${fields}` : ""}`;
}
