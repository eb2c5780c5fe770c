/** @jest-environment jsdom */
/** Spec §7 in the pane: each counted figure of the previewed table lists its rows and selects them. */
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { SAMPLE_GRID, analyzePlan, traceReport } from "../../src/core";
import { FakeHost, SAMPLE_CHOICE } from "./fakeHost";
import { renderPane } from "./render";

const sample = traceReport(analyzePlan(SAMPLE_GRID)!);

async function openSummary(host: FakeHost): Promise<void> {
  await renderPane(host);
  fireEvent.click(screen.getByRole("tab", { name: "สรุป" }));
}

function rowsOf(name: string): HTMLElement {
  return screen.getByRole("region", { name });
}

describe("tracing a figure of the summary table", () => {
  it("offers each counted figure as a button named by what it counts, and lists its rows under the table", async () => {
    await openSummary(new FakeHost());
    expect(screen.getByText("กดตัวเลขในตารางเพื่อดูว่านับจากแถวใดในแผน")).toBeTruthy();
    const figure = screen.getByRole("button", { name: "โครงการ มิติที่ 1: 5 — แสดงแถว" });
    expect(figure.textContent).toBe("5");
    expect(figure.getAttribute("aria-expanded")).toBe("false");

    fireEvent.click(figure);

    expect(figure.getAttribute("aria-expanded")).toBe("true");
    const rows = rowsOf("โครงการ มิติที่ 1: 5");
    expect(figure.getAttribute("aria-controls")).toBe(rows.id);
    expect(within(rows).getByText("แถว 5–9")).toBeTruthy();
    const projects = within(within(rows).getByRole("list", { name: "โครงการที่นับในตัวเลขนี้" })).getAllByRole(
      "listitem",
    );
    expect(projects).toHaveLength(5);
    expect(projects[0].textContent).toBe("1.1 โครงการส่งเสริมการดำเนินชีวิตตามหลักปรัชญาของเศรษฐกิจพอเพียงแถว 5");
    // The table itself is not a dialog: it stays, with the other figures.
    expect(screen.getByRole("button", { name: "ไม่ได้ดำเนินการ รวม: 1 — แสดงแถว" })).toBeTruthy();
  });

  it("has a button for every counted figure of every dimension and the total, and none for amounts", async () => {
    await openSummary(new FakeHost());
    const buttons = screen.getAllByRole("button", { name: /— แสดงแถว$/ });
    // Projects, completed and not carried out, for four dimensions and the total.
    expect(buttons).toHaveLength(15);
    expect(screen.queryByRole("button", { name: /401,900/ })).toBeNull();
  });

  it("selects one project's row, or every row of the figure, on the plan", async () => {
    const host = new FakeHost();
    await openSummary(host);
    fireEvent.click(screen.getByRole("button", { name: "โครงการ รวม: 16 — แสดงแถว" }));
    const rows = rowsOf("โครงการ รวม: 16");

    fireEvent.click(within(rows).getByRole("button", { name: /^1\.5 / }));
    await waitFor(() => expect(host.selectRows).toHaveBeenCalledWith(SAMPLE_CHOICE, [9]));
    // The pane waits for the selection to finish before it takes the next.
    await waitFor(() => expect(screen.queryByRole("status")).toBeNull());

    fireEvent.click(within(rows).getByRole("button", { name: "เลือกในแผ่นงาน" }));
    await waitFor(() => expect(host.selectRows).toHaveBeenCalledTimes(2));
    expect(host.selectRows.mock.calls[1]).toEqual([SAMPLE_CHOICE, sample.total.projects]);
  });

  it("says so when this Excel could select the first run of rows alone, naming them", async () => {
    const host = new FakeHost();
    host.selectRows.mockResolvedValue("first");
    await openSummary(host);
    fireEvent.click(screen.getByRole("button", { name: "โครงการ รวม: 16 — แสดงแถว" }));
    fireEvent.click(within(rowsOf("โครงการ รวม: 16")).getByRole("button", { name: "เลือกในแผ่นงาน" }));

    await screen.findByText(
      "Excel นี้เลือกหลายช่วงพร้อมกันไม่ได้ จึงเลือกเฉพาะแถว 5–9 เลือกแถวอื่นทีละแถวจากรายการใต้ตาราง",
    );
  });

  it("in the preview, says there is no sheet to select the rows on", async () => {
    const host = new FakeHost();
    host.kind = "preview";
    await openSummary(host);
    fireEvent.click(screen.getByRole("button", { name: "ไม่ได้ดำเนินการ มิติที่ 1: 1 — แสดงแถว" }));
    fireEvent.click(within(rowsOf("ไม่ได้ดำเนินการ มิติที่ 1: 1")).getByRole("button", { name: "เลือกในแผ่นงาน" }));
    await screen.findByText("ตัวอย่าง: ไม่มีสมุดงานจริง จึงเลือกแถว 9 ในแผ่นงานไม่ได้");
  });

  it("for a file opened in the browser, lists the rows with nothing to select them on", async () => {
    const host = new FakeHost();
    host.kind = "file";
    await openSummary(host);
    fireEvent.click(screen.getByRole("button", { name: "โครงการ มิติที่ 1: 5 — แสดงแถว" }));
    const rows = rowsOf("โครงการ มิติที่ 1: 5");
    expect(within(rows).getByText("แถว 5–9")).toBeTruthy();
    expect(within(rows).queryByRole("button", { name: "เลือกในแผ่นงาน" })).toBeNull();
    expect(within(rows).getAllByRole("listitem")).toHaveLength(5);
    expect(within(rows).getAllByRole("button")).toHaveLength(1);
  });

  it("closes, and a figure with no rows says so", async () => {
    await openSummary(new FakeHost());
    fireEvent.click(screen.getByRole("button", { name: "ไม่ได้ดำเนินการ มิติที่ 2: 0 — แสดงแถว" }));
    const rows = rowsOf("ไม่ได้ดำเนินการ มิติที่ 2: 0");
    expect(within(rows).getByText("ไม่มี")).toBeTruthy();
    expect(within(rows).queryByRole("list")).toBeNull();
    expect(within(rows).queryByRole("button", { name: "เลือกในแผ่นงาน" })).toBeNull();
    fireEvent.click(within(rows).getByRole("button", { name: "ปิด" }));
    expect(screen.queryByRole("region", { name: "ไม่ได้ดำเนินการ มิติที่ 2: 0" })).toBeNull();
  });

  it("speaks English when the pane does", async () => {
    await renderPane(new FakeHost({ lang: "en" }));
    fireEvent.click(screen.getByRole("tab", { name: "Summary" }));
    fireEvent.click(screen.getByRole("button", { name: "Projects, dimension 1: 5 — show the rows" }));
    expect(within(rowsOf("Projects, dimension 1: 5")).getByText("rows 5–9")).toBeTruthy();
  });
});
