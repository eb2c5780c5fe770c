/**
 * The words of tracing figures to their rows ("แถว 4–8, 10"), apart from the rest of the messages:
 * the pane's first screen lists rows, and loads these alone.
 */
import type { Lang } from "../cells/vocabulary";

export interface TraceWords {
  /** Rows as compact ranges, such as "4–8, 10". */
  readonly rows: (count: number, ranges: string) => string;
  readonly noRows: string;
  /** After the ranges shown, when a long list is cut: "และอีก 12 ช่วง". */
  readonly moreRanges: (count: string) => string;
  readonly heading: string;
  readonly dimension: (dimension: number, rows: string) => string;
  readonly notDone: (rows: string) => string;
  readonly noDimension: (rows: string) => string;
}

export const TRACE_WORDS: Readonly<Record<Lang, TraceWords>> = {
  th: {
    rows: (_count, ranges) => `แถว ${ranges}`,
    noRows: "ไม่มี",
    moreRanges: (count) => `และอีก ${count} ช่วง`,
    heading: "ที่มาของตัวเลข: แถวในแผนที่นับในแต่ละมิติ",
    dimension: (dimension, rows) => `มิติที่ ${dimension}: ${rows}`,
    notDone: (rows) => `ไม่ได้ดำเนินการ: ${rows}`,
    noDimension: (rows) => `ไม่ทราบมิติ (ไม่ได้นับ): ${rows}`,
  },
  en: {
    rows: (count, ranges) => (count === 1 ? `row ${ranges}` : `rows ${ranges}`),
    noRows: "none",
    moreRanges: (count) => `and ${count} more ${count === "1" ? "range" : "ranges"}`,
    heading: "Where the figures come from: the plan's rows counted in each dimension",
    dimension: (dimension, rows) => `Dimension ${dimension}: ${rows}`,
    notDone: (rows) => `Not carried out: ${rows}`,
    noDimension: (rows) => `No dimension (not counted): ${rows}`,
  },
};
