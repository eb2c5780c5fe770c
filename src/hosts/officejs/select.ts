/** Takes the user to a cell of the plan. */
import type { PlanChoice } from "../planHost";

/** Activates the plan's sheet first: Excel selects only on the active sheet. */
export async function selectCell(
  context: Excel.RequestContext,
  choice: PlanChoice,
  row: number,
  column: number,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(choice.sheet);
  sheet.activate();
  sheet.getRangeByIndexes(row - 1, column - 1, 1, 1).select();
  await context.sync();
}
