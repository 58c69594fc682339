import { SessionsSection } from "./sessions-section";
import { TwoFactorSection } from "./two-factor-section";

/** Settings → Security: the account's own protections (they follow the account into every workspace). */
export function SecurityIndex() {
  return (
    <section aria-labelledby="security-heading" className="max-w-3xl space-y-8">
      <div>
        <h1 id="security-heading" className="text-2xl font-semibold tracking-tight">
          Security
        </h1>
        <p className="mt-1 text-sm text-muted-foreground">Your account&apos;s sign-ins. These settings are yours, in every workspace.</p>
      </div>
      <TwoFactorSection />
      <SessionsSection />
    </section>
  );
}
