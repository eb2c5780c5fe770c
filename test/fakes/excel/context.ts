/** The request context: the queue of operations, sync, and payload limits. */

import { FakeExcelError } from "./errors";
import { utf8Length } from "./address";
import { FakeWorkbook } from "./workbook";
import { FakeNamedItemCollection } from "./names";
import { FakeWorksheetCollection } from "./worksheet";
import { FakeTableCollection } from "./tables";

/**
 * The request office.js sends at a sync, estimated as office.js builds it
 * (ClientRequestBase.buildRequestMessageBodyAndRequestFlags in @microsoft/office-js's excel-web-16.00.debug.js):
 * one JSON object of `Actions` and `ObjectPaths`. Each property set or method call is an action, such as
 * `{"Id":13,"ActionType":4,"Name":"Bold","ObjectPathId":11,"ArgumentInfo":{"Arguments":[true]},"L":[9,11]}`:
 * some 90 to 115 bytes with its name and a short value, more with the five-digit ids of a large batch. Each
 * proxy an action uses (and each proxy it is a property of) is sent once per request as its object path, such as
 * `"7":{"Id":7,"ObjectPathType":3,"Name":"GetRangeByIndexes","ParentObjectPathId":5,"ArgumentInfo":{"Arguments":[10,0,1,9]}}`,
 * with an `Instantiate` action `{"Id":8,"ActionType":1,"Name":"","ObjectPathId":7}`: 75 bytes for a property
 * path (`Format`, `Font`), 125 for a method's with its arguments, plus 55. Values, number formats and
 * formulas add their JSON (countRequest). The two figures below are rounded so that the summary's write
 * comes within 2% of what office.js itself builds for it, from the sample up to 1,000 projects not
 * carried out (test/excel/requestSize.test.ts checks 5%).
 */
const ACTION_BYTES = 120;
const PATH_BYTES = 140;

/** A proxy (or a collection) as office.js sends it: an object path, under its parent's. */
export interface FakePathObject {
  readonly pathParent?: FakePathObject | undefined;
}

/** What one queued operation sends: the object it acts on, and its arguments when they are data. */
export interface FakeSent {
  readonly on?: FakePathObject;
  /** Proxies passed as arguments (a chart's source range): their paths are sent too. */
  readonly refs?: readonly FakePathObject[];
  readonly args?: unknown;
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbookObject;
  #queue: (() => void)[] = [];
  #requestBytes = 0;
  #responseBytes = 0;
  /** Object paths already in the request being built. */
  #sentPaths = new Set<FakePathObject>();
  /**
   * Set by Excel.run for its batch: `{ delayForCellEdit: true }` waits for the user to leave cell-edit
   * mode, anything else fails in it (https://learn.microsoft.com/javascript/api/excel/excel.runoptions).
   */
  delayForCellEdit = false;

  constructor(readonly fake: FakeWorkbook) {
    this.workbook = new FakeWorkbookObject(this);
  }

  get pending(): boolean {
    return this.#queue.length > 0;
  }

  /** Queues an operation sent to Excel: an action in the next request, counted as office.js sends it. */
  enqueue(op: () => void, sent: FakeSent = {}): void {
    let bytes = ACTION_BYTES + (sent.args === undefined ? 0 : utf8Length(JSON.stringify(sent.args) ?? ""));
    for (const object of [sent.on, ...(sent.refs ?? [])]) {
      for (let path = object; path && !this.#sentPaths.has(path); path = path.pathParent) {
        this.#sentPaths.add(path);
        bytes += PATH_BYTES;
      }
    }
    this.#requestBytes += bytes;
    this.#queue.push(op);
  }

  /** A value's JSON, as an action's argument carries it (values, number formats, formulas). */
  countRequest(value: unknown): void {
    this.#requestBytes += utf8Length(JSON.stringify(value) ?? "");
  }

  countResponse(value: unknown): void {
    this.#responseBytes += utf8Length(JSON.stringify(value) ?? "");
    if (this.#responseBytes > this.fake.payloadLimit) {
      throw new FakeExcelError(
        this.fake.oversizedResponseCode,
        this.fake.oversizedResponseCode === "GeneralException"
          ? "An internal error has occurred."
          : "The response payload size has exceeded the limit.",
      );
    }
  }

  /** Queues a check Excel makes of the operation after it, which sends nothing of its own. */
  check(op: () => void): void {
    this.#queue.push(op);
  }

  /** Queues an operation that fails on a workbook older than the requirement set. */
  requires(version: string, what: string): void {
    this.check(() => {
      if (!this.fake.supports(version)) {
        throw new FakeExcelError("ApiNotFound", `${what} needs ExcelApi ${version}.`);
      }
    });
  }

  /**
   * Like Office.js, a sync with nothing queued sends no request, so it is not counted either. A request
   * over the limit is refused whole (RequestPayloadSizeLimitExceeded); in cell-edit mode a request fails
   * (InvalidOperationInCellEditMode) unless its run asked to wait, and then waits for the edit to end.
   */
  async sync(): Promise<void> {
    const ops = this.#queue;
    const requestBytes = this.#requestBytes;
    this.#queue = [];
    this.#requestBytes = 0;
    this.#responseBytes = 0;
    this.#sentPaths = new Set();
    if (ops.length === 0) {
      await Promise.resolve();
      return;
    }
    const number = ++this.fake.syncCount;
    this.fake.requestSizes.push(requestBytes);
    await Promise.resolve();
    if (this.fake.editing) {
      if (!this.delayForCellEdit) {
        throw new FakeExcelError(
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
        );
      }
      await this.fake.editing;
    }
    this.fake.deliverEvents();
    if (requestBytes > this.fake.requestLimit) {
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
