/** Text normalisation shared by header, status, dimension and amount reading. */

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
 * A plan repeats the same few statuses and dimension texts in thousands of rows, so their forms are
 * remembered; the bound keeps a sheet of unique names from growing the caches without end.
 */
const CACHE_LIMIT = 4096;
const TIDY = new Map<string, string>();
const WORD_KEYS = new Map<string, string>();

function remember(cache: Map<string, string>, text: string, value: string): string {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, value);
  return value;
}

/** Trimmed, single-spaced, Arabic digits, NFC: how a value compares with the words we know. */
export function tidy(text: string): string {
  const known = TIDY.get(text);
  if (known !== undefined) return known;
  return remember(TIDY, text, arabicDigits(text.normalize("NFC")).replace(/\s+/g, " ").trim());
}

/**
 * Header form: lower case, no spaces or line breaks, no "(บาท)" / "(baht)", Arabic digits.
 * "งบประมาณ\n(บาท)" and "งบประมาณ" compare equal.
 */
export function headerKey(text: string): string {
  return tidy(text)
    .toLowerCase()
    .replace(/\((บาท|baht)\)/g, "")
    .replace(/\s+/g, "");
}

/** Lower-cased tidy text without spaces: for matching status and dimension words. */
export function wordKey(text: string): string {
  const known = WORD_KEYS.get(text);
  if (known !== undefined) return known;
  return remember(WORD_KEYS, text, tidy(text).toLowerCase().replace(/\s+/g, ""));
}
