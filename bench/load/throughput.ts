/**
 * Throughput (issue #11 item 4): one signed-in unit user (Phường Ba Đình, 150 delegates) reads its
 * conference, `GET /api/conferences/:id`, and the conference list, with autocannon on loopback at
 * 50 and 200 connections for a bounded time. Floor: a bare Fastify in its own process answering
 * the same bytes from memory, in the same run. No compression asked (autocannon sends no
 * Accept-Encoding), so both send the same JSON.
 *   node --import tsx bench/load/throughput.ts [--pg=postgres://…] [--pglite] [--seconds=10]
 */
import autocannon from "autocannon";
import { getJson, signIn } from "./client.ts";
import { type Engine, startFloor, startThidua } from "./server.ts";

export type Cannon = {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
};
export type ThroughputRow = {
  engine: Engine;
  target: string;
  connections: number;
  app: Cannon;
  floor: Cannon;
};

export async function cannon(
  url: string,
  connections: number,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<Cannon> {
  const r = await autocannon({ url, connections, duration: seconds, headers, timeout: 30 });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    requests: r.requests.total,
  };
}

export async function runThroughput(
  engine: Engine,
  pgUrl: string | undefined,
  opts: { seconds: number; connections: number[] },
): Promise<ThroughputRow[]> {
  const server = await startThidua(engine, pgUrl);
  const rows: ThroughputRow[] = [];
  try {
    const s = await signIn(server.base, "badinh");
    const list = await getJson<{ items: { id: string }[] }>(server.base, s, "/api/conferences?limit=50");
    const id = list.items[0]!.id;
    const targets = [
      { target: "GET /api/conferences/:id (150 delegates)", path: `/api/conferences/${id}` },
      { target: "GET /api/conferences (list)", path: "/api/conferences?limit=50" },
    ];
    for (const t of targets) {
      const res = await fetch(`${server.base}${t.path}`, { headers: { cookie: s.cookie } });
      const body = await res.text();
      const floor = await startFloor(body);
      try {
        // Warm-up: JIT, pools, caches.
        await cannon(`${server.base}${t.path}`, 10, 2, { cookie: s.cookie });
        for (const connections of opts.connections) {
          const app = await cannon(`${server.base}${t.path}`, connections, opts.seconds, {
            cookie: s.cookie,
          });
          const fl = await cannon(`${floor.base}${t.path}`, connections, opts.seconds);
          rows.push({
            engine,
            target: `${t.target}, ${(body.length / 1024).toFixed(0)} KB`,
            connections,
            app,
            floor: fl,
          });
        }
      } finally {
        await floor.stop();
      }
    }
  } finally {
    await server.stop();
  }
  return rows;
}

export function printThroughput(rows: ThroughputRow[]) {
  console.log(
    "engine    conns  target                                               req/s  floor req/s  × floor  p50 ms  p99 ms  floor p99  errors  non-2xx",
  );
  for (const r of rows) {
    console.log(
      [
        r.engine.padEnd(8),
        String(r.connections).padStart(5),
        r.target.padEnd(52),
        r.app.rps.toFixed(0).padStart(6),
        r.floor.rps.toFixed(0).padStart(11),
        (r.app.rps / r.floor.rps).toFixed(3).padStart(7),
        r.app.p50.toFixed(0).padStart(6),
        r.app.p99.toFixed(0).padStart(6),
        r.floor.p99.toFixed(0).padStart(9),
        String(r.app.errors).padStart(6),
        String(r.app.non2xx).padStart(7),
      ].join("  "),
    );
  }
  console.log();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const pgUrl = args.find((a) => a.startsWith("--pg="))?.slice(5);
  const seconds = Number(args.find((a) => a.startsWith("--seconds="))?.slice(10) ?? 10);
  const engines: Engine[] = [];
  if (pgUrl) engines.push("postgres");
  if (args.includes("--pglite") || !pgUrl) engines.push("pglite");
  const rows: ThroughputRow[] = [];
  for (const e of engines) rows.push(...(await runThroughput(e, pgUrl, { seconds, connections: [50, 200] })));
  printThroughput(rows);
}
