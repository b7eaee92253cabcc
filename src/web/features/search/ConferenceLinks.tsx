import { Anchor, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { CONFERENCE_STATUS_LABELS, type ConferenceStatus } from "../../../domain/conferences.ts";
import type { PersonConference } from "../../../domain/search.ts";
import { formatDateVi } from "../../../domain/text.ts";

const KIND_NAMES: Record<string, string> = {
  pilot: "Hội nghị điểm",
  unit: "Hội nghị điển hình tiên tiến",
  town: "Hội nghị điển hình tiên tiến cấp trên",
};

/** The conference's title, or what it is and whose it is when it has none. */
export function conferenceName(c: PersonConference): string {
  return c.title?.trim() || `${KIND_NAMES[c.kind] ?? "Hội nghị"} – ${c.unitName}`;
}

/** The conferences a person is a delegate of: name (a link), date, status, guest or not. */
export function ConferenceLinks({ conferences }: { conferences: readonly PersonConference[] }) {
  if (conferences.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Chưa là đại biểu hội nghị nào
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      {conferences.map((c) => {
        const status = CONFERENCE_STATUS_LABELS[c.status as ConferenceStatus] ?? c.status;
        const details = [
          c.date ? formatDateVi(c.date) : "chưa có ngày",
          status.toLocaleLowerCase("vi"),
          c.role === "guest" ? "khách mời" : null,
        ].filter(Boolean);
        return (
          <Text key={c.conferenceId} size="sm" lh={1.35}>
            <Anchor component={Link} to={`/hoi-nghi/${c.conferenceId}`} size="sm">
              {conferenceName(c)}
            </Anchor>{" "}
            <Text span size="xs" c="dimmed">
              ({details.join(", ")})
            </Text>
          </Text>
        );
      })}
    </Stack>
  );
}
