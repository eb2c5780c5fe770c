import type { Cell, StatusBucket } from "../../src/core";
import { isMarked, parseStatus } from "../../src/core/status";
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

  it.each<Cell>(["✓", "✔", "/", "x", "X", "1", 1, "ü", "þ", "ทำแล้ว", true])(
    "takes the mark %p as setting the status",
    (mark) => {
      expect(isMarked(mark)).toBe(true);
      const report = analyze([TICK_HEAD, ticked([null, null, mark])], { round: 6 });
      expect(report.rows[0].status).toBe("notDone");
    },
  );

  it.each<Cell>([null, "", " ", 0, "0", "-", false])("takes %p as no mark", (cell) => {
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
    expect(parseStatus("ดำเนินการแล้วบางส่วน")).toBeUndefined();
    expect(parseStatus("เสร็จบางส่วน")).toBeUndefined();
  });
});
