/**
 * The roll-up sheet as data (spec §8): one row per office coloured by progress, the offices added
 * up by dimension, the colour legend, the offices with errors and the files not read. Values,
 * formats, looks, merges, widths, row heights and print setup are all decided here; hosts only paint.
 */
import { dimensionName } from "./dimensionName";
import { footerSections } from "./footer";
import { FORMAT } from "./formats";
import { type Area, PAGE_PRINT, type PrintSetup } from "./layout";
import { MESSAGES, type Lang } from "./messages";
import { toBaht } from "./money";
import { roundPeriod, thaiDate } from "./period";
import { PROGRESS_BANDS, type ProgressBand, type RollUp, progressBand } from "./rollup";
import type { Totals } from "./summarize";

export type RollupStyle =
  | "title"
  | "subtitle"
  | "warning"
  | "header"
  | "label"
  | "value"
  | ProgressBand
  | "totalLabel"
  | "totalValue"
  | "heading"
  | "listHeader"
  | "listValue";

/** How a style looks; colours are ARGB hex ("FFC6EFCE"). */
export interface RollupLook {
  readonly bold?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "middle";
  readonly wrap?: boolean;
  /** A thin grey border on all four sides. */
  readonly border?: boolean;
}

/** The border colour of every bordered cell. */
export const BORDER_COLOR = "FF808080";

/**
 * Progress colours as the national system shows them (green, orange, red), light enough to print
 * the figures on; the text colour keeps each readable in black-and-white print too.
 */
export const BAND_LOOKS: Readonly<Record<ProgressBand, RollupLook>> = {
  good: { fill: "FFC6EFCE", color: "FF006100", vertical: "middle", wrap: true, border: true },
  fair: { fill: "FFFFD8A8", color: "FF8A4B00", vertical: "middle", wrap: true, border: true },
  poor: { fill: "FFFFC7CE", color: "FF9C0006", vertical: "middle", wrap: true, border: true },
};

const HEADER_FILL = "FFD9E1F2";
const TOTAL_FILL = "FFF2F2F2";

export const ROLLUP_LOOKS: Readonly<Record<RollupStyle, RollupLook>> = {
  title: { bold: true, size: 18 },
  subtitle: { bold: true },
  warning: { bold: true, color: "FFC00000" },
  header: {
    bold: true,
    fill: HEADER_FILL,
    horizontal: "center",
    vertical: "middle",
    wrap: true,
    border: true,
  },
  label: { vertical: "middle", wrap: true, border: true },
  value: { vertical: "middle", border: true },
  ...BAND_LOOKS,
  totalLabel: { bold: true, fill: TOTAL_FILL, horizontal: "center", vertical: "middle", border: true },
  totalValue: { bold: true, fill: TOTAL_FILL, vertical: "middle", border: true },
  heading: { bold: true },
  listHeader: { bold: true, fill: HEADER_FILL, vertical: "middle", wrap: true, border: true },
  listValue: { vertical: "top", wrap: true, border: true },
};

export interface RollupCell {
  /** 0-based row and column (A1 is 0, 0). */
  readonly row: number;
  readonly column: number;
  readonly value: string | number;
  readonly format: string;
  readonly style: RollupStyle;
}

export interface RollupLayout {
  readonly rowCount: number;
  readonly columnCount: number;
  readonly cells: readonly RollupCell[];
  readonly merges: readonly Area[];
  /** Column widths in characters. */
  readonly columnWidths: readonly number[];
  /** Every row's height in points: Excel and Calc do not grow rows to fit wrapped or merged text. */
  readonly rowHeights: readonly number[];
  /** The offices table's header rows, repeated at the top of each printed page. */
  readonly headerRows: { readonly first: number; readonly last: number };
  /** The offices table, header and total included. */
  readonly table: Area;
  readonly print: PrintSetup;
}

export interface RollupLayoutOptions {
  readonly lang?: Lang;
  /** When the sheet is written, for its footer. */
  readonly writtenAt?: Date;
}

/** Points per line of text in the official font at 16 pt. */
export const LINE_HEIGHT = 24;

/** Thai vowel and tone marks sit above or below a letter and take no width of their own. */
const ZERO_WIDTH = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u200B-\u200D]/g;

/** Lines a text needs in a cell of `width` characters (at least one). */
function linesFor(text: string, width: number): number {
  const length = [...text.replace(ZERO_WIDTH, "")].length;
  // Thai wraps only between words, so a narrow cell holds fewer characters a line than its width.
  return Math.max(1, Math.ceil(length / Math.max(1, width * 0.9 - 3)));
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
  const summaryWords = MESSAGES[lang].summary;
  const words = MESSAGES[lang].rollup;
  const { round } = rollup;
  const cells: RollupCell[] = [];
  const merges: Area[] = [];
  const heights: number[] = [];
  let row = 0;

  const put = (column: number, value: string | number, style: RollupStyle, format: string = FORMAT.text) =>
    cells.push({ row, column, value, format, style });
  const merge = (left: number, right: number, bottom = row) => {
    if (right > left || bottom > row) merges.push({ top: row, left, bottom, right });
  };
  const next = (lines = 1) => {
    heights[row] = Math.max(heights[row] ?? 0, lines * LINE_HEIGHT);
    row++;
  };
  const line = (text: string, style: RollupStyle, height = LINE_HEIGHT) => {
    put(0, text, style);
    merge(0, LAST);
    heights[row] = height;
    row++;
  };
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

  line(words.title, "title", 32);
  const months = rollup.fiscalYear === undefined ? "" : roundPeriod(rollup.fiscalYear, round, lang);
  line(
    `${summaryWords.period(rollup.fiscalYear, round, months)} · ${words.offices(rollup.offices.length)}`,
    "subtitle",
  );
  const withErrors = rollup.offices.filter((office) => office.errors > 0);
  line(withErrors.length > 0 ? words.withErrors(withErrors.length) : "", "warning");

  // The offices table: two header rows, as on the summary sheet.
  const tableTop = row;
  const single: [ColumnKey, string][] = [
    ["no", words.no],
    ["organisation", words.organisation],
    ["file", words.file],
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
  // The tallest heading shares its two rows' height; the percentages' own two headings need theirs.
  const headingLines = Math.max(
    ...single.map(([key, heading]) => linesFor(heading, COLUMNS[col(key)].width)),
  );
  const percentLines = Math.max(
    linesFor(summaryWords.byProjects, COLUMNS[col("pctProjects")].width),
    linesFor(summaryWords.byBudget, COLUMNS[col("pctBudget")].width),
  );
  next(Math.max(1, headingLines - percentLines));
  for (const [key] of single) put(col(key), "", "header");
  put(col("pctProjects"), summaryWords.byProjects, "header");
  put(col("pctBudget"), summaryWords.byBudget, "header");
  next(percentLines);

  rollup.offices.forEach((office, i) => {
    const style = progressBand(office.summary.total.pctProjects, round) ?? "value";
    const organisation = office.organisation ?? "-";
    put(col("no"), i + 1, style, FORMAT.count);
    put(col("organisation"), organisation, style);
    put(col("file"), office.file, style);
    if (office.fiscalYear === undefined) put(col("fiscalYear"), "-", style);
    else put(col("fiscalYear"), office.fiscalYear, style, "0");
    figures(office.summary.total, style);
    put(col("errors"), office.errors, style, FORMAT.count);
    put(col("warnings"), office.warnings, style, FORMAT.count);
    next(
      Math.max(
        linesFor(organisation, COLUMNS[col("organisation")].width),
        linesFor(office.file, COLUMNS[col("file")].width),
      ),
    );
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
  next();
  next();

  // All offices by dimension, in the offices table's columns so the figures line up.
  line(words.dimensionHeading, "heading");
  put(0, summaryWords.dimension, "header");
  for (let c = 1; c < col("projects"); c++) put(c, "", "header");
  merge(0, col("projects") - 1);
  for (const key of FIGURES) put(col(key), summaryWords[key], "header");
  put(col("pctProjects"), `${summaryWords.percentDone} (${summaryWords.byProjects})`, "header");
  put(col("pctBudget"), `${summaryWords.percentDone} (${summaryWords.byBudget})`, "header");
  put(col("errors"), summaryWords.inProgress, "header");
  put(col("warnings"), summaryWords.notStarted, "header");
  next(
    Math.max(
      ...cells
        .filter((cell) => cell.row === row)
        .map((cell) => linesFor(String(cell.value), COLUMNS[cell.column].width)),
    ),
  );
  const dimensionRow = (label: string, totals: Totals, labelStyle: RollupStyle, style: RollupStyle) => {
    put(0, label, labelStyle);
    for (let c = 1; c < col("projects"); c++) put(c, "", labelStyle);
    merge(0, col("projects") - 1);
    figures(totals, style);
    put(col("errors"), totals.inProgress, style, FORMAT.count);
    put(col("warnings"), totals.notStarted, style, FORMAT.count);
    next();
  };
  for (const dimension of rollup.summary.dimensions) {
    const name = dimensionName(dimension.dimension, dimension.name, lang);
    dimensionRow(`${dimension.dimension}. ${name}`, dimension, "label", "value");
  }
  dimensionRow(summaryWords.total, rollup.summary.total, "totalLabel", "totalValue");
  next();

  // The colour legend: one cell in each band's colour.
  line(words.legendHeading(round), "heading");
  const bands = PROGRESS_BANDS[round];
  const legend: [ProgressBand, string][] = [
    ["good", words.band.good(bands.good, 100)],
    ["fair", words.band.fair(bands.fair, bands.good)],
    ["poor", words.band.poor(0, bands.fair)],
  ];
  for (const [band, text] of legend) {
    put(col("organisation"), text, band);
    next();
  }
  next();

  line(words.withErrors(withErrors.length), "heading");
  if (withErrors.length === 0) {
    put(0, words.none, "listValue");
    next();
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
      next(Math.max(linesFor(organisation, COLUMNS[col("organisation")].width), 1));
    };
    listRow([words.no, words.organisation, words.file, words.errors, words.warnings], "listHeader");
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
  }
  next();

  line(words.unreadable(rollup.unreadable.length), "heading");
  if (rollup.unreadable.length === 0) {
    put(0, words.none, "listValue");
    next();
  } else {
    const reasonWidth = COLUMNS.slice(col("fiscalYear")).reduce((sum, column) => sum + column.width, 0);
    const unreadableRow = (file: string, reason: string, style: RollupStyle) => {
      put(0, file, style);
      for (let c = 1; c < col("fiscalYear"); c++) put(c, "", style);
      merge(0, col("fiscalYear") - 1);
      put(col("fiscalYear"), reason, style);
      for (let c = col("fiscalYear") + 1; c <= LAST; c++) put(c, "", style);
      merge(col("fiscalYear"), LAST);
      const fileWidth = COLUMNS.slice(0, col("fiscalYear")).reduce((sum, column) => sum + column.width, 0);
      next(Math.max(linesFor(file, fileWidth), linesFor(reason, reasonWidth)));
    };
    unreadableRow(words.file, words.reason, "listHeader");
    for (const { file, reason } of rollup.unreadable) unreadableRow(file, reason, "listValue");
  }

  const writtenAt = options.writtenAt;
  const errors = rollup.offices.reduce((sum, office) => sum + office.errors, 0);
  const warnings = rollup.offices.reduce((sum, office) => sum + office.warnings, 0);
  const footer = {
    left: writtenAt ? summaryWords.footerWritten(thaiDate(writtenAt, lang)) : "",
    right: `${words.footerCounts(rollup.offices.length, rollup.unreadable.length)} · ${summaryWords.footerCheck(errors, warnings)}`,
  };
  return {
    rowCount: row,
    columnCount: COLUMNS.length,
    cells,
    merges,
    columnWidths: COLUMNS.map((column) => column.width),
    rowHeights: Array.from({ length: row }, (_, r) => heights[r] ?? LINE_HEIGHT),
    headerRows: { first: tableTop, last: tableTop + 1 },
    table,
    print: { ...PAGE_PRINT, footer, footerSections: footerSections(footer) },
  };
}
