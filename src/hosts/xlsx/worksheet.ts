/**
 * One worksheet part as the grids read it (places.ts `SheetCells`): its rows read on demand
 * (sheetRows.ts), its merged areas, links and tables read with it, each looked up as ExcelJS 4.4 looks
 * it up (lib/xlsx/xform/sheet/worksheet-xform.js `reconcile`), so that a part ExcelJS could not load is
 * {@link Unsupported} here too.
 */
import { type Grid, type MergedArea, columnNumber, readArea } from "../../core";
import type { CellContext } from "./cells";
import { EXCEL_COLUMNS, EXCEL_ROWS } from "./extent";
import { type SheetCells, type SheetRow, type TableArea, showsColumnNames } from "./places";
import { type ReadRow, SheetRows } from "./sheetRows";
import type { TablePart } from "./tables";
import type { Relationship } from "./workbook";
import { type XmlElement, descendants, elements, parseXml, unsupported } from "./xml";

const COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const VML_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing";

/** The elements ExcelJS's worksheet reader takes up wherever they stand outside one it reads. */
const WORKSHEET_PARTS = new Set([
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "autoFilter",
  "mergeCells",
  "rowBreaks",
  "hyperlinks",
  "pageMargins",
  "dataValidations",
  "pageSetup",
  "headerFooter",
  "printOptions",
  "picture",
  "drawing",
  "sheetProtection",
  "tableParts",
  "conditionalFormatting",
  "extLst",
]);

/** What a worksheet's relationships lead to, by target as ExcelJS keys them. */
export interface WorksheetLinks {
  readonly relationships: ReadonlyMap<string, Relationship>;
  /** Tables by "../tables/tableN.xml". */
  readonly tables: ReadonlyMap<string, TablePart>;
  /** Notes by "../commentsN.xml", and their drawings by "../drawings/vmlDrawingN.vml". */
  readonly comments: ReadonlySet<string>;
  readonly notesDrawings: ReadonlySet<string>;
  /** Drawings by name ("drawing1"). */
  readonly drawings: ReadonlySet<string>;
}

/** A worksheet as listed in the workbook. */
export interface WorksheetEntry {
  readonly name: string;
  readonly hidden: boolean;
  readonly xml: string;
}

const MERGE = /^([A-Z]{1,3})([1-9][0-9]*):([A-Z]{1,3})([1-9][0-9]*)$/;

/** The merged areas, each within Excel's sheet and none overlapping another (ExcelJS refuses both). */
function mergedAreas(list: XmlElement | undefined): MergedArea[] {
  const areas = (list ? elements(list) : [])
    .filter((child) => child.name === "mergeCell")
    .map((child): MergedArea => {
      const [, l, t, r, b] =
        MERGE.exec(child.attributes.ref ?? "") ?? unsupported("a merged area of another form");
      const [left, right] = [columnNumber(l), columnNumber(r)].sort((x, y) => x - y);
      const [top, bottom] = [Number(t), Number(b)].sort((x, y) => x - y);
      if (right > EXCEL_COLUMNS || bottom > EXCEL_ROWS) unsupported("a merged area beyond Excel's sheet");
      return { top, left, bottom, right };
    });
  const byTop = [...areas].sort((a, b) => a.top - b.top);
  for (let i = 0; i < byTop.length; i++) {
    for (let j = i + 1; j < byTop.length && byTop[j].top <= byTop[i].bottom; j++) {
      if (byTop[j].left <= byTop[i].right && byTop[j].right >= byTop[i].left)
        unsupported("overlapping merged areas");
    }
  }
  return areas;
}

function onlyChild(root: XmlElement, name: string): XmlElement | undefined {
  const found = elements(root).filter((child) => child.name === name);
  if (found.length > 1) unsupported(`two <${name}> in a worksheet`);
  return found[0];
}

/** The relationship an element names by its r:id, which ExcelJS needs to find. */
function related(links: WorksheetLinks, element: XmlElement): Relationship {
  return links.relationships.get(element.attributes["r:id"] ?? "") ?? unsupported("a relationship not found");
}

/** The cells links lie on, as ExcelJS reads them (a link with a target of its own). */
function linkedCells(list: XmlElement | undefined, links: WorksheetLinks): Set<string> {
  const cells = new Set<string>();
  for (const link of list ? elements(list) : []) {
    if (link.name !== "hyperlink" || link.attributes["r:id"] === undefined) continue;
    // ExcelJS keys a link by its `ref`; one without lies on no cell.
    const ref = link.attributes.ref;
    if (related(links, link).target && ref !== undefined) cells.add(ref);
  }
  return cells;
}

/** The worksheet's tables, found as ExcelJS finds them. */
function tableParts(list: XmlElement | undefined, links: WorksheetLinks): TablePart[] {
  const tables = (list ? elements(list) : [])
    .filter((child) => child.name === "tablePart")
    .map(
      (part) => links.tables.get(related(links, part).target ?? "") ?? unsupported("a table part not found"),
    );
  const names = tables.map((table) => table.name);
  // ExcelJS keeps a sheet's tables by name: a second of one name, or a name like an index, reorders them.
  if (new Set(names).size < names.length || names.some((name) => /^(?:0|[1-9][0-9]*)$/.test(name))) {
    unsupported("tables named alike");
  }
  return tables;
}

/** Notes and drawings found as ExcelJS finds them: a part it cannot find fails its reader. */
function checkDrawings(root: XmlElement, links: WorksheetLinks): void {
  const relationships = [...links.relationships.values()];
  const notes = relationships.filter((rel) => rel.type === COMMENTS);
  if (notes.some((rel) => !links.comments.has(rel.target ?? ""))) unsupported("notes not found");
  const shapes = relationships.filter((rel) => rel.type === VML_DRAWING);
  if (notes.length > 0 && shapes.some((rel) => !links.notesDrawings.has(rel.target ?? ""))) {
    unsupported("the notes' drawing not found");
  }
  const drawing = onlyChild(root, "drawing");
  if (drawing) {
    const target = related(links, drawing).target ?? unsupported("a drawing without a target");
    const name = /\/drawings\/([a-zA-Z0-9]+)[.][a-zA-Z]{3,4}$/.exec(target)?.[1];
    if (name !== undefined && !links.drawings.has(name)) unsupported("a drawing not found");
  }
}

/** Checks what ExcelJS reads of a worksheet's own elements without failing. */
function checkElements(root: XmlElement): void {
  if (root.name !== "worksheet") unsupported("a worksheet part of another kind");
  for (const child of elements(root)) {
    if (!WORKSHEET_PARTS.has(child.name) && descendants(child).some((e) => WORKSHEET_PARTS.has(e.name))) {
      unsupported("a worksheet nested oddly");
    }
  }
  const cols = onlyChild(root, "cols");
  for (const col of cols ? elements(cols) : []) {
    // ExcelJS makes an object for every column up to `max`.
    if (parseInt(col.attributes.max || "0", 10) > EXCEL_COLUMNS) unsupported("a column beyond Excel's sheet");
  }
}

/** A worksheet read by the plain reader: rows on demand, the rest at once. */
export class XlsxSheet implements SheetCells {
  readonly grids = new Map<string, Grid>();
  private tableAreas: TableArea[] | undefined;

  constructor(
    readonly name: string,
    readonly hidden: boolean,
    private readonly reader: SheetRows,
    private readonly areas: readonly MergedArea[],
    private readonly parts: readonly TablePart[],
    /** Whether the rows not asked for are left unread (see {@link settle}). */
    readonly lazy: boolean,
  ) {}

  /** The last row read so far: a costly sheet is read only as far as its plan needs (spec §4.1). */
  get rowsRead(): number {
    return this.reader.lastRow;
  }

  *rows(): Iterable<SheetRow> {
    const { reader } = this;
    for (let i = 0; ; i++) {
      while (i >= reader.read.length && !reader.done) reader.next();
      if (i >= reader.read.length) return;
      yield reader.read[i];
    }
  }

  row(number: number): SheetRow | undefined {
    this.reader.readTo(number);
    return findRow(this.reader.read, number);
  }

  hiddenRows(top: number, bottom: number): number[] {
    this.reader.readTo(bottom);
    const found: number[] = [];
    for (const row of this.reader.read) {
      if (row.number > bottom) break;
      if (row.hidden && row.number >= top) found.push(row.number);
    }
    return found;
  }

  merges(): readonly MergedArea[] {
    return this.areas;
  }

  tables(): readonly TableArea[] {
    this.tableAreas ??= this.parts.flatMap((part) => {
      const area = readArea(part.ref ?? "");
      if (!area) return [];
      // ExcelJS finds a header row by its top row when the file leaves headerRowCount out.
      const hasHeader = part.headerRow || showsColumnNames(this.row(area.top), area.left, part.columns);
      return [{ name: part.name, ...area, hasHeader, hasTotals: part.totalsRow }];
    });
    return this.tableAreas;
  }

  /**
   * Ends the reading: a sheet read whole is read to its last row (ExcelJS would have read it all); a
   * lazy one's rows left unread are only checked to lie within Excel's sheet, as the command line's
   * lightened copy checks them (src/cli/readingCopy.ts `checkRest`).
   */
  settle(): void {
    const { reader } = this;
    if (!this.lazy) {
      while (!reader.done) reader.next();
      return;
    }
    if (!reader.done) reader.checkRest();
  }
}

function findRow(rows: readonly ReadRow[], number: number): ReadRow | undefined {
  let low = 0;
  let high = rows.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const found = rows[mid].number;
    if (found === number) return rows[mid];
    if (found < number) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}

/** A worksheet part, with what its relationships lead to; `lazy`: read its rows only as far as asked. */
export function readWorksheet(
  entry: WorksheetEntry,
  links: WorksheetLinks,
  context: CellContext,
  lazy: boolean,
): XlsxSheet {
  const root = parseXml(entry.xml, { skip: "sheetData" });
  checkElements(root);
  checkDrawings(root, links);
  const merges = mergedAreas(onlyChild(root, "mergeCells"));
  const data = onlyChild(root, "sheetData");
  const start = data?.content?.start ?? 0;
  const rows = new SheetRows(
    {
      xml: entry.xml,
      start,
      end: data?.content?.end ?? 0,
      merges,
      links: linkedCells(onlyChild(root, "hyperlinks"), links),
    },
    context,
  );
  const tables = tableParts(onlyChild(root, "tableParts"), links);
  return new XlsxSheet(entry.name, entry.hidden, rows, merges, tables, lazy);
}
