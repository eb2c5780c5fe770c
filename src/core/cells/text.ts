/** Text normalisation shared by header, status, dimension and amount reading. */
import { UNIT_WORDS } from "./vocabulary";

const THAI_ZERO = 0x0e50;

/** Turns Thai digits (๐–๙) into Arabic ones; leaves every other character alone. */
export function arabicDigits(text: string): string {
  // Most cells hold no Thai digit: find the first before building a copy.
  let i = 0;
  while (i < text.length && !isThaiDigit(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += isThaiDigit(code) ? String.fromCharCode(48 + code - THAI_ZERO) : text[i];
  }
  return out;
}

function isThaiDigit(code: number): boolean {
  return code >= THAI_ZERO && code <= THAI_ZERO + 9;
}

/**
 * Characters that show nothing, yet split words and numbers when text is compared (spec §5): soft
 * hyphen (U+00AD), Arabic letter mark (U+061C), zero-width space, non-joiner and joiner
 * (U+200B–U+200D), left-to-right and right-to-left marks (U+200E, U+200F), bidi embeddings and
 * overrides (U+202A–U+202E), word joiner and invisible operators (U+2060–U+2064), bidi isolates
 * (U+2066–U+2069) and the byte-order mark (U+FEFF). As a character-class body, for a reader that
 * must skip them in a pattern of its own.
 */
export const INVISIBLE_CHARACTERS =
  "\\u00AD\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF";
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARACTERS}]`, "g");
/**
 * Sara am typed as nikhahit + sara aa (ํ + า), possibly with a tone mark before or between them: it
 * looks like ำ (U+0E33), which NFC leaves alone, so "ดําเนินการ" would not match "ดำเนินการ".
 */
const SPLIT_SARA_AM = /([\u0E48-\u0E4B]?)\u0E4D([\u0E48-\u0E4B]?)\u0E32/g;

/**
 * The text as it reads, whatever way it was typed: NFC, no invisible characters, sara am as one
 * character. Every match of a sheet's text against the words we know goes through this.
 */
export function normalizeText(text: string): string {
  return text.replace(INVISIBLE, "").normalize("NFC").replace(SPLIT_SARA_AM, "$1$2\u0E33");
}

/** Trimmed, single-spaced, Arabic digits, normalised: how a value compares with the words we know. */
export function tidy(text: string): string {
  return arabicDigits(normalizeText(text)).replace(/\s+/g, " ").trim();
}

const MULTIPLIERS = Object.keys(UNIT_WORDS).join("|");
/** A unit in brackets: "(บาท)", "(พันบาท)", "(หน่วย: ล้านบาท)", "(thousand baht)", "(in thousands)", "('000)". */
const UNIT_IN_BRACKETS = new RegExp(
  String.raw`\((?:หน่วย\s*:?\s*|unit\s*:?\s*|in\s+)?(?:(?:${MULTIPLIERS})\s*(?:of\s+)?)?(?:บาท|baht)\)` +
    String.raw`|\((?:หน่วย\s*:?\s*|in\s+)?(?:${MULTIPLIERS})\)|\(['\u2019]000(?:\s*baht)?\)`,
  "g",
);

/**
 * Header form: lower case, no spaces or line breaks, no unit in brackets ("(บาท)", "(พันบาท)",
 * "(million baht)": columns.ts reads the unit apart), Arabic digits. "งบประมาณ\n(พันบาท)" and
 * "งบประมาณ" compare equal.
 */
export function headerKey(text: string): string {
  return tidy(text).toLowerCase().replace(UNIT_IN_BRACKETS, "").replace(/\s+/g, "");
}

/** Lower-cased tidy text without spaces: for matching status and dimension words. */
export function wordKey(text: string): string {
  return tidy(text).toLowerCase().replace(/\s+/g, "");
}

/**
 * `read` remembered per text: a plan repeats a handful of status and dimension texts in every row,
 * so each is read once. The memory is cleared when full, to stay small on odd sheets.
 */
export function readOnce<T>(read: (text: string) => T, limit = 1024): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    if (known.size >= limit) known.clear();
    const value = read(text);
    known.set(text, value);
    return value;
  };
}
