/**
 * The add-in's conditional format that fills the plan's rows not carried out in light red.
 *
 * A rule's `id` in ExcelApi 1.7 is only its place in the current collection, not a lasting name, so
 * the add-in remembers its rule by sheet id and formula (a ROW() test no user writes by hand) and
 * deletes exactly the rules that match. It never calls clearAll, which would take the user's rules too.
 */
import { HostError, type PlanArea } from "../host";

/** What the add-in keeps to find its rule again. */
export interface FlagRule {
  readonly sheetId: string;
  readonly formula: string;
}

/** Excel's own "Light Red Fill". */
export const FLAG_FILL = "#FFC7CE";
/** Excel refuses longer formulas. */
const MAX_FORMULA_LENGTH = 8192;

/** True on the listed worksheet rows, whatever the cells hold. */
export function flagFormula(rows: readonly number[]): string {
  return `=ISNUMBER(MATCH(ROW(),{${rows.join(",")}},0))`;
}

/** Excel may give a formula back spaced or cased differently from how it was written. */
const sameFormula = (a: string, b: string): boolean =>
  a.replace(/\s+/g, "").toUpperCase() === b.replace(/\s+/g, "").toUpperCase();

async function deleteRule(context: Excel.RequestContext, rule: FlagRule): Promise<void> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(rule.sheetId);
  sheet.load("id");
  await context.sync();
  if (sheet.isNullObject) return;
  const formats = sheet.getRange().conditionalFormats;
  formats.load("items/type");
  await context.sync();
  const custom = formats.items.filter((format) => format.type === "Custom");
  for (const format of custom) format.custom.rule.load("formula");
  await context.sync();
  for (const format of custom) if (sameFormula(format.custom.rule.formula, rule.formula)) format.delete();
}

/**
 * Replaces the add-in's previous rule with one over the plan's columns on the given rows; with no
 * rows, only removes it. Returns what to remember, or undefined when no rule is left.
 */
export async function flagRows(
  context: Excel.RequestContext,
  area: PlanArea,
  previous: FlagRule | undefined,
): Promise<FlagRule | undefined> {
  if (previous) await deleteRule(context, previous);
  const rows = [...new Set(area.rows)].sort((a, b) => a - b);
  if (rows.length === 0) {
    await context.sync();
    return undefined;
  }
  const formula = flagFormula(rows);
  if (formula.length > MAX_FORMULA_LENGTH) {
    throw new HostError("too-large", `${rows.length} rows are too many to flag with one rule.`);
  }
  const sheet = context.workbook.worksheets.getItem(area.choice.sheet);
  const top = rows[0];
  const target = sheet.getRangeByIndexes(
    top - 1,
    area.firstColumn - 1,
    rows[rows.length - 1] - top + 1,
    area.lastColumn - area.firstColumn + 1,
  );
  const format = target.conditionalFormats.add("Custom");
  format.custom.rule.formula = formula;
  format.custom.format.fill.color = FLAG_FILL;
  format.custom.rule.load("formula");
  sheet.load("id");
  await context.sync();
  return { sheetId: sheet.id, formula: format.custom.rule.formula };
}
