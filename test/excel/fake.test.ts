/** The fake's own rules, which the adapter's tests rely on to be able to fail. */
import { FakeExcelError, type FakeRequestContext, FakeWorkbook, fakeParseAddress } from "../fakes/excel";
import { userDeletesRows, userInsertsRows, userSplitsRule } from "../fakes/excel/userRows";
import { fakePageLayoutTabNeverShown } from "../fakes/excel/worksheet";

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

  test("a sync with nothing queued sends no request and is not counted", async () => {
    const fake = workbook();
    await fake.run(async (context) => {
      await context.sync();
    });
    expect(fake.syncCount).toBe(0);
  });

  test("members of a newer requirement set fail their batch on an older Excel", async () => {
    const fake = workbook();
    const validated = fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("อื่น").getRange("A1:A3");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
      await context.sync();
    });
    await expect(validated).rejects.toMatchObject({ code: "ApiNotFound" });
    const printed = fake.run(async (context) => {
      context.workbook.worksheets.getItem("อื่น").pageLayout.orientation = "Landscape";
      await context.sync();
    });
    await expect(printed).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(fake.sheet("อื่น").validations).toEqual([]);
    expect(fake.sheet("อื่น").pageLayout).toEqual({});
  });

  test("a chart made from one column has one series, named Series1, with no categories", async () => {
    const fake = workbook();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("แผน");
      sheet.charts.add("BarClustered", sheet.getRange("B1:B3"), "Columns");
      await context.sync();
    });
    const [chart] = fake.sheet("แผน").charts;
    expect(chart.series).toEqual([
      { name: "Series1", values: expect.objectContaining({ area: fakeParseAddress("B1:B3") }) },
    ]);
    const wrong = fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("แผน");
      sheet.charts.add("BarClustred", sheet.getRange("B1:B3"));
      await context.sync();
    });
    await expect(wrong).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("a new table renames blank headers, and a taken or cell-like name is refused", async () => {
    const fake = new FakeWorkbook({
      sheets: [
        {
          name: "ก",
          rows: [
            ["a", null],
            [1, 2],
          ],
        },
      ],
      names: ["Taken"],
    });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("ก").tables.add("A1:B2", true);
      await context.sync();
    });
    expect(fake.tables.map((table) => table.name)).toEqual(["Table1"]);
    expect(fake.sheet("ก").valuesOf("A1:B1")).toEqual([["a", "Column2"]]);
    for (const name of ["Taken", "AB12", "มี ช่องว่าง"]) {
      const renamed = fake.run(async (context) => {
        context.workbook.tables.getItem("Table1").name = name;
        await context.sync();
      });
      await expect(renamed).rejects.toBeInstanceOf(FakeExcelError);
    }
    expect(fake.tables.map((table) => table.name)).toEqual(["Table1"]);
  });

  test("own writes and user edits raise onChanged after the request; removal needs the adding context", async () => {
    const fake = workbook();
    const seen: string[] = [];
    const result = await fake.run(async (context) => {
      const handler = context.workbook.worksheets.getItem("แผน").onChanged.add(async (args) => {
        seen.push(`${args.address} ${args.source}`);
      });
      await context.sync();
      return handler;
    });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("แผน").getRange("C1").values = [["x"]];
      await context.sync();
      expect(seen).toEqual([]);
    });
    fake.userEdit("แผน", "D2", 5, { source: "Remote" });
    fake.userEdit("อื่น", "A1", 5);
    await fake.settle();
    expect(seen).toEqual(["C1 Local", "D2 Remote"]);

    await fake.run(async (context) => {
      result.remove();
      await context.sync();
    });
    expect(fake.handlerCount).toBe(1);
    await fake.run(result.context, async (context) => {
      result.remove();
      await context.sync();
    });
    expect(fake.handlerCount).toBe(0);
  });
});

describe("the Excel fake refuses what Excel refuses", () => {
  const refused = async (fake: FakeWorkbook, write: (context: FakeRequestContext) => void) =>
    fake.run(async (context) => {
      write(context);
      await context.sync();
    });

  test("a deleted sheet's proxy refuses writes, renames, activate() and a second delete()", async () => {
    const fake = workbook();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("อื่น");
      sheet.load("id");
      await context.sync();
      sheet.delete();
      await context.sync();
      for (const act of [
        () => (sheet.getRange("A1").values = [["x"]]),
        () => (sheet.name = "ใหม่"),
        () => sheet.activate(),
        () => sheet.delete(),
      ]) {
        act();
        await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      }
    });
  });

  test("a merge keeps only the top-left value, and an overlapping merge is refused", async () => {
    const fake = workbook();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("อื่น");
      sheet.getRange("A1:C1").values = [["ก", "ข", "ค"]];
      sheet.getRange("A1:C1").merge();
      await context.sync();
    });
    expect(fake.sheet("อื่น").valuesOf("A1:C1")).toEqual([["ก", "", ""]]);
    await expect(
      refused(fake, (context) => context.workbook.worksheets.getItem("อื่น").getRange("B1:D1").merge()),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("text Excel reads as a formula, a number, a percentage or a logical value is converted, unless formatted as text", async () => {
    const fake = workbook();
    const inputs = [["-A1+1", "1,234", "50%", "TRUE", "-5", "ไม่ใช้งบ", "- ไม่มี"]];
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("อื่น");
      sheet.getRange("A1:G1").values = inputs;
      const text = sheet.getRange("A2:G2");
      text.numberFormat = "@";
      text.values = inputs;
      await context.sync();
    });
    const sheet = fake.sheet("อื่น");
    expect(sheet.at("A1")?.formula).toBe("-A1+1");
    expect(["B1", "C1", "D1", "E1", "F1"].map((at) => sheet.at(at)?.value)).toEqual([
      1234,
      0.5,
      true,
      -5,
      "ไม่ใช้งบ",
    ]);
    expect(sheet.valuesOf("A2:G2")).toEqual(inputs);
  });

  test("rows past 1,048,576, text over 32,767 characters and a sheet named History are refused", async () => {
    const fake = workbook();
    await expect(
      refused(fake, (context) => {
        context.workbook.worksheets.getItem("อื่น").getRangeByIndexes(1_048_576, 0, 1, 1).values = [["x"]];
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      refused(fake, (context) => {
        context.workbook.worksheets.getItem("อื่น").getRange("A1048577").values = [["x"]];
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      refused(fake, (context) => {
        context.workbook.worksheets.getItem("อื่น").getRange("A1").values = [["ก".repeat(32_768)]];
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      refused(fake, (context) => {
        context.workbook.worksheets.add("History");
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("a page count of 0 is refused; null means not set", async () => {
    const fake = new FakeWorkbook({ sheets: [{ name: "แผน" }], apiVersion: "1.9" });
    await expect(
      refused(fake, (context) => {
        context.workbook.worksheets.getItem("แผน").pageLayout.zoom = {
          horizontalFitToPages: 1,
          verticalFitToPages: 0,
        };
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await refused(fake, (context) => {
      context.workbook.worksheets.getItem("แผน").pageLayout.zoom = {
        horizontalFitToPages: 1,
        verticalFitToPages: null,
      };
    });
  });

  test("a conditional format's proxy names a place in the list: after a delete before it, it names the next rule", async () => {
    const fake = new FakeWorkbook({
      sheets: [
        {
          name: "แผน",
          conditionalFormats: [
            { type: "Custom", address: "A1", formula: "=1" },
            { type: "Custom", address: "A1", formula: "=2" },
            { type: "Custom", address: "A1", formula: "=3" },
          ],
        },
      ],
    });
    await fake.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("แผน").getRange("A1").conditionalFormats;
      formats.load("items/type");
      await context.sync();
      formats.items[0].delete();
      formats.items[1].delete();
      await context.sync();
    });
    expect(fake.sheet("แผน").conditionalFormats.map((format) => format.formula)).toEqual(["=2"]);
  });
});

describe("the Excel fake moves what Excel moves when the user inserts, deletes, cuts and pastes rows", () => {
  const rule = '=AND($G4="x",$G$2<>"",LEN("$G4")>0,\'Other sheet\'!B4>0)';
  const planSheet = () =>
    new FakeWorkbook({
      sheets: [
        {
          name: "แผน",
          rows: [["title"], [null], ["head"], ["first"]],
          conditionalFormats: [{ type: "Custom", address: "A4:H30", formula: rule, fill: "#FFC7CE" }],
        },
      ],
    });

  test("a row inserted above a rule moves it down, and its formula reads for its new top-left cell", () => {
    const fake = planSheet();
    userInsertsRows(fake, "แผน", 2);
    const [format] = fake.sheet("แผน").conditionalFormats;
    expect(format.area).toEqual({ top: 4, left: 0, bottom: 30, right: 7 });
    // References move with their cells, absolute ones too; text constants and other sheets' cells do not.
    expect(format.formula).toBe('=AND($G5="x",$G$3<>"",LEN("$G4")>0,\'Other sheet\'!B4>0)');
    expect(fake.sheet("แผน").valuesOf("A5")).toEqual([["first"]]);
  });

  test("rows inserted inside a rule make it grow, and its formula stays as it was", () => {
    const fake = planSheet();
    userInsertsRows(fake, "แผน", 10, 2);
    const [format] = fake.sheet("แผน").conditionalFormats;
    expect(format.area).toEqual({ top: 3, left: 0, bottom: 31, right: 7 });
    expect(format.formula).toBe(rule);
  });

  test("a rule split by cutting and pasting: a second rule after it, its formula written for its own top-left cell", () => {
    const fake = planSheet();
    const sheet = fake.sheet("แผน");
    const fragment = userSplitsRule(fake, "แผน", sheet.conditionalFormats[0], 9);
    expect(sheet.conditionalFormats).toEqual([
      expect.objectContaining({ area: { top: 3, left: 0, bottom: 7, right: 7 }, formula: rule }),
      fragment,
    ]);
    expect(fragment).toMatchObject({
      type: "Custom",
      fill: "#FFC7CE",
      area: { top: 8, left: 0, bottom: 29, right: 7 },
      formula: '=AND($G9="x",$G$2<>"",LEN("$G4")>0,\'Other sheet\'!B4>0)',
    });
  });

  test("a name follows its cell when rows are inserted or deleted above it, and reads =#REF! once its row is deleted", async () => {
    const fake = planSheet();
    const sheet = fake.sheet("แผน");
    sheet.names.set("Mark", "='แผน'!$A$4");
    const formula = () =>
      fake.run(async (context) => {
        const name = context.workbook.worksheets.getItem("แผน").names.getItem("Mark");
        name.load("formula");
        await context.sync();
        return name.formula;
      });

    userInsertsRows(fake, "แผน", 1, 2);
    expect(await formula()).toBe("='แผน'!$A$6");
    userDeletesRows(fake, "แผน", 2);
    expect(await formula()).toBe("='แผน'!$A$5");
    userDeletesRows(fake, "แผน", 5);
    expect(await formula()).toBe("=#REF!");
    expect(sheet.names.has("Mark")).toBe(true);
  });

  test("deleting rows inside a rule makes it shrink; references to the deleted rows turn #REF!", () => {
    const fake = planSheet();
    userDeletesRows(fake, "แผน", 4, 2);
    const [format] = fake.sheet("แผน").conditionalFormats;
    expect(format.area).toEqual({ top: 3, left: 0, bottom: 27, right: 7 });
    expect(format.formula).toBe('=AND(#REF!="x",$G$2<>"",LEN("$G4")>0,\'Other sheet\'!B4>0)');
  });
});

describe("the Excel fake's page layout", () => {
  const zoomOf = (fake: FakeWorkbook) =>
    fake.run(async (context) => {
      const page = context.workbook.worksheets.getItem("แผน").pageLayout;
      page.zoom = { horizontalFitToPages: 1, verticalFitToPages: null };
      page.load("zoom");
      await context.sync();
      return page.zoom;
    });

  test("reads the zoom back as set", async () => {
    const fake = new FakeWorkbook({ sheets: [{ name: "แผน" }], apiVersion: "1.9" });
    expect(await zoomOf(fake)).toEqual({ horizontalFitToPages: 1, verticalFitToPages: null });
  });

  test("drops fit-to-pages while the Page Layout tab was never shown, and keeps a scale (office-js #1860)", async () => {
    const fake = new FakeWorkbook({ sheets: [{ name: "แผน" }], apiVersion: "1.9" });
    fakePageLayoutTabNeverShown(fake);
    expect(await zoomOf(fake)).toEqual({ scale: 100 });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("แผน").pageLayout.zoom = { scale: 80 };
      await context.sync();
    });
    expect(fake.sheet("แผน").pageLayout.zoom).toEqual({ scale: 80 });
  });
});
