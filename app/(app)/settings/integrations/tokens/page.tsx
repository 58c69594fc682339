import type { Metadata } from "next";
import { TokensIndex } from "@/components/settings/tokens/tokens-index";

export const metadata: Metadata = { title: "API tokens" };

export default function TokensPage() {
  return <TokensIndex />;
}
