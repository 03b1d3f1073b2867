// Lint: typescript-eslint with types, import cycles, the layer rule of docs/ARCHITECTURE.md,
// size limits, and test hygiene. `npm run lint` runs it; `npm test` runs it first.
import js from "@eslint/js";
import vitest from "@vitest/eslint-plugin";
import prettier from "eslint-config-prettier";
import globals from "globals";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

/**
 * The layers, from the top: the process and its wiring; the HTTP faces; the HTTP layer's shared
 * pieces; the domains; the infrastructure. A folder imports only from the layers below it, and
 * domains never import each other (they react to each other through events, wired in src/app/).
 */
const FACES = ["src/site", "src/api"];
const DOMAINS = ["src/content", "src/engagement", "src/discovery", "src/widgets", "src/newsroom", "src/media"];
const INFRA = ["src/db", "src/jobs", "src/lang", "src/cache", "src/errors.ts", "src/events.ts", "src/config.ts", "src/lazy.ts"];
const ENTRIES = ["src/main.ts", "src/app", "src/cli", "src/server"];
const layerZones = [
  { target: [...INFRA, ...DOMAINS, "src/http", ...FACES], from: ENTRIES, message: "only the entry points and the wiring import the server and the commands" },
  { target: [...INFRA, ...DOMAINS, "src/http"], from: FACES, message: "the HTTP faces (site, api) sit above the domains" },
  { target: [...INFRA, ...DOMAINS], from: ["src/http"], message: "Fastify helpers belong to the HTTP layer, above the domains" },
  { target: INFRA, from: DOMAINS, message: "infrastructure knows no domain" },
  ...DOMAINS.map((domain) => ({
    target: domain,
    from: DOMAINS.filter((other) => other !== domain),
    message: "domains do not import each other: emit an event, subscribe in src/app/",
  })),
  { target: "src", from: ["test", "bench"], message: "the product does not import its tests or benchmarks" },
  // Views render view models (site/view-models.ts); they never reach for data themselves.
  {
    target: "src/site/views",
    from: ["src/**/*.service.ts", "src/**/*.repository.ts", "src/db/**"],
    message: "views import no service: take it from the view model",
  },
  // The browser island is bundled alone: it may use pure modules only (URL contract, reactions).
  {
    target: "src/site/islands",
    from: ["src/db", "src/server", "src/http", "src/cache", "src/content", "src/config.ts"],
    message: "the island runs in the browser",
  },
];

export default tseslint.config(
  { ignores: ["dist/", "data/", "node_modules/", "test-results/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { globals: globals.node, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "import-x": importX },
    settings: { "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.json" })] },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      // Fastify handlers and hooks are async by convention, whether or not they await.
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "max-lines": ["error", { max: 400, skipBlankLines: true, skipComments: true }],
      "max-lines-per-function": ["error", { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  {
    // The layer rule binds the product; tests may reach across layers to set things up.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: { "import-x/no-restricted-paths": ["error", { zones: layerZones }] },
  },
  {
    // Data, declarative schema steps and views are long by nature, not because they do two things.
    files: ["src/cli/demo/stories-*.ts", "src/db/migrations/**", "src/site/views/**/*.tsx", "admin/src/**/*.tsx", "admin/src/messages.ts"],
    rules: { "max-lines": "off", "max-lines-per-function": "off" },
  },
  {
    files: ["**/*.test.ts", "**/*.test.tsx", "test/**"],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      "vitest/no-conditional-expect": "error",
      "vitest/no-conditional-in-test": "error",
      "vitest/expect-expect": ["error", { assertFunctionNames: ["expect", "expect*", "assert*"] }],
      // A describe block is a list of tests, not a function that does too much.
      "max-lines-per-function": "off",
      "@typescript-eslint/no-non-null-assertion": "error",
    },
  },
  // The newsroom app runs in the browser.
  { files: ["admin/**/*.ts", "admin/**/*.tsx"], languageOptions: { globals: globals.browser } },
  { files: ["**/*.js"], ...tseslint.configs.disableTypeChecked },
  prettier,
);
