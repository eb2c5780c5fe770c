/** @jest-environment jsdom */
import "./setup";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { type Grid, type Lang, SAMPLE_GRID } from "../../src/core";
import { CARDS_PER_PAGE, CheckStep } from "../../src/taskpane/views/CheckStep";
import { StepTabs } from "../../src/taskpane/views/StepTabs";
import { STRINGS } from "../../src/taskpane/words/allStrings";
import { FakeHost, SAMPLE_CHOICE, gridOf } from "./fakeHost";
import { renderPane } from "./render";
import { paneReport, renderStep } from "./step";

async function openCheck(host: FakeHost): Promise<void> {
  await renderPane(host);
  fireEvent.click(screen.getByRole("tab", { name: /^ตรวจสอบ/ }));
}

/** The check step alone over the issues the pane finds in `grid`; its onSelect, to see what a card selects. */
function showCheck(grid: Grid = SAMPLE_GRID, lang: Lang = "th"): jest.Mock {
  const onSelect = jest.fn();
  renderStep(
    <CheckStep
      issues={paneReport(grid).issues}
      lang={lang}
      strings={STRINGS[lang]}
      busy={false}
      onSelect={onSelect}
    />,
    lang,
  );
  return onSelect;
}

const section = (name: string): HTMLElement => screen.getByRole("region", { name });

describe("the check step", () => {
  it("counts errors, warnings and observations", () => {
    showCheck();
    const counts = within(screen.getByRole("list", { name: "ผลการตรวจสอบ" }))
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(counts).toEqual(["ข้อผิดพลาด 0", "คำเตือน 2", "ข้อสังเกต 0"]);
  });

  it("lists the sample's warnings by row, column and cell, in plain words", () => {
    showCheck();
    expect(screen.queryByRole("region", { name: /^ข้อผิดพลาด/ })).toBeNull();
    const items = within(section("คำเตือน (2)"))
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(items).toEqual([
      "แถว 9 · หมายเหตุ (H9): ไม่ได้ดำเนินการ แต่ไม่ได้ระบุเหตุผลในหมายเหตุ",
      "แถว 24 · งบประมาณตามแผน (E24): ยอดรวมงบประมาณตามแผน ระบุไว้ 428,000.00 บาท " +
        "แต่รายการโครงการรวมได้ 401,900.00 บาท (ต่างกัน 26,100.00 บาท)ในเซลล์: 428000",
    ]);
  });

  it("selects an issue's cell in the sheet when the issue is clicked", async () => {
    const host = new FakeHost();
    await openCheck(host);
    const issue = screen.getByRole("button", { name: /^แถว 9 · หมายเหตุ \(H9\)/ });
    issue.focus();
    expect(document.activeElement).toBe(issue);
    fireEvent.click(issue);
    await waitFor(() => expect(host.selectCell).toHaveBeenCalledWith(SAMPLE_CHOICE, 9, 8));
    expect(host.selectCell).toHaveBeenCalledTimes(1);
    // Inside Excel the selection speaks for itself: no message.
    expect(screen.queryByText(/ตัวอย่าง/)).toBeNull();
  });

  it("puts errors first, and does not make an issue without a cell clickable", () => {
    const onSelect = showCheck(
      gridOf([
        ["ลำดับ", "มิติ", "ชื่อโครงการ", "งบประมาณตามแผน", "สถานะ"],
        ["1.1", 1, "โครงการ ก", "หนึ่งพัน", "ดำเนินการแล้วเสร็จ"],
      ]),
    );

    const headings = screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(["ข้อผิดพลาด (2)"]);
    const errors = within(section("ข้อผิดพลาด (2)"));
    const missing = errors.getByText(/^ทั้งแผ่นงาน/).closest("li");
    expect(missing?.textContent).toBe(
      'ทั้งแผ่นงาน: ไม่พบคอลัมน์ "งบประมาณเบิกจ่าย" ในแถวหัวตาราง ต้องมีคอลัมน์นี้จึงจะสรุปผลได้',
    );
    expect(missing && within(missing).queryByRole("button")).toBeNull();

    const notANumber = errors.getByRole("button", { name: /^แถว 2 · งบประมาณตามแผน \(D2\)/ });
    expect(notANumber.textContent).toContain('"หนึ่งพัน" ไม่ใช่จำนวนเงิน');
    fireEvent.click(notANumber);
    // App selects the issue's cell (row, column) in the plan: the test above follows it to the host.
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ row: 2, column: 4 }));
  });
});

/**
 * A plan of many findings: every planned budget is "-" (an alike observation on each row), and every
 * eighth row's disbursed amount is words (an error each, each worded differently).
 */
const MANY_ROWS = 1_200;
const ERROR_EVERY = 8;
function manyFindings(): Grid {
  const rows = Array.from({ length: MANY_ROWS }, (_, i) => [
    `1.${i + 1}`,
    1,
    `โครงการ ${i + 1}`,
    "-",
    (i + 1) % ERROR_EVERY === 0 ? `ประมาณ ${i + 1} บาท` : 0,
    "ดำเนินการแล้วเสร็จ",
  ]);
  return gridOf([["ลำดับ", "มิติ", "ชื่อโครงการ", "งบประมาณตามแผน", "งบประมาณเบิกจ่าย", "สถานะ"], ...rows]);
}
const ERRORS = MANY_ROWS / ERROR_EVERY;

describe("the check step with many findings", () => {
  it("names its tab with the full count, thousands separated, in either language", () => {
    const report = paneReport(manyFindings());
    const { rerender } = render(
      <StepTabs step="plan" report={report} strings={STRINGS.th} onStep={() => undefined} />,
    );
    const tab = (): HTMLElement => screen.getByRole("tab", { name: /^(ตรวจสอบ|Check)/ });
    expect(tab().getAttribute("aria-label")).toBe("ตรวจสอบ 1,350 รายการ");
    rerender(<StepTabs step="plan" report={report} strings={STRINGS.en} onStep={() => undefined} />);
    expect(tab().getAttribute("aria-label")).toBe("Check, 1,350 findings");
  });

  it("counts with thousands separators, each kind with its sign and its word", () => {
    showCheck(manyFindings());
    const items = within(screen.getByRole("list", { name: "ผลการตรวจสอบ" })).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual(["ข้อผิดพลาด 150", "คำเตือน 0", "ข้อสังเกต 1,200"]);
    const signs = items.map((item) => item.querySelector("svg"));
    for (const sign of signs) expect(sign?.getAttribute("aria-hidden")).toBe("true");
    // Three different shapes, not one shape in three colours.
    expect(new Set(signs.map((sign) => sign?.innerHTML)).size).toBe(3);
    const headings = screen.getAllByRole("heading", { level: 2 });
    expect(headings.map((heading) => heading.textContent)).toEqual(["ข้อผิดพลาด (150)", "ข้อสังเกต (1,200)"]);
    for (const heading of headings) expect(heading.querySelector("svg")).not.toBeNull();
  });

  it("tells the alike observations once, with their rows, and goes to the first cell", () => {
    const onSelect = showCheck(manyFindings());
    const notes = within(section("ข้อสังเกต (1,200)")).getAllByRole("listitem");
    expect(notes.map((item) => item.textContent)).toEqual([
      'แถว 2–1,201 · งบประมาณตามแผน (คอลัมน์ D): "-" อ่านเป็น 0 บาท (1,200 แถว)',
    ]);
    fireEvent.click(within(notes[0]).getByRole("button"));
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ row: 2, column: 4 }));
  });

  it("shows the first hundred cards of a kind, and the next hundred on asking, focus on the first new one", () => {
    showCheck(manyFindings());
    const errors = section(`ข้อผิดพลาด (${ERRORS})`);
    expect(within(errors).getAllByRole("listitem")).toHaveLength(CARDS_PER_PAGE);
    expect(within(errors).getAllByRole("listitem")[0].textContent).toBe(
      'แถว 9 · งบประมาณเบิกจ่าย (E9): "ประมาณ 8 บาท" ไม่ใช่จำนวนเงิน: ใส่ตัวเลข หรือ 0 ถ้าไม่ใช้งบประมาณ (นับเป็น 0)',
    );
    const more = within(errors).getByRole("button", { name: "แสดงเพิ่มอีก 50 รายการ (ยังไม่แสดง 50 รายการ)" });
    fireEvent.click(more);
    const cards = within(errors).getAllByRole("listitem");
    expect(cards).toHaveLength(ERRORS);
    expect(within(errors).queryByRole("button", { name: /^แสดงเพิ่ม/ })).toBeNull();
    expect(document.activeElement).toBe(within(cards[CARDS_PER_PAGE]).getByRole("button"));
    expect(document.activeElement?.textContent).toMatch(/^แถว 809 · /);
  });

  it("speaks English too", () => {
    showCheck(manyFindings(), "en");
    const items = within(screen.getByRole("list", { name: "Check results" })).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual(["Error 150", "Warning 0", "Observation 1,200"]);
    expect(within(section("Observation (1,200)")).getByRole("button").textContent).toBe(
      'Rows 2–1,201 · Planned budget (column D): "-" read as 0 baht. (1,200 rows)',
    );
    expect(within(section("Error (150)")).getByRole("button", { name: /^Show / }).textContent).toBe(
      "Show 50 more (50 not shown yet)",
    );
  });
});

describe("what was read and left out (spec §2.5)", () => {
  it("says it above the findings, and each row left out goes to its row on the sheet", () => {
    const report = paneReport();
    const onSelectCell = jest.fn();
    renderStep(
      <CheckStep
        issues={report.issues}
        read={report}
        lang="th"
        strings={STRINGS.th}
        busy={false}
        onSelect={jest.fn()}
        onSelectCell={onSelectCell}
      />,
    );
    expect(screen.getByText(/^อ่าน 16 โครงการ/).textContent).toBe(
      "อ่าน 16 โครงการ แถว 5–23; ไม่นับ 5 แถว: ยอดรวม 1 (แถว 24), หัวข้อมิติ 4 (แถว 4, 10, 16, 19)",
    );
    const leftOut = screen.getByRole("list", { name: "แถวที่ไม่นับเป็นโครงการ" });
    expect(
      within(leftOut)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["ยอดรวม: แถว 24", "หัวข้อมิติ: แถว 4, แถว 10, แถว 16, แถว 19"]);
    fireEvent.click(within(leftOut).getByRole("button", { name: "แถว 24" }));
    // The sample's names are in column C.
    expect(onSelectCell).toHaveBeenCalledWith(24, 3);
  });

  it("names the rows left out, with no links, where no sheet is on screen", () => {
    const report = paneReport();
    renderStep(
      <CheckStep issues={report.issues} read={report} lang="th" strings={STRINGS.th} busy={false} />,
    );
    const leftOut = screen.getByRole("list", { name: "แถวที่ไม่นับเป็นโครงการ" });
    expect(within(leftOut).getAllByRole("listitem")[0].textContent).toBe("ยอดรวม: แถว 24");
    expect(within(leftOut).queryAllByRole("button")).toEqual([]);
  });
});
