/**
 * The roll-up sheet of several plans in one workbook (spec §8), written by the Excel adapter: read as
 * the pane reads them, painted from core's layout, on a sheet the add-in owns and never on the user's.
 */
import { ROLLUP_SHEET_WORDS, layoutMatrix } from "../../src/core";
import { ROLLUP_MARK, SETTING, createExcelHost } from "../../src/hosts/officejs";
import type { PlanHost, RollupWrite } from "../../src/hosts/planHost";
import { readPlans, rollupCandidates, rollupOf, rollupSheet } from "../../src/taskpane/state/rollupPlans";
import { ROLLUP_PANEL_STRINGS } from "../../src/taskpane/words/rollupPanelStrings";
import { type FakeSheetSpec, fakeColumnName, installFakeExcel } from "../fakes/excel";
import { THREE_OFFICES } from "./fixtures";

const ROLLUP_SHEET = ROLLUP_SHEET_WORDS.th.sheetName;
const HOW: RollupWrite = { incomplete: "เขียนไม่ครบ", printSetupFailed: "(ตั้งหน้ากระดาษไม่สำเร็จ)" };
const WRITTEN_AT = new Date(2023, 9, 5);

const planSheets: FakeSheetSpec[] = THREE_OFFICES.map(({ sheet, rows }) => ({ name: sheet, rows }));

/** What the pane does: list, read every candidate, add up those holding a plan, write. */
async function rollUpAll(host: PlanHost) {
  const found = await readPlans(host, rollupCandidates(await host.listPlans()), {});
  const layout = rollupSheet(rollupOf(found, {}, ROLLUP_PANEL_STRINGS.th.noPlan), "th", WRITTEN_AT);
  return { found, layout, name: await host.writeRollup(layout, HOW) };
}

describe("writeRollup", () => {
  test("writes the roll-up of a workbook's three plan sheets on a new sheet, leaving the plans as they were", async () => {
    const fake = installFakeExcel({ sheets: planSheets, apiVersion: "1.9" });
    const before = planSheets.map(({ name }) => fake.snapshot(name));
    const host = createExcelHost();

    const { found, layout, name } = await rollUpAll(host);

    expect(found.map(({ choice }) => choice.sheet)).toEqual(["กองคลัง", "กองช่าง", "สำนักปลัด"]);
    expect(found.every(({ report }) => report !== undefined)).toBe(true);
    expect(name).toBe(ROLLUP_SHEET);
    const sheet = fake.sheet(name);
    const address = `A1:${fakeColumnName(layout.columnCount - 1)}${layout.rowCount}`;
    expect(sheet.valuesOf(address)).toEqual(layoutMatrix(layout).values);
    expect(fake.activeSheet).toBe(sheet);
    expect(sheet.names.has(ROLLUP_MARK)).toBe(true);
    // Every office and the sum of their projects: 5 + 4 + 3.
    const texts = sheet.valuesOf(address).flat();
    for (const office of ["เทศบาลตำบลกองคลัง", "เทศบาลตำบลกองช่าง", "เทศบาลตำบลสำนักปลัด"]) {
      expect(texts).toContain(office);
    }
    expect(texts).toContain("รวม 3 หน่วยงาน");
    expect(layout.cells.find((c) => c.value === "รวม 3 หน่วยงาน" && c.column === 0)).toBeDefined();
    const total = layout.cells.filter((c) => c.row === layout.table.bottom && c.column === 4);
    expect(total.map((c) => c.value)).toEqual([12]);
    // The page is set up as the summary's.
    expect(sheet.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4" });
    expect(planSheets.map(({ name: plan }) => fake.snapshot(plan))).toEqual(before);
    expect(fake.settings.get(SETTING.rollupSheetId)).toBe(sheet.id);
  });

  test("writes again over its own sheet, and the sheet is never offered as a plan", async () => {
    const fake = installFakeExcel({ sheets: planSheets, apiVersion: "1.9" });
    const host = createExcelHost();
    await rollUpAll(host);
    const id = fake.sheet(ROLLUP_SHEET).id;

    const again = await rollUpAll(host);

    expect(again.name).toBe(ROLLUP_SHEET);
    expect(fake.sheet(ROLLUP_SHEET).id).toBe(id);
    expect(fake.sheetNames()).toEqual(["กองคลัง", "กองช่าง", "สำนักปลัด", ROLLUP_SHEET]);
    expect((await host.listPlans()).map((plan) => plan.sheet)).not.toContain(ROLLUP_SHEET);
  });

  test("never writes over a sheet of the user's named รวมผล: the roll-up takes a free name", async () => {
    const mine: FakeSheetSpec = { name: ROLLUP_SHEET, rows: [["ตารางที่ฉันทำเอง", 428000]] };
    const fake = installFakeExcel({ sheets: [...planSheets, mine], apiVersion: "1.9" });
    const host = createExcelHost();
    const before = fake.snapshot(ROLLUP_SHEET);

    const { name, layout } = await rollUpAll(host);
    const again = await host.writeRollup(layout, HOW);

    expect(name).toBe(`${ROLLUP_SHEET} (2)`);
    expect(again).toBe(name);
    expect(fake.snapshot(ROLLUP_SHEET)).toEqual(before);
    // The user's sheet holds no plan: listed as not read, never added up.
    expect(fake.sheet(name).valuesOf("A1:A40").flat()).toContain(ROLLUP_SHEET);
  });

  test("finds its own sheet by its mark after the workbook is reopened (the remembered id gone)", async () => {
    const fake = installFakeExcel({ sheets: planSheets, apiVersion: "1.9" });
    await rollUpAll(createExcelHost());
    // Reopened: the remembered id is gone, the mark stays with the sheet.
    fake.settings.remove(SETTING.rollupSheetId);

    const { name } = await rollUpAll(createExcelHost());

    expect(name).toBe(ROLLUP_SHEET);
    expect(fake.sheetNames()).toHaveLength(4);
  });

  test("a write cut short leaves the status line saying so; the next write finishes it", async () => {
    const fake = installFakeExcel({ sheets: planSheets, apiVersion: "1.9" });
    const host = createExcelHost();
    const { layout } = await rollUpAll(host);
    const status = `A${layout.statusCell.row + 1}`;
    expect(fake.sheet(ROLLUP_SHEET).valuesOf(status)).toEqual([["หน่วยงานที่แผนยังมีข้อผิดพลาด (1 หน่วยงาน)"]]);

    // The third sync is the paint: stop it after its first writes.
    fake.failSync({ sync: fake.syncCount + 3, code: "GeneralException", afterOps: 40 });
    await expect(host.writeRollup(layout, HOW)).rejects.toMatchObject({ kind: "failed" });
    expect(fake.sheet(ROLLUP_SHEET).valuesOf(status)).toEqual([[HOW.incomplete]]);

    await host.writeRollup(layout, HOW);
    expect(fake.sheet(ROLLUP_SHEET).valuesOf(status)).toEqual([["หน่วยงานที่แผนยังมีข้อผิดพลาด (1 หน่วยงาน)"]]);
  });
});
