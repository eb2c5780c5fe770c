/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { FakeHost, SAMPLE_CHOICE, gridOf } from "./fakeHost";
import { renderPane } from "./render";

async function openCheck(host: FakeHost): Promise<void> {
  await renderPane(host);
  fireEvent.click(screen.getByRole("tab", { name: /^ตรวจสอบ/ }));
}

const section = (name: string): HTMLElement => screen.getByRole("region", { name });

describe("the check step", () => {
  it("counts errors, warnings and notes", async () => {
    await openCheck(new FakeHost());
    const counts = within(screen.getByRole("list", { name: "ผลการตรวจสอบ" }))
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(counts).toEqual(["0ข้อผิดพลาด 0", "2คำเตือน 2", "0หมายเหตุ 0"]);
  });

  it("lists the sample's warnings by row, column and cell, in plain words", async () => {
    await openCheck(new FakeHost());
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

  it("puts errors first, and does not make an issue without a cell clickable", async () => {
    const host = new FakeHost();
    host.readPlan.mockResolvedValue(
      gridOf([
        ["ลำดับ", "มิติ", "ชื่อโครงการ", "งบประมาณตามแผน", "สถานะ"],
        ["1.1", 1, "โครงการ ก", "หนึ่งพัน", "ดำเนินการแล้วเสร็จ"],
      ]),
    );
    await openCheck(host);

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
    await waitFor(() => expect(host.selectCell).toHaveBeenCalledWith(SAMPLE_CHOICE, 2, 4));
  });
});
