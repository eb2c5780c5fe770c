/**
 * Spec §4.1, "cost follows the plan": a sheet that is not the plan is read only as far as needed to know
 * it is not (its head), and a sheet that may be the plan without its empty rows and cells, its merged
 * areas ending at its last value. The report is the same as the file read whole; only `--write` reads
 * every sheet whole, to copy it. Speed itself is measured by `npm run bench`, never here.
 */
import { readFile } from "node:fs/promises";
import type ExcelJS from "exceljs";
import type { ReportJson } from "../../src/core/summary/json";
import { readBook } from "../../src/cli/readWorkbook";
import { type Book as ExcelBook, planPlaces } from "../../src/hosts/exceljs/book";
import { XlsxBook } from "../../src/hosts/xlsx/reader";
import {
  DONE,
  HEADER,
  NOT_DONE,
  putRows,
  readXlsx,
  rezip,
  run,
  runJson,
  saveText,
  saveXlsx,
  tempFolder,
} from "./helpers";

jest.setTimeout(60_000);

const PLAN = [
  ["แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2567"],
  HEADER,
  ["1.1", 1, { richText: [{ text: "อบรม" }, { font: { bold: true }, text: "คุณธรรม" }] }, 100, 100, DONE],
  ["2.1", 2, "ประชุม", 50, 0, NOT_DONE, "งบไม่พอ"],
];

/** Rows of a ledger: shared strings (appended to the workbook's), numbers, dates as numbers. */
const LEDGER_ROWS = 12_000;

function ledgerSheet(firstString: number, header: readonly string[]): string {
  const rows = [
    `<row r="1">${header.map((text, i) => `<c r="${"ABCDE"[i]}1" t="inlineStr"><is><t>${text}</t></is></c>`).join("")}</row>`,
  ];
  for (let r = 2; r <= LEDGER_ROWS + 1; r++) {
    rows.push(
      `<row r="${r}"><c r="A${r}"><v>${45000 + (r % 300)}</v></c><c r="B${r}" t="s"><v>${firstString + r - 2}</v></c>` +
        `<c r="C${r}"><v>${(r % 997) * 13.5}</v></c><c r="D${r}" s="0"/><c r="E${r}" t="inlineStr"><is><t>ร้าน ${r % 50}</t></is></c></row>`,
    );
  }
  return sheetXml(rows.join(""));
}

function sheetXml(sheetData: string, after = ""): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheetData>${sheetData}</sheetData>${after}</worksheet>`
  );
}

/** The plan, and a second sheet "อื่น" whose XML `other` gives (its shared strings appended). */
async function planBeside(
  temp: (name: string) => string,
  name: string,
  other: (firstString: number) => string,
  planSheet?: (xml: string) => string,
): Promise<string> {
  const plain = await saveXlsx(temp(`plain-${name}`), (workbook) => {
    putRows(workbook.addWorksheet("แผน"), PLAN as ExcelJS.CellValue[][]);
    workbook.addWorksheet("อื่น").getCell("A1").value = "x";
  });
  let firstString = 0;
  const bytes = rezip(await readFile(plain), (part, text) => {
    if (part === "xl/sharedStrings.xml") {
      firstString = (text.match(/<si>/g) ?? []).length;
      const more: string[] = [];
      for (let i = 0; i < LEDGER_ROWS; i++) more.push(`<si><t>ค่าวัสดุสำนักงาน รายการที่ ${i}</t></si>`);
      return text.replace("</sst>", `${more.join("")}</sst>`);
    }
    return undefined;
  });
  return saveText(
    temp(name),
    rezip(bytes, (part, text) => {
      if (part === "xl/worksheets/sheet2.xml") return other(firstString);
      if (part === "xl/worksheets/sheet1.xml" && planSheet) return planSheet(text);
      return undefined;
    }),
  );
}

/** The file as the ExcelJS path reads it for its plan (the lightened copy of its costly sheets). */
const excelBook = async (file: string) =>
  (await readBook(file, "แผน", undefined, { reader: "exceljs" })) as ExcelBook;

/** The file as the plain reader reads it (it must). */
async function plainBook(file: string): Promise<XlsxBook> {
  const book = await readBook(file, "แผน");
  if (!(book instanceof XlsxBook)) throw new Error("the plain reader left the file to ExcelJS");
  return book;
}

/** How far the plain reader has read a sheet. */
const rowsRead = (book: XlsxBook, sheet: string) =>
  book.sheets().find((read) => read.name === sheet)!.rowsRead;

/** The report without where it came from and what else was looked at. */
const figures = (json: ReportJson) => ({
  ...json,
  source: { ...json.source, file: "" },
  candidates: undefined,
});

describe("cost follows the plan (spec §4.1)", () => {
  const temp = tempFolder();

  it("reads a 12,000-row ledger beside the plan only to its head, and reports the plan as if alone", async () => {
    const file = await planBeside(temp, "ledger.xlsx", (first) =>
      ledgerSheet(first, ["วันที่", "เลขที่ฎีกา", "รายการ", "จำนวนเงิน", "ผู้รับเงิน"]),
    );
    const alone = await saveXlsx(temp("alone.xlsx"), (workbook) =>
      putRows(workbook.addWorksheet("แผน"), PLAN as ExcelJS.CellValue[][]),
    );
    const [beside, plain] = await Promise.all([runJson(["summarize", file]), runJson(["summarize", alone])]);
    expect(figures(beside.json)).toEqual(figures(plain.json));
    expect(beside.json.rows.find((row) => row.row === 3)).toMatchObject({ role: "project" });
    expect((beside.json as unknown as { candidates: unknown[] }).candidates).toEqual([
      { sheet: "แผน", hidden: false, verdict: "read", projects: 2, fiscalYear: 2567, dimensions: [1, 2] },
      { sheet: "อื่น", hidden: false, verdict: "no-header" },
    ]);
    // The rich text of a shared string reads as its text, as before.
    const text = await run(["summarize", file]);
    expect(text.stdout).not.toContain("missing-name");
    const book = await excelBook(file);
    expect(book.workbook.getWorksheet("อื่น")!.rowCount).toBeLessThanOrEqual(21);
    expect(book.workbook.getWorksheet("แผน")!.getCell("C3").text).toBe("อบรมคุณธรรม");
    // The plain reader too reads the ledger only to its head (and the row after it, which ends the head).
    expect(rowsRead(await plainBook(file), "อื่น")).toBeLessThanOrEqual(22);
  });

  it("reads a costly sheet whole when its head holds a header, and tells why it is no plan", async () => {
    const file = await planBeside(temp, "procurement.xlsx", (first) =>
      ledgerSheet(first, ["ลำดับ", "ชื่อโครงการ", "งบประมาณ", "วิธีจัดหา", "ผู้ขาย"]),
    );
    const book = await excelBook(file);
    expect(book.workbook.getWorksheet("อื่น")!.rowCount).toBe(LEDGER_ROWS + 1);
    expect(rowsRead(await plainBook(file), "อื่น")).toBe(LEDGER_ROWS + 1);
    const { json } = await runJson(["summarize", file]);
    const looked = (json as unknown as { candidates: { sheet: string; verdict: string }[] }).candidates;
    expect(looked.map((place) => `${place.sheet}: ${place.verdict}`)).toEqual([
      "แผน: read",
      "อื่น: no-status-or-dimension",
    ]);
  });

  it("ends a merged area down to row 1,048,576 and a sheet of styled empty cells at the plan's last row", async () => {
    const merged = await planBeside(
      temp,
      "merged.xlsx",
      () =>
        sheetXml(
          '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>',
          '<mergeCells count="1"><mergeCell ref="A1:A200000"/></mergeCells>',
        ),
      // The plan's own sheet: a note merged down to the last row, and 60,000 styled empty rows.
      (xml) => {
        const styled: string[] = [];
        for (let r = 10; r < 60_010; r++)
          styled.push(
            `<row r="${r}" ht="20" customHeight="1"><c r="A${r}" s="1"/><c r="B${r}" s="1"/></row>`,
          );
        return xml
          .replace("</sheetData>", `${styled.join("")}</sheetData>`)
          .replace(
            /<\/sheetData>/,
            '</sheetData><mergeCells count="1"><mergeCell ref="G4:G1048576"/></mergeCells>',
          );
      },
    );
    const { code, json } = await runJson(["summarize", merged]);
    expect([code, json.total.projects, json.notCarriedOut.map((item) => item.note)]).toEqual([
      0,
      2,
      ["งบไม่พอ"],
    ]);
    const book = await excelBook(merged);
    expect(book.workbook.getWorksheet("อื่น")!.getCell("A30").isMerged).toBe(false);
    for (const read of [book, await plainBook(merged)]) {
      const [place] = planPlaces(read, { sheet: "แผน" });
      const grid = place.grid();
      expect(grid.rows.length).toBe(4);
      expect(grid.merges).toEqual([{ top: 4, left: 7, bottom: 4, right: 7 }]);
    }
  });

  it("still refuses a row beyond Excel's in the part of a sheet it does not read", async () => {
    const file = await planBeside(temp, "beyond.xlsx", (first) =>
      ledgerSheet(first, ["วันที่", "เลขที่ฎีกา", "รายการ", "จำนวนเงิน", "ผู้รับเงิน"]).replace(
        "</sheetData>",
        '<row r="1048577"><c r="C1048577"><v>1</v></c></row></sheetData>',
      ),
    );
    const result = await run(["summarize", file, "--lang", "en"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('sheet "อื่น" has a cell in row 1,048,577, column 3');
  });

  it("reads every sheet whole for a --write copy, which keeps the ledger", async () => {
    const file = await planBeside(temp, "copy-source.xlsx", (first) =>
      ledgerSheet(first, ["วันที่", "เลขที่ฎีกา", "รายการ", "จำนวนเงิน", "ผู้รับเงิน"]),
    );
    const copy = temp("copy.xlsx");
    const written = await run(["summarize", file, "--write", copy]);
    expect([written.code, written.stderr]).toEqual([0, ""]);
    const read = await readXlsx(copy);
    expect(read.getWorksheet("อื่น")!.rowCount).toBe(LEDGER_ROWS + 1);
    expect(read.getWorksheet("อื่น")!.getCell("B2").text).toBe("ค่าวัสดุสำนักงาน รายการที่ 0");
  });
});
