/** The document's settings (Office.context.document.settings). */

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

  /**
   * Settings.refreshAsync: this pane's copy is read again from the document, as saved by anyone
   * (https://learn.microsoft.com/javascript/api/office/office.settings#office-office-settings-refreshasync-member(1)).
   */
  refreshAsync(callback?: (result: { status: string; value: FakeSettings }) => void): void {
    void Promise.resolve().then(() => {
      this.#live.clear();
      for (const [name, value] of Object.entries(this.#saved)) this.#live.set(name, JSON.stringify(value));
      callback?.({ status: "succeeded", value: this });
    });
  }

  /** A co-author's pane saves a setting: the document changes, this pane's copy does not until refreshed. */
  savedElsewhere(name: string, value: unknown): void {
    this.#saved = { ...this.#saved, [name]: JSON.parse(JSON.stringify(value)) as unknown };
  }

  /** What a reopened document would read. */
  saved(): Record<string, unknown> {
    return JSON.parse(JSON.stringify(this.#saved)) as Record<string, unknown>;
  }
}
