/**
 * The plan's columns, worked out once per plan, and the cells of the row being read. Every rule that
 * weighs a row asks for its amounts and its status: each amount cell is read once per row, however
 * many rules ask, and each status text once per plan (spec §2.3, §2.4).
 */
import { type AmountUnit, plainSatang, readAmount } from "../cells/amounts";
import { type Cell, cellText, isBlank, isFormulaWithoutValue } from "../cells/grid";
import { type IssueCode, SEVERITY_OF } from "../checks/issues";
import type { Satang } from "../cells/money";
import { readOnce } from "../cells/text";
import type { Field, StatusBucket } from "../cells/vocabulary";
import type { Header } from "./columns";
import { isSummaryStatus, isTickCount } from "./roles";
import { type StatusTick, isMarked, parseStatus } from "./status";

/** What a status cell's text says, read once per text: a plan repeats a handful of them in every row. */
interface StatusText {
  readonly filled: boolean;
  /** It counts rows ("ดำเนินการแล้ว 12 โครงการ"): a subtotal's status, not an item's. */
  readonly summary: boolean;
  readonly bucket: StatusBucket | null;
}

const statusTextOf = readOnce((text: string): StatusText => ({
  filled: !isBlank(text),
  summary: isSummaryStatus(text),
  bucket: parseStatus(text) ?? null,
}));

const NO_ISSUES: readonly IssueCode[] = [];

/** An amount's issues without "is text" (spec §2.3: a CSV file has no types, so text is no note). */
function withoutTextNote(codes: readonly IssueCode[]): readonly IssueCode[] {
  if (!codes.includes("text-number")) return codes;
  return codes.length === 1 ? NO_ISSUES : codes.filter((code) => code !== "text-number");
}

function hasError(codes: readonly IssueCode[]): boolean {
  for (let i = 0; i < codes.length; i++) if (SEVERITY_OF[codes[i]] === "error") return true;
  return false;
}

/** An item number's first character may follow spaces or invisible characters: read by a pattern. */
const ITEM_NUMBER_START = /^[\s\u00AD\u200B-\u200F\u2060\uFEFF]*[0-9\u0E50-\u0E59]/;

/** Whether a character code is a digit, Arabic or Thai. */
function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x0e50 && code <= 0x0e59);
}

/** The row's label: its name cell, or its first text when the name cell is empty. */
export function labelOf(row: readonly Cell[], nameIndex: number | undefined): string | undefined {
  const named = nameIndex === undefined ? undefined : row[nameIndex];
  if (typeof named === "string" && !isBlank(named)) return named;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (typeof cell === "string" && !isBlank(cell)) return cell;
  }
  return undefined;
}

/** The row's one non-blank cell when it is a text; undefined for any other row. */
export function onlyText(row: readonly Cell[]): string | undefined {
  let found: string | undefined;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (isBlank(cell)) continue;
    if (found !== undefined || typeof cell !== "string") return undefined;
    found = cell;
  }
  return found;
}

/** A row's cell's text, trimmed; "" for a blank cell, a formula without a value, or no column. */
export function textOf(row: readonly Cell[], index: number | undefined): string {
  if (index === undefined) return "";
  const cell = row[index];
  // A text cell, the usual one, is its own text.
  if (typeof cell === "string") return cell.trim();
  if (cell === null || cell === undefined) return "";
  // A number's or a boolean's text has nothing to trim (trimming costs a call per cell).
  if (typeof cell !== "object") return String(cell);
  return isFormulaWithoutValue(cell) ? "" : cellText(cell).trim();
}

/** Whether every cell of a row is blank. */
export function isBlankRow(row: readonly Cell[]): boolean {
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return false;
  return true;
}

/**
 * A plan's columns and the row being read. `load` makes a row the one read; the amounts of that row
 * are read on first asking and kept until the next `load`. The `…Of(line)` methods read any other
 * line afresh (the lines under a project, the last item of the plan).
 */
export class RowCells {
  readonly iNo: number | undefined;
  readonly iName: number | undefined;
  readonly iType: number | undefined;
  readonly iDimension: number | undefined;
  readonly iPlanned: number | undefined;
  readonly iDisbursed: number | undefined;
  readonly iStatus: number | undefined;
  readonly iNote: number | undefined;
  readonly iReason: number | undefined;
  readonly iOrdinance: number | undefined;
  /** The columns an amount is stated in, for the evidence of totals: several for the round's quarters (spec §9.7). */
  readonly plannedCells: readonly (number | undefined)[];
  readonly disbursedCells: readonly (number | undefined)[];
  /** Amounts summed from several columns; undefined where the field has one column. */
  readonly plannedParts: readonly number[] | undefined;
  readonly disbursedParts: readonly number[] | undefined;
  readonly ordinanceParts: readonly number[] | undefined;
  /** Tick columns give the status: the sheet has no status column, and some columns headed by statuses. */
  readonly useTicks: boolean;
  readonly ticks: readonly StatusTick[];
  /** The text fields the sheet has, and their columns (looked at in every row: a plain list). */
  readonly textFields: readonly { readonly field: Field; readonly index: number }[];
  /** Each column's unit by index, looked at for every amount of every row: no map look-up. */
  private readonly unitByIndex: AmountUnit[] = [];
  private readonly amountCells: readonly number[];

  /** The row being read. */
  cells: readonly Cell[] = [];
  private loaded = 0;
  /** Per amount column: the load its amount was read in, what it counts for, and its issues. */
  private readonly readIn: number[];
  /**
   * Filled with undefined, not numbers: a list that held only numbers would turn into a list of
   * doubles at a total row's first amount past 2^31 satang, and hand every later row's amount on as a
   * double, boxed in each project row.
   */
  private readonly satangIn: (Satang | undefined)[];
  private readonly issuesIn: (readonly IssueCode[])[];
  private statusKnown = false;
  private statusFilled = false;
  private statusSummary = false;
  /** The status cell's text as read, when it is a text. */
  private statusText: StatusText | undefined;

  constructor(
    header: Header,
    units: ReadonlyMap<number, AmountUnit> | undefined,
    /** The grid has no types (a CSV file's): an amount written as text is no note. */
    private readonly untyped = false,
  ) {
    const { columns, ticks } = header;
    this.iNo = columns.no;
    this.iName = columns.name;
    this.iType = columns.type;
    this.iDimension = columns.dimension;
    this.iPlanned = columns.plannedBudget;
    this.iDisbursed = columns.disbursed;
    this.iStatus = columns.status;
    this.iNote = columns.note;
    this.iReason = columns.reason;
    this.iOrdinance = columns.ordinanceBudget;
    this.plannedCells = header.sums?.plannedBudget ?? [this.iPlanned];
    this.disbursedCells = header.sums?.disbursed ?? [this.iDisbursed];
    const several = (parts: readonly number[] | undefined) =>
      parts && parts.length >= 2 ? parts : undefined;
    this.plannedParts = several(header.sums?.plannedBudget);
    this.disbursedParts = several(header.sums?.disbursed);
    this.ordinanceParts = several(header.sums?.ordinanceBudget);
    this.amountCells = [...this.plannedCells, ...this.disbursedCells].filter(
      (index): index is number => index !== undefined,
    );
    this.useTicks = this.iStatus === undefined && ticks.length > 0;
    this.ticks = ticks;
    this.textFields = (
      [
        ["no", this.iNo],
        ["name", this.iName],
        ["type", this.iType],
        ["note", this.iNote],
        ["reason", this.iReason],
      ] as const
    ).flatMap(([field, index]) => (index === undefined ? [] : [{ field, index }]));
    units?.forEach((unit, index) => (this.unitByIndex[index] = unit));
    const read = [
      ...this.amountCells,
      ...[this.iPlanned, this.iDisbursed, this.iOrdinance].filter((index) => index !== undefined),
      ...(this.plannedParts ?? []),
      ...(this.disbursedParts ?? []),
      ...(this.ordinanceParts ?? []),
    ];
    const size = read.reduce((largest, index) => Math.max(largest, index + 1), 0);
    this.readIn = new Array<number>(size).fill(0);
    this.satangIn = new Array<Satang | undefined>(size).fill(undefined);
    this.issuesIn = new Array<readonly IssueCode[]>(size).fill(NO_ISSUES);
  }

  unitOf(index: number): AmountUnit {
    return this.unitByIndex[index] ?? 1;
  }

  /** Makes `cells` the row read: what was read of the row before is forgotten. */
  load(cells: readonly Cell[]): void {
    this.cells = cells;
    this.loaded++;
    this.statusKnown = false;
  }

  /** A cell's text, trimmed; "" for a blank cell, a formula without a value, or no column. */
  text(index: number | undefined): string {
    return textOf(this.cells, index);
  }

  /** What the row's amount in a column counts for (0 when it cannot be read). */
  satangAt(index: number): Satang {
    this.readAmountAt(index);
    return this.satangIn[index] as Satang;
  }

  /**
   * The row's amount: its column's, or the sum of its columns (the round's quarters, spec §9.7); 0
   * without a column.
   */
  amountOf(index: number | undefined, parts: readonly number[] | undefined): Satang {
    if (parts === undefined) return index === undefined ? 0 : this.satangAt(index);
    let total = 0;
    for (const part of parts) total += this.satangAt(part);
    return total;
  }

  /** The issues the row's amount in a column raises (none for a plain amount). */
  issuesAt(index: number): readonly IssueCode[] {
    this.readAmountAt(index);
    return this.issuesIn[index];
  }

  private readAmountAt(index: number): void {
    if (this.readIn[index] === this.loaded) return;
    this.readIn[index] = this.loaded;
    const cell = this.cells[index];
    const unit = this.unitOf(index);
    const plain = unit === 1 ? plainSatang(cell) : undefined;
    if (plain !== undefined) {
      this.satangIn[index] = plain;
      this.issuesIn[index] = NO_ISSUES;
      return;
    }
    const reading = readAmount(cell, unit);
    this.satangIn[index] = reading.satang;
    this.issuesIn[index] = this.untyped ? withoutTextNote(reading.issues) : reading.issues;
  }

  /**
   * The row's stated amount over these columns (the round's quarters add up): undefined when all are
   * blank or one cannot be read.
   */
  stated(indices: readonly (number | undefined)[]): Satang | undefined {
    let total: Satang | undefined;
    for (let i = 0; i < indices.length; i++) {
      const index = indices[i];
      if (index === undefined || isBlank(this.cells[index])) continue;
      this.readAmountAt(index);
      if (hasError(this.issuesIn[index])) return undefined;
      total = (total ?? 0) + (this.satangIn[index] as Satang);
    }
    return total;
  }

  /** Any amount stated in the planned or disbursed columns of the row. */
  withAmounts(): boolean {
    return this.hasAmountOf(this.cells);
  }

  /** The row has a status: its status cell, or a tick column, is filled. */
  hasStatus(): boolean {
    this.readStatus();
    return this.statusFilled;
  }

  /** The row's status cell or tick columns count rows instead of giving a status. */
  summaryStatus(): boolean {
    this.readStatus();
    return this.statusSummary;
  }

  /** The row's status as its status cell says it (the tick columns are read by the caller). */
  statusBucket(): StatusBucket | null {
    if (this.iStatus === undefined) return null;
    this.readStatus();
    return this.statusText === undefined
      ? (parseStatus(this.cells[this.iStatus]) ?? null)
      : this.statusText.bucket;
  }

  private readStatus(): void {
    if (this.statusKnown) return;
    this.statusKnown = true;
    const cell = this.iStatus === undefined ? undefined : this.cells[this.iStatus];
    this.statusText = typeof cell === "string" ? statusTextOf(cell) : undefined;
    if (this.statusText !== undefined) {
      this.statusFilled = this.statusText.filled;
      this.statusSummary = this.statusText.summary;
    } else {
      this.statusFilled = this.hasStatusOf(this.cells);
      this.statusSummary = this.summaryStatusOf(this.cells);
    }
  }

  /** Whether any line's planned or disbursed columns hold anything. */
  hasAmountOf(line: readonly Cell[]): boolean {
    const indices = this.amountCells;
    for (let i = 0; i < indices.length; i++) if (!isBlank(line[indices[i]])) return true;
    return false;
  }

  hasStatusOf(line: readonly Cell[]): boolean {
    if (this.useTicks) return this.ticks.some((tick) => isMarked(line[tick.index]));
    return this.iStatus !== undefined && !isBlank(line[this.iStatus]);
  }

  summaryStatusOf(line: readonly Cell[]): boolean {
    if (this.useTicks) return this.ticks.some((tick) => isTickCount(line[tick.index]));
    return this.iStatus !== undefined && isSummaryStatus(line[this.iStatus]);
  }

  /**
   * An item number of its own: a number in the number column (a label there is not one). A digit at
   * the start is enough ("1.2", "๓", "4)"), without tidying the text; most cells are told by their
   * first character.
   */
  ownNumberOf(line: readonly Cell[]): boolean {
    if (this.iNo === undefined) return false;
    const cell = line[this.iNo];
    if (typeof cell === "number") return true;
    if (typeof cell !== "string") return false;
    const first = cell.charCodeAt(0);
    if (isDigit(first)) return true;
    // A printable ASCII character or a Thai letter is neither a space nor an invisible character.
    if ((first > 0x20 && first < 0x7f) || (first >= 0x0e01 && first <= 0x0e4f)) return false;
    return ITEM_NUMBER_START.test(cell);
  }

  /** A line's amount over these columns, read afresh: undefined when all are blank or one cannot be read. */
  statedOf(line: readonly Cell[], indices: readonly (number | undefined)[]): Satang | undefined {
    let total: Satang | undefined;
    for (const index of indices) {
      if (index === undefined || isBlank(line[index])) continue;
      const unit = this.unitOf(index);
      const plain = unit === 1 ? plainSatang(line[index]) : undefined;
      if (plain !== undefined) {
        total = (total ?? 0) + plain;
        continue;
      }
      const reading = readAmount(line[index], unit);
      if (hasError(reading.issues)) return undefined;
      total = (total ?? 0) + reading.satang;
    }
    return total;
  }
}
