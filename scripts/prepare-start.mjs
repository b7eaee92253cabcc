/**
 * `npm start`, step 1 (issue #11 item 1): build the web app (dist/web) and the server's
 * JavaScript (build/) only when their sources changed since the last build, and say so.
 * Plain JavaScript so that it starts without a TypeScript loader.
 * A fingerprint (newest modification time, file count and total size of the sources)
 * is kept beside each build; `--force` rebuilds both.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const force = process.argv.includes("--force");

const targets = [
  {
    name: "giao diện web",
    stamp: "dist/web/.build-stamp",
    output: "dist/web/index.html",
    sources: ["src/web", "src/domain", "vite.config.ts", "package-lock.json"],
    command: ["node_modules/vite/bin/vite.js", "build", "--logLevel", "warn"],
  },
  {
    name: "máy chủ",
    stamp: "build/.build-stamp",
    output: "build/server/main.js",
    sources: ["src/server", "src/domain", "tsconfig.json", "tsconfig.build.json", "package-lock.json"],
    command: ["node_modules/typescript/bin/tsc", "-p", "tsconfig.build.json"],
  },
];

function fingerprint(sources) {
  let newest = 0;
  let count = 0;
  let size = 0;
  const visit = (p) => {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) {
      for (const name of fs.readdirSync(p)) visit(path.join(p, name));
      return;
    }
    newest = Math.max(newest, st.mtimeMs);
    count += 1;
    size += st.size;
  };
  for (const s of sources) visit(path.join(root, s));
  return `${Math.round(newest)}:${count}:${size}`;
}

for (const t of targets) {
  const print = fingerprint(t.sources);
  const stampFile = path.join(root, t.stamp);
  const built = fs.existsSync(path.join(root, t.output));
  const previous = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, "utf8") : "";
  if (!force && built && previous === print) {
    console.log(`• ${t.name}: đã dựng sẵn, mã nguồn không đổi.`);
    continue;
  }
  const started = Date.now();
  console.log(`• Đang dựng ${t.name} (chỉ khi mã nguồn thay đổi)…`);
  const run = spawnSync(process.execPath, t.command, { cwd: root, stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`Không dựng được ${t.name}.`);
    process.exit(run.status ?? 1);
  }
  fs.mkdirSync(path.dirname(stampFile), { recursive: true });
  fs.writeFileSync(stampFile, print);
  console.log(`  xong sau ${((Date.now() - started) / 1000).toFixed(1)} giây.`);
}
