/** The units import reads a refused import (422 IMPORT_INVALID, B1) from `error.details`. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../lib/api.ts";
import { unitsApi } from "./unitsApi.ts";

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

function serverAnswers(status: number, body: unknown) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (path: string) =>
      path === "/api/auth/csrf" ? json(200, { token: "t" }) : json(status, body),
    ),
  );
}

afterEach(() => vi.unstubAllGlobals());

const file = new File([new Uint8Array([1, 2, 3])], "don-vi.xlsx");

describe("unitsApi.importXlsx", () => {
  it("turns a 422 refusal into the list of row errors the modal shows", async () => {
    const details = [
      { row: 4, column: "Loại", message: 'Dòng 4, cột Loại: không có loại đơn vị "phuongg".' },
    ];
    serverAnswers(422, {
      error: { code: "IMPORT_INVALID", message: "Tệp có 1 lỗi nên chưa nhập dòng nào.", details },
    });
    expect(await unitsApi.importXlsx(file, false)).toEqual({
      rows: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      errors: details,
    });
  });

  it("throws any other refusal with the server's message", async () => {
    serverAnswers(409, { error: { code: "STALE", message: "Dữ liệu đã được người khác thay đổi." } });
    const err = await unitsApi.importXlsx(file, false).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 409, code: "STALE" });
  });
});
