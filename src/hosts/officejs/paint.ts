/**
 * Painting core's layout data with Office.js: looks, borders, row heights, column widths and the page, exactly
 * as the layout gives them, so the add-in's sheets (the summary, the roll-up) and the command line's match
 * cell for cell.
 */
import {
  type Area,
  BORDER,
  type CellLook,
  type FooterSections,
  type PagePrint,
  type RowSpan,
  type SheetLayout,
  columnPoints,
} from "../../core";

const HORIZONTAL: Readonly<Record<CellLook["horizontal"], "General" | "Left" | "Center">> = {
  general: "General",
  left: "Left",
  center: "Center",
};
const VERTICAL: Readonly<Record<CellLook["vertical"], "Top" | "Center">> = { top: "Top", middle: "Center" };
/** Every edge of every cell of a range. */
const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideHorizontal",
  "InsideVertical",
] as const;

export function rangeOf(sheet: Excel.Worksheet, area: Area): Excel.Range {
  return sheet.getRangeByIndexes(area.top, area.left, area.bottom - area.top + 1, area.right - area.left + 1);
}

/** Font, fill, alignment and wrapping from a look (https://learn.microsoft.com/en-us/javascript/api/excel/excel.rangeformat). */
export function paintLook(range: Excel.Range, look: CellLook): void {
  const { format } = range;
  format.font.bold = look.bold;
  format.font.italic = look.italic;
  format.font.size = look.size;
  format.font.color = look.colour;
  if (look.fill) format.fill.color = look.fill;
  format.horizontalAlignment = HORIZONTAL[look.horizontal];
  format.verticalAlignment = VERTICAL[look.vertical];
  format.wrapText = look.wrap;
}

/** Thin lines around every cell of the range, merged ones included. */
export function paintBorders(range: Excel.Range): void {
  for (const edge of EDGES) {
    const border = range.format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = BORDER.colour;
  }
}

/**
 * Row heights in points from `firstRow` (0-based) down; neighbouring rows of one height are set in
 * one write. Setting a row's height also stops Excel from fitting it again on its own.
 */
export function paintRowHeights(sheet: Excel.Worksheet, heights: readonly number[], firstRow = 0): void {
  for (const { first, count } of heightRuns(heights)) {
    sheet.getRangeByIndexes(firstRow + first, 0, count, 1).format.rowHeight = heights[first];
  }
}

/** Runs of neighbouring rows of one height (0-based from the first height given). */
function heightRuns(heights: readonly number[]): { readonly first: number; readonly count: number }[] {
  const runs: { first: number; count: number }[] = [];
  for (let start = 0; start < heights.length;) {
    let end = start;
    while (end + 1 < heights.length && heights[end + 1] === heights[start]) end++;
    runs.push({ first: start, count: end - start + 1 });
    start = end + 1;
  }
  return runs;
}

/**
 * Column widths: the layout gives characters, as the file format and ExcelJS keep them; Office.js
 * takes points, converted by core's columnPoints (the Normal style's digit width plus padding).
 */
export function paintColumnWidths(sheet: Excel.Worksheet, widths: readonly number[]): void {
  widths.forEach((width, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = columnPoints(width);
  });
}

/** Runs of neighbouring cells in a row that share a style, so each run is formatted once. */
export function styleRuns<S extends string>(
  layout: Pick<SheetLayout<S>, "cells">,
): { area: Area; style: S }[] {
  const sorted = [...layout.cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const runs: { area: Area; style: S }[] = [];
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
 * Excel on the web refuses a request over 5 MB (RequestPayloadSizeLimitExceeded,
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins),
 * and the request is every write queued since the last sync. Its size is estimated from above: office.js
 * sends each property set or method call as an action of some 90 to 120 bytes of JSON, and each object it
 * goes through (a range, its format, its font) once per request as an object path of some 130 to 180
 * bytes with the action that instantiates it (ClientRequestBase.buildRequestMessageBodyAndRequestFlags
 * in office.js; for the summary about 1.9 KB per project not carried out). Values and number formats
 * add their JSON.
 */
const ACTION_BYTES = 150;
const PATH_BYTES = 200;

/** A request's estimated bytes: `actions` calls or property sets through `paths` objects, with `data` sent. */
export function requestBytes(actions: number, paths: number, data: readonly unknown[] = []): number {
  return actions * ACTION_BYTES + paths * PATH_BYTES + data.reduce<number>((sum, d) => sum + jsonBytes(d), 0);
}

/** The UTF-8 bytes of a value's JSON, as the request carries it (Thai letters take three each). */
function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Three bytes from U+0800 (Thai among them); two below it, and two for each half of a surrogate pair.
    if (code >= 0x800 && (code < 0xd800 || code > 0xdfff)) bytes += 2;
    else if (code >= 0x80) bytes += 1;
  }
  return bytes;
}

/** One part of a sheet's painting and its request's estimated bytes; nothing is queued until `paint`. */
export interface PaintStep {
  readonly bytes: number;
  readonly paint: () => void;
}

/**
 * Queues the steps on the context, syncing before a step that would take the request over `budget`
 * bytes: a few syncs for a sheet of thousands of rows, none more for an ordinary one. What is queued
 * last is left for the caller's own sync.
 */
export async function paintInRequests(
  context: Excel.RequestContext,
  steps: Iterable<PaintStep>,
  budget: number,
  /** Bytes already queued before the first step. */
  queued = 0,
): Promise<void> {
  let bytes = queued;
  for (const step of steps) {
    if (bytes > 0 && bytes + step.bytes > budget) {
      await context.sync();
      bytes = 0;
    }
    step.paint();
    bytes += step.bytes;
  }
}

/**
 * A sheet layout's looks, borders, row heights and column widths on a sheet whose values are written,
 * as steps: the sheet's font over the whole area, then each run of cells in its style.
 */
export function sheetFormatSteps<S extends string>(
  sheet: Excel.Worksheet,
  layout: SheetLayout<S>,
): PaintStep[] {
  const steps: PaintStep[] = [
    {
      bytes: requestBytes(2, 3),
      paint: () => {
        const all = rangeOf(sheet, {
          top: 0,
          left: 0,
          bottom: layout.rowCount - 1,
          right: layout.columnCount - 1,
        });
        all.format.font.name = layout.print.font.name;
        all.format.font.size = layout.print.font.size;
      },
    },
  ];
  for (const { area, style } of styleRuns(layout)) {
    // Font (4), fill, alignment (2) and wrapping, through the range, its format, its font and fill.
    steps.push({
      bytes: requestBytes(8, 4),
      paint: () => paintLook(rangeOf(sheet, area), layout.looks[style]),
    });
  }
  for (const area of layout.bordered) {
    steps.push({
      bytes: requestBytes(3 * EDGES.length, 3 + EDGES.length),
      paint: () => paintBorders(rangeOf(sheet, area)),
    });
  }
  steps.push({
    bytes: requestBytes(layout.columnWidths.length, 2 * layout.columnWidths.length),
    paint: () => paintColumnWidths(sheet, layout.columnWidths),
  });
  for (const run of heightRuns(layout.rowHeights)) {
    steps.push({
      bytes: requestBytes(1, 2),
      paint: () =>
        paintRowHeights(sheet, layout.rowHeights.slice(run.first, run.first + run.count), run.first),
    });
  }
  return steps;
}

/**
 * A sheet layout's looks, borders, row heights and column widths on a sheet whose values are written:
 * the sheet's font over the whole area, then each run of cells in its style.
 */
export function paintSheetFormat<S extends string>(sheet: Excel.Worksheet, layout: SheetLayout<S>): void {
  for (const step of sheetFormatSteps(sheet, layout)) step.paint();
}

/** Whole rows in A1 style ("$5:$6"), as PageLayout.setPrintTitleRows takes them. */
export const rowsAddress = (rows: RowSpan): string => `$${rows.first + 1}:$${rows.last + 1}`;

/** Points to the inch: Office.js sets margins in points, the layout keeps Excel's inches. */
const POINTS_PER_INCH = 72;

/**
 * The page from core's print setup: paper, orientation, pages wide, margins, the rows repeated on
 * every page after them (0-based, inclusive; none set when not given) and, when given, the footer's
 * sections as core gives them, already within Excel's length limit. Needs ExcelApi 1.9 (PageLayout);
 * the caller checks (https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout).
 */
export function paintPagePrint(
  sheet: Excel.Worksheet,
  print: PagePrint,
  titleRows: RowSpan | undefined,
  footer?: FooterSections,
): void {
  const page = sheet.pageLayout;
  page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  page.paperSize = print.paperSize;
  // No page count down (null, never 0: the typings say number, the docs say null): as many pages as the
  // rows need (https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions).
  page.zoom = { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: null as unknown as number };
  const { margins } = print;
  const points = (inches: number) => Math.round(inches * POINTS_PER_INCH * 100) / 100;
  page.leftMargin = points(margins.left);
  page.rightMargin = points(margins.right);
  page.topMargin = points(margins.top);
  page.bottomMargin = points(margins.bottom);
  page.headerMargin = points(margins.header);
  page.footerMargin = points(margins.footer);
  if (titleRows) page.setPrintTitleRows(rowsAddress(titleRows));
  if (footer) {
    const footers = page.headersFooters.defaultForAllPages;
    footers.leftFooter = footer.left;
    footers.rightFooter = footer.right;
  }
}
