import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkImport, scanFile } from "./check-boundaries.ts";

const root = path.resolve(import.meta.dirname, "..");
const p = (r: string) => path.join(root, r);

describe("module boundaries (issue #7 item 7)", () => {
  it("refuses web ↔ server imports and an impure domain", () => {
    expect(checkImport(p("src/web/a.tsx"), p("src/server/app.ts"))).toMatch(/src\/web/u);
    expect(checkImport(p("src/server/app.ts"), p("src/web/router.tsx"))).toMatch(/src\/server/u);
    expect(checkImport(p("src/domain/x.ts"), p("src/server/db/client.ts"))).toMatch(/thuần/u);
    expect(checkImport(p("src/web/a.tsx"), p("src/domain/text.ts"))).toBeNull();
  });

  it("refuses a deep import across modules, allows index.ts, the same module and tests", () => {
    const deep = checkImport(p("src/server/modules/plans/a.ts"), p("src/server/modules/units/queries.ts"));
    expect(deep).toMatch(/units\/index\.ts/u);
    expect(checkImport(p("src/server/routes.ts"), p("src/server/modules/units/routes.ts"))).not.toBeNull();
    expect(
      checkImport(p("src/server/modules/plans/a.ts"), p("src/server/modules/units/index.ts")),
    ).toBeNull();
    expect(
      checkImport(p("src/server/modules/units/a.ts"), p("src/server/modules/units/queries.ts")),
    ).toBeNull();
    expect(
      checkImport(p("src/server/modules/plans/x.int.test.ts"), p("src/server/modules/units/queries.ts")),
    ).toBeNull();
  });

  it("finds static, re-export and dynamic imports with their line", () => {
    const file = p("src/server/modules/plans/service.ts");
    const text = [
      'import { a } from "../units/queries.ts";',
      'export { b } from "../units/index.ts";',
      "const c = await import('../audit/record.ts');",
      'import type { D } from "../../../domain/roles.ts";',
    ].join("\n");
    const found = scanFile(file, text);
    expect(found.map((v) => [v.line, v.spec])).toEqual([
      [1, "../units/queries.ts"],
      [3, "../audit/record.ts"],
    ]);
  });
});
