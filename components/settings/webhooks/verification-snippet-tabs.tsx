"use client";

import { CodeBlock } from "@/components/ui/code-block";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { SIGNATURE_HEADER, SNIPPET_LANGUAGES, verificationSnippet, type SignatureFormat } from "./verification-snippets";

/** How a receiver checks X-Webhook-Signature in the chosen format, in four languages. */
export function VerificationSnippetTabs({ format }: { format: SignatureFormat }) {
  return (
    <div className="space-y-2" data-testid="verification-snippets" data-format={format}>
      <p className="text-sm">
        Verify each request: compare the <code className="rounded bg-muted px-1 font-mono text-[13px]">{SIGNATURE_HEADER}</code> header with{" "}
        {format === "hex" ? "the hex" : <>“sha256=” + the hex</>} HMAC-SHA256 of the raw body, keyed with the secret. Standard Webhooks
        libraries can check the <code className="rounded bg-muted px-1 font-mono text-[13px]">webhook-signature</code> header instead.
      </p>
      <Tabs defaultValue="node">
        <TabsList aria-label="Verification snippet language">
          {SNIPPET_LANGUAGES.map(({ value, label }) => (
            <TabsTrigger key={value} value={value}>
              {label}
            </TabsTrigger>
          ))}
        </TabsList>
        {SNIPPET_LANGUAGES.map(({ value, label, language }) => (
          <TabsContent key={value} value={value}>
            <CodeBlock
              code={verificationSnippet(value, format)}
              language={language}
              copyLabel={`Copy ${label} snippet`}
              className="text-xs"
            />
          </TabsContent>
        ))}
      </Tabs>
    </div>
  );
}
