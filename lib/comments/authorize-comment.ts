import type { Comment } from "@/db/schema";
import { forbidden } from "@/lib/core/errors";
import { hasRole } from "@/lib/workspaces/authorize";
import type { Ctx } from "@/lib/workspaces/context";

/** A comment speaks for its author: only they, or an admin/owner moderating, may change it. */
export function requireCommentAuthorOrAdmin(ctx: Ctx, comment: Comment, action: "edit" | "delete"): void {
  if (comment.authorId === ctx.caller.user.id || hasRole(ctx.caller.role, "admin")) return;
  throw forbidden(`Only the comment's author or an admin or owner can ${action} it; your role is ${ctx.caller.role}.`);
}
