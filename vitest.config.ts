import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url)).replace(/\/$/, "");

export default defineConfig({
  resolve: {
    // Same mapping as tsconfig "paths": "@/lib/x" → <repo>/lib/x.
    alias: { "@": root, "server-only": `${root}/test/support/server-only-stub.ts` },
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", ".next/**", "e2e/**"],
    setupFiles: ["test/setup.ts"],
    globalSetup: ["test/global-setup.ts"],
    // Every response a test provokes is checked against its operation's contract (lib/api/check-response.ts).
    env: { API_CHECK_RESPONSES: "1" },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
