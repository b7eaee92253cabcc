/** The delegate summary list of 300 people (a town conference, D3) as docx and xlsx. */
import type { DelegateListInput } from "../src/server/documents/delegate-list.ts";
import { delegateListDocx } from "../src/server/documents/delegate-list-docx.ts";
import { delegateListXlsx } from "../src/server/documents/xlsx.ts";
import { people } from "./people.ts";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function townList(n = 300): DelegateListInput {
  return {
    issuingBody: "Ủy ban nhân dân thị xã Bỉm Sơn",
    parentBody: "UBND tỉnh Thanh Hóa",
    place: "Bỉm Sơn",
    date: "2020-06-10",
    conferenceTitle: "Hội nghị điển hình tiên tiến thị xã Bỉm Sơn năm 2020",
    unitName: "Thị xã Bỉm Sơn",
    delegates: people(n, 300).map((p) => ({
      fullName: p.fullName,
      gender: p.gender,
      birthYear: p.birthYear,
      ethnicityName: p.ethnicity,
      position: `${p.position}, ${p.workplace}`,
      achievement: p.achievement,
    })),
    signature: {
      authority: ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"],
      title: "Phó Chủ tịch",
      name: "Bùi Huy Hùng",
    },
    recipients: ["UBND tỉnh Thanh Hóa", "Lưu: VT"],
  };
}

export async function runDocx(runs = 5): Promise<{ format: string; medianMs: number; bytes: number }[]> {
  const input = townList();
  const out = [];
  for (const [format, build] of [
    ["docx", delegateListDocx],
    ["xlsx", delegateListXlsx],
  ] as const) {
    let bytes = (await build(input)).length; // warm-up
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      bytes = (await build(input)).length;
      ms.push(performance.now() - t);
    }
    out.push({ format, medianMs: median(ms), bytes });
  }
  return out;
}
