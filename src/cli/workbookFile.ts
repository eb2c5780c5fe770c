/**
 * What a file is before it is opened, and whether it fits this machine: an .xlsx workbook (a zip
 * holding xl/workbook.xml), or a file people mistake for one (an old .xls, an .ods, a password-protected
 * workbook, an .xlsb). ExcelJS unpacks and holds a whole workbook in memory, and V8 running out of
 * memory cannot be caught; so sizes are read from the zip's directory and checked first.
 */
import { getHeapStatistics } from "node:v8";
import { readArea } from "../core";
import { InputProblem } from "../hosts/exceljs/problem";
import type { Limits } from "../hosts/exceljs/limits";
import { type ZipPart, fileKind } from "../hosts/exceljs/fileKind";
import { partDataOnce } from "./zip";

/** What this machine can read (see {@link Limits}). */
const HEAP_BYTES = getHeapStatistics().heap_size_limit;

export const LIMITS: Limits = {
  fileBytes: Math.floor(HEAP_BYTES / 8),
  xmlBytes: Math.floor(HEAP_BYTES / 40),
  cells: Math.floor(HEAP_BYTES / 1500),
};

const VALIDATION_SHARE = 4;

export interface Workbook {
  readonly parts: readonly ZipPart[];
  /** Every part unpacked, by name, so that reading it again does not unpack it twice. */
  readonly data: ReadonlyMap<string, Buffer>;
  /** Cells ExcelJS would make for each worksheet part (see sheetCells), by name. */
  readonly cells: ReadonlyMap<string, number>;
  /** Each worksheet part's bytes as Latin-1 text, one character a byte: for finding its (ASCII) tags. */
  readonly latin1: ReadonlyMap<string, string>;
}

function fail(problem: ConstructorParameters<typeof InputProblem>[0]): never {
  throw new InputProblem(problem);
}

/** Counts `needle` (ASCII) in `data`. */
function countOf(text: string, needle: string): number {
  let count = 0;
  // A string's indexOf runs some four times faster than a Buffer's over a sheet's XML.
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** Cells in a list of ranges ("A1:B3 D4"); a whole-sheet reference counts in full. */
export function cellsIn(ranges: string): number {
  let cells = 0;
  for (const ref of ranges.trim().split(/\s+/)) {
    const area = readArea(ref);
    if (area) cells += (Math.abs(area.bottom - area.top) + 1) * (Math.abs(area.right - area.left) + 1);
  }
  return cells;
}

/** The text of every `<tag …>…</tag>` section of a sheet's XML (merges and validations are short). */
function sections(text: string, tag: string): string[] {
  const out: string[] = [];
  const open = `<${tag}`;
  const close = `</${tag}>`;
  for (let at = text.indexOf(open); at >= 0; at = text.indexOf(open, at + 1)) {
    const end = text.indexOf(close, at);
    out.push(text.slice(at, end < 0 ? text.length : end));
    if (end < 0) break;
  }
  return out;
}

/**
 * Cells ExcelJS makes for one sheet: each written cell, every cell of a merged area, and every cell
 * a validation rule covers (ExcelJS 4.4 keeps validations cell by cell, lib/xlsx/xform/sheet/
 * data-validations-xform.js).
 */
function sheetCells(xml: string): number {
  let cells = countOf(xml, "<c ") + countOf(xml, "<c>");
  for (const text of sections(xml, "mergeCells")) {
    for (const match of text.matchAll(/<mergeCell\b[^>]*\bref="([^"]*)"/g)) cells += cellsIn(match[1]);
  }
  // A validated cell is a small entry, not a cell (measured: 1,048,575 of them, some 160 MB): a
  // quarter of a cell, so drop-down lists on whole columns still fit and a whole-sheet one does not.
  for (const text of sections(xml, "dataValidations")) {
    for (const match of text.matchAll(/\bsqref="([^"]*)"/g)) cells += cellsIn(match[1]) / VALIDATION_SHARE;
  }
  return cells;
}

/** Unpacks a workbook's parts and counts the cells ExcelJS would make, against this machine's limit. */
function checkXlsx(file: string, bytes: Buffer, parts: readonly ZipPart[], limits: Limits): Workbook {
  let cells = 0;
  const unpacked = new Map<string, Buffer>();
  const sheets = new Map<string, number>();
  const tags = new Map<string, string>();
  for (const part of parts) {
    let data: Buffer;
    try {
      data = partDataOnce(bytes, part);
    } catch {
      // A part that cannot be unpacked, or unpacks to more than the directory says.
      return fail({ kind: "broken-workbook", file, part: part.name });
    }
    unpacked.set(part.name, data);
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(part.name)) {
      // Tags are ASCII: read as Latin-1, the bytes are the characters, without decoding UTF-8.
      const text = data.toString("latin1");
      const own = sheetCells(text);
      sheets.set(part.name, own);
      tags.set(part.name, text);
      cells += own;
    }
    if (cells > limits.cells) {
      fail({ kind: "too-big", file, size: Math.ceil(cells), limit: limits.cells, unit: "cells" });
    }
  }
  return { parts, data: unpacked, cells: sheets, latin1: tags };
}

/**
 * What kind of file these bytes are (src/hosts/exceljs/fileKind.ts, one rule with the pane's file host): an
 * .xlsx that fits this machine, unpacked, with its cells counted; or text.
 */
export function classify(
  file: string,
  bytes: Buffer,
  limits: Limits = LIMITS,
): { kind: "xlsx"; workbook: Workbook } | { kind: "text" } {
  const kind = fileKind(file, bytes, limits);
  return kind.kind === "text" ? kind : { kind: "xlsx", workbook: checkXlsx(file, bytes, kind.parts, limits) };
}
