/**
 * Finding the summary sheet the add-in owns.
 *
 * Ownership is a worksheet-scoped name saved in the file with the sheet (Worksheet.names, ExcelApi
 * 1.4, https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-names-member),
 * checked together with the sheet's id remembered in the settings. An id is documented to survive
 * renames and moves within a session, but may change between sessions; so a sheet is the add-in's
 * own only when it carries the mark, and the remembered id only decides between marked sheets (a copy
 * of the summary carries the mark too). A user's sheet named "สรุปผล" carries no mark and is never
 * touched.
 */
import { CHART_NAME } from "./summaryChart";

/** The mark's name: a worksheet-scoped name on the summary sheet, referring to its status line. */
export const SUMMARY_MARK = "IntegrityPlan.Summary";

/** The add-in's summary sheet as found in the workbook. */
export interface FoundSummary {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly id: string;
  /** A1 address of the status line, from the mark. */
  readonly statusCell: string;
  readonly hasChart: boolean;
}

/** The A1 address a name's formula refers to ("='สรุปผล'!$A$4" → "A4"). */
function referredCell(formula: string): string {
  return formula.slice(formula.lastIndexOf("!") + 1).replace(/\$/g, "");
}

/** The workbook's sheet names, and the add-in's sheet of one kind among them if there is one. */
export interface Lookup<T> {
  readonly names: readonly string[];
  readonly owned: T | undefined;
}

/**
 * Looks for the add-in's own sheet of one kind (the summary, the roll-up) in two syncs: the sheets,
 * then their marks, with what `alsoLoad` queues beside each mark. The marked sheet with the remembered
 * id, else the only marked sheet; none when no sheet, or several without the remembered id, carry the
 * mark.
 */
export async function lookForMarked<T>(
  context: Excel.RequestContext,
  markName: string,
  rememberedId: string | undefined,
  alsoLoad: (sheet: Excel.Worksheet, mark: Excel.NamedItem) => T,
): Promise<Lookup<{ readonly sheet: Excel.Worksheet; readonly loaded: T }>> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  await context.sync();
  const looked = worksheets.items.map((sheet) => {
    const mark = sheet.names.getItemOrNullObject(markName);
    return { sheet, mark, loaded: alsoLoad(sheet, mark) };
  });
  await context.sync();
  const names = worksheets.items.map((sheet) => sheet.name);
  const marked = looked.filter(({ mark }) => !mark.isNullObject);
  const owned =
    marked.find(({ sheet }) => sheet.id === rememberedId) ?? (marked.length === 1 ? marked[0] : undefined);
  return { names, owned: owned && { sheet: owned.sheet, loaded: owned.loaded } };
}

/** The add-in's summary sheet: its status line from the mark's formula, and whether its chart is there. */
export async function lookForSummary(
  context: Excel.RequestContext,
  rememberedId: string | undefined,
): Promise<Lookup<FoundSummary>> {
  const { names, owned } = await lookForMarked(context, SUMMARY_MARK, rememberedId, (sheet, mark) => {
    mark.load("formula");
    const chart = sheet.charts.getItemOrNullObject(CHART_NAME);
    chart.load("name");
    return { mark, chart };
  });
  if (!owned) return { names, owned: undefined };
  const { sheet, loaded } = owned;
  return {
    names,
    owned: {
      sheet,
      name: sheet.name,
      id: sheet.id,
      statusCell: referredCell(loaded.mark.formula),
      hasChart: !loaded.chart.isNullObject,
    },
  };
}

/** The add-in's own summary sheet, or undefined (see lookForSummary). */
export async function findOwnedSummary(
  context: Excel.RequestContext,
  rememberedId: string | undefined,
): Promise<FoundSummary | undefined> {
  return (await lookForSummary(context, rememberedId)).owned;
}
