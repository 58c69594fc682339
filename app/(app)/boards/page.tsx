import type { Metadata } from "next";
import { JoinedNotice } from "@/components/auth/joined-notice";
import { BoardsIndex } from "@/components/boards/boards-index";
import { JOINED_PARAM, joinedMessage, joinedNotice } from "@/lib/members/joined-notice";
import { requireViewer } from "@/lib/workspaces/current-caller";

export const metadata: Metadata = { title: "Boards" };

export default async function BoardsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const param = (await searchParams)[JOINED_PARAM];
  const joined = param === undefined ? [] : joinedNotice(param, (await requireViewer()).workspaces);
  return (
    <>
      {joined.length > 0 && <JoinedNotice message={joinedMessage(joined)} param={JOINED_PARAM} />}
      <BoardsIndex />
    </>
  );
}
