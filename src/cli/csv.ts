/**
 * CSV as Thai offices have it: UTF-8 (often with a BOM) or windows-874, the encoding Thai Excel uses
 * for "CSV (Comma delimited)". Cells stay as written: only plain decimal numbers become numbers, so
 * text that looks like a date or a formula is never changed.
 */
import type { Cell } from "../core";

const BOM = "\uFEFF";
const PLAIN_NUMBER = /^-?(?:\d+\.?\d*|\.\d+)$/;

/** Text of a CSV file: UTF-8 when the bytes are valid UTF-8, else windows-874 (TIS-620). */
export function decodeCsv(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-874").decode(bytes);
  }
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** A quoted field is text as written ("1.10" stays 1.10, not 1.1); an unquoted plain number is a number. */
function toCell(text: string, quoted: boolean): Cell {
  if (text === "") return null;
  return !quoted && PLAIN_NUMBER.test(text) ? Number(text) : text;
}

/**
 * RFC 4180 rows; a quoted field may hold commas, quotes ("") and line breaks, and stays text.
 */
export function parseCsv(text: string): Cell[][] {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let field = "";
  let quoted = false;
  let wasQuoted = false;
  const endField = () => {
    row.push(toCell(field, wasQuoted));
    field = "";
    wasQuoted = false;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && field === "") {
      quoted = true;
      wasQuoted = true;
    } else if (ch === ",") endField();
    else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRow();
    } else field += ch;
  }
  if (field !== "" || wasQuoted || row.length > 0) endRow();
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
