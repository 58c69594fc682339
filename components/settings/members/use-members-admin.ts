"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toaster";
import { fetchAllPages, membersKey } from "@/components/board/board-keys";
import { apiFetch } from "@/lib/browser/api-fetch";
import type { InviteJson, MemberJson } from "@/lib/members/schemas";

export type Role = MemberJson["role"];
export const invitesKey = ["members", "invites"] as const;

export function useInvites(enabled: boolean) {
  return useQuery({ queryKey: invitesKey, queryFn: ({ signal }) => fetchAllPages<InviteJson>("/v1/users/invites", signal), enabled });
}

/** Add by email: an existing account joins at once (201), an unknown email gets a pending invite (202). */
export function useAddMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; role: Role }) => apiFetch<MemberJson | InviteJson>("/v1/users", { method: "POST", body: input }),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: ["members"] });
      toast.success("status" in result ? `Invited ${result.email}; they join when they sign up.` : `${result.name} added to the workspace.`);
    },
  });
}

export function useChangeRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, role }: { id: string; role: Role }) => apiFetch<MemberJson>(`/v1/users/${id}`, { method: "PATCH", body: { role } }),
    onMutate: async ({ id, role }) => {
      await queryClient.cancelQueries({ queryKey: membersKey, exact: true });
      const previous = queryClient.getQueryData<MemberJson[]>(membersKey);
      queryClient.setQueryData<MemberJson[]>(membersKey, (list) => list?.map((m) => (m.id === id ? { ...m, role } : m)));
      return { previous };
    },
    onError: (error, _v, context) => {
      queryClient.setQueryData(membersKey, context?.previous);
      toast.error(error.message);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: membersKey }),
  });
}

export function useRemoveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/v1/users/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["members"] }),
    onError: (error) => toast.error(error.message),
  });
}

export function useRevokeInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/v1/users/invites/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitesKey }),
    onError: (error) => toast.error(error.message),
  });
}
