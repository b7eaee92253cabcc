import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { DateViInput } from "../conferences/inputs/DateViInput.tsx";

export type LegalBasisDraft = {
  code: string;
  title: string;
  issuer: string;
  issuedOn: string;
  version: string;
};

/** Căn cứ: versioned legal references attached to the plan (SPEC "legal references change"). */
export function LegalBasesEditor({
  value,
  onChange,
}: {
  value: LegalBasisDraft[];
  onChange: (v: LegalBasisDraft[]) => void;
}) {
  const set = (i: number, patch: Partial<LegalBasisDraft>) =>
    onChange(value.map((b, j) => (j === i ? { ...b, ...patch } : b)));
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">
        Căn cứ
      </Text>
      {value.map((b, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, in order
        <Paper key={i} withBorder p="sm" bg="gray.0">
          <Stack gap="xs">
            <SimpleGrid cols={{ base: 1, sm: 4 }}>
              <TextInput
                label="Số hiệu"
                placeholder="34-CT/TW"
                value={b.code}
                onChange={(e) => set(i, { code: e.currentTarget.value })}
              />
              <TextInput
                label="Cơ quan ban hành"
                value={b.issuer}
                onChange={(e) => set(i, { issuer: e.currentTarget.value })}
              />
              <DateViInput
                label="Ngày ban hành"
                value={b.issuedOn}
                onChange={(t) => set(i, { issuedOn: t })}
              />
              <TextInput
                label="Phiên bản áp dụng"
                placeholder="Ví dụ: áp dụng năm 2019"
                value={b.version}
                onChange={(e) => set(i, { version: e.currentTarget.value })}
              />
            </SimpleGrid>
            <Group align="flex-end" wrap="nowrap">
              <TextInput
                label="Trích yếu"
                style={{ flex: 1 }}
                value={b.title}
                onChange={(e) => set(i, { title: e.currentTarget.value })}
              />
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                mb={6}
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              >
                Xóa căn cứ
              </Button>
            </Group>
          </Stack>
        </Paper>
      ))}
      <Group>
        <Button
          variant="default"
          size="xs"
          onClick={() => onChange([...value, { code: "", title: "", issuer: "", issuedOn: "", version: "" }])}
        >
          Thêm căn cứ
        </Button>
      </Group>
    </Stack>
  );
}
