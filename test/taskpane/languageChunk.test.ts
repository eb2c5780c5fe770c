/** The pane's English words come in a chunk of their own, fetched before the pane speaks English. */
import type { PaneStrings } from "../../src/taskpane/words/strings";

type Words = typeof import("../../src/taskpane/words/strings");

describe("the pane's words", () => {
  it("are Thai until English is fetched, then English; Thai needs no fetch", async () => {
    let words: Words | undefined;
    jest.isolateModules(() => {
      words = jest.requireActual<Words>("../../src/taskpane/words/strings");
    });
    const { paneStrings, loadLanguage } = words!;
    expect(paneStrings("th").lang).toBe("th");
    expect(paneStrings("en").lang).toBe("th");
    await loadLanguage("en");
    const english: PaneStrings = paneStrings("en");
    expect(english.lang).toBe("en");
    expect(english.appTitle).toBe("Integrity Plan Report");
  });
});
