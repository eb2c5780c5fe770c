/**
 * The roll-up sheet as data (spec §8): one row per office coloured by progress, the offices added
 * up by dimension, the colour legend, the offices with errors and the files not read. Values,
 * formats, looks (styles.ts), borders, merges, widths, row heights (fitted as the summary's are) and
 * print setup are all decided here; hosts paint it with the painter they use for the summary.
 */
import { dimensionName } from "../words/dimensionName";
import { FORMAT } from "./formats";
import type { Area } from "../cells/grid";
import type { Lang } from "../words/messages";
import { SUMMARY_WORDS } from "../words/summaryWords";
import { ROLLUP_SHEET_WORDS } from "../words/rollupWords";
import { toBaht } from "../cells/money";
import { roundPeriod } from "../rows/period";
import { PROGRESS_BANDS, type ProgressBand, type RollUp, progressBand } from "../summary/rollup";
import { type SheetCell, type SheetLayout, pagedSheet } from "./sheetLayout";
import { ROLLUP_LOOKS, type RollupStyle } from "./styles";
import type { Totals } from "../summary/summarize";

/** A cell of the roll-up sheet. */
export type RollupCell = SheetCell<RollupStyle>;

/** The roll-up sheet: core's common sheet layout (sheetLayout.ts), with its offices table. */
export interface RollupLayout extends SheetLayout<RollupStyle> {
  /** The offices table, header and total included. */
  readonly table: Area;
  /**
   * The line under the titles naming the offices whose plans have errors; a host may add to it (the page
   * setup failed, the write was cut short). Merged across the sheet; empty when there is nothing to say.
   */
  readonly statusCell: { readonly row: number; readonly column: number };
}

export interface RollupLayoutOptions {
  readonly lang?: Lang;
  /** When the sheet is written, for its footer. */
  readonly writtenAt?: Date;
  /**
   * What each office was read from: files (the command line), or plans on sheets of one workbook (the
   * add-in); it names the column and the list of what could not be read.
   */
  readonly places?: "files" | "sheets";
}

/** The offices table's columns, left to right. */
const COLUMNS = [
  { key: "no", width: 7 },
  { key: "organisation", width: 34 },
  { key: "file", width: 28 },
  { key: "fiscalYear", width: 13 },
  { key: "projects", width: 11 },
  { key: "plannedBudget", width: 17 },
  { key: "completed", width: 11 },
  { key: "disbursed", width: 17 },
  { key: "notDone", width: 11 },
  { key: "pctProjects", width: 11 },
  { key: "pctBudget", width: 11 },
  { key: "errors", width: 11 },
  { key: "warnings", width: 10 },
] as const;

type ColumnKey = (typeof COLUMNS)[number]["key"];
const col = (key: ColumnKey): number => COLUMNS.findIndex((column) => column.key === key);
const LAST = COLUMNS.length - 1;
const FIGURES = ["projects", "plannedBudget", "completed", "disbursed", "notDone"] as const;

/** Builds the roll-up sheet, in Thai unless English is asked for. */
export function rollupLayout(rollup: RollUp, options: RollupLayoutOptions = {}): RollupLayout {
  const lang = options.lang ?? "th";
  const sheets = options.places === "sheets";
  const summaryWords = SUMMARY_WORDS[lang];
  const words = ROLLUP_SHEET_WORDS[lang];
  const placeHeading = sheets ? words.sheet : words.file;
  const { round } = rollup;
  const cells: RollupCell[] = [];
  const merges: Area[] = [];
  const bordered: Area[] = [];
  let row = 0;

  const put = (column: number, value: string | number, style: RollupStyle, format: string = FORMAT.text) =>
    cells.push({ row, column, value, format, style });
  const merge = (left: number, right: number, bottom = row) => {
    if (right > left || bottom > row) merges.push({ top: row, left, bottom, right });
  };
  const line = (text: string, style: RollupStyle) => {
    put(0, text, style);
    merge(0, LAST);
    row++;
  };
  /** Lines round every cell of the rows from `top` to the last one written, across `left`..`right`. */
  const border = (top: number, left = 0, right = LAST) =>
    bordered.push({ top, left, bottom: row - 1, right });
  const pct = (column: number, value: number | null, style: RollupStyle) => {
    if (value === null) put(column, "-", style);
    else put(column, value, style, FORMAT.percent);
  };
  const figures = (totals: Totals, style: RollupStyle) => {
    for (const key of FIGURES) {
      const value = totals[key];
      const format = key === "plannedBudget" || key === "disbursed" ? FORMAT.baht : FORMAT.count;
      put(col(key), format === FORMAT.baht ? toBaht(value) : value, style, format);
    }
    pct(col("pctProjects"), totals.pctProjects, style);
    pct(col("pctBudget"), totals.pctBudget, style);
  };

  line(words.title, "title");
  const months = rollup.fiscalYear === undefined ? "" : roundPeriod(rollup.fiscalYear, round, lang);
  line(
    `${summaryWords.period(rollup.fiscalYear, round, months)} · ${words.offices(rollup.offices.length)}`,
    "subtitle",
  );
  const withErrors = rollup.offices.filter((office) => office.errors > 0);
  const statusCell = { row, column: 0 };
  line(withErrors.length > 0 ? words.withErrors(withErrors.length) : "", "warning");

  // The offices table: two header rows, as on the summary sheet.
  const tableTop = row;
  const single: [ColumnKey, string][] = [
    ["no", words.no],
    ["organisation", words.organisation],
    ["file", placeHeading],
    ["fiscalYear", words.fiscalYear],
    ["projects", summaryWords.projects],
    ["plannedBudget", summaryWords.plannedBudget],
    ["completed", summaryWords.completed],
    ["disbursed", summaryWords.disbursed],
    ["notDone", summaryWords.notDone],
    ["errors", words.errors],
    ["warnings", words.warnings],
  ];
  for (const [key, heading] of single) {
    put(col(key), heading, "header");
    merge(col(key), col(key), row + 1);
  }
  put(col("pctProjects"), summaryWords.percentDone, "header");
  merge(col("pctProjects"), col("pctBudget"));
  put(col("pctBudget"), "", "header");
  row++;
  for (const [key] of single) put(col(key), "", "header");
  put(col("pctProjects"), summaryWords.byProjects, "header");
  put(col("pctBudget"), summaryWords.byBudget, "header");
  row++;

  rollup.offices.forEach((office, i) => {
    const style = progressBand(office.summary.total.pctProjects, round) ?? "value";
    put(col("no"), i + 1, style, FORMAT.count);
    put(col("organisation"), office.organisation ?? "-", style);
    put(col("file"), office.file, style);
    if (office.fiscalYear === undefined) put(col("fiscalYear"), "-", style);
    else put(col("fiscalYear"), office.fiscalYear, style, "0");
    figures(office.summary.total, style);
    put(col("errors"), office.errors, style, FORMAT.count);
    put(col("warnings"), office.warnings, style, FORMAT.count);
    row++;
  });
  put(0, words.total(rollup.offices.length), "totalLabel");
  for (let c = 1; c < col("projects"); c++) put(c, "", "totalLabel");
  merge(0, col("projects") - 1);
  figures(rollup.summary.total, "totalValue");
  put(
    col("errors"),
    rollup.offices.reduce((sum, office) => sum + office.errors, 0),
    "totalValue",
    FORMAT.count,
  );
  put(
    col("warnings"),
    rollup.offices.reduce((sum, office) => sum + office.warnings, 0),
    "totalValue",
    FORMAT.count,
  );
  const table: Area = { top: tableTop, left: 0, bottom: row, right: LAST };
  row++;
  border(tableTop);
  row++;

  // All offices by dimension, in the offices table's columns so the figures line up.
  line(words.dimensionHeading, "heading");
  const dimensionTop = row;
  put(0, summaryWords.dimension, "header");
  for (let c = 1; c < col("projects"); c++) put(c, "", "header");
  merge(0, col("projects") - 1);
  for (const key of FIGURES) put(col(key), summaryWords[key], "header");
  put(col("pctProjects"), `${summaryWords.percentDone} (${summaryWords.byProjects})`, "header");
  put(col("pctBudget"), `${summaryWords.percentDone} (${summaryWords.byBudget})`, "header");
  put(col("errors"), summaryWords.inProgress, "header");
  put(col("warnings"), summaryWords.notStarted, "header");
  row++;
  const dimensionRow = (label: string, totals: Totals, labelStyle: RollupStyle, style: RollupStyle) => {
    put(0, label, labelStyle);
    for (let c = 1; c < col("projects"); c++) put(c, "", labelStyle);
    merge(0, col("projects") - 1);
    figures(totals, style);
    put(col("errors"), totals.inProgress, style, FORMAT.count);
    put(col("warnings"), totals.notStarted, style, FORMAT.count);
    row++;
  };
  for (const dimension of rollup.summary.dimensions) {
    const name = dimensionName(dimension.dimension, dimension.name, lang);
    dimensionRow(`${dimension.dimension}. ${name}`, dimension, "label", "value");
  }
  dimensionRow(summaryWords.total, rollup.summary.total, "totalLabel", "totalValue");
  border(dimensionTop);
  row++;

  // The colour legend: one cell in each band's colour.
  line(words.legendHeading(round), "heading");
  const bands = PROGRESS_BANDS[round];
  const legend: [ProgressBand, string][] = [
    ["good", words.band.good(bands.good, 100)],
    ["fair", words.band.fair(bands.fair, bands.good)],
    ["poor", words.band.poor(0, bands.fair)],
  ];
  const legendTop = row;
  for (const [band, text] of legend) {
    put(col("organisation"), text, band);
    row++;
  }
  border(legendTop, col("organisation"), col("organisation"));
  row++;

  line(words.withErrors(withErrors.length), "heading");
  const errorsTop = row;
  if (withErrors.length === 0) {
    put(0, words.none, "listValue");
    row++;
    border(errorsTop, 0, 0);
  } else {
    const listRow = (
      values: [string | number, string, string, string | number, string | number],
      style: RollupStyle,
    ) => {
      const [no, organisation, file, errors, warnings] = values;
      put(col("no"), no, style, typeof no === "number" ? FORMAT.count : FORMAT.text);
      put(col("organisation"), organisation, style);
      put(col("file"), file, style);
      for (let c = col("file") + 1; c < col("errors"); c++) put(c, "", style);
      merge(col("file"), col("errors") - 1);
      put(col("errors"), errors, style, typeof errors === "number" ? FORMAT.count : FORMAT.text);
      put(col("warnings"), warnings, style, typeof warnings === "number" ? FORMAT.count : FORMAT.text);
      row++;
    };
    listRow([words.no, words.organisation, placeHeading, words.errors, words.warnings], "listHeader");
    withErrors.forEach((office) =>
      listRow(
        [
          rollup.offices.indexOf(office) + 1,
          office.organisation ?? "-",
          office.file,
          office.errors,
          office.warnings,
        ],
        "listValue",
      ),
    );
    border(errorsTop);
  }
  row++;

  const unreadable = rollup.unreadable.length;
  line(sheets ? words.unreadableSheets(unreadable) : words.unreadable(unreadable), "heading");
  const unreadableTop = row;
  if (unreadable === 0) {
    put(0, words.none, "listValue");
    row++;
    border(unreadableTop, 0, 0);
  } else {
    const unreadableRow = (file: string, reason: string, style: RollupStyle) => {
      put(0, file, style);
      for (let c = 1; c < col("fiscalYear"); c++) put(c, "", style);
      merge(0, col("fiscalYear") - 1);
      put(col("fiscalYear"), reason, style);
      for (let c = col("fiscalYear") + 1; c <= LAST; c++) put(c, "", style);
      merge(col("fiscalYear"), LAST);
      row++;
    };
    unreadableRow(placeHeading, words.reason, "listHeader");
    for (const { file, reason } of rollup.unreadable) unreadableRow(file, reason, "listValue");
    border(unreadableTop);
  }

  const errors = rollup.offices.reduce((sum, office) => sum + office.errors, 0);
  const warnings = rollup.offices.reduce((sum, office) => sum + office.warnings, 0);
  return {
    // The offices table may run over pages; the tables and lists under it have headers of their own.
    ...pagedSheet(
      {
        rowCount: row,
        columnWidths: COLUMNS.map((column) => column.width),
        merges,
        cells,
        looks: ROLLUP_LOOKS,
      },
      { top: tableTop, last: table.bottom },
      {
        lang,
        writtenAt: options.writtenAt,
        source: words.footerCounts(rollup.offices.length, unreadable, sheets),
        errors,
        warnings,
      },
    ),
    sheetName: words.sheetName,
    columnCount: COLUMNS.length,
    bordered,
    table,
    statusCell,
  };
}
