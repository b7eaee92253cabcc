import { Alert, Anchor, List, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { formatDateTimeVi } from "../../../domain/text.ts";
import { PATHS } from "../../paths.ts";
import { securityLogApi } from "./securityLogApi.ts";

/**
 * The office's home-page alert (issue #12 item 7): users or addresses with many denied
 * attempts within minutes, each linking to the security log filtered on it. The largest
 * bursts only, with how many there are in all when there are more (issue #11 item 5).
 */
export function SecurityAlertBanner() {
  const alerts = useQuery({
    queryKey: ["security-alerts"],
    queryFn: securityLogApi.alerts,
    refetchInterval: 60_000,
  });
  const data = alerts.data;
  if (!data || data.items.length === 0) return null;
  const more = data.total - data.items.length;
  return (
    <Alert color="red" variant="light" role="alert" title="Cảnh báo an ninh" data-testid="security-alert">
      <Text size="sm" mb="xs">
        Có nhiều yêu cầu bị từ chối (ít nhất {data.threshold} lần trong {data.windowMinutes} phút) trong{" "}
        {data.lookbackHours} giờ qua:
      </Text>
      <List size="sm">
        {data.items.map((a) => {
          const filter =
            a.source === "user"
              ? `username=${encodeURIComponent(a.username ?? "")}`
              : `ip=${encodeURIComponent(a.ip ?? "")}`;
          const who = a.source === "user" ? `Tài khoản ${a.username}` : `Địa chỉ ${a.ip}`;
          return (
            <List.Item key={`${a.source}:${a.username ?? a.ip}`}>
              <Anchor component={Link} to={`${PATHS.securityLog}?${filter}`}>
                {who}
              </Anchor>
              : {a.count} lần trong {data.windowMinutes} phút, gần nhất lúc {formatDateTimeVi(a.lastAt)}
            </List.Item>
          );
        })}
      </List>
      {more > 0 ? (
        <Text size="sm" mt="xs" data-testid="security-alert-more">
          Đang hiện {data.items.length} trong số {data.total} tài khoản và địa chỉ bị từ chối nhiều lần (nhiều
          nhất trước), còn {more} nơi nữa. Xem mọi yêu cầu bị từ chối ở{" "}
          <Anchor component={Link} to={PATHS.securityLog}>
            Nhật ký an ninh
          </Anchor>
          .
        </Text>
      ) : null}
    </Alert>
  );
}
