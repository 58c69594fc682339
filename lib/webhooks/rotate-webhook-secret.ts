import { eq } from "drizzle-orm";
import { webhooks } from "@/db/schema";
import { recordEvent } from "@/lib/events/record-event";
import { transact } from "@/lib/events/transaction";
import type { Ctx } from "@/lib/workspaces/context";
import { requireWebhookAdmin } from "./authorize-webhooks";
import { deliveryHealth } from "./delivery-health";
import { findWebhook } from "./find-webhook";
import type { RotateSecretInput, WebhookWithSecretJson } from "./schemas";
import { serializeWebhook } from "./serialize-webhook";
import { generateWebhookSecret, secretHint } from "./sign-payload";
import { encryptWebhookSecret } from "./webhook-secrets";

/**
 * Issues a new secret (generated, or the caller's own), returned once. With a grace period the old one keeps signing too
 * (webhook-signature carries both) so receivers can switch without dropping deliveries.
 */
export async function rotateWebhookSecret({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: RotateSecretInput;
}): Promise<WebhookWithSecretJson> {
  requireWebhookAdmin(ctx, "write");
  const grace = input.grace_period_seconds ?? 0;
  const secret = input.secret ?? generateWebhookSecret();
  return transact(ctx.db, async (tx) => {
    const current = await findWebhook(ctx, tx, id, { forUpdate: true });
    const now = new Date();
    const [row] = await tx
      .update(webhooks)
      .set({
        secretCiphertext: encryptWebhookSecret(secret),
        secretHint: secretHint(secret),
        previousSecretCiphertext: grace > 0 ? current.secretCiphertext : null,
        previousSecretExpiresAt: grace > 0 ? new Date(now.getTime() + grace * 1000) : null,
        updatedAt: now,
      })
      .where(eq(webhooks.id, id))
      .returning();
    const data = serializeWebhook(row, await deliveryHealth(tx, row.id));
    await recordEvent(tx, {
      workspaceId: row.workspaceId,
      type: "webhook.updated",
      boardId: null,
      actor: ctx.caller.user,
      data,
      changes: { secret_hint: { from: current.secretHint, to: row.secretHint } },
    });
    return { ...data, secret };
  });
}
