/** Reading a plan from Excel into core's Grid. */
import { HEAD_ROWS, SAMPLE_ROWS, SAMPLE_SHEET, SAMPLE_TABLE, analyzePlan, showsHeader } from "../../src/core";
import { createExcelHost, rowsPerChunk } from "../../src/hosts/officejs";
import { areasOfAddress } from "../../src/hosts/officejs/read";
import { HostError } from "../../src/hosts/planHost";
import { installFakeExcel } from "../fakes/excel";
import { bigPlan, sampleSheet } from "./fixtures";

const table = { sheet: SAMPLE_SHEET, table: SAMPLE_TABLE };

describe("readPlan", () => {
  test("a table's title lines give the organisation and fiscal year, and its first row is the header", async () => {
    installFakeExcel({ sheets: [sampleSheet(SAMPLE_ROWS.map((row) => [...row]))] });

    const report = analyzePlan(await createExcelHost().readPlan(table));

    expect(report?.organisation).toBe("องค์การบริหารส่วนตำบลแม่วิน");
    expect(report?.fiscalYear).toBe(2566);
    expect(report?.source.headerRow).toBe(3);
  });

  test("reads a 10,000-row table, header included, with the title lines above it, in one sync", async () => {
    const plan = bigPlan(10_000);
    const fake = installFakeExcel({ sheets: [sampleSheet([["title"], [null], ...plan])] });
    const progress: [number, number][] = [];

    const grid = await createExcelHost().readPlan(table, (done, total) => progress.push([done, total]));

    expect(fake.syncCount).toBe(1);
    expect(grid.firstRow).toBe(1);
    expect(grid.headerRow).toBe(3);
    expect(grid.firstColumn).toBe(1);
    expect(grid.rows[0][0]).toBe("title");
    expect(grid.rows.slice(2)).toEqual(plan);
    expect(progress).toEqual([[10_003, 10_003]]);
    expect(analyzePlan(grid)?.summary.total.projects).toBe(10_000);
  });

  test("a sheet's used range gives the grid's position, and blank cells are null", async () => {
    installFakeExcel({
      sheets: [
        {
          name: "แผน",
          row: 5,
          column: 3,
          rows: [
            ["ลำดับ", "", "x"],
            [1, null, true],
          ],
        },
      ],
    });

    const grid = await createExcelHost().readPlan({ sheet: "แผน" });

    expect(grid).toEqual({
      rows: [
        ["ลำดับ", null, "x"],
        [1, null, true],
      ],
      firstRow: 5,
      firstColumn: 3,
    });
  });

  test("an empty sheet is an empty grid", async () => {
    installFakeExcel({ sheets: [{ name: "ว่าง" }] });

    await expect(createExcelHost().readPlan({ sheet: "ว่าง" })).resolves.toEqual({
      rows: [],
      firstRow: 1,
      firstColumn: 1,
    });
  });

  test("error cells arrive as errors, not text, and become cell-error issues", async () => {
    const rows = SAMPLE_ROWS.map((row) => [...row]);
    rows[4][5] = { error: "#N/A" };
    installFakeExcel({ sheets: [sampleSheet(rows)] });

    const grid = await createExcelHost().readPlan(table);
    const report = analyzePlan(grid);

    expect(grid.rows[4][5]).toEqual({ error: "#N/A" });
    expect(report?.issues.filter((issue) => issue.code === "cell-error").map((issue) => issue.row)).toEqual([
      5,
    ]);
  });

  test("a number formatted as a percentage arrives as the text it shows and is no amount (spec §2.3)", async () => {
    const rows = SAMPLE_ROWS.map((row) => [...row]);
    rows[4][5] = 0.4;
    rows[5][4] = 0.125;
    const fake = installFakeExcel({ sheets: [sampleSheet(rows)] });
    // The fake keeps cells by 0-based row and column: F5 and E6.
    fake.sheet(SAMPLE_SHEET).cellForWrite(4, 5).numberFormat = "0%";
    fake.sheet(SAMPLE_SHEET).cellForWrite(5, 4).numberFormat = "0.00%";

    const grid = await createExcelHost().readPlan(table);
    const report = analyzePlan(grid);

    expect([grid.rows[4][5], grid.rows[5][4]]).toEqual(["40%", "12.5%"]);
    expect(
      report?.issues
        .filter((issue) => issue.code === "percent-not-amount")
        .map((i) => [i.row, i.column, i.text]),
    ).toEqual([
      [5, 6, "40%"],
      [6, 5, "12.5%"],
    ]);
  });

  test("above the payload limit, reads the size then row chunks, reporting progress", async () => {
    const limit = 200_000;
    const plan = bigPlan(10_000);
    const fake = installFakeExcel({
      sheets: [sampleSheet([["title"], [null], ...plan])],
      payloadLimit: limit,
    });
    const progress: [number, number][] = [];

    const grid = await createExcelHost({ payloadBytes: limit }).readPlan(table, (done, total) =>
      progress.push([done, total]),
    );

    const chunks = Math.ceil(10_003 / rowsPerChunk(8, limit));
    expect(chunks).toBeGreaterThan(1);
    // One refused read of the whole table, one to measure it, then the chunks.
    expect(fake.syncCount).toBe(2 + chunks);
    expect(grid.rows.slice(2)).toEqual(plan);
    expect(grid.firstRow).toBe(1);
    expect(grid.headerRow).toBe(3);
    expect(progress[0]).toEqual([0, 10_003]);
    expect(progress.at(-1)).toEqual([10_003, 10_003]);
    expect(progress.map(([done]) => done)).toEqual([...progress.map(([done]) => done)].sort((a, b) => a - b));
    expect(progress).toHaveLength(chunks + 1);
  });

  test("rows larger than the estimate are read in smaller chunks", async () => {
    const limit = 100_000;
    const longName = (i: number) => `โครงการ ${i} ${"ก".repeat(2_000)}`;
    const plan = bigPlan(600, longName);
    const fake = installFakeExcel({
      sheets: [sampleSheet([["title"], [null], ...plan])],
      payloadLimit: limit,
    });

    const grid = await createExcelHost({ payloadBytes: limit }).readPlan(table);

    expect(grid.rows.slice(2)).toEqual(plan);
    // More syncs than the estimate alone would need: some chunks were refused and halved.
    expect(fake.syncCount).toBeGreaterThan(2 + Math.ceil(603 / rowsPerChunk(8, limit)));
  });

  test("a single row over the limit is too large", async () => {
    installFakeExcel({ sheets: [{ name: "แผน", rows: [["ก".repeat(2_000)]] }], payloadLimit: 1_000 });

    const read = createExcelHost({ payloadBytes: 1_000 }).readPlan({ sheet: "แผน" });

    await expect(read).rejects.toEqual(expect.objectContaining({ kind: "too-large" }));
    await expect(read).rejects.toBeInstanceOf(HostError);
  });

  test("a table that is gone is not-found", async () => {
    installFakeExcel({ sheets: [sampleSheet()] });

    await expect(createExcelHost().readPlan({ sheet: SAMPLE_SHEET, table: "Gone" })).rejects.toMatchObject({
      kind: "not-found",
    });
  });
});

describe("a table's Total Row", () => {
  test("is handed to core as the table's total row, which it reads as a total whatever its label", async () => {
    const rows = SAMPLE_ROWS.map((row) => [...row]);
    // The sample's last row is its "รวม" line; relabelled, only the Total Row's own evidence is left.
    const last = rows.length - 1;
    rows[last] = rows[last].map((cell) => (cell === "รวม" ? "สรุป" : cell));
    const sheet = sampleSheet(rows);
    installFakeExcel({ sheets: [{ ...sheet, tables: [{ ...sheet.tables![0], showTotals: true }] }] });

    const grid = await createExcelHost().readPlan(table);
    const report = analyzePlan(grid);

    expect(grid.totalsRow).toBe(rows.length);
    expect(report?.roles.at(-1)).toMatchObject({
      row: rows.length,
      role: "total",
      reason: "table-total-row",
    });
    expect(report?.summary.total.projects).toBe(16);
  });

  test("is absent when the table shows none", async () => {
    installFakeExcel({ sheets: [sampleSheet(SAMPLE_ROWS.map((row) => [...row]))] });
    expect((await createExcelHost().readPlan(table)).totalsRow).toBeUndefined();
  });
});

describe("merged cells", () => {
  const HEADER = ["ลำดับ", "มิติ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ"];
  const DONE = "ดำเนินการแล้วเสร็จ";
  /** A dimension cell merged down over three projects (B2:B4), as offices lay plans out. */
  const mergedPlan = (apiVersion: string, merges = 1) => {
    const rows = [HEADER, ["1", 1, "ก", 100, 100, DONE], ["2", null, "ข", 200, 200, DONE]];
    rows.push(["3", null, "ค", 300, 300, DONE], ["4", 2, "ง", 50, 50, DONE]);
    // A note far below, so the sheet's used range reaches the extra merges.
    if (merges > 1) rows.push(...Array.from({ length: merges + 10 }, () => []), ["หมายเหตุ"]);
    const fake = installFakeExcel({ apiVersion, sheets: [{ name: "แผน", rows }] });
    const sheet = fake.sheet("แผน");
    sheet.merges.push({ top: 1, left: 1, bottom: 3, right: 1 });
    // Further one-cell-high merges over the names, to pass Excel's limit of 512 merged areas.
    for (let i = 1; i < merges; i++) sheet.merges.push({ top: 10 + i, left: 2, bottom: 10 + i, right: 3 });
    return fake;
  };

  test("from ExcelApi 1.13, a value merged down belongs to every row it covers", async () => {
    mergedPlan("1.13");

    const grid = await createExcelHost().readPlan({ sheet: "แผน" });

    expect(grid.merges).toEqual([{ top: 2, left: 2, bottom: 4, right: 2 }]);
    expect(analyzePlan(grid)?.summary.dimensions.map((d) => d.projects)).toEqual([3, 1, 0, 0]);
    expect(analyzePlan(grid)?.issues).toEqual([]);
  });

  test("below ExcelApi 1.13, merges are not read: the rows a merge covers say they have no dimension", async () => {
    const fake = mergedPlan("1.12");

    const grid = await createExcelHost().readPlan({ sheet: "แผน" });

    expect(fake.syncCount).toBe(1);
    expect(grid.merges).toBeUndefined();
    const report = analyzePlan(grid);
    expect(report?.issues.map((i) => [i.code, i.row])).toEqual([
      ["unknown-dimension", 3],
      ["unknown-dimension", 4],
    ]);
  });

  test("with more merged areas than Excel returns (512), the plan is still read, without merges", async () => {
    mergedPlan("1.13", 600);

    const grid = await createExcelHost().readPlan({ sheet: "แผน" });

    expect(grid.rows).toHaveLength(616);
    expect(grid.merges).toBeUndefined();
  });

  test("a plan read in row chunks has its merges too", async () => {
    const fake = mergedPlan("1.13");
    fake.payloadLimit = 400;

    const grid = await createExcelHost({ payloadBytes: 400 }).readPlan({ sheet: "แผน" });

    expect(fake.syncCount).toBeGreaterThan(5);
    expect(grid.merges).toEqual([{ top: 2, left: 2, bottom: 4, right: 2 }]);
    expect(analyzePlan(grid)?.summary.dimensions[0].projects).toBe(3);
  });

  test("a sheet with no merges gives an empty list", async () => {
    installFakeExcel({ apiVersion: "1.13", sheets: [{ name: "แผน", rows: [HEADER] }] });

    expect((await createExcelHost().readPlan({ sheet: "แผน" })).merges).toEqual([]);
  });

  test("reads the areas of a RangeAreas address, quoted sheet names included", () => {
    expect(areasOfAddress("'แผน, ปี 68'!B3:B5, 'แผน, ปี 68'!$D$7, แผน!AA10:AB12")).toEqual([
      { top: 3, left: 2, bottom: 5, right: 2 },
      { top: 7, left: 4, bottom: 7, right: 4 },
      { top: 10, left: 27, bottom: 12, right: 28 },
    ]);
  });
});

describe("hidden and filtered rows (spec §2.5)", () => {
  const hiddenRowIssues = (grid: Parameters<typeof analyzePlan>[0]) =>
    analyzePlan(grid)
      ?.issues.filter((issue) => issue.code === "hidden-row")
      .map((issue) => issue.row);

  test("rows hidden by hand or by a filter are named, noted and still counted", async () => {
    const sheet = sampleSheet(SAMPLE_ROWS.map((row) => [...row]));
    const fake = installFakeExcel({ sheets: [{ ...sheet, hiddenRows: [6, 11] }] });
    const shown = analyzePlan({ rows: SAMPLE_ROWS, firstRow: 1, firstColumn: 1, headerRow: 3 });

    const grid = await createExcelHost().readPlan(table);

    expect(grid.hiddenRows).toEqual([6, 11]);
    expect(hiddenRowIssues(grid)).toEqual([6, 11]);
    expect(analyzePlan(grid)?.summary.total.projects).toBe(16);
    expect(analyzePlan(grid)?.summary).toEqual(shown?.summary);
    // The cells in one sync, then the first column's visible view in one of its own.
    expect(fake.syncCount).toBe(2);
  });

  test("with no hidden row the grid has no hiddenRows, and no request is spent on them", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet(SAMPLE_ROWS.map((row) => [...row]))] });

    const grid = await createExcelHost().readPlan(table);

    expect("hiddenRows" in grid).toBe(false);
    expect(hiddenRowIssues(grid)).toEqual([]);
    expect(fake.syncCount).toBe(1);
  });

  test("a hidden row outside the plan's range is not the plan's", async () => {
    installFakeExcel({
      sheets: [
        {
          name: "แผน",
          row: 3,
          rows: [
            ["ลำดับ", "ชื่อโครงการ"],
            ["1", "ก"],
          ],
          hiddenRows: [1, 9],
        },
      ],
    });

    expect("hiddenRows" in (await createExcelHost().readPlan({ sheet: "แผน" }))).toBe(false);
  });

  test("a plan read in row chunks has its hidden rows too", async () => {
    const limit = 200_000;
    const plan = bigPlan(10_000);
    const fake = installFakeExcel({
      sheets: [{ ...sampleSheet([["title"], [null], ...plan]), hiddenRows: [500, 9_000] }],
      payloadLimit: limit,
    });

    const grid = await createExcelHost({ payloadBytes: limit }).readPlan(table);

    expect(grid.rows.slice(2)).toEqual(plan);
    expect(grid.hiddenRows).toEqual([500, 9_000]);
    expect(hiddenRowIssues(grid)).toEqual([500, 9_000]);
    expect(analyzePlan(grid)?.summary.total.projects).toBe(10_000);
    // The visible view is itself read in chunks, each under the payload limit.
    expect(fake.syncCount).toBeGreaterThan(2 + Math.ceil(10_003 / rowsPerChunk(8, limit)) + 1);
  });

  test("when Excel refuses the visible view, the plan is still read, without hiddenRows", async () => {
    const sheet = sampleSheet(SAMPLE_ROWS.map((row) => [...row]));
    const fake = installFakeExcel({ sheets: [{ ...sheet, hiddenRows: [6, 11] }] });
    // As reported for getVisibleView on many rows (office-js#4263).
    fake.failSync({ sync: 2, code: "InvalidArgument" });

    const grid = await createExcelHost().readPlan(table);

    expect(grid.rows).toHaveLength(SAMPLE_ROWS.length);
    expect("hiddenRows" in grid).toBe(false);
    expect(analyzePlan(grid)?.summary.total.projects).toBe(16);
  });

  test("a hidden first column names no visible row, so hidden rows are left out, not guessed", async () => {
    const sheet = sampleSheet(SAMPLE_ROWS.map((row) => [...row]));
    installFakeExcel({ sheets: [{ ...sheet, hiddenRows: [6], hiddenColumns: [1] }] });

    const grid = await createExcelHost().readPlan(table);

    expect("hiddenRows" in grid).toBe(false);
    expect(analyzePlan(grid)?.summary.total.projects).toBe(16);
  });
});

describe("the fake's visible view", () => {
  test("lists the visible rows' cells as Excel addresses, and needs ExcelApi 1.3", async () => {
    const fake = installFakeExcel({
      sheets: [
        {
          name: "แผน, ปี 68",
          rows: [
            [1, 2],
            [3, 4],
            [5, 6],
          ],
          hiddenRows: [2],
        },
      ],
    });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("แผน, ปี 68").getRange("A1:B3");
      const view = range.getVisibleView();
      view.load("cellAddresses,rowCount");
      range.load("rowHidden");
      await context.sync();
      expect(view.cellAddresses).toEqual([
        ["'แผน, ปี 68'!A1", "'แผน, ปี 68'!B1"],
        ["'แผน, ปี 68'!A3", "'แผน, ปี 68'!B3"],
      ]);
      expect(view.rowCount).toBe(2);
      expect(range.rowHidden).toBeNull();
    });
    expect(fake.syncCount).toBe(1);

    installFakeExcel({ apiVersion: "1.2", sheets: [{ name: "แผน", rows: [[1]] }] });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("แผน").getRange("A1").getVisibleView().load("cellAddresses");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("readHeads: each place's first rows, to judge which may hold the plan (spec §4.3)", () => {
  const ledger = (count: number) => [
    ["วันที่", "รายการ", "จำนวนเงิน"],
    ...Array.from({ length: count }, (_, i) => [`2566-10-${(i % 28) + 1}`, `จ่ายค่าวัสดุ ${i}`, i]),
  ];

  test("a 100,000-row ledger costs its first 21 rows; a table gives its title lines, header and the rows under it", async () => {
    const fake = installFakeExcel({
      sheets: [
        { name: "บัญชี", rows: ledger(100_000) },
        sampleSheet([["แผนปฏิบัติการ"], [null], ...bigPlan(500)]),
      ],
    });

    const host = createExcelHost();
    const [sheetHead, tableHead] = await host.readHeads([{ sheet: "บัญชี" }, table]);

    expect(fake.syncCount).toBe(2);
    expect(sheetHead.rows).toHaveLength(HEAD_ROWS);
    expect(sheetHead.rows[0]).toEqual(["วันที่", "รายการ", "จำนวนเงิน"]);
    expect(sheetHead.headerRow).toBeUndefined();
    expect(tableHead.headerRow).toBe(3);
    // The first rows of what reading the table whole gives.
    expect(tableHead.rows).toEqual((await host.readPlan(table)).rows.slice(0, 2 + HEAD_ROWS));
    expect(tableHead.rows).toHaveLength(2 + HEAD_ROWS);
    expect(showsHeader(sheetHead)).toBe(false);
    expect(showsHeader(tableHead)).toBe(true);
  });

  test("an empty sheet gives no rows, and a place not read whole is not read past its head", async () => {
    installFakeExcel({
      sheets: [
        { name: "ว่าง", rows: [] },
        { name: "บัญชี", rows: ledger(30) },
      ],
    });

    const heads = await createExcelHost().readHeads([{ sheet: "ว่าง" }, { sheet: "บัญชี" }]);

    expect(heads[0].rows).toEqual([]);
    expect(heads[1].rows.map((row) => row[1])).toEqual([
      "รายการ",
      ...Array.from({ length: HEAD_ROWS - 1 }, (_, i) => `จ่ายค่าวัสดุ ${i}`),
    ]);
  });

  test("heads over the payload limit together are read in as many syncs as it takes, each whole", async () => {
    const wide = (name: string) => ({
      name,
      rows: Array.from({ length: 30 }, (_, r) => Array.from({ length: 40 }, (_, c) => `${name} ${r}:${c}`)),
    });
    // Each head is 21 × 40 cells: some 340 KB as the reader guesses cells, so two fit 800 KB, not three.
    const fake = installFakeExcel({ sheets: ["ก", "ข", "ค", "ง"].map(wide), payloadLimit: 800_000 });

    const heads = await createExcelHost({ payloadBytes: 800_000 }).readHeads(
      ["ก", "ข", "ค", "ง"].map((sheet) => ({ sheet })),
    );

    expect(fake.syncCount).toBe(1 + 2);
    expect(heads.map((head) => [head.rows.length, head.rows[HEAD_ROWS - 1][39]])).toEqual([
      [HEAD_ROWS, "ก 20:39"],
      [HEAD_ROWS, "ข 20:39"],
      [HEAD_ROWS, "ค 20:39"],
      [HEAD_ROWS, "ง 20:39"],
    ]);
  });
});
