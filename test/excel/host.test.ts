/** The Excel host as the task pane sees it: plans, selection, settings and failures. */
import { SAMPLE_SHEET, SAMPLE_TABLE } from "../../src/core";
import { SETTING, createExcelHost } from "../../src/hosts/officejs";
import type { PlanSettings } from "../../src/hosts/planHost";
import { installFakeExcel } from "../fakes/excel";
import { sampleLayout, sampleSheet } from "./fixtures";

describe("listPlans", () => {
  test("lists tables, then visible sheets, in one sync, leaving out the add-in's summary", async () => {
    const fake = installFakeExcel({
      sheets: [
        { name: "ปก" },
        sampleSheet(),
        { name: "ซ่อน", visibility: "Hidden" },
        { name: "อื่น", tables: [{ name: "Extra", row: 2, column: 2, rows: [["a"], [1]] }] },
      ],
    });
    const host = createExcelHost();
    await host.writeSummary(sampleLayout(), { automatic: false, incomplete: "…", printSetupFailed: "!" });
    // A sheet an interrupted write of an older version left behind is not a plan either.
    fake.addSheet("~สรุปผล");
    const before = fake.syncCount;

    const plans = await host.listPlans();

    expect(fake.syncCount - before).toBe(1);
    expect(plans).toEqual([
      { sheet: SAMPLE_SHEET, table: SAMPLE_TABLE },
      { sheet: "อื่น", table: "Extra" },
      { sheet: "ปก" },
      { sheet: SAMPLE_SHEET },
      { sheet: "อื่น" },
    ]);
  });

  test("an Excel below the manifest's requirement set is reported, not called", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()], apiVersion: "1.6" });

    await expect(createExcelHost().listPlans()).rejects.toMatchObject({ kind: "requirement" });
    expect(fake.syncCount).toBe(0);
  });
});

describe("selectCell", () => {
  test("activates the plan's sheet, then selects the cell, in one sync", async () => {
    const fake = installFakeExcel({ sheets: [{ name: "ปก" }, sampleSheet()] });
    expect(fake.activeSheet?.name).toBe("ปก");

    await createExcelHost().selectCell({ sheet: SAMPLE_SHEET, table: SAMPLE_TABLE }, 9, 5);

    expect(fake.activeSheet?.name).toBe(SAMPLE_SHEET);
    expect(fake.selection).toEqual({ sheet: SAMPLE_SHEET, address: "E9" });
    expect(fake.syncCount).toBe(1);
  });

  test("a sheet that is gone is not-found", async () => {
    installFakeExcel({ sheets: [sampleSheet()] });

    await expect(createExcelHost().selectCell({ sheet: "ลบแล้ว" }, 1, 1)).rejects.toMatchObject({
      kind: "not-found",
    });
  });
});

describe("settings", () => {
  // Required: a field added to the settings and not listed here fails to compile, so each is tested.
  const settings: Required<PlanSettings> = {
    choice: { sheet: SAMPLE_SHEET, table: SAMPLE_TABLE },
    headerRow: 3,
    columns: { name: 2, disbursed: 5 },
    organisation: "องค์การบริหารส่วนตำบลแม่วิน",
    fiscalYear: 2566,
    round: 12,
    controlTotals: { plannedBudget: 428000 },
    lang: "th",
    autoRewrite: true,
    summaryOf: { sheet: SAMPLE_SHEET, table: SAMPLE_TABLE },
    summaryFingerprint: "0123456789abcdef0123456789ab",
    subtotals: true,
    memo: { reference: "ชม 74201/1614", author: { name: "นายชัยวัฒน์", position: "นิติกร" } },
  };

  test.each(Object.keys(settings))(
    "the setting %s comes back through the document settings when the workbook is opened again",
    async (field) => {
      const fake = installFakeExcel({ sheets: [sampleSheet()] });
      const one = { [field]: settings[field as keyof PlanSettings] } as PlanSettings;
      await createExcelHost().saveSettings(one);

      installFakeExcel({ sheets: [sampleSheet()], settings: fake.settings.saved() });

      expect(createExcelHost().loadSettings()).toEqual(one);
    },
  );

  test("a save reads a co-author's settings first and writes over only what this pane changed", async () => {
    const fake = installFakeExcel({
      sheets: [sampleSheet()],
      settings: { [SETTING.plan]: { organisation: "อบต.แม่วิน", round: 6 } },
    });
    const host = createExcelHost();
    const mine = host.loadSettings();
    fake.settings.savedElsewhere(SETTING.plan, { organisation: "อบต.แม่วิน", round: 6, fiscalYear: 2566 });

    const { round, ...withoutRound } = mine;
    expect(round).toBe(6);
    await host.saveSettings({ ...withoutRound, lang: "en" });

    expect(fake.settings.saved()[SETTING.plan]).toEqual({
      organisation: "อบต.แม่วิน",
      fiscalYear: 2566,
      lang: "en",
    });
  });

  test("saved settings come back when the workbook is opened again", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    await createExcelHost().saveSettings(settings);

    installFakeExcel({ sheets: [sampleSheet()], settings: fake.settings.saved() });

    expect(createExcelHost().loadSettings()).toEqual(settings);
  });

  test("a workbook without settings gives none, and malformed entries are dropped", () => {
    installFakeExcel({ sheets: [sampleSheet()] });
    expect(createExcelHost().loadSettings()).toEqual({});

    installFakeExcel({
      sheets: [sampleSheet()],
      settings: {
        [SETTING.plan]: { choice: { table: "x" }, round: 7, headerRow: "3", fiscalYear: 2566, lang: "fr" },
      },
    });
    expect(createExcelHost().loadSettings()).toEqual({ fiscalYear: 2566 });
  });
});
