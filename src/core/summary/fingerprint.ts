/**
 * A plan's project rows as one short text (spec §8): what tells the same plan given twice apart from
 * two plans, whatever file, sheet or format each comes in.
 */
import type { PlanReport } from "../plan";
import type { PlanRow } from "../rows/rows";
import { tidy } from "../cells/text";

/** 53 bits of a text (cyrb53, public domain, by bryc): 14 hex digits. */
function hash53(text: string, seed: number): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}

/**
 * The plan's project rows as one short text: each row's name (as it reads: spaces, invisible
 * characters and Thai or Arabic digits aside), planned and disbursed amounts in satang and status as
 * the sheet says it, in any order. Two plans with the same rows have the same fingerprint whatever
 * file, sheet, format or row order they come in; "" for a plan with no project rows (nothing to
 * compare). The number of rows leads, then 106 bits of hash.
 */
export function planFingerprint(rows: readonly PlanRow[]): string {
  if (rows.length === 0) return "";
  const lines = rows
    .map((row) => [tidy(row.name), row.plannedBudget, row.disbursed, row.status ?? "?"].join("\u001f"))
    .sort();
  const text = lines.join("\u001e");
  return `${rows.length}:${hash53(text, 1)}${hash53(text, 2)}`;
}

/**
 * Everything of a report that the written summary shows, as one short text: two reports with the same
 * fingerprint give the same summary (the language, the memo and the date aside). The pane keeps it with
 * the summary it writes and compares the plan's report with it after each edit (spec §6.1).
 */
export function reportFingerprint(report: PlanReport): string {
  const text = JSON.stringify([
    report.organisation ?? null,
    report.fiscalYear ?? null,
    report.round,
    report.source,
    report.subtotals,
    report.summary,
    report.rows,
    report.notCarriedOut,
    report.headings,
    report.itemTypes,
    report.issues.map((issue) => [issue.code, issue.severity, issue.row, issue.column]),
  ]);
  return `${hash53(text, 1)}${hash53(text, 2)}`;
}
