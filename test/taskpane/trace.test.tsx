/** @jest-environment jsdom */
/** Spec §7 in the pane: each counted figure of the previewed table lists its rows and selects them. */
import "./setup";
import { fireEvent, screen, within } from "@testing-library/react";
import { type Lang, SAMPLE_GRID, analyzePlan, summaryLayout, tracedCells } from "../../src/core";
import { traceReport } from "../../src/core/summary/trace";
import { STRINGS } from "../../src/taskpane/words/allStrings";
import { SummaryStep } from "../../src/taskpane/views/SummaryStep";
import { TraceRows } from "../../src/taskpane/views/TraceRows";
import { createPreviewHost } from "../../src/hosts/previewHost";
import { FakeHost } from "./fakeHost";
import { renderPane } from "./render";
import { paneReport, renderStep, summaryProps } from "./step";

const sample = traceReport(analyzePlan(SAMPLE_GRID)!);

/** The summary step alone over the sample, its figures ready to be chosen. */
function showSummary(lang: Lang = "th"): void {
  renderStep(<SummaryStep {...summaryProps(paneReport(), lang)} />, lang);
}

/**
 * The rows of the sample's total of projects alone, as the summary step shows them once that figure
 * is chosen (its traced cell and the figure as the table shows it); onSelectRows, to see what is selected.
 */
function showTotalRows(): jest.Mock {
  const report = paneReport();
  const total = tracedCells(report, summaryLayout(report, { lang: "th" })).find(
    (cell) => cell.figure === "projects" && cell.dimension === null,
  )!;
  const onSelectRows = jest.fn();
  renderStep(
    <TraceRows
      id="trace"
      report={report}
      figure={total}
      shown="16"
      strings={STRINGS.th}
      canSelect
      busy={false}
      onSelectRows={onSelectRows}
      onClose={() => undefined}
    />,
  );
  return onSelectRows;
}

async function openSummary(host: FakeHost): Promise<void> {
  await renderPane(host);
  fireEvent.click(screen.getByRole("tab", { name: "สรุป" }));
}

function rowsOf(name: string): HTMLElement {
  return screen.getByRole("region", { name });
}

/** What the list of a figure's rows says of them: the line under its heading. */
function rowsLine(rows: HTMLElement): string | null | undefined {
  return within(rows).getByRole("heading").nextElementSibling?.textContent;
}

describe("tracing a figure of the summary table", () => {
  it("offers each counted figure as a button named by what it counts, and lists its rows under the table", () => {
    showSummary();
    // The hint sits under the table, where the rows of a chosen figure will be listed.
    const hint = screen.getByText(/^กดตัวเลข/);
    expect(hint.textContent).toBe("กดตัวเลขเพื่อดูว่านับจากแถวใดในแผน");
    expect(
      screen.getByRole("region", { name: "ตัวอย่างตารางสรุปตามที่จะเขียนลงสมุดงาน" }).compareDocumentPosition(hint),
    ).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    const figure = screen.getByRole("button", { name: "โครงการ มิติที่ 1: 5 — แสดงแถว" });
    expect(figure.textContent).toBe("5");
    expect(figure.getAttribute("aria-expanded")).toBe("false");

    fireEvent.click(figure);

    expect(figure.getAttribute("aria-expanded")).toBe("true");
    const rows = rowsOf("โครงการ มิติที่ 1: 5");
    expect(figure.getAttribute("aria-controls")).toBe(rows.id);
    expect(screen.queryByText(/^กดตัวเลข/)).toBeNull();
    expect(rowsLine(rows)).toBe("แถว 5–9");
    const projects = within(within(rows).getByRole("list", { name: "โครงการที่นับในตัวเลขนี้" })).getAllByRole(
      "listitem",
    );
    expect(projects).toHaveLength(5);
    expect(projects[0].textContent).toBe("1.1 โครงการส่งเสริมการดำเนินชีวิตตามหลักปรัชญาของเศรษฐกิจพอเพียงแถว 5");
    // The table itself is not a dialog: it stays, with the other figures, one of them chosen.
    const figures = screen.getAllByRole("button", { name: /— แสดงแถว$/ });
    expect(figures).toHaveLength(15);
    expect(figures.filter((other) => other.getAttribute("aria-expanded") === "true")).toEqual([figure]);
  });

  it("has a button for every counted figure of every dimension and the total, and none for amounts", () => {
    showSummary();
    const buttons = screen.getAllByRole("button", { name: /— แสดงแถว$/ });
    // Projects, completed and not carried out, for four dimensions and the total.
    expect(buttons).toHaveLength(15);
    expect(screen.queryByRole("button", { name: /401,900/ })).toBeNull();
  });

  it("selects one project's row, or every row of the figure, on the plan", () => {
    const onSelectRows = showTotalRows();
    const rows = rowsOf("โครงการ รวม: 16");

    fireEvent.click(within(rows).getByRole("button", { name: /^1\.5 / }));
    expect(onSelectRows).toHaveBeenLastCalledWith([9]);

    fireEvent.click(within(rows).getByRole("button", { name: "เลือกในแผ่นงาน" }));
    expect(onSelectRows).toHaveBeenCalledTimes(2);
    expect(onSelectRows).toHaveBeenLastCalledWith(sample.total.projects);
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

  it("in the preview, lists the rows and offers no button that could select nothing", async () => {
    const host = new FakeHost();
    host.can = createPreviewHost().can;
    await openSummary(host);
    fireEvent.click(screen.getByRole("button", { name: "ไม่ได้ดำเนินการ มิติที่ 1: 1 — แสดงแถว" }));
    const rows = rowsOf("ไม่ได้ดำเนินการ มิติที่ 1: 1");
    expect(rowsLine(rows)).toBe("แถว 9");
    expect(within(rows).queryByRole("button", { name: "เลือกในแผ่นงาน" })).toBeNull();
  });

  it("for a file opened in the browser, lists the rows with nothing to select them on", async () => {
    const host = new FakeHost();
    host.can = { live: true, selectsRows: false, rereads: false, writesChart: false, newPlan: "file" };
    await openSummary(host);
    fireEvent.click(screen.getByRole("button", { name: "โครงการ มิติที่ 1: 5 — แสดงแถว" }));
    const rows = rowsOf("โครงการ มิติที่ 1: 5");
    expect(rowsLine(rows)).toBe("แถว 5–9");
    expect(within(rows).queryByRole("button", { name: "เลือกในแผ่นงาน" })).toBeNull();
    expect(within(rows).getAllByRole("listitem")).toHaveLength(5);
    expect(within(rows).getAllByRole("button")).toHaveLength(1);
  });

  it("closes, and a figure with no rows says so", () => {
    showSummary();
    fireEvent.click(screen.getByRole("button", { name: "ไม่ได้ดำเนินการ มิติที่ 2: 0 — แสดงแถว" }));
    const rows = rowsOf("ไม่ได้ดำเนินการ มิติที่ 2: 0");
    expect(rowsLine(rows)).toBe("ไม่มี");
    expect(within(rows).queryByRole("list")).toBeNull();
    expect(within(rows).queryByRole("button", { name: "เลือกในแผ่นงาน" })).toBeNull();
    fireEvent.click(within(rows).getByRole("button", { name: "ปิด" }));
    expect(screen.queryByRole("region", { name: "ไม่ได้ดำเนินการ มิติที่ 2: 0" })).toBeNull();
  });

  it("gives the focus back to the figure that opened the list when the list is closed", () => {
    showSummary();
    const figure = screen.getByRole("button", { name: "โครงการ มิติที่ 1: 5 — แสดงแถว" });
    fireEvent.click(figure);
    const close = within(rowsOf("โครงการ มิติที่ 1: 5")).getByRole("button", { name: "ปิด" });
    close.focus();
    fireEvent.click(close);
    expect(screen.queryByRole("region", { name: "โครงการ มิติที่ 1: 5" })).toBeNull();
    // Not the page: the figure, closed again, so Enter opens the list once more.
    expect(document.activeElement).toBe(figure);
    expect(figure.getAttribute("aria-expanded")).toBe("false");
  });

  it("speaks English when the pane does", () => {
    showSummary("en");
    fireEvent.click(screen.getByRole("button", { name: "Projects, dimension 1: 5 — show the rows" }));
    const rows = rowsOf("Projects, dimension 1: 5");
    expect(rowsLine(rows)).toBe("rows 5–9");
  });
});
