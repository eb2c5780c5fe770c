/**
 * An Excel table's part (xl/tables/tableN.xml) as ExcelJS 4.4 reads it (lib/xlsx/xform/table): its name,
 * range, header and total rows, and the names of its columns. ExcelJS keeps a table's columns only up
 * to the first that holds anything (a calculated column's formula, say): the later ones it loses, and
 * a header row is told from the columns it keeps (see places.ts `showsColumnNames`).
 */
import { type XmlElement, elements, parseXml, unsupported } from "./xml";

/** A table as ExcelJS reads it. */
export interface TablePart {
  readonly name: string;
  /** Its range as written ("A3:H20"). */
  readonly ref: string | undefined;
  /** headerRowCount="1" (Excel leaves it out: then the top row decides). */
  readonly headerRow: boolean;
  /** totalsRowCount="1". */
  readonly totalsRow: boolean;
  /** The names of the columns ExcelJS keeps. */
  readonly columns: readonly (string | undefined)[];
}

/** The elements ExcelJS's table reader takes up wherever they stand outside one it reads. */
const TABLE_PARTS = new Set(["autoFilter", "tableColumns", "tableStyleInfo"]);

function hidesTablePart(element: XmlElement): boolean {
  return elements(element).some((child) => TABLE_PARTS.has(child.name) || hidesTablePart(child));
}

/** A table's filter as ExcelJS reads it without failing: filter columns of plain value or custom filters. */
function filterColumns(autoFilter: XmlElement): number {
  const columns = elements(autoFilter);
  for (const column of columns) {
    if (column.name !== "filterColumn") unsupported(`<${column.name}> in a table's filter`);
    for (const list of elements(column)) {
      const item =
        list.name === "filters" ? "filter" : list.name === "customFilters" ? "customFilter" : undefined;
      if (!item || elements(list).some((child) => child.name !== item || elements(child).length > 0)) {
        unsupported("a table filter of another kind");
      }
    }
  }
  return columns.length;
}

/** The column names ExcelJS keeps: up to and with the first column holding anything. */
function columnNames(list: XmlElement): (string | undefined)[] {
  const names: (string | undefined)[] = [];
  for (const column of elements(list)) {
    if (column.name !== "tableColumn") unsupported(`<${column.name}> among a table's columns`);
    if (column.attributes.dxfId !== undefined) unsupported("a table column's own format");
    names.push(column.attributes.name);
    if (elements(column).length > 0) break;
  }
  return names;
}

/** The one child of a table's root named so. */
function onlyChild(root: XmlElement, name: string): XmlElement | undefined {
  const found = elements(root).filter((child) => child.name === name);
  if (found.length > 1) unsupported(`two <${name}> in a table`);
  return found[0];
}

export function readTable(xml: string): TablePart {
  const root = parseXml(xml);
  if (root.name !== "table") unsupported("a table part of another kind");
  for (const child of elements(root)) {
    if (!TABLE_PARTS.has(child.name) && hidesTablePart(child)) unsupported("a table nested oddly");
  }
  const list = onlyChild(root, "tableColumns");
  if (!list) return unsupported("a table without columns");
  const columns = columnNames(list);
  const autoFilter = onlyChild(root, "autoFilter");
  if (autoFilter && filterColumns(autoFilter) > columns.length)
    unsupported("a filter on a column ExcelJS loses");
  const { name, ref, headerRowCount, totalsRowCount } = root.attributes;
  if (name === undefined) unsupported("a table without a name");
  return { name, ref, headerRow: headerRowCount === "1", totalsRow: totalsRowCount === "1", columns };
}
