/**
 * The report document for the pane (spec §10): built from the one report on demand, its writer (the
 * docx library) loaded only then, in a chunk of its own, never with the pane's first load.
 */
import type { Lang, PlanReport } from "../../core";
import type { MemoDocument } from "../../core/document/memoDocument";
import { DOCUMENT_STRINGS } from "../words/documentStrings";

/** The details as the pane keeps them in the workbook's settings: spec §10.2's settings file's fields. */
export interface MemoInput {
  readonly department?: string;
  readonly reference?: string;
  /** YYYY-MM-DD. */
  readonly date?: string;
  readonly to?: string;
  readonly author?: { readonly name?: string; readonly position?: string };
  /** The comment blocks' signers, by name (their positions are the office's). */
  readonly divisionHead?: { readonly name?: string };
  readonly deputy?: { readonly name?: string };
  readonly executive?: { readonly name?: string };
  /** ข้อเสนอ, one per item; none given: the default proposals. */
  readonly proposals?: readonly string[];
}

const loadModel = () => import(/* webpackChunkName: "document" */ "./documentModel");

async function model(
  report: PlanReport,
  input: MemoInput,
  lang: Lang,
  today: Date,
  forTemplate = false,
): Promise<MemoDocument> {
  const { memoDocument, readMemoSettings } = await loadModel();
  // Core reads what was typed, as it reads the command line's settings file: one rule for both.
  return memoDocument(report, readMemoSettings(input).details, today, lang, { forTemplate });
}

/** Files the user picks for one document: the office's emblem, or its own memo template (spec §10.3). */
export interface DocumentFiles {
  readonly emblem?: Uint8Array;
  readonly template?: Uint8Array;
}

/** Why a picked file cannot be used, in the words the pane shows. */
export class DocumentFileProblem extends Error {}

/** "รายงานผลแผนป้องกันการทุจริต-2566-รอบ12.docx". */
export function documentName(report: PlanReport, lang: Lang): string {
  const year = report.fiscalYear === undefined ? "" : `-${report.fiscalYear}`;
  return lang === "th"
    ? `รายงานผลแผนป้องกันการทุจริต${year}-รอบ${report.round}.docx`
    : `integrity-plan-report${year}-round${report.round}.docx`;
}

/** The .docx's bytes: this product's memo (with the emblem given), or the office's template filled. */
export async function documentBytes(
  report: PlanReport,
  input: MemoInput,
  lang: Lang,
  today: Date,
  files: DocumentFiles = {},
): Promise<Uint8Array> {
  const [{ memoDocx, emblemOf, fillTemplate }, { memoFields, readMemoSettings }] = await Promise.all([
    import(/* webpackChunkName: "document" */ "../../hosts/docx"),
    loadModel(),
  ]);
  const words = DOCUMENT_STRINGS[lang];
  if (files.template === undefined) {
    const emblem = files.emblem === undefined ? undefined : emblemOf(files.emblem);
    if (files.emblem !== undefined && emblem === undefined)
      throw new DocumentFileProblem(words.emblemNotImage);
    return memoDocx(await model(report, input, lang, today), { emblem });
  }
  const body = await memoDocx(await model(report, input, lang, today, true), { runFonts: true });
  const fields = memoFields(report, readMemoSettings(input).details, today, lang);
  const result = await fillTemplate(files.template, body, fields);
  if ("bytes" in result) return result.bytes;
  throw new DocumentFileProblem(
    "names" in result
      ? words.templateUnknown(result.names)
      : result.problem === "not-docx"
        ? words.templateNotDocx
        : words.templateNoBody,
  );
}

/** The document as formatted text (HTML) and plain text, for the clipboard and the preview. */
export async function documentForCopy(
  report: PlanReport,
  input: MemoInput,
  lang: Lang,
  today: Date,
): Promise<{ readonly html: string; readonly text: string }> {
  const { documentHtml, documentText } = await loadModel();
  const document = await model(report, input, lang, today);
  return { html: documentHtml(document), text: documentText(document) };
}
