import { describe, expect, it } from "vitest";
import { backoffKeys, backoffRules, lockMinutes, waitInWords } from "./login-backoff.ts";

describe("sign-in back-off (issue #12 item 1)", () => {
  const rules = backoffRules(5);

  it("locks at every fifth failure in a row, doubling from 15 minutes up to a day", () => {
    const r = rules.account_address;
    expect([1, 2, 3, 4].map((n) => lockMinutes(n, r))).toEqual([0, 0, 0, 0]);
    expect(lockMinutes(5, r)).toBe(15);
    expect(lockMinutes(6, r)).toBe(0);
    expect(lockMinutes(10, r)).toBe(30);
    expect(lockMinutes(15, r)).toBe(60);
    expect(lockMinutes(5 * 20, r)).toBe(24 * 60);
  });

  it("an address and an account from everywhere need many more failures", () => {
    expect(lockMinutes(19, rules.address)).toBe(0);
    expect(lockMinutes(20, rules.address)).toBe(15);
    expect(lockMinutes(49, rules.account)).toBe(0);
    expect(lockMinutes(50, rules.account)).toBe(15);
    expect(lockMinutes(50 * 10, rules.account)).toBe(6 * 60);
  });

  it("keys an attempt by account at address, address, and account, lower-cased", () => {
    expect(backoffKeys(" VanPhong ", "10.0.0.1").map((k) => k.key)).toEqual([
      "acct:vanphong|ip:10.0.0.1",
      "ip:10.0.0.1",
      "acct:vanphong",
    ]);
  });

  it("says the wait in Vietnamese words", () => {
    expect(waitInWords(10)).toBe("1 phút");
    expect(waitInWords(15 * 60)).toBe("15 phút");
    expect(waitInWords(60 * 60)).toBe("1 giờ");
    expect(waitInWords(90 * 60)).toBe("1 giờ 30 phút");
  });
});
