/** Reading what the user types into the pane: a Buddhist-era year and amounts of baht. */
import { readFiscalYear, toBaht } from "../../core";
import { readAmount } from "../../core/cells/amounts";

/** The year typed (Thai digits welcome); null when it is not a four-digit B.E. year; undefined when blank. */
export const parseFiscalYear = readFiscalYear;

/**
 * Baht typed as a plan document prints it ("428,000.00 บาท", "๔๒๘,๐๐๐"), read by the same rule as an
 * amount cell; null when the sheet's reading would flag it (not a number, negative, below a satang),
 * undefined when blank.
 */
export function parseBaht(text: string): number | null | undefined {
  if (text.trim() === "") return undefined;
  const reading = readAmount(text);
  // Typed text always reads as "text-number"; any other issue means the check would refuse it.
  if (reading.issues.some((issue) => issue !== "text-number")) return null;
  return toBaht(reading.satang);
}
