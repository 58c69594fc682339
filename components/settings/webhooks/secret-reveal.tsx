"use client";

import { ShownOnce } from "../shown-once";
import { VerificationSnippetTabs } from "./verification-snippet-tabs";
import type { SignatureFormat } from "./verification-snippets";

/** The signing secret, shown this once, with what to do with it. */
export function SecretReveal({
  secret,
  format,
  rotatedGraceEnds,
}: {
  secret: string;
  format: SignatureFormat;
  rotatedGraceEnds?: string | null;
}) {
  return (
    <div className="space-y-4">
      <ShownOnce label="Signing secret" value={secret} copyLabel="Copy secret" testId="webhook-secret">
        Store it where your receiver reads its configuration. If it is lost, rotate the secret to get a new one.
        {rotatedGraceEnds && <> The old secret keeps signing too until {new Date(rotatedGraceEnds).toLocaleString()}.</>}
      </ShownOnce>
      <VerificationSnippetTabs format={format} />
    </div>
  );
}
