import { Group, Progress, Stack, Text } from "@mantine/core";
import { useConferenceCtx } from "../ConferenceContext.tsx";

const pct = (x: number) => `${Number.isInteger(x) ? x : x.toFixed(1).replace(".", ",")}%`;

function Line({
  label,
  count,
  percent,
  note,
}: {
  label: string;
  count: number;
  percent: number;
  note?: string;
}) {
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap">
      <Text size="sm">{label}</Text>
      <Text size="sm" className="nowrap">
        <b>{count}</b> ({pct(percent)}){note ? ` ${note}` : ""}
      </Text>
    </Group>
  );
}

/** D4, D5: exemplars and guests against the plan's 70/30 target, women, minorities, direct workers, categories. */
export function CompositionSummary() {
  const { conf, rules } = useConferenceCtx();
  const c = conf.composition;
  const target = Math.round(rules.exemplarShare.target * 100);
  const tol = Math.round(rules.exemplarShare.tolerance * 100);
  const inBand = c.total === 0 || Math.abs(c.exemplars.percent - target) <= tol;
  return (
    <Stack gap={6} data-testid="composition">
      <Text fw={700} size="sm">
        Cơ cấu đại biểu
      </Text>
      <Progress.Root size="lg" aria-label="Tỷ lệ điển hình và khách mời">
        <Progress.Section value={c.exemplars.percent} color="blue" />
        <Progress.Section value={c.guests.percent} color="orange" />
      </Progress.Root>
      <Line label="Đại biểu điển hình tiên tiến" count={c.exemplars.count} percent={c.exemplars.percent} />
      <Line label="Đại biểu khách mời" count={c.guests.count} percent={c.guests.percent} />
      <Text size="xs" c={inBand ? "dimmed" : "yellow.9"}>
        Kế hoạch: khoảng {target}% điển hình, {100 - target}% khách mời (cho phép chênh ±{tol}%)
        {inBand ? "." : " — hiện đang lệch quá mức cho phép."}
      </Text>
      <Line label="Đại biểu nữ" count={c.women.count} percent={c.women.percent} />
      <Line
        label="Đại biểu dân tộc thiểu số"
        count={c.ethnicMinorities.count}
        percent={c.ethnicMinorities.percent}
      />
      <Line
        label="Người lao động trực tiếp"
        count={c.directWorkers.count}
        percent={c.directWorkers.percent}
      />
      {c.genderUnknown > 0 || c.ethnicityUnknown > 0 ? (
        <Text size="xs" c="dimmed">
          Chưa ghi{" "}
          {[
            c.genderUnknown ? `giới tính: ${c.genderUnknown} người` : null,
            c.ethnicityUnknown ? `dân tộc: ${c.ethnicityUnknown} người` : null,
          ]
            .filter(Boolean)
            .join("; ")}
          .
        </Text>
      ) : null}
      <Text fw={600} size="sm" mt={4}>
        Theo thành phần
      </Text>
      {c.byCategory
        .filter((x) => x.count > 0)
        .map((x) => (
          <Line key={x.code} label={x.label} count={x.count} percent={x.percent} />
        ))}
      {c.byCategory.every((x) => x.count === 0) ? (
        <Text size="sm" c="dimmed">
          Chưa ghi thành phần cho đại biểu nào.
        </Text>
      ) : null}
      <Text fw={600} size="sm" mt={4}>
        Tình hình mời
      </Text>
      <Line label="Đã mời" count={c.byStatus.invited.count} percent={c.byStatus.invited.percent} />
      <Line label="Đã xác nhận" count={c.byStatus.confirmed.count} percent={c.byStatus.confirmed.percent} />
      <Line label="Đã dự" count={c.byStatus.attended.count} percent={c.byStatus.attended.percent} />
    </Stack>
  );
}
