import { serve } from "inngest/next";
import { inngest } from "@/lib/webhooks/inngest-client";
import { functions } from "@/inngest/functions";

// GET/PUT/POST /api/inngest – Inngest's executor calls the webhook functions here
// (only used when INNGEST_EVENT_KEY or INNGEST_DEV is set; see README).
export const { GET, POST, PUT } = serve({ client: inngest, functions });
