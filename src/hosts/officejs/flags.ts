/**
 * Paints core's flag rule (src/core/layout/flagRule.ts) on the plan's sheet as one conditional format, and
 * removes it again.
 *
 * The add-in's rule is found by the mark core's formula carries (isFlagFormula), not by the formula as
 * written: Excel gives a rule's formula back relative to the rule's own top-left cell (office-js #5194,
 * https://github.com/OfficeDev/office-js/issues/5194), so once the user inserts rows above the plan its
 * cell references have moved; and cutting, pasting or deleting rows inside the rule splits it into
 * fragments (a rule over several areas, ConditionalFormat.getRanges,
 * https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-getranges-member(1),
 * or rules of their own, each with its formula written for its own top-left cell, as #5194 shows).
 * Every fragment carries the mark, and every one is removed. A rule put there by an older version,
 * which carried no mark, is still found by the formula saved with it, as long as it has not moved.
 *
 * A conditional format is addressed by its place in the sheet's list of rules (its priority, see
 * Excel.ConditionalFormat `id` and `priority`,
 * https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat), and that place shifts
 * when a rule before it is deleted, so a proxy kept from before a delete may name another rule.
 * So the rules are deleted one at a time, each looked for anew after the delete before it. It never
 * calls clearAll, which takes the user's rules too.
 */
import { type FlagRule, flagArea } from "../../core";
import { isFlagFormula } from "../../core/layout/flagRule";
import type { PlanArea, PlanChoice } from "../planHost";
import { refusedWrite } from "./refused";

/** What the add-in keeps in the settings to find its rule again. */
export interface SavedFlagRule {
  readonly sheetId: string;
  /** The formula as Excel gave it back when the rule was put there: finds an older version's rule, unmarked. */
  readonly formula: string;
}

/** Excel may give a formula back spaced or cased differently from how it was written. */
export const sameFormula = (a: string, b: string): boolean =>
  a.replace(/\s+/g, "").toUpperCase() === b.replace(/\s+/g, "").toUpperCase();

/** The add-in's rule, or a fragment of it: it carries the mark, or it is the older version's rule as saved. */
const isOurs = (formula: string, saved: SavedFlagRule): boolean =>
  isFlagFormula(formula) || sameFormula(formula, saved.formula);

/** The first of the sheet's rules that is the add-in's, loaded afresh, or undefined. */
async function findRule(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  saved: SavedFlagRule,
): Promise<Excel.ConditionalFormat | undefined> {
  const formats = sheet.getRange().conditionalFormats;
  formats.load("items/type");
  await context.sync();
  const custom = formats.items.filter((format) => format.type === "Custom");
  if (custom.length === 0) return undefined;
  for (const format of custom) format.custom.rule.load("formula");
  await context.sync();
  return custom.find((format) => isOurs(format.custom.rule.formula, saved));
}

/**
 * The sheets the add-in's rule may be on, each once: the sheet it was put on, by its id, and the plan's
 * sheet (ids may change between sessions, and the plan may have moved to another sheet since).
 */
async function ruleSheets(
  context: Excel.RequestContext,
  saved: SavedFlagRule,
  choice: PlanChoice | undefined,
): Promise<Excel.Worksheet[]> {
  const sheets = context.workbook.worksheets;
  const candidates = [sheets.getItemOrNullObject(saved.sheetId)];
  if (choice) candidates.push(sheets.getItemOrNullObject(choice.sheet));
  for (const sheet of candidates) sheet.load("id");
  await context.sync();
  const found = candidates.filter((sheet) => !sheet.isNullObject);
  return found.filter((sheet, i) => found.findIndex((other) => other.id === sheet.id) === i);
}

/** Deletes every rule of the add-in and every fragment of it, one per sync, finding each anew. Returns how many. */
export async function removeFlags(
  context: Excel.RequestContext,
  saved: SavedFlagRule | undefined,
  choice: PlanChoice | undefined,
): Promise<number> {
  if (!saved) return 0;
  let removed = 0;
  for (const sheet of await ruleSheets(context, saved, choice)) {
    for (;;) {
      const found = await findRule(context, sheet, saved);
      if (!found) break;
      found.delete();
      await context.sync();
      removed++;
    }
  }
  return removed;
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
  // A protected plan sheet refuses the rule (AccessDenied): the pane names the sheet.
  await context.sync().catch((error: unknown) => refusedWrite(context, sheet, error));
  return { sheetId: sheet.id, formula: format.custom.rule.formula };
}
