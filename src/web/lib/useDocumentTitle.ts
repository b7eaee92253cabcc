import { useEffect } from "react";

/** "<page> – thidua" in the browser tab. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title ? `${title} – thidua` : "thidua – Hội nghị điển hình tiên tiến các cấp";
  }, [title]);
}
