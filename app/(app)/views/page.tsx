import type { Metadata } from "next";
import { ViewsPage } from "@/components/views/views-page";

export const metadata: Metadata = { title: "Views" };

export default function Views() {
  return <ViewsPage />;
}
