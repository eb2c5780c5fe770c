/** Writing the summary sheet the add-in owns. */
import {
  FORMAT,
  SAMPLE_ROWS,
  SAMPLE_SHEET,
  type SummaryLayout,
  SUMMARY_WORDS,
  columnPoints,
  layoutMatrix,
  selfCheckCondition,
  summaryLayout,
} from "../../src/core";
import type { SummaryWrite } from "../../src/hosts/planHost";
import {
  AREA_MARK,
  CHART_COLUMNS,
  CHART_ROWS,
  SETTING,
  SUMMARY_MARK,
  createExcelHost,
} from "../../src/hosts/officejs";
import { type FakeSheet, type FakeWorkbook, fakeColumnName, installFakeExcel } from "../fakes/excel";
import { sampleLayout, sampleReport, sampleSheet } from "./fixtures";

/** The summary's name in Thai, core's (the layout's sheetName). */
const SUMMARY_SHEET_NAME = SUMMARY_WORDS.th.sheetName;

const areaAddress = (layout: SummaryLayout) =>
  `A1:${fakeColumnName(layout.columnCount - 1)}${layout.rowCount}`;

function numberFormats(sheet: FakeSheet, layout: SummaryLayout): string[][] {
  return Array.from({ length: layout.rowCount }, (_, r) =>
    Array.from({ length: layout.columnCount }, (_, c) => sheet.cell(r, c)?.numberFormat ?? "General"),
  );
}

const INCOMPLETE = "เขียนไม่ครบ";
const NO_PRINT = "(ตั้งหน้ากระดาษไม่สำเร็จ)";
const HOW: SummaryWrite = { automatic: false, incomplete: INCOMPLETE, printSetupFailed: NO_PRINT };
const AUTOMATIC: SummaryWrite = { ...HOW, automatic: true };

async function writeOnce(
  fake: FakeWorkbook,
  layout = sampleLayout(),
): Promise<{ name: string; syncs: number }> {
  const before = fake.syncCount;
  const name = await createExcelHost().writeSummary(layout, HOW);
  return { name, syncs: fake.syncCount - before };
}

describe("writeSummary", () => {
  test("paints the layout's values and number formats in three syncs (find the owned sheet, write)", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const layout = sampleLayout();

    const { name, syncs } = await writeOnce(fake, layout);

    expect(syncs).toBe(3);
    expect(name).toBe(SUMMARY_SHEET_NAME);
    const sheet = fake.sheet(name);
    const { values, formats } = layoutMatrix(layout);
    expect(sheet.valuesOf(areaAddress(layout))).toEqual(values);
    expect(numberFormats(sheet, layout)).toEqual(formats);
    expect(fake.activeSheet).toBe(sheet);
  });

  test("merges, bold headings, table borders, column widths and the report font", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const layout = sampleLayout();

    const sheet = fake.sheet((await writeOnce(fake, layout)).name);

    expect(sheet.merges).toEqual(
      expect.arrayContaining(layout.merges.map((area) => expect.objectContaining(area))),
    );
    expect(sheet.merges).toHaveLength(layout.merges.length);
    const bold = (style: string) =>
      layout.cells
        .filter((cell) => cell.style === style)
        .map((cell) => sheet.cell(cell.row, cell.column)?.format.bold);
    expect(bold("header").every(Boolean)).toBe(true);
    expect(bold("totalValue").every(Boolean)).toBe(true);
    expect(bold("value").some(Boolean)).toBe(false);
    const { top, left, bottom, right } = layout.table;
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        expect(sheet.cell(r, c)?.format.borders).toEqual({
          top: "Continuous",
          bottom: "Continuous",
          left: "Continuous",
          right: "Continuous",
        });
      }
    }
    expect(sheet.cell(bottom + 1, left)?.format.borders ?? {}).toEqual({});
    expect([...sheet.columnWidths.entries()]).toEqual(
      layout.columnWidths.map((width, i) => [i, columnPoints(width)]),
    );
    expect(sheet.at("A1")?.format).toMatchObject({
      fontName: layout.print.font.name,
      fontSize: layout.looks.title.size,
    });
    expect(sheet.cell(layout.table.top + 2, 1)?.format).toMatchObject({
      fontName: layout.print.font.name,
      fontSize: layout.print.font.size,
    });
  });

  test("text that looks like a formula is written as text", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const rows = SAMPLE_ROWS.map((row) => [...row]);
    // Without a number, the list's cell is the name alone, so it starts with "+" as it does in the plan.
    rows[8][0] = null;
    rows[8][2] = "+SUM(1,2)";
    rows[8][7] = "@x";
    const organisation = '=HYPERLINK("http://example.invalid","x")';
    const layout = sampleLayout(rows, organisation);
    const texts = [organisation, "+SUM(1,2)", "@x"];
    expect(texts.every((text) => layout.cells.some((cell) => cell.value === text))).toBe(true);

    const sheet = fake.sheet((await writeOnce(fake, layout)).name);

    for (const text of texts) {
      const cell = layout.cells.find((c) => c.value === text);
      expect(cell?.format).toBe(FORMAT.text);
      const written = cell && sheet.cell(cell.row, cell.column);
      expect({ value: written?.value, formula: written?.formula }).toEqual({
        value: text,
        formula: undefined,
      });
    }
  });

  test("a user's sheet named สรุปผล is left alone; the summary goes beside it", async () => {
    const fake = installFakeExcel({
      sheets: [sampleSheet(), { name: SUMMARY_SHEET_NAME, rows: [["ของผู้ใช้", 1]] }],
    });
    const before = fake.snapshot(SUMMARY_SHEET_NAME);

    const { name } = await writeOnce(fake);

    expect(name).toBe(`${SUMMARY_SHEET_NAME} (2)`);
    expect(fake.snapshot(SUMMARY_SHEET_NAME)).toEqual(before);
  });

  test("writing again clears and repaints the same sheet, in its place, and nothing else", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet(), { name: "หมายเหตุ", rows: [["x"]] }] });
    const first = await writeOnce(fake);
    const sheet = fake.sheet(first.name);
    fake.sheets.unshift(...fake.sheets.splice(fake.sheets.indexOf(sheet), 1));
    await createExcelHost().selectCell({ sheet: SAMPLE_SHEET }, 1, 1);
    const untouched = [fake.snapshot(SAMPLE_SHEET), fake.snapshot("หมายเหตุ")];
    const order = fake.sheetNames();
    const deleteSheet = jest.spyOn(fake, "deleteSheet");

    const second = await writeOnce(fake, sampleLayout(SAMPLE_ROWS, "องค์การบริหารส่วนตำบลแม่วิน"));

    // The same sheet: a user's formula pointing at it keeps working (no #REF!), and nothing is deleted.
    expect(second).toEqual({ name: first.name, syncs: 3 });
    expect(deleteSheet).not.toHaveBeenCalled();
    expect(fake.sheet(second.name)).toBe(sheet);
    expect(sheet.deleted).toBe(false);
    expect(fake.sheetNames()).toEqual(order);
    expect([fake.snapshot(SAMPLE_SHEET), fake.snapshot("หมายเหตุ")]).toEqual(untouched);
    expect(fake.settings.saved()[SETTING.summarySheetId]).toBe(sheet.id);
    expect(sheet.charts).toHaveLength(1);
  });

  test("an automatic rewrite leaves the active sheet and the selection where the user had them", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const host = createExcelHost();
    // A first write made automatically does not take the user away either.
    await host.writeSummary(sampleLayout(), AUTOMATIC);
    expect(fake.activeSheet).toBe(fake.sheet(SAMPLE_SHEET));
    await host.selectCell({ sheet: SAMPLE_SHEET }, 9, 7);
    const selection = fake.selection;

    await host.writeSummary(sampleLayout(), AUTOMATIC);

    expect(fake.activeSheet).toBe(fake.sheet(SAMPLE_SHEET));
    expect(fake.selection).toEqual(selection);
  });

  test("ownership is the mark saved in the file: a sheet with the remembered id but no mark is never touched", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet(), { name: "ข้อมูล", rows: [["ของผู้ใช้", 1]] }] });
    fake.settings.set(SETTING.summarySheetId, fake.sheet("ข้อมูล").id);
    const before = fake.snapshot("ข้อมูล");

    const { name } = await writeOnce(fake);

    expect(name).toBe(SUMMARY_SHEET_NAME);
    expect(fake.snapshot("ข้อมูล")).toEqual(before);
    expect([...fake.sheet(name).names.keys()]).toEqual([SUMMARY_MARK, AREA_MARK]);
  });

  test("after reopening with new sheet ids, the marked sheet is still found and rewritten in place", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const { name } = await writeOnce(fake);
    fake.settings.set(SETTING.summarySheetId, "{an-id-from-another-session}");

    await writeOnce(fake);

    expect(fake.sheetNames()).toEqual([SAMPLE_SHEET, name]);
  });

  test("of two marked sheets (the user copied the summary), the remembered one is written; the copy stays", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const { name } = await writeOnce(fake);
    const copy = fake.addSheet("สำเนาสรุป");
    copy.names.set(SUMMARY_MARK, "='สำเนาสรุป'!$A$4");
    copy.cellForWrite(0, 0).value = "สำเนาของผู้ใช้";
    const before = fake.snapshot("สำเนาสรุป");

    await writeOnce(fake, sampleLayout(SAMPLE_ROWS, "อบต. ทดสอบ"));

    expect(fake.snapshot("สำเนาสรุป")).toEqual(before);
    expect(fake.sheet(name).valuesOf("A2")).toEqual([["อบต. ทดสอบ"]]);
  });

  test("two writes asked at once run one after the other: one summary, no stray sheet", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const host = createExcelHost();
    const layout = sampleLayout();

    await Promise.all([host.writeSummary(layout, AUTOMATIC), host.writeSummary(layout, AUTOMATIC)]);

    expect(fake.sheetNames()).toEqual([SAMPLE_SHEET, SUMMARY_SHEET_NAME]);
    expect(await host.listPlans()).not.toContainEqual(expect.objectContaining({ sheet: SUMMARY_SHEET_NAME }));
  });

  test("a page setup that fails costs nothing of the summary and is said on the sheet", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()], apiVersion: "1.9" });
    const layout = sampleLayout();
    // The fourth sync of a first write is the page setup.
    fake.failSync({ sync: 4, code: "GeneralException" });

    const { name } = await writeOnce(fake, layout);

    const values = layoutMatrix(layout).values;
    const { row, column } = layout.statusCell;
    const said = String(values[row][column]);
    values[row][column] = said === "" ? NO_PRINT : `${said} ${NO_PRINT}`;
    expect(fake.sheet(name).valuesOf(areaAddress(layout))).toEqual(values);
  });

  test("the add-in's sheet keeps the name the user gave it", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const { name } = await writeOnce(fake);
    fake.sheet(name).name = "สรุป 2566";

    const again = await writeOnce(fake);

    expect(again.name).toBe("สรุป 2566");
    expect(fake.sheetNames()).toEqual([SAMPLE_SHEET, "สรุป 2566"]);
  });

  test("a rewrite stopped at any step leaves a sheet that says it is incomplete (or the previous one), finished next time", async () => {
    const outcomes = new Set<string>();
    // Every step of the batch, up to one failing after its last step (bounded, should that never come).
    for (let afterOps = 0; !outcomes.has("all steps applied") && afterOps <= 2000; afterOps++) {
      const fake = installFakeExcel({ sheets: [sampleSheet()] });
      const { name } = await writeOnce(fake);
      const before = fake.snapshot(name);
      const names = fake.sheetNames();
      // The third sync of a rewrite is its one write batch.
      fake.failSync({ sync: fake.syncCount + 3, code: "GeneralException", afterOps });
      const layout = summaryLayout(sampleReport(), { lang: "en" });

      const result = await createExcelHost()
        .writeSummary(layout, HOW)
        .then(
          (written) => ({ written }),
          (error: unknown) => ({ error }),
        );

      expect(fake.sheetNames()).toEqual(names);
      const sheet = fake.sheet(name);
      if ("error" in result) {
        expect(result.error).toMatchObject({ kind: "failed" });
        const values = [...sheet.cells.values()].map((cell) => cell.value).filter((value) => value !== null);
        const valuesOf = (cells: readonly (readonly [string, { value: unknown }])[]) =>
          cells.map(([at, cell]) => [at, cell.value]).filter(([, value]) => value !== null);
        if (
          JSON.stringify(valuesOf([...sheet.cells.entries()].sort())) ===
          JSON.stringify(valuesOf(before.cells))
        )
          outcomes.add("untouched");
        else if (values.includes(INCOMPLETE)) outcomes.add("marked incomplete");
        // Stopped after the batch's last step (the fake allows it): everything, the status line included, is in.
        else if (
          JSON.stringify(sheet.valuesOf(areaAddress(layout))) === JSON.stringify(layoutMatrix(layout).values)
        )
          outcomes.add("all steps applied");
        else {
          // Nothing left that could pass for a summary.
          expect(values).toEqual([]);
          outcomes.add("empty");
        }
      } else {
        expect(result.written).toBe(name);
        expect(sheet.valuesOf(areaAddress(layout))).toEqual(layoutMatrix(layout).values);
        outcomes.add("finished");
      }
      // The next write finishes it, on the same sheet.
      await createExcelHost().writeSummary(layout, HOW);
      expect(fake.sheetNames()).toEqual(names);
      expect(sheet.valuesOf(areaAddress(layout))).toEqual(layoutMatrix(layout).values);
    }
    expect([...outcomes].sort()).toEqual(["all steps applied", "empty", "marked incomplete", "untouched"]);
  });

  test("Excel in cell-edit mode is reported as busy", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    fake.failSync({ sync: 1, code: "InvalidOperationInCellEditMode" });

    await expect(createExcelHost().writeSummary(sampleLayout(), HOW)).rejects.toMatchObject({ kind: "busy" });
    expect(fake.sheetNames()).toEqual([SAMPLE_SHEET]);
  });

  test("at ExcelApi 1.9 the page is A4 landscape, one page wide, no rows repeated (the table fits its page), footers set", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()], apiVersion: "1.9" });
    const report = sampleReport();
    const layout = summaryLayout(
      { ...report, source: { ...report.source, sheet: "แผน A&B" } },
      { writtenAt: new Date(2023, 9, 5) },
    );
    expect(layout.print.footer.right).toContain("&");

    const { name, syncs } = await writeOnce(fake, layout);

    // After the summary, in a batch of its own.
    expect(syncs).toBe(4);
    const { print } = layout;
    expect(print.titleRows).toBeUndefined();
    expect(fake.sheet(name).pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: null },
      margins: { left: 50.4, right: 36, top: 43.2, bottom: 50.4, header: 21.6, footer: 21.6 },
      leftFooter: print.footer.left,
      rightFooter: print.footer.right.replace(/&/g, "&&"),
    });
    // Core's margins in inches, as points (72 to the inch).
    expect(print.margins).toEqual({ left: 0.7, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 });
    expect(print.footer.left).not.toBe("");
  });

  test("below ExcelApi 1.9 the page setup is skipped and the rest is written", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()], apiVersion: "1.7" });
    const layout = sampleLayout();

    const { name } = await writeOnce(fake, layout);

    expect(fake.sheet(name).pageLayout).toEqual({});
    expect(fake.sheet(name).charts).toHaveLength(1);
    expect(fake.sheet(name).valuesOf(areaAddress(layout))).toEqual(layoutMatrix(layout).values);
  });

  test("the footer is core's sections as they are, within Excel's limit over the whole footer", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()], apiVersion: "1.9" });
    const layout = sampleLayout();

    const { name } = await writeOnce(fake, layout);

    expect(fake.sheet(name).pageLayout).toMatchObject({
      leftFooter: layout.print.footerSections.left,
      rightFooter: layout.print.footerSections.right,
    });
  });
});

describe("the summary's chart", () => {
  test("planned and disbursed bars per dimension, titled, beside the table, legend below", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const layout = sampleLayout();

    const sheet = fake.sheet((await writeOnce(fake, layout)).name);

    expect(sheet.charts).toHaveLength(1);
    const [chart] = sheet.charts;
    expect(chart).toMatchObject({
      type: "BarClustered",
      title: layout.chart.title,
      legend: { position: "Bottom", visible: true },
    });
    expect(chart.series.map((series) => series.name)).toEqual(layout.chart.series.map((s) => s.name));
    const labels = layout.cells
      .filter((cell) => cell.style === "label")
      .map((cell) => [cell.value] as (string | number)[]);
    expect(labels).toHaveLength(4);
    for (const series of chart.series) {
      expect(series.values.sheetId).toBe(sheet.id);
      expect(series.xValues && fake.valuesAt(series.xValues)).toEqual(labels);
    }
    const column = (key: number) => layout.cells.filter((c) => c.style === "value" && c.column === key);
    const [planned, disbursed] = layout.chart.series.map((s) => s.values.left);
    expect(chart.series.map((series) => fake.valuesAt(series.values).flat())).toEqual([
      column(planned).map((c) => c.value),
      column(disbursed).map((c) => c.value),
    ]);
    expect(fake.valuesAt(chart.series[0].values).flat()).toEqual([35000, 23000, 20000, 323900]);
    const start = chart.position?.start;
    expect(start).toEqual({
      top: layout.chart.anchor.row,
      left: layout.chart.anchor.column,
      bottom: layout.chart.anchor.row,
      right: layout.chart.anchor.column,
    });
    expect(start && start.left > layout.table.right).toBe(true);
    expect(chart.position?.end).toMatchObject({
      bottom: layout.chart.anchor.row + CHART_ROWS - 1,
      right: layout.chart.anchor.column + CHART_COLUMNS - 1,
    });
  });

  test("writing again leaves exactly one chart, and the user's charts stay", async () => {
    const fake = installFakeExcel({
      sheets: [sampleSheet(), { name: "กราฟของผู้ใช้", charts: [{ name: "ของผู้ใช้" }] }],
    });
    const user = fake.snapshot("กราฟของผู้ใช้");

    await writeOnce(fake);
    const { name, syncs } = await writeOnce(fake);

    expect(syncs).toBe(3);
    expect(fake.sheets.flatMap((sheet) => sheet.charts.map((chart) => [sheet.name, chart.type]))).toEqual([
      ["กราฟของผู้ใช้", "ColumnClustered"],
      [name, "BarClustered"],
    ]);
    expect(fake.snapshot("กราฟของผู้ใช้")).toEqual(user);
  });
});

describe("the memo paragraph", () => {
  const memoLayout = (rows = SAMPLE_ROWS) => {
    const report = sampleReport(rows);
    return summaryLayout(report, { withMemo: true });
  };

  test("memo lines are written as text, wrapped, top-aligned, tall enough for their lines", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const layout = memoLayout();
    const memo = layout.cells.filter((cell) => cell.style === "memo");
    expect(memo.length).toBeGreaterThan(3);

    const { name, syncs } = await writeOnce(fake, layout);

    expect(syncs).toBe(3);
    const sheet = fake.sheet(name);
    for (const cell of memo) {
      const written = sheet.cell(cell.row, cell.column);
      expect(written).toMatchObject({ value: cell.value, numberFormat: "@" });
      expect(written?.format).toMatchObject({ wrapText: true, verticalAlignment: "Top" });
      expect(sheet.merges).toContainEqual({
        top: cell.row,
        left: 0,
        bottom: cell.row,
        right: layout.columnCount - 1,
      });
      // Autofit ignores merged cells, so each memo row keeps a height of its own, at least one line.
      expect(sheet.rowHeights.get(cell.row)).toBeGreaterThanOrEqual(layout.print.font.size * 1.5);
    }
    const longest = memo.reduce((a, b) => (String(a.value).length >= String(b.value).length ? a : b));
    const shortest = memo.reduce((a, b) => (String(a.value).length <= String(b.value).length ? a : b));
    expect(sheet.rowHeights.get(longest.row)).toBeGreaterThan(sheet.rowHeights.get(shortest.row) ?? 0);
  });

  test("every row, memo lines included, gets core's height and nothing of the host's own", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const layout = memoLayout();

    const sheet = fake.sheet((await writeOnce(fake, layout)).name);

    expect(layout.rowHeights.map((_, row) => sheet.rowHeights.get(row))).toEqual(layout.rowHeights);
  });
});

describe("opening the workbook", () => {
  test("a written summary makes the pane open with the workbook (Office.AutoShowTaskpaneWithDocument)", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    expect(fake.settings.saved()[SETTING.autoShow]).toBeUndefined();
    await createExcelHost().writeSummary(sampleLayout(), HOW);
    expect(fake.settings.saved()[SETTING.autoShow]).toBe(true);
  });
});

describe("co-authoring", () => {
  test("a part of the summary gone mid-rewrite (another session's write) is a conflict, not a plan gone", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const host = createExcelHost();
    await host.writeSummary(sampleLayout(), HOW);
    // The rewrite's third request (after finding the sheet) finds its chart already taken away.
    fake.failSync({ sync: fake.syncCount + 3, code: "ItemNotFound" });

    await expect(host.writeSummary(sampleLayout(), AUTOMATIC)).rejects.toMatchObject({ kind: "conflict" });
  });
});

describe("the user's own cells on the summary sheet (spec §6.1)", () => {
  const SIGNATURE = "ลงชื่อ ............ ผู้รายงาน";
  const below = (layout: SummaryLayout, rows = 2) => `A${layout.rowCount + rows}`;

  test.each([HOW, AUTOMATIC])("a line typed under the summary stays through a rewrite (%#)", async (how) => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const layout = sampleLayout();
    const host = createExcelHost();
    const name = await host.writeSummary(layout, HOW);
    fake.userEdit(name, below(layout), SIGNATURE);

    await host.writeSummary(layout, how);

    expect(fake.sheet(name).at(below(layout))?.value).toBe(SIGNATURE);
    expect(fake.sheet(name).names.get(AREA_MARK)).toContain(
      `$A$1:$${fakeColumnName(layout.columnCount - 1)}$${layout.rowCount}`,
    );
  });

  test("a longer summary that would cover the user's cells is not written, and says which", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    // The memo's lines under the table make the same summary longer.
    const shorter = sampleLayout();
    const longer = sampleLayout(SAMPLE_ROWS, undefined, { withMemo: true });
    expect(longer.rowCount).toBeGreaterThan(shorter.rowCount);
    const host = createExcelHost();
    const name = await host.writeSummary(shorter, HOW);
    const typed = `A${shorter.rowCount + 1}`;
    fake.userEdit(name, typed, SIGNATURE);
    const before = fake.snapshot(name);

    const written = host.writeSummary(longer, AUTOMATIC);

    await expect(written).rejects.toMatchObject({ kind: "occupied", place: { sheet: name, cells: typed } });
    expect(fake.snapshot(name)).toEqual(before);
  });

  test("a shorter summary clears the rows the longer one wrote", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const longer = sampleLayout(SAMPLE_ROWS, undefined, { withMemo: true });
    const shorter = sampleLayout();
    expect(longer.rowCount).toBeGreaterThan(shorter.rowCount);
    const host = createExcelHost();
    const name = await host.writeSummary(longer, HOW);

    await host.writeSummary(shorter, HOW);

    const rest = `A${shorter.rowCount + 1}:${fakeColumnName(longer.columnCount - 1)}${longer.rowCount}`;
    expect(
      fake
        .sheet(name)
        .valuesOf(rest)
        .flat()
        .every((value) => value === ""),
    ).toBe(true);
  });

  test("a summary written before its area was kept is the add-in's whole, as it was, and gets the area", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const layout = sampleLayout();
    const name = await writeOnce(fake, layout).then((written) => written.name);
    fake.sheet(name).names.delete(AREA_MARK);
    fake.userEdit(name, below(layout), "old");

    await writeOnce(fake, layout);

    expect(fake.sheet(name).at(below(layout))?.value ?? null).toBeNull();
    expect(fake.sheet(name).names.has(AREA_MARK)).toBe(true);
  });
});

describe("the status line's self-check (spec §6.1)", () => {
  const checked = (rows = SAMPLE_ROWS) => {
    const report = sampleReport(rows);
    const check = selfCheckCondition({ rows, firstRow: 1, firstColumn: 1 }, report);
    return summaryLayout(report, { check });
  };

  test("is written as a formula, not as text, in a General cell, with the plan's sheet in it", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    const layout = checked();

    const { name, syncs } = await writeOnce(fake, layout);

    expect(syncs).toBe(3);
    const { row, column } = layout.statusCell;
    const cell = fake.sheet(name).cell(row, column);
    expect(cell?.numberFormat).toBe("General");
    expect(cell?.formula).toMatch(/^=IF\(OR\(/);
    expect(cell?.formula).toContain(`'${SAMPLE_SHEET}'!$`);
    expect(cell?.formula).toContain(SUMMARY_WORDS.th.stale);
  });

  test("a rewrite over a status line that was a formula writes the new one", async () => {
    const fake = installFakeExcel({ sheets: [sampleSheet()] });
    await writeOnce(fake, checked());
    const fewer = SAMPLE_ROWS.slice(0, -1);
    const layout = checked(fewer);

    const { name } = await writeOnce(fake, layout);

    const { row, column } = layout.statusCell;
    expect(fake.sheet(name).cell(row, column)?.formula).toBe(
      `=${layout.cells.find((cell) => cell.row === row && cell.column === column)?.formula}`,
    );
  });
});
