/**
 * Older builds of Excel on the web answer a response over 5 MB with GeneralException ("An internal error
 * has occurred"), not ResponsePayloadSizeLimitExceeded (office-js #1314,
 * https://github.com/OfficeDev/office-js/issues/1314, and #1012): a read of a large plan falls back to
 * smaller chunks on that code too, once, and only for a block of more than one row.
 */
import { SAMPLE_SHEET, SAMPLE_TABLE } from "../../src/core";
import { createExcelHost, rowsPerChunk } from "../../src/hosts/officejs";
import { installFakeExcel } from "../fakes/excel";
import { bigPlan, sampleSheet } from "./fixtures";

const table = { sheet: SAMPLE_SHEET, table: SAMPLE_TABLE };
const LIMIT = 200_000;

function oldWebExcel(rows = bigPlan(10_000)) {
  return installFakeExcel({
    sheets: [sampleSheet([["title"], [null], ...rows])],
    payloadLimit: LIMIT,
    oversizedResponseCode: "GeneralException",
  });
}

describe("a large plan on an older Excel on the web", () => {
  test("a whole read refused with GeneralException is read again in row chunks", async () => {
    const plan = bigPlan(10_000);
    const fake = oldWebExcel(plan);

    const grid = await createExcelHost({ payloadBytes: LIMIT }).readPlan(table);

    expect(grid.rows.slice(2)).toEqual(plan);
    // The refused read, one to measure the table, then the chunks.
    expect(fake.syncCount).toBe(2 + Math.ceil(10_003 / rowsPerChunk(8, LIMIT)));
  });

  test("once: a chunk refused again with GeneralException ends the read as Excel's failure", async () => {
    // Rows far longer than the guess per cell: the chunks of the retry are refused too.
    const fake = oldWebExcel(bigPlan(600, (i) => `โครงการ ${i} ${"ก".repeat(3_000)}`));

    await expect(createExcelHost({ payloadBytes: LIMIT }).readPlan(table)).rejects.toMatchObject({
      kind: "failed",
      message: expect.stringContaining("GeneralException"),
    });
    // The refused whole read, the measure, and the first chunk: no chunk is halved on that code.
    expect(fake.syncCount).toBe(3);
  });

  test("after a size refusal, a chunk refused with GeneralException is halved once", async () => {
    // The whole read is refused with the size's own code, then a chunk sized by the guess with
    // GeneralException: its half passes.
    const plan = bigPlan(600, (i) => `โครงการ ${i} ${"ก".repeat(1_500)}`);
    const fake = oldWebExcel(plan);
    fake.failSync({ sync: 1, code: "ResponsePayloadSizeLimitExceeded" });

    const grid = await createExcelHost({ payloadBytes: LIMIT }).readPlan(table);

    expect(grid.rows.slice(2)).toEqual(plan);
  });

  test("a GeneralException on a one-row sheet is not retried", async () => {
    const fake = installFakeExcel({ sheets: [{ name: "แผน", rows: [["ก"]] }] });
    fake.failSync({ sync: 1, code: "GeneralException" });

    await expect(createExcelHost().readPlan({ sheet: "แผน" })).rejects.toMatchObject({ kind: "failed" });
    // The refused read and the one that measured the sheet: no chunk was read again.
    expect(fake.syncCount).toBe(2);
  });
});
