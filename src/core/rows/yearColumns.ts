/**
 * A budget column per fiscal year (spec §9.2): multi-year plans head their budget columns 2566, 2567, …
 * (or พ.ศ. ๒๕๖๖, often under a merged "งบประมาณ (บาท)"). The report year's column is the planned budget.
 */
import { type ColumnChoice, type Header, matchHeader, withColumns } from "./columns";
import { type Cell, type Grid, cellText, isBlank, kindOf } from "../cells/grid";
import { headerKey, tidy } from "../cells/text";

/** A budget column headed by a fiscal year. */
export interface YearColumn {
  /** Buddhist era. */
  readonly year: number;
  /** Index into a grid row (0-based). */
  readonly index: number;
}

/** Fiscal years a plan names are Buddhist era; anything outside these is not a year header. */
const FIRST_YEAR = 2500;
const LAST_YEAR = 2699;

/** "2566", "พ.ศ. ๒๕๖๖", "ปีงบประมาณ 2566", "งบประมาณ ปี 2566 (บาท)", "FY 2566". */
const YEAR_HEADER =
  /^(?:งบประมาณ\s*)?(?:ปี\s*(?:งบประมาณ\s*)?|fy\s*)?(?:พ\.\s*ศ\.\s*)?(\d{4})(?:\s*\((?:บาท|baht)\))?$/i;
/**
 * "ปี 67", "พ.ศ. 67", "ปีงบประมาณ 67", "งบประมาณปี 67 (บาท)": two digits of a Buddhist-era year, only
 * after ปี or พ.ศ. (a bare 67 is no year), as Thai documents shorten years (spec §9.2).
 */
const SHORT_YEAR_HEADER =
  /^(?:งบประมาณ\s*)?(?:ปี\s*(?:งบประมาณ\s*)?(?:พ\.\s*ศ\.\s*)?|พ\.\s*ศ\.\s*)(\d{2})(?:\s*\((?:บาท|baht)\))?$/;

/** The fiscal year a header cell names, or undefined. */
export function readYearHeader(cell: Cell | undefined): number | undefined {
  const text = typeof cell === "number" ? String(cell) : typeof cell === "string" ? tidy(cell) : "";
  const match = YEAR_HEADER.exec(text);
  const short = match ? undefined : SHORT_YEAR_HEADER.exec(text);
  if (!match && !short) return undefined;
  const year = match ? Number(match[1]) : 2500 + Number(short?.[1]);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : undefined;
}

/**
 * A row's fiscal year in a multi-year list's "ปีงบประมาณ" column (spec §9.2): a Buddhist-era year
 * 2500–2699 as a number or text ("2567", "๒๕๖๗", "พ.ศ. 2567", "ปีงบประมาณ 2567"), or its last two
 * digits ("67", 67), which that column's header makes a year. Undefined for anything else (2024 too).
 */
export function readRowYear(cell: Cell | undefined): number | undefined {
  if (typeof cell === "number") {
    if (!Number.isInteger(cell)) return undefined;
    const year = cell >= 10 && cell <= 99 ? 2500 + cell : cell;
    return year >= FIRST_YEAR && year <= LAST_YEAR ? year : undefined;
  }
  if (typeof cell !== "string") return undefined;
  const match = /^(?:ปี\s*(?:งบประมาณ\s*)?)?(?:พ\.\s*ศ\.\s*)?(\d{4}|\d{2})$/.exec(tidy(cell));
  if (!match) return undefined;
  return readRowYear(Number(match[1]));
}

/** A group over year columns says budget ("งบประมาณ (บาท)", "Budget") or is blank. */
function isBudgetGroup(text: string): boolean {
  if (text === "") return true;
  const key = headerKey(text);
  return key.includes("งบ") || key.includes("budget") || matchHeader(text)?.field === "plannedBudget";
}

/** The year columns of one header row, each under a budget group when there is an upper row. */
function yearsIn(row: readonly Cell[], upper?: readonly Cell[]): YearColumn[] {
  const years: YearColumn[] = [];
  let group = "";
  for (let i = 0; i < row.length; i++) {
    if (upper && !isBlank(upper[i])) group = cellText(upper[i]).trim();
    const year = readYearHeader(row[i]);
    if (year !== undefined && (!upper || isBudgetGroup(group))) years.push({ year, index: i });
  }
  return years;
}

/** Years sit on a row of their own under the header when that row holds years and no project name. */
function isYearRow(row: readonly Cell[] | undefined, nameIndex: number | undefined): boolean {
  if (!row) return false;
  if (nameIndex !== undefined && !isBlank(row[nameIndex])) return false;
  let years = 0;
  for (const cell of row) {
    if (readYearHeader(cell) !== undefined) years++;
    else if (kindOf(cell) === "number" || kindOf(cell) === "error") return false;
  }
  return years > 0;
}

/** The header with a row of years under it read as its second row. */
function withYearRow(grid: Grid, header: Header): Header {
  const top = grid.rows[header.index];
  const years = grid.rows[header.index + 1];
  const labels: string[] = [];
  let group = "";
  const width = Math.max(top.length, years.length, header.labels.length);
  for (let i = 0; i < width; i++) {
    const upper = cellText(top[i]).trim();
    const lower = cellText(years[i]).trim();
    if (upper !== "") group = upper;
    labels.push(lower === "" ? (header.labels[i] ?? upper) : `${group} ${lower}`);
  }
  return { ...header, height: 2, labels };
}

export interface YearReading {
  /** The header, its row of years joined to it when they sat on a row of their own. */
  readonly header: Header;
  /** Every year column, in sheet order; empty when the sheet has none. */
  readonly years: readonly YearColumn[];
  /** The report year's column; undefined when the year is unknown or has no column. */
  readonly reportYear?: YearColumn;
  /** Indices of the other years' columns. */
  readonly otherYears: readonly number[];
}

/**
 * Finds the year columns of a header and makes the report year's the planned budget (unless the
 * user chose the planned-budget column). Without year columns the header is returned as it is.
 */
export function readYearColumns(
  grid: Grid,
  header: Header,
  fiscalYear: number | undefined,
  chosen: ColumnChoice = {},
): YearReading {
  let reading = header;
  let years: YearColumn[];
  if (header.height === 2) {
    years = yearsIn(grid.rows[header.index + 1] ?? [], grid.rows[header.index]);
  } else {
    years = yearsIn(grid.rows[header.index] ?? []);
    if (years.length === 0 && isYearRow(grid.rows[header.index + 1], header.columns.name)) {
      years = yearsIn(grid.rows[header.index + 1] ?? [], grid.rows[header.index]);
      if (years.length > 0) reading = withYearRow(grid, header);
    }
  }
  if (years.length === 0) return { header, years, otherYears: [] };
  const reportYear = years.find((column) => column.year === fiscalYear);
  const otherYears = years.filter((column) => column !== reportYear).map((column) => column.index);
  if (reportYear && chosen.plannedBudget === undefined) {
    reading = withColumns(reading, { plannedBudget: reportYear.index });
  }
  return { header: reading, years, otherYears, ...(reportYear ? { reportYear } : {}) };
}

/** Nothing, or a dash: no budget set for that year. */
function isEmptyAmount(cell: Cell | undefined): boolean {
  return isBlank(cell) || (typeof cell === "string" && /^\s*[-–—]\s*$/.test(cell));
}

/** Any amount, or a "no budget" word, which says the item is in that year's plan without budget. */
function isStated(cell: Cell | undefined): boolean {
  return !isEmptyAmount(cell);
}

/**
 * Whether a row is outside the report year's plan: nothing (or "-") in the report year's column but
 * an amount in another year's. "ไม่ใช้งบประมาณ" in the report year's column is in this year's plan,
 * without budget; and a row with a status or a disbursement of its own for this report is never
 * outside it (the caller checks those).
 */
export function notInThisYear(
  cells: readonly Cell[],
  reportYear: number,
  otherYears: readonly number[],
): boolean {
  return isEmptyAmount(cells[reportYear]) && otherYears.some((index) => isStated(cells[index]));
}

/**
 * The not-in-this-year rule for readRows: when the planned budget is one of the year columns, the
 * others are the other years'. Nothing when the sheet has no year columns.
 */
export function yearRule(
  reading: YearReading,
  plannedIndex: number | undefined,
): { years?: { reportYear: number; otherYears: readonly number[] } } {
  const planned = reading.years.find((column) => column.index === plannedIndex);
  if (!planned) return {};
  const otherYears = reading.years.filter((column) => column !== planned).map((column) => column.index);
  return { years: { reportYear: planned.index, otherYears } };
}

/** The per-row year rule (spec §9.2): a row of another fiscal year than the report's is outside it. */
export interface RowYearRule {
  /** Index of the "ปีงบประมาณ" column. */
  readonly index: number;
  /** The report's fiscal year. */
  readonly year: number;
}

export interface RowYears {
  /** The rule for readRows; absent when the column holds no year or the report's year is not settled. */
  readonly rule?: RowYearRule;
  /** Every year the column holds, ascending. */
  readonly years: readonly number[];
}

/**
 * The years a multi-year list's "ปีงบประมาณ" column holds, and the rule that leaves rows of other
 * years out. The report year is the one given (`--year`, the title); without one, the list's only
 * year; a list of several years and no report year has no rule (`rows-of-other-years` says so).
 */
export function readRowYears(grid: Grid, header: Header, fiscalYear: number | undefined): RowYears {
  const index = header.columns.fiscalYear;
  if (index === undefined) return { years: [] };
  const found = new Set<number>();
  for (let r = header.index + header.height; r < grid.rows.length; r++) {
    const year = readRowYear(grid.rows[r][index]);
    if (year !== undefined) found.add(year);
  }
  const years = [...found].sort((a, b) => a - b);
  const year = fiscalYear ?? (years.length === 1 ? years[0] : undefined);
  return year === undefined || years.length === 0 ? { years } : { rule: { index, year }, years };
}

/** The row's year when the rule puts it outside the report's year: another year's row. */
export function otherYearOf(cells: readonly Cell[], rule: RowYearRule): number | undefined {
  const year = readRowYear(cells[rule.index]);
  return year !== undefined && year !== rule.year ? year : undefined;
}
