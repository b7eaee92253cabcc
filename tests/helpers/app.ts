/**
 * A real app on a real (isolated) database, driven through app.inject with
 * a cookie jar and the CSRF header, as a browser would.
 */
import type { FastifyInstance, InjectOptions } from "fastify";
import { buildApp } from "../../src/server/app.ts";
import { type Config, testConfig } from "../../src/server/config.ts";
import type { Clock } from "../../src/server/http/context.ts";
import { TEST_PASSWORD } from "./constants.ts";
import { createTestDatabase, type TestDatabase } from "./db.ts";

export type TestApp = {
  app: FastifyInstance;
  database: TestDatabase;
  /** A client signed in as `username` (demo password). */
  as(username: string): Promise<Client>;
  anonymous(): Client;
  close(): Promise<void>;
};

export async function createTestApp(
  opts: { config?: Partial<Config>; clock?: Clock; logStream?: NodeJS.WritableStream } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = testConfig({ webDistDir: "/nonexistent", ...opts.config });
  const app = await buildApp({ config, database, clock: opts.clock, logStream: opts.logStream });
  await app.ready();
  return {
    app,
    database,
    anonymous: () => new Client(app),
    async as(username) {
      const c = new Client(app);
      const res = await c.login(username, TEST_PASSWORD);
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      return c;
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

type Res = Awaited<ReturnType<FastifyInstance["inject"]>>;

export class Client {
  readonly cookies = new Map<string, string>();
  csrf: string | null = null;

  constructor(private readonly app: FastifyInstance) {}

  async request(opts: InjectOptions & { csrf?: boolean }): Promise<Res> {
    const method = (opts.method ?? "GET").toUpperCase();
    const headers: Record<string, string> = { ...(opts.headers as Record<string, string>) };
    if (method !== "GET" && method !== "HEAD" && opts.csrf !== false) {
      if (!this.csrf) await this.fetchCsrf();
      headers["x-csrf-token"] = this.csrf!;
    }
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    const res = await this.app.inject({ ...opts, method: method as InjectOptions["method"], headers });
    for (const c of res.cookies) {
      if (c.value === "" || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
      // The CSRF token is bound to the session: a new or ended session needs a new one.
      if (c.name.endsWith("thidua_sid")) this.csrf = null;
    }
    return res;
  }

  async fetchCsrf(): Promise<string> {
    const res = await this.request({ method: "GET", url: "/api/auth/csrf" });
    this.csrf = res.json().token;
    return this.csrf!;
  }

  login(username: string, password: string) {
    return this.request({ method: "POST", url: "/api/auth/login", payload: { username, password } });
  }

  get(url: string) {
    return this.request({ method: "GET", url });
  }
  post(url: string, payload?: unknown) {
    return this.request({ method: "POST", url, payload: payload as InjectOptions["payload"] });
  }
  patch(url: string, payload?: unknown) {
    return this.request({ method: "PATCH", url, payload: payload as InjectOptions["payload"] });
  }
  put(url: string, payload?: unknown) {
    return this.request({ method: "PUT", url, payload: payload as InjectOptions["payload"] });
  }
  delete(url: string) {
    return this.request({ method: "DELETE", url });
  }
}
