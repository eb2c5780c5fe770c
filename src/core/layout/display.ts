/** A cell's value as a spreadsheet shows it under its number format, for previews and for fitting rows. */
import { FORMAT } from "./formats";
import { bahtToSatang, formatBaht, formatPercent } from "../cells/money";

const withCommas = (whole: number) =>
  Math.round(whole)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** "401,900.00" under "#,##0.00", "49.07" under "0.00", "1,234" under "#,##0"; text as it is. */
export function displayText(value: string | number, format: string): string {
  if (typeof value === "string") return value;
  switch (format) {
    case FORMAT.baht:
      return formatBaht(bahtToSatang(value));
    case FORMAT.percent:
      return formatPercent(value);
    case FORMAT.count:
      return (value < 0 ? "-" : "") + withCommas(Math.abs(value));
    case "0":
      return String(Math.round(value));
    default:
      return String(value);
  }
}
