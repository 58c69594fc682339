import { clientIp } from "@/lib/api/client-ip";
import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { endSession } from "@/lib/sessions/end-session";

export const DELETE = route(
  {
    permission: "sessions.write",
    tag: "Sessions",
    summary: "End a session",
    description:
      "Signs one of the caller's sessions out at once: its next request gets 401 and its pages go to sign-in. Records auth.session_revoked. Needs a session: API tokens are refused.",
    params: idParams("session"),
    responses: { 204: null },
    errors: ["forbidden"],
  },
  ({ ctx, params, req }) => endSession({ ctx, id: params.id, ip: clientIp(req) }),
);
