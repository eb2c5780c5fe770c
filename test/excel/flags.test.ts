/** The add-in's conditional format on the rows not carried out. */
import { SAMPLE_SHEET } from "../../src/core";
import { FLAG_FILL, SETTING, createExcelHost, flagFormula } from "../../src/excel";
import type { PlanArea } from "../../src/host";
import { installFakeExcel } from "../fakes/excel";
import { sampleSheet } from "./fixtures";

const area = (rows: number[]): PlanArea => ({
  choice: { sheet: SAMPLE_SHEET },
  firstColumn: 1,
  lastColumn: 8,
  rows,
});

const userRules = [
  { type: "Custom", address: "E4:F27", formula: "=$F4>$E4", fill: "#FFEB9C" },
  { type: "CellValue", address: "E4:E27" },
];

function withUserRules() {
  return installFakeExcel({
    sheets: [{ ...sampleSheet(), conditionalFormats: userRules, fills: { B5: "#00B0F0" } }],
  });
}

describe("flagRows", () => {
  test("adds a light red rule over the plan's columns on the flagged rows", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });

    await createExcelHost().flagRows(area([15, 9]));

    expect(fake.sheet(SAMPLE_SHEET).conditionalFormats).toEqual([
      expect.objectContaining({
        type: "Custom",
        formula: "=ISNUMBER(MATCH(ROW(),{9,15},0))",
        fill: FLAG_FILL,
        area: { top: 8, left: 0, bottom: 14, right: 7 },
      }),
    ]);
  });

  test("flagging again replaces only the add-in's rule; the user's rules and fills stay", async () => {
    const fake = withUserRules();
    const sheet = fake.sheet(SAMPLE_SHEET);
    const users = JSON.parse(JSON.stringify(sheet.conditionalFormats)) as unknown;

    await createExcelHost().flagRows(area([9]));
    await createExcelHost().flagRows(area([12, 20]));

    const ours = sheet.conditionalFormats.filter((format) => format.fill === FLAG_FILL);
    expect(ours.map((format) => format.formula)).toEqual([flagFormula([12, 20])]);
    expect(sheet.conditionalFormats.filter((format) => format.fill !== FLAG_FILL)).toEqual(users);
    expect(sheet.at("B5")?.format.fill).toBe("#00B0F0");
  });

  test("a user's rule with the add-in's formula on another sheet is not the add-in's", async () => {
    const fake = installFakeExcel({
      sheets: [
        sampleSheet(),
        {
          name: "สำเนา",
          conditionalFormats: [{ type: "Custom", address: "A9:H9", formula: flagFormula([9]) }],
        },
      ],
    });

    await createExcelHost().flagRows(area([9]));
    await createExcelHost().flagRows(area([10]));

    expect(fake.sheet("สำเนา").conditionalFormats).toHaveLength(1);
    expect(fake.sheet(SAMPLE_SHEET).conditionalFormats.map((format) => format.formula)).toEqual([
      flagFormula([10]),
    ]);
  });

  test("with no rows to flag, the add-in's rule is removed and the user's stay", async () => {
    const fake = withUserRules();

    await createExcelHost().flagRows(area([9]));
    await createExcelHost().flagRows(area([]));

    expect(fake.sheet(SAMPLE_SHEET).conditionalFormats.map((format) => format.type)).toEqual([
      "Custom",
      "CellValue",
    ]);
    expect(fake.sheet(SAMPLE_SHEET).conditionalFormats.some((format) => format.fill === FLAG_FILL)).toBe(
      false,
    );
  });

  test("with no rows and no rule of the add-in's, nothing is added and the user's rules stay", async () => {
    const fake = withUserRules();
    const before = fake.snapshot(SAMPLE_SHEET);

    await createExcelHost().flagRows(area([]));

    expect(fake.snapshot(SAMPLE_SHEET)).toEqual(before);
    expect(fake.settings.saved()[SETTING.flagRule]).toBeUndefined();
  });
});
