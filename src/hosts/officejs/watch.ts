/**
 * Live re-checking: tells the pane when the user edits the plan's sheet, or comes back to it.
 *
 * Excel raises onChanged for the add-in's own writes too, so a write of the add-in to the plan's sheet
 * (its flag rule) would otherwise look like an edit, start a re-check, flag again, and so on. From
 * ExcelApi 1.14 the event says who made the change (`triggerSource`,
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs#excel-excel-worksheetchangedeventargs-triggersource-member);
 * below it, a guard is up while the add-in writes, and events that arrive under it are taken as the
 * add-in's own.
 *
 * onChanged may not fire for a pick from a data-validation list (OfficeDev/office-js#420), and the
 * template's status column is one: activating the plan's sheet also asks for a re-check.
 */
import type { PlanChange, PlanChoice } from "../planHost";
import { DELAY_FOR_CELL_EDIT_API, supportsExcelApi } from "./requirements";

let ownWrites = 0;

/** True while the add-in is writing, or its write's events may still be arriving. */
export function isWriting(): boolean {
  return ownWrites > 0;
}

/**
 * Runs a write of the add-in with the guard up. Excel delivers the events a request raised after
 * answering it, and before answering a later request, so with `settle` one more small round trip is
 * made (an empty sync sends nothing) before the guard comes down.
 */
export async function asOwnWrite<T>(
  context: Excel.RequestContext,
  write: () => Promise<T>,
  settle = true,
): Promise<T> {
  ownWrites++;
  try {
    const result = await write();
    if (settle) {
      context.workbook.worksheets.getActiveWorksheet().load("id");
      await context.sync();
    }
    return result;
  } finally {
    ownWrites--;
  }
}

/**
 * What a change event of the watched sheet is: this user's edit, a co-author's ("Remote",
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs#excel-excel-worksheetchangedeventargs-source-member),
 * or undefined for the add-in's own write or another sheet.
 */
export function userChange(args: Excel.WorksheetChangedEventArgs, sheetId: string): PlanChange | undefined {
  if (args.worksheetId !== sheetId) return undefined;
  // A co-author's edit changes the plan as much as the user's; the add-in's own writes are all Local.
  if (args.source === "Remote") return "remote";
  // ExcelApi 1.14 names the add-in's own changes, so a user's edit typed during a write still counts;
  // below it the guard is all there is.
  if (supportsExcelApi("1.14")) return args.triggerSource === "ThisLocalAddin" ? undefined : "edited";
  return isWriting() ? undefined : "edited";
}

export interface PlanWatch {
  readonly handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
  readonly activated: OfficeExtension.EventHandlerResult<Excel.WorksheetActivatedEventArgs>;
}

/**
 * Registers onChanged on the plan's sheet. The sheet's event, not the table's, serves both kinds of
 * plan with one handler, and also sees rows typed just under a table, before Excel takes them in.
 * The pane debounces; every edit but the add-in's own is passed on, saying whose it is. Handlers only
 * tell the pane: nothing is written here.
 */
export async function watchPlan(
  context: Excel.RequestContext,
  choice: PlanChoice,
  onChange: (change: PlanChange) => void,
): Promise<PlanWatch> {
  const sheet = context.workbook.worksheets.getItem(choice.sheet);
  sheet.load("id");
  // No event can arrive before this sync registers the handler, and by then the id is loaded.
  const handler = sheet.onChanged.add(async (args) => {
    const change = userChange(args, sheet.id);
    if (change) onChange(change);
  });
  const activated = sheet.onActivated.add(async () => {
    onChange("looked");
  });
  await context.sync();
  return { handler, activated };
}

/**
 * Removes the handler. Office.js requires the request context it was added in, so the removal runs
 * in that context (RunOptions.previousObjects), not in a new one; and, as each Excel.run sets the
 * context's delay afresh, it asks to wait for a cell being edited too (ExcelApi 1.11,
 * https://learn.microsoft.com/javascript/api/excel/excel.runoptions).
 */
export async function unwatchPlan(watch: PlanWatch): Promise<void> {
  const remove = async (context: Excel.RequestContext) => {
    watch.handler.remove();
    watch.activated.remove();
    await context.sync();
  };
  const { context } = watch.handler;
  await (supportsExcelApi(DELAY_FOR_CELL_EDIT_API)
    ? Excel.run({ previousObjects: context, delayForCellEdit: true }, remove)
    : Excel.run(context, remove));
}
