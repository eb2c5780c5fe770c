/**
 * The five steps as tabs on one line. Labels are short and counts are badges, so at 350 px the five
 * usually fit; where a language or a font makes them wider than the pane, the tabs that do not fit go
 * into a "more steps" menu at the end of the line instead of wrapping onto a second one (Fluent UI's
 * Overflow, https://react.fluentui.dev/?path=/docs/components-overflow--docs).
 *
 * The line keeps its order and its place whatever step is open: the last steps are the ones in the
 * menu, always the same ones at a width, and opening one of them from the menu moves no tab. It stays
 * in the menu, checked there (a radio item), and "more" carries the open step's bar under it.
 *
 * The tab list is the WAI-ARIA tabs pattern written out (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/):
 * arrow keys, Home and End move among the tabs on the line, Enter or Space opens one (manual
 * activation: a later step may still be loading), and the focus stays on the tab, Tab going on into
 * the step. The line is one tab stop: the open step's tab, or the first tab while the open step is in
 * the menu. A step chosen from the menu has no tab on the line to keep the focus, and the menu
 * closes: so the focus goes into the opened step, as after any button that opens a step (`onOpenStep`,
 * useStepFocus.ts), not back to "more", from where Tab would only lead into the step anyway.
 *
 * Fluent UI's TabList would bring its keyboard library, Tabster, into the pane's first load for these
 * few keys; the menu, which does need it, comes as a chunk of its own once the pane shows (StepMenu.tsx).
 */
import {
  Button,
  Overflow,
  OverflowItem,
  makeStyles,
  mergeClasses,
  tokens,
  useOverflowMenu,
  useOverflowVisibility,
} from "@fluentui/react-components";
import { type KeyboardEvent, type ReactElement, useCallback, useEffect, useState } from "react";
import type { PlanReport } from "../../core";
import { type Step, type StepEntry, stepEntries } from "../state/steps";
import type { PaneStrings } from "../words/strings";
import { focusRing } from "./focusRing";

export type { Step };

/** Counts past this show as "99+" on a tab; the tab's accessible name and the step give the number. */
const TAB_COUNT_LIMIT = 99;

/** The bar under a tab, and under "more" when the open step is in its menu. */
const BAR = {
  content: '""',
  position: "absolute",
  left: tokens.spacingHorizontalS,
  right: tokens.spacingHorizontalS,
  bottom: 0,
  height: tokens.strokeWidthThick,
  borderRadius: tokens.borderRadiusCircular,
} as const;

const useStyles = makeStyles({
  line: { display: "flex", flexWrap: "nowrap", alignItems: "center", minWidth: 0, overflow: "hidden" },
  tabs: { display: "flex", flexWrap: "nowrap", alignItems: "stretch", minWidth: 0 },
  tab: {
    position: "relative",
    display: "inline-flex",
    alignItems: "center",
    flexShrink: 0,
    gap: tokens.spacingHorizontalXXS,
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: "pointer",
    // The bar under the tab: brand colour on the open step, a neutral one under the pointer.
    "::after": BAR,
    ":hover": { color: tokens.colorNeutralForeground2Hover },
    ":hover::after": { backgroundColor: tokens.colorNeutralStroke1Hover },
    // Inside the tab: the line clips what overflows it, a ring outside would be cut off.
    ...focusRing(true),
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    "::after": { backgroundColor: tokens.colorCompoundBrandStroke },
    ":hover": { color: tokens.colorNeutralForeground1 },
    ":hover::after": { backgroundColor: tokens.colorCompoundBrandStrokeHover },
  },
  // The label keeps the width it has in bold, so opening a step does not move the tabs after it.
  label: {
    display: "inline-flex",
    flexDirection: "column",
    "::after": {
      content: "attr(data-label)",
      height: 0,
      overflow: "hidden",
      visibility: "hidden",
      fontWeight: tokens.fontWeightSemibold,
    },
  },
  // A step's count, as Fluent UI's small counter badge looks: a pill, red when it counts errors.
  count: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    boxSizing: "border-box",
    minWidth: "16px",
    height: "16px",
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
  },
  alert: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  more: { minWidth: "auto", flexShrink: 0, paddingInline: tokens.spacingHorizontalS },
  // Not bold, unlike an open tab: "more" keeps its width, so the line does not move.
  moreOpen: {
    position: "relative",
    color: tokens.colorNeutralForeground1,
    "::after": { ...BAR, backgroundColor: tokens.colorCompoundBrandStroke },
  },
  wrap: { display: "inline-flex", flexShrink: 0 },
});

/** What a count badge shows: "99+" past the limit, as Fluent UI's CounterBadge does. */
function badgeText(count: number | undefined): string {
  if (count === undefined) return "";
  return count > TAB_COUNT_LIMIT ? `${TAB_COUNT_LIMIT}+` : String(count);
}

export interface StepTabsProps {
  readonly step: Step;
  readonly report: PlanReport | undefined;
  readonly strings: PaneStrings;
  /** Opens the step whose tab was clicked (or pressed Enter or Space on): the focus stays on the tab. */
  readonly onStep: (step: Step) => void;
  /** Opens a step chosen from the menu, the focus going into it (useStepFocus); `onStep` if not given. */
  readonly onOpenStep?: (step: Step) => void;
}

/** The menu's chunk: fetched once the pane shows, and again on a click on "more" if that failed. */
const loadStepMenu = () => import(/* webpackChunkName: "step-menu" */ "./StepMenu");
type StepMenuComponent = Awaited<ReturnType<typeof loadStepMenu>>["default"];
/** The menu once fetched: a line remounted (new labels, new language) shows it at once. */
let stepMenu: StepMenuComponent | undefined;

/** The tabs a key can reach: those on the line, not those the overflow moved into the menu. */
function tabsOnLine(list: HTMLElement): HTMLElement[] {
  return [...list.querySelectorAll<HTMLElement>("[role=tab]:not([data-overflowing])")];
}

/** Arrow keys (round the line), Home and End move focus among the tabs; Enter or Space opens one. */
function moveFocus(event: KeyboardEvent<HTMLElement>): void {
  const tabs = tabsOnLine(event.currentTarget);
  const at = tabs.indexOf(document.activeElement as HTMLElement);
  if (at < 0) return;
  const rtl = getComputedStyle(event.currentTarget).direction === "rtl";
  const next = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
  let target: HTMLElement | undefined;
  if (next !== undefined) target = tabs[(at + next + tabs.length) % tabs.length];
  else if (event.key === "Home") target = tabs[0];
  else if (event.key === "End") target = tabs[tabs.length - 1];
  if (!target) return;
  event.preventDefault();
  target.focus();
}

export function StepTabs({
  step,
  report,
  strings,
  onStep,
  onOpenStep = onStep,
}: StepTabsProps): ReactElement {
  const classes = useStyles();
  const all = stepEntries(report, strings);
  // Overflow measures its items when they mount and when the line is resized, not when a label or a
  // count changes its width: a new key for every new set of visible texts has it measure them afresh.
  const shown = all.map((entry) => `${entry.label}${badgeText(entry.count)}`).join("|");
  return (
    <nav aria-label={strings.steps.label}>
      <Overflow key={shown} minimumVisible={2}>
        <div className={classes.line}>
          <TabList step={step} entries={all} onStep={onStep} />
          {/* Outside the tab list: a tab list holds tabs only (WAI-ARIA). */}
          <MoreSteps step={step} entries={all} strings={strings} onStep={onOpenStep} />
        </div>
      </Overflow>
    </nav>
  );
}

/** Whether the open step is in the menu: known once the overflow has measured the line. */
function useOpenInMenu(step: Step): boolean {
  return useOverflowVisibility().itemVisibility[step] === false;
}

/** The id of the open step's panel, which its tab controls. */
export const STEP_PANEL = "step-panel";

/** The tabs, every one of the same priority: those that do not fit are the last, whatever is open. */
function TabList({
  step,
  entries: all,
  onStep,
}: {
  step: Step;
  entries: readonly StepEntry[];
  onStep: (step: Step) => void;
}): ReactElement {
  const classes = useStyles();
  // One tab stop for the line: the open step's, or the first tab's while the open step is in the menu.
  const tabStop = useOpenInMenu(step) ? all[0].step : step;
  return (
    <div role="tablist" className={classes.tabs} onKeyDown={moveFocus}>
      {all.map((entry) => {
        const selected = entry.step === step;
        return (
          <OverflowItem key={entry.step} id={entry.step}>
            <button
              type="button"
              role="tab"
              id={`step-${entry.step}`}
              aria-selected={selected}
              // Only the open step's panel is there to point at (App's STEP_PANEL).
              aria-controls={selected ? STEP_PANEL : undefined}
              tabIndex={entry.step === tabStop ? 0 : -1}
              className={mergeClasses(classes.tab, selected && classes.selected)}
              aria-label={entry.count === undefined ? undefined : entry.name}
              onClick={() => onStep(entry.step)}
            >
              <span className={classes.label} data-label={entry.label}>
                {entry.label}
              </span>
              {entry.count !== undefined && (
                // The tab's name gives the full count; this is only what the eye reads.
                <span className={mergeClasses(classes.count, entry.alert && classes.alert)} aria-hidden>
                  {badgeText(entry.count)}
                </span>
              )}
            </button>
          </OverflowItem>
        );
      })}
    </div>
  );
}

/**
 * The menu of the steps that did not fit; nothing when all of them did. Until its chunk has come,
 * "more" is a button of the same look that fetches it (again, if the first fetch failed) and opens
 * the menu once it is there. The overflow measures the wrapper, which stays while the button changes.
 */
function MoreSteps({
  step,
  entries: all,
  strings,
  onStep,
}: {
  step: Step;
  entries: readonly StepEntry[];
  strings: PaneStrings;
  onStep: (step: Step) => void;
}): ReactElement | null {
  const classes = useStyles();
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLSpanElement>();
  const openInMenu = useOpenInMenu(step);
  const className = mergeClasses(classes.more, openInMenu && classes.moreOpen);
  const [StepMenu, setStepMenu] = useState(() => stepMenu);
  const [openWhenLoaded, setOpenWhenLoaded] = useState(false);
  const fetchMenu = useCallback(
    (open: boolean) =>
      loadStepMenu().then(
        ({ default: loaded }) => {
          stepMenu = loaded;
          setOpenWhenLoaded(open);
          setStepMenu(() => loaded);
        },
        // The waiting button stays, and its click fetches again.
        () => undefined,
      ),
    [],
  );
  useEffect(() => {
    if (!stepMenu) void fetchMenu(false);
  }, [fetchMenu]);
  if (!isOverflowing) return null;
  const label = strings.steps.more(overflowCount);
  return (
    <span ref={ref} className={classes.wrap}>
      {StepMenu ? (
        <StepMenu
          label={label}
          className={className}
          step={step}
          entries={all}
          onStep={onStep}
          defaultOpen={openWhenLoaded}
        />
      ) : (
        <Button
          appearance="transparent"
          size="small"
          className={className}
          aria-haspopup="menu"
          onClick={() => void fetchMenu(true)}
        >
          {label}
        </Button>
      )}
    </span>
  );
}
