/** Worksheets, their names, page layout, frozen panes and events. */

import type {
  FakeActivatedEventArgs,
  FakeChangedEventArgs,
  FakeEventArgs,
  FakeMargin,
  FakePageSetup,
} from "./types";
import { FakeExcelError } from "./errors";
import {
  MAX_ADDRESS_LENGTH,
  MAX_COLUMNS,
  MAX_ROWS,
  fakeFormatAddress,
  fakeParseAddress,
  quoteSheet,
} from "./address";
import { FakeSheet } from "./sheet";
import { FakeClientObject, FakeCollection } from "./proxy";
import { type FakePathObject, FakeRequestContext } from "./context";
import { FakeChartCollection, rangeRef } from "./charts";
import { FakeTableCollection } from "./tables";
import { FakeRange } from "./range";
import { FakeRangeAreas, fakeParseAreas } from "./rangeAreas";
import type { FakeWorkbook } from "./workbook";

export class FakeWorksheetCollection extends FakeCollection<FakeSheet, FakeWorksheet> {
  protected list(): FakeSheet[] {
    return [...this.context.fake.sheets];
  }

  protected wrap(sheet: FakeSheet): FakeWorksheet {
    return new FakeWorksheet(this.context, () => sheet, this);
  }

  /** By name or id. */
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.context.fake.findSheet(key);
      if (!sheet) throw new FakeExcelError("ItemNotFound", `No worksheet ${key}.`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.fake.findSheet(key) ?? null, this);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.context.fake.activeSheet;
      if (!sheet) throw new FakeExcelError("ItemNotFound", "No sheet is active.");
      return sheet;
    });
  }

  add(name: string): FakeWorksheet {
    let added: FakeSheet | null = null;
    this.context.enqueue(
      () => {
        added = this.context.fake.addSheet(name);
      },
      { on: this, args: name },
    );
    return new FakeWorksheet(this.context, () => added, this);
  }
}

export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  protected readonly scalarNames = ["name", "id", "position", "visibility"];

  protected snapshot(sheet: FakeSheet, name: string): unknown {
    if (name === "position") return this.fake.sheets.indexOf(sheet);
    if (name === "name") return sheet.name;
    if (name === "id") return sheet.id;
    return sheet.visibility;
  }

  get name(): string {
    return this.read("name");
  }

  set name(name: string) {
    this.enqueue((sheet) => this.fake.renameSheet(sheet, name));
  }

  get id(): string {
    return this.read("id");
  }

  get visibility(): string {
    return this.read("visibility");
  }

  /** Excel keeps one sheet visible at least (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-visibility-member). */
  set visibility(visibility: "Visible" | "Hidden") {
    this.enqueue((sheet) => {
      const visible = this.fake.sheets.filter((other) => other.visibility === "Visible");
      if (visibility !== "Visible" && visible.length === 1 && visible[0] === sheet)
        throw new FakeExcelError("InvalidOperation", "A workbook must keep at least one visible sheet.");
      sheet.visibility = visibility;
      if (visibility !== "Visible" && this.fake.activeSheet === sheet)
        this.fake.activeSheet = this.fake.sheets.find((s) => s.visibility === "Visible");
    });
  }

  get position(): number {
    return this.read("position");
  }

  set position(position: number) {
    this.enqueue((sheet) => {
      const sheets = this.fake.sheets;
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.min(position, sheets.length), 0, sheet);
    });
  }

  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.context, () => this.resolve(), this);
  }

  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.context, () => this.model(), this);
  }

  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.context, () => this.model());
  }

  get freezePanes(): FakeFreezePanes {
    this.context.requires("1.7", "Worksheet.freezePanes");
    return new FakeFreezePanes(this.context, () => this.resolve());
  }

  /** Worksheet-scoped names, ExcelApi 1.4 (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-names-member). */
  get names(): FakeSheetNames {
    this.context.requires("1.4", "Worksheet.names");
    return new FakeSheetNames(this.context, () => this.model(), this);
  }

  get onChanged(): FakeEventHandlers {
    this.context.requires("1.7", "Worksheet.onChanged");
    return new FakeEventHandlers(this.context, () => this.model());
  }

  get onActivated(): FakeEventHandlers<FakeActivatedEventArgs> {
    this.context.requires("1.7", "Worksheet.onActivated");
    return new FakeEventHandlers<FakeActivatedEventArgs>(
      this.context,
      () => this.model(),
      "WorksheetActivated",
    );
  }

  /** Its protection (ExcelApi 1.2): whether it is protected, which the fake alone models. */
  get protection(): FakeWorksheetProtection {
    return new FakeWorksheetProtection(this.context, () => this.resolve(), this);
  }

  delete(): void {
    this.enqueue((sheet) => this.fake.deleteSheet(sheet));
  }

  activate(): void {
    this.enqueue((sheet) => {
      if (sheet.visibility !== "Visible")
        throw new FakeExcelError("InvalidOperation", "A hidden sheet cannot be active.");
      this.fake.activeSheet = sheet;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        if (address !== undefined && address.length > MAX_ADDRESS_LENGTH) {
          throw new FakeExcelError("InvalidArgument", "The address is longer than Excel takes.");
        }
        return {
          sheet: this.model(),
          area: address === undefined ? fakeParseAddress("1:1048576") : fakeParseAddress(address),
        };
      },
      this,
    );
  }

  /** Several areas of this sheet, ExcelApi 1.9 (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getranges-member(1)). */
  getRanges(address?: string): FakeRangeAreas {
    this.context.requires("1.9", "Worksheet.getRanges");
    return new FakeRangeAreas(
      this.context,
      () => ({
        sheet: this.model(),
        areas: address === undefined ? [fakeParseAddress("1:1048576")] : fakeParseAreas(address),
      }),
      this,
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this.context.requires("1.7", "Worksheet.getRangeByIndexes");
    return new FakeRange(
      this.context,
      () => {
        if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0) {
          throw new FakeExcelError("InvalidArgument", "A range needs at least one row and one column.");
        }
        // A worksheet has 1,048,576 rows and 16,384 columns (Excel specifications and limits).
        if (startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLUMNS) {
          throw new FakeExcelError(
            "InvalidArgument",
            "The range reaches past the worksheet's last row or column.",
          );
        }
        return {
          sheet: this.model(),
          area: {
            top: startRow,
            left: startColumn,
            bottom: startRow + rowCount - 1,
            right: startColumn + columnCount - 1,
          },
        };
      },
      this,
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.model();
        const area = sheet.usedArea();
        return area ? { sheet, area } : null;
      },
      this,
    );
  }
}

/** A sheet's own names: add, and look one up. Excel refuses a name already taken in the same scope. */
export class FakeSheetNames implements FakePathObject {
  constructor(
    readonly context: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
    readonly pathParent?: FakePathObject,
  ) {}

  add(name: string, reference: FakeRange | string): FakeSheetName {
    const sent =
      typeof reference === "string" ? { args: [name, reference] } : { args: name, refs: [reference] };
    this.context.enqueue(
      () => {
        const sheet = this.sheet();
        if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name))
          throw new FakeExcelError("InvalidArgument", `Not a valid name: ${name}`);
        if ([...sheet.names.keys()].some((taken) => taken.toLowerCase() === name.toLowerCase()))
          throw new FakeExcelError("ItemAlreadyExists", `The name ${name} is taken.`);
        const refersTo =
          typeof reference === "string"
            ? reference
            : `=${quoteSheet(sheet.name)}!${fakeFormatAddress(rangeRef(reference).area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
        sheet.names.set(name, refersTo);
      },
      { on: this, ...sent },
    );
    return this.getItemOrNullObject(name);
  }

  getItem(name: string): FakeSheetName {
    return new FakeSheetName(this.context, () => {
      const sheet = this.sheet();
      const found = [...sheet.names.keys()].find((taken) => taken.toLowerCase() === name.toLowerCase());
      if (found === undefined) throw new FakeExcelError("ItemNotFound", `No name ${name}.`);
      return { sheet, name: found };
    });
  }

  getItemOrNullObject(name: string): FakeSheetName {
    return new FakeSheetName(this.context, () => {
      const sheet = this.sheet();
      const found = [...sheet.names.keys()].find((taken) => taken.toLowerCase() === name.toLowerCase());
      return found === undefined ? null : { sheet, name: found };
    });
  }
}

export class FakeSheetName extends FakeClientObject<{ sheet: FakeSheet; name: string }> {
  protected readonly scalarNames = ["name", "formula"];

  protected snapshot(model: { sheet: FakeSheet; name: string }, name: string): unknown {
    return name === "name" ? model.name : model.sheet.names.get(model.name);
  }

  get name(): string {
    return this.read("name");
  }

  get formula(): string {
    return this.read("formula");
  }

  delete(): void {
    this.enqueue((model) => {
      model.sheet.names.delete(model.name);
    });
  }
}

const ORIENTATIONS = new Set(["Portrait", "Landscape"]);
const PAPER_SIZES = new Set(["A3", "A4", "A5", "Letter", "Legal"]);
/** Excel's page setup refuses a header or footer section longer than this. */
const MAX_FOOTER_LENGTH = 255;

/**
 * Workbooks whose Excel keeps no fit-to-pages zoom: Excel sets "Scale to Fit" width or height only once
 * the Page Layout tab has been shown, while a scale is set either way (office-js #1860,
 * https://github.com/OfficeDev/office-js/issues/1860). The zoom then stays as it was.
 */
const withoutPageLayoutTab = new WeakSet<FakeWorkbook>();

/** Makes the workbook's Excel drop a fit-to-pages zoom, as before the Page Layout tab was ever shown. */
export function fakePageLayoutTabNeverShown(fake: FakeWorkbook): void {
  withoutPageLayoutTab.add(fake);
}

/** Excel's zoom of a sheet whose page was never set up: 100 %. */
const DEFAULT_ZOOM = { scale: 100 };

/** ExcelApi 1.9: every member fails its batch on an older Excel. */
export class FakePageLayout extends FakeClientObject<FakeSheet> {
  protected readonly scalarNames = ["zoom"];
  readonly headersFooters = { defaultForAllPages: new FakeHeaderFooter(this.context, () => this.resolve()) };

  protected snapshot(sheet: FakeSheet): unknown {
    return { ...(sheet.pageLayout.zoom ?? DEFAULT_ZOOM) };
  }

  override load(paths?: string | string[]): this {
    this.context.requires("1.9", "PageLayout.load");
    return super.load(paths);
  }

  get zoom(): FakePageSetup["zoom"] {
    return this.read("zoom");
  }

  #set(what: string, write: (setup: FakePageSetup) => void): void {
    this.context.requires("1.9", `PageLayout.${what}`);
    this.enqueue((sheet) => write(sheet.pageLayout));
  }

  /** "The range must span the entire row to be valid" (PageLayout.setPrintTitleRows). */
  setPrintTitleRows(rows: string): void {
    this.#set("setPrintTitleRows", (setup) => {
      const area = fakeParseAddress(rows);
      if (area.left !== 0 || area.right !== MAX_COLUMNS - 1)
        throw new FakeExcelError("InvalidArgument", `Title rows must be whole rows: ${rows}`);
      setup.printTitleRows = rows;
    });
  }

  /**
   * The title rows as a range whose `address` alone can be loaded ("Sheet1!5:6", as Excel writes whole
   * rows); a null object when none are set. Office.js has nothing that removes them.
   */
  getPrintTitleRowsOrNullObject(): FakeClientObject<string> & { readonly address: string } {
    this.context.requires("1.9", "PageLayout.getPrintTitleRowsOrNullObject");
    class FakeTitleRows extends FakeClientObject<string> {
      protected readonly scalarNames = ["address"];
      protected snapshot(address: string): unknown {
        return address;
      }
      get address(): string {
        return this.read("address");
      }
    }
    return new FakeTitleRows(this.context, () => {
      const sheet = this.model();
      const rows = sheet.pageLayout.printTitleRows;
      if (rows === undefined) return null;
      const { top, bottom } = fakeParseAddress(rows);
      return `${quoteSheet(sheet.name)}!${top + 1}:${bottom + 1}`;
    });
  }

  set orientation(orientation: string) {
    this.#set("orientation", (setup) => {
      if (!ORIENTATIONS.has(orientation))
        throw new FakeExcelError("InvalidArgument", `No orientation ${orientation}.`);
      setup.orientation = orientation;
    });
  }

  set paperSize(paperSize: string) {
    this.#set("paperSize", (setup) => {
      if (!PAPER_SIZES.has(paperSize))
        throw new FakeExcelError("InvalidArgument", `The fake knows no paper ${paperSize}.`);
      setup.paperSize = paperSize;
    });
  }

  #margin(side: FakeMargin, points: number): void {
    this.#set(`${side}Margin`, (setup) => {
      if (!(points >= 0)) throw new FakeExcelError("InvalidArgument", "A margin is 0 points or more.");
      setup.margins = { ...setup.margins, [side]: points };
    });
  }

  set leftMargin(points: number) {
    this.#margin("left", points);
  }

  set rightMargin(points: number) {
    this.#margin("right", points);
  }

  set topMargin(points: number) {
    this.#margin("top", points);
  }

  set bottomMargin(points: number) {
    this.#margin("bottom", points);
  }

  set headerMargin(points: number) {
    this.#margin("header", points);
  }

  set footerMargin(points: number) {
    this.#margin("footer", points);
  }

  /**
   * A page count is a whole number of pages, or null when not set: 0 is not documented and refused
   * (https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions).
   */
  set zoom(zoom: {
    horizontalFitToPages?: number | null;
    verticalFitToPages?: number | null;
    scale?: number | null;
  }) {
    this.#set("zoom", (setup) => {
      const { scale, horizontalFitToPages: wide, verticalFitToPages: tall } = zoom;
      const pages = (n: number | null | undefined) =>
        n === undefined || n === null || (Number.isInteger(n) && n >= 1);
      const badScale = scale !== undefined && scale !== null && (scale < 10 || scale > 400);
      if (badScale || !pages(wide) || !pages(tall)) {
        throw new FakeExcelError("InvalidArgument", "Not a valid zoom.");
      }
      const fits = (wide ?? null) !== null || (tall ?? null) !== null;
      if (fits && withoutPageLayoutTab.has(this.fake)) return;
      setup.zoom = { ...zoom };
    });
  }
}

export class FakeHeaderFooter extends FakeClientObject<FakeSheet> {
  protected readonly scalarNames = [];

  protected snapshot(): unknown {
    return undefined;
  }

  #set(section: "leftFooter" | "centerFooter" | "rightFooter", text: string): void {
    this.context.requires("1.9", `HeaderFooter.${section}`);
    this.enqueue((sheet) => {
      if (text.length > MAX_FOOTER_LENGTH)
        throw new FakeExcelError("InvalidArgument", "The footer text is too long.");
      sheet.pageLayout[section] = text;
    });
  }

  set leftFooter(text: string) {
    this.#set("leftFooter", text);
  }

  set centerFooter(text: string) {
    this.#set("centerFooter", text);
  }

  set rightFooter(text: string) {
    this.#set("rightFooter", text);
  }
}

export class FakeFreezePanes extends FakeClientObject<FakeSheet> {
  protected readonly scalarNames = [];

  protected snapshot(): unknown {
    return undefined;
  }

  freezeRows(count = 1): void {
    this.enqueue((sheet) => {
      sheet.frozenRows = count;
    });
  }

  unfreeze(): void {
    this.enqueue((sheet) => {
      sheet.frozenRows = 0;
    });
  }
}

export class FakeEventHandlerResult {
  constructor(readonly context: FakeRequestContext) {}

  /** Queued on the context the handler was added in: only a sync of that context removes it. */
  remove(): void {
    this.context.enqueue(() => this.context.fake.removeHandler(this));
  }
}

export class FakeEventHandlers<A extends FakeEventArgs = FakeChangedEventArgs> {
  constructor(
    readonly context: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
    private readonly type: A["type"] = "WorksheetChanged",
  ) {}

  add(handler: (args: A) => unknown): FakeEventHandlerResult {
    const result = new FakeEventHandlerResult(this.context);
    this.context.enqueue(() =>
      this.context.fake.addHandler({ sheet: this.sheet(), type: this.type, handler, result }),
    );
    return result;
  }
}

/** Excel.WorksheetProtection (ExcelApi 1.2): `protected` alone. */
export class FakeWorksheetProtection extends FakeClientObject<FakeSheet> {
  protected readonly scalarNames = ["protected"];

  override load(paths?: string | string[]): this {
    this.context.requires("1.2", "WorksheetProtection.load");
    return super.load(paths);
  }

  protected snapshot(sheet: FakeSheet): unknown {
    return sheet.isProtected;
  }

  get protected(): boolean {
    return this.read("protected");
  }
}
