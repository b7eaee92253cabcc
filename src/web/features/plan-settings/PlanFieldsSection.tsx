import { Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import type { PlanDetail } from "../../../domain/plan/record.ts";
import { DateViInput, isoToVi, viToIso } from "../conferences/inputs/DateViInput.tsx";
import { LegalBasesEditor, type LegalBasisDraft } from "./LegalBasesEditor.tsx";
import type { SectionProps } from "./PlanSettingsPage.tsx";
import { planApi } from "./planApi.ts";
import { Section } from "./Section.tsx";
import { useDraft } from "./useDraft.ts";

type Draft = {
  issuingBody: string;
  numberSymbol: string;
  issuedOn: string;
  place: string;
  title: string;
  signerName: string;
  signerTitle: string;
  targetCongress: string;
  legalBases: LegalBasisDraft[];
  purposes: string[];
  recipients: string;
};

const from = (p: PlanDetail): Draft => ({
  issuingBody: p.issuingBody,
  numberSymbol: p.numberSymbol,
  issuedOn: isoToVi(p.issuedOn),
  place: p.place,
  title: p.title,
  signerName: p.signerName,
  signerTitle: p.signerTitle,
  targetCongress: p.targetCongress ?? "",
  legalBases: p.legalBases.map((b) => ({
    code: b.code,
    title: b.title,
    issuer: b.issuer ?? "",
    issuedOn: isoToVi(b.issuedOn),
    version: b.version ?? "",
  })),
  purposes: [...p.purposes],
  recipients: p.recipients.join("\n"),
});

const opt = (s: string) => (s.trim() ? s.trim() : undefined);

/** A1: issuing body, number, date, signer, legal bases, purposes, recipients. */
export function PlanFieldsSection(props: SectionProps) {
  const d = useDraft(props, from);
  const v = d.draft;
  const field = (k: keyof Omit<Draft, "legalBases" | "purposes">) => ({
    value: v[k],
    onChange: (e: { currentTarget: { value: string } }) => d.set({ ...v, [k]: e.currentTarget.value }),
  });
  const badDate =
    viToIso(v.issuedOn) === undefined || v.legalBases.some((b) => viToIso(b.issuedOn) === undefined);
  const save = () =>
    d.save(
      (version) =>
        planApi.update(props.plan.id, {
          issuingBody: v.issuingBody,
          numberSymbol: v.numberSymbol,
          issuedOn: viToIso(v.issuedOn) ?? null,
          place: v.place,
          title: v.title,
          signerName: v.signerName,
          signerTitle: v.signerTitle,
          targetCongress: v.targetCongress.trim() || null,
          legalBases: v.legalBases.map((b) => ({
            code: b.code,
            title: b.title,
            issuer: opt(b.issuer),
            issuedOn: viToIso(b.issuedOn) ?? undefined,
            version: opt(b.version),
          })),
          purposes: v.purposes.filter((p) => p.trim()),
          recipients: v.recipients.split("\n").filter((r) => r.trim()),
          version,
        }),
      "Đã lưu thông tin kế hoạch.",
    );
  return (
    <Section
      title="Thông tin kế hoạch"
      dirty={d.dirty && !badDate}
      busy={d.busy}
      error={d.error}
      saveLabel="Lưu thông tin kế hoạch"
      onSave={save}
      onReload={d.reload}
    >
      <TextInput label="Tên kế hoạch" {...field("title")} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <TextInput label="Cơ quan ban hành" {...field("issuingBody")} />
        <TextInput label="Số, ký hiệu" {...field("numberSymbol")} />
        <DateViInput
          label="Ngày ban hành"
          value={v.issuedOn}
          onChange={(t) => d.set({ ...v, issuedOn: t })}
        />
        <TextInput
          label="Địa danh"
          description="Ghi trước ngày tháng: “Bỉm Sơn, ngày …”"
          {...field("place")}
        />
        <TextInput label="Người ký" {...field("signerName")} />
        <TextInput label="Chức vụ người ký" {...field("signerTitle")} />
        <TextInput label="Hướng tới" description="Đại hội, hội nghị cấp trên" {...field("targetCongress")} />
      </SimpleGrid>
      <LegalBasesEditor value={v.legalBases} onChange={(legalBases) => d.set({ ...v, legalBases })} />
      <Stack gap="xs">
        <Text fw={500} size="sm">
          Mục đích, yêu cầu (mục I)
        </Text>
        {v.purposes.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are edited in place, in order
          <Group key={i} align="flex-start" wrap="nowrap">
            <Text w={24} ta="right" mt={6}>
              {i + 1}.
            </Text>
            <Textarea
              aria-label={`Mục đích ${i + 1}`}
              autosize
              minRows={2}
              style={{ flex: 1 }}
              value={p}
              onChange={(e) =>
                d.set({ ...v, purposes: v.purposes.map((x, j) => (j === i ? e.currentTarget.value : x)) })
              }
            />
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              mt={6}
              onClick={() => d.set({ ...v, purposes: v.purposes.filter((_, j) => j !== i) })}
            >
              Xóa
            </Button>
          </Group>
        ))}
        <Group>
          <Button variant="default" size="xs" onClick={() => d.set({ ...v, purposes: [...v.purposes, ""] })}>
            Thêm mục đích
          </Button>
        </Group>
      </Stack>
      <Textarea
        label="Nơi nhận"
        description="Mỗi dòng một nơi nhận"
        autosize
        minRows={4}
        value={v.recipients}
        onChange={(e) => d.set({ ...v, recipients: e.currentTarget.value })}
      />
    </Section>
  );
}
