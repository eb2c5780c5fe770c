/**
 * Where each traced figure stands in the summary table (spec §7): so a preview of the table can offer
 * every counted figure as a way to its rows.
 */
import { type SummaryLayout, tableColumns } from "../layout/layout";
import type { PlanReport } from "../plan";
import { TRACED, type TracedFigure, traceReport } from "./trace";
import { DIMENSIONS, type Dimension } from "../cells/vocabulary";

export interface TracedCell {
  /** 0-based row and column of the figure on the summary sheet. */
  readonly row: number;
  readonly column: number;
  /** The dimension of the figure's row; null for the total row. */
  readonly dimension: Dimension | null;
  readonly figure: TracedFigure;
  /** The sheet rows counted in the figure, ascending: as many as the figure says. */
  readonly rows: readonly number[];
}

/**
 * The traced figures of the report's summary table, row by row: the four dimensions, then the total.
 * The layout must be the report's own (its table has the columns `tableColumns` gives).
 */
export function tracedCells(report: PlanReport, layout: SummaryLayout): TracedCell[] {
  const trace = traceReport(report);
  const columns = tableColumns(report);
  const firstBody = layout.table.top + 2;
  const rows: { row: number; dimension: Dimension | null; figures: typeof trace.total }[] = [
    ...DIMENSIONS.map((dimension, i) => ({
      row: firstBody + i,
      dimension,
      figures: trace.dimensions[i],
    })),
    { row: layout.table.bottom, dimension: null, figures: trace.total },
  ];
  const traced: readonly string[] = TRACED;
  return rows.flatMap(({ row, dimension, figures }) =>
    columns.flatMap((key, i) =>
      traced.includes(key)
        ? [{ row, column: i + 1, dimension, figure: key as TracedFigure, rows: figures[key as TracedFigure] }]
        : [],
    ),
  );
}
