/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { SAMPLE_ROWS, type Cell } from "../../src/core";
import { FakeHost, OTHER_SHEET, SAMPLE_CHOICE, gridOf } from "./fakeHost";
import { renderPane } from "./render";

const FLAG_NONE = "ทำเครื่องหมายแถวเหล่านี้ในแผน (0 แถว)";
const CLEAR = "ลบเครื่องหมายแถวที่ทำไว้ในแผน";

const button = (name: string): HTMLButtonElement => screen.getByRole("button", { name }) as HTMLButtonElement;

/** The sample with row 9 carried out and paid: no project left not carried out. */
function allCarriedOut(): Cell[][] {
  const rows: Cell[][] = SAMPLE_ROWS.map((row) => [...row]);
  rows[8][5] = 15000;
  rows[8][6] = "ดำเนินการแล้วเสร็จ";
  return rows;
}

async function openList(host: FakeHost): Promise<void> {
  await renderPane(host);
  fireEvent.click(screen.getByRole("tab", { name: "ไม่ได้ดำเนินการ (1)" }));
}

describe("the projects not carried out", () => {
  it("lists the sample's row 9 with its number, dimension, budget and missing reason", async () => {
    await openList(new FakeHost());
    const items = screen.getAllByRole("listitem").map((item) => item.textContent);
    expect(items).toEqual([
      "1.5 (ชื่อโครงการไม่ปรากฏในรายงานต้นฉบับ)" +
        "แถว 9 · มิติที่ 1 · งบประมาณตามแผน 15,000.00 บาท" +
        "เหตุผล: ไม่ระบุเหตุผล",
    ]);
  });

  it("flags row 9 across the plan's columns", async () => {
    const host = new FakeHost();
    await openList(host);
    fireEvent.click(screen.getByRole("button", { name: "ทำเครื่องหมายแถวเหล่านี้ในแผน (1 แถว)" }));
    await screen.findByText("ทำเครื่องหมายแถวที่ไม่ได้ดำเนินการในแผนแล้ว 1 แถว");
    expect(host.flagRows).toHaveBeenCalledWith({
      choice: SAMPLE_CHOICE,
      firstColumn: 1,
      lastColumn: 8,
      rows: [9],
    });
  });

  it("spans the widest row of a plan that starts further right and down, and quotes the reason", async () => {
    const rows: Cell[][] = SAMPLE_ROWS.map((row) => [...row]);
    rows[8][7] = "ไม่ได้รับงบประมาณ";
    const host = new FakeHost();
    host.readPlan.mockResolvedValue(gridOf(rows, 5, 3));
    await openList(host);
    expect(screen.getByText("เหตุผล: ไม่ได้รับงบประมาณ")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "ทำเครื่องหมายแถวเหล่านี้ในแผน (1 แถว)" }));
    await waitFor(() =>
      expect(host.flagRows).toHaveBeenCalledWith({
        choice: SAMPLE_CHOICE,
        firstColumn: 3,
        lastColumn: 10,
        rows: [13],
      }),
    );
  });

  it("keeps the flag button off when nothing is left to flag and nothing was flagged", async () => {
    const host = new FakeHost();
    host.readPlan.mockResolvedValue(gridOf(allCarriedOut()));
    await renderPane(host);
    fireEvent.click(screen.getByRole("tab", { name: "ไม่ได้ดำเนินการ (0)" }));
    expect(screen.getByText("ไม่มีโครงการที่ไม่ได้ดำเนินการ")).toBeTruthy();
    expect(button(FLAG_NONE).disabled).toBe(true);
    expect(screen.queryByRole("button", { name: CLEAR })).toBeNull();
  });

  it("removes the flags set earlier once every project is carried out", async () => {
    const host = new FakeHost();
    await openList(host);
    fireEvent.click(screen.getByRole("button", { name: "ทำเครื่องหมายแถวเหล่านี้ในแผน (1 แถว)" }));
    await screen.findByText("ทำเครื่องหมายแถวที่ไม่ได้ดำเนินการในแผนแล้ว 1 แถว");

    host.readPlan.mockResolvedValue(gridOf(allCarriedOut()));
    fireEvent.click(screen.getByRole("tab", { name: "แผน" }));
    fireEvent.click(screen.getByRole("button", { name: "อ่านแผนใหม่" }));
    fireEvent.click(await screen.findByRole("tab", { name: "ไม่ได้ดำเนินการ (0)" }));
    expect(button(CLEAR).disabled).toBe(false);

    fireEvent.click(button(CLEAR));
    await screen.findByText("ลบเครื่องหมายแถวในแผนแล้ว");
    expect(host.flagRows).toHaveBeenLastCalledWith({
      choice: SAMPLE_CHOICE,
      firstColumn: 1,
      lastColumn: 8,
      rows: [],
    });
    // Cleared: nothing left to remove.
    expect(button(FLAG_NONE).disabled).toBe(true);
  });

  it("does not offer to remove flags set on another plan", async () => {
    const host = new FakeHost();
    await openList(host);
    fireEvent.click(screen.getByRole("button", { name: "ทำเครื่องหมายแถวเหล่านี้ในแผน (1 แถว)" }));
    await screen.findByText("ทำเครื่องหมายแถวที่ไม่ได้ดำเนินการในแผนแล้ว 1 แถว");

    host.readPlan.mockResolvedValue(gridOf(allCarriedOut()));
    fireEvent.click(screen.getByRole("tab", { name: "แผน" }));
    fireEvent.click(screen.getByRole("combobox", { name: "แผนที่จะสรุป" }));
    fireEvent.click(screen.getByRole("option", { name: "แผ่นงาน หมายเหตุ" }));
    await waitFor(() => expect(host.readPlan).toHaveBeenLastCalledWith(OTHER_SHEET, expect.any(Function)));
    fireEvent.click(await screen.findByRole("tab", { name: "ไม่ได้ดำเนินการ (0)" }));
    expect(button(FLAG_NONE).disabled).toBe(true);
  });
});
