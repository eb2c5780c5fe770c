/** The sample plan as a workbook (an Excel table under two title lines) and as CSV. */
import ExcelJS from "exceljs";
import {
  type Cell,
  FORMAT,
  SAMPLE_HEADERS,
  SAMPLE_HEADER_ROW,
  SAMPLE_ROWS,
  SAMPLE_SHEET,
  SAMPLE_TABLE,
  columnLetter,
} from "../core";
import { formatCsv } from "./csv";
import { excelValue } from "./cellValue";
import { printLandscape } from "./paintSummary";

const FONT = { name: "TH Sarabun New", size: 16 } as const;
const WIDTHS = [8, 7, 70, 10, 18, 18, 20, 26];
const AMOUNT_HEADERS = ["งบประมาณตามแผน (บาท)", "งบประมาณเบิกจ่าย (บาท)"];

/** The sample plan workbook: sheet "แผน", title in rows 1–2, table "PlanProjects" from row 3. */
export function sampleWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SAMPLE_SHEET, {
    views: [{ state: "frozen", ySplit: SAMPLE_HEADER_ROW }],
  });
  const width = SAMPLE_HEADERS.length;
  SAMPLE_ROWS.slice(0, SAMPLE_HEADER_ROW - 1).forEach((cells, r) => {
    const cell = sheet.getCell(r + 1, 1);
    cell.value = excelValue(cells[0] ?? null);
    cell.font = { ...FONT, bold: true };
  });
  const dataRows = SAMPLE_ROWS.slice(SAMPLE_HEADER_ROW);
  sheet.addTable({
    name: SAMPLE_TABLE,
    ref: `A${SAMPLE_HEADER_ROW}`,
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: SAMPLE_HEADERS.map((name) => ({ name, filterButton: true })),
    rows: dataRows.map((cells) => Array.from({ length: width }, (_, i) => excelValue(cells[i] ?? null))),
  });
  const lastRow = SAMPLE_HEADER_ROW + dataRows.length;
  const amountColumns = AMOUNT_HEADERS.map((header) => SAMPLE_HEADERS.indexOf(header) + 1);
  for (let r = SAMPLE_HEADER_ROW; r <= lastRow; r++) {
    for (let c = 1; c <= width; c++) {
      const cell = sheet.getCell(r, c);
      cell.font = { ...FONT, bold: r === SAMPLE_HEADER_ROW };
      cell.alignment = { vertical: "top", wrapText: r === SAMPLE_HEADER_ROW || c === 3 };
      if (r > SAMPLE_HEADER_ROW && amountColumns.includes(c)) cell.numFmt = FORMAT.baht;
    }
  }
  WIDTHS.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  printLandscape(sheet, `${SAMPLE_HEADER_ROW}:${SAMPLE_HEADER_ROW}`, `A1:${columnLetter(width)}${lastRow}`);
  return workbook;
}

/** The sample's cells as CSV (UTF-8 with BOM), title lines included. */
export function sampleCsv(): string {
  return formatCsv(SAMPLE_ROWS as readonly (readonly Cell[])[]);
}
