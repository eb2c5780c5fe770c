/** Live re-checking: the user's edits of the plan reach the pane; the add-in's own writes do not. */
import { SAMPLE_SHEET, SAMPLE_TABLE, flagRule, planTemplate } from "../../src/core";
import { asOwnWrite, createExcelHost } from "../../src/hosts/officejs";
import type { PlanArea, PlanChange, SummaryWrite } from "../../src/hosts/planHost";
import { type FakeRequestContext, type FakeWorkbook, installFakeExcel } from "../fakes/excel";
import { sampleLayout, sampleReport, sampleSheet } from "./fixtures";

/** The fake stands for the subset of Excel.RequestContext the adapter uses. */
const asExcel = (context: FakeRequestContext) => context as unknown as Excel.RequestContext;

const plan = { sheet: SAMPLE_SHEET, table: SAMPLE_TABLE };
const area: PlanArea = { choice: plan, rule: flagRule(sampleReport())! };
const HOW: SummaryWrite = { automatic: true, incomplete: "…", printSetupFailed: "!" };

async function watching(apiVersion = "1.7") {
  const fake = installFakeExcel({ sheets: [sampleSheet(), { name: "อื่น" }], apiVersion });
  const host = createExcelHost();
  const changes: PlanChange[] = [];
  const unsubscribe = await host.watchPlan(plan, (change) => changes.push(change));
  return { fake, host, unsubscribe, calls: () => changes.length, changes };
}

describe("watchPlan", () => {
  test("registers in one sync; the user typing in the plan calls onChange, once per edit", async () => {
    const { fake, calls } = await watching();
    expect(fake.syncCount).toBe(1);

    fake.userEdit(SAMPLE_SHEET, "F9", 500);
    await fake.settle();
    expect(calls()).toBe(1);

    fake.userEdit(SAMPLE_SHEET, "G9", "ดำเนินการแล้วเสร็จ");
    await fake.settle();
    expect(calls()).toBe(2);
  });

  test("the event is delivered by Excel on its own, without the test asking", async () => {
    const { fake, calls } = await watching();

    fake.userEdit(SAMPLE_SHEET, "F9", 500);
    await new Promise((resolve) => setTimeout(resolve, 10));

    expect(calls()).toBe(1);
  });

  test.each(["1.7", "1.14"])(
    "at ExcelApi %s the add-in's own flagging does not call onChange",
    async (version) => {
      const { fake, host, calls } = await watching(version);

      await host.flagRows(area);
      await host.flagRows(area);
      await host.removeFlags(plan);
      await fake.settle();

      expect(calls()).toBe(0);
      // The flag rule really was written and removed on the watched sheet.
      expect(fake.sheet(SAMPLE_SHEET).conditionalFormats.map((f) => f.formula)).not.toContain(
        area.rule.formula,
      );
    },
  );

  test("the summary and a new template do not call onChange", async () => {
    const { fake, host, calls } = await watching();

    await host.writeSummary(sampleLayout(), HOW);
    await host.createTemplate(planTemplate());
    await fake.settle();

    expect(calls()).toBe(0);
  });

  test("an edit on another sheet does not call onChange", async () => {
    const { fake, calls } = await watching();

    fake.userEdit("อื่น", "A1", "x");
    await fake.settle();

    expect(calls()).toBe(0);
  });

  test("at ExcelApi 1.14 a user's edit typed while the add-in writes still calls onChange", async () => {
    // triggerSource tells the user's edit from the add-in's own; the guard alone would drop it.
    const { fake, calls } = await watching("1.14");

    await fake.run((context) =>
      asOwnWrite(asExcel(context), async () => {
        fake.userEdit(SAMPLE_SHEET, "F11", 1);
        await fake.settle();
      }),
    );

    expect(calls()).toBe(1);
  });

  test("activating the plan's sheet asks for a re-check (a list pick may raise no change event)", async () => {
    const { fake, calls, changes } = await watching();

    fake.userActivates("อื่น");
    await fake.settle();
    expect(calls()).toBe(0);
    fake.userActivates(SAMPLE_SHEET);
    await fake.settle();

    expect(calls()).toBe(1);
    expect(changes).toEqual(["looked"]);
  });

  test("a co-author's edit calls onChange even while the add-in is writing, saying whose it is", async () => {
    const { fake, calls, changes } = await watching();

    await fake.run((context) =>
      asOwnWrite(asExcel(context), async () => {
        fake.userEdit(SAMPLE_SHEET, "F10", 1, { source: "Remote" });
        fake.userEdit(SAMPLE_SHEET, "F11", 1);
        await fake.settle();
      }),
    );

    expect(calls()).toBe(1);
    expect(changes).toEqual(["remote"]);
    fake.userEdit(SAMPLE_SHEET, "F11", 2);
    await fake.settle();
    expect(changes).toEqual(["remote", "edited"]);
  });

  test("after unsubscribing nothing calls onChange, and the handler is gone from Excel", async () => {
    const { fake, unsubscribe, calls } = await watching();
    expect(fake.handlerCount).toBe(2);

    await unsubscribe();
    await unsubscribe();
    fake.userEdit(SAMPLE_SHEET, "F9", 500);
    await fake.settle();

    expect(calls()).toBe(0);
    expect(fake.handlerCount).toBe(0);
  });

  test("a plan sheet that is gone is not-found", async () => {
    installFakeExcel({ sheets: [sampleSheet()] });

    await expect(createExcelHost().watchPlan({ sheet: "ลบแล้ว" }, () => undefined)).rejects.toMatchObject({
      kind: "not-found",
    });
  });
});

describe("the guard on the add-in's own writes", () => {
  /** Writes a cell of the plan under the guard, with or without the round trip that lets its events in. */
  async function ownWrite(fake: FakeWorkbook, settle: boolean) {
    await fake.run((context) =>
      asOwnWrite(
        asExcel(context),
        async () => {
          context.workbook.worksheets.getItem(SAMPLE_SHEET).getRange("H9").values = [["x"]];
          await context.sync();
        },
        settle,
      ),
    );
    await fake.settle();
  }

  test("events arrive after the write's own sync, so the guard stays up for one more round trip", async () => {
    const { fake, calls } = await watching();

    await ownWrite(fake, true);
    expect(calls()).toBe(0);

    // Lowered straight after the write, the guard misses the write's own event.
    await ownWrite(fake, false);
    expect(calls()).toBe(1);
  });
});
