/** Painting core's roll-up layout onto a new ExcelJS workbook, set up to print as the summary sheet is. */
import ExcelJS from "exceljs";
import { BORDER_COLOR, ROLLUP_LOOKS, type RollupLayout, type RollupLook, footerCode } from "../core";
import { paintPagePrint } from "../workbook/paintSummary";

/**
 * Written in the workbook's keywords (its document properties), so a roll-up found again in a folder of
 * plans is recognised and never read as an office's plan.
 */
export const ROLLUP_KEYWORD = "integrity-plan:rollup";

const fillOf = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: BORDER_COLOR } };

function alignmentOf(look: RollupLook): Partial<ExcelJS.Alignment> | undefined {
  if (!look.horizontal && !look.vertical && !look.wrap) return undefined;
  return {
    ...(look.horizontal ? { horizontal: look.horizontal } : {}),
    ...(look.vertical ? { vertical: look.vertical } : {}),
    ...(look.wrap ? { wrapText: true } : {}),
  };
}

/** Adds the roll-up sheet named `name` to the workbook, painted from the layout. */
export function paintRollup(
  workbook: ExcelJS.Workbook,
  layout: RollupLayout,
  name: string,
): ExcelJS.Worksheet {
  workbook.keywords = ROLLUP_KEYWORD;
  const sheet = workbook.addWorksheet(name);
  paintPagePrint(sheet, layout.print, `${layout.headerRows.first + 1}:${layout.headerRows.last + 1}`);
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: footerCode(layout.print.footerSections) };
  layout.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  layout.rowHeights.forEach((height, i) => {
    sheet.getRow(i + 1).height = height;
  });
  const font = { name: layout.print.font.name, size: layout.print.font.size };
  // Every cell of the sheet's area gets the official font, so text typed in later prints the same.
  for (let r = 1; r <= layout.rowCount; r++) {
    for (let c = 1; c <= layout.columnCount; c++) sheet.getCell(r, c).font = font;
  }
  for (const cell of layout.cells) {
    const target = sheet.getCell(cell.row + 1, cell.column + 1);
    const look = ROLLUP_LOOKS[cell.style];
    // An empty text (a merged area's other cells, the status line when all is well) stays blank.
    if (cell.value !== "") target.value = cell.value;
    target.numFmt = cell.format;
    target.font = {
      ...font,
      ...(look.bold ? { bold: true } : {}),
      ...(look.size ? { size: look.size } : {}),
      ...(look.color ? { color: { argb: look.color } } : {}),
    };
    const alignment = alignmentOf(look);
    if (alignment) target.alignment = alignment;
    if (look.fill) target.fill = fillOf(look.fill);
    if (look.border) target.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  }
  for (const area of layout.merges) {
    sheet.mergeCells(area.top + 1, area.left + 1, area.bottom + 1, area.right + 1);
  }
  return sheet;
}
