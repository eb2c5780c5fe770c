import fc from "fast-check";
import type { Cell } from "../../src/core";
import type { StatusBucket } from "../../src/core/cells/vocabulary";
import { describeIssue } from "../../src/core/words/messages";
import { isMarked, parseStatus, statusReadings } from "../../src/core/rows/status";
import { DIM_HEAD, DONE, IN_PROGRESS, NOT_DONE, NOT_STARTED, analyze, codes, project } from "./helpers";

const SPEC_STATUS: Readonly<Record<StatusBucket, readonly string[]>> = {
  completed: ["ดำเนินการแล้วเสร็จ", "แล้วเสร็จ", "ดำเนินการแล้ว", "เสร็จสิ้น", "Completed", "Done"],
  inProgress: ["อยู่ระหว่างดำเนินการ", "ระหว่างดำเนินการ", "กำลังดำเนินการ", "In progress"],
  notStarted: ["ยังไม่ได้ดำเนินการ", "ยังไม่ดำเนินการ", "Not started"],
  notDone: ["ไม่ได้ดำเนินการ", "ไม่สามารถดำเนินการได้", "ยกเลิก", "Not done", "Not carried out", "Cancelled"],
};
const ALL = (Object.keys(SPEC_STATUS) as StatusBucket[]).flatMap((bucket) =>
  SPEC_STATUS[bucket].map((word) => [word, bucket] as const),
);

describe("status words (spec §2.4)", () => {
  it.each(ALL)("reads %p as %s, also with spaces around it", (word, bucket) => {
    expect(parseStatus(word)).toBe(bucket);
    expect(parseStatus(`  ${word}\n`)).toBe(bucket);
  });

  it.each(ALL.filter(([word]) => /[a-z]/i.test(word)))("reads English %p in any case", (word, bucket) => {
    expect(parseStatus(word.toUpperCase())).toBe(bucket);
    expect(parseStatus(word.toLowerCase())).toBe(bucket);
  });

  it("reads a status followed by an explanation by its leading words", () => {
    expect(parseStatus("ไม่ได้ดำเนินการ เนื่องจากไม่มีงบประมาณ")).toBe("notDone");
    expect(parseStatus("ยังไม่ได้ดำเนินการ (รอจัดซื้อ)")).toBe("notStarted");
  });

  it.each<Cell>([null, "", "ดี", "50%", 1, { error: "#N/A" }])("does not read %p as a status", (cell) => {
    expect(parseStatus(cell)).toBeUndefined();
  });
});

describe("status in a plan", () => {
  it("counts not-started as not carried out in round 12, and on its own in round 6", () => {
    const rows = [DIM_HEAD, project(1, "ก", 100, 0, NOT_STARTED, "รองบ")];
    const year = analyze(rows, { round: 12 }).summary.total;
    const half = analyze(rows, { round: 6 }).summary.total;
    expect([year.notStarted, year.notDone]).toEqual([0, 1]);
    expect([half.notStarted, half.notDone]).toEqual([1, 0]);
  });

  it("flags an unknown or blank status as an error naming the cell", () => {
    const report = analyze([DIM_HEAD, project(1, "ก", 100, 100, "พอใช้"), project(1, "ข", 100, 100, null)]);
    expect(report.issues.map((i) => [i.severity, i.code, i.row, i.column, i.field, i.text])).toEqual([
      ["error", "unknown-status", 2, 5, "status", "พอใช้"],
      ["error", "unknown-status", 3, 5, "status", ""],
    ]);
    expect(report.summary.total.projects).toBe(2);
    expect(report.summary.total.completed).toBe(0);
  });
});

describe("tick columns (spec §2.4)", () => {
  const TICK_HEAD: Cell[] = ["มิติ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", DONE, IN_PROGRESS, NOT_DONE, "หมายเหตุ"];
  const ticked = (marks: [Cell, Cell, Cell]): Cell[] => [1, "ก", 100, 100, ...marks, "เหตุผล"];

  it.each<Cell>(["✓", "✔", "/", "x", "X", "1", 1, "ü", "þ", "ทำแล้ว", true, "100%"])(
    "takes the mark %p as setting the status",
    (mark) => {
      expect(isMarked(mark)).toBe(true);
      const report = analyze([TICK_HEAD, ticked([null, null, mark])], { round: 6 });
      expect(report.rows[0].status).toBe("notDone");
    },
  );

  it.each<Cell>([null, "", " ", 0, "0", "-", false, "0%", "0.00%"])("takes %p as no mark", (cell) => {
    expect(isMarked(cell)).toBe(false);
  });

  it("flags marks in two status columns as conflicting", () => {
    const report = analyze([TICK_HEAD, ticked(["✓", null, "✓"])]);
    expect(codes(report)).toEqual(["conflicting-status@2"]);
    expect(report.issues[0]).toMatchObject({ severity: "error", field: "status" });
    expect(report.rows[0].status).toBeNull();
  });

  it("flags a row with no mark at all as having no status", () => {
    const report = analyze([TICK_HEAD, ticked([null, null, null])]);
    expect(codes(report)).toEqual(["unknown-status@2"]);
  });

  it("uses the status column, when there is one, over tick columns", () => {
    const report = analyze(
      [
        [...TICK_HEAD, "สถานะ"],
        [...ticked(["✓", null, "✓"]), IN_PROGRESS],
      ],
      { round: 6 },
    );
    expect(report.rows[0].status).toBe("inProgress");
    expect(report.issues).toEqual([]);
  });
});

describe("a status word with an explanation after it", () => {
  it("reads the word when a space or punctuation follows it", () => {
    expect(parseStatus("ไม่ได้ดำเนินการ(งบประมาณไม่เพียงพอ)")).toBe("notDone");
    expect(parseStatus("ดำเนินการแล้วเสร็จ 100%")).toBe("completed");
    expect(parseStatus("Completed.")).toBe("completed");
    expect(parseStatus("In progress - 60%")).toBe("inProgress");
  });

  it("does not read a longer, different word as the status it begins with", () => {
    expect(parseStatus("ดำเนินการแล้วบางส่วน")).not.toBe("completed");
    expect(parseStatus("เสร็จบางส่วน")).not.toBe("completed");
    expect(parseStatus("ดำเนินการแล้วเสร็จสมบูรณ์ดี")).toBeUndefined();
  });
});

describe("partial completion is in progress (spec §2.4)", () => {
  it.each([
    "ดำเนินการแล้ว ร้อยละ 40",
    "ดำเนินการแล้ว 40%",
    "ดำเนินการแล้ว ๔๐ %",
    "แล้วเสร็จบางส่วน",
    "ดำเนินการแล้วบางส่วน",
    "ดำเนินการแล้วเสร็จบางส่วน",
    "ดำเนินการบางส่วน",
    "เสร็จ 70%",
    "เสร็จ ๗๐%",
    "ดำเนินการไปแล้วร้อยละ 60",
    "ดำเนินการไปแล้วร้อยละ ๖๐",
    "ดำเนินการแล้ว 99.5 เปอร์เซ็นต์",
    "completed 50%",
    "Completed (50 percent)",
    "partially completed",
    "Partly done",
    "done in part",
    "ดำเนินการแล้วเสร็จ ร้อยละ 80 (เบิกจ่ายร้อยละ 100)",
  ])("reads %p as in progress", (text) => {
    expect(parseStatus(text)).toBe("inProgress");
  });

  it.each([
    "เสร็จ 100%",
    "ดำเนินการแล้ว ร้อยละ 100",
    "ดำเนินการแล้ว ร้อยละ ๑๐๐",
    "ดำเนินการแล้วเสร็จ (100%)",
    "ดำเนินการไปแล้วร้อยละ 100",
    "completed 100%",
    "ดำเนินการแล้วเสร็จ (เบิกจ่ายร้อยละ 85)",
    "ดำเนินการแล้วเสร็จ เบิกจ่ายได้ 60%",
    "ดำเนินการแล้วเสร็จ 85% ของงบประมาณ",
  ])("reads %p as completed: 100 %, or a share of the budget rather than of the work", (text) => {
    expect(parseStatus(text)).toBe("completed");
  });

  it.each([
    "50%",
    "ร้อยละ 60",
    "ดำเนินการแล้ว 0%",
    "ดำเนินการแล้ว 120%",
    "เสร็จ 100% บางส่วน",
    "ดำเนินการแล้ว 40% และ 60%",
    "ยังไม่แล้วเสร็จ ร้อยละ 40",
    "not completed 40%",
  ])("asks about %p (unknown-status) rather than guess", (text) => {
    expect(parseStatus(text)).toBeUndefined();
  });

  it("keeps the word of a status that is not completion, whatever share follows it", () => {
    expect(parseStatus("อยู่ระหว่างดำเนินการ ร้อยละ 60")).toBe("inProgress");
    expect(parseStatus("ยังไม่ได้ดำเนินการ (0%)")).toBe("notStarted");
    expect(parseStatus("ไม่ได้ดำเนินการ 0%")).toBe("notDone");
  });

  it("reads any completion word with any share below 100 as in progress, and 100 as completed", () => {
    const completion = fc.constantFrom(...SPEC_STATUS.completed, "ดำเนินการไปแล้ว", "ดำเนินการเสร็จแล้ว");
    const share = fc.integer({ min: 1, max: 10_000 }).map((n) => n / 100);
    const form = fc.constantFrom(
      (n: string) => ` ร้อยละ ${n}`,
      (n: string) => ` ${n}%`,
      (n: string) => `${n} %`,
      (n: string) => ` (${n} เปอร์เซ็นต์)`,
    );
    fc.assert(
      fc.property(completion, share, form, fc.boolean(), (word, value, shown, thai) => {
        const digits = thai
          ? String(value).replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)))
          : String(value);
        expect(parseStatus(`${word}${shown(digits)}`)).toBe(value < 100 ? "inProgress" : "completed");
      }),
    );
  });

  it("counts a partly done row in progress in the table, and warns at year end", () => {
    const report = analyze([DIM_HEAD, project(1, "ก", 100, 40, "ดำเนินการแล้ว ร้อยละ 40")], { round: 12 });
    expect(report.rows[0].status).toBe("inProgress");
    expect(report.summary.total).toMatchObject({ completed: 0, inProgress: 1 });
    expect(codes(report)).toEqual(["in-progress-at-year-end@2"]);
  });
});

describe("partial completion by counts and remainders (spec §2.4)", () => {
  it.each([
    "ดำเนินการแล้ว 3 ใน 5 รุ่น",
    "ดำเนินการแล้ว ๓ ใน ๕ รุ่น",
    "ดำเนินการแล้ว 2/4 ครั้ง",
    "ดำเนินการแล้ว ๒/๔ ครั้ง",
    "ดำเนินการแล้ว ๓ จาก ๕",
    "ดำเนินการแล้ว 3 รุ่น จาก 5 รุ่น",
    "แล้วเสร็จ 1,200 จาก 1,500 ครัวเรือน",
    "ดำเนินการแล้วเสร็จ ครั้งที่ 2 จาก 4 ครั้ง",
    "ดำเนินการไปแล้ว 3 ใน 5 กิจกรรม",
    "completed 2 of 4 sessions",
    "Done 2 out of 4",
    "ดำเนินการแล้ว 2 ใน 4 ครั้ง (ร้อยละ 50)",
  ])("reads the fraction of the work in %p as in progress", (text) => {
    expect(parseStatus(text)).toBe("inProgress");
  });

  it.each([
    "ดำเนินการแล้ว 5 ใน 5 รุ่น",
    "ดำเนินการแล้ว ๕ ใน ๕ รุ่น",
    "ดำเนินการแล้ว 4/4 ครั้ง",
    "completed 3 of 3",
    "ดำเนินการแล้วเสร็จ 2 ครั้ง ใน 3 เดือน",
    "ดำเนินการแล้วเสร็จ เมื่อ 1/10/2566",
    "ดำเนินการแล้วเสร็จ ประชุมครั้งที่ 1/2567",
    "ดำเนินการแล้วเสร็จ ผู้เข้าร่วม 40 จาก 50 คน",
  ])("reads %p as completed: all of the work, or numbers that are no fraction of it", (text) => {
    expect(parseStatus(text)).toBe("completed");
  });

  it.each([
    "ดำเนินการแล้ว ยังเหลืออีก 2 กิจกรรม",
    "ดำเนินการแล้ว เหลืออีก ๒ ครั้ง",
    "ดำเนินการแล้ว คงเหลือ 1 รุ่น",
    "ดำเนินการแล้ว คงเหลืออีก 3 โครงการ",
    "ดำเนินการแล้ว ยังไม่ครบ",
    "ดำเนินการแล้วเสร็จ (ยังไม่ครบตามเป้าหมาย)",
    "ดำเนินการแล้ว ยังไม่แล้วเสร็จ",
    "Done, 2 sessions remaining",
  ])("reads the remainder in %p as in progress", (text) => {
    expect(parseStatus(text)).toBe("inProgress");
  });

  it.each([
    "ดำเนินการแล้วเสร็จ ยังเหลืองบประมาณ 5,000 บาท",
    "ดำเนินการแล้วเสร็จ เหลืออีก 2,000 บาท",
    "ดำเนินการแล้วเสร็จ คงเหลือ 3,000 บาท",
    "ดำเนินการแล้วเสร็จ เบิกจ่ายยังไม่ครบ",
    "ดำเนินการแล้วเสร็จ เบิกจ่ายบางส่วน",
    "Completed, budget remaining",
    "ดำเนินการแล้วเสร็จ ยังไม่ได้เบิกจ่าย",
  ])("reads %p as completed: what remains is money, not work", (text) => {
    expect(parseStatus(text)).toBe("completed");
  });

  it.each([
    "ดำเนินการแล้วเสร็จ ผู้เข้าร่วมคิดเป็นร้อยละ 80 ของเป้าหมาย",
    "ดำเนินการแล้วเสร็จ ผู้เข้าร่วมอบรมร้อยละ ๘๐",
    "ดำเนินการแล้ว ร้อยละ 80 ของกลุ่มเป้าหมาย",
    "ดำเนินการแล้วเสร็จ ความพึงพอใจร้อยละ 85",
    "ดำเนินการแล้วเสร็จ ผู้เข้าร่วมยังไม่ครบ",
    "Completed, 80% of participants attended",
    "Completed (satisfaction 90%)",
    "Completed, 75% satisfaction",
  ])("reads %p as completed: the share is of people reached, not of the work", (text) => {
    expect(parseStatus(text)).toBe("completed");
  });

  it.each([
    ["ดำเนินการแล้ว 6 ใน 5 รุ่น", "inProgress"],
    ["ดำเนินการแล้ว 2/0 ครั้ง", "inProgress"],
    ["ดำเนินการแล้ว 0 ใน 5 รุ่น", "notStarted"],
    ["ดำเนินการแล้ว 5 ใน 5 รุ่น ยังเหลืออีก 1 รุ่น", "inProgress"],
    ["ดำเนินการแล้ว 3 ใน 5 รุ่น (ร้อยละ 80)", "inProgress"],
    ["ดำเนินการแล้ว ร้อยละ 80 ของเป้าหมาย", "inProgress"],
    ["completed 80% of target", "inProgress"],
    ["ดำเนินการแล้ว 0.6", "inProgress"],
    ["เสร็จ 100% บางส่วน", "inProgress"],
  ] as const)("asks about %p, naming completed and %s as its readings", (text, other) => {
    expect(parseStatus(text)).toBeUndefined();
    expect(statusReadings(text)).toEqual(["completed", other]);
  });

  it("names no readings for a text that is no status at all", () => {
    expect(statusReadings("พอใช้")).toEqual([]);
    expect(statusReadings("50%")).toEqual([]);
    expect(statusReadings("ดำเนินการแล้ว 3 ใน 5 รุ่น")).toEqual([]);
  });

  it('reads "ดำเนินการแล้ว {a} ใน {b} {unit}" as in progress when a < b, completed when a = b', () => {
    const unit = fc.constantFrom("รุ่น", "ครั้ง", "กิจกรรม", "โครงการ", "หมู่บ้าน", "");
    const counts = fc
      .tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 999 }))
      .map(([x, y]) => [Math.min(x, y), Math.max(x, y)] as const);
    const thai = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
    fc.assert(
      fc.property(counts, unit, fc.constantFrom("ใน", "จาก", "/"), fc.boolean(), ([a, b], u, of, th) => {
        const [x, y] = th ? [thai(a), thai(b)] : [String(a), String(b)];
        const text = `ดำเนินการแล้ว ${x} ${of} ${y} ${u}`;
        expect(parseStatus(text)).toBe(a < b ? "inProgress" : "completed");
      }),
    );
  });

  it("counts the probe's rows as they read: counts and remainders in progress, people's share completed", () => {
    const report = analyze(
      [
        DIM_HEAD,
        project(1, "ก", 10000, 6000, "ดำเนินการแล้ว 3 ใน 5 รุ่น"),
        project(1, "ข", 4000, 2000, "ดำเนินการแล้ว 2/4 ครั้ง"),
        project(1, "ค", 5000, 3000, "ดำเนินการแล้ว ยังเหลืออีก 2 กิจกรรม"),
        project(1, "ง", 5000, 5000, "ดำเนินการแล้วเสร็จ ผู้เข้าร่วมคิดเป็นร้อยละ 80 ของเป้าหมาย"),
      ],
      { round: 6 },
    );
    expect(report.summary.total).toMatchObject({ projects: 4, completed: 1, inProgress: 3 });
    expect(report.issues).toEqual([]);
  });

  it("asks about an unclear status with an error naming the cell and both readings", () => {
    const report = analyze([DIM_HEAD, project(1, "ก", 100, 100, "ดำเนินการแล้ว 6 ใน 5 รุ่น")]);
    expect(report.issues.map((i) => [i.severity, i.code, i.row, i.column, i.text])).toEqual([
      ["error", "unknown-status", 2, 5, "ดำเนินการแล้ว 6 ใน 5 รุ่น"],
    ]);
    expect(describeIssue(report.issues[0], "th")).toBe(
      'สถานะ "ดำเนินการแล้ว 6 ใน 5 รุ่น" อ่านได้สองแบบ: ดำเนินการแล้วเสร็จ หรือ อยู่ระหว่างดำเนินการ: ระบุสถานะเดียวให้ชัดเจน (ยังไม่นับในสถานะใด)',
    );
    expect(describeIssue(report.issues[0], "en")).toBe(
      'The status "ดำเนินการแล้ว 6 ใน 5 รุ่น" reads two ways, completed or in progress: state one status plainly (not counted in any status yet).',
    );
  });
});

describe("a status the words after it deny is asked about (spec §2.4)", () => {
  it.each<[string, readonly string[]]>([
    ["ดำเนินการแล้ว ไม่เสร็จ", ["completed", "inProgress"]],
    ["ดำเนินการแล้ว (ไม่ครบตามแผน)", ["completed", "inProgress"]],
    ["ดำเนินการแล้วเสร็จ/ไม่ได้ดำเนินการ", ["completed", "notDone"]],
    ["เสร็จสิ้น (ยกเลิกกลางปี)", ["completed", "notDone"]],
    ["ดำเนินการแล้วเสร็จ\nไม่ได้ดำเนินการ", ["completed", "notDone"]],
    ["แล้วเสร็จ - ไม่ได้จัดกิจกรรมเนื่องจากไม่มีผู้เข้าร่วม", ["completed", "notDone"]],
    ["อยู่ระหว่างดำเนินการ (ยกเลิก)", ["inProgress", "notDone"]],
    ["Completed, not carried out", ["completed", "notDone"]],
  ])("%p reads as %p: no bucket until the user says", (text, readings) => {
    expect(parseStatus(text)).toBeUndefined();
    expect(statusReadings(text)).toEqual(readings);
  });

  it.each<[string, string]>([
    ["ไม่ได้ดำเนินการ เนื่องจากไม่ได้จัดสรรงบประมาณ", "notDone"],
    ["ดำเนินการแล้วเสร็จ (ไม่ใช้งบประมาณ)", "completed"],
    ["ดำเนินการแล้วเสร็จ ไม่มีค่าใช้จ่าย", "completed"],
    ["ดำเนินการแล้ว ยังไม่ครบ", "inProgress"],
  ])("%p denies nothing: %p", (text, bucket) => {
    expect(parseStatus(text)).toBe(bucket);
  });
});
