/**
 * Alike findings told once: a plan of 30,000 rows with "-" as every budget raises 30,000 notes that
 * say the same thing, and a list of them hides the few errors that matter. Findings with the same
 * code, column and message (the same cell text too) are one group, with the rows they are on.
 */
import { columnLetter } from "../cells/grid";
import { issuePlace } from "./issuePlace";
import { type Issue, type Severity } from "./issues";
import { MESSAGES, describeIssue, type Lang } from "../words/messages";
import { rowsText } from "../summary/rowRanges";
import { displayText } from "../layout/display";
import { FORMAT } from "../layout/formats";

/** One finding, or many alike; a group of one is told as that finding. */
export interface IssueGroup {
  readonly severity: Severity;
  /** The group's findings by row; the first is where "go to the cell" goes. */
  readonly issues: readonly Issue[];
  /** The sheet rows of its findings, ascending, each once; empty for a finding about the whole sheet. */
  readonly rows: readonly number[];
  /** The message every finding of the group has, in the language it was grouped in. */
  readonly message: string;
}

/** A group's place names this many row ranges at most, then how many more there are. */
export const MAX_GROUP_RANGES = 12;

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

const byRow = (a: Issue, b: Issue): number =>
  (a.row ?? 0) - (b.row ?? 0) || (a.column ?? 0) - (b.column ?? 0);

/**
 * The findings in groups: errors first, then warnings, then notes; within each, by the group's first
 * row and column. A finding about the whole sheet (no row) is always a group of its own.
 */
export function groupIssues(issues: readonly Issue[], lang: Lang): IssueGroup[] {
  const building = new Map<string, { message: string; issues: Issue[] }>();
  const alone: { message: string; issues: Issue[] }[] = [];
  for (const issue of issues) {
    const message = describeIssue(issue, lang);
    if (issue.row === null) {
      alone.push({ message, issues: [issue] });
      continue;
    }
    // The message already holds what makes findings differ (text, amounts, another row); the cell's
    // text is shown beside it when the message does not quote it, so it is part of the key too.
    const key = `${issue.code}\u0000${issue.column ?? ""}\u0000${issue.field ?? ""}\u0000${issue.text}\u0000${message}`;
    const found = building.get(key);
    if (found) found.issues.push(issue);
    else building.set(key, { message, issues: [issue] });
  }
  const groups = [...alone, ...building.values()].map(({ message, issues: members }): IssueGroup => {
    const sorted = members.length > 1 ? [...members].sort(byRow) : members;
    const rows: number[] = [];
    for (const issue of sorted) {
      if (issue.row !== null && rows[rows.length - 1] !== issue.row) rows.push(issue.row);
    }
    return { severity: sorted[0].severity, issues: sorted, rows, message };
  });
  return groups.sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || byRow(a.issues[0], b.issues[0]),
  );
}

/**
 * Where a group is: a single finding's place ("แถว 9 · หมายเหตุ (H9)"), or the rows and the column of
 * many ("แถว 2–30,001 · งบประมาณตามแผน (คอลัมน์ D)"), the rows cut after MAX_GROUP_RANGES ranges.
 */
export function groupPlace(group: IssueGroup, lang: Lang): string {
  const first = group.issues[0];
  if (group.issues.length === 1) return issuePlace(first, lang);
  const words = MESSAGES[lang];
  const parts = [capitalised(rowsText(group.rows, lang, MAX_GROUP_RANGES))];
  const column = first.column === null ? "" : words.group.column(columnLetter(first.column));
  if (first.field !== null)
    parts.push(column === "" ? words.fields[first.field] : `${words.fields[first.field]} (${column})`);
  else if (column !== "") parts.push(column);
  return parts.join(" · ");
}

/** How many rows a group of many is on: "30,000 แถว"; undefined for a single finding. */
export function groupRowCount(group: IssueGroup, lang: Lang): string | undefined {
  if (group.issues.length === 1) return undefined;
  return MESSAGES[lang].group.rows(displayText(group.rows.length, FORMAT.count));
}

/** "rows 4–8" opens a place as "Rows 4–8", as "Row 9" does; Thai has no capitals. */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
