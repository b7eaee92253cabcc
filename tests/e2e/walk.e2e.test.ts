/**
 * The walk (issue #13 item 1): every demo role signs in, opens every page of its navigation
 * and every tab of one of its conferences, at 1440×900 and at 390×844, and each page is checked
 * for sideways overflow, visible UUIDs and code keys, unnamed controls, console errors and a
 * Vietnamese title (`walk-checks.ts`). A screenshot per page and size goes to
 * tests/e2e/screenshots/walk/ for a person to look through.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type E2E, SCREENSHOTS, startE2E } from "./harness.ts";
import { englishKeys, pageProblems, walkReport } from "./walk-checks.ts";
import { inspectInPage } from "./walk-page.ts";

const SIZES = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;
const ROLES = [
  "vanphong",
  "chutich",
  "hoidong",
  "vanhoa",
  "taichinh",
  "badinh",
  "tinh_vanphong",
  "tinh_chutich",
] as const;
/** The conference page's tabs by their address and their label. */
const CONFERENCE_TABS: Record<string, string> = {
  "thong-tin": "Thông tin chung",
  "dai-bieu": "Đại biểu",
  "chu-toa": "Chủ tọa",
  "chuong-trinh": "Chương trình",
};
const WALK_DIR = path.join(SCREENSHOTS, "walk");
const READY_MS = 30_000;
const KEYS = englishKeys();

let e: E2E;
beforeAll(async () => {
  e = await startE2E();
  fs.rmSync(WALK_DIR, { recursive: true, force: true });
  fs.mkdirSync(WALK_DIR, { recursive: true });
});
afterAll(() => e?.close());

/** A fresh page signed in as `username`, collecting the console's errors into `errors`. */
async function signedIn(username: string, errors: string[]): Promise<Page> {
  await e.context.clearCookies();
  const page = await e.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text().slice(0, 200));
  });
  page.on("pageerror", (err) => errors.push(err.message.slice(0, 200)));
  await page.setViewportSize(SIZES[0]);
  await e.signIn(page, username);
  await page.locator("nav[aria-label='Điều hướng chính'] a[href]").first().waitFor({ timeout: READY_MS });
  return page;
}

/**
 * Client-side navigation (as a link click does), without reloading the app for every page.
 * The router keeps the old page on screen while the new one loads, so the old headings are
 * marked first and the new page is ready only when an unmarked heading shows.
 */
async function open(page: Page, target: string) {
  const samePath = await page.evaluate((to) => {
    const same = new URL(to, window.location.href).pathname === window.location.pathname;
    for (const h of document.querySelectorAll("main h1, main h2")) h.setAttribute("data-walk-old", "");
    window.history.pushState({}, "", to);
    window.dispatchEvent(new PopStateEvent("popstate"));
    return same;
  }, target);
  await waitReady(page, target, samePath);
  const tab = CONFERENCE_TABS[new URL(target, "http://x").searchParams.get("muc") ?? ""];
  if (tab) {
    // The address changes at once, the tab a render later: wait for the tab itself.
    await page.waitForFunction(
      (label) =>
        [...document.querySelectorAll("[role='tab'][aria-selected='true']")].some((t) =>
          (t.textContent ?? "").trim().startsWith(label),
        ),
      tab,
      { timeout: READY_MS },
    );
    await page.waitForTimeout(200);
  }
}

/** Ready: the address is the target's, no spinner shows, the (new) main heading is on screen. */
async function waitReady(page: Page, target: string, samePath: boolean) {
  const ready = ([to, same]: [string, boolean]) => {
    // A tab is the same page with another address; a new page may redirect (a unit's own conference).
    const here = same ? window.location.pathname + window.location.search : to;
    const spinning = [...document.querySelectorAll(".mantine-Loader-root")].some(
      (l) => l.getBoundingClientRect().width > 0,
    );
    const heading = document.querySelector(
      same ? "main h1, main h2" : "main h1:not([data-walk-old]), main h2:not([data-walk-old])",
    );
    return here === to && !spinning && !!heading && heading.getBoundingClientRect().height > 0;
  };
  await page.waitForFunction(ready, [target, samePath] as [string, boolean], { timeout: READY_MS });
  // Settle: lists below the heading load after it; wait until nothing spins for a moment.
  await page.waitForTimeout(200);
  await page.waitForFunction(ready, [target, samePath] as [string, boolean], { timeout: READY_MS });
}

/** The user's navigation, and one conference of theirs (its tabs are pages of the walk). */
async function targetsOf(page: Page): Promise<string[]> {
  const links = await page
    .locator("nav[aria-label='Điều hướng chính'] a[href]")
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const conferenceId = await page.evaluate(async () => {
    const res = await fetch("/api/conferences?limit=5");
    if (!res.ok) return null;
    const body = (await res.json()) as { items?: { id: string }[] };
    return body.items?.[0]?.id ?? null;
  });
  const tabs = conferenceId
    ? Object.keys(CONFERENCE_TABS).map((t) => `/hoi-nghi/${conferenceId}?muc=${t}`)
    : [];
  return [...new Set(links), ...tabs];
}

const slug = (target: string) =>
  target === "/"
    ? "trang-chu"
    : target
        .replace(/^\//u, "")
        .replace(/hoi-nghi\/[0-9a-f-]{36}\?muc=/u, "hoi-nghi-")
        .replace(/[/?=]/gu, "-");

describe("the walk: every role, every page, desk and phone", () => {
  for (const username of ROLES) {
    for (const size of SIZES) {
      it(`${username} on a ${size.name}: no overflow, ids, code words or unnamed controls`, async () => {
        const errors: string[] = [];
        const page = await signedIn(username, errors);
        const targets = await targetsOf(page);
        expect(targets.length).toBeGreaterThan(3);
        await page.setViewportSize(size);
        const pages: { name: string; problems: string[] }[] = [];
        for (const target of targets) {
          errors.length = 0;
          const name = `${username} ${size.name} ${slug(target)}`;
          const problems: string[] = [];
          try {
            await open(page, target);
          } catch (err) {
            problems.push(`không mở xong trong ${READY_MS / 1000} s: ${String(err).slice(0, 120)}`);
          }
          const facts = await page.evaluate(inspectInPage);
          problems.push(...pageProblems({ ...facts, consoleErrors: [...errors] }, KEYS));
          pages.push({ name, problems });
          await page.screenshot({
            path: path.join(WALK_DIR, `${name.replace(/ /gu, "-")}.png`),
            fullPage: true,
            animations: "disabled",
            caret: "hide",
          });
        }
        await page.close();
        expect(walkReport(pages), `${username} ${size.name}: ${pages.length} trang`).toBe("");
      }, 300_000);
    }
  }

  it("a code word, a UUID and a nameless button added to a real page are reported", async () => {
    const page = await signedIn("badinh", []);
    await open(page, "/ke-hoach-don-vi");
    const clean = pageProblems({ ...(await page.evaluate(inspectInPage)), consoleErrors: [] }, KEYS);
    await page.evaluate(() => {
      const main = document.querySelector("main");
      const p = document.createElement("p");
      p.textContent = "Trạng thái: submitted · mã 3f2b8c1e-9a7d-4e21-b6f0-1c2d3e4f5a6b";
      const button = document.createElement("button");
      button.innerHTML = "<svg width='16' height='16'></svg>";
      const wide = document.createElement("div");
      wide.style.width = "3000px";
      wide.textContent = "rộng";
      main?.append(p, button, wide);
    });
    const problems = pageProblems({ ...(await page.evaluate(inspectInPage)), consoleErrors: [] }, KEYS);
    const added = problems.filter((p) => !clean.includes(p));
    expect(added.join("\n")).toMatch(/khóa tiếng Anh của mã nguồn: submitted/u);
    expect(added.join("\n")).toMatch(/UUID: 3f2b8c1e-9a7d-4e21-b6f0-1c2d3e4f5a6b/u);
    expect(added.join("\n")).toMatch(/không có tên truy cập được: <button><svg/u);
    expect(added.join("\n")).toMatch(/tràn ngang/u);
    await page.close();
  });
});
