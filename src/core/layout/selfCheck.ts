/**
 * The summary's self-check (spec §6.1): a condition, as an Excel formula, that is true once the plan's
 * cells no longer hold what the summary was written from. The summary's status line shows it, so a
 * summary printed after the plan changed says so in Excel with or without the add-in, in Excel on
 * the web and in LibreOffice, with the pane closed.
 *
 * The condition compares counts and sums of the plan's columns, taken now from the grid the summary
 * was made from, with the same counts and sums as the spreadsheet takes them: over all rows, the
 * filled cells of every column read (ROWS less COUNTBLANK, which takes a formula's "" for blank, as
 * the hosts do) and the sum of each amount column; per dimension, the sum of each amount column; per
 * dimension and status, the rows. Only functions that skip error cells are used (COUNTBLANK, COUNTIF(S),
 * SUMIF(S)), so an error cell in the plan never turns the status line into an error. What they cannot
 * see (a name reworded, two amounts swapped between projects of one dimension and status) the pane
 * sees, by its own fingerprint of the report.
 *
 * Criteria and sums are built only where Excel and LibreOffice match as core does: texts without
 * wildcards, operators or a number's look; numbers in a column holding no number as text and no
 * logical value; sums of columns holding no logical value (LibreOffice's SUMIF adds TRUE as 1). The
 * formula keeps within Excel's 8,192 characters by leaving out the least telling terms.
 */
import type { PlanReport } from "../plan";
import { type Cell, columnLetter } from "../cells/grid";
import type { Grid } from "../cells/grid";
import { LAST_SHEET_ROW } from "./flagRule";

/** Excel's longest formula, less room for the IF around the condition and the status texts. */
const MAX_CONDITION = 6_000;
/** The most dimensions and (dimension, status) pairs looked at one by one. */
const MAX_KEYS = 12;
const MAX_PAIRS = 24;
/** Excel's criteria take at most 255 characters. */
const MAX_CRITERION = 250;
/** Sums are compared to within half a satang: the spreadsheet may add in another order. */
const TOLERANCE = 0.004;

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;
const sheetRef = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'!`;

/** A criterion value: a text matched whole (case aside), or a number. */
type Key = { readonly text: string } | { readonly number: number };

const looksNumeric = (text: string): boolean => text.trim() !== "" && Number.isFinite(Number(text.trim()));

/** The key a cell gives, when COUNTIFS matches it the same way everywhere; undefined otherwise. */
function keyOf(cell: Cell, numbersUnsure: boolean): Key | undefined {
  if (typeof cell === "number") return numbersUnsure ? undefined : { number: cell };
  if (typeof cell !== "string" || cell === "" || cell.length > MAX_CRITERION) return undefined;
  if (/[*?~]/.test(cell) || /^[=<>]/.test(cell) || looksNumeric(cell)) return undefined;
  if (/^(true|false)$/i.test(cell.trim())) return undefined;
  return { text: cell };
}

const sameKey = (cell: Cell, key: Key): boolean =>
  "number" in key
    ? cell === key.number
    : typeof cell === "string" && cell.toLowerCase() === key.text.toLowerCase();

const criterion = (key: Key): string => ("number" in key ? String(key.number) : quoted(`=${key.text}`));
const keyName = (key: Key): string => ("number" in key ? `n${key.number}` : `t${key.text.toLowerCase()}`);

/** The columns read and which of them hold amounts (indices into the grid's rows). */
function columnsRead(report: PlanReport): { readonly all: number[]; readonly amounts: Set<number> } {
  const { header } = report;
  const amounts = new Set<number>();
  for (const field of ["plannedBudget", "disbursed", "ordinanceBudget", "developmentPlanBudget"] as const) {
    const index = header.columns[field];
    if (index !== undefined) amounts.add(index);
  }
  for (const parts of Object.values(header.sums ?? {})) for (const index of parts ?? []) amounts.add(index);
  for (const total of Object.values(header.totals ?? {})) {
    if (!total) continue;
    amounts.add(total.total);
    for (const index of total.parts) amounts.add(index);
  }
  for (const column of report.yearColumns) amounts.add(column.index);
  const all = new Set<number>([
    ...Object.values(header.columns).filter((index): index is number => index !== undefined),
    ...header.ticks.map((tick) => tick.index),
    ...amounts,
  ]);
  return { all: [...all].sort((a, b) => a - b), amounts };
}

/**
 * The condition for the summary of `report`, made from `grid` (the cells the report was read from, on
 * the sheet named `sheet` in the workbook written), or undefined when the sheet is not known or no
 * column is read.
 */
export function selfCheckCondition(
  grid: Grid,
  report: PlanReport,
  sheet = report.source.sheet,
): string | undefined {
  if (sheet === undefined) return undefined;
  const { all, amounts } = columnsRead(report);
  if (all.length === 0) return undefined;
  const first = report.source.headerRow + report.header.height;
  // A sheet's grid is its used range, so every cell below it is empty and the check reaches the
  // sheet's end (rows typed under the plan count); a table's grid ends with the table.
  const last = report.source.table === undefined ? LAST_SHEET_ROW : grid.firstRow + grid.rows.length - 1;
  const rows = grid.rows.slice(Math.max(0, first - grid.firstRow), Math.max(0, last - grid.firstRow + 1));
  const range = (index: number) => {
    const letter = columnLetter(report.firstColumn + index);
    return `${sheetRef(sheet)}$${letter}$${first}:$${letter}$${last}`;
  };
  const at = (row: readonly Cell[], index: number): Cell => row[index] ?? null;
  const filled = (cell: Cell) => cell !== null && cell !== "";
  const amount = (cell: Cell) => (typeof cell === "number" ? cell : 0);
  const summable = (index: number) =>
    amounts.has(index) && !rows.some((row) => typeof at(row, index) === "boolean");
  const terms: string[] = [];
  const count = (formula: string, expected: number) => terms.push(`${formula}<>${expected}`);
  const sum = (formula: string, expected: number) =>
    terms.push(`ABS(${formula}-(${round(expected)}))>${TOLERANCE}`);

  for (const index of all) {
    const cells = rows.map((row) => at(row, index));
    count(`ROWS(${range(index)})-COUNTBLANK(${range(index)})`, cells.filter(filled).length);
    if (summable(index)) {
      const r = range(index);
      sum(
        `SUMIF(${r},">0")+SUMIF(${r},"<0")`,
        cells.reduce<number>((total, cell) => total + amount(cell), 0),
      );
    }
  }
  const dimension = report.header.columns.dimension;
  if (dimension !== undefined) {
    const keys = commonKeys(
      rows.map((row) => at(row, dimension)),
      MAX_KEYS,
    );
    const dimRange = range(dimension);
    for (const key of keys) {
      const mine = rows.filter((row) => sameKey(at(row, dimension), key));
      for (const index of all) {
        if (index === dimension || !summable(index)) continue;
        const r = range(index);
        const crit = `${dimRange},${criterion(key)}`;
        sum(
          `SUMIFS(${r},${crit},${r},">0")+SUMIFS(${r},${crit},${r},"<0")`,
          mine.reduce<number>((total, row) => total + amount(at(row, index)), 0),
        );
      }
    }
    const status = report.header.columns.status;
    if (status !== undefined) {
      const pairs = commonPairs(
        rows.map((row) => [at(row, dimension), at(row, status)] as const),
        numbersUnsure(rows.map((row) => at(row, dimension))),
        numbersUnsure(rows.map((row) => at(row, status))),
      );
      for (const [d, s, n] of pairs) {
        count(`COUNTIFS(${dimRange},${criterion(d)},${range(status)},${criterion(s)})`, n);
      }
    }
  }
  const kept: string[] = [];
  let length = 0;
  for (const term of terms) {
    if (length + term.length + 1 > MAX_CONDITION) continue;
    kept.push(term);
    length += term.length + 1;
  }
  return `OR(${kept.join(",")})`;
}

/** A number as the formula writes it: to the satang, without float noise. */
const round = (value: number): string => String(Math.round(value * 100) / 100);

/** A number's criterion would match some of these cells differently in Excel and LibreOffice. */
const numbersUnsure = (cells: readonly Cell[]): boolean =>
  cells.some((cell) => typeof cell === "boolean" || (typeof cell === "string" && looksNumeric(cell)));

/** The most common usable keys of a column, most common first. */
function commonKeys(cells: readonly Cell[], most: number): Key[] {
  const unsure = numbersUnsure(cells);
  const counts = new Map<string, { key: Key; n: number }>();
  for (const cell of cells) {
    const key = keyOf(cell, unsure);
    if (!key) continue;
    const name = keyName(key);
    const entry = counts.get(name);
    if (entry) entry.n++;
    else counts.set(name, { key, n: 1 });
  }
  return [...counts.values()]
    .sort((a, b) => b.n - a.n)
    .slice(0, most)
    .map((entry) => entry.key);
}

/** The most common (dimension, status) pairs of usable keys, with how many rows hold each. */
function commonPairs(
  cells: readonly (readonly [Cell, Cell])[],
  dimensionNumbersUnsure: boolean,
  statusNumbersUnsure: boolean,
): [Key, Key, number][] {
  const counts = new Map<string, [Key, Key, number]>();
  for (const [dimension, status] of cells) {
    const d = keyOf(dimension, dimensionNumbersUnsure);
    const s = keyOf(status, statusNumbersUnsure);
    if (!d || !s) continue;
    const name = `${keyName(d)}\u001f${keyName(s)}`;
    const entry = counts.get(name);
    if (entry) entry[2]++;
    else counts.set(name, [d, s, 1]);
  }
  // Keys are named case aside, so each count is what COUNTIFS finds, matching case aside too.
  return [...counts.values()].sort((a, b) => b[2] - a[2]).slice(0, MAX_PAIRS);
}

/** A text as a formula's string: Excel takes at most 255 characters per string, so longer ones are joined. */
function textLiteral(text: string): string {
  if (text.length <= 255) return quoted(text);
  const parts: string[] = [];
  for (let at = 0; at < text.length; at += 255) parts.push(quoted(text.slice(at, at + 255)));
  return parts.join("&");
}

/** The status line's formula: `stale` while the condition holds, else the status as written. */
export function statusFormula(condition: string, stale: string, status: string): string {
  return `IF(${condition},${textLiteral(stale)},${textLiteral(status)})`;
}
