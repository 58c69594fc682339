import { cn } from "@/lib/utils";

const HUES = [200, 260, 330, 20, 145, 45, 290, 175];

export function initialsOf(name: string): string {
  return (
    name
      .split(/\s+/)
      .filter(Boolean)
      .map((part) => part[0])
      .join("")
      .slice(0, 2)
      .toUpperCase() || "?"
  );
}

function hueOf(id: string): number {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return HUES[Math.abs(hash) % HUES.length];
}

/** Initials on a colour derived from the user id, stable across sessions. */
export function MemberAvatar({ id, name, className }: { id: string; name: string; className?: string }) {
  const hue = hueOf(id);
  return (
    <span
      title={name}
      className={cn("inline-grid size-6 shrink-0 place-items-center rounded-full text-[10px] font-semibold ring-2 ring-card", className)}
      style={{ backgroundColor: `oklch(0.9 0.06 ${hue})`, color: `oklch(0.38 0.1 ${hue})` }}
    >
      {initialsOf(name)}
    </span>
  );
}
