/** Checks on project rows and on control totals (spec §2.5, §2.6). */
import type { Header } from "../rows/columns";
import { cellText, isBlank, isFormulaWithoutValue } from "../cells/grid";
import { plainSatang, readAmount } from "../cells/amounts";
import { FirstRows } from "./firstRows";
import { type Issue, SEVERITY_OF, makeIssue } from "./issues";
import type { ControlTotal, EarlierRows, PlanRow, RowCheck } from "../rows/rows";
import type { Totals } from "../summary/summarize";
import { type Dimension, type Field, type Round, effectiveStatus } from "../cells/vocabulary";

// The round and the status a row counts in live with the words; the checks re-export them.
export { effectiveStatus, type Round } from "../cells/vocabulary";

function columnOf(header: Header | undefined, field: Field): number | null {
  const index = header?.columns[field];
  return index === undefined ? null : index;
}

export type { RowCheck } from "../rows/rows";

/** The checks that look at one project row, and duplicate numbers within a dimension (spec §2.6). */
export function rowChecker(round: Round, header: Header, firstColumn: number): RowCheck {
  const at = (row: PlanRow, field: Field) => {
    const index = columnOf(header, field);
    const text = index === null ? "" : cellText(row.cells[index]);
    return { row: row.row, column: index === null ? null : firstColumn + index, field, text };
  };
  // Without a name column, missing-column says so once; an error on every row would add nothing.
  const nameIndex = header.columns.name;
  const hasNameColumn = nameIndex !== undefined;
  const ordinanceIndex = columnOf(header, "ordinanceBudget");
  const firstRowOf = firstRowsOfNumbers();
  // An amount that could not be read counts as 0 and has its own error; comparing that 0 with the
  // other amount would only add a false warning.
  const readable = (row: PlanRow, field: "plannedBudget" | "disbursed"): boolean => {
    const index = header.columns[field];
    // No column (missing, or in doubt between several): nothing was read to compare.
    if (index === undefined) return false;
    const cell = row.cells[index];
    return (
      plainSatang(cell) !== undefined ||
      !readAmount(cell).issues.some((code) => SEVERITY_OF[code] === "error")
    );
  };
  return (row, issues, earlier) => {
    const status = effectiveStatus(row.status, round);
    if (hasNameColumn && row.name === "" && !isFormulaWithoutValue(row.cells[nameIndex ?? -1]))
      issues.push(makeIssue("missing-name", at(row, "name")));
    if (status === "notDone" && row.disbursed > 0) {
      issues.push(makeIssue("spent-but-not-done", at(row, "disbursed"), { amount: row.disbursed }));
    }
    if (row.disbursed > row.plannedBudget && readable(row, "plannedBudget")) {
      issues.push(
        makeIssue("over-disbursed", at(row, "disbursed"), {
          amount: row.disbursed,
          expected: row.plannedBudget,
        }),
      );
    }
    // A blank ordinance cell is an amount not yet typed, not an appropriation of 0 (spec §9.3).
    if (
      ordinanceIndex !== null &&
      !isBlank(row.cells[ordinanceIndex]) &&
      row.disbursed > row.ordinanceBudget
    ) {
      issues.push(
        makeIssue("over-ordinance", at(row, "disbursed"), {
          amount: row.disbursed,
          expected: row.ordinanceBudget,
        }),
      );
    }
    if (
      status === "completed" &&
      row.plannedBudget > 0 &&
      row.disbursed === 0 &&
      readable(row, "disbursed")
    ) {
      issues.push(
        makeIssue("completed-without-disbursement", at(row, "disbursed"), { expected: row.plannedBudget }),
      );
    }
    if (status === "notDone" && row.note === "" && row.reason === "") {
      issues.push(
        makeIssue("missing-reason", at(row, columnOf(header, "reason") === null ? "note" : "reason")),
      );
    }
    if (round === 12 && status === "inProgress") {
      issues.push(makeIssue("in-progress-at-year-end", at(row, "status")));
    }
    const first = firstRowOf(row, earlier);
    if (first !== undefined && row.dimension !== null) {
      issues.push(
        makeIssue("duplicate-number", at(row, "no"), { otherRow: first, dimension: row.dimension }),
      );
    }
  };
}

/**
 * The first row a project's number was seen on within its dimension (spec §2.6), given the rows read
 * before it; undefined for a number not seen before, or no number. A dimension's numbers are looked for
 * among the earlier rows only when its numbering goes out of order: no list of every number is kept
 * beside the rows.
 */
function firstRowsOfNumbers(): (row: PlanRow, earlier: EarlierRows) => number | undefined {
  let before: EarlierRows = () => undefined;
  const numbersOf =
    (dimension: Dimension) =>
    (visit: (number: string, row: number) => void): void =>
      before((row) => {
        if (row.dimension === dimension && row.no !== "") visit(row.no, row.row);
      });
  const seen: Record<Dimension, FirstRows> = {
    1: new FirstRows(numbersOf(1)),
    2: new FirstRows(numbersOf(2)),
    3: new FirstRows(numbersOf(3)),
    4: new FirstRows(numbersOf(4)),
  };
  return (row, earlier) => {
    before = earlier;
    return row.no === "" || row.dimension === null
      ? undefined
      : seen[row.dimension].firstOrKeep(row.no, row.row);
  };
}

/** Each control total that differs from what the rows add up to. */
export function checkControlTotals(
  controlTotals: readonly ControlTotal[],
  totalOf: (dimension: Dimension | null) => Totals,
  header: Header | undefined,
  firstColumn: number,
): Issue[] {
  const issues: Issue[] = [];
  for (const control of controlTotals) {
    const actual = totalOf(control.dimension);
    for (const field of ["plannedBudget", "disbursed"] as const) {
      const expected = control[field];
      if (expected === undefined || expected === actual[field]) continue;
      const index = control.row === null ? null : columnOf(header, field);
      issues.push(
        makeIssue(
          "control-total-mismatch",
          {
            row: control.row,
            column: index === null ? null : firstColumn + index,
            field,
            text: control.cells && index !== null ? cellText(control.cells[index]) : String(expected / 100),
          },
          { expected, amount: actual[field], ...(control.dimension ? { dimension: control.dimension } : {}) },
        ),
      );
    }
  }
  return issues;
}
