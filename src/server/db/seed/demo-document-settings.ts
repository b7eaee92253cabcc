/**
 * Document settings of the demo units (SPEC L1, "Demo data"): derived from each unit
 * like the default, then the ones the plan names are filled in — the town's committee
 * signs "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Bùi Huy Hùng" (seed plan 165/KH-UBND). Signer names
 * of the other units are left blank for their clerks to type.
 */
import { type DocumentSettingsInput, defaultDocumentSettings } from "../../../domain/document-settings.ts";
import { DEMO_KINDS, DEMO_UNITS } from "./demo-units.ts";

const OVERRIDES: Record<string, Partial<DocumentSettingsInput>> = {
  bimson: {
    parentBody: null,
    signerPrefix: "KT.",
    signerOnBehalfOf: "CHỦ TỊCH",
    signerTitle: "PHÓ CHỦ TỊCH",
    signerName: "Bùi Huy Hùng",
  },
  noivu: { symbol: "NV" },
  vhtt: { symbol: "VHTT" },
  tckh: { symbol: "TCKH" },
  mttq: {
    issuingBody: "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THỊ XÃ BỈM SƠN",
    symbol: "MTTQ",
    signerPrefix: "TM.",
    signerOnBehalfOf: "BAN THƯỜNG TRỰC",
    signerTitle: "CHỦ TỊCH",
  },
  thidoan: {
    parentBody: "TỈNH ĐOÀN THANH HÓA",
    issuingBody: "BCH ĐOÀN THỊ XÃ BỈM SƠN",
    symbol: "TĐTN",
    signerPrefix: "TM.",
    signerOnBehalfOf: "BAN THƯỜNG VỤ",
    signerTitle: "BÍ THƯ",
  },
  hoiphunu: {
    parentBody: "HỘI LHPN TỈNH THANH HÓA",
    issuingBody: "HỘI LHPN THỊ XÃ BỈM SƠN",
    symbol: "HPN",
    signerPrefix: "TM.",
    signerOnBehalfOf: "BAN THƯỜNG VỤ",
    signerTitle: "CHỦ TỊCH",
  },
};

/** Settings for every demo unit, by unit code. */
export function demoDocumentSettings(): Map<string, DocumentSettingsInput> {
  const isArea = new Map(DEMO_KINDS.map((k) => [k.code, k.isArea]));
  const byCode = new Map(DEMO_UNITS.map((u) => [u.code, u]));
  const out = new Map<string, DocumentSettingsInput>();
  for (const u of DEMO_UNITS) {
    const parent = u.parent ? byCode.get(u.parent) : undefined;
    const parentIsArea = parent ? (isArea.get(parent.kind) ?? false) : false;
    const own = isArea.get(u.kind) ?? false;
    const base = defaultDocumentSettings({
      name: u.name,
      isArea: own,
      areaName: own ? u.name : parentIsArea ? parent!.name : null,
      parentAreaName: parentIsArea ? parent!.name : null,
    });
    out.set(u.code, { ...base, ...OVERRIDES[u.code] });
  }
  return out;
}
