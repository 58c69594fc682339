import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { config } from "@/config";

import { UiPreview } from "./ui-preview";

// Dev preview of components/ui, for eyeballing and screenshots. Not a product page: hidden from
// production builds unless UI_PREVIEW=1 is set when building.
export const metadata: Metadata = {
  title: "UI preview (dev)",
  robots: { index: false, follow: false },
};

export default function UiPreviewPage() {
  if (config().production && !config().uiPreview) notFound();
  return <UiPreview />;
}
