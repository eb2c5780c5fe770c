/**
 * A new plan workbook from core's template: title lines, an Excel table with drop-down lists for the
 * columns that have them, number formats per column, the header frozen and repeated on every page.
 */
import ExcelJS from "exceljs";
import { OFFICIAL_FONT, type PlanTemplate, type TemplateColumn, columnLetter } from "../core";
import { TEMPLATE_WORDS } from "./messages";
import { excelValue } from "./cellValue";
import { printLandscape } from "./paintSummary";

/** Excel refuses a drop-down list written into its rule when the list is longer than this. */
export const LIST_LIMIT = 255;

const FONT = { name: OFFICIAL_FONT.name, size: OFFICIAL_FONT.size } as const;

/**
 * The rule's source: the list itself ("a,b,c" in quotes) when Excel can take it so, else the cells of
 * a column on the hidden list sheet. A comma or quote inside an item would split or end a literal list.
 */
function listSource(items: readonly string[], listSheet: () => ExcelJS.Worksheet): string {
  const joined = items.join(",");
  if (joined.length <= LIST_LIMIT && !items.some((item) => /[",]/.test(item))) return `"${joined}"`;
  const sheet = listSheet();
  const column = sheet.actualColumnCount + 1;
  items.forEach((item, i) => {
    sheet.getCell(i + 1, column).value = item;
  });
  const letter = columnLetter(column);
  return `'${sheet.name}'!$${letter}$1:$${letter}$${items.length}`;
}

function validation(column: TemplateColumn, source: string): ExcelJS.DataValidation {
  return {
    type: "list",
    allowBlank: true,
    formulae: [source],
    showErrorMessage: true,
    // A warning, not a stop: the engine also reads other wordings ("แล้วเสร็จ", "มิติที่ 2", "Done").
    errorStyle: "warning",
    errorTitle: TEMPLATE_WORDS.errorTitle,
    error: TEMPLATE_WORDS.listError(column.field, column.header),
  };
}

/** The plan template as a workbook: sheet template.sheet, table template.table from row template.headerRow. */
export function templateWorkbook(template: PlanTemplate): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const { columns, headerRow, rows } = template;
  const sheet = workbook.addWorksheet(template.sheet, {
    views: [{ state: "frozen", ySplit: headerRow }],
  });
  const width = columns.length;
  const lastRow = headerRow + rows.length;

  template.titles.forEach((title, i) => {
    const cell = sheet.getCell(i + 1, 1);
    if (title !== "") cell.value = title;
    cell.font = { ...FONT, bold: true };
    sheet.mergeCells(i + 1, 1, i + 1, width);
  });

  sheet.addTable({
    name: template.table,
    ref: `A${headerRow}`,
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: columns.map((column) => ({ name: column.header, filterButton: true })),
    rows: rows.map((cells) => columns.map((_, i) => excelValue(cells[i] ?? null))),
  });

  let lists: ExcelJS.Worksheet | undefined;
  const listSheet = () => {
    lists ??= workbook.addWorksheet(TEMPLATE_WORDS.listSheet, { state: "hidden" });
    return lists;
  };
  columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = column.width;
    const header = sheet.getCell(headerRow, i + 1);
    header.font = { ...FONT, bold: true };
    header.alignment = { vertical: "middle", wrapText: true };
    const rule =
      column.list === undefined ? undefined : validation(column, listSource(column.list, listSheet));
    for (let r = headerRow + 1; r <= lastRow; r++) {
      const cell = sheet.getCell(r, i + 1);
      cell.font = FONT;
      cell.numFmt = column.format;
      cell.alignment = { vertical: "top", wrapText: column.field === "name" || column.field === "note" };
      if (rule) cell.dataValidation = rule;
    }
  });

  printLandscape(sheet, `${headerRow}:${headerRow}`);
  return workbook;
}
