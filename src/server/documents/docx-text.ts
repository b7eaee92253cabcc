/** Visible text of a generated Word document, for tests that read what a person would (SPEC E4; ND 30). */
/** Visible text of a WordprocessingML part: the w:t runs, paragraphs on separate lines. */
export function docxPlainText(documentXml: string): string {
  return documentXml
    .replace(/<\/w:p>/gu, "\n")
    .replace(/<w:tab\/>/gu, "\t")
    .replace(/<w:br\/>/gu, "\n")
    .replace(/<(?!\/?w:t[ >])[^>]*>/gu, "")
    .replace(/<\/?w:t[^>]*>/gu, "")
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, "&");
}
