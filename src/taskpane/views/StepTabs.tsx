/**
 * The five steps as tabs on one line. Labels are short and counts are badges, so at 350 px the five
 * usually fit; where a language or a font makes them wider than the pane, the tabs that do not fit go
 * into a "more steps" menu at the end of the line instead of wrapping onto a second one (Fluent UI's
 * Overflow, https://react.fluentui.dev/?path=/docs/components-overflow--docs). The open step never
 * goes into the menu.
 *
 * The tab list is the WAI-ARIA tabs pattern written out (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/):
 * arrow keys, Home and End move among the tabs on the line, Enter or Space opens one (manual
 * activation: a later step may still be loading). Fluent UI's TabList would bring its keyboard
 * library, Tabster, into the pane's first load for these few keys; the menu, which does need it, comes
 * as a chunk of its own once the pane shows (StepMenu.tsx).
 */
import {
  Button,
  Overflow,
  OverflowItem,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
  useOverflowMenu,
} from "@fluentui/react-components";
import { type KeyboardEvent, type ReactElement, useCallback, useEffect, useState } from "react";
import type { PlanReport } from "../../core";
import { type Step, type StepEntry, stepEntries } from "../state/steps";
import type { PaneStrings } from "../words/strings";

export type { Step };

/** Counts past this show as "99+" on a tab; the tab's accessible name and the step give the number. */
const TAB_COUNT_LIMIT = 99;

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
    "::after": {
      content: '""',
      position: "absolute",
      left: tokens.spacingHorizontalS,
      right: tokens.spacingHorizontalS,
      bottom: 0,
      height: tokens.strokeWidthThick,
      borderRadius: tokens.borderRadiusCircular,
    },
    ":hover": { color: tokens.colorNeutralForeground2Hover },
    ":hover::after": { backgroundColor: tokens.colorNeutralStroke1Hover },
    ...createFocusOutlineStyle(),
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
  readonly onStep: (step: Step) => void;
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

export function StepTabs({ step, report, strings, onStep }: StepTabsProps): ReactElement {
  const classes = useStyles();
  const all = stepEntries(report, strings);
  // Overflow measures its items when they mount and when the line is resized, not when a label or a
  // count changes its width: a new key for every new set of visible texts has it measure them afresh.
  const shown = all.map((entry) => `${entry.label}${badgeText(entry.count)}`).join("|");
  return (
    <nav aria-label={strings.steps.label}>
      <Overflow key={shown} minimumVisible={2}>
        <div className={classes.line}>
          <div role="tablist" className={classes.tabs} onKeyDown={moveFocus}>
            {all.map((entry) => {
              const selected = entry.step === step;
              return (
                <OverflowItem key={entry.step} id={entry.step} priority={selected ? 2 : 1}>
                  <button
                    type="button"
                    role="tab"
                    id={`step-${entry.step}`}
                    aria-selected={selected}
                    // One tab stop for the line: the open step's; the keys above reach the others.
                    tabIndex={selected ? 0 : -1}
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
          {/* Outside the tab list: a tab list holds tabs only (WAI-ARIA). */}
          <MoreSteps entries={all} strings={strings} onStep={onStep} />
        </div>
      </Overflow>
    </nav>
  );
}

/**
 * The menu of the steps that did not fit; nothing when all of them did. Until its chunk has come,
 * "more" is a button of the same look that fetches it (again, if the first fetch failed) and opens
 * the menu once it is there. The overflow measures the wrapper, which stays while the button changes.
 */
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
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLSpanElement>();
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
          className={classes.more}
          entries={all}
          onStep={onStep}
          defaultOpen={openWhenLoaded}
        />
      ) : (
        <Button
          appearance="transparent"
          size="small"
          className={classes.more}
          aria-haspopup="menu"
          onClick={() => void fetchMenu(true)}
        >
          {label}
        </Button>
      )}
    </span>
  );
}
