import { Badge } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { memo, useCallback, useLayoutEffect, useRef } from "react";
import type { Delegate } from "../../../../domain/conferences.ts";
import { GENDER_LABELS } from "../../../../domain/persons.ts";
import { foldVietnamese } from "../../../../domain/text.ts";
import { useConferenceCtx } from "../ConferenceContext.tsx";
import type { DelegatePatch } from "../conferencesApi.ts";
import { DELEGATE_STATUS_LABELS, ROLE_LABELS } from "../labels.ts";
import "./delegate-table.css";

type Props = {
  delegates: Delegate[];
  inPresidium: ReadonlySet<string>;
  editable: boolean;
  statusEditable: boolean;
  busyId: string | null;
  onChange: (d: Delegate, patch: DelegatePatch) => void;
  onRemove: (d: Delegate) => void;
};

const ROLE_OPTIONS = Object.entries(ROLE_LABELS) as [Delegate["role"], string][];
const STATUS_OPTIONS = Object.entries(DELEGATE_STATUS_LABELS) as [Delegate["status"], string][];

/**
 * "Trưởng khu phố 3, Phường Ba Đình" without repeating a workplace the position already
 * names, nor the organising unit itself (`host`) on its own conference's list.
 */
export function positionLine(d: Delegate, host?: string): string {
  const p = d.person;
  if (!p) return "Tập thể";
  const pos = p.position ?? "";
  const place = p.workplace ? foldVietnamese(p.workplace) : "";
  if (p.workplace && place !== (host ? foldVietnamese(host) : null) && !foldVietnamese(pos).includes(place)) {
    return pos ? `${pos}, ${p.workplace}` : p.workplace;
  }
  return pos;
}

/** A callback whose identity never changes and that always calls the latest `fn` (rows stay memoised). */
function useStable<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  const ref = useRef(fn);
  useLayoutEffect(() => {
    ref.current = fn;
  });
  return useCallback((...args: A) => ref.current(...args), []);
}

type RowProps = {
  d: Delegate;
  n: number;
  host: string | undefined;
  presidium: boolean;
  personal: boolean;
  editable: boolean;
  statusEditable: boolean;
  busy: boolean;
  phone: boolean;
  onChange: (d: Delegate, patch: DelegatePatch) => void;
  onRemove: (d: Delegate) => void;
};

function RoleCell({ d, editable, busy, onChange }: Pick<RowProps, "d" | "editable" | "busy" | "onChange">) {
  if (!editable) return <span className="nowrap">{ROLE_LABELS[d.role]}</span>;
  return (
    <select
      className="dt-select"
      aria-label={`Loại đại biểu của ${d.fullName}`}
      value={d.role}
      disabled={busy}
      onChange={(e) => onChange(d, { role: e.currentTarget.value as Delegate["role"] })}
    >
      {ROLE_OPTIONS.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </select>
  );
}

function StatusCell({
  d,
  statusEditable,
  busy,
  onChange,
}: Pick<RowProps, "d" | "statusEditable" | "busy" | "onChange">) {
  if (!statusEditable) return <span className="nowrap">{DELEGATE_STATUS_LABELS[d.status]}</span>;
  return (
    <select
      className="dt-select"
      aria-label={`Trạng thái của ${d.fullName}`}
      value={d.status}
      disabled={busy}
      onChange={(e) => onChange(d, { status: e.currentTarget.value as Delegate["status"] })}
    >
      {STATUS_OPTIONS.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </select>
  );
}

/**
 * One delegate: plain cells (no styled component per cell), drawn again only when its own
 * delegate, number or busy state changes (issue #11 item 3). On a phone the name, role/status
 * and the action stay as columns; gender, birth year, ethnicity and position go on a second line.
 */
const DelegateRow = memo(function DelegateRow(p: RowProps) {
  const { d } = p;
  const gender = d.person?.gender ? GENDER_LABELS[d.person.gender as "male" | "female"] : "";
  const position = positionLine(d, p.host) || "—";
  const name = (
    <>
      <span className="dt-name">{d.fullName}</span>
      {p.presidium ? (
        <Badge size="xs" variant="light" color="grape" ml={4}>
          Chủ tọa
        </Badge>
      ) : null}
    </>
  );
  const remove = p.editable ? (
    <td>
      <button
        type="button"
        className="dt-remove"
        aria-label={`Xóa ${d.fullName} khỏi danh sách`}
        onClick={() => p.onRemove(d)}
        disabled={p.busy}
      >
        Xóa
      </button>
    </td>
  ) : null;
  if (p.phone) {
    const details = [
      gender,
      p.personal ? d.person?.birthYear : null,
      p.personal ? d.person?.ethnicityName : null,
    ]
      .filter(Boolean)
      .join(" · ");
    return (
      <tr data-testid="delegate-row" data-delegate-id={d.id}>
        <td className="num">{p.n}</td>
        <td>
          {name}
          <div className="dt-second">
            {details ? `${details} · ` : ""}
            {position}
          </div>
        </td>
        <td>
          <div className="dt-stack">
            <RoleCell d={d} editable={p.editable} busy={p.busy} onChange={p.onChange} />
            <StatusCell d={d} statusEditable={p.statusEditable} busy={p.busy} onChange={p.onChange} />
          </div>
        </td>
        {remove}
      </tr>
    );
  }
  return (
    <tr data-testid="delegate-row" data-delegate-id={d.id}>
      <td className="num">{p.n}</td>
      <td>{name}</td>
      <td>{gender}</td>
      {p.personal ? <td className="num">{d.person?.birthYear ?? ""}</td> : null}
      {p.personal ? <td className="nowrap">{d.person?.ethnicityName ?? ""}</td> : null}
      <td>{position}</td>
      <td>
        <RoleCell d={d} editable={p.editable} busy={p.busy} onChange={p.onChange} />
      </td>
      <td>
        <StatusCell d={d} statusEditable={p.statusEditable} busy={p.busy} onChange={p.onChange} />
      </td>
      {remove}
    </tr>
  );
});

/** The delegates of a conference as one light table: every row in the page, each memoised. */
export function DelegateTable({
  delegates,
  inPresidium,
  editable,
  statusEditable,
  busyId,
  onChange,
  onRemove,
}: Props) {
  const { conf, seesPersonalData } = useConferenceCtx();
  const host = conf.kind === "town" ? undefined : conf.unitName;
  // Mantine's "sm" breakpoint (48em): below it the table folds to the phone layout.
  const phone = useMediaQuery("(max-width: 47.99em)", false, { getInitialValueInEffect: false }) ?? false;
  const change = useStable(onChange);
  const remove = useStable(onRemove);
  const personal = seesPersonalData;
  return (
    <div className="dt-scroll">
      <table
        className={phone ? "delegate-table dt-phone" : "delegate-table"}
        style={{ minWidth: phone ? undefined : personal ? 800 : 700 }}
        aria-label="Danh sách đại biểu"
      >
        <colgroup>
          <col style={{ width: phone ? 36 : 40 }} />
          <col style={{ width: phone ? undefined : 150 }} />
          {phone ? null : <col style={{ width: 52 }} />}
          {phone || !personal ? null : <col style={{ width: 56 }} />}
          {phone || !personal ? null : <col style={{ width: 64 }} />}
          {phone ? null : <col />}
          <col style={{ width: phone ? 128 : 116 }} />
          {phone ? null : <col style={{ width: 136 }} />}
          {editable ? <col style={{ width: phone ? 44 : 52 }} /> : null}
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className="num">
              STT
            </th>
            <th scope="col">Họ và tên</th>
            {phone ? null : <th scope="col">Giới tính</th>}
            {phone || !personal ? null : (
              <th scope="col" className="num">
                Năm sinh
              </th>
            )}
            {phone || !personal ? null : <th scope="col">Dân tộc</th>}
            {phone ? null : <th scope="col">Chức vụ – đơn vị</th>}
            <th scope="col">{phone ? "Loại – trạng thái" : "Loại đại biểu"}</th>
            {phone ? null : <th scope="col">Trạng thái</th>}
            {editable ? <th scope="col">Thao tác</th> : null}
          </tr>
        </thead>
        <tbody>
          {delegates.map((d, i) => (
            <DelegateRow
              key={d.id}
              d={d}
              n={i + 1}
              host={host}
              presidium={inPresidium.has(d.id)}
              personal={personal}
              editable={editable}
              statusEditable={statusEditable}
              busy={busyId === d.id}
              phone={phone}
              onChange={change}
              onRemove={remove}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
