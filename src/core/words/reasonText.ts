/**
 * How a project not carried out and its reason are said in the list (the summary sheet's, the
 * pane's and the command line's alike) and in the memo (spec §9.4).
 */
import { MESSAGES, type Lang } from "./messages";
import { SUMMARY_WORDS } from "./summaryWords";
import { MEMO_WORDS } from "./memoWords";
import type { NotCarriedOut } from "../plan";
import { REASON_CATEGORIES, REASON_CHOICES } from "../rows/reasons";
import { wordKey } from "../cells/text";

/** The item as the list names it: its number first, then its name ("1.5 โครงการ…"). */
export function itemTitle(item: NotCarriedOut): string {
  return item.no === "" ? item.name : `${item.no} ${item.name}`;
}

/**
 * The list's reason: the category first when the sheet's own words do not already say it, and
 * "ไม่ระบุเหตุผล" / "No reason given" when the item gives none.
 */
export function reasonShown(item: NotCarriedOut, lang: Lang): string {
  if (item.reason === "") return SUMMARY_WORDS[lang].noReason;
  const category = item.reasonCategory;
  if (category === null || category === "other") return item.reason;
  if (wordKey(item.reason) === wordKey(REASON_CHOICES[category])) return item.reason;
  return SUMMARY_WORDS[lang].reasonWithCategory(MESSAGES[lang].reasons[category], item.reason);
}

/**
 * "เนื่องจากไม่ได้รับจัดสรรงบประมาณ 1 โครงการ และบุคลากรไม่เพียงพอ 1 โครงการ": how many items each
 * category holds, in e-Plan's order, those without a reason last. Empty when no item gives a reason.
 */
export function reasonsClause(items: readonly NotCarriedOut[], lang: Lang): string {
  if (items.every((item) => item.reasonCategory === null)) return "";
  const words = MESSAGES[lang];
  const parts = [...REASON_CATEGORIES, null]
    .map((category) => ({
      reason: words.reasons[category ?? "none"],
      count: items.filter((item) => item.reasonCategory === category).length,
    }))
    .filter((part) => part.count > 0);
  return MEMO_WORDS[lang].because(parts);
}
