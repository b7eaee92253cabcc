import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useEffect, useRef, useState } from "react";
import { type ConferenceDetail, ConferenceUpdateSchema } from "../../../domain/conferences.ts";
import { formatDateVi } from "../../../domain/text.ts";
import { MutationError } from "../../components/MutationError.tsx";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { ApiError } from "../../lib/api.ts";
import { notifyDone } from "../../lib/notify.ts";
import { type FieldErrors, zodValidate } from "../../lib/zodForm.ts";
import { useConferenceCtx } from "./ConferenceContext.tsx";
import { conferencesApi } from "./conferencesApi.ts";
import { DATE_ERROR, DateViInput, isoToVi, viToIso } from "./inputs/DateViInput.tsx";

type Values = {
  title: string;
  form: string | null;
  date: string;
  startTime: string;
  endTime: string;
  venue: string;
  budgetSource: string | null;
  invitees: string;
};

const toValues = (c: ConferenceDetail): Values => ({
  title: c.title ?? "",
  form: c.form,
  date: isoToVi(c.date),
  startTime: c.startTime ?? "",
  endTime: c.endTime ?? "",
  venue: c.venue ?? "",
  budgetSource: c.budgetSource,
  invitees: c.invitees.join("\n"),
});

/** What the API receives from the form (without the version). */
const toInput = (v: Values, kind: ConferenceDetail["kind"]) => ({
  title: v.title,
  form: v.form ?? "",
  date: v.date,
  startTime: v.startTime,
  endTime: v.endTime,
  venue: v.venue,
  budgetSource: v.budgetSource ?? "",
  ...(kind === "pilot" ? { invitees: v.invitees.split("\n") } : {}),
});

/** "Thông tin chung" (D1, D2, D8): form, date and time, venue, budget source, invitees of a pilot. */
export function GeneralTab() {
  const { conf, editable, rules, versions, saved, reload } = useConferenceCtx();
  const [base, setBase] = useState(conf.version);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: toValues(conf),
    // The API's own schema, field by field (issue #13 item 4); the date input keeps its own words.
    validate: zodValidate<Values>(
      ConferenceUpdateSchema,
      (v) => ({ ...toInput(v, conf.kind), version: 1 }),
      (v): FieldErrors => (viToIso(v.date) === undefined ? { date: DATE_ERROR } : {}),
    ),
  });
  const formRef = useRef(form);
  formRef.current = form;
  // Someone (or another tab of this page) saved: take the new values unless the clerk is typing.
  useEffect(() => {
    if (!formRef.current.isDirty()) {
      formRef.current.setValues(toValues(conf));
      formRef.current.resetDirty(toValues(conf));
      setBase(conf.version);
    }
  }, [conf]);

  const forms = conf.form && !conf.forms.includes(conf.form) ? [...conf.forms, conf.form] : conf.forms;
  const onSubmit = form.onSubmit(async (v) => {
    setBusy(true);
    setError(null);
    try {
      const detail = await conferencesApi.update(conf.id, {
        ...toInput(v, conf.kind),
        version: versions.resolve(base),
      });
      form.resetDirty(toValues(detail));
      form.setValues(toValues(detail));
      setBase(detail.version);
      await saved(detail);
      notifyDone("Đã lưu thông tin chung của hội nghị");
    } catch (e) {
      setError(e);
      if (e instanceof ApiError) form.setErrors(e.fields);
    } finally {
      setBusy(false);
    }
  });
  const onReload = async () => {
    setError(null);
    form.resetDirty();
    await reload();
  };
  // After "Tải lại" the effect above refills the form (it is no longer dirty).

  const ro = !editable;
  return (
    <Paper withBorder p="lg">
      <form onSubmit={onSubmit} noValidate aria-label="Thông tin chung">
        <Stack>
          <TextInput label="Tên hội nghị" readOnly={ro} {...form.getInputProps("title")} />
          <Select
            label="Hình thức hội nghị"
            description={`Theo mục ${conf.kind === "town" ? rules.sections.townConference : rules.sections.unitConference} của kế hoạch`}
            placeholder="Chọn hình thức"
            data={forms}
            readOnly={ro}
            clearable={!ro}
            {...form.getInputProps("form")}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateViInput
              label="Ngày tổ chức"
              description={conf.deadline ? `Trước hạn ${formatDateVi(conf.deadline)}` : undefined}
              readOnly={ro}
              {...form.getInputProps("date")}
            />
            <TextInput
              label="Giờ bắt đầu"
              description="Ví dụ 07:30"
              placeholder="giờ:phút"
              readOnly={ro}
              {...form.getInputProps("startTime")}
            />
            <TextInput
              label="Giờ kết thúc"
              description="Hội nghị 1/2 ngày"
              placeholder="giờ:phút"
              readOnly={ro}
              {...form.getInputProps("endTime")}
            />
          </SimpleGrid>
          <TextInput label="Địa điểm" readOnly={ro} {...form.getInputProps("venue")} />
          <Select
            label="Nguồn kinh phí"
            placeholder="Chọn nguồn kinh phí"
            data={conf.budgetSources.map((s) => ({ value: s.code, label: s.label }))}
            readOnly={ro}
            allowDeselect={false}
            {...form.getInputProps("budgetSource")}
          />
          {conf.kind === "pilot" ? (
            <Textarea
              label="Thành phần đại biểu mời dự"
              description="Theo mục II.2.3.3 của kế hoạch; mỗi dòng một thành phần."
              autosize
              minRows={3}
              readOnly={ro}
              {...form.getInputProps("invitees")}
            />
          ) : null}
          <MutationError error={error} onReload={onReload} />
          {ro ? null : (
            <Group justify="flex-end">
              {form.isDirty() ? (
                <Text size="sm" c="dimmed">
                  Có thay đổi chưa lưu
                </Text>
              ) : null}
              {/* Enabled once something changed, like every other save button (issue #13 item 3). */}
              <WhyDisabled disabled={!form.isDirty()} reason="Chưa có thay đổi nào để lưu">
                <Button type="submit" loading={busy} disabled={!form.isDirty()}>
                  Lưu thông tin chung
                </Button>
              </WhyDisabled>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
