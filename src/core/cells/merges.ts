/** Merged cells under the header: whose rows a merged value belongs to (spec §2.7). */
import type { Header } from "../rows/columns";
import { type Cell, type Grid, isBlank } from "./grid";

/**
 * The columns where a value merged down over several rows belongs to each of them: a dimension, type,
 * status, note or fiscal year written once for a group of projects. Amounts are not spread (a merged budget is one
 * budget, counted once, as the sheet shows it), nor are item numbers and names (they name one item).
 */
function spreadColumns(header: Header): Set<number> {
  const { dimension, type, status, note, fiscalYear } = header.columns;
  const columns = new Set<number>(header.ticks.map((tick) => tick.index));
  for (const index of [dimension, type, status, note, fiscalYear])
    if (index !== undefined) columns.add(index);
  return columns;
}

/**
 * The grid with each merged area's value (which hosts give in its top-left cell only) copied down to
 * every row the area covers under the header, in the columns where it belongs to each row. A row with
 * nothing of its own (a project written over two lines) stays blank: it is not a second project.
 * Header rows are left alone: a group header merged across its sub-headers is read as it is.
 */
export function spreadMerges(grid: Grid, header: Header): Grid {
  const merges = grid.merges;
  if (merges === undefined || merges.length === 0) return grid;
  const columns = spreadColumns(header);
  const firstData = header.index + header.height;
  let rows: (readonly Cell[])[] | undefined;
  for (const area of merges) {
    const top = area.top - grid.firstRow;
    const column = area.left - grid.firstColumn;
    if (top < firstData || area.bottom <= area.top || !columns.has(column)) continue;
    const value = grid.rows[top]?.[column];
    if (isBlank(value)) continue;
    const last = Math.min(area.bottom - grid.firstRow, grid.rows.length - 1);
    for (let r = top + 1; r <= last; r++) {
      const own = grid.rows[r];
      if (own.every(isBlank) || !isBlank(own[column])) continue;
      rows ??= [...grid.rows];
      const copy = rows[r] === own ? [...own] : (rows[r] as Cell[]);
      copy[column] = value as Cell;
      rows[r] = copy;
    }
  }
  return rows === undefined ? grid : { ...grid, rows };
}
