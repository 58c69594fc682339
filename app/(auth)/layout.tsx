import { Logo } from "@/components/app-shell/logo";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="grid min-h-dvh lg:grid-cols-2">
      <main className="flex flex-col justify-center px-6 py-12 sm:px-12">
        <div className="mx-auto w-full max-w-sm">
          <Logo className="mb-10 text-lg" />
          {children}
        </div>
      </main>
      <aside className="relative hidden overflow-hidden bg-primary lg:block" aria-hidden>
        <div className="absolute inset-0 bg-[radial-gradient(circle_at_30%_20%,rgba(255,255,255,0.18),transparent_55%)]" />
        <div className="relative flex h-full flex-col justify-end p-12 text-primary-foreground">
          <p className="max-w-md text-2xl leading-snug font-semibold">
            Plan on boards. Automate with the API. Hear about every change through signed webhooks.
          </p>
          <ul className="mt-6 space-y-2 text-sm opacity-90">
            <li>• A REST API for everything you can click</li>
            <li>• Webhooks retried until they land, with a log you can replay</li>
            <li>• Self-hosted: your data stays on your server</li>
          </ul>
        </div>
      </aside>
    </div>
  );
}
