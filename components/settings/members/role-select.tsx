"use client";

import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { ROLE_LABELS } from "./role-labels";
import type { Role } from "@/lib/api-client/types";

/** A role picker; the owner role is offered only to those who may grant it. */
export function RoleSelect({
  value,
  onChange,
  allowOwner,
  label,
  size,
  className,
}: {
  value: Role;
  onChange: (role: Role) => void;
  allowOwner: boolean;
  label: string;
  size?: "sm" | "default";
  className?: string;
}) {
  return (
    <Select value={value} onValueChange={(v) => onChange(v as Role)}>
      <SelectTrigger size={size} className={className} aria-label={label}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {(Object.keys(ROLE_LABELS) as Role[])
          .filter((r) => r !== "owner" || allowOwner)
          .map((r) => (
            <SelectItem key={r} value={r}>
              {ROLE_LABELS[r].name}
            </SelectItem>
          ))}
      </SelectContent>
    </Select>
  );
}
