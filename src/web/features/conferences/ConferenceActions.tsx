import { Alert, Button, Group, List, Text } from "@mantine/core";
import { useState } from "react";
import { CONFERENCE_LIFECYCLE, type ConferenceTransition } from "../../../domain/conference-lifecycle.ts";
import type { Violation } from "../../../domain/rules/types.ts";
import { MutationError } from "../../components/MutationError.tsx";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { ApiError } from "../../lib/api.ts";
import { confirmAction } from "../../lib/confirm.tsx";
import { notifyDone } from "../../lib/notify.ts";
import { useConferenceCtx } from "./ConferenceContext.tsx";
import { conferencesApi, type Transition, useConferenceCheck } from "./conferencesApi.ts";
import { ReasonModal } from "./ReasonModal.tsx";

type Confirmable = "submit" | "approve" | "hold" | "close";

/** The button of each step: the lifecycle's word for it. */
const label = (t: ConferenceTransition) => CONFERENCE_LIFECYCLE[t].label;

const CONFIRM: Record<Confirmable, { title: string; text: string; done: string }> = {
  submit: {
    title: "Nộp hội nghị để duyệt",
    text: "Sau khi nộp, nội dung hội nghị không sửa được nữa cho đến khi người duyệt trả lại. Nộp ngay?",
    done: "Đã nộp hội nghị",
  },
  approve: {
    title: "Duyệt hội nghị",
    text: "Duyệt nội dung hội nghị này? Đơn vị sẽ tổ chức theo nội dung đã duyệt.",
    done: "Đã duyệt hội nghị",
  },
  hold: {
    title: "Đánh dấu đã tổ chức",
    text: "Ghi nhận hội nghị đã được tổ chức? Sau đó vẫn cập nhật được trạng thái có mặt của đại biểu.",
    done: "Đã ghi nhận hội nghị đã tổ chức",
  },
  close: {
    title: "Kết thúc hội nghị",
    text: "Kết thúc hội nghị? Sau khi kết thúc, hội nghị không sửa được nữa.",
    done: "Đã kết thúc hội nghị",
  },
};

/** The next steps open to this person now (issue 3 item 6): submit, approve / return, hold, close, reopen. */
export function ConferenceActions() {
  const { conf, versions, saved, reload } = useConferenceCtx();
  const check = useConferenceCheck(conf.id);
  const [open, setOpen] = useState<Transition | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [blocking, setBlocking] = useState<Violation[] | null>(null);
  const errors = check.data?.errorCount ?? conf.errorCount;

  const run = async (step: Transition, extra: { comment?: string; reason?: string } = {}) => {
    setBusy(true);
    setError(null);
    try {
      const detail = await conferencesApi.transition(conf.id, step, {
        version: versions.resolve(conf.version),
        ...extra,
      });
      await saved(detail);
      setOpen(null);
      setBlocking(null);
      notifyDone(
        step === "return"
          ? "Đã trả lại kèm ý kiến"
          : step === "reopen"
            ? "Đã mở lại hội nghị để sửa"
            : CONFIRM[step].done,
        `Hội nghị của ${conf.unitName}.`,
      );
    } catch (e) {
      const list =
        (e instanceof ApiError && (e.details as { violations?: Violation[] } | null)?.violations) || null;
      if (step === "submit" && list) {
        setBlocking(list);
        setOpen(null);
        await reload();
      } else setError(e);
    } finally {
      setBusy(false);
    }
  };
  /** Submit, approve, hold, close: asked once with `confirmAction`, like every irreversible step. */
  const ask = async (step: Confirmable) => {
    setError(null);
    const c = CONFIRM[step];
    if (await confirmAction({ title: c.title, message: c.text, confirmLabel: label(step) })) await run(step);
  };
  const close = () => {
    setOpen(null);
    setError(null);
  };
  const reloadAfterStale = async () => {
    setError(null);
    await reload();
  };

  const c = conf.can;
  if (!c.submit && !c.approve && !c.return && !c.hold && !c.close && !c.reopen) return null;
  const submitButton = (
    <Button onClick={() => void ask("submit")} disabled={errors > 0}>
      {label("submit")}
    </Button>
  );
  return (
    <>
      <Group gap="sm" data-testid="conference-actions">
        {c.submit ? (
          <WhyDisabled
            disabled={errors > 0}
            reason={`Còn ${errors} lỗi phải sửa trước khi nộp: xem mục “Kiểm tra theo kế hoạch”.`}
          >
            {submitButton}
          </WhyDisabled>
        ) : null}
        {c.approve ? (
          <Button color="green" onClick={() => void ask("approve")}>
            {label("approve")}
          </Button>
        ) : null}
        {c.return ? (
          <Button color="red" variant="light" onClick={() => setOpen("return")}>
            {label("return")}
          </Button>
        ) : null}
        {c.hold ? <Button onClick={() => void ask("hold")}>{label("hold")}</Button> : null}
        {c.close ? <Button onClick={() => void ask("close")}>{label("close")}</Button> : null}
        {c.reopen ? (
          <Button variant="default" onClick={() => setOpen("reopen")}>
            {label("reopen")}
          </Button>
        ) : null}
      </Group>
      {c.submit && errors > 0 ? (
        <Text size="sm" c="red.8">
          Chưa nộp được: còn {errors} lỗi. Sửa các lỗi trong mục “Kiểm tra theo kế hoạch” rồi nộp.
        </Text>
      ) : null}
      {blocking ? (
        <Alert
          color="red"
          variant="light"
          title="Chưa nộp được"
          role="alert"
          withCloseButton
          onClose={() => setBlocking(null)}
          closeButtonLabel="Đóng"
        >
          <Text size="sm" mb="xs">
            Hệ thống đã kiểm tra lại và thấy {blocking.length} lỗi cần sửa trước khi nộp:
          </Text>
          <List size="sm" spacing={4}>
            {blocking.map((v) => (
              <List.Item key={`${v.code}|${v.message}`}>
                {v.message}{" "}
                <Text span c="dimmed">
                  (Mục {v.section})
                </Text>
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {!open && error ? <MutationError error={error} onReload={reloadAfterStale} /> : null}
      {open === "return" ? (
        <ReasonModal
          title="Trả lại hội nghị"
          intro={`Hội nghị của ${conf.unitName} sẽ trở về cho đơn vị sửa. Ghi rõ cần sửa gì.`}
          label="Ý kiến trả lại"
          confirmLabel={label("return")}
          danger
          loading={busy}
          error={error}
          onConfirm={(comment) => void run("return", { comment })}
          onClose={close}
          onReload={reloadAfterStale}
        />
      ) : null}
      {open === "reopen" ? (
        <ReasonModal
          title={label("reopen")}
          intro="Hội nghị sẽ trở về trạng thái dự thảo để sửa, rồi phải nộp và được duyệt lại. Lý do được ghi vào nhật ký."
          label="Lý do mở lại"
          confirmLabel={label("reopen")}
          loading={busy}
          error={error}
          onConfirm={(reason) => void run("reopen", { reason })}
          onClose={close}
          onReload={reloadAfterStale}
        />
      ) : null}
    </>
  );
}
