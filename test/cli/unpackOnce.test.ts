/**
 * An .xlsx file is unpacked once on the command line's path: classify inflates each part (Node's zlib),
 * and everything after reads those parts, ExcelJS included, handed a zip of stored parts.
 */
import { readFile } from "node:fs/promises";
import { sampleWorkbook } from "../../src/cli/sample";
import { saveWorkbook } from "../../src/cli/saveWorkbook";
import { classify } from "../../src/cli/workbookFile";
import { inspectParts } from "../../src/cli/workbookParts";
import { withParts } from "../../src/cli/readingCopy";
import { readBook, readCopy } from "../../src/cli/readWorkbook";
import type { Book as ExcelBook } from "../../src/hosts/exceljs/book";
import { zipParts } from "../../src/cli/zip";
import { SAMPLE_SHEET } from "../../src/core";
import { tempFolder } from "./helpers";

describe("one unpacking of an .xlsx file", () => {
  const temp = tempFolder();

  async function sample(): Promise<{ file: string; bytes: Buffer }> {
    const file = temp("plan.xlsx");
    await saveWorkbook(sampleWorkbook(), file, false);
    return { file, bytes: await readFile(file) };
  }

  it("hands ExcelJS stored parts, and leaves out of a copy only read the parts ExcelJS keeps for writing", async () => {
    const { file, bytes } = await sample();
    const kind = classify(file, bytes);
    if (kind.kind !== "xlsx") throw new Error("expected an .xlsx file");
    const names = (zip: Buffer) => zipParts(zip)!.map((part) => part.name);
    const files = kind.workbook.parts.map((part) => part.name).filter((name) => !name.endsWith("/"));

    const whole = withParts(bytes, kind.workbook.parts, kind.workbook, new Map());
    expect(zipParts(whole)!.every((part) => part.method === 0)).toBe(true);
    expect(names(whole)).toEqual(files);

    const read = withParts(bytes, kind.workbook.parts, kind.workbook, new Map(), true);
    const left = files.filter((name) => !names(read).includes(name));
    expect(left).toContain("xl/theme/theme1.xml");
    expect(left.sort()).toEqual(
      ["[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "xl/theme/theme1.xml"].filter((name) =>
        files.includes(name),
      ),
    );
    expect(names(read)).toEqual(
      expect.arrayContaining(["xl/workbook.xml", "xl/styles.xml", "docProps/core.xml"]),
    );
  });

  it("reads the same workbook from the unpacked parts as from the file", async () => {
    const { file, bytes } = await sample();
    const kind = classify(file, bytes);
    if (kind.kind !== "xlsx") throw new Error("expected an .xlsx file");
    expect(inspectParts(bytes, kind.workbook.parts, kind.workbook.data)).toEqual(
      inspectParts(bytes, zipParts(bytes)!),
    );
    const book = (await readBook(file, SAMPLE_SHEET, undefined, { reader: "exceljs" })) as ExcelBook;
    const copy = await readCopy(file, SAMPLE_SHEET);
    const cells = (workbook: typeof book.workbook) =>
      workbook.worksheets.map((sheet) => sheet.getSheetValues().map((row) => JSON.stringify(row)));
    expect(cells(book.workbook)).toEqual(cells(copy.workbook));
    expect(book.workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual(
      copy.workbook.worksheets.map((sheet) => [sheet.name, sheet.state]),
    );
  });
});
