/**
 * A small fake of the Excel JavaScript API: the subset src/excel uses, with the proxy rules that
 * matter. A property is readable only after load() and sync(); writes are queued and applied in order
 * on sync; a failing operation stops its batch where it stands, as Excel does; errors carry Excel's
 * codes. It imports neither a test runner nor Node, so a browser page can bundle it as it is.
 */

/** A cell as a test gives it: the same shape as core's Cell. */
export type FakeCellInput = number | string | boolean | { readonly error: string } | null;

/** An inclusive rectangle of 0-based rows and columns. */
export interface FakeArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface FakeTableSpec {
  readonly name: string;
  /** 1-based worksheet row and column of the header's first cell. */
  readonly row: number;
  readonly column: number;
  /** The header row, then the data rows. */
  readonly rows: readonly (readonly FakeCellInput[])[];
}

export interface FakeConditionalFormatSpec {
  readonly type: string;
  /** A1-style, without the sheet name. */
  readonly address: string;
  readonly formula?: string;
  readonly fill?: string;
}

export interface FakeSheetSpec {
  readonly name: string;
  /** Cells placed from `row`, `column` (1-based, default A1). */
  readonly rows?: readonly (readonly FakeCellInput[])[];
  readonly row?: number;
  readonly column?: number;
  readonly tables?: readonly FakeTableSpec[];
  readonly conditionalFormats?: readonly FakeConditionalFormatSpec[];
  /** Fill colours the user has painted, by A1 address of single cells. */
  readonly fills?: Readonly<Record<string, string>>;
  readonly visibility?: "Visible" | "Hidden";
  /** Charts the user already has on the sheet. */
  readonly charts?: readonly { readonly name: string; readonly type?: string }[];
}

export interface FakeWorkbookSpec {
  readonly sheets: readonly FakeSheetSpec[];
  /** The highest ExcelApi requirement set the fake claims; default "1.7", the manifest's minimum. */
  readonly apiVersion?: string;
  /** Document settings as saved in the file. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Bytes a request or a response may carry; default Excel on the web's 5 MB. */
  readonly payloadLimit?: number;
  /** Defined names in the workbook; a table may not take one of them. */
  readonly names?: readonly string[];
}

export type FakeEdge = "top" | "bottom" | "left" | "right";

export interface FakeCellFormat {
  bold?: boolean;
  italic?: boolean;
  fontName?: string;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders: Partial<Record<FakeEdge, string>>;
  borderColours?: Partial<Record<FakeEdge, string>>;
}

export interface FakeCell {
  value: number | string | boolean | null;
  /** Set when a write turned the text into a formula. */
  formula?: string;
  error?: string;
  numberFormat: string;
  format: FakeCellFormat;
}

export interface FakeConditionalFormat {
  readonly id: string;
  readonly type: string;
  area: FakeArea;
  formula?: string;
  fill?: string;
}

export interface FakeTable {
  name: string;
  readonly sheet: FakeSheet;
  readonly area: FakeArea;
  /** The built-in style given, if any ("TableStyleLight9"). */
  style?: string;
}

/** A range a chart refers to: by sheet id, so it follows the sheet through a rename, as in Excel. */
export interface FakeRangeRef {
  readonly sheetId: string;
  readonly area: FakeArea;
}

export interface FakeChartSeries {
  name: string;
  values: FakeRangeRef;
  xValues?: FakeRangeRef;
}

export interface FakeChart {
  readonly id: string;
  name: string;
  readonly type: string;
  title: string;
  legend: { position: string; visible: boolean };
  readonly series: FakeChartSeries[];
  /** The cells the chart covers, once placed with setPosition. */
  position?: { readonly start: FakeArea; readonly end?: FakeArea };
}

export interface FakeValidation {
  readonly area: FakeArea;
  rule?: { readonly list?: { readonly inCellDropDown: boolean; readonly source: string } };
  errorAlert?: {
    readonly showAlert?: boolean;
    readonly style?: string;
    readonly title?: string;
    readonly message?: string;
  };
}

export type FakeMargin = "left" | "right" | "top" | "bottom" | "header" | "footer";

export interface FakePageSetup {
  orientation?: string;
  paperSize?: string;
  zoom?: {
    readonly horizontalFitToPages?: number | null;
    readonly verticalFitToPages?: number | null;
    readonly scale?: number | null;
  };
  printTitleRows?: string;
  /** Points, as Office.js sets them. */
  margins?: Partial<Record<FakeMargin, number>>;
  leftFooter?: string;
  centerFooter?: string;
  rightFooter?: string;
}

/** What a worksheet.onChanged handler receives (the part the fake models). */
export interface FakeChangedEventArgs {
  readonly type: "WorksheetChanged";
  readonly worksheetId: string;
  readonly address: string;
  readonly changeType: "RangeEdited";
  readonly source: "Local" | "Remote";
  /** From ExcelApi 1.14 only: whether this add-in's own API call made the change. */
  readonly triggerSource?: "ThisLocalAddin" | "Unknown";
}

/** What a worksheet.onActivated handler receives (ExcelApi 1.7). */
export interface FakeActivatedEventArgs {
  readonly type: "WorksheetActivated";
  readonly worksheetId: string;
}

type FakeEventArgs = FakeChangedEventArgs | FakeActivatedEventArgs;

/** A plain copy of a sheet's state, for comparing before and after. */
export interface FakeSheetSnapshot {
  readonly name: string;
  readonly id: string;
  readonly position: number;
  readonly cells: readonly (readonly [string, FakeCell])[];
  readonly merges: readonly FakeArea[];
  readonly conditionalFormats: readonly FakeConditionalFormat[];
  readonly columnWidths: readonly (readonly [number, number])[];
  readonly rowHeights: readonly (readonly [number, number])[];
  readonly charts: readonly FakeChart[];
  readonly validations: readonly FakeValidation[];
  readonly frozenRows: number;
  readonly pageLayout: FakePageSetup;
}

export interface FakeSyncFailure {
  /** The number the failing sync will have in `syncCount`. */
  readonly sync: number;
  readonly code: string;
  /** Operations of the batch applied before it fails; default none. */
  readonly afterOps?: number;
}

const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;
/** Cells one write may format; more would mean a whole-column format, which the fake does not model. */
const MAX_FORMATTED_CELLS = 1_000_000;
/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;
const DEFAULT_ROW_HEIGHT = 15;
/** Excel refuses a typed-in list source longer than this. */
const MAX_LIST_SOURCE = 255;
/**
 * "Total number of characters that a cell can contain: 32,767 characters" (Excel specifications and
 * limits, https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 */
const MAX_CELL_TEXT = 32_767;

/** An error as Office.js raises it: `code` is one of Excel.ErrorCodes. */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

function notLoaded(name: string): FakeExcelError {
  return new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function fakeColumnName(column: number): string {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** "B3", "B3:D9", "B:D" or "3:9", with or without a sheet name before "!". */
export function fakeParseAddress(address: string): FakeArea {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [first, second = first] = local.split(":");
  const part = (text: string): { row?: number; column?: number } => {
    const match = /^([A-Za-z]*)(\d*)$/.exec(text);
    if (!match || (match[1] === "" && match[2] === "")) {
      throw new FakeExcelError("InvalidArgument", `Not an address: ${address}`);
    }
    return {
      ...(match[1] ? { column: columnIndex(match[1]) } : {}),
      ...(match[2] ? { row: Number(match[2]) - 1 } : {}),
    };
  };
  const a = part(first);
  const b = part(second);
  if ((a.row ?? 0) >= MAX_ROWS || (b.row ?? 0) >= MAX_ROWS) {
    throw new FakeExcelError("InvalidArgument", `Past the worksheet's last row: ${address}`);
  }
  return {
    top: a.row ?? 0,
    left: a.column ?? 0,
    bottom: b.row ?? MAX_ROWS - 1,
    right: b.column ?? MAX_COLUMNS - 1,
  };
}

export function fakeFormatAddress(area: FakeArea): string {
  const topLeft = `${fakeColumnName(area.left)}${area.top + 1}`;
  const bottomRight = `${fakeColumnName(area.right)}${area.bottom + 1}`;
  return topLeft === bottomRight ? topLeft : `${topLeft}:${bottomRight}`;
}

function quoteSheet(name: string): string {
  return /^[\p{L}\p{M}\p{N}_.]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function intersects(a: FakeArea, b: FakeArea): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function cellCount(area: FakeArea): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function versionAtMost(version: string, highest: string): boolean {
  const [major, minor = 0] = version.split(".").map(Number);
  const [topMajor, topMinor = 0] = highest.split(".").map(Number);
  return major < topMajor || (major === topMajor && minor <= topMinor);
}

const key = (row: number, column: number): string => `${row},${column}`;

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly merges: FakeArea[] = [];
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly columnWidths = new Map<number, number>();
  /** Rows given an explicit height; the others are left to Excel's automatic height. */
  readonly rowHeights = new Map<number, number>();
  readonly charts: FakeChart[] = [];
  readonly validations: FakeValidation[] = [];
  frozenRows = 0;
  readonly pageLayout: FakePageSetup = {};
  /** Worksheet-scoped names (Worksheet.names, ExcelApi 1.4): name → what it refers to. */
  readonly names = new Map<string, string>();
  /** Set once the sheet is deleted: every proxy of it then fails, as Excel's do. */
  deleted = false;
  /** Called when an API write changes cells, so the workbook can raise onChanged. */
  apiChanged: (area: FakeArea) => void = () => undefined;

  constructor(
    readonly id: string,
    public name: string,
    public visibility: "Visible" | "Hidden" = "Visible",
  ) {}

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(key(row, column));
  }

  /** The cell, created empty when missing. */
  cellForWrite(row: number, column: number): FakeCell {
    let cell = this.cells.get(key(row, column));
    if (!cell) {
      cell = { value: null, numberFormat: "General", format: { borders: {} } };
      this.cells.set(key(row, column), cell);
    }
    return cell;
  }

  /** The cell at an A1 address, for assertions. */
  at(address: string): FakeCell | undefined {
    const area = fakeParseAddress(address);
    return this.cell(area.top, area.left);
  }

  /** Values of an area as Excel would return them: "" for empty, the error text for errors. */
  valuesOf(address: string): (number | string | boolean)[][] {
    const area = fakeParseAddress(address);
    const rows: (number | string | boolean)[][] = [];
    for (let r = area.top; r <= area.bottom; r++) {
      const row: (number | string | boolean)[] = [];
      for (let c = area.left; c <= area.right; c++) row.push(readValue(this.cell(r, c)).value);
      rows.push(row);
    }
    return rows;
  }

  /** The smallest area holding every non-empty cell, or null when there is none. */
  usedArea(): FakeArea | null {
    let area: FakeArea | null = null;
    for (const [at, cell] of this.cells) {
      if (cell.value === null && cell.formula === undefined && cell.error === undefined) continue;
      const [row, column] = at.split(",").map(Number);
      area = area
        ? {
            top: Math.min(area.top, row),
            left: Math.min(area.left, column),
            bottom: Math.max(area.bottom, row),
            right: Math.max(area.right, column),
          }
        : { top: row, left: column, bottom: row, right: column };
    }
    return area;
  }

  snapshot(position: number): FakeSheetSnapshot {
    const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
    return {
      name: this.name,
      id: this.id,
      position,
      cells: copy([...this.cells.entries()].sort(([a], [b]) => a.localeCompare(b))),
      merges: copy(this.merges),
      conditionalFormats: copy(this.conditionalFormats),
      columnWidths: [...this.columnWidths.entries()].sort(([a], [b]) => a - b),
      rowHeights: [...this.rowHeights.entries()].sort(([a], [b]) => a - b),
      charts: copy(this.charts),
      validations: copy(this.validations),
      frozenRows: this.frozenRows,
      pageLayout: copy(this.pageLayout),
    };
  }
}

function readValue(cell: FakeCell | undefined): { value: number | string | boolean; type: string } {
  // The fake cannot calculate: a formula reads as the error a nonsense formula gives in Excel.
  if (cell?.formula !== undefined) return { value: "#NAME?", type: "Error" };
  if (cell?.error !== undefined) return { value: cell.error, type: "Error" };
  const value = cell?.value ?? null;
  if (value === null) return { value: "", type: "Empty" };
  if (typeof value === "number") return { value, type: "Double" };
  if (typeof value === "boolean") return { value, type: "Boolean" };
  return { value, type: "String" };
}

/**
 * Writes a value as Excel does: text in a cell formatted "@" stays text; elsewhere text starting
 * with "=", "+", "-" or "@" that is not a number becomes a formula ("-A1+1" too), and text Excel reads
 * as a number, a percentage or a logical value is converted: "1,234" → 1234, "50%" → 0.5, "TRUE" → true
 * (Range.values: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="),
 * Excel interprets this value as a formula", https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member;
 * conversion as typed, https://support.microsoft.com/office/stop-automatically-changing-numbers-to-dates-452bd2db-cc96-47d1-81e4-72cec11c4ed8).
 * Text over 32,767 characters is refused.
 */
function writeValue(cell: FakeCell, value: unknown): void {
  if (typeof value === "string" && value.length > MAX_CELL_TEXT) {
    throw new FakeExcelError("InvalidArgument", `A cell holds at most ${MAX_CELL_TEXT} characters.`);
  }
  delete cell.formula;
  delete cell.error;
  if (value === null || value === undefined || value === "") {
    cell.value = null;
    return;
  }
  if (typeof value === "number" || typeof value === "boolean") {
    cell.value = value;
    return;
  }
  const text = String(value);
  if (cell.numberFormat === "@") {
    cell.value = text;
    return;
  }
  const number = readNumber(text);
  if (number !== undefined) cell.value = number;
  else if (/^[=+\-@]./s.test(text)) {
    cell.formula = text;
    cell.value = null;
  } else if (/^(true|false)$/i.test(text.trim())) cell.value = text.trim().toLowerCase() === "true";
  else cell.value = text;
}

/** A number as Excel reads typed text: digits with thousands commas, a sign, a decimal point, or a percentage. */
function readNumber(text: string): number | undefined {
  const match = /^([-+]?)(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(%?)$/.exec(text.trim());
  if (!match || (match[2] === undefined && match[3] === undefined)) return undefined;
  const number = Number(`${match[1]}${(match[2] ?? "0").replace(/,/g, "")}${match[3] ?? ""}`);
  return match[4] === "%" ? number / 100 : number;
}

export class FakeSettings {
  readonly #live: Map<string, string>;
  #saved: Record<string, unknown>;
  saveCount = 0;

  constructor(saved: Readonly<Record<string, unknown>> = {}) {
    this.#saved = JSON.parse(JSON.stringify(saved)) as Record<string, unknown>;
    this.#live = new Map(Object.entries(this.#saved).map(([name, value]) => [name, JSON.stringify(value)]));
  }

  /** Like Office: values are kept serialised, so a caller never shares an object with the store. */
  get(name: string): unknown {
    const text = this.#live.get(name);
    return text === undefined ? null : (JSON.parse(text) as unknown);
  }

  set(name: string, value: unknown): void {
    this.#live.set(name, JSON.stringify(value));
  }

  remove(name: string): void {
    this.#live.delete(name);
  }

  saveAsync(callback?: (result: { status: string; value: undefined }) => void): void {
    void Promise.resolve().then(() => {
      this.#saved = Object.fromEntries([...this.#live].map(([name, text]) => [name, JSON.parse(text)]));
      this.saveCount++;
      callback?.({ status: "succeeded", value: undefined });
    });
  }

  /** What a reopened document would read. */
  saved(): Record<string, unknown> {
    return JSON.parse(JSON.stringify(this.#saved)) as Record<string, unknown>;
  }
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

export class FakeRequestContext {
  readonly workbook: FakeWorkbookObject;
  #queue: (() => void)[] = [];
  #requestBytes = 0;
  #responseBytes = 0;

  constructor(readonly fake: FakeWorkbook) {
    this.workbook = new FakeWorkbookObject(this);
  }

  get pending(): boolean {
    return this.#queue.length > 0;
  }

  enqueue(op: () => void): void {
    this.#queue.push(op);
  }

  countRequest(value: unknown): void {
    this.#requestBytes += utf8Length(JSON.stringify(value) ?? "");
  }

  countResponse(value: unknown): void {
    this.#responseBytes += utf8Length(JSON.stringify(value) ?? "");
    if (this.#responseBytes > this.fake.payloadLimit) {
      throw new FakeExcelError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
    }
  }

  /** Queues an operation that fails on a workbook older than the requirement set. */
  requires(version: string, what: string): void {
    this.enqueue(() => {
      if (!this.fake.supports(version)) {
        throw new FakeExcelError("ApiNotFound", `${what} needs ExcelApi ${version}.`);
      }
    });
  }

  /** Like Office.js, a sync with nothing queued sends no request, so it is not counted either. */
  async sync(): Promise<void> {
    const ops = this.#queue;
    const requestBytes = this.#requestBytes;
    this.#queue = [];
    this.#requestBytes = 0;
    this.#responseBytes = 0;
    if (ops.length === 0) {
      await Promise.resolve();
      return;
    }
    const number = ++this.fake.syncCount;
    await Promise.resolve();
    this.fake.deliverEvents();
    if (requestBytes > this.fake.payloadLimit) {
      throw new FakeExcelError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      );
    }
    const failure = this.fake.takeFailure(number);
    const stopAt = failure ? Math.min(failure.afterOps ?? 0, ops.length) : ops.length;
    for (let i = 0; i < stopAt; i++) ops[i]();
    if (failure) throw new FakeExcelError(failure.code, `Sync ${number} failed as the test asked.`);
  }
}

/** The base of every proxy: loads, reads of loaded values, and the model found on first use. */
abstract class FakeClientObject<T> {
  readonly #values = new Map<string, unknown>();
  #resolved: { readonly model: T | null } | undefined;

  constructor(
    readonly context: FakeRequestContext,
    private readonly resolver: () => T | null,
  ) {}

  protected abstract readonly scalarNames: readonly string[];
  protected abstract snapshot(model: T, name: string): unknown;

  protected child(name: string): FakeClientObject<unknown> | undefined {
    void name;
    return undefined;
  }

  /** The model, or null for a null object; looked up once, while a sync runs. */
  resolve(): T | null {
    if (!this.#resolved) this.#resolved = { model: this.resolver() };
    return this.#resolved.model;
  }

  protected model(): T {
    const model = this.resolve();
    if (model === null || onDeletedSheet(model))
      throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
    return model;
  }

  protected get fake(): FakeWorkbook {
    return this.context.fake;
  }

  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }

  load(paths?: string | string[]): this {
    const list = paths === undefined ? [""] : Array.isArray(paths) ? paths : paths.split(",");
    this.context.enqueue(() => list.forEach((path) => this.loadNow(path.trim())));
    return this;
  }

  loadNow(path: string): void {
    const model = this.resolve();
    this.#values.set("isNullObject", model === null);
    if (model === null) return;
    if (path === "") {
      for (const name of this.scalarNames) this.#store(name, this.snapshot(model, name));
      return;
    }
    const slash = path.indexOf("/");
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? "" : path.slice(slash + 1);
    const child = this.child(head);
    if (child) child.loadNow(rest);
    else if (rest === "" && this.scalarNames.includes(head)) this.#store(head, this.snapshot(model, head));
    else throw new FakeExcelError("InvalidArgument", `The fake has no property '${path}'.`);
  }

  #store(name: string, value: unknown): void {
    if (name === "values" || name === "valueTypes" || name === "numberFormat")
      this.context.countResponse(value);
    this.#values.set(name, value);
  }

  protected read<V>(name: string): V {
    if (!this.#values.has(name)) throw notLoaded(name);
    return this.#values.get(name) as V;
  }

  protected enqueue(op: (model: T) => void): void {
    this.context.enqueue(() => op(this.model()));
  }
}

/**
 * A proxy keeps its sheet after the sheet is deleted, but Excel refuses every later call on it
 * (writes, renames, activate(), a second delete()) with ItemNotFound.
 */
function onDeletedSheet(model: unknown): boolean {
  if (model instanceof FakeSheet) return model.deleted;
  if (typeof model === "object" && model !== null && "sheet" in model) {
    const sheet = (model as { sheet: unknown }).sheet;
    return sheet instanceof FakeSheet && sheet.deleted;
  }
  return false;
}

/** A collection proxy: `items` after load("items/…") and sync. */
abstract class FakeCollection<M, P extends FakeClientObject<M>> {
  #items: P[] | undefined;

  constructor(readonly context: FakeRequestContext) {}

  protected abstract list(): M[];
  protected abstract wrap(model: M): P;

  get items(): P[] {
    if (!this.#items) throw notLoaded("items");
    return this.#items;
  }

  load(paths?: string | string[]): this {
    const list = paths === undefined ? [""] : Array.isArray(paths) ? paths : paths.split(",");
    this.context.enqueue(() => {
      const items = this.list().map((model) => this.wrap(model));
      for (const path of list.map((p) => p.trim().replace(/^items\/?/, ""))) {
        items.forEach((item) => item.loadNow(path));
      }
      this.#items = items;
    });
    return this;
  }
}

interface RangeModel {
  readonly sheet: FakeSheet;
  readonly area: FakeArea;
}

export class FakeWorkbookObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;

  constructor(readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context);
    this.names = new FakeNamedItemCollection(context);
  }
}

export class FakeNamedItemCollection extends FakeCollection<string, FakeNamedItem> {
  protected list(): string[] {
    return [...this.context.fake.names];
  }

  protected wrap(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => name);
  }
}

export class FakeNamedItem extends FakeClientObject<string> {
  protected readonly scalarNames = ["name"];

  protected snapshot(name: string): unknown {
    return name;
  }

  get name(): string {
    return this.read("name");
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeSheet, FakeWorksheet> {
  protected list(): FakeSheet[] {
    return [...this.context.fake.sheets];
  }

  protected wrap(sheet: FakeSheet): FakeWorksheet {
    return new FakeWorksheet(this.context, () => sheet);
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
    return new FakeWorksheet(this.context, () => this.context.fake.findSheet(key) ?? null);
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
    this.context.enqueue(() => {
      added = this.context.fake.addSheet(name);
    });
    return new FakeWorksheet(this.context, () => added);
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
    this.enqueue((sheet) => {
      this.fake.checkName(name, sheet);
      sheet.name = name;
    });
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
    return new FakePageLayout(this.context, () => this.resolve());
  }

  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.context, () => this.model());
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
    return new FakeSheetNames(this.context, () => this.model());
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
    return new FakeRange(this.context, () => ({
      sheet: this.model(),
      area: address === undefined ? fakeParseAddress("1:1048576") : fakeParseAddress(address),
    }));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this.context.requires("1.7", "Worksheet.getRangeByIndexes");
    return new FakeRange(this.context, () => {
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
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    return new FakeRange(this.context, () => {
      const sheet = this.model();
      const area = sheet.usedArea();
      return area ? { sheet, area } : null;
    });
  }
}

/** A sheet's own names: add, and look one up. Excel refuses a name already taken in the same scope. */
export class FakeSheetNames {
  constructor(
    readonly context: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
  ) {}

  add(name: string, reference: FakeRange | string): FakeSheetName {
    this.context.enqueue(() => {
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
    });
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

/** ExcelApi 1.9: every member fails its batch on an older Excel. */
export class FakePageLayout extends FakeClientObject<FakeSheet> {
  protected readonly scalarNames = [];
  readonly headersFooters = { defaultForAllPages: new FakeHeaderFooter(this.context, () => this.resolve()) };

  protected snapshot(): unknown {
    return undefined;
  }

  #set(what: string, write: (setup: FakePageSetup) => void): void {
    this.context.requires("1.9", `PageLayout.${what}`);
    this.enqueue((sheet) => write(sheet.pageLayout));
  }

  setPrintTitleRows(rows: string): void {
    this.#set("setPrintTitleRows", (setup) => {
      fakeParseAddress(rows);
      setup.printTitleRows = rows;
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

const CHART_TYPES = new Set([
  "BarClustered",
  "BarStacked",
  "ColumnClustered",
  "ColumnStacked",
  "Line",
  "Pie",
  "Area",
  "XYScatter",
]);

const rangeRef = (range: FakeRange): FakeRangeRef => {
  const model = range.resolve();
  if (!model) throw new FakeExcelError("ItemNotFound", "The range does not exist.");
  return { sheetId: model.sheet.id, area: model.area };
};

export class FakeChartCollection extends FakeCollection<FakeChart, FakeChartObject> {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(context);
  }

  protected list(): FakeChart[] {
    return [...this.sheet().charts];
  }

  protected wrap(chart: FakeChart): FakeChartObject {
    return new FakeChartObject(this.context, () => chart, this.sheet);
  }

  getItem(name: string): FakeChartObject {
    return new FakeChartObject(
      this.context,
      () => {
        const found = this.sheet().charts.find((chart) => chart.name === name);
        if (!found) throw new FakeExcelError("ItemNotFound", `No chart ${name}.`);
        return found;
      },
      this.sheet,
    );
  }

  /** ExcelApi 1.4. */
  getItemOrNullObject(name: string): FakeChartObject {
    this.context.requires("1.4", "ChartCollection.getItemOrNullObject");
    return new FakeChartObject(
      this.context,
      () => this.sheet().charts.find((chart) => chart.name === name) ?? null,
      this.sheet,
    );
  }

  /** One series per column of the source (or per row when it is wider than tall), named "Series1", …. */
  add(type: string, sourceData: FakeRange, seriesBy: "Auto" | "Columns" | "Rows" = "Auto"): FakeChartObject {
    let added: FakeChart | null = null;
    this.context.enqueue(() => {
      if (!CHART_TYPES.has(type)) throw new FakeExcelError("InvalidArgument", `No chart type ${type}.`);
      const sheet = this.sheet();
      const { sheetId, area } = rangeRef(sourceData);
      const rows = area.bottom - area.top + 1;
      const columns = area.right - area.left + 1;
      const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && columns > rows);
      const count = byRows ? rows : columns;
      const series = Array.from({ length: count }, (_, i) => ({
        name: `Series${i + 1}`,
        values: {
          sheetId,
          area: byRows
            ? { ...area, top: area.top + i, bottom: area.top + i }
            : { ...area, left: area.left + i, right: area.left + i },
        },
      }));
      added = {
        id: this.context.fake.newId(),
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        title: "",
        legend: { position: "Right", visible: true },
        series,
      };
      sheet.charts.push(added);
    });
    return new FakeChartObject(this.context, () => added, this.sheet);
  }
}

export class FakeChartObject extends FakeClientObject<FakeChart> {
  protected readonly scalarNames = ["name"];
  readonly title = new FakeChartTitle(this.context, () => this.resolve());
  readonly legend = new FakeChartLegend(this.context, () => this.resolve());
  readonly series = new FakeChartSeriesCollection(this.context, () => this.model());

  constructor(
    context: FakeRequestContext,
    chart: () => FakeChart | null,
    private readonly sheet: () => FakeSheet,
  ) {
    super(context, chart);
  }

  protected snapshot(chart: FakeChart): unknown {
    return chart.name;
  }

  get name(): string {
    return this.read("name");
  }

  set name(name: string) {
    this.enqueue((chart) => {
      chart.name = name;
    });
  }

  /** The chart covers the cells from startCell to endCell, which must be on the chart's own sheet. */
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this.enqueue((chart) => {
      const sheet = this.sheet();
      const area = (cell: FakeRange | string): FakeArea => {
        if (typeof cell === "string") return fakeParseAddress(cell);
        const ref = rangeRef(cell);
        if (ref.sheetId !== sheet.id)
          throw new FakeExcelError("InvalidArgument", "A chart is placed by cells of its own sheet.");
        return ref.area;
      };
      chart.position = { start: area(startCell), ...(endCell === undefined ? {} : { end: area(endCell) }) };
    });
  }

  delete(): void {
    this.enqueue((chart) => {
      const charts = this.sheet().charts;
      charts.splice(charts.indexOf(chart), 1);
    });
  }
}

export class FakeChartTitle extends FakeClientObject<FakeChart> {
  protected readonly scalarNames = ["text"];

  protected snapshot(chart: FakeChart): unknown {
    return chart.title;
  }

  get text(): string {
    return this.read("text");
  }

  set text(text: string) {
    this.enqueue((chart) => {
      chart.title = text;
    });
  }
}

export class FakeChartLegend extends FakeClientObject<FakeChart> {
  protected readonly scalarNames = ["position", "visible"];

  protected snapshot(chart: FakeChart, name: string): unknown {
    return name === "position" ? chart.legend.position : chart.legend.visible;
  }

  set position(position: string) {
    this.enqueue((chart) => {
      if (!["Top", "Bottom", "Left", "Right", "Corner", "Custom"].includes(position))
        throw new FakeExcelError("InvalidArgument", `No legend position ${position}.`);
      chart.legend.position = position;
    });
  }

  set visible(visible: boolean) {
    this.enqueue((chart) => {
      chart.legend.visible = visible;
    });
  }
}

export class FakeChartSeriesCollection extends FakeCollection<FakeChartSeries, FakeChartSeriesObject> {
  constructor(
    context: FakeRequestContext,
    private readonly chart: () => FakeChart,
  ) {
    super(context);
  }

  protected list(): FakeChartSeries[] {
    return [...this.chart().series];
  }

  protected wrap(series: FakeChartSeries): FakeChartSeriesObject {
    return new FakeChartSeriesObject(this.context, () => series);
  }

  getItemAt(index: number): FakeChartSeriesObject {
    return new FakeChartSeriesObject(this.context, () => {
      const series = this.chart().series[index];
      if (!series) throw new FakeExcelError("ItemNotFound", `The chart has no series ${index}.`);
      return series;
    });
  }

  /** ExcelApi 1.7; the new series has no values until setValues. */
  add(name?: string): FakeChartSeriesObject {
    this.context.requires("1.7", "ChartSeriesCollection.add");
    let added: FakeChartSeries | null = null;
    this.context.enqueue(() => {
      const chart = this.chart();
      added = {
        name: name ?? `Series${chart.series.length + 1}`,
        values: { sheetId: "", area: { top: 0, left: 0, bottom: 0, right: 0 } },
      };
      chart.series.push(added);
    });
    return new FakeChartSeriesObject(this.context, () => added);
  }
}

export class FakeChartSeriesObject extends FakeClientObject<FakeChartSeries> {
  protected readonly scalarNames = ["name"];

  protected snapshot(series: FakeChartSeries): unknown {
    return series.name;
  }

  get name(): string {
    return this.read("name");
  }

  set name(name: string) {
    this.enqueue((series) => {
      series.name = name;
    });
  }

  setValues(sourceData: FakeRange): void {
    this.context.requires("1.7", "ChartSeries.setValues");
    this.enqueue((series) => {
      series.values = rangeRef(sourceData);
    });
  }

  setXAxisValues(sourceData: FakeRange): void {
    this.context.requires("1.7", "ChartSeries.setXAxisValues");
    this.enqueue((series) => {
      series.xValues = rangeRef(sourceData);
    });
  }
}

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
  protected readonly scalarNames = ["name"];
  readonly worksheet = new FakeWorksheet(this.context, () => this.resolve()?.sheet ?? null);

  protected snapshot(table: FakeTable): unknown {
    return table.name;
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

function eachCell(model: RangeModel, write: (cell: FakeCell, row: number, column: number) => void): void {
  const { sheet, area } = model;
  if (cellCount(area) > MAX_FORMATTED_CELLS) {
    throw new FakeExcelError("NotImplemented", "The fake does not format whole rows or columns.");
  }
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++)
      write(sheet.cellForWrite(r, c), r - area.top, c - area.left);
  }
  // Excel raises onChanged for a range's format as well as its values.
  sheet.apiChanged(area);
}

/** A single value applies to every cell; a matrix must match the range's shape. */
function cellInput(input: unknown, area: FakeArea, row: number, column: number): unknown {
  if (!Array.isArray(input)) return input;
  const rows = area.bottom - area.top + 1;
  const columns = area.right - area.left + 1;
  const line: unknown = input[row];
  if (input.length !== rows || !Array.isArray(line) || line.length !== columns) {
    throw new FakeExcelError(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  }
  return line[column];
}

export class FakeRange extends FakeClientObject<RangeModel> {
  protected readonly scalarNames = [
    "address",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "values",
    "valueTypes",
    "numberFormat",
  ];
  readonly format = new FakeRangeFormat(this.context, () => this.resolve());

  protected snapshot({ sheet, area }: RangeModel, name: string): unknown {
    const matrix = <V>(read: (cell: FakeCell | undefined) => V): V[][] => {
      const rows: V[][] = [];
      for (let r = area.top; r <= area.bottom; r++) {
        const row: V[] = [];
        for (let c = area.left; c <= area.right; c++) row.push(read(sheet.cell(r, c)));
        rows.push(row);
      }
      return rows;
    };
    switch (name) {
      case "address":
        return `${quoteSheet(sheet.name)}!${fakeFormatAddress(area)}`;
      case "rowIndex":
        return area.top;
      case "columnIndex":
        return area.left;
      case "rowCount":
        return area.bottom - area.top + 1;
      case "columnCount":
        return area.right - area.left + 1;
      case "values":
        return matrix((cell) => readValue(cell).value);
      case "valueTypes":
        return matrix((cell) => readValue(cell).type);
      default:
        return matrix((cell) => cell?.numberFormat ?? "General");
    }
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return name === "format" ? this.format : undefined;
  }

  get address(): string {
    return this.read("address");
  }

  get rowIndex(): number {
    return this.read("rowIndex");
  }

  get columnIndex(): number {
    return this.read("columnIndex");
  }

  get rowCount(): number {
    return this.read("rowCount");
  }

  get columnCount(): number {
    return this.read("columnCount");
  }

  get values(): (number | string | boolean)[][] {
    return this.read("values");
  }

  set values(values: unknown) {
    this.context.countRequest(values);
    this.enqueue((model) =>
      eachCell(model, (cell, r, c) => writeValue(cell, cellInput(values, model.area, r, c))),
    );
  }

  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }

  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }

  set numberFormat(formats: unknown) {
    this.context.countRequest(formats);
    this.enqueue((model) =>
      eachCell(model, (cell, r, c) => {
        cell.numberFormat = String(cellInput(formats, model.area, r, c));
      }),
    );
  }

  get dataValidation(): FakeDataValidation {
    this.context.requires("1.8", "Range.dataValidation");
    return new FakeDataValidation(this.context, () => this.resolve());
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.context.requires("1.6", "Range.conditionalFormats");
    return new FakeConditionalFormatCollection(this.context, () => this.model());
  }

  /**
   * Merging keeps only the upper-left value ("only the data in the upper-left cell remains", Merge and
   * unmerge cells, https://support.microsoft.com/office/merge-and-unmerge-cells-5cbd15d5-9375-4540-907f-c673a93fcedf),
   * and a merge that overlaps another merged area is refused: unmerge it first.
   */
  merge(across?: boolean): void {
    this.enqueue(({ sheet, area }) => {
      const areas =
        across === true
          ? Array.from({ length: area.bottom - area.top + 1 }, (_, i) => ({
              ...area,
              top: area.top + i,
              bottom: area.top + i,
            }))
          : [area];
      for (const merged of areas) {
        if (sheet.merges.some((other) => intersects(other, merged))) {
          throw new FakeExcelError("InvalidOperation", "The range overlaps a merged area; unmerge it first.");
        }
        for (const [at, cell] of sheet.cells) {
          const [row, column] = at.split(",").map(Number);
          const inside =
            row >= merged.top && row <= merged.bottom && column >= merged.left && column <= merged.right;
          if (inside && (row !== merged.top || column !== merged.left)) {
            cell.value = null;
            delete cell.formula;
            delete cell.error;
          }
        }
        sheet.merges.push(merged);
      }
    });
  }

  /**
   * ExcelApi 1.13: the merged areas whose top-left cell is in this range, as a RangeAreas whose
   * `address` alone can be loaded ("Sheet1!A3:A5, Sheet1!D1:D4"); a null object when there are none.
   * Like Excel, it fails when there are more than 512.
   */
  getMergedAreasOrNullObject(): FakeClientObject<string> & { readonly address: string } {
    this.context.requires("1.13", "Range.getMergedAreasOrNullObject");
    class FakeMergedAreas extends FakeClientObject<string> {
      protected readonly scalarNames = ["address"];
      protected snapshot(address: string): unknown {
        return address;
      }
      get address(): string {
        return this.read("address");
      }
    }
    return new FakeMergedAreas(this.context, () => {
      const { sheet, area } = this.model();
      const inside = sheet.merges.filter(
        (m) => m.top >= area.top && m.top <= area.bottom && m.left >= area.left && m.left <= area.right,
      );
      if (inside.length > 512) throw new FakeExcelError("GeneralException", "Too many merged areas.");
      if (inside.length === 0) return null;
      return inside.map((m) => `${quoteSheet(sheet.name)}!${fakeFormatAddress(m)}`).join(", ");
    });
  }

  unmerge(): void {
    this.enqueue(({ sheet, area }) => {
      for (let i = sheet.merges.length - 1; i >= 0; i--) {
        if (intersects(sheet.merges[i], area)) sheet.merges.splice(i, 1);
      }
    });
  }

  /** Range.clear(): "All" (the default) takes values, formulas and formats; merges are left to unmerge(). */
  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.enqueue(({ sheet, area }) => {
      for (const [at, cell] of sheet.cells) {
        const [row, column] = at.split(",").map(Number);
        if (row < area.top || row > area.bottom || column < area.left || column > area.right) continue;
        if (applyTo !== "Formats") {
          cell.value = null;
          delete cell.formula;
          delete cell.error;
        }
        if (applyTo !== "Contents") {
          cell.numberFormat = "General";
          cell.format = { borders: {} };
        }
      }
      for (const row of [...sheet.rowHeights.keys()]) {
        if (applyTo !== "Contents" && row >= area.top && row <= area.bottom) sheet.rowHeights.delete(row);
      }
      sheet.apiChanged(area);
    });
  }

  /** The whole columns this range spans (only its geometry is used: loading it would be huge). */
  getEntireColumn(): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, area } = this.model();
      return { sheet, area: { top: 0, left: area.left, bottom: MAX_ROWS - 1, right: area.right } };
    });
  }

  getRow(row: number): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, area } = this.model();
      if (row < 0 || area.top + row > area.bottom)
        throw new FakeExcelError("InvalidArgument", "No such row.");
      return { sheet, area: { ...area, top: area.top + row, bottom: area.top + row } };
    });
  }

  getBoundingRect(other: FakeRange): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, area } = this.model();
      const b = other.model();
      if (b.sheet !== sheet)
        throw new FakeExcelError("InvalidArgument", "The ranges are on different sheets.");
      return {
        sheet,
        area: {
          top: Math.min(area.top, b.area.top),
          left: Math.min(area.left, b.area.left),
          bottom: Math.max(area.bottom, b.area.bottom),
          right: Math.max(area.right, b.area.right),
        },
      };
    });
  }

  select(): void {
    this.enqueue(({ sheet, area }) => {
      if (this.fake.activeSheet !== sheet) {
        throw new FakeExcelError("InvalidOperation", "Only a range on the active sheet can be selected.");
      }
      this.fake.selection = { sheet: sheet.name, address: fakeFormatAddress(area) };
    });
  }
}

/** ExcelApi 1.8. The fake keeps one rule per area and does not split a rule a new one overlaps. */
export class FakeDataValidation extends FakeClientObject<RangeModel> {
  protected readonly scalarNames = [];

  protected snapshot(): unknown {
    return undefined;
  }

  #entry({ sheet, area }: RangeModel): FakeValidation {
    const same = (other: FakeArea) =>
      other.top === area.top &&
      other.left === area.left &&
      other.bottom === area.bottom &&
      other.right === area.right;
    let entry = sheet.validations.find((v) => same(v.area));
    if (!entry) {
      if (sheet.validations.some((v) => intersects(v.area, area))) {
        throw new FakeExcelError("NotImplemented", "The fake does not split an overlapping validation.");
      }
      entry = { area };
      sheet.validations.push(entry);
    }
    return entry;
  }

  /**
   * A list's source is typed-in values or a Range, kept as Excel reads it back: "=Sheet!$A$1:$A$4"
   * (https://learn.microsoft.com/javascript/api/excel/excel.listdatavalidation#excel-excel-listdatavalidation-source-member).
   */
  set rule(rule: { list?: { inCellDropDown: boolean; source: string | FakeRange } }) {
    this.enqueue((model) => {
      if (!rule.list) throw new FakeExcelError("NotImplemented", "The fake models list rules only.");
      const { inCellDropDown, source } = rule.list;
      let text: string;
      if (typeof source === "string") {
        if (source.length > MAX_LIST_SOURCE)
          throw new FakeExcelError("InvalidArgument", "The list source is too long.");
        text = source;
      } else {
        const { sheetId, area } = rangeRef(source);
        const sheet = this.fake.sheets.find((s) => s.id === sheetId);
        if (!sheet) throw new FakeExcelError("ItemNotFound", "The list's sheet does not exist.");
        text = `=${quoteSheet(sheet.name)}!${fakeFormatAddress(area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
      }
      this.#entry(model).rule = { list: { inCellDropDown, source: text } };
    });
  }

  set errorAlert(alert: { showAlert?: boolean; style?: string; title?: string; message?: string }) {
    this.enqueue((model) => {
      this.#entry(model).errorAlert = { ...alert };
    });
  }

  clear(): void {
    this.enqueue(({ sheet, area }) => {
      for (let i = sheet.validations.length - 1; i >= 0; i--) {
        if (intersects(sheet.validations[i].area, area)) sheet.validations.splice(i, 1);
      }
    });
  }
}

export class FakeRangeFormat extends FakeClientObject<RangeModel> {
  protected readonly scalarNames = [
    "columnWidth",
    "rowHeight",
    "horizontalAlignment",
    "verticalAlignment",
    "wrapText",
  ];
  readonly font = new FakeRangeFont(this.context, () => this.resolve());
  readonly fill = new FakeRangeFill(this.context, () => this.resolve());
  readonly borders = new FakeRangeBorderCollection(this.context, () => this.resolve());

  protected snapshot({ sheet, area }: RangeModel, name: string): unknown {
    if (name === "columnWidth") return sheet.columnWidths.get(area.left) ?? 48;
    if (name === "rowHeight") return sheet.rowHeights.get(area.top) ?? DEFAULT_ROW_HEIGHT;
    const format = sheet.cell(area.top, area.left)?.format;
    if (name === "wrapText") return format?.wrapText ?? false;
    if (name === "horizontalAlignment") return format?.horizontalAlignment ?? "General";
    return format?.verticalAlignment ?? "Bottom";
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return name === "font" ? this.font : name === "fill" ? this.fill : undefined;
  }

  set columnWidth(width: number) {
    this.enqueue(({ sheet, area }) => {
      for (let c = area.left; c <= area.right; c++) sheet.columnWidths.set(c, width);
    });
  }

  set rowHeight(height: number) {
    this.enqueue(({ sheet, area }) => {
      if (!(height >= 0 && height <= MAX_ROW_HEIGHT))
        throw new FakeExcelError("InvalidArgument", `A row height is 0 to ${MAX_ROW_HEIGHT} points.`);
      for (let r = area.top; r <= area.bottom; r++) sheet.rowHeights.set(r, height);
    });
  }

  set horizontalAlignment(alignment: string) {
    this.enqueue((model) =>
      eachCell(model, (cell) => {
        cell.format.horizontalAlignment = alignment;
      }),
    );
  }

  set verticalAlignment(alignment: string) {
    this.enqueue((model) =>
      eachCell(model, (cell) => {
        cell.format.verticalAlignment = alignment;
      }),
    );
  }

  set wrapText(wrap: boolean) {
    this.enqueue((model) =>
      eachCell(model, (cell) => {
        cell.format.wrapText = wrap;
      }),
    );
  }

  /**
   * The fake cannot measure text, so fitted heights are not modelled; what it keeps is that autofit
   * replaces any height set before it, as in Excel.
   */
  autofitRows(): void {
    this.enqueue(({ sheet, area }) => {
      for (let r = area.top; r <= area.bottom; r++) sheet.rowHeights.delete(r);
    });
  }
}

export class FakeRangeFont extends FakeClientObject<RangeModel> {
  protected readonly scalarNames = ["bold", "italic", "name", "size", "color"];

  protected snapshot({ sheet, area }: RangeModel, name: string): unknown {
    const format = sheet.cell(area.top, area.left)?.format;
    if (name === "bold") return format?.bold ?? false;
    if (name === "italic") return format?.italic ?? false;
    if (name === "name") return format?.fontName ?? "Calibri";
    if (name === "size") return format?.fontSize ?? 11;
    return format?.fontColor ?? "#000000";
  }

  #set(write: (format: FakeCellFormat) => void): void {
    this.enqueue((model) => eachCell(model, (cell) => write(cell.format)));
  }

  set bold(bold: boolean) {
    this.#set((format) => (format.bold = bold));
  }

  set italic(italic: boolean) {
    this.#set((format) => (format.italic = italic));
  }

  set name(name: string) {
    this.#set((format) => (format.fontName = name));
  }

  set size(size: number) {
    this.#set((format) => (format.fontSize = size));
  }

  set color(color: string) {
    this.#set((format) => (format.fontColor = color));
  }
}

export class FakeRangeFill extends FakeClientObject<RangeModel> {
  protected readonly scalarNames = ["color"];

  protected snapshot({ sheet, area }: RangeModel): unknown {
    return sheet.cell(area.top, area.left)?.format.fill ?? "#FFFFFF";
  }

  set color(color: string) {
    this.enqueue((model) =>
      eachCell(model, (cell) => {
        cell.format.fill = color;
      }),
    );
  }
}

export class FakeRangeBorderCollection {
  constructor(
    readonly context: FakeRequestContext,
    private readonly range: () => RangeModel | null,
  ) {}

  getItem(index: string): FakeRangeBorder {
    return new FakeRangeBorder(this.context, this.range, index);
  }
}

export class FakeRangeBorder extends FakeClientObject<RangeModel> {
  protected readonly scalarNames = [];

  constructor(
    context: FakeRequestContext,
    range: () => RangeModel | null,
    readonly sideIndex: string,
  ) {
    super(context, range);
  }

  protected snapshot(): unknown {
    return undefined;
  }

  set style(style: string) {
    this.#paint((format, edge) => (format.borders[edge] = style));
  }

  set color(colour: string) {
    this.#paint((format, edge) => ((format.borderColours ??= {})[edge] = colour));
  }

  #paint(write: (format: FakeCellFormat, edge: FakeEdge) => void): void {
    this.enqueue((model) =>
      eachCell(model, (cell, r, c) => {
        const rows = model.area.bottom - model.area.top;
        const columns = model.area.right - model.area.left;
        const edges: FakeEdge[] = [];
        if (this.sideIndex === "EdgeTop" && r === 0) edges.push("top");
        if (this.sideIndex === "EdgeBottom" && r === rows) edges.push("bottom");
        if (this.sideIndex === "EdgeLeft" && c === 0) edges.push("left");
        if (this.sideIndex === "EdgeRight" && c === columns) edges.push("right");
        if (this.sideIndex === "InsideHorizontal") {
          if (r > 0) edges.push("top");
          if (r < rows) edges.push("bottom");
        }
        if (this.sideIndex === "InsideVertical") {
          if (c > 0) edges.push("left");
          if (c < columns) edges.push("right");
        }
        for (const edge of edges) write(cell.format, edge);
      }),
    );
  }
}

/** The conditional formats that overlap a range, top priority first. */
export class FakeConditionalFormatCollection extends FakeCollection<
  FakeConditionalFormat,
  FakeConditionalFormatObject
> {
  constructor(
    context: FakeRequestContext,
    private readonly range: () => RangeModel,
  ) {
    super(context);
  }

  protected list(): FakeConditionalFormat[] {
    const { sheet, area } = this.range();
    return sheet.conditionalFormats.filter((format) => intersects(format.area, area));
  }

  /**
   * A rule's proxy names it by its place in the sheet's list (its priority), as Excel's does: after a
   * delete before it, the same proxy names the next rule down, or none.
   */
  protected wrap(format: FakeConditionalFormat): FakeConditionalFormatObject {
    const sheet = this.range().sheet;
    const place = sheet.conditionalFormats.indexOf(format);
    return new FakeConditionalFormatObject(
      this.context,
      () => sheet.conditionalFormats[place] ?? null,
      () => sheet,
    );
  }

  add(type: string): FakeConditionalFormatObject {
    let added: FakeConditionalFormat | null = null;
    this.context.enqueue(() => {
      const { sheet, area } = this.range();
      added = { id: this.context.fake.newId(), type, area };
      sheet.conditionalFormats.unshift(added);
      // Not documented either way; the fake assumes a rule change raises onChanged like a format does.
      sheet.apiChanged(area);
    });
    return new FakeConditionalFormatObject(
      this.context,
      () => added,
      () => this.range().sheet,
    );
  }

  /** Removes every rule overlapping the range, the user's included, as Excel does. */
  clearAll(): void {
    this.context.enqueue(() => {
      const { sheet } = this.range();
      for (const format of this.list())
        sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(format), 1);
    });
  }
}

export class FakeConditionalFormatObject extends FakeClientObject<FakeConditionalFormat> {
  protected readonly scalarNames = ["id", "type", "priority"];
  readonly custom = new FakeCustomConditionalFormat(this.context, () => {
    const format = this.resolve();
    if (format && format.type !== "Custom") {
      throw new FakeExcelError("InvalidOperation", `A ${format.type} rule has no custom part.`);
    }
    return format;
  });

  constructor(
    context: FakeRequestContext,
    private readonly format: () => FakeConditionalFormat | null,
    private readonly sheet: () => FakeSheet,
  ) {
    super(context, format);
  }

  /** Looked up at each step, not once: the proxy names a place in the list, whatever rule is there now. */
  override resolve(): FakeConditionalFormat | null {
    return this.format();
  }

  protected snapshot(format: FakeConditionalFormat, name: string): unknown {
    if (name === "id") return format.id;
    if (name === "type") return format.type;
    return this.sheet().conditionalFormats.indexOf(format);
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return name === "custom" ? this.custom : undefined;
  }

  get id(): string {
    return this.read("id");
  }

  get type(): string {
    return this.read("type");
  }

  get priority(): number {
    return this.read("priority");
  }

  delete(): void {
    this.enqueue((format) => {
      const list = this.sheet().conditionalFormats;
      const index = list.indexOf(format);
      if (index < 0) throw new FakeExcelError("ItemNotFound", "The conditional format is gone.");
      list.splice(index, 1);
      this.sheet().apiChanged(format.area);
    });
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.sheet(), area: this.model().area }));
  }
}

export class FakeCustomConditionalFormat extends FakeClientObject<FakeConditionalFormat> {
  protected readonly scalarNames = [];
  readonly rule = new FakeConditionalFormatRule(this.context, () => this.resolve());
  readonly format = new FakeConditionalRangeFormat(this.context, () => this.resolve());

  protected snapshot(): unknown {
    return undefined;
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return name === "rule" ? this.rule : name === "format" ? this.format : undefined;
  }
}

export class FakeConditionalFormatRule extends FakeClientObject<FakeConditionalFormat> {
  protected readonly scalarNames = ["formula"];

  protected snapshot(format: FakeConditionalFormat): unknown {
    return format.formula ?? "";
  }

  get formula(): string {
    return this.read("formula");
  }

  set formula(formula: string) {
    this.enqueue((format) => {
      if (!formula.startsWith("="))
        throw new FakeExcelError("InvalidArgument", "A rule's formula starts with =.");
      format.formula = formula;
    });
  }
}

export class FakeConditionalRangeFormat extends FakeClientObject<FakeConditionalFormat> {
  protected readonly scalarNames = [];
  readonly fill = new FakeConditionalFill(this.context, () => this.resolve());

  protected snapshot(): unknown {
    return undefined;
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return name === "fill" ? this.fill : undefined;
  }
}

export class FakeConditionalFill extends FakeClientObject<FakeConditionalFormat> {
  protected readonly scalarNames = ["color"];

  protected snapshot(format: FakeConditionalFormat): unknown {
    return format.fill ?? "";
  }

  set color(color: string) {
    this.enqueue((format) => {
      format.fill = color;
    });
  }
}

const reject = (): Promise<never> =>
  Promise.reject(new FakeExcelError("InvalidArgument", "Excel.run needs a batch function."));

/**
 * Installs the fake as the globals `Excel` and `Office` (Excel.run, document settings and
 * requirement sets) and returns its workbook for assertions.
 */
export function installFakeExcel(spec: FakeWorkbookSpec): FakeWorkbook {
  const workbook = new FakeWorkbook(spec);
  Object.assign(globalThis, {
    Excel: {
      run: <T>(
        first: FakeRequestContext | ((context: FakeRequestContext) => Promise<T>),
        second?: (context: FakeRequestContext) => Promise<T>,
      ) =>
        first instanceof FakeRequestContext ? workbook.run(first, second ?? reject) : workbook.run(first),
    },
    Office: {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        document: { settings: workbook.settings },
        requirements: {
          isSetSupported: (name: string, version = "1.1") =>
            name === "ExcelApi" && workbook.supports(version),
        },
      },
    },
  });
  return workbook;
}
