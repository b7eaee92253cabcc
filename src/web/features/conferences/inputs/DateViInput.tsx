import { TextInput, type TextInputProps } from "@mantine/core";
import { useState } from "react";
import { formatDateVi, parseDateVi } from "../../../../domain/text.ts";

/** "01/03/2020" for "2020-03-01"; "" for nothing. */
export const isoToVi = (iso: string | null | undefined) => (iso ? formatDateVi(iso) : "");

/**
 * The text of a date field → ISO yyyy-mm-dd, null for empty, undefined when it is not a
 * real date in dd/mm/yyyy (O4).
 */
export function viToIso(text: string): string | null | undefined {
  if (text.trim() === "") return null;
  return parseDateVi(text) ?? undefined;
}

export const DATE_ERROR = "Ngày không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 20/03/2020";

type Props = Omit<TextInputProps, "value" | "onChange"> & {
  value?: string;
  onChange: (text: string) => void;
};

/**
 * A date typed as dd/mm/yyyy (the app has no calendar picker: typing is faster for a
 * clerk copying dates from a paper plan). On leaving the field "1/3/2020" becomes
 * "01/03/2020"; an impossible date is flagged at once.
 */
export function DateViInput({ value = "", onChange, error, onBlur, ...rest }: Props) {
  const [touchedError, setTouchedError] = useState<string | null>(null);
  return (
    <TextInput
      placeholder="dd/mm/yyyy"
      inputMode="numeric"
      maxLength={10}
      autoComplete="off"
      {...rest}
      value={value}
      error={error ?? touchedError}
      onChange={(e) => {
        setTouchedError(null);
        onChange(e.currentTarget.value);
      }}
      onBlur={(e) => {
        const iso = viToIso(value);
        if (iso === undefined) setTouchedError(DATE_ERROR);
        else if (iso) onChange(formatDateVi(iso));
        onBlur?.(e);
      }}
    />
  );
}
