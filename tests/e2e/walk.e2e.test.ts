/**
 * Issue #13 item 1: the walk. For each demo role, every page its navigation offers (read from the
 * navigation in the browser, so pages added later are walked too), every tab on those pages and
 * a conference's page with each of its tabs, at 1440×900 and 390×844. On each it checks: no
 * sideways scrolling of the page itself, no visible UUID, no English identifier of the code,
 * no console error, every control named, a Vietnamese title of its own, table headers on one line
 * at desktop width. Screenshots: tests/e2e/screenshots/walk/.
 */
import fs from "node:fs";
import path from "node:path";
import type { CDPSession, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2E, SCREENSHOTS, startE2E } from "./harness.ts";
import {
  codeIdentifiers,
  englishFinder,
  hasUuid,
  isVietnameseTitle,
  pageFacts,
  unnamedControls,
} from "./walk-checks.ts";

/** The eight demo roles (seed: DEMO_ROLE_USERS, a ward's and an agency's unit user). */
const ALL_WALKERS = [
  "vanphong",
  "chutich",
  "hoidong",
  "hoidong2",
  "vanhoa",
  "taichinh",
  "badinh",
  "hoiphunu",
];
/** WALK_ONLY=vanphong,badinh walks a few roles while working on a page. */
const WALKERS = process.env.WALK_ONLY ? process.env.WALK_ONLY.split(",") : ALL_WALKERS;
const log = (s: string) => {
  if (process.env.WALK_LOG) process.stderr.write(`[walk ${new Date().toISOString().slice(11, 19)}] ${s}\n`);
};
const SIZES = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;
const WAIT = { timeout: 30_000 };
const DIR = path.join(SCREENSHOTS, "walk");

let e: E2E;
let page: Page;
let cdp: CDPSession;
const findEnglish = englishFinder(codeIdentifiers());
let consoleErrors: string[] = [];
let inFlight = 0;
log(`${findEnglish.size} code identifiers to look for`);

beforeAll(async () => {
  e = await startE2E();
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
  page = await e.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  cdp = await e.context.newCDPSession(page);
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(`${m.text()} @ ${m.location().url}`);
  });
  page.on("pageerror", (err) => consoleErrors.push(`pageerror: ${err.message}`));
  page.on("request", () => inFlight++);
  page.on("requestfinished", () => inFlight--);
  page.on("requestfailed", () => inFlight--);
});
afterAll(() => e?.close());

/**
 * Until no request is running, no loader shows and the main area has content, twice in a row.
 * Returns why it is still busy after 30 s (a problem of the page), or null.
 */
async function settle(): Promise<string | null> {
  let quiet = 0;
  let why = "";
  const deadline = Date.now() + WAIT.timeout;
  while (quiet < 2) {
    if (Date.now() > deadline) return `chưa tải xong sau 30 giây (${why})`;
    await page.waitForTimeout(150);
    why =
      inFlight > 0
        ? `${inFlight} yêu cầu đang chạy`
        : await page.evaluate(() => {
            const loaders = [...document.querySelectorAll(".mantine-Loader-root")];
            if (loaders.some((l) => (l as HTMLElement).offsetParent !== null)) return "biểu tượng đang tải";
            return document.querySelector("main")?.textContent?.trim() ? "" : "trang trống";
          });
    quiet = why ? 0 : quiet + 1;
  }
  return null;
}

const slug = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/gu, "")
    .replace(/đ/giu, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-|-$/gu, "");

/** Checks the page as it stands at both sizes; returns the problems found. */
async function inspect(who: string, name: string, titles: Map<string, string>): Promise<string[]> {
  const problems: string[] = [];
  const where = (size: string) => `${who} › ${name} (${size})`;
  log(`${who} › ${name}`);
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    const t0 = Date.now();
    const busy = await settle();
    if (busy) problems.push(`${where(size.name)}: ${busy}`);
    const t1 = Date.now();
    const facts = await pageFacts(page);
    if (facts.overflow > 0) problems.push(`${where(size.name)}: trang cuộn ngang ${facts.overflow}px`);
    const uuid = hasUuid(facts.text);
    if (uuid) problems.push(`${where(size.name)}: hiện mã UUID ${uuid}`);
    const english = findEnglish(facts.text);
    if (english.length) problems.push(`${where(size.name)}: hiện từ khóa tiếng Anh ${english.join(", ")}`);
    for (const c of await unnamedControls(cdp))
      problems.push(`${where(size.name)}: điều khiển không tên ${c}`);
    if (!isVietnameseTitle(facts.title)) problems.push(`${where(size.name)}: tiêu đề "${facts.title}"`);
    if (size.name === "desktop" && facts.cutHeaders.length) {
      problems.push(`${where(size.name)}: tiêu đề cột xuống dòng ${facts.cutHeaders.join(" | ")}`);
    }
    const t2 = Date.now();
    const file = path.join(DIR, `${who}-${slug(name)}-${size.name}.png`);
    await page
      .screenshot({ path: file, fullPage: true, animations: "disabled", ...WAIT })
      // A picture for people to look through, not a check: a slow capture is logged, not failed.
      .catch((err: Error) => log(`  no screenshot ${file}: ${err.message.split("\n")[0]}`));
    log(`  ${size.name}: settle ${t1 - t0} ms, checks ${t2 - t1} ms, screenshot ${Date.now() - t2} ms`);
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  const title = await page.title();
  const seen = titles.get(title);
  if (seen && seen !== name.split(" › ")[0]) {
    problems.push(`${who} › ${name}: tiêu đề "${title}" trùng với trang ${seen}`);
  }
  titles.set(title, name.split(" › ")[0]!);
  if (consoleErrors.length)
    problems.push(`${who} › ${name}: lỗi trong console: ${consoleErrors.join(" | ")}`);
  consoleErrors = [];
  for (const p of problems) log(`  ✗ ${p}`);
  return problems;
}

/** The page, then each of its tabs (Mantine Tabs: role=tab). */
async function inspectWithTabs(who: string, name: string, titles: Map<string, string>) {
  const problems = await inspect(who, name, titles);
  const tabs = page.locator("main [role=tab]");
  const labels = await tabs.allInnerTexts();
  for (const [i, label] of labels.entries()) {
    if (i === 0) continue;
    await tabs.nth(i).click();
    await page.locator("main [role=tab][aria-selected=true]").nth(0).waitFor(WAIT);
    problems.push(...(await inspect(who, `${name} › ${label.trim()}`, titles)));
  }
  return problems;
}

describe("walk every page of every role, at desktop and phone sizes", () => {
  it.each(WALKERS)(
    "%s",
    async (who) => {
      await e.context.clearCookies();
      await e.signIn(page, who);
      const nav = page.locator('nav[aria-label="Điều hướng chính"] a');
      await nav.first().waitFor(WAIT);
      consoleErrors = []; // the guest's 401 from /api/auth/me on the sign-in page is expected
      const links = await nav.evaluateAll((as) =>
        as.map((a) => ({ href: a.getAttribute("href") ?? "", label: (a.textContent ?? "").trim() })),
      );
      expect(links.length).toBeGreaterThan(3);
      const titles = new Map<string, string>();
      const problems: string[] = [];
      for (const link of links) {
        await page.locator(`nav[aria-label="Điều hướng chính"] a[href="${link.href}"]`).click();
        await page.waitForURL((u) => u.pathname === link.href, { ...WAIT, waitUntil: "commit" });
        problems.push(...(await inspectWithTabs(who, link.label, titles)));
        if (link.href === "/hoi-nghi") {
          // A conference's own page, if this page lists conferences rather than showing one.
          const one = page.locator('main a[href^="/hoi-nghi/"]').first();
          if ((await one.count()) > 0) {
            await one.click();
            await page.waitForURL(/\/hoi-nghi\/[0-9a-f-]{36}/u, { ...WAIT, waitUntil: "commit" });
            problems.push(...(await inspectWithTabs(who, "Hội nghị của đơn vị", titles)));
          }
        }
      }
      expect(problems).toEqual([]);
    },
    900_000,
  );
});
