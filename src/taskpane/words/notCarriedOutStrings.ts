/**
 * The words of the step that lists the projects not carried out, Thai first and English second: with that
 * step's chunk, not the pane's first load (its notices stay with the pane's words).
 */
import { type Lang, plural } from "../../core";

export interface NotCarriedOutStrings {
  readonly none: string;
  readonly row: (row: number) => string;
  readonly dimension: (dimension: number | null) => string;
  readonly planned: (baht: string) => string;
  readonly reason: (note: string) => string;
  readonly flag: (rows: number) => string;
  readonly clearFlags: string;
  readonly flagsFollow: string;
}

const th: NotCarriedOutStrings = {
  none: "ไม่มีโครงการที่ไม่ได้ดำเนินการ",
  row: (row) => `แถว ${row}`,
  dimension: (dimension) => (dimension === null ? "ไม่ทราบมิติ" : `มิติที่ ${dimension}`),
  planned: (baht) => `งบประมาณตามแผน ${baht} บาท`,
  reason: (note) => `เหตุผล: ${note}`,
  flag: (rows) => `ทำเครื่องหมายแถวเหล่านี้ในแผน (${rows} แถว)`,
  clearFlags: "ลบเครื่องหมายแถวที่ทำไว้ในแผน",
  flagsFollow: "เครื่องหมายอ่านสถานะของแต่ละแถวเอง จึงตามการแก้ไข การเรียง และการแทรกแถวได้เอง",
};

const en: NotCarriedOutStrings = {
  none: "Every project was carried out.",
  row: (row) => `Row ${row}`,
  dimension: (dimension) => (dimension === null ? "Unknown dimension" : `Dimension ${dimension}`),
  planned: (baht) => `Planned budget ${baht} baht`,
  reason: (note) => `Reason: ${note}`,
  flag: (rows) => `Flag these rows in the plan (${plural(rows, "row")})`,
  clearFlags: "Remove the flags from the plan",
  flagsFollow:
    "The flags read each row's own status, so they follow edits, sorting and inserted rows by themselves.",
};

export const NOT_CARRIED_OUT_STRINGS: Readonly<Record<Lang, NotCarriedOutStrings>> = { th, en };
