import { Alert, Anchor, Group, Loader, Paper, Select, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import type { PeopleSearchResult } from "../../../domain/search.ts";
import { sortVi } from "../../../domain/text.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { api, qs } from "../../lib/api.ts";
import { useMay } from "../../lib/auth.ts";
import { useUnits } from "../../lib/queries.ts";
import { PATHS } from "../../paths.ts";
import { SearchResults } from "./SearchResults.tsx";

const LIMIT = 50;

/**
 * "Tìm người" (E5): people by name, unit or position, with or without diacritics
 * (the server folds them), and the conferences each is a delegate of.
 */
export function SearchPage() {
  const may = useMay();
  const allUnits = may("people.read_all");
  const [params, setParams] = useSearchParams();
  const text = params.get("q") ?? "";
  const unitId = params.get("donVi") ?? "";
  const [q] = useDebouncedValue(text.trim(), 300);
  const allowed = allUnits || may("people.read_own");
  const units = useUnits(allowed && allUnits);
  // Nothing typed and no unit chosen: a hint with the number of people, not a list (issue #13, walk screenshots).
  const idle = q === "" && unitId === "";
  const limit = idle ? 1 : LIMIT;
  const result = useQuery({
    queryKey: ["search-people", q, unitId, limit],
    queryFn: ({ signal }) =>
      api<PeopleSearchResult>(`/api/search/people${qs({ q, unitId, limit })}`, { signal }),
    enabled: allowed,
    placeholderData: keepPreviousData,
  });

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  if (!allowed) {
    return (
      <Alert color="yellow" title="Không có quyền truy cập" role="alert">
        Trang này dành cho Thường trực Hội đồng Thi đua – Khen thưởng, thành viên Hội đồng, lãnh đạo UBND và
        cán bộ các đơn vị.
      </Alert>
    );
  }

  const data = result.data;
  const unitOptions = sortVi(
    (units.data ?? []).filter((u) => u.active),
    (u) => u.name,
  ).map((u) => ({ value: u.id, label: u.name }));
  return (
    <Stack gap="md">
      <PageHeader
        title="Tìm người"
        description={
          allUnits
            ? "Tìm trong danh sách người của mọi đơn vị. Gõ có dấu hoặc không dấu đều được, ví dụ “nguyen van an” tìm được “Nguyễn Văn An”."
            : "Tìm trong danh sách người của đơn vị bạn. Gõ có dấu hoặc không dấu đều được, ví dụ “nguyen van an” tìm được “Nguyễn Văn An”."
        }
      />
      <Paper withBorder p="md">
        <Group align="flex-end" gap="md">
          <TextInput
            label="Tìm theo họ tên, đơn vị, chức vụ"
            placeholder="Ví dụ: nguyen van an, ba dinh, bi thu"
            type="search"
            w={{ base: "100%", sm: 420 }}
            value={text}
            onChange={(e) => set("q", e.currentTarget.value)}
            autoFocus
            rightSection={result.isFetching ? <Loader size="xs" aria-label="Đang tìm" /> : null}
          />
          {allUnits ? (
            <Select
              label="Đơn vị"
              placeholder="Tất cả đơn vị"
              w={{ base: "100%", sm: 320 }}
              data={unitOptions}
              value={unitId || null}
              onChange={(v) => set("donVi", v ?? "")}
              searchable
              clearable
              nothingFoundMessage="Không có đơn vị phù hợp"
            />
          ) : null}
        </Group>
      </Paper>
      {result.isError ? <ErrorAlert error={result.error} onRetry={() => void result.refetch()} /> : null}
      {result.isPending ? (
        <Group gap="xs">
          <Loader size="sm" />
          <Text size="sm">Đang tìm…</Text>
        </Group>
      ) : null}
      {data ? (
        <>
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="search-count">
            {idle && data.total > 0 ? (
              `Gõ họ tên, đơn vị hoặc chức vụ để tìm trong ${data.total} người.`
            ) : data.total === 0 ? (
              q ? (
                `Không tìm thấy ai khớp với “${q}”.`
              ) : (
                <>
                  Chưa có người nào trong danh sách. Nhập người ở trang{" "}
                  <Anchor component={Link} to={PATHS.people}>
                    Người và tập thể
                  </Anchor>
                  .
                </>
              )
            ) : data.total > data.items.length ? (
              `Tìm thấy ${data.total} người; hiển thị ${data.items.length} người khớp nhất. Gõ thêm để thu hẹp.`
            ) : (
              `Tìm thấy ${data.total} người.`
            )}
          </Text>
          {data.items.length > 0 && !idle ? <SearchResults items={data.items} /> : null}
        </>
      ) : null}
    </Stack>
  );
}
