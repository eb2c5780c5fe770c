/**
 * Readers that turn a painted sheet of either host (an ExcelJS worksheet, a sheet of the fake Excel)
 * into one neutral shape, so the two can be compared cell by cell.
 */
import type ExcelJS from "exceljs";
import { columnPoints, footerCode } from "../../src/core";
import { type FakeArea, type FakeSheet, fakeFormatAddress, fakeParseAddress } from "../fakes/excel";

type Edge = "top" | "bottom" | "left" | "right";
const EDGES: readonly Edge[] = ["top", "bottom", "left", "right"];

export interface NeutralCell {
  /** A formula cell's value is left out (null): the fake Excel does not calculate. */
  readonly value: string | number | boolean | null;
  /** A formula, without its "=". */
  readonly formula?: string;
  readonly format: string;
  readonly font: {
    readonly name?: string;
    readonly size?: number;
    readonly bold?: boolean;
    readonly italic?: boolean;
    readonly colour?: string;
  };
  readonly fill?: string;
  readonly horizontal: string;
  readonly vertical?: string;
  readonly wrap?: boolean;
  /** "thin #808080" per edge that has a line. */
  readonly borders: Partial<Record<Edge, string>>;
  readonly validation?: {
    readonly source: string;
    readonly style?: string;
    readonly title?: string;
    readonly message?: string;
  };
}

export interface NeutralSheet {
  /** A1 address → cell; a merged area's other cells carry their borders only, as Excel shows them. */
  readonly cells: Readonly<Record<string, NeutralCell | { readonly borders: NeutralCell["borders"] }>>;
  readonly merges: readonly string[];
  /** Points, rows 1 … rowCount. */
  readonly rowHeights: readonly (number | undefined)[];
  /** Points, columns A … . */
  readonly columnWidths: readonly (number | undefined)[];
  readonly print: {
    readonly paper?: string;
    readonly orientation?: string;
    readonly pagesWide?: number | null;
    readonly pagesTall?: number | null;
    /** Inches. */
    readonly margins?: Readonly<Record<string, number>>;
    readonly titleRows?: string;
    readonly footer?: string;
  };
}

export interface Extent {
  readonly rows: number;
  readonly columns: number;
}

const inArea = (area: FakeArea, row: number, column: number) =>
  row >= area.top && row <= area.bottom && column >= area.left && column <= area.right;
const isMergedAway = (merges: readonly FakeArea[], row: number, column: number) =>
  merges.some((m) => inArea(m, row, column) && (m.top !== row || m.left !== column));
const round = (n: number) => Math.round(n * 100) / 100;
/** "FFD9E1F2" → "#D9E1F2". */
const hex = (argb: string | undefined) =>
  argb === undefined ? undefined : `#${argb.slice(2).toUpperCase()}`;
const blank = (value: unknown) => (value === "" || value === undefined ? null : value);
/* A file keeps no "not bold", "not italic" or "not wrapped": absent and false read alike. */
/** Drops undefined fields, so a field one host leaves unset equals one the other leaves unset. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** "='รายการ'!$A$1" and "=รายการ!$A$1" are one reference: quotes around a plain sheet name are optional. */
const reference = (source: string) => source.replace(/^='([^' !]*)'!/, "=$1!");

const PAPER: Readonly<Record<number, string>> = { 9: "A4" };

/** An ExcelJS worksheet as painted by the command line. */
export function readExcelJs(sheet: ExcelJS.Worksheet, extent: Extent): NeutralSheet {
  const merges = ((sheet.model as { merges?: string[] }).merges ?? []).map(fakeParseAddress);
  const cells: Record<string, NeutralSheet["cells"][string]> = {};
  for (let r = 0; r < extent.rows; r++) {
    for (let c = 0; c < extent.columns; c++) {
      const cell = sheet.getCell(r + 1, c + 1);
      const address = fakeFormatAddress({ top: r, left: c, bottom: r, right: c });
      const borders = defined(
        Object.fromEntries(
          EDGES.map((edge) => {
            const line = cell.border?.[edge];
            return [edge, line?.style ? `${line.style} ${hex(line.color?.argb)}` : undefined];
          }),
        ),
      );
      if (isMergedAway(merges, r, c)) {
        cells[address] = { borders };
        continue;
      }
      const fill = cell.fill?.type === "pattern" ? hex(cell.fill.fgColor?.argb) : undefined;
      const rule = cell.dataValidation;
      const formula = rule?.formulae?.[0] as string | undefined;
      cells[address] = defined({
        value: cell.formula ? null : (blank(cell.value) as NeutralCell["value"]),
        formula: cell.formula || undefined,
        format: cell.numFmt ?? "General",
        font: defined({
          name: cell.font?.name,
          size: cell.font?.size,
          bold: cell.font?.bold ?? false,
          italic: cell.font?.italic ?? false,
          colour: hex(cell.font?.color?.argb),
        }),
        fill,
        horizontal: cell.alignment?.horizontal ?? "general",
        vertical: cell.alignment?.vertical,
        wrap: cell.alignment?.wrapText ?? false,
        borders,
        validation:
          formula === undefined
            ? undefined
            : defined({
                // A typed-in list is quoted in the file; a range is a reference.
                source: formula.startsWith('"') ? formula.slice(1, -1) : reference(`=${formula}`),
                style: rule?.errorStyle,
                title: rule?.errorTitle,
                message: rule?.error,
              }),
      });
    }
  }
  const setup = sheet.pageSetup;
  const titleRows = setup.printTitlesRow
    ?.split(":")
    .map((row) => `$${row}`)
    .join(":");
  return {
    cells,
    merges: merges.map(fakeFormatAddress).sort(),
    rowHeights: Array.from({ length: extent.rows }, (_, r) => sheet.getRow(r + 1).height),
    columnWidths: Array.from({ length: extent.columns }, (_, c) => {
      const width = sheet.getColumn(c + 1).width;
      return width === undefined ? undefined : round(columnPoints(width));
    }),
    print: defined({
      paper: setup.paperSize === undefined ? undefined : PAPER[setup.paperSize],
      orientation: setup.orientation,
      pagesWide: setup.fitToPage ? setup.fitToWidth : undefined,
      // 0 in the file: as many pages tall as the rows need.
      pagesTall: setup.fitToPage ? (setup.fitToHeight === 0 ? null : setup.fitToHeight) : undefined,
      margins: setup.margins
        ? Object.fromEntries(Object.entries(setup.margins).map(([k, v]) => [k, round(v)]))
        : undefined,
      titleRows,
      footer: sheet.headerFooter?.oddFooter,
    }),
  };
}

const HORIZONTAL: Readonly<Record<string, string>> = { General: "general", Left: "left", Center: "center" };
const VERTICAL: Readonly<Record<string, string>> = { Top: "top", Center: "middle" };

/** A sheet of the fake Excel as painted by the add-in. */
export function readFake(sheet: FakeSheet, extent: Extent): NeutralSheet {
  const cells: Record<string, NeutralSheet["cells"][string]> = {};
  for (let r = 0; r < extent.rows; r++) {
    for (let c = 0; c < extent.columns; c++) {
      const cell = sheet.cell(r, c);
      const format = cell?.format;
      const address = fakeFormatAddress({ top: r, left: c, bottom: r, right: c });
      const borders = defined(
        Object.fromEntries(
          EDGES.map((edge) => {
            const style = format?.borders[edge];
            // Office.js's "Continuous" at weight "Thin" is the file's "thin" line.
            return [edge, style === "Continuous" ? `thin ${format?.borderColours?.[edge]}` : style];
          }),
        ),
      );
      if (isMergedAway(sheet.merges, r, c)) {
        cells[address] = { borders };
        continue;
      }
      const validation = sheet.validations.find((v) => inArea(v.area, r, c));
      cells[address] = defined({
        value: cell?.formula === undefined ? (blank(cell?.value) as NeutralCell["value"]) : null,
        formula: cell?.formula?.replace(/^=/, ""),
        format: cell?.numberFormat ?? "General",
        font: defined({
          name: format?.fontName,
          size: format?.fontSize,
          bold: format?.bold ?? false,
          italic: format?.italic ?? false,
          colour: format?.fontColor,
        }),
        fill: format?.fill,
        horizontal:
          format?.horizontalAlignment === undefined ? "general" : HORIZONTAL[format.horizontalAlignment],
        vertical: format?.verticalAlignment === undefined ? undefined : VERTICAL[format.verticalAlignment],
        wrap: format?.wrapText ?? false,
        borders,
        validation:
          validation?.rule?.list === undefined
            ? undefined
            : defined({
                source: reference(validation.rule.list.source),
                style: validation.errorAlert?.style?.toLowerCase(),
                title: validation.errorAlert?.title,
                message: validation.errorAlert?.message,
              }),
      });
    }
  }
  const page = sheet.pageLayout;
  const footer =
    page.leftFooter === undefined && page.rightFooter === undefined
      ? undefined
      : footerCode({ left: page.leftFooter ?? "", right: page.rightFooter ?? "" });
  return {
    cells,
    merges: sheet.merges.map(fakeFormatAddress).sort(),
    rowHeights: Array.from({ length: extent.rows }, (_, r) => sheet.rowHeights.get(r)),
    columnWidths: Array.from({ length: extent.columns }, (_, c) => {
      const width = sheet.columnWidths.get(c);
      return width === undefined ? undefined : round(width);
    }),
    print: defined({
      paper: page.paperSize,
      orientation: page.orientation?.toLowerCase(),
      pagesWide: page.zoom?.horizontalFitToPages,
      pagesTall: page.zoom === undefined ? undefined : (page.zoom.verticalFitToPages ?? null),
      margins: page.margins
        ? Object.fromEntries(Object.entries(page.margins).map(([k, v]) => [k, round(v / 72)]))
        : undefined,
      titleRows: page.printTitleRows,
      footer,
    }),
  };
}
