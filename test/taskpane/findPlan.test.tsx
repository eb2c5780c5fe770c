/** @jest-environment jsdom */
/**
 * Spec §4.3 in the add-in: with no plan remembered, the pane opens the place core's evidence rule
 * chooses, reading every place's head first and only the places showing a header whole; where the
 * evidence does not settle it, the Plan step asks, naming the places, and opens none.
 */
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { type Cell, type Grid, SAMPLE_SHEET } from "../../src/core";
import type { PlanChoice } from "../../src/hosts/planHost";
import { DONE, NOT_DONE, officePlanRows } from "../excel/fixtures";
import { FakeHost, OTHER_SHEET, SAMPLE_CHOICE, gridOf } from "./fakeHost";
import { banner, renderPane, shown } from "./render";

const PLAN = "แผนที่จะสรุป";

/** A workbook of the given sheets, in order; readPlan answers each sheet's rows. */
function workbook(sheets: Record<string, readonly (readonly Cell[])[]>, settings = {}): FakeHost {
  const host = new FakeHost(settings);
  host.plans = Object.keys(sheets).map((sheet) => ({ sheet }));
  host.readPlan.mockImplementation(async (choice: PlanChoice): Promise<Grid> => gridOf(sheets[choice.sheet]));
  return host;
}

/** A plan of Mae Win whose title states the fiscal year. */
function planOfYear(year: number): Cell[][] {
  const rows = officePlanRows("องค์การบริหารส่วนตำบลแม่วิน", [DONE, NOT_DONE, DONE]);
  rows[1] = [`ประจำปีงบประมาณ พ.ศ. ${year}`];
  return rows;
}

const INSTRUCTIONS: Cell[][] = [["คำชี้แจง"], ["กรอกโครงการในแผ่นงานถัดไป"], ["ตรวจยอดรวมก่อนส่ง"]];
const LEDGER: Cell[][] = [
  ["วันที่", "รายการ", "จำนวนเงิน"],
  ...Array.from({ length: 500 }, (_, i): Cell[] => ["2566-10-01", `จ่ายค่าวัสดุ ${i}`, 100]),
];

const readSheets = (host: FakeHost) => host.readPlan.mock.calls.map(([choice]) => choice.sheet);

describe("the plan the pane opens on (spec §4.3)", () => {
  it("opens the sheet holding the plan, not the first listed, reading the others' heads only", async () => {
    const host = workbook({ คำชี้แจง: INSTRUCTIONS, บัญชี: LEDGER, แผน: planOfYear(2566) });
    await renderPane(host);

    expect(shown(PLAN)).toBe("แผ่นงาน แผน");
    expect(screen.getByRole("tab", { name: /^ตรวจสอบ/ })).not.toBeNull();
    expect(host.readHeads).toHaveBeenCalledTimes(1);
    // The ledger's head names no plan's columns: it is never read whole.
    expect(readSheets(host)).toEqual(["แผน"]);
    expect(screen.queryByRole("group", { name: "เลือกแผนที่จะรายงาน" })).toBeNull();
  });

  it("opens the plan the workbook remembers, without looking at the other places", async () => {
    const host = workbook(
      { "แผน 2565": planOfYear(2565), "แผน 2566": planOfYear(2566) },
      { choice: { sheet: "แผน 2565" } },
    );
    await renderPane(host);

    expect(shown(PLAN)).toBe("แผ่นงาน แผน 2565");
    expect(host.readHeads).not.toHaveBeenCalled();
    expect(readSheets(host)).toEqual(["แผน 2565"]);
  });

  it("asks which plan when the workbook holds plans of two years, naming each, and opens none", async () => {
    const host = workbook({
      คำชี้แจง: INSTRUCTIONS,
      "แผน 2565": planOfYear(2565),
      "แผน 2566": planOfYear(2566),
    });
    await renderPane(host);

    expect(banner("เลือกแผนที่จะรายงาน").textContent).toBe(
      "เลือกแผนที่จะรายงาน สมุดงานนี้มีแผนหลายปีงบประมาณ: " +
        'แผ่นงาน "แผน 2565" (ปีงบประมาณ พ.ศ. 2565, มิติที่ 1, 2, 3, 3 โครงการ), ' +
        'แผ่นงาน "แผน 2566" (ปีงบประมาณ พ.ศ. 2566, มิติที่ 1, 2, 3, 3 โครงการ) ' +
        "ระบุปีงบประมาณของรายงานด้านล่าง หรือเลือกแผนด้านบน",
    );
    expect(shown(PLAN)).toBe("เลือกตารางหรือแผ่นงาน");
    fireEvent.click(screen.getByRole("tab", { name: /^สรุป/ }));
    expect(within(screen.getByRole("tabpanel")).getByText(/^ยังไม่มีแผนที่อ่านได้/)).not.toBeNull();
    // Nothing is saved: the workbook remembers no choice the user did not make.
    expect(host.saveSettings).not.toHaveBeenCalled();
  });

  it("settles the question by the fiscal year typed in the Plan step", async () => {
    const host = workbook({ "แผน 2565": planOfYear(2565), "แผน 2566": planOfYear(2566) });
    await renderPane(host);
    expect(banner("เลือกแผนที่จะรายงาน")).not.toBeNull();

    const year = screen.getByRole("textbox", { name: "ปีงบประมาณ (พ.ศ.)" });
    fireEvent.change(year, { target: { value: "2566" } });
    fireEvent.blur(year);

    await waitFor(() => expect(shown(PLAN)).toBe("แผ่นงาน แผน 2566"));
    expect(screen.queryByRole("group", { name: "เลือกแผนที่จะรายงาน" })).toBeNull();
  });

  it("settles the question when the user picks a plan, and forgets it", async () => {
    const host = workbook({ "แผน 2565": planOfYear(2565), "แผน 2566": planOfYear(2566) });
    await renderPane(host);

    const select = screen.getByRole<HTMLSelectElement>("combobox", { name: PLAN });
    fireEvent.change(select, { target: { value: "0" } });

    await waitFor(() => expect(screen.queryByRole("group", { name: "เลือกแผนที่จะรายงาน" })).toBeNull());
    expect(shown(PLAN)).toBe("แผ่นงาน แผน 2565");
    expect(host.lastSaved().choice).toEqual({ sheet: "แผน 2565" });
  });

  it("says the plan is split over sheets by dimension, and offers the roll-up with no plan chosen", async () => {
    const byDimension = (dimension: number): Cell[][] => {
      const rows = officePlanRows("องค์การบริหารส่วนตำบลแม่วิน", [DONE, NOT_DONE]);
      return rows.map((row, i) => (i < 3 ? row : [row[0], dimension, ...row.slice(2)]));
    };
    const host = workbook({ "มิติ 1": byDimension(1), "มิติ 2": byDimension(2) });
    await renderPane(host);

    expect(banner("เลือกแผนที่จะรายงาน").textContent).toBe(
      "เลือกแผนที่จะรายงาน แผนแยกอยู่ 2 แผ่นงานตามมิติ: " +
        'แผ่นงาน "มิติ 1" (ปีงบประมาณ พ.ศ. 2566, มิติที่ 1, 2 โครงการ), ' +
        'แผ่นงาน "มิติ 2" (ปีงบประมาณ พ.ศ. 2566, มิติที่ 2, 2 โครงการ) ' +
        'รวมผลทั้งแผนที่ขั้น "สรุป" > "สรุปรวมหลายแผน" หรือเลือกทีละแผ่นงานด้านบน',
    );
    fireEvent.click(screen.getByRole("tab", { name: /^สรุป/ }));
    const rollup = await screen.findByRole("region", { name: "สรุปรวมหลายแผน" }, { timeout: 10_000 });
    fireEvent.click(within(rollup).getByRole("button", { name: "หาแผนในสมุดงาน" }));
    fireEvent.click(await within(rollup).findByRole("button", { name: "เขียนแผ่นงานรวมผล (2 แผน)" }));
    await waitFor(() => expect(host.writeRollup).toHaveBeenCalledTimes(1));
  });

  it("names every place and what it lacks when none holds a plan, and leads to the template", async () => {
    const staff: Cell[][] = [
      ["ลำดับ", "ชื่อ-สกุล", "ตำแหน่ง"],
      [1, "นางสาวสมศรี ใจดี", "นักวิชาการเงินและบัญชี"],
    ];
    const host = workbook({ คำชี้แจง: INSTRUCTIONS, บุคลากร: staff });
    await renderPane(host);

    expect(banner("ไม่พบแผนในสมุดงานนี้").textContent).toBe(
      "ไม่พบแผนในสมุดงานนี้ " +
        'แผ่นงาน "คำชี้แจง" (ไม่มีแถวหัวตารางที่มีคอลัมน์ของแผนใน 20 แถวแรก), ' +
        'แผ่นงาน "บุคลากร" (ไม่มีแถวหัวตารางที่มีคอลัมน์ของแผนใน 20 แถวแรก) ' +
        "(แผนต้องมีแถวหัวตารางที่มีคอลัมน์ ชื่อโครงการ / งบประมาณ / เบิกจ่าย ใน 20 แถวแรก มีคอลัมน์สถานะหรือมิติ และมีแถวโครงการที่มีงบประมาณหรือสถานะ)",
    );
    expect(readSheets(host)).toEqual([]);
    // Starting from the template comes first, above the plan picker.
    const buttons = screen.getAllByRole("button").map((button) => button.textContent);
    expect(buttons.indexOf("สร้างแผ่นงานแผนใหม่จากแม่แบบ")).toBeLessThan(buttons.indexOf("อ่านแผนอีกครั้ง"));
  });

  it("says in English what it looked at", async () => {
    const host = workbook({ "แผน 2565": planOfYear(2565), "แผน 2566": planOfYear(2566) }, { lang: "en" });
    await renderPane(host);

    expect(banner("Choose the plan to report").textContent).toBe(
      "Choose the plan to report This workbook holds plans of several fiscal years: " +
        'sheet "แผน 2565" (FY 2565 B.E., dimensions 1, 2, 3, 3 projects), ' +
        'sheet "แผน 2566" (FY 2566 B.E., dimensions 1, 2, 3, 3 projects). ' +
        "Set the report's fiscal year below, or choose the plan above.",
    );
  });

  it("reads a sheet whose table is the plan once, as the table", async () => {
    // Excel lists the table and, among the sheets, the sheet it is on: both heads show the header.
    const host = new FakeHost();
    host.plans = [SAMPLE_CHOICE, { sheet: SAMPLE_SHEET }, OTHER_SHEET];
    await renderPane(host);

    expect(shown(PLAN)).toBe(`ตาราง ${SAMPLE_CHOICE.table} (แผ่นงาน ${SAMPLE_SHEET})`);
    expect(host.readHeads).toHaveBeenCalledTimes(1);
    expect(host.readPlan.mock.calls.map(([choice]) => choice)).toEqual([SAMPLE_CHOICE]);
  });

  it("reads the sheet too when the table on it holds no plan", async () => {
    const projects: Cell[][] = [
      ["ชื่อโครงการ", "งบประมาณ"],
      ["โครงการอบรมคุณธรรม", 10000],
    ];
    const host = workbook({ แผน: planOfYear(2566) });
    host.plans = [{ sheet: "แผน", table: "Projects" }, { sheet: "แผน" }];
    host.readPlan.mockImplementation(async (choice: PlanChoice): Promise<Grid> =>
      gridOf(choice.table ? projects : planOfYear(2566)),
    );
    await renderPane(host);

    expect(shown(PLAN)).toBe("แผ่นงาน แผน");
    expect(host.readPlan.mock.calls.map(([choice]) => choice)).toEqual([
      { sheet: "แผน", table: "Projects" },
      { sheet: "แผน" },
    ]);
  });

  it("shows what it is doing while it reads the places", async () => {
    const host = workbook({ คำชี้แจง: INSTRUCTIONS, แผน: planOfYear(2566) });
    let finish: () => void = () => undefined;
    // The heads come at once; the plan's whole read waits, halfway.
    host.readPlan.mockImplementation((choice, onProgress) => {
      const grid = gridOf(choice.sheet === "แผน" ? planOfYear(2566) : INSTRUCTIONS);
      if (!onProgress) return Promise.resolve(grid);
      return new Promise((resolve) => {
        onProgress(3, 6);
        finish = () => resolve(grid);
      });
    });
    const view = renderPane(host);
    const bar = await screen.findByRole("progressbar", { name: "3 จาก 6 แถว" });
    expect(bar.getAttribute("aria-valuenow")).toBe("3");
    expect(screen.getByRole("status").textContent).toContain("กำลังดูว่าตารางหรือแผ่นงานใดเป็นแผน…");
    finish();
    await view;
    expect(shown(PLAN)).toBe("แผ่นงาน แผน");
  });
});
