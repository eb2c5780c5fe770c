/**
 * Why an item was not carried out, sorted into e-Plan NACC's reason list (spec §9.4). The wordings
 * are configuration as data: a wording found anywhere in the reason names its category.
 */
import { readOnce, wordKey } from "../cells/text";

/** e-Plan NACC's reasons for "ไม่สามารถดำเนินการได้". */
export type ReasonCategory = "noBudget" | "policyChanged" | "notEnoughStaff" | "other";

export const REASON_CATEGORIES: readonly ReasonCategory[] = [
  "noBudget",
  "policyChanged",
  "notEnoughStaff",
  "other",
];

/** Wordings per category (compared after wordKey: no spaces, no case, Arabic digits). */
export const REASON_WORDS: Readonly<Record<Exclude<ReasonCategory, "other">, readonly string[]>> = {
  noBudget: [
    "ไม่ได้รับจัดสรรงบประมาณ",
    "ไม่ได้รับการจัดสรรงบประมาณ",
    "ไม่ได้รับงบประมาณ",
    "ไม่ได้รับงบ",
    "ไม่ได้ตั้งงบประมาณ",
    "ไม่ได้ตั้งงบ",
    "ไม่มีงบประมาณ",
    "ไม่มีงบ",
    "งบประมาณไม่เพียงพอ",
    "งบประมาณไม่พอ",
    "งบไม่เพียงพอ",
    "งบไม่พอ",
    "ขาดงบประมาณ",
    "งบประมาณไม่ได้รับการจัดสรร",
    "no budget",
    "budget not allocated",
    "not enough budget",
    "insufficient budget",
  ],
  policyChanged: [
    "นโยบายผู้บริหารเปลี่ยนแปลง",
    "นโยบายผู้บริหารเปลี่ยน",
    "ผู้บริหารเปลี่ยนนโยบาย",
    "นโยบายเปลี่ยนแปลง",
    "นโยบายเปลี่ยน",
    "เปลี่ยนแปลงนโยบาย",
    "เปลี่ยนนโยบาย",
    "policy changed",
    "change of policy",
    "policy change",
  ],
  notEnoughStaff: [
    "บุคลากรไม่เพียงพอ",
    "บุคลากรไม่พอ",
    "ขาดบุคลากร",
    "ขาดแคลนบุคลากร",
    "เจ้าหน้าที่ไม่เพียงพอ",
    "ขาดเจ้าหน้าที่",
    "กำลังคนไม่เพียงพอ",
    "ไม่มีผู้รับผิดชอบ",
    "not enough staff",
    "staff shortage",
    "lack of staff",
  ],
};

/** What the template's drop-down offers: e-Plan's own wording of each category. */
export const REASON_CHOICES: Readonly<Record<ReasonCategory, string>> = {
  noBudget: "ไม่ได้รับจัดสรรงบประมาณ",
  policyChanged: "นโยบายผู้บริหารเปลี่ยนแปลง",
  notEnoughStaff: "บุคลากรไม่เพียงพอ",
  other: "อื่นๆ",
};

const WORD_KEYS: readonly (readonly [string, ReasonCategory])[] = (
  Object.keys(REASON_WORDS) as Exclude<ReasonCategory, "other">[]
).flatMap((category) => REASON_WORDS[category].map((word) => [wordKey(word), category] as const));

function categorise(reason: string): ReasonCategory | null {
  const key = wordKey(reason);
  if (key === "") return null;
  // The wording that comes first in the text names the category: "งบประมาณไม่เพียงพอ และบุคลากร…" is budget.
  let best: { at: number; length: number; category: ReasonCategory } | undefined;
  for (const [word, category] of WORD_KEYS) {
    const at = key.indexOf(word);
    if (at < 0) continue;
    if (!best || at < best.at || (at === best.at && word.length > best.length)) {
      best = { at, length: word.length, category };
    }
  }
  return best?.category ?? "other";
}

/** The category of a reason text; null when there is no reason at all. */
export const reasonCategory: (reason: string) => ReasonCategory | null = readOnce(categorise);
