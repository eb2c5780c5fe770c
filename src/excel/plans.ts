/** The plans a user can pick in this workbook. */
import type { PlanChoice } from "../host";

/**
 * Tables first, then visible sheets, in workbook order, in one sync. The add-in's own summary
 * sheet is left out: it is output, not a plan.
 */
export async function listPlans(
  context: Excel.RequestContext,
  summarySheetId?: string,
): Promise<PlanChoice[]> {
  const { tables, worksheets } = context.workbook;
  tables.load("items/name,items/worksheet/name");
  worksheets.load("items/name,items/id,items/visibility");
  await context.sync();
  return [
    ...tables.items.map((table) => ({ sheet: table.worksheet.name, table: table.name })),
    ...worksheets.items
      .filter((sheet) => sheet.visibility === "Visible" && sheet.id !== summarySheetId)
      .map((sheet) => ({ sheet: sheet.name })),
  ];
}
