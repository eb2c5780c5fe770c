/** Excel's limits, A1 addresses and small helpers the fake's models share. */

import type { FakeArea } from "./types";
import { FakeExcelError } from "./errors";

export const MAX_ROWS = 1048576;
/**
 * Worksheet.getRange refuses an address over 8,192 characters with InvalidArgument
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getrange-member(1));
 * the fake refuses the same in getRanges, which documents no limit of its own.
 */
export const MAX_ADDRESS_LENGTH = 8192;
export const MAX_COLUMNS = 16384;
/** Cells one write may format; more would mean a whole-column format, which the fake does not model. */
export const MAX_FORMATTED_CELLS = 1_000_000;
/** Excel's tallest row, in points. */
export const MAX_ROW_HEIGHT = 409;
export const DEFAULT_ROW_HEIGHT = 15;
/** Excel refuses a typed-in list source longer than this. */
export const MAX_LIST_SOURCE = 255;
/**
 * "Total number of characters that a cell can contain: 32,767 characters" (Excel specifications and
 * limits, https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 */
export const MAX_CELL_TEXT = 32_767;

export function fakeColumnName(column: number): string {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** "B3", "B3:D9", "B:D" or "3:9", with or without a sheet name before "!". */
export function fakeParseAddress(address: string): FakeArea {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [first, second = first] = local.split(":");
  const part = (text: string): { row?: number; column?: number } => {
    const match = /^([A-Za-z]*)(\d*)$/.exec(text);
    if (!match || (match[1] === "" && match[2] === "")) {
      throw new FakeExcelError("InvalidArgument", `Not an address: ${address}`);
    }
    return {
      ...(match[1] ? { column: columnIndex(match[1]) } : {}),
      ...(match[2] ? { row: Number(match[2]) - 1 } : {}),
    };
  };
  const a = part(first);
  const b = part(second);
  if ((a.row ?? 0) >= MAX_ROWS || (b.row ?? 0) >= MAX_ROWS) {
    throw new FakeExcelError("InvalidArgument", `Past the worksheet's last row: ${address}`);
  }
  return {
    top: a.row ?? 0,
    left: a.column ?? 0,
    bottom: b.row ?? MAX_ROWS - 1,
    right: b.column ?? MAX_COLUMNS - 1,
  };
}

export function fakeFormatAddress(area: FakeArea): string {
  const topLeft = `${fakeColumnName(area.left)}${area.top + 1}`;
  const bottomRight = `${fakeColumnName(area.right)}${area.bottom + 1}`;
  return topLeft === bottomRight ? topLeft : `${topLeft}:${bottomRight}`;
}

export function quoteSheet(name: string): string {
  return /^[\p{L}\p{M}\p{N}_.]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function intersects(a: FakeArea, b: FakeArea): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function cellCount(area: FakeArea): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** "1.12" as 1012: a requirement set's version, compared as a number (every call asks, so parsed once). */
const versions = new Map<string, number>();
function versionNumber(version: string): number {
  let number = versions.get(version);
  if (number === undefined) {
    const [major, minor = 0] = version.split(".").map(Number);
    number = major * 1000 + minor;
    versions.set(version, number);
  }
  return number;
}

export function versionAtMost(version: string, highest: string): boolean {
  return versionNumber(version) <= versionNumber(highest);
}

export const key = (row: number, column: number): string => `${row},${column}`;
