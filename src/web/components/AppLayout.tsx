import {
  AppShell,
  Burger,
  Button,
  Center,
  Group,
  Loader,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Link, Navigate, Outlet, useLocation, useNavigate } from "react-router";
import type { Capability } from "../../domain/access.ts";
import type { Me } from "../../domain/auth.ts";
import { NotificationBell } from "../features/notifications/NotificationBell.tsx";
import { hasCapability, useMe, useSignOut } from "../lib/auth.ts";
import { roleLine } from "../lib/roleLine.ts";
import { PATHS } from "../paths.ts";
import { ErrorAlert } from "./ErrorAlert.tsx";

/** Each entry shows for a role with any of `need` (none: everyone). */
const NAV: { to: string; label: string; need?: Capability[] }[] = [
  { to: PATHS.home, label: "Trang chủ" },
  { to: PATHS.plan, label: "Kế hoạch" },
  { to: PATHS.progress, label: "Theo dõi tiến độ", need: ["progress.read_all", "progress.read_own"] },
  { to: PATHS.briefing, label: "Báo cáo giao ban", need: ["briefing.read"] },
  { to: PATHS.unitPlans, label: "Kế hoạch đơn vị", need: ["unit_plans.read_all", "unit_plans.read_own"] },
  { to: PATHS.units, label: "Đơn vị" },
  { to: PATHS.conferences, label: "Hội nghị" },
  { to: PATHS.quotas, label: "Chỉ tiêu đại biểu", need: ["quotas.manage", "quotas.read_all"] },
  {
    to: PATHS.documentSettings,
    label: "Thiết lập văn bản",
    need: ["documents.settings_all", "documents.settings_own"],
  },
  { to: PATHS.certificateLayout, label: "Mẫu in giấy khen", need: ["awards.edit_all", "awards.edit_own"] },
  { to: PATHS.awardData, label: "Danh mục khen thưởng", need: ["awards.manage_data"] },
  { to: PATHS.budgets, label: "Kinh phí hội nghị", need: ["budget.read_all", "budget.read_own"] },
  {
    to: PATHS.propaganda,
    label: "Tuyên truyền",
    need: ["propaganda.read_all", "propaganda.manage", "propaganda.log_own"],
  },
  { to: PATHS.dossiers, label: "Hồ sơ sau Hội nghị", need: ["dossiers.read_all", "dossiers.edit_own"] },
  { to: PATHS.nominations, label: "Đề cử đại biểu", need: ["nominations.edit_own"] },
  { to: PATHS.nominationList, label: "Tổng hợp đề cử", need: ["nominations.read_all"] },
  { to: PATHS.nominationImport, label: "Nhập danh sách cấp dưới", need: ["nominations.review"] },
  { to: PATHS.people, label: "Người và tập thể", need: ["people.read_all", "people.read_own"] },
  { to: PATHS.search, label: "Tìm người", need: ["people.read_all", "people.read_own"] },
  { to: PATHS.duplicates, label: "Người trùng", need: ["duplicates.read"] },
  { to: PATHS.users, label: "Tài khoản", need: ["users.manage"] },
  { to: PATHS.outbox, label: "Hộp thư đi", need: ["outbox.manage"] },
  { to: PATHS.audit, label: "Nhật ký thay đổi", need: ["audit.read"] },
  { to: PATHS.securityLog, label: "Nhật ký an ninh", need: ["security.read"] },
  { to: PATHS.changePassword, label: "Đổi mật khẩu" },
  { to: PATHS.accountSecurity, label: "Bảo mật tài khoản" },
];
const shows = (me: Me, need?: Capability[]) => !need || need.some((c) => hasCapability(me, c));

/** "/ke-hoach" is active on "/ke-hoach/sua" but not on "/ke-hoach-don-vi". */
const isActive = (to: string, here: string) =>
  to === "/" ? here === "/" : here === to || here.startsWith(`${to}/`);

/** The signed-in frame: header, navigation by role, the page. Sends guests to the sign-in page. */
export function AppLayout() {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const [opened, { toggle, close }] = useDisclosure(false);

  if (me.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label="Đang tải" />
      </Center>
    );
  }
  if (me.isError) {
    return (
      <Center h="100vh" p="md">
        <ErrorAlert error={me.error} />
      </Center>
    );
  }
  const user = me.data;
  if (!user) {
    const next =
      location.pathname === "/" ? "" : `?next=${encodeURIComponent(location.pathname + location.search)}`;
    return <Navigate to={`${PATHS.login}${next}`} replace />;
  }
  // The code step of sign-in is on the sign-in page (issue #12 item 3).
  if (user.mfa.pending) return <Navigate to={PATHS.login} replace />;
  if (user.mustChangePassword && location.pathname !== PATHS.changePassword) {
    return <Navigate to={PATHS.changePassword} replace />;
  }
  // A role that must use a second factor enrols before anything else.
  if (user.mfa.required && !user.mfa.enabled && location.pathname !== PATHS.accountSecurity) {
    return <Navigate to={PATHS.accountSecurity} replace />;
  }

  const onSignOut = async () => {
    await signOut();
    navigate(PATHS.login, { replace: true });
  };

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding={{ base: "sm", sm: "lg" }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? "Đóng danh mục chức năng" : "Mở danh mục chức năng"}
            />
            <Stack gap={0}>
              <Title order={3} c="red.8" lh={1.1}>
                thidua
              </Title>
              <Text size="xs" c="dimmed" visibleFrom="xs">
                Hội nghị điển hình tiên tiến các cấp
              </Text>
            </Stack>
          </Group>
          <Group gap="md" wrap="nowrap">
            <NotificationBell />
            <Stack gap={0} align="flex-end" data-testid="current-user" visibleFrom="sm">
              <Text fw={600} size="sm">
                {user.fullName}
              </Text>
              <Text size="xs" c="dimmed">
                {roleLine(user)}
              </Text>
            </Stack>
            <Button variant="default" size="sm" onClick={onSignOut} style={{ flexShrink: 0 }}>
              Đăng xuất
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label="Điều hướng chính">
        <AppShell.Section hiddenFrom="sm" mb="sm" px="sm">
          <Text fw={600} size="sm">
            {user.fullName}
          </Text>
          <Text size="xs" c="dimmed">
            {roleLine(user)}
          </Text>
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea}>
          {NAV.filter((n) => shows(user, n.need)).map((n) => (
            <NavLink
              key={n.to}
              component={Link}
              to={n.to}
              label={n.label}
              active={isActive(n.to, location.pathname)}
              onClick={close}
              fw={500}
            />
          ))}
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
