/** Reading the rows under the header: projects, section rows and total rows (spec §2.2–2.5). */
import { type AmountUnit, plainSatang, readAmount, readableSatang } from "../cells/amounts";
import type { Header } from "./columns";
import { dimensionFromNumber, readDimensionCell, readDimensionHeading, readSectionText } from "./dimension";
import { type Cell, type Grid, cellText, isBlank, isFormulaWithoutValue } from "../cells/grid";
import type { Headings } from "./headings";
import { type Issue, type IssueCode, type IssueDetails, SEVERITY_OF, makeIssue } from "../checks/issues";
import type { Satang } from "../cells/money";
import { itemTypeOf } from "./itemTypes";
import { readTitle } from "./period";
import { isMarked, parseStatus, readTicks } from "./status";
import {
  type RoleReason,
  type RowRole,
  type RowRoleEntry,
  detailStyle,
  isDetailLine,
  isRuamName,
  isParenthesised,
  isSummaryStatus,
  isTickCount,
  noteKind,
  saysTotal,
  saysWholePlan,
} from "./roles";
import { arabicDigits, isTidyButDigits, tidy, wordKey } from "../cells/text";
import { type RowYearRule, notInThisYear, otherYearOf } from "./yearColumns";

import { TOTAL_WORDS, type Dimension, type Field, type StatusBucket } from "../cells/vocabulary";

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
  /** Every non-blank row under the header, in order, with its role and the evidence for it. */
  readonly roles: RowRoleEntry[];
  readonly controlTotals: ControlTotal[];
  /** Dimension names the sheet gives (in a dimension cell or a section row). */
  readonly dimensionNames: Partial<Record<Dimension, string>>;
  readonly issues: Issue[];
  /** Worksheet row of the last non-blank row read. */
  readonly lastRow: number;
}

/** What was found before the rows were read: heading rows and year columns (spec §9.1, §9.2). */
/** Checks one project row at a time, pushing what it finds; duplicate numbers are remembered across rows. */
export type RowCheck = (row: PlanRow, issues: Issue[]) => void;

export interface RowRules {
  readonly headings?: Headings;
  /** The report's fiscal year: a title line of another year inside the rows starts that year's plan. */
  readonly fiscalYear?: number;
  /** The report year's budget column and the other years': rows outside this year are left out. */
  readonly years?: { readonly reportYear: number; readonly otherYears: readonly number[] };
  /** The unit of each amount column whose header or title names one (พันบาท, ล้านบาท; spec §2.3). */
  readonly units?: ReadonlyMap<number, AmountUnit>;
  /** A multi-year list's "ปีงบประมาณ" column and the report's year: other years' rows are left out. */
  readonly rowYears?: RowYearRule;
}

const TOTAL_KEYS: ReadonlySet<string> = new Set(TOTAL_WORDS.map(wordKey));
/** A label that begins with a total word: "รวม…", "ยอดรวม…" (Thai runs words together), "Total…". */
const TOTAL_BEGINS = /^(?:ยอด|ผล)?รวม|^(?:grand\s*|sub[-\s]?)?totals?(?![a-z])/;
/**
 * "รวมมิติที่ 1", "รวมมิติ 1:", "ยอดรวมมิติที่ 1 (1 โครงการ)", "Subtotal Dimension 2", "Total for
 * dimension 3": compared without spaces.
 */
const DIMENSION_TOTAL =
  /^(?:(?:ยอด|ผล)?รวม(?:ของ)?มิติ(?:ที่)?|(?:sub-?)?totals?(?:of|for)?(?:dimension|dim\.?))(\d+)(?!\d)/;
const EXACT_DIMENSION_TOTAL = /^(?:(?:ยอด|ผล)?รวมมิติ(?:ที่)?|(?:sub-?)?totals?(?:of|for)?dimension)\d+$/;
/** A total label can only start with one of these letters; most rows are projects, skipped at once. */
const TOTAL_START = /^[\s\u200B-\u200D\u2060\uFEFF]*[รยผtgs]/i;
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
  if (typeof named === "string" && !isBlank(named)) return named;
  const first = row.find((cell) => typeof cell === "string" && cell.trim() !== "");
  return typeof first === "string" ? first : undefined;
}

/** A row labelled "มิติที่ N …" in its name (or first text) cell, with no item number and no status. */
function sectionWithSubtotal(
  row: readonly Cell[],
  nameIndex: number | undefined,
  noIndex: number | undefined,
  statusIndex: number | undefined,
  countsProjects: boolean,
): { dimension: Dimension; name?: string } | undefined {
  // The label may stand in the number column itself ("มิติที่ 1 …" | | 12,000).
  const numbered = noIndex !== undefined && !isBlank(row[noIndex]);
  if (numbered && !startsWithDimension(row[noIndex])) return undefined;
  // A status cell that counts projects ("ดำเนินการแล้วเสร็จ 2 โครงการ") is a subtotal's, not an item's.
  if (statusIndex !== undefined && !isBlank(row[statusIndex]) && !countsProjects) return undefined;
  const label = numbered ? cellText(row[noIndex]) : labelOf(row, nameIndex);
  if (label === undefined || !tidy(label.slice(0, TOTAL_LABEL_LENGTH)).startsWith("มิติ")) return undefined;
  const reading = readSectionText(label);
  return reading?.kind === "dimension" ? reading : undefined;
}

function startsWithDimension(cell: Cell | undefined): boolean {
  // Tidying makes no ม of another character: a text without one (most item numbers) is not tidied.
  return (
    typeof cell === "string" &&
    cell.indexOf("ม") >= 0 &&
    tidy(cell.slice(0, TOTAL_LABEL_LENGTH)).startsWith("มิติ")
  );
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
  if (!TOTAL_BEGINS.test(words) || isRuamName(words)) return undefined;
  const key = words.replace(/\s+/g, "");
  const match = DIMENSION_TOTAL.exec(key);
  const whole = label.length <= TOTAL_LABEL_LENGTH;
  if (!match) return { dimension: null, exact: whole && TOTAL_KEYS.has(key) };
  const n = Number(match[1]);
  const dimension = n >= 1 && n <= 4 ? (n as Dimension) : undefined;
  return { dimension, exact: whole && EXACT_DIMENSION_TOTAL.test(key) };
}

/**
 * Whether a label speaks of a total: it begins with a total word, or has one anywhere. Reading it for
 * one anywhere is the costly part: it is asked for only where it can decide, last in each condition.
 */
function saysTotalOf(total: TotalLabel | undefined, label: string | undefined): boolean {
  return total !== undefined || saysTotal(label);
}

/** A title's words for the fiscal year: only a line saying them is read as another year's title. */
const FISCAL_YEAR_WORD = /ปีงบประมาณ|fiscal\s*year|\bFY\b/i;
const PLAN_WORD = /แผน|รายงาน|plan|report/i;
/** An item number of plain digits and dots ("1.2.3", "4."). */
const PLAIN_NUMBER = /^\d+(?:\.\d+)*\.?$/;
// The same without its closing dot ("1.2.3"), and that dot. Patterns live here, not in the functions
// that run for every row: a pattern written in a function is a new object each time it runs.
const DOTTED_NUMBER = /^\d+(?:\.\d+)*$/;
const TRAILING_DOT = /\.$/;
/** A name: a Thai or Latin letter in it, not only digits and marks. */
const NAMED = /[\u0E01-\u0E2EA-Za-z]/;
/** A cell that starts with a digit, Arabic or Thai, after spaces or invisible characters: an item number. */
const ITEM_NUMBER_START = /^[\s\u00AD\u200B-\u200F\u2060\uFEFF]*[0-9\u0E50-\u0E59]/;

/** Amounts summed as rows are read: the evidence a total row is checked against. */
interface Sums {
  planned: Satang;
  disbursed: Satang;
  count: number;
}

const emptySums = (): Sums => ({ planned: 0, disbursed: 0, count: 0 });

function addTo(sums: Sums, row: PlanRow): void {
  sums.planned += row.plannedBudget;
  sums.disbursed += row.disbursed;
  sums.count++;
}

/** A row's stated amounts, read without issues; undefined where a cell is blank or cannot be read. */
interface Stated {
  readonly planned?: Satang;
  readonly disbursed?: Satang;
}

/** A stated amount over several columns (the round's quarters): undefined when all are blank or one cannot be read. */
function quietSum(
  row: readonly Cell[],
  indices: readonly (number | undefined)[],
  unitOf: (index: number) => AmountUnit,
): Satang | undefined {
  let total: Satang | undefined;
  for (const index of indices) {
    if (index === undefined || isBlank(row[index])) continue;
    const found = readableSatang(row[index], unitOf(index));
    if (found === undefined) return undefined;
    total = (total ?? 0) + found;
  }
  return total;
}

/**
 * Whether the stated amounts (undefined where not stated) are those sums: at least one stated, one
 * above zero, and none different.
 */
function addsUpTo(planned: Satang | undefined, disbursed: Satang | undefined, sums: Sums): boolean {
  if (planned === undefined && disbursed === undefined) return false;
  if (!(planned ?? 0) && !(disbursed ?? 0)) return false;
  return (
    (planned === undefined || planned === sums.planned) &&
    (disbursed === undefined || disbursed === sums.disbursed)
  );
}

/**
 * Reads every row under the header and gives each its role with the evidence for it (spec §2.5):
 * problems become issues; nothing throws on any cell. Each project row is handed to `check` as soon as
 * it is read, so the checks run in the same pass and all issues come out in row order.
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
  // An amount read as the sum of several columns (the round's quarters, spec §9.7): all its columns.
  const cellsOf = (field: Field, index: number | undefined): readonly (number | undefined)[] =>
    header.sums?.[field] ?? [index];
  const plannedCells = cellsOf("plannedBudget", iPlanned);
  const disbursedCells = cellsOf("disbursed", iDisbursed);
  const amountCells = [...plannedCells, ...disbursedCells];
  const { headings, years, units, rowYears } = rules;
  // Each column's unit in a plain list by index, looked at for every amount of every row: no map look-up.
  const unitByIndex: AmountUnit[] = [];
  units?.forEach((unit, index) => (unitByIndex[index] = unit));
  const unitOf = (index: number | undefined): AmountUnit =>
    index === undefined ? 1 : (unitByIndex[index] ?? 1);
  const useTicks = iStatus === undefined && ticks.length > 0;
  const text = (row: readonly Cell[], index: number | undefined): string => {
    if (index === undefined) return "";
    const cell = row[index];
    // A text cell, the usual one, is its own text.
    if (typeof cell === "string") return cell.trim();
    return isFormulaWithoutValue(cell) ? "" : cellText(cell).trim();
  };
  /** The text fields the sheet has, and their columns (looked at in every row: a plain list). */
  const textFields: readonly { readonly field: Field; readonly index: number }[] = (
    [
      ["no", iNo],
      ["name", iName],
      ["type", iType],
      ["note", iNote],
      ["reason", iReason],
    ] as const
  ).flatMap(([field, index]) => (index === undefined ? [] : [{ field, index }]));
  const hasAmount = (row: readonly Cell[], ...indices: (number | undefined)[]): boolean =>
    indices.some((index) => index !== undefined && !isBlank(row[index]));
  /** Any amount stated in the planned or disbursed columns (a plain loop: it runs for every row). */
  const hasAnyAmount = (row: readonly Cell[]): boolean => {
    for (let i = 0; i < amountCells.length; i++) {
      const index = amountCells[i];
      if (index !== undefined && !isBlank(row[index])) return true;
    }
    return false;
  };
  /** Whether an amount column holds a number (a text such as "โทร 053-123456" is none). */
  const hasReadableAmount = (row: readonly Cell[]): boolean => {
    const amounts = stated(row);
    return amounts.planned !== undefined || amounts.disbursed !== undefined;
  };
  const hasStatus = (row: readonly Cell[]): boolean =>
    useTicks
      ? ticks.some((tick) => isMarked(row[tick.index]))
      : iStatus !== undefined && !isBlank(row[iStatus]);
  /** The status cell or tick columns count rows instead of giving a status. */
  const summaryStatus = (row: readonly Cell[]): boolean =>
    useTicks
      ? ticks.some((tick) => isTickCount(row[tick.index]))
      : iStatus !== undefined && isSummaryStatus(row[iStatus]);
  /** An item number of its own: a number in the number column (a label there is not one). */
  // It runs for every row: a digit at the start is enough ("1.2", "๓", "4)"), without tidying the text.
  const ownNumber = (row: readonly Cell[]): boolean =>
    iNo !== undefined &&
    (typeof row[iNo] === "number" || (typeof row[iNo] === "string" && ITEM_NUMBER_START.test(row[iNo])));
  const stated = (row: readonly Cell[]): Stated => ({
    planned: quietSum(row, plannedCells, unitOf),
    disbursed: quietSum(row, disbursedCells, unitOf),
  });
  const mergedUnder = rowsMergedUnder(grid, [iNo, iPlanned, iDisbursed]);
  /** The last row with an item number or a status of its own: a total line above it closes a group. */
  let lastItemIndex = -1;
  for (let r = grid.rows.length - 1; r >= header.index + header.height && lastItemIndex < 0; r--) {
    const line = grid.rows[r];
    if (ownNumber(line) || (hasStatus(line) && !summaryStatus(line))) lastItemIndex = r;
  }
  let dimensionSubtotals = 0;
  const hidden = new Set(grid.hiddenRows ?? []);

  const rows: PlanRow[] = [];
  const roles: RowRoleEntry[] = [];
  const controlTotals: ControlTotal[] = [];
  const dimensionNames: Partial<Record<Dimension, string>> = {};
  const issues: Issue[] = [];
  let section: Dimension | null = null;
  let lastRow = grid.firstRow + header.index + header.height - 1;

  // What the rows so far add up to: the whole plan, each dimension, and the rows since the last
  // heading, subtotal or total (the group a subtotal line closes).
  const plan = emptySums();
  const byDimension: Record<Dimension, Sums> = {
    1: emptySums(),
    2: emptySums(),
    3: emptySums(),
    4: emptySums(),
  };
  let group = emptySums();
  /** The one dimension of the group's rows; null when none or mixed, undefined for an empty group. */
  let groupDimension: Dimension | null | undefined;
  const closeGroup = (): void => {
    group = emptySums();
    groupDimension = undefined;
  };
  /** The project the next continuation or part belongs to; cleared by any other role. */
  let lastProject: number | undefined;
  /** Rows decided ahead of the loop: the parts of a project (grid index → the project's row). */
  const partOf = new Map<number, { of: number; reason: RoleReason; amount?: Satang }>();
  /** After a signature line, unnumbered rows with no amount or status are the signature block. */
  let inSignature = false;
  /** After a note line, the lines with no amount or status are the note's. */
  let inNote = false;
  /** The row of a title line of another fiscal year above: the rows from it on are that year's. */
  let otherYearTitle: number | undefined;

  // The row being read, for the helpers below (kept out of the loop: no closures per row).
  let cells: readonly Cell[] = [];
  let row = 0;
  const issue = (code: IssueCode, field: Field | null, index?: number, details?: IssueDetails): void => {
    const column = index === undefined ? null : grid.firstColumn + index;
    const text = index === undefined ? "" : cellText(cells[index]);
    issues.push(makeIssue(code, { row, column, field, text }, details));
  };
  const role = (
    kind: RowRole,
    reason: RoleReason,
    extra: { of?: number; dimension?: Dimension | null } = {},
  ) => {
    roles.push({ row, role: kind, reason, ...extra });
    if (kind !== "continuation" && kind !== "part") lastProject = undefined;
  };
  // A cell that could not be read counts as 0, but is no control total: "stated as 0" would be false.
  let unreadable = false;
  // The columns each amount is summed from, read once: the header is not looked into for every row.
  const summedFrom = {
    plannedBudget: header.sums?.plannedBudget,
    disbursed: header.sums?.disbursed,
    ordinanceBudget: header.sums?.ordinanceBudget,
  };
  const amount = (
    field: "plannedBudget" | "disbursed" | "ordinanceBudget",
    index: number | undefined,
  ): Satang => {
    const parts = summedFrom[field];
    if (!parts || parts.length < 2) return amountAt(field, index);
    let total = 0;
    let any = false;
    for (const part of parts) {
      total += amountAt(field, part);
      any ||= unreadable;
    }
    unreadable = any;
    return total;
  };
  const amountAt = (
    field: "plannedBudget" | "disbursed" | "ordinanceBudget",
    index: number | undefined,
  ): Satang => {
    unreadable = false;
    if (index === undefined) return 0;
    const unit = unitOf(index);
    const plain = unit === 1 ? plainSatang(cells[index]) : undefined;
    if (plain !== undefined) return plain;
    const reading = readAmount(cells[index], unit);
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
    const found: { plannedBudget?: Satang; disbursed?: Satang } = {};
    for (const [field, index] of [
      ["plannedBudget", iPlanned],
      ["disbursed", iDisbursed],
    ] as const) {
      if (!hasAmount(cells, ...cellsOf(field, index))) continue;
      const satang = amount(field, index);
      if (!unreadable) found[field] = satang;
    }
    return found;
  };
  const startSection = (dimension: Dimension, name: string | undefined): void => {
    section = dimension;
    if (name) dimensionNames[section] ??= name;
    closeGroup();
  };

  /**
   * Detail lines under project `project` (grid index `r` onwards): unnumbered, with no status of their
   * own, each starting "- …", "(1) …" or the like. They are its parts when they carry no amount, or
   * when their amounts add up to the project's; otherwise they are read as rows of their own.
   */
  const findParts = (r: number, project: PlanRow): void => {
    // Most projects have none: the line below has a number of its own, or is blank. Nothing is made for them.
    if (r >= grid.rows.length || endsParts(r, project)) return;
    const found: number[] = [];
    const sums = emptySums();
    let any = false;
    const children: string[] = [];
    // A project written as a list line ("1) โครงการ…"): lines of its own style are its siblings.
    const style = detailStyle(labelOf(project.cells, iName));
    for (let j = r; j < grid.rows.length; j++) {
      const line = grid.rows[j];
      if (line.every(isBlank) || mergedUnder.has(j)) break;
      const child = iNo === undefined ? undefined : childNumber(line[iNo], project.no);
      const label = labelOf(line, iName);
      if (child !== undefined) children.push(child);
      else if (ownNumber(line) || !isDetailLine(label)) break;
      else if (style !== undefined && detailStyle(label) === style) break;
      // A line in another dimension than the project's is none of its parts.
      if (iDimension !== undefined && !isBlank(line[iDimension])) {
        const own = readDimensionCell(line[iDimension]);
        if (own.kind !== "dimension" || own.dimension !== project.dimension) break;
      }
      const amounts = stated(line);
      // A line with amounts or a status of its own is a part only if the lines add up to the project.
      if (amounts.planned !== undefined || amounts.disbursed !== undefined || hasStatus(line)) any = true;
      sums.planned += amounts.planned ?? 0;
      sums.disbursed += amounts.disbursed ?? 0;
      found.push(j);
    }
    if (found.length === 0) return;
    const addsUp =
      any &&
      sums.planned === project.plannedBudget &&
      sums.disbursed === project.disbursed &&
      sums.planned + sums.disbursed > 0;
    if (any && !addsUp) {
      // Numbered as the project's sub-items, yet not adding up to it: counted as projects of their
      // own, which doubles the project's figures if they are its parts. Asked, never settled in silence.
      if (children.length > 0) {
        const column = iNo === undefined ? null : grid.firstColumn + iNo;
        const at = { row: project.row, column, field: "no" as const, text: project.no };
        const details = { other: children.join(", "), amount: sums.planned, expected: project.plannedBudget };
        issues.push(makeIssue("sub-items-not-parts", at, details));
      }
      return;
    }
    for (const j of found) {
      partOf.set(j, {
        of: project.row,
        reason: addsUp ? "adds-up-to-project" : "detail-line",
        ...(addsUp ? { amount: sums.planned } : {}),
      });
    }
  };
  /** Whether line `j` ends a project's parts before any: what findParts' loop breaks on, first of all. */
  const endsParts = (j: number, project: PlanRow): boolean => {
    const line = grid.rows[j];
    if (line.every(isBlank) || mergedUnder.has(j)) return true;
    const child = iNo === undefined ? undefined : childNumber(line[iNo], project.no);
    return child === undefined && (ownNumber(line) || !isDetailLine(labelOf(line, iName)));
  };

  for (let r = header.index + header.height; r < grid.rows.length; r++) {
    cells = grid.rows[r];
    if (cells.every(isBlank)) {
      // A blank row ends a project: a line after it is not the rest of its name (a merge goes on).
      if (!mergedUnder.has(r)) lastProject = undefined;
      continue;
    }
    row = grid.firstRow + r;
    lastRow = row;

    const part = partOf.get(r);
    if (part) {
      roles.push({ row, role: "part", reason: part.reason, of: part.of });
      issue("read-as-part", null, undefined, {
        otherRow: part.of,
        ...(part.amount === undefined ? {} : { amount: part.amount }),
      });
      continue;
    }

    // Another year's plan pasted under this one, under its own title line ("… ประจำปีงบประมาณ พ.ศ.
    // 2566 (ข้อมูลเปรียบเทียบ)"): its rows are that year's, never this report's (spec §2.5).
    const single = onlyText(cells);
    const titled = single === undefined || rules.fiscalYear === undefined ? undefined : titleYear(single);
    if (titled !== undefined) otherYearTitle = titled === rules.fiscalYear ? undefined : row;
    if (otherYearTitle !== undefined) {
      if (otherYearTitle === row) {
        issue("other-year-below", null, cells.findIndex(isFilled), {
          year: rules.fiscalYear,
          other: String(titled),
        });
      }
      role("outside-year", "other-year");
      continue;
    }

    // Dimension headings, in whichever form: "มิติที่ 1 …", "2. การบริหารราชการ…", "๓ การส่งเสริม…".
    const bare = !hasAnyAmount(cells) && !hasStatus(cells);
    const headingText =
      single ??
      (bare && iName !== undefined ? `${text(cells, iNo)} ${text(cells, iName)}`.trim() : undefined);
    const sectionReading = headingText === undefined ? undefined : readDimensionHeading(headingText);
    if (sectionReading?.kind === "dimension") {
      startSection(sectionReading.dimension, sectionReading.name);
      role("section", "dimension-heading", { dimension: sectionReading.dimension });
      continue;
    }
    // "มิติที่ 1 …" with the dimension's subtotal beside it, and no number or status of its own:
    // a section row whose amounts are a control total for that dimension.
    const summary = summaryStatus(cells);
    const subtotal =
      single === undefined ? sectionWithSubtotal(cells, iName, iNo, iStatus, summary) : undefined;
    if (subtotal) {
      startSection(subtotal.dimension, subtotal.name);
      controlTotals.push({ row, dimension: subtotal.dimension, cells, ...controlAmounts() });
      role("section", "dimension-heading", { dimension: subtotal.dimension });
      continue;
    }
    if (sectionReading?.kind === "out-of-range") {
      // "มิติที่ 5" is still a section row, not a project; the rows under it have no dimension.
      section = null;
      closeGroup();
      issue("unknown-dimension", "dimension", cells.findIndex(isFilled));
      role("section", "dimension-heading");
      continue;
    }

    const heading = headings?.byIndex.get(r);
    if (heading) {
      // A heading numbered 1–4 at the top level is its dimension's heading ("2 การบริหาร…" above 2.1).
      const top = heading.depth === 1 ? Number(heading.number) : 0;
      if (top >= 1 && top <= 4) {
        startSection(top as Dimension, heading.title);
        role("section", "dimension-heading", { dimension: top as Dimension });
      } else {
        closeGroup();
        role("heading", "numbered-heading");
      }
      continue;
    }

    const label = labelOf(cells, iName);
    const numbered = ownNumber(cells);
    const statusOwn = hasStatus(cells) && !summary;

    // Notes and signature blocks hold words and sometimes numbers, never a project.
    // A line wholly in parentheses right under a project is the rest of its name ("(ต่อ)"), not a signature.
    // The note word may stand in the number column ("หมายเหตุ | งบประมาณตามข้อบัญญัติ | 50,000").
    const note =
      numbered || statusOwn || (lastProject !== undefined && isParenthesised(label))
        ? undefined
        : (noteKind(label) ?? (iNo === undefined ? undefined : noteKind(text(cells, iNo)) && "note-word"));
    // After a note, its lines ("1. …", "2. …") hold no amount and no status, numbered or not; in a
    // signature block, text in an amount column ("โทร 053-123456") is no amount either.
    const noteLine: boolean = inNote && !statusOwn && !hasAnyAmount(cells);
    const signed = inSignature && !numbered && !statusOwn && !hasReadableAmount(cells);
    if (note || noteLine || signed) {
      inSignature ||= note === "signature";
      inNote = note === "note-word" || (noteLine && note === undefined);
      role("note", note ?? (noteLine ? "note-word" : "signature"));
      continue;
    }
    inNote = false;

    // Totals, by the evidence of their label, their status cell and their arithmetic (spec §2.5).
    const total = totalLabel(label);
    // The stated amounts, as two numbers rather than an object: this runs for every row.
    const statedPlanned = quietSum(cells, plannedCells, unitOf);
    const statedDisbursed = quietSum(cells, disbursedCells, unitOf);
    const oneDimension = groupDimension ?? null;
    const dimensionSums =
      (section ?? oneDimension) === null ? undefined : byDimension[(section ?? oneDimension) as Dimension];
    // A sum of one row is no evidence: any project may cost what the one above it cost.
    const fitsGroup = group.count > 0 && addsUpTo(statedPlanned, statedDisbursed, group);
    const fitsPlan = plan.count > 0 && addsUpTo(statedPlanned, statedDisbursed, plan);
    const fitsDimension =
      dimensionSums !== undefined &&
      dimensionSums.count > 0 &&
      addsUpTo(statedPlanned, statedDisbursed, dimensionSums);
    const summed = Math.max(
      fitsGroup ? group.count : 0,
      fitsPlan ? plan.count : 0,
      fitsDimension ? (dimensionSums?.count ?? 0) : 0,
    );
    const fits = summed >= 2 || (summed === 1 && label === undefined);
    const tableTotal = grid.totalsRow === row;
    const withAmounts = hasAnyAmount(cells);
    let reason: RoleReason | undefined;
    if (tableTotal) reason = "table-total-row";
    else if (summary && !numbered && (fits || label === undefined || useTicks || saysTotalOf(total, label)))
      reason = "summary-status";
    else if (total?.exact) reason = "total-word";
    else if (!numbered && !statusOwn) {
      if (withAmounts && saysTotalOf(total, label)) reason = "total-word";
      else if (fits) reason = "adds-up";
    } else if (fits && saysTotalOf(total, label)) reason = "adds-up";

    if (reason !== undefined) {
      if (total?.dimension === undefined && total !== undefined) {
        // "รวมมิติที่ 7": a total, of a dimension that does not exist.
        issue("unknown-dimension", "dimension", cells.findIndex(isFilled));
        role("total", reason);
        closeGroup();
        continue;
      }
      // What the row totals: the dimension its label names, else what its amounts add up to, else
      // its place (a line closing one dimension's rows is that dimension's subtotal).
      let scope: Dimension | null;
      let checked = true;
      if (total?.dimension) scope = total.dimension;
      // At the end of the first dimension its sums are the plan's: items below make it the dimension's.
      else if (
        fitsPlan &&
        !(fitsDimension && r < lastItemIndex) &&
        (!fitsGroup || group.count === plan.count)
      )
        scope = null;
      else if (fitsDimension) scope = (section ?? oneDimension) as Dimension;
      else if (fitsGroup) {
        // A heading's subtotal: it adds up by construction, and is no dimension's or plan's total.
        scope = oneDimension;
        checked = false;
      } else if (tableTotal || saysWholePlan(label) || oneDimension === null) scope = null;
      // A line that adds up to nothing: it closes its dimension's rows when items follow it, or when
      // earlier dimensions were closed the same way; the last line of a plan is the plan's total.
      else scope = r < lastItemIndex || dimensionSubtotals > 0 ? oneDimension : null;

      if (scope !== null && checked) dimensionSubtotals++;
      role(scope === null && checked ? "total" : "subtotal", reason, { dimension: scope });
      if (reason === "adds-up" || reason === "summary-status") {
        const details =
          reason === "summary-status"
            ? { other: reason }
            : { amount: statedPlanned ?? statedDisbursed ?? 0, otherRow: summed };
        const index = reason === "summary-status" && iStatus !== undefined ? iStatus : undefined;
        // A name of its own that says no total ("โครงการจัดทำป้าย…" with no status, whose budget happens
        // to equal the rows above): a project missing its status is as plausible, so it is asked.
        const named = reason === "adds-up" && NAMED.test(text(cells, iName)) && !saysTotalOf(total, label);
        issue(
          named ? "total-or-project" : "read-as-total",
          named ? "name" : null,
          named ? iName : index,
          details,
        );
      }
      if (checked) controlTotals.push({ row, dimension: scope, cells, ...controlAmounts() });
      closeGroup();
      continue;
    }

    // A row with a status or a disbursement for this report is in this year's plan (spec §9.2).
    const reported = statusOwn || (iDisbursed !== undefined && !isBlank(cells[iDisbursed]));
    if (years && !reported && notInThisYear(cells, years.reportYear, years.otherYears)) {
      issue("not-in-this-year", "plannedBudget", years.reportYear);
      role("outside-year", "other-year");
      continue;
    }
    // A multi-year list: a row of another fiscal year than the report's (spec §9.2).
    const otherYear = rowYears && otherYearOf(cells, rowYears);
    if (rowYears && otherYear !== undefined) {
      issue("not-in-this-year", "fiscalYear", rowYears.index, {
        year: rowYears.year,
        other: String(otherYear),
      });
      role("outside-year", "other-year");
      continue;
    }

    // The rest of the name of the project above: only a name, under a numbered project, or a row the
    // project's number or budget cell is merged down over.
    const previous = lastProject === undefined ? undefined : rows[rows.length - 1];
    if (previous && !numbered) {
      // A status merged down with the number is the project's own, spread to this row (§2.7).
      const merged = mergedUnder.get(r) === previous.row - grid.firstRow;
      // A line that begins with an item's type word ("มาตรการ…", "กิจกรรม…") is an item of its own.
      const wrapped =
        !statusOwn &&
        previous.no !== "" &&
        !withAmounts &&
        onlyName(cells, previous.cells, iName) &&
        itemTypeOf("", text(cells, iName)) === undefined;
      if (merged || wrapped) {
        const rest = text(cells, iName);
        if (rest !== "") rows[rows.length - 1] = { ...previous, name: `${previous.name} ${rest}`.trim() };
        issue("read-as-continuation", "name", iName, { otherRow: previous.row });
        roles.push({
          row,
          role: "continuation",
          reason: merged ? "merged-down" : "wrapped-name",
          of: previous.row,
        });
        // The project's parts may follow the rest of its name.
        if (!partOf.has(r + 1)) findParts(r + 1, rows[rows.length - 1]);
        continue;
      }
    }

    let dimension: Dimension | null = null;
    const dimensionCell = iDimension === undefined ? undefined : cells[iDimension];
    const fromCell = iDimension === undefined ? undefined : readDimensionCell(dimensionCell);
    const fromNumber = dimensionFromNumber(iNo === undefined ? undefined : cells[iNo]);
    if (isFormulaWithoutValue(dimensionCell)) {
      issue("formula-without-value", "dimension", iDimension);
    } else if (fromCell?.kind === "dimension") {
      dimension = fromCell.dimension;
      if (fromCell.name) dimensionNames[dimension] ??= fromCell.name;
    } else if (fromCell?.kind !== "out-of-range") {
      dimension = section ?? fromNumber ?? null;
      // The heading decides; an item numbered for another dimension under it is worth a look.
      if (section !== null && fromNumber !== undefined && fromNumber !== section)
        issue("number-not-in-heading", "no", iNo, { dimension: section, other: String(fromNumber) });
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
    for (let i = 0; i < textFields.length; i++) {
      const { field, index } = textFields[i];
      if (isFormulaWithoutValue(cells[index])) issue("formula-without-value", field, index);
    }
    if (hidden.has(row)) issue("hidden-row", null);

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
    roles.push({ row, role: "project", reason: "item" });
    lastProject = row;
    addTo(plan, planRow);
    addTo(group, planRow);
    groupDimension = group.count === 1 || groupDimension === dimension ? dimension : null;
    if (dimension !== null) addTo(byDimension[dimension], planRow);
    check?.(planRow, issues);
    findParts(r + 1, planRow);
  }
  return { rows, roles, controlTotals, dimensionNames, issues, lastRow };
}

/**
 * The item number of a cell numbering a sub-item of item `parent` ("1.1.1" under "1.1", "๒.๓.๑"
 * under "2.3"), tidied to Arabic digits; undefined for any other cell or parent.
 */
function childNumber(cell: Cell | undefined, parent: string): string | undefined {
  const raw = typeof cell === "string" ? cell : typeof cell === "number" ? String(cell) : "";
  // Most numbers are plain digits and dots: compared as they stand, without tidying (it is costly).
  if (PLAIN_NUMBER.test(raw) && PLAIN_NUMBER.test(parent)) {
    // The parent without its closing dot, then a dot and more: checked by length first ("1.3" under
    // "1.2" is not), without building the parent's "1.2." to compare.
    const of = parent.charCodeAt(parent.length - 1) === 0x2e ? parent.slice(0, -1) : parent;
    if (raw.length <= of.length + 1 || raw.charCodeAt(of.length) !== 0x2e || !raw.startsWith(of))
      return undefined;
    return raw.replace(TRAILING_DOT, "");
  }
  // Texts tidy but for their digits keep their length when tidied: a number shorter than its parent's,
  // a dot and a digit is no child of it (most rows: the next item). Nothing is built to see it.
  if (
    raw === cell &&
    isTidyButDigits(raw) &&
    isTidyButDigits(parent) &&
    lengthWithoutDot(raw) < lengthWithoutDot(parent) + 2
  )
    return undefined;
  const own = arabicDigits(tidy(cellText(cell))).replace(TRAILING_DOT, "");
  const of = arabicDigits(tidy(parent)).replace(TRAILING_DOT, "");
  if (of === "" || !DOTTED_NUMBER.test(of)) return undefined;
  return own.startsWith(`${of}.`) && DOTTED_NUMBER.test(own) ? own : undefined;
}

/** A number's length without its closing dot ("1.2." → 3). */
function lengthWithoutDot(number: string): number {
  return number.charCodeAt(number.length - 1) === 0x2e ? number.length - 1 : number.length;
}

/**
 * The fiscal year a line of text inside the rows states as a plan's title does ("แผนปฏิบัติการ…
 * ประจำปีงบประมาณ พ.ศ. 2566"): it names a plan or a report and a fiscal year.
 */
function titleYear(line: string): number | undefined {
  if (!FISCAL_YEAR_WORD.test(line) || !PLAN_WORD.test(line)) return undefined;
  return readTitle({ rows: [[line]], firstRow: 1, firstColumn: 1 }, 1).fiscalYear;
}

/** Whether a row holds a name and nothing else of its own (cells equal to the row above's are not its own). */
function onlyName(cells: readonly Cell[], above: readonly Cell[], nameIndex: number | undefined): boolean {
  if (nameIndex === undefined || isBlank(cells[nameIndex])) return false;
  for (let c = 0; c < cells.length; c++) {
    if (c === nameIndex || isBlank(cells[c])) continue;
    if (cells[c] !== above[c]) return false;
  }
  return true;
}

/**
 * The grid rows that a merged area in one of these columns covers below its top row, each mapped to
 * that top row's index: a number or budget merged down over two rows makes them one item.
 */
function rowsMergedUnder(grid: Grid, indices: readonly (number | undefined)[]): Map<number, number> {
  const under = new Map<number, number>();
  const columns = new Set(indices.filter((index): index is number => index !== undefined));
  for (const area of grid.merges ?? []) {
    if (area.bottom <= area.top) continue;
    let covers = false;
    for (let c = area.left; c <= area.right; c++) if (columns.has(c - grid.firstColumn)) covers = true;
    if (!covers) continue;
    const top = area.top - grid.firstRow;
    const last = Math.min(area.bottom - grid.firstRow, grid.rows.length - 1);
    for (let r = top + 1; r <= last; r++) under.set(r, top);
  }
  return under;
}
