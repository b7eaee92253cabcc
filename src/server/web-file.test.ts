import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { webFile } from "./app.ts";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-web-"));
fs.mkdirSync(path.join(root, "assets"));
fs.writeFileSync(path.join(root, "index.html"), "<!doctype html>");
fs.writeFileSync(path.join(root, "assets", "app-1234.js"), "");
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("webFile: which built file a URL names", () => {
  it("finds files that exist now, including ones built after start", () => {
    expect(webFile(root, "/assets/app-1234.js")).toBe("assets/app-1234.js");
    fs.writeFileSync(path.join(root, "assets", "new-5678.js"), "");
    expect(webFile(root, "/assets/new-5678.js")).toBe("assets/new-5678.js");
  });

  it("gives null for client routes, folders and anything outside the web root", () => {
    expect(webFile(root, "/")).toBeNull();
    expect(webFile(root, "/don-vi")).toBeNull();
    expect(webFile(root, "/assets")).toBeNull();
    expect(webFile(root, "/../etc/passwd")).toBeNull();
    expect(webFile(root, "/%2e%2e/%2e%2e/etc/passwd")).toBeNull();
    expect(webFile(root, "/assets/%E0%A4%A")).toBeNull();
  });
});
