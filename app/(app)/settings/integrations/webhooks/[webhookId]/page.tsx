import type { Metadata } from "next";
import { WebhookLogPage } from "@/components/settings/webhooks/webhook-log-page";

export const metadata: Metadata = { title: "Webhook deliveries" };

export default async function WebhookDeliveriesPage({ params }: { params: Promise<{ webhookId: string }> }) {
  const { webhookId } = await params;
  return <WebhookLogPage webhookId={webhookId} />;
}
