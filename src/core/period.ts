/** Fiscal years and rounds, and the title facts a plan sheet states above its header. */
import { type Grid, cellText, isFormulaWithoutValue } from "./grid";
import { tidy } from "./text";
import type { Round } from "./validate";

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
export interface TitleFacts {
  organisation?: string;
  fiscalYear?: number;
  round?: Round;
}

const ORGANISATION =
  /(องค์การบริหารส่วน(?:ตำบล|จังหวัด)\s*\S+|เทศบาล(?:ตำบล|เมือง|นคร)\s*\S+|อบต\.\s*\S+|อบจ\.\s*\S+)/;
/** The year after ปีงบประมาณ is the fiscal year: "ประจำปีงบประมาณ พ.ศ. 2568". */
const FISCAL_YEAR = /ปีงบประมาณ\s*(?:พ\.\s*ศ\.)?\s*(25\d\d)(?!\s*(?:[-–—]|ถึง)\s*25\d\d)/;
/** Any other year the title names: "พ.ศ. 2566", "ปี 2566". */
const YEAR = /(?:พ\.\s*ศ\.|ปี)\s*(25\d\d)(?!\d)(?!\s*(?:[-–—]|ถึง)\s*(?:พ\.\s*ศ\.\s*)?25\d\d)/;
const ROUND = /รอบ\s*(6|12)\s*เดือน/;

/**
 * The fiscal year a title line states: the year after ปีงบประมาณ, else the first other year. A range
 * ("พ.ศ. 2566-2570", "2566 ถึง 2570") is the plan's cycle, not its year. Digits may be Thai.
 */
function yearsOf(text: string): { fiscal?: number; other?: number } {
  const fiscal = FISCAL_YEAR.exec(text)?.[1];
  if (fiscal) return { fiscal: Number(fiscal) };
  const other = YEAR.exec(text)?.[1];
  return other ? { other: Number(other) } : {};
}

/** Organisation, fiscal year and round read from the rows above the header. */
export function readTitle(grid: Grid, headerIndex: number): TitleFacts {
  const facts: TitleFacts = {};
  let otherYear: number | undefined;
  for (let r = 0; r < headerIndex; r++) {
    for (const cell of grid.rows[r] ?? []) {
      if (isFormulaWithoutValue(cell)) continue;
      const text = tidy(cellText(cell));
      if (text === "") continue;
      facts.organisation ??= ORGANISATION.exec(text)?.[1];
      const years = yearsOf(text);
      facts.fiscalYear ??= years.fiscal;
      otherYear ??= years.other;
      const round = ROUND.exec(text)?.[1];
      if (round && facts.round === undefined) facts.round = Number(round) as Round;
    }
  }
  facts.fiscalYear ??= otherYear;
  if (facts.fiscalYear === undefined) delete facts.fiscalYear;
  if (facts.organisation === undefined) delete facts.organisation;
  return facts;
}
