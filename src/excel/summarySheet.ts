/**
 * Paints core's summary layout on the sheet the add-in owns, in place.
 *
 * Ownership is a worksheet-scoped name saved in the file with the sheet (Worksheet.names, ExcelApi
 * 1.4, https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-names-member),
 * checked together with the sheet's id remembered in the settings. An id is documented to survive
 * renames and moves within a session, but may change between sessions; so a sheet is the add-in's
 * own only when it carries the mark, and the remembered id only decides between marked sheets (a copy
 * of the summary carries the mark too). A user's sheet named "สรุปผล" carries no mark and is never
 * touched.
 *
 * A rewrite clears and repaints the same sheet, so the user's formulas that point at it keep working,
 * and never deletes it.
 */
import {
  type ChartSpec,
  type SummaryLayout,
  WARNING_COLOUR,
  cellAddress,
  freeSheetName,
  layoutMatrix,
} from "../core";
import type { SummaryWrite } from "../host";
import { paintPagePrint, paintSummaryFormat, rangeOf } from "./paint";
import { supportsExcelApi } from "./requirements";

/** The chart's size in default-width columns and in rows, from its anchor. */
export const CHART_COLUMNS = 9;
export const CHART_ROWS = 16;

export interface WrittenSummary {
  readonly name: string;
  readonly id: string;
  /** A1 address of the status line, for marking the summary out of date later. */
  readonly statusCell: string;
}

/** Clustered bars beside the table; each series is set from its own column, as they are not side by side. */
function paintChart(sheet: Excel.Worksheet, chart: ChartSpec): void {
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
  paintSummaryFormat(sheet, layout);
  paintChart(sheet, layout.chart);
}

/** The mark's name: a worksheet-scoped name on the summary sheet, referring to its status line. */
export const SUMMARY_MARK = "IntegrityPlan.Summary";
/** The summary's chart is found again by this name, so a rewrite replaces only its own chart. */
export const CHART_NAME = "IntegrityPlan.Chart";

/** The add-in's summary sheet as found in the workbook. */
export interface FoundSummary {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly id: string;
  /** A1 address of the status line, from the mark. */
  readonly statusCell: string;
  readonly hasChart: boolean;
}

/** The A1 address a name's formula refers to ("='สรุปผล'!$A$4" → "A4"). */
function referredCell(formula: string): string {
  return formula.slice(formula.lastIndexOf("!") + 1).replace(/\$/g, "");
}

/** The workbook's sheet names, and the add-in's summary among them if there is one. */
interface Lookup {
  readonly names: readonly string[];
  readonly owned: FoundSummary | undefined;
}

/**
 * Looks for the add-in's own summary sheet in two syncs: the sheets, then their marks. The marked
 * sheet with the remembered id, else the only marked sheet; none when no sheet, or several without
 * the remembered id, carry the mark.
 */
async function lookForSummary(
  context: Excel.RequestContext,
  rememberedId: string | undefined,
): Promise<Lookup> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  await context.sync();
  const looked = worksheets.items.map((sheet) => {
    const mark = sheet.names.getItemOrNullObject(SUMMARY_MARK);
    mark.load("formula");
    const chart = sheet.charts.getItemOrNullObject(CHART_NAME);
    chart.load("name");
    return { sheet, mark, chart };
  });
  await context.sync();
  const names = worksheets.items.map((sheet) => sheet.name);
  const marked = looked.filter(({ mark }) => !mark.isNullObject);
  const owned =
    marked.find(({ sheet }) => sheet.id === rememberedId) ?? (marked.length === 1 ? marked[0] : undefined);
  if (!owned) return { names, owned: undefined };
  return {
    names,
    owned: {
      sheet: owned.sheet,
      name: owned.sheet.name,
      id: owned.sheet.id,
      statusCell: referredCell(owned.mark.formula),
      hasChart: !owned.chart.isNullObject,
    },
  };
}

/** The add-in's own summary sheet, or undefined (see lookForSummary). */
export async function findOwnedSummary(
  context: Excel.RequestContext,
  rememberedId: string | undefined,
): Promise<FoundSummary | undefined> {
  return (await lookForSummary(context, rememberedId)).owned;
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
  await printSetup(context, sheet, layout, status, how.printSetupFailed);
  return written(sheet, layout);
}

/**
 * The page setup, after the summary is written, in a batch of its own: it is a refinement, and a
 * failure here never costs the summary. When it fails, the status line says so and the user sets up
 * the page by hand. It needs ExcelApi 1.9; an older Excel gets the sheet without it, silently.
 */
async function printSetup(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  layout: SummaryLayout,
  status: Excel.Range,
  failedNote: string,
): Promise<void> {
  if (!supportsExcelApi("1.9")) return;
  try {
    paintPagePrint(sheet, layout.print, layout.headerRows, layout.print.footerSections);
    await context.sync();
  } catch {
    const said = statusValue(layout);
    status.values = [[said === "" ? failedNote : `${said} ${failedNote}`]];
    status.format.font.color = WARNING_COLOUR;
    await context.sync();
  }
}

function written(sheet: { name: string; id: string }, layout: SummaryLayout): WrittenSummary {
  return {
    name: sheet.name,
    id: sheet.id,
    statusCell: cellAddress(layout.statusCell.row + 1, layout.statusCell.column + 1),
  };
}

/**
 * Writes `text` into the status line of the add-in's own summary sheet, found by its mark (so this
 * works after reopening the workbook too). Nothing happens when there is none.
 */
export async function markSummaryStale(
  context: Excel.RequestContext,
  rememberedId: string | undefined,
  text: string,
): Promise<void> {
  const owned = await findOwnedSummary(context, rememberedId);
  if (!owned) return;
  const cell = owned.sheet.getRange(owned.statusCell);
  cell.numberFormat = [["@"]];
  cell.values = [[text]];
  cell.format.font.color = WARNING_COLOUR;
  cell.format.font.bold = true;
  await context.sync();
}
