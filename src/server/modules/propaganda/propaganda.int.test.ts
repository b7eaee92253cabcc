/**
 * Propaganda tasks and the items logged against them (SPEC J1), through the HTTP API on a real
 * database: logging an item against a task not yet begun moves it to "Đang thực hiện" in the same
 * transaction, with its audit row and a new version; a done task stays done; an item against
 * another unit's task is refused naming the field, and changes nothing.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import { FIXED_NOW } from "../../../../tests/helpers/constants.ts";
import type { PropagandaTask } from "../../../domain/propaganda.ts";
import { auditEvents, propagandaItems, propagandaTasks, units } from "../../db/schema/index.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: { now: () => FIXED_NOW } });
});
afterAll(() => t?.close());

async function unitId(code: string) {
  const [u] = await t.database.db.select({ id: units.id }).from(units).where(eq(units.code, code));
  return u!.id;
}
async function giveTask(code: string, title: string): Promise<PropagandaTask> {
  const res = await (await t.as("vanhoa")).post("/api/propaganda/tasks", {
    unitId: await unitId(code),
    title,
    dueDate: "2020-04-10",
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as PropagandaTask;
}
async function taskNow(id: string) {
  const [row] = await t.database.db.select().from(propagandaTasks).where(eq(propagandaTasks.id, id));
  return row!;
}
const statusChanges = (id: string) =>
  t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, "propaganda_task.status")));
const item = (taskId: string, title: string) => ({
  taskId,
  kind: "good_deeds",
  channel: "radio",
  title,
  date: "2020-03-24",
  durationMinutes: 5,
  featured: "Chị Phạm Thị Lan",
  link: "https://bimson.thanhhoa.gov.vn/tin-tuc/nguoi-tot-viec-tot",
});

describe("J1: items logged against a task", () => {
  it("the first item starts a task not yet begun (audited, new version); later items change nothing", async () => {
    const task = await giveTask("halan", "Phát tin biểu dương người tốt, việc tốt trên đài xã");
    expect(task).toMatchObject({ status: "open", version: 1, itemCount: 0 });
    const halan = await t.as("halan");

    const first = await halan.post(
      "/api/propaganda/items",
      item(task.id, "Người tốt, việc tốt: Chị Phạm Thị Lan"),
    );
    expect(first.statusCode, first.body).toBe(201);
    expect(await taskNow(task.id)).toMatchObject({ status: "in_progress", version: 2 });
    const changes = await statusChanges(task.id);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      actorUsername: "halan",
      before: { status: "open" },
      after: { status: "in_progress" },
    });

    const listed = await halan.get("/api/propaganda/tasks?limit=50");
    expect(listed.statusCode, listed.body).toBe(200);
    const mine = (listed.json() as { items: PropagandaTask[] }).items.find((x) => x.id === task.id);
    expect(mine).toMatchObject({ status: "in_progress", itemCount: 1 });

    const second = await halan.post(
      "/api/propaganda/items",
      item(task.id, "Người tốt, việc tốt: Anh Lê Văn Tâm"),
    );
    expect(second.statusCode, second.body).toBe(201);
    expect(await taskNow(task.id)).toMatchObject({ status: "in_progress", version: 2 });
    expect(await statusChanges(task.id)).toHaveLength(1);

    // A form opened before the first item still holds version 1: its save is stale.
    const stale = await halan.post(`/api/propaganda/tasks/${task.id}/status`, { status: "done", version: 1 });
    expect(stale.statusCode, stale.body).toBe(409);
  });

  it("a done task stays done when one more item is logged against it", async () => {
    const task = await giveTask("halan", "Đưa tin Hội nghị điển hình tiên tiến xã Hà Lan");
    const halan = await t.as("halan");
    const done = await halan.post(`/api/propaganda/tasks/${task.id}/status`, { status: "done", version: 1 });
    expect(done.statusCode, done.body).toBe(200);

    const res = await halan.post(
      "/api/propaganda/items",
      item(task.id, "Tin: Hội nghị điển hình tiên tiến xã Hà Lan"),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(await taskNow(task.id)).toMatchObject({ status: "done", version: 2 });
  });

  it("the tasks an item can belong to: the unit's own, not done; another unit's are not found", async () => {
    const halan = await t.as("halan");
    const own = await unitId("halan");
    const res = await halan.get(`/api/propaganda/tasks?unitId=${own}&pending=true&limit=100`);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json() as { items: PropagandaTask[]; total: number };
    const stored = await t.database.db.select().from(propagandaTasks).where(eq(propagandaTasks.unitId, own));
    const pending = stored.filter((x) => x.status !== "done").map((x) => x.id);
    expect(page.total).toBe(pending.length);
    expect(page.items.map((x) => x.id).sort()).toEqual(pending.sort());
    expect(stored.some((x) => x.status === "done")).toBe(true);

    const other = await halan.get(`/api/propaganda/tasks?unitId=${await unitId("quangtrung")}&pending=true`);
    expect(other.statusCode, other.body).toBe(404);
  });

  it("an item against another unit's task is refused naming the field, and nothing changes", async () => {
    const other = await giveTask("quangtrung", "Phát tin Hội nghị trên đài xã Quang Trung");
    const before = await t.database.db.select({ id: propagandaItems.id }).from(propagandaItems);

    const res = await (await t.as("halan")).post("/api/propaganda/items", item(other.id, "Tin của xã khác"));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({
      code: "VALIDATION",
      details: { fields: { taskId: "Nhiệm vụ này không được giao cho đơn vị của tin bài." } },
    });
    expect(await taskNow(other.id)).toMatchObject({ status: "open", version: 1 });
    expect(await t.database.db.select({ id: propagandaItems.id }).from(propagandaItems)).toHaveLength(
      before.length,
    );
  });
});
