/** How the command line reads the cells of real workbooks: formulas, number formats, merges, CSV quoting. */
import ExcelJS from "exceljs";
import { isDateFormat } from "../../src/hosts/exceljs/cellValue";
import { DONE, HEADER, NOT_DONE, putRows, runJson, saveText, saveXlsx, tempFolder } from "./helpers";

describe("reading workbook cells", () => {
  const temp = tempFolder();

  it("a formula saved without its result is an error naming the cell, never 0", async () => {
    const file = await saveXlsx(temp("formulas.xlsx"), (workbook) => {
      const sheet = workbook.addWorksheet("แผน");
      putRows(sheet, [HEADER, ["1.1", 1, "อบรม", 100, 100, DONE], ["1.2", 1, "ประชุม", 50, 50, DONE]]);
      sheet.getCell("D3").value = { formula: "D2/2" } as ExcelJS.CellFormulaValue;
      sheet.getCell("E3").value = { formula: "E2/2", result: 50 } as ExcelJS.CellFormulaValue;
    });
    const { code, json } = await runJson(["summarize", file]);
    expect(code).toBe(1);
    expect(json.valid).toBe(false);
    const errors = json.issues.filter((i) => i.severity === "error");
    expect(errors.map((i) => [i.code, i.cell, i.text])).toEqual([["formula-without-value", "D3", "=D2/2"]]);
    expect(errors[0].message).toContain("LibreOffice");
    expect(json.total.disbursed).toBe(150);
  });

  it("a formula whose saved result is 0 is read as 0, no error", async () => {
    const file = await saveXlsx(temp("zero.xlsx"), (workbook) => {
      const sheet = workbook.addWorksheet("แผน");
      putRows(sheet, [
        HEADER,
        ["1.1", 1, "อบรม", 100, 100, DONE],
        ["1.2", 1, "ประชุม", 50, 50, NOT_DONE, "ไม่ได้รับงบ"],
      ]);
      sheet.getCell("E3").value = {
        formula: 'IF(F3="ไม่ได้ดำเนินการ",0,D3)',
        result: 0,
      } as ExcelJS.CellFormulaValue;
    });
    const { code, json } = await runJson(["summarize", file]);
    expect(json.issues.filter((i) => i.code === "formula-without-value")).toEqual([]);
    expect([code, json.total.disbursed]).toEqual([0, 100]);
  });

  it("a formula without a result in a status or dimension cell is that error too", async () => {
    const file = await saveXlsx(temp("formulas.xlsx"), (workbook) => {
      const sheet = workbook.addWorksheet("แผน");
      putRows(sheet, [HEADER, ["1.1", 1, "อบรม", 100, 100, DONE], ["1.2", 1, "ประชุม", 50, 50, DONE]]);
      sheet.getCell("F2").value = { formula: 'IF(E2>0,"ดำเนินการแล้วเสร็จ","")' } as ExcelJS.CellFormulaValue;
      sheet.getCell("B3").value = { formula: "B2" } as ExcelJS.CellFormulaValue;
    });
    const { json } = await runJson(["summarize", file, "--lang", "en"]);
    expect(json.issues.map((i) => [i.code, i.cell])).toEqual([
      ["formula-without-value", "F2"],
      ["formula-without-value", "B3"],
    ]);
  });

  it.each(['#,##0.00 "บาท"', "#,##0.00\\ \\b\\a\\h\\t", '#,##0.00" baht"', '[$-th-TH]#,##0.00 "บาท"'])(
    "an amount formatted %p is the amount, not a date",
    async (format) => {
      const file = await saveXlsx(temp("formats.xlsx"), (workbook) => {
        const sheet = workbook.addWorksheet("แผน");
        putRows(sheet, [HEADER, ["1.1", 1, "อบรม", 20000, 17175.5, DONE]]);
        sheet.getCell("D2").numFmt = format;
        sheet.getCell("E2").numFmt = format;
      });
      const { code, json } = await runJson(["summarize", file]);
      expect(json.issues).toEqual([]);
      expect(code).toBe(0);
      expect([json.total.plannedBudget, json.total.disbursed]).toEqual([20000, 17175.5]);
    },
  );

  it("a number formatted as a percentage in an amount column is an error naming the cell (spec §2.3)", async () => {
    const file = await saveXlsx(temp("percent.xlsx"), (workbook) => {
      const sheet = workbook.addWorksheet("แผน");
      putRows(sheet, [
        HEADER,
        ["1.1", 1, "อบรม", 20000, 0.4, DONE],
        ["1.2", 1, "ประชุม", { formula: "1/8", result: 0.125 } as ExcelJS.CellFormulaValue, 0, DONE],
        ["1.3", 1, "สัมมนา", 5000, 5000, DONE],
      ]);
      sheet.getCell("E2").numFmt = "0%";
      sheet.getCell("D3").numFmt = "0.00%";
      // A "%" inside quotes is text around the number, not a percentage.
      sheet.getCell("D4").numFmt = '#,##0 "%"';
    });
    const { code, json } = await runJson(["summarize", file, "--lang", "en"]);
    expect(code).toBe(1);
    expect(json.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.cell, i.message])).toEqual(
      [
        [
          "percent-not-amount",
          "E2",
          "40% is a percentage, not an amount: type the amount in baht (counted as 0).",
        ],
        [
          "percent-not-amount",
          "D3",
          "12.5% is a percentage, not an amount: type the amount in baht (counted as 0).",
        ],
      ],
    );
    expect(json.total.plannedBudget).toBe(25000);
    const thai = await runJson(["summarize", file]);
    expect(thai.json.issues[0].message).toBe("40% เป็นร้อยละ ไม่ใช่จำนวนเงิน: ใส่จำนวนเงินเป็นบาท (นับเป็น 0)");
  });

  it("knows date formats from number formats", () => {
    for (const format of ["d/m/yyyy", "mm-dd-yy", "[$-th-TH]d mmmm bbbb", "[h]:mm", "mm:ss.0", "ว/ด/ปปปป"]) {
      expect([format, isDateFormat(format)]).toEqual([format, true]);
    }
    for (const format of ["General", "#,##0.00", '#,##0.00 "บาท"', "#,##0.00 baht", "0%", "_-* #,##0.00_-"]) {
      expect([format, isDateFormat(format)]).toEqual([format, false]);
    }
  });

  it("a real date in an amount cell is still not an amount", async () => {
    const file = await saveXlsx(temp("date.xlsx"), (workbook) => {
      const sheet = workbook.addWorksheet("แผน");
      putRows(sheet, [HEADER, ["1.1", 1, "อบรม", new Date(Date.UTC(2024, 0, 5)), 0, DONE]]);
      sheet.getCell("D2").numFmt = "d/m/yyyy";
    });
    const { json } = await runJson(["summarize", file]);
    expect(json.issues.map((i) => [i.code, i.text])).toContainEqual(["not-a-number", "2024-01-05"]);
  });

  it("a dimension cell merged down over its rows counts every row", async () => {
    const file = await saveXlsx(temp("merged.xlsx"), (workbook) => {
      const sheet = workbook.addWorksheet("แผน");
      putRows(sheet, [
        ["แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2568"],
        HEADER,
        ["1", "มิติที่ 1", "อบรม", 100, 100, DONE],
        ["2", null, "ประชุม", 200, 0, NOT_DONE, "ไม่ได้รับงบประมาณ"],
        ["3", null, "รณรงค์", 300, 300, DONE],
        ["4", 2, "เปิดเผยข้อมูล", 50, 50, DONE],
      ]);
      sheet.mergeCells("B3:B5");
      sheet.mergeCells("A1:G1");
    });
    const { code, json } = await runJson(["summarize", file]);
    expect(json.issues.map((i) => i.code)).toEqual([]);
    expect(code).toBe(0);
    expect(json.fiscalYear).toBe(2568);
    expect(json.dimensions.map((d) => d.projects)).toEqual([3, 1, 0, 0]);
    expect(json.notCarriedOut.map((r) => [r.no, r.dimension])).toEqual([["2", 1]]);
  });

  it("the same merge inside an Excel table counts every row", async () => {
    const file = await saveXlsx(temp("merged-table.xlsx"), (workbook) => {
      const sheet = workbook.addWorksheet("แผน");
      sheet.addTable({
        name: "Plan",
        ref: "A1",
        columns: HEADER.map((name) => ({ name })),
        rows: [
          ["1", 1, "อบรม", 100, 100, DONE, null],
          ["2", null, "ประชุม", 200, 200, DONE, null],
          ["3", 3, "รณรงค์", 300, 300, DONE, null],
        ],
      });
      sheet.mergeCells("B2:B3");
    });
    const { json } = await runJson(["summarize", file]);
    expect(json.source.table).toBe("Plan");
    expect(json.dimensions.map((d) => d.projects)).toEqual([2, 0, 1, 0]);
  });

  it('a quoted CSV item number "1.10" stays 1.10; unquoted numbers stay numbers', async () => {
    const csv = [
      "ลำดับ,มิติ,ชื่อโครงการ,งบประมาณ,เบิกจ่าย,สถานะ,หมายเหตุ",
      `"1.1",1,อบรม,100,100,${DONE},`,
      `"1.10",1,ประชุม,200,0,${NOT_DONE},งบไม่พอ`,
      `"1.2",1,รณรงค์,"1,000",1000,${DONE},`,
    ].join("\r\n");
    const file = await saveText(temp("plan.csv"), csv);
    const { json } = await runJson(["summarize", file]);
    expect(json.issues).toEqual([]);
    expect(json.notCarriedOut.map((r) => r.no)).toEqual(["1.10"]);
    expect(json.total.plannedBudget).toBe(1300);
  });
});
