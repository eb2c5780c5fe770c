/**
 * The official summary sheet as data: cells with values, number formats and styles, and merges.
 * Every workbook writer (ExcelJS in the command line, Office.js in the add-in) paints this one layout.
 */
import { typeSplitLine } from "../words/itemTypeText";
import { memoLines } from "./memo";
import { dimensionName } from "../words/dimensionName";
import { FORMAT } from "./formats";
import type { Lang } from "../words/messages";
import { SUMMARY_WORDS } from "../words/summaryWords";
import { toBaht } from "../cells/money";
import { roundPeriod } from "../rows/period";
import type { PlanReport } from "../plan";
import { itemTitle, reasonShown } from "../words/reasonText";
import { type PrintSetup, type SheetCell, type SheetLayout, SheetWriter, pagedSheet } from "./sheetLayout";
import type { Area } from "../cells/grid";

export type { Area, PrintSetup };
import { provenanceLines } from "../summary/trace";
import { type CellStyle, SUMMARY_LOOKS } from "./styles";
import type { Totals } from "../summary/summarize";
import { statusFormula } from "./selfCheck";

/** A cell of the summary sheet. */
export type LayoutCell = SheetCell<CellStyle>;

/** The summary sheet: core's common sheet layout (sheetLayout.ts), with its table, status line and chart. */
export interface SummaryLayout extends SheetLayout<CellStyle> {
  /** The summary table, its two header rows included (repeated on printed pages as `print.titleRows` says). */
  readonly table: Area;
  /**
   * The line under the titles that says the data has errors, or (written later by a host) that the
   * table is out of date. Merged across the table's width; empty when there is nothing to say.
   */
  readonly statusCell: { readonly row: number; readonly column: number };
  readonly chart: ChartSpec;
}

/** Planned against disbursed budget per dimension, as clustered bars beside the table. */
export interface ChartSpec {
  readonly title: string;
  /** The dimension labels (one column). */
  readonly categories: Area;
  readonly series: readonly { readonly name: string; readonly values: Area }[];
  /** Where the chart's top-left corner sits: beside the table, one column to its right. */
  readonly anchor: { readonly row: number; readonly column: number };
}

export interface LayoutOptions {
  readonly lang?: Lang;
  /** When the sheet is written, for its footer (Thai date, Buddhist era). */
  readonly writtenAt?: Date;
  /** The memo paragraph (memo.ts), written under the list of projects not carried out. */
  readonly withMemo?: boolean;
  /**
   * The plan's self-check (selfCheck.ts, from the grid the report was read from): the status line then
   * shows by itself that the plan changed after the summary was written.
   */
  readonly check?: string;
}

type Column = {
  readonly key: TableColumn;
  readonly heading: string;
  readonly format: string;
  readonly width: number;
};

/** Count and amount columns of the table, in the official order (percentages follow them). */
export type TableColumn =
  "projects" | "plannedBudget" | "ordinanceBudget" | "completed" | "disbursed" | "notDone";

const COLUMN_LOOK: Readonly<Record<TableColumn, { format: string; width: number }>> = {
  projects: { format: FORMAT.count, width: 14 },
  plannedBudget: { format: FORMAT.baht, width: 17 },
  ordinanceBudget: { format: FORMAT.baht, width: 17 },
  completed: { format: FORMAT.count, width: 13 },
  disbursed: { format: FORMAT.baht, width: 17 },
  notDone: { format: FORMAT.count, width: 13 },
};

/**
 * The table's columns as the official report prints them (the seed's table), in either round: projects
 * in progress or not started have no column of their own; the memo and the check say how many there
 * are (spec §3).
 */
export function tableColumns(report: PlanReport): TableColumn[] {
  return [
    "projects",
    "plannedBudget",
    // Only when the sheet has an ordinance column (spec §9.3): the official table has none.
    ...(report.hasOrdinanceBudget ? (["ordinanceBudget"] as const) : []),
    "completed",
    "disbursed",
    "notDone",
  ];
}

/** Builds the summary sheet for a report, in Thai unless English is asked for. */
export function summaryLayout(report: PlanReport, options: LayoutOptions = {}): SummaryLayout {
  const lang = options.lang ?? "th";
  const words = SUMMARY_WORDS[lang];
  const columns: Column[] = tableColumns(report).map((key) => ({
    key,
    heading: words[key],
    ...COLUMN_LOOK[key],
  }));
  // The two percentages follow the count and amount columns.
  const lastCol = columns.length + 2;
  const w = new SheetWriter<CellStyle>(lastCol);

  const errors = report.issues.filter((issue) => issue.severity === "error").length;
  const warnings = report.issues.filter((issue) => issue.severity === "warning").length;
  const statusCell = writeHead(w, report, errors, options.check, lang);
  const { table, tableLast } = writeTable(w, report, columns, lang);
  writeNotCarriedOut(w, report, lang);
  // The rows behind each dimension, as compact ranges (spec §7): a heading, then one line each.
  const [provenanceHeading, ...provenance] = provenanceLines(report, lang);
  w.line(provenanceHeading, "heading");
  for (const text of provenance) w.line(text, "source");
  w.row++;
  const memo = options.withMemo ? memoLines(report, lang) : [];
  if (memo.length > 0) {
    w.line(words.memoHeading, "heading");
    for (const text of memo) w.line(text, "memo");
    w.row++;
  }
  const { source } = report;
  const where = [source.sheet && words.sheet(source.sheet), source.table && words.table(source.table)]
    .filter(Boolean)
    .join(" ");
  const sourceLine = words.source(
    where || source.file || "-",
    report.rows.length,
    source.headerRow,
    source.lastRow,
  );
  w.line(sourceLine, "source");

  const firstBody = table.top + 2;
  const valueArea = (key: keyof Totals): Area => {
    const column = columns.findIndex((c) => c.key === key) + 1;
    return { top: firstBody, left: column, bottom: firstBody + 3, right: column };
  };
  return {
    ...pagedSheet(
      {
        rowCount: w.row,
        // The first column holds a dimension's official name on at most two lines.
        columnWidths: [50, ...columns.map((column) => column.width), 12, 12],
        merges: w.merges,
        cells: w.cells,
        looks: SUMMARY_LOOKS,
      },
      { top: table.top, last: tableLast },
      { lang, writtenAt: options.writtenAt, source: sourceLine, errors, warnings },
    ),
    sheetName: words.sheetName,
    columnCount: lastCol + 1,
    bordered: w.bordered,
    table,
    statusCell,
    chart: {
      title: words.chartTitle,
      categories: { top: firstBody, left: 0, bottom: firstBody + 3, right: 0 },
      series: [
        { name: words.plannedBudget, values: valueArea("plannedBudget") },
        { name: words.disbursed, values: valueArea("disbursed") },
      ],
      anchor: { row: table.top, column: lastCol + 2 },
    },
  };
}

/**
 * The title lines, then the status line: what errors the plan has, and, given the plan's self-check,
 * a formula that says so once the plan no longer matches the table (selfCheck.ts). The status cell.
 */
function writeHead(
  w: SheetWriter<CellStyle>,
  report: PlanReport,
  errors: number,
  check: string | undefined,
  lang: Lang,
): { row: number; column: number } {
  const words = SUMMARY_WORDS[lang];
  w.line(words.title, "title");
  if (report.organisation) w.line(report.organisation, "subtitle");
  const { round } = report;
  const months = report.fiscalYear === undefined ? "" : roundPeriod(report.fiscalYear, round, lang);
  w.line(words.period(report.fiscalYear, round, months), "subtitle");
  const statusCell = { row: w.row, column: 0 };
  const status = errors > 0 ? words.hasErrors(errors) : "";
  w.line(status, "warning");
  if (check !== undefined) {
    // The status line's text stands as the formula's cached result, for readers that do not calculate.
    w.cells[w.cells.length - 1] = {
      ...w.cells[w.cells.length - 1],
      format: FORMAT.general,
      formula: statusFormula(check, words.stale, status),
    };
  }
  return statusCell;
}

/**
 * The summary table from the writer's row: two header rows, a row per dimension and the total, then
 * under it the split by item type (spec §9.5) and, when asked, the subtotals by heading (spec §9.1).
 * The table's area, and the last row of its part of the sheet.
 */
function writeTable(
  w: SheetWriter<CellStyle>,
  report: PlanReport,
  columns: readonly Column[],
  lang: Lang,
): { table: Area; tableLast: number } {
  const words = SUMMARY_WORDS[lang];
  const pctProjectsCol = columns.length + 1;
  const tableTop = w.row;
  w.put(0, words.dimension, "header");
  w.merge(0, 0, w.row + 1);
  columns.forEach((column, i) => {
    w.put(i + 1, column.heading, "header");
    w.merge(i + 1, i + 1, w.row + 1);
  });
  w.put(pctProjectsCol, words.percentDone, "header");
  w.merge(pctProjectsCol, w.lastColumn);
  w.put(pctProjectsCol, words.byProjects, "header", FORMAT.text, w.row + 1);
  w.put(w.lastColumn, words.byBudget, "header", FORMAT.text, w.row + 1);
  w.row += 2;

  const values = (totals: Totals, style: "value" | "totalValue") => {
    columns.forEach((column, i) => {
      const raw = totals[column.key] as number;
      w.put(i + 1, column.format === FORMAT.baht ? toBaht(raw) : raw, style, column.format);
    });
    w.percent(pctProjectsCol, totals.pctProjects, style);
    w.percent(w.lastColumn, totals.pctBudget, style);
  };
  for (const dimension of report.summary.dimensions) {
    const name = dimensionName(dimension.dimension, dimension.name, lang);
    w.put(0, `${dimension.dimension}. ${name}`, "label");
    values(dimension, "value");
    w.row++;
  }
  w.put(0, words.total, "totalLabel");
  values(report.summary.total, "totalValue");
  const table: Area = { top: tableTop, left: 0, bottom: w.row, right: w.lastColumn };
  w.bordered.push(table);
  // The split by item type sits in the blank row under the table (spec §9.5).
  let tableLast = w.row;
  w.row++;
  const split = typeSplitLine(report.itemTypes, lang);
  if (split === "") w.row++;
  else {
    tableLast = w.row;
    w.line(split, "source");
  }
  if (report.subtotals && report.headings.length > 0) {
    w.row++;
    w.line(words.subtotalsHeading, "heading");
    for (const heading of report.headings) {
      w.put(0, `${"  ".repeat(heading.depth - 1)}${heading.number} ${heading.title}`, "label");
      values(heading, "value");
      w.row++;
    }
    tableLast = w.row - 1;
    w.row++;
  }
  return { table, tableLast };
}

/** The projects not carried out, each with its reason, or a line saying there are none; then a blank row. */
function writeNotCarriedOut(w: SheetWriter<CellStyle>, report: PlanReport, lang: Lang): void {
  const words = SUMMARY_WORDS[lang];
  w.line(words.notCarriedOut(report.notCarriedOut.length), "heading");
  if (report.notCarriedOut.length === 0) {
    w.put(0, words.none, "listValue");
    w.row++;
  } else {
    // The item's number leads its name in one cell, as in the pane's list.
    const reasonLeft = 4;
    const listTop = w.row;
    [words.listName, words.listDimension, words.plannedBudget, words.listRow, words.listReason].forEach(
      (heading, i) => w.put(i, heading, "listHeader"),
    );
    w.merge(reasonLeft, w.lastColumn);
    w.row++;
    for (const item of report.notCarriedOut) {
      w.put(0, itemTitle(item), "listValue");
      w.put(1, item.dimension ?? "-", "listValue", item.dimension === null ? FORMAT.text : FORMAT.count);
      w.put(2, toBaht(item.plannedBudget), "listValue", FORMAT.baht);
      w.put(3, item.row, "listValue", "0");
      w.put(reasonLeft, reasonShown(item, lang), "listValue");
      w.merge(reasonLeft, w.lastColumn);
      w.row++;
    }
    w.border(listTop);
  }
  w.row++;
}
