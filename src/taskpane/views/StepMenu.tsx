/**
 * The menu of the steps that did not fit on the line (StepTabs.tsx): a chunk of its own, since Fluent
 * UI's Menu brings its positioning and keyboard libraries, which the pane's first screen does not need.
 * Its items are radio items (https://react.fluentui.dev/?path=/docs/components-menu-menu--docs): one
 * step is open, and when it is one of these, it is the checked one, as the open tab is the selected one.
 */
import {
  Button,
  Menu,
  MenuItemRadio,
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
  /** The open step. */
  readonly step: Step;
  readonly entries: readonly StepEntry[];
  readonly onStep: (step: Step) => void;
  /** Open as soon as it shows: "more" was clicked before the menu had come. */
  readonly defaultOpen?: boolean;
}

/** The radio group the items are in. */
const GROUP = "step";

export default function StepMenu({
  label,
  className,
  step,
  entries,
  onStep,
  defaultOpen,
}: StepMenuProps): ReactElement {
  return (
    <Menu defaultOpen={defaultOpen} checkedValues={{ [GROUP]: [step] }}>
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
  return (
    <MenuItemRadio name={GROUP} value={entry.step} onClick={() => onStep(entry.step)}>
      {entry.name}
    </MenuItemRadio>
  );
}
