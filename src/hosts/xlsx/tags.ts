/**
 * The tags of the elements a sheet holds by the hundred thousand (`<row>`, `<c>`, `<v>`, `<f>`), read
 * in place: no tree and no object per tag. Their attributes are read by TagReader (xml.ts), the one
 * attribute scanner, which the small parts' element trees use too.
 */
import { skipSpace, unsupported, xmlText } from "./xml";

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
