/**
 * Limits and personal data in transit (issue #12 items 5 and 8): a client that sends its
 * body too slowly is cut off; on PostgreSQL a long statement is cancelled; API answers, which
 * carry personal data, are never cached.
 */
import net from "node:net";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testConfig, testDatabaseUrl } from "../../src/server/config.ts";
import { openDatabase } from "../../src/server/db/client.ts";
import { pgErrorCode } from "../../src/server/db/pg-errors.ts";
import { createTestApp, type TestApp } from "../helpers/app.ts";
import { figure } from "./figures.ts";

let t: TestApp;
let port = 0;
beforeAll(async () => {
  t = await createTestApp({ config: { requestTimeoutMs: 1500 } });
  await t.app.listen({ port: 0, host: "127.0.0.1" });
  const address = t.app.server.address();
  port = typeof address === "object" && address ? address.port : 0;
});
afterAll(() => t?.close());

describe("limits", () => {
  it("cuts off a client that sends its body a byte at a time", async () => {
    // A valid CSRF pair, so that the server goes on to read the body.
    const csrf = await fetch(`http://127.0.0.1:${port}/api/auth/csrf`);
    const token = ((await csrf.json()) as { token: string }).token;
    const cookie = (csrf.headers.get("set-cookie") ?? "").split(";")[0];
    const started = Date.now();
    const answer = await new Promise<string>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.write(
          `POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${cookie}\r\nX-CSRF-Token: ${token}\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{`,
        );
      });
      let received = "";
      const drip = setInterval(() => socket.writable && socket.write(" "), 500);
      socket.on("data", (d) => {
        received += d.toString();
      });
      const done = () => {
        clearInterval(drip);
        resolve(received);
      };
      socket.on("close", done);
      socket.on("error", done);
      // Bounded: the test gives up long after the server should have answered.
      setTimeout(() => socket.destroy(), 30_000);
    });
    const elapsed = Date.now() - started;
    figure(
      5,
      `slow body (1 byte / 500 ms): cut after ${(elapsed / 1000).toFixed(1)} s with ${answer === "" ? "the connection closed" : answer.split("\r\n")[0]}`,
    );
    expect(elapsed).toBeLessThan(30_000);
    expect(answer === "" || /^HTTP\/1\.1 408/u.test(answer), answer).toBe(true);
  });
});

describe.runIf(process.env.THIDUA_TEST_DB === "postgres")("database statement timeout", () => {
  it("cancels a statement of the app's role that runs longer than DB_STATEMENT_TIMEOUT_SECONDS", async () => {
    // The app's own way of connecting (config → openDatabase), with a short limit.
    const database = await openDatabase({
      databaseUrl: testDatabaseUrl()!,
      dataDir: "/nonexistent",
      role: testConfig().databaseAppRole,
      statementTimeoutMs: 500,
    });
    const started = Date.now();
    try {
      const err = await database.db.execute(sql`select pg_sleep(5)`).then(
        () => null,
        (e: unknown) => e,
      );
      const elapsed = Date.now() - started;
      expect(pgErrorCode(err)).toBe("57014");
      expect(elapsed).toBeLessThan(4000);
      figure(5, `statement timeout 500 ms: pg_sleep(5) cancelled after ${elapsed} ms (SQLSTATE 57014)`);
    } finally {
      await database.close();
    }
  });
});

describe("personal data", () => {
  it("answers every API request with Cache-Control: no-store", async () => {
    const office = await t.as("vanphong");
    for (const url of ["/api/auth/me", "/api/people?unitId=all", "/api/conferences", "/api/khong-co"]) {
      const res = await office.get(url);
      expect(res.headers["cache-control"], url).toBe("no-store");
    }
    expect((await t.anonymous().get("/api/health")).headers["cache-control"]).toBe("no-store");
  });
});
