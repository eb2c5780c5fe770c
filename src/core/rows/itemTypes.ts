/**
 * What kind of item a plan row is (spec §9.5): โครงการ, กิจกรรม, มาตรการ or แนวปฏิบัติงาน, from the
 * type column or, failing that, from the first word of the name. All four count as "โครงการ".
 */
import { readOnce, tidy, wordKey } from "../cells/text";

export type ItemType = "project" | "activity" | "measure" | "guideline";

export const ITEM_TYPES: readonly ItemType[] = ["project", "activity", "measure", "guideline"];

/** Words per type (a type cell may hold the word alone or begin with it). Longest wins. */
export const ITEM_TYPE_WORDS: Readonly<Record<ItemType, readonly string[]>> = {
  project: ["โครงการ", "Project"],
  activity: ["กิจกรรม", "Activity"],
  measure: ["มาตรการ", "Measure"],
  guideline: ["แนวปฏิบัติงาน", "แนวปฏิบัติ", "แนวทางปฏิบัติ", "Guideline"],
};

const KEYS: readonly (readonly [string, ItemType])[] = ITEM_TYPES.flatMap((type) =>
  ITEM_TYPE_WORDS[type].map((word) => [wordKey(word), type] as const),
).sort((a, b) => b[0].length - a[0].length);

/** The type a text begins with: "มาตรการ NO Gift Policy" → measure; "Project: …" → project. */
function leadingType(text: string): ItemType | undefined {
  const key = wordKey(text);
  for (const [word, type] of KEYS) {
    if (!key.startsWith(word)) continue;
    // English words must end there ("Projects", "Measurement" are not the word).
    const next = tidy(text).toLowerCase().charAt(word.length);
    if (/[a-z]/.test(word) && /[a-z]/.test(next)) continue;
    return type;
  }
  return undefined;
}

const typeOfText = readOnce(leadingType);

/** The row's type: the type column's word, else the name's first word; undefined when neither says. */
export function itemTypeOf(type: string, name: string): ItemType | undefined {
  return (type === "" ? undefined : typeOfText(type)) ?? (name === "" ? undefined : typeOfText(name));
}

/** Rows per type, and rows of no known type. */
export type TypeCounts = Readonly<Record<ItemType | "unknown", number>>;

/** Rows counted per item type as they were read (rows/projectRows.ts, which imports this file). */
interface TypeCounter {
  itemTypeCountOf(type: ItemType | undefined): number;
}

/** Counts the types of rows (those with a dimension: the rows the table counts). */
export function countTypes(rows: TypeCounter): TypeCounts {
  // Counted as the rows were read, while their cells were at hand.
  return {
    project: rows.itemTypeCountOf("project"),
    activity: rows.itemTypeCountOf("activity"),
    measure: rows.itemTypeCountOf("measure"),
    guideline: rows.itemTypeCountOf("guideline"),
    unknown: rows.itemTypeCountOf(undefined),
  };
}

/** More than one type among the rows: the summary then shows the split under its table. */
export function hasSeveralTypes(counts: TypeCounts): boolean {
  return ITEM_TYPES.filter((type) => counts[type] > 0).length > 1;
}
