/**
 * `integrity-plan rollup FILE_OR_FOLDER...`: many offices' plans side by side and added up
 * (spec §8). Exit status: 0 every office valid, 1 an office has errors or a file was not read,
 * 2 nothing could be read (or the command itself was wrong).
 */
import * as path from "node:path";
import { existsSync } from "node:fs";
import ExcelJS from "exceljs";
import {
  type Lang,
  type OfficeSummary,
  type RollUp,
  type Totals,
  SUMMARY_WORDS,
  ROLLUP_SHEET_WORDS,
  formatBaht,
  formatPercent,
  decideRollup,
  rollUpExitCode,
  rollUpJson,
  rollupLayout,
  roundPeriod,
  dimensionName,
  displayWidth,
} from "../core";
import { CLI_WORDS, InputProblem, ROLLUP_WORDS, type Problem } from "./messages";
import { roundOption, yearOption } from "./options";
import { paintRollup } from "./paintRollup";
import { planFiles, readOffices } from "./rollupFiles";
import { saveWorkbook } from "./saveWorkbook";
import { writeSafeJson } from "./terminal";

/** The command line's options as parsed; rollup reads its own and refuses those of summarize. */
export type RollupValues = Readonly<Record<string, string | boolean | undefined>>;

interface Output {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** Options that choose one plan inside one file, or shape one report: they mean nothing here. */
const NOT_FOR_ROLLUP = [
  "sheet",
  "table",
  "org",
  "memo",
  "trace",
  "with-sample",
  "column",
  "docx",
  "docx-settings",
] as const;

const fail = (problem: Problem): never => {
  throw new InputProblem(problem);
};

/** Same file, whatever the spelling of its path. */
function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}

const padEnd = (text: string, width: number) => text + " ".repeat(Math.max(0, width - displayWidth(text)));
const padStart = (text: string, width: number) => " ".repeat(Math.max(0, width - displayWidth(text))) + text;

/** Columns: the first `left` aligned left, the rest (figures) right. */
function aligned(lines: readonly string[][], left: number): string[] {
  const widths = lines[0].map((_, i) => Math.max(...lines.map((line) => displayWidth(line[i] ?? ""))));
  return lines.map((line) =>
    line
      .map((text, i) => (i < left ? padEnd(text, widths[i]) : padStart(text, widths[i])))
      .join("  ")
      .trimEnd(),
  );
}

function figures(totals: Totals): string[] {
  return [
    String(totals.projects),
    formatBaht(totals.plannedBudget),
    String(totals.completed),
    formatBaht(totals.disbursed),
    String(totals.notDone),
    formatPercent(totals.pctProjects),
    formatPercent(totals.pctBudget),
  ];
}

/** The roll-up as text for a terminal. */
export function printRollup(rollup: RollUp, lang: Lang): string {
  const words = ROLLUP_WORDS[lang];
  const headings = CLI_WORDS[lang].headings;
  const summaryWords = SUMMARY_WORDS[lang];
  const numbers = [
    headings.projects,
    headings.plannedBudget,
    headings.completed,
    headings.disbursed,
    headings.notDone,
    headings.pctProjects,
    headings.pctBudget,
  ];
  const { round, fiscalYear } = rollup;
  const months = fiscalYear === undefined ? "" : roundPeriod(fiscalYear, round, lang);
  const lines = [ROLLUP_SHEET_WORDS[lang].title, summaryWords.period(fiscalYear, round, months), ""];

  lines.push(words.officesHeading(rollup.offices.length));
  const office = (o: OfficeSummary) => [
    o.file,
    o.organisation ?? "-",
    o.fiscalYear === undefined ? "-" : String(o.fiscalYear),
    ...figures(o.summary.total),
    String(o.errors),
    String(o.warnings),
  ];
  lines.push(
    ...aligned(
      [
        [
          words.headings.file,
          words.headings.organisation,
          words.headings.year,
          ...numbers,
          words.headings.errors,
          words.headings.warnings,
        ],
        ...rollup.offices.map(office),
      ],
      3,
    ).map((line) => `  ${line}`),
    "",
  );

  lines.push(words.dimensionsHeading);
  const names = ["", ...rollup.summary.dimensions.map((d) => dimensionName(d.dimension, d.name, lang)), ""];
  const dimensionLines = aligned(
    [
      [summaryWords.dimension, ...numbers],
      ...rollup.summary.dimensions.map((d) => [String(d.dimension), ...figures(d)]),
      [summaryWords.total, ...figures(rollup.summary.total)],
    ],
    1,
  );
  lines.push(...dimensionLines.map((line, i) => `  ${line}  ${names[i]}`.trimEnd()), "");

  lines.push(words.unreadableHeading(rollup.unreadable.length));
  if (rollup.unreadable.length === 0) lines.push(`  ${summaryWords.none}`);
  for (const { file, reason } of rollup.unreadable) lines.push(`  ${file}: ${reason}`);
  const invalid = rollup.offices.filter((o) => !o.valid).length;
  lines.push("", words.verdict(invalid, rollup.unreadable.length));
  return lines.join("\n") + "\n";
}

export async function rollupCommand(
  values: RollupValues,
  positionals: readonly string[],
  lang: Lang,
  out: Output,
): Promise<number> {
  const words = ROLLUP_WORDS[lang];
  for (const option of NOT_FOR_ROLLUP) {
    if (values[option] !== undefined) fail({ kind: "usage", detail: words.notWithRollup(`--${option}`) });
  }
  if (positionals.length === 0) fail({ kind: "usage", detail: words.noInput });
  const round = roundOption(values.round);
  const fiscalYear = yearOption(values.year);
  const target = typeof values.write === "string" ? values.write : undefined;
  if (target !== undefined) {
    if (path.extname(target).toLowerCase() !== ".xlsx") fail({ kind: "output-not-xlsx", file: target });
    if (positionals.some((given) => samePath(given, target))) fail({ kind: "output-is-input", file: target });
    if (values.force !== true && existsSync(target)) fail({ kind: "output-exists", file: target });
  }

  const options = {
    lang,
    ...(round === undefined ? {} : { round }),
    ...(fiscalYear === undefined ? {} : { fiscalYear }),
  };
  const listed = await planFiles(positionals, values.recursive === true, options);
  const files = target === undefined ? listed.files : listed.files.filter((file) => !samePath(file, target));
  const readings = await readOffices(files, options);
  const offices = readings.flatMap((reading) => ("office" in reading ? [reading.office] : []));
  const unreadable = [
    ...listed.unreadable,
    ...readings.flatMap((r) => ("unreadable" in r ? [r.unreadable] : [])),
  ];

  // Core decides (src/core/summary/rollupSteps.ts): different rounds or years are not added up; the
  // same plan given twice is added once; two different plans of one office and year are asked about.
  const decision = decideRollup(offices, unreadable, { ...options, askWhichPlan: true });
  if (decision.kind === "mixed") {
    return fail({ kind: "usage", detail: words.mixed(decision.mixed.fact, decision.mixed.groups) });
  }
  const { rollup } = decision;
  const code = rollUpExitCode(rollup);
  if (target !== undefined && code !== 2) {
    const workbook = new ExcelJS.Workbook();
    paintRollup(workbook, rollupLayout(rollup, { lang, writtenAt: new Date() }));
    await saveWorkbook(workbook, target, values.force === true);
  }
  if (values.json) writeSafeJson(rollUpJson(rollup), out.stdout);
  else {
    out.stdout(printRollup(rollup, lang));
    if (target !== undefined && code !== 2) out.stdout(words.wrote(target) + "\n");
  }
  if (code === 2) out.stderr(words.noneRead(rollup.unreadable.length) + "\n");
  return code;
}
