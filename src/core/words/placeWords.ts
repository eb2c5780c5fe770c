/**
 * The places looked at for the plan, in words (spec §4.3): "แผ่นงาน "คำชี้แจง" (ไม่มีแถวหัวตาราง…)". The
 * command line's report, its one-line refusals and the roll-up's reasons all say them so.
 */
import { FIELD_NAMES } from "./fieldNames";
import type { Lang } from "./messages";
import { buddhistYear } from "../rows/period";
import type { PlaceLook, PlaceVerdict } from "../rows/planPlace";

export interface PlaceWords {
  /** 'แผ่นงาน "แผน"', 'ตาราง "PlanProjects" (แผ่นงาน "แผน")' */
  readonly place: (look: Pick<PlaceLook, "sheet" | "table">) => string;
  /** What was found there, in a few words. */
  readonly verdict: (look: PlaceLook) => string;
  /** The place and what was found there. */
  readonly looked: (look: PlaceLook) => string;
  /** The text report's line naming the other places looked at; "" when there were none. */
  readonly others: (looked: readonly PlaceLook[]) => string;
  /** What a plan needs, said after what each place lacked. */
  readonly planNeeds: string;
}

const count = (n: number) => n.toLocaleString("en-US");

const TH_VERDICTS: Readonly<Record<Exclude<PlaceVerdict, "candidate" | "other-year">, string>> = {
  read: "อ่านเป็นแผน",
  "no-header": "ไม่มีแถวหัวตารางที่มีคอลัมน์ของแผนใน 20 แถวแรก",
  summary: "เป็นตารางสรุปรายมิติ ไม่ใช่รายการโครงการ",
  "missing-columns": "",
  "no-status-or-dimension": "ไม่มีคอลัมน์สถานะ ช่องผลการดำเนินการ หรือมิติ",
  "no-projects": "ไม่มีแถวโครงการที่มีงบประมาณหรือสถานะ",
  "no-dimension-or-status": "ไม่มีแถวใดที่บอกมิติหรือสถานะของโครงการได้",
  empty: "แบบฟอร์มว่าง ไม่มีโครงการ",
  hidden: "แผ่นงานที่ซ่อนอยู่",
  "no-year": "ไม่ระบุปีงบประมาณ",
  "no-dimension": "ไม่มีแถวใดที่บอกมิติ",
};

const EN_VERDICTS: Readonly<Record<Exclude<PlaceVerdict, "candidate" | "other-year">, string>> = {
  read: "read as the plan",
  "no-header": "no header row naming the plan's columns in its first 20 rows",
  summary: "a summary by dimension, not a list of projects",
  "missing-columns": "",
  "no-status-or-dimension": "no status, result tick or dimension column",
  "no-projects": "no project row with an amount or a status",
  "no-dimension-or-status": "no row gives a project's dimension or status",
  empty: "an empty form, no projects",
  hidden: "a hidden sheet",
  "no-year": "states no fiscal year",
  "no-dimension": "no row in a dimension",
};

const th: PlaceWords = {
  place: ({ sheet, table }) =>
    table === undefined ? `แผ่นงาน "${sheet}"` : `ตาราง "${table}" (แผ่นงาน "${sheet}")`,
  verdict: (look) => {
    const year = look.fiscalYear === undefined ? "" : `ปีงบประมาณ ${buddhistYear(look.fiscalYear, "th")}`;
    switch (look.verdict) {
      case "candidate": {
        const dimensions = look.dimensions?.length ? `มิติที่ ${look.dimensions.join(", ")}` : "";
        return [year, dimensions, `${count(look.projects ?? 0)} โครงการ`].filter(Boolean).join(", ");
      }
      case "other-year":
        return `แผน${year}`;
      case "missing-columns":
        return `ไม่มีคอลัมน์ ${(look.missing ?? []).map((field) => FIELD_NAMES.th[field]).join(" / ")}`;
      default:
        return TH_VERDICTS[look.verdict] + (look.verdict === "read" && look.hidden ? " (แผ่นงานที่ซ่อนอยู่)" : "");
    }
  },
  looked: (look) => `${th.place(look)} (${th.verdict(look)})`,
  others: (looked) => {
    const others = looked.filter((look) => look.verdict !== "read");
    return others.length === 0 ? "" : `ที่อื่นในไฟล์ที่ตรวจแล้ว: ${others.map(th.looked).join(", ")}`;
  },
  planNeeds:
    "แผนต้องมีแถวหัวตารางที่มีคอลัมน์ ชื่อโครงการ / งบประมาณ / เบิกจ่าย ใน 20 แถวแรก มีคอลัมน์สถานะหรือมิติ และมีแถวโครงการที่มีงบประมาณหรือสถานะ",
};

const en: PlaceWords = {
  place: ({ sheet, table }) =>
    table === undefined ? `sheet "${sheet}"` : `table "${table}" (sheet "${sheet}")`,
  verdict: (look) => {
    const year = look.fiscalYear === undefined ? "" : `FY ${buddhistYear(look.fiscalYear, "en")}`;
    switch (look.verdict) {
      case "candidate": {
        const dimensions = look.dimensions?.length
          ? `${look.dimensions.length === 1 ? "dimension" : "dimensions"} ${look.dimensions.join(", ")}`
          : "";
        const projects = `${count(look.projects ?? 0)} ${look.projects === 1 ? "project" : "projects"}`;
        return [year, dimensions, projects].filter(Boolean).join(", ");
      }
      case "other-year":
        return `the plan for ${year}`;
      case "missing-columns":
        return `no ${(look.missing ?? []).map((field) => FIELD_NAMES.en[field]).join(" / ")} column`;
      default:
        return (
          EN_VERDICTS[look.verdict] + (look.verdict === "read" && look.hidden ? " (a hidden sheet)" : "")
        );
    }
  },
  looked: (look) => `${en.place(look)} (${en.verdict(look)})`,
  others: (looked) => {
    const others = looked.filter((look) => look.verdict !== "read");
    return others.length === 0 ? "" : `Also looked at: ${others.map(en.looked).join(", ")}`;
  },
  planNeeds:
    'a plan needs a header row naming the project name / budget / disbursed columns ("Project name", "Planned budget", "Disbursed") in its first 20 rows, a status or dimension column, and project rows with an amount or a status',
};

export const PLACE_WORDS: Readonly<Record<Lang, PlaceWords>> = { th, en };
