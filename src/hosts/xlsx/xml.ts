/**
 * Just enough XML for the parts of an .xlsx file the plain reader reads: text and attribute values
 * decoded as an XML parser (saxes, which ExcelJS uses) decodes them, and a small tree of elements for
 * the short parts. Anything a conforming parser would refuse (an unknown entity, a control character,
 * a tag left open), and anything this reader does not read (a DTD, CDATA), is {@link Unsupported}:
 * the file is then read by ExcelJS, which gives the answer it always gave.
 */
import { readOnce } from "../../core/cells/text";

/** Something in a file the plain reader does not read exactly as ExcelJS would. */
export class Unsupported extends Error {}

/** Gives the file up to ExcelJS. */
export function unsupported(why: string): never {
  throw new Unsupported(why);
}

/** Parts longer than this are read every time (see {@link readPartOnce}). */
const ONCE_LENGTH = 64 * 1024;
/** How many texts a part's reader remembers; all are forgotten when more come. */
const ONCE_TEXTS = 4;

/**
 * A short part's reader, remembering what it read from the last few texts (core's readOnce): the
 * workbooks of a roll-up mostly come from one template, whose workbook, styles, relationships and table
 * parts repeat byte for byte. A reading that throws is not remembered (it throws again). What it read
 * is shared, never changed. A reader of a part that may be missing is given undefined as it is.
 */
export function readPartOnce<X extends string | undefined, T>(read: (xml: X) => T): (xml: X) => T {
  const once = readOnce((xml: string) => read(xml as X), ONCE_TEXTS);
  return (xml) => (xml === undefined || xml.length > ONCE_LENGTH ? read(xml) : once(xml));
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** A character XML 1.0 allows (the Char production). */
function xmlChar(code: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  if (code < 0xd800) return true;
  if (code < 0xe000) return false;
  if (code < 0xfffe) return true;
  return code >= 0x10000 && code <= 0x10ffff;
}

/** The character a `&…;` reference at `at` stands for, and where the reference ends. */
function reference(xml: string, at: number, end: number): [string, number] {
  const close = xml.indexOf(";", at);
  if (close < 0 || close >= end || close - at > 12) unsupported("a bare & in text");
  const name = xml.slice(at + 1, close);
  if (name[0] !== "#") return [ENTITIES[name] ?? unsupported(`an unknown entity &${name};`), close + 1];
  const hex = name[1] === "x";
  const digits = name.slice(hex ? 2 : 1);
  if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) unsupported("a malformed character reference");
  const code = parseInt(digits, hex ? 16 : 10);
  if (!xmlChar(code)) unsupported("a character reference to a character XML forbids");
  return [String.fromCodePoint(code), close + 1];
}

/**
 * Text or an attribute's value, decoded: references replaced, line ends made "\n" (and, in an attribute,
 * tabs and line ends made spaces), as XML's end-of-line and attribute-value normalisation require.
 */
export function xmlText(xml: string, start: number, end: number, attribute = false): string {
  const text = xml.slice(start, end);
  // Nearly every text holds nothing to decode or refuse: a regular expression says so fastest.
  return SPECIAL.test(text) ? slowText(xml, start, end, attribute) : text;
}

/** What text cannot simply be copied over: a reference, markup, a control, a surrogate, U+FFFE/F. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for.
const SPECIAL = /[&<>\u0000-\u001f\ud800-\udfff\ufffe\uffff]/;

function slowText(xml: string, start: number, end: number, attribute: boolean): string {
  let out = "";
  let from = start;
  for (let i = start; i < end;) {
    const code = xml.charCodeAt(i);
    let replaced: string | undefined;
    let next = i + 1;
    if (code === 0x26) [replaced, next] = reference(xml, i, end);
    else if (code === 0x3c) unsupported("a < in text or an attribute");
    else if (code === 0x0d) {
      replaced = attribute ? " " : "\n";
      if (xml.charCodeAt(i + 1) === 0x0a && i + 1 < end) next = i + 2;
    } else if (attribute && (code === 0x09 || code === 0x0a)) replaced = " ";
    else if (code === 0x3e && !attribute && i - 2 >= start && xml.startsWith("]]", i - 2)) {
      unsupported('"]]>" in text');
    } else if (code >= 0xd800 && code < 0xdc00 && i + 1 < end) next = i + 2;
    else if (!xmlChar(code)) unsupported("a character XML forbids");
    if (replaced !== undefined) {
      out += xml.slice(from, i) + replaced;
      from = next;
    }
    i = next;
  }
  return out + xml.slice(from, end);
}

/** ExcelJS decodes some values a second time (utils.xmlDecode): the five named entities, once more. */
export function decodeAgain(text: string): string {
  return text.indexOf("&") < 0
    ? text
    : text.replace(/&([a-z]*);/g, (whole, name: string) => ENTITIES[name] ?? whole);
}

/** One element of a small part, its attributes decoded. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Elements and (decoded) text, in order. */
  readonly children: readonly (XmlElement | string)[];
  /** For an element whose content was skipped (see {@link XmlOptions}): where its content is. */
  readonly content?: { readonly start: number; readonly end: number };
}

export interface XmlOptions {
  /** A child of the root whose content is not parsed here but located, for a reader of its own. */
  readonly skip?: string;
}

const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
const isNameStart = (code: number) =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f || code === 0x3a;
const isNameChar = (code: number) =>
  isNameStart(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2e;

/** Where the run of white space from `at` ends. */
export function skipSpace(xml: string, at: number): number {
  while (isSpace(xml.charCodeAt(at))) at++;
  return at;
}

/** Where the name starting at `at` ends; an ASCII XML name, or none (then `at`). */
export function nameEnd(xml: string, at: number): number {
  if (!isNameStart(xml.charCodeAt(at))) return at;
  let i = at + 1;
  while (isNameChar(xml.charCodeAt(i))) i++;
  return i;
}

/**
 * The attributes of the last tag read, as positions in the text (a value is decoded when asked for):
 * the one attribute scanner. The row loop reuses one reader for every `<row>`, `<c>`, `<v>` and `<f>`
 * of a sheet, with no object per tag; {@link readAttributes} copies a tag's attributes out of another.
 */
export class TagReader {
  private xml = "";
  /** For each attribute: where its name starts and ends, and where its value starts and ends. */
  private readonly spans: number[] = [];
  private count = 0;
  /** Where the tag read last ends (after its ">"). */
  end = 0;
  /** It closed itself ("/>"). */
  empty = false;

  /** Reads the attributes of the open tag whose name ends at `at`. */
  read(xml: string, at: number): void {
    this.xml = xml;
    this.count = 0;
    let i = at;
    for (;;) {
      const spaced = skipSpace(xml, i);
      const code = xml.charCodeAt(spaced);
      if (code === 0x3e || (code === 0x2f && xml.charCodeAt(spaced + 1) === 0x3e)) {
        this.empty = code === 0x2f;
        this.end = spaced + (this.empty ? 2 : 1);
        return;
      }
      const stop = nameEnd(xml, spaced);
      if (spaced === i || stop === spaced) unsupported("a malformed tag");
      let q = skipSpace(xml, stop);
      if (xml.charCodeAt(q) !== 0x3d) unsupported("an attribute without a value");
      q = skipSpace(xml, q + 1);
      const quote = xml.charCodeAt(q);
      if (quote !== 0x22 && quote !== 0x27) unsupported("an unquoted attribute");
      const close = xml.indexOf(quote === 0x22 ? '"' : "'", q + 1);
      if (close < 0) unsupported("an attribute left open");
      for (let n = 0; n < this.count; n++) {
        if (this.sameName(n, spaced, stop)) unsupported("a duplicate attribute");
      }
      const { spans } = this;
      const base = this.count++ * 4;
      spans[base] = spaced;
      spans[base + 1] = stop;
      spans[base + 2] = q + 1;
      spans[base + 3] = close;
      i = close + 1;
    }
  }

  private sameName(n: number, start: number, stop: number): boolean {
    const { spans, xml } = this;
    const from = spans[n * 4];
    if (spans[n * 4 + 1] - from !== stop - start) return false;
    for (let k = 0; k < stop - start; k++)
      if (xml.charCodeAt(from + k) !== xml.charCodeAt(start + k)) return false;
    return true;
  }

  /** The decoded value of the attribute `name`, when the tag has it. */
  get(name: string): string | undefined {
    const { spans, xml } = this;
    for (let n = 0; n < this.count; n++) {
      const from = spans[n * 4];
      if (spans[n * 4 + 1] - from === name.length && xml.startsWith(name, from)) {
        return xmlText(xml, spans[n * 4 + 2], spans[n * 4 + 3], true);
      }
    }
    return undefined;
  }

  /**
   * Every attribute, decoded, set in `into`; then the reader lets go of the text, so that one kept
   * for later tags holds no part alive.
   */
  copyInto(into: Record<string, string>): void {
    const { spans, xml } = this;
    for (let n = 0; n < this.count; n++) {
      const base = n * 4;
      into[xml.slice(spans[base], spans[base + 1])] = xmlText(xml, spans[base + 2], spans[base + 3], true);
    }
    this.xml = "";
    this.count = 0;
  }
}

/** The reader of the small parts' tags: each is copied out before the next is read. */
const ELEMENT_TAGS = new TagReader();

/** An open tag's attributes from `at` (after its name), set in `into`, and where the tag ends. */
export function readAttributes(
  xml: string,
  at: number,
  into: Record<string, string>,
): { readonly end: number; readonly empty: boolean } {
  const tag = ELEMENT_TAGS;
  tag.read(xml, at);
  tag.copyInto(into);
  return { end: tag.end, empty: tag.empty };
}

/** Nesting deeper than this is no spreadsheet part's. */
const DEEPEST = 200;

/** Where the comments, processing instructions and white space from `at` end (a DTD is refused). */
export function skipMisc(xml: string, at: number): number {
  for (;;) {
    at = skipSpace(xml, at);
    if (xml.startsWith("<?", at)) {
      const close = xml.indexOf("?>", at + 2);
      if (close < 0) unsupported("a processing instruction left open");
      at = close + 2;
    } else if (xml.startsWith("<!--", at)) {
      const close = xml.indexOf("-->", at + 4);
      if (close < 0) unsupported("a comment left open");
      at = close + 3;
    } else if (xml.startsWith("<!", at)) {
      return unsupported("a DTD or CDATA");
    } else return at;
  }
}

/** The element whose open tag starts at `at` ("<"), with what is inside it, and where it ends. */
export function parseElementAt(
  xml: string,
  at: number,
  options: XmlOptions = {},
  depth = 0,
): [XmlElement, number] {
  if (depth > DEEPEST) unsupported("elements nested too deep");
  const stop = nameEnd(xml, at + 1);
  if (stop === at + 1) unsupported("a malformed tag");
  const name = xml.slice(at + 1, stop);
  const attributes: Record<string, string> = Object.create(null);
  const tag = readAttributes(xml, stop, attributes);
  if (tag.empty) return [{ name, attributes, children: [] }, tag.end];
  if (depth === 1 && name === options.skip) {
    const close = xml.indexOf(`</${name}>`, tag.end);
    if (close < 0) unsupported(`<${name}> left open`);
    return [
      { name, attributes, children: [], content: { start: tag.end, end: close } },
      close + name.length + 3,
    ];
  }
  const children: (XmlElement | string)[] = [];
  let i = tag.end;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) unsupported(`<${name}> left open`);
    if (lt > i) children.push(xmlText(xml, i, lt));
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x2f) {
      const end = nameEnd(xml, lt + 2);
      const gt = skipSpace(xml, end);
      if (xml.slice(lt + 2, end) !== name || xml.charCodeAt(gt) !== 0x3e)
        unsupported("a mismatched close tag");
      return [{ name, attributes, children }, gt + 1];
    }
    if (next === 0x21 || next === 0x3f) {
      i = skipMisc(xml, lt);
      continue;
    }
    const [child, after] = parseElementAt(xml, lt, options, depth + 1);
    children.push(child);
    i = after;
  }
}

/** A whole part: its root element, after an optional declaration, comments and white space. */
export function parseXml(xml: string, options: XmlOptions = {}): XmlElement {
  const at = skipMisc(xml, 0);
  if (xml.charCodeAt(at) !== 0x3c) unsupported("no root element");
  const [root, end] = parseElementAt(xml, at, options);
  if (skipMisc(xml, end) !== xml.length) unsupported("something after the root element");
  return root;
}

/** The child elements of an element. */
export function elements(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== "string");
}

/** The text directly inside an element (its children's text joined, as a parser's text events are). */
export function textOf(element: XmlElement): string {
  let text = "";
  for (const child of element.children) if (typeof child === "string") text += child;
  return text;
}

/** Every element under an element, at any depth, depth first. */
export function descendants(element: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (parent: XmlElement) => {
    for (const child of elements(parent)) {
      found.push(child);
      visit(child);
    }
  };
  visit(element);
  return found;
}
