import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { useUnits } from "../../lib/queries.ts";
import { PATHS } from "../../paths.ts";

/** Units by kind (active ones), with the pilot and inactive counts. */
export function UnitCounts() {
  const units = useUnits();
  if (units.isPending) return <PageLoader />;
  if (units.isError) return <ErrorAlert error={units.error} onRetry={() => units.refetch()} />;
  const active = units.data.filter((u) => u.active);
  const byKind = new Map<string, { name: string; n: number }>();
  for (const u of active) {
    const row = byKind.get(u.kind) ?? { name: u.kindName, n: 0 };
    row.n += 1;
    byKind.set(u.kind, row);
  }
  const inactive = units.data.length - active.length;
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={3}>Đơn vị theo loại</Title>
        <Text size="sm" c="dimmed">
          {/* Every unit in the list, so more than the units taking part in the plan (issue #13, walk screenshots). */}
          {active.length} đơn vị đang hoạt động trong danh sách đơn vị (kể cả các đơn vị không tham gia kế
          hoạch), trong đó {active.filter((u) => u.isPilot).length} đơn vị tổ chức Hội nghị điểm
          {inactive > 0 ? `; ${inactive} đơn vị đã ngừng hoạt động` : ""}.{" "}
          <Anchor component={Link} to={PATHS.units}>
            Xem danh sách đơn vị
          </Anchor>
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} data-testid="unit-counts">
          {[...byKind.entries()].map(([kind, { name, n }]) => (
            <Paper key={kind} withBorder p="md" bg="gray.0">
              <Text size="sm" c="dimmed">
                {name}
              </Text>
              <Text fz={28} fw={700} lh={1.2}>
                {n}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
