/**
 * Reading the rows under the header: projects, section rows and total rows (spec §2.2–2.5). Each row is
 * read once, top to bottom; the first rule that places it decides its role.
 */
import type { AmountUnit } from "../cells/amounts";
import type { Header } from "./columns";
import { dimensionFromNumber, readDimensionCell, readDimensionHeading } from "./dimension";
import { type Cell, type Grid, cellText, isBlank, isFormulaWithoutValue } from "../cells/grid";
import type { Headings } from "./headings";
import {
  type IssueCode,
  type IssueDetails,
  IssueList,
  type IssueSink,
  SEVERITY_OF,
  makeIssue,
} from "../checks/issues";
import type { Satang } from "../cells/money";
import { itemTypeOf } from "./itemTypes";
import { ProjectParts, type PartOf } from "./parts";
import { readTitle } from "./period";
import { type PlanRow, ProjectRows } from "./projectRows";
import { RowCells, isBlankRow, labelOf, onlyText } from "./rowCells";
import {
  type RoleReason,
  type RowRole,
  type RowRoleEntry,
  isParenthesised,
  noteKind,
  saysWholePlan,
} from "./roles";
import { readTicks } from "./status";
import { Sums, type TotalLabel, addsUpTo, saysTotalOf, sectionWithSubtotal, totalLabel } from "./totalRows";
import { type RowYearRule, notInThisYear, otherYearOf } from "./yearColumns";
import type { Dimension, Field, StatusBucket } from "../cells/vocabulary";

export type { PlanRow } from "./projectRows";

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
  /** The project rows, in sheet order: their figures kept, each row built when it is asked for. */
  readonly projects: ProjectRows;
  /**
   * Every non-blank row under the header, in order, with its role and the evidence for it: listed on
   * the first call and kept (most of them are the projects', which need no entry until asked for).
   */
  readonly roles: () => RowRoleEntry[];
  readonly controlTotals: ControlTotal[];
  /** Dimension names the sheet gives (in a dimension cell or a section row). */
  readonly dimensionNames: Partial<Record<Dimension, string>>;
  /** What the rows raise, in row order. */
  readonly issues: IssueList;
  /** Worksheet row of the last non-blank row read. */
  readonly lastRow: number;
}

/** Goes over the project rows read before the one being checked, in order. */
export type EarlierRows = (visit: (row: PlanRow) => void) => void;

/**
 * Checks one project row at a time, pushing what it finds; `earlier` goes over the project rows read
 * before it, where a duplicate number is looked for. The row is the reader's, refilled for the next
 * project: a check that keeps it keeps a copy.
 */
export type RowCheck = (row: PlanRow, issues: IssueSink, earlier: EarlierRows) => void;

/** What was found before the rows were read: heading rows and year columns (spec §9.1, §9.2). */
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

/** A title's words for the fiscal year: only a line saying them is read as another year's title. */
const FISCAL_YEAR_WORD = /ปีงบประมาณ|fiscal\s*year|\bFY\b/i;
const PLAN_WORD = /แผน|รายงาน|plan|report/i;
/** A name: a Thai or Latin letter in it, not only digits and marks. */
const NAMED = /[\u0E01-\u0E2EA-Za-z]/;

const isFilled = (cell: Cell): boolean => !isBlank(cell);

type AmountField = "plannedBudget" | "disbursed" | "ordinanceBudget";

/**
 * Reads every row under the header and gives each its role with the evidence for it (spec §2.5):
 * problems become issues; nothing throws on any cell. Each project row is handed to `check` as soon as
 * it is read, so the checks run in the same pass and all issues come out in row order.
 */
export function readRows(grid: Grid, header: Header, check?: RowCheck, rules: RowRules = {}): RowsReading {
  return new RowReader(grid, header, check, rules).read();
}

/** What a row that totals others is, by the evidence weighed for it. */
interface TotalEvidence {
  readonly reason: RoleReason;
  readonly label: string | undefined;
  readonly total: TotalLabel | undefined;
  readonly statedPlanned: Satang | undefined;
  readonly statedDisbursed: Satang | undefined;
  readonly fitsGroup: boolean;
  readonly fitsPlan: boolean;
  readonly fitsDimension: boolean;
  /** How many rows the amounts add up to (the largest group they fit). */
  readonly summed: number;
  readonly tableTotal: boolean;
  /** The one dimension of the group the row closes; null when none or mixed. */
  readonly oneDimension: Dimension | null;
}

/**
 * One plan's rows read top to bottom, one rule after another for each row, with what a row leaves for
 * the rows below it: the section, the sums so far, the project a continuation or part belongs to.
 */
class RowReader {
  private readonly at: RowCells;
  private readonly parts: ProjectParts;
  /** Grid rows a number or budget cell is merged down over, each to the merge's top row. */
  private readonly mergedUnder: Map<number, number>;
  private readonly hidden: ReadonlySet<number>;
  /** The last row with an item number or a status of its own: a total line above it closes a group. */
  private readonly lastItemIndex: number;
  /** The number column is none of the status columns: a numbered row with a status fills two cells. */
  private readonly numberApart: boolean;

  private readonly projects: ProjectRows;
  /** The roles of the rows that are not projects, each with how many projects were read before it. */
  private readonly otherRoles: RowRoleEntry[] = [];
  private readonly projectsBefore: number[] = [];
  /** The projects before the one being checked: it is the last kept. */
  private readonly earlier: EarlierRows = (visit) => {
    for (let i = 0; i < this.projects.length - 1; i++) visit(this.projects.rowAt(i));
  };
  private readonly controlTotals: ControlTotal[] = [];
  private readonly dimensionNames: Partial<Record<Dimension, string>> = {};
  private readonly issues = new IssueList();
  private lastRow: number;

  private section: Dimension | null = null;
  // What the rows so far add up to: the whole plan, each dimension, and the rows since the last
  // heading, subtotal or total (the group a subtotal line closes).
  private readonly plan = new Sums();
  private readonly byDimension: readonly Sums[] = [new Sums(), new Sums(), new Sums(), new Sums()];
  private readonly group = new Sums();
  /** The one dimension of the group's rows; null when none or mixed, undefined for an empty group. */
  private groupDimension: Dimension | null | undefined;
  private dimensionSubtotals = 0;
  /** The project the next continuation or part belongs to; cleared by any other role. */
  private lastProject: number | undefined;
  /** After a signature line, unnumbered rows with no amount or status are the signature block. */
  private inSignature = false;
  /** After a note line, the lines with no amount or status are the note's. */
  private inNote = false;
  /** The row of a title line of another fiscal year above: the rows from it on are that year's. */
  private otherYearTitle: number | undefined;

  /** The row being read: its grid index and worksheet row. */
  private r = 0;
  private row = 0;
  /** A cell that could not be read counts as 0, but is no control total: "stated as 0" would be false. */
  private unreadable = false;

  constructor(
    private readonly grid: Grid,
    private readonly header: Header,
    private readonly check: RowCheck | undefined,
    private readonly rules: RowRules,
  ) {
    const at = new RowCells(header, rules.units, grid.untyped);
    this.at = at;
    this.mergedUnder = rowsMergedUnder(grid, [at.iNo, at.iPlanned, at.iDisbursed]);
    this.parts = new ProjectParts(grid, at, this.mergedUnder, this.issues);
    this.hidden = new Set(grid.hiddenRows ?? []);
    let lastItemIndex = -1;
    for (let r = grid.rows.length - 1; r >= header.index + header.height && lastItemIndex < 0; r--) {
      const line = grid.rows[r];
      if (at.ownNumberOf(line) || (at.hasStatusOf(line) && !at.summaryStatusOf(line))) lastItemIndex = r;
    }
    this.lastItemIndex = lastItemIndex;
    this.numberApart =
      at.iNo !== undefined && at.iNo !== at.iStatus && at.ticks.every((tick) => tick.index !== at.iNo);
    this.lastRow = grid.firstRow + header.index + header.height - 1;
    const capacity = Math.max(0, grid.rows.length - (header.index + header.height));
    // The rows' own reader of their cells: building a row later must not disturb the row being read.
    this.projects = new ProjectRows(
      grid,
      new RowCells(header, rules.units, grid.untyped),
      rules.headings,
      capacity,
    );
  }

  read(): RowsReading {
    const { grid, header } = this;
    for (let r = header.index + header.height; r < grid.rows.length; r++) this.readRow(r);
    const { projects, otherRoles, projectsBefore, controlTotals, dimensionNames, issues, lastRow } = this;
    let roles: RowRoleEntry[] | undefined;
    return {
      projects,
      roles: () => (roles ??= allRoles(projects, otherRoles, projectsBefore)),
      controlTotals,
      dimensionNames,
      issues,
      lastRow,
    };
  }

  /** The rules in the order they decide: the first that places the row gives its role. */
  private readRow(r: number): void {
    const cells = this.grid.rows[r];
    if (isBlankRow(cells)) {
      // A blank row ends a project: a line after it is not the rest of its name (a merge goes on).
      if (!this.mergedUnder.has(r)) this.lastProject = undefined;
      return;
    }
    this.r = r;
    this.row = this.grid.firstRow + r;
    this.lastRow = this.row;
    this.at.load(cells);
    const part = this.parts.partAt(r);
    if (part) {
      this.readPart(part);
      return;
    }
    const { at } = this;
    const numbered = at.ownNumberOf(cells);
    const statusOwn = at.hasStatus() && !at.summaryStatus();
    if (numbered && statusOwn && this.numberApart) {
      // An item's number and a status of its own, most rows: two cells, so no title line, and no
      // section or note (those have no number or no status). Only a title above, or a heading, places it.
      if (this.otherYearTitle !== undefined) {
        this.role("outside-year", "other-year");
        return;
      }
      if (this.readHeading()) return;
    } else {
      const single = onlyText(cells);
      if (this.readOtherYear(single) || this.readSection(single)) return;
    }
    const label = labelOf(cells, at.iName);
    const withAmounts = at.withAmounts();
    if (this.readNote(label, numbered, statusOwn, withAmounts)) return;
    this.inNote = false;
    if (this.readTotal(label, numbered, statusOwn, withAmounts)) return;
    if (this.readOutsideYear(statusOwn) || this.readContinuation(numbered, statusOwn, withAmounts)) return;
    this.readProject();
  }

  private readPart(part: PartOf): void {
    this.addRole({ row: this.row, role: "part", reason: part.reason, of: part.of });
    this.issue("read-as-part", null, undefined, {
      otherRow: part.of,
      ...(part.amount === undefined ? {} : { amount: part.amount }),
    });
  }

  /**
   * Another year's plan pasted under this one, under its own title line ("… ประจำปีงบประมาณ พ.ศ.
   * 2566 (ข้อมูลเปรียบเทียบ)"): its rows are that year's, never this report's (spec §2.5).
   */
  private readOtherYear(single: string | undefined): boolean {
    const { fiscalYear } = this.rules;
    const titled = single === undefined || fiscalYear === undefined ? undefined : titleYear(single);
    if (titled !== undefined) this.otherYearTitle = titled === fiscalYear ? undefined : this.row;
    if (this.otherYearTitle === undefined) return false;
    if (this.otherYearTitle === this.row) {
      this.issue("other-year-below", null, this.at.cells.findIndex(isFilled), {
        year: fiscalYear,
        other: String(titled),
      });
    }
    this.role("outside-year", "other-year");
    return true;
  }

  /** Dimension headings, in whichever form: "มิติที่ 1 …", "2. การบริหารราชการ…", "๓ การส่งเสริม…". */
  private readSection(single: string | undefined): boolean {
    const { at } = this;
    const bare = !at.withAmounts() && !at.hasStatus();
    const headingText =
      single ??
      (bare && at.iName !== undefined ? `${at.text(at.iNo)} ${at.text(at.iName)}`.trim() : undefined);
    const sectionReading = headingText === undefined ? undefined : readDimensionHeading(headingText);
    if (sectionReading?.kind === "dimension") {
      this.startSection(sectionReading.dimension, sectionReading.name);
      this.role("section", "dimension-heading", { dimension: sectionReading.dimension });
      return true;
    }
    // "มิติที่ 1 …" with the dimension's subtotal beside it, and no number or status of its own:
    // a section row whose amounts are a control total for that dimension.
    const subtotal =
      single === undefined
        ? sectionWithSubtotal(at.cells, at.iName, at.iNo, at.iStatus, at.summaryStatus())
        : undefined;
    if (subtotal) {
      this.startSection(subtotal.dimension, subtotal.name);
      const { row } = this;
      this.controlTotals.push({
        row,
        dimension: subtotal.dimension,
        cells: at.cells,
        ...this.controlAmounts(),
      });
      this.role("section", "dimension-heading", { dimension: subtotal.dimension });
      return true;
    }
    if (sectionReading?.kind === "out-of-range") {
      // "มิติที่ 5" is still a section row, not a project; the rows under it have no dimension.
      this.section = null;
      this.closeGroup();
      this.issue("unknown-dimension", "dimension", at.cells.findIndex(isFilled));
      this.role("section", "dimension-heading");
      return true;
    }
    return this.readHeading();
  }

  /** A numbered heading (spec §9.1): 1–4 at the top level is its dimension's heading ("2 การบริหาร…" above 2.1). */
  private readHeading(): boolean {
    const byIndex = this.rules.headings?.byIndex;
    const heading = byIndex === undefined || byIndex.size === 0 ? undefined : byIndex.get(this.r);
    if (!heading) return false;
    const top = heading.depth === 1 ? Number(heading.number) : 0;
    if (top >= 1 && top <= 4) {
      this.startSection(top as Dimension, heading.title);
      this.role("section", "dimension-heading", { dimension: top as Dimension });
    } else {
      this.closeGroup();
      this.role("heading", "numbered-heading");
    }
    return true;
  }

  /**
   * Notes and signature blocks hold words and sometimes numbers, never a project. A line wholly in
   * parentheses right under a project is the rest of its name ("(ต่อ)"), not a signature. The note word
   * may stand in the number column ("หมายเหตุ | งบประมาณตามข้อบัญญัติ | 50,000").
   */
  private readNote(
    label: string | undefined,
    numbered: boolean,
    statusOwn: boolean,
    withAmounts: boolean,
  ): boolean {
    const { at } = this;
    const note =
      numbered || statusOwn || (this.lastProject !== undefined && isParenthesised(label))
        ? undefined
        : (noteKind(label) ?? (at.iNo === undefined ? undefined : noteKind(at.text(at.iNo)) && "note-word"));
    // After a note, its lines ("1. …", "2. …") hold no amount and no status, numbered or not; in a
    // signature block, text in an amount column ("โทร 053-123456") is no amount either.
    const noteLine: boolean = this.inNote && !statusOwn && !withAmounts;
    const signed =
      this.inSignature &&
      !numbered &&
      !statusOwn &&
      at.stated(at.plannedCells) === undefined &&
      at.stated(at.disbursedCells) === undefined;
    if (!note && !noteLine && !signed) return false;
    this.inSignature ||= note === "signature";
    this.inNote = note === "note-word" || (noteLine && note === undefined);
    this.role("note", note ?? (noteLine ? "note-word" : "signature"));
    return true;
  }

  /** Totals, by the evidence of their label, their status cell and their arithmetic (spec §2.5). */
  private readTotal(
    label: string | undefined,
    numbered: boolean,
    statusOwn: boolean,
    withAmounts: boolean,
  ): boolean {
    const { at, group, plan } = this;
    const total = totalLabel(label);
    const statedPlanned = at.stated(at.plannedCells);
    const statedDisbursed = at.stated(at.disbursedCells);
    const oneDimension = this.groupDimension ?? null;
    const scope = this.section ?? oneDimension;
    const dimensionSums = scope === null ? undefined : this.byDimension[scope - 1];
    // A sum of one row is no evidence: any project may cost what the one above it cost.
    const fitsGroup = addsUpTo(statedPlanned, statedDisbursed, group);
    const fitsPlan = addsUpTo(statedPlanned, statedDisbursed, plan);
    const fitsDimension =
      dimensionSums !== undefined && addsUpTo(statedPlanned, statedDisbursed, dimensionSums);
    const summed = Math.max(
      fitsGroup ? group.count : 0,
      fitsPlan ? plan.count : 0,
      fitsDimension ? (dimensionSums?.count ?? 0) : 0,
    );
    const fits = summed >= 2 || (summed === 1 && label === undefined);
    const tableTotal = this.grid.totalsRow === this.row;
    const summary = at.summaryStatus();
    let reason: RoleReason | undefined;
    if (tableTotal) reason = "table-total-row";
    else if (
      summary &&
      !numbered &&
      (fits || label === undefined || at.useTicks || saysTotalOf(total, label))
    )
      reason = "summary-status";
    else if (total?.exact) reason = "total-word";
    else if (!numbered && !statusOwn) {
      if (withAmounts && saysTotalOf(total, label)) reason = "total-word";
      else if (fits) reason = "adds-up";
    } else if (fits && saysTotalOf(total, label)) reason = "adds-up";
    if (reason === undefined) return false;
    this.readTotalRow({
      reason,
      label,
      total,
      statedPlanned,
      statedDisbursed,
      fitsGroup,
      fitsPlan,
      fitsDimension,
      summed,
      tableTotal,
      oneDimension,
    });
    return true;
  }

  /** A row that totals others: what it totals, its control amounts, and a question where it may be a project. */
  private readTotalRow(evidence: TotalEvidence): void {
    const { reason, total, label, oneDimension } = evidence;
    if (total?.dimension === undefined && total !== undefined) {
      // "รวมมิติที่ 7": a total, of a dimension that does not exist.
      this.issue("unknown-dimension", "dimension", this.at.cells.findIndex(isFilled));
      this.role("total", reason);
      this.closeGroup();
      return;
    }
    // What the row totals: the dimension its label names, else what its amounts add up to, else
    // its place (a line closing one dimension's rows is that dimension's subtotal).
    let scope: Dimension | null;
    let checked = true;
    if (total?.dimension) scope = total.dimension;
    // At the end of the first dimension its sums are the plan's: items below make it the dimension's.
    else if (
      evidence.fitsPlan &&
      !(evidence.fitsDimension && this.r < this.lastItemIndex) &&
      (!evidence.fitsGroup || this.group.count === this.plan.count)
    )
      scope = null;
    else if (evidence.fitsDimension) scope = (this.section ?? oneDimension) as Dimension;
    else if (evidence.fitsGroup) {
      // A heading's subtotal: it adds up by construction, and is no dimension's or plan's total.
      scope = oneDimension;
      checked = false;
    } else if (evidence.tableTotal || saysWholePlan(label) || oneDimension === null) scope = null;
    // A line that adds up to nothing: it closes its dimension's rows when items follow it, or when
    // earlier dimensions were closed the same way; the last line of a plan is the plan's total.
    else scope = this.r < this.lastItemIndex || this.dimensionSubtotals > 0 ? oneDimension : null;

    if (scope !== null && checked) this.dimensionSubtotals++;
    this.role(scope === null && checked ? "total" : "subtotal", reason, { dimension: scope });
    if (reason === "adds-up" || reason === "summary-status") this.askTotal(evidence);
    if (checked) {
      const { row } = this;
      this.controlTotals.push({ row, dimension: scope, cells: this.at.cells, ...this.controlAmounts() });
    }
    this.closeGroup();
  }

  /** A row read as a total by its arithmetic or its status cell alone is said; one with a name of its own, asked. */
  private askTotal({ reason, total, label, statedPlanned, statedDisbursed, summed }: TotalEvidence): void {
    const { at } = this;
    const details =
      reason === "summary-status"
        ? { other: reason }
        : { amount: statedPlanned ?? statedDisbursed ?? 0, otherRow: summed };
    const index = reason === "summary-status" && at.iStatus !== undefined ? at.iStatus : undefined;
    // A name of its own that says no total ("โครงการจัดทำป้าย…" with no status, whose budget happens
    // to equal the rows above): a project missing its status is as plausible, so it is asked.
    const named = reason === "adds-up" && NAMED.test(at.text(at.iName)) && !saysTotalOf(total, label);
    this.issue(
      named ? "total-or-project" : "read-as-total",
      named ? "name" : null,
      named ? at.iName : index,
      details,
    );
  }

  /** A row of another fiscal year than the report's, by its budget columns or its year column (spec §9.2). */
  private readOutsideYear(statusOwn: boolean): boolean {
    const { at } = this;
    const { years, rowYears } = this.rules;
    // A row with a status or a disbursement for this report is in this year's plan.
    const reported = statusOwn || (at.iDisbursed !== undefined && !isBlank(at.cells[at.iDisbursed]));
    if (years && !reported && notInThisYear(at.cells, years.reportYear, years.otherYears)) {
      this.issue("not-in-this-year", "plannedBudget", years.reportYear);
      this.role("outside-year", "other-year");
      return true;
    }
    const otherYear = rowYears && otherYearOf(at.cells, rowYears);
    if (rowYears && otherYear !== undefined) {
      this.issue("not-in-this-year", "fiscalYear", rowYears.index, {
        year: rowYears.year,
        other: String(otherYear),
      });
      this.role("outside-year", "other-year");
      return true;
    }
    return false;
  }

  /**
   * The rest of the name of the project above: only a name, under a numbered project, or a row the
   * project's number or budget cell is merged down over.
   */
  private readContinuation(numbered: boolean, statusOwn: boolean, withAmounts: boolean): boolean {
    const { at, projects, r } = this;
    if (this.lastProject === undefined || numbered) return false;
    // The project above, built only here: most rows that come this far have a number of their own.
    const last = projects.length - 1;
    const previous = projects.rowAt(last);
    // A status merged down with the number is the project's own, spread to this row (§2.7).
    const merged = this.mergedUnder.get(r) === previous.row - this.grid.firstRow;
    // A line that begins with an item's type word ("มาตรการ…", "กิจกรรม…") is an item of its own.
    const wrapped =
      !statusOwn &&
      previous.no !== "" &&
      !withAmounts &&
      onlyName(at.cells, previous.cells, at.iName) &&
      itemTypeOf("", at.text(at.iName)) === undefined;
    if (!merged && !wrapped) return false;
    const rest = at.text(at.iName);
    if (rest !== "") projects.rename(last, `${previous.name} ${rest}`.trim());
    this.issue("read-as-continuation", "name", at.iName, { otherRow: previous.row });
    this.addRole({
      row: this.row,
      role: "continuation",
      reason: merged ? "merged-down" : "wrapped-name",
      of: previous.row,
    });
    // The project's parts may follow the rest of its name.
    if (!this.parts.isPart(r + 1)) this.parts.find(r + 1, projects.rowAt(last));
    return true;
  }

  /** A project: none of the rules above placed the row. */
  private readProject(): void {
    const { at, row, r } = this;
    const dimension = this.readDimension();
    const status = this.readStatus();
    // Text cells whose formula has no value: what they say is unknown, so it is never read as blank.
    for (let i = 0; i < at.textFields.length; i++) {
      const { field, index } = at.textFields[i];
      if (isFormulaWithoutValue(at.cells[index])) this.issue("formula-without-value", field, index);
    }
    if (this.hidden.size !== 0 && this.hidden.has(row)) this.issue("hidden-row", null);
    const plannedBudget = this.amount("plannedBudget", at.iPlanned, at.plannedParts);
    const disbursed = this.amount("disbursed", at.iDisbursed, at.disbursedParts);
    const ordinanceBudget = this.amount("ordinanceBudget", at.iOrdinance, at.ordinanceParts);
    // The row as the report will give it, for the checks and the parts below it; not kept.
    const planRow = this.projects.add(r, dimension, status, plannedBudget, disbursed, ordinanceBudget);
    this.check?.(planRow, this.issues, this.earlier);
    this.lastProject = row;
    this.plan.add(planRow.plannedBudget, planRow.disbursed);
    this.group.add(planRow.plannedBudget, planRow.disbursed);
    this.groupDimension = this.group.count === 1 || this.groupDimension === dimension ? dimension : null;
    if (dimension !== null) this.byDimension[dimension - 1].add(planRow.plannedBudget, planRow.disbursed);
    this.parts.find(r + 1, planRow);
  }

  /** The project's dimension: its dimension cell, else its section, else its item number (spec §2.2). */
  private readDimension(): Dimension | null {
    const { at, section } = this;
    const dimensionCell = at.iDimension === undefined ? undefined : at.cells[at.iDimension];
    if (isFormulaWithoutValue(dimensionCell)) {
      this.issue("formula-without-value", "dimension", at.iDimension);
      return null;
    }
    let dimension: Dimension | null = null;
    const fromCell = at.iDimension === undefined ? undefined : readDimensionCell(dimensionCell);
    if (fromCell?.kind === "dimension") {
      dimension = fromCell.dimension;
      if (fromCell.name) this.dimensionNames[dimension] ??= fromCell.name;
    } else if (fromCell?.kind !== "out-of-range") {
      const fromNumber = dimensionFromNumber(at.iNo === undefined ? undefined : at.cells[at.iNo]);
      dimension = section ?? fromNumber ?? null;
      // The heading decides; an item numbered for another dimension under it is worth a look.
      if (section !== null && fromNumber !== undefined && fromNumber !== section)
        this.issue("number-not-in-heading", "no", at.iNo, { dimension: section, other: String(fromNumber) });
    }
    if (dimension === null) this.issue("unknown-dimension", "dimension", at.iDimension);
    return dimension;
  }

  /** The project's status: its status cell, or its tick columns (spec §2.4). */
  private readStatus(): StatusBucket | null {
    const { at } = this;
    const { cells, iStatus, ticks } = at;
    if (at.useTicks) {
      const tickFormula = ticks.find((tick) => isFormulaWithoutValue(cells[tick.index]));
      if (tickFormula) {
        this.issue("formula-without-value", "status", tickFormula.index);
        return null;
      }
      const reading = readTicks(cells, ticks);
      if (reading.kind === "status") return reading.bucket;
      if (reading.kind === "conflict") this.issue("conflicting-status", "status");
      else this.issue("unknown-status", "status");
      return null;
    }
    if (iStatus !== undefined && isFormulaWithoutValue(cells[iStatus])) {
      this.issue("formula-without-value", "status", iStatus);
      return null;
    }
    const status = at.statusBucket();
    if (status === null && iStatus !== undefined) this.issue("unknown-status", "status", iStatus);
    return status;
  }

  /**
   * An amount of the row: its cell, or the sum of its columns (the round's quarters, spec §9.7), with
   * the issues each cell raises. `unreadable` says whether any could not be read.
   */
  private amount(
    field: AmountField,
    index: number | undefined,
    parts: readonly number[] | undefined,
  ): Satang {
    this.unreadable = false;
    if (parts === undefined) this.amountIssues(field, index);
    else for (const part of parts) this.amountIssues(field, part);
    return this.at.amountOf(index, parts);
  }

  /** The issues the amount in a column raises, if any; one that is an error makes it `unreadable`. */
  private amountIssues(field: AmountField, index: number | undefined): void {
    if (index === undefined) return;
    const codes = this.at.issuesAt(index);
    if (codes.length === 0) return;
    const satang = this.at.satangAt(index);
    // A zero needs no detail: the messages print 0 when none is given.
    const details = satang === 0 ? undefined : { amount: satang };
    for (let i = 0; i < codes.length; i++) {
      this.issue(codes[i], field, index, details);
      if (SEVERITY_OF[codes[i]] === "error") this.unreadable = true;
    }
  }

  /** The amounts of a total row that are stated and could be read. */
  private controlAmounts(): { plannedBudget?: Satang; disbursed?: Satang } {
    const { at } = this;
    const found: { plannedBudget?: Satang; disbursed?: Satang } = {};
    if (at.plannedCells.some((index) => index !== undefined && !isBlank(at.cells[index]))) {
      const satang = this.amount("plannedBudget", at.iPlanned, at.plannedParts);
      if (!this.unreadable) found.plannedBudget = satang;
    }
    if (at.disbursedCells.some((index) => index !== undefined && !isBlank(at.cells[index]))) {
      const satang = this.amount("disbursed", at.iDisbursed, at.disbursedParts);
      if (!this.unreadable) found.disbursed = satang;
    }
    return found;
  }

  private startSection(dimension: Dimension, name: string | undefined): void {
    this.section = dimension;
    if (name) this.dimensionNames[dimension] ??= name;
    this.closeGroup();
  }

  private closeGroup(): void {
    this.group.clear();
    this.groupDimension = undefined;
  }

  /** A row's role, for any row but a project (a project's role is known from its place among the projects). */
  private addRole(entry: RowRoleEntry): void {
    this.otherRoles.push(entry);
    this.projectsBefore.push(this.projects.length);
  }

  private issue(code: IssueCode, field: Field | null, index?: number, details?: IssueDetails): void {
    const column = index === undefined ? null : this.grid.firstColumn + index;
    const text = index === undefined ? "" : cellText(this.at.cells[index]);
    this.issues.push(makeIssue(code, { row: this.row, column, field, text }, details));
  }

  private role(kind: RowRole, reason: RoleReason, extra: { of?: number; dimension?: Dimension | null } = {}) {
    this.addRole({ row: this.row, role: kind, reason, ...extra });
    if (kind !== "continuation" && kind !== "part") this.lastProject = undefined;
  }
}

/**
 * Every row's role in the order read: each project's ("item") among the other rows', each of which
 * came after `projectsBefore` of the projects.
 */
function allRoles(
  projects: ProjectRows,
  otherRoles: readonly RowRoleEntry[],
  projectsBefore: readonly number[],
): RowRoleEntry[] {
  const roles = new Array<RowRoleEntry>(projects.length + otherRoles.length);
  let project = 0;
  let other = 0;
  for (let k = 0; k < roles.length; k++) {
    if (other < otherRoles.length && projectsBefore[other] === project) roles[k] = otherRoles[other++];
    else roles[k] = { row: projects.rowOf(project++), role: "project", reason: "item" };
  }
  return roles;
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
