/**
 * The words of the report document (บันทึกข้อความ), Thai first and English second, in the order and
 * wording of the seed's memo (spec §10). Apart from the engine's other words: only the document loads them.
 */
import type { Lang } from "./messages";
import { buddhistYear } from "../rows/period";

export interface DocumentWords {
  readonly memoTitle: string;
  readonly department: string;
  readonly reference: string;
  readonly date: string;
  readonly subject: string;
  readonly to: string;
  /** "รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2566 รอบ 12 เดือน". */
  readonly subjectText: (year: number | undefined, round: 6 | 12) => string;
  /** ส่วนราชการ when none is given: the office's own secretariat. */
  readonly defaultDepartment: (organisation: string) => string;
  /** เรียน when none is given: the office's chief executive. */
  readonly defaultTo: (organisation: string) => string;
  readonly background: string;
  readonly backgroundText: (organisation: string) => string;
  readonly facts: string;
  readonly factsText: (
    organisation: string,
    year: number | undefined,
    round: 6 | 12,
    months: string,
  ) => string;
  readonly proposals: string;
  readonly defaultProposals: (
    organisation: string,
    year: number | undefined,
    round: 6 | 12,
    notCarriedOut: number,
  ) => string[];
  readonly closing: string;
  readonly divisionComment: (position: string) => string;
  readonly deputyComment: (organisation: string) => string;
  readonly executiveComment: (organisation: string) => string;
  readonly agree: string;
  readonly approve: string;
  readonly other: string;
  readonly deputyPosition: (organisation: string) => string;
  readonly executivePosition: (organisation: string) => string;
  readonly divisionPosition: string;
  readonly authorPosition: string;
  readonly annex: string;
  readonly annexTitle: (year: number | undefined) => string;
  readonly annexResults: string;
  readonly dimensionHeading: (dimension: number, name: string) => string;
  readonly whatWasDone: string;
  readonly result: string;
  readonly budgetSet: (amount: string) => string;
  readonly budgetUsed: (amount: string) => string;
  readonly noBudget: string;
  readonly noProjectsInDimension: string;
  readonly supportFactors: string;
  readonly problems: string;
  readonly suggestions: string;
  readonly announcementTitle: (organisation: string) => string;
  readonly announcementSubject: (year: number | undefined, round: 6 | 12) => string;
  readonly announcementText: (organisation: string, year: number | undefined, round: 6 | 12) => string;
  readonly announcementClosing: string;
  readonly announcedOn: (date: string) => string;
  /** A dotted line to write on by hand, for what the plan does not hold. */
  readonly toFill: string;
  readonly unnamed: string;
}

const year = (value: number | undefined, lang: Lang) =>
  value === undefined ? (lang === "th" ? "พ.ศ. ...." : "....") : buddhistYear(value, lang);

/** The office's chief executive, by the kind of office its name says (นายก อบต., นายกเทศมนตรี). */
function executiveOf(organisation: string): string {
  const municipality = /^เทศบาล/.exec(organisation);
  return municipality ? `นายกเทศมนตรี${organisation.slice(municipality[0].length)}` : `นายก${organisation}`;
}

const DOTS =
  "....................................................................................................";

export const DOCUMENT_WORDS: Readonly<Record<Lang, DocumentWords>> = {
  th: {
    memoTitle: "บันทึกข้อความ",
    department: "ส่วนราชการ",
    reference: "ที่",
    date: "วันที่",
    subject: "เรื่อง",
    to: "เรียน",
    subjectText: (fiscalYear, round) =>
      `รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ ${year(fiscalYear, "th")} รอบ ${round} เดือน`,
    defaultDepartment: (organisation) => `สำนักปลัด ${organisation}`.trim(),
    defaultTo: (organisation) => executiveOf(organisation),
    background: "1. เรื่องเดิม",
    backgroundText: (organisation) =>
      `ตามที่${organisation} ได้จัดทำแผนปฏิบัติการป้องกันการทุจริต และได้บันทึกข้อมูลแผนดังกล่าวลงในระบบรายงานและติดตามผล` +
      `การดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริตขององค์กรปกครองส่วนท้องถิ่น (ระบบ e-Plan NACC) ` +
      `ซึ่งต้องรายงานผลการดำเนินงานในรอบ 6 เดือน และรอบ 12 เดือน นั้น`,
    facts: "2. ข้อเท็จจริง",
    factsText: (organisation, fiscalYear, round, months) =>
      `${organisation} ได้จัดทำรายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ ` +
      `${year(fiscalYear, "th")} รอบ ${round} เดือน${months ? ` (${months})` : ""} ` +
      `สรุปผลการดำเนินงานจำแนกตามมิติ ได้ดังนี้`,
    proposals: "3. ข้อเสนอ",
    defaultProposals: (organisation, fiscalYear, round, notCarriedOut) => [
      `เห็นควรนำเรียนผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ ${year(fiscalYear, "th")} ` +
        `รอบ ${round} เดือน ต่อผู้บริหารเพื่อทราบ`,
      `เห็นควรเผยแพร่ผลการดำเนินงานดังกล่าวบนเว็บไซต์ของ${organisation} เพื่อให้ประชาชนทราบโดยทั่วกัน`,
      "เห็นควรรายงานผลการดำเนินงานในระบบ e-Plan NACC",
      ...(notCarriedOut > 0
        ? [
            `เห็นควรนำโครงการที่ไม่ได้ดำเนินการ ${notCarriedOut} โครงการ ไปบรรจุในแผนปฏิบัติการป้องกันการทุจริต` +
              (fiscalYear === undefined ? "ปีถัดไป" : ` ประจำปีงบประมาณ ${year(fiscalYear + 1, "th")}`),
          ]
        : []),
    ],
    closing: "จึงเรียนมาเพื่อโปรดพิจารณา",
    divisionComment: (position) => `ความเห็นของ${position}`,
    deputyComment: (organisation) => `ความเห็นของปลัด${organisation}`,
    executiveComment: (organisation) => `ความเห็นของ${executiveOf(organisation)}`,
    agree: "เห็นชอบตามที่เสนอ",
    approve: "อนุมัติตามที่เสนอ",
    other: `อื่น ๆ ${DOTS.slice(0, 60)}`,
    deputyPosition: (organisation) => `ปลัด${organisation}`,
    executivePosition: (organisation) => executiveOf(organisation),
    divisionPosition: "หัวหน้าสำนักปลัด",
    authorPosition: "ผู้รายงาน",
    annex: "ภาคผนวก",
    annexTitle: (fiscalYear) =>
      `รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ ${year(fiscalYear, "th")}`,
    annexResults: "1. ผลการดำเนินงาน",
    dimensionHeading: (dimension, name) => `มิติที่ ${dimension} ${name}`,
    whatWasDone: "การดำเนินการ",
    result: "ผลการดำเนินการ",
    budgetSet: (amount) => `งบประมาณที่ตั้งไว้ ${amount} บาท`,
    budgetUsed: (amount) => `งบประมาณที่ใช้ ${amount} บาท`,
    noBudget: "งบประมาณที่ตั้งไว้ ไม่ได้ใช้งบประมาณ",
    noProjectsInDimension: "ไม่มีโครงการในมิตินี้",
    supportFactors: "2. ปัจจัยสนับสนุน",
    problems: "3. ปัญหา/อุปสรรคในการดำเนินงาน",
    suggestions: "4. ข้อเสนอแนะ",
    announcementTitle: (organisation) => `ประกาศ${organisation}`,
    announcementSubject: (fiscalYear, round) =>
      `เรื่อง รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ ${year(fiscalYear, "th")} รอบ ${round} เดือน`,
    announcementText: (organisation, fiscalYear, round) =>
      `ตามที่${organisation} ได้จัดทำแผนปฏิบัติการป้องกันการทุจริต บัดนี้ การดำเนินการตามแผนดังกล่าว ` +
      `ประจำปีงบประมาณ ${year(fiscalYear, "th")} รอบ ${round} เดือน ได้ดำเนินการเสร็จสิ้นแล้ว จึงขอประกาศผลการดำเนินงาน ดังนี้`,
    announcementClosing: "จึงประกาศให้ทราบโดยทั่วกัน",
    announcedOn: (date) => `ประกาศ ณ วันที่ ${date}`,
    toFill: DOTS,
    unnamed: "(.......................................................)",
  },
  en: {
    memoTitle: "Memorandum",
    department: "From",
    reference: "Ref.",
    date: "Date",
    subject: "Subject",
    to: "To",
    subjectText: (fiscalYear, round) =>
      `Report on the anti-corruption action plan, fiscal year ${year(fiscalYear, "en")}, ${round}-month round`,
    defaultDepartment: (organisation) => `Office of the Permanent Secretary, ${organisation}`,
    defaultTo: (organisation) => `The Chief Executive of ${organisation}`,
    background: "1. Background",
    backgroundText: (organisation) =>
      `${organisation} has drawn up its anti-corruption action plan and entered it in the e-Plan NACC system, ` +
      `which requires its results to be reported at 6 and at 12 months.`,
    facts: "2. Facts",
    factsText: (organisation, fiscalYear, round, months) =>
      `${organisation} has prepared the report on the plan for fiscal year ${year(fiscalYear, "en")}, ` +
      `${round}-month round${months ? ` (${months})` : ""}. The results by dimension:`,
    proposals: "3. Proposals",
    defaultProposals: (organisation, fiscalYear, round, notCarriedOut) => [
      `To present these results for fiscal year ${year(fiscalYear, "en")}, ${round}-month round, to the executives.`,
      `To publish them on the website of ${organisation}.`,
      "To report them in the e-Plan NACC system.",
      ...(notCarriedOut > 0
        ? [
            `To carry the ${notCarriedOut} project(s) not carried out into the plan for ` +
              (fiscalYear === undefined ? "next year." : `fiscal year ${year(fiscalYear + 1, "en")}.`),
          ]
        : []),
    ],
    closing: "Submitted for your consideration.",
    divisionComment: (position) => `Comments of the ${position}`,
    deputyComment: (organisation) => `Comments of the Permanent Secretary of ${organisation}`,
    executiveComment: (organisation) => `Comments of the Chief Executive of ${organisation}`,
    agree: "Agreed as proposed",
    approve: "Approved as proposed",
    other: `Other ${DOTS.slice(0, 60)}`,
    deputyPosition: (organisation) => `Permanent Secretary of ${organisation}`,
    executivePosition: (organisation) => `Chief Executive of ${organisation}`,
    divisionPosition: "Head of the Office of the Permanent Secretary",
    authorPosition: "Reporting officer",
    annex: "Annex",
    annexTitle: (fiscalYear) =>
      `Results of the anti-corruption action plan, fiscal year ${year(fiscalYear, "en")}`,
    annexResults: "1. Results",
    dimensionHeading: (dimension, name) => `Dimension ${dimension}: ${name}`,
    whatWasDone: "What was done",
    result: "Result",
    budgetSet: (amount) => `Budget set: ${amount} baht`,
    budgetUsed: (amount) => `Budget used: ${amount} baht`,
    noBudget: "Budget set: no budget used",
    noProjectsInDimension: "No projects in this dimension.",
    supportFactors: "2. Supporting factors",
    problems: "3. Problems and obstacles",
    suggestions: "4. Suggestions",
    announcementTitle: (organisation) => `Announcement of ${organisation}`,
    announcementSubject: (fiscalYear, round) =>
      `Subject: results of the anti-corruption action plan, fiscal year ${year(fiscalYear, "en")}, ${round}-month round`,
    announcementText: (organisation, fiscalYear, round) =>
      `${organisation} drew up its anti-corruption action plan. Its ${round}-month round of fiscal year ` +
      `${year(fiscalYear, "en")} is complete, and its results are announced as follows.`,
    announcementClosing: "Announced for general information.",
    announcedOn: (date) => `Announced on ${date}`,
    toFill: DOTS,
    unnamed: "(.......................................................)",
  },
};
