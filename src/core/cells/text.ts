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

/**
 * Runs of white space. Global: replace() starts it from the beginning every time. Patterns live at the
 * top level: a pattern written inside a function is a new object each time the function runs.
 */
const SPACES = /\s+/g;

/** Trimmed, single-spaced, Arabic digits, normalised: how a value compares with the words we know. */
export function tidy(text: string): string {
  // Most cells are tidy already but for their Thai digits: only those are turned, without the regular
  // expressions and NFC.
  if (isTidyButDigits(text)) return arabicDigits(text);
  return arabicDigits(normalizeText(text)).replace(SPACES, " ").trim();
}

const SPACE = 0x20;

/**
 * Whether tidy would change nothing in `text` but its Thai digits: printable ASCII and Thai letters,
 * vowels, marks and digits only (no nikhahit that may be half of a split sara am, no invisible
 * character, no space but single ones between words), its Thai marks in the order NFC puts them in.
 * NFC changes nothing else in this set: it composes and decomposes none of it, and digits are no
 * marks. A text it cannot vouch for goes the long way.
 */
export function isTidyButDigits(text: string): boolean {
  let previousClass = 0;
  let previous = SPACE; // no space at the start
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === SPACE) {
      if (previous === SPACE) return false;
      previousClass = 0;
    } else if (code > SPACE && code < 0x7f) {
      previousClass = 0;
    } else if (isPlainThai(code)) {
      // NFC sorts a run of marks by combining class: a mark after one of a higher class would move.
      const markClass = combiningClass(code);
      if (markClass !== 0 && markClass < previousClass) return false;
      previousClass = markClass;
    } else return false;
    previous = code;
  }
  return previous !== SPACE || text.length === 0;
}

/** Thai letters, vowels, marks and digits that tidy keeps as they are (digits aside): not nikhahit (U+0E4D). */
function isPlainThai(code: number): boolean {
  return ((code >= 0x0e01 && code <= 0x0e3a) || (code >= 0x0e3f && code <= 0x0e5b)) && code !== 0x0e4d;
}

/**
 * Unicode's canonical combining class of a Thai character: sara u and sara uu (U+0E38, U+0E39) 103,
 * phinthu (U+0E3A) 9, the tone marks (U+0E48–U+0E4B) 107; every other Thai character 0.
 */
function combiningClass(code: number): number {
  if (code === 0x0e38 || code === 0x0e39) return 103;
  if (code === 0x0e3a) return 9;
  return code >= 0x0e48 && code <= 0x0e4b ? 107 : 0;
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
  return tidy(text).toLowerCase().replace(UNIT_IN_BRACKETS, "").replace(SPACES, "");
}

/** Lower-cased tidy text without spaces: for matching status and dimension words. */
export function wordKey(text: string): string {
  return tidy(text).toLowerCase().replace(SPACES, "");
}

/** Slots of readOnce's front memory: a power of two. */
const RECENT_SLOTS = 256;

/**
 * `read` remembered per text: a plan repeats a handful of status and dimension texts in every row,
 * so each is read once. The memory is cleared when full, to stay small on odd sheets.
 *
 * In front of it, the last text seen in each of a few slots (by the text's length, first, middle and
 * last characters), compared with ===: a column's handful of texts mostly land in slots of their own,
 * and are the very strings seen before (a workbook's shared strings), so most rows need no look-up.
 * The middle character matters: Thai texts of one column often share their first and last letters
 * and length, and two texts in one slot push each other out on every row.
 */
export function readOnce<T>(read: (text: string) => T, limit = 1024): (text: string) => T {
  const known = new Map<string, T>();
  const recentTexts = new Array<string | undefined>(RECENT_SLOTS).fill(undefined);
  const recentValues = new Array<T | undefined>(RECENT_SLOTS).fill(undefined);
  return (text) => {
    const slot =
      (text.length +
        7 * text.charCodeAt(0) +
        31 * text.charCodeAt(text.length - 1) +
        131 * text.charCodeAt(text.length >> 1)) &
      (RECENT_SLOTS - 1);
    if (recentTexts[slot] === text) return recentValues[slot] as T;
    // One look-up for a text seen before (has() only to tell an undefined value from none).
    let value = known.get(text);
    if (value === undefined && !known.has(text)) {
      if (known.size >= limit) known.clear();
      value = read(text);
      known.set(text, value);
    }
    recentTexts[slot] = text;
    recentValues[slot] = value;
    return value as T;
  };
}
