/**
 * The words of the summary sheet and of its preview, Thai first and English second. Apart from the
 * engine's other words (messages.ts), so that what loads before the pane's first screen does not carry
 * them.
 */
import type { Lang } from "./messages";
import { plural } from "./plural";
import { buddhistYear } from "../rows/period";

/** The words of the summary sheet. */
export interface SummaryWords {
  readonly title: string;
  readonly period: (fiscalYear: number | undefined, round: 6 | 12, months: string) => string;
  readonly dimension: string;
  readonly projects: string;
  readonly plannedBudget: string;
  readonly completed: string;
  readonly inProgress: string;
  readonly notStarted: string;
  readonly notDone: string;
  readonly disbursed: string;
  readonly percentDone: string;
  readonly byProjects: string;
  readonly byBudget: string;
  readonly total: string;
  readonly hasErrors: (errors: number) => string;
  readonly notCarriedOut: (count: number) => string;
  readonly none: string;
  /** The list's reason cell when the item gives none (the pane's list says the same). */
  readonly noReason: string;
  readonly listName: string;
  readonly listDimension: string;
  readonly listRow: string;
  readonly listReason: string;
  readonly source: (where: string, projects: number, firstRow: number, lastRow: number) => string;
  readonly sheet: (name: string) => string;
  readonly table: (name: string) => string;
  /** Written on the summary sheet when the plan changed after it was written. */
  readonly stale: string;
  /** The fiscal year neither given nor in the sheet's title: the latest round's that has ended. */
  readonly yearAssumed: (year: number, round: 6 | 12) => string;
  /** Page footer: when the sheet was written, and what it was made from. */
  readonly footerWritten: (thaiDate: string) => string;
  readonly footerCheck: (errors: number, warnings: number) => string;
  readonly chartTitle: string;
  readonly memoHeading: string;
  /** The ordinance column, shown only when the plan has one (spec §9.3). */
  readonly ordinanceBudget: string;
  /** The line under the table when the plan has more than one item type (spec §9.5). */
  readonly typeSplit: (parts: readonly string[]) => string;
  /** The sub-dimension subtotals' heading (spec §9.1). */
  readonly subtotalsHeading: string;
  /** A reason in the not-carried-out list: its category, then what the sheet says. */
  readonly reasonWithCategory: (category: string, text: string) => string;
  /** The summary sheet's name (a free variant is taken when a sheet already has it). */
  readonly sheetName: string;
}

export const SUMMARY_WORDS: Readonly<Record<Lang, SummaryWords>> = {
  th: {
    title: "สรุปผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส",
    period: (year, round, months) =>
      year === undefined
        ? `รอบ ${round} เดือน`
        : `ประจำปีงบประมาณ ${buddhistYear(year, "th")} รอบ ${round} เดือน (${months})`,
    dimension: "มิติ",
    projects: "โครงการตามแผนปฏิบัติการฯ",
    plannedBudget: "งบประมาณตามแผนปฏิบัติการ",
    completed: "ดำเนินการแล้วเสร็จ",
    inProgress: "อยู่ระหว่างดำเนินการ",
    notStarted: "ยังไม่ได้ดำเนินการ",
    notDone: "ไม่ได้ดำเนินการ",
    disbursed: "งบประมาณเบิกจ่าย",
    percentDone: "ร้อยละดำเนินการ",
    byProjects: "โครงการ",
    byBudget: "งบประมาณ",
    total: "รวม",
    hasErrors: (errors) => `ข้อมูลในแผนยังมีข้อผิดพลาด ${errors} รายการ ตัวเลขในตารางนี้อาจยังไม่ถูกต้อง`,
    notCarriedOut: (count) => `โครงการที่ไม่ได้ดำเนินการ (${count} โครงการ)`,
    none: "ไม่มี",
    noReason: "ไม่ระบุเหตุผล",
    listName: "โครงการ/กิจกรรม/มาตรการ",
    listDimension: "มิติ",
    listRow: "แถวในแผน",
    listReason: "เหตุผล",
    source: (where, projects, firstRow, lastRow) =>
      `ที่มา: ${where} แถว ${firstRow}–${lastRow} (${projects} โครงการ)`,
    sheet: (name) => `แผ่นงาน "${name}"`,
    table: (name) => `ตาราง "${name}"`,
    stale: "ตารางนี้ไม่ตรงกับแผนแล้ว — เปิด add-in แล้วเขียนใหม่",
    yearAssumed: (year, round) =>
      `หัวแผ่นงานไม่ระบุปีงบประมาณ จึงใช้ พ.ศ. ${year} ซึ่งรอบ ${round} เดือนสิ้นสุดล่าสุด — ถ้าไม่ใช่ ให้ระบุปีเอง`,
    footerWritten: (date) => `จัดทำเมื่อ ${date}`,
    footerCheck: (errors, warnings) =>
      errors === 0 && warnings === 0
        ? "ผลการตรวจ: ไม่พบข้อผิดพลาด"
        : `ผลการตรวจ: ข้อผิดพลาด ${errors} คำเตือน ${warnings}`,
    chartTitle: "งบประมาณตามแผนและงบประมาณเบิกจ่าย จำแนกตามมิติ",
    memoHeading: "ข้อความสำหรับบันทึกรายงานผล",
    ordinanceBudget: "งบประมาณตามข้อบัญญัติ/เทศบัญญัติ",
    typeSplit: (parts) => `จำแนกเป็น ${parts.join(" ")}`,
    subtotalsHeading: "ผลการดำเนินการจำแนกตามหัวข้อย่อย",
    reasonWithCategory: (category, text) => `${category}: ${text}`,
    sheetName: "สรุปผล",
  },
  en: {
    title: "Results of the anti-corruption and integrity action plan",
    period: (year, round, months) =>
      year === undefined
        ? `${round}-month round`
        : `FY ${buddhistYear(year, "en")}, ${round}-month round (${months})`,
    dimension: "Dimension",
    projects: "Projects in the plan",
    plannedBudget: "Planned budget",
    completed: "Completed",
    inProgress: "In progress",
    notStarted: "Not started",
    notDone: "Not carried out",
    disbursed: "Disbursed",
    percentDone: "Percent done",
    byProjects: "Projects",
    byBudget: "Budget",
    total: "Total",
    hasErrors: (errors) =>
      `The plan still has ${plural(errors, "error")}; the figures below may not be right yet.`,
    notCarriedOut: (count) => `Projects not carried out (${count})`,
    none: "None",
    noReason: "No reason given",
    listName: "Project, activity or measure",
    listDimension: "Dimension",
    listRow: "Plan row",
    listReason: "Reason",
    source: (where, projects, firstRow, lastRow) =>
      `Source: ${where}, rows ${firstRow}–${lastRow} (${plural(projects, "project")})`,
    sheet: (name) => `sheet "${name}"`,
    table: (name) => `table "${name}"`,
    stale:
      "Out of date: the plan has changed since this table was written. Open the add-in and write it again.",
    yearAssumed: (year, round) =>
      `The sheet's title gives no fiscal year: ${year} B.E. is used, the latest whose ${round}-month round has ended. If it is not, give the year.`,
    footerWritten: (date) => `Written ${date}`,
    footerCheck: (errors, warnings) =>
      errors === 0 && warnings === 0
        ? "Check: no problems"
        : `Check: ${plural(errors, "error")}, ${plural(warnings, "warning")}`,
    chartTitle: "Planned and disbursed budget by dimension",
    memoHeading: "Text for the report memo",
    ordinanceBudget: "Ordinance budget",
    typeSplit: (parts) => `Of which: ${parts.join(", ")}`,
    subtotalsHeading: "Results by sub-dimension",
    reasonWithCategory: (category, text) => `${category}: ${text}`,
    sheetName: "Summary",
  },
};
