"use client";

import { CodeBlock } from "@/components/ui/code-block";
import { ShownOnce } from "../shown-once";

/** The token, shown this once, with a plain warning and a first request to try it. */
export function TokenReveal({ token }: { token: string }) {
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  return (
    // min-w-0: the dialog is a grid, and a long curl line must scroll inside its block, not widen the dialog.
    <div className="min-w-0 space-y-4">
      <ShownOnce label="Your new API token" value={token} copyLabel="Copy token" testId="api-token-secret">
        Tasktide keeps only a fingerprint of it. Anyone with this token can act as you within its scope, so keep it in a secret store. If it
        is lost or leaked, revoke it and create a new one.
      </ShownOnce>
      <CodeBlock
        code={`curl -H "Authorization: Bearer ${token}" ${origin}/v1/boards`}
        language="bash"
        copyLabel="Copy curl command"
        className="text-xs"
      />
    </div>
  );
}
