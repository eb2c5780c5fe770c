/** Reading a budget or disbursement cell (spec §2.3). */
import { type Cell, isFormulaWithoutValue } from "./grid";
import type { IssueCode } from "./issues";
import { numberToSatang, parseDecimal, type Satang } from "./money";
import { tidy, wordKey } from "./text";
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

/** Text such as "๒๐,๐๐๐.๐๐ บาท" read as a number: Arabic digits, thousands commas, "บาท" around it. */
function textAmount(text: string): AmountReading {
  const key = wordKey(text);
  if (key === "") return BLANK;
  if (ZERO_KEYS.has(key)) return READ_AS_ZERO;
  const plain = tidy(text).replace(CURRENCY, "");
  if (SEPARATED.test(plain) && !GROUPED.test(plain)) return NOT_A_NUMBER;
  const digits = plain.replace(/[, ]/g, "");
  const reading = parseDecimal(digits);
  if (reading) return checked(reading.satang, reading.belowSatang, true);
  return PLAIN_DIGITS.test(digits) ? TOO_LARGE : NOT_A_NUMBER;
}

/**
 * The satang of the usual amount cell, a number of whole satang and not below zero, read without the
 * text round trip (or any allocation); undefined for every other cell, which readAmount reads.
 */
export function plainSatang(cell: Cell | undefined): Satang | undefined {
  if (typeof cell !== "number" || !(cell >= 0 && cell < MAX_AMOUNT_BAHT)) return undefined;
  const satang = Math.round(cell * 100);
  return satang / 100 === cell ? satang : undefined;
}

/**
 * An amount cell: a number as it is, blank as 0, number-like text with a note, "no budget" words as
 * 0 with a note. Negative, too large and unreadable amounts count as 0 and raise an error.
 */
export function readAmount(cell: Cell | undefined): AmountReading {
  if (cell === null || cell === undefined) return BLANK;
  switch (typeof cell) {
    case "number": {
      const plain = plainSatang(cell);
      if (plain !== undefined) return { satang: plain, issues: NO_ISSUES };
      if (Number.isFinite(cell) && Math.abs(cell) >= MAX_AMOUNT_BAHT) return TOO_LARGE;
      const reading = numberToSatang(cell);
      return reading ? checked(reading.satang, reading.belowSatang, false) : NOT_A_NUMBER;
    }
    case "string":
      return textAmount(cell);
    case "boolean":
      return NOT_A_NUMBER;
    default:
      return isFormulaWithoutValue(cell) ? FORMULA_WITHOUT_VALUE : CELL_ERROR;
  }
}
