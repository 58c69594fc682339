import type { Metadata } from "next";
import { WebhooksIndex } from "@/components/settings/webhooks/webhooks-index";

export const metadata: Metadata = { title: "Webhooks" };

export default function WebhooksPage() {
  return <WebhooksIndex />;
}
