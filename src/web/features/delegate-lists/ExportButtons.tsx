import { Button, Group } from "@mantine/core";
import { delegateListUrls } from "./delegateListsApi.ts";

/**
 * Downloads of a conference's "danh sách trích ngang" (E4), sorted the Vietnamese
 * way by the server. Plain links: the session cookie goes with them, and the
 * server names the file and logs the export (N3).
 */
export function ExportButtons({ conferenceId, size = "sm" }: { conferenceId: string; size?: "xs" | "sm" }) {
  return (
    <Group gap="xs">
      <Button component="a" href={delegateListUrls.xlsx(conferenceId)} download variant="default" size={size}>
        Tải danh sách trích ngang (Excel)
      </Button>
      <Button component="a" href={delegateListUrls.docx(conferenceId)} download variant="default" size={size}>
        Tải danh sách trích ngang (Word)
      </Button>
    </Group>
  );
}
