/** @jest-environment jsdom */
import "./setup";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import {
  SAMPLE_ROWS,
  SAMPLE_SHEET,
  SAMPLE_TABLE,
  analyzePlan,
  selfCheckCondition,
  summaryLayout,
  type Cell,
} from "../../src/core";
import { SummaryStep } from "../../src/taskpane/views/SummaryStep";
import { FakeHost, gridOf } from "./fakeHost";
import { previewRow, renderPane } from "./render";
import { paneReport, renderStep, summaryProps } from "./step";

const PREVIEW = "ตัวอย่างตารางสรุปตามที่จะเขียนลงสมุดงาน";
const WRITE = "เขียนตารางสรุปลงสมุดงาน";
const AUTO = "เขียนตารางสรุปใหม่อัตโนมัติเมื่อแผนเปลี่ยน";

async function openSummary(host: FakeHost): Promise<void> {
  await renderPane(host);
  fireEvent.click(screen.getByRole("tab", { name: "สรุป" }));
}

/** The sample with row 9's status made unreadable: one error. */
function rowsWithAnError(): Cell[][] {
  const rows: Cell[][] = SAMPLE_ROWS.map((row) => [...row]);
  rows[8][6] = "รอดู";
  return rows;
}

function sampleWithAnError(): FakeHost {
  const host = new FakeHost();
  host.readPlan.mockResolvedValue(gridOf(rowsWithAnError()));
  return host;
}

/** The summary step alone over the pane's report of the sample; its props, to see what it asked for. */
function showSummary(report = paneReport()): ReturnType<typeof summaryProps> {
  const props = summaryProps(report);
  renderStep(<SummaryStep {...props} />);
  return props;
}

/**
 * The question once it is open. In jsdom, Fluent UI's focus trap keeps the surface aria-hidden, or
 * marks it so again a moment after it opens (it cannot see the focus land in a page without layout), so
 * the question and its buttons are found with `hidden: true` here; test/browser/steps.test.ts checks in Chromium that the
 * question is reachable, that Cancel has the focus and that the focus comes back.
 */
async function openedDialog(): Promise<HTMLElement> {
  return screen.findByRole("alertdialog", { hidden: true });
}

describe("the summary step", () => {
  it("says over the figures that they may be wrong while the plan has errors, and nothing when it has none", () => {
    showSummary(paneReport(gridOf(rowsWithAnError())));
    const figures = screen.getByRole("region", { name: "ตัวเลขหลัก" });
    expect(figures.firstElementChild?.textContent).toBe("แผนยังมีข้อผิดพลาด 1 รายการ ตัวเลขเหล่านี้อาจยังไม่ถูกต้อง");
    cleanup();
    showSummary();
    expect(within(screen.getByRole("region", { name: "ตัวเลขหลัก" })).queryByText(/ข้อผิดพลาด/)).toBeNull();
  });

  it("shows the figures people quote above the table, and the title outside its scroll", () => {
    showSummary();
    const figures = screen.getByRole("region", { name: "ตัวเลขหลัก" });
    const pairs = Array.from(figures.querySelectorAll("dt"), (term) => [
      term.textContent,
      term.nextElementSibling?.textContent,
    ]);
    expect(pairs).toEqual([
      ["โครงการที่ดำเนินการแล้ว", "93.75%"],
      ["งบประมาณที่เบิกจ่าย", "82.13%"],
      ["งบประมาณตามแผน", "401,900.00 บาท"],
      ["เบิกจ่ายแล้ว", "330,095.00 บาท"],
      ["โครงการที่ไม่ได้ดำเนินการ", "1"],
    ]);
    // The projects counted, under the percentage of them carried out.
    const projects = within(figures).getByText("15 จาก 16 โครงการ");
    expect(projects.parentElement?.firstElementChild?.textContent).toBe("โครงการที่ดำเนินการแล้ว");
    const table = screen.getByRole("region", { name: PREVIEW });
    expect(figures.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(within(table).queryByText(/ประจำปีงบประมาณ/)).toBeNull();
    expect(screen.getByText(/ประจำปีงบประมาณ/).textContent).toBe(
      "ประจำปีงบประมาณ พ.ศ. 2566 รอบ 12 เดือน (ตุลาคม 2565 - กันยายน 2566)",
    );
  });

  afterEach(() => jest.useRealTimers());

  it("previews the sample's table as the seed report prints it", () => {
    showSummary();
    expect(previewRow("3. การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน")).toEqual([
      "3. การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
      "2",
      "20,000.00",
      "2",
      "18,495.00",
      "0",
      "100.00",
      "92.48",
    ]);
    expect(previewRow("รวม")).toEqual(["รวม", "16", "401,900.00", "15", "330,095.00", "1", "93.75", "82.13"]);
  });

  it("draws the layout's merges as row and column spans", () => {
    showSummary();
    const table = within(screen.getByRole("region", { name: PREVIEW }));
    // The list of projects not carried out has its own "มิติ" heading, further down.
    const dimension = table.getAllByRole("columnheader", { name: "มิติ" })[0] as HTMLTableCellElement;
    expect(dimension.rowSpan).toBe(2);
    const percent = table.getByRole("columnheader", { name: "ร้อยละดำเนินการ" }) as HTMLTableCellElement;
    expect(percent.colSpan).toBe(2);
  });

  it("says what the write did beside the write button, not at the top of the pane", async () => {
    const host = new FakeHost();
    await openSummary(host);
    const button = screen.getByRole("button", { name: WRITE });
    fireEvent.click(button);
    const notice = await screen.findByText('เขียนตารางสรุปลงแผ่นงาน "สรุปผลแผน" แล้ว');
    expect(within(screen.getByRole("tabpanel")).getByText(notice.textContent!)).toBe(notice);
    // Right after the button that wrote it.
    let next = button.nextElementSibling;
    while (next && !next.contains(notice)) next = next.nextElementSibling;
    expect(next).toBe(button.nextElementSibling);
    expect(screen.getAllByText(notice.textContent!)).toHaveLength(1);
  });

  it("writes the very layout it previews, dated today in its footer, and says where", async () => {
    const now = new Date(2023, 9, 5, 10, 30);
    jest.useFakeTimers({ now });
    const host = new FakeHost();
    await openSummary(host);
    fireEvent.click(screen.getByRole("button", { name: WRITE }));
    await screen.findByText('เขียนตารางสรุปลงแผ่นงาน "สรุปผลแผน" แล้ว');
    const report = analyzePlan(gridOf(SAMPLE_ROWS), { source: { sheet: SAMPLE_SHEET, table: SAMPLE_TABLE } });
    expect(report).toBeDefined();
    expect(host.writeSummary).toHaveBeenCalledTimes(1);
    const written = host.writeSummary.mock.calls[0][0];
    const check = selfCheckCondition(gridOf(SAMPLE_ROWS), report!);
    expect(written).toEqual(summaryLayout(report!, { lang: "th", writtenAt: now, check }));
    expect(written.print.footer.left).toBe("จัดทำเมื่อ 5 ตุลาคม 2566");
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });

  it("says the sheet comes with a chart and is set for A4 landscape", () => {
    showSummary();
    const note = screen.getByText(/^แผ่นงานสรุปมีแผนภูมิ/);
    expect(note.textContent).toBe(
      "แผ่นงานสรุปมีแผนภูมิงบประมาณตามแผนและงบประมาณเบิกจ่ายรายมิติ และตั้งค่าให้พิมพ์บนกระดาษ A4 แนวนอนไว้แล้ว",
    );
    // Under the button that writes the sheet it is about.
    const write = screen.getByRole("button", { name: WRITE });
    expect(write.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it("saves the choice to rewrite the summary by itself", async () => {
    const host = new FakeHost();
    await openSummary(host);
    const toggle = screen.getByRole("switch", { name: AUTO }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    expect(host.lastSaved().autoRewrite).toBe(true);
    expect((screen.getByRole("switch", { name: AUTO }) as HTMLInputElement).checked).toBe(true);
  });

  it("opens with automatic rewriting on when it was saved on", async () => {
    await openSummary(new FakeHost({ autoRewrite: true }));
    expect((screen.getByRole("switch", { name: AUTO }) as HTMLInputElement).checked).toBe(true);
  });

  it("asks before writing while errors remain, and writes nothing on cancel", async () => {
    const { onWrite, onGoToErrors } = showSummary(paneReport(gridOf(rowsWithAnError())));
    // Above the previewed table, as on the sheet written anyway.
    const warning = screen.getByText(/^ข้อมูลในแผนยังมี/);
    expect(warning.textContent).toBe("ข้อมูลในแผนยังมีข้อผิดพลาด 1 รายการ ตัวเลขในตารางนี้อาจยังไม่ถูกต้อง");
    expect(warning.compareDocumentPosition(screen.getByRole("region", { name: PREVIEW }))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );

    fireEvent.click(screen.getByRole("button", { name: WRITE }));
    const dialog = await openedDialog();
    expect(within(dialog).getByText(/^ข้อมูลยังมี/).textContent).toBe(
      "ข้อมูลยังมีข้อผิดพลาด 1 รายการ เขียนตารางสรุปต่อหรือไม่",
    );
    const cancel = await within(dialog).findByRole("button", { name: "ยกเลิก", hidden: true });
    // The safe choice first, then the way to the errors, then writing anyway.
    expect(
      within(dialog)
        .getAllByRole("button", { hidden: true })
        .map((button) => button.textContent),
    ).toEqual(["ยกเลิก", "ไปดูข้อผิดพลาด", "เขียนต่อ"]);
    fireEvent.click(cancel);
    await waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull());
    expect(onWrite).not.toHaveBeenCalled();
    expect(onGoToErrors).not.toHaveBeenCalled();
  });

  it("goes to the errors from the question, without writing", async () => {
    const host = sampleWithAnError();
    await openSummary(host);
    fireEvent.click(screen.getByRole("button", { name: WRITE }));
    const dialog = await openedDialog();
    fireEvent.click(await within(dialog).findByRole("button", { name: "ไปดูข้อผิดพลาด", hidden: true }));
    await waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull());
    // Fluent takes the dialog's aria-hidden off the pane a moment after the dialog is gone.
    await waitFor(() =>
      expect(screen.getByRole("tab", { name: /^ตรวจสอบ/ }).getAttribute("aria-selected")).toBe("true"),
    );
    expect(host.writeSummary).not.toHaveBeenCalled();
  });

  it("writes, warning line and all, when the user goes on despite errors", async () => {
    const host = sampleWithAnError();
    await openSummary(host);
    fireEvent.click(screen.getByRole("button", { name: WRITE }));
    const dialog = await openedDialog();
    fireEvent.click(await within(dialog).findByRole("button", { name: "เขียนต่อ", hidden: true }));
    await waitFor(() => expect(host.writeSummary).toHaveBeenCalledTimes(1));
    const written = host.writeSummary.mock.calls[0][0];
    expect(written.cells.filter((cell) => cell.style === "warning").map((cell) => cell.value)).toEqual([
      "ข้อมูลในแผนยังมีข้อผิดพลาด 1 รายการ ตัวเลขในตารางนี้อาจยังไม่ถูกต้อง",
    ]);
  });
});
