/**
 * A plan, generated deterministically: the grids the engine and the command line are timed over, and
 * the prng and wordings the roll-up's offices are varied with.
 */
"use strict";

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADER = [
  "ลำดับ",
  "มิติ",
  "ชื่อโครงการ/กิจกรรม/มาตรการ",
  "ประเภท",
  "งบประมาณตามแผน",
  "งบประมาณเบิกจ่าย",
  "สถานะ",
  "หมายเหตุ",
];
const DIMENSION_NAMES = [
  "การสร้างวัฒนธรรมสุจริต",
  "การบริหารราชการด้วยความโปร่งใส",
  "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
  "การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น",
];
const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";
const PROJECTS = [
  "โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา และพนักงาน",
  "มาตรการส่งเสริมการปฏิบัติงานตามประมวลจริยธรรม",
  "กิจกรรมเผยแพร่ข้อมูลข่าวสารการจัดซื้อจัดจ้าง",
  "โครงการเสริมสร้างการมีส่วนร่วมของประชาชนในการตรวจสอบ",
  "มาตรการจัดการเรื่องร้องเรียนการทุจริต",
  "กิจกรรมรายงานผลการตรวจสอบของผู้กำกับดูแล",
  "โครงการปลูกจิตสำนึกต่อต้านการทุจริตในสถานศึกษา",
  "แนวปฏิบัติการจัดทำแผนการใช้จ่ายงบประมาณ",
];
const TYPES = ["โครงการ", "กิจกรรม", "มาตรการ", "แนวปฏิบัติงาน"];
const STATUSES = {
  completed: ["ดำเนินการแล้วเสร็จ", "แล้วเสร็จ", "ดำเนินการแล้ว", "เสร็จสิ้น", "Completed", "done"],
  inProgress: ["อยู่ระหว่างดำเนินการ", "ระหว่างดำเนินการ", "กำลังดำเนินการ", "In progress"],
  notStarted: ["ยังไม่ได้ดำเนินการ", "ยังไม่ดำเนินการ", "Not started"],
  notDone: [
    "ไม่ได้ดำเนินการ",
    "ไม่สามารถดำเนินการได้",
    "ยกเลิก",
    "Not done",
    "Cancelled",
    "ไม่ได้ดำเนินการ เนื่องจากสถานการณ์โรคระบาด",
  ],
};
const NOTES = [
  "ไม่ได้รับจัดสรรงบประมาณ",
  "เลื่อนไปดำเนินการในปีงบประมาณถัดไป",
  "ดำเนินการร่วมกับหน่วยงานอื่น",
  "ใช้งบประมาณจากกองทุน",
];
const ZERO_WORDS = ["ไม่ใช้งบประมาณ", "-", "ไม่ได้ใช้งบประมาณ", "–", "ดำเนินการโดยไม่ใช้งบประมาณ"];
const BAD_TEXTS = ["ประมาณ 5,000", "n/a", "ตามจริง", "5000 (โดยประมาณ)"];
const ERRORS = ["#N/A", "#VALUE!", "#REF!"];

const thai = (text) => String(text).replace(/\d/g, (d) => THAI_DIGITS[Number(d)]);
const withCommas = (n) => n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

/**
 * A budget cell in one of the spec's forms (§2.3). Plain numbers dominate, as in real plans; a plan
 * without budget is written as blank, a "no budget" word or 0; a few cells are text, odd or broken.
 */
function amountCell(random, baht) {
  const r = random();
  if (baht === 0) return r < 0.45 ? null : r < 0.75 ? pick(random, ZERO_WORDS) : 0;
  if (r < 0.93) return baht;
  if (r < 0.96) return `${thai(withCommas(baht))} บาท`;
  if (r < 0.98) return withCommas(baht).replace(/\.00$/, "");
  if (r < 0.99) return baht + 0.125;
  if (r < 0.996) return pick(random, BAD_TEXTS);
  return { error: pick(random, ERRORS) };
}

/** The dimension cell: a number, "มิติที่ ๒", "1. การสร้าง…", a bare name, or blank (the section decides). */
function dimensionCell(random, d) {
  const r = random();
  if (r < 0.5) return d;
  if (r < 0.65) return `มิติที่ ${thai(d)}`;
  if (r < 0.8) return `${d}. ${DIMENSION_NAMES[d - 1]}`;
  if (r < 0.9) return DIMENSION_NAMES[d - 1];
  return null;
}

/** A status bucket weighted as the sample plan and typical 12-month reports: most rows done, a few not. */
function statusBucket(random) {
  const r = random();
  if (r < 0.85) return "completed";
  if (r < 0.89) return "inProgress";
  if (r < 0.91) return "notStarted";
  if (r < 0.98) return "notDone";
  return "unknown";
}

/** The status cell of a bucket, in any of its wordings, sometimes with stray spaces; or blank/unknown. */
function statusCell(random, bucket) {
  if (bucket === "unknown") return random() < 0.5 ? null : "รอตรวจสอบ";
  const word = pick(random, STATUSES[bucket]);
  const s = random();
  if (s < 0.2) return ` ${word}`;
  if (s < 0.4) return `${word}  `;
  return word;
}

/** What was disbursed, as such a row would say: mostly consistent, with a few slips the checks catch. */
function disbursedBaht(random, baht, bucket) {
  const r = random();
  if (bucket === "notDone" || bucket === "notStarted") return r < 0.02 ? baht / 2 : 0;
  if (baht === 0) return 0;
  if (r < 0.03) return 0;
  if (r < 0.04) return baht * 1.1;
  const share = bucket === "completed" ? 0.6 + random() * 0.4 : random() * 0.6;
  return Math.round(baht * share * 100) / 100;
}

/**
 * A plan of `count` project rows under a header: four dimension sections, each opened by a section row
 * and closed by a "รวมมิติที่ N" row, then a grand total. Returns the grid and its project count.
 */
function generatePlan(count, seed = 2566) {
  const random = prng(seed);
  const rows = [HEADER];
  const perDimension = Math.ceil(count / 4);
  let made = 0;
  for (let d = 1; d <= 4 && made < count; d++) {
    rows.push([`มิติที่ ${d} ${DIMENSION_NAMES[d - 1]}`, null, null, null, null, null, null, null]);
    let planned = 0;
    for (let i = 1; i <= perDimension && made < count; i++, made++) {
      // Like the sample plan: about a third of the rows have a budget; the rest are measures without one.
      const baht = random() < 0.35 ? (1 + Math.floor(random() * 200)) * 500 : 0;
      const bucket = statusBucket(random);
      const spentBaht = disbursedBaht(random, baht, bucket);
      const r = random();
      const no = r < 0.7 ? `${d}.${i}` : r < 0.85 ? thai(`${d}.${i}`) : made + 1;
      const reason = bucket === "notDone" ? random() < 0.9 : random() < 0.1;
      rows.push([
        no,
        dimensionCell(random, d),
        `${pick(random, PROJECTS)} ครั้งที่ ${i}`,
        pick(random, TYPES),
        amountCell(random, baht),
        amountCell(random, spentBaht),
        statusCell(random, bucket),
        reason ? pick(random, NOTES) : null,
      ]);
      planned += baht;
      // Some plans have blank spacer rows between groups.
      if (random() < 0.002) rows.push([null, null, null, null, null, null, null, null]);
    }
    rows.push([null, null, `รวมมิติที่ ${d}`, null, planned, null, null, null]);
  }
  rows.push([null, null, "รวมทั้งสิ้น", null, 0, null, null, null]);
  return { grid: { rows, firstRow: 1, firstColumn: 1 }, projects: made };
}

module.exports = { prng, pick, NOTES, generatePlan };
