import fc from "fast-check";
import {
  FIELDS,
  type Issue,
  MESSAGES,
  describeIssue,
  groupIssues,
  groupPlace,
  groupRowCount,
  issuePlace,
  rowsText,
} from "../../src/core";
import { type IssueCode, makeIssue } from "../../src/core/checks/issues";
import { MAX_GROUP_RANGES } from "../../src/core/checks/issueGroups";
import { DIM_HEAD, DONE, NOT_DONE, analyze, project } from "./helpers";

/** A plan whose every planned budget is "-": one alike note (read as 0 baht) on every row. */
function dashPlan(rows: number): ReturnType<typeof analyze> {
  return analyze([
    DIM_HEAD,
    ...Array.from({ length: rows }, (_, i) => project(1, `โครงการ ${i + 1}`, "-", 0)),
  ]);
}

describe("alike findings, told once", () => {
  it("makes one group of the notes that say the same thing in the same column, with their rows", () => {
    const report = dashPlan(4);
    expect(report.issues.map((issue) => issue.code)).toEqual(Array(4).fill("read-as-zero"));
    const groups = groupIssues(report.issues, "th");
    expect(groups).toHaveLength(1);
    const [group] = groups;
    expect(group.rows).toEqual([2, 3, 4, 5]);
    expect(group.issues).toEqual(report.issues);
    expect(group.message).toBe('"-" อ่านเป็น 0 บาท');
    expect(groupPlace(group, "th")).toBe("แถว 2–5 · งบประมาณตามแผน (คอลัมน์ C)");
    expect(groupRowCount(group, "th")).toBe("4 แถว");
    expect(groupPlace(group, "en")).toBe("Rows 2–5 · Planned budget (column C)");
    expect(groupRowCount(group, "en")).toBe("4 rows");
  });

  it("writes row numbers and counts with thousands separators", () => {
    const issues = Array.from({ length: 30_000 }, (_, i) =>
      makeIssue("read-as-zero", { row: 25 + i, column: 4, field: "plannedBudget", text: "-" }),
    );
    const [group] = groupIssues(issues, "th");
    expect(groupPlace(group, "th")).toBe("แถว 25–30,024 · งบประมาณตามแผน (คอลัมน์ D)");
    expect(groupRowCount(group, "th")).toBe("30,000 แถว");
    expect(issuePlace(issues[29_999], "th")).toBe("แถว 30,024 · งบประมาณตามแผน (D30024)");
  });

  it("keeps a finding alone when no other is alike: its place is the finding's own", () => {
    const report = analyze([DIM_HEAD, project(1, "ก", "-", 0), project(1, "ข", "ไม่ใช้งบประมาณ", 0)]);
    const groups = groupIssues(report.issues, "th");
    expect(groups.map((group) => group.issues.length)).toEqual([1, 1]);
    expect(groups.map((group) => groupPlace(group, "th"))).toEqual(
      report.issues.map((issue) => issuePlace(issue, "th")),
    );
    expect(groups.map((group) => groupRowCount(group, "th"))).toEqual([undefined, undefined]);
  });

  it("tells findings of another column, code or cell text apart", () => {
    const at = (row: number, column: number, text: string, code: IssueCode = "read-as-zero"): Issue =>
      makeIssue(code, { row, column, field: column === 3 ? "plannedBudget" : "disbursed", text });
    const issues = [
      at(2, 3, "-"),
      at(3, 3, "-"),
      at(2, 4, "-"),
      at(4, 3, "ไม่ใช้งบประมาณ"),
      at(5, 3, "1,000", "text-number"),
    ];
    const groups = groupIssues(issues, "th");
    expect(groups.map((group) => [group.issues[0].code, group.rows])).toEqual([
      ["read-as-zero", [2, 3]],
      ["read-as-zero", [2]],
      ["read-as-zero", [4]],
      ["text-number", [5]],
    ]);
  });

  it("puts errors first, then warnings, then observations, each by its first row", () => {
    const report = analyze([
      DIM_HEAD,
      project(1, "ก", "-", 0),
      project(1, "ข", 100, 0, NOT_DONE),
      project(1, "ค", "หนึ่งพัน", 0),
      project(1, "ง", "-", 0),
      project(1, "จ", 100, 0, NOT_DONE),
      project(1, "ฉ", 100, 50, DONE),
    ]);
    const groups = groupIssues(report.issues, "th");
    expect(
      groups.map((group) => `${group.severity} ${group.issues[0].code} ${group.rows.join(",")}`),
    ).toEqual(["error not-a-number 4", "warning missing-reason 3,6", "info read-as-zero 2,5"]);
  });

  it("never groups findings about the whole sheet", () => {
    const sheet = makeIssue("missing-column", { row: null, column: null, field: null }, { other: "status" });
    const groups = groupIssues([sheet, sheet], "th");
    expect(groups.map((group) => [group.issues.length, group.rows])).toEqual([
      [1, []],
      [1, []],
    ]);
    expect(groupPlace(groups[0], "th")).toBe("ทั้งแผ่นงาน");
  });

  it("names at most MAX_GROUP_RANGES row ranges, then how many more there are", () => {
    const rows = Array.from({ length: MAX_GROUP_RANGES + 3 }, (_, i) => 10 + 2 * i);
    const issues = rows.map((row) =>
      makeIssue("read-as-zero", { row, column: 3, field: "plannedBudget", text: "-" }),
    );
    const [group] = groupIssues(issues, "th");
    const shown = rows.slice(0, MAX_GROUP_RANGES).join(", ");
    expect(groupPlace(group, "th")).toBe(`แถว ${shown} และอีก 3 ช่วง · งบประมาณตามแผน (คอลัมน์ C)`);
    expect(groupPlace(group, "en")).toBe(`Rows ${shown} and 3 more ranges · Planned budget (column C)`);
  });
});

describe("groups of any findings (property)", () => {
  const codes: IssueCode[] = [
    "read-as-zero",
    "text-number",
    "not-a-number",
    "missing-reason",
    "duplicate-number",
  ];
  const issueArb = fc
    .record({
      code: fc.constantFrom(...codes),
      row: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null, freq: 10 }),
      column: fc.integer({ min: 1, max: 3 }),
      text: fc.constantFrom("", "-", "1,000", "ก"),
      otherRow: fc.integer({ min: 1, max: 3 }),
    })
    .map(({ code, row, column, text, otherRow }) =>
      makeIssue(
        code,
        { row, column: row === null ? null : column, field: row === null ? null : FIELDS[column], text },
        { amount: 100, otherRow, dimension: 1 },
      ),
    );

  it("puts every finding in exactly one group, alike ones together, and the groups' rows are the findings' rows", () => {
    fc.assert(
      fc.property(
        fc.array(issueArb, { maxLength: 80 }),
        fc.constantFrom("th" as const, "en" as const),
        (issues, lang) => {
          const groups = groupIssues(issues, lang);
          const members = groups.flatMap((group) => group.issues);
          expect(members).toHaveLength(issues.length);
          expect(new Set(members)).toEqual(new Set(issues));

          const rows = (list: readonly Issue[]): number[] =>
            [...new Set(list.flatMap((issue) => (issue.row === null ? [] : [issue.row])))].sort(
              (a, b) => a - b,
            );
          const union = [...new Set(groups.flatMap((group) => group.rows))].sort((a, b) => a - b);
          expect(union).toEqual(rows(issues));

          for (const group of groups) {
            expect(group.rows).toEqual(rows(group.issues));
            const first = group.issues[0];
            for (const member of group.issues) {
              expect([member.severity, member.code, member.column, member.text]).toEqual([
                group.severity,
                first.code,
                first.column,
                first.text,
              ]);
              expect(describeIssue(member, lang)).toBe(group.message);
            }
          }
          // Alike findings are never split over two groups.
          const keys = groups
            .filter((group) => group.rows.length > 0)
            .map(
              (group) =>
                `${group.issues[0].code}|${group.issues[0].column}|${group.issues[0].text}|${group.message}`,
            );
          expect(new Set(keys).size).toBe(keys.length);
          // Errors, then warnings, then observations.
          const order = { error: 0, warning: 1, info: 2 };
          const severities = groups.map((group) => order[group.severity]);
          expect(severities).toEqual([...severities].sort((a, b) => a - b));
        },
      ),
    );
  });
});

describe("the word for the third kind of finding", () => {
  it.each(["th", "en"] as const)("is no column's name (%s): หมายเหตุ is the note column", (lang) => {
    const words = MESSAGES[lang];
    const columns = Object.values(words.fields);
    for (const severity of Object.values(words.severities)) expect(columns).not.toContain(severity);
    expect(words.severities.info).toBe(lang === "th" ? "ข้อสังเกต" : "Observation");
  });
});

describe("rows as text", () => {
  it("formats row numbers with thousands separators and can stop after some ranges", () => {
    expect(rowsText([25, 26, 30_024, 30_025], "th")).toBe("แถว 25–26, 30,024–30,025");
    expect(rowsText([1, 3, 5, 7], "th", 2)).toBe("แถว 1, 3 และอีก 2 ช่วง");
    expect(rowsText([1, 3, 5, 7], "en", 2)).toBe("rows 1, 3 and 2 more ranges");
    expect(rowsText([1, 3], "en", 2)).toBe("rows 1, 3");
  });
});
