import { readFile, stat } from "node:fs/promises";
import ExcelJS from "exceljs";
import { FLAG_FILL } from "../../src/core/layout/flagRule";
import { ruleApplies } from "../excel/formulaEvaluator";
import { DONE, HEADER, NOT_DONE, putRows, readXlsx, run, saveText, saveXlsx, tempFolder } from "./helpers";

// Each test runs the whole command on real files, several times: slow on a busy machine.
jest.setTimeout(30_000);

type Rules = {
  ref: string;
  rules: { type: string; formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }[];
}[];
const rulesOf = (sheet: ExcelJS.Worksheet): Rules =>
  (sheet as unknown as { conditionalFormattings: Rules }).conditionalFormattings;

/** The row of a sheet whose first cell is `label`, as values from column A. */
function rowStartingWith(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (!found && row.getCell(1).value === label) found = row;
  });
  if (!found) throw new Error(`no row starting with ${label}`);
  return found;
}

describe("summarize --write: the summary sheet", () => {
  const temp = tempFolder();

  it("adds สรุปผล with the seed's figures, number formats, merges and fonts, and leaves the input alone", async () => {
    const input = temp("plan.xlsx");
    await run(["sample", input]);
    const before = await readFile(input);
    const { mtimeMs } = await stat(input);
    const out = temp("out.xlsx");

    const { code, stdout } = await run(["summarize", input, "--write", out]);
    expect(code).toBe(0);
    expect(stdout).toContain(`เขียนสรุปผลลงในแผ่นงาน "สรุปผล" ของไฟล์ ${out} แล้ว`);
    expect(await readFile(input)).toEqual(before);
    expect((await stat(input)).mtimeMs).toBe(mtimeMs);

    const workbook = await readXlsx(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["แผน", "สรุปผล"]);
    const summary = workbook.getWorksheet("สรุปผล")!;
    const total = rowStartingWith(summary, "รวม");
    expect((total.values as ExcelJS.CellValue[]).slice(1)).toEqual([
      "รวม",
      16,
      401900,
      15,
      330095,
      1,
      93.75,
      82.13,
    ]);
    expect([2, 3, 5, 7].map((c) => total.getCell(c).numFmt)).toEqual([
      "#,##0",
      "#,##0.00",
      "#,##0.00",
      "0.00",
    ]);
    expect(total.getCell(1).numFmt).toBe("@");
    expect(total.getCell(1).font).toMatchObject({ name: "TH Sarabun New", bold: true });
    expect(total.getCell(4).border).toMatchObject({ top: { style: "thin" }, bottom: { style: "thin" } });
    const third = rowStartingWith(summary, "3. การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน");
    expect(third.getCell(8).value).toBe(92.48);
    expect(summary.getCell("A1").value).toBe(
      "สรุปผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส",
    );
    expect(summary.getCell("H1").isMerged).toBe(true);
    expect(summary.getColumn(1).width).toBe(50);
    // The plan itself keeps its table.
    expect(workbook.getWorksheet("แผน")!.getTable("PlanProjects")).toBeDefined();
  });

  it("keeps the user's own sheet named สรุปผล and writes the summary as สรุปผล (2)", async () => {
    const input = await saveXlsx(temp("own.xlsx"), (workbook) => {
      putRows(workbook.addWorksheet("แผน"), [HEADER, ["1", 1, "อบรม", 100, 100, DONE]]);
      putRows(workbook.addWorksheet("สรุปผล"), [["สรุปของฉันเอง", 42]]);
    });
    const out = temp("out.xlsx");
    expect((await run(["summarize", input, "--write", out])).code).toBe(0);
    const workbook = await readXlsx(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["แผน", "สรุปผล", "สรุปผล (2)"]);
    const own = workbook.getWorksheet("สรุปผล")!;
    expect([own.getCell("A1").value, own.getCell("B1").value, own.rowCount]).toEqual(["สรุปของฉันเอง", 42, 1]);
    expect(workbook.getWorksheet("สรุปผล (2)")!.getCell("A1").value).toMatch(/^สรุปผลการดำเนินการ/);
  });

  it("names the sheet Summary with --lang en", async () => {
    const input = await saveXlsx(temp("plan.xlsx"), (workbook) => {
      putRows(workbook.addWorksheet("Plan"), [HEADER, ["1", 1, "อบรม", 100, 100, DONE]]);
    });
    const out = temp("out.xlsx");
    await run(["summarize", input, "--write", out, "--lang", "en"]);
    const summary = (await readXlsx(out)).getWorksheet("Summary")!;
    expect(rowStartingWith(summary, "Total").getCell(2).value).toBe(1);
  });
});

describe("summarize --write: flags and the user's cells", () => {
  const temp = tempFolder();

  it("shades the rows not carried out with one new rule, keeping the plan's own rule and styles", async () => {
    const input = await saveXlsx(temp("plan.xlsx"), (workbook) => {
      const sheet = workbook.addWorksheet("แผน");
      putRows(sheet, [
        HEADER,
        ["1", 1, "อบรม", 100, 100, DONE],
        ["2", 1, "ประชุม", 100, 0, NOT_DONE, "งบไม่พอ"],
        ["3", 1, "สำรวจ", 100, 0, NOT_DONE, "ย้ายไปปีหน้า"],
        ["4", 1, "ตรวจ", 100, 100, DONE],
        ["5", 1, "ประเมิน", 100, 0, NOT_DONE, "ไม่มีผู้รับจ้าง"],
      ]);
      sheet.getCell("C2").font = { italic: true };
      sheet.addConditionalFormatting({
        ref: "D2:D6",
        rules: [{ type: "expression", priority: 1, formulae: ["$D2>50"], style: { font: { bold: true } } }],
      });
    });
    const out = temp("out.xlsx");
    expect((await run(["summarize", input, "--write", out])).code).toBe(0);
    const sheet = (await readXlsx(out)).getWorksheet("แผน")!;
    const [users, ours, ...others] = rulesOf(sheet);
    expect(others).toEqual([]);
    expect([users.ref, users.rules.map((rule) => rule.formulae)]).toEqual(["D2:D6", [["$D2>50"]]]);
    // Core's rule over each row's own status cell, to the sheet's last row, in core's one colour.
    expect(ours.ref).toBe("A2:G1048576");
    expect(ours.rules[0].style?.fill?.bgColor?.argb).toBe(`FF${FLAG_FILL.slice(1)}`);
    const formula = ours.rules[0].formulae?.[0] ?? "";
    const cell = (column: string, row: number) => {
      const value = sheet.getCell(`${column}${row}`).value;
      return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
        ? value
        : null;
    };
    const filled = [2, 3, 4, 5, 6, 7].filter((row) => ruleApplies(formula, row - 2, cell));
    expect(filled).toEqual([3, 4, 6]);
    expect(sheet.getCell("C2").font).toMatchObject({ italic: true });
  });

  it("keeps every text from the sheet as text: formula-like names and notes stay plain strings", async () => {
    const risky = ['=HYPERLINK("http://x","y")', "+SUM(1,2)", "@x"];
    const input = await saveXlsx(temp("risky.xlsx"), (workbook) => {
      putRows(workbook.addWorksheet("แผน"), [
        HEADER,
        ...risky.map((name, i) => [String(i + 1), 1, name, 100, 0, NOT_DONE, "=1+1"]),
      ]);
    });
    const csv = await saveText(
      temp("risky.csv"),
      [
        HEADER.join(","),
        ...risky.map((name, i) => `${i + 1},1,"${name.replace(/"/g, '""')}",100,0,${NOT_DONE},=1+1`),
      ].join("\n"),
    );
    for (const source of [input, csv]) {
      const out = temp(`from-${source.endsWith(".csv") ? "csv" : "xlsx"}.xlsx`);
      expect((await run(["summarize", source, "--write", out])).code).toBe(0);
      const workbook = await readXlsx(out);
      const cells: ExcelJS.Cell[] = [];
      for (const sheet of workbook.worksheets) {
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            const own = cell.master.address === cell.address;
            // The summary's list puts each item's number before its name ("1 =HYPERLINK(…)").
            const text = typeof cell.value === "string" ? cell.value.replace(/^\d+ /, "") : undefined;
            if (own && text !== undefined && [...risky, "=1+1"].includes(text)) cells.push(cell);
          }),
        );
      }
      // Three names and three notes, in the plan and again in the summary's list of projects not carried out.
      expect(cells).toHaveLength(12);
      for (const cell of cells) {
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.formula).toBeUndefined();
        if (cell.worksheet.name === "สรุปผล") expect(cell.numFmt).toBe("@");
      }
    }
  });

  it("writes a CSV plan into a new workbook: the plan as a sheet, then the summary", async () => {
    const csv = await saveText(
      temp("แผนปี66.csv"),
      "\uFEFF" +
        [HEADER.join(","), `1,1,อบรม,"1,000",250,${DONE}`, `2,2,ประชุม,500,0,${NOT_DONE},ฝนตก`].join("\r\n"),
    );
    const out = temp("out.xlsx");
    expect((await run(["summarize", csv, "--write", out])).code).toBe(0);
    const workbook = await readXlsx(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["แผนปี66", "สรุปผล"]);
    const plan = workbook.getWorksheet("แผนปี66")!;
    expect([plan.getCell("C2").value, plan.getCell("D2").value, plan.getCell("E2").value]).toEqual([
      "อบรม",
      "1,000",
      250,
    ]);
    expect(rulesOf(plan).map((cf) => cf.ref)).toEqual(["A2:G1048576"]);
  });

  it("keeps the header of a table saved by Excel, which leaves out headerRowCount", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("แผน").addTable({
      name: "Plan",
      ref: "A1",
      columns: HEADER.map((name) => ({ name })),
      rows: [["1", 1, "อบรม", 100, 0, NOT_DONE, "งดจัด"]],
    });
    // Stored uncompressed so the attribute can be blanked out as Excel would write it.
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } }));
    const attribute = Buffer.from(' headerRowCount="1"');
    const at = bytes.indexOf(attribute);
    expect(at).toBeGreaterThan(0);
    bytes.fill(" ", at, at + attribute.length);
    const input = await saveText(temp("excel.xlsx"), bytes);
    const out = temp("out.xlsx");

    expect((await run(["summarize", input, "--write", out])).code).toBe(0);
    const table = (await readXlsx(out)).getWorksheet("แผน")!.getTable("Plan") as unknown as {
      model: { headerRow: boolean };
    };
    expect(table.model.headerRow).toBe(true);
  });
});

describe("summarize --write: never overwriting", () => {
  const temp = tempFolder();

  it("refuses an existing OUT without --force (exit 2, one line) and replaces it with --force", async () => {
    const input = temp("plan.xlsx");
    await run(["sample", input]);
    const out = await saveText(temp("out.xlsx"), "keep me");
    const refused = await run(["summarize", input, "--write", out]);
    expect([refused.code, refused.stdout, refused.stderr]).toEqual([
      2,
      "",
      `มีไฟล์ ${out} อยู่แล้ว: ใช้ --force ถ้าต้องการเขียนทับ\n`,
    ]);
    expect(await readFile(out, "utf8")).toBe("keep me");
    expect((await run(["summarize", input, "--write", out, "--force"])).code).toBe(0);
    expect((await readXlsx(out)).getWorksheet("สรุปผล")).toBeDefined();
  });

  it("refuses to write over the plan itself, even with --force", async () => {
    const input = temp("plan.xlsx");
    await run(["sample", input]);
    const before = await readFile(input);
    const refused = await run(["summarize", input, "--write", input, "--force"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr.split("\n")).toHaveLength(2);
    expect(await readFile(input)).toEqual(before);
  });

  it("`sample` refuses an existing file without --force", async () => {
    const out = await saveText(temp("sample.xlsx"), "keep me");
    const refused = await run(["sample", out]);
    expect(refused.code).toBe(2);
    expect(await readFile(out, "utf8")).toBe("keep me");
    expect((await run(["sample", out, "--force"])).code).toBe(0);
  });
});
