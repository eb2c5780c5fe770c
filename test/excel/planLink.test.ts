/** The link to the plan the user chose: a workbook name over its sheet, followed through renames. */
import { SAMPLE_SHEET } from "../../src/core";
import { createExcelHost } from "../../src/hosts/officejs";
import { PLAN_LINK, sheetOf } from "../../src/hosts/officejs/planLink";
import { installFakeExcel } from "../fakes/excel";

const PLAN = { sheet: "แผน 2566" };
const OTHER = { sheet: "หมายเหตุ" };

function workbook() {
  return installFakeExcel({
    sheets: [
      { name: PLAN.sheet, rows: [["ลำดับ", "มิติ"]] },
      { name: OTHER.sheet, rows: [["x"]] },
    ],
  });
}

describe("the link to the chosen plan", () => {
  test("is put over the whole sheet when the user chooses a plan, and follows the sheet's new name", async () => {
    const fake = workbook();
    const host = createExcelHost();
    host.loadSettings();
    await host.saveSettings({ choice: PLAN });

    expect(fake.definedNames.get(PLAN_LINK)).toBe("='แผน 2566'!$1:$1048576");
    fake.userRenamesSheet(PLAN.sheet, "แผน 2566 (ส่ง สตง.)");
    await expect(host.linkedPlan()).resolves.toEqual({ sheet: "แผน 2566 (ส่ง สตง.)" });
  });

  test("moves to the plan chosen next; a save that chooses nothing new writes no link", async () => {
    const fake = workbook();
    const host = createExcelHost();
    host.loadSettings();
    await host.saveSettings({ choice: PLAN });
    await host.saveSettings({ choice: OTHER });
    expect(fake.definedNames.get(PLAN_LINK)).toBe(`=${OTHER.sheet}!$1:$1048576`);

    const syncs = fake.syncCount;
    await host.saveSettings({ choice: OTHER, fiscalYear: 2566 });
    expect(fake.syncCount).toBe(syncs);
    expect(fake.settings.saved()).toMatchObject({ "integrityPlan.settings": { fiscalYear: 2566 } });
  });

  test("is no plan when there is no link, or its sheet was deleted", async () => {
    const fake = workbook();
    const host = createExcelHost();
    await expect(host.linkedPlan()).resolves.toBeUndefined();
    host.loadSettings();
    await host.saveSettings({ choice: PLAN });
    fake.deleteSheet(fake.sheet(PLAN.sheet));
    expect(fake.definedNames.get(PLAN_LINK)).toBe("=#REF!");
    await expect(host.linkedPlan()).resolves.toBeUndefined();
  });

  test("reads the sheet of a reference, quoted or bare", () => {
    expect(sheetOf("='it''s a plan'!$1:$1048576")).toBe("it's a plan");
    expect(sheetOf(`=${SAMPLE_SHEET}!$A$1`)).toBe(SAMPLE_SHEET);
    expect(sheetOf("=#REF!")).toBeUndefined();
  });
});
