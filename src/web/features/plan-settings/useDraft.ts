import { useEffect, useState } from "react";
import type { PlanDetail } from "../../../domain/plan/record.ts";
import { notifyDone } from "../../lib/notify.ts";
import type { SectionProps } from "./PlanSettingsPage.tsx";

/**
 * A section's editable copy of the plan: follows the saved plan until the office starts
 * typing, then keeps the typing and the version it started from (N2). `from` must be a
 * module-level function.
 */
export function useDraft<T>(props: SectionProps, from: (p: PlanDetail) => T) {
  const { plan } = props;
  const [draft, setDraft] = useState<T>(() => from(plan));
  const [base, setBase] = useState(plan.version);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!dirty) {
      setDraft(from(plan));
      setBase(plan.version);
    }
  }, [plan, dirty, from]);

  const save = async (send: (version: number) => Promise<PlanDetail>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      const p = await send(props.resolve(base));
      await props.saved(p);
      setDirty(false);
      notifyDone(done.replace(/\.$/u, ""));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return {
    draft,
    set: (next: T) => {
      setDraft(next);
      setDirty(true);
    },
    dirty,
    busy,
    error,
    save,
    reload: async () => {
      setError(null);
      setDirty(false);
      await props.reload();
    },
  };
}
