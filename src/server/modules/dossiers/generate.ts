/** Builds a generated dossier draft (G4) as a Nghị định 30 Word file, named for the unit. */
import type { DossierGenerator } from "../../../domain/dossiers.ts";
import type { ServiceContext } from "../../http/context.ts";
import { validation } from "../../http/errors.ts";
import { buildDelegateListInput } from "../delegate-lists/index.ts";
import { loadDraftSource } from "./conference-source.ts";
import { minutesSpec, submissionSpec, summaryReportSpec } from "./drafts.ts";

const NAMES: Record<DossierGenerator, string> = {
  summary_report: "Dự thảo báo cáo tổng kết Hội nghị",
  delegate_list: "Danh sách trích ngang đại biểu",
  submission: "Dự thảo tờ trình",
  minutes: "Dự thảo biên bản Hội nghị",
};

/** docx loads on first use (issue #11 item 1). */
const nd30 = () => import("../../documents/nd30.ts");

export async function generateDraft(
  ctx: ServiceContext,
  planId: string,
  unitId: string,
  generator: DossierGenerator,
): Promise<{ buffer: Buffer; filename: string }> {
  const source = await loadDraftSource(ctx.db, planId, unitId);
  const filename = `${NAMES[generator]} - ${source.unit.name}.docx`;
  if (generator !== "summary_report" && !source.conference) {
    throw validation(
      "Đơn vị chưa có hội nghị trong hệ thống nên chưa tạo được văn bản này: hãy nhập hội nghị trước, hoặc tải lên tệp của đơn vị.",
    );
  }
  switch (generator) {
    case "delegate_list": {
      const { input } = await buildDelegateListInput(ctx, source.conference!.id);
      return {
        buffer: await (await import("../../documents/delegate-list-docx.ts")).delegateListDocx(input),
        filename,
      };
    }
    case "submission":
      return { buffer: await (await nd30()).buildNd30Document(submissionSpec(source)), filename };
    case "minutes":
      return { buffer: await (await nd30()).buildNd30Document(minutesSpec(source)), filename };
    default:
      return { buffer: await (await nd30()).buildNd30Document(summaryReportSpec(source)), filename };
  }
}
