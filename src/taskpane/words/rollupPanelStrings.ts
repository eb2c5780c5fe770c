/**
 * The roll-up panel's words (several plans of one workbook added up on one sheet, spec §8), Thai first
 * and English second: with that panel's chunk, not the pane's first load.
 */
import { type Lang, type Mixed } from "../../core";

export interface RollupPanelStrings {
  readonly hint: (places: number) => string;
  readonly find: string;
  readonly findAgain: string;
  readonly choose: string;
  readonly detail: (projects: number, organisation: string | undefined) => string;
  readonly notPlans: (places: string) => string;
  readonly tooFew: string;
  readonly write: (plans: number) => string;
  readonly mixed: (mixed: Mixed) => string;
  /** A plan ticked that is the same plan as another ticked before it: added once (spec §8.1). */
  readonly samePlan: (place: string, sameAs: string) => string;
  /** The reason a plan chosen could not be read, written in the roll-up sheet's list. */
  readonly noPlan: string;
  /** Stands in the roll-up sheet's status line while it is written; stays there if the write fails. */
  readonly incomplete: string;
}

const th: RollupPanelStrings = {
  hint: (places) =>
    `สมุดงานนี้มีตารางหรือแผ่นงาน ${places} รายการ รวมผลของหลายแผน (เช่น แผนของแต่ละกอง) ไว้ในแผ่นงานเดียว`,
  find: "หาแผนในสมุดงาน",
  findAgain: "หาแผนอีกครั้ง",
  choose: "แผนที่จะรวม",
  detail: (projects, organisation) => `${projects} โครงการ${organisation ? ` · ${organisation}` : ""}`,
  notPlans: (places) => `ไม่พบแผนใน ${places}`,
  tooFew: "พบแผนไม่ถึงสองแผน จึงไม่มีอะไรให้รวม",
  write: (plans) => `เขียนแผ่นงานรวมผล (${plans} แผน)`,
  mixed: (mixed) =>
    (mixed.fact === "round" ? "แผนที่เลือกรายงานคนละรอบ: " : "แผนที่เลือกเป็นคนละปีงบประมาณ: ") +
    mixed.groups
      .map(
        ({ value, files }) =>
          `${mixed.fact === "round" ? `${value} เดือน` : `ปี ${value}`} — ${files.join(", ")}`,
      )
      .join("; ") +
    (mixed.fact === "round"
      ? ' เลือกรอบรายงานในขั้น "แผน" เพื่อใช้รอบเดียวกันทุกแผน'
      : ' ใส่ปีงบประมาณในขั้น "แผน" เพื่อใช้ปีเดียวกันทุกแผน'),
  samePlan: (place, sameAs) =>
    `${place} เป็นแผนเดียวกับ ${sameAs} (หน่วยงาน ปีงบประมาณ รอบ และรายการโครงการตรงกันทุกแถว) จึงนับครั้งเดียว`,
  noPlan: "ไม่พบแผน (แถวหัวตาราง) ในตารางหรือแผ่นงานนี้",
  incomplete: 'แผ่นงานนี้เขียนไม่ครบ: กด "เขียนแผ่นงานรวมผล" อีกครั้งเพื่อเขียนให้ครบ',
};

const en: RollupPanelStrings = {
  hint: (places) =>
    `This workbook has ${places} tables or sheets. Add up several plans (one per division, say) on one sheet.`,
  find: "Find the plans in the workbook",
  findAgain: "Find the plans again",
  choose: "Plans to add up",
  detail: (projects, organisation) =>
    `${projects} project${projects === 1 ? "" : "s"}${organisation ? ` · ${organisation}` : ""}`,
  notPlans: (places) => `No plan found in ${places}`,
  tooFew: "Fewer than two plans were found, so there is nothing to add up.",
  write: (plans) => `Write the roll-up sheet (${plans} plans)`,
  mixed: (mixed) =>
    (mixed.fact === "round"
      ? "The plans chosen report different rounds: "
      : "The plans chosen are for different fiscal years: ") +
    mixed.groups
      .map(
        ({ value, files }) =>
          `${mixed.fact === "round" ? `${value} months` : `${value}`} — ${files.join(", ")}`,
      )
      .join("; ") +
    (mixed.fact === "round"
      ? '. Choose the round in the "Plan" step to use one round for every plan.'
      : '. Type the fiscal year in the "Plan" step to use one year for every plan.'),
  samePlan: (place, sameAs) =>
    `${place} is the same plan as ${sameAs} (same office, fiscal year, round and project rows), so it is counted once.`,
  noPlan: "No plan (no header row) was found in this table or sheet.",
  incomplete: 'This sheet was not written in full: choose "Write the roll-up sheet" again to finish it.',
};

export const ROLLUP_PANEL_STRINGS: Readonly<Record<Lang, RollupPanelStrings>> = { th, en };
