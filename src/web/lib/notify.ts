import { notifications } from "@mantine/notifications";
import { errorMessage } from "./api.ts";

export function notifySuccess(message: string) {
  notifications.show({ color: "green", title: "Đã lưu", message });
}

export function notifyError(e: unknown, title = "Không thực hiện được") {
  notifications.show({ color: "red", title, message: errorMessage(e), autoClose: 8000 });
}
