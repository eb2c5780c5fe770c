/**
 * An office's own memo template (spec §10.3): a .docx with its letterhead and emblem, and placeholders
 * such as {{เรื่อง}} where the product writes. The paragraph holding {{เนื้อหา}} (or {{body}}) is replaced
 * by the report's body, taken from the document this product writes; the other placeholders are
 * replaced by text. Word often splits a typed placeholder over several runs, so a paragraph is read
 * as its whole text; the runs of a paragraph with a placeholder keep the first run's formatting.
 */
import JSZip from "jszip";
import type { MemoFields } from "../../core/document/memoDocument";

/** Each placeholder's names, Thai and English, and the field it is filled from. */
const PLACEHOLDERS: readonly (readonly [keyof MemoFields, readonly string[]])[] = [
  ["department", ["ส่วนราชการ", "department"]],
  ["reference", ["ที่", "reference"]],
  ["date", ["วันที่", "date"]],
  ["subject", ["เรื่อง", "subject"]],
  ["to", ["เรียน", "to"]],
  ["organisation", ["หน่วยงาน", "organisation"]],
];
const BODY = ["เนื้อหา", "body"];

/** Names the template can hold, for the message when it holds another. */
export const TEMPLATE_PLACEHOLDERS: readonly string[] = [
  ...PLACEHOLDERS.flatMap(([, names]) => names),
  ...BODY,
].map((name) => `{{${name}}}`);

export type TemplateResult =
  | { readonly bytes: Uint8Array }
  | { readonly problem: "not-docx" | "no-body" }
  | { readonly problem: "unknown-placeholders"; readonly names: readonly string[] };

const PARAGRAPH = /<w:p[ >][\s\S]*?<\/w:p>/g;
const TEXT = /(<w:t(?: [^>]*)?>)([^<]*)(<\/w:t>)/g;
const PLACEHOLDER = /\{\{\s*([^{}]+?)\s*\}\}/g;

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const paragraphText = (paragraph: string) =>
  unescapeXml(Array.from(paragraph.matchAll(TEXT), (match) => match[2]).join(""));

/** The body of a document this product wrote: every paragraph and table, without its section settings. */
async function bodyOf(generated: Uint8Array): Promise<string> {
  const xml = await (await JSZip.loadAsync(generated)).file("word/document.xml")!.async("string");
  const inner = xml.slice(xml.indexOf("<w:body>") + "<w:body>".length, xml.lastIndexOf("</w:body>"));
  return inner.replace(/<w:sectPr[\s\S]*<\/w:sectPr>\s*$/, "");
}

/** A paragraph with its placeholders filled: the whole text in its first text run, the others emptied. */
function filled(paragraph: string, fields: MemoFields, unknown: Set<string>): string {
  const text = paragraphText(paragraph);
  const replaced = text.replace(PLACEHOLDER, (whole, name: string) => {
    const field = PLACEHOLDERS.find(([, names]) => names.includes(name));
    if (field) return fields[field[0]];
    unknown.add(name);
    return whole;
  });
  let first = true;
  return paragraph.replace(TEXT, (_match, open: string, _text: string, close: string) => {
    const value = first ? escapeXml(replaced) : "";
    first = false;
    return `${open.replace(/^<w:t(?: [^>]*)?>$/, '<w:t xml:space="preserve">')}${value}${close}`;
  });
}

/** The part's paragraphs with placeholders filled, and the body paragraph replaced when there is one. */
function fillPart(xml: string, fields: MemoFields, body: string | undefined, unknown: Set<string>) {
  let hasBody = false;
  const out = xml.replace(PARAGRAPH, (paragraph) => {
    const text = paragraphText(paragraph);
    if (!text.includes("{{")) return paragraph;
    const only = /^\s*\{\{\s*([^{}]+?)\s*\}\}\s*$/.exec(text);
    if (body !== undefined && only && BODY.includes(only[1])) {
      hasBody = true;
      return body;
    }
    return filled(paragraph, fields, unknown);
  });
  return { out, hasBody };
}

/** The template filled with the memo's fields and the report's body, or why it cannot be. */
export async function fillTemplate(
  template: Uint8Array,
  generated: Uint8Array,
  fields: MemoFields,
): Promise<TemplateResult> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(template);
  } catch {
    return { problem: "not-docx" };
  }
  const main = zip.file("word/document.xml");
  if (!main) return { problem: "not-docx" };
  const unknown = new Set<string>();
  const body = await bodyOf(generated);
  const document = fillPart(await main.async("string"), fields, body, unknown);
  if (!document.hasBody) return { problem: "no-body" };
  zip.file("word/document.xml", document.out);
  // The letterhead may sit in a header or footer: its placeholders are filled too (never the body).
  for (const name of Object.keys(zip.files).filter((part) => /^word\/(header|footer)\d*\.xml$/.test(part))) {
    zip.file(name, fillPart(await zip.file(name)!.async("string"), fields, undefined, unknown).out);
  }
  if (unknown.size > 0) return { problem: "unknown-placeholders", names: [...unknown] };
  return { bytes: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }) };
}
