/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import {
  SAMPLE_ROWS,
  SAMPLE_SHEET,
  SAMPLE_TABLE,
  type Cell,
  type Grid,
  type Lang,
  SAMPLE_GRID,
  analyzePlan,
} from "../../src/core";
import { memoLines } from "../../src/core/layout/memo";
import { MemoStep } from "../../src/taskpane/views/MemoStep";
import { FakeHost, gridOf } from "./fakeHost";
import { renderPane } from "./render";
import { paneReport, renderStep } from "./step";

const FIELD = "ข้อความสำหรับบันทึกรายงานผล";
const COPY = "คัดลอกข้อความ";
const WITH_MEMO = "เขียนข้อความสำหรับบันทึกใต้ตารางสรุปด้วย";

async function openMemo(host: FakeHost): Promise<HTMLTextAreaElement> {
  await renderPane(host);
  fireEvent.click(screen.getByRole("tab", { name: "บันทึก" }));
  return screen.getByRole("textbox", { name: FIELD }) as HTMLTextAreaElement;
}

/** The memo step alone over the pane's report of `grid`, the paragraph not going under the table. */
function showMemo(grid: Grid = SAMPLE_GRID, lang: Lang = "th"): HTMLTextAreaElement {
  renderStep(
    <MemoStep
      report={paneReport(grid)}
      lang={lang}
      withMemo={false}
      document={{ memo: undefined, onRemember: jest.fn(), saveFile: jest.fn() }}
    />,
    lang,
  );
  return screen.getByRole("textbox", {
    name: lang === "th" ? FIELD : "Text for the report memo",
  }) as HTMLTextAreaElement;
}

/** Where the memo says the switch for writing it under the table is: the sentence, found by its part. */
const switchNote = (): string | null => screen.getByText(/สวิตช์ในขั้น "สรุป"/).textContent;

/** Gives the page a clipboard whose writeText answers as told. */
function clipboardThat(writeText: jest.Mock): void {
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
}

const sampleReport = () =>
  analyzePlan(gridOf(SAMPLE_ROWS), { source: { sheet: SAMPLE_SHEET, table: SAMPLE_TABLE } })!;

describe("the memo step", () => {
  afterEach(() => {
    // jsdom has no clipboard of its own; take away the one a test gave it.
    delete (navigator as { clipboard?: unknown }).clipboard;
  });

  it("shows the sample's paragraph, read-only, in the memo's words", () => {
    const field = showMemo();
    expect(field.readOnly).toBe(true);
    expect(field.value).toContain("ทั้งหมด 16 โครงการ งบประมาณรวมทั้งสิ้น 401,900.00 บาท");
    expect(field.value).toContain("คิดเป็นร้อยละ 93.75");
    expect(field.value).toBe(memoLines(sampleReport(), "th").join("\n"));
  });

  it("says the paragraph uses what the rows add up to, not the stated total", () => {
    showMemo();
    // A warning titled so (Fluent UI names a message bar by its title), saying this and nothing more.
    expect(screen.getByRole("group", { name: "ยอดรวมไม่ตรงกัน" }).textContent).toBe(
      "ยอดรวมไม่ตรงกัน" +
        "ข้อความนี้ใช้ยอดที่รายการโครงการรวมได้ (งบประมาณตามแผน 401,900.00 บาท) " +
        "ไม่ใช่ยอดรวมที่ระบุไว้ (428,000.00 บาท) ตรวจสอบให้ตรงกันก่อนใช้ข้อความนี้",
    );
  });

  it("says nothing about totals when the stated total agrees with the rows", () => {
    const rows: Cell[][] = SAMPLE_ROWS.map((row) => [...row]);
    rows[23][4] = 401900;
    showMemo(gridOf(rows));
    expect(screen.queryByText("ยอดรวมไม่ตรงกัน")).toBeNull();
    expect(screen.queryByText(/^ข้อความนี้ใช้ยอด/)).toBeNull();
  });

  it("says beside the copy button that the plan has errors, whose figures the text may carry", () => {
    const rows: Cell[][] = SAMPLE_ROWS.map((row) => [...row]);
    rows[8][6] = "รอดู"; // row 9's status unreadable: one error
    showMemo(gridOf(rows));
    const copyRow = screen.getByRole("button", { name: COPY }).parentElement!;
    expect(copyRow.previousElementSibling?.textContent).toBe(
      'แผนยังมีข้อผิดพลาด 1 รายการ ตัวเลขในข้อความนี้อาจยังไม่ถูกต้อง แก้ในขั้น "ตรวจสอบ" ก่อนคัดลอกไปใช้',
    );
    expect(screen.queryByText(/ยังไม่มีชื่อหน่วยงาน/)).toBeNull();
  });

  it("asks for the office's name when the plan names none, and says nothing of errors when there are none", () => {
    // The sample without its title lines: no office, and a header that core still finds.
    const untitled = SAMPLE_ROWS.slice(2);
    const report = paneReport(gridOf(untitled));
    expect(report.organisation).toBeUndefined();
    expect(report.issues.some((issue) => issue.severity === "error")).toBe(false);
    showMemo(gridOf(untitled));
    screen.getByText('ข้อความนี้ยังไม่มีชื่อหน่วยงาน ใส่ชื่อหน่วยงานในขั้น "แผน" แล้วข้อความจะมีชื่อนั้น');
    expect(screen.queryByText(/แผนยังมีข้อผิดพลาด/)).toBeNull();
  });

  it("copies the paragraph to the clipboard", async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    clipboardThat(writeText);
    const field = showMemo();
    fireEvent.click(screen.getByRole("button", { name: COPY }));
    await screen.findByText("คัดลอกข้อความแล้ว");
    expect(writeText).toHaveBeenCalledWith(field.value);
    expect(screen.queryByText("กด Ctrl+C เพื่อคัดลอก")).toBeNull();
  });

  it.each([
    [
      "refuses",
      () => clipboardThat(jest.fn().mockRejectedValue(new DOMException("denied", "NotAllowedError"))),
    ],
    ["is missing", () => undefined],
  ])("selects the text and asks for Ctrl+C when the clipboard %s", async (_case, arrange) => {
    arrange();
    const field = showMemo();
    fireEvent.click(screen.getByRole("button", { name: COPY }));
    await screen.findByText("กด Ctrl+C เพื่อคัดลอก");
    expect(document.activeElement).toBe(field);
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(field.value.length);
    expect(screen.queryByText("คัดลอกข้อความแล้ว")).toBeNull();
  });

  it("says where the switch that writes it under the table is, and whether it is on", async () => {
    await openMemo(new FakeHost());
    // The switch sits beside the write button it takes effect on, not here.
    expect(screen.queryByRole("switch")).toBeNull();
    expect(switchNote()).toBe('หากต้องการเขียนข้อความนี้ไว้ใต้ตารางสรุป ให้เปิดสวิตช์ในขั้น "สรุป" ข้างปุ่มเขียนตารางสรุป');
    fireEvent.click(screen.getByRole("tab", { name: "สรุป" }));
    fireEvent.click(screen.getByRole("switch", { name: WITH_MEMO }));
    fireEvent.click(screen.getByRole("tab", { name: "บันทึก" }));
    expect(switchNote()).toBe('ข้อความนี้จะเขียนไว้ใต้ตารางสรุปเมื่อกดเขียนตารางสรุป (ปิดได้ที่สวิตช์ในขั้น "สรุป")');
  });

  it("writes the paragraph under the table when switched on beside the write button, and previews it there", async () => {
    const host = new FakeHost();
    await renderPane(host);
    fireEvent.click(screen.getByRole("tab", { name: "สรุป" }));
    const toggle = screen.getByRole("switch", { name: WITH_MEMO }) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    // Next to the button whose write it changes.
    const write = screen.getByRole("button", { name: "เขียนตารางสรุปลงสมุดงาน" });
    expect(toggle.compareDocumentPosition(write) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    fireEvent.click(toggle);
    expect(toggle.checked).toBe(true);

    const preview = within(screen.getByRole("region", { name: "ตัวอย่างตารางสรุปตามที่จะเขียนลงสมุดงาน" }));
    // Under its heading, a line of the very paragraph the memo step shows.
    const heading = preview.getByText(FIELD);
    const paragraph = preview.getByText(/ทั้งหมด 16 โครงการ งบประมาณรวมทั้งสิ้น 401,900.00 บาท/);
    expect(heading.compareDocumentPosition(paragraph) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(memoLines(sampleReport(), "th")).toContain(paragraph.textContent);

    fireEvent.click(screen.getByRole("button", { name: "เขียนตารางสรุปลงสมุดงาน" }));
    await waitFor(() => expect(host.writeSummary).toHaveBeenCalledTimes(1));
    const written = host.writeSummary.mock.calls[0][0];
    expect(written.cells.filter((cell) => cell.style === "memo").map((cell) => cell.value)).toEqual(
      memoLines(sampleReport(), "th"),
    );
  });

  it("writes no paragraph while the switch is off", async () => {
    const host = new FakeHost();
    await renderPane(host);
    fireEvent.click(screen.getByRole("tab", { name: "สรุป" }));
    fireEvent.click(screen.getByRole("button", { name: "เขียนตารางสรุปลงสมุดงาน" }));
    await waitFor(() => expect(host.writeSummary).toHaveBeenCalledTimes(1));
    expect(host.writeSummary.mock.calls[0][0].cells.some((cell) => cell.style === "memo")).toBe(false);
  });

  it("speaks English when the pane does", () => {
    const field = showMemo(SAMPLE_GRID, "en");
    expect(field.value).toBe(memoLines(sampleReport(), "en").join("\n"));
    expect(screen.getByRole("group", { name: "The totals disagree" }).textContent).toBe(
      "The totals disagree" +
        "This text uses what the rows add up to (planned budget 401,900.00 baht), " +
        "not the stated total (428,000.00 baht). Reconcile them before using the text.",
    );
  });
});
