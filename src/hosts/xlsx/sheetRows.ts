/**
 * A worksheet's `<sheetData>` read row by row, only as far as it is asked for: each row's cells as the
 * engine sees them (cells.ts), with ExcelJS's merged areas applied (a merged area's cells other than its
 * top-left one read as empty, and widen their rows). Rows must come in order, each once, their cells
 * in order and in their row: Excel writes them so, and anything else is left to ExcelJS.
 */
import { type Cell, type MergedArea, columnNumber } from "../../core";
import { type CellContext, type FormulaContext, Kept, type RawCell, type ReadCell, readCell } from "./cells";
import { EXCEL_COLUMNS, EXCEL_ROWS } from "./extent";
import type { SheetRow } from "./places";
import { richRun } from "./sharedStrings";
import { closeTag, elementText, opens } from "./tags";
import { TagReader, elements, nameEnd, parseElementAt, skipSpace, unsupported, xmlText } from "./xml";

/** One row read: its cells by column (from column A, holes where it holds none). */
export class ReadRow implements SheetRow {
  readonly cells?: readonly Cell[];

  constructor(
    readonly number: number,
    readonly width: number,
    readonly hidden: boolean,
    private readonly values: readonly Cell[],
    /** `values` holds every cell from column A to `width` (no hole). */
    whole: boolean,
    readonly filled: boolean,
  ) {
    if (whole) this.cells = values;
  }

  cell(column: number): Cell {
    return this.values[column - 1] ?? null;
  }
}

/** Columns of empty cells a row's list of cells is filled across; a wider gap leaves a hole. */
const GAP = 64;

/** What the rows of a sheet need to be read. */
export interface SheetSource {
  readonly xml: string;
  /** Where `<sheetData>`'s content starts and ends in `xml`. */
  readonly start: number;
  readonly end: number;
  readonly merges: readonly MergedArea[];
  /** Cells (by address) a link lies on: ExcelJS reads them as links. */
  readonly links: ReadonlySet<string>;
}

/**
 * The column of a cell's address ("B7") when the address is one of row `row`, written as Excel writes
 * it (one to three capitals, then the row's number); otherwise -1.
 */
export function columnIn(address: string, row: number): number {
  let i = 0;
  let column = 0;
  for (; i < address.length && i < 4; i++) {
    const code = address.charCodeAt(i);
    if (code < 0x41 || code > 0x5a) break;
    column = column * 26 + code - 64;
  }
  if (i === 0 || i > 3 || address.charCodeAt(i) === 0x30) return -1;
  let number = 0;
  for (let digits = 0; i < address.length; i++, digits++) {
    const code = address.charCodeAt(i);
    if (code < 0x30 || code > 0x39 || digits > 7) return -1;
    number = number * 10 + code - 0x30;
  }
  return number === row && column <= EXCEL_COLUMNS ? column : -1;
}

const isLetter = (code: number) => code >= 0x41 && code <= 0x5a;
/**
 * A `<row>` tag as nearly every row's is written, neither hidden nor styled: its number, and its other
 * attributes in Excel's order (its span of columns, height, and the dyDescent Excel adds).
 */
const PLAIN_ROW =
  /<row r="[1-9][0-9]{0,6}"(?: spans="[0-9]+:[0-9]+")?(?: ht="[0-9.]+")?(?: customHeight="1")?(?: x14ac:dyDescent="[0-9.]+")?\/?>/y;
/**
 * A `<c>` as nearly every cell is written: its address, style and type (either of the last two left
 * out), and at most a `<v>` of text with nothing in it to decode or refuse. Tested, not matched: a
 * match's list of parts is made for every cell (some 170 bytes a cell, a quarter of all a 20,000-row
 * run allocated), so the parts are read from their places once the form is known.
 */
/* eslint-disable no-control-regex -- control characters are what it keeps out. */
const PLAIN_CELL =
  /<c r="[A-Z]{1,3}[1-9][0-9]{0,6}"(?: s="[0-9]{1,9}")?(?: t="(?:s|n|b|e|str)")?(?:\/>|><v>[^<>&\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]*<\/v><\/c>|><\/c>)/y;
/* eslint-enable no-control-regex */
/** A plain cell's types, by their first letter: each the one string, not a new one per cell. */
const CELL_TYPES: Readonly<Record<string, string>> = { s: "s", n: "n", b: "b", e: "e" };

/** The attributes of a `<c>` the reader reads: its address, type and style. */
const CELL_ATTRIBUTES = "rts";
const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;

/** Merged areas by the rows they cover, swept down the sheet as its rows are read in order. */
class MergeSweep {
  private readonly waiting: MergedArea[];
  private active: MergedArea[] = [];

  constructor(merges: readonly MergedArea[]) {
    this.waiting = [...merges].sort((a, b) => b.top - a.top);
  }

  /** The areas over row `r` (rows must be asked for in order). */
  over(r: number): readonly MergedArea[] {
    const { waiting } = this;
    while (waiting.length > 0 && waiting[waiting.length - 1].top <= r) this.active.push(waiting.pop()!);
    if (this.active.some((area) => area.bottom < r))
      this.active = this.active.filter((area) => area.bottom >= r);
    return this.active;
  }
}

/** Whether (r, c) lies inside one of `areas` but is not its top-left cell. */
function mergedOver(areas: readonly MergedArea[], r: number, c: number): boolean {
  for (const area of areas) {
    if (c >= area.left && c <= area.right && (r !== area.top || c !== area.left)) return true;
  }
  return false;
}

/** The rows of one worksheet, read on demand. */
export class SheetRows {
  /** Rows read so far that hold a value (or lie under a merged area), in order. */
  readonly read: ReadRow[] = [];
  private at: number;
  private last = 0;
  private readonly tag = new TagReader();
  private readonly sweep: MergeSweep;
  private readonly formulas: FormulaContext = {
    masters: new Map(),
    mergedOver: (address) => this.mergedOver(address),
  };
  private readonly cell: ReadCell = { kept: Kept.None, value: null, text: false };
  /** Where the cell {@link plainCell} read ends. */
  private plainEnd = 0;
  private readonly raw: RawCell = {
    address: "",
    type: undefined,
    style: undefined,
    text: undefined,
    runs: undefined,
    formula: undefined,
    shareType: undefined,
    shareIndex: undefined,
    shareRef: undefined,
  };

  constructor(
    private readonly source: SheetSource,
    private readonly context: CellContext,
  ) {
    this.at = source.end > source.start ? source.start : -1;
    this.sweep = new MergeSweep(source.merges);
  }

  /** Whether every row has been read. */
  get done(): boolean {
    return this.at < 0;
  }

  /** The last row number read. */
  get lastRow(): number {
    return this.last;
  }

  /** Reads rows until one numbered `number` or later is read, or the sheet ends. */
  readTo(number: number): void {
    while (this.last < number && this.at >= 0) this.next();
  }

  /** Where the rows not yet read start, or -1 when all are read. */
  get unread(): number {
    return this.at;
  }

  /**
   * Checks that the rows not read lie within Excel's sheet, as the command line's lightened copy
   * checks the part of a sheet it leaves out (src/cli/readingCopy.ts `checkRest`): the last row's
   * number, and every cell's column of three letters or more.
   */
  checkRest(): void {
    const { xml, end } = this.source;
    const from = this.at;
    if (from < 0) return;
    const last = xml.lastIndexOf("<row ", end);
    if (last >= from) {
      const r = /\sr="([0-9]+)"/.exec(xml.slice(last, xml.indexOf(">", last)))?.[1];
      if (r !== undefined && Number(r) > EXCEL_ROWS) unsupported("a row beyond Excel's sheet");
    }
    for (let at = xml.indexOf(' r="', from); at >= 0 && at < end; at = xml.indexOf(' r="', at + 4)) {
      // Only a column of three letters or more can lie beyond XFD.
      if (!isLetter(xml.charCodeAt(at + 6)) || !isLetter(xml.charCodeAt(at + 5))) continue;
      const letters = /^[A-Z]{3,}/.exec(xml.slice(at + 4, at + 12))?.[0];
      if (letters !== undefined && columnNumber(letters) > EXCEL_COLUMNS)
        unsupported("a cell beyond Excel's sheet");
    }
  }

  /** Reads the next row. */
  next(): void {
    const { xml, end } = this.source;
    const at = skipSpace(xml, this.at);
    if (at >= end) {
      if (at > end) unsupported("a row running past </sheetData>");
      this.at = -1;
      return;
    }
    PLAIN_ROW.lastIndex = at;
    if (PLAIN_ROW.test(xml)) {
      // Tested, not matched (as a plain cell is): its number runs from `<row r="` to the quote.
      const end = PLAIN_ROW.lastIndex;
      this.startRow(
        xml.slice(at + 8, xml.indexOf('"', at + 8)),
        false,
        xml.charCodeAt(end - 2) === 0x2f,
        end,
      );
      return;
    }
    if (!opens(xml, at, "row")) unsupported("something other than a row in <sheetData>");
    const { tag } = this;
    tag.read(xml, at + 4);
    const r = tag.get("r") ?? "";
    if (!/^[1-9][0-9]*$/.test(r)) unsupported("a row without its number");
    const hidden = tag.get("hidden");
    const style = tag.get("s");
    // ExcelJS looks up a styled row's style, as it does a cell's.
    if (style) this.context.styles.numberFormat(parseInt(style, 10));
    this.startRow(r, hidden === "1" || hidden === "true", tag.empty, tag.end);
  }

  /** Reads row `r` (its number as written), its cells from `from` (after its tag). */
  private startRow(r: string, hidden: boolean, empty: boolean, from: number): void {
    const number = Number(r);
    if (number <= this.last || number > EXCEL_ROWS) unsupported("a row out of order or beyond Excel's");
    this.last = number;
    this.at = this.rowCells(number, r, hidden, empty, from);
  }

  /** Reads the cells of row `number` (`r` as written) from `from` (after its open tag); where the row ends. */
  private rowCells(number: number, r: string, hidden: boolean, empty: boolean, from: number): number {
    const { xml } = this.source;
    const areas = this.sweep.over(number);
    const cells: Cell[] = [];
    let width = 0;
    let valued = false;
    let filled = false;
    let whole = true;
    let column = 0;
    let at = from;
    while (!empty) {
      at = skipSpace(xml, at);
      if (!opens(xml, at, "c")) {
        at = closeTag(xml, at, "row");
        break;
      }
      let c = this.plainCell(at, r);
      if (c > 0) at = this.plainEnd;
      else {
        at = this.readRaw(at);
        c = columnIn(this.raw.address, number);
      }
      if (c <= column) unsupported("a cell out of place");
      column = c;
      const read = this.cell;
      readCell(this.raw, this.context, this.formulas, read);
      if (!read.text && this.source.links.has(this.raw.address))
        unsupported("a link on a cell holding no text");
      if (read.kept === Kept.None) continue;
      width = c;
      if (read.kept === Kept.Value) valued = true;
      const value =
        read.kept === Kept.Value && (areas.length === 0 || !mergedOver(areas, number, c)) ? read.value : null;
      if (value !== null) filled = true;
      // Cells from column A with no hole while the gaps are narrow; a wide gap (a value far right) leaves one.
      if (whole && c - 1 - cells.length > GAP) whole = false;
      if (whole) while (cells.length < c - 1) cells.push(null);
      cells[c - 1] = value;
    }
    for (const area of areas) {
      width = Math.max(width, area.right);
      if (number > area.top || area.right > area.left) valued = true;
    }
    if (valued)
      this.read.push(new ReadRow(number, width, hidden, cells, whole && cells.length === width, filled));
    return at;
  }

  /** Whether a cell (by address) lies inside a merged area and is not its top-left cell. */
  private mergedOver(address: string): boolean {
    const r = Number(/[0-9]+$/.exec(address)?.[0]);
    const c = columnIn(address, r);
    if (c < 0) unsupported("a malformed cell address");
    return this.source.merges.some(
      (area) =>
        r >= area.top &&
        r <= area.bottom &&
        c >= area.left &&
        c <= area.right &&
        (r !== area.top || c !== area.left),
    );
  }

  /**
   * Reads the `<c>` at `at` into {@link raw} when it is written as nearly every cell is, its address,
   * style and type in that order and at most a `<v>` of plain text inside (`<c r="B7" s="3" t="s"><v>12</v></c>`):
   * its column (where it ends in {@link plainEnd}); otherwise 0, and nothing read.
   */
  private plainCell(at: number, number: string): number {
    const { xml } = this.source;
    PLAIN_CELL.lastIndex = at;
    if (!PLAIN_CELL.test(xml)) return 0;
    const end = PLAIN_CELL.lastIndex;
    // The form is known: `<c r="`, the column's letters and the row's digits up to the quote, then
    // ` s="…"` and ` t="…"` where given, then `/>`, `></c>` or `><v>…</v></c>`.
    let p = at + 6;
    while (isLetter(xml.charCodeAt(p))) p++;
    const column = columnNumber(xml, at + 6, p);
    const quote = xml.indexOf('"', p);
    if (quote - p !== number.length || !xml.startsWith(number, p)) return 0;
    const { raw } = this;
    // Its address is asked for only where a link may lie on it.
    raw.address = this.source.links.size === 0 ? "" : xml.slice(at + 6, quote);
    p = quote + 1;
    raw.style = undefined;
    if (xml.startsWith(' s="', p)) {
      let style = 0;
      for (p += 4; xml.charCodeAt(p) !== 0x22; p++) style = style * 10 + xml.charCodeAt(p) - 0x30;
      raw.style = style;
      p++;
    }
    raw.type = undefined;
    if (xml.startsWith(' t="', p)) {
      raw.type = xml.charCodeAt(p + 5) === 0x22 ? CELL_TYPES[xml[p + 4]] : "str";
      p = xml.indexOf('"', p + 4) + 1;
    }
    // The text of `<v>…</v></c>` (8 characters after it); none for `/>` and `></c>`.
    const text = xml.startsWith("><v>", p) ? xml.slice(p + 4, end - 8) : "";
    raw.text = text === "" ? undefined : text;
    raw.runs = raw.formula = raw.shareType = raw.shareIndex = raw.shareRef = undefined;
    this.plainEnd = end;
    return column;
  }

  /**
   * Reads one `<c>` from `at` into {@link raw}; where it ends. Its attributes and its `<v>`, nearly all a
   * sheet's cells hold, are read in place; a formula or an inline string by the elements' readers.
   */
  private readRaw(at: number): number {
    const { xml } = this.source;
    const { raw } = this;
    raw.address = "";
    raw.type = raw.style = raw.text = raw.runs = undefined;
    raw.formula = raw.shareType = raw.shareIndex = raw.shareRef = undefined;
    let i = this.cellAttributes(at + 2);
    if (i < 0) return -i;
    let formulas = 0;
    for (;;) {
      i = skipSpace(xml, i);
      if (xml.charCodeAt(i) !== 0x3c) unsupported("text in <c>");
      const next = xml.charCodeAt(i + 1);
      if (next === 0x76 && xml.charCodeAt(i + 2) === 0x3e) {
        // "<v>" and its text: no tag to read.
        const lt = xml.indexOf("<", i + 3);
        if (lt > i + 3) this.addText(xmlText(xml, i + 3, lt));
        i = xml.startsWith("</v>", lt) ? lt + 4 : closeTag(xml, lt, "v");
      } else if (next === 0x2f) return closeTag(xml, i, "c");
      else if (opens(xml, i, "v")) i = this.readValue(i);
      else if (opens(xml, i, "f")) {
        if (++formulas > 1) unsupported("two formulas in a cell");
        i = this.readFormula(i);
      } else if (opens(xml, i, "is")) i = this.readInline(i);
      else unsupported("something unexpected in <c>");
    }
  }

  /**
   * Reads a `<c>` tag's attributes from `at` (after its name) into {@link raw}: where its content starts,
   * or, for a tag that closes itself, minus where it ends.
   */
  private cellAttributes(at: number): number {
    const { xml } = this.source;
    const { raw } = this;
    let seen = 0;
    let others: string[] | undefined;
    for (let i = at; ;) {
      let code = xml.charCodeAt(i);
      if (code === 0x3e) return i + 1;
      if (code === 0x2f && xml.charCodeAt(i + 1) === 0x3e) return -(i + 2);
      if (!isSpace(code)) unsupported("a malformed tag");
      i = skipSpace(xml, i);
      code = xml.charCodeAt(i);
      if (code === 0x3e || code === 0x2f) continue;
      const stop = nameEnd(xml, i);
      let q = skipSpace(xml, stop);
      if (stop === i || xml.charCodeAt(q) !== 0x3d) unsupported("a malformed attribute");
      q = skipSpace(xml, q + 1);
      const quote = xml.charCodeAt(q);
      const close = quote === 0x22 || quote === 0x27 ? xml.indexOf(quote === 0x22 ? '"' : "'", q + 1) : -1;
      if (close < 0) unsupported("a malformed attribute");
      // r, t and s, one letter long, are told by that letter; others are kept only to find a second.
      const bit = stop - i === 1 ? CELL_ATTRIBUTES.indexOf(xml[i]) + 1 : 0;
      if (bit === 0) {
        const name = xml.slice(i, stop);
        if (others?.includes(name)) unsupported("a duplicate attribute");
        (others ??= []).push(name);
      } else {
        if (seen & (1 << bit)) unsupported("a duplicate attribute");
        seen |= 1 << bit;
        const value = xmlText(xml, q + 1, close, true);
        if (bit === 1) raw.address = value;
        else if (bit === 2) raw.type = value;
        else raw.style = value ? parseInt(value, 10) : undefined;
      }
      i = close + 1;
    }
  }

  private addText(text: string): void {
    // ExcelJS joins a cell's texts; an empty one adds nothing.
    if (text !== "") this.raw.text = this.raw.text === undefined ? text : this.raw.text + text;
  }

  private readValue(at: number): number {
    const { xml } = this.source;
    this.tag.read(xml, at + 2);
    if (this.tag.empty) return this.tag.end;
    const [text, end] = elementText(xml, this.tag.end, "v");
    this.addText(text);
    return end;
  }

  private readFormula(at: number): number {
    const { xml } = this.source;
    const { tag, raw } = this;
    tag.read(xml, at + 2);
    raw.shareType = tag.get("t");
    raw.shareIndex = tag.get("si");
    raw.shareRef = tag.get("ref");
    if (tag.empty) return tag.end;
    const [text, end] = elementText(xml, tag.end, "f");
    if (text !== "") raw.formula = text;
    return end;
  }

  /** An inline string: plain `<t>` texts join the cell's text (undecoded, as ExcelJS reads them), runs make a rich text. */
  private readInline(at: number): number {
    const { raw } = this;
    const [inline, end] = parseElementAt(this.source.xml, at);
    for (const child of elements(inline)) {
      if (child.name === "t") {
        if (elements(child).length > 0) unsupported("markup inside a text");
        for (const text of child.children) this.addText(text as string);
      } else if (child.name === "r") (raw.runs ??= []).push(richRun(child));
      else if (child.name !== "phoneticPr") unsupported(`<${child.name}> in an inline string`);
    }
    return end;
  }
}
