import {
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import type { UnitPlan } from "../../../domain/unit-plans.ts";
import { MutationError } from "../../components/MutationError.tsx";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { ApiError } from "../../lib/api.ts";
import { confirmAction } from "../../lib/confirm.tsx";
import { notifyDone } from "../../lib/notify.ts";
import { DATE_ERROR, DateViInput, isoToVi, viToIso } from "../conferences/inputs/DateViInput.tsx";
import { UnitPlanFile } from "./UnitPlanFile.tsx";
import { unitPlanKeys, unitPlansApi } from "./unitPlansApi.ts";

type Values = {
  conferenceForm: string | null;
  plannedDate: string;
  expectedDelegates: number | string;
  contactName: string;
  contactPhone: string;
  notes: string;
};

const toValues = (p: UnitPlan): Values => ({
  conferenceForm: p.answers.conferenceForm ?? null,
  plannedDate: isoToVi(p.answers.plannedDate),
  expectedDelegates: p.answers.expectedDelegates ?? "",
  contactName: p.answers.contactName ?? "",
  contactPhone: p.answers.contactPhone ?? "",
  notes: p.answers.notes ?? "",
});

const toAnswers = (v: Values) => ({
  conferenceForm: v.conferenceForm ?? "",
  plannedDate: viToIso(v.plannedDate) ?? "",
  expectedDelegates: v.expectedDelegates === "" ? null : Number(v.expectedDelegates),
  contactName: v.contactName,
  contactPhone: v.contactPhone,
  notes: v.notes,
});

const REQUIRED: (keyof Values)[] = [
  "conferenceForm",
  "plannedDate",
  "expectedDelegates",
  "contactName",
  "contactPhone",
];

/** The short form (C1) and "Nộp kế hoạch": a file, or every required answer, is enough to send. */
export function UnitPlanForm({
  plan,
  forms,
  editable,
}: {
  plan: UnitPlan;
  forms: string[];
  editable: boolean;
}) {
  const qc = useQueryClient();
  const [busy, setBusy] = useState<"save" | "submit" | null>(null);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: toValues(plan),
    validate: { plannedDate: (v) => (viToIso(v) === undefined ? DATE_ERROR : null) },
  });
  const formRef = useRef(form);
  formRef.current = form;
  useEffect(() => {
    if (!formRef.current.isDirty()) {
      formRef.current.setValues(toValues(plan));
      formRef.current.resetDirty(toValues(plan));
    }
  }, [plan]);

  const show = (p: UnitPlan) => {
    qc.setQueryData(unitPlanKeys.mine, p);
    form.setValues(toValues(p));
    form.resetDirty(toValues(p));
  };
  const save = async (v: Values): Promise<UnitPlan> => {
    const p = await unitPlansApi.save(toAnswers(v), plan.version);
    show(p);
    return p;
  };
  const run = async (what: "save" | "submit") => {
    if (form.validate().hasErrors) return;
    if (
      what === "submit" &&
      !(await confirmAction({
        title: "Nộp kế hoạch của đơn vị?",
        message:
          "Sau khi nộp, phiếu và tệp kế hoạch bị khóa cho đến khi Thường trực Hội đồng trả lại để sửa.",
        confirmLabel: "Nộp kế hoạch",
      }))
    ) {
      return;
    }
    setBusy(what);
    setError(null);
    try {
      let p = plan;
      if (what === "save" || form.isDirty()) p = await save(form.getValues());
      if (what === "submit") {
        p = await unitPlansApi.submit(p.version);
        show(p);
        notifyDone("Đã nộp kế hoạch", "Kế hoạch của đơn vị đã gửi Thường trực Hội đồng.");
      } else notifyDone("Đã lưu phiếu kế hoạch");
      await qc.invalidateQueries({ queryKey: unitPlanKeys.all, exact: true });
    } catch (e) {
      setError(e);
      if (e instanceof ApiError) {
        form.setErrors(
          Object.fromEntries(Object.entries(e.fields).map(([k, m]) => [k.replace(/^answers\./u, ""), m])),
        );
      }
    } finally {
      setBusy(null);
    }
  };
  const reload = async () => {
    setError(null);
    form.resetDirty();
    await qc.refetchQueries({ queryKey: unitPlanKeys.mine });
  };

  const v = form.values;
  const missing = REQUIRED.filter((k) => v[k] === "" || v[k] === null);
  const canSend = Boolean(plan.file) || missing.length === 0;
  const ro = !editable;
  const submitButton = (
    <Button
      onClick={() => void run("submit")}
      loading={busy === "submit"}
      disabled={!canSend || busy !== null}
    >
      Nộp kế hoạch
    </Button>
  );
  return (
    <Paper withBorder p="lg">
      <Stack>
        <Title order={3} size="h4">
          Phiếu kế hoạch
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Hình thức hội nghị dự kiến"
            placeholder="Chọn hình thức"
            data={forms}
            readOnly={ro}
            clearable={!ro}
            {...form.getInputProps("conferenceForm")}
          />
          <DateViInput label="Ngày dự kiến tổ chức" readOnly={ro} {...form.getInputProps("plannedDate")} />
          <NumberInput
            label="Số đại biểu dự kiến"
            min={1}
            allowDecimal={false}
            allowNegative={false}
            hideControls
            thousandSeparator="."
            decimalSeparator=","
            readOnly={ro}
            {...form.getInputProps("expectedDelegates")}
          />
          <TextInput label="Người phụ trách" readOnly={ro} {...form.getInputProps("contactName")} />
          <TextInput
            label="Điện thoại"
            type="tel"
            placeholder="Ví dụ 0912 345 678"
            readOnly={ro}
            {...form.getInputProps("contactPhone")}
          />
        </SimpleGrid>
        <Textarea label="Ghi chú" autosize minRows={2} readOnly={ro} {...form.getInputProps("notes")} />
        <UnitPlanFile
          plan={plan}
          editable={editable}
          onUploaded={(p) => qc.setQueryData(unitPlanKeys.mine, p)}
        />
        <MutationError error={error} onReload={reload} />
        {editable ? (
          <Group justify="flex-end">
            {form.isDirty() ? (
              <Text size="sm" c="dimmed">
                Có thay đổi chưa lưu
              </Text>
            ) : null}
            <Button
              variant="default"
              onClick={() => void run("save")}
              loading={busy === "save"}
              disabled={busy !== null}
            >
              Lưu
            </Button>
            <WhyDisabled
              disabled={!canSend}
              reason="Hãy tải lên tệp kế hoạch, hoặc điền đủ hình thức, ngày dự kiến, số đại biểu, người phụ trách và điện thoại."
            >
              {submitButton}
            </WhyDisabled>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
