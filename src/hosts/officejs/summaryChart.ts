/** The summary's chart: planned against disbursed budget per dimension, beside the table. */
import type { ChartSpec } from "../../core";
import { rangeOf } from "./paint";

/** The chart's size in default-width columns and in rows, from its anchor. */
export const CHART_COLUMNS = 9;
export const CHART_ROWS = 16;
/** The summary's chart is found again by this name, so a rewrite replaces only its own chart. */
export const CHART_NAME = "IntegrityPlan.Chart";

/** Clustered bars beside the table; each series is set from its own column, as they are not side by side. */
export function paintChart(sheet: Excel.Worksheet, chart: ChartSpec): void {
  const [first, ...rest] = chart.series;
  if (!first) return;
  const categories = rangeOf(sheet, chart.categories);
  const added = sheet.charts.add("BarClustered", rangeOf(sheet, first.values), "Columns");
  added.name = CHART_NAME;
  added.title.text = chart.title;
  added.legend.position = "Bottom";
  added.legend.visible = true;
  const series = added.series.getItemAt(0);
  series.name = first.name;
  series.setXAxisValues(categories);
  for (const spec of rest) {
    const more = added.series.add(spec.name);
    more.setValues(rangeOf(sheet, spec.values));
    more.setXAxisValues(categories);
  }
  const { row, column } = chart.anchor;
  added.setPosition(
    sheet.getRangeByIndexes(row, column, 1, 1),
    sheet.getRangeByIndexes(row + CHART_ROWS - 1, column + CHART_COLUMNS - 1, 1, 1),
  );
}
