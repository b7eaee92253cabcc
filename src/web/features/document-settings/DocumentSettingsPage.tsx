/**
 * "Thiết lập văn bản" (SPEC L1): a unit user edits its own unit's document settings; the office
 * picks any unit; other roles read them. Used by every document the unit generates.
 */
import { Loader, Select, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { Unit } from "../../../domain/units.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { fetchAllPages } from "../../lib/api.ts";
import { useCurrentUser } from "../../lib/auth.ts";
import { useDocumentTitle } from "../../lib/useDocumentTitle.ts";
import { DocumentSettingsForm } from "./DocumentSettingsForm.tsx";
import { documentSettingsApi, documentSettingsKey } from "./documentSettingsApi.ts";

export function DocumentSettingsPage() {
  const me = useCurrentUser();
  useDocumentTitle("Thiết lập văn bản"); // the walk found the previous page's title here (issue #13)
  const units = useQuery({
    queryKey: ["units", "document-settings"],
    queryFn: async () => ({ items: await fetchAllPages<Unit>("/api/units", 5000) }),
  });
  const [picked, setPicked] = useState<string | null>(null);
  const unitId = picked ?? me.unitId ?? units.data?.items[0]?.id ?? null;
  const settings = useQuery({
    queryKey: documentSettingsKey(unitId ?? ""),
    queryFn: () => documentSettingsApi.get(unitId!),
    enabled: unitId !== null,
  });
  const options = (units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));
  return (
    <Stack>
      <Title order={2}>Thiết lập văn bản</Title>
      <Text c="dimmed" size="sm">
        Cơ quan ban hành, địa danh, ký hiệu và người ký được in trên danh sách trích ngang, chương trình, giấy
        mời… của đơn vị (theo Nghị định 30/2020/NĐ-CP).
      </Text>
      {options.length > 1 ? (
        <Select
          label="Đơn vị"
          searchable
          allowDeselect={false}
          data={options}
          value={unitId}
          onChange={setPicked}
          maw={480}
        />
      ) : null}
      {settings.error ? <ErrorAlert error={settings.error} /> : null}
      {settings.data ? (
        <DocumentSettingsForm key={`${settings.data.unitId}`} view={settings.data} />
      ) : (
        <Loader aria-label="Đang tải" />
      )}
    </Stack>
  );
}
