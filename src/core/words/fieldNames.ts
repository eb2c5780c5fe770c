/**
 * The fields' names as the user reads them, apart from the rest of the messages: the pane's first
 * screen names fields (its column choosers) but describes no finding, so it loads these alone.
 */
import type { Lang } from "../cells/vocabulary";
import type { Field } from "../cells/vocabulary";

export const FIELD_NAMES: Readonly<Record<Lang, Readonly<Record<Field, string>>>> = {
  th: {
    no: "ลำดับ",
    dimension: "มิติ",
    name: "ชื่อโครงการ",
    type: "ประเภท",
    plannedBudget: "งบประมาณตามแผน",
    disbursed: "งบประมาณเบิกจ่าย",
    status: "สถานะ",
    note: "หมายเหตุ",
    ordinanceBudget: "งบประมาณตามข้อบัญญัติ/เทศบัญญัติ",
    developmentPlanBudget: "งบประมาณตามแผนพัฒนาท้องถิ่น",
    reason: "เหตุผลที่ไม่ได้ดำเนินการ",
    fiscalYear: "ปีงบประมาณ",
  },
  en: {
    no: "No.",
    dimension: "Dimension",
    name: "Project name",
    type: "Type",
    plannedBudget: "Planned budget",
    disbursed: "Disbursed",
    status: "Status",
    note: "Note",
    ordinanceBudget: "Ordinance budget",
    developmentPlanBudget: "Development plan budget",
    reason: "Reason not carried out",
    fiscalYear: "Fiscal year",
  },
};
