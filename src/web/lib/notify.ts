import { notifications } from "@mantine/notifications";
import { errorMessage } from "./api.ts";

/**
 * A success toast titled with what was done (issue #13 item 3): "Đã nộp hội nghị",
 * "Đã trả lại kèm ý kiến", "Đã xóa đại biểu" …; `detail` says to what.
 */
export function notifyDone(action: string, detail?: string) {
  notifications.show({ color: "green", title: action, message: detail ?? "" });
}

export function notifyError(e: unknown, title = "Không thực hiện được") {
  notifications.show({ color: "red", title, message: errorMessage(e), autoClose: 8000 });
}
