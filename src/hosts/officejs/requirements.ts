/** Which Excel JavaScript API requirement sets this Excel offers. */

/** The manifest's minimum: getRangeByIndexes and everything below it. */
export const MINIMUM_EXCEL_API = "1.7";

export function supportsExcelApi(version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", version) === true
  );
}
