import { SAMPLE_GRID, summaryLayout, analyzePlan } from "../../src/core";
import { HostError } from "../../src/taskpane/host";
import { createPreviewHost } from "../../src/taskpane/previewHost";

describe("the preview host", () => {
  it("offers the sample plan as its one table and reads the sample grid", async () => {
    const host = createPreviewHost();
    expect(host.kind).toBe("preview");
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
    await host.writeSummary(layout);
    await host.flagRows({ choice, firstColumn: 1, lastColumn: 8, rows: [9] });
    await host.selectCell(choice, 9, 8);
    expect(host.written).toEqual([layout]);
    expect(host.flagged).toEqual([{ choice, firstColumn: 1, lastColumn: 8, rows: [9] }]);
    expect(host.selected).toEqual([{ choice, row: 9, column: 8 }]);

    expect(host.loadSettings()).toEqual({});
    await host.saveSettings({ round: 6, organisation: "อบต.แม่วิน" });
    expect(host.loadSettings()).toEqual({ round: 6, organisation: "อบต.แม่วิน" });
  });
});
