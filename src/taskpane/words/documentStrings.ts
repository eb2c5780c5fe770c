/**
 * The pane's words for the report document (spec §10), Thai first and English second: apart from the
 * pane's other words (strings.ts), so they load with the Memo step, not with the pane's first screen.
 */
import { type Lang, plural } from "../../core";

export interface DocumentStrings {
  readonly heading: string;
  readonly hint: string;
  readonly department: string;
  readonly departmentPlaceholder: string;
  readonly reference: string;
  readonly date: string;
  readonly to: string;
  readonly toPlaceholder: string;
  readonly authorName: string;
  readonly authorPosition: string;
  readonly divisionHead: string;
  readonly deputy: string;
  readonly executive: string;
  readonly proposals: string;
  readonly proposalsHint: string;
  readonly emblem: string;
  readonly template: string;
  readonly templateHint: string;
  readonly emblemNotImage: string;
  readonly templateNotDocx: string;
  readonly templateNoBody: string;
  readonly templateUnknown: (names: readonly string[]) => string;
  readonly download: string;
  readonly copy: string;
  readonly making: string;
  readonly downloaded: (file: string) => string;
  readonly inBrowser: (file: string) => string;
  readonly copied: string;
  readonly selectedToCopy: string;
  readonly failed: (why: string) => string;
  /** Beside the buttons while the plan has errors: the document states them too. */
  readonly hasErrors: (errors: number) => string;
  readonly preview: string;
}

export const DOCUMENT_STRINGS: Readonly<Record<Lang, DocumentStrings>> = {
  th: {
    heading: "รายงานฉบับเต็ม (บันทึกข้อความ)",
    hint: "บันทึกข้อความพร้อมตารางสรุป ข้อเสนอ ช่องลงนาม และภาคผนวกรายโครงการ ตัวเลขเดียวกับตารางสรุป",
    department: "ส่วนราชการ",
    departmentPlaceholder: "สำนักปลัด และชื่อหน่วยงาน",
    reference: "ที่ (เลขที่หนังสือ)",
    date: "วันที่",
    to: "เรียน",
    toPlaceholder: "ผู้บริหารของหน่วยงาน",
    authorName: "ชื่อผู้รายงาน",
    authorPosition: "ตำแหน่ง",
    divisionHead: "ชื่อหัวหน้าส่วนราชการ (ผู้ให้ความเห็น)",
    deputy: "ชื่อปลัด",
    executive: "ชื่อผู้บริหาร (นายก)",
    proposals: "ข้อเสนอ",
    proposalsHint: "บรรทัดละหนึ่งข้อ เว้นว่างไว้เพื่อใช้ข้อเสนอตามแบบ",
    emblem: "ตราสัญลักษณ์ของหน่วยงาน (PNG หรือ JPEG ไม่บังคับ)",
    template: "แม่แบบบันทึกข้อความของหน่วยงาน (.docx ไม่บังคับ)",
    templateHint: "ใส่ {{ส่วนราชการ}} {{ที่}} {{วันที่}} {{เรื่อง}} {{เรียน}} และย่อหน้า {{เนื้อหา}} ในแม่แบบ",
    emblemNotImage: "ไฟล์ตราสัญลักษณ์ต้องเป็นภาพ PNG หรือ JPEG",
    templateNotDocx: "แม่แบบต้องเป็นไฟล์ .docx",
    templateNoBody: "แม่แบบไม่มีย่อหน้าที่มีเพียง {{เนื้อหา}} ให้เขียนเนื้อหารายงาน",
    templateUnknown: (names) =>
      `แม่แบบมีช่อง ${names.map((name) => `{{${name}}}`).join(" ")} ที่โปรแกรมไม่รู้จัก: ใช้ {{ส่วนราชการ}} {{ที่}} {{วันที่}} {{เรื่อง}} {{เรียน}} {{หน่วยงาน}} {{เนื้อหา}}`,
    download: "ดาวน์โหลดรายงาน (.docx)",
    copy: "คัดลอกทั้งฉบับ (วางใน Word)",
    making: "กำลังจัดทำรายงาน",
    downloaded: (file) => `ดาวน์โหลด ${file} แล้ว: เปิดด้วย Word เพื่อตรวจและลงนาม`,
    inBrowser: (file) => `เปิดหน้าดาวน์โหลด ${file} ในเบราว์เซอร์แล้ว: บันทึกไฟล์จากที่นั่น`,
    copied: "คัดลอกรายงานแล้ว: วางใน Word ด้วย Ctrl+V (รูปแบบตัวอักษรและตารางมาด้วย)",
    selectedToCopy: "เลือกรายงานไว้แล้ว: กด Ctrl+C แล้ววางใน Word",
    failed: (why) => `จัดทำรายงานไม่ได้: ${why}`,
    hasErrors: (errors) => `แผนยังมีข้อผิดพลาด ${errors} รายการ รายงานจะระบุไว้ แก้ไขในขั้น "ตรวจ" ก่อนลงนาม`,
    preview: "ตัวอย่างรายงาน",
  },
  en: {
    heading: "The full report (memorandum)",
    hint: "The memorandum with the summary table, proposals, signature blocks and the per-project annex, in the summary's own figures",
    department: "From (division)",
    departmentPlaceholder: "The office's secretariat",
    reference: "Ref. (letter number)",
    date: "Date",
    to: "To",
    toPlaceholder: "The office's executive",
    authorName: "Reporting officer",
    authorPosition: "Position",
    divisionHead: "Head of division (comments)",
    deputy: "Permanent Secretary",
    executive: "Chief Executive",
    proposals: "Proposals",
    proposalsHint: "One per line; leave empty for the usual proposals",
    emblem: "The office's emblem (PNG or JPEG, optional)",
    template: "The office's own memo template (.docx, optional)",
    templateHint:
      "Put {{department}} {{reference}} {{date}} {{subject}} {{to}} and a {{body}} paragraph in the template",
    emblemNotImage: "The emblem must be a PNG or JPEG image",
    templateNotDocx: "The template must be a .docx file",
    templateNoBody: "The template has no paragraph holding only {{body}} for the report's body",
    templateUnknown: (names) =>
      `The template holds ${names.map((name) => `{{${name}}}`).join(" ")}, which the product does not fill: use {{department}} {{reference}} {{date}} {{subject}} {{to}} {{organisation}} {{body}}`,
    download: "Download the report (.docx)",
    copy: "Copy it all (paste into Word)",
    making: "Making the report",
    downloaded: (file) => `Downloaded ${file}: open it in Word to check and sign`,
    inBrowser: (file) => `Opened the download page for ${file} in your browser: save the file there`,
    copied: "Copied the report: paste it into Word with Ctrl+V (fonts and the table come along)",
    selectedToCopy: "The report is selected: press Ctrl+C, then paste it into Word",
    failed: (why) => `The report could not be made: ${why}`,
    hasErrors: (errors) =>
      `The plan still has ${plural(errors, "error")}; the report says so. Fix them in the Check step before signing`,
    preview: "Report preview",
  },
};
