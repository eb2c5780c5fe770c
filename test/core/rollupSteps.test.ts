/**
 * The roll-up's decisions in core (src/core/summary/rollupSteps.ts, holdsSummarySheet): one rule for
 * the command line's files and the pane's sheets.
 */
import {
  type Cell,
  type PlanOptions,
  type SheetHead,
  SUMMARY_WORDS,
  decideRollup,
  firstMixed,
  holdsSummarySheet,
  officeSummary,
  placesRead,
  rollUpOnce,
  rollupCandidates,
  rollupPlaceName,
} from "../../src/core";
import { DIM_HEAD, DONE, NOT_DONE, analyze, project } from "./helpers";

const OFFICE = { organisation: "องค์การบริหารส่วนตำบลก", fiscalYear: 2566 };

/** A plan of one project: its dimension, planned and disbursed amounts and status. */
const report = (
  [dimension, planned, spent, status]: [number, number, number, string],
  options: PlanOptions = {},
) => analyze([DIM_HEAD, project(dimension, "โครงการ", planned, spent, status, "เหตุ")], options);

describe("the places of one workbook a roll-up reads", () => {
  it("reads the tables, then only the sheets that hold none, in the order given", () => {
    const places = [
      { sheet: "แผน", table: "ตาราง1" },
      { sheet: "แผน" },
      { sheet: "กอง" },
      { sheet: "สรุป", table: "ตาราง2" },
      { sheet: "สรุป" },
    ];
    expect(rollupCandidates(places)).toEqual([
      { sheet: "แผน", table: "ตาราง1" },
      { sheet: "กอง" },
      { sheet: "สรุป", table: "ตาราง2" },
    ]);
  });

  it("names a place by its table and sheet, or its sheet", () => {
    expect(rollupPlaceName({ sheet: "แผน", table: "ตาราง1" })).toBe("ตาราง1 (แผน)");
    expect(rollupPlaceName({ sheet: "แผน" })).toBe("แผน");
  });

  it("takes each plan as an office named by its place and leaves out a place without one, with the reason", () => {
    const plan = report([1, 100, 100, DONE], OFFICE);
    const { offices, unreadable } = placesRead(
      [{ name: "แผน", report: plan }, { name: "หมายเหตุ" }],
      "ไม่พบแผน",
    );
    expect(offices).toEqual([officeSummary("แผน", plan)]);
    expect(unreadable).toEqual([{ file: "หมายเหตุ", reason: "ไม่พบแผน" }]);
  });
});

describe("deciding a roll-up", () => {
  const a = officeSummary("a.xlsx", report([1, 100, 100, DONE], OFFICE));
  const copy = officeSummary("b.xlsx", report([1, 100, 100, DONE], OFFICE));
  const edited = officeSummary("c.xlsx", report([1, 100, 0, NOT_DONE], OFFICE));

  it("adds nothing up when the offices' rounds or years differ", () => {
    const other = officeSummary("d.xlsx", report([1, 1, 1, DONE], { ...OFFICE, fiscalYear: 2567 }));
    const decision = decideRollup([a, other], [], { lang: "en", askWhichPlan: true });
    expect(decision.kind).toBe("mixed");
    expect(decision.kind === "mixed" && decision.mixed).toEqual(firstMixed([a, other]));
    expect(firstMixed([a, other])?.fact).toBe("fiscalYear");
    expect(firstMixed([a, copy])).toBeUndefined();
  });

  it("adds the same plan once and lists the other with its reason beside the files not read", () => {
    const decision = decideRollup([a, copy], [{ file: "z.csv", reason: "unreadable" }], {
      lang: "en",
      askWhichPlan: true,
    });
    if (decision.kind !== "rollup") throw new Error("expected a roll-up");
    expect(decision.rollup.offices.map((o) => o.file)).toEqual(["a.xlsx"]);
    expect(decision.same.duplicates).toEqual([{ file: "b.xlsx", sameAs: "a.xlsx" }]);
    expect(decision.rollup.unreadable.map((u) => u.file)).toEqual(["b.xlsx", "z.csv"]);
    expect(decision.rollup.summary.total.plannedBudget).toBe(10000);
  });

  it("asks which of two different plans of one office and year only when told to", () => {
    const asked = rollUpOnce([a, edited], [], { lang: "th", askWhichPlan: true });
    expect(asked.rollup.offices).toEqual([]);
    expect(asked.same.questions.map((q) => q.file)).toEqual(["a.xlsx", "c.xlsx"]);
    const both = rollUpOnce([a, edited], [], { lang: "th", askWhichPlan: false });
    expect(both.rollup.offices.map((o) => o.file)).toEqual(["a.xlsx", "c.xlsx"]);
  });

  it("takes the round asked for over the offices' own", () => {
    expect(rollUpOnce([a], [], { lang: "th", askWhichPlan: false, round: 6 }).rollup.round).toBe(6);
    expect(rollUpOnce([a], [], { lang: "th", askWhichPlan: false }).rollup.round).toBe(12);
  });
});

describe("a workbook holding the summary sheet beside its plan", () => {
  const words = SUMMARY_WORDS.th;
  const summary: Cell[][] = [
    [words.title, null],
    [words.dimension, words.projects],
  ];
  const sheet = (name: string, rows: Cell[][]): SheetHead & { reads: number } => {
    const head = { name, reads: 0, firstRows: () => (head.reads++, rows) };
    return head;
  };

  it("is told by a sheet other than the plan's that is the product's summary sheet", () => {
    expect(holdsSummarySheet([sheet("แผน", []), sheet("สรุป", summary)], "แผน")).toBe(true);
    expect(holdsSummarySheet([sheet("สรุป", summary)], "สรุป")).toBe(false);
    expect(holdsSummarySheet([sheet("แผน", []), sheet("อื่น", [["x"]])], "แผน")).toBe(false);
  });

  it("reads sheets only until one is found, and never the plan's own", () => {
    const plan = sheet("แผน", summary);
    const first = sheet("สรุป", summary);
    const later = sheet("อื่น", []);
    expect(holdsSummarySheet([plan, first, later], "แผน")).toBe(true);
    expect([plan.reads, first.reads, later.reads]).toEqual([0, 1, 0]);
  });
});
