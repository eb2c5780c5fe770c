/**
 * The project rows of a plan as they are read: kept as a few small numbers per row (where it is, its
 * dimension and status), each row's object built only when it is asked for. Everything else a row
 * says (its number, name, type, amounts, note, reason, heading, cells) is read again from its grid
 * row, the same way, so a row built later is the row read then. What the summary counts is counted
 * and added up per dimension as the rows come: rows per status, amounts, rows per item type.
 *
 * Why not keep the objects: most analyses need only the summary and the issues, and a 100,000-row
 * plan's row objects (and their role entries) are some 20 MB written to fresh memory on every
 * analysis, which costs more than reading the rows (a page of fresh memory costs the system far more
 * than writing to it).
 */
import type { Cell, Grid } from "../cells/grid";
import type { Satang } from "../cells/money";
import type { Dimension, StatusBucket } from "../cells/vocabulary";
import type { Headings } from "./headings";
import { ITEM_TYPES, type ItemType, itemTypeOf } from "./itemTypes";
import { type RowCells, textOf } from "./rowCells";

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

/** The planned, disbursed and ordinance sums of one dimension's rows. */
export interface AmountSums {
  readonly plannedBudget: Satang;
  readonly disbursed: Satang;
  readonly ordinanceBudget: Satang;
}

/** Status buckets by code; 0 is "none". */
const STATUSES: readonly (StatusBucket | null)[] = [null, "completed", "inProgress", "notStarted", "notDone"];
/** Each bucket's code, and each item type's (1 + its index in ITEM_TYPES, 0 for none): looked up, not searched for. */
const STATUS_CODES = codes(STATUSES.slice(1) as StatusBucket[]);
const ITEM_TYPE_CODES = codes(ITEM_TYPES);

function codes<T extends string>(values: readonly T[]): Readonly<Record<T, number>> {
  return Object.fromEntries(values.map((value, i) => [value, i + 1])) as Record<T, number>;
}

type RowFields = { -readonly [K in keyof PlanRow]: PlanRow[K] };

/** A row's fields in the order every row gives them: each row is a copy of this one, filled in. */
const NO_ROW: PlanRow = {
  row: 0,
  no: "",
  name: "",
  type: "",
  dimension: null,
  plannedBudget: 0,
  disbursed: 0,
  status: null,
  note: "",
  reason: "",
  ordinanceBudget: 0,
  heading: "",
  cells: [],
};

/**
 * The project rows read so far, in sheet order, by position (0 … length − 1). What the summary counts
 * of a row is given without building it; `rowAt` builds the whole row.
 */
export class ProjectRows {
  private count = 0;
  /** Each row's index into grid.rows. */
  private readonly gridIndex: Int32Array;
  /** Each row's dimension, 0 for none. */
  private readonly dimensions: Uint8Array;
  /** Each row's status, by its code in STATUSES. */
  private readonly statuses: Uint8Array;
  /** Each dimension's rows per status code. */
  private readonly statusCounts = new Int32Array(4 * STATUSES.length);
  /**
   * The planned, disbursed and ordinance sums of each dimension's rows, added in row order as the
   * summary adds them: doubles, as a plan's sums pass 2^31 satang.
   */
  private readonly sums = new Float64Array(4 * 3);
  /** The rows with a dimension (those the table counts) per item type code (spec §9.5). */
  private readonly typeCounts = new Int32Array(ITEM_TYPES.length + 1);
  /** Names made longer by a continuation line (spec §2.5), by position. */
  private readonly names = new Map<number, string>();
  private built: PlanRow[] | undefined;
  /** The row being read, refilled for each project (see `add`). */
  private readonly current: RowFields = { ...NO_ROW };

  /**
   * `reader`: a reader of the plan's columns of its own, for the rows built later. `capacity`: the most
   * rows the plan can have (the grid rows under its header).
   */
  constructor(
    private readonly grid: Grid,
    private readonly reader: RowCells,
    private readonly headings: Headings | undefined,
    capacity: number,
  ) {
    this.gridIndex = new Int32Array(capacity);
    this.dimensions = new Uint8Array(capacity);
    this.statuses = new Uint8Array(capacity);
  }

  get length(): number {
    return this.count;
  }

  /**
   * Keeps the project on grid row `r` (its position is the length before) with what it is read as beyond
   * what its cells say by themselves, and gives it as the report will, from what was just read (its
   * amounts not read again), in the object kept for the row being read: it holds the next project's row
   * after the next `add`.
   */
  add(
    r: number,
    dimension: Dimension | null,
    bucket: StatusBucket | null,
    plannedBudget: Satang,
    disbursed: Satang,
    ordinanceBudget: Satang,
  ): PlanRow {
    const i = this.count++;
    const status = bucket === null ? 0 : STATUS_CODES[bucket];
    this.gridIndex[i] = r;
    this.dimensions[i] = dimension ?? 0;
    this.statuses[i] = status;
    const row = this.fill(this.current, i, plannedBudget, disbursed, ordinanceBudget);
    if (dimension !== null) {
      this.statusCounts[(dimension - 1) * STATUSES.length + status]++;
      const at = (dimension - 1) * 3;
      this.sums[at] += plannedBudget;
      this.sums[at + 1] += disbursed;
      this.sums[at + 2] += ordinanceBudget;
      this.countItemType(row.type, row.name, 1);
    }
    return row;
  }

  /** The rest of a row's name was on the line below: the row's name from now on. */
  rename(i: number, name: string): void {
    // Without a type cell, the name's first word gives the type: the name's start may have been blank.
    const counted = this.dimensions[i] !== 0;
    if (counted) this.countItemType(this.typeOf(i), this.nameOf(i), -1);
    this.names.set(i, name);
    if (counted) this.countItemType(this.typeOf(i), name, 1);
  }

  private countItemType(type: string, name: string, by: number): void {
    const itemType = itemTypeOf(type, name);
    this.typeCounts[itemType === undefined ? 0 : ITEM_TYPE_CODES[itemType]] += by;
  }

  /** Worksheet row of the row at position i. */
  rowOf(i: number): number {
    return this.grid.firstRow + this.gridIndex[i];
  }

  cellsOf(i: number): readonly Cell[] {
    return this.grid.rows[this.gridIndex[i]];
  }

  dimensionOf(i: number): Dimension | null {
    const dimension = this.dimensions[i];
    return dimension === 0 ? null : (dimension as Dimension);
  }

  statusOf(i: number): StatusBucket | null {
    return STATUSES[this.statuses[i]];
  }

  /** How many of a dimension's rows have this status (null: none that could be read). */
  statusCountOf(dimension: Dimension, status: StatusBucket | null): number {
    return this.statusCounts[
      (dimension - 1) * STATUSES.length + (status === null ? 0 : STATUS_CODES[status])
    ];
  }

  /** How many rows with a dimension are of this item type (undefined: none known). */
  itemTypeCountOf(type: ItemType | undefined): number {
    return this.typeCounts[type === undefined ? 0 : ITEM_TYPE_CODES[type]];
  }

  noOf(i: number): string {
    return textOf(this.cellsOf(i), this.reader.iNo);
  }

  nameOf(i: number): string {
    const renamed = this.names.size === 0 ? undefined : this.names.get(i);
    return renamed ?? textOf(this.cellsOf(i), this.reader.iName);
  }

  typeOf(i: number): string {
    return textOf(this.cellsOf(i), this.reader.iType);
  }

  noteOf(i: number): string {
    return textOf(this.cellsOf(i), this.reader.iNote);
  }

  reasonOf(i: number): string {
    return textOf(this.cellsOf(i), this.reader.iReason);
  }

  /** The row's planned budget, read again from its cells. */
  plannedBudgetOf(i: number): Satang {
    const { reader } = this;
    reader.load(this.cellsOf(i));
    return reader.amountOf(reader.iPlanned, reader.plannedParts);
  }

  /** The sums of the amounts of a dimension's rows. */
  sumsOf(dimension: Dimension): AmountSums {
    const at = (dimension - 1) * 3;
    return { plannedBudget: this.sums[at], disbursed: this.sums[at + 1], ordinanceBudget: this.sums[at + 2] };
  }

  /** The row at position i, its amounts read again from its cells. */
  rowAt(i: number): PlanRow {
    const { reader } = this;
    reader.load(this.cellsOf(i));
    return this.fill(
      { ...NO_ROW },
      i,
      reader.amountOf(reader.iPlanned, reader.plannedParts),
      reader.amountOf(reader.iDisbursed, reader.disbursedParts),
      reader.amountOf(reader.iOrdinance, reader.ordinanceParts),
    );
  }

  /** Every row, built on the first asking and kept: later askers get the same list. */
  list(): PlanRow[] {
    if (this.built === undefined) {
      const built = new Array<PlanRow>(this.count);
      for (let i = 0; i < this.count; i++) built[i] = this.rowAt(i);
      this.built = built;
    }
    return this.built;
  }

  /**
   * Fills `row` with the row at position i and these amounts. The row being read is filled into the one
   * object kept for it: the checks and the parts' finder it is handed to keep none of it, and 100,000
   * rows made as 100,000 objects are some 12 MB written afresh (with the figures handed to `add`, 18 of
   * the 27 MB one analysis of 100,000 rows allocated).
   */
  private fill(
    row: RowFields,
    i: number,
    plannedBudget: Satang,
    disbursed: Satang,
    ordinanceBudget: Satang,
  ): PlanRow {
    const r = this.gridIndex[i];
    row.row = this.grid.firstRow + r;
    row.no = this.noOf(i);
    row.name = this.nameOf(i);
    row.type = this.typeOf(i);
    row.dimension = this.dimensionOf(i);
    row.plannedBudget = plannedBudget;
    row.disbursed = disbursed;
    row.status = this.statusOf(i);
    row.note = this.noteOf(i);
    row.reason = this.reasonOf(i);
    row.ordinanceBudget = ordinanceBudget;
    row.heading = this.headings ? this.headings.under(r) : "";
    row.cells = this.grid.rows[r];
    return row;
  }
}
