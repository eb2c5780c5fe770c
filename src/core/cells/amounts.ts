/** Reading a budget or disbursement cell (spec §2.3). */
import { type Cell, isBlank, isFormulaWithoutValue } from "./grid";
import { type IssueCode, SEVERITY_OF } from "../checks/issues";
import { numberToSatang, parseDecimal, type Satang } from "./money";
import { readOnce, tidy, wordKey } from "./text";
import { ZERO_WORDS } from "./vocabulary";

export interface AmountReading {
  /** What the cell counts for in the summary (0 when it could not be read). */
  readonly satang: Satang;
  /** Issues the cell raises, most serious first. */
  readonly issues: readonly IssueCode[];
}

/**
 * One amount of a plan row can be no larger than a million million baht (the whole Thai state budget
 * is a few of those): anything larger is a typing slip. Below it, any sum of a plan's rows stays exact.
 */
export const MAX_AMOUNT_BAHT = 1e12;
export const MAX_AMOUNT_SATANG: Satang = MAX_AMOUNT_BAHT * 100;

const ZERO_KEYS: ReadonlySet<string> = new Set(ZERO_WORDS.map(wordKey));
const BLANK: AmountReading = { satang: 0, issues: [] };
const NOT_A_NUMBER: AmountReading = { satang: 0, issues: ["not-a-number"] };
const CELL_ERROR: AmountReading = { satang: 0, issues: ["cell-error"] };
const FORMULA_WITHOUT_VALUE: AmountReading = { satang: 0, issues: ["formula-without-value"] };
const TOO_LARGE: AmountReading = { satang: 0, issues: ["amount-too-large"] };
const READ_AS_ZERO: AmountReading = { satang: 0, issues: ["read-as-zero"] };
const AMBIGUOUS: AmountReading = { satang: 0, issues: ["ambiguous-amount"] };
const PERCENT: AmountReading = { satang: 0, issues: ["percent-not-amount"] };

/**
 * What one amount of a column stands for, in baht: 1, or 1,000 when its header (or the title's unit
 * line) says "พันบาท", 1,000,000 for "ล้านบาท" (spec §2.3). Amounts are scaled in their digits.
 */
export type AmountUnit = 1 | 1_000 | 10_000 | 100_000 | 1_000_000;

/** Places the decimal point moves for a unit: 1,000 → 3. */
const shiftOf = (unit: AmountUnit): number => String(unit).length - 1;

const NO_ISSUES: readonly IssueCode[] = [];

/**
 * Commas (or spaces) only as thousands separators, one kind in a number: "1,234", "12,345,678.90",
 * "1 234.50". "1,5", "12,34,5" and "1.234,56" are not amounts: reading them with the separators
 * dropped would give another number in silence.
 */
const GROUPED = /^[+-]?\d{1,3}(?:(?:,\d{3})+|(?: \d{3})+)(?:\.\d+)?$/;
const SEPARATED = /[, ]/;
/** Digits a decimal reading refused only for their size. */
const PLAIN_DIGITS = /^[+-]?\d+(?:\.\d*)?$/;
/** What may stand around the number: "฿", "บาท", the ".-" of "20,000.-". */
const CURRENCY = /^฿\s*|\s*(?:\.-)?\s*บาท$|\.-$/g;

function checked(satang: Satang, belowSatang: boolean, asText: boolean): AmountReading {
  if (Math.abs(satang) >= MAX_AMOUNT_SATANG) return TOO_LARGE;
  if (satang >= 0 && !belowSatang && !asText) return { satang, issues: NO_ISSUES };
  const issues: IssueCode[] = [];
  if (satang < 0) issues.push("negative-amount");
  if (belowSatang) issues.push("fraction-of-satang");
  // A negative amount counts as 0: "read as 0 baht" would only repeat what negative-amount says.
  if (asText && satang >= 0) issues.push("text-number");
  return { satang: satang < 0 ? 0 : satang, issues };
}

/** A percentage, not an amount: "40%", "12.5 %", "ร้อยละ 40" (a cell formatted as % reaches core so). */
const PERCENTAGE = /^[+-]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)\s*[%％]$|^ร้อยละ\s*[+-]?[\d.,]+$/;
/** "10.000", "1.500": one to three digits, a dot, exactly three digits: a decimal or a thousands dot. */
const DOT_THOUSAND = /^([+-]?)([1-9]\d{0,2})\.(\d{3})$/;
/** "1.234.567", "10.000,50": dots between groups of three, a comma before the decimals (Europe's way). */
const DOTS_AND_COMMA = /^([+-]?)([1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?$/;

/** The text of an amount without what may stand around it: Arabic digits, no "บาท", "฿" or ".-". */
function bareAmount(text: string): string {
  return tidy(text).replace(CURRENCY, "");
}

const grouped = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/**
 * The readings of an amount written with a dot as a thousands separator (spec §2.3), or undefined
 * when the text is not one: "10.000" is 10 (a decimal point) or 10,000 (Europe's thousands dot);
 * "10.000,50" and "1.234.567" can only be Europe's, 10,000.50 and 1,234,567. Such text is never read
 * as either: it is `ambiguous-amount`, and its message names the readings, as written (before a unit).
 */
export function dotReadings(text: string): { decimal?: string; thousands: string } | undefined {
  const plain = bareAmount(text);
  const one = DOT_THOUSAND.exec(plain);
  if (one) {
    const [, sign, whole, three] = one;
    const decimal = `${sign}${whole}.${three}`.replace(/\.?0+$/, "");
    return { decimal, thousands: `${sign}${grouped(whole + three)}` };
  }
  // Not "10.000" (read above): a comma after the groups, or two dots and more.
  const many = DOTS_AND_COMMA.exec(plain);
  if (!many) return undefined;
  const [, sign, groups, decimals] = many;
  return {
    thousands: `${sign}${grouped(groups.replace(/\./g, ""))}${decimals === undefined ? "" : `.${decimals}`}`,
  };
}

/** Text such as "๒๐,๐๐๐.๐๐ บาท" read as a number: Arabic digits, thousands commas, "บาท" around it. */
function textAmount(text: string, unit: AmountUnit): AmountReading {
  const key = wordKey(text);
  if (key === "") return BLANK;
  if (ZERO_KEYS.has(key)) return READ_AS_ZERO;
  const plain = bareAmount(text);
  if (PERCENTAGE.test(plain)) return PERCENT;
  if (dotReadings(plain)) return AMBIGUOUS;
  if (SEPARATED.test(plain) && !GROUPED.test(plain)) return NOT_A_NUMBER;
  const digits = plain.replace(/[, ]/g, "");
  const reading = parseDecimal(digits, shiftOf(unit));
  if (reading) return checked(reading.satang, reading.belowSatang, true);
  return PLAIN_DIGITS.test(digits) ? TOO_LARGE : NOT_A_NUMBER;
}

/**
 * A text amount in baht, remembered: the row reader reads a row's amounts twice (once as evidence for
 * a total, once for the row), and plans repeat their texts ("-", "ไม่ใช้งบประมาณ"). Room for a few
 * thousand: a large plan may write a couple of thousand different amounts as text.
 */
const textAmountOnce = readOnce((text: string) => textAmount(text, 1), 4096);

/**
 * The satang of the usual amount cell, a number of whole satang and not below zero, read without the
 * text round trip (or any allocation); undefined for every other cell, which readAmount reads.
 */
export function plainSatang(cell: Cell | undefined): Satang | undefined {
  if (typeof cell !== "number" || !(cell >= 0 && cell < MAX_AMOUNT_BAHT)) return undefined;
  const satang = Math.round(cell * 100);
  return satang / 100 === cell ? satang : undefined;
}

const isError = (code: IssueCode): boolean => SEVERITY_OF[code] === "error";

/**
 * A stated amount in satang, when the cell reads cleanly; undefined for a blank cell or one with an
 * error of its own. The evidence readers (totals, headings with subtotals) use this, without issues.
 */
export function readableSatang(cell: Cell | undefined, unit: AmountUnit = 1): Satang | undefined {
  if (isBlank(cell)) return undefined;
  const plain = unit === 1 ? plainSatang(cell) : undefined;
  if (plain !== undefined) return plain;
  const reading = readAmount(cell, unit);
  return reading.issues.some(isError) ? undefined : reading.satang;
}

/**
 * An amount cell: a number as it is, blank as 0, number-like text with a note, "no budget" words as
 * 0 with a note. Negative, too large and unreadable amounts count as 0 and raise an error. `unit` is
 * what one amount of the column stands for (its header's "พันบาท", "ล้านบาท"; spec §2.3).
 */
export function readAmount(cell: Cell | undefined, unit: AmountUnit = 1): AmountReading {
  if (cell === null || cell === undefined) return BLANK;
  switch (typeof cell) {
    case "number": {
      const plain = unit === 1 ? plainSatang(cell) : undefined;
      if (plain !== undefined) return { satang: plain, issues: NO_ISSUES };
      if (Number.isFinite(cell) && Math.abs(cell) * unit >= MAX_AMOUNT_BAHT) return TOO_LARGE;
      const reading = numberToSatang(cell, shiftOf(unit));
      return reading ? checked(reading.satang, reading.belowSatang, false) : NOT_A_NUMBER;
    }
    case "string":
      return unit === 1 ? textAmountOnce(cell) : textAmount(cell, unit);
    case "boolean":
      return NOT_A_NUMBER;
    default:
      return isFormulaWithoutValue(cell) ? FORMULA_WITHOUT_VALUE : CELL_ERROR;
  }
}
