/**
 * Downloads of a conference's documents (issue #10 item 10, SPEC L1): programme, presidium
 * list and invitation letters, as NĐ 30 Word files headed with the unit's document settings.
 * Plain links: the session cookie goes with them; the server names the file and logs it.
 */
import { Button, Group, Text } from "@mantine/core";
import { Link } from "react-router";
import { useMay } from "../../lib/auth.ts";
import { budgetPath } from "../../paths.ts";

const DOCUMENTS = [
  { path: "programme", label: "Chương trình hội nghị" },
  { path: "presidium", label: "Danh sách đoàn chủ tịch" },
  { path: "invitations", label: "Giấy mời khách mời" },
] as const;

export function ConferenceDocuments({ conferenceId }: { conferenceId: string }) {
  const may = useMay();
  return (
    <Group gap="xs" aria-label="Văn bản của hội nghị">
      <Text size="sm" c="dimmed">
        Văn bản (Word):
      </Text>
      {DOCUMENTS.map((d) => (
        <Button
          key={d.path}
          component="a"
          href={`/api/conferences/${conferenceId}/${d.path}.docx`}
          download
          variant="default"
          size="xs"
        >
          {d.label}
        </Button>
      ))}
      {may("budget.read_all") || may("budget.read_own") ? (
        // SPEC I1: the conference's budget, from estimate to settlement.
        <Button component={Link} to={budgetPath(conferenceId)} variant="light" size="xs">
          Kinh phí hội nghị
        </Button>
      ) : null}
    </Group>
  );
}
