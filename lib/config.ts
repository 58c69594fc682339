import path from "node:path";

/** Where the embedded database, generated secrets and uploads live when nothing else is set. */
export function dataDir(): string {
  return path.resolve(process.env.DATA_DIR || ".data");
}

export function isProduction(): boolean {
  return process.env.NODE_ENV === "production";
}

export function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  return Number.isFinite(value) ? value : fallback;
}
