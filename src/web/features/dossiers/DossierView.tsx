/**
 * One unit's dossier (G1–G4): the plan's checklist with each item's status, file and the
 * office's comment. The unit uploads, generates drafts and sends; the office accepts or returns.
 */
import { Alert, Badge, Button, Card, Group, Select, Stack, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { DOSSIER_GENERATOR_LABELS, type Dossier, type DossierLine } from "../../../domain/dossiers.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { isNotFound, NotFoundPage } from "../../components/NotFoundPage.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { hasCapability, useCurrentUser } from "../../lib/auth.ts";
import { confirmAction, confirmThen } from "../../lib/confirm.tsx";
import { notifyDone } from "../../lib/notify.ts";
import { PATHS } from "../../paths.ts";
import { DossierItemRow, type ItemActions } from "./DossierItemRow.tsx";
import { dossierKeys, dossiersApi, STATE_COLORS, TIMELINESS_COLORS, useDossier } from "./dossiersApi.ts";
import { FilePicker } from "./FilePicker.tsx";
import { usePeopleOfUnit } from "./usePeopleOfUnit.ts";

export function DossierView({ unitId }: { unitId: string }) {
  const me = useCurrentUser();
  const qc = useQueryClient();
  const query = useDossier(unitId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const own = hasCapability(me, "dossiers.edit_own") && me.unitId === unitId;
  const reviewer = hasCapability(me, "dossiers.review");

  const run = async (step: () => Promise<Dossier>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      qc.setQueryData(dossierKeys.unit(unitId), await step());
      void qc.invalidateQueries({ queryKey: ["dossiers", "list"] });
      notifyDone(done.replace(/\.$/u, ""));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (query.isPending) return <PageLoader />;
  if (isNotFound(query.error)) {
    return <NotFoundPage what="hồ sơ" backTo={PATHS.dossiers} backLabel="Về trang Hồ sơ sau Hội nghị" />;
  }
  if (query.error) return <ErrorAlert error={query.error} />;
  const d = query.data;
  const s = d.summary;
  const items = d.lines.flatMap((l) => l.items);
  const ready = items.filter((i) => i.id && i.file && i.status === "draft");
  // Why nothing can be sent: something is still missing, or everything has been sent.
  const nothingReady = items.some((i) => i.status !== "submitted" && i.status !== "accepted")
    ? "Chưa có mục nào để gửi: hãy tải lên hoặc tạo tệp cho các mục còn thiếu."
    : "Đã gửi tất cả các mục, không còn mục nào để gửi.";

  const actionsFor = (line: DossierLine, item: DossierLine["items"][number]): ItemActions => ({
    busy,
    ...(own
      ? {
          upload: (file) =>
            run(
              () =>
                dossiersApi.upload(file, {
                  requirement: line.code,
                  personId: item.person?.id,
                  version: item.version,
                }),
              `Đã tải lên tệp “${file.name}”.`,
            ),
          generate:
            line.generator && (d.conference || line.generator === "summary_report")
              ? () =>
                  run(
                    () => dossiersApi.generate(line.code, item.version),
                    "Đã tạo dự thảo; hãy tải về, sửa và tải lên lại.",
                  )
              : undefined,
          generateLabel: line.generator ? DOSSIER_GENERATOR_LABELS[line.generator] : undefined,
          resubmit: () =>
            confirmThen(
              {
                title: "Gửi lại mục hồ sơ",
                message:
                  "Gửi lại mục này cho Thường trực Hội đồng? Mục đã gửi không sửa được nữa, trừ khi bị trả lại.",
                confirmLabel: "Gửi lại",
              },
              () =>
                run(
                  () => dossiersApi.submit([{ id: item.id!, version: item.version }]),
                  "Đã gửi lại mục hồ sơ.",
                ),
            ),
          remove: () =>
            confirmThen(
              {
                title: "Bỏ mục hồ sơ",
                message: "Bỏ tệp đã tải lên của mục này? Không hoàn tác được.",
                confirmLabel: "Bỏ mục",
                danger: true,
              },
              () => run(() => dossiersApi.remove(item.id!, item.version), "Đã bỏ mục hồ sơ."),
            ),
        }
      : {}),
    ...(reviewer
      ? {
          accept: () =>
            confirmThen(
              {
                title: "Chấp nhận mục hồ sơ",
                message: "Chấp nhận mục này? Đơn vị sẽ không sửa được nữa.",
                confirmLabel: "Chấp nhận",
              },
              () => run(() => dossiersApi.accept(item.id!, item.version), "Đã chấp nhận mục hồ sơ."),
            ),
          returnWith: (comment) =>
            run(
              () => dossiersApi.return(item.id!, item.version, comment),
              "Đã trả lại mục hồ sơ cho đơn vị.",
            ),
        }
      : {}),
  });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Title order={2}>Hồ sơ sau Hội nghị – {s.unitName}</Title>
          <Text c="dimmed" size="sm">
            Nộp về UBND qua Phòng Nội vụ
            {s.timeliness ? ` trước ngày ${formatDateVi(s.timeliness.dueOn)}` : ""}. Đã gửi {s.submitted}/
            {s.required} mục, đã chấp nhận {s.accepted}.
          </Text>
        </Stack>
        <Group gap="xs">
          <Badge color={STATE_COLORS[s.state]} size="lg" variant="light" data-testid="dossier-state">
            {s.stateLabel}
          </Badge>
          {s.timeliness ? (
            <Badge color={TIMELINESS_COLORS[s.timeliness.state]} size="lg" variant="outline">
              {s.timeliness.label}
            </Badge>
          ) : null}
        </Group>
      </Group>
      {own && !d.conference ? (
        <Alert color="yellow">
          Đơn vị chưa có hội nghị trong hệ thống: tờ trình, biên bản và danh sách trích ngang chưa tạo tự động
          được; hãy tải lên tệp của đơn vị.
        </Alert>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
      {d.lines.map((line) => (
        <Card key={line.code} withBorder padding="md" data-testid="dossier-line" data-code={line.code}>
          <Stack gap="sm">
            {line.perNominee ? (
              <NomineeHeader line={line} unitId={unitId} own={own} busy={busy} run={run} />
            ) : null}
            {line.items.map((item) => (
              <DossierItemRow
                key={item.id ?? line.code}
                label={line.label}
                item={item}
                actions={actionsFor(line, item)}
              />
            ))}
          </Stack>
        </Card>
      ))}
      {own ? (
        <Group justify="flex-end" align="center">
          {ready.length === 0 ? (
            // Said on the page too, not only in the tooltip a phone never shows (issue #13, walk screenshots).
            <Text size="sm" c="dimmed">
              {nothingReady}
            </Text>
          ) : null}
          <WhyDisabled disabled={ready.length === 0} reason={nothingReady}>
            <Button
              disabled={ready.length === 0}
              loading={busy}
              onClick={async () => {
                const yes = await confirmAction({
                  title: "Gửi hồ sơ",
                  message: `Gửi ${ready.length} mục hồ sơ cho Thường trực Hội đồng? Mục đã gửi không sửa được nữa, trừ khi bị trả lại.`,
                  confirmLabel: "Gửi hồ sơ",
                });
                if (yes) {
                  await run(
                    () => dossiersApi.submit(ready.map((i) => ({ id: i.id!, version: i.version }))),
                    `Đã gửi ${ready.length} mục hồ sơ.`,
                  );
                }
              }}
            >
              {ready.length === 0 ? "Gửi hồ sơ" : `Gửi ${ready.length} mục hồ sơ`}
            </Button>
          </WhyDisabled>
        </Group>
      ) : null}
    </Stack>
  );
}

function NomineeHeader({
  line,
  unitId,
  own,
  busy,
  run,
}: {
  line: DossierLine;
  unitId: string;
  own: boolean;
  busy: boolean;
  run: (step: () => Promise<Dossier>, done: string) => Promise<void>;
}) {
  const people = usePeopleOfUnit(own ? unitId : null);
  const [personId, setPersonId] = useState<string | null>(null);
  const taken = new Set(line.items.map((i) => i.person?.id));
  return (
    <Stack gap={6}>
      <Text fw={600}>{line.label}</Text>
      <Text size="sm" c="dimmed">
        Mỗi đại biểu dự Hội nghị cấp trên một báo cáo thành tích ({line.items.length} người đã có
        {line.minCount > 0 ? `, cần ít nhất ${line.minCount}` : ""}).
      </Text>
      {own ? (
        <Group gap="xs" align="flex-end" wrap="wrap">
          <Select
            label="Người được đề nghị"
            placeholder="Chọn người trong danh sách của đơn vị"
            searchable
            w={320}
            value={personId}
            onChange={setPersonId}
            data={(people.data ?? [])
              .filter((p) => !taken.has(p.id))
              .map((p) => ({ value: p.id, label: p.label }))}
          />
          {personId ? (
            <FilePicker
              label="Tệp báo cáo thành tích"
              busy={busy}
              onPick={(file) =>
                run(
                  () => dossiersApi.upload(file, { requirement: line.code, personId, version: 0 }),
                  `Đã thêm báo cáo thành tích “${file.name}”.`,
                ).then(() => setPersonId(null))
              }
            />
          ) : null}
        </Group>
      ) : null}
    </Stack>
  );
}
