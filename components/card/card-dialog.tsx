"use client";

import { useState } from "react";
import { Activity, Archive, ArchiveRestore, ArrowRightLeft, CheckCircle2, Circle } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { roleAtLeast, useViewer } from "@/components/app-shell/viewer-context";
import { useBoardLookups } from "@/components/board/board-context";
import { closeCard } from "@/components/board/board-url";
import { MoveCardDialog } from "@/components/board/move-card-dialog";
import { useUpdateCard } from "@/components/board/use-card-mutations";
import type { UpdateCardInput } from "@/lib/api-client/types";
import { cn } from "@/lib/utils";
import { ActivityFeed } from "./activity-feed";
import { CardAttachments } from "./card-attachments";
import { CardAssignees } from "./card-assignees";
import { CardChecklists } from "./card-checklists";
import { CardComments } from "./card-comments";
import { CardCustomFields } from "./card-custom-fields";
import { CardDependencies } from "./card-dependencies";
import { CardDescription } from "./card-description";
import { CardDueDate } from "./card-due-date";
import { CardPlanning } from "./card-planning";
import { CardTags } from "./card-tags";
import { CardTime } from "./card-time";
import { CardTitle } from "./card-title";
import { SectionHeading } from "./section-heading";
import { useCard } from "./use-card";

/** The card in full, as a dialog over the board with its own URL (?card=…): Back closes it. */
export function CardDialog({ cardId, boardId }: { cardId: string; boardId: string }) {
  const viewer = useViewer();
  const { lists } = useBoardLookups();
  const { card, error } = useCard(cardId);
  const updateCard = useUpdateCard(boardId);
  const [moving, setMoving] = useState(false);
  const canEdit = roleAtLeast(viewer.role, "member");
  const save = (patch: UpdateCardInput) => updateCard.mutate({ cardId, patch });
  const list = card ? lists.find((l) => l.id === card.list_id) : undefined;

  return (
    <Dialog open onOpenChange={(open) => !open && closeCard()}>
      <DialogContent
        className="top-4 max-h-[calc(100dvh-2rem)] translate-y-0 gap-0 p-0 sm:top-[6vh] sm:max-h-[88vh] sm:max-w-3xl"
        aria-describedby={undefined}
        data-testid="card-dialog"
      >
        {!card ? (
          <div className="space-y-4 p-6">
            <DialogTitle className="sr-only">Card</DialogTitle>
            {error ? (
              <p className="text-sm text-destructive">
                {"status" in error && error.status === 404 ? "This card does not exist or was deleted." : error.message}
              </p>
            ) : (
              <Skeleton className="h-40 w-full" />
            )}
          </div>
        ) : (
          <>
            <div className="space-y-2 border-b px-6 pt-5 pb-4 pr-12">
              <div className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                <span>
                  in list <span className="font-medium text-foreground">{list?.name ?? "—"}</span>
                </span>
                {card.archived && <span className="rounded bg-warning/12 px-1.5 py-0.5 font-medium text-warning">Archived</span>}
              </div>
              <div className="flex items-start gap-2">
                {canEdit ? (
                  <button
                    type="button"
                    onClick={() => save({ completed: !card.completed })}
                    aria-pressed={card.completed}
                    aria-label={card.completed ? "Mark incomplete" : "Mark complete"}
                    className={cn(
                      "mt-0.5 rounded-full text-muted-foreground transition-colors hover:text-success",
                      card.completed && "text-success",
                    )}
                    data-testid="card-complete-toggle"
                  >
                    {card.completed ? <CheckCircle2 className="size-5" /> : <Circle className="size-5" />}
                  </button>
                ) : null}
                <div className="min-w-0 flex-1">
                  <CardTitle key={card.title} card={card} canEdit={canEdit} onSave={(title) => save({ title })} />
                </div>
              </div>
              <DialogDescription className="sr-only">Card details</DialogDescription>
            </div>
            <div className="grid gap-6 overflow-y-auto px-6 py-5 md:grid-cols-[minmax(0,1fr)_15rem]">
              <div className="min-w-0 space-y-7">
                <CardDescription key={card.description} card={card} canEdit={canEdit} onSave={(description) => save({ description })} />
                <CardAttachments
                  cardId={card.id}
                  boardId={boardId}
                  canEdit={canEdit}
                  coverFileId={card.cover_file_id}
                  onSetCover={(cover_file_id) => save({ cover_file_id })}
                />
                <CardChecklists cardId={card.id} boardId={boardId} canEdit={canEdit} />
                <CardDependencies cardId={card.id} boardId={boardId} canEdit={canEdit} />
                <CardComments cardId={card.id} boardId={boardId} canEdit={canEdit} />
                <section className="space-y-3" aria-labelledby="card-activity-heading">
                  <SectionHeading id="card-activity-heading" icon={<Activity />}>
                    Activity
                  </SectionHeading>
                  <ActivityFeed boardId={boardId} cardId={card.id} />
                </section>
              </div>
              <aside className="space-y-5 md:order-none" aria-label="Card properties">
                <CardAssignees card={card} canEdit={canEdit} onChange={(assignee_ids) => save({ assignee_ids })} />
                <CardTags card={card} canEdit={canEdit} onChange={(tag_ids) => save({ tag_ids })} />
                <CardDueDate card={card} canEdit={canEdit} onChange={(due_at) => save({ due_at })} />
                <CardCustomFields card={card} canEdit={canEdit} />
                <CardPlanning card={card} canEdit={canEdit} />
                <CardTime cardId={card.id} canEdit={canEdit} />
                {canEdit && (
                  <div className="space-y-1.5 border-t pt-4">
                    <Button
                      variant="outline"
                      size="sm"
                      className="w-full justify-start"
                      onClick={() => setMoving(true)}
                      disabled={card.archived}
                    >
                      <ArrowRightLeft aria-hidden /> Move to…
                    </Button>
                    <Button variant="outline" size="sm" className="w-full justify-start" onClick={() => save({ archived: !card.archived })}>
                      {card.archived ? <ArchiveRestore aria-hidden /> : <Archive aria-hidden />} {card.archived ? "Restore" : "Archive"}
                    </Button>
                  </div>
                )}
              </aside>
            </div>
            {moving && <MoveCardDialog card={card} open={moving} onOpenChange={setMoving} />}
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
