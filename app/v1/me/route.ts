import { clientIp } from "@/lib/api/client-ip";
import { route } from "@/lib/api/route";
import { deleteAccount, getAccount, updateAccount } from "@/lib/accounts/account";
import { AccountSchema, DeleteAccountInput, UpdateAccountInput } from "@/lib/accounts/schemas";

const tag = "Account";
const who = "The signed-in person's own account, from a session: API tokens are refused.";

export const GET = route(
  {
    permission: "account.read",
    tag,
    summary: "Get my account",
    description: who,
    responses: { 200: AccountSchema },
    errors: ["forbidden"],
  },
  ({ ctx }) => getAccount({ ctx }),
);

export const PATCH = route(
  {
    permission: "account.write",
    tag,
    summary: "Rename my account",
    description: `Every workspace shows the new name. ${who}`,
    body: UpdateAccountInput,
    responses: { 200: AccountSchema },
    errors: ["forbidden"],
  },
  ({ ctx, body }) => updateAccount({ ctx, input: body }),
);

export const DELETE = route(
  {
    permission: "account.write",
    tag,
    summary: "Delete my account",
    description: `Needs the current password. Owners transfer ownership (or delete the workspace) first: 409. Leaves every workspace (member.removed), revokes every API token (token.revoked), ends every session (auth.session_revoked). Cards, comments and time entries stay, shown as “Former member”. ${who}`,
    body: DeleteAccountInput,
    responses: { 204: null },
    errors: ["forbidden", "conflict"],
  },
  ({ ctx, body, req }) => deleteAccount({ ctx, input: body, ip: clientIp(req) }),
);
