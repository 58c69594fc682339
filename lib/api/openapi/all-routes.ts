// Importing a domain's openapi.ts registers its operations. One line per domain.
import "@/lib/lists/openapi";
import "@/lib/cards/openapi";
import "@/lib/tags/openapi";
import "@/lib/tokens/openapi";
import "@/lib/events/openapi";
import "@/lib/members/openapi";
import "@/lib/comments/openapi";
import "@/lib/checklists/openapi";
import "@/lib/webhooks/openapi";
import "@/lib/time-entries/openapi";
