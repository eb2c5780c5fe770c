/**
 * CSV as Thai offices have it: UTF-8 (often with a BOM) or windows-874, the encoding Thai Excel uses
 * for "CSV (Comma delimited)", or UTF-16 with a BOM, Excel's "Unicode Text (*.txt)". Cells stay as written: only plain decimal numbers become numbers, so
 * text that looks like a date or a formula is never changed.
 */
import type { Cell } from "../../core";
import { EXCEL_COLUMNS, type Limits } from "./limits";
import { InputProblem } from "./problem";

const BOM = "\uFEFF";
const PLAIN_NUMBER = /^-?(?:\d+\.?\d*|\.\d+)$/;

/**
 * UTF-16 text announced by its byte-order mark: Excel's "Unicode Text (*.txt)" is UTF-16LE with FF FE,
 * tab-separated; FE FF starts UTF-16BE.
 */
function utf16Order(bytes: Uint8Array): "le" | "be" | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "be";
  return undefined;
}

/** UTF-16 bytes as text, BOM dropped; undefined when they are not valid UTF-16 (a lone surrogate). */
function decodeUtf16(bytes: Uint8Array, order: "le" | "be"): string | undefined {
  // Big-endian is read as little-endian with each pair swapped: every TextDecoder has UTF-16LE.
  const little = order === "le" ? bytes : bytes.map((_, i) => bytes[i % 2 === 0 ? i + 1 : i - 1]);
  try {
    return new TextDecoder("utf-16le", { fatal: true }).decode(little);
  } catch {
    return undefined;
  }
}

/**
 * Whether a file's bytes are text a CSV reader can read: no NUL byte (an image or a PDF has them), or
 * UTF-16 with its byte-order mark, where every character has a zero byte, that decodes with no NUL
 * character.
 */
export function isTextFile(bytes: Uint8Array): boolean {
  const order = utf16Order(bytes);
  if (order === undefined) return !bytes.includes(0);
  const text = decodeUtf16(bytes, order);
  return text !== undefined && !text.includes("\0");
}

/**
 * Text of a CSV file: UTF-16 when its byte-order mark says so, else UTF-8 when the bytes are valid
 * UTF-8, else windows-874 (TIS-620).
 */
export function decodeCsv(bytes: Uint8Array): string {
  const order = utf16Order(bytes);
  let text = order === undefined ? undefined : decodeUtf16(bytes, order);
  if (text === undefined) {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder("windows-874").decode(bytes);
    }
  }
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** "10.000", "1.500": a dot that may be a thousands separator (spec §2.3), so the text is kept as written. */
const DOT_THOUSAND = /^-?[1-9]\d{0,2}\.\d{3}$/;

/**
 * A quoted field is text as written ("1.10" stays 1.10, not 1.1); an unquoted plain number is a number,
 * but for "10.000", kept as text so that core can tell it is 10 or 10,000 (never silently 10).
 */
function toCell(text: string, quoted: boolean): Cell {
  if (text === "") return null;
  return !quoted && PLAIN_NUMBER.test(text) && !DOT_THOUSAND.test(text) ? Number(text) : text;
}

/** Where a CSV file cannot be read as written: the line (1-based) and why. */
export type CsvProblem =
  | { readonly kind: "open-quote"; readonly line: number }
  | { readonly kind: "too-wide"; readonly line: number; readonly columns: number };

export class CsvError extends Error {
  constructor(readonly problem: CsvProblem) {
    super(problem.kind);
    this.name = "CsvError";
  }
}

const SEPARATORS = [",", ";", "\t"] as const;
export type Separator = (typeof SEPARATORS)[number];
/** Lines looked at to tell the separator: the header sits in the first 20. */
const SNIFF_LINES = 20;

/**
 * The separator a file uses: comma, semicolon (Excel's "CSV" where the decimal mark is a comma) or
 * tab ("Text (Tab delimited)"). The one found outside quotes on the most of the first lines wins;
 * on a tie, the one found most often; comma when none is found.
 */
export function detectSeparator(text: string): Separator {
  const lines = new Map<Separator, number>(SEPARATORS.map((s) => [s, 0]));
  const totals = new Map<Separator, number>(SEPARATORS.map((s) => [s, 0]));
  const seen = new Set<Separator>();
  let quoted = false;
  let line = 0;
  for (let i = 0; i < text.length && line < SNIFF_LINES; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === "\n") {
      for (const s of seen) lines.set(s, (lines.get(s) ?? 0) + 1);
      seen.clear();
      line++;
    } else if (ch === "," || ch === ";" || ch === "\t") {
      seen.add(ch);
      totals.set(ch, (totals.get(ch) ?? 0) + 1);
    }
  }
  for (const s of seen) lines.set(s, (lines.get(s) ?? 0) + 1);
  let best: Separator = ",";
  for (const s of SEPARATORS) {
    const more = (lines.get(s) ?? 0) - (lines.get(best) ?? 0);
    if (more > 0 || (more === 0 && (totals.get(s) ?? 0) > (totals.get(best) ?? 0))) best = s;
  }
  return best;
}

/**
 * RFC 4180 rows; a quoted field may hold separators, quotes ("") and line breaks, and stays text
 * ("1.10" stays 1.10, an item number). A quote never closed, or a row wider than Excel's 16,384 columns,
 * is a {@link CsvError} naming the line.
 */
export function parseCsv(text: string, separator: Separator = ","): Cell[][] {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let field = "";
  let quoted = false;
  let wasQuoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  const endField = () => {
    if (row.length >= EXCEL_COLUMNS) {
      throw new CsvError({ kind: "too-wide", line: rowLine, columns: row.length + 1 });
    }
    row.push(toCell(field, wasQuoted));
    field = "";
    wasQuoted = false;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
    rowLine = line;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') {
        field += ch;
        if (ch === "\n" || (ch === "\r" && text[i + 1] !== "\n")) line++;
      } else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && field === "") {
      quoted = true;
      wasQuoted = true;
      quoteLine = line;
    } else if (ch === separator) endField();
    else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      line++;
      endRow();
    } else field += ch;
  }
  // A quote never closed would take the rest of the file into one cell, in silence.
  if (quoted) throw new CsvError({ kind: "open-quote", line: quoteLine });
  if (field !== "" || wasQuoted || row.length > 0) endRow();
  return rows;
}

/**
 * A CSV file's cells, once it is known to fit this machine: its size was checked before reading, and
 * its cells are counted before a workbook is made of them.
 */
export function readCsv(file: string, bytes: Uint8Array, limits: Limits): Cell[][] {
  const text = decodeCsv(bytes);
  let rows: Cell[][];
  try {
    rows = parseCsv(text, detectSeparator(text));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const { problem } = error;
    throw new InputProblem(
      problem.kind === "open-quote"
        ? { kind: "csv-open-quote", file, line: problem.line }
        : { kind: "csv-too-wide", file, line: problem.line, columns: problem.columns },
    );
  }
  let cells = 0;
  for (const row of rows) cells += row.length;
  if (cells > limits.cells)
    throw new InputProblem({ kind: "too-big", file, size: cells, limit: limits.cells, unit: "cells" });
  return rows;
}

function quote(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  const text = typeof cell === "object" ? cell.error : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text with a BOM and CRLF line ends, as Excel in Thailand opens correctly; rows padded to one width. */
export function formatCsv(rows: readonly (readonly Cell[])[]): string {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const lines = rows.map((row) => Array.from({ length: width }, (_, i) => quote(row[i])).join(","));
  return BOM + lines.join("\r\n") + "\r\n";
}
