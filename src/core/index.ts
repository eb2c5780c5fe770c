/**
 * The plan engine's public face: pure TypeScript, no Office, React, DOM or file system. The hosts (src/hosts),
 * the pane and the command line use these names; the stages behind them are cells → rows → checks →
 * summary → layout, with their words. Tests of one stage import its module directly.
 */

// The pipeline: a grid and options to the plan's report
export { analyzePlan } from "./plan";
export type { NotCarriedOut, PlanOptions, PlanReport } from "./plan";

// Cells: grids, text and amounts
export {
  cellAddress,
  cellText,
  columnLetter,
  columnNumber,
  formulaWithoutValue,
  readArea,
} from "./cells/grid";
export type { Area, Cell, Grid, MergedArea } from "./cells/grid";
export { bahtToSatang, formatBaht, formatPercent, numberAsShown, toBaht } from "./cells/money";
export { tableAreaLeft, tableGrid } from "./cells/tableGrid";
export type { TablePlace } from "./cells/tableGrid";
export { FIELDS, REQUIRED_FIELDS } from "./cells/vocabulary";
export type { Field, Lang, Round } from "./cells/vocabulary";

// Rows: header, columns, dimensions, statuses, years and where the plan is
export { HEADER_SEARCH_ROWS, HEAD_ROWS, findHeader, headOf, showsHeader } from "./rows/columns";
export type { ColumnChoice } from "./rows/columns";
export { readFiscalYear, withDefaultFiscalYear } from "./rows/fiscalYear";
export { buddhistYear, roundPeriod } from "./rows/period";
export { choosePlan, placesJson } from "./rows/planPlace";
export type { AskWhy, PlaceCandidate, PlaceDecision, PlaceLook } from "./rows/planPlace";

// Checks: issues and their places
export { groupIssues, groupPlace, groupRowCount } from "./checks/issueGroups";
export type { IssueGroup } from "./checks/issueGroups";
export { issuePlace } from "./checks/issuePlace";
export { countBySeverity } from "./checks/issues";
export type { Issue, Severity } from "./checks/issues";
export { holdsSummarySheet, isSummarySheet, notAddedTwice, samePlans } from "./checks/samePlan";
export type { SamePlans, SheetHead } from "./checks/samePlan";

// Summary and roll-up: figures, traces, JSON
export { reportJson } from "./summary/json";
export { leftOutRows, readingLine } from "./summary/reading";
export { mixedFacts, officeSummary, rollUp, rollUpExitCode, rollUpJson } from "./summary/rollup";
export type { Mixed, OfficeSummary, RollUp, Unreadable } from "./summary/rollup";
export {
  decideRollup,
  firstMixed,
  placesRead,
  rollUpOnce,
  rollupCandidates,
  rollupPlaceName,
} from "./summary/rollupSteps";
export type { PlaceRead, RollupAsked, RollupDecision, RollupPlace } from "./summary/rollupSteps";
export { compactRanges, rowRuns, rowsText } from "./summary/rowRanges";
export type { Totals } from "./summary/summarize";
export type { TracedFigure } from "./summary/trace";
export { tracedCells } from "./summary/traceCells";
export type { TracedCell } from "./summary/traceCells";

// Layout: the sheets the hosts paint
export { displayText } from "./layout/display";
export { flagArea, flagRule } from "./layout/flagRule";
export type { FlagRule } from "./layout/flagRule";
export { footerCode } from "./layout/footer";
export type { FooterSections } from "./layout/footer";
export { FORMAT } from "./layout/formats";
export { summaryLayout, tableColumns } from "./layout/layout";
export { selfCheckCondition } from "./layout/selfCheck";
export { reportFingerprint } from "./summary/fingerprint";
export type { ChartSpec, LayoutCell, SummaryLayout } from "./layout/layout";
export { memoText } from "./layout/memo";
export { freeSheetName, freeTableName } from "./layout/names";
export { unprintedTitleRows } from "./layout/pagePrint";
export type { PagePrint, RowSpan } from "./layout/pagePrint";
export { planSheetFormat, planSheetStyle } from "./layout/planSheet";
export { rollupLayout } from "./layout/rollupLayout";
export type { RollupLayout } from "./layout/rollupLayout";
export { columnPoints } from "./layout/rowHeights";
export {
  SAMPLE_GRID,
  SAMPLE_HEADERS,
  SAMPLE_HEADER_ROW,
  SAMPLE_ROWS,
  SAMPLE_SHEET,
  SAMPLE_TABLE,
  sampleSheetLayout,
} from "./layout/sample";
export { layoutMatrix } from "./layout/sheetLayout";
export type { SheetLayout } from "./layout/sheetLayout";
export { BORDER, WARNING_COLOUR } from "./layout/styles";
export type { CellLook, CellStyle } from "./layout/styles";
export { dropDown, listAlert, planTemplate } from "./layout/template";
export type { PlanTemplate, TemplateColumn } from "./layout/template";
export { displayWidth } from "./layout/textWidth";

// Words: messages and the table's wording, Thai and English
export { dimensionName } from "./words/dimensionName";
export { FIELD_NAMES } from "./words/fieldNames";
export { typeSplitLine } from "./words/itemTypeText";
export { MESSAGES, describeIssue } from "./words/messages";
export { PLACE_WORDS } from "./words/placeWords";
export { plural } from "./words/plural";
export { itemTitle, reasonShown } from "./words/reasonText";
export { ROLLUP_SHEET_WORDS } from "./words/rollupWords";
export { SUMMARY_WORDS } from "./words/summaryWords";
