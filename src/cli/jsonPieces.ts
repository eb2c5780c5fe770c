/**
 * JSON as `JSON.stringify(value, null, 2)` writes it, handed out in pieces of a few hundred list items.
 * A 20,000-row plan's report is some 5 MB of JSON: written as one string, it is built as a chain of
 * parts, copied into one string at its first read, and encoded whole for the output, three copies in
 * fresh memory, and fresh memory is what costs most on a small machine (measured: some 60–90 ms of a
 * one-second run). In pieces, each is written and forgotten while the next is made.
 */

/** List items per piece. */
const PIECE = 200;
const LINE_BREAK = /\n/g;

/** Writes `value` as `JSON.stringify(value, null, 2)` does, with no line break after it, piece by piece. */
export function writeJsonPieces(value: unknown, write: (text: string) => void, piece = PIECE): void {
  writeValue(value, "", write, piece);
}

function writeValue(value: unknown, indent: string, write: (text: string) => void, piece: number): void {
  if (Array.isArray(value) && value.length > piece) {
    writeList(value, indent, write, piece);
  } else if (isPlainObject(value)) {
    writeObject(value, indent, write, piece);
  } else {
    // Anything else is written by JSON.stringify itself; its line breaks are all between tokens (a
    // line break in a text is written "\n"), so each takes the depth it stands at.
    const text = JSON.stringify(value, null, 2);
    write(indent === "" ? text : text.replace(LINE_BREAK, `\n${indent}`));
  }
}

/**
 * A long list: its items stringified a piece at a time, each piece's items at the list's depth. A piece
 * is stringified inside as many lists as the list is deep, so JSON.stringify indents its items as they
 * stand; the brackets around them are cut off, not the items indented again (a copy of every piece).
 */
function writeList(list: readonly unknown[], indent: string, write: (text: string) => void, piece: number) {
  const depth = indent.length / 2;
  let opening = "";
  let closing = "";
  for (let level = 0; level <= depth; level++) {
    opening += `${"  ".repeat(level)}[\n`;
    closing = `\n${"  ".repeat(level)}]${closing}`;
  }
  write("[\n");
  for (let start = 0; start < list.length; start += piece) {
    let nested: unknown = list.slice(start, start + piece);
    for (let level = 0; level < depth; level++) nested = [nested];
    const text = JSON.stringify(nested, null, 2);
    write(text.slice(opening.length, text.length - closing.length));
    write(start + piece < list.length ? ",\n" : "\n");
  }
  write(`${indent}]`);
}

function writeObject(
  object: Readonly<Record<string, unknown>>,
  indent: string,
  write: (text: string) => void,
  piece: number,
) {
  // The members JSON.stringify writes: undefined, functions and symbols are left out.
  const keys = Object.keys(object).filter((key) => isWritten(object[key]));
  if (keys.length === 0) {
    write("{}");
    return;
  }
  const inner = `${indent}  `;
  write("{\n");
  keys.forEach((key, n) => {
    write(`${inner}${JSON.stringify(key)}: `);
    writeValue(object[key], inner, write, piece);
    write(n < keys.length - 1 ? ",\n" : "\n");
  });
  write(`${indent}}`);
}

function isWritten(value: unknown): boolean {
  return value !== undefined && typeof value !== "function" && typeof value !== "symbol";
}

/** A plain object with no toJSON of its own: one whose members JSON.stringify writes as they are. */
function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return (
    (prototype === Object.prototype || prototype === null) &&
    typeof (value as { toJSON?: unknown }).toJSON !== "function"
  );
}
