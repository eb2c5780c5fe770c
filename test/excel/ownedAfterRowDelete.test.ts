/**
 * The add-in's own sheets after the user deleted the row their mark refers to: Excel keeps the
 * worksheet-scoped name but its formula turns into "=#REF!". The sheet is still the add-in's, is
 * rewritten in place, and its mark points at the new status line (or A1) again.
 */
import { SUMMARY_WORDS, layoutMatrix } from "../../src/core";
import { ROLLUP_MARK, SUMMARY_MARK, createExcelHost, findOwnedSummary } from "../../src/hosts/officejs";
import type { RollupWrite, SummaryWrite } from "../../src/hosts/planHost";
import { fakeColumnName, installFakeExcel } from "../fakes/excel";
import { userDeletesRows, userInsertsRows } from "../fakes/excel/userRows";
import { THREE_OFFICES, rollupOfAll, sampleLayout, sampleSheet } from "./fixtures";

const HOW: SummaryWrite = { automatic: false, incomplete: "เขียนไม่ครบ", printSetupFailed: "(no page setup)" };
const SUMMARY = SUMMARY_WORDS.th.sheetName;

describe("the summary sheet after the user deleted its status line's row", () => {
  test("is still the add-in's: rewritten in place, its mark pointing at the new status line", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const layout = sampleLayout();
    const host = createExcelHost();
    await host.writeSummary(layout, HOW);
    const statusRow = layout.statusCell.row + 1;
    userDeletesRows(fake, SUMMARY, statusRow);
    expect(fake.sheet(SUMMARY).names.get(SUMMARY_MARK)).toBe("=#REF!");

    const name = await host.writeSummary(layout, HOW);

    expect(name).toBe(SUMMARY);
    expect(fake.sheetNames()).toEqual([sampleSheet().name, SUMMARY]);
    const sheet = fake.sheet(SUMMARY);
    const area = `A1:${fakeColumnName(layout.columnCount - 1)}${layout.rowCount}`;
    expect(sheet.valuesOf(area)).toEqual(layoutMatrix(layout).values);
    const column = fakeColumnName(layout.statusCell.column);
    expect(sheet.names.get(SUMMARY_MARK)).toBe(`=${SUMMARY}!$${column}$${statusRow}`);
  });

  test("is found as the add-in's even before it is written again, with no status line to point at", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const layout = sampleLayout();
    await createExcelHost().writeSummary(layout, HOW);
    userDeletesRows(fake, SUMMARY, layout.statusCell.row + 1);

    const found = await Excel.run((context) => findOwnedSummary(context, undefined));

    expect(found).toMatchObject({ name: SUMMARY, statusCell: undefined });
  });

  test("rows inserted above the status line: the mark follows it, and the next write points it back", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const layout = sampleLayout();
    const host = createExcelHost();
    await host.writeSummary(layout, HOW);
    userInsertsRows(fake, SUMMARY, 1, 2);
    const column = fakeColumnName(layout.statusCell.column);
    expect(fake.sheet(SUMMARY).names.get(SUMMARY_MARK)).toBe(
      `=${SUMMARY}!$${column}$${layout.statusCell.row + 3}`,
    );

    await host.writeSummary(layout, HOW);

    expect(fake.sheetNames()).toEqual([sampleSheet().name, SUMMARY]);
    expect(fake.sheet(SUMMARY).names.get(SUMMARY_MARK)).toBe(
      `=${SUMMARY}!$${column}$${layout.statusCell.row + 1}`,
    );
  });
});

describe("the roll-up sheet after the user deleted its first row", () => {
  test("is still the add-in's: rewritten in place, its mark pointing at A1 again", async () => {
    const fake = installFakeExcel({
      sheets: THREE_OFFICES.map(({ sheet, rows }) => ({ name: sheet, rows })),
    });
    const host = createExcelHost();
    const layout = await rollupOfAll(host);
    const how: RollupWrite = { incomplete: "เขียนไม่ครบ", printSetupFailed: "(no page setup)" };
    const name = await host.writeRollup(layout, how);
    userDeletesRows(fake, name, 1);
    expect(fake.sheet(name).names.get(ROLLUP_MARK)).toBe("=#REF!");

    expect(await host.writeRollup(layout, how)).toBe(name);

    expect(fake.sheetNames()).toEqual([...THREE_OFFICES.map(({ sheet }) => sheet), name]);
    const area = `A1:${fakeColumnName(layout.columnCount - 1)}${layout.rowCount}`;
    expect(fake.sheet(name).valuesOf(area)).toEqual(layoutMatrix(layout).values);
    expect(fake.sheet(name).names.get(ROLLUP_MARK)).toBe(`=${name}!$A$1`);
  });
});
