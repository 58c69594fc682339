"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toaster";
import { allPages, api, ok } from "@/lib/api-client/client";
import { queryKeys } from "@/lib/api-client/query-keys";
import type { InviteJson, MemberJson, Role } from "@/lib/api-client/types";

const membersKey = queryKeys.members.all;
const invitesKey = queryKeys.members.invites;

export function useInvites(enabled: boolean) {
  return useQuery({
    queryKey: invitesKey,
    queryFn: ({ signal }) => allPages((cursor) => ok(api.GET("/v1/users/invites", { params: { query: { limit: 100, cursor } }, signal }))),
    enabled,
  });
}

/** Add by email: an existing account joins at once (201), an unknown email gets a pending invite (202). */
export function useAddMember() {
  const queryClient = useQueryClient();
  return useMutation({
    // The document lists only the 201 member; the 202 invite is the route's too (see its handler).
    mutationFn: (input: { email: string; role: Role }): Promise<MemberJson | InviteJson> => ok(api.POST("/v1/users", { body: input })),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: membersKey });
      toast.success(
        "status" in result ? `Invited ${result.email}; they join when they sign up.` : `${result.name} added to the workspace.`,
      );
    },
  });
}

export function useChangeRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, role }: { id: string; role: Role }) => ok(api.PATCH("/v1/users/{id}", { params: { path: { id } }, body: { role } })),
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
    mutationFn: (id: string) => ok(api.DELETE("/v1/users/{id}", { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: membersKey }),
    onError: (error) => toast.error(error.message),
  });
}

export function useRevokeInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => ok(api.DELETE("/v1/users/invites/{id}", { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitesKey }),
    onError: (error) => toast.error(error.message),
  });
}
