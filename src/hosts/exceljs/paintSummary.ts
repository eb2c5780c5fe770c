/**
 * Painting core's sheet layouts (the summary, the roll-up) onto an ExcelJS workbook, set up to print.
 * Every colour, font, border, height and width comes from the layout; the user's sheets, cells, styles
 * and rules are left as they are.
 */
import ExcelJS from "exceljs";
import {
  BORDER,
  type CellLook,
  type PagePrint,
  type SheetLayout,
  type SummaryLayout,
  footerCode,
  freeSheetName,
} from "../../core";

/** "#D9E1F2" → ExcelJS's "FFD9E1F2" (opaque). */
const argb = (colour: string) => `FF${colour.slice(1).toUpperCase()}`;

const THIN: Partial<ExcelJS.Border> = { style: BORDER.style, color: { argb: argb(BORDER.colour) } };
const allBorders = (): Partial<ExcelJS.Borders> => ({ top: THIN, left: THIN, bottom: THIN, right: THIN });

/** ExcelJS's paper size code for A4. */
const PAPER_SIZES: Readonly<Record<PagePrint["paperSize"], number>> = { A4: 9 };
const VERTICAL: Readonly<Record<CellLook["vertical"], ExcelJS.Alignment["vertical"]>> = {
  top: "top",
  middle: "middle",
};

/** A cell's font, alignment and fill from its look, in the sheet's font. */
export function paintLook(cell: ExcelJS.Cell, look: CellLook, fontName: string): void {
  cell.font = {
    name: fontName,
    size: look.size,
    bold: look.bold,
    italic: look.italic,
    color: { argb: argb(look.colour) },
  };
  cell.alignment = {
    vertical: VERTICAL[look.vertical],
    wrapText: look.wrap,
    ...(look.horizontal === "general" ? {} : { horizontal: look.horizontal }),
  };
  if (look.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
}

/** Each row's height in points, from the layout; ExcelJS rows are 1-based. */
export function paintRowHeights(sheet: ExcelJS.Worksheet, heights: readonly number[], firstRow = 1): void {
  heights.forEach((height, i) => {
    sheet.getRow(firstRow + i).height = height;
  });
}

/** Column widths in characters, as ExcelJS and the file keep them. */
export function paintColumnWidths(sheet: ExcelJS.Worksheet, widths: readonly number[]): void {
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
}

/**
 * The page from core's print setup, rows `titleRows` ("3:4") repeated on every page after them when
 * given (none otherwise) and, when given, only `printArea` printed.
 */
export function paintPagePrint(
  sheet: ExcelJS.Worksheet,
  print: PagePrint,
  titleRows: string | undefined,
  printArea?: string,
): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: PAPER_SIZES[print.paperSize],
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToPagesWide,
    fitToHeight: 0,
    margins: { ...print.margins },
    ...(titleRows === undefined ? {} : { printTitlesRow: titleRows }),
    ...(printArea === undefined ? {} : { printArea }),
  };
}

/** Paints a sheet layout (the summary's, the roll-up's) on an empty sheet. */
export function paintSheet<S extends string>(sheet: ExcelJS.Worksheet, layout: SheetLayout<S>): void {
  const { print } = layout;
  const titles = print.titleRows;
  paintPagePrint(sheet, print, titles && `${titles.first + 1}:${titles.last + 1}`);
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: footerCode(print.footerSections) };
  paintColumnWidths(sheet, layout.columnWidths);
  paintRowHeights(sheet, layout.rowHeights);
  // Every cell of the sheet's area gets the official font, so text typed in later prints the same.
  const font = { name: print.font.name, size: print.font.size };
  for (let r = 1; r <= layout.rowCount; r++) {
    for (let c = 1; c <= layout.columnCount; c++) sheet.getCell(r, c).font = font;
  }
  for (const cell of layout.cells) {
    const target = sheet.getCell(cell.row + 1, cell.column + 1);
    // A formula core built (the status line's self-check) goes in with its result as laid out; an
    // empty text (the status line when all is well) stays a blank cell, not a cell holding "".
    if (cell.formula !== undefined) target.value = { formula: cell.formula, result: cell.value };
    else if (cell.value !== "") target.value = cell.value;
    target.numFmt = cell.format;
    paintLook(target, layout.looks[cell.style], print.font.name);
  }
  // Borders go on every cell of a bordered area, merged ones too, or Excel draws gaps along merged areas.
  for (const area of layout.bordered) {
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) sheet.getCell(r + 1, c + 1).border = allBorders();
    }
  }
  for (const area of layout.merges) {
    sheet.mergeCells(area.top + 1, area.left + 1, area.bottom + 1, area.right + 1);
  }
}

export function addSummarySheet(workbook: ExcelJS.Workbook, layout: SummaryLayout): string {
  const sheet = workbook.addWorksheet(
    freeSheetName(
      layout.sheetName,
      workbook.worksheets.map((sheet) => sheet.name),
    ),
  );
  paintSheet(sheet, layout);
  return sheet.name;
}
