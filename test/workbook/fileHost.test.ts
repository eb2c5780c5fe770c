/** The file host over examples/sample-plan.xlsx: the plan read in memory, the summary painted and downloaded. */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { analyzePlan, officeSummary, rollUp, rollupLayout, summaryLayout } from "../../src/core";
import { HostError } from "../../src/hosts/planHost";
import { openFileHost } from "../../src/hosts/exceljs/fileHost";
import { openBook } from "../../src/hosts/exceljs/openBook";
import { InputProblem } from "../../src/hosts/exceljs/problem";

const SAMPLE = path.join(__dirname, "../../examples/sample-plan.xlsx");
const bytes = (): Uint8Array => new Uint8Array(readFileSync(SAMPLE));
const HOW = { automatic: false, incomplete: "…", printSetupFailed: "" };

/** The seed's total row (spec §9): 16 projects, 15 carried out (93.75 %), 82.13 % of the budget spent. */
const SEED_TOTAL = ["รวม", 16, 401900, 15, 330095, 1, 93.75, 82.13];

/** A row of a sheet, columns A–H, as values. */
function sheetRow(sheet: ExcelJS.Worksheet, row: number): ExcelJS.CellValue[] {
  return Array.from({ length: 8 }, (_, c) => sheet.getCell(row, c + 1).value);
}

describe("file host", () => {
  it("reads the sample's plan table and gives the seed's totals, 93.75 % and 82.13 %", async () => {
    const host = await openFileHost("sample-plan.xlsx", bytes());
    // A file in the browser has no sheet the user sees to select rows on, never changes under the pane,
    // gets no chart from ExcelJS, and takes a new plan as a file of its own.
    expect(host.can).toEqual({
      live: true,
      selectsRows: false,
      rereads: false,
      writesChart: false,
      newPlan: "file",
    });
    expect(host.format).toBe("xlsx");
    const plans = await host.listPlans();
    expect(plans[0]?.table).toBeDefined();
    const report = analyzePlan(await host.readPlan(plans[0]!), { source: plans[0]! })!;
    const layout = summaryLayout(report, { lang: "th", writtenAt: new Date(2026, 0, 1) });
    const total = layout.cells
      .filter((cell) => cell.row === layout.table.bottom)
      .sort((a, b) => a.column - b.column)
      .map((cell) => cell.value);
    expect(total).toEqual(SEED_TOTAL);
  });

  it("downloads the workbook with the summary sheet, as --write adds it, and writes it again in place", async () => {
    const host = await openFileHost("sample-plan.xlsx", bytes());
    const [choice] = await host.listPlans();
    const report = analyzePlan(await host.readPlan(choice!), { source: choice! })!;
    const layout = summaryLayout(report, { lang: "th", writtenAt: new Date(2026, 0, 1) });
    const name = await host.writeSummary(layout, HOW);
    // Writing again replaces the pane's own sheet instead of adding another.
    expect(await host.writeSummary(layout, HOW)).toBe(name);
    expect((await host.listPlans()).some((plan) => plan.sheet === name)).toBe(false);
    const downloaded = await host.download();
    expect(downloaded.name).toBe(`sample-plan-${name}.xlsx`);

    const again = new ExcelJS.Workbook();
    await again.xlsx.load(downloaded.bytes as unknown as ExcelJS.Buffer);
    const sheets = again.worksheets.map((sheet) => sheet.name);
    expect(sheets.filter((sheet) => sheet === name)).toHaveLength(1);
    const summary = again.getWorksheet(name)!;
    expect(sheetRow(summary, layout.table.bottom + 1)).toEqual(SEED_TOTAL);
  });

  it("writes the roll-up sheet into the workbook downloaded, again in place, and selects no rows", async () => {
    const host = await openFileHost("sample-plan.xlsx", bytes());
    const [choice] = await host.listPlans();
    const report = analyzePlan(await host.readPlan(choice!), { source: choice! })!;
    const layout = rollupLayout(rollUp([officeSummary("แผน", report), officeSummary("อื่น", report)], []), {
      places: "sheets",
    });
    const name = await host.writeRollup(layout, HOW);
    expect(await host.writeRollup(layout, HOW)).toBe(name);
    expect((await host.listPlans()).some((plan) => plan.sheet === name)).toBe(false);
    expect(await host.selectRows(choice!, [5, 6])).toBe("none");

    const again = new ExcelJS.Workbook();
    await again.xlsx.load((await host.download()).bytes as unknown as ExcelJS.Buffer);
    expect(again.worksheets.filter((sheet) => sheet.name === name)).toHaveLength(1);
    let total: ExcelJS.CellValue | undefined;
    again.getWorksheet(name)!.eachRow((row) => {
      if (row.getCell(1).value === "รวม 2 หน่วยงาน") total = row.getCell(5).value;
    });
    expect(total).toBe(32);
  });

  it("puts one flag rule on the plan and takes it off again", async () => {
    const host = await openFileHost("sample-plan.xlsx", bytes());
    const [choice] = await host.listPlans();
    const report = analyzePlan(await host.readPlan(choice!), { source: choice! })!;
    const { flagRule } = await import("../../src/core");
    const rule = flagRule(report)!;
    await host.flagRows({ choice: choice!, rule });
    await host.flagRows({ choice: choice!, rule });
    const formulas = async () => {
      const again = new ExcelJS.Workbook();
      await again.xlsx.load((await host.download()).bytes as unknown as ExcelJS.Buffer);
      const sheet = again.getWorksheet(choice!.sheet) as unknown as {
        conditionalFormattings: { rules: { formulae?: string[] }[] }[];
      };
      return sheet.conditionalFormattings.flatMap((cf) => cf.rules.flatMap((r) => r.formulae ?? []));
    };
    expect((await formulas()).filter((f) => f === rule.formula.replace(/^=/, ""))).toHaveLength(1);
    await host.removeFlags(choice);
    expect((await formulas()).filter((f) => f === rule.formula.replace(/^=/, ""))).toHaveLength(0);
  });

  it("says a plan that is not in the file is not found", async () => {
    const host = await openFileHost("sample-plan.xlsx", bytes());
    await expect(host.readPlan({ sheet: "ไม่มี" })).rejects.toBeInstanceOf(HostError);
  });

  it("refuses a file that is not a workbook, an old .xls, a binary file named .csv, and one over the size limit", async () => {
    await expect(openFileHost("notes.xlsx", new TextEncoder().encode("hello"))).rejects.toMatchObject({
      problem: { kind: "damaged-workbook" },
    });
    await expect(
      openFileHost("photo.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1])),
    ).rejects.toMatchObject({
      problem: { kind: "not-a-workbook" },
    });
    const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    await expect(openFileHost("old.xls", ole2)).rejects.toMatchObject({
      problem: { kind: "other-format", format: "xls" },
    });
    await expect(openFileHost("x.csv", new Uint8Array([0x61, 0, 0x62]))).rejects.toBeInstanceOf(InputProblem);
    const limits = { fileBytes: 1000, xmlBytes: 1000, cells: 1000 };
    await expect(openBook("sample-plan.xlsx", bytes(), "แผน", limits)).rejects.toMatchObject({
      problem: { kind: "too-big", unit: "file", limit: 1000 },
    });
  });

  it("opens a CSV file as a sheet named after it", async () => {
    const csv = "ลำดับ,โครงการ\r\n1,ก\r\n";
    const host = await openFileHost("แผน 2566.csv", new TextEncoder().encode(csv));
    expect(await host.listPlans()).toEqual([{ sheet: "แผน 2566" }]);
    expect(host.format).toBe("csv");
    const grid = await host.readPlan({ sheet: "แผน 2566" });
    expect(grid.rows[1]).toEqual([1, "ก"]);
  });

  it("opens Excel's Unicode Text (UTF-16 with its byte-order mark, tab-separated) picked in the browser", async () => {
    const text = "\uFEFFลำดับ\tโครงการ\r\n1\tก\r\n";
    const little = new Uint8Array(Buffer.from(text, "utf16le"));
    const big = little.map((_, i) => little[i % 2 === 0 ? i + 1 : i - 1]);
    for (const encoded of [little, big]) {
      const host = await openFileHost("แผน.txt", encoded);
      expect((await host.readPlan({ sheet: "แผน" })).rows).toEqual([
        ["ลำดับ", "โครงการ"],
        [1, "ก"],
      ]);
    }
  });
});
