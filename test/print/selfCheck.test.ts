/**
 * The summary's self-check (spec §6.1), calculated by a spreadsheet application nobody here wrote: the
 * command line's --write copy is edited as a user would edit the plan, then LibreOffice Calc opens,
 * recalculates and prints it, and the printed status line says whether the table still matches the
 * plan. Runs wherever `soffice` is installed; with REQUIRE_LIBREOFFICE=1 (as in CI) a missing one is a
 * failure, not a skip.
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import { SUMMARY_WORDS } from "../../src/core";
import { run, tempFolder } from "../cli/helpers";
import { convertToPdf, officeAvailable, pdfLines } from "./pdfLines";

const available = officeAvailable("the self-check test");
const describeWithOffice = available ? describe : describe.skip;

const EXAMPLE = path.join(__dirname, "..", "..", "examples", "sample-plan.xlsx");

type Edit = (plan: ExcelJS.Worksheet) => void;

/** A copy of `from` with its first sheet (the plan) edited. */
async function edited(from: string, to: string, edit: Edit): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(from);
  edit(workbook.worksheets[0]);
  await workbook.xlsx.writeFile(to);
  return to;
}

/**
 * A line's letters: pdftotext puts spaces between some Thai words and moves a tone mark after the next
 * letter ("นี้ไ" comes out "นีไ้"), so spaces and the marks above and below the line are left out.
 */
const letters = (text: string): string => text.replace(/[\s\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, "");

/** Whether the printed file shows the text on one of its lines. */
const printedWith = (pdf: string, text: string): boolean =>
  pdfLines(pdf).some((line) => letters(line.text).includes(letters(text)));

describeWithOffice("the summary's self-check, calculated by LibreOffice Calc", () => {
  const temp = tempFolder();

  it("says the table no longer matches the plan after each kind of edit, and nothing when unchanged", async () => {
    const thai = temp("summary.xlsx");
    const english = temp("summary-en.xlsx");
    const csv = temp("plan.csv");
    const fromCsv = temp("from-csv.xlsx");
    expect((await run(["summarize", EXAMPLE, "--write", thai])).code).toBe(0);
    expect((await run(["summarize", EXAMPLE, "--write", english, "--lang", "en"])).code).toBe(0);
    expect((await run(["sample", csv])).code).toBe(0);
    expect((await run(["summarize", csv, "--write", fromCsv])).code).toBe(0);

    // The sample: title lines 1–2, the table's header on row 3, dimension B, budget E, status G;
    // row 9 (1.5) was not carried out in dimension 1, row 12 (2.2) was completed in dimension 2.
    const cases: Record<string, { file: string; stale: boolean; words: string }> = {
      unchanged: { file: thai, stale: false, words: SUMMARY_WORDS.th.stale },
      budget: {
        file: await edited(thai, temp("budget.xlsx"), (plan) => {
          plan.getCell("E5").value = 25_000;
        }),
        stale: true,
        words: SUMMARY_WORDS.th.stale,
      },
      // Every column's count and sum as before; only which dimension each status belongs to moved.
      statusesSwapped: {
        file: await edited(thai, temp("swapped.xlsx"), (plan) => {
          const [nine, twelve] = [plan.getCell("G9").value, plan.getCell("G12").value];
          plan.getCell("G9").value = twelve;
          plan.getCell("G12").value = nine;
        }),
        stale: true,
        words: SUMMARY_WORDS.th.stale,
      },
      // The total budget as before, moved from dimension 1 to dimension 2.
      budgetMoved: {
        file: await edited(thai, temp("moved.xlsx"), (plan) => {
          const moved = Number(plan.getCell("E9").value);
          plan.getCell("E9").value = 0;
          plan.getCell("E12").value = Number(plan.getCell("E12").value) + moved;
        }),
        stale: true,
        words: SUMMARY_WORDS.th.stale,
      },
      englishUnchanged: { file: english, stale: false, words: SUMMARY_WORDS.en.stale },
      englishDimension: {
        file: await edited(english, temp("dimension-en.xlsx"), (plan) => {
          plan.getCell("B5").value = 2;
        }),
        stale: true,
        words: SUMMARY_WORDS.en.stale,
      },
      // A plan in a plain range: a project typed under it counts.
      csvUnchanged: { file: fromCsv, stale: false, words: SUMMARY_WORDS.th.stale },
      csvRowAdded: {
        file: await edited(fromCsv, temp("row-added.xlsx"), (plan) => {
          plan.getRow(plan.rowCount + 1).values = [
            "5.1",
            1,
            "โครงการใหม่",
            "โครงการ",
            1_000,
            0,
            "ดำเนินการแล้วเสร็จ",
          ];
        }),
        stale: true,
        words: SUMMARY_WORDS.th.stale,
      },
    };
    const files = Object.values(cases).map((one) => one.file);
    convertToPdf(path.dirname(thai), files);

    const shown = Object.fromEntries(
      Object.entries(cases).map(([name, one]) => [
        name,
        printedWith(one.file.replace(/\.xlsx$/, ".pdf"), one.words),
      ]),
    );
    expect(shown).toEqual(Object.fromEntries(Object.entries(cases).map(([name, one]) => [name, one.stale])));
  }, 180_000);
});
