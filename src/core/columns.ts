/**
 * Finding the header: which row (or pair of rows) names the columns, and which column holds which field.
 */
import type { AmountUnit } from "./amounts";
import { type Cell, type Grid, cellText, isBlank, isFormulaWithoutValue, kindOf } from "./grid";
import { type Issue, makeIssue } from "./issues";
import { isOnlyPeriod, qualifierOf } from "./qualifiers";
import { statusWord } from "./status";
import { headerKey, tidy } from "./text";
import {
  FIELDS,
  GENERIC_HEADER_WORDS,
  HEADER_WORDS,
  NOT_A_FIELD_WORDS,
  REQUIRED_FIELDS,
  UNIT_WORDS,
  WHOLE_HEADER_FIELDS,
  type Field,
  type StatusBucket,
} from "./vocabulary";

/** A column headed by a status word, whose marks set the row's status. */
export interface StatusTick {
  readonly bucket: StatusBucket;
  /** Index into a grid row (0-based). */
  readonly index: number;
}

/** Where each field sits: an index into a grid row (0-based). */
export type ColumnMap = Partial<Record<Field, number>>;

/** The columns a user chose: an index, or null for "none" (the field is read from no column). */
export type ColumnChoice = Partial<Record<Field, number | null>>;

/** A column whose header names a field (spec §9.7): one of possibly several for that field. */
export interface ColumnCandidate {
  /** Index into a grid row (0-based). */
  readonly index: number;
  /**
   * How well the header names the field: a specific word as the whole header (3000) beats a loose
   * word as the whole header (2000, "งบประมาณ", "ผลการดำเนินงาน"), which beats a header that only
   * begins with a word (its length: "สถานะโครงการ…" beats "สถานะ…").
   */
  readonly rank: number;
}

export interface Header {
  /** Index into grid.rows of the (first) header row. */
  readonly index: number;
  /** 1 or 2: a group row over sub-headers counts as one header. */
  readonly height: 1 | 2;
  readonly columns: ColumnMap;
  readonly ticks: readonly StatusTick[];
  /** Header text of each grid column, group and sub-header joined. */
  readonly labels: readonly string[];
  readonly missing: readonly Field[];
  /** Every column whose header names each field, in sheet order (spec §9.7). */
  readonly candidates?: Readonly<Partial<Record<Field, readonly ColumnCandidate[]>>>;
  /**
   * Fields whose column is in doubt: several columns name them and no evidence settles which. Such a
   * field is read from no column until it is chosen; `ambiguous-column` names these candidates.
   */
  readonly ambiguous?: Readonly<Partial<Record<Field, readonly number[]>>>;
  /** Amount fields read as the sum of several columns: the round's quarters (spec §9.7). */
  readonly sums?: Readonly<Partial<Record<Field, readonly number[]>>>;
  /** A field's total column and the parts it must add up to, checked on every project row. */
  readonly totals?: Readonly<
    Partial<Record<Field, { readonly total: number; readonly parts: readonly number[] }>>
  >;
}

/** Headers are looked for in the first rows of a sheet (title lines often sit above). */
export const HEADER_SEARCH_ROWS = 20;
/**
 * The rows a place is read to when it is looked at only to know whether it may hold the plan (spec
 * §4.3): the rows a header is looked for in, and one more for a header's second line.
 */
export const HEAD_ROWS = HEADER_SEARCH_ROWS + 1;
/** Short words ("ที่", "No") match only whole headers; longer ones may begin a header. */
const MIN_PREFIX_LENGTH = 4;

const FIELD_KEYS: readonly (readonly [Field, string])[] = FIELDS.flatMap((field) =>
  HEADER_WORDS[field].map((word) => [field, headerKey(word)] as const),
);

const NOT_A_FIELD_KEYS: readonly string[] = NOT_A_FIELD_WORDS.map(headerKey);

const GENERIC_KEYS: ReadonlySet<string> = new Set(
  FIELDS.flatMap((field) => (GENERIC_HEADER_WORDS[field] ?? []).map((word) => `${field}:${headerKey(word)}`)),
);

interface Match {
  readonly field: Field;
  /** Longer, exact words beat shorter prefixes: "งบประมาณเบิกจ่าย" is disbursed, not budget. */
  readonly score: number;
  /** How well the header names its field, against other columns naming it (see ColumnCandidate). */
  readonly rank: number;
}

/** The field a header names, or undefined. */
export function matchHeader(text: string): Match | undefined {
  const key = headerKey(text);
  if (key === "" || NOT_A_FIELD_KEYS.some((word) => key.includes(word))) return undefined;
  let best: Match | undefined;
  for (const [field, word] of FIELD_KEYS) {
    let score = 0;
    if (key === word) score = 1000 + word.length;
    else if (word.length >= MIN_PREFIX_LENGTH && key.startsWith(word) && !WHOLE_HEADER_FIELDS.has(field))
      score = word.length;
    if (score > (best?.score ?? 0)) {
      const rank = score < 1000 ? score : GENERIC_KEYS.has(`${field}:${word}`) ? 2000 : 3000;
      best = { field, score, rank };
    }
  }
  return best;
}

interface Reading {
  readonly columns: ColumnMap;
  readonly ticks: StatusTick[];
  readonly labels: string[];
  readonly candidates: Partial<Record<Field, ColumnCandidate[]>>;
  readonly score: number;
}

/** A header cell's text; a formula without a value names nothing (the plan reports it). */
function headerText(cell: Cell | undefined): string {
  return isFormulaWithoutValue(cell) ? "" : cellText(cell).trim();
}

/**
 * The field a header names: the group and sub-header joined ("งบประมาณ ตามแผน"), or the sub-header
 * alone when it names a field better ("ผลการดำเนินงาน 6 เดือน" over "เบิกจ่าย" is disbursed).
 */
function matchJoined(joined: string, own: string): Match | undefined {
  const together = matchHeader(joined);
  if (joined === own) return together;
  const alone = matchHeader(own);
  return alone && (!together || alone.score > together.score) ? alone : together;
}

function readHeaderRows(top: readonly Cell[], bottom?: readonly Cell[]): Reading {
  const width = Math.max(top.length, bottom?.length ?? 0);
  const best = new Map<Field, { index: number; score: number }>();
  const candidates: Partial<Record<Field, ColumnCandidate[]>> = {};
  const ticks: StatusTick[] = [];
  const labels: string[] = [];
  let group = "";
  /** The column before, when it names a field and a part of the year ("เบิกจ่าย ไตรมาส 1"). */
  let parted: { field: Field; index: number } | undefined;
  for (let i = 0; i < width; i++) {
    const upper = headerText(top[i]);
    const lower = bottom ? headerText(bottom[i]) : "";
    // A group cell is merged across its sub-headers, so only its first column holds the text.
    if (upper !== "") group = lower !== "" ? upper : "";
    const own = lower !== "" ? lower : upper;
    const joined = lower !== "" && group !== "" ? `${group} ${lower}` : own;
    labels.push(joined);
    const before = parted;
    parted = undefined;
    if (own === "") continue;
    const bucket = statusWord(own);
    if (bucket) {
      ticks.push({ bucket, index: i });
      continue;
    }
    let match = matchJoined(joined, own);
    // "ไตรมาส 2", "Q3", "รวม" right after "เบิกจ่าย ไตรมาส 1": the same field's next part (spec §9.7).
    if (!match && before?.index === i - 1 && isOnlyPeriod(joined)) {
      match = { field: before.field, score: 1, rank: 1 };
    }
    if (!match) continue;
    (candidates[match.field] ??= []).push({ index: i, rank: match.rank });
    const qualifier = qualifierOf(joined);
    if (qualifier.period !== undefined || qualifier.total) parted = { field: match.field, index: i };
    const held = best.get(match.field);
    if (!held || match.score > held.score) best.set(match.field, { index: i, score: match.score });
  }
  const columns: ColumnMap = {};
  for (const [field, { index }] of best) columns[field] = index;
  return { columns, ticks, labels, candidates, score: best.size + (ticks.length > 0 ? 1 : 0) };
}

/** A second header row holds only text, in at least two cells. */
function couldBeSubHeader(row: readonly Cell[] | undefined): boolean {
  if (!row) return false;
  let texts = 0;
  for (const cell of row) {
    const kind = kindOf(cell);
    if (kind === "number" || kind === "error") return false;
    if (kind === "text") texts++;
  }
  return texts >= 2;
}

/** How many columns name a field. */
function columnCount(reading: Reading): number {
  return Object.values(reading.candidates).reduce((sum, list) => sum + (list?.length ?? 0), 0);
}

/** A row naming parts of the year in two cells or more ("ไตรมาส 1", "ไตรมาส 2", "รวม"). */
function namesParts(row: readonly Cell[] | undefined): boolean {
  return (row ?? []).filter((cell) => qualifierOf(headerText(cell)).period !== undefined).length >= 2;
}

function missingFields(reading: Reading): Field[] {
  return REQUIRED_FIELDS.filter((field) => reading.columns[field] === undefined);
}

function toHeader(index: number, height: 1 | 2, reading: Reading): Header {
  return {
    index,
    height,
    columns: reading.columns,
    ticks: reading.ticks,
    labels: reading.labels,
    missing: missingFields(reading),
    candidates: reading.candidates,
  };
}

/**
 * The header of a plan: the first row in the first 20 (alone, or over a row of sub-headers) that
 * names every needed column; failing that, the row that names the most, if it names at least two.
 * Undefined when nothing there looks like a plan.
 */
export function findHeader(grid: Grid, atIndex?: number): Header | undefined {
  let fallback: Header | undefined;
  let fallbackScore = 1;
  const first = atIndex ?? 0;
  const last = atIndex ?? Math.min(grid.rows.length, HEADER_SEARCH_ROWS) - 1;
  for (let r = first; r <= last; r++) {
    const row = grid.rows[r];
    if (!row || row.every(isBlank)) continue;
    const single = readHeaderRows(row);
    const next = grid.rows[r + 1];
    // Two rows are one header only when together they name more than either row alone, or more
    // columns of one field: a group "เบิกจ่าย" over "ไตรมาส 1" … "ไตรมาส 4" (spec §9.7).
    const double = couldBeSubHeader(next) ? readHeaderRows(row, next) : undefined;
    const better =
      double &&
      (double.score > single.score ||
        (double.score === single.score && namesParts(next) && columnCount(double) > columnCount(single))) &&
      double.score > readHeaderRows(next ?? []).score;
    const reading = double && better ? double : single;
    const height = reading === double ? 2 : 1;
    if (missingFields(reading).length === 0) return toHeader(r, height, reading);
    if (reading.score > fallbackScore) {
      fallback = toHeader(r, height, reading);
      fallbackScore = reading.score;
    }
  }
  return fallback;
}

/**
 * The header with some columns chosen by the user instead of recognised; a field chosen as none
 * has no column, so a required one is missing (spec §5).
 */
export function withColumns(header: Header, chosen: ColumnChoice): Header {
  const columns: ColumnMap = { ...header.columns };
  const ambiguous = { ...header.ambiguous };
  const sums = { ...header.sums };
  const totals = { ...header.totals };
  for (const field of FIELDS) {
    const index = chosen[field];
    if (index === undefined) continue;
    // A column chosen settles the field: no doubt is left, and nothing else is added up for it.
    delete ambiguous[field];
    delete sums[field];
    delete totals[field];
    if (index === null) delete columns[field];
    else columns[field] = index;
  }
  return {
    ...header,
    columns,
    ambiguous,
    sums,
    totals,
    missing: REQUIRED_FIELDS.filter((field) => columns[field] === undefined && !ambiguous[field]),
  };
}

const MULTIPLIER = Object.keys(UNIT_WORDS).join("|");
/**
 * Where a text names a unit of money: "บาท" with its multiplier ("พันบาท", "ล้าน บาท"), a multiplier
 * alone in brackets ("(พัน)", "(in thousands)"), "baht" with its English multiplier ("thousand baht",
 * "millions of baht") and the accountants' "'000".
 */
const UNIT = new RegExp(
  String.raw`((?:baht\s*)?['\u2019]000(?:\s*baht)?)|(?:(${MULTIPLIER})\s*(?:of\s+)?)?(?:บาท|baht)` +
    String.raw`|\(\s*(?:หน่วย\s*:?\s*|in\s+)?(${MULTIPLIER})\s*\)`,
  "g",
);

/** Every unit a text names, once each, in order of appearance: [] when it names none. */
export function unitsNamed(text: string): AmountUnit[] {
  const units = new Set<AmountUnit>();
  for (const [, thousands, before, alone] of tidy(text).toLowerCase().matchAll(UNIT)) {
    const word = before ?? alone;
    units.add(thousands ? 1_000 : word ? UNIT_WORDS[word] : 1);
  }
  return [...units];
}

/** The unit a title line states for the table: "หน่วย : พันบาท", "(หน่วย: ล้านบาท)", "Unit: thousand baht". */
export interface TitleUnit {
  readonly units: readonly AmountUnit[];
  /** Worksheet row of the title line. */
  readonly row: number;
}

/** The amount columns whose unit the header or the title may name. */
const AMOUNT_FIELDS = ["plannedBudget", "disbursed", "ordinanceBudget", "developmentPlanBudget"] as const;

export interface ColumnUnits {
  /** Grid column index → what one amount there stands for; a column not listed is in baht. */
  readonly byIndex: ReadonlyMap<number, AmountUnit>;
  /** `amounts-in-unit` for every scaled column, `unclear-unit` where the units disagree. */
  readonly issues: readonly Issue[];
}

/**
 * The unit of each amount column (spec §2.3): the one its header names ("งบประมาณ (พันบาท)"), else the
 * one a title line states ("หน่วย : พันบาท"), else the baht. A scaled column is never silent: it gets
 * `amounts-in-unit` (info). A header naming two units, or a header and a title that disagree, is
 * `unclear-unit` (error) naming them; the amounts are then counted by the header's unit, the baht when
 * it names two.
 */
export function amountUnits(
  header: Header,
  title: TitleUnit | undefined,
  at: { readonly row: number; readonly firstColumn: number },
): ColumnUnits {
  const byIndex = new Map<number, AmountUnit>();
  const issues: Issue[] = [];
  const indices = AMOUNT_FIELDS.flatMap((field) => {
    const index = header.columns[field];
    const read = header.sums?.[field] ?? (index === undefined ? [] : [index]);
    const total = header.totals?.[field];
    return [...read, ...(total ? [total.total, ...total.parts] : [])].map((i) => [field, i] as const);
  });
  for (const [field, index] of indices) {
    if (byIndex.has(index) || issues.some((issue) => issue.column === at.firstColumn + index)) continue;
    const label = header.labels[index] ?? "";
    const own = unitsNamed(label);
    const stated = title?.units ?? [];
    const place = { row: at.row, column: at.firstColumn + index, field, text: label };
    const fromTitle = own.length === 0 && stated.length === 1;
    const unit: AmountUnit = own.length === 1 ? own[0] : fromTitle ? stated[0] : 1;
    const clash = own.length > 1 || (own.length === 1 && stated.some((u) => u !== unit)) || stated.length > 1;
    if (clash) {
      const named = [...new Set([unit, ...own, ...stated])];
      const details =
        title && stated.length > 0
          ? { other: named.join(","), otherRow: title.row }
          : { other: named.join(",") };
      issues.push(makeIssue("unclear-unit", place, details));
    } else if (unit !== 1) {
      issues.push(
        makeIssue(
          "amounts-in-unit",
          place,
          fromTitle && title ? { other: String(unit), otherRow: title.row } : { other: String(unit) },
        ),
      );
    }
    if (unit !== 1) byIndex.set(index, unit);
  }
  return { byIndex, issues };
}

/**
 * Whether a place's head (its first {@link HEAD_ROWS} rows, a table's down to its header) shows a header
 * naming the plan's columns. Only such a place is read in full to judge whether it holds a plan (spec
 * §4.3): a ledger, a memo or a cover beside the plan costs its head alone.
 */
export function showsHeader(head: Grid): boolean {
  const at = head.headerRow === undefined ? undefined : head.headerRow - head.firstRow;
  return findHeader(head, at) !== undefined;
}

/**
 * A place's head as a host that has read the whole place hands it over: its first {@link HEAD_ROWS}
 * rows, a table's down to its header and the rows a header's second line and the first rows need.
 */
export function headOf(grid: Grid): Grid {
  const top = grid.headerRow === undefined ? 0 : grid.headerRow - grid.firstRow;
  const rows = top + HEAD_ROWS;
  if (grid.rows.length <= rows) return grid;
  return {
    rows: grid.rows.slice(0, rows),
    firstRow: grid.firstRow,
    firstColumn: grid.firstColumn,
    ...(grid.headerRow === undefined ? {} : { headerRow: grid.headerRow }),
  };
}
