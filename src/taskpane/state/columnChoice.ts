/** The column choosers' values: a column's index, or "none" for a field read from no column. */

/** Any field may be left without a column; a required one then gets core's missing-column error. */
export const NO_COLUMN = "none";

/** A chooser's value as the column chosen: an index, or null for none. */
export function columnChosen(value: string): number | null {
  return value === NO_COLUMN ? null : Number(value);
}
