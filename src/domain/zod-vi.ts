/** Zod speaks Vietnamese everywhere it is used (server and web). */
import { z } from "zod";
import { fieldLabel } from "./field-labels.ts";

let configured = false;
export function configureVietnameseZod(): void {
  if (configured) return;
  z.config(z.locales.vi());
  z.config({
    // A missing value reads better as "bắt buộc nhập" than as a type mismatch with undefined.
    customError: (issue) =>
      issue.code === "invalid_type" && issue.input === undefined ? "bắt buộc nhập" : undefined,
  });
  configured = true;
}
configureVietnameseZod();

/** "password: bắt buộc nhập" → "Mật khẩu: bắt buộc nhập"; keeps messages that already name their field. */
export function labelFieldMessage(field: string, message: string): string {
  const label = fieldLabel(field) ?? field;
  return message.startsWith(`${label}:`) ? message : `${label}: ${message}`;
}
