/**
 * @jest-environment jsdom
 *
 * The fake's estimate of a request's size (test/fakes/excel/context.ts) against the request office.js
 * itself builds for the same calls: the npm copy of office.js runs in jsdom, its context's sync is
 * replaced by one that measures the JSON it would send (ClientRequestBase.buildRequestMessageBodyAndRequestFlags)
 * instead of sending it. Excel on the web refuses a request over 5 MB, so the fake's refusal is only
 * as good as this estimate.
 */
import { readFileSync } from "node:fs";
import type { SummaryLayout } from "../../src/core";
import { summaryLayout } from "../../src/core";
import { type OwnedWrite, writeOwnedSheet } from "../../src/hosts/officejs/ownedSheet";
import { paintChart } from "../../src/hosts/officejs/summaryChart";
import { installFakeExcel } from "../fakes/excel";
import { NOT_DONE, officePlanRows, sampleLayout, sampleReport, sampleSheet } from "./fixtures";

interface OfficeJsContext {
  readonly _pendingRequest: { buildRequestMessageBodyAndRequestFlags(): { body: unknown } };
  m_pendingRequest: unknown;
  sync: () => Promise<void>;
}

/** office.js's Excel namespace, loaded once into this test's window. */
function officeJs(): typeof Excel {
  const window = globalThis as unknown as { eval: (code: string) => void; Excel?: typeof Excel };
  if (!window.Excel) {
    window.eval(readFileSync(require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js"), "utf8"));
  }
  if (!window.Excel) throw new Error("office.js did not load");
  return window.Excel;
}

const place = { names: [], mark: "IntegrityPlan.Summary", markAt: "A4" };
const how = (layout: SummaryLayout): OwnedWrite => ({
  incomplete: "เขียนไม่ครบ",
  printSetupFailed: "!",
  activate: true,
  after: (sheet) => paintChart(sheet, layout.chart),
});
const total = (sizes: readonly number[]) => sizes.reduce((sum, bytes) => sum + bytes, 0);

/** The bytes of each request office.js would send for the summary's write on a new sheet. */
async function officeJsRequests(excel: typeof Excel, layout: SummaryLayout): Promise<number[]> {
  const context = new excel.RequestContext();
  const office = context as unknown as OfficeJsContext;
  const sizes: number[] = [];
  office.sync = async () => {
    const { body } = office._pendingRequest.buildRequestMessageBodyAndRequestFlags();
    sizes.push(Buffer.byteLength(JSON.stringify(body), "utf8"));
    office.m_pendingRequest = null;
  };
  // Nothing comes back from a request never sent: the sheet's name and id, read last, are not there.
  await writeOwnedSheet(context, layout, place, how(layout)).catch(() => undefined);
  return sizes;
}

/** The same write on the fake, as the fake counts it. */
async function fakeRequests(layout: SummaryLayout): Promise<number[]> {
  const fake = installFakeExcel({ sheets: [sampleSheet()] });
  await fake.run((context) =>
    writeOwnedSheet(context as unknown as Excel.RequestContext, layout, place, how(layout)),
  );
  return fake.requestSizes;
}

describe("the fake's request size", () => {
  const excel = officeJs();

  test.each([
    ["the sample", sampleLayout()],
    [
      "300 projects not carried out",
      summaryLayout(sampleReport(officePlanRows("เทศบาลตำบลทดสอบ", Array(300).fill(NOT_DONE)))),
    ],
  ])("for the summary's write of %s is within 5%% of office.js's own request", async (_name, layout) => {
    const real = total(await officeJsRequests(excel, layout));
    const counted = total(await fakeRequests(layout));

    expect(Math.abs(counted - real) / real).toBeLessThan(0.05);
  });
});
