import "@mantine/charts/styles.css";
/** One stacked bar per milestone: how many units are on time, late, overdue, not yet due (K2). */
import { BarChart } from "@mantine/charts";
import { Paper, Text } from "@mantine/core";
import { CELL_STATE_COLORS, CELL_STATE_LABELS, type ProgressBoard } from "../../../domain/progress.ts";

const SHOWN = ["on_time", "late", "overdue", "not_due"] as const;

export function ProgressChart({ board }: { board: ProgressBoard }) {
  const data = board.milestones.map((m) => ({
    milestone: m.label,
    ...Object.fromEntries(SHOWN.map((s) => [CELL_STATE_LABELS[s], board.counts[m.code]?.[s] ?? 0])),
  }));
  return (
    <Paper withBorder p="md" data-testid="progress-chart">
      <Text fw={600} mb="sm">
        Số đơn vị theo tình trạng của từng mốc
      </Text>
      <BarChart
        h={260}
        data={data}
        dataKey="milestone"
        type="stacked"
        orientation="vertical"
        yAxisProps={{ width: 220 }}
        withLegend
        legendProps={{ verticalAlign: "bottom" }}
        valueFormatter={(v) => `${v} đơn vị`}
        series={SHOWN.map((s) => ({ name: CELL_STATE_LABELS[s], color: `${CELL_STATE_COLORS[s]}.6` }))}
      />
    </Paper>
  );
}
