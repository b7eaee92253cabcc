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

  it("requires a second factor of the office and the chairman unless told otherwise (issue #12 item 3)", () => {
    expect(loadConfig({}).mfaRequiredRoles).toEqual(["office", "chairman"]);
    expect(loadConfig({ NODE_ENV: "production" }).mfaRequiredRoles).toEqual(["office", "chairman"]);
    expect(loadConfig({ MFA_REQUIRED_ROLES: "office, council" }).mfaRequiredRoles).toEqual([
      "office",
      "council",
    ]);
    expect(loadConfig({ MFA_REQUIRED_ROLES: "none" }).mfaRequiredRoles).toEqual([]);
    expect(() => loadConfig({ MFA_REQUIRED_ROLES: "admin" })).toThrow(/MFA_REQUIRED_ROLES/u);
    expect(() => loadConfig({ MFA_ENCRYPTION_KEY: "short" })).toThrow(/MFA_ENCRYPTION_KEY: cần ít nhất 32/u);
    const c = loadConfig({});
    expect([c.securityAlertThreshold, c.securityAlertWindowMinutes, c.securityEventRetentionDays]).toEqual([
      10, 5, 180,
    ]);
  });
});
