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

export const FILE_TYPES: readonly FileType[] = [PDF, DOCX, XLSX, PNG, JPEG];

/** Every type G2 allows: documents, spreadsheets and images. */
export const ANY_DOCUMENT: readonly string[] = FILE_TYPES.map((t) => t.mime);

export function fileTypeOf(mime: string): FileType | undefined {
  return FILE_TYPES.find((t) => t.mime === mime);
}

/** "PDF, Word (.docx)" — the allowed types as a user reads them. */
export function describeTypes(mimes: readonly string[]): string {
  return mimes.map((m) => fileTypeOf(m)?.label ?? m).join(", ");
}
