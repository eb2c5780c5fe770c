/**
 * Excel in cell-edit mode (the user typing in a cell): a request of a run without `delayForCellEdit`
 * fails with InvalidOperationInCellEditMode; with it, from ExcelApi 1.11, it waits until the edit ends
 * (https://learn.microsoft.com/javascript/api/excel/excel.runoptions,
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling).
 */
import { SAMPLE_SHEET, SAMPLE_TABLE } from "../../src/core";
import { createExcelHost } from "../../src/hosts/officejs";
import type { SummaryWrite } from "../../src/hosts/planHost";
import { type FakeRequestContext, FakeWorkbook, installFakeExcel } from "../fakes/excel";
import { sampleLayout, sampleSheet } from "./fixtures";

const plan = { sheet: SAMPLE_SHEET, table: SAMPLE_TABLE };
const HOW: SummaryWrite = { automatic: true, incomplete: "…", printSetupFailed: "!" };

/** Whether a promise has settled after Excel had every chance to answer. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setTimeout(resolve, 20));
  return done;
}

describe("the fake in cell-edit mode", () => {
  const workbook = (apiVersion = "1.11") => new FakeWorkbook({ sheets: [{ name: "แผน" }], apiVersion });
  const write = (context: FakeRequestContext) => {
    context.workbook.worksheets.getItem("แผน").getRange("A1").values = [["x"]];
    return context.sync();
  };

  test("a run without delayForCellEdit fails; one with it waits for the edit to end", async () => {
    const fake = workbook();
    fake.userStartsEditing();

    await expect(fake.run(write)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    const delayed = fake.run({ delayForCellEdit: true }, write);
    expect(await settled(delayed)).toBe(false);

    fake.userEndsEditing("แผน", "B1", 1);
    await delayed;
    expect(fake.sheet("แผน").valuesOf("A1:B1")).toEqual([["x", 1]]);
  });

  test("below ExcelApi 1.11 the option changes nothing, as office.js leaves it out", async () => {
    const fake = workbook("1.10");
    fake.userStartsEditing();

    await expect(fake.run({ delayForCellEdit: true }, write)).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
  });

  test("a run given an earlier context runs without the delay unless its options ask again", async () => {
    const fake = workbook();
    let kept: FakeRequestContext | undefined;
    await fake.run({ delayForCellEdit: true }, async (context) => {
      kept = context;
    });
    fake.userStartsEditing();

    await expect(fake.run(kept!, write)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    const again = fake.run({ previousObjects: kept!, delayForCellEdit: true }, write);
    fake.userEndsEditing("แผน", "B1", 1);
    await expect(again).resolves.toBeUndefined();
  });
});

describe("the add-in while the user edits a cell", () => {
  test("a re-read waits for Enter and reads what was typed", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()], apiVersion: "1.11" });
    const host = createExcelHost();
    fake.userStartsEditing();

    const read = host.readPlan(plan);
    expect(await settled(read)).toBe(false);
    fake.userEndsEditing(SAMPLE_SHEET, "F9", 12345);

    const grid = await read;
    expect(grid.rows[8][5]).toBe(12345);
  });

  test("a write waits for Enter, then writes the summary", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()], apiVersion: "1.11" });
    fake.userStartsEditing();

    const written = createExcelHost().writeSummary(sampleLayout(), HOW);
    expect(await settled(written)).toBe(false);
    fake.userEndsEditing(SAMPLE_SHEET, "F9", 500);

    const name = await written;
    expect(fake.sheetNames()).toContain(name);
  });

  test("below ExcelApi 1.11 Excel is reported busy, and the same call works after Enter", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()], apiVersion: "1.10" });
    const host = createExcelHost();
    fake.userStartsEditing();

    await expect(host.readPlan(plan)).rejects.toMatchObject({ kind: "busy" });
    fake.userEndsEditing(SAMPLE_SHEET, "F9", 500);
    await expect(host.readPlan(plan)).resolves.toMatchObject({ firstRow: 1 });
  });

  // Office.js sets a context's delay afresh at every Excel.run (onBeforeExcelRun in office.js): the
  // removal, which runs in the handler's own context (unwatchPlan, watch.ts), asks for it again.
  test("removing the watch waits for Enter, then removes both handlers", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()], apiVersion: "1.11" });
    const unwatch = await createExcelHost().watchPlan(plan, () => undefined);
    expect(fake.handlerCount).toBe(2);
    fake.userStartsEditing();

    const removed = unwatch();
    expect(await settled(removed)).toBe(false);
    fake.userEndsEditing(SAMPLE_SHEET, "F9", 500);
    await removed;

    expect(fake.handlerCount).toBe(0);
  });
});
