import { freeSheetName, freeTableName } from "../../src/core";

describe("names for what the product adds", () => {
  it("keeps the name when it is free, else takes the first free variant, ignoring case as Excel does", () => {
    expect(freeSheetName("สรุปผล", ["แผน"])).toBe("สรุปผล");
    expect(freeSheetName("สรุปผล", ["สรุปผล", "สรุปผล (2)"])).toBe("สรุปผล (3)");
    expect(freeSheetName("Summary", ["summary"])).toBe("Summary (2)");
  });

  it("numbers table names without spaces or brackets", () => {
    expect(freeTableName("PlanProjects", ["planprojects", "PlanProjects2"])).toBe("PlanProjects3");
  });
});
