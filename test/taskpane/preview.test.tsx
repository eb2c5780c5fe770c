/** @jest-environment jsdom */
import "./setup";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { createPreviewHost } from "../../src/hosts/previewHost";
import { RECHECK_DELAY_MS } from "../../src/taskpane/state/usePlan";
import { FakeHost } from "./fakeHost";
import { previewRow, renderPane, shown } from "./render";

// The office's name is joined (U+2060) so it never breaks across lines.
const BANNER = "โหมดตัวอย่าง — เปิดนอก Excel จึงแสดงแผนตัวอย่างของ อบต.แม่\u2060วิน ปีงบประมาณ พ.ศ. 2566";

describe("outside Office", () => {
  it("labels the preview and shows the sample's table and its control-total warning", async () => {
    await renderPane(createPreviewHost());
    // A message of its own above the steps, not a line of a step.
    const banner = screen.getByText(/^โหมดตัวอย่าง/);
    expect(banner.textContent).toBe(BANNER);
    expect(
      banner.compareDocumentPosition(screen.getByRole("tablist")) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBe(Node.DOCUMENT_POSITION_FOLLOWING);

    fireEvent.click(screen.getByRole("tab", { name: "ตรวจสอบ 2 รายการ" }));
    // A card, not a button: the preview has no sheet to go to.
    expect(
      screen.getByText(/ระบุไว้ 428,000.00 บาท แต่รายการโครงการรวมได้ 401,900.00 บาท/).closest("li")?.textContent,
    ).toMatch(/^แถว 24 · งบประมาณตามแผน \(E24\): ยอดรวมงบประมาณตามแผน ระบุไว้ 428,000.00 บาท/);

    fireEvent.click(screen.getByRole("tab", { name: "สรุป" }));
    expect(previewRow("3. การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน").slice(-2)).toEqual(["100.00", "92.48"]);
    expect(previewRow("รวม").slice(-2)).toEqual(["93.75", "82.13"]);
  });

  it("says that nothing was written, and keeps what was asked", async () => {
    const host = createPreviewHost();
    await renderPane(host);
    fireEvent.click(screen.getByRole("tab", { name: "สรุป" }));
    fireEvent.click(screen.getByRole("button", { name: "เขียนตารางสรุปลงสมุดงาน" }));
    await screen.findByText(/^ตัวอย่าง: ไม่มีสมุดงานจริง ตารางสรุปจึงไม่ได้เขียนลงที่ใด/);
    expect(host.written).toHaveLength(1);
  });

  it("shows no preview banner inside Excel", async () => {
    await renderPane(new FakeHost());
    expect(screen.queryByText(BANNER)).toBeNull();
  });
});

describe("the language switch", () => {
  it("turns the pane, the issues and the summary into English, and remembers it", async () => {
    const host = new FakeHost();
    await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "English" }));

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Integrity Plan Report");
    expect(shown("Plan to summarise")).toBe("Table PlanProjects (sheet แผน)");
    expect(host.lastSaved().lang).toBe("en");

    fireEvent.click(screen.getByRole("tab", { name: "Check, 2 findings" }));
    expect(screen.getByRole("button", { name: /^Row 9 · Note \(H9\)/ }).textContent).toBe(
      "Row 9 · Note (H9): Not carried out, but the note gives no reason.",
    );

    fireEvent.click(screen.getByRole("tab", { name: "Summary" }));
    const table = within(
      screen.getByRole("region", { name: "The summary table as it will be written to the workbook" }),
    );
    const headers = table.getAllByRole("columnheader").map((header) => header.textContent ?? "");
    expect(headers).toContain("Projects in the plan");
    expect(headers.filter((header) => /[\u0E00-\u0E7F]/.test(header))).toEqual([]);
    expect(previewRow("Total", "The summary table as it will be written to the workbook")).toEqual([
      "Total",
      "16",
      "401,900.00",
      "15",
      "330,095.00",
      "1",
      "93.75",
      "82.13",
    ]);

    fireEvent.click(screen.getByRole("button", { name: "ภาษาไทย" }));
    // The same step stays open, in Thai.
    expect(screen.getByRole("tab", { selected: true }).textContent).toBe("สรุป");
    expect(host.lastSaved().lang).toBe("th");
  });

  it("opens in English when English was chosen last time, the preview banner too", async () => {
    const host = createPreviewHost();
    await host.saveSettings({ lang: "en" });
    await renderPane(host);
    expect(screen.getByText(/^Preview mode/).textContent).toBe(
      "Preview mode — opened outside Excel, so this shows the sample plan of Mae Win SAO, FY 2566 B.E.",
    );
  });
});

describe("edits in the preview", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("checks the sample again after an edit; the sample unchanged, its summary stays current", async () => {
    const host = createPreviewHost();
    await renderPane(host);
    fireEvent.click(screen.getByRole("tab", { name: "สรุป" }));
    fireEvent.click(screen.getByRole("button", { name: "เขียนตารางสรุปลงสมุดงาน" }));
    await screen.findByText(/^ตัวอย่าง: ไม่มีสมุดงานจริง ตารางสรุปจึงไม่ได้เขียนลงที่ใด/);

    act(() => host.edited({ sheet: "แผน", table: "PlanProjects" }));
    await act(async () => {
      jest.advanceTimersByTime(RECHECK_DELAY_MS);
    });
    // The notice of the write was about the plan before the edit: the re-check takes it away.
    await waitFor(() => expect(screen.queryByText(/^ตัวอย่าง: ไม่มีสมุดงานจริง ตารางสรุป/)).toBeNull());
    expect(screen.queryByText("ตารางสรุปไม่เป็นปัจจุบัน")).toBeNull();
  });
});
