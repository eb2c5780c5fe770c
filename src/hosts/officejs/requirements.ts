/** Which Excel JavaScript API requirement sets this Excel offers. */

/** The manifest's minimum: getRangeByIndexes and everything below it. */
export const MINIMUM_EXCEL_API = "1.7";

/**
 * Excel.run's `delayForCellEdit`: a request waits while the user edits a cell instead of failing
 * (https://learn.microsoft.com/javascript/api/excel/excel.runoptions, ExcelApi 1.11).
 */
export const DELAY_FOR_CELL_EDIT_API = "1.11";

/**
 * Excel.run's `mergeUndoGroup`: the batches of one run are one step of the user's undo (ExcelApi 1.20,
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
 */
export const UNDO_GROUP_API = "1.20";

export function supportsExcelApi(version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
  );
}
