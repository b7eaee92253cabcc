import { Progress, Stack, Text } from "@mantine/core";
import { formatNumber } from "../../../lib/dates.ts";
import { useConferenceCtx } from "../ConferenceContext.tsx";

/** D3: plenary or delegate conference, the cap and why, against the number invited. */
export function CapSummary() {
  const { conf } = useConferenceCtx();
  const cap = conf.capDecision;
  const n = conf.delegates.length;
  const over = n > cap.cap;
  const mode = cap.mode === "plenary" ? "Hội nghị toàn thể" : "Hội nghị đại biểu";
  return (
    <Stack gap={6} data-testid="cap-decision" data-mode={cap.mode} data-cap={cap.cap}>
      <Text fw={700} size="sm">
        Số lượng đại biểu
      </Text>
      <Text size="sm">
        <b>{mode}</b> — tối đa {formatNumber(cap.cap)} {cap.mode === "plenary" ? "người" : "đại biểu"}
      </Text>
      <Progress
        value={Math.min(100, cap.cap ? (n / cap.cap) * 100 : 0)}
        color={over ? "red" : "blue"}
        aria-label={`Đã có ${n} trên tối đa ${cap.cap}`}
      />
      <Text size="sm" c={over ? "red.8" : undefined}>
        Đã có {formatNumber(n)} / {formatNumber(cap.cap)}
        {over ? ` — vượt ${formatNumber(n - cap.cap)}` : ""}
      </Text>
      <Text size="xs" c="dimmed">
        {cap.reason} (Mục {cap.section})
      </Text>
    </Stack>
  );
}
