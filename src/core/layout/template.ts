/**
 * A new plan sheet: the spec's headers as an Excel table under a title, with drop-down lists for
 * dimension and status and baht formats. Hosts create it; summarising a fresh one gives four empty
 * dimensions and no error.
 */
import type { Cell } from "../cells/grid";
import { FORMAT } from "./formats";
import { TEMPLATE_WORDS } from "../words/messages";
import { type PlanSheetLayout, planSheetLayout } from "./planSheet";
import { REASON_CATEGORIES, REASON_CHOICES } from "../rows/reasons";
import { SAMPLE_ROWS, SAMPLE_TABLE } from "./sample";
import { DIMENSIONS, DIMENSION_NAMES, type Field } from "../cells/vocabulary";
import type { NarrativeKind } from "../document/narrative";

export interface TemplateColumn {
  /** The field the column is read as, or the annex's words it holds (spec §10.1). */
  readonly field: Field | NarrativeKind;
  readonly header: string;
  /** Width in characters. */
  readonly width: number;
  readonly format: string;
  /** The values a drop-down list offers, when the column has one. */
  readonly list?: readonly string[];
}

/** The four main status wordings, as the drop-down offers them. */
export const TEMPLATE_STATUSES: readonly string[] = [
  "ดำเนินการแล้วเสร็จ",
  "อยู่ระหว่างดำเนินการ",
  "ยังไม่ได้ดำเนินการ",
  "ไม่ได้ดำเนินการ",
];

/** "1. การสร้างวัฒนธรรมสุจริต" … : read back by the dimension rule "a number, then the name". */
export const TEMPLATE_DIMENSIONS: readonly string[] = DIMENSIONS.map(
  (dimension) => `${dimension}. ${DIMENSION_NAMES[dimension]}`,
);

/** e-Plan NACC's reasons for not carrying out, as the drop-down offers them (spec §9.4). */
export const TEMPLATE_REASONS: readonly string[] = REASON_CATEGORIES.map(
  (category) => REASON_CHOICES[category],
);

export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  { field: "no", header: "ลำดับ", width: 8, format: FORMAT.text },
  { field: "dimension", header: "มิติ", width: 30, format: FORMAT.text, list: TEMPLATE_DIMENSIONS },
  { field: "name", header: "ชื่อโครงการ/กิจกรรม/มาตรการ", width: 60, format: FORMAT.text },
  { field: "type", header: "ประเภท", width: 12, format: FORMAT.text },
  { field: "plannedBudget", header: "งบประมาณตามแผน (บาท)", width: 18, format: FORMAT.baht },
  { field: "disbursed", header: "งบประมาณเบิกจ่าย (บาท)", width: 18, format: FORMAT.baht },
  { field: "status", header: "สถานะ", width: 22, format: FORMAT.text, list: TEMPLATE_STATUSES },
  { field: "reason", header: "เหตุผลที่ไม่ได้ดำเนินการ", width: 28, format: FORMAT.text, list: TEMPLATE_REASONS },
  { field: "note", header: "หมายเหตุ", width: 36, format: FORMAT.text },
  // e-Plan NACC's appropriation: optional; the summary shows it only when some row has an amount.
  { field: "ordinanceBudget", header: "งบประมาณตามข้อบัญญัติ/เทศบัญญัติ (บาท)", width: 18, format: FORMAT.baht },
  // The report document's annex, in words (spec §10.1): headers that name no field of the plan.
  { field: "activity", header: "กิจกรรมที่ดำเนินการ", width: 40, format: FORMAT.text },
  { field: "result", header: "ผลที่ได้รับ", width: 40, format: FORMAT.text },
  { field: "support", header: "ปัจจัยสนับสนุน", width: 30, format: FORMAT.text },
  { field: "problems", header: "ปัญหาและอุปสรรค", width: 30, format: FORMAT.text },
  { field: "suggestions", header: "ข้อเสนอแนะ", width: 30, format: FORMAT.text },
];

export interface PlanTemplate {
  readonly sheet: string;
  readonly table: string;
  /** Title lines above the table (rows 1 and 2). */
  readonly titles: readonly string[];
  readonly columns: readonly TemplateColumn[];
  /** Worksheet row of the header (1-based); the table starts here and the header row is frozen. */
  readonly headerRow: number;
  /** The table's body rows: the sample's projects, or blank rows ready to fill. */
  readonly rows: readonly (readonly Cell[])[];
  /** Looks, widths, row heights and page of the sheet. */
  readonly layout: PlanSheetLayout;
  /** The hidden sheet holding a drop-down list that cannot be written into its rule (see dropDown). */
  readonly listSheet: string;
}

/** Excel refuses a drop-down list typed into its rule when it is longer than this. */
export const LIST_LIMIT = 255;

/**
 * Where a column's drop-down takes its values: the list itself, when Excel can take it so, else the
 * cells of a column of the hidden list sheet. A comma inside an item would split it, a quote end it.
 */
export type DropDown =
  | { readonly kind: "inline"; readonly items: string }
  | { readonly kind: "listSheet"; readonly items: readonly string[] };

export function dropDown(list: readonly string[]): DropDown {
  const joined = list.join(",");
  if (joined.length <= LIST_LIMIT && !list.some((item) => /[",]/.test(item)))
    return { kind: "inline", items: joined };
  return { kind: "listSheet", items: list };
}

/** What a drop-down column says when a typed value is not in its list: a warning, not a stop. */
export function listAlert(column: TemplateColumn): { readonly title: string; readonly message: string } {
  return {
    title: TEMPLATE_WORDS.alertTitle,
    message: TEMPLATE_WORDS.alertMessage(column.field, column.header),
  };
}

export const TEMPLATE_SHEET = "แผนปฏิบัติการ";
/** Blank rows a fresh template's table starts with. */
export const TEMPLATE_BLANK_ROWS = 20;

export interface TemplateOptions {
  readonly organisation?: string;
  readonly fiscalYear?: number;
  /** Fill the table with the sample plan's 16 projects instead of blank rows. */
  readonly withSample?: boolean;
}

/** The sample's project rows in the template's columns (no section or total rows). */
function sampleRows(): Cell[][] {
  return SAMPLE_ROWS.slice(3)
    .filter((row) => typeof row[1] === "number")
    .map(([no, dimension, name, type, plannedBudget, disbursed, status, note]) => {
      const cells: Partial<Record<Field | NarrativeKind, Cell>> = {
        no,
        dimension: TEMPLATE_DIMENSIONS[(dimension as number) - 1],
        name,
        type,
        plannedBudget,
        disbursed,
        status,
        note,
      };
      return TEMPLATE_COLUMNS.map((column) => cells[column.field] ?? null);
    });
}

export function planTemplate(options: TemplateOptions = {}): PlanTemplate {
  const organisation = options.organisation ? ` ${options.organisation}` : "";
  const year = options.fiscalYear === undefined ? "" : ` ประจำปีงบประมาณ พ.ศ. ${options.fiscalYear}`;
  const titles = [`แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส${organisation}${year}`, ""];
  const headerRow = 3;
  const rows: Cell[][] = options.withSample
    ? sampleRows()
    : Array.from({ length: TEMPLATE_BLANK_ROWS }, () => TEMPLATE_COLUMNS.map(() => null));
  return {
    sheet: TEMPLATE_SHEET,
    table: SAMPLE_TABLE,
    titles,
    columns: TEMPLATE_COLUMNS,
    headerRow,
    rows,
    listSheet: TEMPLATE_WORDS.listSheet,
    layout: planSheetLayout({
      rows: [...titles.map((title) => [title]), TEMPLATE_COLUMNS.map((column) => column.header), ...rows],
      headerRow,
      columnWidths: TEMPLATE_COLUMNS.map((column) => column.width),
      formats: TEMPLATE_COLUMNS.map((column) => column.format),
      wrapped: TEMPLATE_COLUMNS.map((column) => column.format === FORMAT.text),
      mergedTitles: true,
    }),
  };
}
