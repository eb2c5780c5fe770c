/**
 * An office's own memo template (spec §10.3): its letterhead kept, its placeholders filled (even when
 * Word split one over several runs), its {{เนื้อหา}} paragraph replaced by the report's body.
 */
import JSZip from "jszip";
import { SAMPLE_GRID, analyzePlan } from "../../src/core";
import { memoDocument, memoFields } from "../../src/core/document/memoDocument";
import { memoDocx } from "../../src/hosts/docx/memoDocx";
import { fillTemplate } from "../../src/hosts/docx/officeTemplate";
import { officeTemplate } from "./templateFile";

const report = analyzePlan(SAMPLE_GRID)!;
const TODAY = new Date(2023, 11, 25);

async function fill(template: Uint8Array) {
  const body = await memoDocx(memoDocument(report, {}, TODAY, "th", { forTemplate: true }), {
    runFonts: true,
  });
  return fillTemplate(template, body, memoFields(report, { reference: "ชม 74201/1614" }, TODAY, "th"));
}

const textOf = (xml: string) =>
  Array.from(xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g), (m) => m[1]).join("");

describe("an office's own template", () => {
  it("keeps the letterhead, fills the placeholders and puts the report's body in place", async () => {
    const result = await fill(await officeTemplate());
    if (!("bytes" in result)) throw new Error(`not filled: ${JSON.stringify(result)}`);
    const xml = await (await JSZip.loadAsync(result.bytes)).file("word/document.xml")!.async("string");
    const text = textOf(xml);
    expect(text).toContain("หัวกระดาษของหน่วยงาน");
    expect(text).toContain("ที่ ชม 74201/1614 วันที่ 25 ธันวาคม 2566");
    expect(text).toContain(
      "เรื่อง รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2566 รอบ 12 เดือน",
    );
    expect(text).toContain("เรียน นายกองค์การบริหารส่วนตำบลแม่วิน");
    expect(text).not.toContain("{{");
    // The body: its headings and the table's figures, and no memo head of its own.
    for (const part of ["1. เรื่องเดิม", "401,900.00", "330,095.00", "ภาคผนวก"]) expect(text).toContain(part);
    expect(text).not.toContain("บันทึกข้อความ");
    // One page setup: the template's own, with no section of the product's inside the body.
    expect(xml.match(/<w:sectPr/g)).toHaveLength(1);
  });

  it("names a placeholder it does not know, and a template with no body paragraph", async () => {
    expect(await fill(await officeTemplate("{{เนื้อหา}}", ["ลงชื่อ {{ผู้ลงนาม}}"]))).toEqual({
      problem: "unknown-placeholders",
      names: ["ผู้ลงนาม"],
    });
    expect(await fill(await officeTemplate("เนื้อหาที่พิมพ์เอง"))).toEqual({ problem: "no-body" });
    expect(await fill(new TextEncoder().encode("not a zip"))).toEqual({ problem: "not-docx" });
  });
});
