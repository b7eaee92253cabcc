/** The legal bases a plan cites ("Căn cứ …"), as returned and as accepted (A1). */
import { z } from "zod";
import { isoDate, line, optionalLine } from "./fields.ts";

export const LegalBasisSchema = z.object({
  code: z.string(),
  title: z.string(),
  issuedOn: z.string().optional(),
  issuer: z.string().optional(),
  version: z.string().optional(),
});

export const LegalBasisInputSchema = z.object({
  code: line(100),
  title: line(1000),
  issuedOn: isoDate.optional(),
  issuer: optionalLine(300),
  /** Which text of a changing law applies, e.g. "áp dụng năm 2019" or "Luật 06/2022/QH15". */
  version: optionalLine(200),
});
