/**
 * The web's JavaScript budget per route (issue #11 item 2): builds the web app with a manifest
 * into a temporary folder, then for every page (each lazily loaded module of the entry) adds up
 * the gzip size of the JavaScript the browser needs to show it: the entry's chunks, the layout's
 * (for every page but sign-in) and the page's chunks, each counted once. Prints the table; exits 1 when the sign-in page is over 200 KB or any
 * page over 350 KB. Run by `npm run check:bundle` and by CI.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";

const KB = 1024;
const SIGN_IN_BUDGET = 200 * KB;
const PAGE_BUDGET = 350 * KB;
const SIGN_IN_PAGE = "features/auth/LoginPage.tsx";
/** Every page but sign-in is shown inside the layout, which is loaded on its own too. */
const LAYOUT = "components/AppLayout.tsx";

const root = path.resolve(import.meta.dirname, "..");
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-bundle-"));
try {
  const built = spawnSync(
    process.execPath,
    ["node_modules/vite/bin/vite.js", "build", "--logLevel", "error", "--outDir", outDir, "--manifest"],
    { cwd: root, stdio: "inherit" },
  );
  if (built.status !== 0) process.exit(built.status ?? 1);
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, ".vite/manifest.json"), "utf8"));

  const gzipSize = new Map();
  const sizeOf = (file) => {
    if (!gzipSize.has(file)) {
      gzipSize.set(file, zlib.gzipSync(fs.readFileSync(path.join(outDir, file)), { level: 9 }).length);
    }
    return gzipSize.get(file);
  };
  /** The chunk's file and every chunk it imports statically, transitively. */
  const closure = (key, into = new Set()) => {
    const chunk = manifest[key];
    if (!chunk || into.has(chunk.file)) return into;
    into.add(chunk.file);
    for (const dep of chunk.imports ?? []) closure(dep, into);
    return into;
  };

  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const entryFiles = closure(entryKey);
  const layoutKey = (manifest[entryKey].dynamicImports ?? []).find((k) => k.endsWith(LAYOUT));
  const pageKeys = (manifest[entryKey].dynamicImports ?? []).filter((k) => k !== layoutKey);
  const pages = pageKeys.map((key) => {
    const files = closure(key, new Set(entryFiles));
    if (layoutKey && !key.endsWith(SIGN_IN_PAGE)) closure(layoutKey, files);
    const bytes = [...files].reduce((sum, f) => sum + sizeOf(f), 0);
    const budget = key.endsWith(SIGN_IN_PAGE) ? SIGN_IN_BUDGET : PAGE_BUDGET;
    return { page: key.replace(/^.*features\//, ""), bytes, budget };
  });
  pages.sort((a, b) => b.bytes - a.bytes);

  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  console.log(
    `JavaScript gzip theo trang (khung chung ${kb([...entryFiles].reduce((s, f) => s + sizeOf(f), 0))}):`,
  );
  for (const p of pages) {
    const flag = p.bytes > p.budget ? "VƯỢT" : "ok";
    console.log(`  ${flag.padEnd(4)} ${kb(p.bytes).padStart(9)} / ${kb(p.budget).padStart(9)}  ${p.page}`);
  }
  if (!pages.some((p) => p.page.endsWith("LoginPage.tsx"))) {
    console.error("Không tìm thấy trang đăng nhập trong các trang tải riêng.");
    process.exit(1);
  }
  const over = pages.filter((p) => p.bytes > p.budget);
  if (over.length > 0) {
    console.error(`${over.length} trang vượt ngân sách dung lượng JavaScript.`);
    process.exit(1);
  }
  console.log("Mọi trang trong ngân sách dung lượng.");
} finally {
  fs.rmSync(outDir, { recursive: true, force: true });
}
