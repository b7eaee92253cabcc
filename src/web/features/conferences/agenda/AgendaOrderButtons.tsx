import { ActionIcon, Button, Group } from "@mantine/core";
import { WhyDisabled } from "../../../components/WhyDisabled.tsx";

type Props = {
  index: number;
  count: number;
  core: boolean;
  /** The item just above / below is a mandatory one too: two mandatory items never swap. */
  coreAbove: boolean;
  coreBelow: boolean;
  onMove: (to: number) => void;
  onRemove: () => void;
};

const KEEP_ORDER = "Mục bắt buộc phải giữ đúng thứ tự theo kế hoạch";

/** ↑ ↓ Bỏ for one agenda item: beside it on a desk, on their own row under its title on a phone. */
export function AgendaOrderButtons({ index, count, core, coreAbove, coreBelow, onMove, onRemove }: Props) {
  const up = index === 0 ? "Mục này đã ở đầu chương trình" : core && coreAbove ? KEEP_ORDER : null;
  const down = index === count - 1 ? "Mục này đã ở cuối chương trình" : core && coreBelow ? KEEP_ORDER : null;
  return (
    <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
      <WhyDisabled disabled={up !== null} reason={up ?? ""}>
        <ActionIcon
          variant="default"
          aria-label={`Đưa mục ${index + 1} lên trên`}
          disabled={up !== null}
          onClick={() => onMove(index - 1)}
        >
          ↑
        </ActionIcon>
      </WhyDisabled>
      <WhyDisabled disabled={down !== null} reason={down ?? ""}>
        <ActionIcon
          variant="default"
          aria-label={`Đưa mục ${index + 1} xuống dưới`}
          disabled={down !== null}
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
