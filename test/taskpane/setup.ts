/** What jsdom lacks and Fluent UI's positioning and motion ask for; used by the task pane's tests only. */
import { configure } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "node:util";
import { loadLanguage } from "../../src/taskpane/words/strings";

/**
 * findBy and waitFor give up after 1 s by default; the later steps load as chunks of their own and a
 * busy 2-core machine can take longer than that to render one. What is waited for must still appear.
 */
configure({ asyncUtilTimeout: 5_000 });

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

// Every browser has TextEncoder; jsdom does not, and the report document's writer (docx) needs it.
if (!("TextEncoder" in globalThis)) Object.assign(globalThis, { TextEncoder, TextDecoder });

if (!("ResizeObserver" in window)) {
  Object.defineProperty(window, "ResizeObserver", { value: NoResizeObserver, writable: true });
}

if (!("matchMedia" in window)) {
  Object.defineProperty(window, "matchMedia", {
    writable: true,
    value: (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList,
  });
}

/**
 * jsdom lays nothing out, so every element is 0 px wide and Fluent UI's Overflow would put every step
 * tab but one into its menu. Here a line holding overflow items is as wide as a wide pane, so every
 * step is a tab; the browser test (test/browser/steps.test.ts) measures the real line at 350 px.
 */
const layoutFreeWidth = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "clientWidth");
Object.defineProperty(HTMLElement.prototype, "clientWidth", {
  configurable: true,
  get(this: HTMLElement): number {
    if (this.querySelector(":scope > * [data-overflow-item], :scope > [data-overflow-item]")) return 1000;
    return (layoutFreeWidth?.get?.call(this) as number | undefined) ?? 0;
  },
});

/**
 * Of the ~800 rules Fluent UI's styles (Griffel) insert, jsdom keeps only those that can hide an element or
 * give it text: `display`, `visibility` and `content`, which is all that Testing Library's role queries and
 * accessible names read from styles. jsdom matches every rule against an element each time a query asks
 * whether it is hidden, and that was a third of the pane tests' time; how the pane looks is tested in
 * Chromium (test/browser). Griffel inserts through `insertRule`.
 */
const insertRule = CSSStyleSheet.prototype.insertRule;
CSSStyleSheet.prototype.insertRule = function (this: CSSStyleSheet, rule: string, index?: number): number {
  return /display|visibility|content/.test(rule) ? insertRule.call(this, rule, index) : (index ?? 0);
};

// The pane fetches its English words before it shows in English (index.tsx, planEffects.ts); tests that
// render a pane already in English start with them here, as the pane would.
beforeAll(() => loadLanguage("en"));
