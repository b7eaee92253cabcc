/**
 * Reads the V8 CPU profiles a server wrote (BENCH_CPU_PROF=dir) and prints the functions with the
 * most self time, and the packages/files they live in: where a request's time goes.
 *   node --import tsx bench/load/profile.ts DIR [top=40]
 */
import fs from "node:fs";
import path from "node:path";

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const [dir, topArg] = process.argv.slice(2);
const top = Number(topArg ?? 40);
const self = new Map<string, number>();
const byPackage = new Map<string, number>();
let total = 0;
for (const f of fs.readdirSync(dir!).filter((x) => x.endsWith(".cpuprofile"))) {
  const p = JSON.parse(fs.readFileSync(path.join(dir!, f), "utf8")) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  p.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const ms = (p.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const url = n.callFrame.url;
    const file = url
      .split("/node_modules/")
      .pop()!
      .replace(/^file:\/\/.*\/src\//u, "src/");
    const key = `${n.callFrame.functionName || "(anon)"} ${file}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    const pkg = url.includes("/node_modules/")
      ? url
          .split("/node_modules/")
          .pop()!
          .split("/")
          .slice(0, url.includes("/node_modules/@") ? 2 : 1)
          .join("/")
      : url.includes("/src/")
        ? `src/${url.split("/src/").pop()!.split("/").slice(0, -1).join("/")}`
        : url || n.callFrame.functionName;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
  });
}
const pct = (ms: number) => `${((ms / total) * 100).toFixed(1).padStart(5)} %`;
console.log(`total ${total.toFixed(0)} ms sampled\n\nby package / folder:`);
for (const [k, ms] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(pct(ms), k);
console.log("\nby function (self time):");
for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(pct(ms), k);
