/**
 * npm run bench:load -- [--pg=postgres://…] [--pglite] [--sessions=200] [--seconds=20]
 * Load (issue #11 item 6): `--sessions` signed-in sessions at once (each signed in through the
 * API with its CSRF token, spread over the demo accounts), each looping for `--seconds`:
 * 90 % reads — its conference (150 delegates for Ba Đình), people search, the to-do list, the
 * progress board — and 10 % writes — a delegate's note saved with the conference's version
 * (a 409 from a concurrent save is refetched and retried once; it is counted apart).
 * Requests are bounded: the run stops itself, every request times out after 30 s.
 * The sign-in burst guard is raised through LOGIN_RATE_LIMIT_PER_MINUTE and the second factor
 * is configured off (MFA_REQUIRED_ROLES=none) for the bench, as an operator would; nothing is
 * disabled in code. On PGlite the same run is repeated at rising session counts: the ceiling.
 */
import { getJson, type Session, signIn } from "./client.ts";
import { type Engine, startThidua } from "./server.ts";

/** Demo accounts whose sessions the bench opens (unit users hold their own conference). */
const UNIT_USERS = ["badinh", "ngoctrao", "bacson", "lamson", "dongson", "phuson", "quangtrung", "halan"];
const OTHER_USERS = ["vanphong", "hoidong", "hoidong2", "vanhoa"];
const QUERIES = ["nguyen", "tran thi", "huong", "le van", "pham", "hoang minh"];

export type LoadFigures = {
  engine: Engine;
  sessions: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  conflicts: number;
  writes: number;
  byKind: Record<string, { n: number; p99: number }>;
  signInMs: number;
};

const pct = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]! : 0;

/** A small seeded generator: two runs make the same choices. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

type Conf = { id: string; version: number; delegates: { id: string }[] };

export async function runLoad(
  engine: Engine,
  pgUrl: string | undefined,
  opts: { sessions: number; seconds: number },
): Promise<LoadFigures> {
  const server = await startThidua(engine, pgUrl, {
    LOGIN_RATE_LIMIT_PER_MINUTE: String(opts.sessions * 2),
    MFA_REQUIRED_ROLES: "none",
  });
  try {
    return await loadOn(server.base, engine, opts);
  } finally {
    await server.stop();
  }
}

async function loadOn(base: string, engine: Engine, opts: { sessions: number; seconds: number }) {
  const users = [...UNIT_USERS, ...OTHER_USERS];
  const t0 = performance.now();
  const sessions: Session[] = [];
  // Sign-ins go ten at a time (argon2 is deliberately slow); the figures start after.
  for (let i = 0; i < opts.sessions; i += 10) {
    const batch = Array.from({ length: Math.min(10, opts.sessions - i) }, (_, k) =>
      signIn(base, users[(i + k) % users.length]!),
    );
    sessions.push(...(await Promise.all(batch)));
  }
  const signInMs = performance.now() - t0;
  // Each account's first conference: its unit's for a unit user, the first it reads for the others.
  const confOf = new Map<string, string>();
  for (const s of sessions) {
    if (confOf.has(s.username)) continue;
    const list = await getJson<{ items: { id: string }[] }>(base, s, "/api/conferences?limit=5");
    if (list.items[0]) confOf.set(s.username, list.items[0].id);
  }

  const latencies: number[] = [];
  const kinds = new Map<string, number[]>();
  let errors = 0;
  let conflicts = 0;
  let writes = 0;
  const firstErrors: string[] = [];
  const until = performance.now() + opts.seconds * 1000;

  async function timed(
    kind: string,
    s: Session,
    url: string,
    init: RequestInit = {},
  ): Promise<Response | null> {
    const start = performance.now();
    try {
      const res = await fetch(`${base}${url}`, {
        ...init,
        headers: { cookie: s.cookie, ...(init.headers ?? {}) },
        signal: AbortSignal.timeout(30_000),
      });
      const body = await res.arrayBuffer();
      const ms = performance.now() - start;
      latencies.push(ms);
      (kinds.get(kind) ?? kinds.set(kind, []).get(kind)!).push(ms);
      if (res.status === 409) conflicts++;
      else if (res.status >= 400) {
        errors++;
        if (firstErrors.length < 5)
          firstErrors.push(`${kind} ${res.status} ${Buffer.from(body).toString().slice(0, 200)}`);
      }
      return new Response(body, { status: res.status });
    } catch (err) {
      errors++;
      if (firstErrors.length < 5) firstErrors.push(`${kind} ${(err as Error).message}`);
      return null;
    }
  }

  async function worker(s: Session, index: number) {
    const random = rng(index + 1);
    const own = UNIT_USERS.includes(s.username) ? confOf.get(s.username) : undefined;
    const conference = confOf.get(s.username);
    let known: Conf | null = null;
    while (performance.now() < until) {
      const r = random();
      if (r < 0.1 && own) {
        writes++;
        if (!known) {
          const res = await timed("conference", s, `/api/conferences/${own}`);
          known = res?.status === 200 ? ((await res.json()) as Conf) : null;
          if (!known) continue;
        }
        const delegate = known.delegates[Math.floor(random() * known.delegates.length)];
        if (!delegate) continue;
        for (let attempt = 0; attempt < 2; attempt++) {
          const res = await timed("write note", s, `/api/conferences/${own}/delegates/${delegate.id}`, {
            method: "PATCH",
            headers: { "content-type": "application/json", "x-csrf-token": s.csrf },
            body: JSON.stringify({
              note: `Ghi chú ${index}-${Math.floor(random() * 1000)}`,
              version: known.version,
            }),
          });
          if (res?.status === 200) {
            known.version = ((await res.json()) as { version: number }).version;
            break;
          }
          const fresh = await timed("conference", s, `/api/conferences/${own}`);
          known = fresh?.status === 200 ? ((await fresh.json()) as Conf) : null;
          if (!known) break;
        }
      } else if (r < 0.45 && conference) {
        const res = await timed("conference", s, `/api/conferences/${conference}`);
        if (own && res?.status === 200) known = (await res.json()) as Conf;
      } else if (r < 0.7) {
        const q = QUERIES[Math.floor(random() * QUERIES.length)]!;
        await timed("people search", s, `/api/search/people?q=${encodeURIComponent(q)}`);
      } else if (r < 0.9) {
        await timed("to-do", s, "/api/todo");
      } else {
        await timed("progress", s, "/api/progress");
      }
    }
  }

  const started = performance.now();
  await Promise.all(sessions.map((s, i) => worker(s, i)));
  const elapsed = (performance.now() - started) / 1000;
  if (firstErrors.length)
    console.log(`first errors (${engine}, ${opts.sessions} sessions):\n  ${firstErrors.join("\n  ")}`);
  const sorted = [...latencies].sort((a, b) => a - b);
  const byKind: LoadFigures["byKind"] = {};
  for (const [k, xs] of kinds)
    byKind[k] = {
      n: xs.length,
      p99: pct(
        xs.sort((a, b) => a - b),
        99,
      ),
    };
  return {
    engine,
    sessions: opts.sessions,
    seconds: elapsed,
    requests: latencies.length,
    rps: latencies.length / elapsed,
    p50: pct(sorted, 50),
    p95: pct(sorted, 95),
    p99: pct(sorted, 99),
    max: sorted.at(-1) ?? 0,
    errors,
    conflicts,
    writes,
    byKind,
    signInMs,
  };
}

export function printLoad(rows: LoadFigures[]) {
  console.log(
    "engine    sessions  req/s  p50 ms  p95 ms  p99 ms  max ms  errors  409s  requests  per kind: n / p99 ms",
  );
  for (const f of rows) {
    const kinds = Object.entries(f.byKind)
      .map(([k, v]) => `${k} ${v.n}/${v.p99.toFixed(0)}`)
      .join(", ");
    console.log(
      [
        f.engine.padEnd(8),
        String(f.sessions).padStart(8),
        f.rps.toFixed(0).padStart(5),
        f.p50.toFixed(0).padStart(6),
        f.p95.toFixed(0).padStart(6),
        f.p99.toFixed(0).padStart(6),
        f.max.toFixed(0).padStart(6),
        String(f.errors).padStart(6),
        String(f.conflicts).padStart(4),
        String(f.requests).padStart(8),
        ` ${kinds}`,
      ].join("  "),
    );
  }
  console.log();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const arg = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const pgUrl = arg("pg");
  const sessions = Number(arg("sessions") ?? 200);
  const seconds = Number(arg("seconds") ?? 20);
  const rows: LoadFigures[] = [];
  if (pgUrl) rows.push(await runLoad("postgres", pgUrl, { sessions, seconds }));
  if (args.includes("--pglite") || !pgUrl) {
    // The ceiling on PGlite: rising session counts until p99 passes 300 ms or errors appear.
    for (const n of [10, 25, 50, 100, 200]) {
      const f = await runLoad("pglite", undefined, { sessions: n, seconds });
      rows.push(f);
      if (f.errors > 0 || f.p99 > 300 || n >= sessions) break;
    }
  }
  printLoad(rows);
}
