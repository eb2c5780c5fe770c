/**
 * A summary too large for one request of Excel on the web (5 MB,
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
 * the fake counts every action of a request as office.js builds it (test/fakes/excel/context.ts), so a
 * write sent in one batch is refused as Excel on the web refuses it.
 */
import { type Cell, SAMPLE_HEADERS, layoutMatrix, summaryLayout } from "../../src/core";
import type { SummaryWrite } from "../../src/hosts/planHost";
import { createExcelHost } from "../../src/hosts/officejs";
import { installFakeExcel } from "../fakes/excel";
import { DONE, NOT_DONE, officePlanRows, sampleLayout, sampleReport, sampleSheet } from "./fixtures";

const INCOMPLETE = "เขียนไม่ครบ";
const HOW: SummaryWrite = { automatic: false, incomplete: INCOMPLETE, printSetupFailed: "!" };
const LIMIT = 5_000_000;

/** A plan of `count` projects, none carried out, each with its reason. */
function notCarriedOut(count: number) {
  return summaryLayout(
    sampleReport(
      officePlanRows(
        "เทศบาลตำบลทดสอบ",
        Array.from({ length: count }, () => NOT_DONE),
      ),
    ),
  );
}

describe("a summary of a plan whose provenance and memo would pass a cell's 32,767 characters", () => {
  test("20,000 rows with their dimensions interleaved are written, each list cut to fit its cell", async () => {
    const rows: Cell[][] = [[...SAMPLE_HEADERS]];
    for (let i = 1; i <= 20_000; i++) {
      const status = i % 3 === 0 ? NOT_DONE : DONE;
      rows.push([`${(i % 2) + 1}.${i}`, (i % 2) + 1, `โครงการที่ ${i}`, "โครงการ", 1000, 0, status, null]);
    }
    const layout = summaryLayout(sampleReport(rows), { withMemo: true });
    const fake = installFakeExcel({ sheets: [sampleSheet()] });

    // Excel refuses a cell over 32,767 characters with InvalidArgument (the fake's writeValue).
    const name = await createExcelHost().writeSummary(layout, HOW);

    expect(fake.sheet(name).valuesOf(`A1:H${layout.rowCount}`)).toEqual(layoutMatrix(layout).values);
  });
});

describe("a summary over Excel on the web's 5 MB request", () => {
  const layout = notCarriedOut(4_000);

  test("4,000 projects not carried out are written in requests under 5 MB each, all of it", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });

    const name = await createExcelHost().writeSummary(layout, HOW);

    expect(Math.max(...fake.requestSizes)).toBeLessThan(LIMIT);
    // Sent whole it would not pass: the test is about the split, not a small layout.
    expect(fake.requestSizes.reduce((sum, bytes) => sum + bytes, 0)).toBeGreaterThan(LIMIT);
    const { values } = layoutMatrix(layout);
    const sheet = fake.sheet(name);
    expect(sheet.valuesOf(`A1:H${layout.rowCount}`)).toEqual(values);
    expect(sheet.merges).toHaveLength(layout.merges.length);
    expect(layout.rowHeights.map((_, row) => sheet.rowHeights.get(row))).toEqual(layout.rowHeights);
  });

  test("a failure part-way leaves the status line saying the summary is incomplete", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    // A first write (2 syncs to look, then the write's own), then the rewrite fails in its second write sync.
    const host = createExcelHost();
    const name = await host.writeSummary(sampleLayout(), HOW);
    fake.failSync({ sync: fake.syncCount + 4, code: "GeneralException" });

    await expect(host.writeSummary(layout, HOW)).rejects.toMatchObject({ kind: "failed" });

    const { row, column } = layout.statusCell;
    expect(fake.sheet(name).cell(row, column)?.value).toBe(INCOMPLETE);
  });

  test("an ordinary plan is still written in one request", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });

    await createExcelHost().writeSummary(notCarriedOut(40), HOW);

    // Two to find the add-in's sheet, one to write.
    expect(fake.syncCount).toBe(3);
  });
});
