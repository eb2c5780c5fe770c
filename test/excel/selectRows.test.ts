/**
 * Selecting a figure's rows on the plan (spec §7): one selection of several areas across the plan's
 * columns where Excel has RangeAreas.select (ExcelApi 1.18), else the first run of rows alone.
 */
import { SAMPLE_SHEET, SAMPLE_TABLE } from "../../src/core";
import { traceReport } from "../../src/core/summary/trace";
import { MAX_AREAS_ADDRESS, createExcelHost, rowAreas } from "../../src/hosts/officejs";
import { FakeExcelError, installFakeExcel } from "../fakes/excel";
import { sampleReport, sampleSheet } from "./fixtures";

const SAMPLE = { sheet: SAMPLE_SHEET, table: SAMPLE_TABLE };

describe("selectRows", () => {
  test("selects the rows in the table's columns as one selection of several areas, on the plan's sheet", async () => {
    const fake = installFakeExcel({ sheets: [{ name: "ปก" }, sampleSheet()], apiVersion: "1.18" });

    const selected = await createExcelHost().selectRows(SAMPLE, [4, 5, 6, 7, 8, 10]);

    expect(selected).toBe("all");
    expect(fake.activeSheet?.name).toBe(SAMPLE_SHEET);
    expect(fake.selection).toEqual({ sheet: SAMPLE_SHEET, address: "A4:H8, A10:H10" });
  });

  test("selects the sample's rows behind a figure: every project of dimension 4", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()], apiVersion: "1.18" });
    const rows = traceReport(sampleReport()).dimensions[3].projects;

    await createExcelHost().selectRows(SAMPLE, rows);

    expect(fake.selection?.address).toBe(rowAreas(rows, 0, 7).join(", "));
  });

  test("one run of rows is one area, on any Excel", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });

    expect(await createExcelHost().selectRows(SAMPLE, [9])).toBe("all");
    expect(fake.selection).toEqual({ sheet: SAMPLE_SHEET, address: "A9:H9" });
  });

  test("below ExcelApi 1.18 the first run of rows alone is selected, and the pane is told so", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()], apiVersion: "1.9" });

    expect(await createExcelHost().selectRows(SAMPLE, [5, 6, 9, 11])).toBe("first");
    expect(fake.selection).toEqual({ sheet: SAMPLE_SHEET, address: "A5:H6" });
  });

  test("more areas than the address limit takes: the first run alone, without asking Excel for the rest", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()], apiVersion: "1.18" });
    // Every other row of a long plan: thousands of areas.
    const rows = Array.from({ length: 2000 }, (_, i) => 4 + 2 * i);
    expect(rowAreas(rows, 0, 7).join(", ").length).toBeGreaterThan(MAX_AREAS_ADDRESS);

    expect(await createExcelHost().selectRows(SAMPLE, rows)).toBe("first");
    expect(fake.selection).toEqual({ sheet: SAMPLE_SHEET, address: "A4:H4" });
    // The plan's columns, then the first area: no request Excel would refuse.
    expect(fake.syncCount).toBe(2);
  });

  test("an address Excel refuses for several areas falls back to the first run; any other failure is reported", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()], apiVersion: "1.18" });
    fake.failSync({ sync: 2, code: "InvalidArgument" });
    expect(await createExcelHost().selectRows(SAMPLE, [4, 5, 9])).toBe("first");
    expect(fake.selection).toEqual({ sheet: SAMPLE_SHEET, address: "A4:H5" });

    fake.failSync({ sync: fake.syncCount + 2, code: "InvalidOperationInCellEditMode" });
    await expect(createExcelHost().selectRows(SAMPLE, [4, 5, 9])).rejects.toMatchObject({ kind: "busy" });
  });

  test("a plan in a plain sheet is selected across the sheet's used columns", async () => {
    const fake = installFakeExcel({
      sheets: [
        {
          name: "แผน",
          row: 2,
          column: 2,
          rows: [
            ["ชื่อ", "งบ", "สถานะ"],
            ["ก", 1, "x"],
            ["ข", 2, "y"],
          ],
        },
      ],
      apiVersion: "1.18",
    });

    await createExcelHost().selectRows({ sheet: "แผน" }, [3, 4]);

    expect(fake.selection).toEqual({ sheet: "แผน", address: "B3:D4" });
  });

  test("a plan that is gone is not-found, and nothing is selected", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()], apiVersion: "1.18" });

    await expect(createExcelHost().selectRows({ sheet: "ลบแล้ว" }, [4, 6])).rejects.toMatchObject({
      kind: "not-found",
    });
    expect(fake.selection).toBeUndefined();
  });
});

describe("the fake's several areas, refused where Excel refuses them", () => {
  const areas = (apiVersion: string, address: string) => {
    const fake = installFakeExcel({ sheets: [sampleSheet()], apiVersion });
    return {
      fake,
      selected: fake.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(SAMPLE_SHEET);
        sheet.getRanges(address).select();
        await context.sync();
      }),
    };
  };

  test("an address that is not one", async () => {
    const { fake, selected } = areas("1.18", "A4:H8, นี่ไม่ใช่");
    await expect(selected).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.selection).toBeUndefined();
  });

  test("an address longer than 8,192 characters, in getRanges as in getRange", async () => {
    const long = Array.from({ length: 1000 }, (_, i) => `A${i + 1}:H${i + 1}`).join(", ");
    expect(long.length).toBeGreaterThan(8192);
    const { selected } = areas("1.18", long);
    await expect(selected).rejects.toMatchObject({ code: "InvalidArgument" });
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const single = fake.run(async (context) => {
      context.workbook.worksheets
        .getItem(SAMPLE_SHEET)
        .getRange(`A1:${"A".repeat(8200)}`)
        .select();
      await context.sync();
    });
    await expect(single).rejects.toBeInstanceOf(FakeExcelError);
  });

  test("selecting several areas before ExcelApi 1.18, or on a sheet that is not active", async () => {
    await expect(areas("1.9", "A4:H8, A10:H10").selected).rejects.toMatchObject({ code: "ApiNotFound" });
    const { fake, selected } = areas("1.18", "A4:H8, A10:H10");
    fake.activeSheet = undefined;
    await expect(selected).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});
