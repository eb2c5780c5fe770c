/** Puts core's flag rule on the user's plan sheet as one conditional format of the product's own. */
import ExcelJS from "exceljs";
import { type PlanReport, flagArea, flagRule } from "../core";

type RuleModel = { priority?: number };

/**
 * Adds core's flag rule (src/core/flagRule.ts), the same one the Excel add-in paints: a formula over
 * each row's own status cells, so the fill follows the rows when the user sorts, inserts or edits
 * them, with no row limit. Existing rules keep their priority: ours comes after them. Returns the
 * rule's area, or undefined when the plan has no column to read a status from.
 */
export function flagNotCarriedOut(worksheet: ExcelJS.Worksheet, report: PlanReport): string | undefined {
  const rule = flagRule(report);
  if (!rule) return undefined;
  const ref = flagArea(rule);
  // ExcelJS keeps the sheet's rules here but leaves the property out of its typings.
  const existing =
    (worksheet as unknown as { conditionalFormattings?: { rules: RuleModel[] }[] }).conditionalFormattings ??
    [];
  const priority = 1 + Math.max(0, ...existing.flatMap((cf) => cf.rules.map((r) => r.priority ?? 0)));
  worksheet.addConditionalFormatting({
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
  });
  return ref;
}
