/**
 * The report document for the pane (spec §10): built from the one report on demand, its writer (the
 * docx library) loaded only then, in a chunk of its own, never with the pane's first load.
 */
import type { Lang, PlanReport } from "../../core";
import type { MemoDocument } from "../../core/document/memoDocument";

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

async function model(report: PlanReport, input: MemoInput, lang: Lang, today: Date): Promise<MemoDocument> {
  const { memoDocument, readMemoSettings } = await loadModel();
  // Core reads what was typed, as it reads the command line's settings file: one rule for both.
  return memoDocument(report, readMemoSettings(input).details, today, lang);
}

/** "รายงานผลแผนป้องกันการทุจริต-2566-รอบ12.docx". */
export function documentName(report: PlanReport, lang: Lang): string {
  const year = report.fiscalYear === undefined ? "" : `-${report.fiscalYear}`;
  return lang === "th"
    ? `รายงานผลแผนป้องกันการทุจริต${year}-รอบ${report.round}.docx`
    : `integrity-plan-report${year}-round${report.round}.docx`;
}

/** The .docx's bytes. */
export async function documentBytes(
  report: PlanReport,
  input: MemoInput,
  lang: Lang,
  today: Date,
): Promise<Uint8Array> {
  const [{ memoDocx }, document] = await Promise.all([
    import(/* webpackChunkName: "document" */ "../../hosts/docx/memoDocx"),
    model(report, input, lang, today),
  ]);
  return memoDocx(document);
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
