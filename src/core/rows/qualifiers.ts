/**
 * What a column's header says beside its field (spec §9.7): the part of the fiscal year it covers
 * ("ผลการดำเนินงาน 6 เดือน", "ไตรมาส 2", "รวม") and the fiscal year it is of ("ปีนี้", "ปีก่อน", "ปี 67").
 */
import { readOnce, tidy } from "../cells/text";
import { PERIOD_TOTAL_WORDS, PERIOD_WORDS, RELATIVE_YEAR_WORDS } from "../cells/vocabulary";

/** Months of the fiscal year a column covers, counted from October (1) to September (12). */
export interface Period {
  readonly from: number;
  readonly to: number;
}

/** The fiscal year a column is of: relative to the report's, or a year (Buddhist era). */
export type YearOf =
  | { readonly kind: "relative"; readonly offset: -1 | 0 | 1 }
  | { readonly kind: "year"; readonly year: number };

export interface Qualifier {
  /** The part of the year; "unclear" when the header names two ("12 เดือน (ไตรมาส 1)"). */
  readonly period?: Period | "unclear";
  /** The header totals its field's parts ("รวม", "เบิกจ่ายรวม"). */
  readonly total?: boolean;
  /** The header's figures are cumulative from October ("ผลการเบิกจ่ายสะสม ไตรมาส 2", "YTD Q2"). */
  readonly cumulative?: boolean;
  readonly year?: YearOf | "unclear";
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A word as a pattern over tidy lower-case text: spaces optional, and a word that begins or ends with
 * a Latin letter or digit must not run on into another ("รอบที่ 1" is not "รอบที่ 12", "Q1" not "FAQ1").
 */
function wordPattern(word: string): string {
  const body = [...tidy(word).toLowerCase()]
    .filter((c) => c !== " ")
    .map(escape)
    .join("\\s*");
  const before = /^[a-z0-9]/i.test(word) ? "(?<![a-z0-9])" : "";
  const after = /[a-z0-9]$/i.test(word) ? "(?![a-z0-9])" : "";
  return `${before}${body}${after}`;
}

const anyOf = (words: readonly string[]): RegExp =>
  new RegExp(
    [...words]
      .sort((a, b) => b.length - a.length)
      .map(wordPattern)
      .join("|"),
  );

const PERIODS: readonly (readonly [RegExp, Period])[] = PERIOD_WORDS.map(({ words, from, to }) => [
  anyOf(words),
  { from, to },
]);
const TOTAL = anyOf(PERIOD_TOTAL_WORDS);
/**
 * Words saying a column's figure is cumulative from the start of the fiscal year: a quarter's column
 * under them is the year so far at that quarter's end, not the quarter's own figure (spec §9.7).
 */
export const CUMULATIVE_WORDS: readonly string[] = [
  "สะสม",
  "ยอดสะสม",
  "ถึงปัจจุบัน",
  "ตั้งแต่ต้นปี",
  "Cumulative",
  "Cum.",
  "Accumulated",
  "YTD",
  "Year to date",
  "Year-to-date",
];
const CUMULATIVE = anyOf(CUMULATIVE_WORDS);
const RELATIVE: readonly (readonly [RegExp, -1 | 0 | 1])[] = [
  [anyOf(RELATIVE_YEAR_WORDS.previous), -1],
  [anyOf(RELATIVE_YEAR_WORDS.next), 1],
  [anyOf(RELATIVE_YEAR_WORDS.this), 0],
];
/** A Buddhist-era year in a header: 2500–2699, or two digits after ปี / พ.ศ. ("ปี 67" is 2567). */
const FULL_YEAR = /(?<!\d)(2[56]\d\d)(?!\d)/g;
const SHORT_YEAR = /(?:ปี(?:งบประมาณ|งบ)?|พ\.\s*ศ\.)\s*(\d\d)(?!\d)/g;

/** Text in the form the patterns above read: tidy, lower case. */
const plain = (label: string): string => tidy(label).toLowerCase();

/** The part of the year a header names, if any. */
function periodOf(text: string): Period | "unclear" | undefined {
  const found = new Map<string, Period>();
  for (const [pattern, period] of PERIODS) {
    if (pattern.test(text)) found.set(`${period.from}-${period.to}`, period);
  }
  if (found.size > 1) return "unclear";
  return found.values().next().value;
}

function yearOf(text: string): YearOf | "unclear" | undefined {
  const years = new Set<number>();
  for (const match of text.matchAll(FULL_YEAR)) years.add(Number(match[1]));
  for (const match of text.matchAll(SHORT_YEAR)) years.add(2500 + Number(match[1]));
  const relative = RELATIVE.filter(([pattern]) => pattern.test(text)).map(([, offset]) => offset);
  if (years.size + relative.length > 1) return "unclear";
  if (relative.length === 1) return { kind: "relative", offset: relative[0] };
  const [year] = years;
  return year === undefined ? undefined : { kind: "year", year };
}

/**
 * What a header says about the part of the year and the fiscal year its column is of. Read once per
 * label (readOnce), as the header's field is.
 */
export function qualifierOf(label: string): Qualifier {
  return qualifierOnce(label);
}

function qualifierOfLabel(label: string): Qualifier {
  const text = plain(label);
  const period = periodOf(text);
  const year = yearOf(text);
  const total = TOTAL.test(text);
  const cumulative = CUMULATIVE.test(text);
  return {
    ...(period === undefined ? {} : { period }),
    ...(total ? { total } : {}),
    ...(cumulative ? { cumulative } : {}),
    ...(year === undefined ? {} : { year }),
  };
}

const qualifierOnce = readOnce(qualifierOfLabel);

/**
 * A header that is only a part of the year or a total ("ไตรมาส 2", "Q3", "รวม", "ไตรมาส 2 (สะสม)"): it
 * takes its field from the left.
 */
export function isOnlyPeriod(label: string): boolean {
  const text = plain(label);
  if (text === "") return false;
  let rest = text;
  for (const [pattern] of PERIODS) rest = rest.replace(new RegExp(pattern.source, "g"), " ");
  rest = rest.replace(new RegExp(TOTAL.source, "g"), " ");
  if (rest === text) return false;
  rest = rest.replace(new RegExp(CUMULATIVE.source, "g"), " ");
  return rest.replace(/[\s()[\]:.,\-–—/]+/g, "") === "";
}

/** The fiscal year a column of a report for `reportYear` is of; undefined when it cannot be told. */
export function yearOfColumn(
  year: YearOf | "unclear" | undefined,
  reportYear: number | undefined,
): number | undefined {
  if (year === undefined || year === "unclear") return undefined;
  if (year.kind === "year") return year.year;
  return reportYear === undefined ? undefined : reportYear + year.offset;
}

/** Whether two periods are the same months. */
export function samePeriod(a: Period, b: Period): boolean {
  return a.from === b.from && a.to === b.to;
}
