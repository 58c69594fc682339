"use client";

import { useEffect, useMemo, useState } from "react";
import Link from "next/link";
import { Archive, LayoutDashboard } from "lucide-react";
import { roleAtLeast, useViewer } from "@/components/app-shell/viewer-context";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadError } from "@/components/ui/load-states";
import { Skeleton } from "@/components/ui/skeleton";
import { Tabs, TabsList, TabsTrigger } from "@/components/ui/tabs";
import type { BoardJson } from "@/lib/api-client/types";
import { BoardTileMenu } from "./board-tile-menu";
import { ImportBoardDialog } from "@/components/imports/import-board-dialog";
import { CreateBoardDialog } from "./create-board-dialog";
import { recentBoardIds, sortRecentFirst, useBoards } from "./use-boards";

const dateFormat = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", year: "numeric" });

function BoardTile({ board, canEdit }: { board: BoardJson; canEdit: boolean }) {
  const pending = board.id.startsWith("pending_");
  return (
    <li className="group relative">
      <Link
        href={pending ? "#" : `/boards/${board.id}`}
        aria-disabled={pending}
        className="flex h-32 flex-col justify-between rounded-xl border bg-card p-4 shadow-xs transition hover:border-primary/40 hover:shadow-md focus-visible:outline-2 focus-visible:outline-ring aria-disabled:opacity-60"
      >
        <div className="min-w-0 pr-8">
          <h2 className="truncate font-medium group-hover:text-primary">{board.name}</h2>
          {board.description && <p className="mt-1 line-clamp-2 text-sm text-muted-foreground">{board.description}</p>}
        </div>
        <p className="text-xs text-muted-foreground">
          {board.active ? "Updated" : "Archived"} {dateFormat.format(new Date(board.updated_at))}
        </p>
      </Link>
      {canEdit && !pending && (
        <div className="absolute top-3 right-3">
          <BoardTileMenu board={board} />
        </div>
      )}
    </li>
  );
}

export function BoardsIndex() {
  const viewer = useViewer();
  const [tab, setTab] = useState<"active" | "archived">("active");
  const boards = useBoards(tab === "active");
  const canCreate = roleAtLeast(viewer.role, "member");
  const [recent, setRecent] = useState<string[]>([]);
  useEffect(() => setRecent(recentBoardIds()), []);
  const sorted = useMemo(() => sortRecentFirst(boards.data?.items ?? [], recent), [boards.data, recent]);

  return (
    <section aria-labelledby="boards-heading" className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 id="boards-heading" className="text-2xl font-semibold tracking-tight">
            Boards
          </h1>
          <p className="text-sm text-muted-foreground">{viewer.workspaceName}</p>
        </div>
        <div className="flex items-center gap-3">
          <Tabs value={tab} onValueChange={(v) => setTab(v as "active" | "archived")}>
            <TabsList>
              <TabsTrigger value="active">Active</TabsTrigger>
              <TabsTrigger value="archived">Archived</TabsTrigger>
            </TabsList>
          </Tabs>
          {canCreate && <ImportBoardDialog />}
          {canCreate && <CreateBoardDialog />}
        </div>
      </div>

      {boards.isPending ? (
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4" aria-busy="true" aria-label="Loading boards">
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} className="h-32 rounded-xl" />
          ))}
        </div>
      ) : boards.isError ? (
        <LoadError what="boards" error={boards.error} />
      ) : sorted.length === 0 ? (
        tab === "archived" ? (
          <EmptyState
            icon={<Archive />}
            title="No archived boards"
            description="Boards you archive wait here, with everything on them, until you restore them."
          />
        ) : (
          <EmptyState
            icon={<LayoutDashboard />}
            title="No boards yet"
            description={
              canCreate
                ? "Create a board to start planning: lists for each stage, cards for each task."
                : "Nobody has created a board in this workspace yet."
            }
            action={canCreate ? <CreateBoardDialog /> : undefined}
          />
        )
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4" data-testid="board-list">
          {sorted.map((board) => (
            <BoardTile key={board.id} board={board} canEdit={canCreate} />
          ))}
        </ul>
      )}
    </section>
  );
}
