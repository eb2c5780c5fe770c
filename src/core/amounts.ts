/** Reading a budget or disbursement cell (spec §2.3). */
import type { Cell } from "./grid";
import type { IssueCode } from "./issues";
import { numberToSatang, parseDecimal, type Satang } from "./money";
import { arabicDigits, wordKey } from "./text";
import { ZERO_WORDS } from "./vocabulary";

export interface AmountReading {
  /** What the cell counts for in the summary (0 when it could not be read). */
  readonly satang: Satang;
  /** Issues the cell raises, most serious first. */
  readonly issues: readonly IssueCode[];
}

const ZERO_KEYS: ReadonlySet<string> = new Set(ZERO_WORDS.map(wordKey));
const BLANK: AmountReading = { satang: 0, issues: [] };
const NOT_A_NUMBER: AmountReading = { satang: 0, issues: ["not-a-number"] };
const CELL_ERROR: AmountReading = { satang: 0, issues: ["cell-error"] };
const READ_AS_ZERO: AmountReading = { satang: 0, issues: ["read-as-zero"] };

const NO_ISSUES: readonly IssueCode[] = [];
/** Amounts up to this many baht have a unique two-decimal reading (satang are well above a double's ulp). */
const EXACT_BAHT = 1e13;

function checked(satang: Satang, belowSatang: boolean, asText: boolean): AmountReading {
  if (satang >= 0 && !belowSatang && !asText) return { satang, issues: NO_ISSUES };
  const issues: IssueCode[] = [];
  if (satang < 0) issues.push("negative-amount");
  if (belowSatang) issues.push("fraction-of-satang");
  if (asText) issues.push("text-number");
  if (issues.length === 0) return { satang, issues };
  return { satang: satang < 0 ? 0 : satang, issues };
}

/** Text such as "๒๐,๐๐๐.๐๐ บาท" read as a number: no spaces, commas or "บาท", Arabic digits. */
function textAmount(text: string): AmountReading {
  const key = wordKey(text);
  if (key === "") return BLANK;
  if (ZERO_KEYS.has(key)) return READ_AS_ZERO;
  const plain = arabicDigits(text).replace(/[\s,]|บาท/g, "");
  const reading = parseDecimal(plain);
  return reading ? checked(reading.satang, reading.belowSatang, true) : NOT_A_NUMBER;
}

/**
 * The satang of the usual amount cell, a number of whole satang and not below zero, read without the
 * text round trip (or any allocation); undefined for every other cell, which readAmount reads.
 */
export function plainSatang(cell: Cell | undefined): Satang | undefined {
  if (typeof cell !== "number" || !(cell >= 0 && cell < EXACT_BAHT)) return undefined;
  const satang = Math.round(cell * 100);
  return satang / 100 === cell ? satang : undefined;
}

/**
 * An amount cell: a number as it is, blank as 0, number-like text with a note, "no budget" words as
 * 0 with a note. Negative amounts and unreadable cells count as 0 and raise an error.
 */
export function readAmount(cell: Cell | undefined): AmountReading {
  if (cell === null || cell === undefined) return BLANK;
  switch (typeof cell) {
    case "number": {
      const plain = plainSatang(cell);
      if (plain !== undefined) return { satang: plain, issues: NO_ISSUES };
      const reading = numberToSatang(cell);
      return reading ? checked(reading.satang, reading.belowSatang, false) : NOT_A_NUMBER;
    }
    case "string":
      return textAmount(cell);
    case "boolean":
      return NOT_A_NUMBER;
    default:
      return CELL_ERROR;
  }
}
