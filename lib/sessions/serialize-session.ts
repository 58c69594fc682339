import type { UserSession } from "@/db/schema";
import { describeDevice } from "./device";
import type { SessionJson } from "./schemas";

export function serializeSession(row: UserSession, currentSessionId: string | undefined): SessionJson {
  return {
    id: row.id,
    device: describeDevice(row.userAgent),
    user_agent: row.userAgent,
    ip: row.ip,
    created_at: row.createdAt.toISOString(),
    last_seen_at: row.lastSeenAt.toISOString(),
    current: row.id === currentSessionId,
  };
}
