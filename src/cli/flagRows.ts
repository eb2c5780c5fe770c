/** Flags the rows not carried out on the user's plan sheet with one conditional format of the product's own. */
import ExcelJS from "exceljs";
import { type PlanReport, cellAddress } from "../core";
import { runs } from "./runs";

const FLAG_FILL = "FFFFE0E0";

type RuleModel = { priority?: number };

/**
 * Shades the rows not carried out with one conditional format whose range lists exactly those rows
 * ("A9:H9 A15:H16"), with the rule always true. A range moves with the rows when the user inserts or
 * sorts rows, where a formula naming row numbers would shade the wrong ones; and one rule, however
 * many rows, is easy to find and remove. Existing rules keep their priority: ours comes after them.
 */
export function flagNotCarriedOut(worksheet: ExcelJS.Worksheet, report: PlanReport): string | undefined {
  if (report.notCarriedOut.length === 0) return undefined;
  const left = report.firstColumn;
  const right = left + Math.max(1, report.header.labels.length) - 1;
  const ref = runs(report.notCarriedOut.map((item) => item.row))
    .map(([top, bottom]) => `${cellAddress(top, left)}:${cellAddress(bottom, right)}`)
    .join(" ");
  // ExcelJS keeps the sheet's rules here but leaves the property out of its typings.
  const existing =
    (worksheet as unknown as { conditionalFormattings?: { rules: RuleModel[] }[] }).conditionalFormattings ??
    [];
  const priority = 1 + Math.max(0, ...existing.flatMap((cf) => cf.rules.map((rule) => rule.priority ?? 0)));
  worksheet.addConditionalFormatting({
    ref,
    rules: [
      {
        type: "expression",
        priority,
        formulae: ["TRUE"],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: FLAG_FILL } } },
      },
    ],
  });
  return ref;
}
