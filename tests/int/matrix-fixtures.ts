/**
 * The permission matrix's fixtures and request sender, shared by the matrix itself and
 * by the audit walk over every write route (issue #7 item 6): a signed-in office client,
 * the unit user's own unit (Ba Đình) and another unit (Ngọc Trạo), id lookups.
 */
import type { Client, TestApp } from "../helpers/app.ts";
import type { Case, Fixtures, Req } from "./matrix-types.ts";

export async function makeFixtures(t: TestApp): Promise<Fixtures> {
  const office = await t.as("vanphong");
  const units = (await office.get("/api/units")).json().items as { id: string; code: string }[];
  const users = (await office.get("/api/users")).json().items as { id: string; username: string }[];
  let n = 0;
  return {
    t,
    office,
    ownUnitId: units.find((u) => u.code === "badinh")!.id,
    otherUnitId: units.find((u) => u.code === "ngoctrao")!.id,
    userIdOf: async (username) => users.find((u) => u.username === username)!.id,
    unitIdOf: async (code) => {
      const all = (await office.get("/api/units?includeInactive=true")).json().items as {
        id: string;
        code: string;
      }[];
      return all.find((u) => u.code === code)!.id;
    },
    seq: () => ++n,
  };
}

/** Sends one matrix request (JSON, or multipart with one file). */
export async function send(client: Client, method: string, req: Req) {
  if (req.file) {
    const boundary = "----thiduamatrix";
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${req.file.field}"; filename="${req.file.filename}"\r\nContent-Type: ${req.file.contentType}\r\n\r\n`,
      ),
      req.file.content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return client.request({
      method: method as "POST",
      url: req.url,
      payload: body,
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    });
  }
  return client.request({ method: method as "POST", url: req.url, payload: req.payload as object });
}

/** Every case of every `matrix-*.ts` file (each exports a `…_CASES` record), so new files count too. */
export async function allMatrixCases(): Promise<Record<string, Case>> {
  const { readdirSync } = await import("node:fs");
  const dir = new URL(".", import.meta.url);
  const out: Record<string, Case> = {};
  for (const file of readdirSync(dir)
    .filter((f) => /^matrix-.*\.ts$/u.test(f))
    .sort()) {
    const mod = (await import(new URL(file, dir).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (name.endsWith("_CASES")) Object.assign(out, value as Record<string, Case>);
    }
  }
  return out;
}
