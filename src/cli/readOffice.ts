/** One office's plan file → what the roll-up keeps of it, or why it could not be read. */
import {
  type Lang,
  type OfficeSummary,
  type Round,
  type Unreadable,
  type Cell,
  type SheetHead,
  SAMPLE_SHEET,
  choosePlan,
  holdsSummarySheet,
  officeSummary,
} from "../core";
import { CLI_WORDS, InputProblem, ROLLUP_WORDS, type Problem } from "./messages";
import { ROLLUP_KEYWORD } from "./paintRollup";
import { type SheetCells, planPlaces } from "../hosts/xlsx/places";
import { type Book, noChoiceProblem, placeCandidates, readBook } from "./readWorkbook";

/** What applies to every file of a roll-up. */
export interface OfficeOptions {
  readonly round?: Round;
  readonly fiscalYear?: number;
  readonly lang: Lang;
}

export type OfficeReading = { readonly office: OfficeSummary } | { readonly unreadable: Unreadable };

/**
 * Reads the plan as `summarize` does with no --sheet or --table: core's one choice of the plan
 * (spec §4.3). A file that holds no plan, or several that nothing tells apart, is listed with the
 * reason; a file that cannot be read is a value, never an exception.
 */
export async function readOffice(file: string, options: OfficeOptions): Promise<OfficeReading> {
  const problem = (p: Problem): OfficeReading => ({
    unreadable: { file, reason: CLI_WORDS[options.lang].problem(p).replace(/\s*\n\s*/g, " ") },
  });
  try {
    const book = await readBook(file, SAMPLE_SHEET);
    if (book.keywords === ROLLUP_KEYWORD) {
      return { unreadable: { file, reason: ROLLUP_WORDS[options.lang].isRollup(file) } };
    }
    const decision = choosePlan(placeCandidates(book, planPlaces(book, {})), {
      ...(options.round === undefined ? {} : { round: options.round }),
      ...(options.fiscalYear === undefined ? {} : { fiscalYear: options.fiscalYear }),
    });
    if (decision.kind === "plan") {
      // Spec §8: the original is kept over a copy that holds the summary sheet (core decides).
      const summaryCopy = holdsSummarySheet(sheetHeads(book), decision.report.source.sheet);
      return { office: officeSummary(file, decision.report, { summaryCopy }) };
    }
    return problem(noChoiceProblem(book, decision));
  } catch (error) {
    if (error instanceof InputProblem) return problem(error.problem);
    return problem({ kind: "cannot-read", file, reason: String(error) });
  }
}

/** The cells of a sheet's first rows (A1 down, two columns): enough to know the product's summary sheet. */
function firstCells(sheet: SheetCells): Cell[][] {
  return Array.from({ length: 6 }, (_, r) => [1, 2].map((c) => sheet.row(r + 1)?.cell(c) ?? null));
}

/** The workbook's sheets as core's {@link holdsSummarySheet} reads them, each only when asked. */
function sheetHeads(book: Book): SheetHead[] {
  return book.sheets().map((sheet) => ({ name: sheet.name, firstRows: () => firstCells(sheet) }));
}
