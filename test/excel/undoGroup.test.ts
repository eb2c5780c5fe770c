/** One write the user asked for, one step of Excel's undo (ExcelApi 1.20's mergeUndoGroup). */
import { SAMPLE_SHEET, SAMPLE_TABLE, SUMMARY_WORDS, flagRule } from "../../src/core";
import { createExcelHost } from "../../src/hosts/officejs";
import type { SummaryWrite } from "../../src/hosts/planHost";
import { installFakeExcel } from "../fakes/excel";
import { sampleLayout, sampleReport, sampleSheet } from "./fixtures";

const HOW: SummaryWrite = { automatic: false, incomplete: "…", printSetupFailed: "!" };
const plan = { sheet: SAMPLE_SHEET, table: SAMPLE_TABLE };

describe("undo", () => {
  test("at ExcelApi 1.20 the summary, the flags and their removal are each one undo step; reads are none", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()], apiVersion: "1.20" });
    const host = createExcelHost();

    await host.readPlan(plan);
    await host.listPlans();
    expect(fake.undoGroups).toBe(0);
    await host.writeSummary(sampleLayout(), HOW);
    await host.flagRows({ choice: plan, rule: flagRule(sampleReport())! });
    await host.removeFlags(plan);

    expect(fake.undoGroups).toBe(3);
  });

  test("where Excel refuses the group, the write goes on without it, once", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()], apiVersion: "1.20" });
    fake.refusesUndoGroups = true;

    const name = await createExcelHost().writeSummary(sampleLayout(), HOW);

    expect(name).toBe(SUMMARY_WORDS.th.sheetName);
    expect(fake.sheetNames()).toEqual([SAMPLE_SHEET, name]);
  });

  test("below ExcelApi 1.20 no group is asked for", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()], apiVersion: "1.19" });
    await createExcelHost().writeSummary(sampleLayout(), HOW);
    expect(fake.undoGroups).toBe(0);
  });
});
