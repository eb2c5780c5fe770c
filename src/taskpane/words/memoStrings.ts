/**
 * The memo step's words, Thai first and English second: with that step's chunk, not the pane's first load.
 */
import type { Lang } from "../../core";

export interface MemoStrings {
  readonly hint: string;
  readonly copy: string;
  readonly copied: string;
  readonly pressCtrlC: string;
  /** Where the switch that writes this text under the table is, and whether it is on. */
  readonly underTable: (on: boolean) => string;
  readonly controlTitle: string;
  /** Beside the copy button while the plan has errors: the figures of the text may be wrong. */
  readonly hasErrors: (errors: number) => string;
  /** The plan names no office, so the text's first sentence has none: where to give it. */
  readonly noOrganisation: string;
  /** Which figure the memo uses where a stated total disagrees with the rows. */
  readonly controlNote: (
    field: string,
    dimension: number | undefined,
    rows: string,
    stated: string,
  ) => string;
}

const th: MemoStrings = {
  hint: "ข้อความสรุปผลสำหรับบันทึกข้อความเสนอผู้บริหาร คัดลอกไปวางในบันทึก หรือเขียนไว้ใต้ตารางสรุป",
  copy: "คัดลอกข้อความ",
  copied: "คัดลอกข้อความแล้ว",
  pressCtrlC: "กด Ctrl+C เพื่อคัดลอก",
  underTable: (on) =>
    on
      ? 'ข้อความนี้จะเขียนไว้ใต้ตารางสรุปเมื่อกดเขียนตารางสรุป (ปิดได้ที่สวิตช์ในขั้น "สรุป")'
      : 'หากต้องการเขียนข้อความนี้ไว้ใต้ตารางสรุป ให้เปิดสวิตช์ในขั้น "สรุป" ข้างปุ่มเขียนตารางสรุป',
  controlTitle: "ยอดรวมไม่ตรงกัน",
  hasErrors: (errors) =>
    `แผนยังมีข้อผิดพลาด ${errors} รายการ ตัวเลขในข้อความนี้อาจยังไม่ถูกต้อง แก้ในขั้น "ตรวจสอบ" ก่อนคัดลอกไปใช้`,
  noOrganisation: 'ข้อความนี้ยังไม่มีชื่อหน่วยงาน ใส่ชื่อหน่วยงานในขั้น "แผน" แล้วข้อความจะมีชื่อนั้น',
  controlNote: (field, dimension, rows, stated) =>
    `ข้อความนี้ใช้ยอดที่รายการโครงการรวมได้ (${field}${dimension === undefined ? "" : ` มิติที่ ${dimension}`} ${rows} บาท) ` +
    `ไม่ใช่ยอดรวมที่ระบุไว้ (${stated} บาท) ตรวจสอบให้ตรงกันก่อนใช้ข้อความนี้`,
};

const en: MemoStrings = {
  hint: "The results as a paragraph for the memo to the head of the office: copy it into the memo, or write it under the summary table.",
  copy: "Copy the text",
  copied: "Copied.",
  pressCtrlC: "Press Ctrl+C to copy.",
  underTable: (on) =>
    on
      ? 'This text will be written under the summary table when the summary is written (the switch is in the "Summary" step).'
      : 'To write this text under the summary table, turn on the switch in the "Summary" step, beside the write button.',
  controlTitle: "The totals disagree",
  hasErrors: (errors) =>
    `The plan still has ${errors === 1 ? "1 error" : `${errors} errors`}: the figures in this text may be wrong. Fix ${errors === 1 ? "it" : "them"} in the "Check" step before using the text.`,
  noOrganisation:
    'This text names no office yet: type the office\'s name in the "Plan" step and the text will carry it.',
  controlNote: (field, dimension, rows, stated) =>
    `This text uses what the rows add up to (${dimension === undefined ? "" : `dimension ${dimension} `}${field.toLowerCase()} ${rows} baht), ` +
    `not the stated total (${stated} baht). Reconcile them before using the text.`,
};

export const MEMO_STRINGS: Readonly<Record<Lang, MemoStrings>> = { th, en };
