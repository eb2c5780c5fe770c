/** The summary's provenance block (spec §7): the rows behind each dimension, under the list. */
import { summaryLayout } from "../../src/core";
import { provenanceLines } from "../../src/core/summary/trace";
import { sampleReport } from "../excel/fixtures";

describe("the provenance block", () => {
  const report = sampleReport();

  test.each(["th", "en"] as const)(
    "in %s: a heading, then each line merged across the table, wrapped",
    (lang) => {
      const layout = summaryLayout(report, { lang, withMemo: true });
      const lines = provenanceLines(report, lang);
      const heading = layout.cells.find((cell) => cell.value === lines[0]);
      expect(heading?.style).toBe("heading");
      const top = heading!.row;
      lines.forEach((text, i) => {
        const cell = layout.cells.find((c) => c.row === top + i && c.column === 0);
        expect(cell?.value).toBe(text);
        if (i > 0) expect(layout.looks[cell!.style].wrap).toBe(true);
        expect(layout.merges).toContainEqual({
          top: top + i,
          left: 0,
          bottom: top + i,
          right: layout.columnCount - 1,
        });
        expect(layout.rowHeights[top + i]).toBeGreaterThan(0);
      });
      // Under the list of projects not carried out, above the memo.
      const listHeading = layout.cells.find((cell) => cell.style === "heading");
      expect(listHeading!.row).toBeLessThan(top);
      const memo = layout.cells.filter((cell) => cell.style === "memo");
      expect(memo.length).toBeGreaterThan(0);
      expect(memo.every((cell) => cell.row > top + lines.length)).toBe(true);
      // One line per dimension at least, naming rows.
      expect(lines.length).toBeGreaterThanOrEqual(5);
    },
  );
});
