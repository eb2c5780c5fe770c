/**
 * Which column a field is read from when several headers name it (spec §9.7): by the report's round
 * ("ผลการดำเนินงาน 6 เดือน" / "12 เดือน", quarters added up), by the report's year ("ปีนี้" / "ปีก่อน"),
 * by what the cells hold, by how specifically the header names the field; and where no evidence
 * settles it, a question (`ambiguous-column`, `unknown-round`), never a silent first match.
 */
import { type AmountUnit, plainSatang, readAmount } from "../cells/amounts";
import type { ColumnCandidate, ColumnChoice, ColumnMap, Header } from "./columns";
import type { StatusTick } from "./status";
import { readDimensionCell } from "./dimension";
import { type Cell, type Grid, cellText, columnLetter, isBlank } from "../cells/grid";
import { readItemNumber } from "./headings";
import { type Issue, type NamedColumn, SEVERITY_OF, makeIssue } from "../checks/issues";
import { type Period, type Qualifier, isOnlyPeriod, qualifierOf, yearOfColumn } from "./qualifiers";
import { parseStatus, readTicks } from "./status";
import { tidy } from "../cells/text";
import type { Round, RowCheck } from "../checks/validate";
import { FIELDS, REQUIRED_FIELDS, type Field } from "../cells/vocabulary";
import { readRowYear } from "./yearColumns";

/** What the choice knows of the report. */
export interface ColumnContext {
  /** The round the report is for: the user's, the title's, else 12. */
  readonly round: Round;
  /** Whether the user or the title gave the round (else 12 is only the default). */
  readonly roundStated: boolean;
  /** The report's fiscal year (Buddhist era), when known. */
  readonly fiscalYear?: number;
  /** Columns the user chose: those fields are not chosen here. */
  readonly chosen?: ColumnChoice;
  /** The budget columns headed by years (spec §9.2): the planned budget among them is settled there. */
  readonly yearColumns?: readonly number[];
  /** Worksheet row of the header and worksheet column of the grid's first cell. */
  readonly at: { readonly row: number; readonly firstColumn: number };
}

export interface ColumnsChosen {
  readonly header: Header;
  /** `ambiguous-column`, `unknown-round`, `columns-read` and `percent-column`. */
  readonly issues: readonly Issue[];
}

const AMOUNT_FIELDS: ReadonlySet<Field> = new Set<Field>([
  "plannedBudget",
  "disbursed",
  "ordinanceBudget",
  "developmentPlanBudget",
]);
/** A lone column of these that names another part of the year than the round's is asked about. */
const ROUND_FIELDS: ReadonlySet<Field> = new Set<Field>(["disbursed", "status"]);

/**
 * How a field is read: one column (a total checked against its parts, or a cumulative figure that
 * must not be below the earlier ones), or the parts added up.
 */
type Pick =
  | {
      readonly kind: "one";
      readonly index: number;
      readonly parts?: readonly number[];
      readonly earlier?: readonly number[];
    }
  | { readonly kind: "sum"; readonly parts: readonly number[] };

/** What settled a choice, as the `columns-read` observation says it. */
type Evidence = "round" | "cumulative" | "year" | "cells" | "header" | "same";

type Decision =
  | { readonly kind: "pick"; readonly pick: Pick; readonly by: Evidence }
  | {
      readonly kind: "ask";
      readonly candidates: readonly number[];
      readonly why: "several" | "round" | "year";
    }
  | {
      readonly kind: "round";
      readonly picks: Readonly<Record<Round, Pick | undefined>>;
      readonly candidates: readonly number[];
    };

const pickColumns = (pick: Pick): readonly number[] => (pick.kind === "sum" ? pick.parts : [pick.index]);

/**
 * Whether a cell reads as the field's kind of value: an amount, a status, a dimension, a year, an
 * item number. Undefined for a blank cell, or a field whose cells say nothing of it (names, notes).
 */
function readsAs(field: Field, cell: Cell | undefined): boolean | undefined {
  if (isBlank(cell)) return undefined;
  if (AMOUNT_FIELDS.has(field)) {
    if (typeof cell === "number") return true;
    return !readAmount(cell).issues.some((code) => SEVERITY_OF[code] === "error");
  }
  switch (field) {
    case "status":
      return parseStatus(cell) !== undefined;
    case "dimension":
      return readDimensionCell(cell).kind === "dimension";
    case "fiscalYear":
      return readRowYear(cell) !== undefined;
    case "no":
      return typeof cell === "number" || readItemNumber(cell) !== undefined;
    default:
      return undefined;
  }
}

/** A column most of whose filled cells are not the field's kind of value (a blank column says nothing). */
function contradicts(field: Field, body: readonly (readonly Cell[])[], index: number): boolean {
  let yes = 0;
  let no = 0;
  for (const row of body) {
    const reads = readsAs(field, row[index]);
    if (reads === true) yes++;
    else if (reads === false) no++;
  }
  return no > yes;
}

/** What a row gives for a field under one pick, as text to compare ("?" for an unreadable amount). */
function readingAt(field: Field, pick: Pick | undefined, row: readonly Cell[]): string {
  if (pick === undefined) return "";
  if (AMOUNT_FIELDS.has(field)) {
    let total = 0;
    for (const index of pickColumns(pick)) {
      const cell = row[index];
      if (isBlank(cell)) continue;
      const plain = plainSatang(cell);
      if (plain !== undefined) {
        total += plain;
        continue;
      }
      const reading = readAmount(cell);
      if (reading.issues.some((code) => SEVERITY_OF[code] === "error")) return `?${cellText(cell)}`;
      total += reading.satang;
    }
    return String(total);
  }
  const cell = row[pickColumns(pick)[pickColumns(pick).length - 1]];
  if (field === "status") return parseStatus(cell) ?? tidy(cellText(cell));
  return tidy(cellText(cell));
}

/** Whether two picks give the same reading on every row: then the choice changes no figure. */
function sameReadings(
  field: Field,
  a: Pick | undefined,
  b: Pick | undefined,
  body: readonly (readonly Cell[])[],
): boolean {
  return body.every((row) => readingAt(field, a, row) === readingAt(field, b, row));
}

/**
 * The columns whose periods follow on from October to the round's last month, smallest part first
 * ("ไตรมาส 1", "ไตรมาส 2" for the 6-month round); "several" when two columns are the same part.
 */
function chain(
  pool: readonly number[],
  periods: ReadonlyMap<number, Period>,
  round: Round,
): number[] | "several" | undefined {
  const parts: number[] = [];
  let start = 1;
  while (start <= round) {
    const next = pool.filter((index) => {
      const period = periods.get(index);
      return (
        period !== undefined &&
        period.from === start &&
        period.to <= round &&
        period.to - period.from < round - 1
      );
    });
    if (next.length === 0) return undefined;
    const shortest = Math.min(...next.map((index) => periods.get(index)?.to ?? round));
    const same = next.filter((index) => periods.get(index)?.to === shortest);
    if (same.length > 1) return "several";
    parts.push(same[0]);
    start = shortest + 1;
  }
  return parts;
}

/**
 * The round's columns among those of parts of the year: the one covering October to the round's end
 * (the 6-month group, the 12-month group, the year's total, the cumulative figure at the round's last
 * quarter), else its parts — added up for an amount, the last one for a status. A year's total read
 * for round 12 is checked against its quarters; a cumulative figure against the earlier ones.
 */
function pickPeriod(
  field: Field,
  pool: readonly number[],
  periods: ReadonlyMap<number, Period>,
  round: Round,
  cumulative: ReadonlySet<number> = new Set(),
): Pick | "several" | undefined {
  const whole = pool.filter((index) => {
    const period = periods.get(index);
    return period !== undefined && period.from === 1 && period.to === round;
  });
  if (whole.length > 1) return "several";
  const amount = AMOUNT_FIELDS.has(field);
  if (whole.length === 1 && cumulative.has(whole[0])) {
    // Cumulative figures are the year so far: the round's is read, never added to the earlier ones.
    const earlier = pool.filter(
      (index) => cumulative.has(index) && (periods.get(index)?.to ?? round) < round,
    );
    return amount && earlier.length > 0
      ? { kind: "one", index: whole[0], earlier }
      : { kind: "one", index: whole[0] };
  }
  if (whole.length === 1) {
    const parts = amount ? chain(pool, periods, round) : undefined;
    return Array.isArray(parts) && parts.length > 1
      ? { kind: "one", index: whole[0], parts }
      : { kind: "one", index: whole[0] };
  }
  const parts = chain(pool, periods, round);
  if (parts === undefined || parts === "several") return parts;
  if (!amount || parts.length === 1) return { kind: "one", index: parts[parts.length - 1] };
  return { kind: "sum", parts };
}

const isPick = (pick: Pick | "several" | undefined): pick is Pick => pick !== undefined && pick !== "several";

/** The body rows under the header. */
function bodyOf(grid: Grid, header: Header): readonly (readonly Cell[])[] {
  return grid.rows.slice(header.index + header.height);
}

/**
 * The columns whose figures are cumulative ("ผลการเบิกจ่ายสะสม ไตรมาส 2"), and the parts that follow one
 * ("ไตรมาส 3" after "เบิกจ่ายสะสม ไตรมาส 2"): each covers October to its part's end (spec §9.7).
 */
function cumulativeColumns(
  pool: readonly number[],
  labels: readonly string[],
  qualifiers: ReadonlyMap<number, Qualifier>,
): Set<number> {
  const cumulative = new Set<number>();
  for (const index of [...pool].sort((a, b) => a - b)) {
    const follows = cumulative.has(index - 1) && isOnlyPeriod(labels[index] ?? "");
    if (qualifiers.get(index)?.cumulative || follows) cumulative.add(index);
  }
  return cumulative;
}

/**
 * The months each column covers: its part of the year, October to its part's end for a cumulative
 * one, the whole year for a total. Undefined when a column names two parts, or none beside columns
 * that do: which is meant is not said.
 */
function periodsOf(
  pool: readonly number[],
  qualifiers: ReadonlyMap<number, Qualifier>,
  cumulative: ReadonlySet<number>,
): Map<number, Period> | undefined {
  const periods = new Map<number, Period>();
  for (const index of pool) {
    const qualifier = qualifiers.get(index);
    const period = qualifier?.period;
    if (period === "unclear") return undefined;
    if (period !== undefined) {
      periods.set(index, cumulative.has(index) ? { from: 1, to: period.to } : period);
    } else if (qualifier?.total) periods.set(index, { from: 1, to: 12 });
    else return undefined;
  }
  return periods;
}

/**
 * Decides one field among its candidates. Undefined when there is nothing to decide. `body` gives the
 * rows under the header, made only when the cells are looked at.
 */
function decide(
  field: Field,
  candidates: readonly ColumnCandidate[],
  labels: readonly string[],
  body: () => readonly (readonly Cell[])[],
  context: ColumnContext,
): Decision | undefined {
  let pool = candidates.map((candidate) => candidate.index);
  const all = pool;
  const qualifiers = new Map<number, Qualifier>(
    pool.map((index) => [index, qualifierOf(labels[index] ?? "")]),
  );
  let by: Evidence | undefined;
  const cumulative = cumulativeColumns(pool, labels, qualifiers);

  // The cells: a column most of whose values are not the field's is not its column.
  if (pool.length > 1) {
    const kept = pool.filter((index) => !contradicts(field, body(), index));
    if (kept.length > 0 && kept.length < pool.length) {
      pool = kept;
      by = "cells";
    }
  }

  // The round: columns of parts of the year ("6 เดือน", "ไตรมาส 2", "รวม").
  const parted = pool.some((index) => qualifiers.get(index)?.period !== undefined);
  if (parted && (pool.length > 1 || ROUND_FIELDS.has(field))) {
    const periods = periodsOf(pool, qualifiers, cumulative);
    if (periods === undefined) return { kind: "ask", candidates: all, why: "several" };
    const mine = pickPeriod(field, pool, periods, context.round, cumulative);
    if (!context.roundStated) {
      const other = pickPeriod(field, pool, periods, context.round === 12 ? 6 : 12, cumulative);
      if (isPick(other) && (!isPick(mine) || !sameReadings(field, mine, other, body()))) {
        const used = isPick(mine) ? mine : undefined;
        const picks = context.round === 12 ? { 6: other, 12: used } : { 6: used, 12: other };
        return { kind: "round", picks, candidates: pool };
      }
    }
    if (!isPick(mine))
      return { kind: "ask", candidates: pool, why: mine === "several" ? "several" : "round" };
    // A lone column of the round's part of the year is simply its column.
    if (all.length === 1) return undefined;
    if (mine.kind === "one" && mine.earlier) return { kind: "pick", pick: mine, by: "cumulative" };
    return { kind: "pick", pick: mine, by: pool.length > 1 ? "round" : (by ?? "round") };
  }

  // The year: "ปีนี้" or the report year's column; another year's is not this report's.
  if (pool.some((index) => qualifiers.get(index)?.year !== undefined)) {
    const yearOf = (index: number): "this" | "other" | "unknown" => {
      const year = qualifiers.get(index)?.year;
      if (year === undefined || year === "unclear") return "unknown";
      const of = yearOfColumn(year, context.fiscalYear);
      if (year.kind === "relative") return year.offset === 0 ? "this" : "other";
      if (of === undefined || context.fiscalYear === undefined) return "unknown";
      return of === context.fiscalYear ? "this" : "other";
    };
    const notOther = pool.filter((index) => yearOf(index) !== "other");
    const mine = notOther.filter((index) => yearOf(index) === "this");
    const kept = mine.length > 0 ? mine : notOther;
    if (kept.length === 0) return { kind: "ask", candidates: pool, why: "year" };
    if (kept.length < pool.length) {
      pool = kept;
      by = "year";
    }
  }

  // How specifically each header names the field.
  if (pool.length > 1) {
    const rankOf = new Map(candidates.map((candidate) => [candidate.index, candidate.rank]));
    const top = Math.max(...pool.map((index) => rankOf.get(index) ?? 0));
    const kept = pool.filter((index) => rankOf.get(index) === top);
    if (kept.length < pool.length) {
      pool = kept;
      by = "header";
    }
  }

  // Columns that read alike on every row: whichever is read, nothing changes.
  if (pool.length > 1) {
    const first: Pick = { kind: "one", index: pool[0] };
    if (pool.every((index) => sameReadings(field, first, { kind: "one", index }, body()))) {
      return { kind: "pick", pick: first, by: "same" };
    }
    return { kind: "ask", candidates: pool, why: "several" };
  }
  if (by === undefined) return undefined;
  return { kind: "pick", pick: { kind: "one", index: pool[0] }, by };
}

/** What the tick columns under round or quarter groups give: the round's, or a question. */
interface TickChoice {
  readonly ticks: readonly StatusTick[];
  readonly ask?: { readonly candidates: readonly number[]; readonly why: "several" | "round" };
  /** The round is not known and would change the status: each round's tick columns. */
  readonly round?: Readonly<Record<Round, readonly number[]>>;
}

/** The round's tick columns, when tick columns sit under round or quarter groups. */
function decideTicks(
  ticks: readonly StatusTick[],
  labels: readonly string[],
  body: () => readonly (readonly Cell[])[],
  context: ColumnContext,
): TickChoice | undefined {
  const periods = new Map(ticks.map((tick) => [tick, qualifierOf(labels[tick.index] ?? "").period]));
  if (![...periods.values()].some((period) => period !== undefined)) return undefined;
  const all = ticks.map((tick) => tick.index);
  if ([...periods.values()].some((period) => period === undefined || period === "unclear")) {
    return { ticks: [], ask: { candidates: all, why: "several" } };
  }
  // The status at the round's end: the group whose months end with the round's.
  const of = (round: Round) => ticks.filter((tick) => (periods.get(tick) as Period).to === round);
  const groups = (round: Round) => new Set(of(round).map((tick) => JSON.stringify(periods.get(tick))));
  const mine = of(context.round);
  const otherRound: Round = context.round === 12 ? 6 : 12;
  const other = of(otherRound);
  if (!context.roundStated && other.length > 0 && groups(otherRound).size === 1) {
    const differs = body().some(
      (row) => JSON.stringify(readTicks(row, mine)) !== JSON.stringify(readTicks(row, other)),
    );
    if (mine.length === 0 || differs) {
      const indices = (list: readonly StatusTick[]) => list.map((tick) => tick.index);
      return {
        ticks: groups(context.round).size === 1 ? mine : [],
        round:
          context.round === 12
            ? { 6: indices(other), 12: indices(mine) }
            : { 6: indices(mine), 12: indices(other) },
      };
    }
  }
  if (mine.length === 0 || groups(context.round).size > 1) {
    return { ticks: [], ask: { candidates: all, why: mine.length === 0 ? "round" : "several" } };
  }
  return { ticks: mine };
}

/**
 * Settles every field that more than one column names, or whose one column names a part of the year
 * (spec §9.7), and says how: `columns-read` (info) for a choice the evidence made, `ambiguous-column`
 * (error) where it made none (the field is then read from no column until it is chosen), and
 * `unknown-round` (error) where the round is not known and would change what is read (the default
 * round's columns are then read). Fields the user chose are left as they are.
 */
export function chooseColumns(grid: Grid, header: Header, context: ColumnContext): ColumnsChosen {
  // The rows under the header, copied out only if some field's cells are looked at.
  let rows: readonly (readonly Cell[])[] | undefined;
  const body = () => (rows ??= bodyOf(grid, header));
  const settling = new Settling(header, context);
  const { columns } = settling;
  const years = new Set(context.yearColumns ?? []);
  for (const field of FIELDS) {
    if (context.chosen?.[field] !== undefined) continue;
    let candidates = header.candidates?.[field] ?? [];
    if (field === "plannedBudget" && years.size > 0) {
      // The budget columns per year are §9.2's: the report year's is the planned budget.
      if (columns.plannedBudget !== undefined && years.has(columns.plannedBudget)) continue;
      candidates = candidates.filter((candidate) => !years.has(candidate.index));
    }
    if (candidates.length === 0) {
      // Only a percentage names the amount ("ผลการเบิกจ่าย (ร้อยละ)"): it is not read as baht (spec §2.3).
      const percents = header.percents?.[field] ?? [];
      if (percents.length > 0 && columns[field] === undefined) {
        settling.issues.push(
          makeIssue("percent-column", settling.place(field, percents[0]), {
            columns: settling.named(percents),
          }),
        );
      }
      continue;
    }
    const decision = decide(field, candidates, header.labels, body, context);
    if (decision) settling.settle(field, decision);
  }
  const ticks =
    context.chosen?.status === undefined && columns.status === undefined
      ? settling.settleTicks(decideTicks(header.ticks, header.labels, body, context))
      : header.ticks;
  return {
    header: {
      ...header,
      columns,
      ticks,
      ambiguous: settling.ambiguous,
      sums: settling.sums,
      totals: settling.totals,
      cumulative: settling.cumulative,
      missing: REQUIRED_FIELDS.filter((field) => columns[field] === undefined && !settling.ambiguous[field]),
    },
    issues: settling.issues,
  };
}

/** The columns chosen over one header as its fields are settled, and what was said of each choice. */
class Settling {
  readonly columns: ColumnMap;
  readonly ambiguous: Partial<Record<Field, readonly number[]>> = {};
  readonly sums: Partial<Record<Field, readonly number[]>> = {};
  readonly totals: Partial<Record<Field, { total: number; parts: readonly number[] }>> = {};
  readonly cumulative: Partial<Record<Field, { read: number; earlier: readonly number[] }>> = {};
  readonly issues: Issue[] = [];

  constructor(
    private readonly header: Header,
    private readonly context: ColumnContext,
  ) {
    this.columns = { ...header.columns };
  }

  /** Columns as an issue names them: letter and header text (spec §9.7). */
  named(indices: readonly number[]): NamedColumn[] {
    return indices.map((index) => ({
      letter: columnLetter(this.context.at.firstColumn + index),
      label: this.header.labels[index] ?? "",
    }));
  }

  /** Where an issue about a field's column is: the header row, at the column when there is one. */
  place(field: Field, index?: number) {
    return {
      row: this.context.at.row,
      column: index === undefined ? null : this.context.at.firstColumn + index,
      field,
      text: index === undefined ? "" : (this.header.labels[index] ?? ""),
    };
  }

  /** Reads the field from what was picked, or from no column. */
  private apply(field: Field, pick: Pick | undefined): void {
    if (pick === undefined) {
      delete this.columns[field];
      return;
    }
    if (pick.kind === "sum") {
      this.columns[field] = pick.parts[0];
      this.sums[field] = pick.parts;
    } else {
      this.columns[field] = pick.index;
      if (pick.parts) this.totals[field] = { total: pick.index, parts: pick.parts };
      if (pick.earlier) this.cumulative[field] = { read: pick.index, earlier: pick.earlier };
    }
  }

  /** Takes a decision about a field's columns, and says how it was made. */
  settle(field: Field, decision: Decision): void {
    const { context } = this;
    const year = context.fiscalYear === undefined ? {} : { year: context.fiscalYear };
    if (decision.kind === "pick") {
      this.apply(field, decision.pick);
      const taken = pickColumns(decision.pick);
      const others = (this.header.candidates?.[field] ?? [])
        .map((candidate) => candidate.index)
        .filter(
          (index) =>
            !taken.includes(index) && !(decision.pick.kind === "one" && decision.pick.parts?.includes(index)),
        );
      this.issues.push(
        makeIssue("columns-read", this.place(field, taken[0]), {
          columns: this.named(taken),
          others: this.named(others),
          other: decision.by,
          round: context.round,
          ...year,
        }),
      );
    } else if (decision.kind === "ask") {
      this.apply(field, undefined);
      this.ambiguous[field] = decision.candidates;
      this.issues.push(
        makeIssue("ambiguous-column", this.place(field), {
          columns: this.named(decision.candidates),
          other: decision.why,
          round: context.round,
          ...year,
        }),
      );
    } else {
      const used = decision.picks[context.round];
      this.apply(field, used);
      if (used === undefined) this.ambiguous[field] = decision.candidates;
      this.issues.push(
        makeIssue("unknown-round", this.place(field), {
          columns: decision.picks[6] ? this.named(pickColumns(decision.picks[6])) : [],
          others: decision.picks[12] ? this.named(pickColumns(decision.picks[12])) : [],
          round: context.round,
        }),
      );
    }
  }

  /** Takes the decision about the status ticks (decideTicks), says how it was made; the ticks read. */
  settleTicks(choice: ReturnType<typeof decideTicks>): readonly StatusTick[] {
    const { header, context } = this;
    if (!choice) return header.ticks;
    const { ticks } = choice;
    if (choice.round) {
      this.issues.push(
        makeIssue("unknown-round", this.place("status"), {
          columns: this.named(choice.round[6]),
          others: this.named(choice.round[12]),
          round: context.round,
        }),
      );
      if (ticks.length === 0) this.ambiguous.status = header.ticks.map((tick) => tick.index);
    } else if (choice.ask) {
      this.ambiguous.status = choice.ask.candidates;
      this.issues.push(
        makeIssue("ambiguous-column", this.place("status"), {
          columns: this.named(choice.ask.candidates),
          other: choice.ask.why,
          round: context.round,
        }),
      );
    } else if (ticks.length < header.ticks.length) {
      this.issues.push(
        makeIssue("columns-read", this.place("status", ticks[0]?.index), {
          columns: this.named(ticks.map((tick) => tick.index)),
          others: this.named(header.ticks.filter((tick) => !ticks.includes(tick)).map((tick) => tick.index)),
          other: "round",
          round: context.round,
        }),
      );
    }
    return ticks;
  }
}

/**
 * `period-total-mismatch` (warning) on a project row whose total column ("รวม", "12 เดือน") is not
 * what its quarters add up to, when the total is what is read; `cumulative-decrease` (error) on one
 * whose cumulative figure read is below an earlier quarter's (spec §9.7).
 */
export function periodTotalCheck(
  header: Header,
  firstColumn: number,
  units: ReadonlyMap<number, AmountUnit> = new Map(),
): RowCheck | undefined {
  const checks = Object.entries(header.totals ?? {}) as [
    Field,
    { total: number; parts: readonly number[] },
  ][];
  const rising = Object.entries(header.cumulative ?? {}) as [
    Field,
    { read: number; earlier: readonly number[] },
  ][];
  if (checks.length === 0 && rising.length === 0) return undefined;
  const amountAt = (cell: Cell | undefined, index: number): number | undefined => {
    if (isBlank(cell)) return 0;
    const unit = units.get(index) ?? 1;
    const plain = unit === 1 ? plainSatang(cell) : undefined;
    if (plain !== undefined) return plain;
    const reading = readAmount(cell, unit);
    return reading.issues.some((code) => SEVERITY_OF[code] === "error") ? undefined : reading.satang;
  };
  return (row, issues) => {
    for (const [field, { read, earlier }] of rising) {
      const cell = row.cells[read];
      const now = amountAt(cell, read);
      if (now === undefined) continue;
      // The highest earlier figure: a cumulative figure never goes down.
      let highest: { index: number; amount: number } | undefined;
      for (const index of earlier) {
        const amount = amountAt(row.cells[index], index);
        if (amount !== undefined && amount > (highest?.amount ?? 0)) highest = { index, amount };
      }
      if (highest === undefined || now >= highest.amount) continue;
      issues.push(
        makeIssue(
          "cumulative-decrease",
          { row: row.row, column: firstColumn + read, field, text: cellText(cell) },
          {
            amount: now,
            expected: highest.amount,
            columns: [read, highest.index].map((index) => ({
              letter: columnLetter(firstColumn + index),
              label: header.labels[index] ?? "",
            })),
          },
        ),
      );
    }
    for (const [field, { total, parts }] of checks) {
      const cell = row.cells[total];
      if (isBlank(cell) || parts.every((index) => isBlank(row.cells[index]))) continue;
      const stated = amountAt(cell, total);
      let sum = 0;
      for (const index of parts) {
        const part = amountAt(row.cells[index], index);
        if (part === undefined) return;
        sum += part;
      }
      if (stated === undefined || stated === sum) continue;
      issues.push(
        makeIssue(
          "period-total-mismatch",
          { row: row.row, column: firstColumn + total, field, text: cellText(cell) },
          {
            amount: sum,
            expected: stated,
            columns: parts.map((index) => ({
              letter: columnLetter(firstColumn + index),
              label: header.labels[index] ?? "",
            })),
          },
        ),
      );
    }
  };
}

/**
 * `unknown-row-year` (error) on a project row of a multi-year list whose year cell is blank or holds
 * no year (spec §9.2): the row is counted in the report year's plan, and the cell is asked about.
 */
export function rowYearCheck(
  index: number | undefined,
  year: number | undefined,
  firstColumn: number,
): RowCheck | undefined {
  if (index === undefined) return undefined;
  return (row, issues) => {
    const cell = row.cells[index];
    if (readRowYear(cell) !== undefined) return;
    issues.push(
      makeIssue(
        "unknown-row-year",
        { row: row.row, column: firstColumn + index, field: "fiscalYear", text: cellText(cell) },
        year === undefined ? undefined : { year },
      ),
    );
  };
}

/**
 * Columns chosen by worksheet column (the command line's `--column disbursed=H`) as the engine's
 * indices; a column outside the plan's table names no column and is said (`missing-column` quoting it).
 */
export function sheetColumnChoice(
  chosen: Readonly<Partial<Record<Field, number | null>>>,
  header: Header,
  firstColumn: number,
): { choice: ColumnChoice; issues: Issue[] } {
  const choice: Partial<Record<Field, number | null>> = {};
  const issues: Issue[] = [];
  const width = header.labels.length;
  for (const field of FIELDS) {
    const column = chosen[field];
    if (column === undefined) continue;
    if (column === null) {
      choice[field] = null;
      continue;
    }
    const index = column - firstColumn;
    if (index >= 0 && index < width) {
      choice[field] = index;
      continue;
    }
    choice[field] = null;
    issues.push(
      makeIssue(
        "missing-column",
        { row: null, column: null, field, text: columnLetter(column) },
        { other: field },
      ),
    );
  }
  return { choice, issues };
}
