/** @jest-environment jsdom */
/** Spec §8 in the add-in: the plans of one workbook found, chosen and added up on a roll-up sheet. */
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Cell, Grid } from "../../src/core";
import type { PlanChoice } from "../../src/hosts/planHost";
import { THREE_OFFICES, officePlanRows } from "../excel/fixtures";
import { FakeHost, SAMPLE_CHOICE, gridOf } from "./fakeHost";
import { renderPane } from "./render";

const HEADING = "สรุปรวมหลายแผน";
const DONE_WORD = "ดำเนินการแล้วเสร็จ";
const OFFICES: PlanChoice[] = THREE_OFFICES.map(({ sheet }) => ({ sheet }));

/** A workbook of the three offices' sheets, and a cover sheet with no plan on it. */
function workbookOfOffices(extra: Record<string, readonly (readonly Cell[])[]> = {}): FakeHost {
  const host = new FakeHost();
  const sheets: Record<string, readonly (readonly Cell[])[]> = {
    ...Object.fromEntries(THREE_OFFICES.map(({ sheet, rows }) => [sheet, rows])),
    ปก: [["รายงานประจำปี"]],
    ...extra,
  };
  host.plans = [...OFFICES, { sheet: "ปก" }, ...Object.keys(extra).map((sheet) => ({ sheet }))];
  host.readPlan.mockImplementation(async (choice: PlanChoice): Promise<Grid> => gridOf(sheets[choice.sheet]));
  return host;
}

async function openSummary(host: FakeHost): Promise<void> {
  await renderPane(host);
  fireEvent.click(screen.getByRole("tab", { name: "สรุป" }));
}

function panel(): HTMLElement {
  return screen.getByRole("region", { name: HEADING });
}

async function findPlans(): Promise<HTMLElement> {
  fireEvent.click(within(panel()).getByRole("button", { name: "หาแผนในสมุดงาน" }));
  await within(panel()).findByRole("group", { name: "แผนที่จะรวม" }, { timeout: 10_000 });
  return panel();
}

describe("the roll-up of several plans", () => {
  it("is not offered for a workbook of one plan, its table and its sheet counting once", async () => {
    const host = new FakeHost();
    host.plans = [SAMPLE_CHOICE, { sheet: SAMPLE_CHOICE.sheet }];
    await openSummary(host);
    expect(screen.queryByRole("region", { name: HEADING })).toBeNull();
  });

  it("is offered under the summary, and reads the workbook only when asked", async () => {
    const host = workbookOfOffices();
    await openSummary(host);
    const reads = host.readPlan.mock.calls.length;
    expect(within(panel()).getByText(/^สมุดงานนี้มี/).textContent).toBe(
      "สมุดงานนี้มีตารางหรือแผ่นงาน 4 รายการ รวมผลของหลายแผน (เช่น แผนของแต่ละกอง) ไว้ในแผ่นงานเดียว",
    );
    expect(host.readPlan.mock.calls.length).toBe(reads);
  });

  it("ticks every plan found, names the sheets without one, and writes the roll-up of those ticked", async () => {
    const host = workbookOfOffices();
    await openSummary(host);
    const found = await findPlans();

    const boxes = within(found).getAllByRole("checkbox");
    expect(boxes.map((box) => (box as HTMLInputElement).checked)).toEqual([true, true, true]);
    // Each plan's projects and office in its own box's label.
    expect(within(found).getByText("5 โครงการ · เทศบาลตำบลกองคลัง").closest("label")?.textContent).toBe(
      "แผ่นงาน กองคลัง5 โครงการ · เทศบาลตำบลกองคลัง",
    );
    // The cover sheet is named as holding no plan, and offers no box.
    expect(within(found).getByText(/^ไม่พบแผนใน/).textContent).toBe("ไม่พบแผนใน แผ่นงาน ปก");
    expect(within(found).queryByRole("checkbox", { name: /ปก/ })).toBeNull();

    fireEvent.click(within(found).getByRole("button", { name: "เขียนแผ่นงานรวมผล (3 แผน)" }));
    await screen.findByText('เขียนผลรวม 3 แผนลงแผ่นงาน "รวมผล" แล้ว');
    expect(host.writeRollup).toHaveBeenCalledTimes(1);
    const [layout, how] = host.writeRollup.mock.calls[0];
    const values = layout.cells.map((cell) => cell.value);
    expect(values).toEqual(expect.arrayContaining(["กองคลัง", "กองช่าง", "สำนักปลัด", "รวม 3 หน่วยงาน"]));
    // The cover sheet was not ticked: it is not listed as a plan that could not be read.
    expect(values).toContain("แผนที่อ่านไม่ได้ (0 แผน)");
    expect(values).toContain("ตาราง / แผ่นงาน");
    expect(how.incomplete).toMatch(/เขียนไม่ครบ/);
  });

  it("adds up only the plans left ticked, and needs two", async () => {
    const host = workbookOfOffices();
    await openSummary(host);
    const found = await findPlans();
    fireEvent.click(within(found).getByRole("checkbox", { name: /แผ่นงาน กองช่าง/ }));
    const write = within(found).getByRole("button", { name: "เขียนแผ่นงานรวมผล (2 แผน)" });
    fireEvent.click(write);
    await waitFor(() => expect(host.writeRollup).toHaveBeenCalledTimes(1));
    const offices = host.writeRollup.mock.calls[0][0].cells.filter(
      (cell) => cell.column === 2 && cell.style !== "header",
    );
    expect(offices.map((cell) => cell.value)).toEqual(expect.arrayContaining(["กองคลัง", "สำนักปลัด"]));
    expect(offices.map((cell) => cell.value)).not.toContain("กองช่าง");

    fireEvent.click(within(found).getByRole("checkbox", { name: /แผ่นงาน กองคลัง/ }));
    const one = within(found).getByRole("button", { name: "เขียนแผ่นงานรวมผล (1 แผน)" });
    expect(one.getAttribute("aria-disabled")).toBe("true");
  });

  it("will not add up plans of different rounds, and says how to settle it", async () => {
    const sixMonths = officePlanRows("เทศบาลตำบลกองสวัสดิการ", ["ดำเนินการแล้วเสร็จ"]);
    sixMonths[1] = ["ประจำปีงบประมาณ พ.ศ. 2566 รอบ 6 เดือน"];
    const host = workbookOfOffices({ กองสวัสดิการ: sixMonths });
    await openSummary(host);
    const found = await findPlans();

    expect(within(found).getByText(/คนละรอบ/).textContent).toBe(
      "แผนที่เลือกรายงานคนละรอบ: 6 เดือน — กองสวัสดิการ; 12 เดือน — กองคลัง, กองช่าง, สำนักปลัด " +
        'เลือกรอบรายงานในขั้น "แผน" เพื่อใช้รอบเดียวกันทุกแผน',
    );
    const write = within(found).getByRole("button", { name: "เขียนแผ่นงานรวมผล (4 แผน)" });
    expect(write.getAttribute("aria-disabled")).toBe("true");

    fireEvent.click(within(found).getByRole("checkbox", { name: /กองสวัสดิการ/ }));
    expect(within(found).queryByText(/คนละรอบ/)).toBeNull();
  });

  it("takes the round chosen in the Plan step for every plan, as --round does", async () => {
    const sixMonths = officePlanRows("เทศบาลตำบลกองสวัสดิการ", ["ดำเนินการแล้วเสร็จ"]);
    sixMonths[1] = ["ประจำปีงบประมาณ พ.ศ. 2566 รอบ 6 เดือน"];
    const host = workbookOfOffices({ กองสวัสดิการ: sixMonths });
    host.settings = { round: 12 };
    await openSummary(host);
    const found = await findPlans();
    expect(within(found).queryByText(/คนละรอบ/)).toBeNull();
    fireEvent.click(within(found).getByRole("button", { name: "เขียนแผ่นงานรวมผล (4 แผน)" }));
    await waitFor(() => expect(host.writeRollup).toHaveBeenCalledTimes(1));
  });

  it("settles the rounds at once when a round is chosen in the Plan step after the plans were found", async () => {
    const sixMonths = officePlanRows("เทศบาลตำบลกองสวัสดิการ", ["ดำเนินการแล้วเสร็จ"]);
    sixMonths[1] = ["ประจำปีงบประมาณ พ.ศ. 2566 รอบ 6 เดือน"];
    const host = workbookOfOffices({ กองสวัสดิการ: sixMonths });
    await openSummary(host);
    await findPlans();
    const write = (): HTMLElement => within(panel()).getByRole("button", { name: "เขียนแผ่นงานรวมผล (4 แผน)" });
    expect(within(panel()).getByText(/คนละรอบ/).textContent).toMatch(
      /^แผนที่เลือกรายงานคนละรอบ: 6 เดือน — กองสวัสดิการ;/,
    );
    expect(write().getAttribute("aria-disabled")).toBe("true");
    const reads = host.readPlan.mock.calls.length;

    fireEvent.click(screen.getByRole("tab", { name: "แผน" }));
    fireEvent.click(screen.getByRole("radio", { name: "6 เดือน (ตุลาคม – มีนาคม)" }));
    fireEvent.click(screen.getByRole("tab", { name: "สรุป" }));

    expect(within(panel()).queryByText(/คนละรอบ/)).toBeNull();
    // Nothing read again: the plans found are checked anew under the round chosen.
    expect(host.readPlan.mock.calls.length).toBe(reads);
    expect(write().getAttribute("aria-disabled")).toBeNull();
    fireEvent.click(write());
    await waitFor(() => expect(host.writeRollup).toHaveBeenCalledTimes(1));
    expect(host.writeRollup.mock.calls[0][0].cells.map((cell) => cell.value)).toContain(
      "สีของแถว: ร้อยละของโครงการที่ดำเนินการแล้วเสร็จ (เกณฑ์รอบ 6 เดือน)",
    );
  });

  it("adds a plan once when the workbook holds it twice (a sheet copied), and says so", async () => {
    const host = workbookOfOffices({ "กองคลัง (2)": THREE_OFFICES[0].rows });
    await openSummary(host);
    const found = await findPlans();
    expect(within(found).getAllByRole("checkbox")).toHaveLength(4);
    expect(within(found).getByText(/เป็นแผนเดียวกับ/).textContent).toBe(
      "แผ่นงาน กองคลัง (2) เป็นแผนเดียวกับ แผ่นงาน กองคลัง " +
        "(หน่วยงาน ปีงบประมาณ รอบ และรายการโครงการตรงกันทุกแถว) จึงนับครั้งเดียว",
    );
    // Unticking the copy leaves nothing to say.
    fireEvent.click(within(found).getByRole("checkbox", { name: /กองคลัง \(2\)/ }));
    expect(within(found).queryByText(/เป็นแผนเดียวกับ/)).toBeNull();
    fireEvent.click(within(found).getByRole("checkbox", { name: /กองคลัง \(2\)/ }));

    fireEvent.click(within(found).getByRole("button", { name: "เขียนแผ่นงานรวมผล (4 แผน)" }));
    await screen.findByText('เขียนผลรวม 3 แผนลงแผ่นงาน "รวมผล" แล้ว');
    const values = host.writeRollup.mock.calls[0][0].cells.map((cell) => cell.value);
    expect(values).toEqual(expect.arrayContaining(["รวม 3 หน่วยงาน", "แผนที่อ่านไม่ได้ (1 แผน)", "กองคลัง (2)"]));
    expect(values).toContainEqual(expect.stringMatching(/^แผนเดียวกับ กองคลัง \(/));
  });

  it("adds two plans of one office with different rows, a division's each, without asking", async () => {
    const other = officePlanRows("เทศบาลตำบลกองคลัง", [DONE_WORD, DONE_WORD]);
    const host = workbookOfOffices({ งานพัสดุ: other });
    await openSummary(host);
    const found = await findPlans();
    expect(within(found).queryByText(/เป็นแผนเดียวกับ/)).toBeNull();
    fireEvent.click(within(found).getByRole("button", { name: "เขียนแผ่นงานรวมผล (4 แผน)" }));
    await screen.findByText('เขียนผลรวม 4 แผนลงแผ่นงาน "รวมผล" แล้ว');
  });

  it("says there is nothing to add up when fewer than two plans are found", async () => {
    const host = new FakeHost();
    host.plans = [SAMPLE_CHOICE, { sheet: "ปก" }];
    host.readPlan.mockImplementation(async (choice: PlanChoice) =>
      choice.sheet === "ปก" ? gridOf([["รายงานประจำปี"]]) : gridOf(THREE_OFFICES[0].rows),
    );
    await openSummary(host);
    fireEvent.click(within(panel()).getByRole("button", { name: "หาแผนในสมุดงาน" }));
    await within(panel()).findByText("พบแผนไม่ถึงสองแผน จึงไม่มีอะไรให้รวม", undefined, { timeout: 10_000 });
    expect(within(panel()).queryByRole("checkbox")).toBeNull();
  });
});
