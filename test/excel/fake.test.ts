/** The fake's own rules, which the adapter's tests rely on to be able to fail. */
import { FakeExcelError, FakeWorkbook } from "../fakes/excel";

const workbook = () =>
  new FakeWorkbook({
    sheets: [
      {
        name: "แผน",
        rows: [["a", 1]],
        conditionalFormats: [{ type: "Custom", address: "A1:B2", formula: "=A1>0" }],
      },
      { name: "อื่น" },
    ],
  });

describe("the Excel fake", () => {
  test("a property is readable only after load and sync", async () => {
    await workbook().run(async (context) => {
      const range = context.workbook.worksheets.getItem("แผน").getRange("A1:B1");
      expect(() => range.values).toThrow(/not available/);
      range.load("values");
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([["a", 1]]);
    });
  });

  test("writes wait for sync and count it", async () => {
    const fake = workbook();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("แผน").getRange("C1").values = [["x"]];
      expect(fake.sheet("แผน").at("C1")).toBeUndefined();
      await context.sync();
    });
    expect(fake.sheet("แผน").at("C1")?.value).toBe("x");
    expect(fake.syncCount).toBe(1);
  });

  test("text starting with = + or @ becomes a formula unless the cell is formatted as text", async () => {
    const fake = workbook();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("อื่น");
      sheet.getRange("A1:C1").values = [["=x", "+SUM(1,2)", "@x"]];
      const text = sheet.getRange("A2:C2");
      text.numberFormat = "@";
      text.values = [["=x", "+SUM(1,2)", "@x"]];
      await context.sync();
    });
    const sheet = fake.sheet("อื่น");
    expect(["A1", "B1", "C1"].map((at) => sheet.at(at)?.formula)).toEqual(["=x", "+SUM(1,2)", "@x"]);
    expect(["A2", "B2", "C2"].map((at) => [sheet.at(at)?.value, sheet.at(at)?.formula])).toEqual([
      ["=x", undefined],
      ["+SUM(1,2)", undefined],
      ["@x", undefined],
    ]);
  });

  test("a failing sync applies its batch only up to the failing step", async () => {
    const fake = workbook();
    fake.failSync({ sync: 1, code: "GeneralException", afterOps: 1 });
    const written = fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("อื่น");
      sheet.getRange("A1").values = [["first"]];
      sheet.getRange("A2").values = [["second"]];
      await context.sync();
    });
    await expect(written).rejects.toMatchObject({ code: "GeneralException" });
    expect(fake.sheet("อื่น").valuesOf("A1:A2")).toEqual([["first"], [""]]);
  });

  test("selecting on a sheet that is not active fails, as in Excel", async () => {
    const fake = workbook();
    const selected = fake.run(async (context) => {
      context.workbook.worksheets.getItem("อื่น").getRange("B2").select();
      await context.sync();
    });
    await expect(selected).rejects.toBeInstanceOf(FakeExcelError);
    expect(fake.selection).toBeUndefined();
  });

  test("clearAll removes the user's rules too", async () => {
    const fake = workbook();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("แผน").getRange().conditionalFormats.clearAll();
      await context.sync();
    });
    expect(fake.sheet("แผน").conditionalFormats).toEqual([]);
  });
});
