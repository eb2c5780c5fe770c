/** Sub-dimension subtotals (spec §9.1): the totals of the items under each heading, any depth. */
import type { Heading } from "../rows/headings";
import type { PlanRow } from "../rows/rows";
import { type Totals, totalsOf } from "../summary/summarize";
import type { Round } from "./validate";
import type { Dimension } from "../cells/vocabulary";

export interface HeadingSummary extends Totals {
  readonly number: string;
  readonly title: string;
  readonly depth: number;
  /** The dimension of the items under it; null when they have none. */
  readonly dimension: Dimension | null;
}

/** One summary per heading, in sheet order, over the rows under it and under its sub-headings. */
export function summarizeHeadings(
  rows: readonly PlanRow[],
  headings: readonly Heading[],
  round: Round,
): HeadingSummary[] {
  if (headings.length === 0) return [];
  const byHeading = new Map<string, PlanRow[]>();
  for (const row of rows) {
    if (row.heading === "" || row.dimension === null) continue;
    const group = byHeading.get(row.heading);
    if (group) group.push(row);
    else byHeading.set(row.heading, [row]);
  }
  return headings.map((heading) => {
    const under: PlanRow[] = [];
    for (const [number, group] of byHeading) {
      if (number === heading.number || number.startsWith(`${heading.number}.`))
        for (const row of group) under.push(row);
    }
    under.sort((a, b) => a.row - b.row);
    return {
      number: heading.number,
      title: heading.title,
      depth: heading.depth,
      dimension: under[0]?.dimension ?? null,
      ...totalsOf(under, round),
    };
  });
}
