/** The engine end to end: grid → header → rows → checks → summary → projects not carried out. */
import {
  type ColumnChoice,
  type Header,
  amountUnits,
  findHeader,
  withColumns,
  withUnitRow,
} from "./rows/columns";
import { type Grid, isBlank, isFormulaWithoutValue } from "./cells/grid";
import { findHeadings } from "./rows/headings";
import { type TypeCounts, countTypes } from "./rows/itemTypes";
import { type Issue, makeIssue, sortIssues } from "./checks/issues";
import { spreadMerges } from "./cells/merges";
import type { Satang } from "./cells/money";
import { type TitleFacts, readTitle } from "./rows/period";
import { type ReasonCategory, reasonCategory } from "./rows/reasons";
import type { RowRoleEntry } from "./rows/roles";
import type { ProjectRows } from "./rows/projectRows";
import { type ControlTotal, type PlanRow, readRows } from "./rows/rows";
import { type HeadingSummary, summarizeHeadings } from "./checks/subtotals";
import { type Summary, type Totals, summarize } from "./summary/summarize";
import {
  type Round,
  type RowCheck,
  checkControlTotals,
  effectiveStatus,
  rowChecker,
} from "./checks/validate";
import type { Dimension, Field } from "./cells/vocabulary";
import type { AmountUnit } from "./cells/amounts";
import { withDevelopmentPlanFallback } from "./checks/budgets";
import { chooseColumns, periodTotalCheck, rowYearCheck, sheetColumnChoice } from "./rows/candidates";
import {
  type RowYears,
  type YearColumn,
  type YearReading,
  readRowYears,
  readYearColumns,
  yearRule,
} from "./rows/yearColumns";

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
  readonly columns?: ColumnChoice;
  /**
   * Columns chosen by worksheet column number (1-based; the command line's `--column disbursed=H`), or
   * null for none: over `columns` (spec §9.7).
   */
  readonly sheetColumns?: Readonly<Partial<Record<Field, number | null>>>;
  /** Totals the user typed from the plan document, such as the memo's 428,000. */
  readonly controlTotals?: { readonly plannedBudget?: Satang; readonly disbursed?: Satang };
  readonly source?: PlanSource;
  /** Show sub-dimension subtotals under the summary table (spec §9.1). Off by default. */
  readonly subtotals?: boolean;
}

/** A row not carried out, for the list under the summary and for flagging it in the sheet. */
export interface NotCarriedOut {
  readonly row: number;
  readonly no: string;
  readonly name: string;
  readonly dimension: Dimension | null;
  readonly plannedBudget: Satang;
  readonly note: string;
  /** The reason column's text, else the note (spec §9.4). */
  readonly reason: string;
  /** e-Plan's category of the reason; null when none is given. */
  readonly reasonCategory: ReasonCategory | null;
}

export interface PlanReport {
  readonly source: PlanSource & { readonly headerRow: number; readonly lastRow: number };
  readonly header: Header;
  /** Worksheet column of the grid's first column: header indices + this − 0 give sheet columns. */
  readonly firstColumn: number;
  readonly round: Round;
  readonly organisation?: string;
  readonly fiscalYear?: number;
  /** Neither given nor in the sheet's title: the year of the latest round ended (withDefaultFiscalYear). */
  readonly fiscalYearAssumed?: boolean;
  readonly rows: readonly PlanRow[];
  /** Every non-blank row under the header with its role and the evidence for it (spec §2.5). */
  readonly roles: readonly RowRoleEntry[];
  readonly summary: Summary;
  /** The budget columns headed by fiscal years (spec §9.2); empty when the sheet has none. */
  readonly yearColumns: readonly YearColumn[];
  /** Sub-dimension subtotals, one per heading row, in sheet order (spec §9.1). */
  readonly headings: readonly HeadingSummary[];
  /** Rows per item type (spec §9.5). */
  readonly itemTypes: TypeCounts;
  /** Whether the written summary shows the sub-dimension subtotals (spec §9.1). */
  readonly subtotals: boolean;
  /** The sheet has an ordinance column with at least one amount in it (spec §9.3). */
  readonly hasOrdinanceBudget: boolean;
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
  const title = readTitle(grid, found.index);
  const statedYear = options.fiscalYear ?? title.fiscalYear;
  const round = options.round ?? title.round ?? 12;
  const columns = readColumns(grid, found, options, {
    round,
    roundStated: (options.round ?? title.round) !== undefined,
    statedYear,
  });
  const { chosen, years, header } = columns;
  // A multi-year list's years (spec §9.2): without a stated year, the list's only year is the report's.
  const rowYears = readRowYears(grid, header, statedYear);
  const fiscalYear = statedYear ?? rowYears.rule?.year;

  const issues: Issue[] = [
    ...columns.issues,
    ...titleIssues(title, options),
    ...missingColumnIssues(header, columns.said),
    ...yearIssues(rowYears, years, fiscalYear, chosen?.plannedBudget !== undefined),
    ...headerFormulaIssues(grid, header),
  ];

  const spread = spreadMerges(grid, header);
  const headings = findHeadings(spread, header, years.otherYears);
  // Amount columns in thousands or millions of baht (header or title): scaled, and said (spec §2.3).
  const units = amountUnits(header, title.unit, {
    row: grid.firstRow + header.index,
    firstColumn: grid.firstColumn,
  });
  issues.push(...units.issues);
  const rules = {
    headings,
    ...(fiscalYear === undefined ? {} : { fiscalYear }),
    units: units.byIndex,
    ...yearRule(years, header.columns.plannedBudget),
    ...(rowYears.rule ? { rowYears: rowYears.rule } : {}),
  };
  const check = rowChecks(header, grid.firstColumn, {
    round,
    units: units.byIndex,
    ...(rowYears.years.length > 0 ? { rowYears: { fiscalYear } } : {}),
  });
  const read = readRows(spread, header, check, rules);
  const { projects } = read;
  const summary = summarize(projects, round, read.dimensionNames);
  const totalOf = (dimension: Dimension | null): Totals =>
    dimension === null ? summary.total : summary.dimensions[dimension - 1];
  const controls: ControlTotal[] = [...read.controlTotals];
  if (options.controlTotals) controls.push({ row: null, dimension: null, ...options.controlTotals });
  const controlIssues = checkControlTotals(controls, totalOf, header, grid.firstColumn);

  const notCarriedOut = notCarriedOutOf(projects, round);
  const headingList = [...headings.byIndex.values()];
  const sorted = sortIssues(issues, ...read.issues.lists, controlIssues);
  const organisation = options.organisation ?? title.organisation;
  return {
    source: { ...options.source, headerRow: grid.firstRow + header.index, lastRow: read.lastRow },
    header,
    firstColumn: grid.firstColumn,
    round,
    ...(organisation === undefined ? {} : { organisation }),
    ...(fiscalYear === undefined ? {} : { fiscalYear }),
    // The rows and roles are built when first read: most uses of a report need neither (see ProjectRows).
    get rows() {
      return projects.list();
    },
    get roles() {
      return read.roles();
    },
    summary,
    yearColumns: years.years,
    headings: headingList.length === 0 ? [] : summarizeHeadings(projects.list(), headingList, round),
    itemTypes: countTypes(projects),
    subtotals: options.subtotals === true,
    hasOrdinanceBudget: hasAmounts(projects, header.columns.ordinanceBudget),
    notCarriedOut,
    issues: sorted,
    valid: !sorted.some((issue) => issue.severity === "error"),
  };
}

/**
 * Which column is which: the user's choices (by field, or by the sheet's letters), the report year's
 * column among year columns, several columns for one field settled by the round, the year, the cells or
 * the headers, else asked (spec §9.7), and a unit row under the header.
 */
function readColumns(
  grid: Grid,
  found: Header,
  options: PlanOptions,
  facts: { readonly round: Round; readonly roundStated: boolean; readonly statedYear: number | undefined },
) {
  const byLetter = options.sheetColumns && sheetColumnChoice(options.sheetColumns, found, grid.firstColumn);
  const chosen = byLetter ? { ...options.columns, ...byLetter.choice } : options.columns;
  const years = readYearColumns(grid, found, facts.statedYear, chosen);
  const settled = chooseColumns(grid, years.header, {
    round: facts.round,
    roundStated: facts.roundStated,
    ...(facts.statedYear === undefined ? {} : { fiscalYear: facts.statedYear }),
    ...(chosen ? { chosen } : {}),
    yearColumns: years.years.map((column) => column.index),
    at: { row: grid.firstRow + found.index, firstColumn: grid.firstColumn },
  });
  const recognised = withDevelopmentPlanFallback(settled.header);
  const header = withUnitRow(grid, chosen ? withColumns(recognised, chosen) : recognised);
  return {
    chosen,
    years,
    header,
    issues: [...(byLetter?.issues ?? []), ...settled.issues],
    // A field chosen by a letter outside the plan (its letter quoted), or named only by a percentage
    // column, has been said already.
    said: (field: Field) =>
      byLetter?.issues.some((issue) => issue.field === field) ||
      settled.issues.some((issue) => issue.code === "percent-column" && issue.field === field),
  };
}

/**
 * The checks of each row as it is read, as one: a project's own (rowChecker), a period's total against
 * its parts', and, in a list of several years, the row's year against the report's.
 */
function rowChecks(
  header: Header,
  firstColumn: number,
  rules: {
    readonly round: Round;
    readonly units: ReadonlyMap<number, AmountUnit>;
    readonly rowYears?: { readonly fiscalYear: number | undefined };
  },
): RowCheck {
  const checks = [
    rowChecker(rules.round, header, firstColumn),
    periodTotalCheck(header, firstColumn, rules.units),
    rules.rowYears
      ? rowYearCheck(header.columns.fiscalYear, rules.rowYears.fiscalYear, firstColumn)
      : undefined,
  ].filter((check): check is RowCheck => check !== undefined);
  return checks.length === 1
    ? checks[0]
    : (row, found, earlier) => checks.forEach((c) => c(row, found, earlier));
}

/**
 * What the title lines say that the figures cannot be read past: a unit that is not one known (the
 * amounts may not be in baht, spec §2.3), and words and a period of dates that disagree on the year or
 * round, unless the user gave it (spec §5).
 */
function titleIssues(title: Readonly<TitleFacts>, options: PlanOptions): Issue[] {
  const issues: Issue[] = [];
  if (title.unitUnclear) {
    const { row, column, text } = title.unitUnclear;
    issues.push(makeIssue("unclear-unit", { row, column, field: null, text }, { other: "1" }));
  }
  for (const conflict of title.conflicts ?? []) {
    if ((conflict.kind === "year" ? options.fiscalYear : options.round) !== undefined) continue;
    const { row, column, text } = conflict;
    const details =
      conflict.kind === "year"
        ? { year: conflict.stated, other: String(conflict.period) }
        : { round: conflict.stated, other: String(conflict.period) };
    issues.push(makeIssue("title-conflict", { row, column, field: null, text }, details));
  }
  return issues;
}

/** The columns the header lacks, but those `said` already; no status column and no ticks is one of them. */
function missingColumnIssues(header: Header, said: (field: Field) => boolean): Issue[] {
  const missing = header.missing.filter((field) => !said(field));
  if (header.columns.status === undefined && header.ticks.length === 0 && !header.ambiguous?.status)
    missing.push("status");
  return missing.map((field) =>
    makeIssue("missing-column", { row: null, column: null, field }, { other: field }),
  );
}

/**
 * A list of several years whose rows are none of the report's year (spec §9.2), and year columns with
 * none for the report's year where the user chose no planned-budget column.
 */
function yearIssues(
  rowYears: RowYears,
  years: YearReading,
  fiscalYear: number | undefined,
  plannedChosen: boolean,
): Issue[] {
  const issues: Issue[] = [];
  if (rowYears.years.length > 0 && (!rowYears.rule || !rowYears.years.includes(rowYears.rule.year))) {
    issues.push(
      makeIssue(
        "rows-of-other-years",
        { row: null, column: null, field: "fiscalYear" },
        { other: rowYears.years.join(", "), ...(fiscalYear === undefined ? {} : { year: fiscalYear }) },
      ),
    );
  }
  if (years.years.length > 0 && !years.reportYear && !plannedChosen) {
    issues.push(
      makeIssue(
        "no-year-column",
        { row: null, column: null, field: "plannedBudget" },
        {
          other: years.years.map((column) => column.year).join(", "),
          ...(fiscalYear ? { year: fiscalYear } : {}),
        },
      ),
    );
  }
  return issues;
}

/** A header cell whose formula has no value names no column: said, rather than the column missed. */
function headerFormulaIssues(grid: Grid, header: Header): Issue[] {
  const issues: Issue[] = [];
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
  return issues;
}

/**
 * The rows not carried out. The list agrees with the table: a row with no dimension is in neither (its
 * unknown-dimension error says why), so "not carried out (N)" is the table's count.
 */
function notCarriedOutOf(rows: ProjectRows, round: Round): NotCarriedOut[] {
  const list: NotCarriedOut[] = [];
  // An indexed loop over the rows' figures: it runs over every row of a plan, and reads again only the
  // cells of the rows listed.
  for (let i = 0; i < rows.length; i++) {
    const dimension = rows.dimensionOf(i);
    if (dimension === null || effectiveStatus(rows.statusOf(i), round) !== "notDone") continue;
    const note = rows.noteOf(i);
    const reason = rows.reasonOf(i);
    list.push({
      row: rows.rowOf(i),
      no: rows.noOf(i),
      name: rows.nameOf(i),
      dimension,
      plannedBudget: rows.plannedBudgetOf(i),
      note,
      reason: reason || note,
      reasonCategory: reasonCategory(reason || note),
    });
  }
  return list;
}

/** Whether any row has something in a column: an empty column offered by the template says nothing. */
function hasAmounts(rows: ProjectRows, index: number | undefined): boolean {
  if (index === undefined) return false;
  for (let i = 0; i < rows.length; i++) if (!isBlank(rows.cellsOf(i)[index])) return true;
  return false;
}
