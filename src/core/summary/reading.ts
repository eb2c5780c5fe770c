/** What was read and what was left out, in one line (spec §2.5): the report says it, never in silence. */
import { displayText } from "../layout/display";
import { FORMAT } from "../layout/formats";
import { type Lang, MESSAGES } from "../words/messages";
import type { PlanReport } from "../plan";
import { LEFT_OUT_ROLES, type RowRole } from "../rows/roles";
import { rowsText } from "./rowRanges";

/** The rows of each role left out of every figure, in the order the report names them. */
export function leftOutRows(report: Pick<PlanReport, "roles">): { role: RowRole; rows: number[] }[] {
  const byRole = new Map<RowRole, number[]>();
  for (const entry of report.roles) {
    if (entry.role === "project") continue;
    const rows = byRole.get(entry.role) ?? [];
    rows.push(entry.row);
    byRole.set(entry.role, rows);
  }
  return LEFT_OUT_ROLES.flatMap((role) => {
    const rows = byRole.get(role);
    return rows ? [{ role, rows }] : [];
  });
}

/** Ranges shown per role before "and N more": the line stays one line on any plan. */
const RANGES_SHOWN = 4;

/**
 * "อ่าน 16 โครงการ แถว 4–24; ไม่นับ 5 แถว: ยอดรวม 1 (แถว 25), หัวข้อมิติ 4 (แถว 4, 9, 14, 20)" /
 * "Read 16 projects, rows 4–24; left out 5 rows: 1 total (row 25), 4 dimension headings (rows 4, 9, 14, 20)".
 */
export function readingLine(report: Pick<PlanReport, "roles" | "rows">, lang: Lang = "th"): string {
  const words = MESSAGES[lang];
  const count = (n: number) => displayText(n, FORMAT.count);
  const projects = report.rows.map((row) => row.row);
  const leftOut = leftOutRows(report);
  const parts = leftOut.map(
    ({ role, rows }) => `${words.roleCounts[role](rows.length)} (${rowsText(rows, lang, RANGES_SHOWN)})`,
  );
  const all = leftOut.reduce((sum, { rows }) => sum + rows.length, 0);
  const first = projects[0];
  const last = projects[projects.length - 1];
  const span =
    projects.length === 0
      ? words.trace.noRows
      : words.trace.rows(projects.length, first === last ? count(first) : `${count(first)}–${count(last)}`);
  return words.reading(projects.length, span, all, parts);
}
