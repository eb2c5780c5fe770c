/**
 * A plan that raises tens of thousands of findings, for the check step at scale: every planned budget
 * is "-" (read as 0 baht, one note a row, all alike), and every `errorsEvery`-th row's disbursed amount
 * is words the engine cannot read (an error a row, each worded differently). Made in the page by the
 * fake Excel when the page asks for it, so the browser test and `npm run bench` load the same plan.
 */
import type { FakeCellInput } from "../fakes/excel";

export const FINDINGS_SHEET = "แผนรายการมาก";

export interface FindingsPlan {
  /** Project rows under the header (sheet rows 2 to projects + 1). */
  readonly projects: number;
  /** One row in this many has an unreadable disbursed amount. */
  readonly errorsEvery: number;
}

/** The bench's plan and the browser test's: 30,000 notes and 300 different errors. */
export const FINDINGS_PLAN: FindingsPlan = { projects: 30_000, errorsEvery: 100 };

export function findingsPlanRows(plan: FindingsPlan): FakeCellInput[][] {
  const rows: FakeCellInput[][] = [["ลำดับ", "มิติ", "ชื่อโครงการ", "งบประมาณตามแผน", "งบประมาณเบิกจ่าย", "สถานะ"]];
  for (let i = 1; i <= plan.projects; i++) {
    const disbursed = i % plan.errorsEvery === 0 ? `ประมาณ ${i} บาท` : 0;
    rows.push([`1.${i}`, 1, `โครงการที่ ${i}`, "-", disbursed, "ดำเนินการแล้วเสร็จ"]);
  }
  return rows;
}
