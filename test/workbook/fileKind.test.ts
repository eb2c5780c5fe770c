/**
 * Spec §4.1 in both hosts: what kind of file a file is, and whether it fits, by one rule
 * (src/hosts/exceljs/fileKind.ts). A file opened in the pane is refused as the command line refuses it,
 * before ExcelJS unpacks anything.
 */
import ExcelJS from "exceljs";
import { classify } from "../../src/cli/workbookFile";
import { writeZip } from "../../src/cli/zip";
import type { Limits } from "../../src/hosts/exceljs/limits";
import { openBook } from "../../src/hosts/exceljs/openBook";
import { InputProblem } from "../../src/hosts/exceljs/problem";

const LIMITS: Limits = { fileBytes: 5_000_000, xmlBytes: 2_000_000, cells: 100_000 };

function ole2(...streams: string[]): Buffer {
  const magic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([magic, Buffer.alloc(504), ...streams.map((name) => Buffer.from(name, "utf16le"))]);
}

/** The problem each host answers with for these bytes; undefined when it reads them. */
async function refusals(file: string, bytes: Buffer): Promise<[unknown, unknown]> {
  const problemOf = (error: unknown) => (error instanceof InputProblem ? error.problem : error);
  let commandLine: unknown;
  try {
    classify(file, bytes, LIMITS);
  } catch (error) {
    commandLine = problemOf(error);
  }
  const pane = await openBook(file, new Uint8Array(bytes), "แผน", LIMITS).then(() => undefined, problemOf);
  return [commandLine, pane];
}

async function plan(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("แผน").addRow(["ชื่อโครงการ", "งบประมาณ"]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("a file's kind and size, one rule for the command line and the pane", () => {
  it.each<[string, () => Buffer | Promise<Buffer>, object]>([
    ["plan.xls", () => ole2("Workbook"), { kind: "other-format", format: "xls" }],
    [
      "locked.xlsx",
      () => ole2("EncryptionInfo", "EncryptedPackage"),
      { kind: "other-format", format: "encrypted" },
    ],
    [
      "plan.ods",
      () =>
        writeZip([
          { name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet") },
          { name: "content.xml", data: Buffer.from("<office:document-content/>") },
        ]),
      { kind: "other-format", format: "ods" },
    ],
    [
      "plan.xlsb",
      () => writeZip([{ name: "xl/workbook.bin", data: Buffer.alloc(8) }]),
      { kind: "other-format", format: "xlsb" },
    ],
    [
      "memo.docx",
      () => writeZip([{ name: "word/document.xml", data: Buffer.from("<w/>") }]),
      { kind: "not-a-workbook" },
    ],
    [
      "huge.xlsx",
      () =>
        writeZip([
          { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
          { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(3_000_000, 0x20) },
        ]),
      { kind: "too-big", unit: "xml", size: 3_000_011, limit: 2_000_000 },
    ],
    ["big.xlsx", () => Buffer.alloc(6_000_000, 0x50), { kind: "too-big", unit: "file" }],
    // Saved or copied only in part: said so, not "not a workbook".
    ["empty.xlsx", () => Buffer.alloc(0), { kind: "empty-file" }],
    ["empty.csv", () => Buffer.alloc(0), { kind: "empty-file" }],
    ["cut.xlsx", async () => (await plan()).subarray(0, 300), { kind: "damaged-workbook" }],
    ["renamed.xlsx", () => Buffer.from("ชื่อโครงการ,งบประมาณ\n"), { kind: "damaged-workbook" }],
  ])("%s is refused alike", async (file, bytes, expected) => {
    const [commandLine, pane] = await refusals(file, await bytes());
    expect(commandLine).toMatchObject({ ...expected, file });
    expect(pane).toEqual(commandLine);
  });

  it("a workbook within the limits is read by both", async () => {
    expect(await refusals("plan.xlsx", await plan())).toEqual([undefined, undefined]);
  });
});
