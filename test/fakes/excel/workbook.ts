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
import { fakeFormatAddress, fakeParseAddress, quoteSheet, versionAtMost } from "./address";
import { FakeSheet, writeValue } from "./sheet";
import { FakeSettings } from "./settings";
import { FakeRequestContext } from "./context";
import { FakeEventHandlerResult } from "./worksheet";

/** Excel.RunOptions as the fake takes them. */
export interface FakeRunOptions {
  readonly delayForCellEdit?: boolean;
  readonly previousObjects?: FakeRequestContext;
  /** ExcelApi 1.20: the run's requests are one undo step. */
  readonly mergeUndoGroup?: boolean;
}

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
  /** Workbook names the spec lists as taken, referring to nothing the fake knows. */
  readonly names: string[];
  /** Workbook names added through the API, with their formulas ("='แผน'!$1:$1048576"). */
  readonly definedNames = new Map<string, string>();
  readonly settings: FakeSettings;
  readonly apiVersion: string;
  payloadLimit: number;
  requestLimit: number;
  /** What a response over `payloadLimit` fails with (older Excel on the web: GeneralException). */
  oversizedResponseCode: NonNullable<FakeWorkbookSpec["oversizedResponseCode"]>;
  syncCount = 0;
  /** Runs that asked for one undo step (mergeUndoGroup, ExcelApi 1.20). */
  undoGroups = 0;
  /** A test's knob: runs asking for one undo step are refused with UndoNotSupported. */
  refusesUndoGroups = false;
  /** The bytes of each request sent, in order, as context.ts estimates office.js's request. */
  readonly requestSizes: number[] = [];
  activeSheet: FakeSheet | undefined;
  selection: { readonly sheet: string; readonly address: string } | undefined;
  #nextId = 1;
  #failures: FakeSyncFailure[] = [];
  readonly #handlers: FakeHandler[] = [];
  #pendingEvents: FakeEventArgs[] = [];
  #deliveryTimer: ReturnType<typeof setTimeout> | undefined;
  #handling: Promise<unknown>[] = [];
  #edit: { readonly ended: Promise<void>; readonly end: () => void } | undefined;

  constructor(spec: FakeWorkbookSpec) {
    this.names = [...(spec.names ?? [])];
    this.apiVersion = spec.apiVersion ?? "1.7";
    this.payloadLimit = spec.payloadLimit ?? 5_000_000;
    this.requestLimit = spec.requestLimit ?? 5_000_000;
    this.oversizedResponseCode = spec.oversizedResponseCode ?? "ResponsePayloadSizeLimitExceeded";
    this.settings = new FakeSettings(spec.settings);
    for (const sheetSpec of spec.sheets) this.#addSheet(sheetSpec);
    this.activeSheet = this.sheets.find((sheet) => sheet.visibility === "Visible");
  }

  #addSheet(spec: FakeSheetSpec): void {
    const sheet = this.addSheet(spec.name);
    sheet.visibility = spec.visibility ?? "Visible";
    sheet.isProtected = spec.protected === true;
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

  /**
   * Renames a sheet as Excel does, by the API or by the user: every name's reference to it follows
   * (workbook and sheet names alike).
   */
  renameSheet(sheet: FakeSheet, name: string): void {
    this.checkName(name, sheet);
    const before = [`${quoteSheet(sheet.name)}!`, `'${sheet.name.replace(/'/g, "''")}'!`];
    const after = `${quoteSheet(name)}!`;
    const follow = (formula: string) => before.reduce((text, old) => text.split(old).join(after), formula);
    for (const [named, formula] of this.definedNames) this.definedNames.set(named, follow(formula));
    for (const owner of this.sheets)
      for (const [named, formula] of owner.names) owner.names.set(named, follow(formula));
    sheet.name = name;
  }

  /** The user renames a sheet (double-click on its tab). */
  userRenamesSheet(from: string, to: string): void {
    this.renameSheet(this.sheet(from), to);
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
    // A workbook name referring to the deleted sheet is kept, referring to nothing.
    const refs = [`${quoteSheet(sheet.name)}!`, `'${sheet.name.replace(/'/g, "''")}'!`];
    for (const [name, formula] of this.definedNames) {
      if (refs.some((ref) => formula.includes(ref))) this.definedNames.set(name, "=#REF!");
    }
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
   * Excel.run, as office.js's Excel.run takes its arguments: a batch alone gets a new request context;
   * given a context from an earlier batch (as for removing an event handler) the batch runs in that one;
   * given options, `previousObjects` names the context to reuse and `delayForCellEdit` makes its requests
   * wait while the user edits a cell (ExcelApi 1.11, https://learn.microsoft.com/javascript/api/excel/excel.runoptions).
   * As office.js does (onBeforeExcelRun), every run sets the context's delay afresh: a run given a
   * context without options runs without it. A last sync follows when the batch left work queued.
   */
  run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  run<T>(context: FakeRequestContext, batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  run<T>(options: FakeRunOptions, batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
  async run<T>(
    first: FakeRequestContext | FakeRunOptions | ((context: FakeRequestContext) => Promise<T>),
    second?: (context: FakeRequestContext) => Promise<T>,
  ): Promise<T> {
    const options = typeof first === "function" || first instanceof FakeRequestContext ? {} : first;
    const previous = first instanceof FakeRequestContext ? first : options.previousObjects;
    const context = previous ?? new FakeRequestContext(this);
    const batch = typeof first === "function" ? first : second;
    if (!batch) throw new FakeExcelError("InvalidArgument", "Excel.run needs a batch function.");
    context.delayForCellEdit = options.delayForCellEdit === true && this.supports("1.11");
    if (options.mergeUndoGroup === true && this.supports("1.20")) {
      this.undoGroups++;
      // An API of the batch keeps no undo (the documented list, excel-add-ins-undo-capabilities): the
      // fake refuses before anything is applied, as the add-in assumes.
      if (this.refusesUndoGroups)
        throw new FakeExcelError("UndoNotSupported", "An operation in this group does not support undo.");
    }
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

  /** While the user edits a cell (cell-edit mode): the edit's end, which a delayed request waits for. */
  get editing(): Promise<void> | undefined {
    return this.#edit?.ended;
  }

  /**
   * The user starts typing in a cell: until the edit ends, a request fails with
   * InvalidOperationInCellEditMode, or waits when its run asked to (Excel.RunOptions.delayForCellEdit).
   */
  userStartsEditing(): void {
    if (this.#edit) return;
    let end = (): void => undefined;
    const ended = new Promise<void>((resolve) => {
      end = resolve;
    });
    this.#edit = { ended, end };
  }

  /** The user presses Enter: the value typed lands (userEdit), then the requests kept waiting go on. */
  userEndsEditing(sheetName: string, address: string, value: FakeCellInput): void {
    const edit = this.#edit;
    this.#edit = undefined;
    this.userEdit(sheetName, address, value);
    edit?.end();
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
