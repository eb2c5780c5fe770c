/**
 * The workbooks the command line writes, opened and printed by a spreadsheet application nobody here
 * wrote: LibreOffice Calc prints them to PDF, and the PDF's text boxes show whether any line is
 * painted over another and whether every figure is there. Runs wherever `soffice` is installed; with
 * REQUIRE_LIBREOFFICE=1 (as in CI) a missing one is a failure, not a skip.
 */
import * as path from "node:path";
import { SAMPLE_GRID, analyzePlan, displayText, summaryLayout } from "../../src/core";
import { run, tempFolder } from "../cli/helpers";
import { type TextLine, convertToPdf, officeAvailable, overlappingLines, pdfLines } from "./pdfLines";

const available = officeAvailable("the print test");

const EXAMPLE = path.join(__dirname, "..", "..", "examples", "sample-plan.xlsx");
/** The seed report's figures: percentages and amounts as printed. */
const SEED_FIGURES = [
  "80.00",
  "49.07",
  "93.75",
  "82.13",
  "401,900.00",
  "330,095.00",
  "323,900.00",
  "271,425.00",
];

const describeWithOffice = available ? describe : describe.skip;

describeWithOffice("printed by LibreOffice Calc", () => {
  const temp = tempFolder();
  let pages: Map<string, TextLine[]>;

  it("prints every sheet the command line writes with no text over text, and every figure", async () => {
    const files = {
      summary: temp("summary.xlsx"),
      english: temp("summary-en.xlsx"),
      sample: temp("sample.xlsx"),
      template: temp("template.xlsx"),
      filled: temp("template-sample.xlsx"),
    };
    expect((await run(["summarize", EXAMPLE, "--write", files.summary, "--memo"])).code).toBe(0);
    expect((await run(["summarize", EXAMPLE, "--write", files.english, "--memo", "--lang", "en"])).code).toBe(
      0,
    );
    expect((await run(["sample", files.sample])).code).toBe(0);
    expect((await run(["template", files.template, "--org", "องค์การบริหารส่วนตำบลแม่วิน"])).code).toBe(0);
    expect((await run(["template", files.filled, "--with-sample"])).code).toBe(0);

    convertToPdf(path.dirname(files.summary), Object.values(files));
    pages = new Map(
      Object.entries(files).map(([name, file]) => [name, pdfLines(file.replace(/\.xlsx$/, ".pdf"))]),
    );

    for (const [name, lines] of pages) {
      expect(lines.length).toBeGreaterThan(0);
      const overlaps = overlappingLines(lines).map(
        ([a, b]) => `${name} page ${a.page}: "${a.text}" over "${b.text}"`,
      );
      expect(overlaps).toEqual([]);
    }

    const words = (name: string) => new Set(pages.get(name)!.flatMap((line) => line.text.split(" ")));
    const report = analyzePlan(SAMPLE_GRID)!;
    const layout = summaryLayout(report, { withMemo: true });
    const figures = layout.cells
      .filter((cell) => typeof cell.value === "number")
      .map((cell) => displayText(cell.value, cell.format));
    for (const name of ["summary", "english"]) {
      const printed = words(name);
      expect(SEED_FIGURES.filter((figure) => !printed.has(figure))).toEqual([]);
      expect(figures.filter((figure) => !printed.has(figure))).toEqual([]);
    }
    const plan = words("sample");
    expect(["323,900.00", "271,425.00", "17,175.00"].filter((figure) => !plan.has(figure))).toEqual([]);
  }, 180_000);
});
