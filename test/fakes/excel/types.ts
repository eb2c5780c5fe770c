/** The shapes a test gives and reads back: specs, cell and sheet models, event arguments. */

import type { FakeSheet } from "./sheet";

/** A cell as a test gives it: the same shape as core's Cell. */
export type FakeCellInput = number | string | boolean | { readonly error: string } | null;

/** An inclusive rectangle of 0-based rows and columns. */
export interface FakeArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface FakeTableSpec {
  readonly name: string;
  /** 1-based worksheet row and column of the header's first cell. */
  readonly row: number;
  readonly column: number;
  /** The header row, then the data rows (the last one the Total Row when `showTotals`). */
  readonly rows: readonly (readonly FakeCellInput[])[];
  readonly showTotals?: boolean;
}

export interface FakeConditionalFormatSpec {
  readonly type: string;
  /** A1-style, without the sheet name. */
  readonly address: string;
  readonly formula?: string;
  readonly fill?: string;
}

export interface FakeSheetSpec {
  readonly name: string;
  /** Cells placed from `row`, `column` (1-based, default A1). */
  readonly rows?: readonly (readonly FakeCellInput[])[];
  readonly row?: number;
  readonly column?: number;
  readonly tables?: readonly FakeTableSpec[];
  readonly conditionalFormats?: readonly FakeConditionalFormatSpec[];
  /** Fill colours the user has painted, by A1 address of single cells. */
  readonly fills?: Readonly<Record<string, string>>;
  readonly visibility?: "Visible" | "Hidden";
  /** Worksheet rows (1-based) hidden by hand or by a filter. */
  readonly hiddenRows?: readonly number[];
  /** Worksheet columns (1-based, A = 1) hidden. */
  readonly hiddenColumns?: readonly number[];
  /** Charts the user already has on the sheet. */
  readonly charts?: readonly { readonly name: string; readonly type?: string }[];
  /** Protected (Review → Protect Sheet, default options): Excel refuses writes with AccessDenied. */
  readonly protected?: boolean;
}

export interface FakeWorkbookSpec {
  readonly sheets: readonly FakeSheetSpec[];
  /** The highest ExcelApi requirement set the fake claims; default "1.7", the manifest's minimum. */
  readonly apiVersion?: string;
  /** Document settings as saved in the file. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Bytes a response may carry; default Excel on the web's 5 MB. */
  readonly payloadLimit?: number;
  /**
   * Bytes a request may carry, as office.js would build it (context.ts); default Excel on the web's 5 MB
   * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
   */
  readonly requestLimit?: number;
  /**
   * The code a response over `payloadLimit` fails with: ResponsePayloadSizeLimitExceeded, or
   * GeneralException as older builds of Excel on the web answer (office-js #1314, #1012).
   */
  readonly oversizedResponseCode?: "ResponsePayloadSizeLimitExceeded" | "GeneralException";
  /** Defined names in the workbook; a table may not take one of them. */
  readonly names?: readonly string[];
}

export type FakeEdge = "top" | "bottom" | "left" | "right";

export interface FakeCellFormat {
  bold?: boolean;
  italic?: boolean;
  fontName?: string;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders: Partial<Record<FakeEdge, string>>;
  borderColours?: Partial<Record<FakeEdge, string>>;
}

export interface FakeCell {
  value: number | string | boolean | null;
  /** Set when a write turned the text into a formula. */
  formula?: string;
  error?: string;
  numberFormat: string;
  format: FakeCellFormat;
}

export interface FakeConditionalFormat {
  readonly id: string;
  readonly type: string;
  area: FakeArea;
  formula?: string;
  fill?: string;
}

export interface FakeTable {
  name: string;
  readonly sheet: FakeSheet;
  /** Moves when the user inserts or deletes rows above it or inside it (userRows.ts). */
  area: FakeArea;
  /** The built-in style given, if any ("TableStyleLight9"). */
  style?: string;
  /** The Total Row is shown: the area's last row (Excel's Table.showTotals). */
  showTotals?: boolean;
}

/** A range a chart refers to: by sheet id, so it follows the sheet through a rename, as in Excel. */
export interface FakeRangeRef {
  readonly sheetId: string;
  readonly area: FakeArea;
}

export interface FakeChartSeries {
  name: string;
  values: FakeRangeRef;
  xValues?: FakeRangeRef;
}

export interface FakeChart {
  readonly id: string;
  name: string;
  readonly type: string;
  title: string;
  legend: { position: string; visible: boolean };
  readonly series: FakeChartSeries[];
  /** The cells the chart covers, once placed with setPosition. */
  position?: { readonly start: FakeArea; readonly end?: FakeArea };
}

export interface FakeValidation {
  readonly area: FakeArea;
  rule?: { readonly list?: { readonly inCellDropDown: boolean; readonly source: string } };
  errorAlert?: {
    readonly showAlert?: boolean;
    readonly style?: string;
    readonly title?: string;
    readonly message?: string;
  };
}

export type FakeMargin = "left" | "right" | "top" | "bottom" | "header" | "footer";

export interface FakePageSetup {
  orientation?: string;
  paperSize?: string;
  zoom?: {
    readonly horizontalFitToPages?: number | null;
    readonly verticalFitToPages?: number | null;
    readonly scale?: number | null;
  };
  printTitleRows?: string;
  /** Points, as Office.js sets them. */
  margins?: Partial<Record<FakeMargin, number>>;
  leftFooter?: string;
  centerFooter?: string;
  rightFooter?: string;
}

/** What a worksheet.onChanged handler receives (the part the fake models). */
export interface FakeChangedEventArgs {
  readonly type: "WorksheetChanged";
  readonly worksheetId: string;
  readonly address: string;
  readonly changeType: "RangeEdited";
  readonly source: "Local" | "Remote";
  /** From ExcelApi 1.14 only: whether this add-in's own API call made the change. */
  readonly triggerSource?: "ThisLocalAddin" | "Unknown";
}

/** What a worksheet.onActivated handler receives (ExcelApi 1.7). */
export interface FakeActivatedEventArgs {
  readonly type: "WorksheetActivated";
  readonly worksheetId: string;
}

export type FakeEventArgs = FakeChangedEventArgs | FakeActivatedEventArgs;

/** A plain copy of a sheet's state, for comparing before and after. */
export interface FakeSheetSnapshot {
  readonly name: string;
  readonly id: string;
  readonly position: number;
  readonly cells: readonly (readonly [string, FakeCell])[];
  readonly merges: readonly FakeArea[];
  readonly conditionalFormats: readonly FakeConditionalFormat[];
  readonly columnWidths: readonly (readonly [number, number])[];
  readonly rowHeights: readonly (readonly [number, number])[];
  readonly charts: readonly FakeChart[];
  readonly validations: readonly FakeValidation[];
  readonly frozenRows: number;
  readonly pageLayout: FakePageSetup;
}

export interface FakeSyncFailure {
  /** The number the failing sync will have in `syncCount`. */
  readonly sync: number;
  readonly code: string;
  /** Operations of the batch applied before it fails; default none. */
  readonly afterOps?: number;
}
export interface RangeModel {
  readonly sheet: FakeSheet;
  readonly area: FakeArea;
}
