/**
 * Finding the header: which row (or pair of rows) names the columns, and which column holds which field.
 */
import type { AmountUnit } from "../cells/amounts";
import {
  type Cell,
  type Grid,
  cellText,
  columnLetter,
  isBlank,
  isFormulaWithoutValue,
  kindOf,
} from "../cells/grid";
import { type Issue, makeIssue } from "../checks/issues";
import { isOnlyPeriod, qualifierOf } from "./qualifiers";
import { type StatusTick, statusWord } from "./status";
import { headerKey, readOnce, tidy } from "../cells/text";
import {
  FIELDS,
  GENERIC_HEADER_WORDS,
  HEADER_WORDS,
  NOT_A_FIELD_WORDS,
  REQUIRED_FIELDS,
  UNIT_WORDS,
  WHOLE_HEADER_FIELDS,
  type Field,
} from "../cells/vocabulary";

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
  /** 1 or 2: a group row over sub-headers counts as one header; a row of units under it, one more. */
  readonly height: 1 | 2 | 3;
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
  /**
   * A field read from the round's cumulative column ("ผลการเบิกจ่ายสะสม ไตรมาส 4"), and the earlier
   * cumulative columns it must not be below, checked on every project row (spec §9.7).
   */
  readonly cumulative?: Readonly<
    Partial<Record<Field, { readonly read: number; readonly earlier: readonly number[] }>>
  >;
  /**
   * Amount columns whose header names a percentage ("เบิกจ่าย (%)", "ผลการเบิกจ่าย (ร้อยละ)"): not that
   * amount's column, whatever word begins them (spec §2.3).
   */
  readonly percents?: Readonly<Partial<Record<Field, readonly number[]>>>;
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

/** "Cumulative", "สะสม" before a field's word: "Cumulative disbursed Q1" names disbursed (spec §9.7). */
const LEADING_CUMULATIVE = /^(?:cumulative|accumulated|ytd|yeartodate|ยอดสะสม|สะสม)(?=.)/;

/**
 * The field a header names, or undefined. Read once per text (readOnce): the plans of a roll-up are
 * mostly one template, whose header every file repeats.
 */
export function matchHeader(text: string): Match | undefined {
  return matchHeaderOnce(text);
}

function matchHeaderText(text: string): Match | undefined {
  const key = headerKey(text).replace(LEADING_CUMULATIVE, "");
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

const matchHeaderOnce = readOnce(matchHeaderText);

interface Reading {
  readonly columns: ColumnMap;
  readonly ticks: StatusTick[];
  readonly labels: string[];
  readonly candidates: Partial<Record<Field, ColumnCandidate[]>>;
  readonly percents: Partial<Record<Field, number[]>>;
  readonly score: number;
}

/** The amount fields, whose column must hold amounts, never percentages. */
const AMOUNT_FIELD_SET: ReadonlySet<Field> = new Set<Field>([
  "plannedBudget",
  "disbursed",
  "ordinanceBudget",
  "developmentPlanBudget",
]);
/** A header naming a percentage: "(%)", "ร้อยละ", "เปอร์เซ็นต์", "percent", "pct". */
const PERCENT_HEADER = /[%％]|ร้อยละ|เปอร์เซ็น|(?<![a-z])(?:per\s*cent|percentage|pct)/;

/** Whether a header names a percentage (spec §2.3): its column holds no amounts. */
export function namesPercent(label: string): boolean {
  return PERCENT_HEADER.test(tidy(label).toLowerCase());
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
  const percents: Partial<Record<Field, number[]>> = {};
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
    // "เบิกจ่าย (%)" is a percentage of the budget, not an amount: never the amount's column.
    if (AMOUNT_FIELD_SET.has(match.field) && namesPercent(joined)) {
      (percents[match.field] ??= []).push(i);
      continue;
    }
    (candidates[match.field] ??= []).push({ index: i, rank: match.rank });
    const qualifier = qualifierOf(joined);
    if (qualifier.period !== undefined || qualifier.total) parted = { field: match.field, index: i };
    const held = best.get(match.field);
    if (!held || match.score > held.score) best.set(match.field, { index: i, score: match.score });
  }
  const columns: ColumnMap = {};
  for (const [field, { index }] of best) columns[field] = index;
  return { columns, ticks, labels, candidates, percents, score: best.size + (ticks.length > 0 ? 1 : 0) };
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

/**
 * Whether the row under a header names result ticks under a group of it: more tick columns read
 * together, each under a cell of the group (blank, as a merged group leaves it, or the group's own
 * text repeated), and no figure in the row (a data row's "100" is no sub-header).
 */
function ticksUnderGroup(
  row: readonly Cell[],
  next: readonly Cell[] | undefined,
  double: Reading,
  single: Reading,
): boolean {
  if (!next || double.ticks.length <= single.ticks.length) return false;
  if (next.some((cell) => kindOf(cell) === "text" && /^[\d,.\s]+$/.test(cellText(cell)))) return false;
  // Over the tick columns, one group: its label once (a merged cell) or repeated, blank elsewhere.
  const over = double.ticks.map(({ index }) => (isBlank(row[index]) ? "" : cellText(row[index])));
  return over.length >= 2 && new Set(over.filter((text) => text !== "")).size === 1;
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
    ...(Object.keys(reading.percents).length > 0 ? { percents: reading.percents } : {}),
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
    // Or when the row below names result ticks under a group ("ผลการดำเนินการ" over "ดำเนินการแล้ว |
    // ไม่ได้ดำเนินการ", the seed's own shape): those are the status columns, never a row of the plan.
    const better =
      double &&
      (double.score > single.score ||
        (double.score === single.score &&
          ((namesParts(next) && columnCount(double) > columnCount(single)) ||
            ticksUnderGroup(row, next, double, single)))) &&
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
  const cumulative = { ...header.cumulative };
  for (const field of FIELDS) {
    const index = chosen[field];
    if (index === undefined) continue;
    // A column chosen settles the field: no doubt is left, and nothing else is added up for it.
    delete ambiguous[field];
    delete sums[field];
    delete totals[field];
    delete cumulative[field];
    if (index === null) delete columns[field];
    else columns[field] = index;
  }
  return {
    ...header,
    columns,
    ambiguous,
    sums,
    totals,
    cumulative,
    missing: REQUIRED_FIELDS.filter((field) => columns[field] === undefined && !ambiguous[field]),
  };
}

const MULTIPLIER = Object.keys(UNIT_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|");
/** The baht: "บาท", "baht", "THB", "฿". */
const BAHT = String.raw`(?:บาท|baht|thb|฿)`;
/**
 * A whole number, with or without thousands commas, and no satang ("1,000", "1000", "1,000.00"); not
 * "1.000", which may be a thousand written Europe's way.
 */
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.0{1,2})?(?!\d|[.,]\d)`;
/** Letters standing for a multiplier before the baht ("K baht", "MTHB") or alone in a unit statement ("(K)"). */
const LETTERS: Readonly<Record<string, AmountUnit>> = {
  k: 1_000,
  m: 1_000_000,
  mn: 1_000_000,
  mil: 1_000_000,
  mio: 1_000_000,
};
const LETTER = Object.keys(LETTERS)
  .sort((a, b) => b.length - a.length)
  .join("|");
/** A multiplier that stands alone for a unit only where the text is a unit statement: "(พัน)", "(K)", "(ลบ.)". */
const ALONE: Readonly<Record<string, AmountUnit>> = { ...LETTERS, ลบ: 1_000_000 };
/** The powers of ten a unit written as a number may be: "(1,000 บาท)", "(x1000)", "(หน่วย : 1,000,000)". */
const UNIT_NUMBERS: Readonly<Record<string, AmountUnit>> = {
  "1": 1,
  "1000": 1_000,
  "10000": 10_000,
  "100000": 100_000,
  "1000000": 1_000_000,
};
/**
 * The ways a unit is written (spec §2.3), first match wins: the accountants' "'000"; a multiplier sign
 * and a number ("x1000", "×1,000"); a number and the baht ("1,000 บาท"); "baht thousands"; and the baht
 * with its multiplier, or alone ("พันบาท", "ล้าน บาท", "thousands of baht", "K baht", "บาท").
 */
const UNIT_FORM = new RegExp(
  [
    String.raw`(?:${BAHT}\s*)?['\u2019](000(?:,000)?)(?!\d)(?:\s*${BAHT})?`,
    String.raw`(?<![a-z0-9])[x×*]\s*${NUMBER}(?:\s*${BAHT})?`,
    String.raw`(?<![\d.,])${NUMBER}\s*${BAHT}`,
    String.raw`(?<![a-z])(?:baht|thb)\s*(thousands?|millions?)(?![a-z])`,
    String.raw`(?:(?:(${MULTIPLIER})|(?<![a-z])(${LETTER})\.?)\s*(?:of\s+)?)?${BAHT}`,
  ].join("|"),
  "g",
);
/** A unit statement that is one word or number: "พัน", "thousands", "K", "1,000", "'000". */
const UNIT_ALONE = new RegExp(
  String.raw`^(?:(${MULTIPLIER})|(${Object.keys(ALONE).join("|")})|${NUMBER}|['\u2019](000(?:,000)?))$`,
);
/** Words that lead a unit statement: "หน่วย :", "หน่วยนับ", "Unit:", "in", "เป็น". */
const LEAD = /^(?:\s|[:：=]|หน่วย(?!งาน)(?:นับ)?|units?(?![a-z])|in(?![a-z])|เป็น)+/;
const NAMES_UNIT = /หน่วย|unit/;
/** Where a unit statement follows "หน่วย" or "Unit" outside brackets ("งบประมาณ หน่วย: พันบาท"). */
const AFTER_UNIT_WORD = /(?:หน่วย(?!งาน)(?:นับ)?|unit(?![a-z]))[^()]*/g;
const BRACKETED = /\(([^()]*)\)/g;
/** Words a statement may hold besides its unit: "(หน่วย : บาท)", "(จำนวนเงิน บาท)", "(in thousands of baht)". */
const FILLER =
  /หน่วย(?:นับ)?|จำนวนเงิน|จำนวน|เงิน|เป็น|units?(?![a-z])|(?<![a-z])(?:in|of)(?![a-z])|[\s:：=/,.;\-–—]+/g;
/** A leftover that makes a statement's unit unknown: a digit, a number word, a currency not the baht. */
const NUMBER_WORD = String.raw`สิบ|ร้อย|พัน|หมื่น|แสน|ล้าน|(?<![a-z])(?:hundreds?|thousands?|millions?|billions?|bn|tens?|lakhs?|crores?)(?![a-z])`;
const CURRENCY = new RegExp(
  String.raw`\$|€|£|¥|ดอลลาร์|ยูโร|เยน|หยวน|ปอนด์|(?<![a-z])(?:usd|dollars?|eur|euros?|yen|yuan|rmb|gbp)(?![a-z])`,
);
const DOUBTFUL_REST = new RegExp(String.raw`\d|${NUMBER_WORD}|${CURRENCY.source}`);
const ONLY_NUMBER_WORDS = new RegExp(String.raw`^(?:(?:${NUMBER_WORD}|(?<![a-z])[kmb](?![a-z]))\s*)+$`);
/** What ends a word a unit must not be glued to ("ร้อยบาท", "พ.บาท"), unless the word is a lead word. */
const GLUED = /[a-z\u0E01-\u0E4F.]$/;
const LEAD_END = /(?:หน่วย|นับ|เป็น|เงิน|จำนวน)$/;

/** The units of a text, and whether a statement of a unit in it could not be read. */
export interface UnitsRead {
  /** Every unit the text names, once each, in order of appearance: [] when it names none. */
  readonly units: readonly AmountUnit[];
  /**
   * A statement of a unit in the text is not one the engine knows ("(หน่วย : 1,500 บาท)", "(x100)",
   * "(ร้อยบาท)", "(USD)"): the amounts may not be in baht, and must not be read so in silence.
   */
  readonly unclear: boolean;
}

/** The unit a number stands for, or undefined when it is not one (1,500; 100). */
const unitOfNumber = (digits: string): AmountUnit | undefined => UNIT_NUMBERS[digits.replace(/,/g, "")];

/** The units written in a text by the forms of {@link UNIT_FORM}, and what is left of it. */
function unitForms(text: string): { units: (AmountUnit | undefined)[]; rest: string; glued: boolean } {
  const units: (AmountUnit | undefined)[] = [];
  let glued = false;
  for (const match of text.matchAll(UNIT_FORM)) {
    const [, thousands, signed, numbered, after, word, letter] = match;
    const before = text.slice(0, match.index);
    if (GLUED.test(before) && !LEAD_END.test(before)) glued = true;
    if (thousands) units.push(thousands.length > 3 ? 1_000_000 : 1_000);
    else if (signed) units.push(unitOfNumber(signed));
    else if (numbered) units.push(unitOfNumber(numbered));
    else if (after) units.push(UNIT_WORDS[after]);
    else if (word) units.push(UNIT_WORDS[word]);
    else if (letter) units.push(LETTERS[letter]);
    else units.push(1);
  }
  return { units, rest: text.replace(UNIT_FORM, " "), glued };
}

/**
 * What a statement of a unit says ("หน่วย : 1,000 บาท", the inside of a bracket): its units, whether
 * it is unclear, and whether it is wholly a unit (nothing else is written in it).
 */
function readStatement(text: string, named: boolean): UnitsRead & { readonly whole: boolean } {
  const lead = LEAD.exec(text)?.[0] ?? "";
  const stated = named || NAMES_UNIT.test(lead);
  const body = text.slice(lead.length).replace(/[\s.:：;,\-–—]+$/, "");
  if (body === "") return { units: [], unclear: false, whole: false };
  const alone = UNIT_ALONE.exec(body);
  if (alone) {
    const [, word, letters, number, thousands] = alone;
    if (word) return { units: [UNIT_WORDS[word]], unclear: false, whole: true };
    if (letters) return { units: [ALONE[letters]], unclear: false, whole: true };
    if (thousands) return { units: [thousands.length > 3 ? 1_000_000 : 1_000], unclear: false, whole: true };
    // A number alone: a unit when it is one ("(1,000)"); a footnote or a year is none ("(1)", "(2567)").
    const unit = unitOfNumber(number);
    if (unit !== undefined && unit !== 1) return { units: [unit], unclear: false, whole: true };
    const tens = /^10+$/.test(number.replace(/,/g, ""));
    return { units: [], unclear: stated || tens, whole: false };
  }
  const forms = unitForms(body);
  const units = forms.units.filter((unit): unit is AmountUnit => unit !== undefined);
  const rest = forms.rest.replace(FILLER, " ").trim();
  const unknown = forms.units.length > units.length || forms.glued;
  if (forms.units.length > 0) {
    return { units, unclear: unknown || DOUBTFUL_REST.test(rest), whole: rest === "" && !unknown };
  }
  const unclear =
    (stated && rest !== "") ||
    ONLY_NUMBER_WORDS.test(rest) ||
    CURRENCY.test(rest) ||
    /(?<![a-z])[x×*]\s*\d/.test(body);
  return { units: [], unclear, whole: false };
}

/**
 * The units a text names (spec §2.3) and whether a unit it states is unknown. A unit is read from a
 * bracket ("(พันบาท)", "(1,000 บาท)", "(x1000)", "(K)", "('000)"), after "หน่วย" or "Unit", from a text
 * that is wholly a unit (a title's "หน่วย : 1,000 บาท" after its "หน่วย"), and, anywhere, as a multiplier
 * with the baht ("พันบาท", "thousand baht"). A bracket or "หน่วย" that states a unit the engine does not
 * know — another number, a number word, another currency, a word glued to the baht — is unclear.
 * Read once per text (readOnce), as a header is.
 */
export function readUnits(text: string): UnitsRead {
  return readUnitsOnce(text);
}

function readUnitsText(text: string): UnitsRead {
  const plain = tidy(text)
    .toLowerCase()
    .replace(/[（［[]/g, "(")
    .replace(/[）］\]]/g, ")");
  const whole = readStatement(plain.replace(/[()]/g, " ").trim(), false);
  if (whole.whole) return { units: whole.units, unclear: false };
  const units = new Set<AmountUnit>();
  let unclear = false;
  const take = (read: UnitsRead): void => {
    read.units.forEach((unit) => units.add(unit));
    unclear ||= read.unclear;
  };
  // In order of appearance: each bracket, then what follows "หน่วย" outside brackets, then the rest.
  const found: { at: number; read: UnitsRead }[] = [];
  for (const match of plain.matchAll(BRACKETED)) {
    found.push({ at: match.index, read: readStatement(match[1], false) });
  }
  const outside = plain.replace(BRACKETED, (bracket) => "(" + " ".repeat(bracket.length - 2) + ")");
  for (const match of outside.matchAll(AFTER_UNIT_WORD)) {
    found.push({ at: match.index, read: readStatement(match[0], true) });
  }
  const rest = outside.replace(AFTER_UNIT_WORD, (part) => " ".repeat(part.length));
  for (const match of rest.matchAll(UNIT_FORM)) {
    const forms = unitForms(match[0]);
    const read = forms.units.filter((unit): unit is AmountUnit => unit !== undefined);
    found.push({ at: match.index, read: { units: read, unclear: read.length < forms.units.length } });
  }
  found.sort((a, b) => a.at - b.at).forEach(({ read }) => take(read));
  return { units: [...units], unclear };
}

const readUnitsOnce = readOnce(readUnitsText);

/** Every unit a text names, once each, in order of appearance: [] when it names none. */
export function unitsNamed(text: string): AmountUnit[] {
  return [...readUnits(text).units];
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
  /** `amounts-in-unit` for every scaled column, `unclear-unit` where the unit is in doubt. */
  readonly issues: readonly Issue[];
}

/**
 * The unit of each amount column (spec §2.3): the one its header names ("งบประมาณ (พันบาท)"), else the
 * one a title line states ("หน่วย : พันบาท"), else the baht. A scaled column is never silent: it gets
 * `amounts-in-unit` (info). `unclear-unit` (error) where the unit is in doubt: a header naming two units,
 * or a header and a title that disagree (the amounts are then counted by the header's one unit, else
 * in baht); a header stating a unit the engine cannot read ("(หน่วย : 1,500 บาท)", "(x100)"), counted
 * by the unit it also names, else in baht; and a header naming no unit, with no title line stating
 * one, beside amount columns in thousands or millions: counted in baht, the columns named.
 */
export function amountUnits(
  header: Header,
  title: TitleUnit | undefined,
  at: { readonly row: number; readonly firstColumn: number },
): ColumnUnits {
  const byIndex = new Map<number, AmountUnit>();
  const issues: Issue[] = [];
  const seen = new Set<number>();
  const columns = AMOUNT_FIELDS.flatMap((field) => {
    const index = header.columns[field];
    const read = header.sums?.[field] ?? (index === undefined ? [] : [index]);
    const total = header.totals?.[field];
    const earlier = header.cumulative?.[field]?.earlier ?? [];
    return [...read, ...(total ? [total.total, ...total.parts] : []), ...earlier].flatMap((i) => {
      if (seen.has(i)) return [];
      seen.add(i);
      const label = header.labels[i] ?? "";
      return [{ field, index: i, label, read: readUnits(label) }];
    });
  });
  const stated = title?.units ?? [];
  // The columns whose own header puts them in thousands or millions of baht.
  const scaled = columns.filter(({ read }) => !read.unclear && read.units.some((unit) => unit !== 1));
  for (const { field, index, label, read } of columns) {
    const own = read.units;
    const place = { row: at.row, column: at.firstColumn + index, field, text: label };
    const fromTitle = own.length === 0 && stated.length === 1 && !read.unclear;
    const unit: AmountUnit = own.length === 1 ? own[0] : fromTitle ? stated[0] : 1;
    const clash = own.length > 1 || (own.length === 1 && stated.some((u) => u !== unit)) || stated.length > 1;
    const beside =
      own.length === 0 && stated.length === 0 ? scaled.filter((column) => column.index !== index) : [];
    if (read.unclear) {
      issues.push(makeIssue("unclear-unit", place, { other: String(unit) }));
    } else if (clash) {
      const named = [...new Set([unit, ...own, ...stated])];
      const details =
        title && stated.length > 0
          ? { other: named.join(","), otherRow: title.row }
          : { other: named.join(",") };
      issues.push(makeIssue("unclear-unit", place, details));
    } else if (beside.length > 0) {
      const units = new Set<AmountUnit>([1, ...beside.flatMap((column) => column.read.units)]);
      issues.push(
        makeIssue("unclear-unit", place, {
          other: [...units].join(","),
          columns: beside.map((column) => ({
            letter: columnLetter(at.firstColumn + column.index),
            label: column.label,
          })),
        }),
      );
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

/** A unit word written alone in a cell: "พันบาท", "ล้านบาท", "บาท", "thousand baht". */
const UNIT_WORD_ALONE = /^(?:(?:พัน|หมื่น|แสน|ล้าน)?\s*บาท|(?:thousands?|millions?)?\s*(?:of\s+)?baht)$/i;

/**
 * A row of units right under the header ("(พันบาท)" under "งบประมาณ", "(หน่วย : ล้านบาท)"): every cell
 * of it holding text states a unit, known or not, so it is the header's and never a row of the plan;
 * each unit joins its column's label, where amountUnits reads it (spec §2.3).
 */
export function withUnitRow(grid: Grid, header: Header): Header {
  if (header.height >= 3) return header;
  const row = grid.rows[header.index + header.height];
  if (!row) return header;
  let units = 0;
  for (const cell of row) {
    if (isBlank(cell)) continue;
    if (typeof cell !== "string" || cell.length > 40) return header;
    // Only a statement of a unit: in brackets, after "หน่วย", or a unit word alone ("พันบาท").
    const text = tidy(cell);
    const read = readUnits(text);
    const statement =
      UNIT_WORD_ALONE.test(text) || /^[(（[]/.test(text) || /^(?:หน่วย(?!งาน)|unit\b)/i.test(text);
    if (!statement || (read.units.length === 0 && !read.unclear)) return header;
    units++;
  }
  if (units === 0) return header;
  // One statement over no amount column ("(หน่วย : พันบาท)" under the name): the whole table's unit.
  const amountColumns = new Set(
    AMOUNT_FIELDS.flatMap((field) => [
      ...(header.columns[field] === undefined ? [] : [header.columns[field]!]),
      ...(header.sums?.[field] ?? []),
    ]),
  );
  const filled = row.flatMap((cell, i) => (isBlank(cell) ? [] : [i]));
  const whole =
    filled.length === 1 && !amountColumns.has(filled[0]) ? String(row[filled[0]]).trim() : undefined;
  const labels = header.labels.map((label, i) => {
    const unit = whole !== undefined ? (amountColumns.has(i) ? whole : undefined) : row[i];
    return typeof unit === "string" && !isBlank(unit) ? `${label} ${unit.trim()}`.trim() : label;
  });
  return { ...header, height: (header.height + 1) as 2 | 3, labels };
}
