/**
 * Module boundaries (issue #7 item 7), run by `npm run lint`:
 * - `src/web` and `src/server` never import each other; `src/domain` imports neither;
 * - a server module is reached from outside its folder only through its `index.ts`
 *   (`src/server/modules/<name>/index.ts`); deep imports across modules fail.
 * Tests (`*.test.ts`, `testing/` folders) may reach inside modules to set up data.
 * Exits 1 and lists every offending import with its file and line.
 */
import fs from "node:fs";
import path from "node:path";

export type Violation = { file: string; line: number; spec: string; reason: string };

const ROOT = path.resolve(import.meta.dirname, "..");
const SRC = path.join(ROOT, "src");
const MODULES = path.join(SRC, "server", "modules");
const IMPORT_RE = /(?:import|export)\s[^"'`;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gu;

const rel = (p: string) => path.relative(ROOT, p).split(path.sep).join("/");
const isTest = (file: string) => /\.test\.tsx?$/u.test(file) || /\/testing\//u.test(rel(file));

/** "src/server/modules/<name>/…" → name, else null. */
function moduleOf(file: string): string | null {
  const r = path.relative(MODULES, file);
  if (r.startsWith("..") || path.isAbsolute(r)) return null;
  return r.split(path.sep)[0] ?? null;
}

function area(file: string): "web" | "server" | "domain" | "other" {
  const r = rel(file);
  if (r.startsWith("src/web/")) return "web";
  if (r.startsWith("src/server/")) return "server";
  if (r.startsWith("src/domain/")) return "domain";
  return "other";
}

/** The violations of one import of `target` (an absolute path) by `file`. */
export function checkImport(file: string, target: string): string | null {
  const from = area(file);
  const to = area(target);
  if (from === "web" && to === "server") return "src/web không được import từ src/server";
  if (from === "server" && to === "web") return "src/server không được import từ src/web";
  if (from === "domain" && (to === "server" || to === "web"))
    return "src/domain phải thuần: không import từ src/server hay src/web";
  const targetModule = moduleOf(target);
  if (targetModule === null || isTest(file)) return null;
  if (moduleOf(file) === targetModule) return null;
  const entry = path.join(MODULES, targetModule, "index.ts");
  if (path.resolve(target) === entry) return null;
  return `import sâu vào module "${targetModule}": hãy dùng src/server/modules/${targetModule}/index.ts`;
}

export function scanFile(file: string, text: string): Violation[] {
  const out: Violation[] = [];
  for (const m of text.matchAll(IMPORT_RE)) {
    const spec = m[1] ?? m[2] ?? "";
    if (!spec.startsWith(".")) continue;
    const reason = checkImport(file, path.resolve(path.dirname(file), spec));
    if (!reason) continue;
    const line = text.slice(0, m.index).split("\n").length;
    out.push({ file: rel(file), line, spec, reason });
  }
  return out;
}

function* walk(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(p);
    else if (/\.tsx?$/u.test(entry.name)) yield p;
  }
}

function main(): void {
  const violations: Violation[] = [];
  for (const file of walk(SRC)) violations.push(...scanFile(file, fs.readFileSync(file, "utf8")));
  if (violations.length === 0) {
    console.log("Ranh giới module: không có import vi phạm.");
    return;
  }
  for (const v of violations) console.error(`${v.file}:${v.line}  "${v.spec}"  ${v.reason}`);
  console.error(`\n${violations.length} import vi phạm ranh giới module.`);
  process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
