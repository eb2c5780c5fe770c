/** Ranges and their format, borders, fill, font and data validation. */

import type { FakeArea, FakeCell, FakeCellFormat, FakeEdge, FakeValidation, RangeModel } from "./types";
import { FakeExcelError } from "./errors";
import {
  DEFAULT_ROW_HEIGHT,
  MAX_FORMATTED_CELLS,
  MAX_LIST_SOURCE,
  MAX_ROWS,
  MAX_ROW_HEIGHT,
  cellCount,
  fakeFormatAddress,
  intersects,
  quoteSheet,
} from "./address";
import { type FakeSheet, refuseOnProtected, readValue, writeValue } from "./sheet";
import { FakeClientObject } from "./proxy";
import { type FakePathObject, FakeRequestContext } from "./context";
import { rangeRef } from "./charts";
import { FakeConditionalFormatCollection } from "./conditionalFormats";

const BORDER_WEIGHTS = new Set(["Hairline", "Thin", "Medium", "Thick"]);

/** A range's conditional formats, where Excel refuses a rule added to or cleared from a protected sheet. */
class FakeGuardedConditionalFormats extends FakeConditionalFormatCollection {
  constructor(
    context: FakeRequestContext,
    private readonly guarded: () => RangeModel,
  ) {
    super(context, guarded);
  }

  override add(type: string): ReturnType<FakeConditionalFormatCollection["add"]> {
    this.context.check(() => refuseOnProtected(this.guarded().sheet));
    return super.add(type);
  }

  override clearAll(): void {
    this.context.check(() => refuseOnProtected(this.guarded().sheet));
    super.clearAll();
  }
}

function eachCell(model: RangeModel, write: (cell: FakeCell, row: number, column: number) => void): void {
  const { sheet, area } = model;
  refuseOnProtected(sheet);
  if (cellCount(area) > MAX_FORMATTED_CELLS) {
    throw new FakeExcelError("NotImplemented", "The fake does not format whole rows or columns.");
  }
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++)
      write(sheet.cellForWrite(r, c), r - area.top, c - area.left);
  }
  // Excel raises onChanged for a range's format as well as its values.
  sheet.apiChanged(area);
}

/** A single value applies to every cell; a matrix must match the range's shape. */
function cellInput(input: unknown, area: FakeArea, row: number, column: number): unknown {
  if (!Array.isArray(input)) return input;
  const rows = area.bottom - area.top + 1;
  const columns = area.right - area.left + 1;
  const line: unknown = input[row];
  if (input.length !== rows || !Array.isArray(line) || line.length !== columns) {
    throw new FakeExcelError(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
  return line[column];
}

export class FakeRange extends FakeClientObject<RangeModel> {
  protected readonly scalarNames = [
    "address",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "values",
    "valueTypes",
    "numberFormat",
    "rowHidden",
    "columnHidden",
  ];
  readonly format = new FakeRangeFormat(this.context, () => this.resolve(), this);

  protected snapshot({ sheet, area }: RangeModel, name: string): unknown {
    const matrix = <V>(read: (cell: FakeCell | undefined) => V): V[][] => {
      const rows: V[][] = [];
      for (let r = area.top; r <= area.bottom; r++) {
        const row: V[] = [];
        for (let c = area.left; c <= area.right; c++) row.push(read(sheet.cell(r, c)));
        rows.push(row);
      }
      return rows;
    };
    switch (name) {
      case "address":
        return `${quoteSheet(sheet.name)}!${fakeFormatAddress(area)}`;
      case "rowIndex":
        return area.top;
      case "columnIndex":
        return area.left;
      case "rowCount":
        return area.bottom - area.top + 1;
      case "columnCount":
        return area.right - area.left + 1;
      case "values":
        return matrix((cell) => readValue(cell).value);
      case "valueTypes":
        return matrix((cell) => readValue(cell).type);
      case "rowHidden":
        return allSomeOrNone(area.top, area.bottom, sheet.hiddenRows);
      case "columnHidden":
        return allSomeOrNone(area.left, area.right, sheet.hiddenColumns);
      default:
        return matrix((cell) => cell?.numberFormat ?? "General");
    }
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return name === "format" ? this.format : undefined;
  }

  get address(): string {
    return this.read("address");
  }

  get rowIndex(): number {
    return this.read("rowIndex");
  }

  get columnIndex(): number {
    return this.read("columnIndex");
  }

  get rowCount(): number {
    return this.read("rowCount");
  }

  get columnCount(): number {
    return this.read("columnCount");
  }

  get values(): (number | string | boolean)[][] {
    return this.read("values");
  }

  set values(values: unknown) {
    this.context.countRequest(values);
    this.enqueue((model) =>
      eachCell(model, (cell, r, c) => writeValue(cell, cellInput(values, model.area, r, c))),
    );
  }

  /**
   * Range.formulas: a text starting with "=" is a formula, unless the cell is formatted as text, where it
   * stays text as if typed (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member).
   */
  set formulas(formulas: unknown) {
    this.context.countRequest(formulas);
    this.enqueue((model) =>
      eachCell(model, (cell, r, c) => writeValue(cell, cellInput(formulas, model.area, r, c))),
    );
  }

  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }

  /** True when every row of the range is hidden, false when none is, null when some are (ExcelApi 1.2). */
  get rowHidden(): boolean | null {
    return this.read("rowHidden");
  }

  get columnHidden(): boolean | null {
    return this.read("columnHidden");
  }

  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }

  set numberFormat(formats: unknown) {
    this.context.countRequest(formats);
    this.enqueue((model) =>
      eachCell(model, (cell, r, c) => {
        cell.numberFormat = String(cellInput(formats, model.area, r, c));
      }),
    );
  }

  get dataValidation(): FakeDataValidation {
    this.context.requires("1.8", "Range.dataValidation");
    return new FakeDataValidation(this.context, () => this.resolve(), this);
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.context.requires("1.6", "Range.conditionalFormats");
    return new FakeGuardedConditionalFormats(this.context, () => this.model());
  }

  /**
   * Merging keeps only the upper-left value ("only the data in the upper-left cell remains", Merge and
   * unmerge cells, https://support.microsoft.com/office/merge-and-unmerge-cells-5cbd15d5-9375-4540-907f-c673a93fcedf),
   * and a merge that overlaps another merged area is refused: unmerge it first.
   */
  merge(across?: boolean): void {
    this.enqueue(({ sheet, area }) => {
      refuseOnProtected(sheet);
      const areas =
        across === true
          ? Array.from({ length: area.bottom - area.top + 1 }, (_, i) => ({
              ...area,
              top: area.top + i,
              bottom: area.top + i,
            }))
          : [area];
      for (const merged of areas) {
        if (sheet.merges.some((other) => intersects(other, merged))) {
          throw new FakeExcelError("InvalidOperation", "The range overlaps a merged area; unmerge it first.");
        }
        for (const cell of cellsIn(sheet, merged)) {
          if (cell.row === merged.top && cell.column === merged.left) continue;
          cell.cell.value = null;
          delete cell.cell.formula;
          delete cell.cell.error;
        }
        sheet.merges.push(merged);
      }
    });
  }

  /**
   * ExcelApi 1.13: the merged areas whose top-left cell is in this range, as a RangeAreas whose
   * `address` alone can be loaded ("Sheet1!A3:A5, Sheet1!D1:D4"); a null object when there are none.
   * Like Excel, it fails when there are more than 512.
   */
  getMergedAreasOrNullObject(): FakeClientObject<string> & { readonly address: string } {
    this.context.requires("1.13", "Range.getMergedAreasOrNullObject");
    class FakeMergedAreas extends FakeClientObject<string> {
      protected readonly scalarNames = ["address"];
      protected snapshot(address: string): unknown {
        return address;
      }
      get address(): string {
        return this.read("address");
      }
    }
    return new FakeMergedAreas(this.context, () => {
      const { sheet, area } = this.model();
      const inside = sheet.merges.filter(
        (m) => m.top >= area.top && m.top <= area.bottom && m.left >= area.left && m.left <= area.right,
      );
      if (inside.length > 512) throw new FakeExcelError("GeneralException", "Too many merged areas.");
      if (inside.length === 0) return null;
      return inside.map((m) => `${quoteSheet(sheet.name)}!${fakeFormatAddress(m)}`).join(", ");
    });
  }

  /**
   * ExcelApi 1.3: the visible cells of this range, those in rows and columns not hidden
   * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getvisibleview-member).
   * Its `cellAddresses` ("Sheet1!A5", one line per visible row) count against the response limit.
   */
  getVisibleView(): FakeRangeView {
    this.context.requires("1.3", "Range.getVisibleView");
    return new FakeRangeView(this.context, () => this.model());
  }

  unmerge(): void {
    this.enqueue(({ sheet, area }) => {
      refuseOnProtected(sheet);
      for (let i = sheet.merges.length - 1; i >= 0; i--) {
        if (intersects(sheet.merges[i], area)) sheet.merges.splice(i, 1);
      }
    });
  }

  /** Range.clear(): "All" (the default) takes values, formulas and formats; merges are left to unmerge(). */
  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.enqueue(({ sheet, area }) => {
      refuseOnProtected(sheet);
      for (const [at, cell] of sheet.cells) {
        const [row, column] = at.split(",").map(Number);
        if (row < area.top || row > area.bottom || column < area.left || column > area.right) continue;
        if (applyTo !== "Formats") {
          cell.value = null;
          delete cell.formula;
          delete cell.error;
        }
        if (applyTo !== "Contents") {
          cell.numberFormat = "General";
          cell.format = { borders: {} };
        }
      }
      for (const row of [...sheet.rowHeights.keys()]) {
        if (applyTo !== "Contents" && row >= area.top && row <= area.bottom) sheet.rowHeights.delete(row);
      }
      sheet.apiChanged(area);
    });
  }

  /** The whole columns this range spans (only its geometry is used: loading it would be huge). */
  getEntireColumn(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const { sheet, area } = this.model();
        return { sheet, area: { top: 0, left: area.left, bottom: MAX_ROWS - 1, right: area.right } };
      },
      this,
    );
  }

  getRow(row: number): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const { sheet, area } = this.model();
        if (row < 0 || area.top + row > area.bottom)
          throw new FakeExcelError("InvalidArgument", "No such row.");
        return { sheet, area: { ...area, top: area.top + row, bottom: area.top + row } };
      },
      this,
    );
  }

  getBoundingRect(other: FakeRange): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const { sheet, area } = this.model();
        const b = other.model();
        if (b.sheet !== sheet)
          throw new FakeExcelError("InvalidArgument", "The ranges are on different sheets.");
        return {
          sheet,
          area: {
            top: Math.min(area.top, b.area.top),
            left: Math.min(area.left, b.area.left),
            bottom: Math.max(area.bottom, b.area.bottom),
            right: Math.max(area.right, b.area.right),
          },
        };
      },
      this,
    );
  }

  select(): void {
    this.enqueue(({ sheet, area }) => {
      if (this.fake.activeSheet !== sheet) {
        throw new FakeExcelError("InvalidOperation", "Only a range on the active sheet can be selected.");
      }
      this.fake.selection = { sheet: sheet.name, address: fakeFormatAddress(area) };
    });
  }
}

/**
 * The cells kept in an area: looked up one by one in a small area, found among the sheet's cells in a
 * large one, so a sheet of thousands of merges (a long summary) is painted in time.
 */
function cellsIn(sheet: FakeSheet, area: FakeArea): { row: number; column: number; cell: FakeCell }[] {
  const found: { row: number; column: number; cell: FakeCell }[] = [];
  if (cellCount(area) <= sheet.cells.size) {
    for (let row = area.top; row <= area.bottom; row++) {
      for (let column = area.left; column <= area.right; column++) {
        const cell = sheet.cell(row, column);
        if (cell) found.push({ row, column, cell });
      }
    }
    return found;
  }
  for (const [at, cell] of sheet.cells) {
    const [row, column] = at.split(",").map(Number);
    if (row >= area.top && row <= area.bottom && column >= area.left && column <= area.right)
      found.push({ row, column, cell });
  }
  return found;
}

/** true when every index first..last is in the set, false when none is, null when some are. */
function allSomeOrNone(first: number, last: number, hidden: ReadonlySet<number>): boolean | null {
  let count = 0;
  for (let i = first; i <= last; i++) if (hidden.has(i)) count++;
  return count === 0 ? false : count === last - first + 1 ? true : null;
}

/**
 * Excel.RangeView (ExcelApi 1.3), read-only here: the visible cells of its parent range
 * (https://learn.microsoft.com/javascript/api/excel/excel.rangeview). The fake models `cellAddresses`,
 * `rowCount` and `columnCount`; a view with no visible cell has no address.
 */
export class FakeRangeView extends FakeClientObject<RangeModel> {
  protected readonly scalarNames = ["cellAddresses", "rowCount", "columnCount"];

  protected snapshot({ sheet, area }: RangeModel, name: string): unknown {
    if (cellCount(area) > MAX_FORMATTED_CELLS) {
      throw new FakeExcelError("NotImplemented", "The fake does not view whole rows or columns.");
    }
    const visible = (first: number, last: number, hidden: ReadonlySet<number>) =>
      Array.from({ length: last - first + 1 }, (_, i) => first + i).filter((i) => !hidden.has(i));
    const rows = visible(area.top, area.bottom, sheet.hiddenRows);
    const columns = visible(area.left, area.right, sheet.hiddenColumns);
    if (name === "rowCount") return columns.length === 0 ? 0 : rows.length;
    if (name === "columnCount") return rows.length === 0 ? 0 : columns.length;
    if (columns.length === 0) return [];
    return rows.map((r) =>
      columns.map(
        (c) => `${quoteSheet(sheet.name)}!${fakeFormatAddress({ top: r, left: c, bottom: r, right: c })}`,
      ),
    );
  }

  get cellAddresses(): string[][] {
    return this.read("cellAddresses");
  }

  get rowCount(): number {
    return this.read("rowCount");
  }

  get columnCount(): number {
    return this.read("columnCount");
  }
}

/** ExcelApi 1.8. The fake keeps one rule per area and does not split a rule a new one overlaps. */
export class FakeDataValidation extends FakeClientObject<RangeModel> {
  protected readonly scalarNames = [];

  protected snapshot(): unknown {
    return undefined;
  }

  #entry({ sheet, area }: RangeModel): FakeValidation {
    refuseOnProtected(sheet);
    const same = (other: FakeArea) =>
      other.top === area.top &&
      other.left === area.left &&
      other.bottom === area.bottom &&
      other.right === area.right;
    let entry = sheet.validations.find((v) => same(v.area));
    if (!entry) {
      if (sheet.validations.some((v) => intersects(v.area, area))) {
        throw new FakeExcelError("NotImplemented", "The fake does not split an overlapping validation.");
      }
      entry = { area };
      sheet.validations.push(entry);
    }
    return entry;
  }

  /**
   * A list's source is typed-in values or a Range, kept as Excel reads it back: "=Sheet!$A$1:$A$4"
   * (https://learn.microsoft.com/javascript/api/excel/excel.listdatavalidation#excel-excel-listdatavalidation-source-member).
   */
  set rule(rule: { list?: { inCellDropDown: boolean; source: string | FakeRange } }) {
    this.enqueue((model) => {
      if (!rule.list) throw new FakeExcelError("NotImplemented", "The fake models list rules only.");
      const { inCellDropDown, source } = rule.list;
      let text: string;
      if (typeof source === "string") {
        if (source.length > MAX_LIST_SOURCE)
          throw new FakeExcelError("InvalidArgument", "The list source is too long.");
        text = source;
      } else {
        const { sheetId, area } = rangeRef(source);
        const sheet = this.fake.sheets.find((s) => s.id === sheetId);
        if (!sheet) throw new FakeExcelError("ItemNotFound", "The list's sheet does not exist.");
        text = `=${quoteSheet(sheet.name)}!${fakeFormatAddress(area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
      }
      this.#entry(model).rule = { list: { inCellDropDown, source: text } };
    });
  }

  set errorAlert(alert: { showAlert?: boolean; style?: string; title?: string; message?: string }) {
    this.enqueue((model) => {
      this.#entry(model).errorAlert = { ...alert };
    });
  }

  clear(): void {
    this.enqueue(({ sheet, area }) => {
      refuseOnProtected(sheet);
      for (let i = sheet.validations.length - 1; i >= 0; i--) {
        if (intersects(sheet.validations[i].area, area)) sheet.validations.splice(i, 1);
      }
    });
  }
}

export class FakeRangeFormat extends FakeClientObject<RangeModel> {
  protected readonly scalarNames = [
    "columnWidth",
    "rowHeight",
    "horizontalAlignment",
    "verticalAlignment",
    "wrapText",
  ];
  readonly font = new FakeRangeFont(this.context, () => this.resolve(), this);
  readonly fill = new FakeRangeFill(this.context, () => this.resolve(), this);
  readonly borders = new FakeRangeBorderCollection(this.context, () => this.resolve(), this);

  protected snapshot({ sheet, area }: RangeModel, name: string): unknown {
    if (name === "columnWidth") return sheet.columnWidths.get(area.left) ?? 48;
    if (name === "rowHeight") return sheet.rowHeights.get(area.top) ?? DEFAULT_ROW_HEIGHT;
    const format = sheet.cell(area.top, area.left)?.format;
    if (name === "wrapText") return format?.wrapText ?? false;
    if (name === "horizontalAlignment") return format?.horizontalAlignment ?? "General";
    return format?.verticalAlignment ?? "Bottom";
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return name === "font" ? this.font : name === "fill" ? this.fill : undefined;
  }

  set columnWidth(width: number) {
    this.enqueue(({ sheet, area }) => {
      refuseOnProtected(sheet);
      for (let c = area.left; c <= area.right; c++) sheet.columnWidths.set(c, width);
    });
  }

  set rowHeight(height: number) {
    this.enqueue(({ sheet, area }) => {
      refuseOnProtected(sheet);
      if (!(height >= 0 && height <= MAX_ROW_HEIGHT))
        throw new FakeExcelError("InvalidArgument", `A row height is 0 to ${MAX_ROW_HEIGHT} points.`);
      for (let r = area.top; r <= area.bottom; r++) sheet.rowHeights.set(r, height);
    });
  }

  set horizontalAlignment(alignment: string) {
    this.enqueue((model) =>
      eachCell(model, (cell) => {
        cell.format.horizontalAlignment = alignment;
      }),
    );
  }

  set verticalAlignment(alignment: string) {
    this.enqueue((model) =>
      eachCell(model, (cell) => {
        cell.format.verticalAlignment = alignment;
      }),
    );
  }

  set wrapText(wrap: boolean) {
    this.enqueue((model) =>
      eachCell(model, (cell) => {
        cell.format.wrapText = wrap;
      }),
    );
  }

  /**
   * The fake cannot measure text, so fitted heights are not modelled; what it keeps is that autofit
   * replaces any height set before it, as in Excel.
   */
  autofitRows(): void {
    this.enqueue(({ sheet, area }) => {
      refuseOnProtected(sheet);
      for (let r = area.top; r <= area.bottom; r++) sheet.rowHeights.delete(r);
    });
  }
}

export class FakeRangeFont extends FakeClientObject<RangeModel> {
  protected readonly scalarNames = ["bold", "italic", "name", "size", "color"];

  protected snapshot({ sheet, area }: RangeModel, name: string): unknown {
    const format = sheet.cell(area.top, area.left)?.format;
    if (name === "bold") return format?.bold ?? false;
    if (name === "italic") return format?.italic ?? false;
    if (name === "name") return format?.fontName ?? "Calibri";
    if (name === "size") return format?.fontSize ?? 11;
    return format?.fontColor ?? "#000000";
  }

  #set(write: (format: FakeCellFormat) => void): void {
    this.enqueue((model) => eachCell(model, (cell) => write(cell.format)));
  }

  set bold(bold: boolean) {
    this.#set((format) => (format.bold = bold));
  }

  set italic(italic: boolean) {
    this.#set((format) => (format.italic = italic));
  }

  set name(name: string) {
    this.#set((format) => (format.fontName = name));
  }

  set size(size: number) {
    this.#set((format) => (format.fontSize = size));
  }

  set color(color: string) {
    this.#set((format) => (format.fontColor = color));
  }
}

export class FakeRangeFill extends FakeClientObject<RangeModel> {
  protected readonly scalarNames = ["color"];

  protected snapshot({ sheet, area }: RangeModel): unknown {
    return sheet.cell(area.top, area.left)?.format.fill ?? "#FFFFFF";
  }

  set color(color: string) {
    this.enqueue((model) =>
      eachCell(model, (cell) => {
        cell.format.fill = color;
      }),
    );
  }
}

export class FakeRangeBorderCollection implements FakePathObject {
  constructor(
    readonly context: FakeRequestContext,
    private readonly range: () => RangeModel | null,
    readonly pathParent?: FakePathObject,
  ) {}

  getItem(index: string): FakeRangeBorder {
    return new FakeRangeBorder(this.context, this.range, index, this);
  }
}

export class FakeRangeBorder extends FakeClientObject<RangeModel> {
  protected readonly scalarNames = [];

  constructor(
    context: FakeRequestContext,
    range: () => RangeModel | null,
    readonly sideIndex: string,
    pathParent?: FakePathObject,
  ) {
    super(context, range, pathParent);
  }

  protected snapshot(): unknown {
    return undefined;
  }

  set style(style: string) {
    this.#paint((format, edge) => (format.borders[edge] = style));
  }

  set color(colour: string) {
    this.#paint((format, edge) => ((format.borderColours ??= {})[edge] = colour));
  }

  /** Checked and sent, not kept: the fake's cells keep a border's style and colour only. */
  set weight(weight: string) {
    this.enqueue(({ sheet }) => {
      refuseOnProtected(sheet);
      if (!BORDER_WEIGHTS.has(weight))
        throw new FakeExcelError("InvalidArgument", `No border weight ${weight}.`);
    });
  }

  #paint(write: (format: FakeCellFormat, edge: FakeEdge) => void): void {
    this.enqueue((model) =>
      eachCell(model, (cell, r, c) => {
        const rows = model.area.bottom - model.area.top;
        const columns = model.area.right - model.area.left;
        const edges: FakeEdge[] = [];
        if (this.sideIndex === "EdgeTop" && r === 0) edges.push("top");
        if (this.sideIndex === "EdgeBottom" && r === rows) edges.push("bottom");
        if (this.sideIndex === "EdgeLeft" && c === 0) edges.push("left");
        if (this.sideIndex === "EdgeRight" && c === columns) edges.push("right");
        if (this.sideIndex === "InsideHorizontal") {
          if (r > 0) edges.push("top");
          if (r < rows) edges.push("bottom");
        }
        if (this.sideIndex === "InsideVertical") {
          if (c > 0) edges.push("left");
          if (c < columns) edges.push("right");
        }
        for (const edge of edges) write(cell.format, edge);
      }),
    );
  }
}
