"use client";

import { useRef, useState } from "react";
import { Input } from "@/components/ui/input";

/**
 * The in-place name editor of boards and lists: starts from the current name, saves a changed,
 * non-blank name on Enter or blur, and gives up on Escape. Either way it closes.
 */
export function RenameInput({
  current,
  label,
  className,
  onRename,
  onClose,
}: {
  current: string;
  label: string;
  className?: string;
  onRename: (name: string) => void;
  onClose: () => void;
}) {
  const [name, setName] = useState(current);
  // Enter closes the editor, and the blur that follows unmounting must not save a second time.
  const finished = useRef(false);
  function finish(save: boolean) {
    if (finished.current) return;
    finished.current = true;
    onClose();
    const value = name.trim();
    if (save && value && value !== current) onRename(value);
  }
  return (
    <Input
      autoFocus
      value={name}
      maxLength={200}
      onChange={(e) => setName(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        if (e.key === "Enter") finish(true);
        if (e.key === "Escape") finish(false);
      }}
      aria-label={label}
      className={className}
    />
  );
}
