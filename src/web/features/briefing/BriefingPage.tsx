/**
 * Báo cáo giao ban (SPEC K3, plan III.5–III.6) at /giao-ban?ngay=yyyy-mm-dd: the office,
 * the Council and the chairman choose a day, read the report, print it (print CSS hides the
 * app's frame) or download the NĐ 30 báo cáo (docx).
 */
import { Button, Group, Paper, Stack, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useSearchParams } from "react-router";
import type { Briefing } from "../../../domain/briefing.ts";
import { formatDateVi, parseDateVi } from "../../../domain/text.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { WhyDisabled } from "../../components/WhyDisabled.tsx";
import { api, download, qs } from "../../lib/api.ts";
import { BriefingReport } from "./BriefingReport.tsx";

export function BriefingPage() {
  const [params, setParams] = useSearchParams();
  const ngay = params.get("ngay") ?? undefined;
  const q = useQuery({
    queryKey: ["briefing", ngay ?? null],
    queryFn: () => api<Briefing>(`/api/briefing${qs({ ngay })}`),
  });
  const [typed, setTyped] = useState(ngay ? formatDateVi(ngay) : "");
  const parsed = parseDateVi(typed);
  const show = () => parsed && setParams({ ngay: parsed });
  const day = q.data?.date;

  return (
    <Stack gap="md">
      <div className="no-print">
        <PageHeader
          title="Báo cáo giao ban"
          description="Số liệu theo mốc thời gian, đơn vị muộn và quá hạn, việc chờ quyết định — tính đến ngày đã chọn (giờ Việt Nam)."
          actions={
            <>
              <Button variant="default" onClick={() => window.print()} disabled={!q.data}>
                In báo cáo
              </Button>
              <WhyDisabled disabled={!day} reason="Chọn ngày giao ban trước">
                <Button
                  variant="light"
                  disabled={!day}
                  onClick={() =>
                    day &&
                    download(
                      `/api/briefing/export.docx${qs({ ngay: day })}`,
                      `Báo cáo giao ban ${formatDateVi(day).replaceAll("/", "-")}.docx`,
                    )
                  }
                >
                  Tải báo cáo (Word)
                </Button>
              </WhyDisabled>
            </>
          }
        />
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Ngày giao ban"
            placeholder={day ? formatDateVi(day) : "dd/mm/yyyy"}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            onKeyDown={(e) => e.key === "Enter" && show()}
            error={typed && !parsed ? "Nhập ngày theo dạng dd/mm/yyyy" : null}
            w={180}
          />
          <WhyDisabled disabled={!parsed} reason="Nhập ngày theo dạng dd/mm/yyyy trước">
            <Button onClick={show} disabled={!parsed}>
              Xem báo cáo
            </Button>
          </WhyDisabled>
        </Group>
      </div>
      {q.error ? <ErrorAlert error={q.error} /> : null}
      {q.isPending ? (
        <PageLoader />
      ) : q.data ? (
        <Paper withBorder p="lg" className="print-plain">
          <BriefingReport b={q.data} />
        </Paper>
      ) : null}
    </Stack>
  );
}
