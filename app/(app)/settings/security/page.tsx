import type { Metadata } from "next";
import { SecurityIndex } from "@/components/settings/security/security-index";

export const metadata: Metadata = { title: "Security" };

export default function SecurityPage() {
  return <SecurityIndex />;
}
