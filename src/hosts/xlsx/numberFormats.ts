/**
 * Number formats and dates as the command line has always read them: ExcelJS turns a number whose format
 * it takes for a date's into a Date, and the reader turns that Date into the ISO day (when the format
 * really shows a date) or back into the number Excel holds. Both readers (src/hosts/exceljs/cellValue.ts
 * and the plain reader) go through these functions, so they give the same cell for the same number.
 */
import { type Cell, numberAsShown } from "../../core";
import { unsupported } from "./xml";

const DAY_MS = 24 * 60 * 60 * 1000;
/** 1970-01-01 as an Excel serial day, in the 1900 and the 1904 date systems. */
const UNIX_EPOCH_SERIAL = 25569;
const DATE_1904_OFFSET = 1462;
/** The largest time a JavaScript Date holds (ECMAScript's time values). */
const LAST_TIME = 8.64e15;

/** Excel's built-in number formats by id, as ExcelJS 4.4 names them (lib/xlsx/defaultnumformats.js). */
export const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/**
 * Whether ExcelJS 4.4 makes a Date of a number in this format (lib/utils/utils.js `isDateFmt`): any of
 * y, m, d, h, M, s or b left once bracketed and quoted text is dropped. Its number formats have lost
 * their backslashes by then (see {@link formatCode}).
 */
export function excelJsDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** A number format's code as ExcelJS 4.4 keeps it: every backslash escape replaced by its character. */
export function formatCode(code: string): string {
  return code.replace(/[\\](.)/g, "$1");
}

/**
 * Whether a number format shows a date or time. ExcelJS decides this by looking for y, m, d, h, s or b
 * after dropping quoted text, but only after it has already removed the backslashes of escaped
 * literals, so a format such as `#,##0.00\ \b\a\h\t` (or any literal with those letters) turns an
 * amount into a date. Here a format with a digit placeholder (0, # or ?) is a number format, whatever
 * letters its literal text holds; otherwise it is a date when a date or time code is left.
 */
export function isDateFormat(format: string): boolean {
  const section = format.split(";")[0];
  const codes = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "")
    .replace(/A\/P|AM\/PM|General/gi, "");
  const withoutSeconds = codes.replace(/s+\.0+/gi, "s");
  if (/[0#?]/.test(withoutSeconds)) return false;
  return /[ymdhsbeg]/i.test(codes) || /[วดปชนท]/.test(codes);
}

/** The time ExcelJS gives the Date it makes of a serial day (lib/utils/utils.js `excelToDate`). */
export function excelJsTime(serial: number, date1904: boolean): number {
  return Math.round((serial - UNIX_EPOCH_SERIAL + (date1904 ? DATE_1904_OFFSET : 0)) * 24 * 3600 * 1000);
}

/** The day number Excel holds for a date ExcelJS made from it (ExcelJS rounds to the millisecond). */
export function serialOf(date: Date, date1904: boolean): number {
  const serial = date.getTime() / DAY_MS + UNIX_EPOCH_SERIAL - (date1904 ? DATE_1904_OFFSET : 0);
  return Number(serial.toFixed(8));
}

/**
 * A Date ExcelJS made as the engine sees it: the ISO day when its format shows a date, else the number
 * Excel holds. `format` is the cell's number format.
 */
export function dateCell(date: Date, format: string | undefined, date1904: boolean): Cell {
  if (!isDateFormat(format ?? "")) return serialOf(date, date1904);
  return date.toISOString().slice(0, 10);
}

/**
 * A number read from a file with its cell's number format, as the ExcelJS path gives it: a date (see
 * {@link dateCell}) where ExcelJS would have made a Date of it, else the number, or the text a
 * percentage shows ("40%"). A time no Date can hold is left to ExcelJS.
 */
export function numberCell(value: number, format: string | undefined, date1904: boolean): Cell {
  if (!excelJsDateFormat(format)) return numberAsShown(value, format);
  const time = excelJsTime(value, date1904);
  if (!(Math.abs(time) <= LAST_TIME)) unsupported("a date no Date holds");
  return dateCell(new Date(time), format, date1904);
}
