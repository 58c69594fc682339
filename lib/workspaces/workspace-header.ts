/**
 * Request header naming the workspace a browser page shows. Our browser code sends it with every
 * /v1 call; with a session cookie it wins over the workspace cookie, which every tab shares.
 */
export const WORKSPACE_HEADER = "x-tasktide-workspace";
