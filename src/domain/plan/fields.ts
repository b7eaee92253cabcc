/** Field builders shared by the plan's input shapes (A1–A3): NFC text lines, dates, versions. */
import { z } from "zod";
import { cleanText, nfc } from "../text.ts";
import "../zod-vi.ts";

export const line = (max: number) =>
  z
    .string()
    .transform(cleanText)
    .pipe(z.string().min(1, "bắt buộc nhập").max(max, `tối đa ${max} ký tự`));
export const optionalLine = (max: number) =>
  z
    .string()
    .transform(cleanText)
    .pipe(z.string().max(max, `tối đa ${max} ký tự`))
    .transform((v) => (v === "" ? undefined : v))
    .optional();
/** A paragraph: NFC, trimmed, inner line breaks kept. */
export const paragraph = (max: number) =>
  z
    .string()
    .transform((v) => nfc(v).trim())
    .pipe(z.string().min(1, "bắt buộc nhập").max(max, `tối đa ${max} ký tự`));
export const isoDate = z.iso.date("phải là ngày dạng yyyy-mm-dd");
export const version = z.number().int().min(1);
