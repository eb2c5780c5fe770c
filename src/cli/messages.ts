/**
 * The command line's own words, Thai first and English second. The report's words (issues, fields,
 * summary headings) come from core's messages.
 */
import { type Lang, type PlaceLook, MESSAGES, PLACE_WORDS, buddhistYear, plural } from "../core";
import type { OtherFormat, Problem } from "../hosts/exceljs/problem";

export { InputProblem, type OtherFormat, type Problem } from "../hosts/exceljs/problem";

/** Parts of a workbook that a --write copy cannot keep, named on standard error before writing. */
export type DroppedPart =
  | "charts"
  | "pivot-tables"
  | "shapes"
  | "macros"
  | "external-links"
  | "slicers"
  | "form-controls"
  | "threaded-comments"
  | "sparklines"
  | "extended-validations"
  | "printer-settings"
  | "connections"
  | "custom-xml"
  | "custom-properties"
  | "data-model"
  | "chart-sheets"
  | "other";

/** The --help text: lines of text, and two-column rows (what to type, what it does). */
export type Help = readonly (string | readonly [string, string])[];

export interface CliWords {
  readonly problem: (problem: Problem) => string;
  readonly help: Help;
  readonly headings: {
    readonly projects: string;
    readonly plannedBudget: string;
    readonly ordinanceBudget: string;
    readonly completed: string;
    readonly inProgress: string;
    readonly notStarted: string;
    readonly notDone: string;
    readonly disbursed: string;
    readonly pctProjects: string;
    readonly pctBudget: string;
    readonly dimensionName: string;
  };
  readonly source: (where: string, headerRow: number, lastRow: number, projects: number) => string;
  readonly file: (name: string) => string;
  readonly issuesHeading: (count: number) => string;
  readonly noIssues: string;
  readonly counts: (errors: number, warnings: number, notes: number) => string;
  readonly notCarriedOutLine: (
    row: string,
    no: string,
    name: string,
    dimension: string,
    budget: string,
  ) => string;
  readonly reason: (note: string) => string;
  readonly verdict: (valid: boolean) => string;
  readonly wrote: (file: string, sheet: string) => string;
  readonly wroteDocument: (file: string) => string;
  readonly settingsNeedDocx: string;
  readonly templateNotDocx: (file: string) => string;
  readonly templateNoBody: (known: readonly string[]) => string;
  readonly templateUnknown: (names: readonly string[], known: readonly string[]) => string;
  readonly wroteSample: (file: string) => string;
  readonly wroteTemplate: (file: string) => string;
  /** On standard error under --memo, whose output holds no verdict of its own. */
  readonly memoHasErrors: (errors: number) => string;
  /** On standard error before a --write copy is made without some parts of the workbook. */
  readonly dropped: (file: string, parts: readonly DroppedPart[], others: readonly string[]) => string;
}

const list = (names: readonly string[]): string => names.map((name) => `"${name}"`).join(", ");
const megabytes = (bytes: number): string => `${Math.ceil(bytes / 1_000_000).toLocaleString("en-US")} MB`;
const count = (n: number): string => n.toLocaleString("en-US");

const DROPPED_TH: Readonly<Record<DroppedPart, string>> = {
  charts: "แผนภูมิ",
  "pivot-tables": "PivotTable",
  shapes: "รูปร่างและกล่องข้อความ",
  macros: "แมโคร (VBA)",
  "external-links": "การเชื่อมโยงไปยังเวิร์กบุ๊กอื่น",
  slicers: "ตัวแบ่งส่วนข้อมูลและไทม์ไลน์",
  "form-controls": "ตัวควบคุมฟอร์ม",
  "threaded-comments": "ข้อคิดเห็นแบบเธรด",
  sparklines: "เส้นแบบประกายไฟ (Sparkline)",
  "extended-validations": "รายการให้เลือกที่อ้างถึงแผ่นงานอื่น",
  "printer-settings": "การตั้งค่าเครื่องพิมพ์",
  connections: "การเชื่อมต่อข้อมูลและคิวรี",
  "custom-xml": "ข้อมูล XML แบบกำหนดเอง",
  "custom-properties": "คุณสมบัติเอกสารแบบกำหนดเอง",
  "data-model": "ตัวแบบข้อมูล (Data Model)",
  "chart-sheets": "แผ่นงานแผนภูมิ",
  other: "ส่วนอื่น",
};

const DROPPED_EN: Readonly<Record<DroppedPart, string>> = {
  charts: "charts",
  "pivot-tables": "pivot tables",
  shapes: "shapes and text boxes",
  macros: "macros (VBA)",
  "external-links": "links to other workbooks",
  slicers: "slicers and timelines",
  "form-controls": "form controls",
  "threaded-comments": "threaded comments",
  sparklines: "sparklines",
  "extended-validations": "drop-down lists that refer to other sheets",
  "printer-settings": "printer settings",
  connections: "data connections and queries",
  "custom-xml": "custom XML data",
  "custom-properties": "custom document properties",
  "data-model": "the data model",
  "chart-sheets": "chart sheets",
  other: "other parts",
};

const droppedList = (
  words: Readonly<Record<DroppedPart, string>>,
  parts: readonly DroppedPart[],
  others: readonly string[],
): string =>
  parts
    .map((part) =>
      part === "other" && others.length > 0 ? `${words.other} (${others.join(", ")})` : words[part],
    )
    .join(", ");

/** "No plan here": each place looked at and what it lacked, then what a plan needs; one line. */
function noPlanLine(
  lang: Lang,
  p: { readonly file: string; readonly sheet?: string; readonly table?: string },
  looked: readonly PlaceLook[],
): string {
  const words = PLACE_WORDS[lang];
  // One place (a CSV file, a sheet or table asked for): what it lacks; several: each by name.
  const found = looked.length === 1 ? words.verdict(looked[0]) : looked.map(words.looked).join(", ");
  if (lang === "en") {
    const where =
      p.table !== undefined
        ? `table "${p.table}" of ${p.file}`
        : p.sheet !== undefined
          ? `sheet "${p.sheet}" of ${p.file}`
          : p.file;
    return `No plan found in ${where}: ${found}; ${PLACE_WORDS.en.planNeeds}`;
  }
  const where =
    p.table !== undefined
      ? `ตาราง "${p.table}" ของ ${p.file}`
      : p.sheet !== undefined
        ? `แผ่นงาน "${p.sheet}" ของ ${p.file}`
        : ` ${p.file}`;
  return `ไม่พบแผนใน${where}: ${found} (${PLACE_WORDS.th.planNeeds})`;
}

/** Several plans and nothing to tell which: name them, say why, and how to choose; one line. */
function whichPlanLine(lang: Lang, p: Extract<Problem, { kind: "which-plan" }>): string {
  const words = PLACE_WORDS[lang];
  const candidates = p.looked.filter((look) => look.verdict === "candidate");
  const named = candidates.map(words.looked).join(", ");
  const choose = candidates.some((look) => look.table !== undefined) ? "--sheet / --table" : "--sheet";
  if (lang === "en") {
    switch (p.why) {
      case "several-years":
        return `${p.file} holds plans of several fiscal years: ${named}; give the report's year with --year, or the plan with ${choose}`;
      case "no-plan-of-year":
        return `${p.file} holds no plan for FY ${buddhistYear(p.year ?? 0, "en")}: ${named}; check --year, or give the plan with ${choose}`;
      case "split-by-dimension":
        return `The plan in ${p.file} is split over ${candidates.length} sheets by dimension: ${named}; add them up with the add-in's roll-up (Summary step, "${ROLLUP_STEP.en}"), or summarise one at a time with ${choose}`;
      case "several-plans":
        return `${p.file} holds ${candidates.length} plans: ${named}; if they are one plan split by division or office, add them up with the add-in's roll-up (Summary step, "${ROLLUP_STEP.en}"); otherwise give the plan with ${choose}`;
    }
  }
  switch (p.why) {
    case "several-years":
      return `${p.file} มีแผนหลายปีงบประมาณ: ${named}: ระบุปีของรายงานด้วย --year หรือระบุแผนด้วย ${choose}`;
    case "no-plan-of-year":
      return `ไม่พบแผนของปีงบประมาณ ${buddhistYear(p.year ?? 0, "th")} ใน ${p.file}: มี ${named}: ตรวจ --year หรือระบุแผนด้วย ${choose}`;
    case "split-by-dimension":
      return `แผนใน ${p.file} แยกอยู่ ${candidates.length} แผ่นงานตามมิติ: ${named}: รวมผลทั้งแผนด้วย Add-in ขั้น "สรุป" > "${ROLLUP_STEP.th}" หรือสรุปทีละแผ่นงานด้วย ${choose}`;
    case "several-plans":
      return `${p.file} มีแผน ${candidates.length} แห่ง: ${named}: ถ้าเป็นแผนเดียวที่แยกตามกองหรือหน่วยงาน รวมผลด้วย Add-in ขั้น "สรุป" > "${ROLLUP_STEP.th}" ถ้าไม่ใช่ ระบุแผนด้วย ${choose}`;
  }
}

/** The pane's roll-up of the plans of one workbook (spec §8.1), as its heading names it. */
const ROLLUP_STEP: Readonly<Record<Lang, string>> = { th: "สรุปรวมหลายแผน", en: "Roll-up of several plans" };

function otherFormatTh(file: string, format: OtherFormat): string {
  switch (format) {
    case "xls":
      return `${file} เป็นไฟล์ Excel รุ่นเก่า (.xls): เปิดใน Excel หรือ LibreOffice แล้วบันทึกเป็น .xlsx (Excel Workbook)`;
    case "ods":
      return `${file} เป็นไฟล์ OpenDocument (.ods): เปิดใน LibreOffice หรือ Excel แล้วบันทึกเป็น .xlsx (Excel 2007-365)`;
    case "xlsb":
      return `${file} เป็นเวิร์กบุ๊กแบบไบนารี (.xlsb): เปิดใน Excel แล้วบันทึกเป็น .xlsx (Excel Workbook)`;
    case "encrypted":
      return `${file} มีรหัสผ่านป้องกันการเปิด: เปิดใน Excel แล้วเอารหัสผ่านออก (ไฟล์ > ข้อมูล > ป้องกันเวิร์กบุ๊ก > เข้ารหัสด้วยรหัสผ่าน) และบันทึกสำเนาใหม่`;
  }
}

function otherFormatEn(file: string, format: OtherFormat): string {
  switch (format) {
    case "xls":
      return `${file} is an old Excel file (.xls): open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook)`;
    case "ods":
      return `${file} is an OpenDocument spreadsheet (.ods): open it in LibreOffice or Excel and save it as .xlsx (Excel 2007-365)`;
    case "xlsb":
      return `${file} is a binary workbook (.xlsb): open it in Excel and save it as .xlsx (Excel Workbook)`;
    case "encrypted":
      return `${file} is protected by a password: open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password) and save a copy`;
  }
}

/** Each problem's words, by its kind. */
type ProblemWords = {
  readonly [K in Problem["kind"]]: (problem: Extract<Problem, { readonly kind: K }>) => string;
};

/** One line for any problem, from the words for each kind. */
function wordsOfProblems(words: ProblemWords): (problem: Problem) => string {
  // The entry for a problem's kind takes problems of that kind; TypeScript cannot follow that through the index.
  return (problem) => (words[problem.kind] as (problem: Problem) => string)(problem);
}

const th: CliWords = {
  problem: wordsOfProblems({
    usage: (p) => `${p.detail} (ดู integrity-plan --help)`,
    "no-command": () => "ไม่ได้ระบุคำสั่ง: ใช้ integrity-plan summarize ไฟล์.xlsx (ดู integrity-plan --help)",
    "unknown-command": (p) =>
      `ไม่รู้จักคำสั่ง "${p.command}": ใช้ summarize, rollup, sample หรือ template (ดู integrity-plan --help)`,
    "unknown-option": (p) => `ไม่รู้จักตัวเลือก ${p.option} (ดู integrity-plan --help)`,
    "missing-value": (p) => `ตัวเลือก ${p.option} ต้องมีค่าตามหลัง (ดู integrity-plan --help)`,
    "extra-argument": (p) => `ไม่เข้าใจ "${p.argument}": ระบุไฟล์ได้ไฟล์เดียว (ดู integrity-plan --help)`,
    "bad-option": (p) => `ค่า "${p.value}" ของตัวเลือก ${p.option} ไม่ถูกต้อง (ดู integrity-plan --help)`,
    "conflicting-options": (p) =>
      `ใช้ ${p.options[0]} กับ ${p.options[1]} พร้อมกันไม่ได้ (ดู integrity-plan --help)`,
    "no-input": () => "ไม่ได้ระบุไฟล์แผน: integrity-plan summarize ไฟล์.xlsx",
    "no-output": (p) => `ไม่ได้ระบุไฟล์ที่จะเขียน: integrity-plan ${p.command} ไฟล์.xlsx`,
    "no-such-file": (p) => `ไม่พบไฟล์: ${p.file}`,
    "cannot-read": (p) => `อ่านไฟล์ไม่ได้: ${p.file} (${p.reason})`,
    "not-a-workbook": (p) => `ไม่ใช่ไฟล์ Excel (.xlsx) หรือ CSV: ${p.file}`,
    "empty-file": (p) => `ไฟล์ ${p.file} ว่างเปล่า (0 ไบต์): อาจบันทึกหรือคัดลอกไม่ครบ บันทึกแผนจาก Excel อีกครั้ง`,
    "damaged-workbook": (p) =>
      `ไฟล์ ${p.file} เสียหาย หรือไม่ใช่สมุดงาน Excel จริง (อ่านโครงสร้างไฟล์ไม่ได้): เปิดใน Excel หรือ LibreOffice แล้วบันทึกเป็น .xlsx ใหม่`,
    "other-format": (p) => otherFormatTh(p.file, p.format),
    "broken-workbook": (p) =>
      `ไฟล์ ${p.file} เสียหาย (ส่วน ${p.part} อ่านไม่ได้): เปิดใน Excel หรือ LibreOffice แล้วบันทึกใหม่`,
    "beyond-excel": (p) =>
      `ไฟล์ ${p.file} เสียหาย: แผ่นงาน "${p.sheet}" มีเซลล์ที่แถว ${count(p.row)} คอลัมน์ ${count(p.column)} เกินขอบเขตของ Excel (${count(1_048_576)} แถว ${count(16_384)} คอลัมน์) เปิดใน Excel หรือ LibreOffice แล้วบันทึกใหม่`,
    "too-big": (p) =>
      p.unit === "cells"
        ? `ไฟล์ ${p.file} ใหญ่เกินกว่าที่เครื่องนี้จะอ่านได้ (${count(p.size)} เซลล์ เกิน ${count(p.limit)}): ลบแผ่นงานหรือเซลล์ที่ไม่เกี่ยวกับแผน หรือคัดลอกเฉพาะแผนไปไว้ในไฟล์ใหม่`
        : `ไฟล์ ${p.file} ใหญ่เกินกว่าที่เครื่องนี้จะอ่านได้ (${p.unit === "xml" ? "เมื่อแตกไฟล์ " : ""}${megabytes(p.size)} เกิน ${megabytes(p.limit)}): ลบแผ่นงานหรือเซลล์ที่ไม่เกี่ยวกับแผน หรือคัดลอกเฉพาะแผนไปไว้ในไฟล์ใหม่`,
    "csv-open-quote": (p) =>
      `ไฟล์ ${p.file}: เครื่องหมายคำพูด (") ที่บรรทัด ${count(p.line)} ไม่มีตัวปิด ข้อมูลหลังจากนั้นจึงอ่านไม่ได้ แก้ไขบรรทัดนั้นแล้วลองใหม่`,
    "csv-too-wide": (p) =>
      `ไฟล์ ${p.file}: บรรทัด ${count(p.line)} มี ${count(p.columns)} คอลัมน์ เกินที่ Excel รับได้ (${count(16_384)} คอลัมน์)`,
    "too-long": (p) =>
      `ค่าของตัวเลือก ${p.option} ยาว ${count(p.length)} ตัวอักษร เกินที่เซลล์หนึ่งเซลล์รับได้ (${count(p.limit)} ตัวอักษร)`,
    "no-sheet": (p) => `ไม่พบแผ่นงาน "${p.sheet}" ใน ${p.file} (มีแผ่นงาน ${list(p.known)})`,
    "no-table": (p) =>
      p.known.length === 0
        ? `ไม่พบตาราง "${p.table}" ใน ${p.file} (ไฟล์นี้ไม่มีตาราง Excel)`
        : `ไม่พบตาราง "${p.table}" ใน ${p.file} (มีตาราง ${list(p.known)})`,
    "no-plan": (p) => {
      if (p.looked !== undefined && p.looked.length > 0) return noPlanLine("th", p, p.looked);
      if (p.table !== undefined)
        return `ไม่พบแผนในตาราง "${p.table}" ของ ${p.file}: แถวหัวตารางไม่มีคอลัมน์ ชื่อโครงการ / งบประมาณ / เบิกจ่าย`;
      return p.sheet !== undefined
        ? `ไม่พบแผนในแผ่นงาน "${p.sheet}" ของ ${p.file}: ไม่มีแถวหัวตารางที่มีคอลัมน์ ชื่อโครงการ / งบประมาณ / เบิกจ่าย ใน 20 แถวแรก`
        : `ไม่พบแผนใน ${p.file}: ไม่มีแถวหัวตารางที่มีคอลัมน์ ชื่อโครงการ / งบประมาณ / เบิกจ่าย ใน 20 แถวแรกของแผ่นงานใดเลย`;
    },
    "which-plan": (p) => whichPlanLine("th", p),
    "no-year-column": (p) =>
      p.year === undefined
        ? `แผนใน ${p.file} มีคอลัมน์งบประมาณรายปี (พ.ศ. ${p.years}) แต่ไม่ทราบปีงบประมาณของรายงาน: ระบุ --year เช่น --year ${p.years.split(", ")[0]}`
        : `แผนใน ${p.file} มีคอลัมน์งบประมาณของปี พ.ศ. ${p.years} แต่ไม่มีคอลัมน์ของปีงบประมาณ ${buddhistYear(p.year, "th")}: ตรวจ --year หรือปีในชื่อเรื่อง`,
    "output-exists": (p) => `มีไฟล์ ${p.file} อยู่แล้ว: ใช้ --force ถ้าต้องการเขียนทับ`,
    "output-is-input": (p) => `ไฟล์ที่จะเขียน (${p.file}) เป็นไฟล์แผนต้นฉบับ: ตั้งชื่อไฟล์ใหม่ ไฟล์ต้นฉบับจะไม่ถูกแก้ไข`,
    "output-not-xlsx": (p) => `ไฟล์ที่จะเขียนต้องเป็น .xlsx: ${p.file}`,
    "output-not-docx": (p) => `ไฟล์รายงานที่จะเขียนต้องเป็น .docx: ${p.file}`,
    "bad-settings": (p) => `อ่านไฟล์ตั้งค่ารายงาน ${p.file} ไม่ได้: ${p.detail}`,
    "cannot-write": (p) => `เขียนไฟล์ไม่ได้: ${p.file} (${p.reason})`,
    internal: (p) => `โปรแกรมทำงานผิดพลาด: ${p.reason}`,
  }),
  help: [
    "integrity-plan: ตรวจแผนปฏิบัติการป้องกันการทุจริตฯ และสรุปผลรายมิติ",
    "",
    "การใช้งาน",
    ["integrity-plan summarize ไฟล์ [ตัวเลือก]", "อ่านแผนจากไฟล์ .xlsx หรือ .csv แสดงตารางสรุปและสิ่งที่ต้องแก้"],
    [
      "integrity-plan sample ไฟล์.xlsx [--force]",
      "เขียนแผนตัวอย่าง (อบต.แม่วิน ปีงบประมาณ 2566) เป็น .xlsx หรือ .csv",
    ],
    [
      "integrity-plan template ไฟล์.xlsx [ตัวเลือก]",
      "เขียนแบบฟอร์มแผนเปล่า: ตาราง Excel 20 แถว มีรายการให้เลือกมิติและสถานะ",
    ],
    "",
    "ตัวเลือกของ summarize",
    ["--sheet ชื่อ", "อ่านแผนจากแผ่นงานนี้"],
    [
      "--table ชื่อ",
      "อ่านแผนจากตาราง Excel นี้ (ถ้าไม่ระบุ: ตารางหรือแผ่นงานที่เป็นแผน ถ้ามีหลายแผนจะบอกให้เลือกด้วย --sheet, --table หรือ --year)",
    ],
    ["--round 6|12", "รอบรายงาน (ถ้าไม่ระบุ: ตามชื่อเรื่องในแผ่นงาน หรือ 12)"],
    ["--year 2566", "ปีงบประมาณ (พ.ศ.): ถ้าแผนมีคอลัมน์งบประมาณรายปี ใช้คอลัมน์ของปีนี้"],
    [
      "--column ช่อง=คอลัมน์",
      "อ่านช่องนี้จากคอลัมน์นี้ เช่น --column disbursed=H เมื่อมีหลายคอลัมน์ที่อาจเป็นช่องเดียวกัน (ใช้ซ้ำได้; =none คือไม่อ่านจากคอลัมน์ใด)",
    ],
    [
      "",
      "ช่อง: no, dimension, name, type, plannedBudget, disbursed, status, note, ordinanceBudget, developmentPlanBudget, reason, fiscalYear",
    ],
    ["--subtotals", "แสดงผลรวมย่อยตามหัวข้อย่อยของแต่ละมิติ ใต้ตารางสรุป"],
    ["--org ชื่อ", "ชื่อหน่วยงาน"],
    ["--lang th|en", "ภาษาของผลลัพธ์ (ค่าเริ่มต้น th)"],
    ["--json", "แสดงผลเป็น JSON"],
    ["--memo", "แสดงข้อความสำหรับบันทึกรายงานผลแทนตาราง (ใช้กับ --write: เขียนข้อความไว้ใต้ตารางด้วย)"],
    [
      "--write ผล.xlsx",
      'เขียนสำเนาของไฟล์ พร้อมแผ่นงาน "สรุปผล" ที่พร้อมพิมพ์ (A4 แนวนอน) และแรเงาแถวที่ไม่ได้ดำเนินการ (ไฟล์ต้นฉบับไม่ถูกแก้ไข)',
    ],
    [
      "--docx รายงาน.docx",
      "เขียนรายงานฉบับเต็ม (บันทึกข้อความ พร้อมตารางสรุป ข้อเสนอ และภาคผนวกรายโครงการ) เป็นไฟล์ Word",
    ],
    [
      "--docx-settings ตั้งค่า.json",
      "ส่วนราชการ ที่ วันที่ เรียน ผู้ลงนาม ข้อเสนอ ตราครุฑ (PNG/JPEG) และแม่แบบบันทึกของหน่วยงาน (spec §10.2)",
    ],
    ["--force", "เขียนทับไฟล์ผลลัพธ์ที่มีอยู่แล้ว"],
    "",
    'แผ่นงาน "สรุปผล" ที่คำสั่งนี้เขียนไม่มีแผนภูมิ: แผนภูมิวาดได้เฉพาะ Add-in ใน Excel',
    "",
    "ตัวเลือกของ template",
    ["--with-sample", "ใส่โครงการตัวอย่าง 16 โครงการ (อบต.แม่วิน ปีงบประมาณ 2566) แทนแถวว่าง"],
    ["--org ชื่อ", "ชื่อหน่วยงานในชื่อเรื่อง"],
    ["--year 2566", "ปีงบประมาณ (พ.ศ.) ในชื่อเรื่อง"],
    ["--force", "เขียนทับไฟล์ที่มีอยู่แล้ว"],
    "",
    "รหัสออก: 0 ไม่มีข้อผิดพลาด, 1 พบข้อผิดพลาดในแผน, 2 อ่านไฟล์ไม่ได้ (มีคำอธิบายหนึ่งบรรทัด)",
    "English: integrity-plan --help --lang en",
  ],
  headings: {
    projects: "โครงการ",
    plannedBudget: "งบตามแผน",
    ordinanceBudget: "งบตามข้อบัญญัติ",
    completed: "แล้วเสร็จ",
    inProgress: "ระหว่างทำ",
    notStarted: "ยังไม่ทำ",
    notDone: "ไม่ได้ทำ",
    disbursed: "เบิกจ่าย",
    pctProjects: "%โครงการ",
    pctBudget: "%งบ",
    dimensionName: "ชื่อมิติ",
  },
  source: (where, headerRow, lastRow, projects) =>
    `ที่มา: ${where} หัวตารางแถว ${headerRow} ข้อมูลถึงแถว ${lastRow} (${projects} โครงการ)`,
  file: (name) => `ไฟล์ ${name}`,
  issuesHeading: (count) => `สิ่งที่พบ (${count} รายการ)`,
  noIssues: "ไม่พบสิ่งที่ต้องแก้",
  counts: (errors, warnings, notes) => {
    const words = MESSAGES.th.severities;
    return `${words.error} ${count(errors)} ${words.warning} ${count(warnings)} ${words.info} ${count(notes)}`;
  },
  notCarriedOutLine: (row, no, name, dimension, budget) =>
    `${row}  ${no}  ${name}  (มิติที่ ${dimension}, งบตามแผน ${budget} บาท)`,
  reason: (note) => `เหตุผล: ${note}`,
  verdict: (valid) => (valid ? "ผลการตรวจ: ไม่มีข้อผิดพลาด" : "ผลการตรวจ: มีข้อผิดพลาด ตัวเลขในตารางอาจยังไม่ถูกต้อง"),
  wrote: (file, sheet) => `เขียนสรุปผลลงในแผ่นงาน "${sheet}" ของไฟล์ ${file} แล้ว`,
  wroteDocument: (file) => `เขียนรายงาน (บันทึกข้อความ) ลงในไฟล์ ${file} แล้ว`,
  settingsNeedDocx: "--docx-settings ใช้คู่กับ --docx",
  templateNotDocx: (file) => `แม่แบบ ${file} ไม่ใช่ไฟล์ .docx`,
  templateNoBody: (known) =>
    `แม่แบบไม่มีย่อหน้าที่มีเพียง {{เนื้อหา}} (หรือ {{body}}) ให้เขียนเนื้อหารายงาน: ช่องที่ใช้ได้ ${known.join(" ")}`,
  templateUnknown: (names, known) =>
    `แม่แบบมีช่อง ${names.map((name) => `{{${name}}}`).join(" ")} ที่โปรแกรมไม่รู้จัก: ช่องที่ใช้ได้ ${known.join(" ")}`,
  wroteSample: (file) => `เขียนแผนตัวอย่างลงในไฟล์ ${file} แล้ว`,
  wroteTemplate: (file) => `เขียนแบบฟอร์มแผนลงในไฟล์ ${file} แล้ว`,
  memoHasErrors: (errors) =>
    `แผนยังมีข้อผิดพลาด ${errors} รายการ ตัวเลขในข้อความอาจยังไม่ถูกต้อง: ดูรายละเอียดด้วย integrity-plan summarize โดยไม่ใส่ --memo`,
  dropped: (file, parts, others) =>
    `คำเตือน: สำเนา ${file} จะไม่มี ${droppedList(DROPPED_TH, parts, others)} ของไฟล์ต้นฉบับ (ไฟล์ต้นฉบับยังอยู่ครบ)`,
};

const en: CliWords = {
  problem: wordsOfProblems({
    usage: (p) => `${p.detail} (see integrity-plan --help --lang en)`,
    "no-command": () =>
      "No command: use integrity-plan summarize FILE.xlsx (see integrity-plan --help --lang en)",
    "unknown-command": (p) =>
      `Unknown command "${p.command}": use summarize, rollup, sample or template (see integrity-plan --help --lang en)`,
    "unknown-option": (p) => `Unknown option ${p.option} (see integrity-plan --help --lang en)`,
    "missing-value": (p) => `Option ${p.option} needs a value (see integrity-plan --help --lang en)`,
    "extra-argument": (p) =>
      `Unexpected "${p.argument}": give one file (see integrity-plan --help --lang en)`,
    "bad-option": (p) =>
      `"${p.value}" is not a valid value for ${p.option} (see integrity-plan --help --lang en)`,
    "conflicting-options": (p) =>
      `${p.options[0]} and ${p.options[1]} cannot be used together (see integrity-plan --help --lang en)`,
    "no-input": () => "No plan file given: integrity-plan summarize FILE.xlsx",
    "no-output": (p) => `No file to write given: integrity-plan ${p.command} FILE.xlsx`,
    "no-such-file": (p) => `No such file: ${p.file}`,
    "cannot-read": (p) => `Cannot read ${p.file} (${p.reason})`,
    "not-a-workbook": (p) => `Not an Excel (.xlsx) or CSV file: ${p.file}`,
    "empty-file": (p) =>
      `${p.file} is empty (0 bytes): it may have been saved or copied only in part; save the plan from Excel again`,
    "damaged-workbook": (p) =>
      `${p.file} is damaged, or not really an Excel workbook (its contents cannot be read): open it in Excel or LibreOffice and save it as .xlsx again`,
    "other-format": (p) => otherFormatEn(p.file, p.format),
    "broken-workbook": (p) =>
      `${p.file} is damaged (its part ${p.part} cannot be read): open it in Excel or LibreOffice and save it again`,
    "beyond-excel": (p) =>
      `${p.file} is damaged: sheet "${p.sheet}" has a cell in row ${count(p.row)}, column ${count(p.column)}, beyond Excel's ${count(1_048_576)} rows and ${count(16_384)} columns; open it in Excel or LibreOffice and save it again`,
    "too-big": (p) =>
      p.unit === "cells"
        ? `${p.file} is too big for this machine to read (${count(p.size)} cells, over ${count(p.limit)}): delete the sheets or cells that are not the plan, or copy the plan alone into a new file`
        : `${p.file} is too big for this machine to read (${p.unit === "xml" ? "unpacked, " : ""}${megabytes(p.size)}, over ${megabytes(p.limit)}): delete the sheets or cells that are not the plan, or copy the plan alone into a new file`,
    "csv-open-quote": (p) =>
      `${p.file}: the quote (") opened in line ${count(p.line)} is never closed, so nothing after it can be read; fix that line and try again`,
    "csv-too-wide": (p) =>
      `${p.file}: line ${count(p.line)} has ${count(p.columns)} columns, more than Excel's ${count(16_384)}`,
    "too-long": (p) =>
      `The value of ${p.option} is ${count(p.length)} characters long, more than a cell holds (${count(p.limit)})`,
    "no-sheet": (p) => `No sheet "${p.sheet}" in ${p.file} (its sheets: ${list(p.known)})`,
    "no-table": (p) =>
      p.known.length === 0
        ? `No table "${p.table}" in ${p.file} (the file has no Excel tables)`
        : `No table "${p.table}" in ${p.file} (its tables: ${list(p.known)})`,
    "no-plan": (p) => {
      if (p.looked !== undefined && p.looked.length > 0) return noPlanLine("en", p, p.looked);
      const columns =
        'the project name / budget / disbursed columns ("Project name", "Planned budget", "Disbursed")';
      if (p.table !== undefined)
        return `No plan in table "${p.table}" of ${p.file}: its header row does not name ${columns}`;
      return p.sheet !== undefined
        ? `No plan in sheet "${p.sheet}" of ${p.file}: no header row naming ${columns} in its first 20 rows`
        : `No plan found in ${p.file}: no header row naming ${columns} in the first 20 rows of any sheet`;
    },
    "which-plan": (p) => whichPlanLine("en", p),
    "no-year-column": (p) =>
      p.year === undefined
        ? `The plan in ${p.file} has a budget column per year (${p.years} B.E.) but the report's fiscal year is not known: add --year, such as --year ${p.years.split(", ")[0]}`
        : `The plan in ${p.file} has budget columns for ${p.years} B.E. but none for FY ${buddhistYear(p.year, "en")}: check --year or the year in the title`,
    "output-exists": (p) => `${p.file} already exists: add --force to overwrite it`,
    "output-is-input": (p) =>
      `The file to write (${p.file}) is the plan itself: choose another name; the plan is never changed`,
    "output-not-xlsx": (p) => `The file to write must be .xlsx: ${p.file}`,
    "output-not-docx": (p) => `The report document to write must be .docx: ${p.file}`,
    "bad-settings": (p) => `Cannot read the report settings ${p.file}: ${p.detail}`,
    "cannot-write": (p) => `Cannot write ${p.file} (${p.reason})`,
    internal: (p) => `The program failed: ${p.reason}`,
  }),
  help: [
    "integrity-plan: checks an anti-corruption action plan and summarises it by dimension",
    "",
    "Usage",
    [
      "integrity-plan summarize FILE [options]",
      "read the plan from an .xlsx or .csv file; print the summary and what to fix",
    ],
    [
      "integrity-plan sample OUT.xlsx [--force]",
      `write the sample plan (Mae Win SAO, FY ${buddhistYear(2566, "en")}) as .xlsx or .csv`,
    ],
    [
      "integrity-plan template OUT.xlsx [options]",
      "write a blank plan: an Excel table of 20 rows with drop-down lists for dimension and status",
    ],
    "",
    "Options of summarize",
    ["--sheet NAME", "read the plan from this sheet"],
    [
      "--table NAME",
      "read the plan from this Excel table (default: the table or sheet holding the plan; with several, you are asked to choose with --sheet, --table or --year)",
    ],
    ["--round 6|12", "the reporting round (default: what the sheet's title says, else 12)"],
    [
      "--year 2566",
      "the fiscal year (Buddhist era): with a budget column per year, that year's column is used",
    ],
    [
      "--column FIELD=COLUMN",
      "read the field from this column, such as --column disbursed=H where several columns could be one field (repeatable; =none reads it from no column)",
    ],
    [
      "",
      "fields: no, dimension, name, type, plannedBudget, disbursed, status, note, ordinanceBudget, developmentPlanBudget, reason, fiscalYear",
    ],
    ["--subtotals", "show subtotals per sub-dimension heading under the summary table"],
    ["--org NAME", "the office's name"],
    ["--lang th|en", "language of the output (default th)"],
    ["--json", "print JSON"],
    [
      "--memo",
      "print the text for the report memo instead of the table (with --write, also write it under the table)",
    ],
    [
      "--write OUT.xlsx",
      "write a copy of the file with a print-ready Summary sheet (A4 landscape), rows not carried out shaded (the file itself is never changed)",
    ],
    [
      "--docx REPORT.docx",
      "write the whole report document (the memorandum with the summary table, proposals and per-project annex) as a Word file",
    ],
    [
      "--docx-settings SETTINGS.json",
      "department, reference, date, addressee, signers, proposals, emblem (PNG/JPEG) and the office's own memo template (spec §10.2)",
    ],
    ["--force", "overwrite OUT if it exists"],
    "",
    "The Summary sheet written here has no chart: the chart is drawn only by the add-in in Excel",
    "",
    "Options of template",
    [
      "--with-sample",
      `fill the table with the sample's 16 projects (Mae Win SAO, FY ${buddhistYear(2566, "en")}) instead of blank rows`,
    ],
    ["--org NAME", "the office's name, in the title"],
    ["--year 2566", "the fiscal year (Buddhist era), in the title"],
    ["--force", "overwrite OUT if it exists"],
    "",
    "Exit status: 0 no errors, 1 the plan has errors, 2 the file could not be read (one line says why)",
  ],
  headings: {
    projects: "Projects",
    plannedBudget: "Planned",
    ordinanceBudget: "Ordinance",
    completed: "Completed",
    inProgress: "In progress",
    notStarted: "Not started",
    notDone: "Not done",
    disbursed: "Disbursed",
    pctProjects: "% projects",
    pctBudget: "% budget",
    dimensionName: "Dimension",
  },
  source: (where, headerRow, lastRow, projects) =>
    `Source: ${where}, header in row ${headerRow}, data to row ${lastRow} (${plural(projects, "project")})`,
  file: (name) => `file ${name}`,
  issuesHeading: (count) => `Findings (${count})`,
  noIssues: "Nothing to fix",
  counts: (errors, warnings, notes) =>
    `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(notes, "observation")}`,
  notCarriedOutLine: (row, no, name, dimension, budget) =>
    `${row}  ${no}  ${name}  (dimension ${dimension}, planned ${budget} baht)`,
  reason: (note) => `Reason: ${note}`,
  verdict: (valid) =>
    valid ? "Result: no errors" : "Result: the plan has errors; the figures may not be right yet",
  wrote: (file, sheet) => `Wrote the summary to sheet "${sheet}" of ${file}`,
  wroteDocument: (file) => `Wrote the report document (memorandum) to ${file}`,
  settingsNeedDocx: "--docx-settings goes with --docx",
  templateNotDocx: (file) => `the template ${file} is not a .docx file`,
  templateNoBody: (known) =>
    `the template has no paragraph holding only {{body}} (or {{เนื้อหา}}) for the report's body; it may hold ${known.join(" ")}`,
  templateUnknown: (names, known) =>
    `the template holds ${names.map((name) => `{{${name}}}`).join(" ")}, which the product does not fill; it may hold ${known.join(" ")}`,
  wroteSample: (file) => `Wrote the sample plan to ${file}`,
  wroteTemplate: (file) => `Wrote the plan template to ${file}`,
  memoHasErrors: (errors) =>
    `The plan has ${plural(errors, "error")}, so the figures may not be right yet: run integrity-plan summarize without --memo to see them`,
  dropped: (file, parts, others) =>
    `Warning: the copy ${file} will not have the original's ${droppedList(DROPPED_EN, parts, others)} (the original keeps them)`,
};

export const CLI_WORDS: Readonly<Record<Lang, CliWords>> = { th, en };

/** The words of `integrity-plan rollup` and of `summarize --trace`, Thai first and English second. */
export interface RollupCliWords {
  readonly help: Help;
  readonly noInput: string;
  readonly notWithRollup: (option: string) => string;
  readonly traceNeedsJson: string;
  readonly mixed: (
    fact: "round" | "fiscalYear",
    groups: readonly { value: number; files: readonly string[] }[],
  ) => string;
  readonly noneRead: (unreadable: number) => string;
  readonly isRollup: (file: string) => string;
  readonly headings: {
    readonly file: string;
    readonly organisation: string;
    readonly year: string;
    readonly errors: string;
    readonly warnings: string;
  };
  readonly officesHeading: (count: number) => string;
  readonly dimensionsHeading: string;
  readonly unreadableHeading: (count: number) => string;
  readonly verdict: (invalid: number, unreadable: number) => string;
  readonly wrote: (file: string) => string;
}

/** A few names of each group, so one line stays readable with thousands of files. */
const someFiles = (files: readonly string[], more: (n: number) => string): string =>
  files.slice(0, 5).join(", ") + (files.length > 5 ? more(files.length - 5) : "");

export const ROLLUP_WORDS: Readonly<Record<Lang, RollupCliWords>> = {
  th: {
    help: [
      "",
      "รวมผลหลายหน่วยงาน",
      [
        "integrity-plan rollup ไฟล์หรือโฟลเดอร์... [ตัวเลือก]",
        "อ่านแผนทุกไฟล์ (.xlsx, .csv) แสดงผลรายหน่วยงาน ตารางรวมรายมิติ และไฟล์ที่อ่านไม่ได้",
      ],
      ["--round 6|12", "รอบรายงานของทุกไฟล์ (ต้องระบุเมื่อไฟล์ต่างรอบกัน)"],
      ["--year 2566", "ปีงบประมาณ (พ.ศ.) ของทุกไฟล์ (ต้องระบุเมื่อไฟล์ต่างปีกัน)"],
      ["--recursive", "อ่านโฟลเดอร์ย่อยด้วย"],
      ["--json", "แสดงผลเป็น JSON"],
      ["--write ผล.xlsx [--force]", 'เขียนแผ่นงาน "รวมผล" ที่พร้อมพิมพ์ แถวของแต่ละหน่วยงานมีสีตามร้อยละความก้าวหน้า'],
      "รหัสออกของ rollup: 0 ทุกหน่วยงานไม่มีข้อผิดพลาด, 1 บางหน่วยงานมีข้อผิดพลาดหรือบางไฟล์อ่านไม่ได้, 2 อ่านไม่ได้เลย",
      "",
      "ตัวเลือกเพิ่มเติมของ summarize",
      ["--json --trace", "บอกแถวในแผนที่นับในแต่ละตัวเลข (โครงการ แล้วเสร็จ ระหว่างทำ ยังไม่ทำ ไม่ได้ทำ)"],
    ],
    noInput: "ไม่ได้ระบุไฟล์หรือโฟลเดอร์: integrity-plan rollup โฟลเดอร์",
    notWithRollup: (option) => `ใช้ ${option} กับ rollup ไม่ได้`,
    traceNeedsJson: "--trace ใช้คู่กับ --json",
    mixed: (fact, groups) =>
      `${fact === "round" ? "แผนต่างรอบรายงานกัน" : "แผนต่างปีงบประมาณกัน"}: ` +
      groups
        .map(
          (g) =>
            `${fact === "round" ? `รอบ ${g.value} เดือน` : `ปี ${buddhistYear(g.value, "th")}`} ${someFiles(g.files, (n) => ` และอีก ${n} ไฟล์`)}`,
        )
        .join("; ") +
      ` ระบุด้วย ${fact === "round" ? "--round" : "--year"} ว่าจะรวมผลเป็น${fact === "round" ? "รอบใด" : "ปีใด"}`,
    noneRead: (unreadable) => `อ่านแผนไม่ได้เลย (${unreadable} ไฟล์อ่านไม่ได้)`,
    isRollup: (file) => `${file} เป็นไฟล์รวมผลที่ integrity-plan rollup เขียนไว้ ไม่ใช่แผนของหน่วยงาน (ไม่นำมารวม)`,
    headings: { file: "ไฟล์", organisation: "หน่วยงาน", year: "ปี (พ.ศ.)", errors: "ผิดพลาด", warnings: "เตือน" },
    officesHeading: (count) => `รายหน่วยงาน (${count} หน่วยงาน)`,
    dimensionsHeading: "รวมรายมิติ",
    unreadableHeading: (count) => `ไฟล์ที่อ่านไม่ได้ (${count} ไฟล์)`,
    verdict: (invalid, unreadable) =>
      invalid === 0 && unreadable === 0
        ? "ผลการตรวจ: ทุกหน่วยงานไม่มีข้อผิดพลาด"
        : `ผลการตรวจ: ${invalid} หน่วยงานมีข้อผิดพลาด, ${unreadable} ไฟล์อ่านไม่ได้`,
    wrote: (file) => `เขียนแผ่นงานรวมผลลงในไฟล์ ${file} แล้ว`,
  },
  en: {
    help: [
      "",
      "Several offices together",
      [
        "integrity-plan rollup FILE_OR_FOLDER... [options]",
        "read every plan (.xlsx, .csv); print each office, the dimensions added up, and the files not read",
      ],
      ["--round 6|12", "the round of every file (needed when the files' rounds differ)"],
      ["--year 2566", "the fiscal year (Buddhist era) of every file (needed when the files' years differ)"],
      ["--recursive", "read subfolders too"],
      ["--json", "print JSON"],
      [
        "--write OUT.xlsx [--force]",
        "write a print-ready Roll-up sheet, each office's row coloured by progress",
      ],
      "Exit status of rollup: 0 no office has errors, 1 some office has errors or some file was not read, 2 none was read",
      "",
      "More options of summarize",
      [
        "--json --trace",
        "give the plan rows behind each figure (projects, completed, in progress, not started, not done)",
      ],
    ],
    noInput: "No file or folder given: integrity-plan rollup FOLDER",
    notWithRollup: (option) => `${option} cannot be used with rollup`,
    traceNeedsJson: "--trace goes with --json",
    mixed: (fact, groups) =>
      `${fact === "round" ? "The plans are for different rounds" : "The plans are for different fiscal years"}: ` +
      groups
        .map(
          (g) =>
            `${fact === "round" ? `${g.value}-month round` : `FY ${buddhistYear(g.value, "en")}`} ${someFiles(g.files, (n) => ` and ${n} more`)}`,
        )
        .join("; ") +
      `; say which with ${fact === "round" ? "--round" : "--year"}`,
    noneRead: (unreadable) => `No plan could be read (${plural(unreadable, "file")} not read)`,
    isRollup: (file) =>
      `${file} is a roll-up written by integrity-plan rollup, not an office's plan (left out)`,
    headings: {
      file: "File",
      organisation: "Office",
      year: "FY (B.E.)",
      errors: "Errors",
      warnings: "Warnings",
    },
    officesHeading: (count) => `Offices (${count})`,
    dimensionsHeading: "All offices by dimension",
    unreadableHeading: (count) => `Files not read (${count})`,
    verdict: (invalid, unreadable) =>
      invalid === 0 && unreadable === 0
        ? "Result: no office has errors"
        : `Result: ${plural(invalid, "office")} with errors, ${plural(unreadable, "file")} not read`,
    wrote: (file) => `Wrote the roll-up sheet to ${file}`,
  },
};
