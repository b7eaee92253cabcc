/**
 * npm run bench:drawing — issue #11 item 3, in Debian's Chromium on this machine.
 * Phường Ba Đình's conference page with its 150 delegates, then with 300: the time from the
 * conference's API answer (its responseEnd) to the frame that shows every delegate row, and a
 * tab switch (Đại biểu → Chủ tọa → Đại biểu) from the click to the next painted frame.
 * Floor, measured in the same page: a plain DOM table of the same rows and columns built with
 * createElement and painted. Median of the runs; ratios to the floor. No assertions.
 * Goals: table ≤ 300 ms after the data, tab switch ≤ 100 ms.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Page } from "playwright-core";
import { buildApp } from "../src/server/app.ts";
import { testConfig } from "../src/server/config.ts";
import { openPglite } from "../src/server/db/client.ts";
import { migrate } from "../src/server/db/migrate.ts";
import { seedDemo } from "../src/server/db/seed/seed.ts";
import { systemClock } from "../src/server/http/context.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PASSWORD = "bench-password-123";
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export type DrawingFigures = {
  delegates: number;
  drawMs: number;
  floorMs: number;
  tabMs: number;
  tabBackMs: number;
};

/** Marks the frame in which `count` delegate rows are first in the page. */
const INIT = `
  window.__bench = { rowsAt: 0, paintAt: 0, want: 0, long: [] };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.long.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: "longtask", buffered: true });
  new MutationObserver(() => {
    const b = window.__bench;
    if (!b.want || b.rowsAt) return;
    if (document.querySelectorAll('[data-testid="delegate-row"]').length >= b.want) {
      b.rowsAt = performance.now();
      requestAnimationFrame(() => setTimeout(() => { b.paintAt = performance.now(); }, 0));
    }
  }).observe(document, { childList: true, subtree: true });
`;

async function drawOnce(page: Page, url: string, conferenceId: string, count: number) {
  await page.goto("about:blank");
  await page.goto(url, { waitUntil: "commit" });
  await page.evaluate((n) => {
    (window as unknown as { __bench: { want: number } }).__bench.want = n;
  }, count);
  // The observer may have missed rows already there when `want` was set.
  await page.evaluate((n) => {
    const b = (window as unknown as { __bench: { rowsAt: number; paintAt: number } }).__bench;
    if (!b.rowsAt && document.querySelectorAll('[data-testid="delegate-row"]').length >= n) {
      b.rowsAt = performance.now();
      requestAnimationFrame(() => setTimeout(() => (b.paintAt = performance.now()), 0));
    }
  }, count);
  await page.waitForFunction(
    () => (window as unknown as { __bench: { paintAt: number } }).__bench.paintAt > 0,
    null,
    {
      timeout: 60_000,
    },
  );
  return page.evaluate((id) => {
    const b = (window as unknown as { __bench: { paintAt: number } }).__bench;
    const api = performance
      .getEntriesByType("resource")
      .filter((e) => new URL(e.name).pathname === `/api/conferences/${id}`)
      .map((e) => (e as PerformanceResourceTiming).responseEnd);
    // BENCH_DEBUG=1 prints this line: when the answer came, the rows appeared and the long tasks.
    console.log(JSON.stringify({ api, bench: b }));
    return b.paintAt - Math.max(...api);
  }, conferenceId);
}

/**
 * Click a tab, then wait for the first painted frame in which that tab's panel shows its content:
 * `rows` delegate rows, or (rows = 0) the presidium's count. React may draw a tab in a transition,
 * so the frame after the click alone would not say that the new tab is there.
 */
async function switchTab(page: Page, name: string, rows: number) {
  return page.evaluate(
    async ({ name, rows }) => {
      const tab = [...document.querySelectorAll('[role="tab"]')].find((t) => t.textContent?.startsWith(name));
      if (!(tab instanceof HTMLElement)) throw new Error(`no tab ${name}`);
      // No named functions in here: the TypeScript loader would wrap them in a helper the page lacks.
      const panel = document.getElementById(tab.getAttribute("aria-controls") ?? "");
      const t0 = performance.now();
      tab.click();
      for (let i = 0; i < 6000; i++) {
        const done =
          tab.getAttribute("aria-selected") === "true" &&
          panel !== null &&
          panel.offsetParent !== null &&
          (rows === 0
            ? panel.querySelector('[data-testid="presidium-count"]') !== null
            : panel.querySelectorAll('[data-testid="delegate-row"]').length >= rows);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        if (done) break;
      }
      return performance.now() - t0;
    },
    { name, rows },
  );
}

/** The floor: the same rows as a plain DOM table, built and painted. */
async function floor(page: Page, count: number) {
  return page.evaluate(async (n) => {
    const host = document.createElement("div");
    document.body.append(host);
    const t0 = performance.now();
    const table = document.createElement("table");
    const body = document.createElement("tbody");
    for (let i = 0; i < n; i++) {
      const tr = document.createElement("tr");
      for (const text of [
        String(i + 1),
        `Nguyễn Văn Đại biểu ${i}`,
        "Nam",
        "1980",
        "Kinh",
        "Trưởng khu phố 3",
        "Điển hình",
        "Đã mời",
        "Xóa",
      ]) {
        const td = document.createElement("td");
        td.textContent = text;
        tr.append(td);
      }
      body.append(tr);
    }
    table.append(body);
    host.append(table);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const ms = performance.now() - t0;
    host.remove();
    return ms;
  }, count);
}

export async function runDrawing(): Promise<DrawingFigures[]> {
  // The page under test is the built web app (rebuilt only when its sources changed).
  spawnSync(process.execPath, ["scripts/prepare-start.mjs"], { stdio: "inherit" });
  const database = await openPglite(undefined);
  await migrate(database);
  await seedDemo(database.db, { password: PASSWORD, clock: systemClock });
  const app = await buildApp({ config: testConfig(), database });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const userDir = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-bench-chromium-"));
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    headless: true,
    locale: "vi-VN",
    viewport: { width: 1440, height: 900 },
  });
  const figures: DrawingFigures[] = [];
  try {
    const { rows } = await database.pglite!.query<{ id: string }>(
      `SELECT c.id FROM conferences c JOIN units u ON u.id = c.unit_id JOIN plans p ON p.id = c.plan_id
        WHERE u.code = 'badinh' AND NOT p.is_template ORDER BY c.created_at LIMIT 1`,
    );
    const conferenceId = rows[0]!.id;
    const page = await context.newPage();
    if (process.env.BENCH_DEBUG) page.on("console", (m) => console.log("page:", m.text().slice(0, 600)));
    await page.addInitScript(INIT);
    await page.goto(`${base}/dang-nhap`);
    await page.getByLabel("Tên đăng nhập", { exact: true }).fill("badinh");
    await page.getByLabel("Mật khẩu", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/dang-nhap"), { timeout: 60_000 });
    const url = `${base}/hoi-nghi/${conferenceId}?muc=dai-bieu`;
    for (const count of [150, 300]) {
      if (count === 300) await doubleDelegates(database, conferenceId);
      await drawOnce(page, url, conferenceId, count); // warm-up
      if (process.env.BENCH_PROFILE) await profile(page, () => drawOnce(page, url, conferenceId, count));
      const draw: number[] = [];
      const tab: number[] = [];
      const back: number[] = [];
      const base: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        draw.push(await drawOnce(page, url, conferenceId, count));
        tab.push(await switchTab(page, "Chủ tọa", 0));
        back.push(await switchTab(page, "Đại biểu", count));
        base.push(await floor(page, count));
      }
      figures.push({
        delegates: count,
        drawMs: median(draw),
        floorMs: median(base),
        tabMs: median(tab),
        tabBackMs: median(back),
      });
    }
  } finally {
    await context.close();
    await app.close();
    await database.close();
    fs.rmSync(userDir, { recursive: true, force: true });
  }
  return figures;
}

/** 150 more people on Ba Đình's list (copies with another name), as delegates of the conference. */
async function doubleDelegates(database: Awaited<ReturnType<typeof openPglite>>, conferenceId: string) {
  await database.pglite!.query(
    `WITH copied AS (
       INSERT INTO persons (unit_id, full_name, search_key, identity_key, gender, birth_year, ethnicity_code, position, workplace, categories)
       SELECT p.unit_id, p.full_name || ' B', p.search_key || ' b', p.identity_key || '|b', p.gender, p.birth_year, p.ethnicity_code, p.position, p.workplace, p.categories
         FROM persons p JOIN delegates d ON d.person_id = p.id WHERE d.conference_id = $1
       RETURNING id)
     INSERT INTO delegates (conference_id, person_id, role) SELECT $1, id, 'exemplar' FROM copied`,
    [conferenceId],
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await runDrawing();
  console.log("Drawing (Chromium): conference page table and tab switch, median ms; floor = plain DOM table");
  console.log("delegates  table ms  floor ms  table ×  tab→Chủ tọa ms  tab→Đại biểu ms");
  for (const f of figures) {
    console.log(
      `${String(f.delegates).padStart(9)}  ${f.drawMs.toFixed(0).padStart(8)}  ${f.floorMs.toFixed(0).padStart(8)}  ${(f.drawMs / f.floorMs).toFixed(1).padStart(7)}  ${f.tabMs.toFixed(0).padStart(14)}  ${f.tabBackMs.toFixed(0).padStart(15)}`,
    );
  }
}

/** BENCH_PROFILE=1: the functions with the most self time during one draw (build with --minify false to read them). */
async function profile(page: Page, run: () => Promise<unknown>) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
  await cdp.send("Profiler.start");
  await run();
  const { profile } = await cdp.send("Profiler.stop");
  const self = new Map<string, number>();
  const dt = profile.timeDeltas ?? [];
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  (profile.samples ?? []).forEach((id, i) => {
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(ms.toFixed(0).padStart(7), k);
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const callers = new Map<string, number>();
  for (const n of profile.nodes) {
    if (n.callFrame.functionName !== "getBoundingClientRect") continue;
    const chain: string[] = [];
    let p = parent.get(n.id);
    for (let i = 0; i < 6 && p; i++, p = parent.get(p)) {
      const f = byId.get(p)!.callFrame;
      chain.push(`${f.functionName}@${f.url.split("/").pop()}:${f.lineNumber}:${f.columnNumber}`);
    }
    callers.set(chain.join(" < "), (callers.get(chain.join(" < ")) ?? 0) + (n.hitCount ?? 0));
  }
  for (const [k, hits] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, 5)) console.log("gBCR", hits, k);
}
