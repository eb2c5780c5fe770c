/**
 * Spec §4: which files the command reads, and the one line it answers with (exit 2) for those it
 * cannot: other formats with what to do, files too big for this machine, damaged ones.
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { readBook } from "../../src/cli/readWorkbook";
import { InputProblem } from "../../src/cli/messages";
import { LIMITS } from "../../src/cli/workbookFile";
import { writeZip } from "../../src/cli/zip";
import { DONE, HEADER, putRows, rezip, run, runJson, saveText, saveXlsx, tempFolder } from "./helpers";

// Each test runs the whole command on real files, several times: slow on a busy machine.
jest.setTimeout(30_000);

async function refused(args: string[]): Promise<string> {
  const result = await run([...args, "--lang", "en"]);
  expect([result.code, result.stdout]).toEqual([2, ""]);
  const lines = result.stderr.split("\n");
  expect(lines).toHaveLength(2);
  return lines[0];
}

/** An OLE2 compound file's first bytes, as an old .xls or an encrypted workbook starts. */
function ole2(...streams: string[]): Buffer {
  const magic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([magic, Buffer.alloc(504), ...streams.map((name) => Buffer.from(name, "utf16le"))]);
}

/** The zip with the central directory's stated unpacked size of `name` set to `size`. */
function withStatedSize(zip: Buffer, name: string, size: number): Buffer {
  const copy = Buffer.from(zip);
  const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
  for (let at = copy.indexOf(signature); at >= 0; at = copy.indexOf(signature, at + 4)) {
    const length = copy.readUInt16LE(at + 28);
    if (copy.toString("utf8", at + 46, at + 46 + length) === name) {
      copy.writeUInt32LE(size, at + 24);
      return copy;
    }
  }
  throw new Error(`${name} is not in the zip`);
}

describe("files that are not .xlsx or CSV say what they are and what to do", () => {
  const temp = tempFolder();

  it("an old .xls file: save it as .xlsx", async () => {
    const file = await saveText(temp("plan.xls"), ole2("Workbook", "SummaryInformation"));
    expect(await refused(["summarize", file])).toBe(
      `${file} is an old Excel file (.xls): open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook)`,
    );
  });

  it("a password-protected workbook, whatever its name: remove the password", async () => {
    for (const name of ["locked.xlsx", "locked.xls"]) {
      const file = await saveText(temp(name), ole2("EncryptionInfo", "EncryptedPackage"));
      expect(await refused(["summarize", file])).toMatch(/is protected by a password: .*remove the password/);
    }
  });

  it("an OpenDocument spreadsheet (.ods): save it as .xlsx", async () => {
    const ods = writeZip([
      { name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet") },
      { name: "content.xml", data: Buffer.from("<office:document-content/>") },
    ]);
    const file = await saveText(temp("plan.ods"), ods);
    expect(await refused(["summarize", file])).toBe(
      `${file} is an OpenDocument spreadsheet (.ods): open it in LibreOffice or Excel and save it as .xlsx (Excel 2007-365)`,
    );
  });

  it("a binary workbook (.xlsb): save it as .xlsx", async () => {
    const file = await saveText(
      temp("plan.xlsb"),
      writeZip([{ name: "xl/workbook.bin", data: Buffer.alloc(8) }]),
    );
    expect(await refused(["summarize", file])).toMatch(/is a binary workbook \(\.xlsb\)/);
  });

  it("a zip that is no workbook (a .docx) is still not an Excel or CSV file", async () => {
    const file = await saveText(
      temp("memo.docx"),
      writeZip([{ name: "word/document.xml", data: Buffer.from("<w/>") }]),
    );
    expect(await refused(["summarize", file])).toBe(`Not an Excel (.xlsx) or CSV file: ${file}`);
  });
});

describe("files too big for this machine are refused before they are unpacked", () => {
  const temp = tempFolder();
  const plan = () =>
    saveXlsx(temp("plan.xlsx"), (workbook) =>
      putRows(workbook.addWorksheet("แผน"), [HEADER, ["1", 1, "อบรม", 1, 1, DONE]]),
    );

  it("a sheet whose unpacked size is over the limit: exit 2 and one line, nothing unpacked", async () => {
    const file = await saveText(
      temp("huge.xlsx"),
      withStatedSize(await readFile(await plan()), "xl/worksheets/sheet1.xml", 315_000_000),
    );
    expect(await refused(["summarize", file])).toMatch(
      new RegExp(`^${file} is too big for this machine to read \\(unpacked, 3\\d\\d MB, over \\d+ MB\\)`),
    );
  });

  it("a part that unpacks to more than the directory says is a damaged file", async () => {
    const file = await saveText(
      temp("lying.xlsx"),
      withStatedSize(await readFile(await plan()), "xl/worksheets/sheet1.xml", 10),
    );
    expect(await refused(["summarize", file])).toBe(
      `${file} is damaged (its part xl/worksheets/sheet1.xml cannot be read): open it in Excel or LibreOffice and save it again`,
    );
  });

  it("really unpacking big: the XML, the file and the cells are each measured against the limits", async () => {
    // 2 MB of XML that packs into a few KB, as a sheet of one repeated cell would.
    const padding = `<!--${" ".repeat(2_000_000)}-->`;
    const file = await saveText(
      temp("packed.xlsx"),
      rezip(await readFile(await plan()), (name, text) =>
        name === "xl/worksheets/sheet1.xml"
          ? text.replace("<sheetData>", `${padding}<sheetData>`)
          : undefined,
      ),
    );
    expect((await readFile(file)).length).toBeLessThan(100_000);
    const problem = (limits: Partial<typeof LIMITS>) =>
      readBook(file, "แผน", { ...LIMITS, ...limits }).then(
        () => undefined,
        (error: unknown) => (error instanceof InputProblem ? error.problem : error),
      );
    expect(await problem({ xmlBytes: 1_000_000 })).toMatchObject({ kind: "too-big", unit: "xml" });
    expect(await problem({ fileBytes: 1_000 })).toMatchObject({ kind: "too-big", unit: "file" });
    expect(await problem({ cells: 10 })).toMatchObject({ kind: "too-big", unit: "cells" });
    expect(await problem({})).toBeUndefined();
  });

  it("merged areas and validation rules count as the cells ExcelJS would make of them", async () => {
    const file = await saveText(
      temp("whole.xlsx"),
      rezip(await readFile(await plan()), (name, text) =>
        name === "xl/worksheets/sheet1.xml"
          ? text.replace(
              "</sheetData>",
              '</sheetData><mergeCells count="1"><mergeCell ref="A20:XFD1048576"/></mergeCells>',
            )
          : undefined,
      ),
    );
    expect(await refused(["summarize", file])).toMatch(
      /^.* is too big for this machine to read \(17,179,\d{3},\d{3} cells, over /,
    );
  });

  it("a drop-down list on a whole column is read; one over the whole sheet is refused", async () => {
    const withValidation = (sqref: string) =>
      rezip(readFileSync(planFile), (name, text) =>
        name === "xl/worksheets/sheet1.xml"
          ? text.replace(
              "</sheetData>",
              `</sheetData><dataValidations count="1"><dataValidation type="list" sqref="${sqref}"><formula1>"1,2,3,4"</formula1></dataValidation></dataValidations>`,
            )
          : undefined,
      );
    const planFile = await plan();
    const column = await saveText(temp("column.xlsx"), withValidation("B2:B1048576"));
    expect((await runJson(["summarize", column])).json.total.projects).toBe(1);
    const sheet = await saveText(temp("sheet.xlsx"), withValidation("A1:XFD1048576"));
    expect(await refused(["summarize", sheet])).toMatch(
      /is too big for this machine to read \([\d,]+ cells, over /,
    );
  }, 60_000);

  it("a CSV file with more cells than fit is refused the same way", async () => {
    const file = await saveText(temp("plan.csv"), [HEADER.join(","), `1,1,อบรม,1,1,${DONE}`].join("\n"));
    await expect(readBook(file, "แผน", { ...LIMITS, cells: 5 })).rejects.toMatchObject({
      problem: { kind: "too-big", unit: "cells", size: 13 },
    });
    await expect(readBook(file, "แผน", { ...LIMITS, fileBytes: 10 })).rejects.toMatchObject({
      problem: { kind: "too-big", unit: "file" },
    });
  });

  it("a workbook within the limits is read as before", async () => {
    const { code, json } = await runJson(["summarize", await plan()]);
    expect([code, json.total.projects]).toEqual([0, 1]);
  });
});
