import { analyzePlan, fiscalYearOf, readTitle, roundPeriod, thaiDate, type Cell } from "../../src/core";
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
