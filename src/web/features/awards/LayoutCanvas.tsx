import { Box, Text } from "@mantine/core";
import { useElementSize } from "@mantine/hooks";
import { type KeyboardEvent, type PointerEvent, useRef } from "react";
import {
  CERTIFICATE_FIELD_LABELS,
  type CertificateField,
  type FieldPosition,
} from "../../../domain/certificates.ts";

const PT_IN_MM = 25.4 / 72;
/** The PDF's line height (certificates-pdf.ts: a baseline each 1.15 × the font size). */
const LINE = 1.15;

export type Blank = { widthMm: number; heightMm: number; fields: FieldPosition[] };

type Props = {
  blank: Blank;
  /** The image of the unit's blank, drawn at the blank's size under the fields. */
  imageUrl: string | null;
  selected: CertificateField | null;
  onSelect: (field: CertificateField) => void;
  onMove: (field: CertificateField, xMm: number, yMm: number) => void;
  readOnly?: boolean;
};

const round = (v: number) => Math.round(v * 2) / 2;
const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), Math.max(lo, hi));

/**
 * The blank at its size with each field as a box (issue #14 item 3): dragged with the pointer
 * (mouse, pen or finger), or moved 1 mm per arrow key (10 mm with Shift) once focused. Positions
 * are millimetres from the blank's top-left corner, as the PDF prints them.
 */
export function LayoutCanvas({ blank, imageUrl, selected, onSelect, onMove, readOnly }: Props) {
  const { ref, width } = useElementSize();
  const scale = width > 0 ? width / blank.widthMm : 0; // px per mm
  const drag = useRef<{ field: CertificateField; x0: number; y0: number; px: number; py: number } | null>(
    null,
  );

  const place = (p: FieldPosition, xMm: number, yMm: number) =>
    onMove(
      p.field,
      clamp(round(xMm), 0, blank.widthMm - p.widthMm),
      clamp(round(yMm), 0, blank.heightMm - p.fontSizePt * PT_IN_MM * LINE),
    );

  const down = (p: FieldPosition) => (e: PointerEvent<HTMLButtonElement>) => {
    onSelect(p.field);
    if (readOnly || scale === 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { field: p.field, x0: p.xMm, y0: p.yMm, px: e.clientX, py: e.clientY };
  };
  const move = (p: FieldPosition) => (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d || d.field !== p.field) return;
    place(p, d.x0 + (e.clientX - d.px) / scale, d.y0 + (e.clientY - d.py) / scale);
  };
  const up = (e: PointerEvent<HTMLButtonElement>) => {
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    drag.current = null;
  };
  const key = (p: FieldPosition) => (e: KeyboardEvent<HTMLButtonElement>) => {
    if (readOnly) return;
    const step = e.shiftKey ? 10 : 1;
    const delta: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const d = delta[e.key];
    if (!d) return;
    e.preventDefault();
    place(p, p.xMm + d[0], p.yMm + d[1]);
  };

  return (
    <Box
      ref={ref}
      pos="relative"
      w="100%"
      data-testid="blank-canvas"
      style={{
        aspectRatio: `${blank.widthMm} / ${blank.heightMm}`,
        border: "1px solid var(--mantine-color-gray-5)",
        background: imageUrl ? undefined : "var(--mantine-color-gray-0)",
        touchAction: "none",
        userSelect: "none",
        overflow: "hidden",
      }}
    >
      {imageUrl ? (
        <img
          src={imageUrl}
          alt="Ảnh phôi của đơn vị"
          draggable={false}
          style={{ position: "absolute", inset: 0, width: "100%", height: "100%", objectFit: "fill" }}
        />
      ) : (
        <Text size="sm" c="dimmed" pos="absolute" top={8} left={8}>
          Chưa có ảnh phôi: các ô được đặt trên nền trắng cùng khổ.
        </Text>
      )}
      {scale > 0
        ? blank.fields.map((p) => {
            const label = CERTIFICATE_FIELD_LABELS[p.field];
            const fontPx = p.fontSizePt * PT_IN_MM * scale;
            const on = selected === p.field;
            return (
              <button
                type="button"
                key={p.field}
                aria-label={`${label}: cách lề trái ${p.xMm} mm, cách lề trên ${p.yMm} mm`}
                aria-pressed={on}
                data-testid={`field-${p.field}`}
                data-x-mm={p.xMm}
                data-y-mm={p.yMm}
                onPointerDown={down(p)}
                onPointerMove={move(p)}
                onPointerUp={up}
                onPointerCancel={up}
                onFocus={() => onSelect(p.field)}
                onKeyDown={key(p)}
                style={{
                  position: "absolute",
                  display: "block",
                  margin: 0,
                  padding: 0,
                  border: "none",
                  left: p.xMm * scale,
                  top: p.yMm * scale,
                  width: p.widthMm * scale,
                  minHeight: fontPx * LINE,
                  fontSize: fontPx,
                  lineHeight: LINE,
                  fontFamily: "'Liberation Serif', 'Times New Roman', serif",
                  fontWeight: p.bold ? 700 : 400,
                  fontStyle: p.italic ? "italic" : "normal",
                  textAlign: p.align,
                  whiteSpace: "nowrap",
                  overflow: "hidden",
                  cursor: readOnly ? "default" : "move",
                  color: "var(--mantine-color-dark-9)",
                  background: on ? "rgba(34, 139, 230, 0.18)" : "rgba(255, 255, 255, 0.35)",
                  outline: on
                    ? "2px solid var(--mantine-color-blue-6)"
                    : "1px dashed var(--mantine-color-blue-4)",
                }}
              >
                {label}
              </button>
            );
          })
        : null}
    </Box>
  );
}
