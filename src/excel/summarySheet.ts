/**
 * Paints core's summary layout on the sheet the add-in owns.
 *
 * Ownership is the sheet's id, kept in the document settings: ids exist from the manifest's minimum
 * requirement set on, survive a rename or a move, and a copy of the sheet gets a new one, so neither
 * a user's sheet that happens to be named "สรุปผล" nor a copy the user keeps of an old summary is
 * ever taken for the add-in's own.
 */
import { type Area, type CellStyle, type SummaryLayout, columnLetter, layoutMatrix } from "../core";
import { supportsExcelApi } from "./requirements";

export const SUMMARY_SHEET_NAME = "สรุปผล";
/** The name the new sheet is built under before it replaces the old one. */
const BUILDING_NAME = "~สรุปผล";
/** The official form's font; Excel falls back to another Thai font where it is not installed. */
export const SUMMARY_FONT = { name: "TH Sarabun New", size: 16 } as const;
/** Excel column width in points for one character of the summary's font. */
export const POINTS_PER_CHARACTER = 7;
const WARNING_COLOUR = "#C00000";

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
}

/** "สรุปผล", else "สรุปผล (2)", "สรุปผล (3)", … — the first name no other sheet has. */
export function freeSheetName(base: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
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

function paint(sheet: Excel.Worksheet, layout: SummaryLayout): void {
  const { values, formats } = layoutMatrix(layout);
  const all = rangeOf(sheet, { top: 0, left: 0, bottom: layout.rowCount - 1, right: layout.columnCount - 1 });
  all.format.font.name = SUMMARY_FONT.name;
  all.format.font.size = SUMMARY_FONT.size;
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
  if (supportsExcelApi("1.9")) {
    sheet.pageLayout.setPrintTitleRows(`$${layout.headerRows.first + 1}:$${layout.headerRows.last + 1}`);
  }
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
  const others = new Set(
    worksheets.items.filter((sheet) => sheet !== owned).map((sheet) => sheet.name.toLowerCase()),
  );
  const name = owned ? owned.name : freeSheetName(SUMMARY_SHEET_NAME, others);
  const buildingName = freeSheetName(
    BUILDING_NAME,
    new Set([...others, ...(owned ? [owned.name.toLowerCase()] : [])]),
  );

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
    await removeQuietly(context, buildingName);
    throw error;
  }
  return { name: sheet.name, id: sheet.id };
}

/** Removes a half-built sheet; the write's own error is the one worth reporting, so this one's is dropped. */
async function removeQuietly(context: Excel.RequestContext, sheetName: string): Promise<void> {
  try {
    const leftover = context.workbook.worksheets.getItemOrNullObject(sheetName);
    leftover.load("id");
    await context.sync();
    if (leftover.isNullObject) return;
    leftover.delete();
    await context.sync();
  } catch {
    return;
  }
}
