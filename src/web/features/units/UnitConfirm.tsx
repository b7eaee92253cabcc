import { Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Unit } from "../../../domain/units.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { STALE_MESSAGE } from "../../components/MutationError.tsx";
import { ApiError } from "../../lib/api.ts";
import { notifyDone } from "../../lib/notify.ts";
import { keys } from "../../lib/queries.ts";
import { unitsApi } from "./unitsApi.ts";

/** Asks before deactivating or deleting a unit. `unit` is always the latest copy read. */
export function UnitConfirm({
  action,
  unit,
  onClose,
}: {
  action: "deactivate" | "delete";
  unit: Unit;
  onClose: () => void;
}) {
  const qc = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      if (action === "delete") await unitsApi.remove(unit);
      else await unitsApi.deactivate(unit);
      await qc.invalidateQueries({ queryKey: keys.units });
      notifyDone(action === "delete" ? "Đã xóa đơn vị" : "Đã cho ngừng hoạt động", `Đơn vị “${unit.name}”.`);
      onClose();
    } catch (e) {
      // A stale copy: read the latest, so that trying again uses it.
      if (e instanceof ApiError && e.code === "STALE") {
        await qc.invalidateQueries({ queryKey: keys.units });
        setError(
          new ApiError(
            409,
            "STALE",
            `${STALE_MESSAGE.split(" Hãy")[0]} Đã tải lại bản mới nhất; hãy xem lại rồi thử lại.`,
          ),
        );
      } else setError(e);
    } finally {
      setBusy(false);
    }
  };

  const del = action === "delete";
  return (
    <ConfirmModal
      opened
      title={del ? "Xóa đơn vị" : "Ngừng hoạt động đơn vị"}
      confirmLabel={del ? "Xóa" : "Ngừng hoạt động"}
      danger
      loading={busy}
      error={error}
      onConfirm={run}
      onClose={onClose}
    >
      {del ? (
        <Text>
          Xóa hẳn đơn vị “{unit.name}”? Chỉ xóa được đơn vị chưa có dữ liệu; đơn vị đã có dữ liệu thì hãy chọn
          “Ngừng hoạt động”.
        </Text>
      ) : (
        <Text>
          Cho đơn vị “{unit.name}” ngừng hoạt động? Dữ liệu của đơn vị vẫn được giữ lại và có thể kích hoạt
          lại sau.
        </Text>
      )}
    </ConfirmModal>
  );
}
