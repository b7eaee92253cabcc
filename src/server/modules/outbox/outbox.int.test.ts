/**
 * The outbox (SPEC K4; ADR 0004): two app instances over two connections on one database
 * and a local SMTP sink. One reminder run on both writes each reminder once; both senders
 * together deliver each e-mail exactly once; a rolled-back change sends nothing; failures
 * back off; the office's send-now, skip and settings are audited.
 */
import type { AddressInfo } from "node:net";
import { eq, sql } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import { withDatabase } from "../../../../tests/helpers/global-setup.ts";
import { buildApp } from "../../app.ts";
import { testConfig, testDatabaseUrl } from "../../config.ts";
import { type Database, openPostgres } from "../../db/client.ts";
import { auditEvents, notifications, outbox, users } from "../../db/schema/index.ts";
import type { JobContext } from "../../jobs.ts";
import { notifyUnit } from "../notifications/index.ts";
import { runReminders } from "../reminders/run.ts";
import { type Mailer, smtpMailer } from "./mailer.ts";
import { sendDueOutbox, sendOne } from "./sender.ts";

type Received = { to: string; subject: string };
const received: Received[] = [];
let smtp: SMTPServer;
let smtpUrl: string;
const clock = { at: new Date("2026-03-21T01:00:00Z"), now: () => clock.at };
let a: TestApp;
let second: { db: Database; close(): Promise<void> };
let ctxA: JobContext;
let ctxB: JobContext;
let mailA: Mailer;
let mailB: Mailer;

function startSmtp(): Promise<void> {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        const subject = /^Subject: (.*)$/mu.exec(text)?.[1] ?? "";
        for (const r of session.envelope.rcptTo) received.push({ to: r.address, subject });
        done();
      });
    },
  });
  return new Promise((resolve) => smtp.listen(0, "127.0.0.1", () => resolve()));
}

/** A second app on its own connection pool to the same database (PGlite: one process, the same database). */
async function secondInstance(): Promise<{ db: Database; close(): Promise<void> }> {
  const url = testDatabaseUrl();
  let database: Database = a.database;
  let closeDb = async () => {};
  if (a.database.driver === "postgres" && url) {
    const res = await a.database.db.execute(sql`select current_database() as name`);
    const name = (res as unknown as { rows: { name: string }[] }).rows[0]!.name;
    database = await openPostgres(withDatabase(url, name), 4, { role: testConfig().databaseAppRole });
    closeDb = () => database.close();
  }
  const app = await buildApp({
    config: testConfig({ smtpUrl, webDistDir: "/nonexistent" }),
    database,
    clock,
  });
  await app.ready();
  return {
    db: database,
    close: async () => {
      await app.close();
      await closeDb();
    },
  };
}

const outboxRows = () => a.database.db.select().from(outbox);

beforeAll(async () => {
  await startSmtp();
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  a = await createTestApp({ clock, config: { smtpUrl } });
  second = await secondInstance();
  const logger = a.app.log;
  ctxA = { db: a.database.db, clock, logger };
  ctxB = { db: second.db.db, clock, logger };
  mailA = smtpMailer(smtpUrl, "thidua <thidua@localhost>");
  mailB = smtpMailer(smtpUrl, "thidua <thidua@localhost>");
  await a.database.db
    .update(users)
    .set({ email: sql`${users.username} || '@donvi.test'` })
    .where(eq(users.role, "unit"));
  const office = await a.as("vanphong");
  const planId = (await office.get("/api/plans/current")).json().id;
  const plan = (await office.get(`/api/plans/${planId}`)).json();
  const milestones = [
    { code: "unit_plan", label: "Đơn vị gửi kế hoạch", dueOn: "2026-03-20", appliesTo: "all" },
  ];
  const res = await office.put(`/api/plans/${planId}/milestones`, { milestones, version: plan.version });
  expect(res.statusCode).toBe(200);
});
afterAll(async () => {
  mailA?.close();
  mailB?.close();
  await second?.close();
  await a?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

describe("outbox across two app instances (K4)", () => {
  it("one reminder run on both instances writes each reminder and e-mail once", async () => {
    const [x, y] = await Promise.all([runReminders(ctxA), runReminders(ctxB)]);
    const rows = await outboxRows();
    expect(rows.length).toBeGreaterThan(5);
    expect(x.emailed + y.emailed).toBe(rows.length);
    expect(new Set(rows.map((r) => r.toAddress)).size).toBe(rows.length);
    const again = await Promise.all([runReminders(ctxA), runReminders(ctxB)]);
    expect(again).toEqual([
      { notified: 0, emailed: 0 },
      { notified: 0, emailed: 0 },
    ]);
  });

  it("sends nothing while automatic sending is off", async () => {
    expect(await sendDueOutbox(ctxA, mailA)).toBe(0);
    expect(received).toHaveLength(0);
  });

  it("with automatic sending on, both senders together deliver each e-mail exactly once", async () => {
    const office = await a.as("vanphong");
    const on = await office.put("/api/outbox/settings", { autoSend: true, version: 0 });
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json()).toMatchObject({ autoSend: true, smtpConfigured: true, version: 1 });
    expect((await office.put("/api/outbox/settings", { autoSend: true, version: 0 })).statusCode).toBe(409);
    const rows = await outboxRows();
    const [n1, n2] = await Promise.all([sendDueOutbox(ctxA, mailA, 500), sendDueOutbox(ctxB, mailB, 500)]);
    expect(n1 + n2).toBe(rows.length);
    expect(received).toHaveLength(rows.length);
    expect(new Set(received.map((r) => r.to)).size).toBe(rows.length);
    expect((await outboxRows()).every((r) => r.status === "sent" && r.attempts === 1)).toBe(true);
    expect(await Promise.all([sendDueOutbox(ctxA, mailA), sendDueOutbox(ctxB, mailB)])).toEqual([0, 0]);
    expect(received).toHaveLength(rows.length);
  });

  it("a rolled-back change leaves no e-mail behind, so none is sent", async () => {
    const before = (await outboxRows()).length;
    const [badinh] = await a.database.db.select().from(users).where(eq(users.username, "badinh"));
    await expect(
      a.database.db.transaction(async (tx) => {
        await notifyUnit(
          tx,
          { clock },
          {
            kind: "unit_plan_returned",
            title: "Kế hoạch của đơn vị bị trả lại",
            body: "Thử hoàn tác.",
            link: "/ke-hoach-don-vi",
            unitId: badinh!.unitId!,
            entityType: "unit_plan",
            entityId: badinh!.unitId!,
          },
        );
        expect((await tx.select().from(outbox)).length).toBe(before + 1);
        throw new Error("hoàn tác");
      }),
    ).rejects.toThrow("hoàn tác");
    expect((await outboxRows()).length).toBe(before);
    const sentBefore = received.length;
    await sendDueOutbox(ctxA, mailA);
    expect(received).toHaveLength(sentBefore);
  });

  it("retries a failed send with exponential backoff", async () => {
    const [badinh] = await a.database.db.select().from(users).where(eq(users.username, "badinh"));
    await a.database.db.transaction((tx) =>
      notifyUnit(
        tx,
        { clock },
        {
          kind: "unit_plan_accepted",
          title: "Kế hoạch của đơn vị đã được chấp nhận",
          body: "Thử gửi lại.",
          link: "/ke-hoach-don-vi",
          unitId: badinh!.unitId!,
          entityType: "unit_plan",
          entityId: badinh!.unitId!,
        },
      ),
    );
    const failing: Mailer = { send: () => Promise.reject(new Error("máy chủ thư từ chối")), close() {} };
    expect(await sendOne(ctxA, failing)).toBe(true);
    const [msg] = await a.database.db.select().from(outbox).where(eq(outbox.status, "pending"));
    expect(msg).toMatchObject({ attempts: 1, lastError: "máy chủ thư từ chối" });
    expect(msg!.nextAttemptAt.getTime() - clock.at.getTime()).toBe(60_000);
    expect(await sendOne(ctxA, failing)).toBe(false);
    clock.at = new Date(clock.at.getTime() + 61_000);
    await sendOne(ctxA, failing);
    const [again] = await a.database.db.select().from(outbox).where(eq(outbox.id, msg!.id));
    expect(again!.attempts).toBe(2);
    expect(again!.nextAttemptAt.getTime() - clock.at.getTime()).toBe(120_000);
  });

  it("the office sends one now or skips one, each audited; others may not", async () => {
    const office = await a.as("vanphong");
    const unit = await a.as("badinh");
    const list = await office.get("/api/outbox?status=pending");
    expect(list.statusCode).toBe(200);
    const [msg] = list.json().items;
    expect(msg.recipientName).toBeTruthy();
    expect((await unit.get("/api/outbox")).statusCode).toBe(403);
    expect((await unit.post(`/api/outbox/${msg.id}/send`)).statusCode).toBe(403);
    const sent = await office.post(`/api/outbox/${msg.id}/send`);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().status).toBe("sent");
    expect(received.at(-1)?.to).toBe("badinh@donvi.test");
    expect((await office.post(`/api/outbox/${msg.id}/skip`)).statusCode).toBe(409);
    const [unitPlanUser] = await a.database.db.select().from(users).where(eq(users.username, "badinh"));
    await a.database.db.transaction((tx) =>
      notifyUnit(
        tx,
        { clock },
        {
          kind: "conference_approved",
          title: "Hội nghị của đơn vị đã được duyệt",
          body: "Thử bỏ qua.",
          link: "/hoi-nghi",
          unitId: unitPlanUser!.unitId!,
          entityType: "conference",
          entityId: unitPlanUser!.unitId!,
        },
      ),
    );
    const [toSkip] = (await office.get("/api/outbox?status=pending")).json().items;
    expect((await office.post(`/api/outbox/${toSkip.id}/skip`)).json()).toEqual({ status: "skipped" });
    const actions = (
      await a.database.db.select().from(auditEvents).where(eq(auditEvents.entityType, "outbox"))
    ).map((e) => e.action);
    expect(actions.sort()).toEqual(["outbox.send", "outbox.skip"]);
    const settings = await a.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "outbox.settings"));
    expect(settings).toHaveLength(1);
    expect(
      await a.database.db.select().from(notifications).where(eq(notifications.userId, unitPlanUser!.id)),
    ).not.toHaveLength(0);
  });
});
