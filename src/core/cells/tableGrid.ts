/**
 * An Excel table's grid, by one rule for every host (spec §2.1): the title lines above the table
 * (the first 20 rows there holding a value, read from column A, so the organisation, year and round
 * they state are used wherever on the line they stand), then the table's rows in its own columns
 * only: what stands beside the table is never read as the plan's.
 */
import { HEADER_SEARCH_ROWS } from "../rows/columns";
import { type Cell, type Grid, isBlank } from "./grid";

/** Blank cells a table's rows may be padded with, to reach column A. */
const PADDING_BUDGET = 1_000_000;

/** Where an Excel table stands, in worksheet rows and columns (1-based). */
export interface TablePlace {
  readonly top: number;
  readonly left: number;
  /** Its last row read (a host may stop at the last row holding a value). */
  readonly bottom: number;
  readonly right: number;
  readonly hasHeader: boolean;
  /** It shows its Total Row, its last row. */
  readonly hasTotals: boolean;
}

/**
 * The first column a host reads a table's area from: column A, so that title lines are read whole;
 * the table's own, for a table both far right and long, whose rows would cost too many blanks.
 */
export function tableAreaLeft(table: Pick<TablePlace, "top" | "left" | "bottom">): number {
  return (table.left - 1) * (table.bottom - table.top + 1) <= PADDING_BUDGET ? 1 : table.left;
}

/**
 * The table's grid from the cells of an area holding it: worksheet rows `area.firstRow` (row 1, or
 * any row at or above the table's first title line) to the table's last, from any column at or left
 * of {@link tableAreaLeft} to the table's last. Columns left of tableAreaLeft, title lines past the
 * 20th, and cells left of the table in its own rows are blanked or left out; the grid starts at its
 * first title line.
 */
export function tableGrid(area: Grid, table: TablePlace): Grid {
  const firstColumn = Math.max(area.firstColumn, tableAreaLeft(table));
  const from = firstColumn - area.firstColumn;
  const to = table.right - area.firstColumn + 1;
  const padding = table.left - firstColumn;
  const rows: (readonly Cell[])[] = [];
  let firstRow = table.top;
  let titles = 0;
  for (let r = area.firstRow; r < table.top; r++) {
    const cells = (area.rows[r - area.firstRow] ?? []).slice(from, to);
    if (titles >= HEADER_SEARCH_ROWS || cells.every(isBlank)) {
      // Blank rows after the first title line stay, so every row keeps its worksheet number.
      if (titles > 0) rows.push([]);
      continue;
    }
    if (titles === 0) firstRow = r;
    titles++;
    rows.push(cells);
  }
  for (let r = table.top; r <= table.bottom; r++) {
    const cells = (area.rows[r - area.firstRow] ?? []).slice(from + padding, to);
    rows.push(padding === 0 ? cells : [...new Array<Cell>(padding).fill(null), ...cells]);
  }
  return {
    rows,
    firstRow,
    firstColumn,
    ...(table.hasHeader ? { headerRow: table.top } : {}),
    ...(table.hasTotals ? { totalsRow: table.bottom } : {}),
  };
}
