"use client";

import { useState } from "react";
import { KeyRound } from "lucide-react";
import { useBoards } from "@/components/boards/use-boards";
import { IntegrationsNav } from "@/components/settings/integrations-nav";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadError, RowsSkeleton } from "@/components/ui/load-states";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { TokenJson } from "@/lib/api-client/types";
import { CreateTokenButton, CreateTokenDialog } from "./create-token-dialog";
import { formatDate, formatLastUsed, isExpired, SCOPE_LABELS } from "./format";
import { RevokeTokenButton } from "./revoke-token-button";
import { useTokens } from "./use-tokens";

/**
 * Settings → Integrations → API Tokens. Tokens are personal: every member manages their own
 * here (admins can audit everyone's through `GET /v1/tokens?all=true`).
 */
export function TokensIndex() {
  return (
    <section aria-labelledby="tokens-heading" className="space-y-6">
      <IntegrationsNav />
      <div className="max-w-3xl">
        <h1 id="tokens-heading" className="text-2xl font-semibold tracking-tight">
          API tokens
        </h1>
        <p className="mt-1 text-sm text-muted-foreground">
          Personal tokens for scripts calling the{" "}
          <a className="text-primary underline-offset-4 hover:underline" href="/v1/docs">
            /v1 API
          </a>
          . A token acts as you, capped by its scope and boards: if your role changes, so does what your tokens can do.
        </p>
      </div>
      <TokensList />
    </section>
  );
}

function TokensList() {
  const [creating, setCreating] = useState(false);
  return (
    <>
      <TokensTable onCreate={() => setCreating(true)} />
      <CreateTokenDialog open={creating} setOpen={setCreating} />
    </>
  );
}

function TokensTable({ onCreate }: { onCreate: () => void }) {
  const tokens = useTokens();
  const boards = useBoards(true);
  const boardNames = new Map((boards.data?.items ?? []).map((b) => [b.id, b.name]));
  const count = tokens.data?.items.length ?? 0;

  if (tokens.isPending) {
    return <RowsSkeleton label="Loading API tokens" rows={3} rowClassName="h-12 rounded-lg" />;
  }
  if (tokens.isError) {
    return <LoadError what="API tokens" error={tokens.error} />;
  }
  if (count === 0) {
    return (
      <EmptyState
        icon={<KeyRound />}
        title="No API tokens yet"
        description="Create a token for each script or integration, so you can revoke one without breaking the others. Read tokens can only look; Read + Write tokens can change what you can change."
        action={<CreateTokenButton onClick={onCreate} />}
      />
    );
  }
  return (
    <>
      <div className="flex items-center justify-between gap-4">
        <p className="text-sm text-muted-foreground">
          {count} {count === 1 ? "token" : "tokens"}
        </p>
        <CreateTokenButton onClick={onCreate} />
      </div>
      <div className="rounded-xl border bg-card shadow-xs">
        <Table data-testid="token-list">
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead className="pl-4">Name</TableHead>
              <TableHead>Scope</TableHead>
              <TableHead>Boards</TableHead>
              <TableHead>Created</TableHead>
              <TableHead>Expires</TableHead>
              <TableHead>Last used</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {tokens.data.items.map((token) => (
              <TokenRow key={token.id} token={token} boardNames={boardNames} />
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}

function TokenRow({ token, boardNames }: { token: TokenJson; boardNames: Map<string, string> }) {
  const expired = isExpired(token);
  return (
    <TableRow data-testid="token-row" data-token-id={token.id}>
      <TableCell className="pl-4">
        <span className="block font-medium">{token.name}</span>
        <code className="font-mono text-xs text-muted-foreground">{token.hint}</code>
      </TableCell>
      <TableCell>
        <Badge variant={token.scope === "read" ? "secondary" : "outline"}>{SCOPE_LABELS[token.scope]}</Badge>
      </TableCell>
      <TableCell className="max-w-48 truncate text-sm">
        {token.board_ids ? (
          token.board_ids.map((id) => boardNames.get(id) ?? "a hidden board").join(", ")
        ) : (
          <span className="text-muted-foreground">All boards</span>
        )}
      </TableCell>
      <TableCell className="text-sm">{formatDate(token.created_at)}</TableCell>
      <TableCell className="text-sm">
        {expired ? <Badge variant="destructive">Expired {formatDate(token.expires_at)}</Badge> : formatDate(token.expires_at, "Never")}
      </TableCell>
      <TableCell className="text-sm text-muted-foreground">{formatLastUsed(token.last_used_at)}</TableCell>
      <TableCell className="pr-2 text-right">
        <RevokeTokenButton token={token} />
      </TableCell>
    </TableRow>
  );
}
