/**
 * Reading an uploaded JSON document (issue #9 item 6; SPEC G2, F5): checked by content,
 * never by name — a known binary type (PDF, ZIP/Office, image, video), a NUL byte or
 * text that is not UTF-8 is refused as "not JSON" (415); text that does not parse is
 * refused with the `notJson` message (415). The caller validates the shape.
 */
import { detectFileType } from "./detect.ts";
import { FileRefusedError } from "./refusal.ts";

const decoder = new TextDecoder("utf-8", { fatal: true });

export function readJsonUpload(buffer: Buffer, notJson: string): unknown {
  if (buffer.length === 0) throw new FileRefusedError("empty", "Tệp gửi lên rỗng (0 byte).");
  const type = detectFileType(buffer);
  if (type) throw new FileRefusedError("unreadable", `${notJson} (Tệp gửi lên là ${type.label}.)`);
  if (buffer.includes(0)) throw new FileRefusedError("unreadable", notJson);
  let text: string;
  try {
    text = decoder.decode(buffer);
  } catch {
    throw new FileRefusedError("unreadable", notJson);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/u, ""));
  } catch {
    throw new FileRefusedError("unreadable", notJson);
  }
}
