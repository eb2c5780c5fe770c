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
import { SUMMARY_WORDS, type SummaryWords } from "../words/summaryWords";
import { ROLLUP_SHEET_WORDS, type RollupWords } from "../words/rollupWords";
import { toBaht } from "../cells/money";
import { roundPeriod } from "../rows/period";
import {
  type OfficeSummary,
  PROGRESS_BANDS,
  type ProgressBand,
  type RollUp,
  progressBand,
} from "../summary/rollup";
import { type SheetLayout, SheetWriter, pagedSheet } from "./sheetLayout";
import { ROLLUP_LOOKS, type RollupStyle } from "./styles";
import type { Totals } from "../summary/summarize";

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
  const w = new SheetWriter<RollupStyle>(LAST);

  w.line(words.title, "title");
  const months = rollup.fiscalYear === undefined ? "" : roundPeriod(rollup.fiscalYear, round, lang);
  w.line(
    `${summaryWords.period(rollup.fiscalYear, round, months)} · ${words.offices(rollup.offices.length)}`,
    "subtitle",
  );
  const withErrors = rollup.offices.filter((office) => office.errors > 0);
  const statusCell = { row: w.row, column: 0 };
  w.line(withErrors.length > 0 ? words.withErrors(withErrors.length) : "", "warning");

  // The offices' errors and warnings, in the offices table's total row and in the footer.
  const errors = rollup.offices.reduce((sum, office) => sum + office.errors, 0);
  const warnings = rollup.offices.reduce((sum, office) => sum + office.warnings, 0);
  const p: RollupParts = { w, rollup, lang, words, summaryWords, placeHeading };
  const table = writeOffices(p, errors, warnings);
  writeDimensions(p);
  writeLegend(p);
  writeWithErrors(p, withErrors);
  writeUnreadable(p, sheets);
  const unreadable = rollup.unreadable.length;
  return {
    // The offices table may run over pages; the tables and lists under it have headers of their own.
    ...pagedSheet(
      {
        rowCount: w.row,
        columnWidths: COLUMNS.map((column) => column.width),
        merges: w.merges,
        cells: w.cells,
        looks: ROLLUP_LOOKS,
      },
      { top: table.top, last: table.bottom },
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
    bordered: w.bordered,
    table,
    statusCell,
  };
}

/** What each part of the roll-up sheet is written with. */
interface RollupParts {
  readonly w: SheetWriter<RollupStyle>;
  readonly rollup: RollUp;
  readonly lang: Lang;
  readonly words: RollupWords;
  readonly summaryWords: SummaryWords;
  /** The heading of the column that names each office's file, or its sheet. */
  readonly placeHeading: string;
}

/** A row's five figures and two percentages, in the offices table's columns. */
function figures(w: SheetWriter<RollupStyle>, totals: Totals, style: RollupStyle): void {
  for (const key of FIGURES) {
    const value = totals[key];
    const format = key === "plannedBudget" || key === "disbursed" ? FORMAT.baht : FORMAT.count;
    w.put(col(key), format === FORMAT.baht ? toBaht(value) : value, style, format);
  }
  w.percent(col("pctProjects"), totals.pctProjects, style);
  w.percent(col("pctBudget"), totals.pctBudget, style);
}

/** The offices table, a row per office coloured by its progress, then their total; its area. */
function writeOffices(p: RollupParts, errors: number, warnings: number): Area {
  const { w, rollup, words, summaryWords, placeHeading } = p;
  const { round } = rollup;
  // Two header rows, as on the summary sheet.
  const tableTop = w.row;
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
    w.put(col(key), heading, "header");
    w.merge(col(key), col(key), w.row + 1);
  }
  w.put(col("pctProjects"), summaryWords.percentDone, "header");
  w.merge(col("pctProjects"), col("pctBudget"));
  w.put(col("pctBudget"), "", "header");
  w.row++;
  for (const [key] of single) w.put(col(key), "", "header");
  w.put(col("pctProjects"), summaryWords.byProjects, "header");
  w.put(col("pctBudget"), summaryWords.byBudget, "header");
  w.row++;

  rollup.offices.forEach((office, i) => {
    const style = progressBand(office.summary.total.pctProjects, round) ?? "value";
    w.put(col("no"), i + 1, style, FORMAT.count);
    w.put(col("organisation"), office.organisation ?? "-", style);
    w.put(col("file"), office.file, style);
    if (office.fiscalYear === undefined) w.put(col("fiscalYear"), "-", style);
    else w.put(col("fiscalYear"), office.fiscalYear, style, "0");
    figures(w, office.summary.total, style);
    w.put(col("errors"), office.errors, style, FORMAT.count);
    w.put(col("warnings"), office.warnings, style, FORMAT.count);
    w.row++;
  });
  w.put(0, words.total(rollup.offices.length), "totalLabel");
  for (let c = 1; c < col("projects"); c++) w.put(c, "", "totalLabel");
  w.merge(0, col("projects") - 1);
  figures(w, rollup.summary.total, "totalValue");
  w.put(col("errors"), errors, "totalValue", FORMAT.count);
  w.put(col("warnings"), warnings, "totalValue", FORMAT.count);
  const table: Area = { top: tableTop, left: 0, bottom: w.row, right: LAST };
  w.row++;
  w.border(tableTop);
  w.row++;
  return table;
}

/** All offices by dimension, in the offices table's columns so the figures line up. */
function writeDimensions(p: RollupParts): void {
  const { w, rollup, lang, words, summaryWords } = p;
  w.line(words.dimensionHeading, "heading");
  const dimensionTop = w.row;
  w.put(0, summaryWords.dimension, "header");
  for (let c = 1; c < col("projects"); c++) w.put(c, "", "header");
  w.merge(0, col("projects") - 1);
  for (const key of FIGURES) w.put(col(key), summaryWords[key], "header");
  w.put(col("pctProjects"), `${summaryWords.percentDone} (${summaryWords.byProjects})`, "header");
  w.put(col("pctBudget"), `${summaryWords.percentDone} (${summaryWords.byBudget})`, "header");
  w.put(col("errors"), summaryWords.inProgress, "header");
  w.put(col("warnings"), summaryWords.notStarted, "header");
  w.row++;
  const dimensionRow = (label: string, totals: Totals, labelStyle: RollupStyle, style: RollupStyle) => {
    w.put(0, label, labelStyle);
    for (let c = 1; c < col("projects"); c++) w.put(c, "", labelStyle);
    w.merge(0, col("projects") - 1);
    figures(w, totals, style);
    w.put(col("errors"), totals.inProgress, style, FORMAT.count);
    w.put(col("warnings"), totals.notStarted, style, FORMAT.count);
    w.row++;
  };
  for (const dimension of rollup.summary.dimensions) {
    const name = dimensionName(dimension.dimension, dimension.name, lang);
    dimensionRow(`${dimension.dimension}. ${name}`, dimension, "label", "value");
  }
  dimensionRow(summaryWords.total, rollup.summary.total, "totalLabel", "totalValue");
  w.border(dimensionTop);
  w.row++;
}

/** The colour legend: one cell in each band's colour. */
function writeLegend(p: RollupParts): void {
  const { w, rollup, words } = p;
  const { round } = rollup;
  w.line(words.legendHeading(round), "heading");
  const bands = PROGRESS_BANDS[round];
  const legend: [ProgressBand, string][] = [
    ["good", words.band.good(bands.good, 100)],
    ["fair", words.band.fair(bands.fair, bands.good)],
    ["poor", words.band.poor(0, bands.fair)],
  ];
  const legendTop = w.row;
  for (const [band, text] of legend) {
    w.put(col("organisation"), text, band);
    w.row++;
  }
  w.border(legendTop, col("organisation"), col("organisation"));
  w.row++;
}

/** The offices whose plans have errors, or a line saying there are none. */
function writeWithErrors(p: RollupParts, withErrors: readonly OfficeSummary[]): void {
  const { w, rollup, words, placeHeading } = p;
  w.line(words.withErrors(withErrors.length), "heading");
  const errorsTop = w.row;
  if (withErrors.length === 0) {
    w.put(0, words.none, "listValue");
    w.row++;
    w.border(errorsTop, 0, 0);
  } else {
    const listRow = (
      values: [string | number, string, string, string | number, string | number],
      style: RollupStyle,
    ) => {
      const [no, organisation, file, errors, warnings] = values;
      w.put(col("no"), no, style, typeof no === "number" ? FORMAT.count : FORMAT.text);
      w.put(col("organisation"), organisation, style);
      w.put(col("file"), file, style);
      for (let c = col("file") + 1; c < col("errors"); c++) w.put(c, "", style);
      w.merge(col("file"), col("errors") - 1);
      w.put(col("errors"), errors, style, typeof errors === "number" ? FORMAT.count : FORMAT.text);
      w.put(col("warnings"), warnings, style, typeof warnings === "number" ? FORMAT.count : FORMAT.text);
      w.row++;
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
    w.border(errorsTop);
  }
  w.row++;
}

/** The files (or sheets) that could not be read, each with its reason, or a line saying there are none. */
function writeUnreadable(p: RollupParts, sheets: boolean): void {
  const { w, rollup, words, placeHeading } = p;
  const unreadable = rollup.unreadable.length;
  w.line(sheets ? words.unreadableSheets(unreadable) : words.unreadable(unreadable), "heading");
  const unreadableTop = w.row;
  if (unreadable === 0) {
    w.put(0, words.none, "listValue");
    w.row++;
    w.border(unreadableTop, 0, 0);
  } else {
    const unreadableRow = (file: string, reason: string, style: RollupStyle) => {
      w.put(0, file, style);
      for (let c = 1; c < col("fiscalYear"); c++) w.put(c, "", style);
      w.merge(0, col("fiscalYear") - 1);
      w.put(col("fiscalYear"), reason, style);
      for (let c = col("fiscalYear") + 1; c <= LAST; c++) w.put(c, "", style);
      w.merge(col("fiscalYear"), LAST);
      w.row++;
    };
    unreadableRow(placeHeading, words.reason, "listHeader");
    for (const { file, reason } of rollup.unreadable) unreadableRow(file, reason, "listValue");
    w.border(unreadableTop);
  }
}
