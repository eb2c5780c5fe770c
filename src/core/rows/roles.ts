/**
 * Every row under the header has a role, with the evidence for it (spec §2.5): a project, the rest of a
 * project's name, a part of a project, a heading, a subtotal, a total, a note, or a row outside the
 * report's year. The words and shapes that are evidence live here; rows.ts weighs them row by row.
 */
import { type Cell, cellText, isBlank } from "../cells/grid";
import type { Dimension } from "../cells/vocabulary";
import { tidy, wordKey } from "../cells/text";

export type RowRole =
  | "project"
  | "continuation"
  | "part"
  | "section"
  | "heading"
  | "subtotal"
  | "total"
  | "note"
  | "outside-year";

/** Why a row has its role: the evidence, in the words of spec §2.5. */
export type RoleReason =
  /** A project: none of the evidence below. */
  | "item"
  /** "มิติที่ 2 …", "2. การบริหารราชการ…", or a numbered heading 1–4 above items N.x. */
  | "dimension-heading"
  /** "1.1 …" above items 1.1.x with no amount or status of its own (§9.1). */
  | "numbered-heading"
  /** A heading whose amounts are what its items add up to. */
  | "heading-with-subtotal"
  /** Its label is a total word, and it has no item number or status of its own. */
  | "total-word"
  /** Its amounts are what the projects above it add up to, and it has no item number or status of its own. */
  | "adds-up"
  /** The Excel table's own total row. */
  | "table-total-row"
  /** Its status cell counts projects ("ดำเนินการแล้ว 12 โครงการ") or its tick columns hold counts. */
  | "summary-status"
  /** หมายเหตุ, ที่มา, Note, Source … */
  | "note-word"
  /** ลงชื่อ, ผู้รายงาน, ตำแหน่ง, a name in parentheses, a dotted line for a signature. */
  | "signature"
  /** Only a name, under a numbered project: the project's name wraps onto this row. */
  | "wrapped-name"
  /** The project's number or budget cell is merged down over this row. */
  | "merged-down"
  /** A detail line ("- …", "(1) …") under a project, the lines' amounts adding up to the project's. */
  | "adds-up-to-project"
  /** A detail line under a project with no amount and no status of its own. */
  | "detail-line"
  /** Amounts only in other years' columns (§9.2). */
  | "other-year";

/** One row's role. `of` is the project row a continuation or a part belongs to. */
export interface RowRoleEntry {
  /** Worksheet row (1-based). */
  readonly row: number;
  readonly role: RowRole;
  readonly reason: RoleReason;
  readonly of?: number;
  /** What a subtotal or total adds up: a dimension, or null for the whole plan. */
  readonly dimension?: Dimension | null;
}

/** The roles that are left out of every figure, in the order the report names them. */
export const LEFT_OUT_ROLES: readonly RowRole[] = [
  "total",
  "subtotal",
  "section",
  "heading",
  "continuation",
  "part",
  "note",
  "outside-year",
];

/** Words that begin a note or a signature block, compared without spaces, lower case. */
const NOTE_WORDS = /^(?:หมายเหตุ|ที่มา|แหล่งที่มา|ข้อมูลจาก|note|notes|remark|remarks|source)(?![a-z])/;
const SIGNATURE_WORDS =
  /^(?:ลงชื่อ|ลงนาม|ผู้รายงาน|ผู้จัดทำ|ผู้ตรวจสอบ|ผู้เสนอ|ผู้อนุมัติ|ผู้รับรอง|ตำแหน่ง|preparedby|reportedby|approvedby|signed|signature|position)(?![a-z])/;
/** "(นายสมชาย ใจดี)": a name under a signature, wholly in parentheses. */
const IN_PARENTHESES = /^\(.*\)$/;
/** "……………", "........", "____": a line left for a signature. */
const DOTTED = /^(?:[.…_]){3,}/;

/** Whether a row's label opens a note or a signature block, and which. */
export function noteKind(label: string | undefined): "note-word" | "signature" | undefined {
  if (label === undefined) return undefined;
  const key = wordKey(label.slice(0, 40));
  if (key === "") return undefined;
  if (NOTE_WORDS.test(key)) return "note-word";
  if (SIGNATURE_WORDS.test(key) || DOTTED.test(key)) return "signature";
  if (isParenthesised(label)) return "signature";
  return undefined;
}

/** "(นายสมชาย ใจดี)", "(ต่อ)": a line wholly in parentheses, with no digit. */
export function isParenthesised(label: string | undefined): boolean {
  return label !== undefined && IN_PARENTHESES.test(tidy(label)) && !/\d/.test(label);
}

/** A total word anywhere in a label: "รวม", "ยอดรวม", "งบประมาณรวม", "Total", "Grand total". */
const TOTAL_ANYWHERE = /รวม|(?:^|[^a-z]|sub-?)totals?(?![a-z])/;
/**
 * A project name that begins with รวม is common ("รวมพลัง…", "รวมใจ…", "รวมน้ำใจ…", "รวมกลุ่ม…",
 * "รวมเครือข่าย…"): รวม there is a verb, not a total. `words` is tidied and lower-cased.
 */
const NAME_AFTER_RUAM = /^รวม(?:พลัง|ใจ|น้ำใจ|กลุ่ม|มือ|ตัว|เครือข่าย)/;

/** Whether a label beginning with รวม is a name ("รวมพลังต้านโกง"), by the words after it. */
export function isRuamName(words: string): boolean {
  return NAME_AFTER_RUAM.test(words.replace(/\s+/g, ""));
}

/** Whether a label speaks of a total anywhere in it (weak evidence: a project may be named so). */
export function saysTotal(label: string | undefined): boolean {
  if (label === undefined) return false;
  const words = tidy(label.slice(0, 60)).toLowerCase();
  return TOTAL_ANYWHERE.test(words) && !isRuamName(words);
}

/** Words of a label that mean the whole plan, not one dimension: ทั้งสิ้น, ทั้งหมด, ทุกมิติ, grand, all. */
const WHOLE_PLAN = /ทั้งสิ้น|ทั้งหมด|ทุกมิติ|ทั้งแผน|grand|overall|all/;

export function saysWholePlan(label: string | undefined): boolean {
  return label !== undefined && WHOLE_PLAN.test(tidy(label.slice(0, 60)).toLowerCase());
}

/** "ดำเนินการแล้ว 12 โครงการ", "12 รายการ", "3 projects": a status cell that counts rows. */
const COUNTS_ROWS = /\d+\s*(?:โครงการ|กิจกรรม|มาตรการ|รายการ|แนวปฏิบัติ|projects?|items?|activities)/;

/** Any digit, Arabic or Thai. */
const DIGIT = /[0-9๐-๙]/;

export function isSummaryStatus(cell: Cell | undefined): boolean {
  // Most status cells hold no digit at all: only those are tidied and read.
  return typeof cell === "string" && DIGIT.test(cell) && COUNTS_ROWS.test(tidy(cell).toLowerCase());
}

/** A tick column holding a count (2 or more) rather than a mark: the row totals the ticks above it. */
export function isTickCount(cell: Cell | undefined): boolean {
  const text = typeof cell === "number" ? String(cell) : typeof cell === "string" ? tidy(cell) : "";
  return /^\d+$/.test(text) && Number(text) >= 2;
}

/** "- …", "• …", "(1) …", "1) …", "ก. …", "ก) …": a detail line under a project. */
const DETAIL = /^(?:[-–—•·*]|\(\d+\)|\d+\)|[ก-ฮ][.)](?=\s|$))/;

/**
 * The style of a list line's marker: "bullet" (- • *), "(n)", "n)", "ก." (a Thai letter); undefined
 * for a line with none. Lines of one style are siblings: "2) …" under "1) …" is the next item.
 */
export function detailStyle(cell: Cell | undefined): string | undefined {
  if (typeof cell !== "string" || startsWithWord(cell)) return undefined;
  const text = tidy(cell);
  if (/^[-–—•·*]/.test(text)) return "bullet";
  if (/^\(\d+\)/.test(text)) return "(n)";
  if (/^\d+\)/.test(text)) return "n)";
  if (/^[ก-ฮ][.)](?=\s|$)/.test(text)) return "ก.";
  return undefined;
}

export function isDetailLine(cell: Cell | undefined): boolean {
  return (
    typeof cell === "string" && !startsWithWord(cell) && !isBlank(cell) && DETAIL.test(tidy(cellText(cell)))
  );
}

/**
 * Whether a text begins with a word, so that no list marker can begin it once tidied: a Latin letter,
 * a Thai vowel or mark, or a Thai consonant followed by another Thai character (not "ก." or "ก)").
 * Tidying keeps such a start a letter: it only drops invisible characters, reorders marks among
 * themselves and joins a split sara am. Most names start so, and are not tidied in full to see it.
 */
function startsWithWord(text: string): boolean {
  const first = text.charCodeAt(0);
  if ((first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a)) return true;
  if (first >= 0x0e2f && first <= 0x0e4f) return true;
  const second = text.charCodeAt(1);
  return first >= 0x0e01 && first <= 0x0e2e && second >= 0x0e01 && second <= 0x0e4f;
}
