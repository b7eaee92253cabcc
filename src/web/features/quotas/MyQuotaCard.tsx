/** The unit's home card: "Chỉ tiêu của đơn vị: N đại biểu" once the office has published (SPEC F2). */
import { Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { formatDateTimeVi } from "../../../domain/text.ts";
import { quotaKeys, quotasApi } from "./quotasApi.ts";

export function MyQuotaCard() {
  const mine = useQuery({ queryKey: quotaKeys.mine, queryFn: quotasApi.mine });
  const q = mine.data;
  if (!q) return null;
  return (
    <Paper withBorder p="lg" aria-label="Chỉ tiêu đại biểu của đơn vị">
      <Stack gap={4}>
        <Title order={3}>
          {q.seats === null
            ? "Chỉ tiêu của đơn vị: chưa công bố"
            : `Chỉ tiêu của đơn vị: ${q.seats} đại biểu`}
        </Title>
        <Text size="sm" c="dimmed">
          {q.seats === null
            ? "Thường trực Hội đồng chưa công bố chỉ tiêu đại biểu đi dự hội nghị cấp trên."
            : `Số đại biểu điển hình tiên tiến ${q.unitName ?? "đơn vị"} được cử đi dự ${q.conferenceTitle ?? "hội nghị cấp trên"} (phương án số ${q.versionNo}, công bố lúc ${formatDateTimeVi(q.publishedAt!)}).`}
        </Text>
      </Stack>
    </Paper>
  );
}
