import {
  Alert,
  Button,
  FileButton,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
} from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";
import { CERTIFICATE_KIND_LABELS, type CertificateKind } from "../../../domain/award-forms.ts";
import {
  CERTIFICATE_FIELD_LABELS,
  type CertificateField,
  type CertificateLayoutView,
} from "../../../domain/certificates.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { useCurrentUser } from "../../lib/auth.ts";
import { notifyDone } from "../../lib/notify.ts";
import { awardDocs, awardKeys, awardsApi } from "./awardsApi.ts";
import { type Blank, LayoutCanvas } from "./LayoutCanvas.tsx";

type Draft = Blank & { version: number; backgroundFileId: string | null; blankFileName: string | null };
const draftOf = (v: CertificateLayoutView): Draft => ({
  widthMm: v.widthMm,
  heightMm: v.heightMm,
  fields: v.fields,
  version: v.version,
  backgroundFileId: v.backgroundFileId,
  blankFileName: v.blankFileName,
});

/**
 * "Mẫu in giấy khen, bằng khen" (issue #14 item 3): the unit uploads an image of its
 * pre-printed blank, drags each field where it belongs, sets the blank's size and each field's
 * font size, saves (409 when someone saved first) and prints the calibration page.
 * `?donVi=` opens another unit's (the office), `?loai=bang_khen` the Bằng khen.
 */
export function CertificateLayoutPage() {
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const unitId = params.get("donVi") ?? me.unitId ?? "";
  const kind: CertificateKind = params.get("loai") === "bang_khen" ? "bang_khen" : "giay_khen";
  const qc = useQueryClient();
  const layout = useQuery({
    queryKey: awardKeys.layout(unitId, kind),
    queryFn: () => awardsApi.layout(unitId, kind),
    enabled: unitId !== "",
    refetchOnWindowFocus: false,
  });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [dirty, setDirty] = useState(false);
  const [selected, setSelected] = useState<CertificateField | null>(null);
  useEffect(() => {
    if (layout.data) {
      setDraft(draftOf(layout.data));
      setDirty(false);
    }
  }, [layout.data]);

  const took = (v: CertificateLayoutView) => qc.setQueryData(awardKeys.layout(unitId, kind), v);
  const save = useMutation({
    mutationFn: (d: Draft) =>
      awardsApi.saveLayout(unitId, kind, {
        widthMm: d.widthMm,
        heightMm: d.heightMm,
        fields: d.fields,
        version: d.version,
      }),
    onSuccess: (v) => {
      took(v);
      notifyDone(
        "Đã lưu vị trí in",
        `${CERTIFICATE_KIND_LABELS[kind]}: khổ ${v.widthMm} × ${v.heightMm} mm.`,
      );
    },
  });
  const upload = useMutation({
    mutationFn: (file: File) => awardsApi.uploadBlank(unitId, kind, draft?.version ?? 0, file),
    onSuccess: (v) => {
      // Keep the fields being placed (maybe not saved yet); take the new version and image.
      setDraft((d) =>
        d
          ? { ...d, version: v.version, backgroundFileId: v.backgroundFileId, blankFileName: v.blankFileName }
          : draftOf(v),
      );
      notifyDone("Đã tải lên ảnh phôi", v.blankFileName ?? undefined);
    },
  });

  if (!unitId) return <Alert color="yellow">Tài khoản này không thuộc đơn vị nào.</Alert>;
  if (layout.isPending || !draft) return <PageLoader />;
  if (layout.isError) return <ErrorAlert error={layout.error} onRetry={() => void layout.refetch()} />;
  const v = layout.data;
  const readOnly = !v.canEdit;
  const edit = (next: Partial<Draft>) => {
    setDraft({ ...draft, ...next });
    setDirty(true);
  };
  const moveField = (field: CertificateField, xMm: number, yMm: number) =>
    edit({ fields: draft.fields.map((f) => (f.field === field ? { ...f, xMm, yMm } : f)) });
  const current = draft.fields.find((f) => f.field === selected) ?? null;
  const setCurrent = (patch: Partial<(typeof draft.fields)[number]>) =>
    current &&
    edit({ fields: draft.fields.map((f) => (f.field === current.field ? { ...f, ...patch } : f)) });

  return (
    <Stack gap="md">
      <PageHeader
        title="Mẫu in giấy khen, bằng khen"
        description="Đặt từng trường lên ảnh phôi của đơn vị: kéo bằng chuột, hoặc chọn ô rồi dùng phím mũi tên (1 mm mỗi lần, giữ Shift: 10 mm). Bản in PDF chỉ in chữ, không in ảnh phôi."
      />
      <SegmentedControl
        value={kind}
        onChange={(k) => setParams((p) => ({ ...Object.fromEntries(p), loai: k }))}
        data={[
          { value: "giay_khen", label: "Giấy khen" },
          { value: "bang_khen", label: "Bằng khen" },
        ]}
        w={280}
        aria-label="Loại phôi"
      />
      <Group align="end" gap="sm">
        <NumberInput
          label="Chiều rộng phôi (mm)"
          value={draft.widthMm}
          min={50}
          max={1000}
          allowDecimal={false}
          disabled={readOnly}
          onChange={(n) => typeof n === "number" && edit({ widthMm: n })}
          w={170}
        />
        <NumberInput
          label="Chiều cao phôi (mm)"
          value={draft.heightMm}
          min={50}
          max={1000}
          allowDecimal={false}
          disabled={readOnly}
          onChange={(n) => typeof n === "number" && edit({ heightMm: n })}
          w={170}
        />
        {readOnly ? null : (
          <FileButton accept="image/png,image/jpeg" onChange={(f) => f && upload.mutate(f)}>
            {(props) => (
              <Button {...props} variant="default" loading={upload.isPending}>
                {draft.backgroundFileId ? "Thay ảnh phôi" : "Tải lên ảnh phôi"}
              </Button>
            )}
          </FileButton>
        )}
        <Button component="a" href={awardDocs.calibration(unitId, kind)} download variant="default">
          In trang căn chỉnh
        </Button>
        {readOnly ? null : (
          <WhyDisabled disabled={!dirty} reason="Chưa có thay đổi nào để lưu">
            <Button onClick={() => save.mutate(draft)} loading={save.isPending} disabled={!dirty}>
              Lưu vị trí in
            </Button>
          </WhyDisabled>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {draft.blankFileName ? `Ảnh phôi: ${draft.blankFileName}. ` : ""}
        Ảnh PNG hoặc JPEG, tối đa 5 MB, chụp hoặc quét thẳng cả tờ phôi. Trang căn chỉnh in theo vị trí đã lưu
        {dirty ? " — hãy lưu trước khi in." : "."}
      </Text>
      {upload.error ? <ErrorAlert error={upload.error} title="Chưa tải lên được ảnh phôi" /> : null}
      {save.error ? (
        <ErrorAlert error={save.error} title="Chưa lưu được" onRetry={() => void layout.refetch()} />
      ) : null}
      <LayoutCanvas
        blank={draft}
        imageUrl={draft.backgroundFileId ? awardDocs.file(draft.backgroundFileId) : null}
        selected={selected}
        onSelect={setSelected}
        onMove={moveField}
        readOnly={readOnly}
      />
      <Paper withBorder p="sm">
        {current ? (
          <SimpleGrid cols={{ base: 2, md: 5 }}>
            <Text fw={600} size="sm">
              {CERTIFICATE_FIELD_LABELS[current.field]}
            </Text>
            <NumberInput
              label="Cách lề trái (mm)"
              value={current.xMm}
              decimalScale={1}
              disabled={readOnly}
              onChange={(n) => typeof n === "number" && setCurrent({ xMm: n })}
            />
            <NumberInput
              label="Cách lề trên (mm)"
              value={current.yMm}
              decimalScale={1}
              disabled={readOnly}
              onChange={(n) => typeof n === "number" && setCurrent({ yMm: n })}
            />
            <NumberInput
              label="Chiều rộng ô (mm)"
              value={current.widthMm}
              min={10}
              decimalScale={1}
              disabled={readOnly}
              onChange={(n) => typeof n === "number" && setCurrent({ widthMm: n })}
            />
            <NumberInput
              label="Cỡ chữ (pt)"
              value={current.fontSizePt}
              min={6}
              max={72}
              decimalScale={1}
              disabled={readOnly}
              onChange={(n) => typeof n === "number" && setCurrent({ fontSizePt: n })}
            />
          </SimpleGrid>
        ) : (
          <Text size="sm" c="dimmed">
            Chọn một ô trên phôi để sửa vị trí, chiều rộng và cỡ chữ.
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
