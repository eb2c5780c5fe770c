/** Fiscal years and rounds, and the title facts a plan sheet states above its header. */
import type { AmountUnit } from "../cells/amounts";
import { type TitleUnit, readUnits } from "./columns";
import { type Grid, cellText, isFormulaWithoutValue } from "../cells/grid";
import { readOnce, tidy } from "../cells/text";
import type { Round } from "../cells/vocabulary";

const MONTHS_TH = [
  "มกราคม",
  "กุมภาพันธ์",
  "มีนาคม",
  "เมษายน",
  "พฤษภาคม",
  "มิถุนายน",
  "กรกฎาคม",
  "สิงหาคม",
  "กันยายน",
  "ตุลาคม",
  "พฤศจิกายน",
  "ธันวาคม",
] as const;
const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** Buddhist-era year = Common-era year + 543. */
export const BE_OFFSET = 543;

/**
 * A Buddhist-era year with its era, as each language marks it (spec §1, "Years"): "พ.ศ. 2566" in
 * Thai; "2566 B.E." in English, where a year left unmarked reads as Common era, so a Buddhist-era
 * year always carries its mark ("FY 2566 B.E.").
 */
export function buddhistYear(year: number, lang: "th" | "en"): string {
  return lang === "th" ? `พ.ศ. ${year}` : `${year} B.E.`;
}

/**
 * The months a round covers: FY 2566 round 12 is ตุลาคม 2565 - กันยายน 2566 (Buddhist era, as the
 * seed writes it); in English October 2022 – September 2023 (Common era, unmarked, beside
 * buddhistYear's marked fiscal year). Round 6 ends in March.
 */
export function roundPeriod(fiscalYear: number, round: Round, lang: "th" | "en"): string {
  const endMonth = round === 6 ? 2 : 8;
  if (lang === "th") return `${MONTHS_TH[9]} ${fiscalYear - 1} - ${MONTHS_TH[endMonth]} ${fiscalYear}`;
  const year = fiscalYear - BE_OFFSET;
  return `${MONTHS_EN[9]} ${year - 1} – ${MONTHS_EN[endMonth]} ${year}`;
}

/** The fiscal year (B.E.) a date falls in: from 1 October it is the next year's. */
export function fiscalYearOf(date: Date): number {
  return date.getFullYear() + BE_OFFSET + (date.getMonth() >= 9 ? 1 : 0);
}

/** "25 ธันวาคม 2566": a date as Thai official documents write it (English: "25 December 2023"). */
export function thaiDate(date: Date, lang: "th" | "en" = "th"): string {
  if (lang === "en") return `${date.getDate()} ${MONTHS_EN[date.getMonth()]} ${date.getFullYear()}`;
  return `${date.getDate()} ${MONTHS_TH[date.getMonth()]} ${date.getFullYear() + BE_OFFSET}`;
}

/** What the title lines above a plan say about it; each part only when found. */
/**
 * A title that says two things of the report: the year after ปีงบประมาณ (or the round in words) and a
 * period of dates in another fiscal year (or of the other round), spec §5. The words are read; the
 * period's cell is named.
 */
export interface TitleConflict {
  readonly kind: "year" | "round";
  /** The year or round the title's words state, and read. */
  readonly stated: number;
  /** The year or round of the period of dates. */
  readonly period: number;
  /** The worksheet cell holding the period, and its text. */
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

export interface TitleFacts {
  organisation?: string;
  fiscalYear?: number;
  round?: Round;
  /** The unit a title line states for the table's amounts ("หน่วย : พันบาท"), spec §2.3. */
  unit?: TitleUnit;
  /** Where the title's words and its period of dates disagree. */
  conflicts?: TitleConflict[];
  /** A title line stating a unit the engine does not know ("หน่วย : พ.บ."), and where. */
  unitUnclear?: { readonly row: number; readonly column: number; readonly text: string };
}

const ORGANISATION =
  /(องค์การบริหารส่วน(?:ตำบล|จังหวัด)\s*\S+|เทศบาล(?:ตำบล|เมือง|นคร)\s*\S+|อบต\.\s*\S+|อบจ\.\s*\S+)/;
/** A Buddhist-era mark: "B.E.", "B. E", and Thai "พ.ศ." in an English line. */
const BE_MARK = String.raw`(?:B\.\s*E\.?|พ\.\s*ศ\.)`;
/** English fiscal-year words: "FY", "F.Y.", "fiscal year", "budget year" (any case). */
const FY_WORDS = String.raw`(?<![A-Za-z])(?:F\.\s*Y\.?|FY|fiscal[-\s]*year|budget[-\s]*year)(?![A-Za-z])`;
const ERA = String.raw`(?:พ\.\s*ศ\.|ปี(?:งบประมาณ)?|${FY_WORDS}|${BE_MARK})`;
/**
 * A plan's cycle: "พ.ศ. 2566 – พ.ศ. 2570", "(พ.ศ. 2566-2570)", "2566 ถึง 2570", "B.E. 2566-2570",
 * "FY 2566 to 2570", "2023-2027". Neither end is the report's year: the cycle is taken out of the
 * line before any year is looked for.
 */
const CYCLE_YEAR = String.raw`(?:25\d\d|19\d\d|20\d\d)(?!\d)(?:\s*${BE_MARK})?`;
const CYCLE = new RegExp(
  String.raw`(?:${ERA}\s*)?${CYCLE_YEAR}\s*(?:[-–—]|ถึง|(?<![A-Za-z])to(?![A-Za-z]))\s*(?:${ERA}\s*)?${CYCLE_YEAR}` +
    // "ปีงบประมาณ 2566-70": the cycle's end in two digits.
    String.raw`|(?:${ERA}\s*)?25\d\d\s*[-–—]\s*\d\d(?![\d.])`,
  "gi",
);
/** The year after ปีงบประมาณ is the fiscal year: "ประจำปีงบประมาณ พ.ศ. 2568". */
const FISCAL_YEAR = /ปีงบประมาณ\s*(?:พ\.\s*ศ\.)?\s*(25\d\d)(?!\d)/;
/**
 * The year after English fiscal-year words: "FY 2567 B.E.", "Fiscal Year B.E. 2567", "fiscal year
 * 2024" (Common era). Not a split year ("FY 2023-24", "FY 2023/2024"), which could name either end.
 */
const FISCAL_YEAR_EN = new RegExp(
  String.raw`${FY_WORDS}\s*:?\s*(?:\(?\s*(${BE_MARK})\s*\)?\s*)?(\d{4})(?!\d)(?![-–—/]\d\d(?!\d)|\s*[-–—/]\s*\d{4})` +
    String.raw`(?:\s*\(?\s*(${BE_MARK}))?`,
  "i",
);
/** Any other year the title names: "พ.ศ. 2566", "ปี 2566", "B.E. 2566", "2566 B.E.". */
const YEAR = /(?:พ\.\s*ศ\.|ปี)\s*(25\d\d)(?!\d)/;
const YEAR_EN = new RegExp(
  String.raw`(?<![A-Za-z])B\.\s*E\.?\s*(25\d\d)(?!\d)|(?<!\d)(25\d\d)\s*B\.\s*E(?![A-Za-z])`,
  "i",
);

/**
 * A year written in English as a Buddhist-era year, or undefined: 2500–2600 is Buddhist era; 1950–2100
 * is Common era (+543) unless marked B.E., which no such year can be. Two-digit years are never read.
 */
function englishYear(digits: string, markedBE: boolean): number | undefined {
  const year = Number(digits);
  if (year >= 2500 && year <= 2600) return year;
  if (year >= 1950 && year <= 2100 && !markedBE) return year + BE_OFFSET;
  return undefined;
}

/** Thai months, full and short ("ตุลาคม", "ต.ค."), as patterns; index 0 is January. */
const MONTH_PATTERNS: readonly string[] = MONTHS_TH.map((name, i) => {
  const short = [
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
  ][i];
  return `${name}|${short.replace(/\./g, String.raw`\.\s*`)}`;
});
const MONTH = `(${MONTH_PATTERNS.join("|")})`;
/** English months, full and three letters ("October", "Oct", "Oct.", "Sept."), any case. */
const MONTH_EN_PATTERNS: readonly string[] = MONTHS_EN.map((name) =>
  [name, ...(name.length > 3 ? [name.slice(0, 3)] : []), ...(name === "September" ? ["Sept"] : [])].join("|"),
);
const MONTH_EN = String.raw`(?<![A-Za-z])(${MONTH_EN_PATTERNS.join("|")})(?![A-Za-z])\.?`;
/** A date's month and year: "1 ตุลาคม 2567", "วันที่ 1 ต.ค. 67", "มีนาคม พ.ศ. 2568". */
const DATE = String.raw`(?:วันที่\s*)?(?:\d{1,2}\s*)?${MONTH}\s*(?:พ\.\s*ศ\.\s*)?(25\d\d|\d\d)(?!\d)`;
/**
 * An English date's month and four-digit year: "1 October 2023", "Oct. 2023", "October 1, 2023",
 * "March 2568 B.E.". Groups: month, a B.E. mark before the year, the year, a B.E. mark after it.
 */
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const DATE_EN =
  String.raw`(?:${DAY}\s*(?:of\s+)?)?${MONTH_EN}\s*(?:${DAY},?\s+)?(?:(${BE_MARK})\s*)?(\d{4})(?!\d)` +
  String.raw`(?:\s*(${BE_MARK}))?`;
const BETWEEN = String.raw`\s*(?:[-–—]|ถึง|(?<![A-Za-z])(?:to|through|until|till)(?![A-Za-z]))\s*`;
/**
 * The period a report covers: "(1 ตุลาคม 2567 – 31 มีนาคม 2568)", "ต.ค. 66 - ก.ย. 67", "(1 October
 * 2023 – 31 March 2024)", "Oct 2023 - Sep 2024". Each date has six groups: Thai month and year, then
 * English month, mark, year and mark.
 */
const PERIOD = new RegExp(String.raw`(?:${DATE}|${DATE_EN})${BETWEEN}(?:${DATE}|${DATE_EN})`, "i");

/** The round a title names in words (spec §5). */
const ROUND_WORDS: readonly (readonly [RegExp, Round])[] = [
  [/รอบ\s*(?:ที่\s*\d+\s*)?\(?\s*6\s*เดือน/, 6],
  [/รอบ\s*(?:ที่\s*\d+\s*)?\(?\s*12\s*เดือน/, 12],
  // The second half-year's report is written when the year is over, on the whole year's plan.
  [/ครึ่งปีหลัง|second\s*half/i, 12],
  [/ครึ่งปี(?:แรก)?|first\s*half|half[-\s]year/i, 6],
  [/\b6[-\s]?months?\s*round|\bround\s*of\s*6\s*months?/i, 6],
  [/\b12[-\s]?months?\s*round|\bround\s*of\s*12\s*months?/i, 12],
];

/** "หน่วย : พันบาท", "(หน่วย: ล้านบาท)", "Unit: thousand baht" ("หน่วยงาน" is an office, not a unit). */
const UNIT_LINE = /(?:หน่วย(?!งาน)(?:นับ)?|unit(?![a-z]))\s*[:：]?\s*/i;

function monthOf(name: string): number {
  return MONTH_PATTERNS.findIndex((pattern) => new RegExp(`^(?:${pattern})$`).test(name)) + 1;
}

function monthOfEnglish(name: string): number {
  return MONTH_EN_PATTERNS.findIndex((pattern) => new RegExp(`^(?:${pattern})$`, "i").test(name)) + 1;
}

/** "67" is 2567: Thai documents shorten Buddhist-era years after a month. */
const fullYear = (year: string): number => (year.length === 2 ? 2500 + Number(year) : Number(year));

/** The fiscal year (B.E.) of a month (1–12) of a year: from October it is the next year's. */
const fiscalYearOfMonth = (month: number, year: number): number => (month >= 10 ? year + 1 : year);

/**
 * The fiscal year and round a period of dates gives: it must lie in one fiscal year, and start in
 * October (round 6 ends in March, round 12 in September) or, for the second half-year, start in April
 * and end in September (round 12). Another period gives the fiscal year and no round.
 */
function periodOf(text: string): { fiscalYear: number; round?: Round } | undefined {
  const match = PERIOD.exec(text);
  if (!match) return undefined;
  const start = dateOf(match.slice(1, 7));
  const end = dateOf(match.slice(7, 13));
  if (!start || !end) return undefined;
  const [[startMonth, startYear], [endMonth, endYear]] = [start, end];
  const fiscalYear = fiscalYearOfMonth(endMonth, endYear);
  if (fiscalYearOfMonth(startMonth, startYear) !== fiscalYear) return undefined;
  if (startMonth === 10 && endMonth === 3) return { fiscalYear, round: 6 };
  if ((startMonth === 10 || startMonth === 4) && endMonth === 9) return { fiscalYear, round: 12 };
  return { fiscalYear };
}

/** A date's month and Buddhist-era year from one date's six groups of PERIOD (Thai, else English). */
function dateOf(groups: readonly (string | undefined)[]): [number, number] | undefined {
  const [thMonth, thYear, enMonth, markBefore, enYear, markAfter] = groups;
  if (thMonth !== undefined && thYear !== undefined) return [monthOf(thMonth), fullYear(thYear)];
  if (enMonth === undefined || enYear === undefined) return undefined;
  const year = englishYear(enYear, markBefore !== undefined || markAfter !== undefined);
  return year === undefined ? undefined : [monthOfEnglish(enMonth), year];
}

/** What one title line says of the year and round. */
interface LineFacts {
  readonly fiscal?: number;
  readonly period?: { readonly fiscalYear: number; readonly round?: Round };
  readonly other?: number;
  readonly round?: Round;
}

/**
 * What one title line says of the year and round (spec §5): the year after ปีงบประมาณ (or "FY", "fiscal
 * year", "budget year"); the fiscal year of a period of dates, Thai or English; any other year ("พ.ศ.
 * 2566", "B.E. 2566"). A cycle ("พ.ศ. 2566-2570", "2023-2027") is never a year. Digits may be Thai.
 */
function lineFacts(text: string): LineFacts {
  const period = periodOf(text);
  const line = text.replace(CYCLE, " ");
  const fiscal = FISCAL_YEAR.exec(line)?.[1] ?? fiscalYearEnglish(line);
  const other = period ? undefined : (YEAR.exec(line)?.[1] ?? otherYearEnglish(line));
  const round = ROUND_WORDS.find(([words]) => words.test(text))?.[1];
  return {
    ...(fiscal ? { fiscal: Number(fiscal) } : {}),
    ...(period ? { period } : {}),
    ...(other ? { other: Number(other) } : {}),
    ...(round ? { round } : {}),
  };
}

/**
 * A line read once per text (readOnce): the offices of a roll-up state one year and round in the same
 * words ("ประจำปีงบประมาณ พ.ศ. 2566 รอบ 12 เดือน (ตุลาคม 2565 - กันยายน 2566)"), and its period of dates
 * is read by a long pattern.
 */
const lineFactsOnce = readOnce(lineFacts);

/** The year after English fiscal-year words, as a Buddhist-era year, or undefined. */
function fiscalYearEnglish(line: string): number | undefined {
  const match = FISCAL_YEAR_EN.exec(line);
  if (!match) return undefined;
  return englishYear(match[2], match[1] !== undefined || match[3] !== undefined);
}

/** A year marked B.E. in an English line ("B.E. 2567", "2567 B.E."), or undefined. */
function otherYearEnglish(line: string): number | undefined {
  const match = YEAR_EN.exec(line);
  return match ? Number(match[1] ?? match[2]) : undefined;
}

/** The units a title line states after "หน่วย", or undefined. */
function unitOf(text: string): { units: readonly AmountUnit[]; unclear: boolean } | undefined {
  const match = UNIT_LINE.exec(text);
  if (!match) return undefined;
  // Read with its "หน่วย": what follows it states a unit, known or not.
  const read = readUnits(text.slice(match.index, match.index + match[0].length + 24));
  return read.units.length > 0 || read.unclear ? read : undefined;
}

/**
 * Organisation, fiscal year, round and unit read from the rows above the header. The fiscal year is
 * the one after ปีงบประมาณ (or English fiscal-year words) wherever it stands, else the one of a period of dates, else the first
 * other year; a cycle alone gives none. The round is the one in words, else the period's. Where the
 * words and the period disagree, the words are read and the conflict kept, for an error to name.
 */
export function readTitle(grid: Grid, headerIndex: number): Readonly<TitleFacts> {
  let read = titlesRead.get(grid);
  if (!read) titlesRead.set(grid, (read = new Map()));
  let facts = read.get(headerIndex);
  if (!facts) read.set(headerIndex, (facts = titleFacts(grid, headerIndex)));
  return facts;
}

/**
 * The titles read, by grid and header row: choosing a plan reads its place's title twice (the plan's
 * figures, then the place's own fiscal year), and a title's lines are long texts read by many patterns.
 */
const titlesRead = new WeakMap<Grid, Map<number, Readonly<TitleFacts>>>();

function titleFacts(grid: Grid, headerIndex: number): TitleFacts {
  const facts: TitleFacts = {};
  let period: { fiscalYear: number; round?: Round; row: number; column: number; text: string } | undefined;
  let otherYear: number | undefined;
  const units: AmountUnit[] = [];
  let unitRow: number | undefined;
  for (let r = 0; r < headerIndex; r++) {
    (grid.rows[r] ?? []).forEach((cell, c) => {
      if (isFormulaWithoutValue(cell)) return;
      const text = tidy(cellText(cell));
      if (text === "") return;
      facts.organisation ??= ORGANISATION.exec(text)?.[1];
      const line = lineFactsOnce(text);
      facts.fiscalYear ??= line.fiscal;
      if (line.period && !period) {
        period = { ...line.period, row: grid.firstRow + r, column: grid.firstColumn + c, text };
      }
      otherYear ??= line.other;
      facts.round ??= line.round;
      const unit = unitOf(text);
      for (const named of unit?.units ?? []) {
        unitRow ??= grid.firstRow + r;
        if (!units.includes(named)) units.push(named);
      }
      // "หน่วย : พ.บ.": a unit stated but not one known is never baht in silence.
      if (unit?.unclear) facts.unitUnclear ??= { row: grid.firstRow + r, column: grid.firstColumn + c, text };
    });
  }
  if (period) {
    const place = { row: period.row, column: period.column, text: period.text };
    const conflicts: TitleConflict[] = [];
    if (facts.fiscalYear !== undefined && facts.fiscalYear !== period.fiscalYear) {
      conflicts.push({ kind: "year", stated: facts.fiscalYear, period: period.fiscalYear, ...place });
    }
    if (facts.round !== undefined && period.round !== undefined && facts.round !== period.round) {
      conflicts.push({ kind: "round", stated: facts.round, period: period.round, ...place });
    }
    if (conflicts.length > 0) facts.conflicts = conflicts;
    facts.round ??= period.round;
  }
  facts.fiscalYear ??= period?.fiscalYear ?? otherYear;
  if (unitRow !== undefined) facts.unit = { units, row: unitRow };
  if (facts.fiscalYear === undefined) delete facts.fiscalYear;
  if (facts.organisation === undefined) delete facts.organisation;
  if (facts.round === undefined) delete facts.round;
  return facts;
}
