import type { Metadata } from "next";
import { Suspense } from "react";
import { BoardSkeleton } from "@/components/board/board-skeleton";
import { BoardSnapshotBoundary } from "@/components/board/board-snapshot";
import { BoardView } from "@/components/board/board-view";
import { boardPageSnapshot } from "@/lib/boards/board-page-snapshot";

export const metadata: Metadata = { title: "Board" };

/**
 * The board: lists as columns; `?card=` opens a card, `?q=&assignee=&tag=&due=&completed=` filter.
 * Read on the server in one snapshot (GET /v1/boards/{id}/snapshot's verb) and handed to the
 * browser's cache, so the first paint shows the board rather than a skeleton waiting on requests.
 */
export default async function BoardPage({ params }: { params: Promise<{ boardId: string }> }) {
  const { boardId } = await params;
  const snapshot = await boardPageSnapshot(boardId);
  return (
    // Full-bleed: the board scrolls sideways under the header instead of inside the page margins.
    <div className="-mx-4 -my-6 h-[calc(100dvh-3.5rem)] pt-4 sm:-mx-6">
      <BoardSnapshotBoundary boardId={boardId} snapshot={snapshot}>
        <Suspense fallback={<BoardSkeleton />}>
          <BoardView boardId={boardId} />
        </Suspense>
      </BoardSnapshotBoundary>
    </div>
  );
}
