/**
 * The compiled list, paged: accepted exemplars by nominating unit, then guests; the office adds
 * or removes guests. Says so when nobody is on it yet; a card per person on a phone (issue #13).
 */
import {
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { ListPagination } from "../../components/ListPagination.tsx";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { WideTable } from "../../components/WideTable.tsx";
import { confirmThen } from "../../lib/confirm.tsx";
import { notifyDone } from "../../lib/notify.ts";
import { nominationsApi, PAGE, useListPeople } from "./nominationsApi.ts";

type Props = { version: number; editGuests: boolean; onError: (e: unknown) => void; onChanged: () => void };

export function CompiledPeople({ version, editGuests, onError, onChanged }: Props) {
  const [page, setPage] = useState(1);
  const people = useListPeople((page - 1) * PAGE);
  const [fullName, setFullName] = useState("");
  const [position, setPosition] = useState("");
  const [gender, setGender] = useState<string | null>(null);
  const [birthYear, setBirthYear] = useState<number | string>("");
  const act = async (f: () => Promise<unknown>) => {
    onError(null);
    try {
      await f();
      onChanged();
    } catch (e) {
      onError(e);
    }
  };
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">
        Danh sách tổng hợp ({people.data?.total ?? 0} người)
      </Title>
      {people.data?.total === 0 ? (
        <Text c="dimmed" data-testid="list-empty">
          {editGuests
            ? "Danh sách chưa có ai. Hãy chấp nhận đề cử của các đơn vị ở bảng trên hoặc thêm khách mời; người được chọn sẽ hiện ở đây."
            : "Danh sách chưa có ai. Khi Thường trực HĐ TĐKT chấp nhận đề cử của các đơn vị hoặc thêm khách mời, người được chọn sẽ hiện ở đây."}
        </Text>
      ) : (
        <WideTable minWidth={720} striped withTableBorder aria-label="Danh sách tổng hợp">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Họ và tên</Table.Th>
              <Table.Th>Chức vụ – đơn vị công tác</Table.Th>
              <Table.Th>Đơn vị đề cử</Table.Th>
              <Table.Th>Thành phần</Table.Th>
              {editGuests ? <Table.Th>Thao tác</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(people.data?.items ?? []).map((p) => (
              <Table.Tr key={p.personId} data-testid="list-person" data-role={p.role}>
                <Table.Td>{p.fullName}</Table.Td>
                <Table.Td>{[p.position, p.workplace].filter(Boolean).join(", ")}</Table.Td>
                <Table.Td>{p.unitName ?? ""}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={p.role === "guest" ? "grape" : "blue"}>
                    {p.role === "guest" ? "Khách mời" : "Điển hình tiên tiến"}
                  </Badge>
                </Table.Td>
                {editGuests ? (
                  <Table.Td>
                    {p.role === "guest" ? (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        aria-label={`Bỏ khách mời ${p.fullName}`}
                        onClick={() =>
                          confirmThen(
                            {
                              title: "Bỏ khách mời?",
                              message: `Bỏ ${p.fullName} khỏi danh sách khách mời của hội nghị?`,
                              confirmLabel: "Bỏ khách mời",
                              danger: true,
                            },
                            () =>
                              act(async () => {
                                await nominationsApi.removeGuest(p.personId, version);
                                notifyDone("Đã bỏ khách mời", p.fullName);
                              }),
                          )
                        }
                      >
                        Bỏ
                      </Button>
                    ) : null}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </WideTable>
      )}
      <ListPagination
        mt="sm"
        total={people.data?.total ?? 0}
        limit={PAGE}
        page={page}
        onChange={setPage}
        label="Các trang danh sách tổng hợp"
      />
      {editGuests ? (
        <>
          <Text fw={600} mt="md">
            Thêm khách mời
          </Text>
          <Group align="flex-end">
            <TextInput
              label="Họ và tên"
              value={fullName}
              onChange={(e) => setFullName(e.currentTarget.value)}
              required
            />
            <TextInput
              label="Chức vụ"
              value={position}
              onChange={(e) => setPosition(e.currentTarget.value)}
            />
            <Select
              label="Giới tính"
              data={[
                { value: "male", label: "Nam" },
                { value: "female", label: "Nữ" },
              ]}
              value={gender}
              onChange={setGender}
              clearable
              w={110}
            />
            <NumberInput
              label="Năm sinh"
              value={birthYear}
              onChange={setBirthYear}
              min={1900}
              max={2100}
              w={110}
            />
            <WhyDisabled disabled={fullName.trim() === ""} reason="Nhập họ và tên khách mời trước">
              <Button
                disabled={fullName.trim() === ""}
                onClick={() =>
                  act(async () => {
                    await nominationsApi.addGuest({
                      version,
                      fullName,
                      gender: gender === "male" || gender === "female" ? gender : null,
                      birthYear: typeof birthYear === "number" ? birthYear : null,
                      position: position.trim() || null,
                      workplace: null,
                    });
                    notifyDone("Đã thêm khách mời", fullName);
                    setFullName("");
                    setPosition("");
                    setGender(null);
                    setBirthYear("");
                  })
                }
              >
                Thêm khách mời
              </Button>
            </WhyDisabled>
          </Group>
        </>
      ) : null}
    </Paper>
  );
}
