import Link from "next/link";
import { AppHeader } from "@/components/app-shell/app-header";
import { ViewerProvider } from "@/components/app-shell/viewer-context";
import { requireViewer } from "@/lib/workspaces/current-caller";

export const dynamic = "force-dynamic";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer();
  return (
    <ViewerProvider
      viewer={{
        ...viewer.user,
        role: viewer.role,
        workspaceId: viewer.workspaceId,
        workspaceName: viewer.workspaceName,
        workspaces: viewer.workspaces,
      }}
    >
      <AppHeader />
      {viewer.twoFactorMissing && (
        <p role="alert" className="border-b border-warning/40 bg-warning/10 px-4 py-2 text-center text-sm">
          {viewer.workspaceName} requires two-factor authentication.{" "}
          <Link href="/settings/security" className="font-medium text-primary underline-offset-4 hover:underline">
            Turn it on in Settings → Security
          </Link>{" "}
          to use its boards.
        </p>
      )}
      <div className="mx-auto w-full max-w-[1600px] px-4 py-6 sm:px-6">{children}</div>
    </ViewerProvider>
  );
}
