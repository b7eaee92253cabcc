import { defineConfig } from "vitest/config";
import { testDatabaseUrl } from "./src/server/config.ts";

/**
 * Projects:
 * - unit: pure tests beside the code (*.test.ts)
 * - int-pglite / int-postgres: HTTP and database tests (*.int.test.ts) on both engines;
 *   int-postgres runs when TEST_DATABASE_URL is set (CI sets it)
 * - e2e: Chromium browser tests (tests/e2e/*.e2e.test.ts)
 */
const pgUrl = testDatabaseUrl();
const intInclude = ["src/**/*.int.test.ts", "tests/int/**/*.int.test.ts", "tests/security/**/*.int.test.ts"];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "src/**/*.test.ts",
            "src/**/*.test.tsx",
            "bench/**/*.test.ts",
            "scripts/**/*.test.ts",
            // the walk test's pure checks (issue #13)
            "tests/e2e/walk-checks.test.ts",
          ],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        test: {
          name: "int-pglite",
          include: intInclude,
          env: { THIDUA_TEST_DB: "pglite" },
          globalSetup: ["tests/helpers/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      ...(pgUrl
        ? [
            {
              test: {
                name: "int-postgres",
                include: intInclude,
                env: { THIDUA_TEST_DB: "postgres" },
                globalSetup: ["tests/helpers/global-setup.ts"],
                setupFiles: ["tests/helpers/one-query-at-a-time.ts"],
                testTimeout: 60_000,
                hookTimeout: 120_000,
              },
            },
          ]
        : []),
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.e2e.test.ts"],
          globalSetup: ["tests/e2e/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
