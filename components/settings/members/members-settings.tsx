"use client";

import Link from "next/link";
import { ChevronLeft, Mail, Trash2, Users } from "lucide-react";
import { roleAtLeast, useViewer } from "@/components/app-shell/viewer-context";
import { useMembers } from "@/components/board/use-board-data";
import { MemberAvatar } from "@/components/board/member-avatar";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadError } from "@/components/ui/load-states";
import { Skeleton } from "@/components/ui/skeleton";
import type { MemberJson } from "@/lib/api-client/types";
import { AddMemberForm } from "./add-member-form";
import { ResetLinkButton } from "./reset-link-button";
import { ROLE_LABELS } from "./role-labels";
import { RoleSelect } from "./role-select";
import { useChangeRole, useInvites, useRemoveMember, useRevokeInvite } from "./use-members-admin";

const joined = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", year: "numeric" });

function MemberRow({
  member,
  isMe,
  canManage,
  canTouchOwners,
}: {
  member: MemberJson;
  isMe: boolean;
  canManage: boolean;
  canTouchOwners: boolean;
}) {
  const changeRole = useChangeRole();
  const removeMember = useRemoveMember();
  const editable = canManage && (member.role !== "owner" || canTouchOwners);
  return (
    <li className="flex flex-wrap items-center gap-3 px-4 py-3" data-testid="member-row">
      <MemberAvatar id={member.id} name={member.name} className="size-9 text-xs ring-0" />
      <div className="min-w-0 flex-1">
        <div className="truncate text-sm font-medium">
          {member.name} {isMe && <span className="font-normal text-muted-foreground">(you)</span>}
        </div>
        <div className="truncate text-xs text-muted-foreground">
          {member.email} · joined {joined.format(new Date(member.joined_at))}
        </div>
      </div>
      {editable ? (
        <RoleSelect
          value={member.role}
          onChange={(role) => changeRole.mutate({ id: member.id, role })}
          allowOwner={canTouchOwners}
          label={`Role of ${member.name}`}
          size="sm"
          className="w-32"
        />
      ) : (
        <Badge variant="secondary" title={ROLE_LABELS[member.role].description}>
          {ROLE_LABELS[member.role].name}
        </Badge>
      )}
      {editable && !isMe && (member.role === "member" || member.role === "viewer" || canTouchOwners) && <ResetLinkButton member={member} />}
      {editable && !isMe && (
        <AlertDialog>
          <AlertDialogTrigger asChild>
            <Button
              variant="ghost"
              size="icon-sm"
              className="text-muted-foreground hover:text-destructive"
              aria-label={`Remove ${member.name}`}
            >
              <Trash2 aria-hidden />
            </Button>
          </AlertDialogTrigger>
          <AlertDialogContent>
            <AlertDialogHeader>
              <AlertDialogTitle>Remove {member.name}?</AlertDialogTitle>
              <AlertDialogDescription>
                They lose access to every board of this workspace at once, and their API tokens stop working here. Their cards and comments
                stay.
              </AlertDialogDescription>
            </AlertDialogHeader>
            <AlertDialogFooter>
              <AlertDialogCancel>Cancel</AlertDialogCancel>
              <AlertDialogAction variant="destructive" onClick={() => removeMember.mutate(member.id)}>
                Remove
              </AlertDialogAction>
            </AlertDialogFooter>
          </AlertDialogContent>
        </AlertDialog>
      )}
    </li>
  );
}

/** Settings → Members: everyone sees who is here; admins add by email, change roles, remove. */
export function MembersSettings() {
  const viewer = useViewer();
  const canManage = roleAtLeast(viewer.role, "admin");
  const members = useMembers();
  const invites = useInvites(canManage);
  const revoke = useRevokeInvite();
  const sorted = [...(members.data ?? [])].sort((a, b) =>
    a.id === viewer.id ? -1 : b.id === viewer.id ? 1 : a.name.localeCompare(b.name),
  );

  return (
    <section aria-labelledby="members-heading" className="max-w-3xl space-y-6">
      <div className="space-y-1">
        <Link href="/settings" className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
          <ChevronLeft className="size-4" aria-hidden /> Settings
        </Link>
        <h1 id="members-heading" className="text-2xl font-semibold tracking-tight">
          Members
        </h1>
        <p className="text-sm text-muted-foreground">
          {canManage
            ? `People in ${viewer.workspaceName} and what each may do.`
            : `People in ${viewer.workspaceName}. Only admins and owners can change membership.`}
        </p>
      </div>

      {canManage && <AddMemberForm canGrantOwner={viewer.role === "owner"} />}

      {members.isPending ? (
        <Skeleton className="h-40 w-full rounded-xl" />
      ) : members.isError ? (
        <LoadError what="members" error={members.error} />
      ) : sorted.length === 0 ? (
        <EmptyState icon={<Users />} title="No members" />
      ) : (
        <ul className="divide-y rounded-xl border bg-card" aria-label="Members">
          {sorted.map((m) => (
            <MemberRow key={m.id} member={m} isMe={m.id === viewer.id} canManage={canManage} canTouchOwners={viewer.role === "owner"} />
          ))}
        </ul>
      )}

      {canManage && (invites.data ?? []).length > 0 && (
        <div className="space-y-2">
          <h2 className="text-sm font-semibold">Pending invites</h2>
          <ul className="divide-y rounded-xl border bg-card" aria-label="Pending invites">
            {invites.data!.map((invite) => (
              <li key={invite.id} className="flex items-center gap-3 px-4 py-2.5 text-sm">
                <Mail className="size-4 text-muted-foreground" aria-hidden />
                <span className="min-w-0 flex-1 truncate">{invite.email}</span>
                <Badge variant="outline">{ROLE_LABELS[invite.role].name}</Badge>
                <Button variant="ghost" size="sm" onClick={() => revoke.mutate(invite.id)}>
                  Withdraw
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
