import { eq } from "drizzle-orm";
import { z } from "zod";
import { workspaces } from "@/db/schema";
import { invalidRequest } from "@/lib/core/errors";
import type { Ctx } from "@/lib/workspaces/context";
import { requireWebhookAdmin } from "./authorize-webhooks";
import { webhookPolicy } from "./current-policy";

// The workspace's webhook settings: for now, how long its delivery log is kept. The server's
// WEBHOOK_LOG_RETENTION_DAYS is the ceiling (the operator's disk), a workspace may keep less.

export const WebhookSettingsSchema = z
  .object({
    delivery_retention_days: z
      .number()
      .int()
      .nullable()
      .meta({ description: "How long this workspace's deliveries are kept; null = the server's maximum." }),
    effective_retention_days: z.number().int().meta({ description: "What applies now: the setting, never above the server's maximum." }),
    max_retention_days: z.number().int().meta({ description: "The server's WEBHOOK_LOG_RETENTION_DAYS." }),
  })
  .meta({ id: "WebhookSettings" });
export type WebhookSettingsJson = z.infer<typeof WebhookSettingsSchema>;

export const UpdateWebhookSettingsInput = z
  .strictObject({
    delivery_retention_days: z
      .number()
      .int("delivery_retention_days must be a whole number of days.")
      .min(1, "delivery_retention_days must be at least 1.")
      .nullable()
      .meta({ description: "1 to the server's WEBHOOK_LOG_RETENTION_DAYS, or null for that maximum." }),
  })
  .meta({ id: "UpdateWebhookSettingsInput" });
export type UpdateWebhookSettingsInput = z.infer<typeof UpdateWebhookSettingsInput>;

function settingsJson(days: number | null): WebhookSettingsJson {
  const max = webhookPolicy().retentionDays;
  return { delivery_retention_days: days, effective_retention_days: Math.min(days ?? max, max), max_retention_days: max };
}

export async function getWebhookSettings({ ctx }: { ctx: Ctx }): Promise<WebhookSettingsJson> {
  requireWebhookAdmin(ctx, "read");
  const [row] = await ctx.db
    .select({ days: workspaces.webhookLogRetentionDays })
    .from(workspaces)
    .where(eq(workspaces.id, ctx.caller.workspaceId));
  return settingsJson(row?.days ?? null);
}

export async function updateWebhookSettings({ ctx, input }: { ctx: Ctx; input: UpdateWebhookSettingsInput }): Promise<WebhookSettingsJson> {
  requireWebhookAdmin(ctx, "write");
  const max = webhookPolicy().retentionDays;
  const days = input.delivery_retention_days;
  if (days !== null && days > max)
    throw invalidRequest(`delivery_retention_days must be at most ${max} (the server's WEBHOOK_LOG_RETENTION_DAYS).`, [
      { field: "delivery_retention_days", message: `At most ${max}.` },
    ]);
  await ctx.db.update(workspaces).set({ webhookLogRetentionDays: days }).where(eq(workspaces.id, ctx.caller.workspaceId));
  return settingsJson(days);
}
