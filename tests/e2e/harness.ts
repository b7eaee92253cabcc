/**
 * A real server (fresh demo-seeded database) on a free port, and Debian's
 * Chromium driven by playwright-core, as a user would see the app.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { buildApp } from "../../src/server/app.ts";
import { type Config, testConfig } from "../../src/server/config.ts";
import type { Database } from "../../src/server/db/client.ts";
import type { Clock } from "../../src/server/http/context.ts";
import type { Mailer } from "../../src/server/modules/outbox/mailer.ts";
import { TEST_PASSWORD } from "../helpers/constants.ts";
import { createTestDatabase } from "../helpers/db.ts";

export const SCREENSHOTS = path.resolve("tests/e2e/screenshots");
/**
 * Every browser-test wait (locator.waitFor, expect.poll): a condition with a timeout sized for a
 * busy 2-core CI machine, never expect.poll's 1 s default (issue #12 item 10).
 */
export const WAIT = { timeout: 30_000 } as const;

export type E2E = {
  baseUrl: string;
  app: FastifyInstance;
  database: Database;
  context: BrowserContext;
  newPage(): Promise<Page>;
  signIn(page: Page, username: string, password?: string): Promise<void>;
  /** A screenshot to look at; fullPage=false for long pages (fixed headers repeat in full-page captures). */
  shot(page: Page, name: string, fullPage?: boolean): Promise<void>;
  close(): Promise<void>;
};

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * `clock`: the server's clock (default: the system's), e.g. the demo plan's own day;
 * `mailer`: replaces the SMTP mailer (e.g. one that keeps the messages, for the outbox);
 * `config`: settings over the tests' defaults (e.g. `mfaRequiredRoles` for the MFA test).
 */
export async function startE2E(
  opts: { clock?: Clock; mailer?: Mailer | null; config?: Partial<Config> } = {},
): Promise<E2E> {
  const database = await createTestDatabase();
  const app = await buildApp({
    config: testConfig(opts.config),
    database,
    clock: opts.clock,
    mailer: opts.mailer,
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}`;
  const userDir = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-chromium-"));
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    headless: true,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    viewport: { width: 1366, height: 850 },
    acceptDownloads: true,
  });
  // Clicks, fills and bare waits get the same busy-machine allowance as WAIT (issue #12 item 10).
  context.setDefaultTimeout(WAIT.timeout);
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    baseUrl,
    app,
    database,
    context,
    newPage: () => context.newPage(),
    async signIn(page, username, password = TEST_PASSWORD) {
      await page.goto(`${baseUrl}/dang-nhap`);
      await page.getByLabel("Tên đăng nhập", { exact: true }).fill(username);
      await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
      await page.getByRole("button", { name: "Đăng nhập" }).click();
    },
    async shot(page, name, fullPage = true) {
      if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });
    },
    async close() {
      await context.close();
      await app.close();
      await database.close();
      fs.rmSync(userDir, { recursive: true, force: true });
    },
  };
}
