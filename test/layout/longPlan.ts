/**
 * A plan whose summary sheet runs over several printed pages: 40 projects in the sample's columns,
 * 22 of them not carried out with a reason each, so the list of projects not carried out and the
 * memo that names them all take pages of their own under the table.
 */
import { type Cell, SAMPLE_HEADERS, type PlanReport, analyzePlan } from "../../src/core";

const NAMES = [
  "โครงการส่งเสริมการมีส่วนร่วมของประชาชนในการตรวจสอบการจัดซื้อจัดจ้างขององค์การบริหารส่วนตำบล",
  "มาตรการเผยแพร่ข้อมูลข่าวสารด้านการจัดซื้อจัดจ้างผ่านเว็บไซต์และป้ายประชาสัมพันธ์",
  "กิจกรรมอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภาท้องถิ่น และพนักงานส่วนตำบล",
  "โครงการจัดทำคู่มือการปฏิบัติงานเพื่อป้องกันผลประโยชน์ทับซ้อน",
  "มาตรการตรวจสอบการใช้ดุลพินิจในการอนุมัติ อนุญาต ตามพระราชบัญญัติการอำนวยความสะดวก",
];
const REASONS = [
  "ไม่ได้รับการจัดสรรงบประมาณ เนื่องจากต้องนำงบประมาณไปใช้ในการแก้ไขปัญหาภัยแล้งเร่งด่วน",
  "สถานการณ์การแพร่ระบาดของโรคติดเชื้อ ไม่สามารถจัดกิจกรรมรวมกลุ่มได้ตลอดปีงบประมาณ",
  "ไม่มีผู้รับผิดชอบโครงการ เนื่องจากเจ้าหน้าที่ย้ายไปปฏิบัติงานที่หน่วยงานอื่น",
];

/** The plan's cells from A1: two title lines naming the office and the year, the header, 40 projects. */
export const LONG_PLAN_ROWS: readonly (readonly Cell[])[] = [
  ["แผนปฏิบัติการป้องกันการทุจริต องค์การบริหารส่วนตำบลหนองบัวทอง"],
  ["ประจำปีงบประมาณ พ.ศ. 2567 รอบ 12 เดือน"],
  [...SAMPLE_HEADERS],
  ...Array.from({ length: 40 }, (_, i): Cell[] => {
    const dimension = (i % 4) + 1;
    const done = i % 9 === 0 || i % 2 === 1;
    return [
      `${dimension}.${Math.floor(i / 4) + 1}`,
      dimension,
      `${NAMES[i % NAMES.length]} ครั้งที่ ${i + 1}`,
      "โครงการ",
      20000 + 1000 * i,
      done ? 15000 : 0,
      done ? "ดำเนินการแล้วเสร็จ" : "ไม่ได้ดำเนินการ",
      done ? null : REASONS[i % REASONS.length],
    ];
  }),
];

export function longPlanReport(): PlanReport {
  const report = analyzePlan({ rows: LONG_PLAN_ROWS, firstRow: 1, firstColumn: 1 });
  if (!report) throw new Error("the long plan no longer reads as a plan");
  return report;
}
