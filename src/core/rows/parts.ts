/**
 * The parts of a project (spec §2.5): detail lines under it ("- …", "(1) …") and sub-items numbered
 * under its number ("1.1.1" under "1.1"). They are read as its parts, not as projects of their own,
 * when they carry no amount or when their amounts add up to the project's.
 */
import { type Cell, type Grid, cellText, isBlank } from "../cells/grid";
import { type IssueSink, makeIssue } from "../checks/issues";
import type { Satang } from "../cells/money";
import type { Dimension } from "../cells/vocabulary";
import { arabicDigits, isTidyButDigits, tidy } from "../cells/text";
import { readDimensionCell } from "./dimension";
import { type RowCells, isBlankRow, labelOf } from "./rowCells";
import { type RoleReason, detailStyle, isDetailLine } from "./roles";

/** What finding a project's parts reads of it: fields of rows.ts's PlanRow, named here so neither imports the other. */
interface Project {
  readonly row: number;
  readonly no: string;
  readonly dimension: Dimension | null;
  readonly plannedBudget: Satang;
  readonly disbursed: Satang;
  readonly cells: readonly Cell[];
}
/** A row read as a part of the project on row `of`. */
export interface PartOf {
  readonly of: number;
  readonly reason: RoleReason;
  /** What the parts add up to, when their amounts are the project's. */
  readonly amount?: Satang;
}

// Patterns live here, not in the functions that run for every project: a pattern written in a
// function is a new object each time it runs.
const DOTTED_NUMBER = /^\d+(?:\.\d+)*$/;
const TRAILING_DOT = /\.$/;

/**
 * The parts of the projects of a plan, found as each project is read: the rows below it that belong
 * to it, by grid index.
 */
export class ProjectParts {
  private readonly parts = new Map<number, PartOf>();

  constructor(
    private readonly grid: Grid,
    private readonly at: RowCells,
    /** Grid rows a number or budget cell is merged down over. */
    private readonly mergedUnder: ReadonlyMap<number, number>,
    private readonly issues: IssueSink,
  ) {}

  /** The project grid row `r` is a part of; undefined for most rows. */
  partAt(r: number): PartOf | undefined {
    return this.parts.size === 0 ? undefined : this.parts.get(r);
  }

  isPart(r: number): boolean {
    return this.parts.size !== 0 && this.parts.has(r);
  }

  /**
   * Detail lines under `project` (grid index `r` onwards): unnumbered, with no status of their own,
   * each starting "- …", "(1) …" or the like, or numbered under the project's number. They are its
   * parts when they carry no amount, or when their amounts add up to the project's; otherwise they
   * are read as rows of their own.
   */
  find(r: number, project: Project): void {
    // Most projects have none: the line below has a number of its own, or is blank. Nothing is made for them.
    if (r >= this.grid.rows.length || this.endsParts(r, project)) return;
    const { at, grid } = this;
    const found: number[] = [];
    let planned = 0;
    let disbursed = 0;
    let any = false;
    const children: string[] = [];
    // A project written as a list line ("1) โครงการ…"): lines of its own style are its siblings.
    const style = detailStyle(labelOf(project.cells, at.iName));
    for (let j = r; j < grid.rows.length; j++) {
      const line = grid.rows[j];
      if (isBlankRow(line) || this.mergedUnder.has(j)) break;
      const child = at.iNo === undefined ? undefined : childNumber(line[at.iNo], project.no);
      const label = labelOf(line, at.iName);
      if (child !== undefined) children.push(child);
      else if (at.ownNumberOf(line) || !isDetailLine(label)) break;
      else if (style !== undefined && detailStyle(label) === style) break;
      // A line in another dimension than the project's is none of its parts.
      if (at.iDimension !== undefined && !isBlank(line[at.iDimension])) {
        const own = readDimensionCell(line[at.iDimension]);
        if (own.kind !== "dimension" || own.dimension !== project.dimension) break;
      }
      const linePlanned = at.statedOf(line, at.plannedCells);
      const lineDisbursed = at.statedOf(line, at.disbursedCells);
      // A line with amounts or a status of its own is a part only if the lines add up to the project.
      if (linePlanned !== undefined || lineDisbursed !== undefined || at.hasStatusOf(line)) any = true;
      planned += linePlanned ?? 0;
      disbursed += lineDisbursed ?? 0;
      found.push(j);
    }
    if (found.length === 0) return;
    const addsUp =
      any && planned === project.plannedBudget && disbursed === project.disbursed && planned + disbursed > 0;
    if (any && !addsUp) {
      // Numbered as the project's sub-items, yet not adding up to it: counted as projects of their
      // own, which doubles the project's figures if they are its parts. Asked, never settled in silence.
      if (children.length > 0) {
        const column = at.iNo === undefined ? null : grid.firstColumn + at.iNo;
        const place = { row: project.row, column, field: "no" as const, text: project.no };
        const details = { other: children.join(", "), amount: planned, expected: project.plannedBudget };
        this.issues.push(makeIssue("sub-items-not-parts", place, details));
      }
      return;
    }
    for (const j of found) {
      this.parts.set(j, {
        of: project.row,
        reason: addsUp ? "adds-up-to-project" : "detail-line",
        ...(addsUp ? { amount: planned } : {}),
      });
    }
  }

  /**
   * Whether line `j` ends a project's parts before any: what find's loop breaks on, first of all. Most
   * lines under a project are the next item, with a number of its own that is no sub-item's.
   */
  private endsParts(j: number, project: Project): boolean {
    const { at } = this;
    const line = this.grid.rows[j];
    if (isBlankRow(line) || (this.mergedUnder.size !== 0 && this.mergedUnder.has(j))) return true;
    if (!at.ownNumberOf(line) && isDetailLine(labelOf(line, at.iName))) return false;
    return at.iNo === undefined || childNumber(line[at.iNo], project.no) === undefined;
  }
}

/**
 * Whether a text is an item number of plain digits and dots ("1.2.3", "4."): /^\d+(?:\.\d+)*\.?$/,
 * read by hand, as it is asked for the line under every project.
 */
function isPlainNumber(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) digits++;
    else if (code === 0x2e && digits > 0) digits = 0;
    else return false;
  }
  return text.length > 0;
}

/**
 * The item number of a cell numbering a sub-item of item `parent` ("1.1.1" under "1.1", "๒.๓.๑"
 * under "2.3"), tidied to Arabic digits; undefined for any other cell or parent.
 */
export function childNumber(cell: Cell | undefined, parent: string): string | undefined {
  // A whole number ("7", a running number) has no dot: it numbers no sub-item.
  if (typeof cell === "number" && Number.isInteger(cell)) return undefined;
  const raw = typeof cell === "string" ? cell : typeof cell === "number" ? String(cell) : "";
  // Digits (Arabic or Thai) and dots keep their length when tidied: a number shorter than its
  // parent's, a dot and a digit is no child of it (most lines: the next item), seen without tidying.
  if (
    raw !== "" &&
    isNumberText(raw) &&
    isNumberText(parent) &&
    lengthWithoutDot(raw) < lengthWithoutDot(parent) + 2
  )
    return undefined;
  // Most numbers are plain digits and dots: compared as they stand, without tidying (it is costly).
  if (isPlainNumber(raw) && isPlainNumber(parent)) {
    // The parent without its closing dot, then a dot and more: checked by length first ("1.3" under
    // "1.2" is not), without building the parent's "1.2." to compare.
    const of = parent.charCodeAt(parent.length - 1) === 0x2e ? parent.slice(0, -1) : parent;
    if (raw.length <= of.length + 1 || raw.charCodeAt(of.length) !== 0x2e || !raw.startsWith(of))
      return undefined;
    return raw.replace(TRAILING_DOT, "");
  }
  // Texts tidy but for their digits keep their length when tidied (a number cell's text is tidy): a
  // number shorter than its parent's, a dot and a digit is no child of it (most rows: the next item).
  // Nothing is built to see it.
  if (
    (typeof cell === "string" || typeof cell === "number") &&
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

/** Whether a text holds only digits, Arabic or Thai, and dots: tidying changes none of its length. */
function isNumberText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!((code >= 0x30 && code <= 0x39) || code === 0x2e || (code >= 0x0e50 && code <= 0x0e59)))
      return false;
  }
  return true;
}

/** A number's length without its closing dot ("1.2." → 3). */
function lengthWithoutDot(number: string): number {
  return number.charCodeAt(number.length - 1) === 0x2e ? number.length - 1 : number.length;
}
