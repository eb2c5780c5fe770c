/** A new plan sheet from core's template: title lines, then the plan as an Excel table ready to fill. */
import {
  type Cell,
  OFFICIAL_FONT,
  type PlanTemplate,
  columnLetter,
  freeSheetName,
  freeTableName,
} from "../core";
import type { PlanChoice } from "../host";
import { supportsExcelApi } from "./requirements";
import { POINTS_PER_CHARACTER } from "./summarySheet";

/** What a drop-down column says when a typed value is not in its list. */
export const LIST_ALERT = {
  title: "ค่าไม่อยู่ในรายการ",
  message: "โปรดเลือกจากรายการของช่องนี้ ค่าที่พิมพ์เองอาจทำให้ตรวจแผนไม่ผ่าน",
} as const;
/** Excel refuses a typed-in list source longer than this. */
const MAX_LIST_SOURCE = 255;

const toValue = (cell: Cell): string | number | boolean =>
  cell === null ? "" : typeof cell === "object" ? cell.error : cell;

/**
 * Creates the template on a new sheet, in two syncs: one to learn the names in use, one to write.
 * A sheet or table of the same name is never touched; the new one takes a free variant. Returns the
 * new table as a plan to pick.
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

  const sheetName = freeSheetName(
    template.sheet,
    worksheets.items.map((sheet) => sheet.name),
  );
  // A table's name may clash with a defined name as well as with another table.
  const tableName = freeTableName(
    template.table,
    [...tables.items, ...names.items].map((item) => item.name),
  );

  const sheet = worksheets.add(sheetName);
  const width = template.columns.length;
  const headerIndex = template.headerRow - 1;
  const bodyRows = Math.max(1, template.rows.length);
  const block = sheet.getRangeByIndexes(0, 0, headerIndex + 1 + bodyRows, width);
  block.format.font.name = OFFICIAL_FONT.name;
  block.format.font.size = OFFICIAL_FONT.size;

  template.titles.slice(0, headerIndex).forEach((title, row) => {
    const line = sheet.getRangeByIndexes(row, 0, 1, width);
    line.numberFormat = [Array<string>(width).fill("@")];
    line.values = [[title, ...Array<string>(width - 1).fill("")]];
    line.merge(false);
    line.format.font.bold = true;
  });

  // Formats before values: "1.10" in a text column stays "1.10", not the number 1.1.
  const table = sheet.getRangeByIndexes(headerIndex, 0, 1 + bodyRows, width);
  table.numberFormat = [
    Array<string>(width).fill("@"),
    ...Array.from({ length: bodyRows }, () => template.columns.map((column) => column.format)),
  ];
  table.values = [
    template.columns.map((column) => column.header),
    ...Array.from({ length: bodyRows }, (_, r) =>
      template.columns.map((_, c) => toValue(template.rows[r]?.[c] ?? null)),
    ),
  ];
  const header = sheet.getRangeByIndexes(headerIndex, 0, 1, width);
  header.format.wrapText = true;
  header.format.verticalAlignment = "Center";
  template.columns.forEach((column, c) => {
    const letter = columnLetter(c + 1);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = column.width * POINTS_PER_CHARACTER;
  });

  sheet.tables.add(table, true).name = tableName;

  // Drop-down lists need ExcelApi 1.8; an older Excel gets the table without them, which still reads.
  if (supportsExcelApi("1.8")) {
    template.columns.forEach((column, c) => {
      const source = column.list?.join(",");
      // A value with a comma cannot be in a typed-in list, and Excel refuses a longer source.
      if (!source || column.list?.some((value) => value.includes(",")) || source.length > MAX_LIST_SOURCE)
        return;
      const body = sheet.getRangeByIndexes(headerIndex + 1, c, bodyRows, 1).dataValidation;
      body.rule = { list: { inCellDropDown: true, source } };
      // A warning, not a stop: the check also reads "2" or "มิติที่ ๒", and the user may keep such a value.
      body.errorAlert = { showAlert: true, style: "Warning", ...LIST_ALERT };
    });
  }

  sheet.freezePanes.freezeRows(template.headerRow);
  sheet.activate();
  await context.sync();
  return { sheet: sheetName, table: tableName };
}
