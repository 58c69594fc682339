import { count, eq } from "drizzle-orm";
import { webhooks, workspaces } from "@/db/schema";
import { conflict } from "@/lib/core/errors";
import { config } from "@/config";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import { newId } from "@/lib/ids";
import type { Ctx } from "@/lib/workspaces/context";
import { requireWebhookAdmin } from "./authorize-webhooks";
import type { CreateWebhookInput, WebhookWithSecretJson } from "./schemas";
import { serializeWebhook } from "./serialize-webhook";
import { generateWebhookSecret, secretHint } from "./sign-payload";
import { validateBoardIds } from "./validate-board-ids";
import { PAUSED_BY_ADMIN } from "./update-webhook";
import { validateWebhookUrl } from "./validate-webhook-url";
import { encryptWebhookSecret } from "./webhook-secrets";
import { storedHeaders } from "./custom-headers";

export const maxWebhooksPerWorkspace = () => config().webhooks.maxPerWorkspace;

/** Registers a webhook and returns its secret (generated, or the caller's own) — the only time the secret is shown. */
export async function createWebhook({ ctx, input }: { ctx: Ctx; input: CreateWebhookInput }): Promise<WebhookWithSecretJson> {
  requireWebhookAdmin(ctx, "write");
  const url = await validateWebhookUrl(input.url);
  const secret = input.secret ?? generateWebhookSecret();
  return transact(ctx.db, async (tx) => {
    // Locking the workspace row serializes concurrent creates, so the limit holds.
    await tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.id, ctx.caller.workspaceId)).for("update");
    const [{ existing }] = await tx.select({ existing: count() }).from(webhooks).where(eq(webhooks.workspaceId, ctx.caller.workspaceId));
    const max = maxWebhooksPerWorkspace();
    if (existing >= max) throw conflict(`A workspace can have at most ${max} webhooks; delete one first.`);
    await validateBoardIds(tx, ctx.caller.workspaceId, input.board_ids ?? []);
    const now = new Date();
    const id = newId("webhook");
    const values = {
      id,
      workspaceId: ctx.caller.workspaceId,
      url,
      description: input.description ?? "",
      events: input.events ?? [],
      boardIds: input.board_ids ?? [],
      active: input.active ?? true,
      signatureFormat: input.signature_format ?? "sha256_prefixed",
      ...storedHeaders(input.headers ?? {}),
      rateLimitPerSecond: input.rate_limit_per_second ?? null,
      maxDeliveriesPerDay: input.max_deliveries_per_day ?? null,
      // Registered paused: the admin's choice, shown like a pause.
      ...(input.active === false ? { disabledReason: PAUSED_BY_ADMIN, disabledAt: now, disabledBy: "admin" as const } : {}),
      secretCiphertext: encryptWebhookSecret(secret),
      secretHint: secretHint(secret),
      createdBy: ctx.caller.user.id,
      createdAt: now,
      updatedAt: now,
    };
    // The event is recorded before the row exists, so a new webhook is not sent its own creation.
    const data = serializeWebhook({
      disabledReason: null,
      disabledAt: null,
      disabledBy: null,
      ...values,
      previousSecretCiphertext: null,
      previousSecretExpiresAt: null,
      consecutiveFailures: 0,
      disabledAcknowledgedAt: null,
    });
    await recordEvent(tx, { workspaceId: ctx.caller.workspaceId, type: "webhook.created", boardId: null, actor: ctx.caller.user, data });
    const [row] = await tx.insert(webhooks).values(values).returning();
    return { ...serializeWebhook(row), secret };
  });
}
