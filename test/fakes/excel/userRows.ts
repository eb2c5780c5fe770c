/**
 * The user inserting, deleting, cutting and pasting whole rows, and what Excel moves with them: cells,
 * merges, row heights, hidden rows, tables, conditional formats and the names that refer to the sheet.
 * (Charts, drop-down lists and change events are not modelled here.)
 *
 * - A conditional format's area moves down with rows inserted above it, grows with rows inserted inside
 *   it, and shrinks with rows deleted inside it. Its formula's references move with the cells they name,
 *   as any formula's do, and Excel gives the formula back relative to the rule's own top-left cell
 *   (office-js #5194, https://github.com/OfficeDev/office-js/issues/5194): a rule written "=$G4" for A4
 *   reads "=$G5" once a row is inserted above it.
 * - Cutting and pasting rows inside a rule splits it into fragments, each with its formula written for
 *   its own top-left cell (#5194): userSplitsRule.
 * - A name whose cells are all deleted refers to "=#REF!" (NamedItem.formula,
 *   https://learn.microsoft.com/javascript/api/excel/excel.nameditem#excel-excel-nameditem-formula-member;
 *   How to correct a #REF! error: "cells that were referenced by formulas get deleted",
 *   https://support.microsoft.com/office/how-to-correct-a-ref-error-822c8e46-e610-4d02-bf29-ec4b8c5ff4be).
 */

import type { FakeArea, FakeConditionalFormat } from "./types";
import { MAX_ROWS, fakeFormatAddress, fakeParseAddress, key, quoteSheet } from "./address";
import type { FakeSheet } from "./sheet";
import type { FakeWorkbook } from "./workbook";

/** Rows inserted (count > 0) or deleted (count < 0) at 0-based row `at`. */
interface RowMove {
  readonly at: number;
  readonly count: number;
}

/** Where a 0-based row goes: its new row, or null when it was deleted or pushed off the sheet's end. */
function moveRow(row: number, { at, count }: RowMove): number | null {
  if (row < at) return row;
  if (count < 0 && row < at - count) return null;
  return row + count < MAX_ROWS ? row + count : null;
}

/**
 * An area after rows moved: rows inserted at its top row or above move it down, inside it make it grow
 * (to the sheet's last row at most); deleted rows inside it make it shrink; null when all of it went.
 */
function moveArea(area: FakeArea, move: RowMove): FakeArea | null {
  const { at, count } = move;
  if (count > 0) {
    const top = moveRow(area.top, move);
    return top === null ? null : { ...area, top, bottom: moveRow(area.bottom, move) ?? MAX_ROWS - 1 };
  }
  const end = at - count;
  if (area.top >= at && area.bottom < end) return null;
  const top = area.top < at ? area.top : area.top >= end ? area.top + count : at;
  const bottom = area.bottom < at ? area.bottom : area.bottom >= end ? area.bottom + count : at - 1;
  return { ...area, top, bottom };
}

/** The text constants ("…") and quoted sheet names ('…') of a formula, which hold no reference. */
const QUOTED = /("(?:[^"]|"")*"|'(?:[^']|'')*')/;
/**
 * A1 cell references of the formula's own sheet: optional "$", column letters, optional "$", row number;
 * not a function's name, and not a reference to another sheet ("Sheet2!B4" stays as it is).
 */
const REFERENCE = /(?<![A-Za-z0-9_.$!])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_.(!])/g;

/** Rewrites each cell reference's row (0-based, with whether it is absolute); null makes it #REF!. */
function mapFormulaRows(formula: string, map: (row: number, absolute: boolean) => number | null): string {
  return formula
    .split(QUOTED)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            REFERENCE,
            (_whole, dollarColumn: string, column: string, dollarRow: string, row: string) => {
              const moved = map(Number(row) - 1, dollarRow === "$");
              return moved === null ? "#REF!" : `${dollarColumn}${column}${dollarRow}${moved + 1}`;
            },
          ),
    )
    .join("");
}

/** A name's formula after rows of `sheet` moved: "='Sheet'!$A$4" follows its cell, or turns "=#REF!". */
function moveName(formula: string, sheet: FakeSheet, move: RowMove): string {
  const bang = formula.lastIndexOf("!");
  if (!formula.startsWith("=") || bang < 0) return formula;
  const owner = formula.slice(1, bang);
  if (owner !== quoteSheet(sheet.name) && owner.replace(/^'|'$/g, "").replace(/''/g, "'") !== sheet.name)
    return formula;
  const address = formula.slice(bang + 1);
  if (!/^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/.test(address)) return formula;
  const moved = moveArea(fakeParseAddress(address), move);
  if (!moved) return "=#REF!";
  return `=${owner}!${fakeFormatAddress(moved).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
}

function moveRows(fake: FakeWorkbook, sheet: FakeSheet, move: RowMove): void {
  const cells = [...sheet.cells];
  sheet.cells.clear();
  for (const [at, cell] of cells) {
    const [row, column] = at.split(",").map(Number);
    const moved = moveRow(row, move);
    if (moved !== null) sheet.cells.set(key(moved, column), cell);
  }
  const merges = sheet.merges.splice(0);
  for (const merge of merges) {
    const moved = moveArea(merge, move);
    if (moved && (moved.bottom > moved.top || moved.right > moved.left)) sheet.merges.push(moved);
  }
  const heights = [...sheet.rowHeights];
  sheet.rowHeights.clear();
  for (const [row, height] of heights) {
    const moved = moveRow(row, move);
    if (moved !== null) sheet.rowHeights.set(moved, height);
  }
  const hidden = [...sheet.hiddenRows];
  sheet.hiddenRows.clear();
  for (const row of hidden) {
    const moved = moveRow(row, move);
    if (moved !== null) sheet.hiddenRows.add(moved);
  }
  for (let i = fake.tables.length - 1; i >= 0; i--) {
    const table = fake.tables[i];
    if (table.sheet !== sheet) continue;
    const moved = moveArea(table.area, move);
    if (moved) table.area = moved;
    else fake.tables.splice(i, 1);
  }
  const formats = sheet.conditionalFormats;
  for (let i = formats.length - 1; i >= 0; i--) {
    const format = formats[i];
    const moved = moveArea(format.area, move);
    if (!moved) {
      formats.splice(i, 1);
      continue;
    }
    format.area = moved;
    if (format.formula !== undefined)
      format.formula = mapFormulaRows(format.formula, (row) => moveRow(row, move));
  }
  for (const owner of fake.sheets) {
    for (const [name, formula] of owner.names) owner.names.set(name, moveName(formula, sheet, move));
  }
}

/** The user inserts `count` whole rows at worksheet row `row` (1-based): that row and those below move down. */
export function userInsertsRows(fake: FakeWorkbook, sheetName: string, row: number, count = 1): void {
  moveRows(fake, fake.sheet(sheetName), { at: row - 1, count });
}

/** The user deletes `count` whole rows from worksheet row `row` (1-based): the rows below move up. */
export function userDeletesRows(fake: FakeWorkbook, sheetName: string, row: number, count = 1): void {
  moveRows(fake, fake.sheet(sheetName), { at: row - 1, count: -count });
}

/**
 * Splits a conditional format in two at worksheet row `row` (1-based), as cutting and pasting rows
 * inside it does: the rule keeps the rows above, and a new rule just after it in the list (the same
 * type and fill) takes `row` down, its formula written for its own top-left cell (relative row
 * references moved down by as many rows, absolute ones kept).
 */
export function userSplitsRule(
  fake: FakeWorkbook,
  sheetName: string,
  format: FakeConditionalFormat,
  row: number,
): FakeConditionalFormat {
  const sheet = fake.sheet(sheetName);
  const at = row - 1;
  const index = sheet.conditionalFormats.indexOf(format);
  if (index < 0 || at <= format.area.top || at > format.area.bottom) {
    throw new Error(`Row ${row} does not split the rule over ${fakeFormatAddress(format.area)}.`);
  }
  const by = at - format.area.top;
  const fragment: FakeConditionalFormat = {
    id: fake.newId(),
    type: format.type,
    area: { ...format.area, top: at },
    ...(format.formula === undefined
      ? {}
      : { formula: mapFormulaRows(format.formula, (r, absolute) => (absolute ? r : r + by)) }),
    ...(format.fill === undefined ? {} : { fill: format.fill }),
  };
  format.area = { ...format.area, bottom: at - 1 };
  sheet.conditionalFormats.splice(index + 1, 0, fragment);
  return fragment;
}
