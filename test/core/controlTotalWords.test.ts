/** The control-total message keeps its words apart (a Thai wording defect). */
import { makeIssue } from "../../src/core/checks/issues";
import { describeIssue } from "../../src/core/words/messages";

describe("control-total-mismatch in words", () => {
  const at = { row: 12, column: 3, field: "plannedBudget" as const, text: "428" };

  it("puts a space between the dimension's number and the field's name in Thai", () => {
    const issue = makeIssue("control-total-mismatch", at, { expected: 42800, amount: 42000, dimension: 1 });
    expect(describeIssue(issue, "th")).toMatch(/^ยอดรวมมิติที่ 1 งบประมาณตามแผน ระบุไว้ 428\.00 บาท/);
  });

  it("joins the plain total to the field's name, as Thai writes it", () => {
    const issue = makeIssue("control-total-mismatch", at, { expected: 42800, amount: 42000 });
    expect(describeIssue(issue, "th")).toMatch(/^ยอดรวมงบประมาณตามแผน ระบุไว้ 428\.00 บาท/);
  });
});
