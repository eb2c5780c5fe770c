import { analyzePlan, memoText, SAMPLE_GRID } from "../../src/core";
import { memoLines } from "../../src/core/layout/memo";
import { DIM_HEAD, IN_PROGRESS, NOT_DONE, NOT_STARTED, analyze, project } from "./helpers";

describe("the memo paragraph", () => {
  it("states the sample plan in the seed memo's words, with the numbers of its rows", () => {
    expect(memoText(analyzePlan(SAMPLE_GRID)!)).toBe(
      [
        "ในปีงบประมาณ พ.ศ. 2566 องค์การบริหารส่วนตำบลแม่วิน มีโครงการ/กิจกรรม/มาตรการ ที่บรรจุตามแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส ทั้งหมด 16 โครงการ งบประมาณรวมทั้งสิ้น 401,900.00 บาท จำแนกเป็น 4 มิติ ดังนี้",
        "มิติที่ 1 จำนวน 5 โครงการ งบประมาณตามแผน 35,000.00 บาท",
        "มิติที่ 2 จำนวน 5 โครงการ งบประมาณตามแผน 23,000.00 บาท",
        "มิติที่ 3 จำนวน 2 โครงการ งบประมาณตามแผน 20,000.00 บาท",
        "มิติที่ 4 จำนวน 4 โครงการ งบประมาณตามแผน 323,900.00 บาท",
        "รวม จำนวน 16 โครงการ งบประมาณตามแผน 401,900.00 บาท",
        "ผลการดำเนินการรอบ 12 เดือน (ตุลาคม 2565 - กันยายน 2566) ดำเนินการแล้วเสร็จ 15 โครงการ คิดเป็นร้อยละ 93.75 เบิกจ่ายงบประมาณ 330,095.00 บาท คิดเป็นร้อยละ 82.13 ของงบประมาณตามแผน ไม่ได้ดำเนินการ 1 โครงการ ได้แก่ (ชื่อโครงการไม่ปรากฏในรายงานต้นฉบับ) (ไม่ระบุเหตุผล)",
      ].join("\n"),
    );
  });

  it("uses the rows' total, not the control total that disagrees with them", () => {
    const report = analyzePlan(SAMPLE_GRID)!;
    expect(report.issues.some((issue) => issue.code === "control-total-mismatch")).toBe(true);
    expect(memoText(report)).not.toContain("428,000");
  });

  it("says which dimensions are empty, and gives the reason of each project not carried out", () => {
    const report = analyze(
      [DIM_HEAD, project(2, "ก", 1000, 500), project(2, "ข", 200, 0, NOT_DONE, "ไม่ได้รับงบประมาณ")],
      {
        fiscalYear: 2567,
      },
    );
    const lines = memoLines(report);
    expect(lines.slice(1, 6)).toEqual([
      "มิติที่ 1 ไม่มีโครงการ",
      "มิติที่ 2 จำนวน 2 โครงการ งบประมาณตามแผน 1,200.00 บาท",
      "มิติที่ 3 ไม่มีโครงการ",
      "มิติที่ 4 ไม่มีโครงการ",
      "รวม จำนวน 2 โครงการ งบประมาณตามแผน 1,200.00 บาท",
    ]);
    expect(lines[6]).toBe(
      "ผลการดำเนินการรอบ 12 เดือน (ตุลาคม 2566 - กันยายน 2567) ดำเนินการแล้วเสร็จ 1 โครงการ คิดเป็นร้อยละ 50.00 เบิกจ่ายงบประมาณ 500.00 บาท คิดเป็นร้อยละ 41.67 ของงบประมาณตามแผน ไม่ได้ดำเนินการ 1 โครงการ เนื่องจากไม่ได้รับจัดสรรงบประมาณ 1 โครงการ ได้แก่ ข (ไม่ได้รับงบประมาณ)",
    );
  });

  it("in the 6-month round, counts what is in progress and not yet started, up to March", () => {
    const report = analyze(
      [
        DIM_HEAD,
        project(1, "ก", 100, 100),
        project(1, "ข", 100, 40, IN_PROGRESS),
        project(3, "ค", 0, 0, NOT_STARTED),
      ],
      { round: 6, fiscalYear: 2569 },
    );
    expect(memoLines(report).at(-1)).toBe(
      "ผลการดำเนินการรอบ 6 เดือน (ตุลาคม 2568 - มีนาคม 2569) ดำเนินการแล้วเสร็จ 1 โครงการ คิดเป็นร้อยละ 33.33 อยู่ระหว่างดำเนินการ 1 โครงการ ยังไม่ได้ดำเนินการ 1 โครงการ เบิกจ่ายงบประมาณ 140.00 บาท คิดเป็นร้อยละ 70.00 ของงบประมาณตามแผน ไม่มีโครงการที่ไม่ได้ดำเนินการ",
    );
  });

  it("for a plan with no projects, says so instead of percentages", () => {
    const lines = memoLines(analyze([DIM_HEAD]));
    expect(lines.at(-1)).toBe("ไม่มีโครงการในแผน");
    expect(lines[0]).toContain("ในปีงบประมาณนี้");
  });

  it("reads in English too", () => {
    const text = memoText(analyzePlan(SAMPLE_GRID)!, "en");
    expect(text).toContain("had 16 projects");
    expect(text).toContain(
      "15 completed (93.75 percent); 330,095.00 baht disbursed, 82.13 percent of the planned budget",
    );
  });
});
