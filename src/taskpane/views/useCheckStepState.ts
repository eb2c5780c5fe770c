/**
 * What the check step shows (CheckStep.tsx): the findings grouped and split by severity, how many
 * cards of each kind are shown, and the rows the plan's reading left out.
 */
import { type RefCallback, useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  type Issue,
  type IssueGroup,
  type Lang,
  type PlanReport,
  type Severity,
  leftOutRows,
  readingLine,
} from "../../core";
import { findingGroups } from "./findingGroups";
import type { PaneStrings } from "../words/strings";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Cards shown at first for each kind, and added by each "show more". */
export const CARDS_PER_PAGE = 100;

export interface CheckStepProps {
  readonly issues: readonly Issue[];
  /**
   * The plan's rows and their roles: what was read and left out is said above the findings, and each
   * row left out is a link to it on the sheet (spec §2.5).
   */
  readonly read?: Pick<PlanReport, "roles" | "rows" | "header" | "firstColumn">;
  /**
   * Selects a cell of the plan (1-based worksheet row and column); left out where the host shows no
   * sheet (its `selectsRows`), and the rows are then named, not links.
   */
  readonly onSelectCell?: (row: number, column: number) => void;
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly busy: boolean;
  /** Selects a finding's cell; left out where the host shows no sheet, and the cards are no buttons. */
  readonly onSelect?: (issue: Issue) => void;
}

/** The findings of one severity as shown: the cards on the page, and how many more there are. */
export interface SeveritySection {
  readonly severity: Severity;
  /** Findings of this severity (a card may hold several). */
  readonly count: number;
  readonly visible: readonly IssueGroup[];
  readonly left: number;
}

export interface CheckStepState extends CheckStepProps {
  /** What was read and left out of the plan, in a line; undefined without `read`. */
  readonly reading: string | undefined;
  readonly leftOut: ReturnType<typeof leftOutRows>;
  readonly counts: Readonly<Record<Severity, number>>;
  /** The severities with findings, errors first. */
  readonly sections: readonly SeveritySection[];
  /** Some finding is about a cell, which its card selects. */
  readonly clickable: boolean;
  readonly listRef: (severity: Severity) => RefCallback<HTMLUListElement>;
  /** Shows the next page of a severity's cards, the first of them focused. */
  readonly showMore: (section: SeveritySection) => void;
}

type Shown = Readonly<Record<Severity, number>>;
const FIRST_PAGE: Shown = { error: CARDS_PER_PAGE, warning: CARDS_PER_PAGE, info: CARDS_PER_PAGE };

/** The findings grouped, by severity, and counted. */
function useGroups(issues: readonly Issue[], lang: Lang) {
  const groups = useMemo(() => findingGroups(issues, lang), [issues, lang]);
  return useMemo(() => {
    const bySeverity: Record<Severity, IssueGroup[]> = { error: [], warning: [], info: [] };
    const counts = { error: 0, warning: 0, info: 0 };
    for (const group of groups) {
      bySeverity[group.severity].push(group);
      counts[group.severity] += group.issues.length;
    }
    return { bySeverity, counts };
  }, [groups]);
}

/** How many cards of each kind are shown, and the focus moved to the first card a "show more" adds. */
function usePages() {
  const [shown, setShown] = useState<Shown>(FIRST_PAGE);
  const lists = useRef<Partial<Record<Severity, HTMLUListElement | null>>>({});
  /** The first card a "show more" added: it takes the focus once it is in the page. */
  const focusNext = useRef<{ readonly severity: Severity; readonly index: number } | undefined>(undefined);
  useEffect(() => {
    const next = focusNext.current;
    if (!next) return;
    focusNext.current = undefined;
    const card = lists.current[next.severity]?.children[next.index]?.firstElementChild;
    if (card instanceof HTMLElement) card.focus();
  }, [shown]);
  const listRef = useCallback(
    (severity: Severity): RefCallback<HTMLUListElement> =>
      (list) =>
        void (lists.current[severity] = list),
    [],
  );
  const showMore = useCallback(({ severity, visible }: SeveritySection) => {
    focusNext.current = { severity, index: visible.length };
    setShown((before) => ({ ...before, [severity]: before[severity] + CARDS_PER_PAGE }));
  }, []);
  return { shown, listRef, showMore };
}

export function useCheckStepState(props: CheckStepProps): CheckStepState {
  const { issues, read, lang } = props;
  const reading = useMemo(() => (read === undefined ? undefined : readingLine(read, lang)), [read, lang]);
  const leftOut = useMemo(() => (read === undefined ? [] : leftOutRows(read)), [read]);
  const { bySeverity, counts } = useGroups(issues, lang);
  const { shown, listRef, showMore } = usePages();
  const sections = SEVERITIES.filter((severity) => counts[severity] > 0).map((severity) => {
    const all = bySeverity[severity];
    const visible = all.slice(0, shown[severity]);
    return { severity, count: counts[severity], visible, left: all.length - visible.length };
  });
  return {
    ...props,
    reading,
    leftOut,
    counts,
    sections,
    clickable:
      props.onSelect !== undefined && issues.some((issue) => issue.row !== null && issue.column !== null),
    listRef,
    showMore,
  };
}
