/** Puts core's flag rule on the user's plan sheet as one conditional format of the product's own. */
import ExcelJS from "exceljs";
import { type FlagRule, type PlanReport, flagArea, flagRule } from "../../core";
import { isFlagFormula } from "../../core/layout/flagRule";

type RuleModel = { type?: string; priority?: number; formulae?: unknown[] };

/**
 * Adds core's flag rule (src/core/layout/flagRule.ts), the same one the Excel add-in paints: a formula over
 * each row's own status cells, so the fill follows the rows when the user sorts, inserts or edits
 * them, with no row limit. Existing rules keep their priority: ours comes after them. Returns the
 * rule's area, or undefined when the plan has no column to read a status from.
 */
export function flagNotCarriedOut(worksheet: ExcelJS.Worksheet, report: PlanReport): string | undefined {
  const rule = flagRule(report);
  if (!rule) return undefined;
  addFlagRule(worksheet, rule);
  return flagArea(rule);
}

/**
 * Adds core's flag rule to the sheet after its own rules, in place of the product's earlier ones (the
 * add-in's in Excel, an earlier flagging, every fragment of them: found by the rule's mark); returns
 * what was added, to remove it later.
 */
export function addFlagRule(
  worksheet: ExcelJS.Worksheet,
  rule: FlagRule,
): ExcelJS.ConditionalFormattingOptions {
  const ref = flagArea(rule);
  removeMarkedRules(worksheet);
  // ExcelJS keeps the sheet's rules here but leaves the property out of its typings.
  const existing = formattingsOf(worksheet);
  const priority = 1 + Math.max(0, ...existing.flatMap((cf) => cf.rules.map((r) => r.priority ?? 0)));
  const added: ExcelJS.ConditionalFormattingOptions = {
    ref,
    rules: [
      {
        type: "expression",
        priority,
        // The file keeps a formula without its leading "=".
        formulae: [rule.formula.replace(/^=/, "")],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${rule.fill.slice(1)}` } } },
      },
    ],
  };
  worksheet.addConditionalFormatting(added);
  return added;
}

/** Removes a rule {@link addFlagRule} added; the sheet's other rules stay. */
export function removeFlagRule(
  worksheet: ExcelJS.Worksheet,
  added: ExcelJS.ConditionalFormattingOptions,
): void {
  const formattings = formattingsOf(worksheet) as unknown[];
  const at = formattings.indexOf(added);
  if (at >= 0) formattings.splice(at, 1);
}

/** Takes every rule carrying the flag rule's mark off the sheet, and any formatting left with no rule. */
function removeMarkedRules(worksheet: ExcelJS.Worksheet): void {
  const formattings = formattingsOf(worksheet);
  const marked = (rule: RuleModel) =>
    rule.type === "expression" &&
    (rule.formulae ?? []).some((formula) => typeof formula === "string" && isFlagFormula(formula));
  for (let i = formattings.length - 1; i >= 0; i--) {
    const { rules } = formattings[i];
    for (let r = rules.length - 1; r >= 0; r--) if (marked(rules[r])) rules.splice(r, 1);
    if (rules.length === 0) formattings.splice(i, 1);
  }
}

function formattingsOf(worksheet: ExcelJS.Worksheet): { rules: RuleModel[] }[] {
  return (
    (worksheet as unknown as { conditionalFormattings?: { rules: RuleModel[] }[] }).conditionalFormattings ??
    []
  );
}
