/** A new plan sheet from the template, as an Excel table with drop-down lists. */
import {
  columnLetter,
  FORMAT,
  SAMPLE_SHEET,
  SAMPLE_TABLE,
  analyzePlan,
  columnPoints,
  listAlert,
  planTemplate,
  toBaht,
} from "../../src/core";
import {
  TEMPLATE_DIMENSIONS,
  TEMPLATE_SHEET,
  TEMPLATE_STATUSES,
  TEMPLATE_COLUMNS,
} from "../../src/core/layout/template";
import type { NewPlan, PlanChoice } from "../../src/hosts/planHost";
import { createExcelHost } from "../../src/hosts/officejs";
import { type FakeWorkbook, installFakeExcel } from "../fakes/excel";
import { sampleSheet } from "./fixtures";

async function create(fake: FakeWorkbook, template = planTemplate()) {
  const before = fake.syncCount;
  const choice = sheetOf(await createExcelHost().createTemplate(template));
  return { choice, syncs: fake.syncCount - before };
}

/** Excel puts a new plan on a sheet of the workbook (can.newPlan "sheet"): the plan to read. */
function sheetOf(made: NewPlan): PlanChoice {
  if (made.kind !== "sheet") throw new Error(`Excel saved the template as a file: ${made.name}`);
  return made.choice;
}

const DIMENSION_COLUMN = 1;
const STATUS_COLUMN = 6;
const REASON_COLUMN = 7;

describe("createTemplate", () => {
  test("a new sheet with the titles, the header and an Excel table over the rows, the page set up after", async () => {
    const fake = installFakeExcel({ sheets: [{ name: "ปก" }], apiVersion: "1.9" });
    const template = planTemplate({ organisation: "องค์การบริหารส่วนตำบลแม่วิน", fiscalYear: 2567 });

    const { choice, syncs } = await create(fake, template);

    // Names, the sheet, then the page on its own (best effort).
    expect(syncs).toBe(3);
    expect(choice).toEqual({ sheet: TEMPLATE_SHEET, table: SAMPLE_TABLE });
    const sheet = fake.sheet(TEMPLATE_SHEET);
    expect(fake.activeSheet).toBe(sheet);
    expect(fake.tables.map((table) => [table.name, table.sheet.name, table.area])).toEqual([
      [
        SAMPLE_TABLE,
        TEMPLATE_SHEET,
        { top: 2, left: 0, bottom: 2 + template.rows.length, right: template.columns.length - 1 },
      ],
    ]);
    expect(sheet.valuesOf(`A3:${columnLetter(template.columns.length)}3`)).toEqual([
      template.columns.map((column) => column.header),
    ]);
    expect(sheet.at("A1")).toMatchObject({ value: template.titles[0], format: { bold: true } });
    expect(sheet.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: template.columns.length - 1 },
      { top: 1, left: 0, bottom: 1, right: template.columns.length - 1 },
    ]);
    expect(sheet.frozenRows).toBe(3);
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$3:$3",
    });
    expect(template.layout.rowHeights.map((_, row) => sheet.rowHeights.get(row))).toEqual(
      template.layout.rowHeights,
    );
    expect([...sheet.columnWidths.entries()]).toEqual(
      template.columns.map((column, i) => [i, columnPoints(column.width)]),
    );
  });

  test("number formats are set before values: a text number stays text, amounts get baht", async () => {
    const fake = installFakeExcel({ sheets: [{ name: "ปก" }] });
    const template = planTemplate();
    const rows = [
      ["1.10", TEMPLATE_DIMENSIONS[0], "=โครงการ", "โครงการ", 1500.5, 0, TEMPLATE_STATUSES[0], null],
    ];

    await create(fake, { ...template, rows });

    const sheet = fake.sheet(TEMPLATE_SHEET);
    expect(template.columns.map((_, c) => sheet.cell(3, c)?.numberFormat)).toEqual(
      template.columns.map((column) => column.format),
    );
    expect(sheet.cell(3, 4)?.numberFormat).toBe(FORMAT.baht);
    expect(sheet.at("A4")?.value).toBe("1.10");
    expect([sheet.at("C4")?.value, sheet.at("C4")?.formula]).toEqual(["=โครงการ", undefined]);
    expect(sheet.at("E4")?.value).toBe(1500.5);
    expect(template.columns.map((_, c) => sheet.cell(2, c)?.numberFormat)).toEqual(
      Array(template.columns.length).fill("@"),
    );
  });

  test("at ExcelApi 1.8, drop-down lists of the four dimensions, the four statuses and the four reasons", async () => {
    const fake = installFakeExcel({ sheets: [{ name: "ปก" }], apiVersion: "1.8" });
    const template = planTemplate();

    await create(fake, template);

    const body = (column: number) => ({
      top: 3,
      left: column,
      bottom: 2 + template.rows.length,
      right: column,
    });
    const validations = fake.sheet(TEMPLATE_SHEET).validations;
    expect(validations.map((v) => v.area)).toEqual([
      body(DIMENSION_COLUMN),
      body(STATUS_COLUMN),
      body(REASON_COLUMN),
    ]);
    expect(validations.map((v) => v.rule?.list?.source.split(","))).toEqual([
      TEMPLATE_DIMENSIONS,
      TEMPLATE_STATUSES,
      ["ไม่ได้รับจัดสรรงบประมาณ", "นโยบายผู้บริหารเปลี่ยนแปลง", "บุคลากรไม่เพียงพอ", "อื่นๆ"],
    ]);
    for (const validation of validations) {
      expect(validation.rule?.list?.source.split(",")).toHaveLength(4);
      expect(validation.rule?.list?.inCellDropDown).toBe(true);
      expect(validation.errorAlert).toMatchObject({
        showAlert: true,
        style: "Warning",
        ...listAlert(TEMPLATE_COLUMNS[validation.area.left]),
      });
    }
  });

  test("a list Excel cannot take typed in goes to the hidden list sheet, the rule pointing at its cells", async () => {
    const fake = installFakeExcel({ sheets: [{ name: "ปก" }], apiVersion: "1.8" });
    const base = planTemplate();
    // Over 255 characters joined, and one item with a comma: both need cells, not a typed-in list.
    const long = Array.from({ length: 12 }, (_, i) => `เหตุผลข้อที่ ${i + 1} ที่ยาวพอจะเกินขีดจำกัดของรายการ`);
    const comma = ["ก, ข", "ค"];
    const template = {
      ...base,
      columns: base.columns.map((column) =>
        column.field === "reason"
          ? { ...column, list: long }
          : column.field === "status"
            ? { ...column, list: comma }
            : column,
      ),
    };

    await create(fake, template);

    expect(fake.sheetNames()).toEqual(["ปก", TEMPLATE_SHEET, template.listSheet]);
    const lists = fake.sheet(template.listSheet);
    expect(lists.visibility).toBe("Hidden");
    expect(fake.activeSheet?.name).toBe(TEMPLATE_SHEET);
    expect(lists.valuesOf(`A1:A${comma.length}`)).toEqual(comma.map((item) => [item]));
    expect(lists.valuesOf(`B1:B${long.length}`)).toEqual(long.map((item) => [item]));
    const sources = fake.sheet(TEMPLATE_SHEET).validations.map((v) => v.rule?.list?.source);
    expect(sources).toEqual([
      TEMPLATE_DIMENSIONS.join(","),
      expect.stringMatching(new RegExp(`^='?${template.listSheet}'?!\\$A\\$1:\\$A\\$${comma.length}$`)),
      expect.stringMatching(new RegExp(`^='?${template.listSheet}'?!\\$B\\$1:\\$B\\$${long.length}$`)),
    ]);
  });

  test("a user's sheet named like the list sheet is left alone; the hidden one takes a free name", async () => {
    const base = planTemplate();
    const fake = installFakeExcel({
      sheets: [{ name: base.listSheet, rows: [["ของผู้ใช้"]] }],
      apiVersion: "1.8",
    });
    const template = {
      ...base,
      columns: base.columns.map((column) =>
        column.field === "status" ? { ...column, list: ["ก, ข"] } : column,
      ),
    };

    await create(fake, template);

    expect(fake.sheetNames()).toEqual([base.listSheet, TEMPLATE_SHEET, `${base.listSheet} (2)`]);
    expect(fake.sheet(base.listSheet).visibility).toBe("Visible");
    expect(fake.sheet(base.listSheet).valuesOf("A1")).toEqual([["ของผู้ใช้"]]);
  });

  test("below ExcelApi 1.8 the lists are skipped and the table is made all the same", async () => {
    const fake = installFakeExcel({ sheets: [{ name: "ปก" }], apiVersion: "1.7" });

    const { choice, syncs } = await create(fake);

    expect(syncs).toBeLessThanOrEqual(2);
    expect(choice).toEqual({ sheet: TEMPLATE_SHEET, table: SAMPLE_TABLE });
    expect(fake.sheet(TEMPLATE_SHEET).validations).toEqual([]);
    expect(fake.sheet(TEMPLATE_SHEET).frozenRows).toBe(3);
  });

  test("a user's sheet and table of the same names are never touched; free names are taken", async () => {
    const fake = installFakeExcel({
      sheets: [sampleSheet(), { name: TEMPLATE_SHEET, rows: [["ของผู้ใช้", 1]] }],
      names: ["PlanProjects2"],
    });
    const before = [fake.snapshot(SAMPLE_SHEET), fake.snapshot(TEMPLATE_SHEET)];

    const { choice } = await create(fake);

    expect(choice).toEqual({ sheet: `${TEMPLATE_SHEET} (2)`, table: "PlanProjects3" });
    expect([fake.snapshot(SAMPLE_SHEET), fake.snapshot(TEMPLATE_SHEET)]).toEqual(before);
    expect(fake.tables.map((table) => [table.name, table.sheet.name])).toEqual([
      [SAMPLE_TABLE, SAMPLE_SHEET],
      ["PlanProjects3", choice.sheet],
    ]);
  });

  test("a fresh template reads back as a plan with four empty dimensions and no issue", async () => {
    installFakeExcel({ sheets: [{ name: "ปก" }], apiVersion: "1.8" });
    const host = createExcelHost();

    const choice = sheetOf(await host.createTemplate(planTemplate()));
    const report = analyzePlan(await host.readPlan(choice));

    expect(report?.issues).toEqual([]);
    expect(report?.summary.dimensions.map((d) => [d.dimension, d.projects])).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
    ]);
  });

  test("with the sample rows it reads back as the seed's table", async () => {
    installFakeExcel({ sheets: [{ name: "ปก" }] });
    const host = createExcelHost();

    const choice = sheetOf(await host.createTemplate(planTemplate({ withSample: true })));
    const report = analyzePlan(await host.readPlan(choice));

    const row = (t: NonNullable<typeof report>["summary"]["total"]) => [
      t.projects,
      toBaht(t.plannedBudget),
      t.completed,
      toBaht(t.disbursed),
      t.notDone,
      t.pctProjects,
      t.pctBudget,
    ];
    expect(report?.summary.dimensions.map(row)).toEqual([
      [5, 35000, 4, 17175, 1, 80, 49.07],
      [5, 23000, 5, 23000, 0, 100, 100],
      [2, 20000, 2, 18495, 0, 100, 92.48],
      [4, 323900, 4, 271425, 0, 100, 83.8],
    ]);
    expect(report && row(report.summary.total)).toEqual([16, 401900, 15, 330095, 1, 93.75, 82.13]);
  });
});
