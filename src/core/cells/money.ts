/**
 * Exact money. Amounts are whole satang held in ordinary numbers (exact up to 90 trillion baht);
 * percentages are computed with BigInt and rounded half up in decimal, never in binary floating point.
 */

/** Whole satang (1 baht = 100 satang). */
export type Satang = number;

export interface DecimalReading {
  satang: Satang;
  /** The text had digits below one satang (they were rounded half up). */
  belowSatang: boolean;
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;
const NON_ZERO = /[1-9]/;

/**
 * Reads a plain decimal ("1234.5", "-0.125") exactly; null if it is not one. `shift` moves the decimal
 * point that many places right first, in the digits, never by multiplying a float: "1.2345" in
 * thousands of baht (shift 3) is 1,234.50 baht exactly.
 */
export function parseDecimal(text: string, shift = 0): DecimalReading | null {
  const match = DECIMAL.exec(text);
  if (!match) return null;
  const [, sign, digits, decimals = ""] = match;
  if (digits === "" && decimals === "") return null;
  const moved = decimals.padEnd(shift, "0");
  const whole = digits + moved.slice(0, shift);
  const fraction = moved.slice(shift);
  const cents = fraction.padEnd(2, "0");
  let satang = Number(whole || "0") * 100 + Number(cents.slice(0, 2));
  const rest = cents.slice(2);
  if (rest !== "" && rest.charCodeAt(0) >= 53 /* '5' */) satang += 1;
  if (!Number.isSafeInteger(satang)) return null;
  return { satang: sign === "-" ? -satang : satang, belowSatang: NON_ZERO.test(rest) };
}

/**
 * A number cell in satang. Excel keeps 15 significant digits, so artefacts such as
 * 0.30000000000000004 are read as Excel shows them (0.3). `shift` as for {@link parseDecimal}.
 */
export function numberToSatang(value: number, shift = 0): DecimalReading | null {
  if (!Number.isFinite(value)) return null;
  if (Number.isInteger(value) && shift === 0) {
    const satang = value * 100;
    return Number.isSafeInteger(satang) ? { satang, belowSatang: false } : null;
  }
  return parseDecimal(decimalText(value), shift);
}

/** A number as Excel shows it (15 significant digits), in plain decimal digits: "0.3", "0.0000001". */
export function decimalText(value: number): string {
  const shown = Number(value.toPrecision(15));
  if (Number.isInteger(shown) && Math.abs(shown) < 1e21) return shown.toFixed(0);
  return Math.abs(shown) < 1e-6 ? shown.toFixed(15) : String(shown);
}

/**
 * A number in a cell formatted as a percentage, as the sheet shows it: 0.4 → "40%", 0.125 → "12.5%"
 * (exact, in decimal digits). Hosts hand such a cell to core as this text, so it is never an amount
 * (spec §2.3).
 */
export function percentShown(value: number): string {
  const text = decimalText(value);
  const negative = text.startsWith("-");
  const [whole, fraction = ""] = text.replace("-", "").split(".");
  const padded = fraction.padEnd(2, "0");
  const digits = `${whole}${padded.slice(0, 2)}`.replace(/^0+(?=\d)/, "");
  const rest = padded.slice(2).replace(/0+$/, "");
  return `${negative ? "-" : ""}${digits}${rest === "" ? "" : `.${rest}`}%`;
}

/**
 * Whether a number format shows its number as a percentage: a "%" outside quoted text and escaped
 * characters ("0%", "0.00%", but not `0 "%"`).
 */
export function isPercentFormat(format: string): boolean {
  return format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .includes("%");
}

/**
 * A number cell as a host hands it to core: the number, or, in a cell formatted as a percentage, the
 * text it shows ("40%"), so that a percentage is never read as an amount (spec §2.3). Both hosts
 * (ExcelJS's numFmt, Office.js's Range.numberFormat) use this one rule.
 */
export function numberAsShown(value: number, format: string | undefined): number | string {
  return format !== undefined && isPercentFormat(format) ? percentShown(value) : value;
}

/** Baht as a JSON number (exact to the satang for any amount a plan holds). */
export function toBaht(satang: Satang): number {
  return satang / 100;
}

export function bahtToSatang(baht: number): Satang {
  const reading = numberToSatang(baht);
  if (!reading) throw new RangeError(`Not an amount of baht: ${baht}`);
  return reading.satang;
}

/**
 * part ÷ whole × 100, two decimals, rounded half up in decimal: 18,495 of 20,000 is 92.48.
 * A zero (or negative) whole gives null: no percentage, never 0 and never #DIV/0!.
 */
export function percent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  const p = BigInt(part);
  const w = BigInt(whole);
  // BigInt(…) rather than 0n literals: the pane's bundle must parse as ES2019, which has no such literals.
  const negative = p < BigInt(0);
  const hundredths = ((negative ? -p : p) * BigInt(20000) + w) / (BigInt(2) * w);
  const value = Number(hundredths) / 100;
  return negative ? -value : value;
}

/** "35,000.00": two decimals with thousands commas, as Thai reports print baht. */
export function formatBaht(satang: Satang): string {
  const negative = satang < 0;
  const abs = Math.abs(satang);
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const cents = String(abs % 100).padStart(2, "0");
  return `${negative ? "-" : ""}${whole}.${cents}`;
}

/** "92.48", or "-" when there is no percentage. */
export function formatPercent(value: number | null): string {
  return value === null ? "-" : value.toFixed(2);
}
