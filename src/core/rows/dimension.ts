/** Which dimension a row is in (spec §2.2). */
import { type Cell, cellText } from "../cells/grid";
import { dimensionsListed } from "./dimensionList";
import { isTidyButDigits, readOnce, tidy, wordKey } from "../cells/text";
import { DIMENSIONS, KNOWN_DIMENSION_NAMES, type Dimension } from "../cells/vocabulary";

export type DimensionReading =
  | { readonly kind: "dimension"; readonly dimension: Dimension; readonly name?: string }
  /** A number, but not 1–4. */
  | { readonly kind: "out-of-range"; readonly number: number }
  | { readonly kind: "unreadable" };

const UNREADABLE: DimensionReading = { kind: "unreadable" };
const NAME_KEYS: readonly (readonly [string, Dimension])[] = DIMENSIONS.flatMap((dimension) =>
  KNOWN_DIMENSION_NAMES[dimension].map((name) => [wordKey(name), dimension] as const),
);

/** "มิติที่ 2 …", "มิติ 2 …", and in an English plan "Dimension 2: …" */
const SECTION = /^(?:มิติ\s*(?:ที่)?|dimensions?)\s*(\d+)\s*[.:)-]?\s*(.*)$/i;
/** "1. การสร้าง…", "1 การสร้าง…", "1" */
const LEADING_NUMBER = /^(\d+)(?:\s*[.)]\s*|\s+|$)(.*)$/;

/** Unnamed readings are shared: one per dimension rather than one per row. */
const UNNAMED: readonly DimensionReading[] = DIMENSIONS.map((dimension) => ({
  kind: "dimension",
  dimension,
}));

function byNumber(number: number, name: string): DimensionReading {
  if (!Number.isInteger(number) || number < 1 || number > 4) return { kind: "out-of-range", number };
  const dimension = number as Dimension;
  return name === "" ? UNNAMED[dimension - 1] : { kind: "dimension", dimension, name };
}

/** A known dimension name, old or new plan era, also when the sheet shortens or extends it. */
export function dimensionByName(text: string): Dimension | undefined {
  const key = wordKey(text);
  if (key.length < 6) return undefined;
  for (const [name, dimension] of NAME_KEYS) {
    if (key === name || key.startsWith(name) || name.endsWith(key)) return dimension;
  }
  return undefined;
}

/** The dimension cell: 1–4 (number or text, any digits), "มิติที่ ๒", "1. การสร้าง…", or a known name. */
export function readDimensionCell(cell: Cell | undefined): DimensionReading {
  if (typeof cell === "number") return byNumber(cell, "");
  return typeof cell === "string" ? readDimensionOnce(cell) : readDimensionText(cellText(cell));
}

function readDimensionText(raw: string): DimensionReading {
  const text = tidy(raw);
  if (text === "") return UNREADABLE;
  // "มิติที่ 3-4", "3,4", "3 และ 4": no one dimension (the error names them all, spec §2.2).
  if (dimensionsListed(text)) return { kind: "out-of-range", number: Number.NaN };
  // A sub-dimension's number, "1.1 การสร้างจิตสำนึก…", "๒.๓": its dimension, named by the dimension's own
  // heading or the standard name, not by the sub-dimension's text. A number cell 2.5 stays outside 1–4.
  const sub = /^(?:(?:มิติ\s*(?:ที่)?|dimension)\s*)?(\d+)(?:\.\d+)+(?!\d)/i.exec(text);
  if (sub) return byNumber(Number(sub[1]), "");
  const section = SECTION.exec(text) ?? LEADING_NUMBER.exec(text);
  if (section) return byNumber(Number(section[1]), section[2].trim());
  const dimension = dimensionByName(text);
  return dimension ? { kind: "dimension", dimension, name: text } : UNREADABLE;
}

const readDimensionOnce = readOnce(readDimensionText);

/** A section row's text, "มิติที่ 1 การสร้างวัฒนธรรมสุจริต", read as its dimension and name. */
export function readSectionText(text: string): DimensionReading | undefined {
  const match = SECTION.exec(tidy(text));
  if (!match) return undefined;
  // "มิติที่ 3-4 …": a heading over two dimensions puts its rows in neither (spec §2.2).
  if (dimensionsListed(text)) return { kind: "out-of-range", number: Number.NaN };
  return byNumber(Number(match[1]), match[2].trim());
}

/**
 * The dimension the item number gives: "2.3", "๒.๓" or "2.1.4" → 2. A bare "7" is a running
 * number, not a dimension, so it gives none.
 */
export function dimensionFromNumber(cell: Cell | undefined): Dimension | undefined {
  if (typeof cell === "number") return leadingDimension(String(cell));
  const text = cellText(cell);
  // Most texts need no tidying but for their Thai digits, which leadingDimension reads as they stand.
  return leadingDimension(isTidyButDigits(text) ? text : tidy(text));
}

/** /^(\d+)\.\d/, Thai digits counting as Arabic ones, read by hand (it runs for every row): its dimension. */
function leadingDimension(text: string): Dimension | undefined {
  let number = 0;
  let digits = 0;
  for (let digit = digitOf(text.charCodeAt(0)); digit >= 0; digit = digitOf(text.charCodeAt(digits))) {
    number = number * 10 + digit;
    digits++;
  }
  if (digits === 0 || text.charCodeAt(digits) !== 0x2e || digitOf(text.charCodeAt(digits + 1)) < 0)
    return undefined;
  return number >= 1 && number <= 4 ? (number as Dimension) : undefined;
}

/** A digit's value, Arabic or Thai; -1 for any other code (NaN, past the end of a text, too). */
function digitOf(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  return code >= 0x0e50 && code <= 0x0e59 ? code - 0x0e50 : -1;
}

/**
 * A dimension's heading in any of the forms one plan may mix (spec §2.2): "มิติที่ 2 …", and a number
 * 1–4 followed by the dimension's known name: "2. การบริหารราชการ…", "๓ การส่งเสริมบทบาท…". A bare
 * number with other text is not a heading here: it may be an item.
 */
export function readDimensionHeading(text: string): DimensionReading | undefined {
  const section = readSectionText(text);
  if (section) return section;
  const tidied = tidy(text);
  const match = LEADING_NUMBER.exec(tidied);
  if (!match || match[2].trim() === "" || dimensionByName(match[2]) === undefined) return undefined;
  const reading = byNumber(Number(match[1]), match[2].trim());
  return reading.kind === "dimension" ? reading : undefined;
}
