/**
 * A dimension's name as the user's language shows it (spec §1): in Thai, the sheet's own words; in
 * English, the standard English name when the sheet uses a standard wording for that dimension, else
 * the sheet's words as they are, since they are the user's text.
 */
import type { Lang } from "./messages";
import { wordKey } from "../cells/text";
import { DIMENSIONS, STANDARD_DIMENSION_NAMES, type Dimension } from "../cells/vocabulary";

const key = (dimension: Dimension, name: string): string => `${dimension}:${wordKey(name)}`;

const ENGLISH: ReadonlyMap<string, string> = new Map(
  DIMENSIONS.flatMap((dimension) =>
    STANDARD_DIMENSION_NAMES[dimension].map((name) => [key(dimension, name.th), name.en] as const),
  ),
);

export function dimensionName(dimension: Dimension, name: string, lang: Lang): string {
  return lang === "en" ? (ENGLISH.get(key(dimension, name)) ?? name) : name;
}
