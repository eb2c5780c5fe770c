/**
 * The rows the add-in's summary repeats on printed pages: core's title rows, and none when core gives
 * none, even on a sheet an earlier write gave some (Office.js sets title rows and cannot remove them).
 */
import type { SummaryLayout } from "../../src/core";
import type { SummaryWrite } from "../../src/hosts/planHost";
import { createExcelHost } from "../../src/hosts/officejs";
import { type FakeWorkbook, installFakeExcel } from "../fakes/excel";
import { sampleLayout, sampleSheet } from "./fixtures";

const HOW: SummaryWrite = { automatic: false, incomplete: "…", printSetupFailed: "(no page setup)" };

/** The sample's summary as core lays out a table that runs onto a second page: its header repeated. */
const repeating = (layout: SummaryLayout): SummaryLayout => ({
  ...layout,
  print: { ...layout.print, titleRows: layout.headerRows },
});

async function write(fake: FakeWorkbook, layout: SummaryLayout): Promise<{ name: string; syncs: number }> {
  const before = fake.syncCount;
  const name = await createExcelHost().writeSummary(layout, HOW);
  return { name, syncs: fake.syncCount - before };
}

describe("the rows the summary repeats on printed pages", () => {
  test("a rewrite with none to repeat moves the rows an earlier write repeated under the sheet's last, in one sync more", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()], apiVersion: "1.9" });
    const layout = sampleLayout();
    const { name } = await write(fake, repeating(layout));
    expect(fake.sheet(name).pageLayout.printTitleRows).toBe("$5:$6");

    const { syncs } = await write(fake, layout);

    // Row rowCount + 1 (1-based) is the first under the summary: no page follows it, so it never prints.
    expect(fake.sheet(name).pageLayout.printTitleRows).toBe(
      `$${layout.rowCount + 1}:$${layout.rowCount + 1}`,
    );
    expect(syncs).toBe(5);
  });

  test("a rewrite over rows already moved under the sheet's last moves nothing and costs no sync", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()], apiVersion: "1.9" });
    const layout = sampleLayout();
    await write(fake, repeating(layout));
    await write(fake, layout);

    const { name, syncs } = await write(fake, layout);

    expect(fake.sheet(name).pageLayout.printTitleRows).toBe(
      `$${layout.rowCount + 1}:$${layout.rowCount + 1}`,
    );
    expect(syncs).toBe(4);
  });

  test("title rows that are not whole rows are refused, as Excel refuses them", async () => {
    installFakeExcel({ sheets: [{ name: "ก" }], apiVersion: "1.9" });
    const set = (rows: string) =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("ก").pageLayout.setPrintTitleRows(rows);
        await context.sync();
      });

    await expect(set("A5:H6")).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(set("$5:$6")).resolves.toBeUndefined();
  });
});
