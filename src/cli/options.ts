/**
 * The options `summarize` and `rollup` share, read once for both: the round, the fiscal year (Thai
 * digits welcome, by core's one reader) and the column letters of `--column`.
 */
import { type Round, columnNumber, readFiscalYear } from "../core";
import { EXCEL_COLUMNS } from "../hosts/exceljs/limits";
import { InputProblem } from "./messages";

const bad = (option: string, value: string | boolean): never => {
  throw new InputProblem({ kind: "bad-option", option, value: String(value) });
};

export function roundOption(value: string | boolean | undefined): Round | undefined {
  if (value === undefined) return undefined;
  if (value === "6" || value === "12") return Number(value) as Round;
  return bad("--round", value);
}

/** Fiscal years are Buddhist era (2566 = 2023): a Gregorian year is refused rather than misread. */
export function yearOption(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const year = typeof value === "string" ? readFiscalYear(value) : null;
  return typeof year === "number" ? year : bad("--year", value);
}

/** A worksheet column by its letters ("H", "ab"), within Excel's 16,384 columns. */
export function columnOfLetters(letters: string): number | undefined {
  if (!/^[A-Z]{1,3}$/i.test(letters)) return undefined;
  const column = columnNumber(letters.toUpperCase());
  return column <= EXCEL_COLUMNS ? column : undefined;
}
