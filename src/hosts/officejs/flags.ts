/**
 * Paints core's flag rule (src/core/layout/flagRule.ts) on the plan's sheet as one conditional format, and
 * removes it again.
 *
 * A conditional format is addressed by its place in the sheet's list of rules (its priority, see
 * Excel.ConditionalFormat `id` and `priority`,
 * https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat), and that place shifts
 * when a rule before it is deleted, so a proxy kept from before a delete may name another rule.
 * So the add-in's rule is found by its formula (saved in the file with the rule itself), deleted one
 * at a time, and looked for anew after each delete. It never calls clearAll, which takes the user's
 * rules too.
 */
import { type FlagRule, flagArea } from "../../core";
import type { PlanArea, PlanChoice } from "../planHost";

/** What the add-in keeps in the settings to find its rule again. */
export interface SavedFlagRule {
  readonly sheetId: string;
  readonly formula: string;
}

/** Excel may give a formula back spaced or cased differently from how it was written. */
export const sameFormula = (a: string, b: string): boolean =>
  a.replace(/\s+/g, "").toUpperCase() === b.replace(/\s+/g, "").toUpperCase();

/** The first of the sheet's rules with the saved formula, loaded afresh, or undefined. */
async function findRule(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  formula: string,
): Promise<Excel.ConditionalFormat | undefined> {
  const formats = sheet.getRange().conditionalFormats;
  formats.load("items/type");
  await context.sync();
  const custom = formats.items.filter((format) => format.type === "Custom");
  if (custom.length === 0) return undefined;
  for (const format of custom) format.custom.rule.load("formula");
  await context.sync();
  return custom.find((format) => sameFormula(format.custom.rule.formula, formula));
}

/** The sheet the saved rule was put on: by its id, else the plan's sheet (ids may change between sessions). */
async function ruleSheet(
  context: Excel.RequestContext,
  saved: SavedFlagRule,
  choice: PlanChoice | undefined,
): Promise<Excel.Worksheet | undefined> {
  const sheets = context.workbook.worksheets;
  const byId = sheets.getItemOrNullObject(saved.sheetId);
  const byName = choice ? sheets.getItemOrNullObject(choice.sheet) : undefined;
  byId.load("id");
  byName?.load("id");
  await context.sync();
  if (!byId.isNullObject) return byId;
  return byName && !byName.isNullObject ? byName : undefined;
}

/** Deletes every rule of the add-in on its sheet, one per sync, finding each anew. Returns how many. */
export async function removeFlags(
  context: Excel.RequestContext,
  saved: SavedFlagRule | undefined,
  choice: PlanChoice | undefined,
): Promise<number> {
  if (!saved) return 0;
  const sheet = await ruleSheet(context, saved, choice);
  if (!sheet) return 0;
  let removed = 0;
  for (;;) {
    const found = await findRule(context, sheet, saved.formula);
    if (!found) return removed;
    found.delete();
    await context.sync();
    removed++;
  }
}

/** Replaces the add-in's rule with core's rule over the plan; returns what to remember of it. */
export async function flagRows(
  context: Excel.RequestContext,
  area: PlanArea,
  saved: SavedFlagRule | undefined,
): Promise<SavedFlagRule> {
  await removeFlags(context, saved, area.choice);
  const rule: FlagRule = area.rule;
  const sheet = context.workbook.worksheets.getItem(area.choice.sheet);
  const format = sheet.getRange(flagArea(rule)).conditionalFormats.add("Custom");
  format.custom.rule.formula = rule.formula;
  format.custom.format.fill.color = rule.fill;
  format.custom.rule.load("formula");
  sheet.load("id");
  await context.sync();
  return { sheetId: sheet.id, formula: format.custom.rule.formula };
}
