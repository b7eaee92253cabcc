/** The file types the product accepts anywhere (G2), each found from content, never from the name. */
export type FileType = { mime: string; ext: string; label: string };

export const PDF: FileType = { mime: "application/pdf", ext: "pdf", label: "PDF" };
export const DOCX: FileType = {
  mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ext: "docx",
  label: "Word (.docx)",
};
export const XLSX: FileType = {
  mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ext: "xlsx",
  label: "Excel (.xlsx)",
};
export const PNG: FileType = { mime: "image/png", ext: "png", label: "ảnh PNG" };
export const JPEG: FileType = { mime: "image/jpeg", ext: "jpg", label: "ảnh JPEG" };
/** Video clips for a conference's agenda (D7: phóng sự, video clip); only where a caller allows it. */
export const MP4: FileType = { mime: "video/mp4", ext: "mp4", label: "video MP4" };

export const FILE_TYPES: readonly FileType[] = [PDF, DOCX, XLSX, PNG, JPEG, MP4];

/** Every type G2 allows: documents, spreadsheets and images (not video: callers opt in to MP4). */
export const ANY_DOCUMENT: readonly string[] = [PDF, DOCX, XLSX, PNG, JPEG].map((t) => t.mime);

export function fileTypeOf(mime: string): FileType | undefined {
  return FILE_TYPES.find((t) => t.mime === mime);
}

/** "PDF, Word (.docx)" — the allowed types as a user reads them. */
export function describeTypes(mimes: readonly string[]): string {
  return mimes.map((m) => fileTypeOf(m)?.label ?? m).join(", ");
}
