/**
 * The fake counts a request as office.js builds it (test/fakes/excel/context.ts): every property set and
 * method call, with the object paths it goes through, not only values and number formats.
 */
import { FakeWorkbook } from "../fakes/excel";

const workbook = () => new FakeWorkbook({ sheets: [{ name: "แผน" }], apiVersion: "1.9" });

describe("the fake's request", () => {
  test("formats alone count: 20,000 rows made bold one by one are over Excel on the web's 5 MB", async () => {
    const fake = workbook();

    const painted = fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("แผน");
      for (let row = 0; row < 20_000; row++) sheet.getRangeByIndexes(row, 0, 1, 8).format.font.bold = true;
      await context.sync();
    });

    await expect(painted).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.requestSizes[0]).toBeGreaterThan(5_000_000);
  });

  test("an object is sent once per request, however many of its properties are set", async () => {
    const fake = workbook();

    await fake.run(async (context) => {
      const font = context.workbook.worksheets.getItem("แผน").getRange("A1").format.font;
      font.bold = true;
      await context.sync();
      font.bold = true;
      font.italic = true;
      font.size = 14;
      await context.sync();
    });

    const [one, three] = fake.requestSizes;
    // The second request sends the same four objects (sheet, range, format, font) for three actions.
    expect(three - one).toBeGreaterThan(0);
    expect(three - one).toBeLessThan(one);
  });

  test("merges, row heights, page setup and charts are counted too", async () => {
    const fake = workbook();

    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("แผน");
      const range = sheet.getRange("A1:B2");
      range.merge(false);
      range.format.rowHeight = 20;
      sheet.pageLayout.orientation = "Landscape";
      sheet.charts.add("BarClustered", range, "Columns");
      await context.sync();
    });

    // Four actions and their objects, about 120 and 140 bytes each.
    expect(fake.requestSizes[0]).toBeGreaterThan(4 * 120 + 5 * 140);
  });
});
