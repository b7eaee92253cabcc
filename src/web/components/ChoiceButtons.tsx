import { Button, Group } from "@mantine/core";

type Choice<V extends string> = { value: V; label: string };

/**
 * One choice out of a few, as pressed buttons. Used above long tables instead of Mantine's
 * SegmentedControl, whose sliding indicator measures the page (getBoundingClientRect) on every
 * render: with 300 delegate rows that forced layout cost seconds (issue #11 item 3, bench/drawing.ts).
 */
export function ChoiceButtons<V extends string>({
  value,
  onChange,
  data,
  label,
}: {
  value: V;
  onChange: (value: V) => void;
  data: readonly Choice<V>[];
  label: string;
}) {
  return (
    // Separate buttons that wrap onto a second line on a phone (an attached group overflows).
    <Group role="group" aria-label={label} gap={4} wrap="wrap">
      {data.map((c) => (
        <Button
          key={c.value}
          size="sm"
          variant={c.value === value ? "filled" : "default"}
          aria-pressed={c.value === value}
          onClick={() => onChange(c.value)}
        >
          {c.label}
        </Button>
      ))}
    </Group>
  );
}
