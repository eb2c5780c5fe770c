/** @jest-environment jsdom */
import "./setup";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/views/App";
import type { HostFailure } from "../../src/hosts/planHost";
import { FakeHost, SAMPLE_CHOICE, gridOf, hostError } from "./fakeHost";
import { banner, renderPane, stepTabName } from "./render";

const ADVICE: readonly (readonly [HostFailure, string, string])[] = [
  ["not-found", "ไม่พบแผนที่เลือก", 'เลือกแผนอีกครั้งในขั้น "แผน"'],
  ["busy", "Excel ยังไม่ว่าง", "ออกจากโหมดแก้ไขเซลล์ (กด Enter หรือ Esc) หรือรอสักครู่ แล้วลองอีกครั้ง"],
  ["requirement", "Excel รุ่นนี้ใช้ไม่ได้", "ต้องใช้ Microsoft 365, Excel 2021 ขึ้นไป หรือ Excel บนเว็บ"],
  ["too-large", "ข้อมูลมากเกินไป", "แยกแผนเป็นตารางที่เล็กลง"],
  ["formula-too-long", "กฎทำเครื่องหมายยาวเกินที่ Excel รับได้", "ลบเครื่องหมายแถวเดิม แล้วทำเครื่องหมายอีกครั้ง"],
  ["invalid", "Excel ไม่รับข้อมูลที่ส่งไป", "ตรวจสอบว่าแผ่นงานไม่ได้ถูกป้องกัน"],
  ["inactive", "สมุดงานนี้ไม่ได้เปิดอยู่ด้านหน้า", "คลิกที่สมุดงานนี้ให้อยู่ด้านหน้า"],
  ["conflict", "มีผู้อื่นแก้ไขสมุดงานในเวลาเดียวกัน", "รอสักครู่ แล้วลองอีกครั้ง"],
  ["memory", "Excel หน่วยความจำไม่พอ", "ปิดสมุดงานหรือโปรแกรมอื่นที่ไม่ใช้"],
  ["stale-context", "การเชื่อมต่อกับสมุดงานหมดอายุ", "ปิดบานหน้าต่างนี้แล้วเปิดใหม่"],
  ["failed", "ทำไม่สำเร็จ", "ลองอีกครั้ง"],
];

describe("failures of the workbook", () => {
  it.each(ADVICE)("a %s failure while reading says what to do", async (kind, title, advice) => {
    const host = new FakeHost();
    host.readPlan.mockRejectedValue(hostError(kind));
    await renderPane(host);
    // The advice in the very message the title heads.
    expect(banner(title).textContent).toContain(advice);
    // Excel's own words and code only under the "details" disclosure, never in the advice.
    const details = screen.getByText(`host says ${kind}`);
    expect(details.closest("details")?.querySelector("summary")?.textContent).toBe("รายละเอียด");
    expect(screen.getByText(title).closest("[class*=MessageBarBody]")?.firstChild?.textContent).not.toContain(
      "host says",
    );
  });

  it("says it under the line of steps, so the tabs never move when a message comes or goes", async () => {
    const host = new FakeHost();
    host.readPlan.mockRejectedValue(hostError("busy"));
    await renderPane(host);
    const message = banner("Excel ยังไม่ว่าง");
    const tabs = screen.getByRole("tablist");
    const panel = screen.getByRole("tabpanel");
    expect(tabs.compareDocumentPosition(message)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(message.compareDocumentPosition(panel)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    // The open step's tab names the panel it controls.
    expect(screen.getByRole("tab", { selected: true }).getAttribute("aria-controls")).toBe(panel.id);
    expect(panel.id).not.toBe("");
  });

  it("maps each Excel error code to its advice, keeping the code out of the Thai text", async () => {
    const { toHostError } = await import("../../src/hosts/officejs/errors");
    const codes: Record<string, HostFailure> = {
      FormulaLengthExceedsLimit: "formula-too-long",
      InvalidArgument: "invalid",
      InactiveWorkbook: "inactive",
      MemoryLimitReached: "memory",
      InvalidRequestContext: "stale-context",
      Conflict: "conflict",
    };
    for (const [code, kind] of Object.entries(codes)) {
      const error = toHostError(Object.assign(new Error("raw words"), { code }));
      expect(error.kind).toBe(kind);
      const host = new FakeHost();
      host.readPlan.mockRejectedValue(error);
      const view = await renderPane(host);
      const advice = ADVICE.find(([k]) => k === kind)!;
      const title = screen.getByText(advice[1]);
      expect(title.parentElement?.textContent).toContain(code);
      const summary = title.parentElement?.querySelector("details summary");
      expect(summary?.textContent).toBe("รายละเอียด");
      // The advice line itself (title and what to do) never names the code.
      const adviceText = (title.parentElement?.textContent ?? "").replace(
        title.parentElement?.querySelector("details")?.textContent ?? "",
        "",
      );
      expect(adviceText).not.toContain(code);
      view.unmount();
    }
  });

  it("keeps the summary on screen when writing fails, and says why", async () => {
    const host = new FakeHost();
    host.writeSummary.mockRejectedValue(hostError("busy", "InvalidOperationInCellEditMode"));
    await renderPane(host);
    fireEvent.click(screen.getByRole("tab", { name: "สรุป" }));
    fireEvent.click(screen.getByRole("button", { name: "เขียนตารางสรุปลงสมุดงาน" }));
    await screen.findByText("InvalidOperationInCellEditMode");
    expect(banner("Excel ยังไม่ว่าง").textContent).toContain("InvalidOperationInCellEditMode");
    // Still the summary step, its table in the open panel.
    expect(screen.getByRole("tab", { selected: true }).textContent).toBe("สรุป");
    expect(
      within(screen.getByRole("tabpanel")).getAllByRole("region", {
        name: "ตัวอย่างตารางสรุปตามที่จะเขียนลงสมุดงาน",
      }),
    ).toHaveLength(1);
  });

  it("shows a failure that is not a HostError with its own message", async () => {
    const host = new FakeHost();
    host.flagRows.mockRejectedValue(new TypeError("range.format is undefined"));
    await renderPane(host);
    fireEvent.click(screen.getByRole("tab", { name: "ไม่ได้ดำเนินการ 1 โครงการ" }));
    fireEvent.click(screen.getByRole("button", { name: "ทำเครื่องหมายแถวเหล่านี้ในแผน (1 แถว)" }));
    await screen.findByText("range.format is undefined");
    expect(banner("ทำไม่สำเร็จ").querySelector("details")?.textContent).toContain("range.format is undefined");
  });

  it("shows a failure to select a cell", async () => {
    const host = new FakeHost();
    host.selectCell.mockRejectedValue(hostError("not-found", "sheet แผน is gone"));
    await renderPane(host);
    fireEvent.click(screen.getByRole("tab", { name: "ตรวจสอบ 2 รายการ" }));
    fireEvent.click(screen.getByRole("button", { name: /^แถว 9/ }));
    await screen.findByText("sheet แผน is gone");
  });

  it("shows a failure to list the plans", async () => {
    const host = new FakeHost();
    host.listPlans.mockRejectedValue(hostError("requirement", "ExcelApi 1.9 is not supported"));
    await renderPane(host);
    expect(banner("Excel รุ่นนี้ใช้ไม่ได้").querySelector("details")?.textContent).toContain(
      "ExcelApi 1.9 is not supported",
    );
    expect(host.readPlan).not.toHaveBeenCalled();
  });

  it("shows a failure to save the settings", async () => {
    const host = new FakeHost();
    host.saveSettings.mockRejectedValue(hostError("failed", "settings could not be saved"));
    await renderPane(host);
    fireEvent.click(screen.getByRole("radio", { name: "6 เดือน (ตุลาคม – มีนาคม)" }));
    await screen.findByText("settings could not be saved");
  });

  it("opens, and reads the plan, even when the saved settings cannot be loaded", async () => {
    const host = new FakeHost();
    host.loadSettings.mockImplementation(() => {
      throw hostError("failed", "settings are corrupt");
    });
    await renderPane(host);
    expect(banner("ทำไม่สำเร็จ").querySelector("details")?.textContent).toContain("settings are corrupt");
    expect(stepTabName(/^ตรวจสอบ/)).toBe("ตรวจสอบ 2 รายการ");
  });

  it("reads again after a failure, and the message goes", async () => {
    const host = new FakeHost();
    host.readPlan.mockRejectedValueOnce(hostError("busy"));
    await renderPane(host);
    expect(banner("Excel ยังไม่ว่าง").textContent).toContain("ออกจากโหมดแก้ไขเซลล์");
    // Nothing was read, so the step carries no count that could pass for "no problems".
    expect(stepTabName(/^ตรวจสอบ/)).toBe("ตรวจสอบ");
    expect(stepTabName(/^ไม่ได้ดำเนินการ/)).toBe("ไม่ได้ดำเนินการ");

    fireEvent.click(screen.getByRole("button", { name: "อ่านแผนอีกครั้ง" }));
    await waitFor(() => expect(stepTabName(/^ตรวจสอบ/)).toBe("ตรวจสอบ 2 รายการ"));
    expect(screen.queryByText("Excel ยังไม่ว่าง")).toBeNull();
  });

  it("lets the user dismiss a failure", async () => {
    const host = new FakeHost();
    host.readPlan.mockRejectedValue(hostError("failed"));
    await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: "ปิด" }));
    expect(screen.queryByText("ทำไม่สำเร็จ")).toBeNull();
  });

  it("shows progress while the plan is being read", async () => {
    const host = new FakeHost();
    host.plans = [SAMPLE_CHOICE];
    let finish: () => void = () => undefined;
    host.readPlan.mockImplementation(
      (_choice, onProgress) =>
        new Promise((resolve) => {
          onProgress?.(500, 2000);
          finish = () => resolve(gridOf([]));
        }),
    );
    render(<App host={host} />);
    const bar = await screen.findByRole("progressbar", { name: "500 จาก 2,000 แถว" });
    expect(bar.getAttribute("aria-valuenow")).toBe("500");
    expect(screen.getByRole("status").textContent).toContain("กำลังอ่านแผน…");
    finish();
    await waitFor(() => expect(screen.queryByText("กำลังอ่านแผน…")).toBeNull());
  });
});

describe("a sheet without a plan", () => {
  it("says no plan was found and which headers it looks for", async () => {
    const host = new FakeHost();
    host.plans = [SAMPLE_CHOICE];
    host.readPlan.mockResolvedValue(gridOf([["บันทึกข้อความ"], ["เรื่อง รายงานผล"]]));
    await renderPane(host);
    expect(banner("ไม่พบแผนในแผ่นงานนี้").textContent).toMatch(
      /ภายใน 20 แถวแรก ที่มีหัวคอลัมน์อย่างน้อยสองคอลัมน์ เช่น "ชื่อโครงการ", "งบประมาณตามแผน", "งบประมาณเบิกจ่าย", "สถานะ"/,
    );
    fireEvent.click(screen.getByRole("tab", { name: "สรุป" }));
    // That sentence is the whole step.
    expect(screen.getByRole("tabpanel").textContent).toBe('ยังไม่มีแผนที่อ่านได้ เลือกแผนในขั้น "แผน" ก่อน');
  });
});
