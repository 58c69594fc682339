import { route } from "@/lib/api/route";
import { getFileUsage } from "@/lib/files/get-file-usage";
import { FileUsageSchema } from "@/lib/files/schemas";

export const GET = route(
  {
    permission: "boards.read",
    tag: "Files",
    summary: "Get the workspace's file storage use",
    description: "Bytes used by uploads against FILE_WORKSPACE_QUOTA_BYTES, and the per-file and per-card limits.",
    responses: { 200: FileUsageSchema },
  },
  ({ ctx }) => getFileUsage({ ctx }),
);
