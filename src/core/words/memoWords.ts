/**
 * The words of the memo paragraph, Thai first and English second (spec §9.4).
 * Apart from the engine's other words (messages.ts), so that what loads before the pane's first screen
 * does not carry them.
 */
import type { Lang } from "./messages";
import { plural } from "./plural";
import { buddhistYear } from "../rows/period";

/** The words of the memo paragraph ("ในปีงบประมาณ พ.ศ. 2566 … ทั้งหมด 16 โครงการ …"). */
export interface MemoWords {
  readonly intro: (
    year: number | undefined,
    organisation: string | undefined,
    projects: number,
    planned: string,
  ) => string;
  readonly dimension: (dimension: number, projects: number, planned: string) => string;
  readonly emptyDimension: (dimension: number) => string;
  readonly total: (projects: number, planned: string) => string;
  readonly results: (round: 6 | 12, months: string) => string;
  readonly completed: (count: number, pct: string) => string;
  readonly inProgress: (count: number) => string;
  readonly notStarted: (count: number) => string;
  readonly disbursed: (amount: string, pct: string) => string;
  readonly noneNotDone: string;
  /** `because` is the reasons clause, or "" when no item gives a reason. */
  readonly notDone: (count: number, items: string, because: string) => string;
  readonly notDoneItem: (name: string, reason: string) => string;
  /** After the items listed, when the list is cut to fit its cell: "และอีก 1,200 โครงการ". */
  readonly moreItems: (count: number) => string;
  /** "เนื่องจากไม่ได้รับจัดสรรงบประมาณ 1 โครงการ และบุคลากรไม่เพียงพอ 1 โครงการ" (spec §9.4). */
  readonly because: (parts: readonly { readonly reason: string; readonly count: number }[]) => string;
  readonly noReason: string;
  readonly noProjects: string;
  /** Between the results' clauses. */
  readonly join: string;
}

export const MEMO_WORDS: Readonly<Record<Lang, MemoWords>> = {
  th: {
    intro: (year, organisation, projects, planned) =>
      `ในปีงบประมาณ${year === undefined ? "นี้" : ` ${buddhistYear(year, "th")}`}${organisation ? ` ${organisation}` : ""} ` +
      `มีโครงการ/กิจกรรม/มาตรการ ที่บรรจุตามแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส ` +
      `ทั้งหมด ${projects} โครงการ งบประมาณรวมทั้งสิ้น ${planned} บาท จำแนกเป็น 4 มิติ ดังนี้`,
    dimension: (dimension, projects, planned) =>
      `มิติที่ ${dimension} จำนวน ${projects} โครงการ งบประมาณตามแผน ${planned} บาท`,
    emptyDimension: (dimension) => `มิติที่ ${dimension} ไม่มีโครงการ`,
    total: (projects, planned) => `รวม จำนวน ${projects} โครงการ งบประมาณตามแผน ${planned} บาท`,
    results: (round, months) => `ผลการดำเนินการรอบ ${round} เดือน${months ? ` (${months})` : ""}`,
    completed: (count, pct) => `ดำเนินการแล้วเสร็จ ${count} โครงการ คิดเป็นร้อยละ ${pct}`,
    inProgress: (count) => `อยู่ระหว่างดำเนินการ ${count} โครงการ`,
    notStarted: (count) => `ยังไม่ได้ดำเนินการ ${count} โครงการ`,
    disbursed: (amount, pct) => `เบิกจ่ายงบประมาณ ${amount} บาท คิดเป็นร้อยละ ${pct} ของงบประมาณตามแผน`,
    noneNotDone: "ไม่มีโครงการที่ไม่ได้ดำเนินการ",
    notDone: (count, items, because) =>
      `ไม่ได้ดำเนินการ ${count} โครงการ${because ? ` ${because}` : ""} ได้แก่ ${items}`,
    notDoneItem: (name, reason) => `${name} (${reason})`,
    moreItems: (count) => `และอีก ${count} โครงการ`,
    noReason: "ไม่ระบุเหตุผล",
    because: (parts) => {
      const said = parts.map((part) => `${part.reason} ${part.count} โครงการ`);
      const last = said.pop() ?? "";
      return `เนื่องจาก${said.length === 0 ? last : `${said.join(" ")} และ${last}`}`;
    },
    noProjects: "ไม่มีโครงการในแผน",
    join: " ",
  },
  en: {
    intro: (year, organisation, projects, planned) =>
      `In ${year === undefined ? "this fiscal year" : `FY ${buddhistYear(year, "en")}`}, ${organisation || "the office"} ` +
      `had ${plural(projects, "project, activity or measure", "projects, activities and measures")} ` +
      `in its anti-corruption and integrity action plan, ` +
      `with a total planned budget of ${planned} baht, in 4 dimensions:`,
    dimension: (dimension, projects, planned) =>
      `Dimension ${dimension}: ${plural(projects, "project")}, planned budget ${planned} baht`,
    emptyDimension: (dimension) => `Dimension ${dimension}: no projects`,
    total: (projects, planned) => `Total: ${plural(projects, "project")}, planned budget ${planned} baht`,
    results: (round, months) => `Results of the ${round}-month round${months ? ` (${months})` : ""}:`,
    completed: (count, pct) => `${count} completed (${pct} percent)`,
    inProgress: (count) => `${count} in progress`,
    notStarted: (count) => `${count} not started`,
    disbursed: (amount, pct) => `${amount} baht disbursed, ${pct} percent of the planned budget`,
    noneNotDone: "no project was left not carried out",
    notDone: (count, items, because) => `${count} not carried out${because ? ` ${because}` : ""}: ${items}`,
    notDoneItem: (name, reason) => `${name} (${reason})`,
    moreItems: (count) => `and ${plural(count, "more project")}`,
    noReason: "no reason given",
    because: (parts) => {
      const said = parts.map((part) => `${part.reason} (${part.count})`);
      const last = said.pop() ?? "";
      return `because of ${said.length === 0 ? last : `${said.join(", ")} and ${last}`}`;
    },
    noProjects: "The plan has no projects.",
    join: "; ",
  },
};
