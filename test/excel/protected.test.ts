/**
 * Protected sheets and read-only files: Excel refuses a write with AccessDenied ("You cannot perform the
 * requested operation", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling),
 * which the pane explains as "protected", naming the sheet when the host knows it.
 */
import { SAMPLE_SHEET, SAMPLE_TABLE, flagRule } from "../../src/core";
import { createExcelHost, toHostError } from "../../src/hosts/officejs";
import type { PlanArea, SummaryWrite } from "../../src/hosts/planHost";
import { type FakeRequestContext, FakeWorkbook, installFakeExcel } from "../fakes/excel";
import { sampleLayout, sampleReport, sampleSheet } from "./fixtures";

const HOW: SummaryWrite = { automatic: false, incomplete: "เขียนไม่ครบ", printSetupFailed: "!" };
const plan = { sheet: SAMPLE_SHEET, table: SAMPLE_TABLE };

describe("the fake's protected sheet", () => {
  test("says it is protected (ExcelApi 1.2) and refuses writes to its cells, formats and charts", async () => {
    const fake = new FakeWorkbook({ sheets: [{ name: "แผน", rows: [["a"]], protected: true }] });
    const before = fake.snapshot("แผน");
    const attempts = [
      (range: ReturnType<typeof rangeA1>) => (range.values = [["x"]]),
      (range: ReturnType<typeof rangeA1>) => (range.format.font.bold = true),
      (range: ReturnType<typeof rangeA1>) => range.merge(false),
      (range: ReturnType<typeof rangeA1>) => range.conditionalFormats.add("Custom"),
    ];
    function rangeA1(context: FakeRequestContext) {
      return context.workbook.worksheets.getItem("แผน").getRange("A1:B1");
    }

    const protection = await fake.run(async (context) => {
      const loaded = context.workbook.worksheets.getItem("แผน").protection.load("protected");
      await context.sync();
      return loaded.protected;
    });
    expect(protection).toBe(true);
    for (const attempt of attempts) {
      await expect(
        fake.run(async (context) => {
          attempt(rangeA1(context));
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "AccessDenied" });
    }
    expect(fake.snapshot("แผน")).toEqual(before);
  });
});

describe("writing to a protected sheet", () => {
  test("a rewrite of a protected summary fails as protected, names the sheet, and changes nothing", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const host = createExcelHost();
    const name = await host.writeSummary(sampleLayout(), HOW);
    fake.sheet(name).isProtected = true;
    const before = fake.snapshot(name);

    const written = host.writeSummary(sampleLayout(), HOW);

    await expect(written).rejects.toMatchObject({ kind: "protected", place: { sheet: name } });
    await expect(written).rejects.toHaveProperty("message", expect.stringMatching(/^AccessDenied: /));
    expect(fake.snapshot(name)).toEqual(before);
  });

  test("a read-only file (Excel refuses the new sheet) fails as protected, naming no sheet", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    // Two syncs find that there is no summary yet; the third adds and writes it.
    fake.failSync({ sync: 3, code: "AccessDenied" });

    const written = createExcelHost().writeSummary(sampleLayout(), HOW);

    await expect(written).rejects.toMatchObject({ kind: "protected", place: {} });
    expect(fake.sheetNames()).toEqual([SAMPLE_SHEET]);
  });

  test("flagging rows on a protected plan fails as protected, names the sheet, and adds no rule", async () => {
    const fake = installFakeExcel({ sheets: [{ ...sampleSheet(), protected: true }] });
    const area: PlanArea = { choice: plan, rule: flagRule(sampleReport())! };

    await expect(createExcelHost().flagRows(area)).rejects.toMatchObject({
      kind: "protected",
      place: { sheet: SAMPLE_SHEET },
    });
    expect(fake.sheet(SAMPLE_SHEET).conditionalFormats).toEqual([]);
  });

  test("a protected plan is still read", async () => {
    installFakeExcel({ sheets: [{ ...sampleSheet(), protected: true }] });

    await expect(createExcelHost().readPlan(plan)).resolves.toMatchObject({ headerRow: 3 });
  });

  test("Excel's AccessDenied is the protected kind, its code kept for the details", () => {
    const error = toHostError(
      Object.assign(new Error("You cannot perform the requested operation."), {
        code: "AccessDenied",
      }),
    );
    expect(error).toMatchObject({ kind: "protected", message: expect.stringContaining("AccessDenied") });
  });
});
