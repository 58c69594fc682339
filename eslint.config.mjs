// The project's conventions, held by the linter rather than by memory. Each rule below names
// the mistake it stops; `npm run lint` runs in CI (.ci/run). Formatting is Prettier's job.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import globals from "globals";
import tseslint from "typescript-eslint";

const importsFrom = (folders) => folders.flatMap((f) => [`@/${f}`, `@/${f}/*`, `@/${f}/**`]);

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "lib/api-client/openapi-types.d.ts",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A promise nobody awaits loses its error (an unhandled rejection) and its ordering.
      "@typescript-eslint/no-floating-promises": "error",
      // An async callback where a void one is expected (event handlers aside) swallows errors.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      // The environment is read and validated in config/ only, so every setting has one default and one check.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read settings through config() from @/config (config/index.ts)." },
      ],
      eqeqeq: ["error", "smart"],
      // An empty catch is how "this may fail, and that is fine" reads here; empty blocks elsewhere are not.
      "no-empty": ["error", { allowEmptyCatch: true }],
    },
  },
  {
    // The layers point one way: components → lib → db, never back; lib never reaches into inngest/.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: importsFrom(["db", "app"]), message: "Components reach data through /v1 (lib/api-client) or props, not db/ or app/." },
          ],
        },
      ],
    },
  },
  {
    files: ["db/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: importsFrom(["lib", "app", "components", "inngest"]),
              message: "db/ is the bottom layer: it imports nothing of lib/, app/ or components/.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: importsFrom(["inngest", "app", "components"]),
              message: "lib/ does not depend on inngest/, app/ or components/: they depend on it.",
            },
          ],
        },
      ],
    },
  },
  {
    // Where reading the environment is the point: the config module, Next/Playwright/drizzle configs, scripts and tests.
    files: ["config/**", "*.config.{ts,mjs}", "scripts/**", "test/**", "e2e/**", "**/*.test.ts"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Tests and scripts talk to untyped JSON on purpose.
    files: ["test/**", "e2e/**", "scripts/**", "**/*.test.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-non-null-assertion": "off" },
  },
  {
    files: ["**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
  },
  prettier,
);
