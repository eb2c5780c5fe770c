/** The command line reads each row's role from the file: a table's Total Row, hidden rows (spec §2.5). */
import { DONE, HEADER, putRows, run, runJson, saveXlsx, tempFolder } from "./helpers";

const temp = tempFolder();

describe("rows read by their role from an .xlsx file", () => {
  it("an Excel table's Total Row is a total whatever its label, and the reading line says so", async () => {
    const file = await saveXlsx(temp("table-total.xlsx"), (workbook) => {
      workbook.addWorksheet("แผน").addTable({
        name: "Plan",
        ref: "A1",
        headerRow: true,
        totalsRow: true,
        // Excel saves the Total Row's SUBTOTAL results; ExcelJS writes them only when given.
        columns: HEADER.map((name, i) =>
          i === 2
            ? { name, totalsRowLabel: "สรุปผล" }
            : i === 3 || i === 4
              ? { name, totalsRowFunction: "sum", totalsRowResult: i === 3 ? 300 : 250 }
              : { name },
        ),
        rows: [
          ["1.1", 1, "ก", 100, 100, DONE, null],
          ["1.2", 1, "ข", 200, 150, DONE, null],
        ],
      });
    });
    const { code, json } = await runJson(["summarize", file, "--json"]);
    expect(code).toBe(0);
    expect(json.total.projects).toBe(2);
    expect(json.rows.map((row) => `${row.row} ${row.role}:${row.reason}`)).toEqual([
      "2 project:item",
      "3 project:item",
      "4 total:table-total-row",
    ]);
    const text = await run(["summarize", file]);
    expect(text.stdout).toContain("อ่าน 2 โครงการ แถว 2–3; ไม่นับ 1 แถว: ยอดรวม 1 (แถว 4)");
  });

  it("hidden rows are counted and named", async () => {
    const file = await saveXlsx(temp("hidden.xlsx"), (workbook) => {
      const sheet = workbook.addWorksheet("แผน");
      putRows(sheet, [HEADER, ["1.1", 1, "ก", 100, 100, DONE, null], ["1.2", 1, "ข", 200, 150, DONE, null]]);
      sheet.getRow(3).hidden = true;
    });
    const { json } = await runJson(["summarize", file, "--json"]);
    expect(json.total.projects).toBe(2);
    expect(json.issues.map((issue) => `${issue.code}@${issue.row}`)).toEqual(["hidden-row@3"]);
  });
});
