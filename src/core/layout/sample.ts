/**
 * The sample plan: the 16 rows of Mae Win SAO's report for fiscal year 2566 (12-month round).
 * Summarised, it gives the report's own table. The fifth dimension-1 row is not named in the report;
 * it was not carried out and had 15,000 baht planned. The "รวม" row holds the memo's claimed total,
 * 428,000, which the rows (401,900) do not add up to.
 */
import { FORMAT } from "./formats";
import type { Cell, Grid } from "../cells/grid";
import { type PlanSheetLayout, planSheetLayout } from "./planSheet";

export const SAMPLE_SHEET = "แผน";
export const SAMPLE_TABLE = "PlanProjects";
export const SAMPLE_ORGANISATION = "องค์การบริหารส่วนตำบลแม่วิน";
export const SAMPLE_FISCAL_YEAR = 2566;
/** Worksheet row of the sample's header. */
export const SAMPLE_HEADER_ROW = 3;

export const SAMPLE_HEADERS: readonly string[] = [
  "ลำดับ",
  "มิติ",
  "ชื่อโครงการ/กิจกรรม/มาตรการ",
  "ประเภท",
  "งบประมาณตามแผน (บาท)",
  "งบประมาณเบิกจ่าย (บาท)",
  "สถานะ",
  "หมายเหตุ",
];

const DONE = "ดำเนินการแล้วเสร็จ";
const NOT_DONE = "ไม่ได้ดำเนินการ";
const section = (text: string): Cell[] => [text, null, null, null, null, null, null, null];
const item = (
  no: string,
  name: string,
  type: string,
  planned: number,
  disbursed: number,
  status = DONE,
): Cell[] => [no, Number(no.split(".")[0]), name, type, planned, disbursed, status, null];

/** The sample sheet's cells from A1: two title lines, the header, then the plan. */
export const SAMPLE_ROWS: readonly (readonly Cell[])[] = [
  [`แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส ${SAMPLE_ORGANISATION}`],
  [`ประจำปีงบประมาณ พ.ศ. ${SAMPLE_FISCAL_YEAR} รอบ 12 เดือน (ตุลาคม 2565 - กันยายน 2566)`],
  SAMPLE_HEADERS,
  section("มิติที่ 1 การสร้างวัฒนธรรมสุจริต"),
  item("1.1", "โครงการส่งเสริมการดำเนินชีวิตตามหลักปรัชญาของเศรษฐกิจพอเพียง", "โครงการ", 20000, 17175),
  item("1.2", "โครงการส่งเสริมการบริหารงานตามหลักธรรมาภิบาลเพื่อป้องกันการทุจริต", "โครงการ", 0, 0),
  item("1.3", "มาตรการส่งเสริมการปฏิบัติงานตามประมวลจริยธรรมขององค์การบริหารส่วนตำบลแม่วิน", "มาตรการ", 0, 0),
  item(
    "1.4",
    "โครงการพัฒนาความรู้ด้านกฎหมายและระเบียบที่เกี่ยวข้องกับการปฏิบัติงาน สำหรับบุคลากรองค์กรปกครองส่วนท้องถิ่น ผู้บริหารและสมาชิกสภาท้องถิ่น",
    "โครงการ",
    0,
    0,
  ),
  item("1.5", "(ชื่อโครงการไม่ปรากฏในรายงานต้นฉบับ)", "โครงการ", 15000, 0, NOT_DONE),
  section("มิติที่ 2 การบริหารราชการด้วยความโปร่งใส"),
  item("2.1", "มาตรการปรับปรุงและพัฒนาศูนย์ข้อมูลข่าวสารเพื่อเผยแพร่ข้อมูลข่าวสารแก่ประชาชน", "มาตรการ", 0, 0),
  item("2.2", "มาตรการ NO Gift Policy", "มาตรการ", 0, 0),
  item("2.3", "กิจกรรมการจัดทำข้อตกลงการปฏิบัติราชการขององค์การบริหารส่วนตำบลแม่วิน", "กิจกรรม", 0, 0),
  item(
    "2.4",
    "โครงการประเมินความพึงพอใจของประชาชนที่มีต่อการให้บริการขององค์การบริหารส่วนตำบลแม่วิน",
    "โครงการ",
    23000,
    23000,
  ),
  item("2.5", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสขององค์การบริหารส่วนตำบลแม่วิน", "มาตรการ", 0, 0),
  section("มิติที่ 3 การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน"),
  item(
    "3.1",
    "โครงการส่งเสริมการมีส่วนร่วมของประชาชนในการบริหารกิจการขององค์การบริหารส่วนตำบลแม่วิน",
    "โครงการ",
    20000,
    18495,
  ),
  item("3.2", "มาตรการจัดการเรื่องราวร้องทุกข์/ร้องเรียนขององค์การบริหารส่วนตำบลแม่วิน", "มาตรการ", 0, 0),
  section("มิติที่ 4 ยกระดับกลไกการตรวจสอบการดำเนินงานขององค์การปกครองส่วนท้องถิ่น"),
  item("4.1", "กิจกรรมส่งเสริมและพัฒนาศักยภาพสมาชิกสภาท้องถิ่น", "กิจกรรม", 323900, 271425),
  item("4.2", "มาตรการบริหารจัดการความเสี่ยงการทุจริตขององค์การบริหารส่วนตำบลแม่วิน", "มาตรการ", 0, 0),
  item("4.3", "โครงการจัดทำแผนการตรวจสอบภายในประจำปี", "โครงการ", 0, 0),
  item(
    "4.4",
    "มาตรการจัดให้มีระบบและช่องทางการรับเรื่องร้องเรียนเกี่ยวกับการทุจริตขององค์การบริหารส่วนตำบลแม่วิน",
    "มาตรการ",
    0,
    0,
  ),
  [null, null, "รวม", null, 428000, null, null, "ยอดรวมตามบันทึกข้อความ"],
];

/** The sample as the grid a host would read from its sheet. */
export const SAMPLE_GRID: Grid = { rows: SAMPLE_ROWS, firstRow: 1, firstColumn: 1 };

/** Column widths of the sample sheet, in characters. */
const SAMPLE_WIDTHS = [8, 7, 70, 10, 18, 18, 20, 26];
const SAMPLE_AMOUNTS: ReadonlySet<string> = new Set(["งบประมาณตามแผน (บาท)", "งบประมาณเบิกจ่าย (บาท)"]);
const SAMPLE_WRAPPED: ReadonlySet<string> = new Set(["ชื่อโครงการ/กิจกรรม/มาตรการ", "หมายเหตุ"]);

/**
 * The sample sheet as written: title lines in their first cells, the plan as a table, names and notes
 * wrapped. A dimension's heading row runs on from its first cell over the empty cells beside it.
 */
export function sampleSheetLayout(): PlanSheetLayout {
  return planSheetLayout({
    rows: SAMPLE_ROWS,
    headerRow: SAMPLE_HEADER_ROW,
    columnWidths: SAMPLE_WIDTHS,
    formats: SAMPLE_HEADERS.map((header) => (SAMPLE_AMOUNTS.has(header) ? FORMAT.baht : FORMAT.text)),
    wrapped: SAMPLE_HEADERS.map((header) => SAMPLE_WRAPPED.has(header)),
    mergedTitles: false,
  });
}
