/** @jest-environment jsdom */
/**
 * Each host offers only what it can do, and the words never promise more (spec §5, "Each host offers
 * only what it can do"): the capabilities of Excel's host, of a file opened in the browser and of the
 * preview, each as that host declares them.
 */
import "./setup";
import { fireEvent, screen, within } from "@testing-library/react";
import { createPreviewHost } from "../../src/hosts/previewHost";
import type { HostCapabilities } from "../../src/hosts/planHost";
import { FakeHost, SAMPLE_CHOICE, gridOf } from "./fakeHost";
import { banner, renderPane } from "./render";

const EXCEL: HostCapabilities = new FakeHost().can;
const PREVIEW: HostCapabilities = createPreviewHost().can;
/** What the pane's file host declares (src/hosts/exceljs/fileHost.ts): a workbook in memory. */
const FILE: HostCapabilities = {
  live: true,
  selectsRows: false,
  rereads: false,
  writesChart: false,
  newPlan: "file",
};

const CHART_NOTE = "แผ่นงานสรุปมีแผนภูมิงบประมาณตามแผนและงบประมาณเบิกจ่ายรายมิติ และตั้งค่าให้พิมพ์บนกระดาษ A4 แนวนอนไว้แล้ว";
const NO_CHART_NOTE = "แผ่นงานสรุปตั้งค่าให้พิมพ์บนกระดาษ A4 แนวนอนไว้แล้ว";
const AUTO_REWRITE = "เขียนตารางสรุปใหม่อัตโนมัติเมื่อแผนเปลี่ยน";

function hostWith(can: HostCapabilities): FakeHost {
  const host = new FakeHost();
  host.can = can;
  return host;
}

describe("what each host offers", () => {
  it("Excel: reading again, the chart, rewriting on a change, a new plan sheet", async () => {
    await renderPane(hostWith(EXCEL));
    fireEvent.click(screen.getByText("ตั้งค่าแผนและรายงาน"));
    expect(screen.getByRole("button", { name: "อ่านแผนอีกครั้ง" }).textContent).toBe("อ่านแผนอีกครั้ง");
    expect(screen.getByRole("button", { name: "สร้างแผ่นงานแผนใหม่จากแม่แบบ" }).tagName).toBe("BUTTON");
    fireEvent.click(screen.getByRole("tab", { name: "สรุป" }));
    expect((await screen.findByText(CHART_NOTE)).textContent).toBe(CHART_NOTE);
    expect(screen.getByRole("switch", { name: AUTO_REWRITE }).getAttribute("type")).toBe("checkbox");
  });

  it.each([
    ["a file opened in the browser", FILE],
    ["the preview", PREVIEW],
  ])(
    "%s: no reading again, no chart promised, no rewriting on a change, the template as a file",
    async (_name, can) => {
      await renderPane(hostWith(can));
      expect(screen.queryByRole("button", { name: "อ่านแผนอีกครั้ง" })).toBeNull();
      expect(screen.queryByRole("button", { name: "สร้างแผ่นงานแผนใหม่จากแม่แบบ" })).toBeNull();
      expect(screen.getByRole("button", { name: "ดาวน์โหลดแม่แบบแผน (.xlsx)" }).tagName).toBe("BUTTON");
      fireEvent.click(screen.getByRole("tab", { name: "สรุป" }));
      expect((await screen.findByText(NO_CHART_NOTE)).textContent).toBe(NO_CHART_NOTE);
      expect(screen.queryByText(CHART_NOTE)).toBeNull();
      expect(screen.queryByRole("switch", { name: AUTO_REWRITE })).toBeNull();
    },
  );

  const CELL_HINT = /^กดที่รายการเพื่อไปยังเซลล์นั้น/;

  it.each([
    ["Excel", EXCEL, 2],
    ["a file opened in the browser", FILE, 0],
    ["the preview", PREVIEW, 0],
  ])("%s: a finding goes to its cell only where a sheet is on screen", async (_name, can, buttons) => {
    await renderPane(hostWith(can));
    fireEvent.click(screen.getByRole("tab", { name: /^ตรวจสอบ/ }));
    const warnings = await screen.findByRole("region", { name: /^คำเตือน/ });
    // The sample's two warnings are each about a cell.
    expect(within(warnings).getAllByRole("listitem")).toHaveLength(2);
    expect(within(warnings).queryAllByRole("button")).toHaveLength(buttons);
    expect(screen.queryAllByText(CELL_HINT)).toHaveLength(buttons === 0 ? 0 : 1);
  });

  it.each([
    ["Excel, which writes the workbook itself", false],
    ["a file opened in the browser, a copy in memory", true],
  ])("%s: after a write, the next step beside its notice", async (_name, copy) => {
    const host = hostWith(copy ? FILE : EXCEL);
    const downloadWorkbook = jest.fn().mockResolvedValue({ name: "plan-สรุปผล.xlsx", saved: "downloaded" });
    if (copy) Object.assign(host, { downloadWorkbook });
    await renderPane(host);
    fireEvent.click(screen.getByRole("tab", { name: "สรุป" }));
    fireEvent.click(await screen.findByRole("button", { name: "เขียนตารางสรุปลงสมุดงาน" }));
    const notice = await screen.findByText('เขียนตารางสรุปลงแผ่นงาน "สรุปผลแผน" แล้ว');
    const download = screen.queryByRole("button", { name: "ดาวน์โหลดสมุดงาน (.xlsx)" });
    if (!copy) {
      expect(download).toBeNull();
      return;
    }
    // Right after the notice, the line that says why, then the button.
    expect(notice.compareDocumentPosition(download!)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    screen.getByText("ไฟล์ในเครื่องยังไม่มีแผ่นงานสรุปผลนี้: ดาวน์โหลดสมุดงานที่เขียนแล้วไปใช้");
    fireEvent.click(download!);
    expect(downloadWorkbook).toHaveBeenCalledTimes(1);
  });

  it("names the way out a host has when the sheet holds no plan", async () => {
    const notes = gridOf([["บันทึกข้อความ"], ["เรื่อง รายงานผล"]]);
    const excel = hostWith(EXCEL);
    excel.plans = [SAMPLE_CHOICE];
    excel.readPlan.mockResolvedValue(notes);
    const { unmount } = await renderPane(excel);
    expect(banner("ไม่พบแผนในแผ่นงานนี้").textContent).toMatch(/แก้หัวคอลัมน์แล้วกด "อ่านแผนอีกครั้ง"$/);
    unmount();

    const file = hostWith(FILE);
    file.plans = [SAMPLE_CHOICE];
    file.readPlan.mockResolvedValue(notes);
    await renderPane(file);
    expect(banner("ไม่พบแผนในแผ่นงานนี้").textContent).toMatch(/แก้หัวคอลัมน์ใน Excel แล้วเปิดไฟล์อีกครั้ง$/);
    expect(screen.queryByText(/อ่านแผนอีกครั้ง/)).toBeNull();
  });
});
