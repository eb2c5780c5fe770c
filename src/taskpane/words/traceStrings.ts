/**
 * Every figure of the summary table traced to its plan rows (spec §7): the words, Thai first and English
 * second, with the summary step's chunk, not the pane's first load.
 */
import { type Lang, type TracedFigure, rowsText } from "../../core";

export interface TraceStrings {
  /** The figures as the list under the table names them. */
  readonly figures: Readonly<Record<TracedFigure, string>>;
  /** A dimension's row, or the total's (null). */
  readonly where: (dimension: number | null) => string;
  /** The accessible name of a figure in the table, the button that lists its rows. */
  readonly showRows: (figure: string, where: string, value: string) => string;
  readonly hint: string;
  readonly heading: (figure: string, where: string, value: string) => string;
  readonly rows: (rows: readonly number[]) => string;
  readonly projectsLabel: string;
  readonly row: (row: number) => string;
  readonly selectAll: string;
  readonly close: string;
}

const th: TraceStrings = {
  figures: {
    projects: "โครงการ",
    completed: "ดำเนินการแล้วเสร็จ",
    inProgress: "อยู่ระหว่างดำเนินการ",
    notStarted: "ยังไม่ได้ดำเนินการ",
    notDone: "ไม่ได้ดำเนินการ",
  },
  where: (dimension) => (dimension === null ? "รวม" : `มิติที่ ${dimension}`),
  showRows: (figure, where, value) => `${figure} ${where}: ${value} — แสดงแถว`,
  hint: "กดตัวเลขเพื่อดูว่านับจากแถวใดในแผน",
  heading: (figure, where, value) => `${figure} ${where}: ${value}`,
  rows: (rows) => rowsText(rows, "th"),
  projectsLabel: "โครงการที่นับในตัวเลขนี้",
  row: (row) => `แถว ${row}`,
  selectAll: "เลือกในแผ่นงาน",
  close: "ปิด",
};

const en: TraceStrings = {
  figures: {
    projects: "Projects",
    completed: "Completed",
    inProgress: "In progress",
    notStarted: "Not started",
    notDone: "Not carried out",
  },
  where: (dimension) => (dimension === null ? "total" : `dimension ${dimension}`),
  showRows: (figure, where, value) => `${figure}, ${where}: ${value} — show the rows`,
  hint: "Choose a figure to see which rows of the plan it counts.",
  heading: (figure, where, value) => `${figure}, ${where}: ${value}`,
  rows: (rows) => rowsText(rows, "en"),
  projectsLabel: "Projects counted in this figure",
  row: (row) => `row ${row}`,
  selectAll: "Select on the sheet",
  close: "Close",
};

export const TRACE_STRINGS: Readonly<Record<Lang, TraceStrings>> = { th, en };
