/**
 * How each kind of cell looks, as data: font, fill, borders, alignment and wrapping. Both hosts paint
 * these and decide nothing of their own. Colours are "#RRGGBB", as Office.js takes them.
 */
import type { ProgressBand } from "../summary/rollup";

export type CellStyle =
  | "title"
  | "subtitle"
  | "warning"
  | "header"
  | "label"
  | "value"
  | "totalLabel"
  | "totalValue"
  | "heading"
  | "listHeader"
  | "listValue"
  | "memo"
  | "source";

export interface CellLook {
  readonly bold: boolean;
  readonly italic: boolean;
  /** Points. */
  readonly size: number;
  readonly colour: string;
  /** Solid background, or none. */
  readonly fill?: string;
  /** "general" leaves numbers right and text left, as a spreadsheet does by default. */
  readonly horizontal: "general" | "left" | "center";
  readonly vertical: "top" | "middle";
  readonly wrap: boolean;
}

/** The official documents' font. */
export const OFFICIAL_FONT = { name: "TH Sarabun New", size: 16 } as const;
/** Thin lines around every cell of a bordered area. */
export const BORDER = { style: "thin", colour: "#808080" } as const;
export const WARNING_COLOUR = "#C00000";
const HEADER_FILL = "#D9E1F2";
const TOTAL_FILL = "#F2F2F2";
const TEXT_COLOUR = "#000000";

const plain: CellLook = {
  bold: false,
  italic: false,
  size: OFFICIAL_FONT.size,
  colour: TEXT_COLOUR,
  horizontal: "general",
  vertical: "middle",
  wrap: false,
};

/** Every look of the summary sheet. */
export const SUMMARY_LOOKS: Readonly<Record<CellStyle, CellLook>> = {
  title: { ...plain, bold: true, size: 18, horizontal: "center", wrap: true },
  subtitle: { ...plain, bold: true, horizontal: "center", wrap: true },
  warning: { ...plain, bold: true, colour: WARNING_COLOUR, horizontal: "center", wrap: true },
  header: { ...plain, bold: true, fill: HEADER_FILL, horizontal: "center", wrap: true },
  label: { ...plain, wrap: true },
  value: plain,
  totalLabel: { ...plain, bold: true, fill: TOTAL_FILL, horizontal: "center" },
  totalValue: { ...plain, bold: true, fill: TOTAL_FILL },
  heading: { ...plain, bold: true, wrap: true },
  listHeader: { ...plain, bold: true, fill: HEADER_FILL, wrap: true },
  listValue: { ...plain, vertical: "top", wrap: true },
  memo: { ...plain, horizontal: "left", vertical: "top", wrap: true },
  source: { ...plain, italic: true, size: 14, colour: "#595959", wrap: true },
};

/** The plan sheets the product writes (the sample and the template): titles, header, body. */
export type PlanSheetStyle = "planTitle" | "planBanner" | "planHeader" | "planText" | "planWrapped";

export const PLAN_LOOKS: Readonly<Record<PlanSheetStyle, CellLook>> = {
  /** A title line in its first cell alone, running on over the empty cells beside it. */
  planTitle: { ...plain, bold: true, wrap: false },
  /** A title line merged across the table's width, wrapping within it. */
  planBanner: { ...plain, bold: true, wrap: true },
  planHeader: { ...plain, bold: true, wrap: true },
  planText: { ...plain, vertical: "top" },
  planWrapped: { ...plain, vertical: "top", wrap: true },
};

/**
 * Progress colours as the national system shows them (green, orange, red), light enough to print
 * the figures on; the text colour keeps each readable in black-and-white print too.
 */
export const BAND_LOOKS: Readonly<Record<ProgressBand, CellLook>> = {
  good: { ...plain, fill: "#C6EFCE", colour: "#006100", wrap: true },
  fair: { ...plain, fill: "#FFD8A8", colour: "#8A4B00", wrap: true },
  poor: { ...plain, fill: "#FFC7CE", colour: "#9C0006", wrap: true },
};

/** The roll-up sheet's looks: the summary's, and an office's row in its progress colour. */
export type RollupStyle = CellStyle | ProgressBand;

export const ROLLUP_LOOKS: Readonly<Record<RollupStyle, CellLook>> = { ...SUMMARY_LOOKS, ...BAND_LOOKS };
