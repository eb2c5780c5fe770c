/**
 * The evidence that a row totals others (spec §2.5): a label that begins with a total word, a section
 * label with a subtotal beside it, and amounts that are what the rows above add up to.
 */
import { type Cell, cellText, isBlank } from "../cells/grid";
import type { Satang } from "../cells/money";
import { TOTAL_WORDS, type Dimension } from "../cells/vocabulary";
import { tidy, wordKey } from "../cells/text";
import { readSectionText } from "./dimension";
import { labelOf } from "./rowCells";
import { isRuamName, saysTotal } from "./roles";

const TOTAL_KEYS: ReadonlySet<string> = new Set(TOTAL_WORDS.map(wordKey));
/** A label that begins with a total word: "รวม…", "ยอดรวม…" (Thai runs words together), "Total…". */
const TOTAL_BEGINS = /^(?:ยอด|ผล)?รวม|^(?:grand\s*|sub[-\s]?)?totals?(?![a-z])/;
/**
 * "รวมมิติที่ 1", "รวมมิติ 1:", "ยอดรวมมิติที่ 1 (1 โครงการ)", "Subtotal Dimension 2", "Total for
 * dimension 3": compared without spaces.
 */
const DIMENSION_TOTAL =
  /^(?:(?:ยอด|ผล)?รวม(?:ของ)?มิติ(?:ที่)?|(?:sub-?)?totals?(?:of|for)?(?:dimension|dim\.?))(\d+)(?!\d)/;
const EXACT_DIMENSION_TOTAL = /^(?:(?:ยอด|ผล)?รวมมิติ(?:ที่)?|(?:sub-?)?totals?(?:of|for)?dimension)\d+$/;
/** A total label can only start with one of these letters; most rows are projects, skipped at once. */
const TOTAL_START = /^[\s\u200B-\u200D\u2060\uFEFF]*[รยผtgs]/i;
/** Enough of a label to see its total word and dimension; the rest is not normalised. */
const TOTAL_LABEL_LENGTH = 60;
const SPACES = /\s+/g;

/** What a label beginning with a total word totals. */
export interface TotalLabel {
  /** The dimension of "รวมมิติที่ N"; null for the whole plan; undefined for a number outside 1–4. */
  readonly dimension: Dimension | null | undefined;
  /** The label is a total word and nothing else ("รวม", "Total", "รวมมิติที่ 2"). */
  readonly exact: boolean;
}

const TOTAL_FIRST_LATIN = "tgsTGS";

/**
 * Whether a label may begin with a total word: TOTAL_START, told by the first character where it can
 * be (a printable ASCII character or a Thai one is neither a space nor an invisible character).
 */
function mayBeTotal(label: string): boolean {
  const first = label.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return TOTAL_FIRST_LATIN.indexOf(label[0]) >= 0;
  if (first >= 0x0e01 && first <= 0x0e7f) return first === 0x0e23 || first === 0x0e22 || first === 0x0e1c;
  return TOTAL_START.test(label);
}

/** "รวม…", "Total…" → the whole plan; "รวมมิติที่ 2…" → dimension 2; otherwise not a total label. */
export function totalLabel(label: string | undefined): TotalLabel | undefined {
  if (label === undefined || !mayBeTotal(label)) return undefined;
  const words = tidy(label.slice(0, TOTAL_LABEL_LENGTH)).toLowerCase();
  if (!TOTAL_BEGINS.test(words) || isRuamName(words)) return undefined;
  const key = words.replace(SPACES, "");
  const match = DIMENSION_TOTAL.exec(key);
  const whole = label.length <= TOTAL_LABEL_LENGTH;
  if (!match) return { dimension: null, exact: whole && TOTAL_KEYS.has(key) };
  const n = Number(match[1]);
  const dimension = n >= 1 && n <= 4 ? (n as Dimension) : undefined;
  return { dimension, exact: whole && EXACT_DIMENSION_TOTAL.test(key) };
}

/**
 * Whether a label speaks of a total: it begins with a total word, or has one anywhere. Reading it for
 * one anywhere is the costly part: it is asked for only where it can decide, last in each condition.
 */
export function saysTotalOf(total: TotalLabel | undefined, label: string | undefined): boolean {
  return total !== undefined || saysTotal(label);
}

/**
 * Amounts summed as rows are read: the evidence a total row is checked against. Held as doubles in a
 * typed array: a plan's sums pass 2^31 satang, and past it every addition to an object's field would
 * allocate a number.
 */
export class Sums {
  private readonly amounts = new Float64Array(2);
  count = 0;

  get planned(): Satang {
    return this.amounts[0];
  }

  get disbursed(): Satang {
    return this.amounts[1];
  }

  add(planned: Satang, disbursed: Satang): void {
    this.amounts[0] += planned;
    this.amounts[1] += disbursed;
    this.count++;
  }

  clear(): void {
    this.amounts[0] = 0;
    this.amounts[1] = 0;
    this.count = 0;
  }
}

/**
 * Whether the stated amounts (undefined where not stated) are those sums: at least one stated, one
 * above zero, and none different.
 */
export function addsUpTo(planned: Satang | undefined, disbursed: Satang | undefined, sums: Sums): boolean {
  if (sums.count === 0) return false;
  if (planned === undefined && disbursed === undefined) return false;
  if (!(planned ?? 0) && !(disbursed ?? 0)) return false;
  return (
    (planned === undefined || planned === sums.planned) &&
    (disbursed === undefined || disbursed === sums.disbursed)
  );
}

/** A row labelled "มิติที่ N …" in its name (or first text) cell, with no item number and no status. */
export function sectionWithSubtotal(
  row: readonly Cell[],
  nameIndex: number | undefined,
  noIndex: number | undefined,
  statusIndex: number | undefined,
  countsProjects: boolean,
): { dimension: Dimension; name?: string } | undefined {
  // The label may stand in the number column itself ("มิติที่ 1 …" | | 12,000).
  const numbered = noIndex !== undefined && !isBlank(row[noIndex]);
  if (numbered && !startsWithDimension(row[noIndex])) return undefined;
  // A status cell that counts projects ("ดำเนินการแล้วเสร็จ 2 โครงการ") is a subtotal's, not an item's.
  if (statusIndex !== undefined && !isBlank(row[statusIndex]) && !countsProjects) return undefined;
  const label = numbered ? cellText(row[noIndex]) : labelOf(row, nameIndex);
  if (label === undefined || !tidy(label.slice(0, TOTAL_LABEL_LENGTH)).startsWith("มิติ")) return undefined;
  const reading = readSectionText(label);
  return reading?.kind === "dimension" ? reading : undefined;
}

function startsWithDimension(cell: Cell | undefined): boolean {
  // Tidying makes no ม of another character: a text without one (most item numbers) is not tidied.
  return (
    typeof cell === "string" &&
    cell.indexOf("ม") >= 0 &&
    tidy(cell.slice(0, TOTAL_LABEL_LENGTH)).startsWith("มิติ")
  );
}
