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

/** Trimmed, single-spaced, Arabic digits, NFC: how a value compares with the words we know. */
export function tidy(text: string): string {
  return arabicDigits(text.normalize("NFC")).replace(/\s+/g, " ").trim();
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
