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
 * not read as "ดำเนินการแล้ว" (done).
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
  for (const [word, bucket] of LEADING_WORDS) {
    if (word.test(words)) return bucket;
  }
  return undefined;
}

const readStatusOnce = readOnce(readStatus);

const UNMARKED: ReadonlySet<string> = new Set(["", "0", "-", "false"]);
const MARKS: ReadonlySet<string> = new Set(TICK_MARKS.map((mark) => mark.toLowerCase()));

/** Whether a tick-column cell holds a mark (✓, x, 1, …, or any other text). */
export function isMarked(cell: Cell | undefined): boolean {
  if (isBlank(cell) || cell === false) return false;
  const key = wordKey(cellText(cell));
  return MARKS.has(key) || !UNMARKED.has(key);
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
