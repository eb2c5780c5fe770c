/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { FakeHost, OTHER_SHEET, SAMPLE_CHOICE, gridOf } from "./fakeHost";
import { choose, offered, openColumns, renderPane, shown, stepTabName } from "./render";
import { SAMPLE_ROWS } from "../../src/core";
import { lastEndedRoundYear } from "../../src/core/rows/fiscalYear";

const input = (name: string): HTMLInputElement => screen.getByRole("textbox", { name }) as HTMLInputElement;

/** What describes a field to a screen reader: its hint and its validation message. */
function description(field: HTMLElement): string {
  return (field.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");
}

function typeInto(name: string, text: string): void {
  const box = input(name);
  fireEvent.change(box, { target: { value: text } });
  fireEvent.blur(box);
}

/** The check tab's name carries the number of issues. */
const checkTabSays = (issues: number): boolean =>
  screen.queryByRole("tab", { name: `ตรวจสอบ ${issues} รายการ` }) !== null;

describe("the plan step", () => {
  it("lists the workbook's tables and sheets and reads the chosen plan", async () => {
    const host = new FakeHost();
    await renderPane(host);
    expect(shown("แผนที่จะสรุป")).toBe("ตาราง PlanProjects (แผ่นงาน แผน)");
    expect(host.readPlan).toHaveBeenCalledWith(SAMPLE_CHOICE, expect.any(Function));

    expect(offered("แผนที่จะสรุป")).toEqual(["ตาราง PlanProjects (แผ่นงาน แผน)", "แผ่นงาน หมายเหตุ"]);
  });

  it("reads another plan when one is picked, and remembers it", async () => {
    const host = new FakeHost();
    await renderPane(host);
    choose("แผนที่จะสรุป", "แผ่นงาน หมายเหตุ");
    await waitFor(() => expect(host.readPlan).toHaveBeenLastCalledWith(OTHER_SHEET, expect.any(Function)));
    expect(host.lastSaved().choice).toEqual(OTHER_SHEET);
  });

  it("shows each field's recognised column by header text and column letter", async () => {
    await renderPane(new FakeHost());
    openColumns();
    expect(shown("ลำดับ")).toBe("A · ลำดับ");
    expect(shown("ชื่อโครงการ")).toBe("C · ชื่อโครงการ/กิจกรรม/มาตรการ");
    expect(shown("งบประมาณตามแผน")).toBe("E · งบประมาณตามแผน (บาท)");
    expect(shown("งบประมาณเบิกจ่าย")).toBe("F · งบประมาณเบิกจ่าย (บาท)");
    expect(shown("หมายเหตุ")).toBe("H · หมายเหตุ");
    expect(screen.getByText(/^หัวตารางอยู่แถว/).textContent).toBe("หัวตารางอยู่แถว 3 เปลี่ยนคอลัมน์ได้ถ้าอ่านผิด");
  });

  it("checks the plan again when a column is changed, and saves the choice", async () => {
    const host = new FakeHost();
    await renderPane(host);
    expect(checkTabSays(2)).toBe(true);
    openColumns();

    // Reading the note from the type column gives row 9 a "reason", so its warning goes.
    choose("หมายเหตุ", "D · ประเภท");

    expect(shown("หมายเหตุ")).toBe("D · ประเภท");
    expect(checkTabSays(1)).toBe(true);
    expect(host.lastSaved().columns).toEqual({ note: 3 });
  });

  it("takes the organisation and fiscal year from the sheet's title", async () => {
    await renderPane(new FakeHost());
    expect(input("ชื่อหน่วยงาน").value).toBe("องค์การบริหารส่วนตำบลแม่วิน");
    expect(input("ปีงบประมาณ (พ.ศ.)").value).toBe("2566");
    expect((screen.getByRole("radio", { name: "12 เดือน (ทั้งปีงบประมาณ)" }) as HTMLInputElement).checked).toBe(
      true,
    );
  });

  it("says a year the sheet does not give is a default, the latest ended round's, until one is typed", async () => {
    const host = new FakeHost();
    // The sample without its title lines: no year anywhere.
    host.readPlan.mockResolvedValue(gridOf(SAMPLE_ROWS.slice(2)));
    await renderPane(host);
    const year = lastEndedRoundYear(12, new Date());
    await waitFor(() => expect(input("ปีงบประมาณ (พ.ศ.)").value).toBe(String(year)));
    expect(description(input("ปีงบประมาณ (พ.ศ.)"))).toContain(
      `หัวแผ่นงานไม่ระบุปี จึงใช้ พ.ศ. ${year} ซึ่งรอบ 12 เดือนสิ้นสุดล่าสุด (ค่าเริ่มต้น)`,
    );
    typeInto("ปีงบประมาณ (พ.ศ.)", "2566");
    await waitFor(() => expect(description(input("ปีงบประมาณ (พ.ศ.)"))).not.toContain("ค่าเริ่มต้น)"));
  });

  it("saves the organisation, fiscal year, round and control totals", async () => {
    const host = new FakeHost();
    await renderPane(host);

    typeInto("ชื่อหน่วยงาน", "เทศบาลตำบลบ้านใหม่");
    expect(host.lastSaved().organisation).toBe("เทศบาลตำบลบ้านใหม่");

    typeInto("ปีงบประมาณ (พ.ศ.)", "๒๕๖๗");
    expect(host.lastSaved().fiscalYear).toBe(2567);

    fireEvent.click(screen.getByRole("radio", { name: "6 เดือน (ตุลาคม – มีนาคม)" }));
    expect(host.lastSaved().round).toBe(6);

    typeInto("งบประมาณตามแผนรวม (บาท)", "401,900 บาท");
    expect(host.lastSaved().controlTotals).toEqual({ plannedBudget: 401900, disbursed: undefined });
    expect(host.lastSaved()).toMatchObject({ organisation: "เทศบาลตำบลบ้านใหม่", fiscalYear: 2567, round: 6 });
  });

  it("compares a typed control total with what the rows add up to", async () => {
    const host = new FakeHost();
    await renderPane(host);
    expect(checkTabSays(2)).toBe(true);
    typeInto("งบประมาณตามแผนรวม (บาท)", "428,000");
    expect(checkTabSays(3)).toBe(true);
    expect(input("งบประมาณตามแผนรวม (บาท)").value).toBe("428,000.00");
    openColumns();
  });

  it("does not save a year it cannot read, and says what to type", async () => {
    const host = new FakeHost();
    await renderPane(host);
    typeInto("ปีงบประมาณ (พ.ศ.)", "66");
    // Said on the field itself, which is marked invalid.
    const year = input("ปีงบประมาณ (พ.ศ.)");
    expect(year.getAttribute("aria-invalid")).toBe("true");
    expect(description(year)).toContain("ใส่ปี พ.ศ. 4 หลัก เช่น 2566");
    expect(host.saveSettings).not.toHaveBeenCalled();
  });

  it("restores what was saved in the workbook", async () => {
    const host = new FakeHost({
      choice: SAMPLE_CHOICE,
      organisation: "เทศบาลตำบลบ้านใหม่",
      fiscalYear: 2567,
      round: 6,
      controlTotals: { plannedBudget: 428000 },
      columns: { note: 3 },
    });
    await renderPane(host);
    expect(host.loadSettings).toHaveBeenCalled();
    expect(input("ชื่อหน่วยงาน").value).toBe("เทศบาลตำบลบ้านใหม่");
    expect(input("ปีงบประมาณ (พ.ศ.)").value).toBe("2567");
    expect((screen.getByRole("radio", { name: "6 เดือน (ตุลาคม – มีนาคม)" }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(input("งบประมาณตามแผนรวม (บาท)").value).toBe("428,000.00");
    openColumns();
    expect(shown("หมายเหตุ")).toBe("D · ประเภท");

    fireEvent.click(screen.getByRole("tab", { name: "สรุป" }));
    // The lines under the title, above the previewed table.
    const lead = screen.getByRole("region", {
      name: "ตัวอย่างตารางสรุปตามที่จะเขียนลงสมุดงาน",
    }).previousElementSibling;
    expect(Array.from(lead?.children ?? [], (line) => line.textContent).slice(1)).toEqual([
      "เทศบาลตำบลบ้านใหม่",
      "ประจำปีงบประมาณ พ.ศ. 2567 รอบ 6 เดือน (ตุลาคม 2566 - มีนาคม 2567)",
    ]);
  });

  it("reads the plan saved last time rather than the first in the list", async () => {
    const host = new FakeHost({ choice: OTHER_SHEET });
    await renderPane(host);
    expect(host.readPlan).toHaveBeenCalledWith(OTHER_SHEET, expect.any(Function));
    expect(shown("แผนที่จะสรุป")).toBe("แผ่นงาน หมายเหตุ");
  });
});

describe("the first screen", () => {
  it("with a plan, shows its result first: where it was read, the figures, the findings, the way on", async () => {
    await renderPane(new FakeHost());
    const result = screen.getByRole("region", { name: "ผลการอ่านแผน" });
    expect(within(result).getByText(/^แผ่นงาน แผน · /).textContent).toBe(
      "แผ่นงาน แผน · 16 โครงการ · ปีงบประมาณ พ.ศ. 2566 · รอบ 12 เดือน",
    );
    const figures = await within(result).findByRole("region", { name: "ตัวเลขหลัก" });
    expect(within(figures).getByText("93.75%").tagName).toBe("DD");
    expect(within(result).getByText(/^ข้อผิดพลาด /).textContent).toBe("ข้อผิดพลาด 0 · คำเตือน 2 · ข้อสังเกต 0");
    // Nothing before the result but the steps: the settings come after it, folded.
    const headings = screen.getAllByRole("heading").map((heading) => heading.textContent);
    expect(headings.slice(0, 2)).toEqual(["รายงานผลแผนป้องกันการทุจริต", "ผลการอ่านแผน"]);
    const settings = screen.getByText("ตั้งค่าแผนและรายงาน").closest("details");
    expect(settings?.open).toBe(false);
    expect(settings?.contains(screen.getByRole("combobox", { name: "แผนที่จะสรุป" }))).toBe(true);
    expect(result.compareDocumentPosition(settings!)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it("keeps the settings open while a column is to be chosen", async () => {
    const host = new FakeHost();
    host.readPlan.mockResolvedValue(
      gridOf([
        ["ที่", "มิติ", "โครงการ", "งบประมาณ", "งบประมาณ", "สถานะ"],
        [1, 1, "ก", 100, 50, "ดำเนินการแล้ว"],
      ]),
    );
    await renderPane(host);
    await screen.findByRole("region", { name: "ผลการอ่านแผน" });
    expect(screen.queryByText("ตั้งค่าแผนและรายงาน")).toBeNull();
    expect(screen.getByRole("combobox", { name: "งบประมาณตามแผน" }).closest("details")).toBeNull();
  });

  it("folds the columns into one line that opens them, and leads on to the check", async () => {
    await renderPane(new FakeHost());
    expect(screen.queryByRole("combobox", { name: "หมายเหตุ" })).toBeNull();
    const line = screen.getByRole("button", { name: "อ่านได้ครบ 8 คอลัมน์ · แก้ไขคอลัมน์" });
    expect(line.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(line);
    expect(line.getAttribute("aria-expanded")).toBe("true");
    expect(shown("หมายเหตุ")).toBe("H · หมายเหตุ");
    fireEvent.click(screen.getByRole("button", { name: "ตรวจสอบแผน →" }));
    expect(screen.getByRole("tab", { name: "ตรวจสอบ 2 รายการ" }).getAttribute("aria-selected")).toBe("true");
  });

  it("with no plan, puts starting from the template first, as the primary button", async () => {
    const host = new FakeHost();
    host.readPlan.mockResolvedValue(gridOf([["บันทึกข้อความ"], ["เรื่อง รายงานผล"]]));
    await renderPane(host);
    const buttons = screen.getAllByRole("button").map((button) => button.textContent);
    expect(buttons.indexOf("สร้างแผ่นงานแผนใหม่จากแม่แบบ")).toBeLessThan(buttons.indexOf("อ่านแผนอีกครั้ง"));
    expect(stepTabName(/^ตรวจสอบ/)).toBe("ตรวจสอบ");
    expect(screen.queryByRole("button", { name: "ตรวจสอบแผน →" })).toBeNull();
  });
});
