/**
 * The second step: what the checks found, errors first, each finding naming its row, column and
 * cell. Alike findings are one card with their rows ("แถว 2–30,001 … (30,000 แถว)"), and each kind
 * shows its first hundred cards, with a button for the next hundred: a plan of 30,000 findings opens
 * this step as fast as one of three. A card about cells is a button that selects its (first) cell.
 */
import {
  Button,
  Link,
  Text,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { type ReactElement, useEffect, useMemo, useRef, useState } from "react";
import {
  FORMAT,
  type Issue,
  type IssueGroup,
  type Lang,
  MESSAGES,
  type Severity,
  displayText,
  groupPlace,
  groupRowCount,
  issuePlace,
  type PlanReport,
  leftOutRows,
  readingLine,
} from "../../core";
import { findingGroups } from "./findingGroups";
import { SeverityIcon } from "./SeverityIcon";
import type { PaneStrings } from "../words/strings";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Rows left out that are each a link, per role; the rest are counted (the reading line names them all). */
const ROWS_LINKED = 20;

/** Cards shown at first for each kind, and added by each "show more". */
export const CARDS_PER_PAGE = 100;

const count = (n: number): string => displayText(n, FORMAT.count);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalL,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  count: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  heading: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  card: {
    display: "grid",
    gridTemplateColumns: "16px 1fr",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    width: "100%",
    minWidth: 0,
    boxSizing: "border-box",
    margin: 0,
    textAlign: "left",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground1,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: "none",
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    // The icon sits on the first line of text, whatever the line height.
    "& > svg": { marginTop: "3px" },
  },
  /**
   * A card is a button, not a link: on hover and press its text keeps its colour and the card only
   * darkens a little. A plain button, not Fluent's: a hundred of them render at once.
   */
  clickable: {
    ...createFocusOutlineStyle(),
    cursor: "pointer",
    ":hover": {
      backgroundImage: `linear-gradient(${tokens.colorNeutralStencil2Alpha}, ${tokens.colorNeutralStencil2Alpha})`,
    },
    ":hover:active": {
      backgroundImage: `linear-gradient(${tokens.colorNeutralStencil1Alpha}, ${tokens.colorNeutralStencil1Alpha})`,
    },
  },
  busy: { cursor: "default" },
  error: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    borderLeftColor: tokens.colorStatusDangerBorder2,
  },
  warning: {
    backgroundColor: tokens.colorPaletteMarigoldBackground1,
    borderLeftColor: tokens.colorPaletteMarigoldBorder2,
  },
  info: {
    backgroundColor: tokens.colorBrandBackground2,
    borderLeftColor: tokens.colorPaletteBlueBorderActive,
  },
  where: { fontWeight: tokens.fontWeightSemibold },
  rowCount: { whiteSpace: "nowrap" },
  cellText: { display: "block", color: tokens.colorNeutralForeground2 },
  hint: { color: tokens.colorNeutralForeground2 },
  more: { alignSelf: "flex-start", marginTop: tokens.spacingVerticalXS },
  leftOut: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

export interface CheckStepProps {
  readonly issues: readonly Issue[];
  /**
   * The plan's rows and their roles: what was read and left out is said above the findings, and each
   * row left out is a link to it on the sheet (spec §2.5).
   */
  readonly read?: Pick<PlanReport, "roles" | "rows" | "header" | "firstColumn">;
  /** Selects a cell of the plan (1-based worksheet row and column). */
  readonly onSelectCell?: (row: number, column: number) => void;
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly busy: boolean;
  readonly onSelect: (issue: Issue) => void;
}

/** Where the issue is: core's wording, shared with the command line. */
export { issuePlace };

type Shown = Readonly<Record<Severity, number>>;
const FIRST_PAGE: Shown = { error: CARDS_PER_PAGE, warning: CARDS_PER_PAGE, info: CARDS_PER_PAGE };

export function CheckStep({
  issues,
  read,
  lang,
  strings,
  busy,
  onSelect,
  onSelectCell,
}: CheckStepProps): ReactElement {
  const classes = useStyles();
  const reading = useMemo(() => (read === undefined ? undefined : readingLine(read, lang)), [read, lang]);
  const leftOut = useMemo(() => (read === undefined ? [] : leftOutRows(read)), [read]);
  const groups = useMemo(() => findingGroups(issues, lang), [issues, lang]);
  const bySeverity = useMemo(() => {
    const split: Record<Severity, IssueGroup[]> = { error: [], warning: [], info: [] };
    for (const group of groups) split[group.severity].push(group);
    return split;
  }, [groups]);
  const counts = useMemo(() => {
    const found = { error: 0, warning: 0, info: 0 };
    for (const group of groups) found[group.severity] += group.issues.length;
    return found;
  }, [groups]);
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

  const severityWords = MESSAGES[lang].severities;
  const clickable = issues.some((issue) => issue.row !== null && issue.column !== null);

  const card = (group: IssueGroup, severity: Severity): ReactElement => {
    const first = group.issues[0];
    const rowCount = groupRowCount(group, lang);
    const content = (
      <>
        <SeverityIcon severity={severity} />
        <span>
          <span className={classes.where}>{groupPlace(group, lang)}</span>
          {`: ${group.message}`}
          {rowCount !== undefined && <span className={classes.rowCount}>{` (${rowCount})`}</span>}
          {first.text !== "" && !group.message.includes(first.text) && (
            <span className={classes.cellText}>{strings.check.cellText(first.text)}</span>
          )}
        </span>
      </>
    );
    const className = mergeClasses(classes.card, classes[severity]);
    return first.row !== null && first.column !== null ? (
      <button
        type="button"
        className={mergeClasses(className, classes.clickable, busy && classes.busy)}
        // While the pane is busy the card keeps its place in the tab order but does nothing.
        aria-disabled={busy || undefined}
        onClick={busy ? undefined : () => onSelect(first)}
      >
        {content}
      </button>
    ) : (
      // Focusable by script only: "show more" may move the focus here.
      <div className={className} tabIndex={-1}>
        {content}
      </div>
    );
  };

  return (
    <div className={classes.root}>
      <ul className={classes.counts} aria-label={strings.check.heading}>
        {SEVERITIES.map((severity) => (
          <li key={severity} className={classes.count}>
            <SeverityIcon severity={severity} />
            <Text>{`${severityWords[severity]} ${count(counts[severity])}`}</Text>
          </li>
        ))}
      </ul>
      {reading !== undefined && (
        <Text size={200} className={classes.hint}>
          {reading}
        </Text>
      )}
      {read !== undefined && onSelectCell !== undefined && leftOut.length > 0 && (
        <ul className={classes.leftOut} aria-label={strings.check.leftOut}>
          {leftOut.map(({ role, rows }) => (
            <li key={role}>
              {`${MESSAGES[lang].roles[role]}: `}
              {rows.slice(0, ROWS_LINKED).map((row, i) => (
                <span key={row}>
                  {i > 0 && ", "}
                  <Link
                    as="button"
                    inline
                    disabled={busy}
                    onClick={() => onSelectCell(row, read.firstColumn + (read.header.columns.name ?? 0))}
                  >
                    {MESSAGES[lang].row(row)}
                  </Link>
                </span>
              ))}
              {rows.length > ROWS_LINKED && ` ${strings.check.moreRows(count(rows.length - ROWS_LINKED))}`}
            </li>
          ))}
        </ul>
      )}
      {issues.length === 0 && <Text>{strings.check.none}</Text>}
      {clickable && (
        <Text size={200} className={classes.hint}>
          {strings.check.cellHint}
        </Text>
      )}
      {SEVERITIES.filter((severity) => counts[severity] > 0).map((severity) => {
        const headingId = `issues-${severity}`;
        const all = bySeverity[severity];
        const visible = all.slice(0, shown[severity]);
        const left = all.length - visible.length;
        return (
          <section key={severity} aria-labelledby={headingId}>
            <h2 id={headingId} className={classes.heading}>
              <SeverityIcon severity={severity} />
              {`${severityWords[severity]} (${count(counts[severity])})`}
            </h2>
            <ul className={classes.list} ref={(list) => void (lists.current[severity] = list)}>
              {visible.map((group, i) => {
                const first = group.issues[0];
                return (
                  <li key={`${first.code}-${first.row ?? "sheet"}-${first.column ?? ""}-${i}`}>
                    {card(group, severity)}
                  </li>
                );
              })}
            </ul>
            {left > 0 && (
              <Button
                className={classes.more}
                onClick={() => {
                  focusNext.current = { severity, index: visible.length };
                  setShown((before) => ({ ...before, [severity]: before[severity] + CARDS_PER_PAGE }));
                }}
              >
                {strings.check.showMore(count(Math.min(CARDS_PER_PAGE, left)), count(left))}
              </Button>
            )}
          </section>
        );
      })}
    </div>
  );
}
