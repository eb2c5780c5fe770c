/** Spec §7: every counted figure of the summary table knows where it stands and which rows it counts. */
import fc from "fast-check";
import { type Cell, type Round, SAMPLE_GRID, analyzePlan, summaryLayout, tracedCells } from "../../src/core";
import { TRACED, traceReport } from "../../src/core/summary/trace";
import { DIM_HEAD, DONE, IN_PROGRESS, NOT_DONE, NOT_STARTED, analyze, project } from "./helpers";

const STATUSES = [DONE, IN_PROGRESS, NOT_STARTED, NOT_DONE, "ยกเลิก"];

describe("the traced figures of the summary table", () => {
  it("finds the sample's counted figures where the table shows them, each with as many rows as it says", () => {
    const report = analyzePlan(SAMPLE_GRID)!;
    const layout = summaryLayout(report);
    const cells = tracedCells(report, layout);
    // 12-month round, nothing in progress: projects, completed and not carried out, four dimensions and the total.
    expect(cells).toHaveLength(3 * 5);
    expect(new Set(cells.map((cell) => cell.figure))).toEqual(new Set(["projects", "completed", "notDone"]));
    const total = cells.filter((cell) => cell.dimension === null);
    expect(total.map((cell) => cell.row)).toEqual([
      layout.table.bottom,
      layout.table.bottom,
      layout.table.bottom,
    ]);
    const trace = traceReport(report);
    expect(total.find((cell) => cell.figure === "notDone")?.rows).toEqual(trace.total.notDone);
    expect(cells.find((cell) => cell.dimension === 1 && cell.figure === "projects")?.rows).toEqual(
      trace.dimensions[0].projects,
    );
  });

  it("for any plan and round, stands on the layout's number cell that counts exactly its rows", () => {
    const rowArb = fc.record({
      dimension: fc.constantFrom(1, 2, 3, 4, null),
      status: fc.constantFrom(...STATUSES),
    });
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 25 }),
        fc.constantFrom<Round>(6, 12),
        (rows, round) => {
          const grid: Cell[][] = [
            [...DIM_HEAD],
            ...rows.map((row, i) => project(row.dimension, `โครงการ ${i + 1}`, 100, 50, row.status)),
          ];
          const report = analyze(grid, { round });
          const layout = summaryLayout(report);
          const cells = tracedCells(report, layout);
          for (const traced of cells) {
            const shown = layout.cells.find(
              (cell) => cell.row === traced.row && cell.column === traced.column,
            );
            expect(shown?.value).toBe(traced.rows.length);
            const heading = layout.cells.find(
              (cell) => cell.row === layout.table.top && cell.column === traced.column,
            );
            expect(heading?.style).toBe("header");
          }
          // Every counted column of the table, on each of its five rows.
          const counted = new Set(cells.map((cell) => cell.figure));
          expect(cells).toHaveLength(counted.size * 5);
          for (const figure of counted) expect(TRACED).toContain(figure);
          // The official table's columns in either round: in progress and not started have none.
          expect(counted).toEqual(new Set(["projects", "completed", "notDone"]));
        },
      ),
      { numRuns: 60 },
    );
  });
});
