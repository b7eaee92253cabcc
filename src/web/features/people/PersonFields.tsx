import { MultiSelect, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { ETHNICITIES } from "../../../domain/people/ethnicities.ts";
import {
  ECONOMIC_SECTORS,
  EMULATION_LEVELS,
  GENDER_LABELS,
  type Person,
  type PersonInput,
  PersonInputSchema,
} from "../../../domain/persons.ts";
import { PERSON_CATEGORIES } from "../../../domain/rules/categories.ts";
import { viFilter } from "../../lib/viFilter.ts";
import { zodValidate } from "../../lib/zodForm.ts";

export type PersonValues = {
  fullName: string;
  gender: string | null;
  birthYear: number | string;
  ethnicityCode: string | null;
  position: string;
  workplace: string;
  categories: string[];
  emulationLevel: string | null;
  economicSector: string | null;
  titles: string;
  achievement: string;
};

export const emptyPerson = (workplace = ""): PersonValues => ({
  fullName: "",
  gender: null,
  birthYear: "",
  ethnicityCode: "01",
  position: "",
  workplace,
  categories: [],
  emulationLevel: null,
  economicSector: null,
  titles: "",
  achievement: "",
});

/** The form's values from a stored person (null → empty text). */
export const personToValues = (p: Person): PersonValues => ({
  fullName: p.fullName,
  gender: p.gender,
  birthYear: p.birthYear ?? "",
  ethnicityCode: p.ethnicityCode,
  position: p.position ?? "",
  workplace: p.workplace ?? "",
  categories: p.categories,
  emulationLevel: p.emulationLevel,
  economicSector: p.economicSector,
  titles: p.titles ?? "",
  achievement: p.achievement ?? "",
});

/** The API's own schema checks the form, field by field, in its Vietnamese words (issue #13 item 4). */
export const validatePerson = zodValidate<PersonValues>(PersonInputSchema, (v) => toPersonInput(v));

/** The API's person shape from the form (empty text → null). */
export function toPersonInput(v: PersonValues): PersonInput {
  const t = (s: string) => s.trim() || null;
  return {
    fullName: v.fullName.trim(),
    gender: (v.gender as PersonInput["gender"]) ?? null,
    birthYear: v.birthYear === "" ? null : Number(v.birthYear),
    ethnicityCode: v.ethnicityCode,
    position: t(v.position),
    workplace: t(v.workplace),
    categories: v.categories as PersonInput["categories"],
    emulationLevel: (v.emulationLevel as PersonInput["emulationLevel"]) ?? null,
    economicSector: (v.economicSector as PersonInput["economicSector"]) ?? null,
    titles: t(v.titles),
    achievement: t(v.achievement),
  };
}

const ETHNICITY_OPTIONS = ETHNICITIES.map((e) => ({ value: e.code, label: e.name }));

/** The fields of a person (E1): name, gender, birth year, one of the 54 ethnic groups, categories of D5 … */
export function PersonFields({ form }: { form: UseFormReturnType<PersonValues> }) {
  return (
    <Stack gap="sm">
      <TextInput label="Họ và tên" required data-autofocus {...form.getInputProps("fullName")} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label="Giới tính"
          placeholder="Chọn"
          data={Object.entries(GENDER_LABELS).map(([value, label]) => ({ value, label }))}
          clearable
          {...form.getInputProps("gender")}
        />
        <NumberInput
          label="Năm sinh"
          min={1900}
          max={new Date().getFullYear()}
          allowDecimal={false}
          allowNegative={false}
          hideControls
          {...form.getInputProps("birthYear")}
        />
        <Select
          label="Dân tộc"
          description="54 dân tộc theo QĐ 1019/QĐ-TCTK"
          inputWrapperOrder={["label", "input", "description", "error"]}
          searchable
          clearable
          filter={viFilter}
          data={ETHNICITY_OPTIONS}
          {...form.getInputProps("ethnicityCode")}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Chức vụ" {...form.getInputProps("position")} />
        <TextInput label="Đơn vị công tác" {...form.getInputProps("workplace")} />
      </SimpleGrid>
      <MultiSelect
        label="Thành phần"
        description="Theo mục II.2.1, II.2.2 của kế hoạch; chọn một hoặc nhiều"
        placeholder="Chọn thành phần"
        data={PERSON_CATEGORIES.map((c) => ({ value: c.code, label: c.label }))}
        searchable
        filter={viFilter}
        {...form.getInputProps("categories")}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Danh hiệu Chiến sỹ thi đua"
          placeholder="Không có"
          clearable
          data={EMULATION_LEVELS.map((l) => ({ value: l.code, label: l.label }))}
          {...form.getInputProps("emulationLevel")}
        />
        <Select
          label="Thành phần kinh tế"
          placeholder="Không ghi"
          clearable
          data={ECONOMIC_SECTORS.map((s) => ({ value: s.code, label: s.label }))}
          {...form.getInputProps("economicSector")}
        />
      </SimpleGrid>
      <Textarea
        label="Danh hiệu, khen thưởng đã nhận"
        autosize
        minRows={2}
        {...form.getInputProps("titles")}
      />
      <Textarea label="Tóm tắt thành tích" autosize minRows={2} {...form.getInputProps("achievement")} />
    </Stack>
  );
}
