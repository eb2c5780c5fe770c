/**
 * The plain reader: an .xlsx file's unpacked parts → its sheets and tables as the grids read them
 * (places.ts), without ExcelJS, reading only what the plan is looked for in: the workbook's sheets,
 * their rows as far as asked for, merged areas, links and tables, the shared strings, the number
 * formats and the date system. It reads them exactly as the command line's ExcelJS path does (ExcelJS
 * 4.4 and src/hosts/exceljs/cellValue.ts), and where a file holds anything it does not read so, or
 * anything ExcelJS would fail on, it throws {@link Unsupported}: the file is then read by ExcelJS.
 *
 * Bytes in, no Node API: the zip is unpacked by each platform (src/cli/zip.ts on the command line).
 */
import type { CellContext } from "./cells";
import type { SheetsBook } from "./places";
import { SharedStrings, textPieces } from "./sharedStrings";
import { readStyles } from "./styles";
import { type TablePart, readTable } from "./tables";
import {
  type SheetEntry,
  readKeywords,
  readRelationships,
  readWorkbookPart,
  readablePrintArea,
} from "./workbook";
import { type WorksheetLinks, XlsxSheet, readWorksheet } from "./worksheet";
import { readPartOnce, unsupported } from "./xml";

export { Unsupported } from "./xml";

/** The workbook's own parts, its relationships, styles and tables, each read once per text. */
const workbookPartOnce = readPartOnce(readWorkbookPart);
const relationshipsOf = readPartOnce(readRelationships);
const stylesOf = readPartOnce(readStyles);
const tableOnce = readPartOnce(readTable);

/** One part of the file, unpacked. */
export interface XlsxPart {
  readonly name: string;
  readonly data: Uint8Array;
}

export interface XlsxReadOptions {
  /**
   * Worksheet parts (by name) whose rows are read only as far as asked for; the rest of them is only
   * checked to lie within Excel's sheet. Others are read whole when the book is settled.
   */
  readonly lazy?: (part: string) => boolean;
  /** The shared strings are read only as far as asked for; otherwise all of them when the book is settled. */
  readonly lazyStrings?: boolean;
  /** Decodes a part's UTF-8 (a platform may have a faster way than TextDecoder, as Node's Buffer has). */
  readonly decode?: (data: Uint8Array, name: string) => string;
}

/** A workbook read by the plain reader. */
export class XlsxBook implements SheetsBook {
  readonly format = "xlsx";

  constructor(
    readonly file: string,
    readonly keywords: string | undefined,
    private readonly list: readonly XlsxSheet[],
    private readonly settleStrings: () => void,
  ) {}

  sheets(): readonly XlsxSheet[] {
    return this.list;
  }

  /** Ends the reading (see XlsxSheet.settle): what is left unread is checked as ExcelJS's path checks it. */
  settle(): void {
    for (const sheet of this.list) sheet.settle();
    this.settleStrings();
  }
}

/**
 * Parts ExcelJS reads by a pattern that need not match the whole name (lib/xlsx/xlsx.js `load`), each
 * with the one form the plain reader takes: "xl/worksheets/sheet1.xml" and not "a/xl/worksheets/sheet1.xml.bak".
 */
const PART_FORMS: readonly (readonly [RegExp, RegExp])[] = [
  [/xl\/worksheets\/sheet(\d+)[.]xml/, /^xl\/worksheets\/sheet\d+\.xml$/],
  [/xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/, /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/],
  [/xl\/drawings\/([a-zA-Z0-9]+)[.]xml/, /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/],
  [/xl\/(comments\d+)[.]xml/, /^xl\/comments\d+\.xml$/],
  [/xl\/tables\/(table\d+)[.]xml/, /^xl\/tables\/table\d+\.xml$/],
  [/xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/, /^xl\/drawings\/_rels\/[a-zA-Z0-9]+\.xml\.rels$/],
  [/xl\/drawings\/(vmlDrawing\d+)[.]vml/, /^xl\/drawings\/vmlDrawing\d+\.vml$/],
];

/** The parts by name, each named in one of the forms ExcelJS and this reader read alike. */
function partsByName(parts: readonly XlsxPart[]): Map<string, Uint8Array> {
  const byName = new Map<string, Uint8Array>();
  for (const { name, data } of parts) {
    if (name.endsWith("/")) continue;
    if (byName.has(name)) unsupported("two parts of one name");
    if (PART_FORMS.some(([loose, exact]) => loose.test(name) && !exact.test(name)))
      unsupported("a part named oddly");
    byName.set(name, data);
  }
  return byName;
}

/** A part's text decoded as ExcelJS decodes it (UTF-8); one that is not UTF-8 is left to ExcelJS. */
function decoded(text: string): string {
  if (text.indexOf("\uFFFD") >= 0) unsupported("a part that is not UTF-8");
  return text;
}

/** Decodes parts as ExcelJS does (UTF-8, a byte-order mark dropped). */
function texts(
  byName: ReadonlyMap<string, Uint8Array>,
  decode: (data: Uint8Array, name: string) => string,
): (name: string) => string | undefined {
  return (name) => {
    const data = byName.get(name);
    if (data === undefined) return undefined;
    const text = decoded(decode(data, name));
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  };
}

/** ExcelJS's rules for a worksheet's name (lib/doc/worksheet.js `set name`): it fails on any other. */
function checkSheetName(name: string, taken: Set<string>): void {
  if (name === "" || name === "History" || name.length > 31 || /[*?:/\\[\]]|^'|'$/.test(name)) {
    unsupported("a sheet name ExcelJS refuses");
  }
  const key = name.toLowerCase();
  if (taken.has(key)) unsupported("two sheets of one name");
  taken.add(key);
}

/** What the worksheets' relationships may lead to, keyed as ExcelJS keys them. */
function linkTargets(names: readonly string[], text: (name: string) => string | undefined) {
  const tables = new Map<string, TablePart>();
  const comments = new Set<string>();
  const notesDrawings = new Set<string>();
  const drawings = new Set<string>();
  for (const name of names) {
    const table = /^xl\/tables\/(table\d+)\.xml$/.exec(name)?.[1];
    // ExcelJS reads every table part, referred to or not, and fails on one it cannot read.
    if (table !== undefined) tables.set(`../tables/${table}.xml`, tableOnce(text(name)!));
    const note = /^xl\/(comments\d+)\.xml$/.exec(name)?.[1];
    if (note !== undefined) comments.add(`../${note}.xml`);
    const shapes = /^xl\/drawings\/(vmlDrawing\d+)\.vml$/.exec(name)?.[1];
    if (shapes !== undefined) notesDrawings.add(`../drawings/${shapes}.vml`);
    const drawing = /^xl\/drawings\/([a-zA-Z0-9]+)\.xml$/.exec(name)?.[1];
    if (drawing !== undefined) drawings.add(drawing);
  }
  return { tables, comments, notesDrawings, drawings };
}

/** The worksheet part each listed sheet leads to, as ExcelJS finds it; every worksheet part must be one's. */
function sheetParts(
  sheets: readonly SheetEntry[],
  relationships: ReturnType<typeof readRelationships>,
  names: readonly string[],
): { sheet: SheetEntry; part: string }[] {
  const worksheets = new Set(names.filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name)));
  const found: { sheet: SheetEntry; part: string }[] = [];
  for (const sheet of sheets) {
    const relationship = relationships.get(sheet.relationship ?? "");
    if (!relationship) continue;
    const target = relationship.target ?? unsupported("a sheet's relationship without a target");
    const part = `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`;
    // A chart sheet, or a part that is not there: ExcelJS leaves the sheet out.
    if (!worksheets.has(part)) continue;
    if (found.some((other) => other.part === part)) unsupported("two sheets of one part");
    found.push({ sheet, part });
  }
  if (found.length !== worksheets.size) unsupported("a worksheet part no sheet lists");
  if (found.length === 0) unsupported("no worksheet");
  return found;
}

/** Reads a workbook's parts; anything read otherwise than by the ExcelJS path is {@link Unsupported}. */
export function readXlsx(file: string, parts: readonly XlsxPart[], options: XlsxReadOptions = {}): XlsxBook {
  const byName = partsByName(parts);
  const names = [...byName.keys()];
  const decoder = new TextDecoder("utf-8");
  const decode = options.decode ?? ((data: Uint8Array) => decoder.decode(data));
  const text = texts(byName, decode);
  // The shared strings a piece at a time (a byte-order mark dropped from the first).
  const pieces = (name: string) => {
    let first = true;
    const next = textPieces(byName.get(name)!, (bytes) => decoded(decode(bytes, name)));
    return () => {
      const piece = next();
      if (!first || piece === undefined) return piece;
      first = false;
      return piece.charCodeAt(0) === 0xfeff ? piece.slice(1) : piece;
    };
  };
  const workbook = workbookPartOnce(text("xl/workbook.xml") ?? unsupported("no workbook part"));
  const ids = workbook.sheets.map((sheet) => sheet.id);
  if (new Set(ids).size < ids.length) unsupported("two sheets of one id");
  const found = sheetParts(workbook.sheets, relationshipsOf(text("xl/_rels/workbook.xml.rels")), names);
  for (const [index, area] of workbook.printAreas) {
    if (index >= 0 && index < found.length && !readablePrintArea(area))
      unsupported("a print area ExcelJS fails on");
  }
  let table: SharedStrings | undefined;
  const stringTable = () => (table ??= new SharedStrings(pieces("xl/sharedStrings.xml")));
  const strings = byName.has("xl/sharedStrings.xml")
    ? { get: (index: number) => stringTable().get(index) }
    : undefined;
  const settleStrings = () => {
    if (strings && !options.lazyStrings) stringTable().readAll();
  };
  const context: CellContext = {
    strings,
    // A workbook without a styles part is read as before (no number formats), not left to ExcelJS.
    styles: stylesOf(text("xl/styles.xml")),
    date1904: workbook.date1904,
  };
  const keywords = readKeywords(text("docProps/core.xml"));
  const targets = linkTargets(names, text);
  const taken = new Set<string>();
  const sheets = found.map(({ sheet, part }) => {
    checkSheetName(sheet.name, taken);
    const number = /(\d+)\.xml$/.exec(part)![1];
    const links: WorksheetLinks = {
      relationships: relationshipsOf(text(`xl/worksheets/_rels/sheet${number}.xml.rels`)),
      ...targets,
    };
    const hidden = sheet.state !== undefined && sheet.state !== "" && sheet.state !== "visible";
    const entry = { name: sheet.name, hidden, xml: text(part)! };
    return readWorksheet(entry, links, context, options.lazy?.(part) ?? false);
  });
  return new XlsxBook(file, keywords, sheets, settleStrings);
}
