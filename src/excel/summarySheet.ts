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
  freeSheetName,
  type Area,
  type CellStyle,
  type ChartSpec,
  type PrintSetup,
  type SummaryLayout,
  cellAddress,
  columnLetter,
  layoutMatrix,
} from "../core";
import type { SummaryWrite } from "../host";
import { supportsExcelApi } from "./requirements";

export const SUMMARY_SHEET_NAME = "สรุปผล";
/** Excel column width in points for one character of the summary's font. */
export const POINTS_PER_CHARACTER = 7;
export const WARNING_COLOUR = "#C00000";
/** The chart's size in default-width columns and in rows, from its anchor. */
export const CHART_COLUMNS = 9;
export const CHART_ROWS = 16;
/** A Thai letter of the summary's font is about this wide and a line this tall, in points per point of size. */
const LETTER_WIDTH = 0.45;
const LINE_HEIGHT = 1.5;
/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;
/** Excel's page setup refuses a longer header or footer section. */
const MAX_FOOTER_LENGTH = 255;

const BOLD: ReadonlySet<CellStyle> = new Set<CellStyle>([
  "title",
  "header",
  "totalLabel",
  "totalValue",
  "heading",
  "listHeader",
]);
const CENTRED: ReadonlySet<CellStyle> = new Set<CellStyle>([
  "title",
  "subtitle",
  "warning",
  "header",
  "listHeader",
]);

export interface WrittenSummary {
  readonly name: string;
  readonly id: string;
  /** A1 address of the status line, for marking the summary out of date later. */
  readonly statusCell: string;
}

function rangeOf(sheet: Excel.Worksheet, area: Area): Excel.Range {
  return sheet.getRangeByIndexes(area.top, area.left, area.bottom - area.top + 1, area.right - area.left + 1);
}

/** Runs of neighbouring cells in a row that share a style, so each run is formatted once. */
function styleRuns(layout: SummaryLayout): { area: Area; style: CellStyle }[] {
  const sorted = [...layout.cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const runs: { area: Area; style: CellStyle }[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (
      last &&
      last.style === cell.style &&
      last.area.top === cell.row &&
      last.area.right === cell.column - 1
    ) {
      last.area = { ...last.area, right: cell.column };
    } else {
      runs.push({
        area: { top: cell.row, left: cell.column, bottom: cell.row, right: cell.column },
        style: cell.style,
      });
    }
  }
  return runs;
}

/**
 * A memo line's height: its cell is merged across the table, and Excel's autofit skips merged
 * cells, so the lines the text wraps into are estimated from its letters (Thai vowel and tone marks
 * above or below a letter take no width) and the merged width.
 */
export function memoRowHeight(text: string, widthInCharacters: number, fontSize: number): number {
  const perLine = Math.max(
    1,
    Math.floor((widthInCharacters * POINTS_PER_CHARACTER) / (fontSize * LETTER_WIDTH)),
  );
  const lines = text
    .split("\n")
    .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.replace(/\p{M}/gu, "").length / perLine)), 0);
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * fontSize * LINE_HEIGHT));
}

/** A footer section as Excel's codes read it: "&" starts a code, so a literal one is doubled. */
export function footerText(text: string): string {
  let escaped = "";
  for (const ch of text) {
    const next = ch === "&" ? "&&" : ch;
    if (escaped.length + next.length > MAX_FOOTER_LENGTH) break;
    escaped += next;
  }
  return escaped;
}

function paintMemo(sheet: Excel.Worksheet, layout: SummaryLayout): void {
  const width = layout.columnWidths.reduce((sum, w) => sum + w, 0);
  for (const cell of layout.cells) {
    if (cell.style !== "memo") continue;
    const line = rangeOf(sheet, { top: cell.row, left: 0, bottom: cell.row, right: layout.columnCount - 1 });
    line.format.wrapText = true;
    line.format.verticalAlignment = "Top";
    line.format.horizontalAlignment = "Left";
    line.format.rowHeight = memoRowHeight(String(cell.value), width, layout.print.font.size);
  }
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

/** Page setup (ExcelApi 1.9). */
function paintPrintSetup(sheet: Excel.Worksheet, layout: SummaryLayout, print: PrintSetup): void {
  const page = sheet.pageLayout;
  page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  page.paperSize = print.paperSize;
  // No height given: as many pages down as the rows need. PageLayoutZoomOptions documents null, not 0,
  // for "not set" (https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions).
  // The typings say number; null is what the docs give for "not set".
  page.zoom = { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: null as unknown as number };
  page.setPrintTitleRows(`$${layout.headerRows.first + 1}:$${layout.headerRows.last + 1}`);
  const footers = page.headersFooters.defaultForAllPages;
  footers.leftFooter = footerText(print.footer.left);
  footers.rightFooter = footerText(print.footer.right);
}

/** Paints everything but the page setup; the status line holds `statusNote` until the batch's end. */
function paint(sheet: Excel.Worksheet, layout: SummaryLayout, statusNote: string): void {
  const { values, formats } = layoutMatrix(layout);
  values[layout.statusCell.row][layout.statusCell.column] = statusNote;
  const all = rangeOf(sheet, { top: 0, left: 0, bottom: layout.rowCount - 1, right: layout.columnCount - 1 });
  all.format.font.name = layout.print.font.name;
  all.format.font.size = layout.print.font.size;
  all.format.verticalAlignment = "Center";
  // Formats first: a text cell must be "@" before its value arrives, or "=…" would become a formula.
  all.numberFormat = formats;
  all.values = values;

  for (const { area, style } of styleRuns(layout)) {
    if (!BOLD.has(style) && !CENTRED.has(style) && style !== "warning") continue;
    const range = rangeOf(sheet, area);
    if (BOLD.has(style)) range.format.font.bold = true;
    if (CENTRED.has(style)) range.format.horizontalAlignment = "Center";
    if (style === "header") range.format.wrapText = true;
    if (style === "warning") range.format.font.color = WARNING_COLOUR;
  }
  for (const area of layout.merges) rangeOf(sheet, area).merge(false);

  const table = rangeOf(sheet, layout.table);
  for (const edge of [
    "EdgeTop",
    "EdgeBottom",
    "EdgeLeft",
    "EdgeRight",
    "InsideHorizontal",
    "InsideVertical",
  ] as const) {
    table.format.borders.getItem(edge).style = "Continuous";
  }
  layout.columnWidths.forEach((width, i) => {
    const letter = columnLetter(i + 1);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = width * POINTS_PER_CHARACTER;
  });
  all.format.autofitRows();
  // After autofit, which would otherwise shrink the merged memo lines back to one line.
  paintMemo(sheet, layout);
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
    sheet = context.workbook.worksheets.add(freeSheetName(SUMMARY_SHEET_NAME, names));
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
    paintPrintSetup(sheet, layout, layout.print);
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
