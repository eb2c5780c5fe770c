/** Reading a row's status from its status cell or from tick columns (spec §2.4). */
import type { StatusTick } from "./columns";
import { type Cell, cellText, isBlank } from "./grid";
import { readOnce, tidy, wordKey } from "./text";
import { STATUS_WORDS, TICK_MARKS, type StatusBucket } from "./vocabulary";

const STATUS_KEYS: readonly (readonly [string, StatusBucket])[] = (
  Object.keys(STATUS_WORDS) as StatusBucket[]
)
  .flatMap((bucket) => STATUS_WORDS[bucket].map((word) => [wordKey(word), bucket] as const))
  // Longest first, so "ยังไม่ได้ดำเนินการ…" is not read as "ไม่ได้ดำเนินการ…".
  .sort((a, b) => b[0].length - a[0].length);

const EXACT: ReadonlyMap<string, StatusBucket> = new Map(STATUS_KEYS);

/** The bucket a header or cell names exactly ("ดำเนินการแล้วเสร็จ" → completed). */
export function statusWord(text: string): StatusBucket | undefined {
  return EXACT.get(wordKey(text));
}

/**
 * The bucket a status text names: exactly, or at its start ("ไม่ได้ดำเนินการ เนื่องจาก…").
 */
export function parseStatus(cell: Cell | undefined): StatusBucket | undefined {
  return typeof cell === "string" ? readStatusOnce(cell) : readStatus(cellText(cell));
}

/**
 * A status word followed by an explanation: "ไม่ได้ดำเนินการ เนื่องจาก…", "ดำเนินการแล้วเสร็จ (100%)".
 * The word must end where a space or punctuation begins, so "ดำเนินการแล้วบางส่วน" (partly done) is
 * not read as "ดำเนินการแล้ว" (done): partlyDone reads it.
 */
const LEADING_WORDS: readonly (readonly [RegExp, StatusBucket])[] = STATUS_KEYS.map(([word, bucket]) => [
  new RegExp(
    `^${[...word].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s*")}(?=$|[\\s(\\[:;,./\\-–—])`,
  ),
  bucket,
]);

function readStatus(text: string): StatusBucket | undefined {
  const key = wordKey(text);
  if (key === "") return undefined;
  const exact = EXACT.get(key);
  if (exact !== undefined) return exact;
  const words = tidy(text).toLowerCase();
  let leading: StatusBucket | undefined;
  for (const [word, bucket] of LEADING_WORDS) {
    if (word.test(words)) {
      leading = bucket;
      break;
    }
  }
  if (leading !== undefined && leading !== "completed") return leading;
  return partlyDone(words, leading);
}

/** Words of partial completion: "แล้วเสร็จบางส่วน", "partially completed", "done in part". */
const PARTLY = /บางส่วน|partial|partly|in part(?![a-z])/;
/** Words about carrying the work out, which a share or a partial word must come with. */
const DOING = /ดำเนินการ|ดำเนินงาน|เสร็จ|complete|done|finish|progress/;
/** A negation: "ยังไม่แล้วเสร็จ ร้อยละ 40" says what is not done, so it is no reading of completion. */
const NEGATION = /ไม่|not(?![a-z])/;
/** A share of the work: "ร้อยละ 40", "40%", "40 %", "40 เปอร์เซ็นต์", "40 percent". */
const SHARE = /ร้อยละ\s*(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*(?:%|％|เปอร์เซ็นต์|เปอร์เซนต์|per\s*cent)/g;
/** A share next to a word about money is a share of the budget, not of the work. */
const MONEY_BEFORE =
  /(?:เบิกจ่าย|เบิก|งบประมาณ|งบ|ใช้จ่าย|budget|disburs\w*|spent|spending)\s*(?:ได้|ไป|แล้ว|ไปแล้ว|ที่)?\s*$/;
const MONEY_AFTER = /^\s*(?:ของ|of)?\s*(?:งบ|เบิก|budget|disburs|spent)/;

/** The shares of the work a status text states, in order ("เบิกจ่ายร้อยละ 85" is not one). */
function workShares(words: string): number[] {
  const shares: number[] = [];
  for (const match of words.matchAll(SHARE)) {
    const after = words.slice(match.index + match[0].length);
    if (MONEY_BEFORE.test(words.slice(0, match.index)) || MONEY_AFTER.test(after)) continue;
    shares.push(Number(match[1] ?? match[2]));
  }
  return shares;
}

/**
 * A completion word with a share below 100 %, or with a word of partial completion, is in progress
 * (spec §2.4): "ดำเนินการแล้ว ร้อยละ 40", "เสร็จ 70%", "แล้วเสร็จบางส่วน", "partially completed". With
 * 100 % it is completed. A share of 0 or above 100, or two shares that differ, is no reading: it is
 * asked about, never guessed. Without a completion word at its start, the text must still speak of
 * the work ("ดำเนินการไปแล้วร้อยละ 60") and not deny it ("ยังไม่แล้วเสร็จ"): "50%" alone is no status.
 */
function partlyDone(words: string, leading: "completed" | undefined): StatusBucket | undefined {
  const partly = PARTLY.test(words);
  const shares = workShares(words);
  if (!partly && shares.length === 0) return leading;
  if (leading === undefined && (!DOING.test(words) || NEGATION.test(words))) return undefined;
  if (shares.some((share) => share !== shares[0])) return undefined;
  const share = shares[0];
  if (share === undefined) return "inProgress";
  if (share > 0 && share < 100) return "inProgress";
  return share === 100 && !partly ? "completed" : undefined;
}

const readStatusOnce = readOnce(readStatus);

const UNMARKED: ReadonlySet<string> = new Set(["", "0", "-", "false"]);
const MARKS: ReadonlySet<string> = new Set(TICK_MARKS.map((mark) => mark.toLowerCase()));

/** A 0 in a cell formatted as a percentage, as hosts hand it ("0%", "0.00%"): no mark, as 0 is none. */
const ZERO_PERCENT = /^0+(?:\.0*)?%$/;

/** Whether a tick-column cell holds a mark (✓, x, 1, …, or any other text). */
export function isMarked(cell: Cell | undefined): boolean {
  if (isBlank(cell) || cell === false) return false;
  const key = wordKey(cellText(cell));
  return MARKS.has(key) || !(UNMARKED.has(key) || ZERO_PERCENT.test(key));
}

export type TickReading =
  | { readonly kind: "status"; readonly bucket: StatusBucket }
  | { readonly kind: "none" }
  | { readonly kind: "conflict"; readonly buckets: readonly StatusBucket[] };

/** The status the tick columns of one row give. */
export function readTicks(row: readonly Cell[], ticks: readonly StatusTick[]): TickReading {
  const marked = ticks.filter((tick) => isMarked(row[tick.index])).map((tick) => tick.bucket);
  const buckets = [...new Set(marked)];
  if (buckets.length === 0) return { kind: "none" };
  if (buckets.length > 1) return { kind: "conflict", buckets };
  return { kind: "status", bucket: buckets[0] };
}
