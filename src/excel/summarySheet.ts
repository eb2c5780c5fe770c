/**
 * Paints core's summary layout on the sheet the add-in owns, in place.
 *
 * Which sheet is the add-in's own is decided in ownedSummary.ts (a worksheet-scoped mark).
 *
 * A rewrite clears and repaints the same sheet, so the user's formulas that point at it keep working,
 * and never deletes it.
 */
import { type SummaryLayout, cellAddress, freeSheetName, layoutMatrix } from "../core";
import type { SummaryWrite } from "../host";
import { SUMMARY_MARK, lookForSummary } from "./ownedSummary";
import { paintSheetFormat, rangeOf } from "./paint";
import { CHART_NAME, paintChart } from "./summaryChart";
import { printSetup } from "./summaryPrint";

export { CHART_COLUMNS, CHART_NAME, CHART_ROWS } from "./summaryChart";
export { type FoundSummary, SUMMARY_MARK, findOwnedSummary } from "./ownedSummary";
export { markSummaryStale } from "./staleSummary";

export interface WrittenSummary {
  readonly name: string;
  readonly id: string;
  /** A1 address of the status line, for marking the summary out of date later. */
  readonly statusCell: string;
}

/**
 * Values, number formats, merges, then core's looks, borders, widths and heights, then the chart;
 * the status line holds `statusNote` until the batch's end.
 */
function paint(sheet: Excel.Worksheet, layout: SummaryLayout, statusNote: string): void {
  const { values, formats } = layoutMatrix(layout);
  values[layout.statusCell.row][layout.statusCell.column] = statusNote;
  const all = rangeOf(sheet, { top: 0, left: 0, bottom: layout.rowCount - 1, right: layout.columnCount - 1 });
  // Formats first: a text cell must be "@" before its value arrives, or "=…" would become a formula.
  all.numberFormat = formats;
  all.values = values;
  for (const area of layout.merges) rangeOf(sheet, area).merge(false);
  paintSheetFormat(sheet, layout);
  paintChart(sheet, layout.chart);
}

function statusValue(layout: SummaryLayout): string {
  const cell = layout.cells.find(
    (c) => c.row === layout.statusCell.row && c.column === layout.statusCell.column,
  );
  return cell === undefined ? "" : String(cell.value);
}

/**
 * Writes the summary: finds the owned sheet (two syncs), clears and repaints it or adds a new one (one
 * sync), then the page setup (one more, best effort). Excel applies a failed batch only up to the
 * failing step, and the first thing the batch writes is the "incomplete" note in the status line, the
 * last the status line's own text: a sheet left half-written says so, and the next write finishes it.
 */
export async function writeSummary(
  context: Excel.RequestContext,
  layout: SummaryLayout,
  rememberedId: string | undefined,
  how: SummaryWrite,
): Promise<WrittenSummary> {
  const { names, owned } = await lookForSummary(context, rememberedId);
  const statusAddress = cellAddress(layout.statusCell.row + 1, layout.statusCell.column + 1);
  const markIncomplete = (cell: Excel.Range) => {
    cell.numberFormat = [["@"]];
    cell.values = [[how.incomplete]];
  };
  let sheet: Excel.Worksheet;
  if (owned) {
    sheet = owned.sheet;
    // Marked before anything is taken away: a batch stopped from here on leaves a sheet that says so.
    markIncomplete(sheet.getRange(owned.statusCell));
    if (owned.hasChart) sheet.charts.getItem(CHART_NAME).delete();
    const all = sheet.getRange();
    all.unmerge();
    all.clear("All");
    if (owned.statusCell !== statusAddress) {
      sheet.names.getItem(SUMMARY_MARK).delete();
      sheet.names.add(SUMMARY_MARK, sheet.getRange(statusAddress));
    }
  } else {
    sheet = context.workbook.worksheets.add(freeSheetName(layout.sheetName, names));
    sheet.names.add(SUMMARY_MARK, sheet.getRange(statusAddress));
  }
  const status = sheet.getRange(statusAddress);
  markIncomplete(status);
  paint(sheet, layout, how.incomplete);
  status.values = [[statusValue(layout)]];
  if (!owned && !how.automatic) sheet.activate();
  sheet.load("name,id");
  await context.sync();
  await printSetup(context, sheet, layout, status, how.printSetupFailed, statusValue(layout));
  return written(sheet, layout);
}

function written(sheet: { name: string; id: string }, layout: SummaryLayout): WrittenSummary {
  return {
    name: sheet.name,
    id: sheet.id,
    statusCell: cellAddress(layout.statusCell.row + 1, layout.statusCell.column + 1),
  };
}
