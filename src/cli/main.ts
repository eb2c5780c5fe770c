/**
 * `integrity-plan`: reads a plan from .xlsx or .csv, prints its summary and findings, and can write a
 * copy of the workbook with the summary sheet. Exit status (spec §4): 0 valid, 1 errors found,
 * 2 the input could not be read at all, with one line on standard error saying why.
 */
import "./excelEntry";
import * as path from "node:path";
import { existsSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  type Field,
  FIELDS,
  type Lang,
  type PlaceLook,
  type PlanReport,
  SAMPLE_SHEET,
  choosePlan,
  memoText,
  placesJson,
  planTemplate,
  reportJson,
  selfCheckCondition,
  summaryLayout,
  withDefaultFiscalYear,
} from "../core";
import { CLI_WORDS, InputProblem, ROLLUP_WORDS, type Problem } from "./messages";
import { columnOfLetters, roundOption, yearOption } from "./options";
import { printHelp, printReport } from "./print";
import { type PlanPlace, planPlaces, worksheetOf } from "../hosts/exceljs/book";
import { type Book, noChoiceProblem, placeCandidates, readBook, readCopy } from "./readWorkbook";
import { safeForTerminal, writeSafeJson } from "./terminal";
// What only writing uses (the sheet painters, the file saver, the sample, the template, the roll-up)
// is imported in the branch that writes: a summary on standard output loads none of it.

/** Where the command writes; tests pass their own. */
export interface Output {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const PROCESS_OUTPUT: Output = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Excel's limit on the characters in one cell (Microsoft: "Excel specifications and limits"). */
const CELL_CHARACTERS = 32_767;

const OPTIONS = {
  sheet: { type: "string" },
  table: { type: "string" },
  round: { type: "string" },
  lang: { type: "string" },
  org: { type: "string" },
  year: { type: "string" },
  json: { type: "boolean" },
  memo: { type: "boolean" },
  "with-sample": { type: "boolean" },
  subtotals: { type: "boolean" },
  write: { type: "string" },
  docx: { type: "string" },
  "docx-settings": { type: "string" },
  force: { type: "boolean" },
  trace: { type: "boolean" },
  recursive: { type: "boolean" },
  column: { type: "string", multiple: true },
  help: { type: "boolean", short: "h" },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>["values"];

const fail = (problem: Problem): never => {
  throw new InputProblem(problem);
};

/** The language asked for, read loosely so that even a bad command line is answered in it. */
function langOf(args: readonly string[]): Lang {
  const i = args.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  if (i < 0) return "th";
  const value = args[i].includes("=") ? args[i].slice("--lang=".length) : args[i + 1];
  return value === "en" ? "en" : "th";
}

const BOOLEAN_OPTIONS = new Set(
  Object.entries(OPTIONS)
    .filter(([, option]) => option.type === "boolean")
    .map(([name]) => `--${name}`),
);
const TRUE_WORDS = new Set(["true", "yes", "on", "1"]);
const FALSE_WORDS = new Set(["false", "no", "off", "0"]);

/**
 * `--json=true`, `--json=no`, `--force=1`: the forms people type for a switch, turned into the
 * switch or nothing. Anything else after "=" is a bad value. Arguments after "--" are left alone.
 */
function switchForms(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") return [...out, ...args.slice(i)];
    const at = arg.indexOf("=");
    const name = at < 0 ? arg : arg.slice(0, at);
    if (at < 0 || !BOOLEAN_OPTIONS.has(name)) {
      out.push(arg);
      continue;
    }
    const value = arg.slice(at + 1);
    if (TRUE_WORDS.has(value.toLowerCase())) out.push(name);
    else if (!FALSE_WORDS.has(value.toLowerCase())) fail({ kind: "bad-option", option: name, value });
  }
  return out;
}

function parse(args: string[]): { values: Values; positionals: string[] } {
  try {
    return parseArgs({ args: switchForms(args), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    if (error instanceof InputProblem) throw error;
    const code = (error as { code?: string }).code;
    const option = /'(-[^' ]+)/.exec((error as Error).message)?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return fail({ kind: "unknown-option", option });
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return fail({ kind: "missing-value", option });
    return fail({ kind: "usage", detail: (error as Error).message.split(".")[0] });
  }
}

/**
 * `--column disbursed=H` (repeatable): the column a field is read from, settling a column in doubt
 * (spec §9.7); `--column note=none` reads a field from no column.
 */
function columnsOf(values: readonly string[] | undefined): Partial<Record<Field, number | null>> | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const chosen: Partial<Record<Field, number | null>> = {};
  for (const value of values) {
    const [name, letters = ""] = value.split("=", 2).map((part) => part.trim());
    const field = FIELDS.find((known) => known.toLowerCase() === name.toLowerCase());
    const column = /^(?:none|-)$/i.test(letters) ? null : columnOfLetters(letters);
    if (field === undefined || column === undefined || !value.includes("="))
      return fail({ kind: "bad-option", option: "--column", value });
    chosen[field] = column;
  }
  return chosen;
}

function langOption(value: string | undefined): Lang {
  if (value === undefined || value === "th" || value === "en") return value ?? "th";
  return fail({ kind: "bad-option", option: "--lang", value });
}

/**
 * Whether two names are one file: the same device and inode, which also catches a hard link, a
 * symbolic link and another letter case on a disk that ignores case. A name that does not exist yet
 * is no file at all.
 */
function sameFile(a: string, b: string): boolean {
  const identity = (file: string) => {
    const found = statSync(file, { throwIfNoEntry: false });
    return found && { dev: found.dev, ino: found.ino };
  };
  const first = identity(a);
  const second = identity(b);
  if (!first || !second) return path.resolve(a) === path.resolve(b);
  return first.dev === second.dev && first.ino === second.ino;
}

/** A text the command writes into a cell must fit one. */
function cellText(option: string, value: string | undefined): void {
  if (value !== undefined && value.length > CELL_CHARACTERS) {
    fail({ kind: "too-long", option, length: value.length, limit: CELL_CHARACTERS });
  }
}

/** Where the plan is, by core's one rule (spec §4.3): a place with evidence of a plan, or a question. */
function findPlan(
  book: Book,
  values: Values,
): { report: PlanReport; place: PlanPlace; looked: readonly PlaceLook[] } {
  const places = planPlaces(book, { sheet: values.sheet, table: values.table });
  const round = roundOption(values.round);
  const fiscalYear = yearOption(values.year);
  const decision = choosePlan(placeCandidates(book, places), {
    ...(round === undefined ? {} : { round }),
    ...(values.org === undefined ? {} : { organisation: values.org }),
    ...(fiscalYear === undefined ? {} : { fiscalYear }),
    subtotals: values.subtotals === true,
    ...(values.column === undefined ? {} : { sheetColumns: columnsOf(values.column) }),
  });
  // A CSV file's one place is the file itself: it is not named as a sheet.
  const looked = book.format === "csv" ? [] : decision.looked;
  if (decision.kind !== "plan") {
    return fail(noChoiceProblem(book, decision, { sheet: values.sheet, table: values.table }));
  }
  // As in the add-in: a sheet whose title gives no year is reported for its round's latest ended year; a
  // plan with a budget column per year needs its year stated instead (spec §9.2).
  const report = withDefaultFiscalYear(withReportYear(decision.report, book.file), new Date());
  return { report, place: places[decision.index], looked };
}

/** A plan with a budget column per year but none for the report's year cannot be summarised (spec §9.2). */
function withReportYear(report: PlanReport, file: string): PlanReport {
  const issue = report.issues.find((found) => found.code === "no-year-column");
  if (!issue) return report;
  return fail({
    kind: "no-year-column",
    file,
    years: issue.details?.other ?? "",
    ...(issue.details?.year === undefined ? {} : { year: issue.details.year }),
  });
}

async function summarize(values: Values, positionals: string[], lang: Lang, out: Output): Promise<number> {
  const file = positionals[0] ?? fail({ kind: "no-input" });
  if (positionals.length > 1) fail({ kind: "extra-argument", argument: positionals[1] });
  roundOption(values.round);
  yearOption(values.year);
  columnsOf(values.column);
  cellText("--org", values.org);
  if (values.json && values.memo) fail({ kind: "conflicting-options", options: ["--json", "--memo"] });
  if (values.trace && !values.json) fail({ kind: "usage", detail: ROLLUP_WORDS[lang].traceNeedsJson });
  const target = values.write;
  if (target !== undefined) {
    if (path.extname(target).toLowerCase() !== ".xlsx") fail({ kind: "output-not-xlsx", file: target });
    if (sameFile(target, file)) fail({ kind: "output-is-input", file: target });
    if (!values.force && existsSync(target)) fail({ kind: "output-exists", file: target });
  }
  const docx = values.docx;
  // The document's writer (the docx library) loads only when a document is asked for.
  const documents = docx === undefined ? undefined : await import("./document");
  if (docx !== undefined) documents?.checkDocxTarget(docx, file, values.force === true, sameFile);
  if (values["docx-settings"] !== undefined && docx === undefined)
    fail({ kind: "usage", detail: CLI_WORDS[lang].settingsNeedDocx });
  const words = CLI_WORDS[lang];
  // A copy written from the file keeps every sheet (ExcelJS reads it whole); a report alone reads only
  // what the plan needs, by the plain reader where it can.
  const copy = target === undefined ? undefined : await readCopy(file, SAMPLE_SHEET);
  const book = copy ?? (await readBook(file, SAMPLE_SHEET));
  const { report, place, looked } = findPlan(book, values);
  let written: string | undefined;
  if (target !== undefined && copy !== undefined) {
    const { addSummarySheet } = await import("../hosts/exceljs/paintSummary");
    const { flagNotCarriedOut } = await import("../hosts/exceljs/flagRows");
    const { saveWorkbook } = await import("./saveWorkbook");
    written = addSummarySheet(
      copy.workbook,
      summaryLayout(report, {
        lang,
        withMemo: values.memo === true,
        writtenAt: new Date(),
        // A CSV file's plan is the copy's sheet of that name.
        check: selfCheckCondition(place.grid(), report, place.sheet),
      }),
    );
    flagNotCarriedOut(worksheetOf(copy, place), report);
    const dropped = copy.parts?.dropped ?? [];
    if (dropped.length > 0)
      out.stderr(safeForTerminal(words.dropped(target, dropped, copy.parts?.others ?? [])) + "\n");
    await saveWorkbook(copy.workbook, target, values.force === true, copy.parts);
  }
  if (docx !== undefined)
    await documents?.writeDocument(report, lang, docx, values["docx-settings"], values.force === true);

  if (values.json) {
    writeSafeJson(
      { ...reportJson(report, lang, { trace: values.trace === true }), candidates: placesJson(looked) },
      out.stdout,
    );
  } else if (values.memo) {
    // Standard output holds the paragraph alone, ready to paste; the warning goes beside it.
    out.stdout(safeForTerminal(memoText(report, lang)) + "\n");
    const errors = report.issues.filter((issue) => issue.severity === "error").length;
    if (errors > 0) out.stderr(words.memoHasErrors(errors) + "\n");
  } else {
    out.stdout(safeForTerminal(printReport(report, lang, looked)));
    if (target !== undefined && written !== undefined)
      out.stdout(safeForTerminal(words.wrote(target, written)) + "\n");
    if (docx !== undefined) out.stdout(safeForTerminal(words.wroteDocument(docx)) + "\n");
  }
  return report.valid ? 0 : 1;
}

async function sample(values: Values, positionals: string[], lang: Lang, out: Output): Promise<number> {
  const target = positionals[0] ?? fail({ kind: "no-output", command: "sample" });
  if (positionals.length > 1) fail({ kind: "extra-argument", argument: positionals[1] });
  const overwrite = values.force === true;
  const extension = path.extname(target).toLowerCase();
  if (extension !== ".csv" && extension !== ".xlsx") fail({ kind: "output-not-xlsx", file: target });
  const { sampleCsv, sampleWorkbook } = await import("./sample");
  const { saveWorkbook, writeNew } = await import("./saveWorkbook");
  if (extension === ".csv") await writeNew(target, sampleCsv(), overwrite);
  else await saveWorkbook(sampleWorkbook(), target, overwrite);
  out.stdout(CLI_WORDS[lang].wroteSample(target) + "\n");
  return 0;
}

async function template(values: Values, positionals: string[], lang: Lang, out: Output): Promise<number> {
  const target = positionals[0] ?? fail({ kind: "no-output", command: "template" });
  if (positionals.length > 1) fail({ kind: "extra-argument", argument: positionals[1] });
  // Drop-down lists and an Excel table need a workbook; a CSV file could hold neither.
  if (path.extname(target).toLowerCase() !== ".xlsx") fail({ kind: "output-not-xlsx", file: target });
  const fiscalYear = yearOption(values.year);
  cellText("--org", values.org);
  const plan = planTemplate({
    ...(values.org === undefined ? {} : { organisation: values.org }),
    ...(fiscalYear === undefined ? {} : { fiscalYear }),
    withSample: values["with-sample"] === true,
  });
  const { templateWorkbook } = await import("../hosts/exceljs/templateWorkbook");
  const { saveWorkbook } = await import("./saveWorkbook");
  await saveWorkbook(templateWorkbook(plan), target, values.force === true);
  out.stdout(CLI_WORDS[lang].wroteTemplate(target) + "\n");
  return 0;
}

async function run(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parse(args);
  const lang = langOption(values.lang);
  const [command, ...rest] = positionals;
  if (values.help || command === "help") {
    out.stdout(printHelp([...CLI_WORDS[lang].help, ...ROLLUP_WORDS[lang].help]));
    return 0;
  }
  if (command === undefined) return fail({ kind: "no-command" });
  if (command === "summarize") return summarize(values, rest, lang, out);
  if (command === "rollup") {
    const { rollupCommand } = await import("./rollup");
    return rollupCommand({ ...values, column: values.column?.join(" ") }, rest, lang, out);
  }
  if (command === "sample") return sample(values, rest, lang, out);
  if (command === "template") return template(values, rest, lang, out);
  return fail({ kind: "unknown-command", command });
}

/** Runs the command line; resolves to the exit status. */
export async function main(args: string[], out: Output = PROCESS_OUTPUT): Promise<number> {
  try {
    return await run(args, out);
  } catch (error) {
    // Anything unforeseen still ends with one line and status 2, never with a stack trace.
    const problem: Problem =
      error instanceof InputProblem ? error.problem : { kind: "internal", reason: String(error) };
    out.stderr(safeForTerminal(CLI_WORDS[langOf(args)].problem(problem).replace(/\s*\n\s*/g, " ")) + "\n");
    return 2;
  }
}
