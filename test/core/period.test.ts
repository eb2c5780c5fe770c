import fc from "fast-check";
import { analyzePlan, describeIssue, roundPeriod, type Cell } from "../../src/core";
import { fiscalYearOf, readTitle, thaiDate } from "../../src/core/rows/period";
import { HEAD, grid } from "./helpers";

describe("fiscal years and rounds", () => {
  it("names the months a round covers, B.E. in Thai and C.E. in English", () => {
    expect(roundPeriod(2566, 12, "th")).toBe("ตุลาคม 2565 - กันยายน 2566");
    expect(roundPeriod(2566, 6, "th")).toBe("ตุลาคม 2565 - มีนาคม 2566");
    expect(roundPeriod(2566, 12, "en")).toBe("October 2022 – September 2023");
    expect(roundPeriod(2566, 6, "en")).toBe("October 2022 – March 2023");
  });

  it("puts 1 October in the next fiscal year", () => {
    expect(fiscalYearOf(new Date(2022, 8, 30))).toBe(2565);
    expect(fiscalYearOf(new Date(2022, 9, 1))).toBe(2566);
    expect(fiscalYearOf(new Date(2023, 8, 30))).toBe(2566);
  });

  it("writes a date as Thai documents do", () => {
    expect(thaiDate(new Date(2023, 11, 25))).toBe("25 ธันวาคม 2566");
  });
});

describe("title lines above the header", () => {
  const titled = (...lines: Cell[][]) => grid([...lines, [...HEAD], ["1.1 ก", 1, 1, "ดำเนินการแล้วเสร็จ"]]);

  it("reads the organisation, fiscal year and round", () => {
    const sheet = titled(
      ["แผนปฏิบัติการป้องกันการทุจริต องค์การบริหารส่วนตำบลแม่วิน อำเภอแม่วาง"],
      [null, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๖ เดือน"],
    );
    expect(readTitle(sheet, 2)).toEqual({
      organisation: "องค์การบริหารส่วนตำบลแม่วิน",
      fiscalYear: 2567,
      round: 6,
    });
    expect(analyzePlan(sheet)).toMatchObject({
      organisation: "องค์การบริหารส่วนตำบลแม่วิน",
      fiscalYear: 2567,
      round: 6,
    });
  });

  it("lets the options override the title, and defaults to round 12", () => {
    const sheet = titled(["เทศบาลตำบลบ้านกลาง ปีงบประมาณ 2566 รอบ 6 เดือน"]);
    expect(analyzePlan(sheet, { round: 12, fiscalYear: 2567, organisation: "อบต.ทดสอบ" })).toMatchObject({
      round: 12,
      fiscalYear: 2567,
      organisation: "อบต.ทดสอบ",
    });
    const bare = analyzePlan(titled())!;
    expect(bare.round).toBe(12);
    expect(bare.fiscalYear).toBeUndefined();
    expect(bare.organisation).toBeUndefined();
  });
});

describe("cycle, fiscal year and round in the title (spec §5)", () => {
  const facts = (...lines: string[]) =>
    readTitle(grid([...lines.map((line) => [line]), [...HEAD]]), lines.length);
  const thai = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));

  it.each([
    "แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2566 – พ.ศ. 2570",
    "แผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ. 2566-2570)",
    "แผน ปีงบประมาณ พ.ศ. 2566 - พ.ศ. 2570",
    "แผน พ.ศ. 2566 ถึง พ.ศ. 2570",
    "แผน ปี 2566 — ปี 2570",
    "แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ 2566-70",
    "แผน (พ.ศ. 2566–70)",
  ])("%p is a plan cycle: no year is known from it", (line) => {
    expect(facts(line).fiscalYear).toBeUndefined();
    expect(facts(thai(line)).fiscalYear).toBeUndefined();
    // Nor does the report take the cycle's first or last year in silence.
    const report = analyzePlan(grid([[line], [...HEAD], ["ก", 1, 1, "ดำเนินการแล้วเสร็จ"]]))!;
    expect(report.fiscalYear).toBeUndefined();
  });

  it.each<[string[], number]>([
    [["แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2566 – พ.ศ. 2570", "ประจำปีงบประมาณ พ.ศ. 2567"], 2567],
    [["แผนปฏิบัติการป้องกันการทุจริต พ.ศ. 2566 – พ.ศ. 2570 ประจำปีงบประมาณ พ.ศ. 2567"], 2567],
    [["ประจำปีงบประมาณ พ.ศ. 2567 (แผน พ.ศ. 2566-2570)"], 2567],
    [["แผน (พ.ศ. 2566-2570)", "รอบ 6 เดือน (1 ตุลาคม 2567 – 31 มีนาคม 2568)"], 2568],
    [["ข้อมูล ณ ปี 2569", "แผน (พ.ศ. 2566-2570)"], 2569],
  ])("%p is fiscal year %i", (lines, year) => {
    expect(facts(...lines).fiscalYear).toBe(year);
    expect(facts(...lines.map(thai)).fiscalYear).toBe(year);
  });

  it.each<[string, number, 6 | 12 | undefined]>([
    ["(1 ตุลาคม 2567 – 31 มีนาคม 2568)", 2568, 6],
    ["ระหว่างวันที่ 1 ต.ค. 67 ถึงวันที่ 31 มี.ค. 68", 2568, 6],
    ["ตุลาคม 2567 - มีนาคม 2568", 2568, 6],
    ["(1 ตุลาคม 2567 – 30 กันยายน 2568)", 2568, 12],
    ["1 ต.ค. 2566 - 30 ก.ย. 2567", 2567, 12],
    ["(1 เมษายน 2568 – 30 กันยายน 2568)", 2568, 12],
    ["1 ตุลาคม 2567 - 31 ธันวาคม 2567", 2568, undefined],
  ])("the period %p is fiscal year %i, round %p", (line, year, round) => {
    const read = facts(`รายงานผลการดำเนินงาน ${line}`);
    expect(read.fiscalYear).toBe(year);
    expect(read.round).toBe(round);
    expect(facts(thai(`รายงานผลการดำเนินงาน ${line}`))).toEqual(read);
  });

  it("takes no year from a period spanning two fiscal years", () => {
    expect(facts("1 ตุลาคม 2566 – 30 กันยายน 2568").fiscalYear).toBeUndefined();
  });

  it.each<[string, 6 | 12]>([
    ["รายงานผล ครึ่งปีแรก", 6],
    ["รายงานผลการดำเนินงาน ครึ่งปี", 6],
    ["รอบที่ 1 (6 เดือน)", 6],
    ["รอบที่ ๑ (๖ เดือน)", 6],
    ["รอบ 6 เดือน", 6],
    ["รอบ ๖ เดือน", 6],
    ["รอบที่ 2 (12 เดือน)", 12],
    ["รอบ 12 เดือน", 12],
    ["ครึ่งปีหลัง", 12],
    ["6-month round", 6],
    ["12-month round", 12],
  ])("%p is round %i", (line, round) => {
    expect(facts(`แผนปฏิบัติการป้องกันการทุจริต ${line}`).round).toBe(round);
  });

  it("takes no round from a round number alone, and defaults to 12 as before", () => {
    expect(facts("รายงานผล รอบที่ 1").round).toBeUndefined();
    expect(facts("แผน พ.ศ. 2566-2570").round).toBeUndefined();
  });

  it("gives the year and round of any first-half period of any fiscal year, in either digits", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2501, max: 2599 }), fc.boolean(), fc.boolean(), (year, half, digits) => {
        const line = half
          ? `(1 ตุลาคม ${year - 1} – 31 มีนาคม ${year})`
          : `(1 ตุลาคม ${year - 1} – 30 กันยายน ${year})`;
        const read = facts(`แผน (พ.ศ. 2566-2570) ${digits ? thai(line) : line}`);
        expect(read).toEqual({ fiscalYear: year, round: half ? 6 : 12 });
      }),
    );
  });

  describe("a title that contradicts itself is asked about (title-conflict)", () => {
    const planUnder = (lines: string[], options = {}) =>
      analyzePlan(
        grid([...lines.map((line) => [line]), [...HEAD], ["1.1 ก", 1, 1, "ดำเนินการแล้วเสร็จ"]]),
        options,
      )!;
    const conflicts = (lines: string[], options = {}) =>
      planUnder(lines, options).issues.filter((issue) => issue.code === "title-conflict");

    it.each<[string[], number, number]>([
      [["ประจำปีงบประมาณ พ.ศ. 2567", "(1 ตุลาคม 2565 – 31 มีนาคม 2566)"], 2567, 2566],
      [["รายงานผล ปีงบประมาณ 2568 (1 ต.ค. 2568 - 30 ก.ย. 2569)"], 2568, 2569],
      [["(1 ตุลาคม 2566 – 30 กันยายน 2567)", "แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"], 2566, 2567],
    ])(
      "%p: the words' year %i and the period's %i are both named, on the period's cell",
      (lines, stated, period) => {
        const [issue, ...more] = conflicts(lines);
        expect(more).toEqual([]);
        expect(issue.severity).toBe("error");
        const periodLine = lines.findIndex((line) => /ต\.?ค|ตุลาคม/.test(line));
        expect([issue.row, issue.column]).toEqual([periodLine + 1, 1]);
        expect(issue.details).toEqual({ year: stated, other: String(period) });
        // The words are read meanwhile, and said to be.
        expect(planUnder(lines).fiscalYear).toBe(stated);
        expect(describeIssue(issue, "th")).toContain(`ตอนนี้รายงานเป็นปีงบประมาณ พ.ศ. ${stated}`);
      },
    );

    it.each<[string[], 6 | 12, 6 | 12]>([
      [["รอบ 12 เดือน", "(1 ต.ค. 2566 – 31 มี.ค. 2567)"], 12, 6],
      [["รายงานผล ครึ่งปีแรก (1 ตุลาคม 2566 – 30 กันยายน 2567)"], 6, 12],
    ])("%p: the round in words %i beside a period of round %i", (lines, stated, period) => {
      const [issue, ...more] = conflicts(lines);
      expect(more).toEqual([]);
      expect(issue.details).toEqual({ round: stated, other: String(period) });
      expect(planUnder(lines).round).toBe(stated);
      expect(describeIssue(issue, "en")).toContain(`counted for the ${stated}-month round for now`);
    });

    it("is settled by a year or round given, and is no question when the title agrees with itself", () => {
      const both = ["ประจำปีงบประมาณ พ.ศ. 2567 รอบ 12 เดือน", "(1 ตุลาคม 2565 – 31 มีนาคม 2566)"];
      expect(conflicts(both).map((issue) => issue.details)).toEqual([
        { year: 2567, other: "2566" },
        { round: 12, other: "6" },
      ]);
      expect(conflicts(both, { fiscalYear: 2566, round: 6 })).toEqual([]);
      expect(conflicts(both, { fiscalYear: 2567 }).map((issue) => issue.details)).toEqual([
        { round: 12, other: "6" },
      ]);
      expect(conflicts(["ประจำปีงบประมาณ พ.ศ. 2566 รอบ 6 เดือน", "(1 ตุลาคม 2565 – 31 มีนาคม 2566)"])).toEqual(
        [],
      );
      expect(conflicts(["รอบ 6 เดือน", "(1 ตุลาคม 2565 – 31 ธันวาคม 2565)"])).toEqual([]);
    });

    it("names any fiscal year the words and the period disagree on (property)", () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 2501, max: 2599 }),
          fc.integer({ min: 2501, max: 2599 }),
          (stated, period) => {
            const lines = [`ประจำปีงบประมาณ พ.ศ. ${stated}`, `(1 ตุลาคม ${period - 1} – 30 กันยายน ${period})`];
            const found = conflicts(lines).map((issue) => issue.details);
            expect(found).toEqual(stated === period ? [] : [{ year: stated, other: String(period) }]);
          },
        ),
      );
    });
  });
});

describe("English titles (spec §5)", () => {
  const facts = (...lines: string[]) =>
    readTitle(grid([...lines.map((line) => [line]), [...HEAD]]), lines.length);
  const thai = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
  const planUnder = (lines: string[], options = {}) =>
    analyzePlan(
      grid([...lines.map((line) => [line]), [...HEAD], ["1.1 ก", 1, 1, "ดำเนินการแล้วเสร็จ"]]),
      options,
    )!;
  const conflicts = (lines: string[]) =>
    planUnder(lines).issues.filter((issue) => issue.code === "title-conflict");

  it.each<[string, number]>([
    ["Anti-Corruption Action Plan, Mae Win SAO, FY 2567 B.E.", 2567],
    ["Action plan for fiscal year 2567", 2567],
    ["Fiscal Year B.E. 2567", 2567],
    ["Fiscal Year (B.E.) 2568", 2568],
    ["FISCAL YEAR 2566", 2566],
    ["F.Y. 2567", 2567],
    ["FY2567", 2567],
    ["Budget year: 2567", 2567],
    ["Fiscal Year 2024 (October 2023 - September 2024)", 2567],
    ["Fiscal Year 2024", 2567],
    ["fiscal-year 2023 report", 2566],
    ["Budget Year 2025, 12-month round", 2568],
    ["Plan B.E. 2566-2570, FY 2568 B.E.", 2568],
    ["FY 2568 (plan 2023-2027)", 2568],
    ["Mae Win SAO, B.E. 2567", 2567],
    ["Mae Win SAO, report 2567 B.E.", 2567],
  ])("%p is fiscal year %i, in either digits", (line, year) => {
    expect(facts(line).fiscalYear).toBe(year);
    expect(facts(thai(line)).fiscalYear).toBe(year);
    expect(planUnder([line]).fiscalYear).toBe(year);
  });

  it.each([
    "Anti-Corruption Plan B.E. 2566-2570",
    "Anti-Corruption Plan 2023-2027",
    "Anti-Corruption Plan FY 2566 - FY 2570",
    "Anti-Corruption Plan, fiscal years 2566 to 2570 B.E.",
    "Fiscal Year 2023-2024",
  ])("%p is a plan cycle: no year is known from it", (line) => {
    expect(facts(line).fiscalYear).toBeUndefined();
    expect(facts(thai(line)).fiscalYear).toBeUndefined();
    expect(planUnder([line]).fiscalYear).toBeUndefined();
  });

  it.each([
    // A Common-era year is read only after fiscal-year words or in a period of English months.
    "Anti-Corruption Report 2024",
    "Report 2567",
    // Either end of a split year could be meant.
    "FY 2023-24",
    "FY 2023/2024",
    // Two digits: Common or Buddhist era, or a day.
    "FY24",
    "FY 67",
    "Oct 23 – Mar 24",
    // A Common-era year marked B.E. is no year at all.
    "FY 2024 B.E.",
    "October 2023 – March 2024 B.E.",
    // Not fiscal-year words.
    "Certify 2024",
  ])("%p states no year", (line) => {
    expect(facts(line).fiscalYear).toBeUndefined();
  });

  it.each<[string, number, 6 | 12 | undefined]>([
    ["(1 October 2023 – 31 March 2024)", 2567, 6],
    ["October 2023 - September 2024", 2567, 12],
    ["Oct 2023 – Mar 2024", 2567, 6],
    ["Oct. 1, 2023 to Mar. 31, 2024", 2567, 6],
    ["1st October 2023 through 30th September 2024", 2567, 12],
    ["(1 April 2024 – 30 September 2024)", 2567, 12],
    ["NOV 2023 - SEPT 2024", 2567, undefined],
    ["1 October 2566 – 31 March 2567 B.E.", 2567, 6],
    ["October B.E. 2566 – September B.E. 2567", 2567, 12],
    ["(1 Oct 2024 – 31 Dec 2024)", 2568, undefined],
  ])("the period %p is fiscal year %i, round %p", (line, year, round) => {
    const read = facts(`Anti-Corruption Report ${line}`);
    expect(read.fiscalYear).toBe(year);
    expect(read.round).toBe(round);
    expect(facts(thai(`Anti-Corruption Report ${line}`))).toEqual(read);
  });

  it("takes no year from a period spanning two fiscal years", () => {
    expect(facts("1 October 2022 – 30 September 2024").fiscalYear).toBeUndefined();
    expect(facts("(plan B.E. 2566-2570) 1 October 2022 – 30 September 2024").fiscalYear).toBeUndefined();
  });

  it.each<[string, 6 | 12]>([
    ["first half of FY 2567", 6],
    ["Report for the first half, fiscal year 2567", 6],
    ["second half of FY 2567", 12],
    ["6-month round, FY 2567 B.E.", 6],
    ["FY 2567 B.E., 12-month round", 12],
  ])("%p is fiscal year 2567, round %i", (line, round) => {
    expect(facts(line)).toEqual({ fiscalYear: 2567, round });
  });

  it("keeps the product's own English period line", () => {
    // buddhistYear(2566, "en") and roundPeriod(2566, 12, "en"), as the report writes them.
    expect(facts("FY 2566 B.E., 12-month round (October 2022 – September 2023)")).toEqual({
      fiscalYear: 2566,
      round: 12,
    });
  });

  it.each<[string[], number, number]>([
    [["FY 2567 B.E.", "(1 October 2022 – 31 March 2023)"], 2567, 2566],
    [["Fiscal Year 2024 (October 2022 - September 2023)"], 2567, 2566],
    [["(Oct 2023 – Sep 2024)", "Fiscal Year B.E. ๒๕๖๘"], 2568, 2567],
  ])("%p: a title-conflict names the words' year %i and the period's %i", (lines, stated, period) => {
    const [issue, ...more] = conflicts(lines);
    expect(more).toEqual([]);
    expect(issue.details).toEqual({ year: stated, other: String(period) });
    expect(planUnder(lines).fiscalYear).toBe(stated);
  });

  it("names a round in words beside a period of the other round (title-conflict)", () => {
    const lines = ["first half of FY 2567 (1 October 2023 – 30 September 2024)"];
    expect(conflicts(lines).map((issue) => issue.details)).toEqual([{ round: 6, other: "12" }]);
    expect(planUnder(lines).round).toBe(6);
    expect(conflicts(["Fiscal Year 2024, 6-month round (October 2023 – March 2024)"])).toEqual([]);
  });

  it("reads every English form of any fiscal year alike (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2501, max: 2599 }), fc.boolean(), (year, digits) => {
        const write = (line: string) => (digits ? thai(line) : line);
        for (const line of [`FY ${year} B.E.`, `fiscal year ${year}`, `Fiscal Year ${year - 543}`]) {
          expect(facts(write(`Anti-Corruption Action Plan, ${line}`))).toEqual({ fiscalYear: year });
        }
        const half = `(1 October ${year - 544} – 31 March ${year - 543})`;
        expect(facts(write(`Plan 2023-2027 ${half}`))).toEqual({ fiscalYear: year, round: 6 });
        expect(facts(write(`Fiscal Year ${year - 543} ${half}`))).toEqual({ fiscalYear: year, round: 6 });
      }),
    );
  });
});
