/** Reading a row's status from its status cell or from tick columns (spec §2.4). */
import { type Cell, cellText, isBlank } from "../cells/grid";
import { readOnce, tidy, wordKey } from "../cells/text";
import { STATUS_WORDS, TICK_MARKS, type StatusBucket } from "../cells/vocabulary";

/** A column headed by a status word, whose marks set the row's status. */
export interface StatusTick {
  readonly bucket: StatusBucket;
  /** Index into a grid row (0-based). */
  readonly index: number;
}

const STATUS_KEYS: readonly (readonly [string, StatusBucket])[] = (
  Object.keys(STATUS_WORDS) as StatusBucket[]
)
  .flatMap((bucket) => STATUS_WORDS[bucket].map((word) => [wordKey(word), bucket] as const))
  // Longest first, so "ยังไม่ได้ดำเนินการ…" is not read as "ไม่ได้ดำเนินการ…".
  .sort((a, b) => b[0].length - a[0].length);

const EXACT: ReadonlyMap<string, StatusBucket> = new Map(STATUS_KEYS);

/** The bucket a header or cell names exactly ("ดำเนินการแล้วเสร็จ" → completed); read once per text. */
export function statusWord(text: string): StatusBucket | undefined {
  return statusWordOnce(text);
}

const statusWordOnce = readOnce((text: string) => EXACT.get(wordKey(text)));

/**
 * The bucket a status text names: exactly, or at its start ("ไม่ได้ดำเนินการ เนื่องจาก…").
 */
export function parseStatus(cell: Cell | undefined): StatusBucket | undefined {
  const reading = typeof cell === "string" ? readStatusOnce(cell) : readStatus(cellText(cell));
  return "bucket" in reading ? reading.bucket : undefined;
}

/**
 * The buckets a status text that is not read could mean, for the question that asks about it:
 * "ดำเนินการแล้ว 6 ใน 5 รุ่น" → completed or in progress. None when it names no status at all.
 */
export function statusReadings(text: string): readonly StatusBucket[] {
  const reading = readStatusOnce(text);
  return "readings" in reading ? reading.readings : [];
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

function readStatus(text: string): StatusReading {
  const key = wordKey(text);
  if (key === "") return UNREAD;
  const exact = EXACT.get(key);
  if (exact !== undefined) return { bucket: exact };
  const words = tidy(text).toLowerCase();
  let leading: StatusBucket | undefined;
  let rest = "";
  for (const [word, bucket] of LEADING_WORDS) {
    const match = word.exec(words);
    if (match) {
      leading = bucket;
      rest = words.slice(match[0].length);
      break;
    }
  }
  if (leading === undefined) return partlyDone(words, leading);
  // Partial completion first ("ยังไม่ครบ" is work remaining); then words that deny the status.
  const read = leading === "completed" ? partlyDone(words, leading) : { bucket: leading };
  if (!("bucket" in read) || read.bucket !== leading) return read;
  const denied = deniedBy(leading, rest);
  return denied === undefined ? read : { readings: [leading, denied] };
}

/** Words after a status that deny it: the work not finished, not carried out, or cancelled. */
const DENIALS: readonly (readonly [RegExp, StatusBucket])[] = [
  [/ยกเลิก|cancel/, "notDone"],
  [/ไม่\s*(?:ได้)?\s*(?:ดำเนินการ|จัด|ทำ)|not\s+(?:been\s+)?(?:carried|held|done)/, "notDone"],
  [/ไม่\s*(?:แล้ว)?\s*(?:เสร็จ|ครบ)|not\s+(?:yet\s+)?(?:complete|finish)/, "inProgress"],
];

/**
 * What the words after a status say instead, when they deny it (spec §2.4): "ดำเนินการแล้ว ไม่เสร็จ",
 * "เสร็จสิ้น (ยกเลิกกลางปี)", "ดำเนินการแล้วเสร็จ/ไม่ได้ดำเนินการ" read two ways, so they are asked about,
 * never the first word in silence. Only a status of work done or being done is denied: a reason after
 * "not carried out" ("ไม่ได้ดำเนินการ เนื่องจากไม่ได้จัดสรรงบ") denies nothing.
 */
function deniedBy(leading: StatusBucket, rest: string): StatusBucket | undefined {
  // A status of work not done keeps its word whatever follows (its reason): the flag rule reads it so too.
  if (rest.trim() === "" || (leading !== "completed" && leading !== "inProgress")) return undefined;
  const key = wordKey(rest);
  for (const [word, bucket] of STATUS_KEYS) {
    if (bucket !== leading && word.length >= 6 && key.includes(word)) return bucket;
  }
  for (const [denial, bucket] of DENIALS) {
    const match = denial.exec(rest);
    // "ยังไม่…" is work remaining, read as partial completion (partlyDone), not a denial.
    if (match && bucket !== leading && !/ยัง\s*$/.test(rest.slice(0, match.index))) return bucket;
  }
  return undefined;
}

/** How a status text was read: its bucket, or the buckets it could mean when it is asked about. */
type StatusReading = { readonly bucket: StatusBucket } | { readonly readings: readonly StatusBucket[] };
/** No status at all ("พอใช้", "50%"): nothing to name but the words we know. */
const UNREAD: StatusReading = { readings: [] };

/** Words of partial completion: "แล้วเสร็จบางส่วน", "partially completed", "done in part". */
const PARTLY = /บางส่วน|partial|partly|in part(?![a-z])/g;
/** Words about carrying the work out, which a share or a partial word must come with. */
const DOING = /ดำเนินการ|ดำเนินงาน|เสร็จ|complete|done|finish|progress/;
/** A negation: "ยังไม่แล้วเสร็จ ร้อยละ 40" says what is not done, so it is no reading of completion. */
const NEGATION = /ไม่|not(?![a-z])/;
/** A share of the work: "ร้อยละ 40", "40%", "40 %", "40 เปอร์เซ็นต์", "40 percent". */
const SHARE = /ร้อยละ\s*(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*(?:%|％|เปอร์เซ็นต์|เปอร์เซนต์|per\s*cent)/g;
/** Units the work is counted in: "3 ใน 5 รุ่น", "2/4 ครั้ง", "ยังเหลืออีก 2 กิจกรรม", "3 of 5 sessions". */
const WORK_UNITS =
  "กิจกรรม|ครั้ง|รุ่น|โครงการ|รายการ|งาน|แห่ง|หมู่บ้าน|หมู่|ชุมชน|ตำบล|ครัวเรือน|หน่วยงาน|เรื่อง|ขั้นตอน|งวด|ด้าน|หลักสูตร|" +
  "activities|activity|times|sessions?|batch(?:es)?|rounds?|events?|projects?|items?|steps?|phases?|stages?|courses?|" +
  "installments?|instalments?";
const COUNT = String.raw`\d+(?:,\d{3})*`;
/**
 * A fraction of the work: "3 ใน 5", "2/4 ครั้ง", "3 รุ่น จาก 5 รุ่น", "2 of 4", "2 out of 4". The second
 * number ends the text or a clause, or a unit of work follows it: "2 ครั้ง ใน 3 เดือน" (twice in three
 * months) and dates ("1/10/2566") are none.
 */
const FRACTION = new RegExp(
  String.raw`(?<![\d.,/]|ร้อยละ\s*)(${COUNT})\s*(?:(?:${WORK_UNITS})\s*)?(ใน|จาก|/|out\s+of|of)\s*(?:ทั้งหมด\s*)?(${COUNT})` +
    String.raw`(?=\s*(?:$|[)\],;:(]|\.(?!\d)|${WORK_UNITS}|ทั้งหมด))`,
  "g",
);
/** "ครั้งที่ 1/2567": a number and a year, not a fraction. */
const YEAR = (n: number): boolean => n >= 1900 && n <= 2700;
/** Words saying part of the work remains: "ยังเหลืออีก 2 กิจกรรม", "คงเหลือ 1 รุ่น", "ยังไม่ครบ", "2 remaining". */
const REMAINDER = new RegExp(
  String.raw`ยังเหลือ|เหลืออีก|คงเหลือ(?=\s*(?:อีก\s*)?${COUNT}\s*(?:${WORK_UNITS}))|ยังไม่ครบ|ยังไม่แล้วเสร็จ|ยังไม่เสร็จ|` +
    String.raw`remain(?:s|ing)?(?![a-z])|left to do|still to do`,
  "g",
);
/** "ดำเนินการแล้ว 0.6": a share written as a fraction of one, or a count; never guessed. */
const DECIMAL = /(?<![\d.,/]|ร้อยละ\s*)0?\.\d+(?=\s*(?:$|[)\]]))/g;
/** A share next to a word about money is a share of the budget, not of the work. */
const MONEY_BEFORE =
  /(?:เบิกจ่าย|เบิก|งบประมาณ|งบ|ใช้จ่าย|budget|disburs\w*|spent|spending)\s*(?:ได้|ไป|แล้ว|ไปแล้ว|ที่)?\s*$/;
const MONEY_AFTER =
  /^\s*(?:อีก)?\s*(?:ของ|of)?\s*(?:งบ|เงิน|เบิก|budget|fund|disburs|spent|[\d,]+(?:\.\d+)?\s*(?:บาท|baht))/;
/** Words for people reached (participants, target group, satisfaction): a share of them is not of the work. */
const PEOPLE_TH = "ผู้เข้าร่วม|ผู้ร่วม|ผู้เข้ารับ|ผู้ตอบ|กลุ่มเป้าหมาย|ความพึงพอใจ";
const PEOPLE_EN = String.raw`participa\w*|attend\w*|satisf\w*|respondents?|target\s+(?:group|participants|audience)`;
/** The words that may stand between such a word and its share: "ผู้เข้าร่วมคิดเป็นร้อยละ 80". */
const LINK = String.raw`(?:(?:คิดเป็น|ได้|มี|จำนวน|ประมาณ|อยู่ที่|rate|of|at|was|were|is|reached)\s*)*`;
const PEOPLE_BEFORE = new RegExp(String.raw`(?:${PEOPLE_TH}|${PEOPLE_EN})\S*\s*${LINK}$`);
const PEOPLE_AFTER = new RegExp(
  String.raw`^\s*(?:(?:ของ|ใน|of|in)\s*(?:the\s+)?(?:${PEOPLE_TH}|${PEOPLE_EN})|(?:${PEOPLE_EN}))`,
);
/** A share of a target ("ร้อยละ 80 ของเป้าหมาย") may be of the work's target or of people's: asked. */
const TARGET_BEFORE = new RegExp(String.raw`(?:เป้าหมาย|target)\S*\s*${LINK}$`);
const TARGET_AFTER = /^\s*(?:ของ|of)\s*(?:the\s+)?(?:เป้าหมาย|target)/;

/** What a share, fraction or word stands for, by the words around it. */
function subject(words: string, match: RegExpMatchArray): "work" | "other" | "target" {
  const before = words.slice(0, match.index);
  const after = words.slice((match.index ?? 0) + match[0].length);
  if (MONEY_BEFORE.test(before) || MONEY_AFTER.test(after)) return "other";
  if (PEOPLE_BEFORE.test(before) || PEOPLE_AFTER.test(after)) return "other";
  return TARGET_BEFORE.test(before) || TARGET_AFTER.test(after) ? "target" : "work";
}

/**
 * What a status text says of the work beside its words: the shares of it done (a fraction "3 ใน 5" is
 * 60 %), whether it says part is done or remains, and whether something in it has two readings.
 * Shares, fractions and words about money or people ("เบิกจ่ายร้อยละ 85", "ผู้เข้าร่วมร้อยละ 80") are
 * not about the work and are left out.
 */
function workEvidence(words: string): { shares: number[]; partly: boolean; doubt: boolean } {
  const shares: number[] = [];
  let partly = false;
  let doubt = false;
  const about = (match: RegExpMatchArray): boolean => {
    const of = subject(words, match);
    if (of === "target") doubt = true;
    return of === "work";
  };
  for (const match of words.matchAll(SHARE)) if (about(match)) shares.push(Number(match[1] ?? match[2]));
  for (const match of words.matchAll(FRACTION)) {
    const [done, all] = [match[1], match[3]].map((n) => Number(n.replace(/,/g, "")));
    if (match[2] === "/" && YEAR(all)) continue;
    if (about(match)) shares.push(all === 0 ? Number.NaN : (done * 100) / all);
  }
  for (const pattern of [PARTLY, REMAINDER])
    for (const match of words.matchAll(pattern)) if (about(match)) partly = true;
  for (const match of words.matchAll(DECIMAL)) if (about(match)) doubt = true;
  return { shares, partly, doubt };
}

/**
 * A completion word with evidence that only part of the work is done is in progress (spec §2.4): a
 * share below 100 % ("ดำเนินการแล้ว ร้อยละ 40", "เสร็จ 70%"), a fraction below one ("ดำเนินการแล้ว 3 ใน 5
 * รุ่น", "2/4 ครั้ง", "๓ จาก ๕"), a word of partial completion ("แล้วเสร็จบางส่วน", "partially completed")
 * or of work remaining ("ยังเหลืออีก 2 กิจกรรม", "ยังไม่ครบ"). With 100 % or "5 ใน 5" it is completed. A
 * share of 0 or above 100, a fraction above one, evidence that disagrees with itself, a share of a
 * target, or a bare decimal ("ดำเนินการแล้ว 0.6") is no reading: it is asked about, naming the
 * readings, never guessed. Without a completion word at its start, the text must still speak of the
 * work ("ดำเนินการไปแล้วร้อยละ 60") and not deny it ("ยังไม่แล้วเสร็จ"): "50%" alone is no status.
 */
function partlyDone(words: string, leading: "completed" | undefined): StatusReading {
  const { shares, partly, doubt } = workEvidence(words);
  if (!partly && !doubt && shares.length === 0) return leading === undefined ? UNREAD : { bucket: leading };
  if (leading === undefined && (!DOING.test(words) || NEGATION.test(words))) return UNREAD;
  const share = shares[0];
  if (!doubt && shares.every((other) => other === share)) {
    if (share === undefined || (share > 0 && share < 100)) return { bucket: "inProgress" };
    if (share === 100 && !partly) return { bucket: "completed" };
  }
  return { readings: ["completed", share === 0 ? "notStarted" : "inProgress"] };
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
