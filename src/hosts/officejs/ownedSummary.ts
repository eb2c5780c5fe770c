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
 *
 * The mark stays when the user deletes the row it refers to, but its formula turns into "=#REF!"
 * (NamedItem.formula, https://learn.microsoft.com/javascript/api/excel/excel.nameditem#excel-excel-nameditem-formula-member;
 * a reference to deleted cells becomes #REF!, https://support.microsoft.com/office/how-to-correct-a-ref-error-822c8e46-e610-4d02-bf29-ec4b8c5ff4be).
 * The sheet is still the add-in's: the next write rewrites it and points the mark at the new status line.
 */
import { CHART_NAME } from "./summaryChart";

/** The mark's name: a worksheet-scoped name on the summary sheet, referring to its status line. */
export const SUMMARY_MARK = "IntegrityPlan.Summary";

/** The add-in's summary sheet as found in the workbook. */
export interface FoundSummary {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly id: string;
  /**
   * A1 address of the status line, from the mark; undefined once the user deleted its row (the mark then
   * reads "=#REF!").
   */
  readonly statusCell: string | undefined;
  readonly hasChart: boolean;
  readonly area: OwnedArea;
}

/**
 * The A1 address of the one cell a mark's formula refers to ("='สรุปผล'!$A$4" → "A4"), or undefined when
 * it refers to none: "=#REF!" once the cell's row was deleted.
 */
export function referredCell(formula: string): string | undefined {
  const cell = formula.slice(formula.lastIndexOf("!") + 1).replace(/\$/g, "");
  return /^[A-Z]{1,3}[1-9]\d*$/.test(cell) ? cell : undefined;
}

/**
 * A worksheet-scoped name over the rectangle the add-in last wrote on its sheet (A1 to the layout's last
 * cell): those cells are the add-in's to clear; every other cell of the sheet is the user's (a signature
 * line typed under the summary) and is never cleared or written over.
 */
export const AREA_MARK = "IntegrityPlan.Area";

/** What the add-in last wrote on its sheet, and where the sheet holds values now. */
export interface OwnedArea {
  /** The sheet carries AREA_MARK (its reference may be gone, "=#REF!"). */
  readonly named: boolean;
  /** The rectangle last written, from AREA_MARK ("A1:H40"); undefined on a sheet written before it was kept. */
  readonly written: string | undefined;
  /** The rectangle that holds every value of the sheet now (Range address), undefined when none. */
  readonly used: string | undefined;
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
): Promise<Lookup<{ readonly sheet: Excel.Worksheet; readonly loaded: T; readonly area: OwnedArea }>> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  await context.sync();
  const looked = worksheets.items.map((sheet) => {
    const mark = sheet.names.getItemOrNullObject(markName);
    const written = sheet.names.getItemOrNullObject(AREA_MARK);
    written.load("formula");
    // Values only: a cell with formatting alone holds nothing to lose (getUsedRangeOrNullObject, ExcelApi 1.4).
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("address");
    return { sheet, mark, written, used, loaded: alsoLoad(sheet, mark) };
  });
  await context.sync();
  const names = worksheets.items.map((sheet) => sheet.name);
  const marked = looked.filter(({ mark }) => !mark.isNullObject);
  const owned =
    marked.find(({ sheet }) => sheet.id === rememberedId) ?? (marked.length === 1 ? marked[0] : undefined);
  if (!owned) return { names, owned: undefined };
  const area: OwnedArea = {
    named: !owned.written.isNullObject,
    written: owned.written.isNullObject ? undefined : referredArea(owned.written.formula),
    used: owned.used.isNullObject
      ? undefined
      : owned.used.address.slice(owned.used.address.lastIndexOf("!") + 1),
  };
  return { names, owned: { sheet: owned.sheet, loaded: owned.loaded, area } };
}

/** The A1 area a name's formula refers to ("='สรุปผล'!$A$1:$H$40" → "A1:H40"); undefined for "=#REF!". */
function referredArea(formula: string): string | undefined {
  const area = formula.slice(formula.lastIndexOf("!") + 1).replace(/\$/g, "");
  return /^[A-Z]{1,3}[1-9]\d*(:[A-Z]{1,3}[1-9]\d*)?$/.test(area) ? area : undefined;
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
      area: owned.area,
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
