import { Badge, Button, Group, Menu, Select, Stack, Table, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { User } from "../../../domain/auth.ts";
import { pageCount } from "../../../domain/paging.ts";
import { ROLE_LABELS, ROLES, type Role } from "../../../domain/roles.ts";
import { formatDateTimeVi } from "../../../domain/text.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { ListPagination } from "../../components/ListPagination.tsx";
import { OneTimePasswordModal } from "../../components/OneTimePasswordModal.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { WideTable } from "../../components/WideTable.tsx";
import { notifyDone, notifyError } from "../../lib/notify.ts";
import { keys, useUnits } from "../../lib/queries.ts";
import { UserFormModal } from "./UserFormModal.tsx";
import { type OneTimePassword, USERS_PAGE_SIZE, userStatus, usersApi } from "./usersApi.ts";

type Modal =
  | { kind: "form"; user: User | null }
  | { kind: "reset"; user: User }
  | { kind: "mfa-reset"; user: User }
  | { kind: "otp"; result: OneTimePassword }
  | null;

/** Accounts (office only; N1): one per person, a role each, unit users tied to their unit. */
export function UsersPage() {
  const qc = useQueryClient();
  const units = useUnits();
  const [search, setSearch] = useState("");
  const [typed] = useDebouncedValue(search.trim(), 250);
  const [role, setRole] = useState<Role | null>(null);
  const [page, setPage] = useState(1);
  // A new filter starts again from the first page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the reset is the effect of these changing
  useEffect(() => setPage(1), [typed, role]);
  const filter = { q: typed, role, page };
  const users = useQuery({
    queryKey: [...keys.users, filter],
    queryFn: () => usersApi.page(filter),
    placeholderData: keepPreviousData,
  });
  const [modal, setModal] = useState<Modal>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const resetPassword = async (u: User) => {
    setBusy(true);
    setError(null);
    try {
      const result = await usersApi.resetPassword(u.id);
      await qc.invalidateQueries({ queryKey: keys.users });
      setModal({ kind: "otp", result });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const resetMfa = async (u: User) => {
    setBusy(true);
    setError(null);
    try {
      await usersApi.resetMfa(u.id);
      await qc.invalidateQueries({ queryKey: keys.users });
      setModal(null);
      notifyDone(
        "Đã đặt lại xác thực hai lớp",
        `Tài khoản ${u.username} sẽ đăng ký lại ở lần đăng nhập tới.`,
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const unlock = async (u: User) => {
    try {
      await usersApi.unlock(u.id);
      await qc.invalidateQueries({ queryKey: keys.users });
      notifyDone("Đã mở khóa tài khoản", `Tài khoản ${u.username} đăng nhập lại được.`);
    } catch (e) {
      notifyError(e, "Chưa mở khóa được");
    }
  };

  const rows = users.data?.items ?? [];
  const total = users.data?.total ?? 0;
  return (
    <Stack gap="md">
      <PageHeader
        title="Tài khoản"
        description="Tài khoản người dùng, vai trò và đơn vị của từng người."
        actions={<Button onClick={() => setModal({ kind: "form", user: null })}>Tạo tài khoản</Button>}
      />
      <Group align="flex-end" gap="md">
        <TextInput
          label="Tìm tài khoản"
          placeholder="Tên đăng nhập, họ tên hoặc đơn vị"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={{ base: "100%", sm: 360 }}
          type="search"
        />
        <Select
          label="Vai trò"
          placeholder="Tất cả vai trò"
          data={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          value={role}
          onChange={(v) => setRole(v as Role | null)}
          clearable
          w={{ base: "100%", sm: 240 }}
        />
      </Group>
      {users.isPending ? <PageLoader /> : null}
      {users.isError ? <ErrorAlert error={users.error} onRetry={() => users.refetch()} /> : null}
      {users.data ? (
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="users-total">
          {typed || role ? `Tìm thấy ${total} tài khoản` : `${total} tài khoản`}
          {total > USERS_PAGE_SIZE ? ` · trang ${users.data.page}/${pageCount(total, USERS_PAGE_SIZE)}` : ""}
        </Text>
      ) : null}
      {users.data ? (
        <WideTable minWidth={1000} striped highlightOnHover withTableBorder aria-label="Danh sách tài khoản">
          <Table.Thead>
            <Table.Tr className="nowrap">
              <Table.Th>Tên đăng nhập</Table.Th>
              <Table.Th>Họ và tên</Table.Th>
              <Table.Th>Vai trò</Table.Th>
              <Table.Th>Đơn vị</Table.Th>
              <Table.Th>Trạng thái</Table.Th>
              <Table.Th>Xác thực hai lớp</Table.Th>
              <Table.Th>Đăng nhập gần nhất</Table.Th>
              <Table.Th w={120}>Thao tác</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((u) => {
              const status = userStatus(u);
              return (
                <Table.Tr key={u.id} data-testid="user-row" data-username={u.username}>
                  <Table.Td fw={500}>{u.username}</Table.Td>
                  <Table.Td>{u.fullName}</Table.Td>
                  <Table.Td>{ROLE_LABELS[u.role]}</Table.Td>
                  <Table.Td>{u.unitName ?? ""}</Table.Td>
                  <Table.Td>
                    <Badge color={status.color} variant="light" tt="none" className="nowrap">
                      {status.label}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      color={u.mfaEnabled ? "teal" : "gray"}
                      variant="light"
                      tt="none"
                      className="nowrap"
                    >
                      {u.mfaEnabled ? "Đã bật" : "Chưa bật"}
                    </Badge>
                  </Table.Td>
                  <Table.Td className="nowrap">
                    {u.lastLoginAt ? (
                      formatDateTimeVi(u.lastLoginAt)
                    ) : (
                      <Text c="dimmed" size="sm">
                        Chưa đăng nhập
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Menu position="bottom-end" withinPortal shadow="md">
                      <Menu.Target>
                        <Button
                          variant="subtle"
                          size="compact-sm"
                          aria-label={`Thao tác với tài khoản ${u.username}`}
                        >
                          Thao tác ▾
                        </Button>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => setModal({ kind: "form", user: u })}>Sửa</Menu.Item>
                        <Menu.Item onClick={() => setModal({ kind: "reset", user: u })}>
                          Cấp lại mật khẩu
                        </Menu.Item>
                        {u.locked ? <Menu.Item onClick={() => unlock(u)}>Mở khóa</Menu.Item> : null}
                        {u.mfaEnabled ? (
                          <Menu.Item onClick={() => setModal({ kind: "mfa-reset", user: u })}>
                            Đặt lại xác thực hai lớp
                          </Menu.Item>
                        ) : null}
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </WideTable>
      ) : null}
      <ListPagination
        total={total}
        limit={USERS_PAGE_SIZE}
        page={page}
        onChange={setPage}
        label="Các trang danh sách tài khoản"
      />

      {modal?.kind === "form" ? (
        <UserFormModal
          user={modal.user}
          units={units.data ?? []}
          onClose={() => setModal((m) => (m?.kind === "form" ? null : m))}
          onCreated={(result) => setModal({ kind: "otp", result })}
        />
      ) : null}
      {modal?.kind === "reset" ? (
        <ConfirmModal
          opened
          title="Cấp lại mật khẩu"
          confirmLabel="Cấp lại mật khẩu"
          loading={busy}
          error={error}
          onConfirm={() => resetPassword(modal.user)}
          onClose={() => {
            setError(null);
            setModal(null);
          }}
        >
          {`Cấp mật khẩu mới cho tài khoản ${modal.user.username} (${modal.user.fullName})? Mật khẩu cũ hết hiệu lực ngay, các phiên đăng nhập của người này kết thúc và họ phải đổi mật khẩu ở lần đăng nhập tới.`}
        </ConfirmModal>
      ) : null}
      {modal?.kind === "mfa-reset" ? (
        <ConfirmModal
          opened
          title="Đặt lại xác thực hai lớp"
          confirmLabel="Đặt lại xác thực hai lớp"
          loading={busy}
          error={error}
          onConfirm={() => resetMfa(modal.user)}
          onClose={() => {
            setError(null);
            setModal(null);
          }}
        >
          {`Đặt lại xác thực hai lớp của tài khoản ${modal.user.username} (${modal.user.fullName})? Dùng khi người này mất hoặc đổi điện thoại. Mã trên ứng dụng cũ và các mã khôi phục hết hiệu lực, các phiên đăng nhập kết thúc; lần đăng nhập tới họ quét mã QR mới.`}
        </ConfirmModal>
      ) : null}
      {modal?.kind === "otp" ? (
        <OneTimePasswordModal
          username={modal.result.user.username}
          password={modal.result.password}
          onClose={() => setModal(null)}
        />
      ) : null}
    </Stack>
  );
}
