/** One office's plan file → what the roll-up keeps of it, or why it could not be read. */
import {
  type Lang,
  type OfficeSummary,
  type Round,
  type Unreadable,
  SAMPLE_SHEET,
  analyzePlan,
  officeSummary,
} from "../core";
import { CLI_WORDS, InputProblem, ROLLUP_WORDS, type Problem } from "./messages";
import { ROLLUP_KEYWORD } from "./paintRollup";
import { planPlaces } from "../workbook/book";
import { readBook } from "./readWorkbook";

/** What applies to every file of a roll-up. */
export interface OfficeOptions {
  readonly round?: Round;
  readonly fiscalYear?: number;
  readonly lang: Lang;
}

export type OfficeReading = { readonly office: OfficeSummary } | { readonly unreadable: Unreadable };

/**
 * Reads the plan as `summarize` does with no --sheet or --table: the first table holding a plan,
 * else the first sheet. A file that cannot be read is a value, never an exception.
 */
export async function readOffice(file: string, options: OfficeOptions): Promise<OfficeReading> {
  const problem = (p: Problem): OfficeReading => ({
    unreadable: { file, reason: CLI_WORDS[options.lang].problem(p).replace(/\s*\n\s*/g, " ") },
  });
  try {
    const book = await readBook(file, SAMPLE_SHEET);
    if (book.workbook.keywords === ROLLUP_KEYWORD) {
      return { unreadable: { file, reason: ROLLUP_WORDS[options.lang].isRollup(file) } };
    }
    for (const place of planPlaces(book, {})) {
      const report = analyzePlan(place.grid(), {
        ...(options.round === undefined ? {} : { round: options.round }),
        ...(options.fiscalYear === undefined ? {} : { fiscalYear: options.fiscalYear }),
        source: { file, sheet: place.sheet, ...(place.table === undefined ? {} : { table: place.table }) },
      });
      if (report) return { office: officeSummary(file, report) };
    }
    return problem({ kind: "no-plan", file });
  } catch (error) {
    if (error instanceof InputProblem) return problem(error.problem);
    return problem({ kind: "cannot-read", file, reason: String(error) });
  }
}
