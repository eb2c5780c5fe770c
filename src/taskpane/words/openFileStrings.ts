/**
 * The words of opening the user's own file outside Excel (OpenFile.tsx), Thai first and English
 * second: only the pane outside Excel loads them.
 */
import type { Lang } from "../../core";

export interface OpenFileStrings {
  readonly open: string;
  readonly drop: string;
  readonly opening: string;
  /** The file shown, and how it was read: a workbook, or text read as CSV (a .txt says so). */
  readonly opened: (file: string, format: "xlsx" | "csv") => string;
  readonly download: string;
  /** What the download gives: the file with the summary sheet once it is written, the file alone before. */
  readonly downloadHint: (withSummary: boolean) => string;
  /** Beside the summary's "written" notice: the file on the computer has no summary until downloaded. */
  readonly downloadNext: string;
  readonly downloadWritten: string;
  readonly privacy: string;
  readonly problemTitle: string;
  readonly problem: (kind: string, file: string, line?: number) => string;
}

export const OPEN_FILE_STRINGS: Readonly<Record<Lang, OpenFileStrings>> = {
  th: {
    open: "เปิดไฟล์…",
    drop: "หรือลากไฟล์แผน (.xlsx หรือ .csv) มาวางที่นี่",
    opening: "กำลังเปิดไฟล์…",
    opened: (file, format) =>
      format === "xlsx" ? `กำลังแสดงแผนจากไฟล์ ${file}` : `กำลังแสดงแผนจากไฟล์ข้อความ ${file} (อ่านแบบ CSV)`,
    download: "ดาวน์โหลด",
    downloadHint: (withSummary) =>
      withSummary
        ? "ได้ไฟล์เดิมพร้อมแผ่นงานสรุปผลที่เขียนแล้ว ไฟล์ต้นฉบับในเครื่องไม่ถูกแก้ไข"
        : 'ตอนนี้จะได้ไฟล์เดิมเท่านั้น ยังไม่มีแผ่นงานสรุปผล: กด "เขียนตารางสรุปลงสมุดงาน" ในขั้น "สรุป" ก่อน แล้วดาวน์โหลด',
    downloadNext: "ไฟล์ในเครื่องยังไม่มีแผ่นงานสรุปผลนี้: ดาวน์โหลดสมุดงานที่เขียนแล้วไปใช้",
    downloadWritten: "ดาวน์โหลดสมุดงาน (.xlsx)",
    privacy: "ไฟล์เปิดอ่านในเบราว์เซอร์นี้เท่านั้น ไม่มีข้อมูลใดถูกส่งออกจากเครื่อง",
    problemTitle: "เปิดไฟล์ไม่ได้",
    problem: (kind, file, line) =>
      ({
        "not-a-workbook": `${file} ไม่ใช่ไฟล์ .xlsx หรือ .csv`,
        "empty-file": `${file} ว่างเปล่า (0 ไบต์): อาจบันทึกหรือคัดลอกไม่ครบ บันทึกแผนจาก Excel อีกครั้ง`,
        "damaged-workbook": `${file} เสียหาย หรือไม่ใช่สมุดงาน Excel จริง: เปิดใน Excel แล้วบันทึกเป็น .xlsx ใหม่`,
        "other-format": `${file} เป็นไฟล์ Excel รุ่นเก่า (.xls) หรือมีรหัสผ่าน — เปิดใน Excel แล้วบันทึกเป็น .xlsx ก่อน`,
        "too-big": `${file} ใหญ่เกินกว่าจะเปิดในเบราว์เซอร์ได้ — ใช้คำสั่ง integrity-plan แทน`,
        "beyond-excel": `${file} มีเซลล์อยู่นอกขอบเขตของ Excel ไฟล์อาจเสียหาย`,
        "csv-open-quote": `${file} บรรทัด ${line ?? "?"}: เครื่องหมายคำพูดเปิดไว้แต่ไม่ได้ปิด`,
        "csv-too-wide": `${file} บรรทัด ${line ?? "?"}: มีคอลัมน์มากกว่าที่ Excel รับได้`,
      })[kind] ?? `${file} เปิดไม่ได้`,
  },
  en: {
    open: "Open a file…",
    drop: "or drop a plan file (.xlsx or .csv) here",
    opening: "Opening the file…",
    opened: (file, format) =>
      format === "xlsx"
        ? `Showing the plan in ${file}`
        : `Showing the plan in the text file ${file} (read as CSV)`,
    download: "Download",
    downloadHint: (withSummary) =>
      withSummary
        ? "Gives the workbook back with the summary sheet written; the file on your computer is not changed."
        : 'Gives the file back as it is, with no summary sheet yet: choose "Write the summary to the workbook" in the "Summary" step first, then download.',
    downloadNext:
      "The file on your computer does not have this summary sheet yet: download the written workbook.",
    downloadWritten: "Download the workbook (.xlsx)",
    privacy: "The file is read in this browser only: nothing leaves your computer.",
    problemTitle: "The file could not be opened",
    problem: (kind, file, line) =>
      ({
        "not-a-workbook": `${file} is not an .xlsx or .csv file.`,
        "empty-file": `${file} is empty (0 bytes): it may have been saved or copied only in part. Save the plan from Excel again.`,
        "damaged-workbook": `${file} is damaged, or not really an Excel workbook: open it in Excel and save it as .xlsx again.`,
        "other-format": `${file} is an old Excel file (.xls) or has a password: open it in Excel and save it as .xlsx first.`,
        "too-big": `${file} is too large to open in a browser: use the integrity-plan command instead.`,
        "beyond-excel": `${file} has a cell outside Excel's sheet; the file may be damaged.`,
        "csv-open-quote": `${file}, line ${line ?? "?"}: a quotation mark is opened and never closed.`,
        "csv-too-wide": `${file}, line ${line ?? "?"}: more columns than Excel takes.`,
      })[kind] ?? `${file} could not be opened.`,
  },
};
