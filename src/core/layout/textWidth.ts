/**
 * How wide a text is: in a terminal's columns, and in points when set in the official font. Thai
 * vowel and tone marks sit above or below a letter and take no width of their own.
 */
import {
  ASCII_BOLD,
  ASCII_FIRST,
  ASCII_REGULAR,
  OTHER_WIDTHS,
  THAI_BOLD,
  THAI_FIRST,
  THAI_REGULAR,
} from "./fontWidths";

/** Thai marks above or below a letter, other combining marks, and the zero-width joiners. */
const ZERO_WIDTH = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u200B-\u200D]|\p{M}/gu;

/** Columns a text takes in a terminal: one per character, none for a mark above or below a letter. */
export function displayWidth(text: string): number {
  return [...text.replace(ZERO_WIDTH, "")].length;
}

/** The font a cell's text is set in. */
export interface TextFont {
  /** Points. */
  readonly size: number;
  readonly bold?: boolean;
}

/** A character the table does not know (Chinese, an emoji) is taken as a full em: wide, never narrow. */
const UNKNOWN = 1000;

function advance(code: number, bold: boolean): number {
  let width: number | undefined;
  if (code >= ASCII_FIRST && code - ASCII_FIRST < ASCII_REGULAR.length) {
    width = (bold ? ASCII_BOLD : ASCII_REGULAR)[code - ASCII_FIRST];
  } else if (code >= THAI_FIRST && code - THAI_FIRST < THAI_REGULAR.length) {
    width = (bold ? THAI_BOLD : THAI_REGULAR)[code - THAI_FIRST];
  } else {
    width = OTHER_WIDTHS.get(code)?.[bold ? 1 : 0];
  }
  return width === undefined || width < 0 ? UNKNOWN : width;
}

/** The width in points of one line of text set in the official font at the given size. */
export function textWidth(text: string, font: TextFont): number {
  let thousandths = 0;
  for (const ch of text.replace(ZERO_WIDTH, ""))
    thousandths += advance(ch.codePointAt(0) ?? 0, font.bold === true);
  return (thousandths * font.size) / 1000;
}
