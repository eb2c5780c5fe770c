/** Excel's own limits, and what a machine can read: shared by the command line and the pane. */

// Excel's own limits, kept with the reader that needs them without ExcelJS.
export { EXCEL_COLUMNS, EXCEL_ROWS } from "../xlsx/extent";

/**
 * What this machine can read. ExcelJS holds a workbook in some 13 times its XML (measured: 47 MB of
 * sheet XML, 600 MB) and some 750 bytes a cell; the limits leave room for denser sheets and for the
 * copy --write makes.
 */
export interface Limits {
  /** The file on disk. */
  readonly fileBytes: number;
  /** All XML parts unpacked. */
  readonly xmlBytes: number;
  /** Cells ExcelJS would make: written cells, merged areas and cells under validation rules. */
  readonly cells: number;
}
