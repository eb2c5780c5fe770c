/**
 * The plain reader (src/hosts/xlsx) reads a workbook as the ExcelJS path does: each file here is read
 * both ways and gives the same places (sheet, table, hidden) and grids, cell for cell, and the same
 * sheets underneath (every cell of their first rows, merged areas, hidden rows, tables, keywords). A
 * file holding anything the plain reader does not read so is left to ExcelJS, whole.
 */
import { readFile } from "node:fs/promises";
import * as path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import * as readWorkbook from "../../src/cli/readWorkbook";
import { readBook } from "../../src/cli/readWorkbook";
import { planPlaces } from "../../src/hosts/exceljs/book";
import type { SheetsBook } from "../../src/hosts/xlsx/places";
import { XlsxBook } from "../../src/hosts/xlsx/reader";
import { DONE, HEADER, NOT_DONE, putRows, rezip, run, saveText, saveXlsx, tempFolder } from "./helpers";

jest.setTimeout(60_000);

const readBookAsItIs = readWorkbook.readBook;

/** Everything the grids and the roll-up read of a book. */
function readingOf(book: SheetsBook) {
  const places = planPlaces(book, {}).map((place) => ({ ...place, grid: place.grid() }));
  const sheets = book.sheets().map((sheet) => ({
    name: sheet.name,
    hidden: sheet.hidden,
    cells: Array.from({ length: 40 }, (_, r) =>
      Array.from({ length: 12 }, (_, c) => sheet.row(r + 1)?.cell(c + 1) ?? null),
    ),
    // How far a row holding a value reaches (a grid's head row is as long).
    widths: Array.from({ length: 40 }, (_, r) => {
      const row = sheet.row(r + 1);
      return row && Array.from({ length: 12 }, (_, c) => row.cell(c + 1)).some((cell) => cell !== null)
        ? row.width
        : -1;
    }),
    hiddenRows: sheet.hiddenRows(1, 1000),
    merges: sheet.merges(),
    tables: sheet.tables(),
  }));
  return { keywords: book.keywords, places, sheets };
}

/** The file read by the plain reader (it must read it) and by ExcelJS: the same reading. */
async function readsAlike(file: string): Promise<ReturnType<typeof readingOf>> {
  const plain = await readBook(file, "แผน");
  expect(plain).toBeInstanceOf(XlsxBook);
  const excel = await readBook(file, "แผน", undefined, { reader: "exceljs" });
  expect(excel).not.toBeInstanceOf(XlsxBook);
  const reading = readingOf(plain);
  expect(reading).toStrictEqual(readingOf(excel));
  return reading;
}

/** The file left to ExcelJS by the plain reader, and read as ExcelJS reads it. */
async function leftToExcel(file: string): Promise<void> {
  const book = await readBook(file, "แผน");
  expect(book).not.toBeInstanceOf(XlsxBook);
  expect(readingOf(book)).toStrictEqual(
    readingOf(await readBook(file, "แผน", undefined, { reader: "exceljs" })),
  );
}

const edit = async (file: string, to: string, change: (name: string, text: string) => string | undefined) =>
  saveText(to, rezip(await readFile(file), change));

/** A plan with a cell of every kind the reader meets, and the ways a sheet is laid out. */
function kitchenSink(workbook: ExcelJS.Workbook): void {
  workbook.keywords = "แผน 2567";
  const sheet = workbook.addWorksheet("แผน");
  putRows(sheet, [
    ["แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2567"],
    [],
    HEADER,
    ["1.1", 1, "อบรม & <ประชุม> \"ผู้บริหาร\" 'ทุกคน'", 100000, 99500.5, DONE, "  เว้นวรรค  "],
    ["1.2", 1, { richText: [{ text: "มาตรการ" }, { font: { bold: true }, text: "คุณธรรม" }] }, 0, 0, NOT_DONE],
    ["1.3", 1, { text: "เว็บไซต์", hyperlink: "https://example.org" }, 5000, { error: "#N/A" }, DONE, true],
  ]);
  sheet.mergeCells("A1:G1");
  sheet.mergeCells("G5:G7");
  const formulas: [string, ExcelJS.CellValue][] = [
    ["D7", { formula: "D4/2", result: 50000 }],
    ["E7", { formula: "D7-D7", result: 0 }],
    ["H4", { formula: 'F4&""', result: "" }],
    ["I4", { formula: "D4>0", result: false }],
    ["J4", { formula: "D4*2" }],
    // ExcelJS's typings leave out a master formula's shareType and ref, which it writes.
    ["J5", { formula: "D5*2", result: 0, shareType: "shared", ref: "J5:J7" } as ExcelJS.CellFormulaValue],
    ["J6", { sharedFormula: "J5", result: 12 }],
    ["J7", { sharedFormula: "J5" }],
    [
      "K4",
      { formula: "SUM(D4:D6)", shareType: "array", ref: "K4", result: 105000 } as ExcelJS.CellFormulaValue,
    ],
  ];
  for (const [address, value] of formulas) sheet.getCell(address).value = value;
  const formats: [string, number | Date, string][] = [
    ["A9", 0.4, "0%"],
    ["B9", 0.1234, "0.00%"],
    ["C9", new Date(Date.UTC(2023, 9, 1)), "yyyy-mm-dd"],
    ["D9", new Date(Date.UTC(2024, 1, 29, 12)), "d/m/yyyy"],
    ["E9", new Date(Date.UTC(2023, 11, 31)), "[$-th-TH]d mmmm yyyy"],
    ["F9", 45200.25, "mm-dd-yy"],
    ["G9", 1234.5, "#,##0.00\\ \\b\\a\\h\\t"],
    ["H9", 1234.5, '#,##0.00 "บาท"'],
    ["I9", 0.75, "h:mm"],
    ["J9", 12.5, "General"],
  ];
  for (const [address, value, format] of formats) {
    sheet.getCell(address).value = value;
    sheet.getCell(address).numFmt = format;
  }
  sheet.getRow(6).hidden = true;
  sheet.getRow(8).hidden = true;
  sheet.getCell("L8").numFmt = "0.00";
  const other = workbook.addWorksheet("ตาราง");
  other.getCell("A1").value = "ตารางงบประมาณ";
  other.addTable({
    name: "Budgets",
    ref: "C3",
    headerRow: true,
    totalsRow: true,
    columns: [{ name: "รายการ" }, { name: "งบ", totalsRowFunction: "sum" }],
    rows: [
      ["ก", 10],
      ["ข", 20],
    ],
  });
  other.addTable({
    name: "NoHeader",
    ref: "A10",
    headerRow: false,
    columns: [{ name: "ก" }, { name: "ข" }],
    rows: [["x", 1]],
  });
  workbook.addWorksheet("ซ่อน", { state: "hidden" }).getCell("A1").value = "ซ่อน";
  workbook.addWorksheet("ซ่อนมาก", { state: "veryHidden" }).getCell("B2").value = 2;
}

describe("the plain reader reads as the ExcelJS path does", () => {
  const temp = tempFolder();

  it("the sample plan, the command's own sample and template", async () => {
    await readsAlike(path.join(__dirname, "../../examples/sample-plan.xlsx"));
    for (const args of [["sample"], ["template", "--with-sample"], ["template"]]) {
      const file = temp(`${args.join("-")}.xlsx`);
      expect((await run([args[0], file, ...args.slice(1)])).code).toBe(0);
      await readsAlike(file);
    }
  });

  it("formulas shared, without results and with falsy ones; dates, percentages, rich text, links, merges, hidden rows and sheets, tables", async () => {
    const file = await saveXlsx(temp("sink.xlsx"), kitchenSink);
    const reading = await readsAlike(file);
    const cells = reading.sheets[0].cells;
    expect(cells[8].slice(0, 10)).toEqual([
      "40%",
      "12.34%",
      "2023-10-01",
      "2024-02-29",
      "2023-12-31",
      "2023-10-01",
      1234.5,
      1234.5,
      "1899-12-30",
      12.5,
    ]);
    expect(cells[6][9]).toEqual({ error: "", formula: "D7*2" });
    expect(reading.sheets.map((sheet) => sheet.hidden)).toEqual([false, false, true, true]);
    expect(reading.sheets[1].tables.map((table) => [table.name, table.hasHeader, table.hasTotals])).toEqual([
      ["Budgets", true, true],
      ["NoHeader", false, false],
    ]);
  });

  it("the 1904 date system", async () => {
    const file = await saveXlsx(temp("1904.xlsx"), (workbook) => {
      kitchenSink(workbook);
      workbook.properties.date1904 = true;
    });
    expect((await readsAlike(file)).sheets[0].cells[8][2]).toBe("2023-10-01");
  });

  it("inline strings, escapes and entities, a header row Excel leaves unsaid, a calculated column, cells in a merged area", async () => {
    const sink = await saveXlsx(temp("sink.xlsx"), kitchenSink);
    const file = await edit(sink, temp("edited.xlsx"), (name, text) => {
      if (name === "xl/sharedStrings.xml")
        return text.replace("<t>ตารางงบประมาณ</t>", "<t>ตาราง_x000D_งบ_x000a_ประมาณ &amp;amp;</t>");
      if (name === "xl/workbook.xml") return text.replace('name="ซ่อน"', 'name="ซ่อน &amp;amp; เก็บ"');
      // Style 0 in a percentage's format: ExcelJS gives a cell of style 0 no format at all.
      if (name === "xl/styles.xml") return text.replace(/(<cellXfs[^>]*><xf )numFmtId="0"/, '$1numFmtId="9"');
      if (name === "xl/tables/table1.xml") {
        // Excel writes a table's filter without columns, unless it filters; ExcelJS keeps the columns
        // only to the calculated one.
        return text
          .replace(/<filterColumn [^>]*\/>/g, "")
          .replace(
            /(<tableColumn [^>]*name="รายการ"[^>]*?)\/>/,
            "$1><calculatedColumnFormula>1</calculatedColumnFormula></tableColumn>",
          );
      }
      if (name !== "xl/worksheets/sheet1.xml") return undefined;
      return text
        .replace(/<c r="A2"[^>]*\/>|<row r="2"[^>]*\/>/, "")
        .replace(
          "</sheetData>",
          '<row r="20" hidden="1"><c r="A20" t="inlineStr"><is><t xml:space="preserve"> ใน_x000D_บรรทัด </t></is></c>' +
            '<c r="B20" t="inlineStr"><is><r><t>ก</t></r><r><rPr><b/></rPr><t>_x0041_ข</t></r></is></c>' +
            '<c r="C20" t="str"><v>a &amp;amp; b</v></c><c r="D20" t="b"><v>1</v></c><c r="E20" t="e"><v>#DIV/0!</v></c>' +
            '<c r="F20"><v> 12 </v></c><c r="G20" s="0"/><c r="H20" s="0"><v>0.5</v></c></row>' +
            '<row r="22"><c r="A22"><v>1</v></c><c r="B22"><v>2</v></c><c r="H22" t="s"><v>3</v></c><c r="L22" s="1"/></row>' +
            "</sheetData>",
        )
        .replace("</mergeCells>", '<mergeCell ref="A22:B23"/></mergeCells>');
    });
    const reading = await readsAlike(file);
    expect(reading.sheets[0].cells[19].slice(0, 6)).toEqual([
      " ใน_x000D_บรรทัด ",
      "กAข",
      "a & b",
      true,
      { error: "#DIV/0!" },
      12,
    ]);
    expect(reading.sheets[0].cells[21].slice(0, 2)).toEqual([1, null]);
    expect(reading.sheets[1].cells[0][0]).toBe("ตาราง\rงบ_x000a_ประมาณ &amp;");
    expect(reading.sheets[2].name).toBe("ซ่อน & เก็บ");
    expect(reading.sheets[1].tables.map((table) => table.hasHeader)).toEqual([true, false]);
  });

  it("cells in every form Excel writes them, and near it (property)", async () => {
    const sink = await saveXlsx(temp("cells-sink.xlsx"), kitchenSink);
    const numbers = ["12", "0.5", "-3", "1E3", " 12 ", ""];
    const typed = fc.oneof(
      fc.constantFrom(...numbers).map((v) => ({ t: "", v })),
      fc.constantFrom(...numbers).map((v) => ({ t: ' t="n"', v })),
      fc.constantFrom("0", "1").map((v) => ({ t: ' t="s"', v })),
      fc.constantFrom("0", "1").map((v) => ({ t: ' t="b"', v })),
      fc.constantFrom("#N/A", "#DIV/0!").map((v) => ({ t: ' t="e"', v })),
      fc.constantFrom("abc", " ก ข ", "", "a &amp; b").map((v) => ({ t: ' t="str"', v })),
    );
    const cell = fc.record({
      style: fc.constantFrom("", ' s="0"', ' s="1"'),
      value: typed,
      // `/>`, `></c>`, a value; or the type before the style, as no plain cell has it.
      form: fc.constantFrom("empty", "closed", "value", "value", "swapped"),
    });
    const row = fc
      .uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 })
      .chain((columns) =>
        fc.tuple(...columns.sort((a, b) => a - b).map((c) => cell.map((spec) => ({ c, ...spec })))),
      );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(row, async (cells) => {
        const xml = cells
          .map(({ c, style, value, form }) => {
            const r = `r="${String.fromCharCode(64 + c)}30"`;
            if (form === "empty") return `<c ${r}${style}${value.t}/>`;
            if (form === "closed") return `<c ${r}${style}${value.t}></c>`;
            const attributes = form === "swapped" ? `${value.t}${style}` : `${style}${value.t}`;
            return `<c ${r}${attributes}><v>${value.v}</v></c>`;
          })
          .join("");
        const file = await edit(sink, temp(`cells-${run++}.xlsx`), (name, text) =>
          name === "xl/worksheets/sheet1.xml"
            ? text.replace("</sheetData>", `<row r="30">${xml}</row></sheetData>`)
            : undefined,
        );
        await readsAlike(file);
      }),
      { numRuns: 12 },
    );
  });

  it("a table column's names from the cells above a table of styled, empty rows", async () => {
    const file = await saveXlsx(temp("styled.xlsx"), (workbook) => {
      const sheet = workbook.addWorksheet("แผน");
      putRows(sheet, [["แผน พ.ศ. 2567"], HEADER, ["1", 1, "อบรม", 10, 10, DONE]]);
      for (let r = 4; r < 40; r++) sheet.getCell(r, 9).numFmt = "0.00";
      sheet.getRow(30).hidden = true;
      sheet.mergeCells("H28:J31");
      // A hidden row that holds nothing but a merged area across it: ExcelJS counts it a row with values.
      sheet.getRow(33).hidden = true;
      sheet.mergeCells("A33:C33");
    });
    await readsAlike(file);
  });
});

describe("a CSV file", () => {
  const temp = tempFolder();

  it("is read as the sheet ExcelJS makes of it", async () => {
    const text = [
      "แผนปฏิบัติการ ปี 2567,,,",
      "",
      `${HEADER.join(",")}`,
      `1.1,1,"อบรม, ""ผู้บริหาร""",100,100.50,${DONE},`,
      `1.2,1,,0,#N/A,${NOT_DONE},"",`,
      ",,,,,,,",
      `"  ",2,=SUM(A1),-5,.5,TRUE,`,
    ].join("\r\n");
    const file = await saveText(temp("แผน.csv"), `\uFEFF${text}`);
    const plain = await readBook(file, "แผน");
    const excel = await readWorkbook.readCopy(file, "แผน");
    expect(readingOf(plain)).toStrictEqual(readingOf(excel));
  });
});

describe("the report, whichever reader reads the file", () => {
  const temp = tempFolder();

  it("is the one the ExcelJS path gave, byte for byte", async () => {
    const sink = await saveXlsx(temp("sink.xlsx"), kitchenSink);
    const files = [path.join(__dirname, "../../examples/sample-plan.xlsx"), sink];
    const readWithExcel: typeof readWorkbook.readBook = (file, sheet, limits, options) =>
      readBookAsItIs(file, sheet, limits, { ...options, reader: "exceljs" });
    for (const file of files) {
      for (const args of [["--json"], ["--lang", "en"], ["--memo"], ["--sheet", "ตาราง", "--json"]]) {
        const plain = await run(["summarize", file, ...args]);
        const spy = jest.spyOn(readWorkbook, "readBook").mockImplementation(readWithExcel);
        const excel = await run(["summarize", file, ...args]);
        expect(spy).toHaveBeenCalled();
        spy.mockRestore();
        expect(plain).toEqual(excel);
      }
    }
  });
});

describe("what the plain reader leaves to ExcelJS", () => {
  const temp = tempFolder();

  it.each([
    [
      "a link on a number",
      (name: string, text: string) =>
        name === "xl/worksheets/sheet1.xml"
          ? text.replace(
              /<\/sheetData>(.*?)(<\/worksheet>)/,
              '</sheetData>$1<hyperlinks><hyperlink ref="D4" r:id="rId9"/></hyperlinks>$2',
            )
          : name === "xl/worksheets/_rels/sheet1.xml.rels"
            ? text.replace(
                "</Relationships>",
                '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org" TargetMode="External"/></Relationships>',
              )
            : undefined,
    ],
    [
      "an element a cell does not hold",
      (name: string, text: string) =>
        name === "xl/worksheets/sheet1.xml" ? text.replace(/(<c r="D4"[^>]*>)/, "$1<extLst/>") : undefined,
    ],
    [
      "a shared string past the table",
      (name: string, text: string) =>
        name === "xl/worksheets/sheet1.xml"
          ? text.replace(/(<c r="C4" t="s"><v>)\d+/, "$1999999")
          : undefined,
    ],
    [
      "rows out of order",
      (name: string, text: string) =>
        name === "xl/worksheets/sheet1.xml"
          ? text.replace('<row r="4"', '<row r="2"').replace(/r="([A-Z]+)4"/g, 'r="$12"')
          : undefined,
    ],
  ])("%s", async (_why, change) => {
    const sink = await saveXlsx(temp("sink.xlsx"), kitchenSink);
    const file = await edit(sink, temp("left.xlsx"), change);
    if (_why === "a shared string past the table") {
      await expect(readBook(file, "แผน")).rejects.toMatchObject({ problem: { kind: "not-a-workbook" } });
      return;
    }
    await leftToExcel(file);
  });

  it("a workbook ExcelJS cannot open is refused as it was", async () => {
    const sink = await saveXlsx(temp("sink.xlsx"), kitchenSink);
    const file = await edit(sink, temp("broken.xlsx"), (name, text) =>
      name === "xl/worksheets/sheet1.xml"
        ? text.replace("</sheetData>", '<row r="99"><c r="A99"><v>1</v></sheetData>')
        : undefined,
    );
    await expect(readBook(file, "แผน")).rejects.toMatchObject({ problem: { kind: "not-a-workbook" } });
  });
});
