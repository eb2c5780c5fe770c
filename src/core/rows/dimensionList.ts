/**
 * A dimension cell that names more than one dimension: "มิติที่ 3-4", "3,4", "3 และ 4", "มิติ 1 / มิติ 2"
 * (spec §2.2). A row is in one dimension, so such a cell is an error naming every one it gives, never
 * silently the first.
 */
import { tidy } from "../cells/text";

const DIMENSION_WORD = String.raw`(?:มิติ\s*(?:ที่)?|dimensions?)`;
const JOIN = String.raw`(?:[-–—,/&+]|และ|หรือ|ถึง|and|or|to)`;
const SEVERAL = new RegExp(
  String.raw`^${DIMENSION_WORD}?\s*(\d+)((?:\s*${JOIN}\s*${DIMENSION_WORD}?\s*\d+)+)(?![\d.])`,
  "i",
);

/** The dimension numbers a cell lists, in its order, when it lists two or more different ones. */
export function dimensionsListed(text: string): number[] | undefined {
  const match = SEVERAL.exec(tidy(text));
  if (!match) return undefined;
  const numbers = [...new Set([match[1], ...(match[2].match(/\d+/g) ?? [])].map(Number))];
  return numbers.length > 1 ? numbers : undefined;
}
