/** @jest-environment jsdom */
/**
 * The report document in the pane (spec §10): the details typed are kept on the user's own action, the
 * document is handed to the host to save, and where the clipboard is refused the formatted copy is
 * selected for Ctrl+C. Errors show beside the buttons.
 */
import "./setup";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import JSZip from "jszip";
import { type Cell, SAMPLE_GRID } from "../../src/core";
import { ReportDocument } from "../../src/taskpane/views/ReportDocument";
import { FakeHost } from "./fakeHost";
import { renderPane } from "./render";
import { officeTemplate } from "../document/templateFile";
import { paneReport, renderStep } from "./step";

const DOWNLOAD = "ดาวน์โหลดรายงาน (.docx)";
const remembered = jest.fn();

/** What the Memo step hands the document: the kept details, where to keep them, the host's saving. */
const documentProps = (host: FakeHost) => ({
  memo: host.settings.memo,
  onRemember: remembered,
  saveFile: host.saveFile,
});
const COPY = "คัดลอกทั้งฉบับ (วางใน Word)";

describe("the report document in the pane", () => {
  it("saves the .docx through the host, with the details typed, and keeps them", async () => {
    const host = new FakeHost();
    renderStep(<ReportDocument report={paneReport()} lang="th" {...documentProps(host)} />);
    fireEvent.change(screen.getByRole("textbox", { name: "ส่วนราชการ" }), { target: { value: "กองคลัง" } });
    fireEvent.change(screen.getByRole("textbox", { name: "ชื่อผู้บริหาร (นายก)" }), {
      target: { value: "นางเกศริน ตุ่นแก้ว" },
    });
    fireEvent.change(screen.getByRole("textbox", { name: /^ข้อเสนอ/ }), {
      target: { value: "เห็นควรแจ้งเวียนบุคลากร\n\nเห็นควรเผยแพร่ผล" },
    });
    fireEvent.change(screen.getByRole("textbox", { name: "ที่ (เลขที่หนังสือ)" }), {
      target: { value: "ชม 74201/1614" },
    });
    fireEvent.click(screen.getByRole("button", { name: DOWNLOAD }));
    await waitFor(() => expect(host.saveFile).toHaveBeenCalledTimes(1));
    const [name, bytes, type] = host.saveFile.mock.calls[0];
    expect(name).toBe("รายงานผลแผนป้องกันการทุจริต-2566-รอบ12.docx");
    expect(type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
    for (const text of ["กองคลัง", "ชม 74201/1614", "401,900.00", "330,095.00", "(นางเกศริน ตุ่นแก้ว)"])
      expect(xml).toContain(text);
    // The proposals typed, numbered, instead of the usual ones; the empty line is no proposal.
    expect(xml).toMatch(/>1\)<\/w:t><w:tab\/><w:t[^>]*>เห็นควรแจ้งเวียนบุคลากร</);
    expect(xml).toMatch(/>2\)<\/w:t><w:tab\/><w:t[^>]*>เห็นควรเผยแพร่ผล</);
    expect(xml).not.toMatch(/>3\)<\/w:t><w:tab\/>/);
    // The result beside the buttons, as a status the screen reader announces.
    expect((await screen.findByRole("status")).textContent).toMatch(
      /^ดาวน์โหลด รายงานผลแผนป้องกันการทุจริต-2566-รอบ12\.docx แล้ว/,
    );
    expect(remembered).toHaveBeenCalledWith(expect.objectContaining({ reference: "ชม 74201/1614" }));
  });

  it("selects the formatted report for Ctrl+C where the clipboard is refused", async () => {
    const host = new FakeHost();
    renderStep(<ReportDocument report={paneReport()} lang="th" {...documentProps(host)} />);
    fireEvent.click(screen.getByRole("button", { name: COPY }));
    expect((await screen.findByRole("status")).textContent).toBe("เลือกรายงานไว้แล้ว: กด Ctrl+C แล้ววางใน Word");
    const preview = screen.getByRole("document", { name: "ตัวอย่างรายงาน" });
    expect(preview.textContent).toContain("401,900.00");
    expect(window.getSelection()?.toString()).toContain("บันทึกข้อความ");
  });

  it("keeps the details in the workbook's settings through the pane, and offers them again", async () => {
    const host = new FakeHost();
    await renderPane(host);
    fireEvent.click(screen.getByRole("tab", { name: "บันทึก" }));
    fireEvent.change(await screen.findByRole("textbox", { name: "ชื่อผู้รายงาน" }), {
      target: { value: "นายชัยวัฒน์" },
    });
    expect(host.settings.memo).toBeUndefined();
    fireEvent.click(screen.getByRole("button", { name: DOWNLOAD }));
    await waitFor(() => expect(host.saveFile).toHaveBeenCalledTimes(1));
    expect(host.settings.memo).toMatchObject({ author: { name: "นายชัยวัฒน์" } });
  });

  it("fills the office's own template picked as a file, and names a wrong file", async () => {
    const host = new FakeHost();
    renderStep(<ReportDocument report={paneReport()} lang="th" {...documentProps(host)} />);
    const template = screen.getByLabelText(/^แม่แบบบันทึกข้อความของหน่วยงาน/) as HTMLInputElement;
    const file = new File([(await officeTemplate()) as Uint8Array<ArrayBuffer>], "แม่แบบ.docx");
    fireEvent.change(template, { target: { files: [file] } });
    fireEvent.click(screen.getByRole("button", { name: DOWNLOAD }));
    await waitFor(() => expect(host.saveFile).toHaveBeenCalledTimes(1));
    const xml = await (
      await JSZip.loadAsync(host.saveFile.mock.calls[0][1])
    )
      .file("word/document.xml")!
      .async("string");
    expect(xml).toContain("หัวกระดาษของหน่วยงาน");
    expect(xml).toContain("401,900.00");
    expect(xml).not.toContain("{{");

    const emblem = screen.getByLabelText(/^ตราสัญลักษณ์ของหน่วยงาน/) as HTMLInputElement;
    fireEvent.change(template, { target: { files: [] } });
    fireEvent.change(emblem, { target: { files: [new File(["GIF89a"], "ตรา.gif")] } });
    fireEvent.click(screen.getByRole("button", { name: DOWNLOAD }));
    expect((await screen.findByRole("status")).textContent).toBe(
      "จัดทำรายงานไม่ได้: ไฟล์ตราสัญลักษณ์ต้องเป็นภาพ PNG หรือ JPEG",
    );
    expect(host.saveFile).toHaveBeenCalledTimes(1);
  });

  it("shows the plan's errors beside the buttons", () => {
    const rows: Cell[][] = SAMPLE_GRID.rows.map((row) => [...row]);
    rows[4][5] = "เสร็จแล้วมั้ง";
    renderStep(
      <ReportDocument
        report={paneReport({ ...SAMPLE_GRID, rows })}
        lang="th"

        {...documentProps(new FakeHost())}
      />,
    );
    const warning = screen.getByText(/แผนยังมีข้อผิดพลาด 1 รายการ รายงานจะระบุไว้/);
    // Beside the buttons it warns about: in the same section, before them.
    const download = screen.getByRole("button", { name: DOWNLOAD });
    expect(warning.compareDocumentPosition(download)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });
});
