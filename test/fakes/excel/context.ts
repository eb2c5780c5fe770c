/** The request context: the queue of operations, sync, and payload limits. */

import { FakeExcelError } from "./errors";
import { utf8Length } from "./address";
import { FakeWorkbook } from "./workbook";
import { FakeNamedItemCollection } from "./names";
import { FakeWorksheetCollection } from "./worksheet";
import { FakeTableCollection } from "./tables";

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
