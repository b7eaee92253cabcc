/**
 * Clean shutdown (issue #12 item 5): the real server in a child process (`node --import tsx
 * src/server/main.ts`, PGlite in a temporary DATA_DIR) gets SIGTERM with 28 requests in flight,
 * 8 of them still sending their body. Every one of them gets its answer (no connection reset),
 * later ones are refused cleanly, the process exits 0 and its last log line is written.
 *
 * Each request carries `Expect: 100-continue`: the server's "100 Continue" proves that it has
 * received the request before the signal is sent, so "in flight" is a fact, not a guess.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DRAIN_RETRY_AFTER_SECONDS, PRESSURE_RETRY_AFTER_SECONDS } from "../../src/server/http/shutdown.ts";
import { createTestApp } from "../helpers/app.ts";
import { figure } from "./figures.ts";

const PASSWORD = "mat-khau-thu-tat-may-2020";
const SLOW = 8;
const FAST = 20;

type Outcome = { status?: number; error?: string; retryAfter?: string; continued: boolean };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

let child: ChildProcess;
let port = 0;
let output = "";
let dataDir = "";
let exited: Promise<number | null>;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-shutdown-"));
  port = await freePort();
  child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "development",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      THIDUA_DEMO_PASSWORD: PASSWORD,
      LOG_LEVEL: "info",
      BACKGROUND_JOBS: "false",
      SHUTDOWN_GRACE_SECONDS: "60",
      EVENT_LOOP_MAX_DELAY_MS: "0",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => {
    output += d.toString();
  });
  child.stderr!.on("data", (d) => {
    output += d.toString();
  });
  exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  const started = Date.now();
  while (!output.includes("thidua đang chạy tại")) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    if (Date.now() - started > 240_000) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  // The demo password set in the environment is never printed (issue #12 item 8).
  expect(output).not.toContain(PASSWORD);
}, 300_000);

afterAll(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** A request on its own connection; resolves once the server has received it (100) and when answered. */
function send(opts: {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  dripMs?: number;
}) {
  let received!: () => void;
  const arrived = new Promise<void>((r) => {
    received = r;
  });
  const done = new Promise<Outcome>((resolve) => {
    const outcome: Outcome = { continued: false };
    const body = opts.body ?? "";
    const req = http.request({
      host: "127.0.0.1",
      port,
      method: opts.method,
      path: opts.path,
      agent: false,
      headers: {
        expect: "100-continue",
        ...(body
          ? { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) }
          : {}),
        ...opts.headers,
      },
    });
    req.on("continue", () => {
      outcome.continued = true;
      received();
      if (!body) return req.end();
      // The body trickles in: the first half now, a byte per `dripMs` for a few, then the rest.
      const half = Math.floor(body.length / 2);
      req.write(body.slice(0, half));
      let i = half;
      const drip = setInterval(() => {
        if (i >= body.length - 1) {
          clearInterval(drip);
          req.end(body.slice(i));
          return;
        }
        req.write(body.slice(i, i + 1));
        i += 1;
      }, opts.dripMs ?? 10);
    });
    req.on("response", (res) => {
      outcome.status = res.statusCode;
      outcome.retryAfter = res.headers["retry-after"] as string | undefined;
      received();
      res.resume();
      res.on("end", () => resolve(outcome));
      res.on("error", (e: NodeJS.ErrnoException) => resolve({ ...outcome, error: e.code ?? e.message }));
    });
    req.on("error", (e: NodeJS.ErrnoException) => {
      received();
      resolve({ ...outcome, error: e.code ?? e.message });
    });
  });
  return { arrived, done };
}

async function csrfPair(): Promise<{ cookie: string; token: string }> {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/csrf`);
  const token = ((await res.json()) as { token: string }).token;
  return { cookie: (res.headers.get("set-cookie") ?? "").split(";")[0]!, token };
}

describe.runIf(process.env.THIDUA_TEST_DB !== "postgres")("SIGTERM with requests in flight", () => {
  it("answers every request in flight, refuses new ones cleanly, exits 0 with its last log line", async () => {
    // Slow ones: sign-ins whose body arrives over a few seconds (a byte every 80 ms).
    const pairs = await Promise.all(Array.from({ length: SLOW }, csrfPair));
    const login = JSON.stringify({ username: "vanphong", password: PASSWORD });
    const slow = pairs.map((p) =>
      send({
        method: "POST",
        path: "/api/auth/login",
        headers: { cookie: p.cookie, "x-csrf-token": p.token },
        body: login,
        dripMs: 80,
      }),
    );
    const fast = Array.from({ length: FAST }, (_, i) =>
      send({ method: "GET", path: i % 2 ? "/api/health" : "/api/auth/csrf" }),
    );
    const inFlight = [...slow, ...fast];
    await Promise.all(inFlight.map((r) => r.arrived));
    child.kill("SIGTERM");
    // Once the server says it is stopping: a new connection is refused, or answered 503 with
    // Retry-After; never reset.
    const signalled = Date.now();
    while (!output.includes("đang dừng máy chủ") && Date.now() - signalled < 30_000)
      await new Promise((r) => setTimeout(r, 20));
    const late = await Promise.all(
      Array.from({ length: 4 }, () => send({ method: "GET", path: "/api/health" }).done),
    );

    const outcomes = await Promise.all(inFlight.map((r) => r.done));
    const resets = [...outcomes, ...late].filter(
      (o) => o.error === "ECONNRESET" || o.error === "socket hang up",
    );
    figure(
      5,
      `SIGTERM with ${SLOW + FAST} requests in flight: ${outcomes.filter((o) => o.status === 200).length}×200, ${resets.length} resets; later requests: ${late.map((o) => o.error ?? o.status).join(", ")}`,
    );
    expect(resets).toEqual([]);
    expect(outcomes.map((o) => o.status)).toEqual(Array(SLOW + FAST).fill(200));
    for (const o of late) {
      if (o.error) expect(o.error).toBe("ECONNREFUSED");
      else {
        expect(o.status).toBe(503);
        expect(o.retryAfter).toBe(String(DRAIN_RETRY_AFTER_SECONDS));
      }
    }

    expect(await exited).toBe(0);
    const last = output.trim().split("\n").at(-1)!;
    expect(JSON.parse(last)).toMatchObject({ msg: "đã dừng máy chủ", signal: "SIGTERM", exitCode: 0 });
  }, 180_000);
});

describe("while draining", () => {
  it("answers a new request 503 with Retry-After and Connection: close", async () => {
    const t = await createTestApp();
    try {
      t.app.draining.on = true;
      const res = await t.anonymous().get("/api/health");
      expect(res.statusCode, res.body).toBe(503);
      expect(res.headers["retry-after"]).toBe(String(DRAIN_RETRY_AFTER_SECONDS));
      expect(res.headers.connection).toBe("close");
      expect(res.json().error.code).toBe("UNAVAILABLE");
    } finally {
      await t.close();
    }
  });
});

describe("when the event loop lags", () => {
  it("answers 503 with Retry-After (@fastify/under-pressure), then serves again", async () => {
    const t = await createTestApp({ config: { eventLoopMaxDelayMs: 200 } });
    try {
      expect((await t.anonymous().get("/api/auth/csrf")).statusCode).toBe(200);
      // Block the loop for 2.5 s: the plugin's sample (every second) sees the delay.
      const until = Date.now() + 2500;
      while (Date.now() < until) {
        /* busy */
      }
      await new Promise((r) => setTimeout(r, 50));
      const res = await t.anonymous().get("/api/auth/csrf");
      expect(res.statusCode, res.body).toBe(503);
      expect(res.headers["retry-after"]).toBe(String(PRESSURE_RETRY_AFTER_SECONDS));
      expect(res.json().error).toMatchObject({
        code: "UNAVAILABLE",
        message: expect.stringMatching(/quá tải/u),
      });
      // Once the loop is free again (a few quiet samples), requests are served.
      await expect
        .poll(async () => (await t.anonymous().get("/api/auth/csrf")).statusCode, {
          timeout: 30_000,
          interval: 500,
        })
        .toBe(200);
    } finally {
      await t.close();
    }
  });
});
