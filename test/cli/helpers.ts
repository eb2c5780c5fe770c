/** Running the command in-process, temp folders, and the smallest workbooks the tests need. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import type { ReportJson } from "../../src/core/summary/json";
import { main } from "../../src/cli/main";
import { partData, writeZip, zipParts } from "../../src/cli/zip";

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function run(args: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

export async function runJson(args: string[]): Promise<{ code: number; json: ReportJson }> {
  const result = await run([...args, "--json"]);
  if (result.stderr !== "") throw new Error(`unexpected stderr: ${result.stderr}`);
  return { code: result.code, json: JSON.parse(result.stdout) as ReportJson };
}

/** A fresh temp folder for each test, removed after it; call inside a describe. */
export function tempFolder(): (name: string) => string {
  let dir = "";
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "integrity-plan-test-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return (name) => path.join(dir, name);
}

export const HEADER = ["ลำดับ", "มิติ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "สถานะ", "หมายเหตุ"];
export const DONE = "ดำเนินการแล้วเสร็จ";
export const NOT_DONE = "ไม่ได้ดำเนินการ";

/** Writes rows into a sheet from a top-left cell (1-based row and column). */
export function putRows(sheet: ExcelJS.Worksheet, rows: ExcelJS.CellValue[][], top = 1, left = 1): void {
  rows.forEach((cells, r) =>
    cells.forEach((value, c) => {
      if (value !== null && value !== undefined) sheet.getCell(top + r, left + c).value = value;
    }),
  );
}

export async function saveXlsx(file: string, build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  await workbook.xlsx.writeFile(file);
  return file;
}

export async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

export async function saveText(file: string, bytes: string | Uint8Array): Promise<string> {
  await writeFile(file, bytes);
  return file;
}

/** The seed's table as the spec prints it: dimension, projects, planned, completed, disbursed, not done, %. */
export function seedTable(json: ReportJson): (number | null)[][] {
  const row = (d: ReportJson["total"]) => [
    d.projects,
    d.plannedBudget,
    d.completed,
    d.disbursed,
    d.notDone,
    d.pctProjects,
    d.pctBudget,
  ];
  return [...json.dimensions.map((d) => [d.dimension, ...row(d)]), [0, ...row(json.total)]];
}

export const SEED_TABLE = [
  [1, 5, 35000, 4, 17175, 1, 80, 49.07],
  [2, 5, 23000, 5, 23000, 0, 100, 100],
  [3, 2, 20000, 2, 18495, 0, 100, 92.48],
  [4, 4, 323900, 4, 271425, 0, 100, 83.8],
  [0, 16, 401900, 15, 330095, 1, 93.75, 82.13],
];

/**
 * One file's text inside an .xlsx (a zip), found through the zip's central directory: for checking
 * XML that ExcelJS normalises away when it reads a workbook back.
 */
export function zipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    if (zip.toString("utf8", at + 46, at + 46 + nameLength) === name) {
      const local = zip.readUInt32LE(at + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 0 ? data : inflateRawSync(data)).toString("utf8");
    }
    at += 46 + skip;
  }
  throw new Error(`${name} is not in the zip`);
}

/**
 * An .xlsx file's parts changed as a test needs: `edit` returns a part's new text (or undefined to
 * keep it), and `add` gives parts to add, such as a chart ExcelJS would never write.
 */
export function rezip(
  zip: Buffer,
  edit: (name: string, text: string) => string | undefined,
  add: Record<string, string> = {},
): Buffer {
  const parts = zipParts(zip);
  if (!parts) throw new Error("not a zip");
  return writeZip([
    ...parts.map((part) => {
      const data = partData(zip, part);
      const changed = /\.(xml|rels)$/.test(part.name) ? edit(part.name, data.toString("utf8")) : undefined;
      return { name: part.name, data: changed === undefined ? data : Buffer.from(changed, "utf8") };
    }),
    ...Object.entries(add).map(([name, text]) => ({ name, data: Buffer.from(text, "utf8") })),
  ]);
}
