import { Alert, Anchor, Badge, Box, Grid, Stack, Tabs } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useCallback } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { isNotFound, NotFoundPage } from "../../components/NotFoundPage.tsx";
import { PageLoader } from "../../components/PageLoader.tsx";
import { useMay } from "../../lib/auth.ts";
import { useDocumentTitle } from "../../lib/useDocumentTitle.ts";
import { conferenceAwardsPath, PATHS } from "../../paths.ts";
import { AgendaTab } from "./agenda/AgendaTab.tsx";
import { ConferenceActions } from "./ConferenceActions.tsx";
import { ConferenceProvider, useConferenceCtx } from "./ConferenceContext.tsx";
import { ConferenceDocuments } from "./ConferenceDocuments.tsx";
import { ConferenceHeader } from "./ConferenceHeader.tsx";
import { useConference } from "./conferencesApi.ts";
import { DelegatesTab } from "./delegates/DelegatesTab.tsx";
import { GeneralTab } from "./GeneralTab.tsx";
import { type ConferenceTab, kindLabel, lockedReason } from "./labels.ts";
import { PresidiumTab } from "./presidium/PresidiumTab.tsx";
import { RulesFold } from "./rules/RulesFold.tsx";
import { RulesPanel } from "./rules/RulesPanel.tsx";
import "./conference.css";

/** Tabs in the address, in Vietnamese: /hoi-nghi/:id?muc=dai-bieu. */
const TAB_SLUGS: Record<ConferenceTab, string> = {
  info: "thong-tin",
  delegates: "dai-bieu",
  presidium: "chu-toa",
  agenda: "chuong-trinh",
};
const tabOfSlug = (slug: string | null): ConferenceTab =>
  (Object.entries(TAB_SLUGS).find(([, s]) => s === slug)?.[0] as ConferenceTab | undefined) ?? "info";

/** One conference (D1–D9, E2): its fields, delegates, presidium, agenda and the live rule check. */
export function ConferencePage() {
  const { id = "" } = useParams();
  const q = useConference(id);
  const [params, setParams] = useSearchParams();
  const tab = tabOfSlug(params.get("muc"));
  const goTo = useCallback(
    (t: ConferenceTab) => setParams(t === "info" ? {} : { muc: TAB_SLUGS[t] }, { replace: true }),
    [setParams],
  );
  useDocumentTitle(q.data ? `${kindLabel(q.data.kind, q.data.kindLabel)} – ${q.data.unitName}` : "Hội nghị");

  if (q.isPending) return <PageLoader />;
  if (q.isError) {
    if (isNotFound(q.error)) {
      return <NotFoundPage what="hội nghị" backTo={PATHS.conferences} backLabel="Về trang Hội nghị" />;
    }
    return (
      <Stack>
        <ErrorAlert error={q.error} onRetry={() => q.refetch()} />
        <Anchor component={Link} to={PATHS.conferences}>
          Về trang Hội nghị
        </Anchor>
      </Stack>
    );
  }
  return (
    <ConferenceProvider conf={q.data} goTo={goTo}>
      <ConferenceBody tab={tab} goTo={goTo} />
    </ConferenceProvider>
  );
}

function ConferenceBody({ tab, goTo }: { tab: ConferenceTab; goTo: (t: ConferenceTab) => void }) {
  const may = useMay();
  const { conf, editable } = useConferenceCtx();
  // Side by side from Mantine's "lg" (75em); narrower, the tabs come first and the check folds.
  const wide = useMediaQuery("(min-width: 75em)", true, { getInitialValueInEffect: false });
  const count = (n: number) => (
    <Badge size="sm" variant="light" color="gray" circle={n < 10}>
      {n}
    </Badge>
  );
  return (
    <Stack gap="md">
      {may("conferences.read_all") ? (
        <Anchor component={Link} to={PATHS.conferences} size="sm">
          ← Danh sách hội nghị
        </Anchor>
      ) : null}
      <ConferenceHeader />
      <ConferenceActions />
      <ConferenceDocuments conferenceId={conf.id} />
      {may("awards.read_all") || may("awards.read_own") ? (
        <Anchor component={Link} to={conferenceAwardsPath(conf.id)} size="sm" fw={600}>
          Khen thưởng tại hội nghị →
        </Anchor>
      ) : null}
      {editable ? null : (
        <Alert color="gray" variant="light" title="Không sửa được nội dung" data-testid="conference-locked">
          {lockedReason(conf.status, conf.can.editor, conf.can.editAttendance)}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 9 }}>
          <Tabs value={tab} onChange={(v) => goTo((v as ConferenceTab) ?? "info")} keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="info">Thông tin chung</Tabs.Tab>
              <Tabs.Tab value="delegates" rightSection={count(conf.delegates.length)}>
                Đại biểu
              </Tabs.Tab>
              <Tabs.Tab value="presidium" rightSection={count(conf.presidium.length)}>
                Chủ tọa
              </Tabs.Tab>
              <Tabs.Tab value="agenda" rightSection={count(conf.agenda.length)}>
                Chương trình
              </Tabs.Tab>
            </Tabs.List>
            {wide ? null : <RulesFold />}
            <Tabs.Panel value="info">
              <GeneralTab />
            </Tabs.Panel>
            {/* Kept mounted, hidden (React Activity): going back to a long list only shows it again (issue #11 item 3). */}
            <Tabs.Panel value="delegates" keepMounted>
              <DelegatesTab />
            </Tabs.Panel>
            <Tabs.Panel value="presidium">
              <PresidiumTab />
            </Tabs.Panel>
            <Tabs.Panel value="agenda">
              <AgendaTab />
            </Tabs.Panel>
          </Tabs>
        </Grid.Col>
        {wide ? (
          <Grid.Col span={{ base: 12, lg: 3 }}>
            <Box className="rules-sticky">
              <RulesPanel />
            </Box>
          </Grid.Col>
        ) : null}
      </Grid>
    </Stack>
  );
}
