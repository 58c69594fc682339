"use client";

import { useState } from "react";
import dynamic from "next/dynamic";
import { MessageSquare } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { Textarea } from "@/components/ui/textarea";
import { roleAtLeast, useViewer } from "@/components/app-shell/viewer-context";
import { MemberAvatar } from "@/components/board/member-avatar";
import type { CommentJson } from "@/lib/api-client/types";
import { timeAgo } from "./activity-feed";
import { SectionHeading } from "./section-heading";
import { useCommentAction, useComments } from "./use-comments";

const Markdown = dynamic(() => import("./markdown"), { ssr: false });

let tempCounter = 0;

function CommentItem({
  comment,
  mine,
  canModerate,
  act,
}: {
  comment: CommentJson;
  mine: boolean;
  canModerate: boolean;
  act: ReturnType<typeof useCommentAction>["mutate"];
}) {
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(comment.body);
  const name = comment.author?.name ?? "Deleted user";
  return (
    <li className="flex gap-2.5" data-testid="comment">
      <MemberAvatar id={comment.author_id ?? "gone"} name={name} className="mt-0.5 size-7 ring-0" />
      <div className="min-w-0 flex-1">
        <div className="flex items-baseline gap-2 text-sm">
          <span className="font-medium">{name}</span>
          <time className="text-xs text-muted-foreground" dateTime={comment.created_at}>
            {timeAgo(comment.created_at)}
            {comment.edited_at ? " · edited" : ""}
          </time>
        </div>
        {editing ? (
          <form
            className="mt-1 space-y-2"
            onSubmit={(e) => {
              e.preventDefault();
              if (!body.trim()) return;
              act({ kind: "edit", id: comment.id, body });
              setEditing(false);
            }}
          >
            <Textarea
              autoFocus
              rows={3}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              aria-label="Edit comment"
              maxLength={10_000}
            />
            <div className="flex gap-2">
              <Button type="submit" size="sm">
                Save
              </Button>
              <Button type="button" size="sm" variant="ghost" onClick={() => (setBody(comment.body), setEditing(false))}>
                Cancel
              </Button>
            </div>
          </form>
        ) : (
          <div className="mt-1 rounded-lg rounded-tl-sm border bg-card px-3 py-1.5">
            <Markdown source={comment.body} />
          </div>
        )}
        {!editing && (mine || canModerate) && !comment.id.startsWith("pending_") && (
          <div className="mt-1 flex gap-3 text-xs text-muted-foreground">
            {mine && (
              <button type="button" className="hover:text-foreground hover:underline" onClick={() => setEditing(true)}>
                Edit
              </button>
            )}
            <button
              type="button"
              className="hover:text-destructive hover:underline"
              onClick={() => act({ kind: "delete", id: comment.id })}
            >
              Delete
            </button>
          </div>
        )}
      </div>
    </li>
  );
}

/** The card's conversation, oldest first, with a composer (Cmd/Ctrl+Enter sends). */
export function CardComments({ cardId, boardId, canEdit }: { cardId: string; boardId: string; canEdit: boolean }) {
  const viewer = useViewer();
  const comments = useComments(cardId);
  const action = useCommentAction(cardId, boardId);
  const [body, setBody] = useState("");

  function send() {
    if (!body.trim()) return;
    action.mutate({ kind: "add", body, tempId: `pending_${tempCounter++}`, author: { id: viewer.id, name: viewer.name } });
    setBody("");
  }

  return (
    <section className="space-y-3" aria-labelledby="card-comments-heading">
      <SectionHeading id="card-comments-heading" icon={<MessageSquare />}>
        Comments
      </SectionHeading>
      {comments.isPending ? (
        <Skeleton className="h-12 w-full" />
      ) : (
        <ol className="space-y-3">
          {(comments.data ?? []).map((c) => (
            <CommentItem
              key={c.id}
              comment={c}
              mine={c.author_id === viewer.id}
              canModerate={roleAtLeast(viewer.role, "admin")}
              act={action.mutate}
            />
          ))}
        </ol>
      )}
      {canEdit && (
        <form
          className="flex gap-2.5"
          onSubmit={(e) => {
            e.preventDefault();
            send();
          }}
        >
          <MemberAvatar id={viewer.id} name={viewer.name} className="mt-1 size-7 ring-0" />
          <div className="flex-1 space-y-2">
            <Textarea
              rows={2}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              onKeyDown={(e) => e.key === "Enter" && (e.metaKey || e.ctrlKey) && (e.preventDefault(), send())}
              placeholder="Write a comment…"
              aria-label="Write a comment"
              maxLength={10_000}
            />
            {body.trim() && (
              <Button type="submit" size="sm">
                Comment
              </Button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
