import type { Metadata } from "next";
import { Suspense } from "react";
import { BoardSkeleton } from "@/components/board/board-skeleton";
import { BoardView } from "@/components/board/board-view";

export const metadata: Metadata = { title: "Board" };

/** The board: lists as columns; `?card=` opens a card, `?q=&assignee=&tag=&due=&completed=` filter. */
export default async function BoardPage({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  return (
    // Full-bleed: the board scrolls sideways under the header instead of inside the page margins.
    <div className="-mx-4 -my-6 h-[calc(100dvh-3.5rem)] pt-4 sm:-mx-6">
      <Suspense fallback={<BoardSkeleton />}>
        <BoardView boardId={boardId} />
      </Suspense>
    </div>
  );
}
