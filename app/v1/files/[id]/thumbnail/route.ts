import { route } from "@/lib/api/route";
import { idParams } from "@/lib/core/fields";
import { downloadThumbnail } from "@/lib/files/download-file";

export const GET = route(
  {
    permission: "board_content.read",
    tag: "Files",
    summary: "Get an image attachment's thumbnail",
    description: "A WebP fitted in 320×320, made shortly after upload; 404 until then (`has_thumbnail`) and for other types.",
    params: idParams("file"),
    responses: { 200: { schema: null, description: "The thumbnail (WebP).", binary: "image/webp" } },
  },
  ({ ctx, params }) => downloadThumbnail({ ctx, id: params.id }),
);
