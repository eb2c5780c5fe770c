/**
 * The flag rule: one conditional format that fills a plan row in light red while the row's own status
 * cells say it was not carried out (spec §5.3). It reads the status column, or the tick columns, of
 * the row it colours, so it follows sorting, inserted rows and edits by itself and has no row limit.
 * Both hosts paint this same rule, and find it again by its mark (isFlagFormula); they decide nothing
 * about it.
 */
import type { Header } from "../rows/columns";
import { cellAddress, columnLetter } from "../cells/grid";
import { tidy, wordKey } from "../cells/text";
import type { Round } from "../checks/validate";
import { STATUS_WORDS, type StatusBucket } from "../cells/vocabulary";

/** Excel's own "Light Red Fill", the one colour flagged rows get in both hosts. */
export const FLAG_FILL = "#FFC7CE";

/** Excel's last worksheet row: the rule reaches it, so rows added under the plan are covered too. */
export const LAST_SHEET_ROW = 1_048_576;

/**
 * The rule's own mark: a text constant, always true, that the rule's formula carries as its last
 * condition. Excel gives a rule's formula back relative to the rule's top-left cell (office-js #5194,
 * https://github.com/OfficeDev/office-js/issues/5194), so once rows are inserted above the plan, or
 * the rule is split into fragments by cutting, pasting or deleting rows inside it, its formula's cell
 * references differ from those written; a text constant never changes, so a host finds every
 * fragment of the rule by it. Excel and LibreOffice both take a text comparison in a rule's formula.
 */
const FLAG_MARK = '"IntegrityPlan.Flag"<>""';

/** True when a conditional format's formula (as a host reads it back) is the flag rule's, or a fragment of it. */
export function isFlagFormula(formula: string): boolean {
  return formula.replace(/\s+/g, "").includes(FLAG_MARK);
}

/** What a host needs to paint the rule. Rows and columns are worksheet numbers (1-based). */
export interface FlagRule {
  /** The formula for the area's top-left cell; relative rows, so each row reads its own cells. */
  readonly formula: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  readonly fill: string;
}

/** What the rule is made from: the report's header, where the grid sits, and the round. */
export interface FlagSource {
  readonly header: Header;
  readonly firstColumn: number;
  readonly round: Round;
  readonly source: { readonly headerRow: number };
}

/** Characters that may end a status word followed by an explanation (as status.ts reads them). */
const WORD_ENDS = " ([:;,./-–—";
/** Tick-cell keys that are not a mark (as status.ts reads them). */
const UNMARKED_KEYS = ["", "0", "-", "false"];

/** The buckets a row is flagged for: not done, and, once the year is over, not started. */
function flaggedBuckets(round: Round): StatusBucket[] {
  return round === 12 ? ["notDone", "notStarted"] : ["notDone"];
}

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** The cell's text as status.ts compares it: lower case, trimmed, single-spaced, line breaks as spaces. */
const spacedText = (cell: string): string => `LOWER(TRIM(SUBSTITUTE(${cell},CHAR(10)," ")))`;

/** The cell's word key as status.ts makes it: lower case, no spaces or line breaks. */
const keyText = (cell: string): string => `SUBSTITUTE(SUBSTITUTE(LOWER(${cell}),CHAR(10),"")," ","")`;

/** True when a "|"-separated list holds the key: FIND, not SEARCH, so "?" and "*" in a cell are plain. */
const inList = (key: string, list: readonly string[]): string =>
  `ISNUMBER(FIND("|"&${key}&"|",${quoted(`|${list.join("|")}|`)}))`;

/**
 * A status cell that names a flagged bucket: exactly (spaces ignored), or as its first words followed
 * by a space or punctuation ("ไม่ได้ดำเนินการ เนื่องจาก…").
 */
function statusFormula(cell: string, round: Round): string {
  const words = flaggedBuckets(round).flatMap((bucket) => STATUS_WORDS[bucket]);
  const keys = [...new Set(words.map(wordKey))];
  const spaced = [...new Set(words.map((word) => tidy(word).toLowerCase()))];
  // Each word once, with its length beside it as numbers: shorter than LEN() of the words again.
  const array = `{${spaced.map(quoted).join(",")}}`;
  const lengths = `{${spaced.map((word) => word.length).join(",")}}`;
  const text = spacedText(cell);
  const leading =
    `SUMPRODUCT((LEFT(${text},${lengths})=${array})` +
    `*ISNUMBER(FIND(MID(${text}&" ",${lengths}+1,1),${quoted(WORD_ENDS)})))>0`;
  return `OR(${inList(keyText(cell), keys)},${leading})`;
}

/** True when any of the cells holds a tick mark. */
function anyMarked(cells: readonly string[]): string {
  const marks = cells.map((cell) => `NOT(${inList(keyText(cell), UNMARKED_KEYS)})`);
  return marks.length === 1 ? marks[0] : `OR(${marks.join(",")})`;
}

/**
 * Tick columns: the row's marked buckets must be exactly one, and a flagged one; two buckets marked
 * is a conflict, which status.ts reads as no status.
 */
function tickFormula(source: FlagSource, row: number): string | undefined {
  const cellsOf = (buckets: readonly StatusBucket[]): string[] =>
    source.header.ticks
      .filter((tick) => buckets.includes(tick.bucket))
      .map((tick) => `$${columnLetter(source.firstColumn + tick.index)}${row}`);
  const flagged = flaggedBuckets(source.round);
  const groups = flagged.map((bucket) => cellsOf([bucket])).filter((cells) => cells.length > 0);
  if (groups.length === 0) return undefined;
  const others = cellsOf(
    (["completed", "inProgress", "notStarted", "notDone"] as const).filter(
      (bucket) => !flagged.includes(bucket),
    ),
  );
  const one =
    groups.length === 1
      ? anyMarked(groups[0])
      : `${groups.map((cells) => `(${anyMarked(cells)})`).join("+")}=1`;
  return others.length === 0 ? `AND(${one})` : `AND(${one},NOT(${anyMarked(others)}))`;
}

/**
 * The rule for a plan, or undefined when the plan has neither a status column nor a tick column of a
 * flagged bucket (nothing to read a row's status from).
 */
export function flagRule(source: FlagSource): FlagRule | undefined {
  const firstRow = source.source.headerRow + source.header.height;
  const status = source.header.columns.status;
  const formula =
    status === undefined
      ? tickFormula(source, firstRow)
      : statusFormula(`$${columnLetter(source.firstColumn + status)}${firstRow}`, source.round);
  if (formula === undefined) return undefined;
  return {
    formula: `=AND(${formula},${FLAG_MARK})`,
    firstRow,
    lastRow: LAST_SHEET_ROW,
    firstColumn: source.firstColumn,
    lastColumn: source.firstColumn + Math.max(1, source.header.labels.length) - 1,
    fill: FLAG_FILL,
  };
}

/** The rule's area in A1 form ("A9:H1048576"), for hosts that address ranges by text. */
export function flagArea(rule: FlagRule): string {
  return `${cellAddress(rule.firstRow, rule.firstColumn)}:${cellAddress(rule.lastRow, rule.lastColumn)}`;
}
