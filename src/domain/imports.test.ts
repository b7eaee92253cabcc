/**
 * The domain's import graph (issue #7, docs/architecture.md): no file of `src/domain/`
 * imports another in a circle (type-only imports count too), and none reaches the
 * server, the web or Node's I/O — the domain is pure and shared by both sides.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const DOMAIN = dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/u.test(e.name) && !/\.test\.tsx?$/u.test(e.name) ? [path] : [];
  });
}

/** Every module specifier of `import … from`, `export … from` and bare `import "…"`. */
function specifiers(source: string): string[] {
  const found = source.matchAll(/^\s*(?:(?:import|export)\b[^;"'`]*?\bfrom|import)\s*["']([^"']+)["']/gmu);
  return [...found].map((m) => m[1] as string);
}

/** The first cycle found in a graph (file → files it imports), as a path that ends where it starts. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === "done") return null;
    if (state.get(node) === "open") return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, "done");
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

const files = sourceFiles(DOMAIN);
const name = (path: string) => relative(DOMAIN, path);
const imports = new Map(files.map((f) => [f, specifiers(readFileSync(f, "utf8"))]));

describe("the domain's imports", () => {
  it("finds a cycle when there is one, and none in a tree", () => {
    const ring = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(findCycle(ring)).toEqual(["a", "b", "c", "a"]);
    expect(
      findCycle(
        new Map([
          ["a", ["b", "c"]],
          ["b", ["c"]],
          ["c", []],
        ]),
      ),
    ).toBeNull();
    const source =
      'import type { A } from "./a.ts";\nexport { b } from "./b.ts";\nimport "./c.ts";\nexport const d = ["x"];';
    expect(specifiers(source)).toEqual(["./a.ts", "./b.ts", "./c.ts"]);
  });

  it("has no import circle between domain files", () => {
    const graph = new Map(
      [...imports].map(([file, specs]) => [
        name(file),
        specs.filter((s) => s.startsWith(".")).map((s) => name(resolve(dirname(file), s))),
      ]),
    );
    expect(graph.size).toBeGreaterThan(20);
    expect(findCycle(graph)).toBeNull();
  });

  it("stays pure: nothing from the server, the web or Node", () => {
    const outside = [...imports].flatMap(([file, specs]) =>
      specs
        .filter(
          (s) =>
            s.startsWith("node:") || (s.startsWith(".") && !resolve(dirname(file), s).startsWith(DOMAIN)),
        )
        .map((s) => `${name(file)} → ${s}`),
    );
    expect(outside).toEqual([]);
  });
});
