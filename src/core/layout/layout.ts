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
import { type PrintSetup, type SheetCell, type SheetLayout, pagedSheet } from "./sheetLayout";
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
  const { summary, round } = report;
  const cells: LayoutCell[] = [];
  const merges: Area[] = [];
  const put = (
    row: number,
    column: number,
    value: string | number,
    style: CellStyle,
    format: string = FORMAT.text,
  ) => cells.push({ row, column, value, format, style });

  const columns: Column[] = tableColumns(report).map((key) => ({
    key,
    heading: words[key],
    ...COLUMN_LOOK[key],
  }));
  const pctProjectsCol = columns.length + 1;
  const lastCol = pctProjectsCol + 1;

  let row = 0;
  /** A line of text across the sheet's columns, then the next row. */
  const line = (text: string, style: CellStyle) => {
    put(row, 0, text, style);
    merges.push({ top: row, left: 0, bottom: row, right: lastCol });
    row++;
  };
  line(words.title, "title");
  if (report.organisation) line(report.organisation, "subtitle");
  const months = report.fiscalYear === undefined ? "" : roundPeriod(report.fiscalYear, round, lang);
  line(words.period(report.fiscalYear, round, months), "subtitle");
  const errors = report.issues.filter((issue) => issue.severity === "error").length;
  const warnings = report.issues.filter((issue) => issue.severity === "warning").length;
  const statusCell = { row, column: 0 };
  const status = errors > 0 ? words.hasErrors(errors) : "";
  line(status, "warning");
  if (options.check !== undefined) {
    // The status line's text stands as the formula's cached result, for readers that do not calculate.
    cells[cells.length - 1] = {
      ...cells[cells.length - 1],
      format: FORMAT.general,
      formula: statusFormula(options.check, words.stale, status),
    };
  }

  const tableTop = row;
  put(row, 0, words.dimension, "header");
  merges.push({ top: row, left: 0, bottom: row + 1, right: 0 });
  columns.forEach((column, i) => {
    put(row, i + 1, column.heading, "header");
    merges.push({ top: row, left: i + 1, bottom: row + 1, right: i + 1 });
  });
  put(row, pctProjectsCol, words.percentDone, "header");
  merges.push({ top: row, left: pctProjectsCol, bottom: row, right: lastCol });
  put(row + 1, pctProjectsCol, words.byProjects, "header");
  put(row + 1, lastCol, words.byBudget, "header");
  row += 2;

  const values = (totals: Totals, style: "value" | "totalValue") => {
    columns.forEach((column, i) => {
      const raw = totals[column.key] as number;
      put(row, i + 1, column.format === FORMAT.baht ? toBaht(raw) : raw, style, column.format);
    });
    for (const [col, pct] of [
      [pctProjectsCol, totals.pctProjects],
      [lastCol, totals.pctBudget],
    ] as const) {
      if (pct === null) put(row, col, "-", style);
      else put(row, col, pct, style, FORMAT.percent);
    }
  };
  for (const dimension of summary.dimensions) {
    const name = dimensionName(dimension.dimension, dimension.name, lang);
    put(row, 0, `${dimension.dimension}. ${name}`, "label");
    values(dimension, "value");
    row++;
  }
  put(row, 0, words.total, "totalLabel");
  values(summary.total, "totalValue");
  const table: Area = { top: tableTop, left: 0, bottom: row, right: lastCol };
  // The split by item type sits in the blank row under the table (spec §9.5).
  const split = typeSplitLine(report.itemTypes, lang);
  // The last row of the table's part of the sheet: the table, its split line and any subtotals.
  let tableLast = row;
  if (split !== "") {
    put(row + 1, 0, split, "source");
    merges.push({ top: row + 1, left: 0, bottom: row + 1, right: lastCol });
    tableLast = row + 1;
  }
  row += 2;
  if (report.subtotals && report.headings.length > 0) {
    row++;
    line(words.subtotalsHeading, "heading");
    for (const heading of report.headings) {
      put(row, 0, `${"  ".repeat(heading.depth - 1)}${heading.number} ${heading.title}`, "label");
      values(heading, "value");
      row++;
    }
    tableLast = row - 1;
    row++;
  }

  const bordered: Area[] = [table];
  line(words.notCarriedOut(report.notCarriedOut.length), "heading");
  if (report.notCarriedOut.length === 0) {
    put(row, 0, words.none, "listValue");
    row++;
  } else {
    // The item's number leads its name in one cell, as in the pane's list.
    const reasonLeft = 4;
    [words.listName, words.listDimension, words.plannedBudget, words.listRow, words.listReason].forEach(
      (heading, i) => put(row, i, heading, "listHeader"),
    );
    merges.push({ top: row, left: reasonLeft, bottom: row, right: lastCol });
    bordered.push({ top: row, left: 0, bottom: row + report.notCarriedOut.length, right: lastCol });
    row++;
    for (const item of report.notCarriedOut) {
      put(row, 0, itemTitle(item), "listValue");
      put(row, 1, item.dimension ?? "-", "listValue", item.dimension === null ? FORMAT.text : FORMAT.count);
      put(row, 2, toBaht(item.plannedBudget), "listValue", FORMAT.baht);
      put(row, 3, item.row, "listValue", "0");
      put(row, reasonLeft, reasonShown(item, lang), "listValue");
      merges.push({ top: row, left: reasonLeft, bottom: row, right: lastCol });
      row++;
    }
  }
  row++;

  // The rows behind each dimension, as compact ranges (spec §7): a heading, then one line each.
  const [provenanceHeading, ...provenance] = provenanceLines(report, lang);
  line(provenanceHeading, "heading");
  for (const text of provenance) line(text, "source");
  row++;

  const memo = options.withMemo ? memoLines(report, lang) : [];
  if (memo.length > 0) {
    line(words.memoHeading, "heading");
    for (const text of memo) line(text, "memo");
    row++;
  }

  const { source } = report;
  const where = [source.sheet && words.sheet(source.sheet), source.table && words.table(source.table)]
    .filter(Boolean)
    .join(" ");
  line(
    words.source(where || source.file || "-", report.rows.length, source.headerRow, source.lastRow),
    "source",
  );

  const firstBody = tableTop + 2;
  const valueArea = (key: keyof Totals): Area => {
    const column = columns.findIndex((c) => c.key === key) + 1;
    return { top: firstBody, left: column, bottom: firstBody + 3, right: column };
  };
  // The first column holds a dimension's official name on at most two lines.
  const columnWidths = [50, ...columns.map((column) => column.width), 12, 12];
  return {
    ...pagedSheet(
      { rowCount: row, columnWidths, merges, cells, looks: SUMMARY_LOOKS },
      { top: tableTop, last: tableLast },
      {
        lang,
        writtenAt: options.writtenAt,
        source: words.source(
          where || source.file || "-",
          report.rows.length,
          source.headerRow,
          source.lastRow,
        ),
        errors,
        warnings,
      },
    ),
    sheetName: words.sheetName,
    columnCount: lastCol + 1,
    bordered,
    table,
    statusCell,
    chart: {
      title: words.chartTitle,
      categories: { top: firstBody, left: 0, bottom: firstBody + 3, right: 0 },
      series: [
        { name: words.plannedBudget, values: valueArea("plannedBudget") },
        { name: words.disbursed, values: valueArea("disbursed") },
      ],
      anchor: { row: tableTop, column: lastCol + 2 },
    },
  };
}
