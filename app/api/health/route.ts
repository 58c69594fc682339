import { sql } from "drizzle-orm";
import { getOpenedDatabase } from "@/db/client";

export const dynamic = "force-dynamic";

// GET /api/health – readiness: the database is open and migrated.
export async function GET() {
  try {
    const { db, driver } = await getOpenedDatabase();
    await db.execute(sql`select 1`);
    return Response.json({ status: "ok", database: driver });
  } catch (error) {
    console.error("health check failed:", error);
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
