/** The proxy rules every object shares: load, sync, and reads of loaded values. */

import { FakeExcelError, notLoaded } from "./errors";
import { FakeSheet } from "./sheet";
import type { FakeWorkbook } from "./workbook";
import type { FakePathObject, FakeRequestContext } from "./context";

/** The base of every proxy: loads, reads of loaded values, and the model found on first use. */
export abstract class FakeClientObject<T> implements FakePathObject {
  readonly #values = new Map<string, unknown>();
  #resolved: { readonly model: T | null } | undefined;

  constructor(
    readonly context: FakeRequestContext,
    private readonly resolver: () => T | null,
    /** The proxy this one is a property of (a range's `format`), whose object path is sent with it. */
    readonly pathParent?: FakePathObject,
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
    this.context.enqueue(() => list.forEach((path) => this.loadNow(path.trim())), { on: this, args: list });
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
    if (name === "values" || name === "valueTypes" || name === "numberFormat" || name === "cellAddresses")
      this.context.countResponse(value);
    this.#values.set(name, value);
  }

  protected read<V>(name: string): V {
    if (!this.#values.has(name)) throw notLoaded(name);
    return this.#values.get(name) as V;
  }

  /** Queues a property set or method call on this proxy; `refs` are proxies passed as its arguments. */
  protected enqueue(op: (model: T) => void, refs?: readonly FakePathObject[]): void {
    this.context.enqueue(() => op(this.model()), { on: this, ...(refs ? { refs } : {}) });
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
export abstract class FakeCollection<M, P extends FakeClientObject<M>> implements FakePathObject {
  #items: P[] | undefined;

  constructor(
    readonly context: FakeRequestContext,
    readonly pathParent?: FakePathObject,
  ) {}

  protected abstract list(): M[];
  protected abstract wrap(model: M): P;

  get items(): P[] {
    if (!this.#items) throw notLoaded("items");
    return this.#items;
  }

  load(paths?: string | string[]): this {
    const list = paths === undefined ? [""] : Array.isArray(paths) ? paths : paths.split(",");
    this.context.enqueue(
      () => {
        const items = this.list().map((model) => this.wrap(model));
        for (const path of list.map((p) => p.trim().replace(/^items\/?/, ""))) {
          items.forEach((item) => item.loadNow(path));
        }
        this.#items = items;
      },
      { on: this, args: list },
    );
    return this;
  }
}
