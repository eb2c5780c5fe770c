/**
 * The report document (spec §10) opened by a word processor nobody here wrote: LibreOffice Writer
 * converts what `summarize --docx` writes to PDF, and the PDF's text boxes show every figure and
 * heading, no line painted over another, no figure split over two lines, and the Thai font asked for
 * (Laksaman, TH Sarabun New's metric twin, where that is not installed). With REQUIRE_LIBREOFFICE=1
 * (as in CI) a missing LibreOffice is a failure, not a skip.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { deflateSync } from "node:zlib";
import { SAMPLE_GRID, analyzePlan } from "../../src/core";
import { summaryTable } from "../../src/core/document/memoDocument";
import { run } from "../cli/helpers";
import { officeTemplate } from "../document/templateFile";
import { type TextLine, convertToPdf, officeAvailable, overlappingLines, pdfLines } from "./pdfLines";

const available = officeAvailable("the document test", ["soffice", "pdftotext", "pdffonts"]);

const EXAMPLE = path.join(__dirname, "..", "..", "examples");
const SEED_FIGURES = ["93.75", "82.13", "49.07", "92.48", "401,900.00", "330,095.00"];

/** A real PNG (a 4 × 4 grey square), for the emblem: signature, IHDR, IDAT and IEND with their CRCs. */
function png(): Uint8Array {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = table[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(4, 0);
  header.writeUInt32BE(4, 4);
  header[8] = 8; // bit depth; colour type 0 (grey)
  const pixels = Buffer.concat(Array.from({ length: 4 }, () => Buffer.from([0, 128, 128, 128, 128])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const describeWithOffice = available ? describe : describe.skip;

describeWithOffice("the report document, printed by LibreOffice Writer", () => {
  // One folder for the whole describe: the documents are written and converted once, in beforeAll.
  const dir = mkdtempSync(path.join(tmpdir(), "report-document-"));
  const temp = (name: string) => path.join(dir, name);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const pages = new Map<string, TextLine[]>();
  const fonts = new Map<string, string[]>();
  const docs = {
    thai: temp("report.docx"),
    english: temp("report-en.docx"),
    sixMonths: temp("report-6.docx"),
    withErrors: temp("report-errors.docx"),
    settings: temp("report-settings.docx"),
    template: temp("report-template.docx"),
  };

  beforeAll(async () => {
    // Row 1.1's status made unreadable: an error, so the figures rest on a plan with errors.
    const broken = readFileSync(path.join(EXAMPLE, "sample-plan.csv"), "utf8").replace(
      /(20000,17175,)ดำเนินการแล้วเสร็จ/,
      "$1เสร็จแล้วมั้ง",
    );
    writeFileSync(temp("broken.csv"), broken);
    writeFileSync(temp("emblem.png"), png());
    writeFileSync(
      temp("settings.json"),
      JSON.stringify({
        reference: "ชม 74201/1614",
        date: "2566-12-25",
        author: { name: "นายชัยวัฒน์ แสนภิบาลพงศ์", position: "นิติกรปฏิบัติการ" },
        emblem: "emblem.png",
        announcement: true,
      }),
    );
    writeFileSync(temp("memo-template.docx"), await officeTemplate());
    writeFileSync(temp("template.json"), JSON.stringify({ template: "memo-template.docx" }));
    const xlsx = path.join(EXAMPLE, "sample-plan.xlsx");
    const runs = await Promise.all([
      run(["summarize", xlsx, "--docx", docs.thai]),
      run(["summarize", xlsx, "--docx", docs.english, "--lang", "en"]),
      run(["summarize", xlsx, "--docx", docs.sixMonths, "--round", "6"]),
      run(["summarize", temp("broken.csv"), "--docx", docs.withErrors]),
      run(["summarize", xlsx, "--docx", docs.settings, "--docx-settings", temp("settings.json")]),
      run(["summarize", xlsx, "--docx", docs.template, "--docx-settings", temp("template.json")]),
    ]);
    expect(runs.map((result) => result.code)).toEqual([0, 0, 0, 1, 0, 0]);
    convertToPdf(dir, Object.values(docs));
    for (const [name, file] of Object.entries(docs)) {
      const pdf = file.replace(/\.docx$/, ".pdf");
      pages.set(name, pdfLines(pdf));
      const listed = execFileSync("pdffonts", [pdf], { encoding: "utf8" }).split("\n").slice(2);
      fonts.set(
        name,
        listed
          .filter((line) => line.trim() !== "")
          .map((line) => line.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, "")),
      );
    }
  }, 180_000);

  const words = (name: string) => new Set(pages.get(name)!.flatMap((line) => line.text.split(" ")));
  const text = (name: string) =>
    pages
      .get(name)!
      .map((line) => line.text)
      .join("\n");

  it("paints no line over another", () => {
    for (const [name, lines] of pages) {
      const overlaps = overlappingLines(lines).map(
        ([a, b]) => `${name} page ${a.page}: "${a.text}" over "${b.text}"`,
      );
      expect(overlaps).toEqual([]);
    }
  });

  it("holds the seed's figures and the memo's headings", () => {
    for (const name of ["thai", "sixMonths", "settings"]) {
      const printed = words(name);
      expect(SEED_FIGURES.filter((figure) => !printed.has(figure))).toEqual([]);
      for (const heading of ["บันทึกข้อความ", "เรื่องเดิม", "ข้อเท็จจริง", "ข้อเสนอ"])
        expect(printed.has(heading)).toBe(true);
    }
    expect(SEED_FIGURES.filter((figure) => !words("english").has(figure))).toEqual([]);
    expect(text("english")).toMatch(/Memorandum/);
    expect(text("sixMonths")).toMatch(/รอบ 6 เดือน/);
  });

  it("splits no figure of the table over two lines", () => {
    const { table } = summaryTable(analyzePlan(SAMPLE_GRID)!, "th");
    const figures = table.rows
      .slice(table.headerRows)
      .flatMap((row) => row.slice(1).map((cell) => cell.text));
    const printed = words("thai");
    expect(figures.filter((figure) => !printed.has(figure))).toEqual([]);
  });

  it("numbers pages from the second, at the top centre", () => {
    const lines = pages.get("thai")!;
    expect(lines.some((line) => line.page === 1 && line.text === "- 1 -")).toBe(false);
    const second = lines.filter((line) => line.page === 2).sort((a, b) => a.y0 - b.y0)[0];
    expect(second.text).toBe("- 2 -");
  });

  it("says the plan has errors where the sheet does", () => {
    expect(text("withErrors")).toMatch(/ข้อมูลในแผนยังมีข้อผิดพลาด/);
    expect(text("thai")).not.toMatch(/ข้อมูลในแผนยังมีข้อผิดพลาด/);
  });

  it("uses the settings given: reference, signer, the announcement", () => {
    const all = text("settings");
    expect(all).toMatch(/ชม 74201\/1614/);
    expect(all).toMatch(/นิติกรปฏิบัติการ/);
    expect(all).toMatch(/ประกาศองค์การบริหารส่วนตำบลแม่วิน/);
  });

  it("fills an office's template: its letterhead, the head's fields, the body and the table", () => {
    const all = text("template");
    expect(all).toMatch(/หัวกระดาษ/);
    expect(all).toMatch(/เรียน นายกองค์การบริหารส่วนตำบลแม่วิน/);
    expect(all).not.toMatch(/\{\{/);
    expect(SEED_FIGURES.filter((figure) => !words("template").has(figure))).toEqual([]);
  });

  it("sets its text in the Thai font asked for", () => {
    for (const [name, used] of fonts) {
      expect(used).toContain("Laksaman");
      // The check box (☐) is in no Thai font and falls back to DejaVu Sans, which has no Thai letters:
      // any Thai in the document can only be in Laksaman.
      expect([name, used.filter((font) => !/^(Laksaman|DejaVuSans)/.test(font))]).toEqual([name, []]);
    }
  });
});
