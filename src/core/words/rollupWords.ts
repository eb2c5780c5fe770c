/**
 * The words of the roll-up sheet, Thai first and English second.
 * Apart from the engine's other words (messages.ts), so that what loads before the pane's first screen
 * does not carry them.
 */
import type { Lang } from "./messages";
import { plural } from "./plural";
import { buddhistYear } from "../rows/period";

/** The words of the roll-up sheet: many offices, one table. */
export interface RollupWords {
  /** The roll-up sheet's name, in the command line's new workbook and in the add-in's workbook. */
  readonly sheetName: string;
  readonly title: string;
  readonly offices: (count: number) => string;
  readonly no: string;
  readonly organisation: string;
  readonly file: string;
  /** Heads the column of the plans' places when the offices are plans on sheets of one workbook. */
  readonly sheet: string;
  readonly fiscalYear: string;
  readonly errors: string;
  readonly warnings: string;
  readonly total: (offices: number) => string;
  readonly dimensionHeading: string;
  readonly legendHeading: (round: 6 | 12) => string;
  readonly band: Readonly<Record<"good" | "fair" | "poor", (low: number, high: number) => string>>;
  readonly withErrors: (count: number) => string;
  readonly unreadable: (count: number) => string;
  readonly unreadableSheets: (count: number) => string;
  readonly reason: string;
  readonly none: string;
  readonly footerCounts: (offices: number, unreadable: number, sheets: boolean) => string;
  /** Why a file (or place) is left out of the roll-up: the same plan as `kept`, counted once (spec §8). */
  readonly samePlan: (kept: string) => string;
  /** Why plans are left out: two or more different plans of one office and year, and which to use is asked. */
  readonly whichPlan: (files: readonly string[], organisation: string, fiscalYear?: number) => string;
}

export const ROLLUP_SHEET_WORDS: Readonly<Record<Lang, RollupWords>> = {
  th: {
    sheetName: "รวมผล",
    title: "สรุปผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริตฯ รวมหลายหน่วยงาน",
    offices: (count) => `${count} หน่วยงาน`,
    no: "ลำดับ",
    organisation: "หน่วยงาน",
    file: "ไฟล์",
    sheet: "ตาราง / แผ่นงาน",
    fiscalYear: "ปีงบประมาณ (พ.ศ.)",
    errors: "ข้อผิดพลาด",
    warnings: "คำเตือน",
    total: (offices) => `รวม ${offices} หน่วยงาน`,
    dimensionHeading: "สรุปรายมิติ รวมทุกหน่วยงาน",
    legendHeading: (round) => `สีของแถว: ร้อยละของโครงการที่ดำเนินการแล้วเสร็จ (เกณฑ์รอบ ${round} เดือน)`,
    band: {
      good: (low) => `ร้อยละ ${low} ขึ้นไป`,
      fair: (low, high) => `ร้อยละ ${low} ถึงต่ำกว่า ${high}`,
      poor: (_low, high) => `ต่ำกว่าร้อยละ ${high}`,
    },
    withErrors: (count) => `หน่วยงานที่แผนยังมีข้อผิดพลาด (${count} หน่วยงาน)`,
    unreadable: (count) => `ไฟล์ที่อ่านไม่ได้ (${count} ไฟล์)`,
    unreadableSheets: (count) => `แผนที่อ่านไม่ได้ (${count} แผน)`,
    reason: "สาเหตุ",
    none: "ไม่มี",
    footerCounts: (offices, unreadable, sheets) =>
      `${offices} หน่วยงาน${unreadable === 0 ? "" : sheets ? ` · แผนที่อ่านไม่ได้ ${unreadable} แผน` : ` · ไฟล์ที่อ่านไม่ได้ ${unreadable} ไฟล์`}`,
    samePlan: (kept) =>
      `แผนเดียวกับ ${kept} (หน่วยงาน ปีงบประมาณ รอบ และรายการโครงการ งบประมาณ สถานะ ตรงกันทุกแถว) จึงนับครั้งเดียว`,
    whichPlan: (files, organisation, fiscalYear) =>
      `${files.join(" และ ")} เป็นแผน ${files.length} ฉบับที่ต่างกันของหน่วยงานและปีงบประมาณเดียวกัน (${organisation}` +
      `${fiscalYear === undefined ? "" : ` ปีงบประมาณ ${buddhistYear(fiscalYear, "th")}`}) จะใช้ฉบับใด? ` +
      "ระบุเฉพาะไฟล์ที่ถูกต้อง (ยังไม่นำฉบับใดมารวม)",
  },
  en: {
    sheetName: "Roll-up",
    title: "Results of the anti-corruption and integrity action plans, several offices",
    offices: (count) => plural(count, "office"),
    no: "No.",
    organisation: "Office",
    file: "File",
    sheet: "Table / sheet",
    fiscalYear: "Fiscal year (B.E.)",
    errors: "Errors",
    warnings: "Warnings",
    total: (offices) => `Total, ${plural(offices, "office")}`,
    dimensionHeading: "By dimension, all offices together",
    legendHeading: (round) => `Row colours: percent of projects completed (${round}-month round thresholds)`,
    band: {
      good: (low) => `${low} percent or more`,
      fair: (low, high) => `${low} to below ${high} percent`,
      poor: (_low, high) => `below ${high} percent`,
    },
    withErrors: (count) => `Offices whose plans still have errors (${count})`,
    unreadable: (count) => `Files that could not be read (${count})`,
    unreadableSheets: (count) => `Plans that could not be read (${count})`,
    reason: "Reason",
    none: "None",
    footerCounts: (offices, unreadable) =>
      `${plural(offices, "office")}${unreadable > 0 ? ` · ${unreadable} unreadable` : ""}`,
    samePlan: (kept) =>
      `The same plan as ${kept} (same office, fiscal year, round, and project rows with their amounts and statuses): counted once`,
    whichPlan: (files, organisation, fiscalYear) =>
      `${files.join(" and ")} are ${files.length} different plans of the same office and fiscal year (${organisation}` +
      `${fiscalYear === undefined ? "" : `, FY ${buddhistYear(fiscalYear, "en")}`}): which one should be used? ` +
      "Give only the right one (none of them is added)",
  },
};
