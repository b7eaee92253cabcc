import { Checkbox, Group, ScrollArea, Stack, Text, TextInput } from "@mantine/core";
import { useMemo, useState } from "react";
import type { Delegate } from "../../../domain/conferences.ts";
import { foldVietnamese } from "../../../domain/text.ts";

/** Chosen delegates (by delegate id) with the achievement written for each. */
export type Picked = Map<string, string>;

type Props = {
  delegates: Delegate[];
  picked: Picked;
  onChange: (next: Picked) => void;
  error?: string | null;
};

/**
 * The conference's delegates to choose from (SPEC H1): a filter that ignores diacritics and
 * đ (O3), a checkbox per delegate and, once ticked, the achievement to cite in the decision.
 */
export function RecipientPicker({ delegates, picked, onChange, error }: Props) {
  const [filter, setFilter] = useState("");
  const shown = useMemo(() => {
    const q = foldVietnamese(filter.trim());
    return q ? delegates.filter((d) => foldVietnamese(d.fullName).includes(q)) : delegates;
  }, [delegates, filter]);
  const toggle = (id: string, on: boolean) => {
    const next = new Map(picked);
    if (on) next.set(id, next.get(id) ?? "");
    else next.delete(id);
    onChange(next);
  };
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="end">
        <TextInput
          label="Tìm đại biểu"
          placeholder="Gõ tên, có dấu hoặc không dấu"
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          w={320}
        />
        <Text size="sm" c={error ? "red" : "dimmed"} data-testid="picked-count">
          {error ?? `Đã chọn ${picked.size} người được khen`}
        </Text>
      </Group>
      <ScrollArea.Autosize mah={360} type="auto">
        <Stack gap={6} aria-label="Đại biểu của hội nghị">
          {shown.map((d) => (
            <Group key={d.id} gap="sm" wrap="nowrap" align="center">
              <Checkbox
                label={d.fullName}
                checked={picked.has(d.id)}
                onChange={(e) => toggle(d.id, e.currentTarget.checked)}
                w={260}
              />
              {picked.has(d.id) ? (
                <TextInput
                  aria-label={`Thành tích của ${d.fullName}`}
                  placeholder="Thành tích (ghi vào quyết định)"
                  value={picked.get(d.id) ?? ""}
                  onChange={(e) => onChange(new Map(picked).set(d.id, e.currentTarget.value))}
                  style={{ flex: 1 }}
                  size="xs"
                />
              ) : null}
            </Group>
          ))}
          {shown.length === 0 ? (
            <Text size="sm" c="dimmed">
              Không có đại biểu nào khớp “{filter}”.
            </Text>
          ) : null}
        </Stack>
      </ScrollArea.Autosize>
    </Stack>
  );
}
