/** Reading the rows under the header: projects, section rows and total rows (spec §2.2–2.5). */
import { plainSatang, readAmount } from "./amounts";
import type { Header } from "./columns";
import { dimensionFromNumber, readDimensionCell, readSectionText } from "./dimension";
import { type Cell, type Grid, cellText, isBlank } from "./grid";
import type { Headings } from "./headings";
import { type Issue, type IssueCode, type IssueDetails, makeIssue } from "./issues";
import type { Satang } from "./money";
import { parseStatus, readTicks } from "./status";
import { wordKey } from "./text";
import { notInThisYear } from "./yearColumns";
import type { RowCheck } from "./validate";
import { TOTAL_WORDS, type Dimension, type Field, type StatusBucket } from "./vocabulary";

/** One project, activity, measure or guideline of the plan. */
export interface PlanRow {
  /** Worksheet row number (1-based). */
  readonly row: number;
  readonly no: string;
  readonly name: string;
  readonly type: string;
  /** Null when no rule could place the row (it then has an `unknown-dimension` issue). */
  readonly dimension: Dimension | null;
  readonly plannedBudget: Satang;
  readonly disbursed: Satang;
  /** As the sheet says it; null when unreadable. */
  readonly status: StatusBucket | null;
  readonly note: string;
  /** The reason-column's text (spec §8.4); "" without one. */
  readonly reason: string;
  /** The ordinance amount (ข้อบัญญัติ/เทศบัญญัติ); 0 without that column. */
  readonly ordinanceBudget: Satang;
  /** The deepest sub-dimension heading the row sits under ("1.1"); "" when none (spec §8.1). */
  readonly heading: string;
  /** The row's cells as read, for quoting them in issues. */
  readonly cells: readonly Cell[];
}

/** A total row of the sheet: its amounts are checked against what the rows add up to. */
export interface ControlTotal {
  /** Worksheet row, or null for a total the user typed into the add-in. */
  readonly row: number | null;
  /** The dimension a "รวมมิติที่ N" row totals; null for the whole plan. */
  readonly dimension: Dimension | null;
  readonly plannedBudget?: Satang;
  readonly disbursed?: Satang;
  /** The total row's cells as read, for quoting them in issues; absent for a typed total. */
  readonly cells?: readonly Cell[];
}

export interface RowsReading {
  readonly rows: PlanRow[];
  readonly controlTotals: ControlTotal[];
  /** Dimension names the sheet gives (in a dimension cell or a section row). */
  readonly dimensionNames: Partial<Record<Dimension, string>>;
  readonly issues: Issue[];
  /** Worksheet row of the last non-blank row read. */
  readonly lastRow: number;
}

/** What was found before the rows were read: heading rows and year columns (spec §8.1, §8.2). */
export interface RowRules {
  readonly headings?: Headings;
  /** The report year's budget column and the other years': rows outside this year are left out. */
  readonly years?: { readonly reportYear: number; readonly otherYears: readonly number[] };
}

const TOTAL_KEYS: ReadonlySet<string> = new Set(TOTAL_WORDS.map(wordKey));
const DIMENSION_TOTAL = /^รวมมิติ(?:ที่)?(\d)$/;

const isFilled = (cell: Cell): boolean => !isBlank(cell);

function onlyText(row: readonly Cell[]): string | undefined {
  let found: string | undefined;
  for (const cell of row) {
    if (isBlank(cell)) continue;
    if (found !== undefined || typeof cell !== "string") return undefined;
    found = cell;
  }
  return found;
}

/** A row labelled "มิติที่ N …" in its name (or first text) cell, with no item number and no status. */
function sectionWithSubtotal(
  row: readonly Cell[],
  nameIndex: number | undefined,
  noIndex: number | undefined,
  statusIndex: number | undefined,
): { dimension: Dimension; name?: string } | undefined {
  if (noIndex !== undefined && !isBlank(row[noIndex])) return undefined;
  if (statusIndex !== undefined && !isBlank(row[statusIndex])) return undefined;
  const label = nameIndex !== undefined && !isBlank(row[nameIndex]) ? row[nameIndex] : row.find(isFilled);
  if (typeof label !== "string" || !label.trimStart().startsWith("มิติ")) return undefined;
  const reading = readSectionText(label);
  return reading?.kind === "dimension" ? reading : undefined;
}

/** Total labels are short and begin with one of these letters (รวม, ยอดรวม, Total, Grand total). */
const TOTAL_START = /^\s*[รยtg]/i;
const TOTAL_MAX_LENGTH = 30;

/** "รวม", "Total" → the whole plan; "รวมมิติที่ 2" → dimension 2; otherwise not a total row. */
function totalLabel(row: readonly Cell[], nameIndex: number | undefined): null | Dimension | 0 {
  let label = nameIndex === undefined ? "" : cellText(row[nameIndex]);
  if (label.trim() === "")
    label = cellText(row.find((cell) => typeof cell === "string" && cell.trim() !== ""));
  // Most rows are projects with long names: skip normalising them.
  if (label.length > TOTAL_MAX_LENGTH || !TOTAL_START.test(label)) return null;
  const key = wordKey(label);
  if (TOTAL_KEYS.has(key)) return 0;
  const match = DIMENSION_TOTAL.exec(key);
  const n = match ? Number(match[1]) : 0;
  return n >= 1 && n <= 4 ? (n as Dimension) : null;
}

/**
 * Reads every row under the header. Problems become issues; nothing throws on any cell. Each project
 * row is handed to `check` as soon as it is read, so the checks run in the same pass, while the row
 * is still in the cache, and all issues come out in row order.
 */
export function readRows(grid: Grid, header: Header, check?: RowCheck, rules: RowRules = {}): RowsReading {
  const { columns, ticks } = header;
  const at = (field: Field): number | undefined => columns[field];
  const iNo = at("no");
  const iName = at("name");
  const iType = at("type");
  const iDimension = at("dimension");
  const iPlanned = at("plannedBudget");
  const iDisbursed = at("disbursed");
  const iStatus = at("status");
  const iNote = at("note");
  const iReason = at("reason");
  const iOrdinance = at("ordinanceBudget");
  const { headings, years } = rules;
  const useTicks = iStatus === undefined && ticks.length > 0;
  const text = (row: readonly Cell[], index: number | undefined): string =>
    index === undefined ? "" : cellText(row[index]).trim();

  const rows: PlanRow[] = [];
  const controlTotals: ControlTotal[] = [];
  const dimensionNames: Partial<Record<Dimension, string>> = {};
  const issues: Issue[] = [];
  let section: Dimension | null = null;
  let lastRow = grid.firstRow + header.index + header.height - 1;

  // The row being read, for the two helpers below (kept out of the loop: no closures per row).
  let cells: readonly Cell[] = [];
  let row = 0;
  const issue = (code: IssueCode, field: Field | null, index?: number, details?: IssueDetails): void => {
    const column = index === undefined ? null : grid.firstColumn + index;
    const text = index === undefined ? "" : cellText(cells[index]);
    issues.push(makeIssue(code, { row, column, field, text }, details));
  };
  const amount = (
    field: "plannedBudget" | "disbursed" | "ordinanceBudget",
    index: number | undefined,
  ): Satang => {
    if (index === undefined) return 0;
    const plain = plainSatang(cells[index]);
    if (plain !== undefined) return plain;
    const reading = readAmount(cells[index]);
    if (reading.issues.length === 0) return reading.satang;
    // A zero needs no detail: the messages print 0 when none is given.
    const details = reading.satang === 0 ? undefined : { amount: reading.satang };
    for (const code of reading.issues) issue(code, field, index, details);
    return reading.satang;
  };

  for (let r = header.index + header.height; r < grid.rows.length; r++) {
    cells = grid.rows[r];
    if (cells.every(isBlank)) continue;
    row = grid.firstRow + r;
    lastRow = row;

    const single = onlyText(cells);
    const sectionReading = single === undefined ? undefined : readSectionText(single);
    if (sectionReading?.kind === "dimension") {
      section = sectionReading.dimension;
      if (sectionReading.name) dimensionNames[section] ??= sectionReading.name;
      continue;
    }
    // "มิติที่ 1 …" with the dimension's subtotal beside it, and no number or status of its own:
    // a section row whose amounts are a control total for that dimension.
    const subtotal = single === undefined ? sectionWithSubtotal(cells, iName, iNo, iStatus) : undefined;
    if (subtotal) {
      section = subtotal.dimension;
      if (subtotal.name) dimensionNames[section] ??= subtotal.name;
      const control: { -readonly [K in keyof ControlTotal]: ControlTotal[K] } = {
        row,
        dimension: section,
        cells,
      };
      if (iPlanned !== undefined && !isBlank(cells[iPlanned]))
        control.plannedBudget = amount("plannedBudget", iPlanned);
      if (iDisbursed !== undefined && !isBlank(cells[iDisbursed]))
        control.disbursed = amount("disbursed", iDisbursed);
      controlTotals.push(control);
      continue;
    }
    if (sectionReading?.kind === "out-of-range") {
      // "มิติที่ 5" is still a section row, not a project; the rows under it have no dimension.
      section = null;
      issue("unknown-dimension", "dimension", cells.findIndex(isFilled));
      continue;
    }

    if (headings?.byIndex.has(r)) continue;

    const total = totalLabel(cells, iName);
    if (total !== null) {
      const totalRow: { -readonly [K in keyof ControlTotal]: ControlTotal[K] } = {
        row,
        dimension: total === 0 ? null : total,
        cells,
      };
      if (iPlanned !== undefined && !isBlank(cells[iPlanned]))
        totalRow.plannedBudget = amount("plannedBudget", iPlanned);
      if (iDisbursed !== undefined && !isBlank(cells[iDisbursed]))
        totalRow.disbursed = amount("disbursed", iDisbursed);
      controlTotals.push(totalRow);
      continue;
    }
    if (years && notInThisYear(cells, years.reportYear, years.otherYears)) {
      issue("not-in-this-year", "plannedBudget", years.reportYear);
      continue;
    }

    let dimension: Dimension | null = null;
    const fromCell = iDimension === undefined ? undefined : readDimensionCell(cells[iDimension]);
    if (fromCell?.kind === "dimension") {
      dimension = fromCell.dimension;
      if (fromCell.name) dimensionNames[dimension] ??= fromCell.name;
    } else if (fromCell?.kind !== "out-of-range") {
      dimension = section ?? dimensionFromNumber(iNo === undefined ? undefined : cells[iNo]) ?? null;
    }
    if (dimension === null) issue("unknown-dimension", "dimension", iDimension);

    let status: StatusBucket | null = null;
    if (useTicks) {
      const reading = readTicks(cells, ticks);
      if (reading.kind === "status") status = reading.bucket;
      else if (reading.kind === "conflict") issue("conflicting-status", "status");
      else issue("unknown-status", "status");
    } else {
      status = iStatus === undefined ? null : (parseStatus(cells[iStatus]) ?? null);
      if (status === null && iStatus !== undefined) issue("unknown-status", "status", iStatus);
    }

    const planRow: PlanRow = {
      row,
      no: text(cells, iNo),
      name: text(cells, iName),
      type: text(cells, iType),
      dimension,
      plannedBudget: amount("plannedBudget", iPlanned),
      disbursed: amount("disbursed", iDisbursed),
      status,
      note: text(cells, iNote),
      reason: text(cells, iReason),
      ordinanceBudget: amount("ordinanceBudget", iOrdinance),
      heading: headings ? headings.under(r) : "",
      cells,
    };
    rows.push(planRow);
    check?.(planRow, issues);
  }
  return { rows, controlTotals, dimensionNames, issues, lastRow };
}
