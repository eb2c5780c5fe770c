/**
 * The plan's columns that describe a project in words, for the report document's annex (spec §10.1):
 * what was done, its result, the supporting factors, the problems and the suggestions. Found by their
 * headers, as the plan's other columns are, and read as text: they never change a figure.
 */
import { cellText } from "../cells/grid";
import { headerKey } from "../cells/text";
import type { Header } from "../rows/columns";
import type { PlanRow } from "../rows/rows";

export type NarrativeKind = "activity" | "result" | "support" | "problems" | "suggestions";

/** A header names a kind when it is one of these words, compared as the plan's headers are (headerKey). */
const HEADERS: Readonly<Record<NarrativeKind, readonly string[]>> = {
  activity: [
    "การดำเนินการ",
    "กิจกรรมที่ดำเนินการ",
    "วิธีดำเนินการ",
    "วิธีการดำเนินการ",
    "ขั้นตอนการดำเนินการ",
    "รายละเอียดการดำเนินการ",
    "Activities",
    "What was done",
  ],
  result: ["ผลการดำเนินการ", "ผลการดำเนินงาน", "ผลที่ได้รับ", "ผลลัพธ์", "Outcome", "Outcomes", "Result", "Results"],
  support: ["ปัจจัยสนับสนุน", "ปัจจัยความสำเร็จ", "Supporting factors"],
  problems: ["ปัญหา/อุปสรรค", "ปัญหาอุปสรรค", "ปัญหาและอุปสรรค", "ปัญหา", "อุปสรรค", "Problems", "Obstacles"],
  suggestions: ["ข้อเสนอแนะ", "แนวทางแก้ไข", "Suggestions", "Recommendations"],
};

const KIND_OF = new Map<string, NarrativeKind>(
  (Object.keys(HEADERS) as NarrativeKind[]).flatMap((kind) =>
    HEADERS[kind].map((word) => [headerKey(word), kind] as const),
  ),
);

/**
 * The column of each kind the header names (the first, in sheet order). The status column is never
 * one: "ผลการดำเนินการ" holding statuses is the status, which the annex states already.
 */
export function narrativeColumns(header: Header): Partial<Record<NarrativeKind, number>> {
  const found: Partial<Record<NarrativeKind, number>> = {};
  header.labels.forEach((label, index) => {
    const kind = KIND_OF.get(headerKey(label));
    if (kind === undefined || found[kind] !== undefined || header.columns.status === index) return;
    found[kind] = index;
  });
  return found;
}

/** A row's text of one kind, trimmed; "" without such a column or text. */
export function narrativeOf(
  row: PlanRow,
  columns: Partial<Record<NarrativeKind, number>>,
  kind: NarrativeKind,
): string {
  const index = columns[kind];
  return index === undefined ? "" : cellText(row.cells[index]).trim();
}
