/**
 * `summarize PLAN --docx REPORT.docx [--docx-settings SETTINGS.json]`: the report document (spec §10),
 * from the same report as the summary sheet, written with the same safety as `--write`.
 */
import * as path from "node:path";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Lang, PlanReport } from "../core";
import { memoDocument, memoFields } from "../core/document/memoDocument";
import { type MemoSettings, readMemoSettings } from "../core/document/memoDetails";
import { memoDocx } from "../hosts/docx/memoDocx";
import { type Emblem, emblemOf } from "../hosts/docx/emblem";
import { TEMPLATE_PLACEHOLDERS, fillTemplate } from "../hosts/docx/officeTemplate";
import { CLI_WORDS, InputProblem, type Problem } from "./messages";
import { writeNew } from "./saveWorkbook";

const fail = (problem: Problem): never => {
  throw new InputProblem(problem);
};

/** Refuses a document target before any work: not .docx, the plan itself, or a file already there. */
export function checkDocxTarget(
  target: string,
  input: string,
  force: boolean,
  sameFile: (a: string, b: string) => boolean,
) {
  if (path.extname(target).toLowerCase() !== ".docx") fail({ kind: "output-not-docx", file: target });
  if (sameFile(target, input)) fail({ kind: "output-is-input", file: target });
  if (!force && existsSync(target)) fail({ kind: "output-exists", file: target });
}

async function bytesOf(file: string, settings: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return fail({ kind: "bad-settings", file: settings, detail: `${file} (${code})` });
  }
}

interface DocumentSettings {
  readonly settings: MemoSettings;
  readonly emblem?: Emblem;
  readonly template?: Uint8Array;
}

/** The settings file, its emblem and template read and checked; paths in it are relative to the file. */
export async function readDocumentSettings(file: string): Promise<DocumentSettings> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(await bytesOf(file, file)));
  } catch (error) {
    if (error instanceof InputProblem) throw error;
    return fail({ kind: "bad-settings", file, detail: (error as Error).message });
  }
  const settings = readMemoSettings(parsed);
  if (settings.problems.length > 0)
    fail({ kind: "bad-settings", file, detail: settings.problems.join(", ") });
  const near = (name: string) => path.resolve(path.dirname(file), name);
  const template = settings.template === undefined ? undefined : await bytesOf(near(settings.template), file);
  if (settings.emblem === undefined) return { settings, ...(template ? { template } : {}) };
  const emblem = emblemOf(await bytesOf(near(settings.emblem), file));
  if (!emblem)
    return fail({ kind: "bad-settings", file, detail: `emblem: ${near(settings.emblem)} (PNG, JPEG)` });
  return { settings, emblem, ...(template ? { template } : {}) };
}

/** The document's bytes: this product's own memo, or the office's template filled with its body. */
async function documentBytes(
  report: PlanReport,
  lang: Lang,
  read: DocumentSettings | undefined,
  settingsFile: string,
) {
  const details = read?.settings.details ?? {};
  const today = new Date();
  if (read?.template === undefined)
    return memoDocx(memoDocument(report, details, today, lang), { emblem: read?.emblem });
  const body = await memoDocx(memoDocument(report, details, today, lang, { forTemplate: true }), {
    runFonts: true,
  });
  const result = await fillTemplate(read.template, body, memoFields(report, details, today, lang));
  if ("bytes" in result) return result.bytes;
  const words = CLI_WORDS[lang];
  const detail =
    "names" in result
      ? words.templateUnknown(result.names, TEMPLATE_PLACEHOLDERS)
      : result.problem === "not-docx"
        ? words.templateNotDocx(read.settings.template ?? "")
        : words.templateNoBody(TEMPLATE_PLACEHOLDERS);
  return fail({ kind: "bad-settings", file: settingsFile, detail });
}

/** Writes the report document for a report. */
export async function writeDocument(
  report: PlanReport,
  lang: Lang,
  target: string,
  settingsFile: string | undefined,
  overwrite: boolean,
): Promise<void> {
  const read = settingsFile === undefined ? undefined : await readDocumentSettings(settingsFile);
  await writeNew(target, await documentBytes(report, lang, read, settingsFile ?? ""), overwrite);
}
