/**
 * Several columns for one field on the command line (spec §9.7, §4.2): the report says which columns
 * it read or asks; `--column FIELD=LETTER` and `--round` settle the question.
 */
import { DONE, NOT_DONE, putRows, run, runJson, saveText, saveXlsx, tempFolder } from "./helpers";

describe("--column settles a field several columns could be", () => {
  const temp = tempFolder();
  /** Two disbursed columns, C and D, with different amounts. */
  const twoDisbursed = () =>
    saveText(
      temp("two.csv"),
      [
        "มิติ,ชื่อโครงการ,เบิกจ่าย,เบิกจ่าย,งบประมาณ,สถานะ",
        `1,อบรมคุณธรรม,500,700,1000,${DONE}`,
        `2,ประชุม,0,100,200,${DONE}`,
      ].join("\n"),
    );

  it("asks which column, naming both and the option, and exits 1", async () => {
    const file = await twoDisbursed();
    const { code, json } = await runJson(["summarize", file]);
    expect(code).toBe(1);
    const asked = json.issues.find((issue) => issue.code === "ambiguous-column");
    expect(asked).toMatchObject({ severity: "error", field: "disbursed", row: 1 });
    expect(asked?.message).toContain('"เบิกจ่าย" (คอลัมน์ C) และ "เบิกจ่าย" (คอลัมน์ D)');
    expect(asked?.message).toContain("--column disbursed=C");
    expect(json.total.disbursed).toBe(0);

    const text = await run(["summarize", file, "--lang", "en"]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(
      'Several columns may be "Disbursed": "เบิกจ่าย" (column C) and "เบิกจ่าย" (column D)',
    );
  });

  it.each([
    [["--column", "disbursed=D"], 800],
    [["--column", "disbursed=c"], 500],
    [["--column=Disbursed=D"], 800],
  ])("reads the field from the column given: %p", async (args, disbursed) => {
    const file = await twoDisbursed();
    const { code, json } = await runJson(["summarize", file, ...args]);
    expect(code).toBe(0);
    expect(json.total.disbursed).toBe(disbursed);
    expect(json.issues.filter((issue) => issue.severity === "error")).toEqual([]);
  });

  it("takes several --column options, and none for a field read from no column", async () => {
    const file = await twoDisbursed();
    const { json } = await runJson(["summarize", file, "--column", "disbursed=D", "--column", "status=none"]);
    expect(json.total).toMatchObject({ disbursed: 800, completed: 0 });
    expect(json.issues.map((issue) => [issue.code, issue.field])).toContainEqual([
      "missing-column",
      "status",
    ]);
  });

  it("finds the plan, and asks, when its planned budget is in doubt between two columns", async () => {
    const file = await saveText(
      temp("budgets.csv"),
      ["มิติ,ชื่อโครงการ,งบประมาณ,งบประมาณ,เบิกจ่าย,สถานะ", `1,ก,1000,2000,500,${DONE}`].join("\n"),
    );
    const { code, json } = await runJson(["summarize", file]);
    expect(code).toBe(1);
    expect(json.issues.find((issue) => issue.code === "ambiguous-column")?.field).toBe("plannedBudget");
    const chosen = await runJson(["summarize", file, "--column", "plannedBudget=D"]);
    expect(chosen.code).toBe(0);
    expect(chosen.json.total.plannedBudget).toBe(2000);
  });

  it("says when the column given is outside the plan", async () => {
    const file = await twoDisbursed();
    const { code, json } = await runJson(["summarize", file, "--column", "disbursed=Q"]);
    expect(code).toBe(1);
    expect(json.issues.find((issue) => issue.code === "missing-column")?.message).toBe(
      'คอลัมน์ Q ที่เลือกไว้สำหรับ "งบประมาณเบิกจ่าย" อยู่นอกตารางของแผน: เลือกคอลัมน์ในตาราง',
    );
  });

  it.each(["disbursed", "disbursed=", "spent=C", "disbursed=C1", "disbursed=XFE", "=C"])(
    "refuses --column %p with exit 2 and one line",
    async (value) => {
      const file = await twoDisbursed();
      const { code, stdout, stderr } = await run(["summarize", file, "--column", value]);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toBe(`ค่า "${value}" ของตัวเลือก --column ไม่ถูกต้อง (ดู integrity-plan --help)\n`);
    },
  );

  it("is refused by rollup, whose files' columns differ", async () => {
    const file = await twoDisbursed();
    const { code, stderr } = await run(["rollup", file, "--column", "disbursed=C"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--column");
  });

  it("is in the help, in Thai and English", async () => {
    expect((await run(["--help"])).stdout).toMatch(
      /--column ช่อง=คอลัมน์ +อ่านช่องนี้จากคอลัมน์นี้ เช่น --column disbursed=H/,
    );
    const en = (await run(["--help", "--lang", "en"])).stdout;
    expect(en).toMatch(/--column FIELD=COLUMN +read the field from this column/);
    expect(en).toContain("fields: no, dimension, name, type, plannedBudget, disbursed, status");
  });

  it("reads the column by the sheet's letter when the table starts further right", async () => {
    const file = await saveXlsx(temp("right.xlsx"), (workbook) => {
      const sheet = workbook.addWorksheet("แผน");
      putRows(
        sheet,
        [
          ["มิติ", "ชื่อโครงการ", "งบประมาณ", "เบิกจ่าย", "เบิกจ่าย", "สถานะ"],
          [1, "ก", 1000, 100, 300, DONE],
        ],
        2,
        3,
      );
    });
    expect((await runJson(["summarize", file, "--column", "disbursed=G"])).json.total.disbursed).toBe(300);
    expect((await runJson(["summarize", file, "--column", "disbursed=F"])).json.total.disbursed).toBe(100);
  });
});

describe("columns per round and per quarter on the command line (spec §9.7)", () => {
  const temp = tempFolder();
  const byRound = (title?: string) =>
    saveXlsx(temp("rounds.xlsx"), (workbook) => {
      const sheet = workbook.addWorksheet("แผน");
      putRows(sheet, [
        [title ?? "แผนปฏิบัติการป้องกันการทุจริต"],
        ["มิติ", "ชื่อโครงการ", "งบประมาณ", "ผลการดำเนินงาน 6 เดือน", null, "ผลการดำเนินงาน 12 เดือน", null],
        [null, null, null, "เบิกจ่าย", "สถานะ", "เบิกจ่าย", "สถานะ"],
        [1, "ก", 1000, 400, "อยู่ระหว่างดำเนินการ", 900, DONE],
        [2, "ข", 500, 0, "ยังไม่ได้ดำเนินการ", 0, NOT_DONE],
      ]);
      sheet.mergeCells("D2:E2");
      sheet.mergeCells("F2:G2");
    });

  it("asks for the round when none is given, naming the columns and --round", async () => {
    const file = await byRound();
    const { code, stdout } = await run(["summarize", file]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      'รอบ 6 เดือน "ผลการดำเนินงาน 6 เดือน เบิกจ่าย" (คอลัมน์ D); รอบ 12 เดือน "ผลการดำเนินงาน 12 เดือน เบิกจ่าย" (คอลัมน์ F)',
    );
    expect(stdout).toContain("ใช้ --round 6 หรือ --round 12");
  });

  it.each([
    [["--round", "6"], 400, 6],
    [["--round", "12"], 900, 12],
  ])("reads the round's columns with %p, and says which", async (args, disbursed, round) => {
    const file = await byRound();
    const { code, json } = await runJson(["summarize", file, ...args]);
    expect(code).toBe(0);
    expect(json.round).toBe(round);
    expect(json.total.disbursed).toBe(disbursed);
    const read = json.issues.find((issue) => issue.code === "columns-read" && issue.field === "disbursed");
    expect(read?.message).toContain(`ตามรอบ ${round} เดือน`);
  });

  it("takes the round from the title", async () => {
    const file = await byRound("รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2567 รอบ 6 เดือน");
    const { code, json } = await runJson(["summarize", file]);
    expect(code).toBe(0);
    expect(json.total).toMatchObject({ disbursed: 400, inProgress: 1, notStarted: 1 });
  });

  it("adds up a CSV plan's quarters exactly, and checks its total", async () => {
    const file = await saveText(
      temp("quarters.csv"),
      [
        "มิติ,ชื่อโครงการ,งบประมาณ,เบิกจ่าย ไตรมาส 1,ไตรมาส 2,ไตรมาส 3,ไตรมาส 4,รวม,สถานะ",
        `1,ก,1000,0.10,0.20,0.30,0.40,1.00,${DONE}`,
        `1,ข,1000,100,100,100,100,300,${DONE}`,
      ].join("\n"),
    );
    const twelve = await runJson(["summarize", file, "--round", "12"]);
    expect(twelve.code).toBe(0);
    expect(twelve.json.total.disbursed).toBe(301);
    expect(twelve.json.issues.find((issue) => issue.code === "period-total-mismatch")).toMatchObject({
      severity: "warning",
      row: 3,
      cell: "H3",
    });
    expect((await runJson(["summarize", file, "--round", "6"])).json.total.disbursed).toBe(200.3);
  });
});
