/**
 * The workbook host over a file opened in the browser: the plan is read with the command line's
 * reader (src/hosts/exceljs), and the summary sheet, the roll-up sheet and the flag rule are painted into
 * the workbook in memory, as `integrity-plan summarize --write` paints them, to be downloaded with the
 * file's defined names kept. Nothing is sent anywhere.
 */
import type ExcelJS from "exceljs";
import {
  type FlagRule,
  type Grid,
  type PlanTemplate,
  type SheetLayout,
  freeSheetName,
  headOf,
} from "../../core";
import { HostError, type PlanChoice, type PlanHost, type SavedFile, sameChoice } from "../planHost";
import { XLSX_TYPE, inThePage } from "../saveFile";
import { type Book, planPlaces } from "./book";
import { workbookBytes } from "./bytes";
import type { OriginalNames } from "./definedNames";
import { addFlagRule, removeFlagRule } from "./flagRows";
import { baseName, openBook } from "./openBook";
import { paintSheet } from "./paintSummary";
import { templateFile } from "./templateWorkbook";
import { InputProblem } from "./problem";

/** A CSV file's one sheet is named after the file; this when its name leaves nothing usable. */
const CSV_SHEET = "แผน";

export interface FileHost extends PlanHost {
  /** The file's name as the user picked it. */
  readonly file: string;
  /** How it was read: an .xlsx workbook, or text read as CSV (a .txt or .tsv too). */
  readonly format: "xlsx" | "csv";
  /** The workbook as it now stands, summary sheet included, as .xlsx bytes and the name to save them under. */
  download(): Promise<{ readonly name: string; readonly bytes: Uint8Array<ArrayBuffer> }>;
  downloadWorkbook(): Promise<{ readonly name: string; readonly saved: SavedFile }>;
}

/**
 * The unzip that keeps defined names, loaded on first use in a chunk of its own: the workbook reader's
 * chunk (ExcelJS) is near the pane's size budget by itself.
 */
const namesKeeper = () => import("./keepNames");

/** Opens a picked file's bytes; a file that cannot be read is an {@link InputProblem}. */
export async function openFileHost(file: string, bytes: Uint8Array): Promise<FileHost> {
  const book = await openBook(file, bytes, CSV_SHEET);
  const names = book.format === "xlsx" ? await (await namesKeeper()).readOriginalNames(bytes) : undefined;
  return fileHost(book, names);
}

/** Paints a layout on the pane's own sheet, replacing the one written before (under the same name when free). */
function paintOwnSheet<S extends string>(
  workbook: ExcelJS.Workbook,
  before: ExcelJS.Worksheet | undefined,
  layout: SheetLayout<S>,
): ExcelJS.Worksheet {
  if (before) workbook.removeWorksheet(before.id);
  const name = freeSheetName(
    layout.sheetName,
    workbook.worksheets.map((sheet) => sheet.name),
  );
  const sheet = workbook.addWorksheet(name);
  paintSheet(sheet, layout);
  return sheet;
}

/** The place of the book the pane chose: its table, or its sheet. */
function placeIn(book: Book, choice: PlanChoice) {
  try {
    const places = planPlaces(
      book,
      choice.table === undefined ? { sheet: choice.sheet } : { table: choice.table },
    );
    const place = places.find((candidate) =>
      sameChoice(
        { sheet: candidate.sheet, ...(candidate.table === undefined ? {} : { table: candidate.table }) },
        choice,
      ),
    );
    if (place) return place;
  } catch (error) {
    if (!(error instanceof InputProblem)) throw error;
  }
  throw new HostError("not-found", `The file has no plan "${choice.table ?? choice.sheet}".`);
}

/** The workbook as it now stands, as .xlsx bytes with the file's defined names, and the name to save it under. */
async function downloadOf(book: Book, names: OriginalNames | undefined, summaryName: string | undefined) {
  const written = await workbookBytes(book.workbook);
  const bytes = names ? await (await namesKeeper()).keepNames(written, names) : written;
  return { name: `${baseName(book.file)}-${summaryName ?? "สรุปผล"}.xlsx`, bytes };
}

/** The flag rule the pane added to a sheet of the file: one at a time, a new one replacing it. */
class AddedFlag {
  private added: { sheet: ExcelJS.Worksheet; rule: ExcelJS.ConditionalFormattingOptions } | undefined;

  add(sheet: ExcelJS.Worksheet, rule: FlagRule): void {
    this.remove();
    this.added = { sheet, rule: addFlagRule(sheet, rule) };
  }

  remove(): void {
    if (this.added) removeFlagRule(this.added.sheet, this.added.rule);
    this.added = undefined;
  }
}

/** `names`: the file's own defined names, put back into the workbook downloaded. */
export function fileHost(book: Book, names?: OriginalNames): FileHost {
  const { workbook } = book;
  const page = inThePage();
  let summary: ExcelJS.Worksheet | undefined;
  let rollup: ExcelJS.Worksheet | undefined;
  const flag = new AddedFlag();
  const ownSheet = (sheet: ExcelJS.Worksheet) => sheet === summary || sheet === rollup;

  const worksheetOf = (choice: PlanChoice): ExcelJS.Worksheet => {
    const sheet = workbook.getWorksheet(choice.sheet);
    if (!sheet || ownSheet(sheet)) {
      throw new HostError("not-found", `The file has no sheet "${choice.sheet}".`);
    }
    return sheet;
  };
  const placeOf = (choice: PlanChoice) => {
    worksheetOf(choice);
    return placeIn(book, choice);
  };

  const download = () => downloadOf(book, names, summary?.name);

  return {
    can: { live: true, selectsRows: false, rereads: false, writesChart: false, newPlan: "file" },
    file: book.file,
    format: book.format,
    async listPlans() {
      return planPlaces(book, {})
        .filter((place) => place.sheet !== summary?.name && place.sheet !== rollup?.name)
        .map((place) =>
          place.table === undefined ? { sheet: place.sheet } : { sheet: place.sheet, table: place.table },
        );
    },
    async readPlan(choice, onProgress): Promise<Grid> {
      const grid = placeOf(choice).grid();
      onProgress?.(grid.rows.length, grid.rows.length);
      return grid;
    },
    async readHeads(choices) {
      return choices.map((choice) => headOf(placeOf(choice).grid()));
    },
    async writeSummary(layout) {
      summary = paintOwnSheet(workbook, summary, layout);
      return summary.name;
    },
    async writeRollup(layout) {
      rollup = paintOwnSheet(workbook, rollup, layout);
      return rollup.name;
    },
    async flagRows(area) {
      flag.add(worksheetOf(area.choice), area.rule);
    },
    async removeFlags() {
      flag.remove();
    },
    // Nothing can be typed into a file opened here: the new plan is a workbook of its own, to fill in Excel.
    async createTemplate(template: PlanTemplate) {
      const { name, bytes } = await templateFile(template);
      return { kind: "file", name, saved: await page.saveFile(name, bytes, XLSX_TYPE) } as const;
    },
    async linkedPlan() {
      // No sheet here is ever renamed.
      return undefined;
    },
    async watchPlan() {
      // Nobody else edits the workbook in memory.
      return async () => undefined;
    },
    async selectCell(choice) {
      // A file in the browser has no cursor to move; the cell's address is shown in the pane instead.
      worksheetOf(choice);
    },
    async selectRows(choice) {
      // Nor rows to select: the pane lists them instead.
      worksheetOf(choice);
      return "none";
    },
    // Settings in memory, files as downloads.
    ...page,
    download,
    async downloadWorkbook() {
      const { name, bytes } = await download();
      return { name, saved: await page.saveFile(name, bytes, XLSX_TYPE) };
    },
  };
}
