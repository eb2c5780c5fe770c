/** Reading the rows under the header: projects, section rows and total rows (spec §2.2–2.5). */
import { plainSatang, readAmount } from "./amounts";
import type { Header } from "./columns";
import { dimensionFromNumber, readDimensionCell, readSectionText } from "./dimension";
import { type Cell, type Grid, cellText, isBlank, isFormulaWithoutValue } from "./grid";
import type { Headings } from "./headings";
import { type Issue, type IssueCode, type IssueDetails, SEVERITY_OF, makeIssue } from "./issues";
import type { Satang } from "./money";
import { isMarked, parseStatus, readTicks } from "./status";
import { tidy, wordKey } from "./text";
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
  /** The reason-column's text (spec §9.4); "" without one. */
  readonly reason: string;
  /** The ordinance amount (ข้อบัญญัติ/เทศบัญญัติ); 0 without that column. */
  readonly ordinanceBudget: Satang;
  /** The deepest sub-dimension heading the row sits under ("1.1"); "" when none (spec §9.1). */
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

/** What was found before the rows were read: heading rows and year columns (spec §9.1, §9.2). */
export interface RowRules {
  readonly headings?: Headings;
  /** The report year's budget column and the other years': rows outside this year are left out. */
  readonly years?: { readonly reportYear: number; readonly otherYears: readonly number[] };
}

const TOTAL_KEYS: ReadonlySet<string> = new Set(TOTAL_WORDS.map(wordKey));
/** A label that begins with a total word: "รวม…", "ยอดรวม…" (Thai runs words together), "Total…". */
const TOTAL_BEGINS = /^(?:ยอด)?รวม|^(?:grand\s*)?totals?(?![a-z])/;
/** "รวมมิติที่ 1", "รวมมิติ 1:", "ยอดรวมมิติที่ 1 (1 โครงการ)": compared without spaces. */
const DIMENSION_TOTAL = /^(?:ยอด)?รวม(?:ของ)?มิติ(?:ที่)?(\d+)(?!\d)/;
const EXACT_DIMENSION_TOTAL = /^(?:ยอด)?รวมมิติ(?:ที่)?\d+$/;
/** A total label can only start with one of these letters; most rows are projects, skipped at once. */
const TOTAL_START = /^[\s\u200B-\u200D\u2060\uFEFF]*[รยtg]/i;
/** Enough of a label to see its total word and dimension; the rest is not normalised. */
const TOTAL_LABEL_LENGTH = 60;

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

/** The row's label: its name cell, or its first text when the name cell is empty. */
function labelOf(row: readonly Cell[], nameIndex: number | undefined): string | undefined {
  const named = nameIndex === undefined ? undefined : row[nameIndex];
  if (typeof named === "string" && named.trim() !== "") return named;
  const first = row.find((cell) => typeof cell === "string" && cell.trim() !== "");
  return typeof first === "string" ? first : undefined;
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
  const label = labelOf(row, nameIndex);
  if (label === undefined || !tidy(label.slice(0, TOTAL_LABEL_LENGTH)).startsWith("มิติ")) return undefined;
  const reading = readSectionText(label);
  return reading?.kind === "dimension" ? reading : undefined;
}

/** What a label beginning with a total word totals. */
interface TotalLabel {
  /** The dimension of "รวมมิติที่ N"; null for the whole plan; undefined for a number outside 1–4. */
  readonly dimension: Dimension | null | undefined;
  /** The label is a total word and nothing else ("รวม", "Total", "รวมมิติที่ 2"). */
  readonly exact: boolean;
}

/** "รวม…", "Total…" → the whole plan; "รวมมิติที่ 2…" → dimension 2; otherwise not a total label. */
function totalLabel(label: string | undefined): TotalLabel | undefined {
  if (label === undefined || !TOTAL_START.test(label)) return undefined;
  const words = tidy(label.slice(0, TOTAL_LABEL_LENGTH)).toLowerCase();
  if (!TOTAL_BEGINS.test(words)) return undefined;
  const key = words.replace(/\s+/g, "");
  const match = DIMENSION_TOTAL.exec(key);
  const whole = label.length <= TOTAL_LABEL_LENGTH;
  if (!match) return { dimension: null, exact: whole && TOTAL_KEYS.has(key) };
  const n = Number(match[1]);
  const dimension = n >= 1 && n <= 4 ? (n as Dimension) : undefined;
  return { dimension, exact: whole && EXACT_DIMENSION_TOTAL.test(key) };
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
    index === undefined || isFormulaWithoutValue(row[index]) ? "" : cellText(row[index]).trim();
  const textFields: readonly (readonly [Field, number | undefined])[] = [
    ["no", iNo],
    ["name", iName],
    ["type", iType],
    ["note", iNote],
    ["reason", iReason],
  ];
  const hasAmount = (row: readonly Cell[], ...indices: (number | undefined)[]): boolean =>
    indices.some((index) => index !== undefined && !isBlank(row[index]));
  const hasStatus = (row: readonly Cell[]): boolean =>
    useTicks
      ? ticks.some((tick) => isMarked(row[tick.index]))
      : iStatus !== undefined && !isBlank(row[iStatus]);

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
  // A cell that could not be read counts as 0, but is no control total: "stated as 0" would be false.
  let unreadable = false;
  const amount = (
    field: "plannedBudget" | "disbursed" | "ordinanceBudget",
    index: number | undefined,
  ): Satang => {
    unreadable = false;
    if (index === undefined) return 0;
    const plain = plainSatang(cells[index]);
    if (plain !== undefined) return plain;
    const reading = readAmount(cells[index]);
    if (reading.issues.length === 0) return reading.satang;
    // A zero needs no detail: the messages print 0 when none is given.
    const details = reading.satang === 0 ? undefined : { amount: reading.satang };
    for (const code of reading.issues) {
      issue(code, field, index, details);
      if (SEVERITY_OF[code] === "error") unreadable = true;
    }
    return reading.satang;
  };
  /** The amounts of a total row that are stated and could be read. */
  const controlAmounts = (): { plannedBudget?: Satang; disbursed?: Satang } => {
    const stated: { plannedBudget?: Satang; disbursed?: Satang } = {};
    for (const [field, index] of [
      ["plannedBudget", iPlanned],
      ["disbursed", iDisbursed],
    ] as const) {
      if (index === undefined || isBlank(cells[index])) continue;
      const satang = amount(field, index);
      if (!unreadable) stated[field] = satang;
    }
    return stated;
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
      controlTotals.push({ row, dimension: section, cells, ...controlAmounts() });
      continue;
    }
    if (sectionReading?.kind === "out-of-range") {
      // "มิติที่ 5" is still a section row, not a project; the rows under it have no dimension.
      section = null;
      issue("unknown-dimension", "dimension", cells.findIndex(isFilled));
      continue;
    }

    if (headings?.byIndex.has(r)) continue;

    // A label beginning with a total word ("รวมทั้งสิ้น 2 โครงการ", "Total:") makes a total row when
    // the row has amounts and no status; a bare total word ("รวม") always does. A project whose name
    // begins with "รวม" has a status, so it stays a project.
    const total = totalLabel(labelOf(cells, iName));
    if (total && (total.exact || (hasAmount(cells, iPlanned, iDisbursed) && !hasStatus(cells)))) {
      if (total.dimension === undefined) {
        issue("unknown-dimension", "dimension", cells.findIndex(isFilled));
        continue;
      }
      controlTotals.push({ row, dimension: total.dimension, cells, ...controlAmounts() });
      continue;
    }
    if (years && notInThisYear(cells, years.reportYear, years.otherYears)) {
      issue("not-in-this-year", "plannedBudget", years.reportYear);
      continue;
    }

    let dimension: Dimension | null = null;
    const dimensionCell = iDimension === undefined ? undefined : cells[iDimension];
    const fromCell = iDimension === undefined ? undefined : readDimensionCell(dimensionCell);
    if (isFormulaWithoutValue(dimensionCell)) {
      issue("formula-without-value", "dimension", iDimension);
    } else if (fromCell?.kind === "dimension") {
      dimension = fromCell.dimension;
      if (fromCell.name) dimensionNames[dimension] ??= fromCell.name;
    } else if (fromCell?.kind !== "out-of-range") {
      dimension = section ?? dimensionFromNumber(iNo === undefined ? undefined : cells[iNo]) ?? null;
    }
    if (dimension === null && !isFormulaWithoutValue(dimensionCell))
      issue("unknown-dimension", "dimension", iDimension);

    let status: StatusBucket | null = null;
    const tickFormula = useTicks ? ticks.find((tick) => isFormulaWithoutValue(cells[tick.index])) : undefined;
    if (tickFormula) {
      issue("formula-without-value", "status", tickFormula.index);
    } else if (useTicks) {
      const reading = readTicks(cells, ticks);
      if (reading.kind === "status") status = reading.bucket;
      else if (reading.kind === "conflict") issue("conflicting-status", "status");
      else issue("unknown-status", "status");
    } else if (iStatus !== undefined && isFormulaWithoutValue(cells[iStatus])) {
      issue("formula-without-value", "status", iStatus);
    } else {
      status = iStatus === undefined ? null : (parseStatus(cells[iStatus]) ?? null);
      if (status === null && iStatus !== undefined) issue("unknown-status", "status", iStatus);
    }
    // Text cells whose formula has no value: what they say is unknown, so it is never read as blank.
    for (const [field, index] of textFields) {
      if (index !== undefined && isFormulaWithoutValue(cells[index]))
        issue("formula-without-value", field, index);
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
