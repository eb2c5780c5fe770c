import {
  FORMAT,
  SAMPLE_GRID,
  analyzePlan,
  layoutMatrix,
  summaryLayout,
  type Area,
  type SummaryLayout,
} from "../../src/core";
import { DIM_HEAD, analyze, project } from "./helpers";

const sample = analyzePlan(SAMPLE_GRID, { source: { sheet: "แผน", table: "PlanProjects" } })!;

function at(layout: SummaryLayout, row: number, column: number): { value: string | number; format: string } {
  const cell = layout.cells.find((c) => c.row === row && c.column === column);
  return cell ? { value: cell.value, format: cell.format } : { value: "", format: "" };
}

function rowValues(layout: SummaryLayout, row: number): (string | number)[] {
  return layoutMatrix(layout).values[row];
}

function textRows(layout: SummaryLayout): string[] {
  return layoutMatrix(layout).values.map((row) => row.join("|"));
}

describe("the summary sheet in the official layout (Thai)", () => {
  const layout = summaryLayout(sample);
  const top = layout.table.top;

  it("titles the sheet with the organisation and the fiscal year's period", () => {
    const lines = textRows(layout)
      .slice(0, top)
      .map((line) => line.replace(/\|+$/, ""));
    expect(lines).toContain("องค์การบริหารส่วนตำบลแม่วิน");
    expect(lines).toContain("ประจำปีงบประมาณ พ.ศ. 2566 รอบ 12 เดือน (ตุลาคม 2565 - กันยายน 2566)");
    expect(lines.some((line) => line.includes("ข้อผิดพลาด"))).toBe(false);
  });

  it("has two header rows, with ร้อยละดำเนินการ merged over โครงการ and งบประมาณ", () => {
    expect(layout.headerRows).toEqual({ first: top, last: top + 1 });
    expect(rowValues(layout, top)).toEqual([
      "มิติ",
      "โครงการตามแผนปฏิบัติการฯ",
      "งบประมาณตามแผนปฏิบัติการ",
      "ดำเนินการแล้วเสร็จ",
      "งบประมาณเบิกจ่าย",
      "ไม่ได้ดำเนินการ",
      "ร้อยละดำเนินการ",
      "",
    ]);
    expect(rowValues(layout, top + 1).slice(6)).toEqual(["โครงการ", "งบประมาณ"]);
    expect(layout.merges).toContainEqual<Area>({ top, left: 6, bottom: top, right: 7 });
    for (let column = 0; column < 6; column++) {
      expect(layout.merges).toContainEqual<Area>({ top, left: column, bottom: top + 1, right: column });
    }
  });

  it("reproduces the seed's table, dimensions 1–4 then รวม", () => {
    const body = [2, 3, 4, 5, 6].map((i) => rowValues(layout, top + i));
    expect(body).toEqual([
      ["1. การสร้างวัฒนธรรมสุจริต", 5, 35000, 4, 17175, 1, 80, 49.07],
      ["2. การบริหารราชการด้วยความโปร่งใส", 5, 23000, 5, 23000, 0, 100, 100],
      ["3. การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน", 2, 20000, 2, 18495, 0, 100, 92.48],
      ["4. ยกระดับกลไกการตรวจสอบการดำเนินงานขององค์การปกครองส่วนท้องถิ่น", 4, 323900, 4, 271425, 0, 100, 83.8],
      ["รวม", 16, 401900, 15, 330095, 1, 93.75, 82.13],
    ]);
    expect(layout.table).toEqual({ top, left: 0, bottom: top + 6, right: 7 });
  });

  it("formats baht as #,##0.00, counts as #,##0 and percentages as 0.00", () => {
    const formats = layoutMatrix(layout).formats[top + 6];
    expect(formats).toEqual([FORMAT.text, "#,##0", "#,##0.00", "#,##0", "#,##0.00", "#,##0", "0.00", "0.00"]);
  });

  it("lists the project not carried out under the table, its number first, and says it gives no reason", () => {
    const below = textRows(layout).slice(layout.table.bottom + 1);
    expect(below.some((line) => line.startsWith("โครงการที่ไม่ได้ดำเนินการ (1 โครงการ)"))).toBe(true);
    const heading = layoutMatrix(layout).values.findIndex((row) => row[0] === "โครงการ/กิจกรรม/มาตรการ");
    expect(rowValues(layout, heading).slice(0, 5)).toEqual([
      "โครงการ/กิจกรรม/มาตรการ",
      "มิติ",
      "งบประมาณตามแผนปฏิบัติการ",
      "แถวในแผน",
      "เหตุผล",
    ]);
    const item = heading + 1;
    expect(item).toBeGreaterThan(layout.table.bottom);
    expect(rowValues(layout, item).slice(0, 5)).toEqual([
      "1.5 (ชื่อโครงการไม่ปรากฏในรายงานต้นฉบับ)",
      1,
      15000,
      9,
      "ไม่ระบุเหตุผล",
    ]);
    expect(at(layout, item, 2).format).toBe(FORMAT.baht);
    expect(summaryLayout(sample, { lang: "en" }).cells.some((cell) => cell.value === "No reason given")).toBe(
      true,
    );
  });

  it("gives every cell a value and a format inside the sheet's size", () => {
    for (const cell of layout.cells) {
      expect(cell.row).toBeLessThan(layout.rowCount);
      expect(cell.column).toBeLessThan(layout.columnCount);
    }
    expect(layout.columnWidths).toHaveLength(layout.columnCount);
  });
});

describe("the summary sheet for other plans", () => {
  it("shows a dimension with no percentage as the text -", () => {
    const layout = summaryLayout(analyze([DIM_HEAD, project(1, "ก", 100, 100)]));
    const second = layout.table.top + 3;
    expect(at(layout, second, 6)).toEqual({ value: "-", format: FORMAT.text });
    expect(at(layout, second, 7)).toEqual({ value: "-", format: FORMAT.text });
  });

  it("warns above the table when the data has errors", () => {
    const layout = summaryLayout(analyze([DIM_HEAD, project(1, "", 100, "abc")]));
    const lines = textRows(layout).slice(0, layout.table.top);
    expect(lines.some((line) => line.startsWith("ข้อมูลในแผนยังมีข้อผิดพลาด 2 รายการ"))).toBe(true);
  });

  it("says there is none when every project was carried out", () => {
    const layout = summaryLayout(analyze([DIM_HEAD, project(1, "ก", 100, 100)]));
    expect(textRows(layout)).toContain(["ไม่มี", ...Array<string>(layout.columnCount - 1).fill("")].join("|"));
  });

  it("lays out the same table in English", () => {
    const layout = summaryLayout(sample, { lang: "en" });
    const top = layout.table.top;
    const lines = textRows(layout)
      .slice(0, top)
      .map((line) => line.replace(/\|+$/, ""));
    expect(lines).toContain("FY 2566 B.E., 12-month round (October 2022 – September 2023)");
    expect(rowValues(layout, top).slice(0, 2)).toEqual(["Dimension", "Projects in the plan"]);
    expect(rowValues(layout, top)[6]).toBe("Percent done");
    expect(rowValues(layout, top + 1).slice(6)).toEqual(["Projects", "Budget"]);
    expect(rowValues(layout, top + 2)[0]).toBe("1. Building a culture of integrity");
    expect(rowValues(layout, top + 6)).toEqual(["Total", 16, 401900, 15, 330095, 1, 93.75, 82.13]);
  });
});
