/**
 * xl/sharedStrings.xml, the workbook's table of texts, as ExcelJS 4.4 keeps it
 * (lib/xlsx/xform/strings): a plain text, with Excel's `_xHHHH_` escapes (upper-case hex only) decoded;
 * a rich text's runs; or, for an entry with no text at all, an empty object, which reads as an empty
 * cell. Entries are read from the start only as far as the highest index asked for, so a ledger's
 * strings after the plan's cost nothing.
 */
import {
  type XmlElement,
  elements,
  nameEnd,
  parseElementAt,
  readAttributes,
  skipMisc,
  textOf,
  unsupported,
  xmlText,
} from "./xml";

/** A rich text: its runs' texts, in order (a run without text has none). */
export interface RichText {
  readonly richText: readonly { readonly text?: string }[];
}

/** An entry without text: ExcelJS keeps `{}`, which the reader takes for an empty cell. */
export const NO_TEXT: Readonly<Record<string, never>> = Object.freeze({});

export type SharedString = string | RichText | typeof NO_TEXT;

/** Excel's escapes for characters XML cannot hold (`_x000D_`), decoded as ExcelJS decodes them. */
export function decodeEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text of a `<t>`, which holds text only. */
function plainText(t: XmlElement): string {
  if (elements(t).length > 0) unsupported("markup inside a text");
  return decodeEscapes(textOf(t));
}

/** One `<r>` run of a rich text: its text, its formatting (`<rPr>`) left aside. */
export function richRun(run: XmlElement): { text?: string } {
  const read: { text?: string } = {};
  for (const child of elements(run)) {
    if (child.name === "t") read.text = plainText(child);
    else if (child.name !== "rPr") unsupported(`<${child.name}> in a rich text run`);
  }
  return read;
}

/** One `<si>` as ExcelJS keeps it; phonetic guides (`<rPh>`, `<phoneticPr>`) are left out. */
function sharedString(si: XmlElement): SharedString {
  let text: string | undefined;
  let runs: { text?: string }[] | undefined;
  for (const child of elements(si)) {
    if (child.name === "t") text = plainText(child);
    else if (child.name === "r") (runs ??= []).push(richRun(child));
    else if (child.name !== "rPh" && child.name !== "phoneticPr")
      unsupported(`<${child.name}> in a shared string`);
  }
  if (runs !== undefined && text !== undefined) unsupported("a shared string of text and runs at once");
  if (runs !== undefined) return { richText: runs };
  return text ?? NO_TEXT;
}

/**
 * `<si><t>…</t></si>` of text with nothing to decode (no reference, no `_xHHHH_` escape, no control).
 * Tested, not matched: the text is read from its place (no list of parts made per entry).
 */
/* eslint-disable no-control-regex -- control characters are what it keeps out. */
const CLEAN_ENTRY =
  /<si><t(?: xml:space="preserve")?>[^<>&_\u0000-\u001f\ud800-\udfff\ufffe\uffff]*<\/t><\/si>/y;
/* eslint-enable no-control-regex */

const PLAIN_START = "<si><t>";
const PLAIN_SPACED = '<si><t xml:space="preserve">';
const PLAIN_END = "</t></si>";

/**
 * Where the text of `<si><t>…</t></si>` (with or without xml:space) at `at` starts, the usual entry,
 * read without a tree; -1 for any other.
 */
function plainEntry(xml: string, at: number): number {
  let start = -1;
  if (xml.startsWith(PLAIN_START, at)) start = at + PLAIN_START.length;
  else if (xml.startsWith(PLAIN_SPACED, at)) start = at + PLAIN_SPACED.length;
  return start >= 0 && xml.startsWith(PLAIN_END, xml.indexOf("<", start)) ? start : -1;
}

/** The table's text a piece at a time, each piece ending where a tag starts; undefined after the last. */
export type TextPieces = () => string | undefined;

/** Pieces of a part's bytes, cut where a "<" starts (never inside a UTF-8 character), decoded. */
export function textPieces(
  data: Uint8Array,
  decode: (bytes: Uint8Array) => string,
  size = PIECE,
): TextPieces {
  let at = 0;
  return () => {
    if (at >= data.length) return undefined;
    let end = Math.min(data.length, at + size);
    if (end < data.length) {
      // Cut where the last tag in the piece starts; a piece without one runs on to the next tag.
      const before = data.lastIndexOf(0x3c, end - 1);
      const after = before > at ? before : data.indexOf(0x3c, end);
      end = after < 0 ? data.length : after;
    }
    const piece = decode(data.subarray(at, end));
    at = end;
    return piece;
  };
}

/** Bytes of the table decoded at a time: a plan's strings, which come first, cost no ledger's. */
const PIECE = 1 << 20;

export class SharedStrings {
  private readonly found: SharedString[] = [];
  /** The text decoded and not yet read, from {@link at}. */
  private xml: string;
  /** Where the next entry is looked for; -1 once the table's end is reached. */
  private at: number;
  /** Where the last entry held whole in {@link xml} ends (all of it once the text is all decoded). */
  private whole = 0;
  private more: boolean;

  constructor(private readonly pieces: TextPieces) {
    this.xml = pieces() ?? "";
    this.at = 0;
    this.more = true;
    // The table's own tag, whole.
    while (this.more && !/<sst\b[^>]*>/.test(this.xml)) this.decodeMore();
    this.markWhole();
    const { xml } = this;
    const at = skipMisc(xml, 0);
    const stop = nameEnd(xml, at + 1);
    if (xml[at] !== "<" || xml.slice(at + 1, stop) !== "sst")
      unsupported("a shared-string table of another kind");
    const tag = readAttributes(xml, stop, Object.create(null));
    this.at = tag.empty ? -1 : tag.end;
  }

  /** The entry at `index`; an index the table does not hold is left to ExcelJS. */
  get(index: number): SharedString {
    while (this.found.length <= index && this.at >= 0) this.next();
    if (!(index >= 0 && index < this.found.length)) unsupported("a shared string the table does not hold");
    return this.found[index];
  }

  /** Reads the entries not read yet (ExcelJS reads them all). */
  readAll(): void {
    while (this.at >= 0) this.next();
  }

  private markWhole(): void {
    const last = this.xml.lastIndexOf("</si>");
    this.whole = this.more ? (last < 0 ? 0 : last + 5) : this.xml.length;
  }

  /** Decodes the next piece of the table, keeping only what is not read yet. */
  private decodeMore(): void {
    const piece = this.pieces();
    if (piece === undefined) this.more = false;
    this.xml = this.xml.slice(this.at) + (piece ?? "");
    this.at = 0;
    this.markWhole();
  }

  private next(): void {
    while (this.at >= this.whole && this.more) this.decodeMore();
    const { xml } = this;
    const lt = xml.indexOf("<", this.at);
    if (lt < 0 || (lt > this.at && xml.slice(this.at, lt).trim() !== "")) {
      unsupported("text in the shared-string table");
    }
    CLEAN_ENTRY.lastIndex = lt;
    if (CLEAN_ENTRY.test(xml)) {
      const end = CLEAN_ENTRY.lastIndex;
      this.found.push(xml.slice(plainEntry(xml, lt), end - PLAIN_END.length));
      this.at = end;
      return;
    }
    const plain = plainEntry(xml, lt);
    if (plain >= 0) {
      const end = xml.indexOf("<", plain);
      this.found.push(decodeEscapes(xmlText(xml, plain, end)));
      this.at = end + PLAIN_END.length;
      return;
    }
    if (xml.startsWith("</sst", lt)) {
      this.at = -1;
      return;
    }
    if (xml.startsWith("<!--", lt)) {
      this.at = xml.indexOf("-->", lt) + 3;
      if (this.at < 3) unsupported("a comment left open");
      return;
    }
    const [si, end] = parseElementAt(xml, lt);
    if (si.name !== "si") unsupported(`<${si.name}> in the shared-string table`);
    this.found.push(sharedString(si));
    this.at = end;
  }
}
