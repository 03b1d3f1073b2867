import { configDefaults, defineConfig } from "vitest/config";

/**
 * Projects: "unit" needs nothing but Node (SQLite files in temporary directories; `npm run
 * test:unit`); "redis" needs the machine's Redis; "postgres" runs the database suites again on the
 * machine's PostgreSQL; "e2e" drives Debian's Chromium, and starts the server bundle built from the
 * sources (test/e2e/bundle.e2e.test.ts). `npm test` runs them all.
 */
const REDIS_SUITES = ["test/redis.test.ts"];
/** Suites that touch the database run twice: on SQLite and on the machine's PostgreSQL. */
const DATABASE_SUITES = [
  "test/postgres/**/*.test.ts",
  "src/jobs/**/*.test.ts",
  "src/content/**/*.test.ts",
  "src/discovery/**/*.test.ts",
  "src/engagement/**/*.test.ts",
  "src/newsroom/**/*.test.ts",
  "test/site.test.ts",
  "test/overload.test.ts",
  "test/engagement.test.ts",
  "test/engagement-abuse.test.ts",
  "test/telegram.test.ts",
  "test/telegram-failures.test.ts",
  "test/webhooks.test.ts",
  "test/canonical-urls.test.ts",
  "test/pagination.test.ts",
  "test/bench-data.test.ts",
  "test/admin-session.test.ts",
  "test/admin-users.test.ts",
  "test/admin-stories.test.ts",
  "test/admin-workflow.test.ts",
  "test/admin-media.test.ts",
  "test/admin-preview.test.ts",
  "test/admin-tags.test.ts",
  "test/admin-bylines.test.ts",
  "test/admin-moves.test.ts",
  "test/latin-profile.test.ts",
  "src/widgets/rates/rates.service.test.ts",
  "test/rates-pages.test.ts",
  "test/backup.test.ts",
  "src/cli/backup/**/*.test.ts",
  "test/public-api.test.ts",
  "test/public-api-limits.test.ts",
  "test/feeds.test.ts",
  "test/sitemaps.test.ts",
  "test/indexnow.test.ts",
  "test/import.test.ts",
  "test/import-categories.test.ts",
  "test/import-scheduled.test.ts",
  "test/lists.test.ts",
  "test/structured-data.test.ts",
  "test/search.test.ts",
];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/*.test.ts"], exclude: [...configDefaults.exclude, ...REDIS_SUITES] },
      },
      {
        extends: true,
        test: { name: "redis", include: REDIS_SUITES },
      },
      {
        extends: true,
        test: { name: "postgres", include: DATABASE_SUITES, env: { XABAR_TEST_DB: "postgres" } },
      },
      {
        extends: true,
        test: { name: "e2e", include: ["test/e2e/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 180_000 },
      },
    ],
  },
});
