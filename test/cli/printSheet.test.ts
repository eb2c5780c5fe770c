import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { paintSheet } from "../../src/hosts/exceljs/paintSummary";
import { SAMPLE_GRID, analyzePlan, footerCode, summaryLayout } from "../../src/core";
import { footerSections } from "../../src/core/layout/footer";
import { DONE, HEADER, putRows, readXlsx, run, saveXlsx, tempFolder } from "./helpers";

// Each test runs the whole command on real files, several times: slow on a busy machine.
jest.setTimeout(30_000);

describe("summarize --write: a print-ready summary sheet", () => {
  const temp = tempFolder();
  // The sample is written once and read by each test: the tests only look at it.
  let written: Promise<ExcelJS.Worksheet> | undefined;
  const writeSample = (): Promise<ExcelJS.Worksheet> => {
    written ??= (async () => {
      const dir = await mkdtemp(path.join(tmpdir(), "integrity-plan-print-"));
      const input = path.join(dir, "plan.xlsx");
      await run(["sample", input]);
      const out = path.join(dir, "out.xlsx");
      expect((await run(["summarize", input, "--write", out])).code).toBe(0);
      const sheet = (await readXlsx(out)).getWorksheet("สรุปผล")!;
      await rm(dir, { recursive: true, force: true });
      return sheet;
    })();
    return written;
  };

  it("prints on A4 landscape, one page wide, with margins", async () => {
    const { pageSetup } = await writeSample();
    expect(pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(pageSetup.margins).toMatchObject({ left: 0.7, right: 0.5, top: 0.6, bottom: 0.7 });
  });

  it("repeats no rows on printed pages: the table, its header in rows 5 and 6, fits its first page", async () => {
    const summary = await writeSample();
    // Rows repeated would stand over the list and the memo too (spec §6, test/layout/printTitles.test.ts).
    expect(summary.pageSetup.printTitlesRow).toBeUndefined();
    expect([summary.getCell("A5").value, summary.getCell("G5").value, summary.getCell("G6").value]).toEqual([
      "มิติ",
      "ร้อยละดำเนินการ",
      "โครงการ",
    ]);
  });

  it("has a footer: when it was written on the left, its source and the check's result on the right", async () => {
    const { headerFooter } = await writeSample();
    expect(headerFooter.oddFooter).toMatch(
      /^&Lจัดทำเมื่อ \d{1,2} [\u0E00-\u0E7F]+ 25\d\d&Rที่มา: แผ่นงาน "แผน" ตาราง "PlanProjects" .* · ผลการตรวจ: ข้อผิดพลาด 0 คำเตือน 2$/,
    );
  });

  it("sets TH Sarabun New on every cell of the summary", async () => {
    const summary = await writeSample();
    const names = new Set<string | undefined>();
    for (let r = 1; r <= summary.rowCount; r++) {
      for (let c = 1; c <= 8; c++) names.add(summary.getCell(r, c).font?.name);
    }
    expect([...names]).toEqual(["TH Sarabun New"]);
    expect(summary.getCell("B7").font.size).toBe(16);
  });

  it("keeps the status line under the titles: empty when valid, the errors warning otherwise", async () => {
    // Valid: core's self-check formula alone, its cached result empty (spec §6.1).
    const status = (await writeSample()).getCell("A4");
    expect(status.formula).toMatch(/^IF\(OR\(/);
    expect(status.result ?? "").toBe("");
    const input = await saveXlsx(temp("bad.xlsx"), (workbook) => {
      putRows(workbook.addWorksheet("R&D"), [
        HEADER,
        ["1", 1, "อบรม", 100, 100, DONE],
        ["2", 1, "ประชุม", "?", 0, DONE],
      ]);
    });
    const out = temp("bad-out.xlsx");
    expect((await run(["summarize", input, "--write", out])).code).toBe(1);
    const summary = (await readXlsx(out)).getWorksheet("สรุปผล")!;
    // No organisation: title, period, then the status line.
    expect(summary.getCell("A3").result).toBe("ข้อมูลในแผนยังมีข้อผิดพลาด 1 รายการ ตัวเลขในตารางนี้อาจยังไม่ถูกต้อง");
    expect(summary.getCell("H3").isMerged).toBe(true);
    // "&" starts a code in Excel's footer; the sheet's name keeps its literal one.
    expect(summary.headerFooter.oddFooter).toContain('แผ่นงาน "R&&D"');
  });
});

describe("the footer's codes", () => {
  it("escapes & and keeps the whole within Excel's 255 characters, shortening the right text", () => {
    expect(footerCode(footerSections({ left: "A&B", right: "C" }))).toBe("&LA&&B&RC");
    const code = footerCode(
      footerSections({ left: "จัดทำเมื่อ 1 ตุลาคม 2566", right: `ที่มา: ${"ก".repeat(400)}` }),
    );
    expect(code.length).toBe(255);
    expect(code).toMatch(/^&Lจัดทำเมื่อ 1 ตุลาคม 2566&Rที่มา: ก+…$/);
  });
});

describe("--help on the chart", () => {
  it("says the chart is drawn only by the add-in, in Thai and in English", async () => {
    expect((await run(["--help"])).stdout).toContain("แผนภูมิวาดได้เฉพาะ Add-in ใน Excel");
    expect((await run(["--help", "--lang", "en"])).stdout).toContain(
      "the chart is drawn only by the add-in in Excel",
    );
  });
});

describe("the summary sheet painted from the layout, and nothing else", () => {
  const report = analyzePlan(SAMPLE_GRID)!;
  const layout = summaryLayout(report, { withMemo: true, writtenAt: new Date(2023, 9, 5) });
  const sheet = new ExcelJS.Workbook().addWorksheet("สรุปผล");
  paintSheet(sheet, layout);

  it("sets every row's height and every column's width to the layout's", () => {
    const heights = Array.from({ length: layout.rowCount }, (_, r) => sheet.getRow(r + 1).height);
    expect(heights).toEqual(layout.rowHeights);
    const widths = layout.columnWidths.map((_, c) => sheet.getColumn(c + 1).width);
    expect(widths).toEqual(layout.columnWidths);
  });

  it("gives each cell its style's font, fill and alignment", () => {
    for (const cell of layout.cells) {
      const look = layout.looks[cell.style];
      const target = sheet.getCell(cell.row + 1, cell.column + 1);
      expect(target.font).toEqual({
        name: "TH Sarabun New",
        size: look.size,
        bold: look.bold,
        italic: look.italic,
        color: { argb: `FF${look.colour.slice(1)}` },
      });
      const fill = target.fill as ExcelJS.FillPattern | undefined;
      expect(fill?.fgColor?.argb).toBe(look.fill ? `FF${look.fill.slice(1)}` : undefined);
      expect(target.alignment.wrapText).toBe(look.wrap);
    }
  });

  it("borders exactly the layout's bordered areas", () => {
    const inside = (r: number, c: number) =>
      layout.bordered.some((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right);
    for (let r = 0; r < layout.rowCount; r++) {
      for (let c = 0; c < layout.columnCount; c++) {
        expect([r, c, Boolean(sheet.getCell(r + 1, c + 1).border?.top)]).toEqual([r, c, inside(r, c)]);
      }
    }
  });

  it("writes the footer core gives, and the page core gives", () => {
    expect(sheet.headerFooter.oddFooter).toBe(footerCode(layout.print.footerSections));
    expect(sheet.pageSetup.margins).toEqual(layout.print.margins);
  });
});
