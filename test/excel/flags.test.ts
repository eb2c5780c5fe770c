/** The add-in's conditional format on the plan: core's rule over each row's own status cells. */
import { SAMPLE_ROWS, SAMPLE_SHEET, flagRule } from "../../src/core";
import { FLAG_FILL } from "../../src/core/layout/flagRule";
import { SETTING, createExcelHost } from "../../src/hosts/officejs";
import type { PlanArea } from "../../src/hosts/planHost";
import { installFakeExcel } from "../fakes/excel";
import { userInsertsRows, userSplitsRule } from "../fakes/excel/userRows";
import { sampleReport, sampleSheet } from "./fixtures";

const rule = flagRule(sampleReport(SAMPLE_ROWS))!;
const area: PlanArea = { choice: { sheet: SAMPLE_SHEET }, rule };

const userRules = [
  { type: "Custom", address: "E4:F27", formula: "=$F4>$E4", fill: "#FFEB9C" },
  { type: "CellValue", address: "E4:E27" },
];

function withUserRules() {
  return installFakeExcel({
    sheets: [{ ...sampleSheet(), conditionalFormats: userRules, fills: { B5: "#00B0F0" } }],
  });
}

const ours = (formats: readonly { formula?: string }[]) =>
  formats.filter((format) => format.formula === rule.formula);

describe("flagRows", () => {
  test("adds core's rule in core's colour over the plan's columns, from under the header to the last row", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });

    await createExcelHost().flagRows(area);

    expect(fake.sheet(SAMPLE_SHEET).conditionalFormats).toEqual([
      expect.objectContaining({
        type: "Custom",
        formula: rule.formula,
        fill: FLAG_FILL,
        area: { top: 3, left: 0, bottom: 1048575, right: 7 },
      }),
    ]);
  });

  test("flagging again replaces only the add-in's rule; the user's rules and fills stay", async () => {
    const fake = withUserRules();
    const sheet = fake.sheet(SAMPLE_SHEET);
    const users = JSON.parse(JSON.stringify(sheet.conditionalFormats)) as unknown;

    await createExcelHost().flagRows(area);
    await createExcelHost().flagRows(area);

    expect(ours(sheet.conditionalFormats)).toHaveLength(1);
    expect(sheet.conditionalFormats.filter((format) => format.formula !== rule.formula)).toEqual(users);
    expect(sheet.at("B5")?.format.fill).toBe("#00B0F0");
  });

  test("several copies of the add-in's rule go, one at a time, and never a user's rule between them", async () => {
    // Ids shift after each delete: deleting in one loop over proxies loaded once hits the wrong rules.
    const fake = installFakeExcel({
      sheets: [
        {
          ...sampleSheet(),
          conditionalFormats: [
            { type: "Custom", address: "A4:H30", formula: rule.formula, fill: FLAG_FILL },
            { type: "Custom", address: "E4:F27", formula: "=$F4>$E4", fill: "#FFEB9C" },
            { type: "Custom", address: "A4:H30", formula: rule.formula, fill: FLAG_FILL },
            { type: "Custom", address: "B4:B30", formula: '=$B4<>""', fill: "#C6EFCE" },
          ],
        },
      ],
      settings: { [SETTING.flagRule]: { sheetId: "{no-such-id}", formula: rule.formula } },
    });

    await createExcelHost().removeFlags({ sheet: SAMPLE_SHEET });

    expect(fake.sheet(SAMPLE_SHEET).conditionalFormats.map((format) => format.formula)).toEqual([
      "=$F4>$E4",
      '=$B4<>""',
    ]);
    expect(fake.settings.saved()[SETTING.flagRule]).toBeUndefined();
  });

  test("a user's rule with the add-in's formula on another sheet is not the add-in's", async () => {
    const fake = installFakeExcel({
      sheets: [
        sampleSheet(),
        { name: "สำเนา", conditionalFormats: [{ type: "Custom", address: "A9:H9", formula: rule.formula }] },
      ],
    });

    await createExcelHost().flagRows(area);
    await createExcelHost().flagRows(area);

    expect(fake.sheet("สำเนา").conditionalFormats).toHaveLength(1);
    expect(ours(fake.sheet(SAMPLE_SHEET).conditionalFormats)).toHaveLength(1);
  });

  test("removing the flags takes the add-in's rule and leaves the user's", async () => {
    const fake = withUserRules();

    await createExcelHost().flagRows(area);
    await createExcelHost().removeFlags({ sheet: SAMPLE_SHEET });

    expect(fake.sheet(SAMPLE_SHEET).conditionalFormats.map((format) => format.type)).toEqual([
      "Custom",
      "CellValue",
    ]);
    expect(fake.sheet(SAMPLE_SHEET).conditionalFormats.some((format) => format.fill === FLAG_FILL)).toBe(
      false,
    );
  });

  test("removing with no rule of the add-in's changes nothing", async () => {
    const fake = withUserRules();
    const before = fake.snapshot(SAMPLE_SHEET);

    await createExcelHost().removeFlags({ sheet: SAMPLE_SHEET });

    expect(fake.snapshot(SAMPLE_SHEET)).toEqual(before);
    expect(fake.settings.saved()[SETTING.flagRule]).toBeUndefined();
  });

  test("sync counts: flagging a plan with no earlier rule, and again over one", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const host = createExcelHost();
    await host.flagRows(area);
    const first = fake.syncCount;
    await host.flagRows(area);
    const second = fake.syncCount - first;
    // First: the guard's settling round trip + the add. Again: find the sheet, find and delete the
    // rule, look again (none), add, settle.
    expect(first).toBeLessThanOrEqual(3);
    expect(second).toBeLessThanOrEqual(7);
  });
});

describe("the add-in's rule after the user moved rows (Excel gives the formula back for the rule's own top-left cell)", () => {
  /** The rule's formula with every row reference moved down by `rows`, as Excel reads it back then. */
  const movedDown = (formula: string, rows: number) =>
    formula.replace(/(\$[A-Z]+)(\d+)/g, (_, column: string, row: string) => `${column}${Number(row) + rows}`);
  const flagged = <T extends { fill?: string }>(formats: readonly T[]) =>
    formats.filter((f) => f.fill === FLAG_FILL);

  test("after a row inserted above the plan, removing the flags finds the moved rule", async () => {
    const fake = withUserRules();
    await createExcelHost().flagRows(area);
    userInsertsRows(fake, SAMPLE_SHEET, 1);
    const [moved] = flagged(fake.sheet(SAMPLE_SHEET).conditionalFormats);
    expect(moved.area.top).toBe(4);
    expect(moved.formula).toBe(movedDown(rule.formula, 1));

    await createExcelHost().removeFlags({ sheet: SAMPLE_SHEET });

    expect(flagged(fake.sheet(SAMPLE_SHEET).conditionalFormats)).toEqual([]);
    expect(fake.sheet(SAMPLE_SHEET).conditionalFormats.map((f) => f.formula)).toEqual([
      "=$F5>$E5",
      undefined,
    ]);
  });

  test("after a row inserted above the plan, flagging again replaces the moved rule instead of adding a second", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    await createExcelHost().flagRows(area);
    userInsertsRows(fake, SAMPLE_SHEET, 2, 3);
    const movedRule = { ...rule, formula: movedDown(rule.formula, 3), firstRow: rule.firstRow + 3 };

    await createExcelHost().flagRows({ ...area, rule: movedRule });

    expect(flagged(fake.sheet(SAMPLE_SHEET).conditionalFormats)).toEqual([
      expect.objectContaining({
        formula: movedRule.formula,
        area: { top: 6, left: 0, bottom: 1048575, right: 7 },
      }),
    ]);
  });

  test("a rule split into fragments (rows cut and pasted inside it) is removed fragment by fragment, the user's rules between them kept", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    await createExcelHost().flagRows(area);
    const sheet = fake.sheet(SAMPLE_SHEET);
    const second = userSplitsRule(fake, SAMPLE_SHEET, sheet.conditionalFormats[0], 10);
    userSplitsRule(fake, SAMPLE_SHEET, second, 20);
    sheet.conditionalFormats.splice(1, 0, {
      id: "user",
      type: "Custom",
      area: { top: 3, left: 4, bottom: 26, right: 5 },
      formula: "=$F4>$E4",
      fill: "#FFEB9C",
    });
    expect(sheet.conditionalFormats.map((f) => f.formula)).toEqual([
      rule.formula,
      "=$F4>$E4",
      movedDown(rule.formula, 6),
      movedDown(rule.formula, 16),
    ]);

    await createExcelHost().removeFlags({ sheet: SAMPLE_SHEET });

    expect(sheet.conditionalFormats.map((f) => f.formula)).toEqual(["=$F4>$E4"]);
    expect(fake.settings.saved()[SETTING.flagRule]).toBeUndefined();
  });

  test("flagging a plan whose rule was split leaves exactly one rule of the add-in's", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const host = createExcelHost();
    await host.flagRows(area);
    userSplitsRule(fake, SAMPLE_SHEET, fake.sheet(SAMPLE_SHEET).conditionalFormats[0], 12);

    await host.flagRows(area);

    expect(flagged(fake.sheet(SAMPLE_SHEET).conditionalFormats)).toEqual([
      expect.objectContaining({
        formula: rule.formula,
        area: { top: 3, left: 0, bottom: 1048575, right: 7 },
      }),
    ]);
  });

  test("the rule is removed from the sheet it was put on and from the plan's sheet, after the plan moved", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet(), { name: "แผนใหม่" }] });
    const host = createExcelHost();
    await host.flagRows(area);
    // The plan's rows copied onto another sheet carry a fragment of the rule with them.
    fake.sheet("แผนใหม่").conditionalFormats.push({
      id: "copied",
      type: "Custom",
      area: { top: 9, left: 0, bottom: 30, right: 7 },
      formula: movedDown(rule.formula, 6),
      fill: FLAG_FILL,
    });

    await host.removeFlags({ sheet: "แผนใหม่" });

    expect(fake.sheet(SAMPLE_SHEET).conditionalFormats).toEqual([]);
    expect(fake.sheet("แผนใหม่").conditionalFormats).toEqual([]);
  });

  test("a rule saved by the older version, with no mark, is still removed by its saved formula while it has not moved", async () => {
    const unmarked = rule.formula.replace(/^=AND\((.*),"IntegrityPlan\.Flag"<>""\)$/, "=$1");
    expect(unmarked).not.toBe(rule.formula);
    const fake = installFakeExcel({
      sheets: [
        {
          ...sampleSheet(),
          conditionalFormats: [
            { type: "Custom", address: "E4:F27", formula: "=$F4>$E4", fill: "#FFEB9C" },
            { type: "Custom", address: "A4:H1048576", formula: unmarked, fill: FLAG_FILL },
          ],
        },
      ],
      settings: { [SETTING.flagRule]: { sheetId: "{from-an-older-session}", formula: unmarked } },
    });

    await createExcelHost().flagRows(area);

    expect(fake.sheet(SAMPLE_SHEET).conditionalFormats.map((f) => f.formula)).toEqual([
      rule.formula,
      "=$F4>$E4",
    ]);
  });
});
