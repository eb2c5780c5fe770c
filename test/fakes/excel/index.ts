/**
 * A small fake of the Excel JavaScript API: the subset src/hosts/officejs uses, with the proxy rules that
 * matter. A property is readable only after load() and sync(); writes are queued and applied in order
 * on sync; a failing operation stops its batch where it stands, as Excel does; errors carry Excel's
 * codes. A request is sized as office.js builds it and refused over Excel on the web's 5 MB; a request
 * fails or waits while the user edits a cell; a protected sheet refuses writes. It imports neither a
 * test runner nor Node, so a browser page can bundle it as it is.
 */

export type {
  FakeCellInput,
  FakeArea,
  FakeTableSpec,
  FakeConditionalFormatSpec,
  FakeSheetSpec,
  FakeWorkbookSpec,
  FakeEdge,
  FakeCellFormat,
  FakeCell,
  FakeConditionalFormat,
  FakeTable,
  FakeRangeRef,
  FakeChartSeries,
  FakeChart,
  FakeValidation,
  FakeMargin,
  FakePageSetup,
  FakeChangedEventArgs,
  FakeActivatedEventArgs,
  FakeSheetSnapshot,
  FakeSyncFailure,
} from "./types";
export { FakeExcelError } from "./errors";
export { fakeColumnName, fakeParseAddress, fakeFormatAddress } from "./address";
export { FakeSheet } from "./sheet";
export { FakeSettings } from "./settings";
export { FakeWorkbook, type FakeRunOptions } from "./workbook";
export { FakeRequestContext, FakeWorkbookObject, type FakePathObject, type FakeSent } from "./context";
export { FakeNamedItemCollection, FakeNamedItem } from "./names";
export {
  FakeWorksheetCollection,
  FakeWorksheet,
  FakeSheetNames,
  FakeSheetName,
  FakePageLayout,
  FakeHeaderFooter,
  FakeFreezePanes,
  FakeEventHandlerResult,
  FakeEventHandlers,
  FakeWorksheetProtection,
} from "./worksheet";
export {
  FakeChartCollection,
  FakeChartObject,
  FakeChartTitle,
  FakeChartLegend,
  FakeChartSeriesCollection,
  FakeChartSeriesObject,
} from "./charts";
export { FakeTableCollection, FakeTableObject } from "./tables";
export { FakeRangeAreas, fakeParseAreas } from "./rangeAreas";
export {
  FakeRange,
  FakeRangeView,
  FakeDataValidation,
  FakeRangeFormat,
  FakeRangeFont,
  FakeRangeFill,
  FakeRangeBorderCollection,
  FakeRangeBorder,
} from "./range";
export {
  FakeConditionalFormatCollection,
  FakeConditionalFormatObject,
  FakeCustomConditionalFormat,
  FakeConditionalFormatRule,
  FakeConditionalRangeFormat,
  FakeConditionalFill,
} from "./conditionalFormats";
export { installFakeExcel } from "./install";
