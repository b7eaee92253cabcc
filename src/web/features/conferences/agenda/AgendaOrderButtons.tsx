import { ActionIcon, Button, Group } from "@mantine/core";
import { WhyDisabled } from "../../../components/WhyDisabled.tsx";

type Props = {
  index: number;
  count: number;
  core: boolean;
  onMove: (to: number) => void;
  onRemove: () => void;
};

/** ↑ ↓ Bỏ for one agenda item: beside it on a desk, on their own row under its title on a phone. */
export function AgendaOrderButtons({ index, count, core, onMove, onRemove }: Props) {
  return (
    <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
      <WhyDisabled disabled={index === 0} reason="Mục này đã ở đầu chương trình">
        <ActionIcon
          variant="default"
          aria-label={`Đưa mục ${index + 1} lên trên`}
          disabled={index === 0}
          onClick={() => onMove(index - 1)}
        >
          ↑
        </ActionIcon>
      </WhyDisabled>
      <WhyDisabled disabled={index === count - 1} reason="Mục này đã ở cuối chương trình">
        <ActionIcon
          variant="default"
          aria-label={`Đưa mục ${index + 1} xuống dưới`}
          disabled={index === count - 1}
          onClick={() => onMove(index + 1)}
        >
          ↓
        </ActionIcon>
      </WhyDisabled>
      {core ? (
        <WhyDisabled disabled reason="Mục bắt buộc theo kế hoạch, không được bỏ">
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            disabled
            aria-label={`Không bỏ được mục ${index + 1}`}
          >
            Bỏ
          </Button>
        </WhyDisabled>
      ) : (
        <Button
          size="compact-sm"
          variant="subtle"
          color="red"
          aria-label={`Bỏ mục ${index + 1}`}
          onClick={onRemove}
        >
          Bỏ
        </Button>
      )}
    </Group>
  );
}
