/** The workbook's state, and the knobs tests turn. */

import type {
  FakeArea,
  FakeCellInput,
  FakeEventArgs,
  FakeRangeRef,
  FakeSheetSnapshot,
  FakeSheetSpec,
  FakeSyncFailure,
  FakeTable,
  FakeWorkbookSpec,
} from "./types";
import { FakeExcelError } from "./errors";
import { fakeFormatAddress, fakeParseAddress, versionAtMost } from "./address";
import { FakeSheet, writeValue } from "./sheet";
import { FakeSettings } from "./settings";
import { FakeRequestContext } from "./context";
import { FakeEventHandlerResult } from "./worksheet";

interface FakeHandler {
  readonly sheet: FakeSheet;
  readonly type: FakeEventArgs["type"];
  // Each handler is registered for one type and receives only events of that type.
  readonly handler: (args: never) => unknown;
  readonly result: FakeEventHandlerResult;
}

/** The workbook's state, and the knobs tests turn. */
export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly names: string[];
  readonly settings: FakeSettings;
  readonly apiVersion: string;
  payloadLimit: number;
  syncCount = 0;
  activeSheet: FakeSheet | undefined;
  selection: { readonly sheet: string; readonly address: string } | undefined;
  #nextId = 1;
  #failures: FakeSyncFailure[] = [];
  readonly #handlers: FakeHandler[] = [];
  #pendingEvents: FakeEventArgs[] = [];
  #deliveryTimer: ReturnType<typeof setTimeout> | undefined;
  #handling: Promise<unknown>[] = [];

  constructor(spec: FakeWorkbookSpec) {
    this.names = [...(spec.names ?? [])];
    this.apiVersion = spec.apiVersion ?? "1.7";
    this.payloadLimit = spec.payloadLimit ?? 5_000_000;
    this.settings = new FakeSettings(spec.settings);
    for (const sheetSpec of spec.sheets) this.#addSheet(sheetSpec);
    this.activeSheet = this.sheets.find((sheet) => sheet.visibility === "Visible");
  }

  #addSheet(spec: FakeSheetSpec): void {
    const sheet = this.addSheet(spec.name);
    sheet.visibility = spec.visibility ?? "Visible";
    for (const row of spec.hiddenRows ?? []) sheet.hiddenRows.add(row - 1);
    for (const column of spec.hiddenColumns ?? []) sheet.hiddenColumns.add(column - 1);
    const place = (rows: readonly (readonly FakeCellInput[])[], top: number, left: number) =>
      rows.forEach((row, r) =>
        row.forEach((input, c) => {
          if (input === null) return;
          const cell = sheet.cellForWrite(top + r, left + c);
          if (typeof input === "object") cell.error = input.error;
          else cell.value = input;
        }),
      );
    place(spec.rows ?? [], (spec.row ?? 1) - 1, (spec.column ?? 1) - 1);
    for (const table of spec.tables ?? []) {
      place(table.rows, table.row - 1, table.column - 1);
      const width = Math.max(...table.rows.map((row) => row.length));
      this.tables.push({
        name: table.name,
        sheet,
        area: {
          top: table.row - 1,
          left: table.column - 1,
          bottom: table.row - 2 + table.rows.length,
          right: table.column - 2 + width,
        },
        ...(table.showTotals ? { showTotals: true } : {}),
      });
    }
    for (const format of spec.conditionalFormats ?? []) {
      sheet.conditionalFormats.push({
        id: this.newId(),
        type: format.type,
        area: fakeParseAddress(format.address),
        ...(format.formula === undefined ? {} : { formula: format.formula }),
        ...(format.fill === undefined ? {} : { fill: format.fill }),
      });
    }
    for (const [address, color] of Object.entries(spec.fills ?? {})) {
      const area = fakeParseAddress(address);
      sheet.cellForWrite(area.top, area.left).format.fill = color;
    }
    for (const chart of spec.charts ?? []) {
      sheet.charts.push({
        id: this.newId(),
        name: chart.name,
        type: chart.type ?? "ColumnClustered",
        title: "",
        legend: { position: "Right", visible: true },
        series: [],
      });
    }
  }

  newId(): string {
    return String(this.#nextId++);
  }

  /** A new sheet at the end; checks the name as Excel does. */
  addSheet(name: string): FakeSheet {
    this.checkName(name);
    const sheet = new FakeSheet(`{fake-sheet-${this.newId()}}`, name);
    sheet.apiChanged = (area) => this.#raise(sheet, area, "Local", "ThisLocalAddin");
    this.sheets.push(sheet);
    return sheet;
  }

  checkName(name: string, except?: FakeSheet): void {
    // "History" is reserved by Excel for its change history (Rename a worksheet,
    // https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9).
    if (
      name.length === 0 ||
      name.length > 31 ||
      /[[\]:*?/\\]/.test(name) ||
      /^'|'$/.test(name) ||
      name.toLowerCase() === "history"
    ) {
      throw new FakeExcelError("InvalidArgument", `Not a valid sheet name: ${name}`);
    }
    const lower = name.toLowerCase();
    if (this.sheets.some((sheet) => sheet !== except && sheet.name.toLowerCase() === lower)) {
      throw new FakeExcelError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
    }
  }

  deleteSheet(sheet: FakeSheet): void {
    const visible = this.sheets.filter((other) => other.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      throw new FakeExcelError("InvalidOperation", "A workbook must keep at least one visible sheet.");
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    sheet.deleted = true;
    for (let i = this.tables.length - 1; i >= 0; i--) {
      if (this.tables[i].sheet === sheet) this.tables.splice(i, 1);
    }
    if (this.activeSheet === sheet) this.activeSheet = this.sheets.find((s) => s.visibility === "Visible");
    if (this.selection?.sheet === sheet.name) this.selection = undefined;
  }

  /** The sheet of that name; throws when there is none. */
  sheet(name: string): FakeSheet {
    const found = this.findSheet(name);
    if (!found) throw new Error(`No sheet named ${name}; sheets: ${this.sheetNames().join(", ")}`);
    return found;
  }

  findSheet(nameOrId: string): FakeSheet | undefined {
    const lower = nameOrId.toLowerCase();
    return this.sheets.find((sheet) => sheet.id === nameOrId || sheet.name.toLowerCase() === lower);
  }

  sheetNames(): string[] {
    return this.sheets.map((sheet) => sheet.name);
  }

  snapshot(name: string): FakeSheetSnapshot {
    const sheet = this.sheet(name);
    return sheet.snapshot(this.sheets.indexOf(sheet));
  }

  /** Makes a later sync reject with an Excel error code, optionally after part of its batch ran. */
  failSync(failure: FakeSyncFailure): void {
    this.#failures.push(failure);
  }

  takeFailure(sync: number): FakeSyncFailure | undefined {
    const index = this.#failures.findIndex((failure) => failure.sync === sync);
    return index < 0 ? undefined : this.#failures.splice(index, 1)[0];
  }

  supports(version: string): boolean {
    return versionAtMost(version, this.apiVersion);
  }

  /** The cells a chart refers to, as Excel would return their values. */
  valuesAt(ref: FakeRangeRef): (number | string | boolean)[][] {
    const sheet = this.sheets.find((s) => s.id === ref.sheetId);
    if (!sheet) throw new Error(`No sheet with id ${ref.sheetId}`);
    return sheet.valuesOf(fakeFormatAddress(ref.area));
  }

  /**
   * Excel.run: one request context per batch, and a last sync when the batch left work queued. Given
   * a context from an earlier batch (as for removing an event handler), the batch runs in that one.
   */
  run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  run<T>(context: FakeRequestContext, batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  async run<T>(
    first: FakeRequestContext | ((context: FakeRequestContext) => Promise<T>),
    second?: (context: FakeRequestContext) => Promise<T>,
  ): Promise<T> {
    const context = first instanceof FakeRequestContext ? first : new FakeRequestContext(this);
    const batch = first instanceof FakeRequestContext ? second : first;
    if (!batch) throw new FakeExcelError("InvalidArgument", "Excel.run needs a batch function.");
    const result = await batch(context);
    if (context.pending) await context.sync();
    return result;
  }

  addHandler(handler: FakeHandler): void {
    this.#handlers.push(handler);
  }

  removeHandler(result: FakeEventHandlerResult): void {
    const index = this.#handlers.findIndex((h) => h.result === result);
    if (index >= 0) this.#handlers.splice(index, 1);
  }

  /** Handlers currently registered, for assertions. */
  get handlerCount(): number {
    return this.#handlers.length;
  }

  /**
   * The user typing into cells: the values land at once and onChanged follows, as Excel raises it,
   * after the edit and outside any request of the add-in.
   */
  userEdit(
    sheetName: string,
    address: string,
    value: FakeCellInput,
    options: { readonly source?: "Local" | "Remote" } = {},
  ): void {
    const sheet = this.sheet(sheetName);
    const area = fakeParseAddress(address);
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const cell = sheet.cellForWrite(r, c);
        if (value !== null && typeof value === "object") {
          cell.value = null;
          cell.error = value.error;
        } else writeValue(cell, value);
      }
    }
    this.#raise(sheet, area, options.source ?? "Local", "Unknown");
  }

  /** The user clicking a sheet's tab: it becomes active and onActivated follows. */
  userActivates(sheetName: string): void {
    const sheet = this.sheet(sheetName);
    this.activeSheet = sheet;
    this.#pendingEvents.push({ type: "WorksheetActivated", worksheetId: sheet.id });
    this.#deliveryTimer ??= setTimeout(() => this.deliverEvents(), 0);
  }

  /** Delivers the change events raised so far and waits for their handlers. */
  async settle(): Promise<void> {
    this.deliverEvents();
    const handling = this.#handling;
    this.#handling = [];
    await Promise.all(handling);
  }

  /**
   * Events reach the add-in after the request that caused them has been answered: at the latest
   * before the answer to its next request, or on the next turn of the event loop.
   */
  #raise(
    sheet: FakeSheet,
    area: FakeArea,
    source: "Local" | "Remote",
    trigger: "ThisLocalAddin" | "Unknown",
  ): void {
    this.#pendingEvents.push({
      type: "WorksheetChanged",
      worksheetId: sheet.id,
      address: fakeFormatAddress(area),
      changeType: "RangeEdited",
      source,
      ...(this.supports("1.14") ? { triggerSource: trigger } : {}),
    });
    this.#deliveryTimer ??= setTimeout(() => this.deliverEvents(), 0);
  }

  deliverEvents(): void {
    if (this.#deliveryTimer !== undefined) clearTimeout(this.#deliveryTimer);
    this.#deliveryTimer = undefined;
    const events = this.#pendingEvents;
    this.#pendingEvents = [];
    for (const event of events) {
      for (const { handler } of this.#handlers.filter(
        (h) => h.sheet.id === event.worksheetId && h.type === event.type,
      )) {
        this.#handling.push(Promise.resolve((handler as (args: FakeEventArgs) => unknown)(event)));
      }
    }
  }
}
