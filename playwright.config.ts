import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT || 3100);
export const baseURL = `http://127.0.0.1:${port}`;
/** The accounts spec starts its own SMTP server here; the app mails through it (links from APP_URL). */
export const smtpPort = port + 1000;

// Run through scripts/e2e.mjs (npm run test:e2e), which finds Chromium and a throwaway database.
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || undefined,
      // Without the networking flags Chromium keeps calling Google's hosts, which this kind of
      // sandboxed machine refuses; --no-sandbox because CI runs as root.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    // The app's own server (scripts/server.mjs, what `npm start` runs), not `next start`.
    command: `node scripts/server.mjs -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      // The e2e receiver listens on 127.0.0.1, which production refuses (SSRF guard).
      WEBHOOKS_ALLOW_PRIVATE: "1",
      WEBHOOKS_ALLOW_HTTP: "1",
      APP_SECRET: process.env.APP_SECRET || "e2e-secret-not-for-production",
      // Every spec signs up new accounts from one address; the production limit would refuse them.
      RATE_LIMIT_SIGN_IN_PER_15_MINUTES: "1000",
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      SMTP_FROM: "Tasktide <tasktide@example.test>",
      APP_URL: baseURL,
    },
  },
});
