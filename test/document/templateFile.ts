/** An office's memo template, made as an office types it in Word, for the tests. */
import { Document, Packer, Paragraph, TextRun } from "docx";

const FONT = "TH Sarabun New";

/** Its placeholders as typed, in the office's font; one split over three runs, as Word often does. */
export async function officeTemplate(body = "{{เนื้อหา}}", extra: string[] = []): Promise<Uint8Array> {
  const line = (...texts: (string | { text: string; bold: boolean })[]) =>
    new Paragraph({ children: texts.map((text) => new TextRun(typeof text === "string" ? { text } : text)) });
  const document = new Document({
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT },
            size: 32,
            sizeComplexScript: 32,
          },
        },
      },
    },
    sections: [
      {
        children: [
          line({ text: "ตราองค์การบริหารส่วนตำบลแม่วิน (หัวกระดาษของหน่วยงาน)", bold: true }),
          line("ส่วนราชการ {{ส่วนราชการ}}"),
          line("ที่ {{ที่}} วันที่ {{วันที่}}"),
          line("เรื่อง {{เร", { text: "ื่อ", bold: true }, "ง}}"),
          line("เรียน {{to}}"),
          line(body),
          ...extra.map((text) => line(text)),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
