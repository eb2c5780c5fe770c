/**
 * Which sheet or table of a workbook is the plan, and whether a place holds a plan at all (spec §4.3):
 * one decision for the command line's `summarize`, its roll-up and the pane's default choice. A place
 * is a plan only with evidence of project rows; where several places are plans and nothing tells
 * them apart, the answer is a question naming them, never the first one.
 */
import type { Header } from "./columns";
import { readDimensionCell } from "./dimension";
import { FIRST_FISCAL_YEAR, LAST_FISCAL_YEAR } from "./fiscalYear";
import { type Cell, type Grid, cellText, isBlank, kindOf } from "../cells/grid";
import { readTitle } from "./period";
import { type PlanOptions, type PlanReport, type PlanSource, analyzePlan } from "../plan";
import { saysTotal } from "./roles";
import { arabicDigits, tidy } from "../cells/text";
import type { Dimension, Field } from "../cells/vocabulary";

/** A sheet or an Excel table that may hold the plan, as a host hands it over. */
export interface PlaceCandidate {
  readonly sheet: string;
  readonly table?: string;
  /** The sheet is hidden (or very hidden) in the workbook. */
  readonly hidden?: boolean;
  /** The cells to look for the plan in; read only when the place is looked at. */
  readonly grid: () => Grid;
  /** Where the report says the plan came from; default: the sheet and table. */
  readonly source?: PlanSource;
}

/** Why a place holds no plan, by the evidence rule of spec §4.3. */
export type NotAPlan =
  /** No header row naming the plan's columns in its first 20 rows (a cover, an instructions sheet, a memo). */
  | "no-header"
  /** Its rows are the four dimensions and a total: a summary, not a list of projects. */
  | "summary"
  /** The header names no project name column, or no planned budget column. */
  | "missing-columns"
  /** Neither a status column, tick columns, nor any source of dimensions. */
  | "no-status-or-dimension"
  /** No row read as a project with a name and an amount or a status. */
  | "no-projects"
  /** No project row in a dimension and none with a status read (a ledger's "รอเบิก"): nothing to summarise. */
  | "no-dimension-or-status";

/** What became of each place looked at. */
export type PlaceVerdict =
  | NotAPlan
  /** The plan read. */
  | "read"
  /** A plan among several that nothing tells apart (the command asks which). */
  | "candidate"
  /** An empty form (no project rows) beside a filled plan. */
  | "empty"
  /** A plan on a hidden sheet beside one on a visible sheet. */
  | "hidden"
  /** The plan of another fiscal year than the report's. */
  | "other-year"
  /** A plan stating no fiscal year beside one of the report's year. */
  | "no-year"
  /** Rows in no dimension beside a plan whose rows are in dimensions (a procurement list, say). */
  | "no-dimension";

/** One place looked at, and what was found there. */
export interface PlaceLook {
  readonly sheet: string;
  readonly table?: string;
  readonly hidden: boolean;
  readonly verdict: PlaceVerdict;
  /** Project rows read, for a place holding a plan. */
  readonly projects?: number;
  /** The fiscal year its title (else its name) states. */
  readonly fiscalYear?: number;
  /** The dimensions its project rows are in. */
  readonly dimensions?: readonly Dimension[];
  /** The needed columns its header lacks (verdict "missing-columns"). */
  readonly missing?: readonly Field[];
}

/** Why the command cannot tell which place is the plan. */
export type AskWhy =
  /** One plan split over sheets, a dimension each (their dimensions do not overlap). */
  | "split-by-dimension"
  /** Plans of different fiscal years, and no report year given. */
  | "several-years"
  /** Plans of other fiscal years only. */
  | "no-plan-of-year"
  /** Plans that nothing tells apart: one per division or office, or copies. */
  | "several-plans";

export type PlaceDecision =
  | {
      readonly kind: "plan";
      /** Index of the place read, into the candidates given. */
      readonly index: number;
      readonly report: PlanReport;
      /** Every place looked at, the one read first. */
      readonly looked: readonly PlaceLook[];
    }
  | { readonly kind: "none"; readonly looked: readonly PlaceLook[] }
  | {
      readonly kind: "ask";
      readonly why: AskWhy;
      /** The report year asked for (--year), for "no-plan-of-year". */
      readonly year?: number;
      /** The places that may be the plan (verdict "candidate") first, then the others. */
      readonly looked: readonly PlaceLook[];
    };

/** What the evidence says of one place read by the engine. */
export type PlanEvidence =
  | { readonly plan: true; readonly projects: number }
  | { readonly plan: false; readonly why: NotAPlan; readonly missing?: readonly Field[] };

/** Cells such as "-" or "80.00%" that a summary row may hold beside its numbers. */
const FIGURE_TEXT = /^(?:[-–—]|[\d,.]+\s*%?)$/;

function isFigure(cell: Cell): boolean {
  const kind = kindOf(cell);
  return kind === "number" || (kind === "text" && FIGURE_TEXT.test(tidy(cellText(cell))));
}

/**
 * A row of a per-dimension summary: its first cell names a dimension ("1. การสร้างวัฒนธรรมสุจริต",
 * "มิติที่ 2", a known name; a bare number only in the dimension column), and every other cell is a
 * figure, one at least. A plan's row has a name or a status beside its number.
 */
function summaryDimension(row: readonly Cell[], header: Header): Dimension | undefined {
  const first = row.findIndex((cell) => !isBlank(cell));
  if (first < 0) return undefined;
  const cell = row[first];
  if (kindOf(cell) !== "text" && !(kindOf(cell) === "number" && first === header.columns.dimension)) {
    return undefined;
  }
  const reading = readDimensionCell(cell);
  if (reading.kind !== "dimension") return undefined;
  let figures = 0;
  for (let c = first + 1; c < row.length; c++) {
    if (isBlank(row[c])) continue;
    if (!isFigure(row[c])) return undefined;
    figures++;
  }
  return figures > 0 ? reading.dimension : undefined;
}

/**
 * Whether the rows under the header are a summary by dimension, not projects: after any lines of
 * sub-headers (text only), they open with one row per dimension (at most four, in ascending order,
 * each holding only figures beside its dimension), followed by a total row or nothing. What follows
 * the total (a list, a memo) does not matter.
 */
export function isDimensionSummary(grid: Grid, header: Header): boolean {
  let last = 0;
  let lines = 0;
  for (let r = header.index + header.height; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    const first = row.find((cell) => !isBlank(cell));
    if (first === undefined) continue;
    if (lines > 0 && kindOf(first) === "text" && saysTotal(cellText(first))) return true;
    // A line of sub-headers under the header ("โครงการ", "งบประมาณ" under "ร้อยละ"): no figure in it.
    if (lines === 0 && !row.some(isFigure)) continue;
    const dimension = summaryDimension(row, header);
    if (dimension === undefined || dimension <= last) return false;
    last = dimension;
    lines++;
  }
  return lines >= 2;
}

/** A project row with a name and something of a project's own: an amount, a status, a tick. */
function isFilledProject(cells: readonly Cell[], header: Header): boolean {
  const { plannedBudget, disbursed, status } = header.columns;
  // A field in doubt between columns (spec §9.7) is asked about, not absent: its candidates count.
  const doubt = header.ambiguous ?? {};
  const name = header.columns.name ?? doubt.name?.[0];
  if (name === undefined || kindOf(cells[name]) !== "text") return false;
  const own = [
    plannedBudget,
    disbursed,
    status,
    ...header.ticks.map((tick) => tick.index),
    ...(doubt.plannedBudget ?? []),
    ...(doubt.disbursed ?? []),
    ...(doubt.status ?? []),
  ];
  return own.some((index) => index !== undefined && !isBlank(cells[index]));
}

/**
 * Whether a place the engine read holds a plan (spec §4.3): a header naming the project name and the
 * planned budget; a status column, tick columns or a source of dimensions; and a project row with a
 * name and an amount or a status. A header naming every column of the template (name, planned budget,
 * disbursed, status or ticks, dimension) is a plan with no rows yet: an empty form.
 */
export function planEvidence(grid: Grid, report: PlanReport | undefined): PlanEvidence {
  if (!report) return { plan: false, why: "no-header" };
  const { header } = report;
  const { columns } = header;
  if (isDimensionSummary(grid, header)) return { plan: false, why: "summary" };
  // A field in doubt between columns (spec §9.7) is there: the report asks which column it is.
  const has = (field: Field) => columns[field] !== undefined || header.ambiguous?.[field] !== undefined;
  const missing = (["name", "plannedBudget"] as const).filter((field) => !has(field));
  if (missing.length > 0) return { plan: false, why: "missing-columns", missing };
  const statuses = has("status") || header.ticks.length > 0;
  const complete = statuses && has("disbursed") && has("dimension");
  if (complete) return { plan: true, projects: report.rows.length };
  const dimensions =
    columns.dimension !== undefined ||
    report.roles.some((entry) => entry.role === "section") ||
    (report.rows.length > 0 && report.rows.every((row) => row.dimension !== null));
  if (!statuses && !dimensions) return { plan: false, why: "no-status-or-dimension" };
  if (!report.rows.some((row) => isFilledProject(row.cells, header))) {
    return { plan: false, why: "no-projects" };
  }
  // A ledger or a register with a status column of its own ("สถานะการเบิกจ่าย": "รอเบิก"): no row
  // says which dimension it is in or how far its project is.
  if (!dimensions && !report.rows.some((row) => row.status !== null)) {
    return { plan: false, why: "no-dimension-or-status" };
  }
  return { plan: true, projects: report.rows.length };
}

/** A Buddhist-era year alone in a sheet's or table's name ("2567", "แผน ปี ๒๕๖๗"); a cycle gives none. */
export function yearInName(name: string): number | undefined {
  const years = [...arabicDigits(name).matchAll(/(?<!\d)(\d{4})(?!\d)/g)]
    .map((match) => Number(match[1]))
    .filter((year) => year >= FIRST_FISCAL_YEAR && year <= LAST_FISCAL_YEAR);
  return years.length === 1 ? years[0] : undefined;
}

interface Looked {
  readonly index: number;
  readonly place: PlaceCandidate;
  readonly report?: PlanReport;
  readonly evidence: PlanEvidence;
  readonly fiscalYear?: number;
  readonly dimensions: readonly Dimension[];
  verdict?: PlaceVerdict;
}

function look(index: number, place: PlaceCandidate, options: PlanOptions): Looked {
  const grid = place.grid();
  const source = place.source ?? {
    sheet: place.sheet,
    ...(place.table === undefined ? {} : { table: place.table }),
  };
  const report = analyzePlan(grid, { ...options, source: { ...options.source, ...source } });
  const evidence = planEvidence(grid, report);
  if (!report || !evidence.plan) return { index, place, evidence, dimensions: [] };
  const own = readTitle(grid, report.source.headerRow - grid.firstRow).fiscalYear;
  const fiscalYear = own ?? yearInName(place.table ?? place.sheet) ?? yearInName(place.sheet);
  const dimensions = [
    ...new Set(report.rows.flatMap((row) => (row.dimension === null ? [] : [row.dimension]))),
  ].sort();
  return {
    index,
    place,
    report,
    evidence,
    dimensions,
    ...(fiscalYear === undefined ? {} : { fiscalYear }),
  };
}

function toLook(entry: Looked): PlaceLook {
  const { place, evidence } = entry;
  const verdict: PlaceVerdict = entry.verdict ?? (evidence.plan ? "candidate" : evidence.why);
  return {
    sheet: place.sheet,
    ...(place.table === undefined ? {} : { table: place.table }),
    hidden: place.hidden === true,
    verdict,
    ...(evidence.plan ? { projects: evidence.projects } : {}),
    ...(entry.fiscalYear === undefined ? {} : { fiscalYear: entry.fiscalYear }),
    ...(evidence.plan ? { dimensions: entry.dimensions } : {}),
    ...(!evidence.plan && evidence.missing ? { missing: evidence.missing } : {}),
  };
}

/** The places ruled out by `keep`, marked with `verdict`; the rest, when any are left. */
function narrow(
  plans: readonly Looked[],
  keep: (entry: Looked) => boolean,
  verdict: (entry: Looked) => PlaceVerdict,
): Looked[] {
  const kept = plans.filter(keep);
  if (kept.length === 0 || kept.length === plans.length) return [...plans];
  for (const entry of plans) if (!keep(entry)) entry.verdict = verdict(entry);
  return kept;
}

/** Whether the plans' dimensions are disjoint, each plan holding some: one plan split a dimension a sheet. */
function splitByDimension(plans: readonly Looked[]): boolean {
  const seen = new Set<Dimension>();
  for (const { dimensions } of plans) {
    if (dimensions.length === 0) return false;
    for (const dimension of dimensions) {
      if (seen.has(dimension)) return false;
      seen.add(dimension);
    }
  }
  return true;
}

/**
 * Which place is the plan (spec §4.3). Every table is looked at, then every sheet (a sheet whose table
 * holds a plan is read as that table, not again as a sheet). Places that are not plans by the evidence
 * rule are named with the reason. Among plans: a hidden sheet's gives way to a visible one's, an empty
 * form to a filled plan, rows in no dimension to rows in dimensions, and another year's to the report year's (`options.fiscalYear`); plans of
 * several years without a report year, one plan split over sheets by dimension, or plans nothing tells
 * apart are a question ("ask"), never the first of them.
 */
export function choosePlan(places: readonly PlaceCandidate[], options: PlanOptions = {}): PlaceDecision {
  const entries: Looked[] = [];
  const tablePlans = new Set<string>();
  places.forEach((place, index) => {
    if (place.table === undefined) return;
    const entry = look(index, place, options);
    entries.push(entry);
    if (entry.evidence.plan) tablePlans.add(place.sheet);
  });
  places.forEach((place, index) => {
    if (place.table === undefined && !tablePlans.has(place.sheet)) entries.push(look(index, place, options));
  });
  const looked = (first?: Looked) =>
    [...(first ? [first] : []), ...entries.filter((entry) => entry !== first)].map(toLook);

  let plans = entries.filter((entry) => entry.evidence.plan);
  if (plans.length === 0) return { kind: "none", looked: looked() };
  const ask = (why: AskWhy): PlaceDecision => {
    for (const entry of plans) entry.verdict = "candidate";
    const candidates = new Set(plans);
    const ordered = [...plans, ...entries.filter((entry) => !candidates.has(entry))];
    return { kind: "ask", why, looked: ordered.map(toLook) };
  };
  const filled = (entry: Looked) => entry.evidence.plan && entry.evidence.projects > 0;
  const visible = (entry: Looked) => entry.place.hidden !== true;
  // Empty forms on visible sheets, a filled plan on a hidden one: neither is evidently the plan.
  if (plans.some(visible) && plans.some(filled) && !plans.some((entry) => visible(entry) && filled(entry))) {
    return ask("several-plans");
  }
  plans = narrow(plans, visible, () => "hidden");
  plans = narrow(plans, filled, () => "empty");
  // A list whose rows are in no dimension gives a table of zeros: a plan whose rows are in some wins.
  plans = narrow(
    plans,
    (entry) => entry.dimensions.length > 0,
    () => "no-dimension",
  );
  const year = options.fiscalYear;
  if (plans.length > 1 && year !== undefined) {
    const stated = plans.filter((entry) => entry.fiscalYear !== undefined);
    if (stated.length === plans.length && !stated.some((entry) => entry.fiscalYear === year)) {
      for (const entry of plans) entry.verdict = "candidate";
      return { kind: "ask", why: "no-plan-of-year", year, looked: looked() };
    }
    // The report year's plans; failing those, the plans stating no year (they take the report's).
    const ofYear = stated.some((entry) => entry.fiscalYear === year) ? year : undefined;
    plans = narrow(
      plans,
      (entry) => entry.fiscalYear === ofYear,
      (entry) => (entry.fiscalYear === undefined ? "no-year" : "other-year"),
    );
  }
  if (plans.length > 1) {
    const years = new Set(
      plans.flatMap((entry) => (entry.fiscalYear === undefined ? [] : [entry.fiscalYear])),
    );
    if (years.size > 1) return ask("several-years");
    return ask(splitByDimension(plans) ? "split-by-dimension" : "several-plans");
  }
  const chosen = plans[0];
  chosen.verdict = "read";
  return { kind: "plan", index: chosen.index, report: chosen.report!, looked: looked(chosen) };
}

/** The places looked at, as JSON gives them (`candidates`, spec §4): the one read first. */
export function placesJson(looked: readonly PlaceLook[]) {
  return looked.map((look) => ({ ...look }));
}
