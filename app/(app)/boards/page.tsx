import type { Metadata } from "next";
import { BoardsIndex } from "@/components/boards/boards-index";

export const metadata: Metadata = { title: "Boards" };

export default function BoardsPage() {
  return <BoardsIndex />;
}
