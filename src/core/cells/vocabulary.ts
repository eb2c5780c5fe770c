/**
 * The words a plan sheet uses: column headers, statuses, dimension names and total-row labels.
 * This is configuration as data; matching rules live in columns.ts, status.ts and dimension.ts.
 */

/** The columns a plan row can have. */
export type Field =
  | "no"
  | "dimension"
  | "name"
  | "type"
  | "plannedBudget"
  | "disbursed"
  | "status"
  | "note"
  | "ordinanceBudget"
  | "developmentPlanBudget"
  | "reason"
  | "fiscalYear";

export const FIELDS: readonly Field[] = [
  "no",
  "dimension",
  "name",
  "type",
  "plannedBudget",
  "disbursed",
  "status",
  "note",
  "ordinanceBudget",
  "developmentPlanBudget",
  "reason",
  "fiscalYear",
];

/** Columns without which no summary can be made. */
export const REQUIRED_FIELDS: readonly Field[] = ["name", "plannedBudget", "disbursed"];

/** Header words per field (compared after headerKey: no case, spaces, "(บาท)", Thai digits). */
export const HEADER_WORDS: Readonly<Record<Field, readonly string[]>> = {
  no: ["ลำดับ", "ลำดับที่", "ที่", "ข้อ", "No", "No.", "#", "รหัส", "รหัสโครงการ", "Item", "Code"],
  dimension: ["มิติ", "มิติที่", "Dimension", "ด้าน", "ยุทธศาสตร์/มิติ"],
  name: [
    "ชื่อโครงการ",
    "โครงการ",
    "โครงการ/กิจกรรม",
    "โครงการ/กิจกรรม/มาตรการ",
    "ชื่อโครงการ/กิจกรรม/มาตรการ",
    "โครงการ/กิจกรรม/มาตรการ/แนวปฏิบัติงาน",
    "ชื่อโครงการ/กิจกรรม/มาตรการ/แนวปฏิบัติงาน",
    "ชื่อกิจกรรม",
    "รายการ",
    "Project",
    "Project name",
    "Name",
    "Activity",
  ],
  type: ["ประเภท", "ประเภทงาน", "ประเภทโครงการ", "Type"],
  plannedBudget: [
    "งบประมาณ",
    "งบประมาณตามแผน",
    "งบประมาณที่ตั้งไว้",
    "งบประมาณตามแผนปฏิบัติการ",
    "งบประมาณตามแผนฯ",
    "งบตามแผน",
    "ตามแผน",
    // Sub-headers under a "งบประมาณ" group: "ตั้งไว้ | ใช้ไป".
    "ตั้งไว้",
    "ที่ตั้งไว้",
    "Planned budget",
    "Planned",
    "Budget",
  ],
  disbursed: [
    "งบประมาณเบิกจ่าย",
    "เบิกจ่าย",
    "เบิกจ่ายจริง",
    "งบประมาณที่ใช้",
    "งบประมาณที่ใช้ไป",
    "งบประมาณที่ใช้จริง",
    "งบประมาณที่เบิกจ่าย",
    "งบประมาณเบิกจ่ายจริง",
    "ผลการเบิกจ่าย",
    // Sub-headers under a "งบประมาณ" group: "ตามแผน | ใช้จริง", "ตั้งไว้ | ใช้ไป".
    "ใช้จริง",
    "ใช้ไป",
    "ที่ใช้ไป",
    "ที่ใช้จริง",
    "จ่ายจริง",
    "Disbursed",
    "Spent",
    "Actual",
  ],
  status: ["สถานะ", "สถานะโครงการ", "ผลการดำเนินการ", "ผลการดำเนินงาน", "Status", "Result"],
  note: ["หมายเหตุ", "เหตุผล", "ปัญหา/อุปสรรค", "ปัญหาอุปสรรค", "สาเหตุ", "Note", "Notes", "Reason", "Remarks"],
  // e-Plan NACC's three amounts (spec §9.3): these specific words beat the plain "งบประมาณ…" ones.
  ordinanceBudget: [
    "ตามข้อบัญญัติ",
    "ตามเทศบัญญัติ",
    "ข้อบัญญัติ",
    "เทศบัญญัติ",
    "งบประมาณตามข้อบัญญัติ",
    "งบประมาณตามเทศบัญญัติ",
    "งบประมาณข้อบัญญัติ",
    "งบประมาณเทศบัญญัติ",
    "งบประมาณที่ได้รับอนุมัติ",
    "ที่ได้รับอนุมัติ",
    "ได้รับอนุมัติ",
    "งบประมาณที่ได้รับจัดสรร",
    "Ordinance",
    "Ordinance budget",
    "Appropriation",
    "Approved budget",
  ],
  developmentPlanBudget: [
    "แผนพัฒนา",
    "ตามแผนพัฒนา",
    "แผนพัฒนาฯ",
    "ตามแผนพัฒนาฯ",
    "แผนพัฒนาท้องถิ่น",
    "งบประมาณตามแผนพัฒนา",
    "งบประมาณแผนพัฒนา",
    "งบประมาณตามแผนพัฒนาท้องถิ่น",
    "Development plan",
    "Development plan budget",
  ],
  reason: [
    "เหตุผลที่ไม่ได้ดำเนินการ",
    "เหตุผลที่ไม่สามารถดำเนินการได้",
    "สาเหตุที่ไม่ได้ดำเนินการ",
    "สาเหตุที่ไม่สามารถดำเนินการได้",
    "เหตุผลที่ไม่ดำเนินการ",
    "Reason not carried out",
    "Reason category",
  ],
  // A multi-year list's year per row (spec §9.2): whole headers only, as "ปีงบประมาณ 2566" heads a budget.
  fiscalYear: [
    "ปีงบประมาณ",
    "ปีงบประมาณ (พ.ศ.)",
    "ปีงบประมาณ พ.ศ.",
    "ปี พ.ศ.",
    "ปี (พ.ศ.)",
    "ปี",
    "พ.ศ.",
    "Fiscal year",
    "Fiscal year (B.E.)",
    "FY",
    "Year",
  ],
};

/** Fields whose header words count only as the whole header, never as its start. */
export const WHOLE_HEADER_FIELDS: ReadonlySet<Field> = new Set<Field>(["fiscalYear"]);

/**
 * Header words that name a field loosely (spec §9.7): where two columns name one field, a column
 * headed by one of these gives way to one headed by a specific word ("สถานะ" beats a free-text
 * "ผลการดำเนินงาน"; "งบประมาณตามแผน" beats "งบประมาณ"). Cells are stronger evidence and are looked at first.
 */
export const GENERIC_HEADER_WORDS: Readonly<Partial<Record<Field, readonly string[]>>> = {
  no: ["รหัส", "รหัสโครงการ", "Item", "Code"],
  dimension: ["ด้าน", "ยุทธศาสตร์/มิติ"],
  name: ["รายการ", "Activity", "Name"],
  plannedBudget: ["งบประมาณ", "Budget"],
  disbursed: ["Actual"],
  status: ["ผลการดำเนินการ", "ผลการดำเนินงาน", "Result"],
  note: ["หมายเหตุ", "Note", "Notes", "Remarks"],
  fiscalYear: ["ปี", "Year"],
};

/**
 * Words that say a column is of one fiscal year relative to the report's (spec §9.7): "งบประมาณปีนี้"
 * is this year's, "งบประมาณปีก่อน" last year's. Compared without spaces or case.
 */
export const RELATIVE_YEAR_WORDS: Readonly<Record<"this" | "previous" | "next", readonly string[]>> = {
  this: ["ปีนี้", "ปีปัจจุบัน", "ปีงบประมาณนี้", "ปีงบประมาณปัจจุบัน", "This year", "Current year"],
  previous: [
    "ปีก่อน",
    "ปีที่แล้ว",
    "ปีที่ผ่านมา",
    "ปีงบประมาณก่อน",
    "ปีงบประมาณที่แล้ว",
    "ปีงบประมาณที่ผ่านมา",
    "Last year",
    "Previous year",
    "Prior year",
  ],
  next: ["ปีหน้า", "ปีถัดไป", "ปีงบประมาณหน้า", "ปีงบประมาณถัดไป", "Next year"],
};

/**
 * Words that make a column one part of the fiscal year (spec §9.7), by the months it covers counted
 * from October (1) to September (12). A round's columns are cumulative: the 12-month round's figure is
 * the whole year's. Quarters and halves are parts, added up for a round.
 */
export const PERIOD_WORDS: readonly {
  readonly words: readonly string[];
  readonly from: number;
  readonly to: number;
}[] = [
  {
    words: [
      "6 เดือน",
      "หกเดือน",
      "รอบที่ 1",
      "รอบ 1",
      "รอบแรก",
      "ครั้งที่ 1",
      "6-month",
      "6 months",
      "Round 1",
      "First round",
    ],
    from: 1,
    to: 6,
  },
  {
    words: [
      "12 เดือน",
      "สิบสองเดือน",
      "รอบที่ 2",
      "รอบ 2",
      "ครั้งที่ 2",
      "ทั้งปี",
      "12-month",
      "12 months",
      "Round 2",
      "Second round",
      "Full year",
      "Whole year",
    ],
    from: 1,
    to: 12,
  },
  { words: ["ครึ่งปีแรก", "First half"], from: 1, to: 6 },
  { words: ["ครึ่งปีหลัง", "Second half"], from: 7, to: 12 },
  {
    words: ["ไตรมาส 1", "ไตรมาสที่ 1", "ไตรมาสแรก", "Q1", "Quarter 1", "1st quarter", "First quarter"],
    from: 1,
    to: 3,
  },
  { words: ["ไตรมาส 2", "ไตรมาสที่ 2", "Q2", "Quarter 2", "2nd quarter", "Second quarter"], from: 4, to: 6 },
  { words: ["ไตรมาส 3", "ไตรมาสที่ 3", "Q3", "Quarter 3", "3rd quarter", "Third quarter"], from: 7, to: 9 },
  { words: ["ไตรมาส 4", "ไตรมาสที่ 4", "Q4", "Quarter 4", "4th quarter", "Fourth quarter"], from: 10, to: 12 },
];

/** A column of a field's parts that totals them: "รวม", "รวมทั้งปี" after "ไตรมาส 1" … "ไตรมาส 4". */
export const PERIOD_TOTAL_WORDS: readonly string[] = [
  "รวม",
  "รวมทั้งปี",
  "รวมทั้งสิ้น",
  "ยอดรวม",
  "Total",
  "Year total",
];

/**
 * Words that make a header name none of the fields, wherever they stand in it: "งบประมาณคงเหลือ"
 * (what is left of the budget) begins like "งบประมาณ", yet it is not the planned budget.
 */
export const NOT_A_FIELD_WORDS: readonly string[] = [
  "คงเหลือ",
  "ยอดคงเหลือ",
  "เหลือจ่าย",
  "Remaining",
  "Balance",
];

/** Where a plan row stands. `notStarted` counts as `notDone` once the year is over (round 12). */
export type StatusBucket = "completed" | "inProgress" | "notStarted" | "notDone";

export const STATUS_WORDS: Readonly<Record<StatusBucket, readonly string[]>> = {
  completed: [
    "ดำเนินการแล้วเสร็จ",
    "แล้วเสร็จ",
    "ดำเนินการแล้ว",
    "เสร็จสิ้น",
    "เสร็จ",
    "ดำเนินการเสร็จสิ้น",
    "ดำเนินการเสร็จแล้ว",
    "Completed",
    "Complete",
    "Done",
  ],
  inProgress: ["อยู่ระหว่างดำเนินการ", "ระหว่างดำเนินการ", "กำลังดำเนินการ", "In progress", "Ongoing"],
  notStarted: ["ยังไม่ได้ดำเนินการ", "ยังไม่ดำเนินการ", "รอรายงานผล", "Not started"],
  notDone: [
    "ไม่ได้ดำเนินการ",
    "ไม่สามารถดำเนินการได้",
    "ไม่ดำเนินการ",
    "ยกเลิก",
    "ยกเลิกโครงการ",
    "Not done",
    "Not carried out",
    "Cancelled",
    "Canceled",
  ],
};

/** Tick marks in a status-word column. Any other non-empty text also counts as a mark. */
export const TICK_MARKS: readonly string[] = ["✓", "✔", "/", "x", "1", "ü", "þ"];

export type Dimension = 1 | 2 | 3 | 4;
export const DIMENSIONS: readonly Dimension[] = [1, 2, 3, 4];

/** A standard wording of a dimension's name (spec §1) and the English name shown for it. */
export interface StandardDimensionName {
  readonly th: string;
  readonly en: string;
}

/**
 * Every standard wording a dimension's name has had, the 2566–2570 plans' first, then the 2561–2564
 * plans' and a common variant. A sheet that uses one of them gets the English name in English.
 */
export const STANDARD_DIMENSION_NAMES: Readonly<Record<Dimension, readonly StandardDimensionName[]>> = {
  1: [
    { th: "การสร้างวัฒนธรรมสุจริต", en: "Building a culture of integrity" },
    { th: "การสร้างสังคมที่ไม่ทนต่อการทุจริต", en: "Building a society that does not tolerate corruption" },
  ],
  2: [
    { th: "การบริหารราชการด้วยความโปร่งใส", en: "Administration with transparency" },
    { th: "การบริหารราชการเพื่อป้องกันการทุจริต", en: "Administration to prevent corruption" },
  ],
  3: [
    {
      th: "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
      en: "Promoting the role and participation of the public",
    },
  ],
  4: [
    {
      th: "การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น",
      en: "Raising the mechanisms for checking the work of the local administration",
    },
    {
      th: "ยกระดับกลไกการตรวจสอบการดำเนินงานขององค์การปกครองส่วนท้องถิ่น",
      en: "Raising the mechanisms for checking the work of the local administration",
    },
    {
      th: "การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการ",
      en: "Strengthening and improving the mechanisms for checking government work",
    },
  ],
};

const byDimension = <T>(pick: (names: readonly StandardDimensionName[]) => T): Record<Dimension, T> => ({
  1: pick(STANDARD_DIMENSION_NAMES[1]),
  2: pick(STANDARD_DIMENSION_NAMES[2]),
  3: pick(STANDARD_DIMENSION_NAMES[3]),
  4: pick(STANDARD_DIMENSION_NAMES[4]),
});

/** Dimension names of the 2566–2570 plans: what is printed when the sheet names none. */
export const DIMENSION_NAMES: Readonly<Record<Dimension, string>> = byDimension((names) => names[0].th);

/** The English names of DIMENSION_NAMES. */
export const DIMENSION_NAMES_EN: Readonly<Record<Dimension, string>> = byDimension((names) => names[0].en);

/** Every name a dimension has had, old plans (2561–2564) and new, with common variants. */
export const KNOWN_DIMENSION_NAMES: Readonly<Record<Dimension, readonly string[]>> = byDimension((names) =>
  names.map((name) => name.th),
);

/** Labels of a total row for the whole plan ("รวมมิติที่ N" is read separately). */
export const TOTAL_WORDS: readonly string[] = [
  "รวม",
  "รวมทั้งสิ้น",
  "รวมทั้งหมด",
  "ยอดรวม",
  "รวมทุกมิติ",
  "Total",
  "Grand total",
];

/** Amount texts that mean "no budget": read as 0 with a note. */
export const ZERO_WORDS: readonly string[] = [
  "-",
  "–",
  "—",
  "ไม่ใช้งบประมาณ",
  "ไม่ได้ใช้งบประมาณ",
  "ไม่ได้ใช้งบประมาณดำเนินการ",
  "ดำเนินการโดยไม่ใช้งบประมาณ",
  "ไม่ใช้งบ",
  "ไม่มีงบประมาณ",
];

/**
 * Words that make an amount column's unit larger than the baht (spec §2.3): "งบประมาณ (พันบาท)",
 * "(ล้านบาท)", "(thousand baht)", "(million baht)". Each multiplies every amount of the column.
 */
export const UNIT_WORDS: Readonly<Record<string, 1_000 | 10_000 | 100_000 | 1_000_000>> = {
  พัน: 1_000,
  หมื่น: 10_000,
  แสน: 100_000,
  ล้าน: 1_000_000,
  thousand: 1_000,
  thousands: 1_000,
  million: 1_000_000,
  millions: 1_000_000,
};

/** The report's round: the first half-year (6) or the whole fiscal year (12). */
export type Round = 6 | 12;

/** The languages the product speaks, one at a time (spec §1.1). */
export type Lang = "th" | "en";

/** The bucket a row counts in: once the year is over, what never started was not carried out. */
export function effectiveStatus(status: StatusBucket | null, round: Round): StatusBucket | null {
  return round === 12 && status === "notStarted" ? "notDone" : status;
}
