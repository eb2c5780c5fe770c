/** The plans a user can pick in this workbook. */
import type { PlanChoice } from "../planHost";

/** Older versions of the add-in built a new summary under this name; a sheet left over is not a plan. */
const BUILDING_PREFIX = "~สรุปผล";

/**
 * Tables first, then visible sheets, in workbook order, in one sync. The add-in's own summary and
 * roll-up sheets (by the ids remembered for them), and any sheet an interrupted write of an older
 * version left behind, are left out: they are output, not plans.
 */
export async function listPlans(
  context: Excel.RequestContext,
  ...ownSheetIds: readonly (string | undefined)[]
): Promise<PlanChoice[]> {
  const { tables, worksheets } = context.workbook;
  tables.load("items/name,items/worksheet/name");
  worksheets.load("items/name,items/id,items/visibility");
  await context.sync();
  return [
    ...tables.items.map((table) => ({ sheet: table.worksheet.name, table: table.name })),
    ...worksheets.items
      .filter(
        (sheet) =>
          sheet.visibility === "Visible" &&
          !ownSheetIds.includes(sheet.id) &&
          !sheet.name.startsWith(BUILDING_PREFIX),
      )
      .map((sheet) => ({ sheet: sheet.name })),
  ];
}
