/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { SAMPLE_ROWS, type Cell } from "../../src/core";
import { FakeHost, SAMPLE_CHOICE, gridOf } from "./fakeHost";
import { renderPane } from "./render";

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
});
