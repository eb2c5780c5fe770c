/**
 * The link from the add-in to the plan the user chose: a workbook-scoped name over the plan's sheet.
 * The settings keep the plan by its sheet's name, which a rename breaks; a defined name's reference
 * follows its sheet through renames and moves, and rows inserted or deleted inside it
 * (https://support.microsoft.com/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64;
 * Workbook.names, ExcelApi 1.4,
 * https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection#excel-excel-nameditemcollection-add-member(1)).
 * A table needs no link: its name stays when its sheet is renamed.
 */
import type { PlanChoice } from "../planHost";

/** The link's name, scoped to the workbook. */
export const PLAN_LINK = "IntegrityPlan.Plan";

/** Points the link at the chosen plan's sheet (the whole sheet: no row's deletion breaks it). */
export async function linkPlan(context: Excel.RequestContext, choice: PlanChoice): Promise<void> {
  const names = context.workbook.names;
  const old = names.getItemOrNullObject(PLAN_LINK);
  const sheet = context.workbook.worksheets.getItemOrNullObject(choice.sheet);
  old.load("name");
  sheet.load("name");
  await context.sync();
  if (sheet.isNullObject) return;
  if (!old.isNullObject) old.delete();
  names.add(PLAN_LINK, sheet.getRange(), "The plan the Integrity Plan Report add-in reports on.");
  await context.sync();
}

/**
 * The sheet the link points at now, from its formula ("='แผน ปี 66'!$1:$1048576"; NamedItem.formula,
 * ExcelApi 1.7), or undefined when there is no link or its sheet is gone ("=#REF!").
 */
export async function linkedPlan(context: Excel.RequestContext): Promise<PlanChoice | undefined> {
  const link = context.workbook.names.getItemOrNullObject(PLAN_LINK);
  link.load("formula");
  await context.sync();
  if (link.isNullObject) return undefined;
  const sheet = sheetOf(link.formula);
  return sheet === undefined ? undefined : { sheet };
}

/** The sheet a reference names: quoted ('it''s'), or bare. */
export function sheetOf(formula: string): string | undefined {
  const quoted = /^='((?:[^']|'')+)'!/.exec(formula);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const bare = /^=([^'!#][^'!]*)!/.exec(formula);
  return bare?.[1];
}
