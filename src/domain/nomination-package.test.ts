/** The package's canonical form and schema (SPEC F5; issue #9 item 6). */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  type PackageBody,
  PackageSchema,
  packageBody,
} from "./nomination-package.ts";

const body: PackageBody = {
  format: PACKAGE_FORMAT,
  formatVersion: PACKAGE_FORMAT_VERSION,
  packageId: "p-1",
  createdAt: "2020-06-21T02:00:00.000Z",
  plan: { numberSymbol: "…/KH-UBND", title: "Kế hoạch tổ chức Hội nghị", issuedOn: null },
  sender: { unit: { code: "bimson", name: "Thị xã Bỉm Sơn", kindCode: "thi_xa", kindName: "Thị xã" } },
  conference: {
    title: "Hội nghị điển hình tiên tiến thị xã",
    date: "2020-06-20",
    approvedAt: "2020-06-21T01:00:00.000Z",
  },
  people: [
    {
      order: 1,
      role: "exemplar",
      fullName: "Nguyễn Thị Hoa",
      gender: "female",
      birthYear: 1980,
      ethnicityCode: "01",
      ethnicityName: "Kinh",
      position: "Tổ trưởng",
      workplace: "Phường Ba Đình",
      categories: ["citizen"],
      emulationLevel: null,
      economicSector: null,
      achievement: "Giúp 10 hộ thoát nghèo.",
      nominatedBy: { code: "badinh", name: "Phường Ba Đình" },
    },
  ],
};
const sha = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

describe("canonicalJson", () => {
  it("sorts keys at every depth, keeps array order, drops undefined, writes no white space", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: "x" }, u: undefined })).toBe(
      '{"a":{"c":"x","d":[3,1]},"b":1}',
    );
  });

  it("gives the same bytes whatever the key order or Unicode form of the input", () => {
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    expect(canonicalJson(reordered)).toBe(canonicalJson(body));
    const nfd = {
      ...body,
      sender: { unit: { ...body.sender.unit, name: "Thị xã Bỉm Sơn".normalize("NFD") } },
    };
    expect(canonicalJson(nfd)).toBe(canonicalJson(body));
    expect(sha(canonicalJson(nfd))).toBe(sha(canonicalJson(body)));
  });

  it("changes with any value, so the checksum catches an edit", () => {
    const edited = { ...body, people: [{ ...body.people[0]!, birthYear: 1981 }] };
    expect(sha(canonicalJson(edited))).not.toBe(sha(canonicalJson(body)));
  });
});

describe("PackageSchema", () => {
  const pkg = { ...body, checksum: { algorithm: "sha256", value: sha(canonicalJson(body)) } };

  it("accepts a well-formed package and packageBody leaves the checksum out", () => {
    const parsed = PackageSchema.parse(pkg);
    expect(packageBody(parsed)).toEqual(body);
  });

  it("refuses a wrong role, a bad checksum shape and a missing sender", () => {
    expect(PackageSchema.safeParse({ ...pkg, people: [{ ...body.people[0]!, role: "vip" }] }).success).toBe(
      false,
    );
    expect(PackageSchema.safeParse({ ...pkg, checksum: { algorithm: "sha256", value: "abc" } }).success).toBe(
      false,
    );
    const { sender: _s, ...noSender } = pkg;
    expect(PackageSchema.safeParse(noSender).success).toBe(false);
  });
});
