/** Excel's own sheet size (Microsoft: "Excel specifications and limits"): a cell beyond it is a damaged file. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;
