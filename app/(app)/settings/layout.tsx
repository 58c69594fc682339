import { DisabledWebhooksNotice } from "@/components/settings/webhooks/disabled-webhooks-notice";

/** Every settings page tells admins at once when a webhook was turned off automatically. */
export default function SettingsLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <DisabledWebhooksNotice />
      {children}
    </>
  );
}
