/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import {
  SAMPLE_GRID,
  SAMPLE_ROWS,
  type Cell,
  type Grid,
  analyzePlan,
  flagArea,
  flagRule,
} from "../../src/core";
import { NotCarriedOutStep } from "../../src/taskpane/views/NotCarriedOutStep";
import { STRINGS } from "../../src/taskpane/words/allStrings";
import { FakeHost, OTHER_SHEET, SAMPLE_CHOICE, gridOf } from "./fakeHost";
import { renderPane } from "./render";
import { paneReport, renderStep } from "./step";

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
  fireEvent.click(screen.getByRole("tab", { name: "ไม่ได้ดำเนินการ 1 โครงการ" }));
}

/**
 * The step alone over the pane's report of `grid`, flagging offered as App offers it (where core has a
 * flag rule for the plan); its callbacks, to see which button does what.
 */
function showList(grid: Grid = SAMPLE_GRID): { onFlag: jest.Mock; onRemoveFlags: jest.Mock } {
  const report = paneReport(grid);
  const onFlag = jest.fn();
  const onRemoveFlags = jest.fn();
  renderStep(
    <NotCarriedOutStep
      items={report.notCarriedOut}
      lang="th"
      strings={STRINGS.th}
      busy={false}
      canFlag={flagRule(report) !== undefined}
      onFlag={onFlag}
      onRemoveFlags={onRemoveFlags}
    />,
  );
  return { onFlag, onRemoveFlags };
}

describe("the projects not carried out", () => {
  it("lists the sample's row 9 with its number, dimension, budget and missing reason", () => {
    showList();
    const items = screen.getAllByRole("listitem").map((item) => item.textContent);
    expect(items).toEqual([
      "1.5 (ชื่อโครงการไม่ปรากฏในรายงานต้นฉบับ)" +
        "แถว 9 · มิติที่ 1 · งบประมาณตามแผน 15,000.00 บาท" +
        "เหตุผล: ไม่ระบุเหตุผล",
    ]);
  });

  it("flags with core's rule for the plan: over each row's status cell, under the header", async () => {
    const host = new FakeHost();
    await openList(host);
    fireEvent.click(screen.getByRole("button", { name: "ทำเครื่องหมายแถวเหล่านี้ในแผน (1 แถว)" }));
    await screen.findByText("ทำเครื่องหมายแถวที่ไม่ได้ดำเนินการในแผนแล้ว 1 แถว");
    const report = analyzePlan(gridOf(SAMPLE_ROWS), { round: 12 })!;
    expect(host.flagRows).toHaveBeenCalledWith({ choice: SAMPLE_CHOICE, rule: flagRule(report) });
    expect(flagArea(host.flagRows.mock.calls[0][0].rule)).toBe("A4:H1048576");
  });

  it("follows a plan that starts further right and down, and quotes the reason", async () => {
    const rows: Cell[][] = SAMPLE_ROWS.map((row) => [...row]);
    rows[8][7] = "ไม่ได้รับงบประมาณ";
    const host = new FakeHost();
    host.readPlan.mockResolvedValue(gridOf(rows, 5, 3));
    await openList(host);
    // Said as the summary sheet's list says it: e-Plan's category, then the sheet's own words.
    expect(screen.getByRole("listitem").textContent).toMatch(/เหตุผล: ไม่ได้รับจัดสรรงบประมาณ: ไม่ได้รับงบประมาณ$/);
    fireEvent.click(screen.getByRole("button", { name: "ทำเครื่องหมายแถวเหล่านี้ในแผน (1 แถว)" }));
    await waitFor(() => expect(host.flagRows).toHaveBeenCalled());
    const rule = host.flagRows.mock.calls[0][0].rule;
    expect(flagArea(rule)).toBe("C8:J1048576");
    expect(rule.formula).toContain("$I8");
  });

  it("offers flagging and removing the flags even when nothing is left not carried out", () => {
    const { onFlag, onRemoveFlags } = showList(gridOf(allCarriedOut()));
    expect(screen.queryByRole("listitem")).toBeNull();
    expect(screen.getByText(/^ไม่มีโครงการ/).textContent).toBe("ไม่มีโครงการที่ไม่ได้ดำเนินการ");
    // The rule follows later edits, so it is worth putting on a plan with nothing to flag yet.
    expect(button(FLAG_NONE).disabled).toBe(false);
    expect(button(CLEAR).disabled).toBe(false);
    fireEvent.click(button(FLAG_NONE));
    expect(onFlag).toHaveBeenCalledTimes(1);
    fireEvent.click(button(CLEAR));
    expect(onRemoveFlags).toHaveBeenCalledTimes(1);
  });

  it("removes the flags from the plan it reads, and says so", async () => {
    const host = new FakeHost();
    host.readPlan.mockResolvedValue(gridOf(allCarriedOut()));
    await renderPane(host);
    fireEvent.click(screen.getByRole("tab", { name: "ไม่ได้ดำเนินการ 0 โครงการ" }));
    fireEvent.click(button(CLEAR));
    await screen.findByText("ลบเครื่องหมายแถวในแผนแล้ว");
    expect(host.removeFlags).toHaveBeenCalledWith(SAMPLE_CHOICE);
  });

  it("offers removing the flags after reopening, with nothing flagged in this session", async () => {
    const host = new FakeHost({ choice: OTHER_SHEET });
    await renderPane(host);
    fireEvent.click(screen.getByRole("tab", { name: /^ไม่ได้ดำเนินการ/ }));
    expect(button(CLEAR).disabled).toBe(false);
  });
});
