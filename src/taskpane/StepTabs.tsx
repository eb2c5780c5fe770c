/**
 * The five steps as tabs on one line. Labels are short and counts are badges, so at 350 px the five
 * usually fit; where a language or a font makes them wider than the pane, the tabs that do not fit go
 * into a "more steps" menu at the end of the line instead of wrapping onto a second one (Fluent UI's
 * Overflow, https://react.fluentui.dev/?path=/docs/components-overflow--docs). The open step never
 * goes into the menu.
 */
import {
  Button,
  CounterBadge,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  tokens,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { PlanReport } from "../core";
import type { PaneStrings } from "./strings";

export type Step = "plan" | "check" | "summary" | "memo" | "notCarriedOut";

/** Counts past this show as "99+" on a tab; the tab's accessible name and the step give the number. */
const TAB_COUNT_LIMIT = 99;

const useStyles = makeStyles({
  line: { display: "flex", flexWrap: "nowrap", alignItems: "center", minWidth: 0, overflow: "hidden" },
  tabs: { flexWrap: "nowrap", minWidth: 0 },
  tab: {
    paddingInline: tokens.spacingHorizontalXS,
    flexShrink: 0,
    "& .fui-Tab__content": { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  },
  count: { marginInlineStart: tokens.spacingHorizontalXXS },
  more: { minWidth: "auto", flexShrink: 0, paddingInline: tokens.spacingHorizontalS },
});

/** What a count badge shows: "99+" past the limit, as CounterBadge does. */
function badgeText(count: number | undefined): string {
  if (count === undefined) return "";
  return count > TAB_COUNT_LIMIT ? `${TAB_COUNT_LIMIT}+` : String(count);
}

interface StepEntry {
  readonly step: Step;
  /** What the tab shows. */
  readonly label: string;
  /** The tab's accessible name and the menu item's text: the label with its full count. */
  readonly name: string;
  readonly count?: number;
  /** Red when the count is of errors. */
  readonly alert?: boolean;
}

function entries(report: PlanReport | undefined, strings: PaneStrings): StepEntry[] {
  const words = strings.steps;
  return [
    { step: "plan", label: words.plan, name: words.plan },
    {
      step: "check",
      label: words.checkLabel,
      name: words.check(report?.issues.length),
      count: report?.issues.length,
      alert: report?.issues.some((issue) => issue.severity === "error") ?? false,
    },
    { step: "summary", label: words.summary, name: words.summary },
    { step: "memo", label: words.memo, name: words.memo },
    {
      step: "notCarriedOut",
      label: words.notCarriedOutLabel,
      name: words.notCarriedOut(report?.notCarriedOut.length),
      count: report?.notCarriedOut.length,
    },
  ];
}

export interface StepTabsProps {
  readonly step: Step;
  readonly report: PlanReport | undefined;
  readonly strings: PaneStrings;
  readonly onStep: (step: Step) => void;
}

export function StepTabs({ step, report, strings, onStep }: StepTabsProps): ReactElement {
  const classes = useStyles();
  const all = entries(report, strings);
  // Overflow measures its items when they mount and when the line is resized, not when a label or a
  // count changes its width: a new key for every new set of visible texts has it measure them afresh.
  const shown = all.map((entry) => `${entry.label}${badgeText(entry.count)}`).join("|");
  return (
    <nav aria-label={strings.steps.label}>
      <Overflow key={shown} minimumVisible={2}>
        <div className={classes.line}>
          <TabList
            className={classes.tabs}
            size="small"
            selectedValue={step}
            onTabSelect={(_event, data) => onStep(data.value as Step)}
          >
            {all.map((entry) => (
              <OverflowItem key={entry.step} id={entry.step} priority={entry.step === step ? 2 : 1}>
                <Tab
                  id={`step-${entry.step}`}
                  value={entry.step}
                  className={classes.tab}
                  aria-label={entry.count === undefined ? undefined : entry.name}
                >
                  {entry.label}
                  {entry.count !== undefined && (
                    <CounterBadge
                      className={classes.count}
                      size="small"
                      appearance={entry.alert ? "filled" : "ghost"}
                      color={entry.alert ? "danger" : "informative"}
                      count={entry.count}
                      overflowCount={TAB_COUNT_LIMIT}
                      showZero
                      aria-hidden
                    />
                  )}
                </Tab>
              </OverflowItem>
            ))}
          </TabList>
          {/* Outside the tab list: a tab list holds tabs only (WAI-ARIA). */}
          <MoreSteps entries={all} strings={strings} onStep={onStep} />
        </div>
      </Overflow>
    </nav>
  );
}

/** The menu of the steps that did not fit; nothing when all of them did. */
function MoreSteps({
  entries: all,
  strings,
  onStep,
}: {
  entries: readonly StepEntry[];
  strings: PaneStrings;
  onStep: (step: Step) => void;
}): ReactElement | null {
  const classes = useStyles();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button ref={ref} appearance="transparent" size="small" className={classes.more}>
          {strings.steps.more(overflowCount)}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {all.map((entry) => (
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
