/**
 * Paints core's summary layout on the sheet the add-in owns.
 *
 * Ownership is the sheet's id, kept in the document settings: ids exist from the manifest's minimum
 * requirement set on, survive a rename or a move, and a copy of the sheet gets a new one, so neither
 * a user's sheet that happens to be named "สรุปผล" nor a copy the user keeps of an old summary is
 * ever taken for the add-in's own.
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
import { errorCode } from "./errors";
import { supportsExcelApi } from "./requirements";

export const SUMMARY_SHEET_NAME = "สรุปผล";
/** The name the new sheet is built under before it replaces the old one. */
const BUILDING_NAME = "~สรุปผล";
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

/** Where the add-in's summary sheet and its status line are, as remembered in the settings. */
export interface OwnedSummary {
  readonly sheetId: string;
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
    const last = runs.at(-1);
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
 * Page setup needs ExcelApi 1.9. It is a refinement, not the report: an older Excel gets the sheet
 * without it and the user sets up the page by hand.
 */
function paintPrintSetup(sheet: Excel.Worksheet, layout: SummaryLayout, print: PrintSetup): void {
  if (!supportsExcelApi("1.9")) return;
  const page = sheet.pageLayout;
  page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  page.paperSize = print.paperSize;
  // Zero pages tall: as many pages down as the rows need.
  page.zoom = { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: 0 };
  page.setPrintTitleRows(`$${layout.headerRows.first + 1}:$${layout.headerRows.last + 1}`);
  const footers = page.headersFooters.defaultForAllPages;
  footers.leftFooter = footerText(print.footer.left);
  footers.rightFooter = footerText(print.footer.right);
}

function paint(sheet: Excel.Worksheet, layout: SummaryLayout): void {
  const { values, formats } = layoutMatrix(layout);
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
  paintPrintSetup(sheet, layout, layout.print);
}

/**
 * Writes the summary in two syncs: one to learn the sheets, one to build the new sheet under a
 * temporary name, then delete the old one and rename the new. Excel applies a failed batch only up
 * to the failing step, so the old sheet goes only once the new one is complete; a half-built new
 * sheet is removed.
 */
export async function writeSummary(
  context: Excel.RequestContext,
  layout: SummaryLayout,
  ownedSheetId: string | undefined,
): Promise<WrittenSummary> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id,items/position");
  await context.sync();

  const owned = worksheets.items.find((sheet) => sheet.id === ownedSheetId);
  const names = worksheets.items.map((sheet) => sheet.name);
  const others = worksheets.items.filter((sheet) => sheet !== owned).map((sheet) => sheet.name);
  const name = owned ? owned.name : freeSheetName(SUMMARY_SHEET_NAME, others);
  const buildingName = freeSheetName(BUILDING_NAME, names);

  const sheet = worksheets.add(buildingName);
  try {
    paint(sheet, layout);
    if (owned) {
      sheet.position = owned.position;
      owned.delete();
    }
    sheet.name = name;
    sheet.activate();
    sheet.load("name,id");
    await context.sync();
  } catch (error) {
    const finished = await recover(context, { buildingName, name, previousId: owned?.id });
    if (!finished) throw error;
    return written(finished, layout);
  }
  return written(sheet, layout);
}

function written(sheet: { name: string; id: string }, layout: SummaryLayout): WrittenSummary {
  return {
    name: sheet.name,
    id: sheet.id,
    statusCell: cellAddress(layout.statusCell.row + 1, layout.statusCell.column + 1),
  };
}

/**
 * After the write's batch failed part-way. Excel applies a batch in order and stops at the failure,
 * and the new sheet is painted before the previous one is deleted. So: while the previous sheet is
 * still there, remove the half-built one (the previous summary stays as it was); once the previous
 * one is gone, the new sheet is complete, and is finished under the summary's name rather than
 * leaving the workbook with no summary at all. Returns the finished sheet, or undefined after a roll
 * back; a failure here leaves the write's own error as the one reported.
 */
async function recover(
  context: Excel.RequestContext,
  names: { buildingName: string; name: string; previousId: string | undefined },
): Promise<{ name: string; id: string } | undefined> {
  try {
    const worksheets = context.workbook.worksheets;
    const building = worksheets.getItemOrNullObject(names.buildingName);
    const renamed = worksheets.getItemOrNullObject(names.name);
    const previous =
      names.previousId === undefined ? undefined : worksheets.getItemOrNullObject(names.previousId);
    for (const sheet of [building, renamed, previous]) sheet?.load("id,name");
    await context.sync();
    if (!renamed.isNullObject && renamed.id !== names.previousId)
      return { name: renamed.name, id: renamed.id };
    if (previous?.isNullObject && !building.isNullObject) {
      building.name = names.name;
      building.activate();
      await context.sync();
      return { name: names.name, id: building.id };
    }
    if (!building.isNullObject) {
      building.delete();
      await context.sync();
    }
    return undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes `text` into the status line of the add-in's own summary sheet, in one sync. Nothing happens
 * when there is none, or the user has deleted it: the write then fails on the missing sheet before
 * changing anything.
 */
export async function markSummaryStale(
  context: Excel.RequestContext,
  owned: OwnedSummary | undefined,
  text: string,
): Promise<void> {
  if (!owned) return;
  const cell = context.workbook.worksheets.getItem(owned.sheetId).getRange(owned.statusCell);
  cell.numberFormat = [["@"]];
  cell.values = [[text]];
  cell.format.font.color = WARNING_COLOUR;
  cell.format.font.bold = true;
  try {
    await context.sync();
  } catch (error) {
    if (errorCode(error) === "ItemNotFound") return;
    throw error;
  }
}
