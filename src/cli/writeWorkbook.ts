/**
 * Painting core's summary layout and the flags for rows not carried out onto an ExcelJS workbook,
 * and saving it as a new file. The user's sheets, cells, styles and rules are left as they are.
 */
import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { type CellStyle, type Lang, type PlanReport, cellAddress, summaryLayout } from "../core";
import { InputProblem } from "./messages";

/** TH Sarabun New is the Thai government's document font; Excel falls back cleanly where it is missing. */
const FONT = "TH Sarabun New";
const BODY_SIZE = 16;
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
const TOTAL_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
const FLAG_FILL = "FFFFE0E0";

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
  source: { font: { italic: true, size: 14, color: { argb: "FF595959" } } },
};

const BORDERED: ReadonlySet<CellStyle> = new Set(["listHeader", "listValue"]);

/** "สรุปผล", or "สรุปผล (2)", "สรุปผล (3)" … when the user already has a sheet of that name. */
export function freeSheetName(workbook: ExcelJS.Workbook, base: string): string {
  const taken = new Set(workbook.worksheets.map((sheet) => sheet.name.toLocaleLowerCase()));
  if (!taken.has(base.toLocaleLowerCase())) return base;
  for (let n = 2; ; n++) {
    const name = `${base} (${n})`;
    if (!taken.has(name.toLocaleLowerCase())) return name;
  }
}

const allBorders = (): Partial<ExcelJS.Borders> => ({ top: THIN, left: THIN, bottom: THIN, right: THIN });

/** Adds the summary sheet, painted from core's layout; returns its name. */
export function addSummarySheet(
  workbook: ExcelJS.Workbook,
  report: PlanReport,
  lang: Lang,
  baseName: string,
): string {
  const layout = summaryLayout(report, { lang });
  const sheet = workbook.addWorksheet(freeSheetName(workbook, baseName), {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${layout.headerRows.first + 1}:${layout.headerRows.last + 1}`,
    },
  });
  layout.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  for (const cell of layout.cells) {
    const target = sheet.getCell(cell.row + 1, cell.column + 1);
    const look = LOOKS[cell.style];
    target.value = cell.value;
    target.numFmt = cell.format;
    target.font = { name: FONT, size: BODY_SIZE, ...look.font };
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
  return sheet.name;
}

/** Runs of consecutive row numbers: [9, 10, 15] → [[9, 10], [15, 15]]. */
function runs(rows: readonly number[]): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const row of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === row - 1) last[1] = row;
    else out.push([row, row]);
  }
  return out;
}

type RuleModel = { priority?: number };

/**
 * Shades the rows not carried out with one conditional format whose range lists exactly those rows
 * ("A9:H9 A15:H16"), with the rule always true. A range moves with the rows when the user inserts or
 * sorts rows, where a formula naming row numbers would shade the wrong ones; and one rule, however
 * many rows, is easy to find and remove. Existing rules keep their priority: ours comes after them.
 */
export function flagNotCarriedOut(worksheet: ExcelJS.Worksheet, report: PlanReport): string | undefined {
  if (report.notCarriedOut.length === 0) return undefined;
  const left = report.firstColumn;
  const right = left + Math.max(1, report.header.labels.length) - 1;
  const ref = runs(report.notCarriedOut.map((item) => item.row))
    .map(([top, bottom]) => `${cellAddress(top, left)}:${cellAddress(bottom, right)}`)
    .join(" ");
  // ExcelJS keeps the sheet's rules here but leaves the property out of its typings.
  const existing =
    (worksheet as unknown as { conditionalFormattings?: { rules: RuleModel[] }[] }).conditionalFormattings ??
    [];
  const priority = 1 + Math.max(0, ...existing.flatMap((cf) => cf.rules.map((rule) => rule.priority ?? 0)));
  worksheet.addConditionalFormatting({
    ref,
    rules: [
      {
        type: "expression",
        priority,
        formulae: ["TRUE"],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: FLAG_FILL } } },
      },
    ],
  });
  return ref;
}

/** Writes the workbook to a new file; an existing file is replaced only when asked. */
export async function saveWorkbook(
  workbook: ExcelJS.Workbook,
  out: string,
  overwrite: boolean,
): Promise<void> {
  const bytes = await workbook.xlsx.writeBuffer();
  await writeNew(out, new Uint8Array(bytes), overwrite);
}

/** Writes bytes to a file that must not exist yet, unless overwriting is asked for. */
export async function writeNew(out: string, bytes: Uint8Array | string, overwrite: boolean): Promise<void> {
  try {
    await writeFile(out, bytes, { flag: overwrite ? "w" : "wx" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new InputProblem({ kind: "output-exists", file: out });
    throw new InputProblem({ kind: "cannot-write", file: out, reason: code ?? (error as Error).message });
  }
}
