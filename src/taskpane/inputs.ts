/** Reading what the user types into the pane: a Buddhist-era year and amounts of baht. */
import { parseDecimal } from "../core";
import { arabicDigits } from "../core/text";

/** Buddhist-era years a plan can plausibly be for. */
const FIRST_YEAR = 2500;
const LAST_YEAR = 2700;

/** The year typed (Thai digits welcome); null when it is not a four-digit B.E. year; undefined when blank. */
export function parseFiscalYear(text: string): number | null | undefined {
  const typed = arabicDigits(text).trim();
  if (typed === "") return undefined;
  if (!/^\d{4}$/.test(typed)) return null;
  const year = Number(typed);
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
}

/**
 * Baht typed as a plan document prints it ("428,000.00 บาท", "๔๒๘,๐๐๐"); null when it is not an
 * amount of at most two decimals; undefined when blank.
 */
export function parseBaht(text: string): number | null | undefined {
  const typed = arabicDigits(text)
    .replace(/บาท|baht/gi, "")
    .replace(/[\s,]/g, "");
  if (typed === "") return undefined;
  if (!/^\d+(\.\d{1,2})?$/.test(typed)) return null;
  const reading = parseDecimal(typed);
  return reading === null ? null : reading.satang / 100;
}
