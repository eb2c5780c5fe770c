/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import type { Cell, Grid } from "../../src/core";
import { FakeHost } from "./fakeHost";
import { choose, renderPane, shown } from "./render";

const DONE = "ดำเนินการแล้วเสร็จ";

function planHost(rows: Cell[][]): FakeHost {
  const host = new FakeHost();
  const grid: Grid = { rows, firstRow: 1, firstColumn: 1 };
  host.readPlan.mockImplementation(async () => grid);
  return host;
}

const radio = (name: string): HTMLInputElement => screen.getByRole("radio", { name }) as HTMLInputElement;

describe("a field several columns could be, in the plan step (spec §9.7)", () => {
  const TWO_DISBURSED: Cell[][] = [
    ["มิติ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "เบิกจ่าย", "สถานะ"],
    [1, "ก", 1000, 100, 200, DONE],
  ];

  it("shows the field as not chosen, naming its candidates, with the choosers open", async () => {
    await renderPane(planHost(TWO_DISBURSED));
    expect(shown("งบประมาณเบิกจ่าย")).toBe("มีหลายคอลัมน์ (D, E): เลือก");
    const line = screen.getByRole("button", { name: "พบ 4 คอลัมน์ มีช่องที่ต้องเลือกคอลัมน์ — เลือก" });
    expect(line.getAttribute("aria-expanded")).toBe("true");
    // The other fields show what was recognised, as before.
    expect(shown("งบประมาณตามแผน")).toBe("C · งบประมาณ");
  });

  it("reads the column the user picks, and saves the choice", async () => {
    const host = planHost(TWO_DISBURSED);
    await renderPane(host);
    choose("งบประมาณเบิกจ่าย", "E · เบิกจ่าย");
    await waitFor(() => expect(host.lastSaved().columns).toEqual({ disbursed: 4 }));
    expect(shown("งบประมาณเบิกจ่าย")).toBe("E · เบิกจ่าย");
  });

  it("re-reads on a deliberate choice only: arrow keys on the closed chooser show, Enter or leaving chooses", async () => {
    const host = planHost(TWO_DISBURSED);
    await renderPane(host);
    const planned = screen.getByRole<HTMLSelectElement>("combobox", { name: "งบประมาณตามแผน" });
    const reads = host.readPlan.mock.calls.length;
    // What Chromium does on ArrowDown over a closed select: the next option, and a change event.
    fireEvent.keyDown(planned, { key: "ArrowDown" });
    fireEvent.change(planned, { target: { value: "3" } });
    fireEvent.keyDown(planned, { key: "ArrowDown" });
    fireEvent.change(planned, { target: { value: "4" } });
    expect(shown("งบประมาณตามแผน")).toBe("E · เบิกจ่าย");
    expect(host.readPlan.mock.calls.length).toBe(reads);
    expect(host.saveSettings).not.toHaveBeenCalled();

    // Escape puts back what was chosen, and nothing is read.
    fireEvent.keyDown(planned, { key: "Escape" });
    expect(shown("งบประมาณตามแผน")).toBe("C · งบประมาณ");
    fireEvent.keyDown(planned, { key: "ArrowDown" });
    fireEvent.change(planned, { target: { value: "3" } });
    fireEvent.keyDown(planned, { key: "Enter" });
    await waitFor(() => expect(host.lastSaved().columns).toEqual({ plannedBudget: 3 }));

    // Leaving the chooser after arrowing is a choice too: it shows what will be read.
    const status = screen.getByRole<HTMLSelectElement>("combobox", { name: "สถานะ" });
    fireEvent.keyDown(status, { key: "ArrowUp" });
    fireEvent.change(status, { target: { value: "1" } });
    expect(host.lastSaved().columns).toEqual({ plannedBudget: 3 });
    fireEvent.blur(status);
    await waitFor(() => expect(host.lastSaved().columns).toEqual({ plannedBudget: 3, status: 1 }));
  });

  it("shows no round chosen when the plan has columns per round and no round is stated", async () => {
    const host = planHost([
      ["มิติ", "ชื่อโครงการ", "งบประมาณ", "ผลการดำเนินงาน 6 เดือน", null, "ผลการดำเนินงาน 12 เดือน", null],
      [null, null, null, "เบิกจ่าย", "สถานะ", "เบิกจ่าย", "สถานะ"],
      [1, "ก", 1000, 400, "อยู่ระหว่างดำเนินการ", 900, DONE],
    ]);
    await renderPane(host);
    expect(radio("6 เดือน (ตุลาคม – มีนาคม)").checked).toBe(false);
    expect(radio("12 เดือน (ทั้งปีงบประมาณ)").checked).toBe(false);
    const ask = "แผนมีคอลัมน์แยกตามรอบ และชื่อเรื่องไม่ได้บอกรอบ: เลือกรอบรายงาน";
    expect(screen.getAllByText(ask)).toHaveLength(1);

    fireEvent.click(radio("12 เดือน (ทั้งปีงบประมาณ)"));
    await waitFor(() => expect(host.lastSaved().round).toBe(12));
    expect(radio("12 เดือน (ทั้งปีงบประมาณ)").checked).toBe(true);
    expect(screen.queryByText("แผนมีคอลัมน์แยกตามรอบ และชื่อเรื่องไม่ได้บอกรอบ: เลือกรอบรายงาน")).toBeNull();
  });
});
