/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import ExcelJS from "exceljs";
import { planTemplate } from "../../src/core";
import { createPreviewHost } from "../../src/hosts/previewHost";
import { FakeHost, TEMPLATE_CHOICE, hostError } from "./fakeHost";
import { renderPane, shown } from "./render";

const CREATE = "สร้างแผ่นงานแผนใหม่จากแม่แบบ";
const PICKER = "แผนที่จะสรุป";

function typeInto(name: string, text: string): void {
  const box = screen.getByRole("textbox", { name });
  fireEvent.change(box, { target: { value: text } });
  fireEvent.blur(box);
}

describe("a new plan from the template", () => {
  it("creates the template for the organisation and year shown, then picks the new plan", async () => {
    const host = new FakeHost();
    await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: CREATE }));

    await waitFor(() =>
      expect(host.readPlan).toHaveBeenLastCalledWith(TEMPLATE_CHOICE, expect.any(Function)),
    );
    expect(host.createTemplate).toHaveBeenCalledTimes(1);
    expect(host.createTemplate).toHaveBeenCalledWith(
      planTemplate({ organisation: "องค์การบริหารส่วนตำบลแม่วิน", fiscalYear: 2566 }),
    );
    // The plans are listed again, so the new table is there to pick.
    expect(host.listPlans).toHaveBeenCalledTimes(2);
    // The pane shows the new plan once React has rendered the listing, a moment after the read began.
    await waitFor(() => expect(shown(PICKER)).toBe("ตาราง PlanProjects2 (แผ่นงาน แผนปฏิบัติการ)"));
    expect(host.lastSaved().choice).toEqual(TEMPLATE_CHOICE);
    expect(screen.getByText(/^สร้างแผ่นงาน /).textContent).toBe(
      'สร้างแผ่นงาน "แผนปฏิบัติการ" แล้ว กรอกโครงการลงในตาราง แล้วดูผลในขั้น "ตรวจสอบ"',
    );
  });

  it("uses the organisation and year the user typed, and fills in the sample when asked", async () => {
    const host = new FakeHost();
    await renderPane(host);
    typeInto("ชื่อหน่วยงาน", "เทศบาลตำบลบ้านใหม่");
    typeInto("ปีงบประมาณ (พ.ศ.)", "2567");
    fireEvent.click(screen.getByRole("checkbox", { name: "ใส่ข้อมูลตัวอย่าง" }));
    fireEvent.click(screen.getByRole("button", { name: CREATE }));

    await waitFor(() => expect(host.createTemplate).toHaveBeenCalledTimes(1));
    const template = host.createTemplate.mock.calls[0][0];
    expect(template).toEqual(
      planTemplate({ organisation: "เทศบาลตำบลบ้านใหม่", fiscalYear: 2567, withSample: true }),
    );
    expect(template.rows).toHaveLength(16);
  });

  it("keeps the plan it had, and says why, when the sheet cannot be created", async () => {
    const host = new FakeHost();
    host.createTemplate.mockRejectedValue(hostError("failed", "A sheet named แผนปฏิบัติการ exists"));
    await renderPane(host);
    fireEvent.click(screen.getByRole("button", { name: CREATE }));
    await screen.findByText("A sheet named แผนปฏิบัติการ exists");
    expect(shown(PICKER)).toBe("ตาราง PlanProjects (แผ่นงาน แผน)");
    expect(host.listPlans).toHaveBeenCalledTimes(1);
    expect(host.saveSettings).not.toHaveBeenCalled();
  });

  it("outside Excel, saves the template as a workbook file to fill in Excel, and keeps the plan shown", async () => {
    // jsdom makes no downloads: the file's bytes are taken where the pane hands them to the browser.
    let saved: Blob | undefined;
    URL.createObjectURL = jest.fn((blob: Blob) => {
      saved = blob;
      return "blob:template";
    });
    URL.revokeObjectURL = jest.fn();
    const host = createPreviewHost();
    await renderPane(host);
    expect(screen.queryByRole("button", { name: CREATE })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "ดาวน์โหลดแม่แบบแผน (.xlsx)" }));

    const notice = await screen.findByText(/^ดาวน์โหลด แผนปฏิบัติการ\.xlsx แล้ว/);
    expect(notice.textContent).toBe(
      "ดาวน์โหลด แผนปฏิบัติการ.xlsx แล้ว: เปิดไฟล์ใน Excel กรอกโครงการ บันทึก แล้วเปิดไฟล์นั้นที่นี่เพื่อตรวจสอบและสรุป",
    );
    expect(shown(PICKER)).toBe("ตาราง PlanProjects (แผ่นงาน แผน)");
    expect(await host.listPlans()).toEqual([{ sheet: "แผน", table: "PlanProjects" }]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await blobBytes(saved!));
    const sheet = workbook.getWorksheet("แผนปฏิบัติการ");
    const header = planTemplate().columns.map((column) => column.header);
    expect(sheet?.getRow(3).values).toEqual([undefined, ...header]);
  });
});

/** A Blob's bytes, read as jsdom can (it has no Blob.arrayBuffer). */
function blobBytes(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}
