/** @jest-environment jsdom */
/**
 * One language at a time in the pane: English throughout in English (only the sheet's own text stays
 * Thai), raw codes only under "details", and the smaller points of the same issue: the preview's list
 * as the pane's list, "none" in the column choosers, English plurals, "try again" on a busy Excel.
 */
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { SAMPLE_ROWS, SAMPLE_SHEET, SAMPLE_TABLE, type Cell, type Grid } from "../../src/core";
import { SAMPLE_ORGANISATION } from "../../src/core/layout/sample";
import { toHostError } from "../../src/hosts/officejs/errors";
import { FakeHost, OTHER_SHEET, gridOf, hostError } from "./fakeHost";
import { banner, choose, offered, openColumns, previewRow, renderPane, shown, stepTabName } from "./render";

const THAI = /[\u0E00-\u0E7F]/;

/** Texts that come from the user's workbook: its cells, sheet and table names. Longest first. */
function userData(grid: Grid): string[] {
  const cells = grid.rows.flatMap((row) => row.filter((cell): cell is string => typeof cell === "string"));
  // A dimension's name is the sheet's text, yet a standard wording must show in English: keep those in.
  const own = cells.filter((text) => !text.startsWith("มิติที่"));
  return [...new Set([...own, SAMPLE_ORGANISATION, SAMPLE_SHEET, SAMPLE_TABLE, OTHER_SHEET.sheet])].sort(
    (a, b) => b.length - a.length,
  );
}

/**
 * All the pane says: each piece of its text, its fields' values and its accessible names. Text marked
 * as Thai (lang="th") is meant to be: the language switch names Thai in Thai.
 */
function everythingShown(): string[] {
  const root = document.body;
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest("[lang]")?.getAttribute("lang") !== "th")
      texts.push(node.textContent ?? "");
  }
  const values = Array.from(
    root.querySelectorAll("input, textarea"),
    (field) => (field as HTMLInputElement).value,
  );
  const labels = Array.from(
    root.querySelectorAll("[aria-label]"),
    (node) => node.getAttribute("aria-label") ?? "",
  );
  return [...texts, ...values, ...labels];
}

/** What is left of the pane's Thai once the user's own texts are taken out. */
function thaiOutsideUserData(grid: Grid): string[] {
  const own = userData(grid);
  return everythingShown()
    .map((text) => own.reduce((left, data) => left.split(data).join(" "), text))
    .filter((text) => THAI.test(text));
}

const STEPS = ["Plan", "Check, 2 findings", "Summary", "Memo", "Not carried out: 1 project"];

const PREVIEW_EN = "The summary table as it will be written to the workbook";

/** The first cells of the previewed table's dimension rows: each dimension's number and name. */
function dimensionLabels(preview: string): string[] {
  return within(screen.getByRole("region", { name: preview }))
    .getAllByRole("row")
    .map((row) => row.firstElementChild?.textContent ?? "")
    .filter((label) => /^[1-4]\. /.test(label));
}

/** The sample with its section rows replaced. */
function sampleWithSections(sections: readonly string[]): Cell[][] {
  let next = 0;
  return SAMPLE_ROWS.map((row) =>
    typeof row[0] === "string" && row[0].startsWith("มิติที่ ") ? [sections[next++], ...row.slice(1)] : [...row],
  );
}

describe("English throughout in English", () => {
  it.each([
    [
      "the sample (2566–2570 wording)",
      SAMPLE_ROWS.map((row) => [...row]),
      [
        "1. Building a culture of integrity",
        "2. Administration with transparency",
        "3. Promoting the role and participation of the public",
        "4. Raising the mechanisms for checking the work of the local administration",
      ],
    ],
    [
      "the 2561–2564 wording and a bare dimension number",
      sampleWithSections([
        "มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต",
        "มิติที่ 2",
        "มิติที่ 3 การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
        "มิติที่ 4 การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการ",
      ]),
      [
        "1. Building a society that does not tolerate corruption",
        "2. Administration with transparency",
        "3. Promoting the role and participation of the public",
        "4. Strengthening and improving the mechanisms for checking government work",
      ],
    ],
  ])("shows no Thai but the sheet's own text in any step, for %s", async (_name, rows, dimensions) => {
    const grid = gridOf(rows);
    const host = new FakeHost({ lang: "en" });
    host.readPlan.mockResolvedValue(grid);
    await renderPane(host);
    openColumns();
    for (const step of STEPS) {
      fireEvent.click(screen.getByRole("tab", { name: step }));
      expect({ step, thai: thaiOutsideUserData(grid) }).toEqual({ step, thai: [] });
    }
    fireEvent.click(screen.getByRole("tab", { name: "Summary" }));
    // The standard wordings the sheet uses, in their English names.
    expect(dimensionLabels(PREVIEW_EN)).toEqual(dimensions);
  });

  it("keeps a dimension name of the sheet's own as written", async () => {
    const host = new FakeHost({ lang: "en" });
    host.readPlan.mockResolvedValue(
      gridOf(sampleWithSections(["มิติที่ 1 วัฒนธรรมองค์กรของเรา", "มิติที่ 2", "มิติที่ 3", "มิติที่ 4"])),
    );
    await renderPane(host);
    fireEvent.click(screen.getByRole("tab", { name: "Summary" }));
    expect(dimensionLabels(PREVIEW_EN)[0]).toBe("1. วัฒนธรรมองค์กรของเรา");
  });

  it("marks the fiscal year B.E. beside Common-era months in English, and พ.ศ. in Thai", async () => {
    await renderPane(new FakeHost({ lang: "en" }));
    fireEvent.click(screen.getByRole("tab", { name: "Summary" }));
    expect(screen.getByText(/^FY /).textContent).toBe(
      "FY 2566 B.E., 12-month round (October 2022 – September 2023)",
    );
    fireEvent.click(screen.getByRole("button", { name: "ภาษาไทย" }));
    expect(screen.getByText(/^ประจำปีงบประมาณ /).textContent).toBe(
      "ประจำปีงบประมาณ พ.ศ. 2566 รอบ 12 เดือน (ตุลาคม 2565 - กันยายน 2566)",
    );
  });
});

describe("raw codes only under details", () => {
  it.each([
    ["th", "Excel ยังไม่ว่าง", "รายละเอียด"],
    ["en", "Excel is busy", "Details"],
  ] as const)("in %s, Excel's code stays out of the advice", async (lang, title, details) => {
    const host = new FakeHost({ lang });
    host.readPlan.mockRejectedValue(
      toHostError(Object.assign(new Error("cell-edit mode"), { code: "InvalidOperationInCellEditMode" })),
    );
    await renderPane(host);
    const body = screen.getByText(title).parentElement!;
    const disclosure = body.querySelector("details")!;
    expect(disclosure.querySelector("summary")?.textContent).toBe(details);
    expect(disclosure.textContent).toContain("InvalidOperationInCellEditMode");
    expect(body.textContent!.replace(disclosure.textContent!, "")).not.toMatch(/InvalidOperation/);
  });
});

describe("try again on a busy Excel", () => {
  it("reads the plan again when the read failed while Excel was busy", async () => {
    const host = new FakeHost();
    host.readPlan.mockRejectedValueOnce(hostError("busy"));
    await renderPane(host);
    // The try-again button is the busy failure's own.
    const busy = banner("Excel ยังไม่ว่าง");
    expect(
      within(busy)
        .getAllByRole("button")
        .map((button) => button.textContent),
    ).toEqual(["ลองอีกครั้ง", "ปิด"]);
    fireEvent.click(within(busy).getByRole("button", { name: "ลองอีกครั้ง" }));
    await waitFor(() => expect(screen.queryByText("Excel ยังไม่ว่าง")).toBeNull());
    await waitFor(() => expect(stepTabName(/^ตรวจสอบ/)).toBe("ตรวจสอบ 2 รายการ"));
    expect(host.readPlan).toHaveBeenCalledTimes(2);
  });

  it("writes the summary again, from the plan as it is now", async () => {
    const host = new FakeHost({ lang: "en" });
    host.writeSummary.mockRejectedValueOnce(hostError("busy", "InvalidOperationInCellEditMode"));
    await renderPane(host);
    fireEvent.click(screen.getByRole("tab", { name: "Summary" }));
    fireEvent.click(screen.getByRole("button", { name: "Write the summary to the workbook" }));
    await screen.findByText("Excel is busy");
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    await screen.findByText('The summary was written to the sheet "สรุปผลแผน".');
    expect(host.writeSummary).toHaveBeenCalledTimes(2);
    expect(host.writeSummary.mock.calls[1][0]).toEqual(
      expect.objectContaining({ sheetName: host.writeSummary.mock.calls[0][0].sheetName }),
    );
  });

  it("flags the rows again after a busy failure", async () => {
    const host = new FakeHost();
    host.flagRows.mockRejectedValueOnce(hostError("busy"));
    await renderPane(host);
    fireEvent.click(screen.getByRole("tab", { name: "ไม่ได้ดำเนินการ 1 โครงการ" }));
    fireEvent.click(screen.getByRole("button", { name: "ทำเครื่องหมายแถวเหล่านี้ในแผน (1 แถว)" }));
    fireEvent.click(await screen.findByRole("button", { name: "ลองอีกครั้ง" }));
    await screen.findByText("ทำเครื่องหมายแถวที่ไม่ได้ดำเนินการในแผนแล้ว 1 แถว");
    expect(host.flagRows).toHaveBeenCalledTimes(2);
  });

  it("offers no try-again where trying again cannot help", async () => {
    const host = new FakeHost();
    host.readPlan.mockRejectedValue(hostError("requirement"));
    await renderPane(host);
    // The failure offers closing it, nothing else.
    expect(
      within(banner("Excel รุ่นนี้ใช้ไม่ได้"))
        .getAllByRole("button")
        .map((button) => button.textContent),
    ).toEqual(["ปิด"]);
    expect(screen.queryByRole("button", { name: "ลองอีกครั้ง" })).toBeNull();
  });
});

describe("the preview's list of projects not carried out", () => {
  it("says it as the pane's list does: the number first, and no reason given", async () => {
    await renderPane(new FakeHost());
    fireEvent.click(screen.getByRole("tab", { name: "สรุป" }));
    const preview = screen.getByRole("region", { name: "ตัวอย่างตารางสรุปตามที่จะเขียนลงสมุดงาน" });
    const row = within(preview)
      .getAllByRole("row")
      .find((candidate) => candidate.firstElementChild?.textContent?.startsWith("1.5 "));
    expect(Array.from(row!.children, (cell) => cell.textContent)).toEqual([
      "1.5 (ชื่อโครงการไม่ปรากฏในรายงานต้นฉบับ)",
      "1",
      "15,000.00",
      "9",
      "ไม่ระบุเหตุผล",
    ]);
    fireEvent.click(screen.getByRole("tab", { name: "ไม่ได้ดำเนินการ 1 โครงการ" }));
    const item = screen.getByRole("listitem");
    expect(item.textContent).toContain("1.5 (ชื่อโครงการไม่ปรากฏในรายงานต้นฉบับ)");
    expect(item.textContent).toContain("เหตุผล: ไม่ระบุเหตุผล");
  });

  it("says 'No reason given' in English in both", async () => {
    await renderPane(new FakeHost({ lang: "en" }));
    fireEvent.click(screen.getByRole("tab", { name: "Summary" }));
    expect(previewRow("1.5 (ชื่อโครงการไม่ปรากฏในรายงานต้นฉบับ)", PREVIEW_EN).at(-1)).toBe("No reason given");
    fireEvent.click(screen.getByRole("tab", { name: "Not carried out: 1 project" }));
    expect(screen.getByRole("listitem").textContent).toContain("Reason: No reason given");
  });
});

describe("column choosers offer none", () => {
  it("leaves an optional column out: the note is no longer read", async () => {
    const host = new FakeHost();
    await renderPane(host);
    openColumns();
    expect(offered("หมายเหตุ")[0]).toBe("ไม่มี");
    choose("หมายเหตุ", "ไม่มี");
    await waitFor(() => expect(host.lastSaved().columns).toEqual({ note: null }));
    expect(shown("หมายเหตุ")).toBe("ไม่มี");
    // Nothing is missing: the check still finds the sample's two warnings.
    expect(stepTabName(/^ตรวจสอบ/)).toBe("ตรวจสอบ 2 รายการ");
  });

  it("leaves a required column out with core's missing-column error", async () => {
    const host = new FakeHost();
    await renderPane(host);
    openColumns();
    choose("งบประมาณเบิกจ่าย", "ไม่มี");
    await waitFor(() => expect(host.lastSaved().columns).toEqual({ disbursed: null }));
    fireEvent.click(screen.getByRole("tab", { name: /^ตรวจสอบ/ }));
    const errors = within(screen.getByRole("region", { name: /^ข้อผิดพลาด/ })).getAllByRole("listitem");
    expect(errors.map((error) => error.textContent)).toContain(
      'ทั้งแผ่นงาน: ไม่พบคอลัมน์ "งบประมาณเบิกจ่าย" ในแถวหัวตาราง ต้องมีคอลัมน์นี้จึงจะสรุปผลได้',
    );
  });

  it("offers None in English", async () => {
    await renderPane(new FakeHost({ lang: "en" }));
    openColumns();
    expect(offered("Note")[0]).toBe("None");
  });
});

describe("English plurals in the pane", () => {
  it("says one row, one project, and columns", async () => {
    await renderPane(new FakeHost({ lang: "en" }));
    expect(screen.getByRole("button", { name: /columns? read/ }).textContent).toBe(
      "All 8 columns read · Edit the columns",
    );
    fireEvent.click(screen.getByRole("tab", { name: "Not carried out: 1 project" }));
    expect(screen.getByRole("button", { name: /^Flag / }).textContent).toBe(
      "Flag these rows in the plan (1 row)",
    );
    fireEvent.click(screen.getByRole("tab", { name: "Summary" }));
    expect(screen.getByText(/ of 16 projects$/).textContent).toBe("15 of 16 projects");
  });
});
