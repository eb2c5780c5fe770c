/** The engine end to end: grid → header → rows → checks → summary → projects not carried out. */
import { type ColumnMap, type Header, findHeader, withColumns } from "./columns";
import { type Grid, isFormulaWithoutValue } from "./grid";
import { type Issue, makeIssue, sortIssues } from "./issues";
import { spreadMerges } from "./merges";
import type { Satang } from "./money";
import { readTitle } from "./period";
import { type ControlTotal, type PlanRow, readRows } from "./rows";
import { type Summary, type Totals, summarize } from "./summarize";
import { type Round, checkControlTotals, effectiveStatus, rowChecker } from "./validate";
import type { Dimension } from "./vocabulary";

/** Where the plan came from, for the report and for tracing numbers back to rows. */
export interface PlanSource {
  readonly file?: string;
  readonly sheet?: string;
  readonly table?: string;
}

export interface PlanOptions {
  /** Default: what the title lines say, else 12. */
  readonly round?: Round;
  readonly organisation?: string;
  /** Buddhist era. Default: what the title lines say. */
  readonly fiscalYear?: number;
  /** Worksheet row of the header, when the user has chosen it. */
  readonly headerRow?: number;
  /** Columns the user has chosen (indices into the grid's rows), over the recognised ones. */
  readonly columns?: ColumnMap;
  /** Totals the user typed from the plan document, such as the memo's 428,000. */
  readonly controlTotals?: { readonly plannedBudget?: Satang; readonly disbursed?: Satang };
  readonly source?: PlanSource;
}

/** A row not carried out, for the list under the summary and for flagging it in the sheet. */
export interface NotCarriedOut {
  readonly row: number;
  readonly no: string;
  readonly name: string;
  readonly dimension: Dimension | null;
  readonly plannedBudget: Satang;
  readonly note: string;
}

export interface PlanReport {
  readonly source: PlanSource & { readonly headerRow: number; readonly lastRow: number };
  readonly header: Header;
  /** Worksheet column of the grid's first column: header indices + this − 0 give sheet columns. */
  readonly firstColumn: number;
  readonly round: Round;
  readonly organisation?: string;
  readonly fiscalYear?: number;
  readonly rows: readonly PlanRow[];
  readonly summary: Summary;
  readonly notCarriedOut: readonly NotCarriedOut[];
  /** Errors first, then warnings, then notes. */
  readonly issues: readonly Issue[];
  /** No issue is an error. */
  readonly valid: boolean;
}

/**
 * Reads, checks and summarises the plan in a grid. Undefined when the grid holds nothing that
 * looks like a plan (no header naming at least two of its columns in the first 20 rows).
 */
export function analyzePlan(grid: Grid, options: PlanOptions = {}): PlanReport | undefined {
  const headerRow = options.headerRow ?? grid.headerRow;
  const atIndex = headerRow === undefined ? undefined : headerRow - grid.firstRow;
  const found = findHeader(grid, atIndex);
  if (!found) return undefined;
  const header = options.columns ? withColumns(found, options.columns) : found;
  const title = readTitle(grid, header.index);
  const round = options.round ?? title.round ?? 12;

  const issues: Issue[] = [];
  const missing = [...header.missing];
  if (header.columns.status === undefined && header.ticks.length === 0) missing.push("status");
  for (const field of missing) {
    issues.push(makeIssue("missing-column", { row: null, column: null, field }, { other: field }));
  }

  // A header cell whose formula has no value names no column: say so, rather than miss the column.
  for (let r = header.index; r < header.index + header.height; r++) {
    grid.rows[r].forEach((cell, c) => {
      if (!isFormulaWithoutValue(cell)) return;
      const at = {
        row: grid.firstRow + r,
        column: grid.firstColumn + c,
        field: null,
        text: `=${cell.formula}`,
      };
      issues.push(makeIssue("formula-without-value", at));
    });
  }

  const read = readRows(spreadMerges(grid, header), header, rowChecker(round, header, grid.firstColumn));
  const summary = summarize(read.rows, round, read.dimensionNames);
  const totalOf = (dimension: Dimension | null): Totals =>
    dimension === null ? summary.total : summary.dimensions[dimension - 1];
  const controls: ControlTotal[] = [...read.controlTotals];
  if (options.controlTotals) controls.push({ row: null, dimension: null, ...options.controlTotals });
  const controlIssues = checkControlTotals(controls, totalOf, header, grid.firstColumn);

  // The list agrees with the table: a row with no dimension is in neither (its unknown-dimension
  // error says why), so "not carried out (N)" is the table's count.
  const notCarriedOut = read.rows
    .filter((row) => row.dimension !== null && effectiveStatus(row.status, round) === "notDone")
    .map(({ row, no, name, dimension, plannedBudget, note }) => ({
      row,
      no,
      name,
      dimension,
      plannedBudget,
      note,
    }));

  // concat, not push(...): a large plan's issues would overflow the call stack as arguments.
  const sorted = sortIssues(issues.concat(read.issues, controlIssues));
  const organisation = options.organisation ?? title.organisation;
  const fiscalYear = options.fiscalYear ?? title.fiscalYear;
  return {
    source: { ...options.source, headerRow: grid.firstRow + header.index, lastRow: read.lastRow },
    header,
    firstColumn: grid.firstColumn,
    round,
    ...(organisation === undefined ? {} : { organisation }),
    ...(fiscalYear === undefined ? {} : { fiscalYear }),
    rows: read.rows,
    summary,
    notCarriedOut,
    issues: sorted,
    valid: !sorted.some((issue) => issue.severity === "error"),
  };
}
