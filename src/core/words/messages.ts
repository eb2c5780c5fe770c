/**
 * The engine's words for reading and checking a plan, Thai first and English second: issue messages,
 * field names, severities, reasons and item types. The summary sheet's, the memo's and the roll-up
 * sheet's words are in summaryWords.ts, memoWords.ts and rollupWords.ts, so that the pane's first
 * load, which reads and checks, carries none of them. Hosts add their own interface words.
 */
import type { Lang } from "../cells/vocabulary";
import { type AmountUnit, MAX_AMOUNT_SATANG, dotReadings } from "../cells/amounts";
import { dimensionsListed } from "../rows/dimensionList";
import { displayText } from "../layout/display";
import { FORMAT } from "../layout/formats";
import { type Issue, type IssueCode, type NamedColumn, type Severity } from "../checks/issues";
import { FIELD_NAMES } from "./fieldNames";
import { plural } from "./plural";
import { TRACE_WORDS, type TraceWords } from "./traceWords";
import { formatBaht } from "../cells/money";
import { buddhistYear } from "../rows/period";
import { statusReadings } from "../rows/status";
import type { ItemType } from "../rows/itemTypes";
import type { ReasonCategory } from "../rows/reasons";
import type { RowRole } from "../rows/roles";
import type { Field, StatusBucket } from "../cells/vocabulary";

export type { Lang };

type Describe = (issue: Issue) => string;

export interface Messages {
  readonly fields: Readonly<Record<Field, string>>;
  /** The words of the three kinds of finding; `info` is never "หมายเหตุ", the note column's name. */
  readonly severities: Readonly<Record<Severity, string>>;
  readonly issues: Readonly<Record<IssueCode, Describe>>;
  readonly row: (row: number) => string;
  readonly wholeSheet: string;
  /** Alike findings told once for all their rows (the check list). */
  readonly group: GroupWords;
  /** e-Plan's reason categories as the memo and the list name them; `none` when no reason is given. */
  readonly reasons: Readonly<Record<ReasonCategory | "none", string>>;
  /** Item types in the count under the table ("โครงการ 7 กิจกรรม 2 มาตรการ 7"). */
  readonly itemTypes: Readonly<Record<ItemType | "unknown", (count: number) => string>>;
  readonly trace: TraceWords;
  /** Each row role's name, as the reading line counts them (spec §2.5). */
  readonly roles: Readonly<Record<RowRole, string>>;
  /** How many rows of a role the reading line left out: "ยอดรวม 2" / "2 totals", "1 total". */
  readonly roleCounts: Readonly<Record<RowRole, (count: number) => string>>;
  /** "อ่าน 16 โครงการ แถว 4–24; ไม่นับ 5 แถว: ยอดรวม 2 (แถว 20, 24), …" */
  readonly reading: (projects: number, rows: string, leftOut: number, parts: readonly string[]) => string;
}

/** The words of a group of alike findings: "แถว 2–30,001 · งบประมาณตามแผน (คอลัมน์ D)", "(30,000 แถว)". */
export interface GroupWords {
  readonly column: (letter: string) => string;
  readonly rows: (count: string) => string;
}

const baht = (satang: number | undefined): string => formatBaht(satang ?? 0);
/** "3 และ 4", "1, 2 and 3": numbers in a sentence. */
const joined = (numbers: readonly number[], and: string): string =>
  numbers.length < 2
    ? numbers.join("")
    : `${numbers.slice(0, -1).join(", ")} ${and} ${numbers[numbers.length - 1]}`;
/** The units an `amounts-in-unit` or `unclear-unit` issue names, the one counted first. */
const unitsOf = (i: Issue): AmountUnit[] =>
  (i.details?.other ?? "1").split(",").map((unit) => Number(unit) as AmountUnit);
const UNIT_TH: Readonly<Record<AmountUnit, string>> = {
  1: "บาท",
  1_000: "พันบาท",
  10_000: "หมื่นบาท",
  100_000: "แสนบาท",
  1_000_000: "ล้านบาท",
};
const UNIT_EN: Readonly<Record<AmountUnit, string>> = {
  1: "baht",
  1_000: "thousands of baht",
  10_000: "tens of thousands of baht",
  100_000: "hundreds of thousands of baht",
  1_000_000: "millions of baht",
};
/** The statuses a question about a status cell names as its readings. */
const STATUS_TH: Readonly<Record<StatusBucket, string>> = {
  completed: "ดำเนินการแล้วเสร็จ",
  inProgress: "อยู่ระหว่างดำเนินการ",
  notStarted: "ยังไม่ได้ดำเนินการ",
  notDone: "ไม่ได้ดำเนินการ",
};
const STATUS_EN: Readonly<Record<StatusBucket, string>> = {
  completed: "completed",
  inProgress: "in progress",
  notStarted: "not started",
  notDone: "not carried out",
};
/** A dimension cell holding a number such as 2.5 (the cell's text when it is text reads as sub-dimension 2.5). */
const SUB_NUMBER = /^([1-4])\.\d+$/;
/** Row numbers and counts with thousands separators: "30,001". */
const thousands = (n: number): string => displayText(n, FORMAT.count);
/** Columns named by their header and letter: "งบประมาณปีนี้ (คอลัมน์ F)", "Budget this year (column F)". */
const columnsNamed = (columns: readonly NamedColumn[] | undefined, word: string, and: string): string => {
  const names = (columns ?? []).map(({ letter, label }) =>
    label.trim() === "" ? `${word} ${letter}` : `"${label.replace(/\s+/g, " ").trim()}" (${word} ${letter})`,
  );
  return names.length < 2
    ? names.join("")
    : `${names.slice(0, -1).join(", ")} ${and} ${names[names.length - 1]}`;
};
const columnsTh = (columns: readonly NamedColumn[] | undefined): string =>
  columnsNamed(columns, "คอลัมน์", "และ");
const columnsEn = (columns: readonly NamedColumn[] | undefined): string =>
  columnsNamed(columns, "column", "and");
/** How to settle a field's column: the pane's chooser, or the command line's --column. */
const chooseTh = (i: Issue): string =>
  `เลือกคอลัมน์ในขั้น "แผน" หรือใช้ --column ${i.field ?? ""}=${i.details?.columns?.[0]?.letter ?? "E"} ในบรรทัดคำสั่ง`;
const chooseEn = (i: Issue): string =>
  `choose the column in the "Plan" step, or use --column ${i.field ?? ""}=${i.details?.columns?.[0]?.letter ?? "E"} on the command line`;

/** Thai counts rows of a role by the role's name and the number: "ยอดรวม 2". */
const thRoleCount =
  (role: RowRole) =>
  (count: number): string =>
    `${th.roles[role]} ${thousands(count)}`;

const th: Messages = {
  fields: FIELD_NAMES.th,
  severities: { error: "ข้อผิดพลาด", warning: "คำเตือน", info: "ข้อสังเกต" },
  row: (row) => `แถว ${thousands(row)}`,
  wholeSheet: "ทั้งแผ่นงาน",
  group: {
    column: (letter) => `คอลัมน์ ${letter}`,
    rows: (rows) => `${rows} แถว`,
  },
  reasons: {
    noBudget: "ไม่ได้รับจัดสรรงบประมาณ",
    policyChanged: "นโยบายผู้บริหารเปลี่ยนแปลง",
    notEnoughStaff: "บุคลากรไม่เพียงพอ",
    other: "เหตุผลอื่น",
    none: "ไม่ระบุเหตุผล",
  },
  itemTypes: {
    project: (count) => `โครงการ ${count}`,
    activity: (count) => `กิจกรรม ${count}`,
    measure: (count) => `มาตรการ ${count}`,
    guideline: (count) => `แนวปฏิบัติงาน ${count}`,
    unknown: (count) => `ไม่ระบุประเภท ${count}`,
  },
  trace: TRACE_WORDS.th,
  roles: {
    project: "โครงการ",
    continuation: "ชื่อที่ต่อบรรทัด",
    part: "รายการย่อย",
    section: "หัวข้อมิติ",
    heading: "หัวข้อ",
    subtotal: "ยอดรวมย่อย",
    total: "ยอดรวม",
    note: "หมายเหตุ/ลงชื่อ",
    "outside-year": "นอกปีงบประมาณ",
  },
  roleCounts: {
    project: thRoleCount("project"),
    continuation: thRoleCount("continuation"),
    part: thRoleCount("part"),
    section: thRoleCount("section"),
    heading: thRoleCount("heading"),
    subtotal: thRoleCount("subtotal"),
    total: thRoleCount("total"),
    note: thRoleCount("note"),
    "outside-year": thRoleCount("outside-year"),
  },
  reading: (projects, rows, leftOut, parts) =>
    `อ่าน ${thousands(projects)} โครงการ ${rows}` +
    (parts.length === 0 ? "" : `; ไม่นับ ${thousands(leftOut)} แถว: ${parts.join(", ")}`),
  issues: {
    "missing-column": (i) =>
      i.text !== ""
        ? `คอลัมน์ ${i.text} ที่เลือกไว้สำหรับ "${th.fields[(i.details?.other as Field) ?? "name"]}" อยู่นอกตารางของแผน: เลือกคอลัมน์ในตาราง`
        : `ไม่พบคอลัมน์ "${th.fields[(i.details?.other as Field) ?? "name"]}" ในแถวหัวตาราง ต้องมีคอลัมน์นี้จึงจะสรุปผลได้`,
    "missing-name": () => "ไม่มีชื่อโครงการ/กิจกรรม/มาตรการ",
    "unknown-dimension": (i) => {
      if (i.text === "") return 'ไม่ทราบว่าอยู่มิติใด: ใส่เลขมิติ 1–4 หรือวางแถว "มิติที่ N" ไว้เหนือโครงการ';
      const listed = dimensionsListed(i.text);
      if (listed)
        return `ช่องมิติ "${i.text}" ระบุไว้หลายมิติ (มิติที่ ${joined(listed, "และ")}): โครงการหนึ่งอยู่ได้มิติเดียว ใส่เลขมิติเดียว`;
      const sub = SUB_NUMBER.exec(i.text);
      if (sub)
        return `"${i.text}" เป็นตัวเลข ไม่ใช่เลขมิติ 1–4: ถ้าหมายถึงหัวข้อย่อย ${i.text} ของมิติที่ ${sub[1]} ให้ใส่ ${sub[1]} หรือพิมพ์ "${i.text}" เป็นข้อความ`;
      return `อ่านมิติจาก "${i.text}" ไม่ได้: ต้องเป็นเลข 1–4 หรือชื่อมิติ`;
    },
    "unknown-status": (i) =>
      statusReadings(i.text).length > 1
        ? `สถานะ "${i.text}" อ่านได้สองแบบ: ${statusReadings(i.text)
            .map((bucket) => STATUS_TH[bucket])
            .join(" หรือ ")}: ระบุสถานะเดียวให้ชัดเจน (ยังไม่นับในสถานะใด)`
        : i.text === ""
          ? "ไม่ได้ระบุสถานะ (ดำเนินการแล้วเสร็จ / อยู่ระหว่างดำเนินการ / ยังไม่ได้ดำเนินการ / ไม่ได้ดำเนินการ)"
          : `ไม่รู้จักสถานะ "${i.text}": ใช้ ดำเนินการแล้วเสร็จ / อยู่ระหว่างดำเนินการ / ยังไม่ได้ดำเนินการ / ไม่ได้ดำเนินการ`,
    "conflicting-status": () => "ทำเครื่องหมายไว้มากกว่าหนึ่งช่องสถานะ: ให้เหลือช่องเดียว",
    "not-a-number": (i) => `"${i.text}" ไม่ใช่จำนวนเงิน: ใส่ตัวเลข หรือ 0 ถ้าไม่ใช้งบประมาณ (นับเป็น 0)`,
    "ambiguous-amount": (i) => {
      const read = dotReadings(i.text);
      return read?.decimal === undefined
        ? `"${i.text}" ใช้จุดคั่นหลักพัน (แบบยุโรป) อาจหมายถึง ${read?.thousands ?? ""}: พิมพ์ใหม่เป็น ${read?.thousands ?? ""} (นับเป็น 0)`
        : `"${i.text}" อ่านได้สองแบบ: ${read.decimal} (จุดทศนิยม) หรือ ${read.thousands} (จุดคั่นหลักพัน): ` +
            `พิมพ์ใหม่ให้ชัดเจน (นับเป็น 0)`;
    },
    "percent-not-amount": (i) => `${i.text} เป็นร้อยละ ไม่ใช่จำนวนเงิน: ใส่จำนวนเงินเป็นบาท (นับเป็น 0)`,
    "percent-column": (i) => {
      const field = th.fields[i.field ?? "disbursed"];
      return (
        `${columnsTh(i.details?.columns)} เป็นร้อยละ ไม่ใช่จำนวนเงิน จึงไม่อ่านเป็น "${field}": ` +
        `ใส่ "${field}" เป็นจำนวนเงินบาทในคอลัมน์ของตนเอง (ยังไม่ได้อ่าน "${field}" จากคอลัมน์ใด)`
      );
    },
    "unclear-unit": (i) => {
      const units = unitsOf(i);
      if (i.details?.columns?.length) {
        const scaled = units.slice(1).map((unit) => UNIT_TH[unit]);
        return (
          `ไม่ชัดเจนว่าจำนวนเงินในคอลัมน์ "${i.text}" เป็นหน่วยใด: หัวคอลัมน์ไม่ระบุหน่วย แต่ ${columnsTh(i.details.columns)} ` +
          `เป็นหน่วย${scaled.join(" กับ ")} จึงอาจเป็นบาทหรือ${scaled.join(" หรือ ")}: ระบุหน่วยในหัวคอลัมน์นี้ (นับเป็นบาท)`
        );
      }
      if (units.length === 1 && i.field === null) {
        return (
          `อ่านหน่วยในหัวเรื่อง "${i.text}" ไม่ได้ จึงไม่ทราบว่าจำนวนเงินเป็นบาท พันบาท หรือล้านบาท: ` +
          `เขียนหน่วยให้ชัด เช่น หน่วย : บาท, หน่วย : พันบาท (นับเป็นบาท)`
        );
      }
      if (units.length === 1) {
        return (
          `อ่านหน่วยในหัวคอลัมน์ "${i.text}" ไม่ได้ จึงไม่ทราบว่าจำนวนเงินเป็นบาท พันบาท หรือล้านบาท: ` +
          `เขียนหน่วยให้ชัด เช่น (บาท) (พันบาท) (ล้านบาท) (นับเป็น${UNIT_TH[units[0]]})`
        );
      }
      const title = i.details?.otherRow === undefined ? "" : `และแถว ${thousands(i.details.otherRow)} `;
      return (
        `ไม่ชัดเจนว่าจำนวนเงินในคอลัมน์ "${i.text}" เป็นหน่วยใด: หัวคอลัมน์${title}ระบุหน่วย` +
        `${units.map((unit) => UNIT_TH[unit]).join(" กับ ")}: ระบุหน่วยเดียว (นับเป็น${UNIT_TH[units[0]]})`
      );
    },
    "amounts-in-unit": (i) => {
      const [unit] = unitsOf(i);
      const title = i.details?.otherRow === undefined ? "" : ` ตามที่แถว ${thousands(i.details.otherRow)} ระบุ`;
      return `จำนวนเงินในคอลัมน์ "${i.text}" เป็นหน่วย${UNIT_TH[unit]}${title}: คูณ ${thousands(unit)} ทุกจำนวน`;
    },
    "cell-error": (i) => `เซลล์มีค่าผิดพลาด ${i.text}: แก้สูตรให้ได้จำนวนเงิน (นับเป็น 0)`,
    "formula-without-value": (i) =>
      `เซลล์มีสูตร ${i.text} แต่ไฟล์ไม่ได้บันทึกผลลัพธ์ของสูตรไว้ จึงไม่รู้ค่าของเซลล์: ` +
      `เปิดไฟล์ด้วย Excel หรือ LibreOffice แล้วบันทึกอีกครั้ง`,
    "amount-too-large": (i) =>
      `จำนวนเงิน ${i.text} มากเกินกว่าที่แผนจะมีได้ (ตั้งแต่ ${baht(MAX_AMOUNT_SATANG)} บาทขึ้นไป): ` +
      `ตรวจสอบตัวเลข (นับเป็น 0)`,
    "negative-amount": (i) => `จำนวนเงินติดลบ (${i.text}): จำนวนเงินต้องไม่น้อยกว่า 0 (นับเป็น 0)`,
    "fraction-of-satang": (i) =>
      `จำนวนเงิน ${i.text} มีทศนิยมเกิน 2 ตำแหน่ง: ปัดเป็น ${baht(i.details?.amount)} บาท`,
    "text-number": (i) => `"${i.text}" เป็นข้อความ อ่านเป็นตัวเลข ${baht(i.details?.amount)} บาท`,
    "read-as-zero": (i) => `"${i.text}" อ่านเป็น 0 บาท`,
    "spent-but-not-done": (i) =>
      `ไม่ได้ดำเนินการ แต่มีการเบิกจ่าย ${baht(i.details?.amount)} บาท: ตรวจสอบสถานะหรือยอดเบิกจ่าย`,
    "over-disbursed": (i) =>
      `เบิกจ่าย ${baht(i.details?.amount)} บาท มากกว่างบประมาณตามแผน ${baht(i.details?.expected)} บาท`,
    "completed-without-disbursement": (i) =>
      `ดำเนินการแล้วเสร็จ แต่ไม่มีการเบิกจ่าย (งบประมาณตามแผน ${baht(i.details?.expected)} บาท)`,
    "missing-reason": () => "ไม่ได้ดำเนินการ แต่ไม่ได้ระบุเหตุผลในหมายเหตุ",
    "in-progress-at-year-end": () => "รอบ 12 เดือน แต่ยังอยู่ระหว่างดำเนินการ",
    "duplicate-number": (i) =>
      `ลำดับ "${i.text}" ซ้ำกับแถว ${i.details?.otherRow ?? ""} ในมิติที่ ${i.details?.dimension ?? ""}`,
    "control-total-mismatch": (i) =>
      `${i.details?.dimension ? `ยอดรวมมิติที่ ${i.details.dimension} ` : "ยอดรวม"}${th.fields[i.field ?? "plannedBudget"]} ` +
      `ระบุไว้ ${baht(i.details?.expected)} บาท แต่รายการโครงการรวมได้ ${baht(i.details?.amount)} บาท ` +
      `(ต่างกัน ${baht(Math.abs((i.details?.expected ?? 0) - (i.details?.amount ?? 0)))} บาท)`,
    "no-year-column": (i) =>
      i.details?.year === undefined
        ? `แผนมีคอลัมน์งบประมาณรายปี (พ.ศ. ${i.details?.other ?? ""}) แต่ไม่ทราบปีงบประมาณของรายงาน: ระบุปีงบประมาณ`
        : `แผนมีคอลัมน์งบประมาณรายปี พ.ศ. ${i.details?.other ?? ""} แต่ไม่มีคอลัมน์ของปีงบประมาณ ${buddhistYear(i.details.year, "th")}`,
    "over-ordinance": (i) =>
      `เบิกจ่าย ${baht(i.details?.amount)} บาท มากกว่างบประมาณตามข้อบัญญัติ/เทศบัญญัติ ${baht(i.details?.expected)} บาท`,
    "not-in-this-year": (i) =>
      i.field === "fiscalYear"
        ? `เป็นโครงการของปีงบประมาณ ${buddhistYear(Number(i.details?.other), "th")} ไม่ใช่ปีของรายงาน${i.details?.year === undefined ? "" : ` (${buddhistYear(i.details.year, "th")})`}: ไม่อยู่ในแผนของปีนี้ จึงไม่นับ`
        : "ไม่มีงบประมาณในปีงบประมาณนี้ (มีในปีอื่น): ไม่อยู่ในแผนของปีนี้ จึงไม่นับ",
    "number-not-in-heading": (i) =>
      `ลำดับ "${i.text}" เป็นเลขของมิติที่ ${i.details?.other ?? ""} แต่อยู่ใต้หัวข้อมิติที่ ${i.details?.dimension ?? ""}: ` +
      `นับในมิติที่ ${i.details?.dimension ?? ""} ตามหัวข้อ ตรวจสอบลำดับหรือหัวข้อ`,
    "read-as-continuation": (i) =>
      `ต่อจากชื่อโครงการในแถว ${i.details?.otherRow ?? ""}: อ่านเป็นโครงการเดียวกัน ไม่นับแยก`,
    "read-as-part": (i) =>
      `รายการย่อยของโครงการในแถว ${i.details?.otherRow ?? ""}` +
      `${i.details?.amount === undefined ? "" : ` (รวมกันได้ ${baht(i.details.amount)} บาท เท่ากับของโครงการ)`}: ไม่นับแยก`,
    "read-as-total": (i) =>
      i.details?.other === "summary-status"
        ? `ช่องสถานะนับจำนวนโครงการ ("${i.text}"): อ่านเป็นแถวยอดรวม ไม่นับเป็นโครงการ`
        : `จำนวนเงินเท่ากับผลรวมของโครงการด้านบน (${baht(i.details?.amount)} บาท) และไม่มีลำดับหรือสถานะของตนเอง: ` +
          `อ่านเป็นแถวยอดรวม ไม่นับเป็นโครงการ`,
    "hidden-row": () => "แถวนี้ถูกซ่อนหรือถูกกรองออกในแผ่นงาน: นับรวมในรายงานตามปกติ",
    "ambiguous-column": (i) => {
      const field = th.fields[i.field ?? "name"];
      const listed = columnsTh(i.details?.columns);
      const year = i.details?.year === undefined ? "นี้" : ` ${buddhistYear(i.details.year, "th")}`;
      const why =
        i.details?.other === "round"
          ? `ไม่มีคอลัมน์ "${field}" ของรอบ ${i.details?.round ?? 12} เดือน มีแต่ ${listed}`
          : i.details?.other === "year"
            ? `ไม่มีคอลัมน์ "${field}" ของปีงบประมาณ${year} มีแต่ ${listed}`
            : `มีหลายคอลัมน์ที่อาจเป็น "${field}": ${listed} และไม่มีหลักฐานว่าเป็นคอลัมน์ใด`;
      return `${why}: ${chooseTh(i)} (ยังไม่ได้อ่าน "${field}" จากคอลัมน์ใด)`;
    },
    "other-year-below": (i) =>
      `"${i.text}" เป็นหัวเรื่องของแผนปีงบประมาณ ${buddhistYear(Number(i.details?.other), "th")} ไม่ใช่ปีของรายงาน` +
      `${i.details?.year === undefined ? "" : ` (${buddhistYear(i.details.year, "th")})`}: แถวนี้และแถวด้านล่างไม่นับ ` +
      `ถ้าเป็นแผนของปีนี้ แก้ปีในหัวเรื่องนี้ ถ้าไม่ใช่ ย้ายไปไว้ในแผ่นงานอื่น`,
    "total-or-project": (i) =>
      `"${i.text}" ไม่มีสถานะ และงบประมาณ ${baht(i.details?.amount)} บาท เท่ากับผลรวมของ ${i.details?.otherRow ?? 0} แถวด้านบน ` +
      `จึงนับเป็นยอดรวม ไม่นับเป็นโครงการ: ถ้าเป็นโครงการ ใส่สถานะ ถ้าเป็นยอดรวม ใส่คำว่า "รวม" ในชื่อ`,
    "sub-items-not-parts": (i) =>
      `รายการ ${i.details?.other ?? ""} มีเลขเป็นรายการย่อยของโครงการนี้ แต่งบประมาณรวมกัน ${baht(i.details?.amount)} บาท ` +
      `ไม่เท่ากับงบประมาณของโครงการ ${baht(i.details?.expected)} บาท: ตอนนี้นับเป็นโครงการแยกกัน ` +
      `ถ้าเป็นรายการย่อยของโครงการนี้ แก้งบประมาณให้รวมกันได้เท่ากับโครงการ ถ้าเป็นโครงการของตนเอง แก้เลขลำดับ`,
    "title-conflict": (i) => {
      const period = Number(i.details?.other);
      if (i.details?.year !== undefined)
        return (
          `หัวเรื่องระบุปีงบประมาณ ${buddhistYear(i.details.year, "th")} แต่ช่วงวันที่ "${i.text}" อยู่ในปีงบประมาณ ` +
          `${buddhistYear(period, "th")}: แก้หัวเรื่องให้ตรงกัน หรือระบุปีงบประมาณในขั้น "แผน" หรือใช้ --year ` +
          `(ตอนนี้รายงานเป็นปีงบประมาณ ${buddhistYear(i.details.year, "th")})`
        );
      return (
        `หัวเรื่องระบุรอบ ${i.details?.round} เดือน แต่ช่วงวันที่ "${i.text}" เป็นรอบ ${period} เดือน: ` +
        `แก้หัวเรื่องให้ตรงกัน หรือเลือกรอบรายงานในขั้น "แผน" หรือใช้ --round (ตอนนี้นับตามรอบ ${i.details?.round} เดือน)`
      );
    },
    "unknown-round": (i) => {
      const field = th.fields[i.field ?? "disbursed"];
      const of = (columns: readonly NamedColumn[] | undefined) =>
        columns && columns.length > 0 ? columnsTh(columns) : "ไม่มีคอลัมน์";
      return (
        `ไม่ทราบรอบของรายงาน และแผนมีคอลัมน์ "${field}" แยกตามรอบ: รอบ 6 เดือน ${of(i.details?.columns)}; ` +
        `รอบ 12 เดือน ${of(i.details?.others)}: เลือกรอบรายงานในขั้น "แผน" หรือใช้ --round 6 หรือ --round 12 ` +
        `ในบรรทัดคำสั่ง (ตอนนี้นับตามรอบ ${i.details?.round ?? 12} เดือน)`
      );
    },
    "columns-read": (i) => {
      const field = th.fields[i.field ?? "disbursed"];
      const taken = i.details?.columns ?? [];
      const read = taken.length > 1 ? `ผลรวมของ ${columnsTh(taken)}` : columnsTh(taken);
      const because: Record<string, string> = {
        round: ` ตามรอบ ${i.details?.round ?? 12} เดือน`,
        cumulative: ` ซึ่งเป็นยอดสะสมถึงสิ้นรอบ ${i.details?.round ?? 12} เดือน (ยอดสะสมไม่นำมารวมกัน)`,
        year: " ซึ่งเป็นของปีงบประมาณที่รายงาน",
        cells: ` เพราะเซลล์ในคอลัมน์นี้เป็นค่าของ "${field}" ส่วนคอลัมน์อื่นไม่ใช่`,
        header: " เพราะหัวคอลัมน์ระบุชัดกว่า",
        same: " (คอลัมน์ที่ใช้แทนกันได้มีค่าเหมือนกันทุกแถว)",
      };
      const others = i.details?.others ?? [];
      return (
        `"${field}" อ่านจาก ${read}${because[i.details?.other ?? ""] ?? ""}` +
        (others.length === 0 ? "" : `; ไม่ใช้ ${columnsTh(others)}`)
      );
    },
    "period-total-mismatch": (i) =>
      `ยอดรวม ${baht(i.details?.expected)} บาท ไม่เท่ากับผลรวมของ ${columnsTh(i.details?.columns)} ` +
      `(${baht(i.details?.amount)} บาท): ตรวจตัวเลข (นับตามยอดรวม)`,
    "cumulative-decrease": (i) => {
      const [read, earlier] = i.details?.columns ?? [];
      return (
        `ยอดสะสม ${baht(i.details?.amount)} บาท ใน ${columnsTh(read && [read])} น้อยกว่ายอดสะสมก่อนหน้า ` +
        `${baht(i.details?.expected)} บาท ใน ${columnsTh(earlier && [earlier])} แต่ยอดสะสมไม่ลดลง: ตรวจตัวเลข ` +
        `หรือถ้าคอลัมน์ไม่ใช่ยอดสะสม แก้หัวคอลัมน์ (นับ ${baht(i.details?.amount)} บาท)`
      );
    },
    "unknown-row-year": (i) =>
      i.text === ""
        ? `ไม่ได้ระบุปีงบประมาณของโครงการ: ใส่ปี พ.ศ. เช่น ${i.details?.year ?? 2567} (นับอยู่ในแผนปีนี้)`
        : `อ่านปีงบประมาณจาก "${i.text}" ไม่ได้: ใส่ปี พ.ศ. เช่น ${i.details?.year ?? 2567} (นับอยู่ในแผนปีนี้)`,
    "rows-of-other-years": (i) =>
      i.details?.year === undefined
        ? `แผนมีโครงการของหลายปีงบประมาณ (พ.ศ. ${i.details?.other ?? ""}) แต่ไม่ทราบปีงบประมาณของรายงาน: ` +
          `ระบุปีงบประมาณในขั้น "แผน" หรือใช้ --year ในบรรทัดคำสั่ง (ตอนนี้นับทุกปีรวมกัน)`
        : `ไม่มีโครงการของปีงบประมาณ ${buddhistYear(i.details.year, "th")} ในคอลัมน์ปีงบประมาณ ` +
          `(มีของปี พ.ศ. ${i.details?.other ?? ""}): ตรวจปีงบประมาณของรายงาน`,
  },
};

const en: Messages = {
  fields: FIELD_NAMES.en,
  severities: { error: "Error", warning: "Warning", info: "Observation" },
  row: (row) => `Row ${thousands(row)}`,
  wholeSheet: "Whole sheet",
  group: {
    column: (letter) => `column ${letter}`,
    rows: (rows) => `${rows} rows`,
  },
  reasons: {
    noBudget: "no budget allocated",
    policyChanged: "a change of policy",
    notEnoughStaff: "not enough staff",
    other: "other reasons",
    none: "no reason given",
  },
  itemTypes: {
    project: (count) => plural(count, "project"),
    activity: (count) => plural(count, "activity", "activities"),
    measure: (count) => plural(count, "measure"),
    guideline: (count) => plural(count, "guideline"),
    unknown: (count) => `${count} of no stated type`,
  },
  trace: TRACE_WORDS.en,
  roles: {
    project: "projects",
    continuation: "wrapped names",
    part: "parts of a project",
    section: "dimension headings",
    heading: "headings",
    subtotal: "subtotals",
    total: "totals",
    note: "notes and signatures",
    "outside-year": "outside the year",
  },
  roleCounts: {
    project: (count) => plural(count, "project"),
    continuation: (count) => plural(count, "wrapped name"),
    part: (count) => plural(count, "part of a project", "parts of a project"),
    section: (count) => plural(count, "dimension heading"),
    heading: (count) => plural(count, "heading"),
    subtotal: (count) => plural(count, "subtotal"),
    total: (count) => plural(count, "total"),
    note: (count) => plural(count, "note or signature", "notes and signatures"),
    "outside-year": (count) => plural(count, "row outside the year", "rows outside the year"),
  },
  reading: (projects, rows, leftOut, parts) =>
    `Read ${plural(projects, "project")}, ${rows}` +
    (parts.length === 0 ? "" : `; left out ${plural(leftOut, "row")}: ${parts.join(", ")}`),
  issues: {
    "missing-column": (i) =>
      i.text !== ""
        ? `Column ${i.text}, chosen for "${en.fields[(i.details?.other as Field) ?? "name"]}", is outside the plan's table: choose a column of the table.`
        : `No "${en.fields[(i.details?.other as Field) ?? "name"]}" column in the header row; the summary needs it.`,
    "missing-name": () => "The project, activity or measure has no name.",
    "unknown-dimension": (i) => {
      if (i.text === "")
        return 'No dimension: give a number 1–4, or put a "Dimension N" row above the projects.';
      const listed = dimensionsListed(i.text);
      if (listed)
        return `The dimension cell "${i.text}" names several dimensions (${joined(listed, "and")}): a project is in one dimension; give one.`;
      const sub = SUB_NUMBER.exec(i.text);
      if (sub)
        return `"${i.text}" is a number, not a dimension 1–4: if it is sub-dimension ${i.text} of dimension ${sub[1]}, give ${sub[1]}, or type "${i.text}" as text.`;
      return `Cannot read a dimension from "${i.text}": it must be a number 1–4 or a dimension name.`;
    },
    "unknown-status": (i) =>
      statusReadings(i.text).length > 1
        ? `The status "${i.text}" reads two ways, ${statusReadings(i.text)
            .map((bucket) => STATUS_EN[bucket])
            .join(" or ")}: state one status plainly (not counted in any status yet).`
        : i.text === ""
          ? "No status (completed / in progress / not started / not carried out)."
          : `Unknown status "${i.text}": use completed / in progress / not started / not carried out.`,
    "conflicting-status": () => "More than one status column is marked; keep one.",
    "not-a-number": (i) => `"${i.text}" is not an amount: type a number, or 0 for no budget (counted as 0).`,
    "ambiguous-amount": (i) => {
      const read = dotReadings(i.text);
      return read?.decimal === undefined
        ? `"${i.text}" uses dots between thousands (as in Europe) and may mean ${read?.thousands ?? ""}: ` +
            `type it as ${read?.thousands ?? ""} (counted as 0).`
        : `"${i.text}" reads two ways: ${read.decimal} (a decimal point) or ${read.thousands} (a thousands dot): ` +
            `type it again without the doubt (counted as 0).`;
    },
    "percent-not-amount": (i) =>
      `${i.text} is a percentage, not an amount: type the amount in baht (counted as 0).`,
    "percent-column": (i) => {
      const field = en.fields[i.field ?? "disbursed"];
      return (
        `${columnsEn(i.details?.columns)} holds percentages, not amounts, so it is not read as "${field}": ` +
        `give "${field}" in baht in a column of its own ("${field}" is read from no column until then).`
      );
    },
    "unclear-unit": (i) => {
      const units = unitsOf(i);
      if (i.details?.columns?.length) {
        const scaled = units.slice(1).map((unit) => UNIT_EN[unit]);
        const are = i.details.columns.length > 1 ? "are" : "is";
        return (
          `The unit of the amounts in column "${i.text}" is unclear: its header names none, while ` +
          `${columnsEn(i.details.columns)} ${are} in ${scaled.join(" and ")}, so they may be in baht or in ` +
          `${scaled.join(" or ")}; state the unit in this header (counted in baht).`
        );
      }
      if (units.length === 1 && i.field === null) {
        return (
          `The unit in the title line "${i.text}" cannot be read, so it is not known whether the amounts are in ` +
          `baht, thousands or millions of baht: write it plainly, such as "Unit: baht" (counted in baht).`
        );
      }
      if (units.length === 1) {
        return (
          `The unit in the header "${i.text}" cannot be read, so it is not known whether its amounts are in ` +
          `baht, thousands or millions of baht: write the unit plainly, such as (baht), (thousand baht) or ` +
          `(million baht) (counted in ${UNIT_EN[units[0]]}).`
        );
      }
      const title = i.details?.otherRow === undefined ? "" : ` and row ${thousands(i.details.otherRow)}`;
      return (
        `The unit of the amounts in column "${i.text}" is unclear: its header${title} name ` +
        `${units.map((unit) => UNIT_EN[unit]).join(" and ")}; state one unit (counted in ${UNIT_EN[units[0]]}).`
      );
    },
    "amounts-in-unit": (i) => {
      const [unit] = unitsOf(i);
      const title =
        i.details?.otherRow === undefined ? "" : `, as row ${thousands(i.details.otherRow)} states`;
      return `Amounts in column "${i.text}" are in ${UNIT_EN[unit]}${title}: each is multiplied by ${thousands(unit)}.`;
    },
    "cell-error": (i) => `The cell holds the error ${i.text}: fix its formula (counted as 0).`,
    "formula-without-value": (i) =>
      `The cell holds the formula ${i.text}, but the file has no saved result for it, so its value is unknown: ` +
      `open the file in Excel or LibreOffice and save it again.`,
    "amount-too-large": (i) =>
      `The amount ${i.text} is larger than a plan can hold (${baht(MAX_AMOUNT_SATANG)} baht or more): ` +
      `check the number (counted as 0).`,
    "negative-amount": (i) => `Negative amount (${i.text}): amounts cannot be below 0 (counted as 0).`,
    "fraction-of-satang": (i) =>
      `${i.text} has more than two decimals: rounded to ${baht(i.details?.amount)} baht.`,
    "text-number": (i) => `"${i.text}" is text; read as ${baht(i.details?.amount)} baht.`,
    "read-as-zero": (i) => `"${i.text}" read as 0 baht.`,
    "spent-but-not-done": (i) =>
      `Not carried out, yet ${baht(i.details?.amount)} baht was disbursed: check the status or the amount.`,
    "over-disbursed": (i) =>
      `Disbursed ${baht(i.details?.amount)} baht, more than the planned ${baht(i.details?.expected)} baht.`,
    "completed-without-disbursement": (i) =>
      `Completed, but nothing disbursed (planned ${baht(i.details?.expected)} baht).`,
    "missing-reason": () => "Not carried out, but the note gives no reason.",
    "in-progress-at-year-end": () => "Still in progress in the 12-month round.",
    "duplicate-number": (i) =>
      `Number "${i.text}" repeats row ${i.details?.otherRow ?? ""} in dimension ${i.details?.dimension ?? ""}.`,
    "control-total-mismatch": (i) =>
      `${i.details?.dimension ? `Dimension ${i.details.dimension} total` : "Total"} ${en.fields[i.field ?? "plannedBudget"].toLowerCase()} ` +
      `is stated as ${baht(i.details?.expected)} baht, but the rows add up to ${baht(i.details?.amount)} baht ` +
      `(a difference of ${baht(Math.abs((i.details?.expected ?? 0) - (i.details?.amount ?? 0)))} baht).`,
    "no-year-column": (i) =>
      i.details?.year === undefined
        ? `The plan has a budget column per year (${i.details?.other ?? ""} B.E.) but the report's fiscal year is not known: give the fiscal year.`
        : `The plan has budget columns for ${i.details?.other ?? ""} B.E. but none for FY ${buddhistYear(i.details.year, "en")}.`,
    "over-ordinance": (i) =>
      `Disbursed ${baht(i.details?.amount)} baht, more than the ordinance budget of ${baht(i.details?.expected)} baht.`,
    "not-in-this-year": (i) =>
      i.field === "fiscalYear"
        ? `A project of FY ${buddhistYear(Number(i.details?.other), "en")}${i.details?.year === undefined ? "" : `, not the report's FY ${buddhistYear(i.details.year, "en")}`}: not in this year's plan, left out.`
        : "No budget in this fiscal year (only in other years): not in this year's plan, left out.",
    "number-not-in-heading": (i) =>
      `Number "${i.text}" belongs to dimension ${i.details?.other ?? ""} but stands under dimension ` +
      `${i.details?.dimension ?? ""}'s heading: counted in dimension ${i.details?.dimension ?? ""}, as the heading ` +
      `says. Check the number or the heading.`,
    "read-as-continuation": (i) =>
      `The rest of the name in row ${i.details?.otherRow ?? ""}: read as the same project, not counted apart.`,
    "read-as-part": (i) =>
      `A part of the project in row ${i.details?.otherRow ?? ""}` +
      `${i.details?.amount === undefined ? "" : ` (the parts add up to its ${baht(i.details.amount)} baht)`}: not counted apart.`,
    "read-as-total": (i) =>
      i.details?.other === "summary-status"
        ? `The status cell counts projects ("${i.text}"): read as a total row, not a project.`
        : `The amounts are what the projects above add up to (${baht(i.details?.amount)} baht) and the row has ` +
          `no number or status of its own: read as a total row, not a project.`,
    "hidden-row": () => "This row is hidden or filtered out in the sheet: it is counted as usual.",
    "ambiguous-column": (i) => {
      const field = en.fields[i.field ?? "name"];
      const listed = columnsEn(i.details?.columns);
      const year =
        i.details?.year === undefined ? "this fiscal year" : `FY ${buddhistYear(i.details.year, "en")}`;
      const why =
        i.details?.other === "round"
          ? `No "${field}" column is for the ${i.details?.round ?? 12}-month round, only ${listed}`
          : i.details?.other === "year"
            ? `No "${field}" column is for ${year}, only ${listed}`
            : `Several columns may be "${field}": ${listed}, and nothing shows which`;
      return `${why}: ${chooseEn(i)} ("${field}" is read from no column until then).`;
    },
    "other-year-below": (i) =>
      `"${i.text}" is the title of the plan for ${buddhistYear(Number(i.details?.other), "en")}, not the report's year` +
      `${i.details?.year === undefined ? "" : ` (${buddhistYear(i.details.year, "en")})`}: this row and the rows below it ` +
      `are not counted. If they are this year's, correct the year in this title; if not, move them to another sheet.`,
    "total-or-project": (i) =>
      `"${i.text}" has no status, and its budget, ${baht(i.details?.amount)} baht, equals the sum of the ` +
      `${i.details?.otherRow ?? 0} rows above it: counted as a total, not as a project. If it is a project, ` +
      `give it a status; if it is a total, put "Total" in its name.`,
    "sub-items-not-parts": (i) =>
      `Items ${i.details?.other ?? ""} are numbered as this project's sub-items, but their budgets add up to ` +
      `${baht(i.details?.amount)} baht, not the project's ${baht(i.details?.expected)} baht: counted as projects of ` +
      `their own for now. If they are this project's parts, correct their budgets to add up to it; if they are ` +
      `projects of their own, correct their numbers.`,
    "title-conflict": (i) => {
      const period = Number(i.details?.other);
      if (i.details?.year !== undefined)
        return (
          `The title states ${buddhistYear(i.details.year, "en")}, but its dates "${i.text}" lie in ` +
          `${buddhistYear(period, "en")}. Correct the title, or set the fiscal year in the "Plan" step or with --year ` +
          `(reported as ${buddhistYear(i.details.year, "en")} for now).`
        );
      return (
        `The title states the ${i.details?.round}-month round, but its dates "${i.text}" are the ${period}-month round. ` +
        `Correct the title, or choose the round in the "Plan" step or with --round (counted for the ` +
        `${i.details?.round}-month round for now).`
      );
    },
    "unknown-round": (i) => {
      const field = en.fields[i.field ?? "disbursed"];
      const of = (columns: readonly NamedColumn[] | undefined) =>
        columns && columns.length > 0 ? columnsEn(columns) : "no column";
      return (
        `The report's round is not known, and the plan has "${field}" columns per round: 6 months ${of(i.details?.columns)}; ` +
        `12 months ${of(i.details?.others)}. Choose the round in the "Plan" step, or use --round 6 or --round 12 ` +
        `on the command line (counted for the ${i.details?.round ?? 12}-month round for now).`
      );
    },
    "columns-read": (i) => {
      const field = en.fields[i.field ?? "disbursed"];
      const taken = i.details?.columns ?? [];
      const read = taken.length > 1 ? `the sum of ${columnsEn(taken)}` : columnsEn(taken);
      const because: Record<string, string> = {
        round: ` for the ${i.details?.round ?? 12}-month round`,
        cumulative: `, the cumulative figure at the end of the ${i.details?.round ?? 12}-month round (cumulative figures are not added up)`,
        year: ", the report's fiscal year",
        cells: `, as its cells hold "${field}" values and the others' do not`,
        header: ", as its header names it more specifically",
        same: " (the columns that could stand for it hold the same in every row)",
      };
      const others = i.details?.others ?? [];
      return (
        `"${field}" is read from ${read}${because[i.details?.other ?? ""] ?? ""}` +
        (others.length === 0 ? "." : `; not from ${columnsEn(others)}.`)
      );
    },
    "period-total-mismatch": (i) =>
      `The total of ${baht(i.details?.expected)} baht is not the sum of ${columnsEn(i.details?.columns)} ` +
      `(${baht(i.details?.amount)} baht): check the figures (the total is counted).`,
    "cumulative-decrease": (i) => {
      const [read, earlier] = i.details?.columns ?? [];
      return (
        `The cumulative ${baht(i.details?.amount)} baht in ${columnsEn(read && [read])} is below the earlier ` +
        `cumulative ${baht(i.details?.expected)} baht in ${columnsEn(earlier && [earlier])}, yet a cumulative ` +
        `figure never goes down: check the figures, or correct the headers if the columns are not cumulative ` +
        `(${baht(i.details?.amount)} baht is counted).`
      );
    },
    "unknown-row-year": (i) =>
      i.text === ""
        ? `No fiscal year for this project: type the Buddhist-era year, such as ${buddhistYear(i.details?.year ?? 2567, "en")} (counted in this year's plan).`
        : `Cannot read a fiscal year from "${i.text}": type the Buddhist-era year, such as ${buddhistYear(i.details?.year ?? 2567, "en")} (counted in this year's plan).`,
    "rows-of-other-years": (i) =>
      i.details?.year === undefined
        ? `The plan lists projects of several fiscal years (${i.details?.other ?? ""} B.E.) but the report's fiscal year is not known: ` +
          `give it in the "Plan" step, or use --year on the command line (all years are counted together for now).`
        : `No project of FY ${buddhistYear(i.details.year, "en")} in the fiscal year column ` +
          `(only of ${i.details?.other ?? ""} B.E.): check the report's fiscal year.`,
  },
};

export const MESSAGES: Readonly<Record<Lang, Messages>> = { th, en };

/**
 * The words inside a new plan template, in Thai whatever the language: its headers and lists are the
 * Thai wordings the engine reads, and Thai staff fill it in.
 */
export const TEMPLATE_WORDS = {
  /** The hidden sheet holding a drop-down list too long to write into the rule itself. */
  listSheet: "รายการ",
  /** Excel shows at most 32 characters here. */
  alertTitle: "ค่านี้ไม่อยู่ในรายการ",
  alertMessage: (field: string, header: string): string =>
    field === "dimension"
      ? "เลือกมิติจากรายการ หรือใส่เลขมิติ 1–4 ค่าที่พิมพ์เองอาจทำให้ตรวจแผนไม่ผ่าน"
      : `เลือก "${header}" จากรายการ ค่าที่พิมพ์เองอาจทำให้ตรวจแผนไม่ผ่าน`,
} as const;

/** The issue in words, in the user's language. */
export function describeIssue(issue: Issue, lang: Lang): string {
  return MESSAGES[lang].issues[issue.code](issue);
}
