/** The line under the summary table that splits the count by item type (spec §9.5). */
import { ITEM_TYPES, type TypeCounts, hasSeveralTypes } from "../rows/itemTypes";
import { MESSAGES, type Lang } from "./messages";
import { SUMMARY_WORDS } from "./summaryWords";

/** "จำแนกเป็น โครงการ 7 กิจกรรม 2 มาตรการ 7", or "" when the plan has only one known type. */
export function typeSplitLine(counts: TypeCounts, lang: Lang): string {
  if (!hasSeveralTypes(counts)) return "";
  const words = MESSAGES[lang];
  // Rows of no known type are counted too, so the split adds up to the table's count.
  const parts = [...ITEM_TYPES, "unknown" as const]
    .filter((type) => counts[type] > 0)
    .map((type) => words.itemTypes[type](counts[type]));
  return SUMMARY_WORDS[lang].typeSplit(parts);
}
