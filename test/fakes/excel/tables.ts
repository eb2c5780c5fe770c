/** Tables. */

import type { FakeArea, FakeTable } from "./types";
import { FakeExcelError } from "./errors";
import { fakeParseAddress, intersects } from "./address";
import { FakeSheet, readValue } from "./sheet";
import { FakeWorkbook } from "./workbook";
import { FakeClientObject, FakeCollection } from "./proxy";
import { FakeRequestContext } from "./context";
import { FakeWorksheet } from "./worksheet";
import { FakeRange } from "./range";

/** Table names follow Excel's rules for names: a letter, "_" or a backslash first, no spaces, not a cell address. */
function checkTableName(fake: FakeWorkbook, name: string, except?: FakeTable): void {
  const valid =
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{M}\p{N}_.\\]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$|^[Rr]\d*[Cc]\d*$/.test(name);
  if (!valid) throw new FakeExcelError("InvalidArgument", `Not a valid table name: ${name}`);
  const lower = name.toLowerCase();
  if (
    fake.tables.some((table) => table !== except && table.name.toLowerCase() === lower) ||
    fake.names.some((other) => other.toLowerCase() === lower)
  ) {
    throw new FakeExcelError("ItemAlreadyExists", `The name ${name} is already taken.`);
  }
}

/** The workbook's tables, or (from a worksheet) that sheet's. */
export class FakeTableCollection extends FakeCollection<FakeTable, FakeTableObject> {
  constructor(
    context: FakeRequestContext,
    private readonly sheet?: () => FakeSheet,
  ) {
    super(context);
  }

  protected list(): FakeTable[] {
    const sheet = this.sheet?.();
    return this.context.fake.tables.filter((table) => !sheet || table.sheet === sheet);
  }

  /**
   * A table over the range, its first row the header. As Excel does, blank or repeated headers are
   * replaced by "Column1", "Column2", …, and the table gets the first free name "Table1", "Table2", ….
   */
  add(address: FakeRange | string, hasHeaders: boolean): FakeTableObject {
    let added: FakeTable | null = null;
    this.context.enqueue(() => {
      const fake = this.context.fake;
      let sheet: FakeSheet;
      let area: FakeArea;
      if (typeof address === "string") {
        const bang = address.lastIndexOf("!");
        const owner =
          bang < 0 ? this.sheet?.() : fake.findSheet(address.slice(0, bang).replace(/^'|'$/g, ""));
        if (!owner) throw new FakeExcelError("InvalidArgument", `No sheet in ${address}.`);
        sheet = owner;
        area = fakeParseAddress(address);
      } else {
        const model = address.resolve();
        if (!model) throw new FakeExcelError("ItemNotFound", "The range does not exist.");
        ({ sheet, area } = model);
      }
      if (!hasHeaders) throw new FakeExcelError("NotImplemented", "The fake makes tables with headers only.");
      if (area.bottom === area.top) {
        throw new FakeExcelError("NotImplemented", "The fake makes tables with at least one body row.");
      }
      if (fake.tables.some((table) => table.sheet === sheet && intersects(table.area, area))) {
        throw new FakeExcelError("InvalidOperation", "A table can't overlap another table.");
      }
      const seen = new Set<string>();
      for (let c = area.left; c <= area.right; c++) {
        const cell = sheet.cellForWrite(area.top, c);
        const text = readValue(cell).value;
        const header = String(text).trim();
        if (header === "" || seen.has(header.toLowerCase())) {
          cell.value = `Column${c - area.left + 1}`;
          delete cell.formula;
          delete cell.error;
        }
        seen.add(String(cell.value).toLowerCase());
      }
      let n = 1;
      while (fake.tables.some((table) => table.name.toLowerCase() === `table${n}`)) n++;
      added = { name: `Table${n}`, sheet, area };
      fake.tables.push(added);
    });
    return new FakeTableObject(this.context, () => added);
  }

  protected wrap(table: FakeTable): FakeTableObject {
    return new FakeTableObject(this.context, () => table);
  }

  getItem(name: string): FakeTableObject {
    return new FakeTableObject(this.context, () => {
      const table = this.context.fake.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (!table) throw new FakeExcelError("ItemNotFound", `No table ${name}.`);
      return table;
    });
  }
}

export class FakeTableObject extends FakeClientObject<FakeTable> {
  protected readonly scalarNames = ["name", "showTotals"];
  readonly worksheet = new FakeWorksheet(this.context, () => this.resolve()?.sheet ?? null);

  protected snapshot(table: FakeTable, name: string): unknown {
    return name === "showTotals" ? table.showTotals === true : table.name;
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return name === "worksheet" ? this.worksheet : undefined;
  }

  get name(): string {
    return this.read("name");
  }

  set name(name: string) {
    this.enqueue((table) => {
      checkTableName(this.fake, name, table);
      table.name = name;
    });
  }

  get showTotals(): boolean {
    return this.read("showTotals");
  }

  set style(style: string) {
    this.enqueue((table) => {
      if (!/^TableStyle(Light|Medium|Dark)\d+$/.test(style))
        throw new FakeExcelError("InvalidArgument", `Not a built-in table style: ${style}`);
      table.style = style;
    });
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const table = this.model();
      return { sheet: table.sheet, area: table.area };
    });
  }
}
