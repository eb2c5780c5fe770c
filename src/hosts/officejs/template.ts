/**
 * A new plan sheet from core's template: title lines, then the plan as an Excel table ready to fill,
 * painted from the template's layout (looks, widths, heights, page) exactly as the command line paints it.
 */
import {
  type Cell,
  type PlanTemplate,
  dropDown,
  freeSheetName,
  freeTableName,
  listAlert,
  planSheetFormat,
  planSheetStyle,
} from "../../core";
import type { PlanChoice } from "../planHost";
import { paintColumnWidths, paintLook, paintPagePrint, paintRowHeights } from "./paint";
import { supportsExcelApi } from "./requirements";

const toValue = (cell: Cell): string | number | boolean =>
  cell === null ? "" : typeof cell === "object" ? cell.error : cell;

/**
 * The drop-downs (ExcelApi 1.8): a list Excel can take typed into its rule goes there; a longer one
 * (or one with commas or quotes) goes into a column of the hidden list sheet, and the rule takes those
 * cells as a Range, which ListDataValidation.source accepts
 * (https://learn.microsoft.com/javascript/api/excel/excel.listdatavalidation#excel-excel-listdatavalidation-source-member).
 * The list sheet is hidden with Worksheet.visibility (ExcelApi 1.1,
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-visibility-member).
 */
function paintDropDowns(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  template: PlanTemplate,
  listSheetName: string,
  bodyRows: number,
): void {
  let lists: Excel.Worksheet | undefined;
  let listColumns = 0;
  const listRange = (items: readonly string[]): Excel.Range => {
    if (!lists) {
      lists = context.workbook.worksheets.add(listSheetName);
      lists.visibility = "Hidden";
    }
    const column = listColumns++;
    const cells = lists.getRangeByIndexes(0, column, items.length, 1);
    // Text, so an item such as "1.10" or "=x" stays as written.
    cells.numberFormat = items.map(() => ["@"]);
    cells.values = items.map((item) => [item]);
    return cells;
  };
  template.columns.forEach((column, c) => {
    if (!column.list) return;
    const source = dropDown(column.list);
    const body = sheet.getRangeByIndexes(template.headerRow, c, bodyRows, 1).dataValidation;
    body.rule = {
      list: {
        inCellDropDown: true,
        source: source.kind === "inline" ? source.items : listRange(source.items),
      },
    };
    // A warning, not a stop: the check also reads "2" or "มิติที่ ๒", and the user may keep such a value.
    body.errorAlert = { showAlert: true, style: "Warning", ...listAlert(column) };
  });
}

/**
 * Creates the template on a new sheet: one sync to learn the names in use, one to write, then the
 * page setup in one more, best effort. A sheet or table of the same name is never touched; the new one
 * takes a free variant. Returns the new table as a plan to pick.
 */
export async function createTemplate(
  context: Excel.RequestContext,
  template: PlanTemplate,
): Promise<PlanChoice> {
  const { worksheets, tables, names } = context.workbook;
  worksheets.load("items/name");
  tables.load("items/name");
  names.load("items/name");
  await context.sync();

  const taken = worksheets.items.map((sheet) => sheet.name);
  const sheetName = freeSheetName(template.sheet, taken);
  const listSheetName = freeSheetName(template.listSheet, [...taken, sheetName]);
  // A table's name may clash with a defined name as well as with another table.
  const tableName = freeTableName(
    template.table,
    [...tables.items, ...names.items].map((item) => item.name),
  );

  const { layout } = template;
  const sheet = worksheets.add(sheetName);
  const width = template.columns.length;
  const headerIndex = template.headerRow - 1;
  const bodyRows = Math.max(1, template.rows.length);
  const block = sheet.getRangeByIndexes(0, 0, headerIndex + 1 + bodyRows, width);
  block.format.font.name = layout.print.font.name;
  block.format.font.size = layout.print.font.size;

  template.titles.slice(0, headerIndex).forEach((title, row) => {
    const line = sheet.getRangeByIndexes(row, 0, 1, width);
    line.numberFormat = [Array<string>(width).fill(planSheetFormat(layout, row + 1, 0))];
    line.values = [[title, ...Array<string>(width - 1).fill("")]];
    if (layout.mergedTitles) line.merge(false);
    paintLook(line, layout.looks[planSheetStyle(layout, row + 1, 0)]);
  });

  // Formats before values: "1.10" in a text column stays "1.10", not the number 1.1.
  const table = sheet.getRangeByIndexes(headerIndex, 0, 1 + bodyRows, width);
  table.numberFormat = [
    template.columns.map((_, c) => planSheetFormat(layout, template.headerRow, c)),
    ...Array.from({ length: bodyRows }, () => template.columns.map((column) => column.format)),
  ];
  table.values = [
    template.columns.map((column) => column.header),
    ...Array.from({ length: bodyRows }, (_, r) =>
      template.columns.map((_, c) => toValue(template.rows[r]?.[c] ?? null)),
    ),
  ];
  template.columns.forEach((_, c) => {
    paintLook(
      sheet.getRangeByIndexes(headerIndex, c, 1, 1),
      layout.looks[planSheetStyle(layout, template.headerRow, c)],
    );
    paintLook(
      sheet.getRangeByIndexes(headerIndex + 1, c, bodyRows, 1),
      layout.looks[planSheetStyle(layout, template.headerRow + 1, c)],
    );
  });
  paintColumnWidths(sheet, layout.columnWidths);
  paintRowHeights(sheet, layout.rowHeights);

  const added = sheet.tables.add(table, true);
  added.name = tableName;
  added.style = layout.tableStyle;

  // Drop-down lists need ExcelApi 1.8; an older Excel gets the table without them, which still reads.
  if (supportsExcelApi("1.8")) paintDropDowns(context, sheet, template, listSheetName, bodyRows);

  sheet.freezePanes.freezeRows(template.headerRow);
  sheet.activate();
  await context.sync();
  await pageSetup(context, sheet, template);
  return { sheet: sheetName, table: tableName };
}

/**
 * The page (ExcelApi 1.9), after the sheet is written and in a batch of its own: a refinement, so a
 * failure leaves the new sheet as it is and the user sets up the page by hand.
 */
async function pageSetup(context: Excel.RequestContext, sheet: Excel.Worksheet, template: PlanTemplate) {
  if (!supportsExcelApi("1.9")) return;
  const header = template.headerRow - 1;
  paintPagePrint(sheet, template.layout.print, { first: header, last: header });
  await context.sync().catch(() => undefined);
}
