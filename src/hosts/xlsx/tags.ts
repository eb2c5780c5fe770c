/**
 * A tag's attributes read in place, for the elements a sheet holds by the hundred thousand (`<row>`,
 * `<c>`, `<v>`, `<f>`): no tree and no object per tag, only the values asked for.
 */
import { nameEnd, skipSpace, unsupported, xmlText } from "./xml";

/**
 * The attributes of the last tag read, as positions in the text (a value is decoded when asked for);
 * one reader is reused for every tag of a sheet.
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
}

/** Whether `xml` at `at` opens the element `name` ("<name" then white space, ">" or "/>"). */
export function opens(xml: string, at: number, name: string): boolean {
  if (xml.charCodeAt(at) !== 0x3c || !xml.startsWith(name, at + 1)) return false;
  const next = xml.charCodeAt(at + 1 + name.length);
  return next === 0x3e || next === 0x2f || next === 0x20 || next === 0x0a || next === 0x09 || next === 0x0d;
}

/** Where the close tag of `name` at `at` ends; anything else there is left to ExcelJS. */
export function closeTag(xml: string, at: number, name: string): number {
  if (xml.charCodeAt(at) !== 0x3c || xml.charCodeAt(at + 1) !== 0x2f || !xml.startsWith(name, at + 2)) {
    unsupported(`something unexpected in <${name}>`);
  }
  const gt = skipSpace(xml, at + 2 + name.length);
  if (xml.charCodeAt(gt) !== 0x3e) unsupported(`a malformed </${name}>`);
  return gt + 1;
}

/** The text of an element from `at` (after its open tag) to its close tag, and where that ends. */
export function elementText(xml: string, at: number, name: string): [string, number] {
  const lt = xml.indexOf("<", at);
  if (lt < 0) unsupported(`<${name}> left open`);
  return [lt > at ? xmlText(xml, at, lt) : "", closeTag(xml, lt, name)];
}
