import ExcelJS from "exceljs";
import { SAMPLE_GRID, SUMMARY_WORDS, analyzePlan, memoText } from "../../src/core";
import { lastEndedRoundYear } from "../../src/core/rows/fiscalYear";
import { memoLines } from "../../src/core/layout/memo";
import { DONE, HEADER, putRows, readXlsx, run, runJson, saveXlsx, tempFolder } from "./helpers";

/** The sample's report read by core straight from its cells, not through the command's reader. */
const sampleReport = () => analyzePlan(SAMPLE_GRID)!;

describe("summarize --memo: the memo paragraph", () => {
  const temp = tempFolder();
  const samplePlan = async () => {
    const file = temp("plan.xlsx");
    expect((await run(["sample", file])).code).toBe(0);
    return file;
  };

  it("prints the sample's paragraph in Thai instead of the table, and exits 0", async () => {
    const { code, stdout, stderr } = await run(["summarize", await samplePlan(), "--memo"]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout).toBe(memoText(sampleReport(), "th") + "\n");
    expect(stdout).toContain("องค์การบริหารส่วนตำบลแม่วิน");
    expect(stdout).toContain("ทั้งหมด 16 โครงการ งบประมาณรวมทั้งสิ้น 401,900.00 บาท");
    expect(stdout).toContain("มิติที่ 3 จำนวน 2 โครงการ งบประมาณตามแผน 20,000.00 บาท");
    expect(stdout).toContain("ดำเนินการแล้วเสร็จ 15 โครงการ คิดเป็นร้อยละ 93.75");
    expect(stdout).toContain("เบิกจ่ายงบประมาณ 330,095.00 บาท คิดเป็นร้อยละ 82.13");
    expect(stdout).not.toContain("%โครงการ");
    expect(stdout).not.toContain("สิ่งที่พบ");
  });

  it("prints it in English with --lang en", async () => {
    const { code, stdout } = await run(["summarize", await samplePlan(), "--memo", "--lang", "en"]);
    expect(code).toBe(0);
    expect(stdout).toBe(memoText(sampleReport(), "en") + "\n");
    expect(stdout).toContain("Total: 16 projects, planned budget 401,900.00 baht");
    expect(stdout).toContain("15 completed (93.75 percent)");
  });

  it("exits 1 for a plan with errors, the paragraph alone on stdout and one warning line on stderr", async () => {
    const file = await saveXlsx(temp("bad.xlsx"), (workbook) => {
      putRows(workbook.addWorksheet("แผน"), [
        HEADER,
        ["1", 1, "อบรม", 100, 100, DONE],
        ["2", 2, "ประชุม", 50, 0, "?"],
      ]);
    });
    const { code, stdout, stderr } = await run(["summarize", file, "--memo"]);
    expect(code).toBe(1);
    expect(stdout).toContain("ทั้งหมด 2 โครงการ งบประมาณรวมทั้งสิ้น 150.00 บาท");
    expect(stdout).not.toContain("ผลการตรวจ");
    expect(stderr.split("\n")).toEqual([expect.stringContaining("แผนยังมีข้อผิดพลาด 1 รายการ"), ""]);
  });

  it("states the latest ended round's fiscal year when the sheet's titles give none, as the add-in does", async () => {
    const file = await saveXlsx(temp("no-year.xlsx"), (workbook) => {
      putRows(workbook.addWorksheet("แผน"), [HEADER, ["1", 1, "อบรม", 100, 100, DONE]]);
    });
    const year = lastEndedRoundYear(12, new Date());
    const english = await run(["summarize", file, "--memo", "--lang", "en"]);
    expect(english.stdout).toMatch(
      new RegExp(`^In FY ${year} B\\.E\\., the office had 1 project, activity or measure in`),
    );
    const thai = await run(["summarize", file, "--memo"]);
    expect(thai.stdout).toMatch(new RegExp(`^ในปีงบประมาณ พ.ศ. ${year} `));
    // Said to be assumed, in the text report and the JSON.
    expect((await run(["summarize", file])).stdout).toContain(SUMMARY_WORDS.th.yearAssumed(year, 12));
    expect((await runJson(["summarize", file])).json).toMatchObject({
      fiscalYear: year,
      fiscalYearAssumed: true,
    });
    const given = await run(["summarize", file, "--memo", "--year", "๒๕๖๖"]);
    expect(given.stdout).toMatch(/^ในปีงบประมาณ พ.ศ. 2566 /);
  });

  it("refuses --memo with --json: exit 2 and one line", async () => {
    const { code, stdout, stderr } = await run(["summarize", await samplePlan(), "--memo", "--json"]);
    expect([code, stdout, stderr]).toEqual([
      2,
      "",
      "ใช้ --json กับ --memo พร้อมกันไม่ได้ (ดู integrity-plan --help)\n",
    ]);
  });
});

describe("summarize --write --memo: the memo under the table", () => {
  const temp = tempFolder();

  it("writes the heading and one merged, wrapped, normal-weight row per memo line below the table", async () => {
    const input = temp("plan.xlsx");
    await run(["sample", input]);
    const out = temp("out.xlsx");
    const { code, stdout } = await run(["summarize", input, "--write", out, "--memo"]);
    expect(code).toBe(0);
    expect(stdout).toBe(memoText(sampleReport(), "th") + "\n");

    const summary = (await readXlsx(out)).getWorksheet("สรุปผล")!;
    const column = (summary.getColumn(1).values as ExcelJS.CellValue[]).map((value) => value ?? null);
    const totalRow = column.indexOf("รวม");
    const headingRow = column.indexOf("ข้อความสำหรับบันทึกรายงานผล");
    expect(totalRow).toBeGreaterThan(0);
    expect(headingRow).toBeGreaterThan(totalRow);
    const lines = memoLines(sampleReport(), "th");
    expect(column.slice(headingRow + 1, headingRow + 1 + lines.length)).toEqual(lines);

    const first = summary.getCell(headingRow + 1, 1);
    expect(first.font).toMatchObject({ name: "TH Sarabun New", size: 16 });
    expect(first.font.bold).toBeFalsy();
    expect(first.alignment).toMatchObject({ wrapText: true });
    expect(summary.getCell(headingRow + 1, 8).isMerged).toBe(true);
    // The long results line is given room for its wrapped lines; a short line the height of one.
    const last = summary.getRow(headingRow + lines.length);
    const short = summary.getRow(headingRow + 2).height;
    expect(short).toBeGreaterThanOrEqual(24);
    expect(last.height).toBeGreaterThanOrEqual(2 * short);
  });

  it("writes no memo without --memo", async () => {
    const input = temp("plan.xlsx");
    await run(["sample", input]);
    const out = temp("out.xlsx");
    expect((await run(["summarize", input, "--write", out])).code).toBe(0);
    const values = (await readXlsx(out)).getWorksheet("สรุปผล")!.getColumn(1).values;
    expect(values).toContain("รวม");
    expect(values).not.toContain("ข้อความสำหรับบันทึกรายงานผล");
  });
});
