import { Button, Paper, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Navigate, useNavigate } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { useCurrentUser } from "../../lib/auth.ts";
import { notifyDone } from "../../lib/notify.ts";
import { conferencePath } from "../../paths.ts";
import { conferencesApi, confKeys, useConferences } from "./conferencesApi.ts";

/** A unit user's "Hội nghị": straight to its own conference, or an offer to create it. */
export function MyConference() {
  const me = useCurrentUser();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const q = useConferences();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (q.isPending) return <PageLoader />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => q.refetch()} />;
  const own = q.data.items.filter((c) => c.unitId === me.unitId && c.kind !== "town");
  if (own.length >= 1) return <Navigate to={conferencePath(own[0]!.id)} replace />;

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const c = await conferencesApi.create({});
      await qc.invalidateQueries({ queryKey: confKeys.list });
      notifyDone("Đã tạo hội nghị", "Hội nghị của đơn vị đã có, hãy điền thông tin chung.");
      navigate(conferencePath(c.id), { replace: true });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="md">
      <PageHeader title="Hội nghị của đơn vị" />
      <Paper withBorder p="lg">
        <Stack align="flex-start">
          <Text>
            {me.unitName ?? "Đơn vị"} chưa có hội nghị điển hình tiên tiến trong kế hoạch đang thực hiện. Tạo
            hội nghị để nhập hình thức, thời gian, đại biểu, đoàn Chủ tọa và chương trình; hệ thống kiểm tra
            ngay theo các quy định của kế hoạch.
          </Text>
          {error ? <ErrorAlert error={error} /> : null}
          <Button onClick={create} loading={busy}>
            Tạo hội nghị
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}
