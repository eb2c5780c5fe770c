import {
  SAMPLE_GRID,
  analyzePlan,
  flagRule,
  officeSummary,
  rollUp,
  rollupLayout,
  summaryLayout,
} from "../../src/core";
import { HostError, type SummaryWrite } from "../../src/hosts/planHost";
import { createPreviewHost } from "../../src/hosts/previewHost";

const HOW: SummaryWrite = { automatic: false, incomplete: "…", printSetupFailed: "!" };

describe("the preview host", () => {
  it("offers the sample plan as its one table and reads the sample grid", async () => {
    const host = createPreviewHost();
    // Its actions reach no workbook: the pane says what each would do.
    expect(host.can).toEqual({
      live: false,
      selectsRows: false,
      rereads: false,
      writesChart: false,
      newPlan: "file",
    });
    const plans = await host.listPlans();
    expect(plans).toEqual([{ sheet: "แผน", table: "PlanProjects" }]);
    const progress = jest.fn();
    expect(await host.readPlan(plans[0], progress)).toBe(SAMPLE_GRID);
    expect(progress).toHaveBeenCalledWith(SAMPLE_GRID.rows.length, SAMPLE_GRID.rows.length);
  });

  it("answers not-found for any other plan", async () => {
    const host = createPreviewHost();
    await expect(host.readPlan({ sheet: "Sheet1" })).rejects.toEqual(expect.any(HostError));
    await expect(host.readPlan({ sheet: "Sheet1" })).rejects.toMatchObject({ kind: "not-found" });
  });

  it("keeps what it was asked to write, flag and select, and the settings", async () => {
    const host = createPreviewHost();
    const layout = summaryLayout(analyzePlan(SAMPLE_GRID)!);
    const choice = { sheet: "แผน", table: "PlanProjects" };
    const rule = flagRule(analyzePlan(SAMPLE_GRID)!)!;
    await host.writeSummary(layout, HOW);
    await host.flagRows({ choice, rule });
    await host.selectCell(choice, 9, 8);
    expect(host.written).toEqual([layout]);
    expect(host.flagged).toEqual([{ choice, rule }]);
    expect(host.selected).toEqual([{ choice, row: 9, column: 8 }]);

    expect(host.loadSettings()).toEqual({});
    await host.saveSettings({ round: 6, organisation: "อบต.แม่วิน" });
    expect(host.loadSettings()).toEqual({ round: 6, organisation: "อบต.แม่วิน" });
  });

  it("selects no rows and writes no roll-up, keeping what it was asked, and says it selected none", async () => {
    const host = createPreviewHost();
    const choice = { sheet: "แผน", table: "PlanProjects" };
    expect(await host.selectRows(choice, [5, 6, 9])).toBe("none");
    expect(host.selectedRows).toEqual([{ choice, rows: [5, 6, 9] }]);
    await expect(host.selectRows({ sheet: "อื่น" }, [1])).rejects.toMatchObject({ kind: "not-found" });
    const layout = rollupLayout(rollUp([officeSummary("แผน", analyzePlan(SAMPLE_GRID)!)], []));
    expect(await host.writeRollup(layout, { incomplete: "…", printSetupFailed: "!" })).toBe("รวมผล");
    expect(host.rollups).toEqual([layout]);
  });

  it("tells the pane's handlers of an edit until they are removed", async () => {
    const host = createPreviewHost();
    const sample = { sheet: "แผน", table: "PlanProjects" };
    const onChange = jest.fn();
    const unsubscribe = await host.watchPlan(sample, onChange);
    host.edited({ sheet: "อื่น" });
    expect(onChange).not.toHaveBeenCalled();
    host.edited(sample);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith("edited");
    await unsubscribe();
    host.edited(sample);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
