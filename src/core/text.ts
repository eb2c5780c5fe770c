/** Text normalisation shared by header, status, dimension and amount reading. */

const THAI_ZERO = 0x0e50;

/** Turns Thai digits (๐–๙) into Arabic ones; leaves every other character alone. */
export function arabicDigits(text: string): string {
  let out = "";
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= THAI_ZERO && code <= THAI_ZERO + 9) {
      out += String.fromCharCode(48 + code - THAI_ZERO);
      changed = true;
    } else {
      out += text[i];
    }
  }
  return changed ? out : text;
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
