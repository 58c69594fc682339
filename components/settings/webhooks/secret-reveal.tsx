"use client";

import { CodeBlock } from "@/components/ui/code-block";
import { ShownOnce } from "../shown-once";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { NODE_SNIPPET, PYTHON_SNIPPET, SIGNATURE_HEADER } from "./verification-snippets";

/** The signing secret, shown this once, with what to do with it. */
export function SecretReveal({ secret, rotatedGraceEnds }: { secret: string; rotatedGraceEnds?: string | null }) {
  return (
    <div className="space-y-4">
      <ShownOnce label="Signing secret" value={secret} copyLabel="Copy secret" testId="webhook-secret">
        Store it where your receiver reads its configuration. If it is lost, rotate the secret to get a new one.
        {rotatedGraceEnds && <> The old secret keeps signing too until {new Date(rotatedGraceEnds).toLocaleString()}.</>}
      </ShownOnce>
      <div className="space-y-2">
        <p className="text-sm">
          Verify each request: compare the <code className="rounded bg-muted px-1 font-mono text-[13px]">{SIGNATURE_HEADER}</code> header
          with an HMAC-SHA256 of the raw body.
        </p>
        <Tabs defaultValue="node">
          <TabsList aria-label="Verification snippet language">
            <TabsTrigger value="node">Node.js</TabsTrigger>
            <TabsTrigger value="python">Python</TabsTrigger>
          </TabsList>
          <TabsContent value="node">
            <CodeBlock code={NODE_SNIPPET} language="js" copyLabel="Copy Node.js snippet" className="text-xs" />
          </TabsContent>
          <TabsContent value="python">
            <CodeBlock code={PYTHON_SNIPPET} language="python" copyLabel="Copy Python snippet" className="text-xs" />
          </TabsContent>
        </Tabs>
      </div>
    </div>
  );
}
