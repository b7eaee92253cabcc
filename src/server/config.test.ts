import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("config", () => {
  it("uses defaults", () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.host).toBe("127.0.0.1");
    expect(c.databaseUrl).toBeUndefined();
    expect(c.dataDir.endsWith("data")).toBe(true);
  });

  it("names the bad variable in Vietnamese", () => {
    expect(() => loadConfig({ PORT: "abc" })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: "abc" })).toThrow(/PORT/u);
    expect(() => loadConfig({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: phải bắt đầu/u);
    expect(() => loadConfig({ THIDUA_DEMO_PASSWORD: "short" })).toThrow(
      /THIDUA_DEMO_PASSWORD: cần ít nhất 10/u,
    );
  });
});
