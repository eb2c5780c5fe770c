/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import type { Cell, Grid } from "../../src/core";
import { FakeHost } from "./fakeHost";
import { choose, offered, openColumns, renderPane, shown } from "./render";

const DONE = "ดำเนินการแล้วเสร็จ";

/** A four-year plan with an ordinance column and a sub-dimension heading. */
const ROWS: Cell[][] = [
  ["แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2562"],
  ["ที่", "ชื่อโครงการ", 2561, 2562, 2563, "ตามข้อบัญญัติ", "เบิกจ่าย", "สถานะ"],
  ["1.1", "การสร้างจิตสำนึก", null, null, null, null, null, null],
  ["1.1.1", "โครงการ ก", 100, 200, 300, 200, 150, DONE],
  ["1.1.2", "มาตรการ ข", 0, 0, 0, null, 0, DONE],
];
const GRID: Grid = { rows: ROWS, firstRow: 1, firstColumn: 1 };

function planHost(): FakeHost {
  const host = new FakeHost();
  host.readPlan.mockImplementation(async () => GRID);
  return host;
}

describe("the plan step on plans as offices write them (spec §8)", () => {
  it("shows the recognised year columns with the report year's chosen, and the ordinance column", async () => {
    await renderPane(planHost());
    openColumns();
    await screen.findByRole("combobox", { name: "งบประมาณของปี" });
    expect(shown("งบประมาณของปี")).toBe("พ.ศ. 2562 (คอลัมน์ D)");
    expect(screen.getByText(/^แผนมีคอลัมน์งบประมาณรายปี/).textContent).toBe(
      "แผนมีคอลัมน์งบประมาณรายปี (พ.ศ. 2561, 2562, 2563): คอลัมน์ของปีงบประมาณที่รายงานคืองบประมาณตามแผน เลือกปีอื่นได้",
    );
    expect(shown("งบประมาณตามข้อบัญญัติ/เทศบัญญัติ")).toBe("F · ตามข้อบัญญัติ");
    expect(shown("งบประมาณตามแผน")).toBe("D · 2562");
  });

  it("takes another year's column as the planned budget when the user picks it, and saves the choice", async () => {
    const host = planHost();
    await renderPane(host);
    openColumns();
    await screen.findByRole("combobox", { name: "งบประมาณของปี" });
    expect(offered("งบประมาณของปี")).toEqual([
      "ไม่มี",
      "พ.ศ. 2561 (คอลัมน์ C)",
      "พ.ศ. 2562 (คอลัมน์ D)",
      "พ.ศ. 2563 (คอลัมน์ E)",
    ]);
    choose("งบประมาณของปี", "พ.ศ. 2563 (คอลัมน์ E)");
    await waitFor(() => expect(host.lastSaved().columns).toEqual({ plannedBudget: 4 }));
    expect(shown("งบประมาณของปี")).toBe("พ.ศ. 2563 (คอลัมน์ E)");
  });

  it("offers the sub-dimension subtotals switch, off by default, and remembers it", async () => {
    const host = planHost();
    await renderPane(host);
    openColumns();
    const box = (await screen.findByRole("checkbox", {
      name: "แสดงผลรวมย่อยตามหัวข้อย่อย (1 หัวข้อ) ใต้ตารางสรุป",
    })) as HTMLInputElement;
    expect(box.checked).toBe(false);
    fireEvent.click(box);
    await waitFor(() => expect(host.lastSaved().subtotals).toBe(true));
  });

  it("shows neither for the sample plan, which has no year columns and no headings", async () => {
    await renderPane(new FakeHost());
    openColumns();
    await screen.findByRole("combobox", { name: "งบประมาณตามแผน" });
    expect(screen.queryByRole("combobox", { name: "งบประมาณของปี" })).toBeNull();
    expect(screen.queryByRole("checkbox", { name: /ผลรวมย่อย/ })).toBeNull();
  });
});
