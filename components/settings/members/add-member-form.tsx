"use client";

import { useState } from "react";
import { UserPlus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { RoleSelect } from "./role-select";
import type { Role } from "@/lib/api-client/types";
import { useAddMember } from "./use-members-admin";

export function AddMemberForm({ canGrantOwner }: { canGrantOwner: boolean }) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("member");
  const [error, setError] = useState<string>();
  const addMember = useAddMember();

  return (
    <form
      className="space-y-2 rounded-xl border bg-card p-4"
      onSubmit={(e) => {
        e.preventDefault();
        setError(undefined);
        addMember.mutate({ email: email.trim(), role }, { onSuccess: () => setEmail(""), onError: (err) => setError(err.message) });
      }}
    >
      <label htmlFor="add-member-email" className="text-sm font-medium">
        Add a member by email
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Input
          id="add-member-email"
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          placeholder="name@company.com"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "add-member-error" : undefined}
          className="flex-1"
        />
        <RoleSelect value={role} onChange={setRole} allowOwner={canGrantOwner} label="Role for the new member" className="sm:w-36" />
        <Button type="submit" disabled={addMember.isPending || !email.trim()}>
          <UserPlus aria-hidden /> Add
        </Button>
      </div>
      {error ? (
        <p id="add-member-error" role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : (
        <p className="text-xs text-muted-foreground">
          Someone without an account gets a pending invite and joins when they sign up with this email.
        </p>
      )}
    </form>
  );
}
