/** What the checks find: every problem is a value naming its row, column and cell text. */
import type { Field } from "../cells/vocabulary";

export type Severity = "error" | "warning" | "info";

export type IssueCode =
  | "missing-column"
  | "missing-name"
  | "unknown-dimension"
  | "unknown-status"
  | "conflicting-status"
  | "not-a-number"
  | "ambiguous-amount"
  | "percent-not-amount"
  | "percent-column"
  | "unclear-unit"
  | "amounts-in-unit"
  | "cell-error"
  | "formula-without-value"
  | "amount-too-large"
  | "negative-amount"
  | "fraction-of-satang"
  | "text-number"
  | "read-as-zero"
  | "spent-but-not-done"
  | "over-disbursed"
  | "completed-without-disbursement"
  | "missing-reason"
  | "in-progress-at-year-end"
  | "duplicate-number"
  | "control-total-mismatch"
  | "no-year-column"
  | "over-ordinance"
  | "not-in-this-year"
  | "number-not-in-heading"
  | "read-as-continuation"
  | "read-as-part"
  | "read-as-total"
  | "hidden-row"
  | "ambiguous-column"
  | "unknown-round"
  | "title-conflict"
  | "sub-items-not-parts"
  | "total-or-project"
  | "other-year-below"
  | "columns-read"
  | "period-total-mismatch"
  | "cumulative-decrease"
  | "unknown-row-year"
  | "rows-of-other-years";

export const SEVERITY_OF: Readonly<Record<IssueCode, Severity>> = {
  "missing-column": "error",
  "missing-name": "error",
  "unknown-dimension": "error",
  "unknown-status": "error",
  "conflicting-status": "error",
  "not-a-number": "error",
  "ambiguous-amount": "error",
  "percent-not-amount": "error",
  "percent-column": "error",
  "unclear-unit": "error",
  "amounts-in-unit": "info",
  "cell-error": "error",
  "formula-without-value": "error",
  "amount-too-large": "error",
  "negative-amount": "error",
  "spent-but-not-done": "error",
  "fraction-of-satang": "warning",
  "over-disbursed": "warning",
  "completed-without-disbursement": "warning",
  "missing-reason": "warning",
  "in-progress-at-year-end": "warning",
  "duplicate-number": "warning",
  "control-total-mismatch": "warning",
  "no-year-column": "error",
  "over-ordinance": "warning",
  "not-in-this-year": "info",
  "number-not-in-heading": "warning",
  "read-as-continuation": "info",
  "read-as-part": "info",
  "read-as-total": "info",
  "hidden-row": "info",
  "text-number": "info",
  "read-as-zero": "info",
  "ambiguous-column": "error",
  "unknown-round": "error",
  "title-conflict": "error",
  "sub-items-not-parts": "error",
  "total-or-project": "error",
  "other-year-below": "warning",
  "columns-read": "info",
  "period-total-mismatch": "warning",
  "cumulative-decrease": "error",
  "unknown-row-year": "error",
  "rows-of-other-years": "error",
};

/** A column an issue names: its letter and its header's text (spec §9.7). */
export interface NamedColumn {
  readonly letter: string;
  readonly label: string;
}

/** Extra facts a message may quote: amounts in satang, another row, a dimension. */
export interface IssueDetails {
  /** What the cell was read as, or what the rows add up to (satang). */
  readonly amount?: number;
  /** The control total typed in the sheet or in the add-in (satang). */
  readonly expected?: number;
  readonly otherRow?: number;
  readonly dimension?: number;
  /** The report's fiscal year (Buddhist era), when an issue is about it. */
  readonly year?: number;
  /** A missing column's field, the second status of a conflict, or the years a plan has columns for. */
  readonly other?: string;
  /** The columns a field could be read from, or was read from (spec §9.7). */
  readonly columns?: readonly NamedColumn[];
  /** The columns not read: another round's, or the candidates left aside. */
  readonly others?: readonly NamedColumn[];
  /** The report's round, when an issue is about it. */
  readonly round?: number;
}

export interface Issue {
  readonly severity: Severity;
  readonly code: IssueCode;
  /** Worksheet row number the user sees (1-based); null for the whole sheet. */
  readonly row: number | null;
  /** Worksheet column number (1-based), when the issue is about one cell. */
  readonly column: number | null;
  readonly field: Field | null;
  /** The cell's text as the sheet holds it. */
  readonly text: string;
  readonly details?: IssueDetails;
}

export function makeIssue(
  code: IssueCode,
  at: { row: number | null; column: number | null; field: Field | null; text?: string },
  details?: IssueDetails,
): Issue {
  // One shape for every issue (details present or not): a plan can raise tens of thousands of them.
  return {
    severity: SEVERITY_OF[code],
    code,
    row: at.row,
    column: at.column,
    field: at.field,
    text: at.text ?? "",
    details,
  };
}

/** Where issues are put as they are found: a list, or an {@link IssueList}. */
export interface IssueSink {
  push(issue: Issue): void;
}

/** Issues per block of an IssueList. */
const BLOCK = 4096;

/**
 * Issues kept in blocks of a few thousand, in the order found. A plan's rows can raise tens of
 * thousands: one list grown to hold them all would be copied at each growth, the larger copies each
 * to fresh memory, which costs more than the issues themselves.
 */
export class IssueList implements IssueSink {
  private readonly blocks: Issue[][] = [[]];

  push(issue: Issue): void {
    let block = this.blocks[this.blocks.length - 1];
    if (block.length === BLOCK) {
      block = [];
      this.blocks.push(block);
    }
    block.push(issue);
  }

  /** The issues in the order found, block after block: for {@link sortIssues}. */
  get lists(): readonly (readonly Issue[])[] {
    return this.blocks;
  }
}

const byPlace = (a: Issue, b: Issue): number =>
  (a.row ?? 0) - (b.row ?? 0) || (a.column ?? 0) - (b.column ?? 0);

/**
 * Errors first, then warnings, then notes; within each, by row and column, in the order they came
 * where those are the same. `lists` are taken as one list, in order. Checks emit issues in row order,
 * so each severity's issues are nearly in order already: they are placed by severity into one list of
 * the right length, then each severity's part is put in order by insertion, which moves an issue only
 * as far as it is out of place.
 */
export function sortIssues(...lists: (readonly Issue[])[]): Issue[] {
  let length = 0;
  let errors = 0;
  let warnings = 0;
  for (const list of lists) {
    length += list.length;
    for (let i = 0; i < list.length; i++) {
      const severity = list[i].severity;
      if (severity === "error") errors++;
      else if (severity === "warning") warnings++;
    }
  }
  const sorted = new Array<Issue>(length);
  let error = 0;
  let warning = errors;
  let info = errors + warnings;
  for (const list of lists) {
    for (let i = 0; i < list.length; i++) {
      const issue = list[i];
      if (issue.severity === "error") sorted[error++] = issue;
      else if (issue.severity === "warning") sorted[warning++] = issue;
      else sorted[info++] = issue;
    }
  }
  sortByPlace(sorted, 0, errors);
  sortByPlace(sorted, errors, errors + warnings);
  sortByPlace(sorted, errors + warnings, length);
  return sorted;
}

/**
 * Puts list[from..to) in order by place, stably: by insertion, each issue placed after those not
 * after it; a part far out of order (more moves than a few per issue) is left to the engine's sort,
 * which is stable too.
 */
function sortByPlace(list: Issue[], from: number, to: number): void {
  let moves = 0;
  const budget = 8 * (to - from) + 64;
  for (let i = from + 1; i < to; i++) {
    const issue = list[i];
    if (byPlace(list[i - 1], issue) <= 0) continue;
    // The first earlier issue that sorts after this one: it goes there, after any equal to it.
    let low = from;
    let high = i - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (byPlace(list[mid], issue) > 0) high = mid;
      else low = mid + 1;
    }
    moves += i - low;
    if (moves > budget) {
      const part = list.slice(from, to).sort(byPlace);
      for (let k = 0; k < part.length; k++) list[from + k] = part[k];
      return;
    }
    for (let k = i; k > low; k--) list[k] = list[k - 1];
    list[low] = issue;
  }
}

export function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity]++;
  return counts;
}
