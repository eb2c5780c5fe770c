/** The reading line's counts agree in number in English (spec §1.1, §2.5). */
import type { Cell } from "../../src/core";
import { readingLine } from "../../src/core";
import { rowsText } from "../../src/core/summary/rowRanges";
import { DONE, analyze } from "./helpers";

const HEAD: Cell[] = ["ลำดับ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ"];

describe("the reading line in English says one row and many rows", () => {
  it("counts one project, one row left out and one heading in the singular", () => {
    const report = analyze([HEAD, ["มิติที่ 1"], [1, "ก", 100, 100, DONE]]);
    expect(readingLine(report, "en")).toBe(
      "Read 1 project, row 3; left out 1 row: 1 dimension heading (row 2)",
    );
    expect(readingLine(report, "th")).toBe("อ่าน 1 โครงการ แถว 3; ไม่นับ 1 แถว: หัวข้อมิติ 1 (แถว 2)");
  });

  it("counts several in the plural", () => {
    const report = analyze([HEAD, ["มิติที่ 1"], [1, "ก", 100, 100, DONE], ["มิติที่ 2"], [1, "ข", 100, 100, DONE]]);
    expect(readingLine(report, "en")).toBe(
      "Read 2 projects, rows 3–5; left out 2 rows: 2 dimension headings (rows 2, 4)",
    );
  });

  it("says one more range, and several more ranges, when a long list is cut", () => {
    expect(rowsText([1, 3, 5, 7, 9], "en", 4)).toBe("rows 1, 3, 5, 7 and 1 more range");
    expect(rowsText([1, 3, 5, 7, 9, 11], "en", 4)).toBe("rows 1, 3, 5, 7 and 2 more ranges");
  });
});
