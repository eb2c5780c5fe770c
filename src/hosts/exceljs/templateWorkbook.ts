/**
 * A new plan workbook from core's template: title lines, an Excel table with drop-down lists for the
 * columns that have them, number formats per column, the header frozen and repeated on every page.
 * Written by the command line's `template` and by the pane outside Excel, which saves it as a file.
 */
import ExcelJS from "exceljs";
import {
  type PlanTemplate,
  type TemplateColumn,
  columnLetter,
  dropDown,
  listAlert,
  planSheetFormat,
  planSheetStyle,
} from "../../core";
import { workbookBytes } from "./bytes";
import { excelValue } from "./cellValue";
import { paintColumnWidths, paintLook, paintPagePrint, paintRowHeights } from "./paintSummary";

/** The rule's source as ExcelJS writes it: the list in quotes, or the cells of the hidden list sheet. */
function listSource(items: readonly string[], listSheet: () => ExcelJS.Worksheet): string {
  const source = dropDown(items);
  if (source.kind === "inline") return `"${source.items}"`;
  const sheet = listSheet();
  const column = sheet.actualColumnCount + 1;
  source.items.forEach((item, i) => {
    sheet.getCell(i + 1, column).value = item;
  });
  const letter = columnLetter(column);
  return `'${sheet.name}'!$${letter}$1:$${letter}$${source.items.length}`;
}

function validation(column: TemplateColumn, source: string): ExcelJS.DataValidation {
  const alert = listAlert(column);
  return {
    type: "list",
    allowBlank: true,
    formulae: [source],
    showErrorMessage: true,
    // A warning, not a stop: the engine also reads other wordings ("แล้วเสร็จ", "มิติที่ 2", "Done").
    errorStyle: "warning",
    errorTitle: alert.title,
    error: alert.message,
  };
}

/** The plan template as a workbook: sheet template.sheet, table template.table from row template.headerRow. */
export function templateWorkbook(template: PlanTemplate): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const { columns, headerRow, rows, layout } = template;
  const font = layout.print.font.name;
  const sheet = workbook.addWorksheet(template.sheet, {
    views: [{ state: "frozen", ySplit: headerRow }],
  });
  const width = columns.length;
  const lastRow = headerRow + rows.length;

  template.titles.forEach((title, i) => {
    const cell = sheet.getCell(i + 1, 1);
    if (title !== "") cell.value = title;
    cell.numFmt = planSheetFormat(layout, i + 1, 0);
    paintLook(cell, layout.looks[planSheetStyle(layout, i + 1, 0)], font);
    sheet.mergeCells(i + 1, 1, i + 1, width);
  });

  sheet.addTable({
    name: template.table,
    ref: `A${headerRow}`,
    headerRow: true,
    style: { theme: layout.tableStyle, showRowStripes: true },
    columns: columns.map((column) => ({ name: column.header, filterButton: true })),
    rows: rows.map((cells) => columns.map((_, i) => excelValue(cells[i] ?? null))),
  });

  let lists: ExcelJS.Worksheet | undefined;
  const listSheet = () => {
    lists ??= workbook.addWorksheet(template.listSheet, { state: "hidden" });
    return lists;
  };
  columns.forEach((column, i) => {
    const header = sheet.getCell(headerRow, i + 1);
    header.numFmt = planSheetFormat(layout, headerRow, i);
    paintLook(header, layout.looks[planSheetStyle(layout, headerRow, i)], font);
    const rule =
      column.list === undefined ? undefined : validation(column, listSource(column.list, listSheet));
    for (let r = headerRow + 1; r <= lastRow; r++) {
      const cell = sheet.getCell(r, i + 1);
      paintLook(cell, layout.looks[planSheetStyle(layout, r, i)], font);
      cell.numFmt = column.format;
      if (rule) cell.dataValidation = rule;
    }
  });
  paintColumnWidths(sheet, layout.columnWidths);
  paintRowHeights(sheet, layout.rowHeights);
  paintPagePrint(sheet, layout.print, `${headerRow}:${headerRow}`);
  return workbook;
}

/** The template as a workbook file of its own, named after its sheet: what the pane outside Excel saves. */
export async function templateFile(
  template: PlanTemplate,
): Promise<{ readonly name: string; readonly bytes: Uint8Array }> {
  return { name: `${template.sheet}.xlsx`, bytes: await workbookBytes(templateWorkbook(template)) };
}
