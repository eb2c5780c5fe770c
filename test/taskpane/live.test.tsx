/** @jest-environment jsdom */
import "./setup";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { SAMPLE_GRID, SAMPLE_ROWS, type Cell } from "../../src/core";
import { analyze, fingerprint } from "../../src/taskpane/state/planReport";
import { RECHECK_DELAY_MS } from "../../src/taskpane/state/usePlan";
import { FakeHost, OTHER_SHEET, SAMPLE_CHOICE, gridOf } from "./fakeHost";
import { STRINGS } from "../../src/taskpane/words/allStrings";
import { banner, choose, renderPane, stepTabName } from "./render";

const WRITE = "เขียนตารางสรุปลงสมุดงาน";
const STALE = "ตารางสรุปไม่เป็นปัจจุบัน";

/** The sample with row 9's reason filled in: one warning fewer. */
function sampleWithReason(): Cell[][] {
  const rows: Cell[][] = SAMPLE_ROWS.map((row) => [...row]);
  rows[8][7] = "ไม่ได้รับงบประมาณ";
  return rows;
}

/** The sample with row 9's status made unreadable: one error. */
function sampleWithAnError(): Cell[][] {
  const rows: Cell[][] = SAMPLE_ROWS.map((row) => [...row]);
  rows[8][6] = "รอดู";
  return rows;
}

/** Renders the pane and waits until it listens to the sample plan. */
async function watching(host: FakeHost): Promise<Awaited<ReturnType<typeof renderPane>>> {
  const view = await renderPane(host);
  await waitFor(() => expect(host.watchers.map((watcher) => watcher.choice)).toEqual([SAMPLE_CHOICE]));
  return view;
}

/** Lets the edits settle: the debounce runs out and the reread and any writes that follow finish. */
async function settle(): Promise<void> {
  await act(async () => {
    jest.advanceTimersByTime(RECHECK_DELAY_MS);
  });
}

/** The calls that change the workbook or its settings. */
function writes(host: FakeHost): number {
  return [
    host.writeSummary,
    host.saveSettings,
    host.flagRows,
    host.removeFlags,
    host.createTemplate,
    host.writeRollup,
  ].reduce((count, call) => count + call.mock.calls.length, 0);
}

/** What the sample's summary is written from (the pane's own fingerprint of its report). */
function sampleFingerprint(): string {
  const report = analyze(SAMPLE_GRID, {}, SAMPLE_CHOICE);
  if (!report) throw new Error("the sample no longer reads as a plan");
  return fingerprint(report);
}

async function writeSummary(host: FakeHost): Promise<void> {
  fireEvent.click(screen.getByRole("tab", { name: "สรุป" }));
  fireEvent.click(screen.getByRole("button", { name: WRITE }));
  await waitFor(() => expect(host.writeSummary).toHaveBeenCalledTimes(1));
}

describe("checking the plan again as it is edited", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("listens to the chosen plan", async () => {
    const host = new FakeHost();
    await watching(host);
    expect(host.watchPlan).toHaveBeenCalledTimes(1);
    expect(host.watchPlan).toHaveBeenCalledWith(SAMPLE_CHOICE, expect.any(Function));
  });

  it("reads the plan once after a burst of edits, and the counts follow", async () => {
    const host = new FakeHost();
    await watching(host);
    expect(stepTabName(/^ตรวจสอบ/)).toBe("ตรวจสอบ 2 รายการ");
    expect(host.readPlan).toHaveBeenCalledTimes(1);
    host.readPlan.mockResolvedValue(gridOf(sampleWithReason()));

    act(() => {
      host.edit();
      jest.advanceTimersByTime(RECHECK_DELAY_MS - 1);
      host.edit();
      jest.advanceTimersByTime(RECHECK_DELAY_MS - 1);
      host.edit();
      jest.advanceTimersByTime(RECHECK_DELAY_MS - 1);
    });
    expect(host.readPlan).toHaveBeenCalledTimes(1);

    await act(async () => {
      jest.advanceTimersByTime(1);
    });
    expect(host.readPlan).toHaveBeenCalledTimes(2);
    expect(host.readPlan).toHaveBeenLastCalledWith(SAMPLE_CHOICE, expect.any(Function));
    await waitFor(() => expect(stepTabName(/^ตรวจสอบ/)).toBe("ตรวจสอบ 1 รายการ"));
    await settle();
    expect(host.readPlan).toHaveBeenCalledTimes(2);
  });

  it("writes nothing, settings included, for an edit when no summary was written", async () => {
    const host = new FakeHost();
    await watching(host);
    act(() => host.edit());
    await settle();
    expect(host.readPlan).toHaveBeenCalledTimes(2);
    expect(writes(host)).toBe(0);
    expect(screen.queryByText(STALE)).toBeNull();
  });

  it("says in the pane that the written summary is out of date, writing nothing, until it is written again", async () => {
    const host = new FakeHost();
    await watching(host);
    await writeSummary(host);
    const written = writes(host);
    host.readPlan.mockResolvedValue(gridOf(sampleWithReason()));

    act(() => host.edit());
    await settle();
    await screen.findByText(STALE);
    expect(writes(host)).toBe(written);
    // Its title and what to do; no button to the step the user is on.
    expect(banner(STALE).textContent).toBe(STALE + STRINGS.th.summary.staleBody);
    // The "written" notice was about the plan before the edit: it goes, and never sits above the warning.
    expect(screen.queryByText(/เขียนตารางสรุปลงแผ่นงาน .* แล้ว/)).toBeNull();
    // On the summary step the write button itself refreshes the sheet.
    expect(screen.queryByRole("button", { name: "ไปที่ขั้นสรุป" })).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: WRITE }));
    await waitFor(() => expect(host.writeSummary).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.queryByText(STALE)).toBeNull());
  });

  it("leads from another step to the summary step when the summary is out of date", async () => {
    const host = new FakeHost();
    await watching(host);
    await writeSummary(host);
    fireEvent.click(screen.getByRole("tab", { name: /^ตรวจสอบ/ }));
    host.readPlan.mockResolvedValue(gridOf(sampleWithReason()));

    act(() => host.edit());
    await settle();
    fireEvent.click(await screen.findByRole("button", { name: "ไปที่ขั้นสรุป" }));
    expect(screen.getByRole("tab", { name: "สรุป" }).getAttribute("aria-selected")).toBe("true");
    // The step open with its write button, ready to write the summary again.
    expect(
      within(screen.getByRole("tabpanel")).getByRole("button", { name: WRITE }).getAttribute("aria-disabled"),
    ).toBeNull();
  });

  it("says so in English when the pane speaks English", async () => {
    const host = new FakeHost({ lang: "en" });
    await watching(host);
    fireEvent.click(screen.getByRole("tab", { name: "Summary" }));
    fireEvent.click(screen.getByRole("button", { name: "Write the summary to the workbook" }));
    await waitFor(() => expect(host.writeSummary).toHaveBeenCalledTimes(1));
    host.readPlan.mockResolvedValue(gridOf(sampleWithReason()));
    act(() => host.edit());
    await settle();
    await screen.findByText("The summary is out of date");
    expect(banner("The summary is out of date").textContent).toBe(
      "The summary is out of date" + STRINGS.en.summary.staleBody,
    );
  });

  it("rewrites the summary instead when automatic rewriting is on", async () => {
    const host = new FakeHost({ autoRewrite: true });
    await watching(host);
    await writeSummary(host);
    host.readPlan.mockResolvedValue(gridOf(sampleWithReason()));

    act(() => host.edit());
    await settle();
    await waitFor(() => expect(host.writeSummary).toHaveBeenCalledTimes(2));
    await screen.findByText('แผนเปลี่ยน จึงเขียนตารางสรุปในแผ่นงาน "สรุปผลแผน" ใหม่แล้ว');
    expect(screen.queryByText(STALE)).toBeNull();
    const rewritten = host.writeSummary.mock.calls[1][0];
    // Row 9 now has its reason, so the footer counts one warning.
    expect(rewritten.print.footer.right).toMatch(/ผลการตรวจ: ข้อผิดพลาด 0 คำเตือน 1$/);
  });

  it("rewrites without asking while errors remain, the warning line on the sheet", async () => {
    const host = new FakeHost({ autoRewrite: true });
    await watching(host);
    await writeSummary(host);
    host.readPlan.mockResolvedValue(gridOf(sampleWithAnError()));

    act(() => host.edit());
    await settle();
    await waitFor(() => expect(host.writeSummary).toHaveBeenCalledTimes(2));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    const rewritten = host.writeSummary.mock.calls[1][0];
    expect(rewritten.cells.filter((cell) => cell.style === "warning").map((cell) => cell.value)).toEqual([
      "ข้อมูลในแผนยังมีข้อผิดพลาด 1 รายการ ตัวเลขในตารางนี้อาจยังไม่ถูกต้อง",
    ]);
  });

  it("does not touch the summary of one plan for edits of another", async () => {
    const host = new FakeHost();
    await watching(host);
    await writeSummary(host);
    fireEvent.click(screen.getByRole("tab", { name: "แผน" }));
    choose("แผนที่จะสรุป", "แผ่นงาน หมายเหตุ");
    await waitFor(() => expect(host.watchers.map((watcher) => watcher.choice)).toEqual([OTHER_SHEET]));

    act(() => host.edit(OTHER_SHEET));
    await settle();
    await waitFor(() => expect(host.readPlan).toHaveBeenLastCalledWith(OTHER_SHEET, expect.any(Function)));
    expect(host.writeSummary).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(STALE)).toBeNull();
  });

  it("stops listening to a plan when another is picked", async () => {
    const host = new FakeHost();
    await watching(host);
    choose("แผนที่จะสรุป", "แผ่นงาน หมายเหตุ");
    await waitFor(() => expect(host.unwatch).toHaveBeenCalledWith(SAMPLE_CHOICE));
    await waitFor(() => expect(host.watchPlan).toHaveBeenLastCalledWith(OTHER_SHEET, expect.any(Function)));
    expect(host.unwatch).toHaveBeenCalledTimes(1);
  });

  it("stops listening, and forgets an edit still waiting, when the pane goes away", async () => {
    const host = new FakeHost();
    const view = await watching(host);
    act(() => host.edit());
    view.unmount();
    await waitFor(() => expect(host.unwatch).toHaveBeenCalledWith(SAMPLE_CHOICE));
    await settle();
    expect(host.readPlan).toHaveBeenCalledTimes(1);
  });

  it("stops listening when the pane is closed", async () => {
    const host = new FakeHost();
    await watching(host);
    act(() => {
      window.dispatchEvent(new Event("pagehide"));
    });
    await waitFor(() => expect(host.unwatch).toHaveBeenCalledWith(SAMPLE_CHOICE));
    expect(host.watchers).toEqual([]);
  });

  it("removes handlers that arrive after the plan was already changed", async () => {
    const host = new FakeHost();
    let answer: (off: () => Promise<void>) => void = () => undefined;
    const late = jest.fn(async (): Promise<void> => undefined);
    host.watchPlan.mockImplementationOnce(
      () =>
        new Promise((resolve) => {
          answer = resolve;
        }),
    );
    await renderPane(host);
    choose("แผนที่จะสรุป", "แผ่นงาน หมายเหตุ");
    await waitFor(() => expect(host.watchPlan).toHaveBeenLastCalledWith(OTHER_SHEET, expect.any(Function)));
    expect(late).not.toHaveBeenCalled();
    await act(async () => answer(late));
    expect(late).toHaveBeenCalledTimes(1);
  });

  it("on opening, compares the plan with what its summary was written from, writing nothing", async () => {
    // Reopened: nothing written in this session, but the settings say what the summary came from.
    const written = {
      choice: SAMPLE_CHOICE,
      summaryOf: SAMPLE_CHOICE,
      summaryFingerprint: sampleFingerprint(),
    };
    const same = new FakeHost(written);
    await watching(same);
    expect(screen.queryByText(STALE)).toBeNull();
    cleanup();

    const changed = new FakeHost(written);
    changed.readPlan.mockResolvedValue(gridOf(sampleWithReason()));
    await watching(changed);
    await screen.findByText(STALE);
    expect(writes(changed)).toBe(0);
  });

  it("with automatic rewriting on, writes only for the user's own edit that changes the summary", async () => {
    const host = new FakeHost({
      choice: SAMPLE_CHOICE,
      summaryOf: SAMPLE_CHOICE,
      summaryFingerprint: sampleFingerprint(),
      autoRewrite: true,
    });
    await watching(host);
    // An edit that leaves the figures as they were, the pane's focus, a look at the plan's sheet and a
    // selection of rows: nothing written.
    act(() => host.edit());
    await settle();
    act(() => {
      window.dispatchEvent(new Event("focus"));
    });
    await settle();
    act(() => host.edit(SAMPLE_CHOICE, "looked"));
    await settle();
    expect(host.readPlan).toHaveBeenCalledTimes(4);
    expect(writes(host)).toBe(0);
    // A co-author's edit that changes the figures: the pane says so; that user's own pane rewrites.
    host.readPlan.mockResolvedValue(gridOf(sampleWithReason()));
    act(() => host.edit(SAMPLE_CHOICE, "remote"));
    await settle();
    await screen.findByText(STALE);
    expect(writes(host)).toBe(0);
    // The user's own edit: one write, and what it was written from kept.
    act(() => host.edit());
    await settle();
    await waitFor(() => expect(host.writeSummary).toHaveBeenCalledTimes(1));
    expect(host.writeSummary.mock.calls[0][1]).toMatchObject({ automatic: true });
    await waitFor(() => expect(host.lastSaved().summaryFingerprint).not.toBe(sampleFingerprint()));
    await waitFor(() => expect(screen.queryByText(STALE)).toBeNull());
  });

  it("after reopening with automatic rewriting on, an edit rewrites the summary without moving the user", async () => {
    const host = new FakeHost({ choice: SAMPLE_CHOICE, summaryOf: SAMPLE_CHOICE, autoRewrite: true });
    await watching(host);
    act(() => host.edit());
    await settle();
    await waitFor(() => expect(host.writeSummary).toHaveBeenCalledTimes(1));
    expect(host.writeSummary.mock.calls[0][1]).toMatchObject({ automatic: true });
  });

  it("remembers in the settings which plan the summary was written from", async () => {
    const host = new FakeHost();
    await watching(host);
    await writeSummary(host);
    await waitFor(() => expect(host.lastSaved().summaryOf).toEqual(SAMPLE_CHOICE));
    expect(host.writeSummary.mock.calls[0][1]).toMatchObject({ automatic: false });
  });

  it("checks the plan again when the pane gets the focus back (a list pick may raise no event)", async () => {
    const host = new FakeHost();
    await watching(host);
    expect(host.readPlan).toHaveBeenCalledTimes(1);
    act(() => {
      window.dispatchEvent(new Event("focus"));
    });
    await settle();
    expect(host.readPlan).toHaveBeenCalledTimes(2);
  });

  it("shows a failure to listen to the plan", async () => {
    const host = new FakeHost();
    host.watchPlan.mockRejectedValue(new Error("ExcelApi 1.7 is not supported"));
    await renderPane(host);
    await screen.findByText("ExcelApi 1.7 is not supported");
  });
});
