import { Button, Group, Modal, PasswordInput, Select, Stack, Switch, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { type User, UserCreateSchema, UserUpdateSchema } from "../../../domain/auth.ts";
import type { Page } from "../../../domain/paging.ts";
import { ROLE_LABELS, ROLES, type Role } from "../../../domain/roles.ts";
import type { Unit } from "../../../domain/units.ts";
import { MutationError } from "../../components/MutationError.tsx";
import { ApiError } from "../../lib/api.ts";
import { notifyDone } from "../../lib/notify.ts";
import { keys } from "../../lib/queries.ts";
import { type FieldErrors, zodValidate } from "../../lib/zodForm.ts";
import { type OneTimePassword, usersApi } from "./usersApi.ts";

type Values = {
  username: string;
  fullName: string;
  role: Role | null;
  unitId: string | null;
  email: string;
  password: string;
  active: boolean;
};

type Props = {
  user: User | null;
  units: Unit[];
  onClose: () => void;
  onCreated: (r: OneTimePassword) => void;
};

/** What the API receives from the form (its schema decides what is valid). */
const toInput = (v: Values) => ({
  fullName: v.fullName,
  role: v.role ?? undefined,
  unitId: v.unitId,
  email: v.email,
  ...(v.password ? { password: v.password } : {}),
});

/** Create an account (user = null) or change its name, role, unit and whether it may sign in. */
export function UserFormModal({ user, units, onClose, onCreated }: Props) {
  const qc = useQueryClient();
  const [version, setVersion] = useState(user?.version ?? 0);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<Values>({
    mode: "controlled",
    initialValues: {
      username: user?.username ?? "",
      fullName: user?.fullName ?? "",
      role: user?.role ?? null,
      unitId: user?.unitId ?? null,
      email: user?.email ?? "",
      password: "",
      active: user?.active ?? true,
    },
    // The API's own schemas, field by field (issue #13 item 4); a unit clerk needs a unit.
    validate: zodValidate<Values>(
      user ? UserUpdateSchema : UserCreateSchema,
      (v) => (user ? { ...toInput(v), version } : { ...toInput(v), username: v.username }),
      (v): FieldErrors =>
        v.role === "unit" && !v.unitId ? { unitId: "Cán bộ đơn vị cần được gắn với một đơn vị" } : {},
    ),
  });

  const onSubmit = form.onSubmit(async (v) => {
    setBusy(true);
    setError(null);
    const role = v.role as Role;
    try {
      if (user) {
        await usersApi.update(user.id, {
          fullName: v.fullName,
          role,
          unitId: v.unitId,
          email: v.email,
          active: v.active,
          version,
        });
        notifyDone(`Đã lưu tài khoản ${user.username}`);
      } else {
        const created = await usersApi.create({
          username: v.username.trim(),
          fullName: v.fullName,
          role,
          unitId: v.unitId,
          email: v.email,
          ...(v.password ? { password: v.password } : {}),
        });
        onCreated(created);
      }
      await qc.invalidateQueries({ queryKey: keys.users });
      onClose();
    } catch (e) {
      setError(e);
      if (e instanceof ApiError) form.setErrors(e.fields);
    } finally {
      setBusy(false);
    }
  });

  const reload = async () => {
    if (!user) return;
    await qc.invalidateQueries({ queryKey: keys.users });
    const fresh = qc
      .getQueriesData<Page<User>>({ queryKey: keys.users })
      .flatMap(([, page]) => page?.items ?? [])
      .find((u) => u.id === user.id);
    if (fresh) {
      form.setValues({
        fullName: fresh.fullName,
        role: fresh.role,
        unitId: fresh.unitId,
        email: fresh.email ?? "",
        active: fresh.active,
      });
      setVersion(fresh.version);
      setError(null);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={user ? `Sửa tài khoản: ${user.username}` : "Tạo tài khoản"}
      size="lg"
      centered
    >
      <form onSubmit={onSubmit} noValidate aria-label={user ? "Sửa tài khoản" : "Tạo tài khoản"}>
        <Stack>
          <MutationError error={error} onReload={reload} />
          {user ? null : (
            <TextInput
              label="Tên đăng nhập"
              description="3–40 ký tự: chữ không dấu, số, '.', '-' hoặc '_'"
              autoComplete="off"
              spellCheck={false}
              {...form.getInputProps("username")}
            />
          )}
          <TextInput label="Họ và tên" {...form.getInputProps("fullName")} />
          <Select
            label="Vai trò"
            allowDeselect={false}
            data={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
            {...form.getInputProps("role")}
          />
          <Select
            label="Đơn vị"
            placeholder="Không gắn với đơn vị nào"
            searchable
            clearable
            data={units
              .filter((u) => u.active || u.id === user?.unitId)
              .map((u) => ({ value: u.id, label: u.name }))}
            {...form.getInputProps("unitId")}
          />
          <TextInput
            label="Thư điện tử"
            description="Không bắt buộc; nếu có, hệ thống gửi thư nhắc việc tới địa chỉ này"
            type="email"
            autoComplete="off"
            spellCheck={false}
            {...form.getInputProps("email")}
          />
          {user ? (
            <Switch
              label="Tài khoản đang hoạt động (tắt để vô hiệu hóa, người dùng không đăng nhập được)"
              {...form.getInputProps("active", { type: "checkbox" })}
            />
          ) : (
            <PasswordInput
              label="Mật khẩu ban đầu"
              description="Để trống để hệ thống tự tạo; mật khẩu sẽ hiện một lần sau khi tạo"
              autoComplete="new-password"
              {...form.getInputProps("password")}
            />
          )}
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Hủy
            </Button>
            <Button type="submit" loading={busy}>
              {user ? "Lưu" : "Tạo tài khoản"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
