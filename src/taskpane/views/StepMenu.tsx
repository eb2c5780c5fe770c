/**
 * The menu of the steps that did not fit on the line (StepTabs.tsx): a chunk of its own, since Fluent
 * UI's Menu brings its positioning and keyboard libraries, which the pane's first screen does not need.
 */
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  useIsOverflowItemVisible,
} from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { Step, StepEntry } from "../state/steps";

export interface StepMenuProps {
  readonly label: string;
  readonly className: string;
  readonly entries: readonly StepEntry[];
  readonly onStep: (step: Step) => void;
  /** Open as soon as it shows: "more" was clicked before the menu had come. */
  readonly defaultOpen?: boolean;
}

export default function StepMenu({
  label,
  className,
  entries,
  onStep,
  defaultOpen,
}: StepMenuProps): ReactElement {
  return (
    <Menu defaultOpen={defaultOpen}>
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="transparent" size="small" className={className}>
          {label}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {entries.map((entry) => (
            <HiddenStep key={entry.step} entry={entry} onStep={onStep} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function HiddenStep({
  entry,
  onStep,
}: {
  entry: StepEntry;
  onStep: (step: Step) => void;
}): ReactElement | null {
  const visible = useIsOverflowItemVisible(entry.step);
  if (visible) return null;
  return <MenuItem onClick={() => onStep(entry.step)}>{entry.name}</MenuItem>;
}
