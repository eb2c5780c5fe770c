/**
 * Painting core's summary layout onto an ExcelJS workbook, set up to print. The user's sheets, cells,
 * styles and rules are left as they are.
 */
import ExcelJS from "exceljs";
import {
  freeSheetName,
  type CellStyle,
  type Lang,
  type PlanReport,
  type PrintSetup,
  type SummaryLayout,
  summaryLayout,
} from "../core";
import { displayWidth } from "./print";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
const TOTAL_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };

interface Look {
  readonly font?: Partial<ExcelJS.Font>;
  readonly alignment?: Partial<ExcelJS.Alignment>;
  readonly fill?: ExcelJS.Fill;
}

const MIDDLE: Partial<ExcelJS.Alignment> = { vertical: "middle" };
const LOOKS: Readonly<Record<CellStyle, Look>> = {
  title: { font: { bold: true, size: 18 } },
  subtitle: { font: { bold: true } },
  warning: { font: { bold: true, color: { argb: "FFC00000" } } },
  header: {
    font: { bold: true },
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
    fill: HEADER_FILL,
  },
  label: { alignment: { vertical: "middle", wrapText: true } },
  value: { alignment: MIDDLE },
  totalLabel: {
    font: { bold: true },
    alignment: { horizontal: "center", vertical: "middle" },
    fill: TOTAL_FILL,
  },
  totalValue: { font: { bold: true }, alignment: MIDDLE, fill: TOTAL_FILL },
  heading: { font: { bold: true } },
  listHeader: { font: { bold: true }, alignment: { vertical: "middle", wrapText: true }, fill: HEADER_FILL },
  listValue: { alignment: { vertical: "top", wrapText: true } },
  memo: { font: { bold: false }, alignment: { vertical: "top", wrapText: true } },
  source: { font: { italic: true, size: 14, color: { argb: "FF595959" } } },
};

const BORDERED: ReadonlySet<CellStyle> = new Set(["listHeader", "listValue"]);

const allBorders = (): Partial<ExcelJS.Borders> => ({ top: THIN, left: THIN, bottom: THIN, right: THIN });

/** ExcelJS's paper size code for A4. */
const PAPER_SIZES: Readonly<Record<PrintSetup["paperSize"], number>> = { A4: 9 };
/** Inches, as Excel keeps them: room for the footer, and for binding on the left. */
const MARGINS: ExcelJS.Margins = { left: 0.7, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 };
/** Excel refuses a header or footer longer than this. */
const FOOTER_LIMIT = 255;
/** Points per line of wrapped text in the official font at 16 pt. */
const LINE_HEIGHT = 24;

/** "&" starts a code in Excel's header and footer language; a literal one is written "&&". */
const footerText = (text: string) => text.replace(/&/g, "&&");

/** The footer as Excel codes: left and right sections, the right one shortened if the whole is too long. */
export function footerCode(footer: PrintSetup["footer"]): string {
  const code = (right: string) => `&L${footerText(footer.left)}&R${footerText(right)}`;
  let right = footer.right;
  for (let keep = right.length - 1; code(right).length > FOOTER_LIMIT && keep >= 0; keep--) {
    right = footer.right.slice(0, keep) + "…";
  }
  return code(right);
}

/**
 * A4 landscape, one page wide and as many tall as needed, with rows `titleRows` ("3:4") repeated on
 * every page: how every sheet this command writes prints.
 */
export function printLandscape(sheet: ExcelJS.Worksheet, titleRows: string, printArea?: string): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: PAPER_SIZES.A4,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: titleRows,
    margins: MARGINS,
    ...(printArea === undefined ? {} : { printArea }),
  };
}

function applyPrint(sheet: ExcelJS.Worksheet, layout: SummaryLayout): void {
  const { print, headerRows } = layout;
  printLandscape(sheet, `${headerRows.first + 1}:${headerRows.last + 1}`);
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: footerCode(print.footer) };
}

/**
 * Excel does not grow a row to fit wrapped text in merged cells, so a memo line would be cut off:
 * its height is estimated from the text's width against the merged cells' width.
 */
function fitMemoRows(sheet: ExcelJS.Worksheet, layout: SummaryLayout): void {
  const width = layout.columnWidths.reduce((sum, w) => sum + w, 0);
  for (const cell of layout.cells) {
    if (cell.style !== "memo") continue;
    const lines = Math.ceil(displayWidth(String(cell.value)) / width);
    if (lines > 1) sheet.getRow(cell.row + 1).height = lines * LINE_HEIGHT;
  }
}

/** What the summary sheet carries besides the table. */
export interface SummaryExtras {
  /** The memo paragraph's lines, written under the list of projects not carried out. */
  readonly memo?: readonly string[];
  /** When the sheet is written, for the footer. */
  readonly writtenAt?: Date;
}

/**
 * Adds the summary sheet, painted from core's layout and set up to print; returns its name. The
 * layout's chart is left out: ExcelJS cannot write charts, so only the add-in draws it.
 */
export function addSummarySheet(
  workbook: ExcelJS.Workbook,
  report: PlanReport,
  lang: Lang,
  baseName: string,
  extras: SummaryExtras = {},
): string {
  const layout = summaryLayout(report, {
    lang,
    writtenAt: extras.writtenAt ?? new Date(),
    ...(extras.memo === undefined ? {} : { memo: extras.memo }),
  });
  const sheet = workbook.addWorksheet(
    freeSheetName(
      baseName,
      workbook.worksheets.map((sheet) => sheet.name),
    ),
  );
  applyPrint(sheet, layout);
  layout.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  const font = { name: layout.print.font.name, size: layout.print.font.size };
  // Every cell of the sheet's area gets the official font, so text typed in later prints the same.
  for (let r = 1; r <= layout.rowCount; r++) {
    for (let c = 1; c <= layout.columnCount; c++) sheet.getCell(r, c).font = font;
  }
  for (const cell of layout.cells) {
    const target = sheet.getCell(cell.row + 1, cell.column + 1);
    const look = LOOKS[cell.style];
    // An empty text (the status line when all is well) stays a blank cell, not a cell holding "".
    if (cell.value !== "") target.value = cell.value;
    target.numFmt = cell.format;
    target.font = { ...font, ...look.font };
    if (look.alignment) target.alignment = look.alignment;
    if (look.fill) target.fill = look.fill;
    if (BORDERED.has(cell.style)) target.border = allBorders();
  }
  // Borders go on every cell of the table, merged ones too, or Excel draws gaps along merged areas.
  const { table } = layout;
  for (let r = table.top; r <= table.bottom; r++) {
    for (let c = table.left; c <= table.right; c++) sheet.getCell(r + 1, c + 1).border = allBorders();
  }
  for (const area of layout.merges) {
    sheet.mergeCells(area.top + 1, area.left + 1, area.bottom + 1, area.right + 1);
  }
  fitMemoRows(sheet, layout);
  return sheet.name;
}
