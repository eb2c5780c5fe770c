/**
 * A lighter copy of an .xlsx file for reading only (spec §4.1, "cost follows the plan"). ExcelJS makes an
 * object for every row and cell it reads, styled or empty, and for every cell of a merged area, so a
 * 100,000-row ledger beside a 16-row plan, a merged area down to row 1,048,576 or a million rows of
 * custom height cost seconds and hundreds of megabytes that the plan never needed. Here a costly
 * sheet's XML is cut before ExcelJS sees it:
 *
 * - to its first rows (the 20 a header is looked for in, and one more; its tables' header rows too),
 *   with its merged areas clipped to them, when it is looked at only to know whether it holds a plan;
 * - to the rows and cells that hold a value, its merged areas clipped to its last row holding a value,
 *   without its drop-down lists and conditional formats, when it may hold the plan.
 *
 * When the shared strings are many, the strings the copy's cells use are written into the cells
 * (as Excel's inline strings, which ExcelJS reads the same) and the rest are left out.
 *
 * Nothing the plan is read from changes: cell values, formulas, number formats, tables, merged areas
 * over the rows kept, and the sheets' names, order and visibility are the file's. A sheet whose XML
 * this does not recognise (a namespace prefix) is left whole. The copy is never written anywhere:
 * `--write` reads the whole file.
 */
import { columnLetter, columnNumber, readArea } from "../core";
import { EXCEL_COLUMNS, EXCEL_ROWS } from "../hosts/exceljs/limits";
import { InputProblem } from "../hosts/exceljs/problem";
import { type ZipPart, partData, writeZip } from "./zip";

/**
 * What a sheet may cost ExcelJS before it is cut: cells (merged cells too), or XML bytes (a row element
 * is some 40). A plan of a few thousand rows stays whole; it is cheap to read as it is.
 */
const LIGHT_CELLS = 50_000;
const LIGHT_BYTES = 2_000_000;
/** Shared strings above this many bytes are written into the copy's cells instead. */
const LIGHT_STRINGS = 500_000;

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
const SHARED_STRINGS = "xl/sharedStrings.xml";

/** One worksheet part, with what is known of it before ExcelJS reads anything. */
export interface SheetPart {
  /** The part's name in the zip ("xl/worksheets/sheet2.xml"). */
  readonly part: string;
  /** The sheet's name in the workbook, when workbook.xml names it. */
  readonly sheet?: string;
  readonly data: Buffer;
  /** It costs ExcelJS more than a plan needs: read it as far as needed. */
  readonly costly: boolean;
  /** The top rows of its tables. */
  readonly tableTops: readonly number[];
}

/** The file's parts unpacked, by name (what classify unpacked), the cells of each sheet and its tags. */
export interface Unpacked {
  readonly data: ReadonlyMap<string, Buffer>;
  readonly cells: ReadonlyMap<string, number>;
  readonly latin1: ReadonlyMap<string, string>;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name: string) => {
    if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? "";
    const code =
      name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

const ATTRIBUTES = new Map<string, RegExp>();

/** An attribute's value in a tag's text (its name exactly, after a space or at the start). */
function attribute(tag: string, name: string): string | undefined {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}="([^"]*)"`);
    ATTRIBUTES.set(name, pattern);
  }
  return pattern.exec(tag)?.[1];
}

function resolve(folder: string, target: string): string {
  const parts = folder.split("/").filter(Boolean);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

/** The parts a relationship file points to, by id: `Target`s resolved against the part's folder. */
function relationships(
  xml: string | undefined,
  folder: string,
): Map<string, { target: string; type: string }> {
  const found = new Map<string, { target: string; type: string }>();
  for (const [tag] of (xml ?? "").matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(tag, "Id");
    const target = attribute(tag, "Target");
    if (id === undefined || target === undefined) continue;
    const path = target.startsWith("/") ? target.slice(1) : resolve(folder, target);
    found.set(id, { target: path, type: attribute(tag, "Type") ?? "" });
  }
  return found;
}

/** Whether a worksheet part (by name) costs more than a plan does: it is read only as far as the plan needs. */
export function isCostly(unpacked: Unpacked, name: string): boolean {
  return (
    (unpacked.cells.get(name) ?? 0) > LIGHT_CELLS || (unpacked.data.get(name)?.length ?? 0) > LIGHT_BYTES
  );
}

/** Whether any worksheet part costs ExcelJS more than a plan does (before anything else is looked at). */
export function anyCostly(unpacked: Unpacked): boolean {
  for (const name of unpacked.cells.keys()) if (isCostly(unpacked, name)) return true;
  return false;
}

/** Every worksheet part of the workbook, named by its sheet, with whether it is costly and its tables' top rows. */
export function sheetParts(bytes: Buffer, parts: readonly ZipPart[], unpacked: Unpacked): SheetPart[] {
  const byName = new Map(parts.map((part) => [part.name, part]));
  const data = (name: string): Buffer | undefined => {
    const part = byName.get(name);
    return unpacked.data.get(name) ?? (part ? partData(bytes, part) : undefined);
  };
  const text = (name: string) => data(name)?.toString("utf8");
  const workbookRels = relationships(text("xl/_rels/workbook.xml.rels"), "xl");
  const names = new Map<string, string>();
  for (const [tag] of (text("xl/workbook.xml") ?? "").matchAll(/<sheet\b[^>]*>/g)) {
    const id = attribute(tag, "r:id");
    const name = attribute(tag, "name");
    const target = id === undefined ? undefined : workbookRels.get(id)?.target;
    if (target !== undefined && name !== undefined) names.set(target, unescapeXml(name));
  }
  return parts
    .filter((part) => WORKSHEET.test(part.name))
    .map((part) => {
      const own = data(part.name) ?? Buffer.alloc(0);
      const folder = part.name.slice(0, part.name.lastIndexOf("/"));
      const file = part.name.slice(part.name.lastIndexOf("/") + 1);
      const rels = relationships(text(`${folder}/_rels/${file}.rels`), folder);
      const tableTops: number[] = [];
      for (const { target, type } of rels.values()) {
        if (!type.endsWith("/table")) continue;
        const ref = attribute(/<table\b[^>]*>/.exec(text(target) ?? "")?.[0] ?? "", "ref");
        const area = ref === undefined ? undefined : readArea(ref);
        if (area) tableTops.push(area.top);
      }
      const sheet = names.get(part.name);
      const costly = isCostly(unpacked, part.name);
      return { part: part.name, ...(sheet === undefined ? {} : { sheet }), data: own, costly, tableTops };
    });
}

/** Counts `needle` in `data` without making a string of it. */
function countOf(data: Buffer, needle: string): number {
  const bytes = Buffer.from(needle);
  let count = 0;
  for (let at = data.indexOf(bytes); at >= 0; at = data.indexOf(bytes, at + bytes.length)) count++;
  return count;
}

/**
 * Whether a sheet's rows and cells mostly hold values: a long plan, whose XML reads as it is. Cutting
 * it would save ExcelJS nothing and cost a pass over every cell; a sheet of styled empty cells, empty
 * rows of a custom height or a merged area down the sheet is another matter.
 */
export function mostlyValues(part: SheetPart, cells: number): boolean {
  const { data } = part;
  const valued = countOf(data, "</v>") + countOf(data, "</is>") + countOf(data, "<f");
  return valued * 2 >= cells + countOf(data, "<row");
}

/**
 * The shared strings' `<si>` contents, by index, phonetic guides left out (what an inline `<is>` holds):
 * read from the start only as far as the highest index asked for, so the plan's strings, which come
 * first when the plan's sheet does, cost no pass over a ledger's.
 */
export class SharedStrings {
  private readonly found: string[] = [];
  private at = 0;

  constructor(private readonly xml: string) {}

  get(index: number): string | undefined {
    while (this.found.length <= index && this.at >= 0) this.next();
    return this.found[index];
  }

  private next(): void {
    const start = this.xml.indexOf("<si", this.at);
    if (start < 0) {
      this.at = -1;
      return;
    }
    const open = this.xml.indexOf(">", start);
    const after = this.xml[start + 3];
    // "<si>", "<si …>" or "<si/>", not "<sid…".
    if (open < 0 || (after !== ">" && after !== "/" && after !== " ")) {
      this.at = open < 0 ? -1 : open + 1;
      return;
    }
    if (this.xml[open - 1] === "/") {
      this.found.push("");
      this.at = open + 1;
      return;
    }
    const close = this.xml.indexOf("</si>", open);
    if (close < 0) {
      this.at = -1;
      return;
    }
    const inner = this.xml.slice(open + 1, close);
    this.found.push(
      inner.includes("<rPh") || inner.includes("<phoneticPr") ? withoutPhonetics(inner) : inner,
    );
    this.at = close + 5;
  }
}

function withoutPhonetics(inner: string): string {
  return inner.replace(/<rPh\b[\s\S]*?<\/rPh>|<phoneticPr\b[^>]*\/>/g, "");
}

/** Whether the shared strings are worth leaving out of a copy. */
export function manyStrings(unpacked: Unpacked): boolean {
  return (unpacked.data.get(SHARED_STRINGS)?.length ?? 0) > LIGHT_STRINGS;
}

/** A cell's column letters, from its attributes. */
const COLUMN = /(?:^|\s)r="([A-Z]+)\d/;
/** A `<c>` element, with its content when it has any. */
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;

/**
 * Shared strings to write into the cells that use them; `missed` is set when a cell still needs the
 * shared-string table (a formula's, or an index it does not hold), which must then be kept.
 */
export interface Inline {
  readonly strings: SharedStrings;
  missed: boolean;
}

/** A cell holding a value, a formula or an inline string, its shared string written into it when inlining. */
function keptCell(
  whole: string,
  attributes: string,
  inner: string | undefined,
  inline?: Inline,
): string | undefined {
  if (inner === undefined || !inner.includes("<")) return undefined;
  if (inline === undefined || attribute(attributes, "t") !== "s") return whole;
  const index = /^\s*<v>\s*(\d+)\s*<\/v>\s*$/.exec(inner)?.[1];
  const text = index === undefined ? undefined : inline.strings.get(Number(index));
  if (text === undefined) {
    inline.missed = true;
    return whole;
  }
  return `<c${attributes.replace(/(^|\s)t="s"/, '$1t="inlineStr"')}><is>${text}</is></c>`;
}

function firstColumn(inner: string | undefined): number {
  const letters = /<c\b[^>]*?\sr="([A-Z]+)\d+"/.exec(inner ?? "")?.[1];
  return letters === undefined ? 1 : columnNumber(letters);
}

/** Where the first `<row>` numbered above `limit` starts in a sheet's bytes, or -1. */
function rowAfter(data: Buffer, from: number, end: number, limit: number): number {
  let sequence = 0;
  for (let at = data.indexOf("<row", from); at >= 0 && at < end; at = data.indexOf("<row", at + 4)) {
    const next = data[at + 4];
    // "<row " or "<row>", not "<rows…".
    if (next !== 0x20 && next !== 0x3e && next !== 0x09 && next !== 0x0a && next !== 0x0d && next !== 0x2f)
      continue;
    const tag = data.toString("latin1", at, Math.min(end, data.indexOf(">", at) + 1));
    sequence = Number(attribute(tag.slice(4), "r") ?? sequence + 1);
    if (sequence > limit) return at;
  }
  return -1;
}

/**
 * The part of a sheet not read after a cut at its head: a row or a cell beyond Excel's sheet is still a
 * damaged file (spec §4.1), told from the last row's number and any column of three letters. `tags` is
 * the sheet's bytes as Latin-1 text (classify made it), so nothing is decoded again.
 */
function checkRest(tags: string, from: number, end: number, file: string, sheet: string): void {
  const last = tags.lastIndexOf("<row ", end);
  if (last >= from) {
    const close = tags.indexOf("</row>", last);
    const text = tags.slice(last, close < 0 || close > end ? end : close);
    const r = Number(attribute(text.slice(4, text.indexOf(">")), "r") ?? 0);
    if (r > EXCEL_ROWS)
      throw new InputProblem({ kind: "beyond-excel", file, sheet, row: r, column: firstColumn(text) });
  }
  const wide = /<c\b[^>]*?\sr="([A-Z]{3,})(\d+)"/g;
  wide.lastIndex = from;
  for (let match = wide.exec(tags); match && match.index < end; match = wide.exec(tags)) {
    const column = columnNumber(match[1]);
    if (column > EXCEL_COLUMNS) {
      throw new InputProblem({ kind: "beyond-excel", file, sheet, row: Number(match[2]), column });
    }
  }
}

/**
 * A sheet's XML cut for reading: its rows up to `rowLimit` (all when undefined) that hold a value,
 * each with only its cells holding one (shared strings written into them with `inline`);
 * its merged areas clipped to the last row kept; its tables kept; its drop-down lists, conditional
 * formats, hyperlinks, drawings and extensions left out. Undefined when the XML is not of the shape
 * this knows (it is then read whole). A row beyond Excel's last, or a cell beyond its last column, is
 * an {@link InputProblem}, as it is when ExcelJS reads it.
 */
export function lightenSheet(
  data: Buffer,
  rowLimit: number | undefined,
  where: { readonly file: string; readonly sheet: string; readonly tags?: string },
  inline?: Inline,
): string | undefined {
  const { file, sheet } = where;
  const dataEnd = data.lastIndexOf("</sheetData>");
  const start = data.indexOf("<sheetData");
  if (start < 0 || dataEnd < start) return undefined;
  const cut = rowLimit === undefined ? -1 : rowAfter(data, start, dataEnd, rowLimit);
  const head = data.toString("utf8", 0, cut < 0 ? dataEnd : cut);
  if (/<\w+:(?:worksheet|sheetData)\b/.test(head)) return undefined;
  const open = /<sheetData\b[^>]*?>/.exec(head);
  if (!open || open[0].endsWith("/>")) return undefined;
  const rows: string[] = [];
  let sequence = 0;
  let last = 0;
  ROW.lastIndex = open.index + open[0].length;
  for (let match = ROW.exec(head); match; match = ROW.exec(head)) {
    const [, attributes, inner] = match;
    const r = Number(attribute(attributes, "r") ?? sequence + 1);
    sequence = r;
    if (r > EXCEL_ROWS) {
      throw new InputProblem({ kind: "beyond-excel", file, sheet, row: r, column: firstColumn(inner) });
    }
    if (inner === undefined) continue;
    const cells: string[] = [];
    let same = true;
    for (const [whole, cellAttributes, content] of inner.matchAll(CELL)) {
      const kept = keptCell(whole, cellAttributes, content, inline);
      same &&= kept === whole;
      if (kept === undefined) continue;
      const column = COLUMN.exec(cellAttributes)?.[1];
      if (column !== undefined && column.length >= 3 && columnNumber(column) > EXCEL_COLUMNS) {
        throw new InputProblem({ kind: "beyond-excel", file, sheet, row: r, column: columnNumber(column) });
      }
      cells.push(kept);
    }
    if (cells.length === 0) continue;
    // A row whose every cell is kept as it is stays as written.
    rows.push(same ? match[0] : `<row${attributes}>${cells.join("")}</row>`);
    last = r;
  }
  if (cut >= 0) checkRest(where.tags ?? data.toString("latin1"), cut, dataEnd, file, sheet);
  const bottom = rowLimit ?? last;
  const tail = data.toString("utf8", dataEnd);
  const merges: string[] = [];
  for (const [, ref] of tail.matchAll(/<mergeCell\b[^>]*\bref="([^"]*)"/g)) {
    const area = readArea(ref);
    if (!area || area.top > bottom) continue;
    merges.push(
      `<mergeCell ref="${columnLetter(area.left)}${area.top}:${columnLetter(area.right)}${Math.min(area.bottom, bottom)}"/>`,
    );
  }
  const tables = /<tableParts\b[^>]*\/>|<tableParts\b[\s\S]*?<\/tableParts>/.exec(tail)?.[0] ?? "";
  return (
    head.slice(0, open.index + open[0].length) +
    rows.join("") +
    "</sheetData>" +
    (merges.length === 0 ? "" : `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>`) +
    tables +
    "</worksheet>"
  );
}

/** An empty shared-string table, for a copy whose cells hold their strings themselves. */
export const NO_SHARED_STRINGS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>';

/**
 * Parts ExcelJS 4.4 reads only to write them back (lib/xlsx/xlsx.js `load` and `reconcile`): the
 * theme, kept as text for writing; docProps/app.xml's company and manager; _rels/.rels, which
 * reconcile drops; [Content_Types].xml, which load never reads. Each still costs ExcelJS a JSZip
 * entry and a stream: measured on a sample-sized workbook, a load takes some 40% less without them.
 */
const WRITTEN_BACK_ONLY =
  /^(?:\[Content_Types\]\.xml|_rels\/\.rels|docProps\/app\.xml|xl\/theme\/[^/]+\.xml)$/;

/**
 * The workbook's bytes with some parts replaced (`replaced`, by part name): a zip of stored parts,
 * which ExcelJS unpacks at once. `readOnly`: a copy only read, never written back, without the
 * parts ExcelJS keeps only for writing.
 */
export function withParts(
  bytes: Buffer,
  parts: readonly ZipPart[],
  unpacked: Unpacked,
  replaced: ReadonlyMap<string, string>,
  readOnly = false,
): Buffer {
  return writeZip(
    parts
      .filter((part) => !part.name.endsWith("/") && !(readOnly && WRITTEN_BACK_ONLY.test(part.name)))
      .map((part) => {
        const text = replaced.get(part.name);
        const data =
          text === undefined
            ? (unpacked.data.get(part.name) ?? partData(bytes, part))
            : Buffer.from(text, "utf8");
        return { name: part.name, data };
      }),
    { stored: true },
  );
}

export { SHARED_STRINGS };
