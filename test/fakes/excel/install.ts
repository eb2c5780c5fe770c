/** Installs the fake as the globals Excel and Office. */

import type { FakeWorkbookSpec } from "./types";
import { FakeExcelError } from "./errors";
import { FakeWorkbook } from "./workbook";
import { FakeRequestContext } from "./context";

const reject = (): Promise<never> =>
  Promise.reject(new FakeExcelError("InvalidArgument", "Excel.run needs a batch function."));

/**
 * Installs the fake as the globals `Excel` and `Office` (Excel.run, document settings and
 * requirement sets) and returns its workbook for assertions.
 */
export function installFakeExcel(spec: FakeWorkbookSpec): FakeWorkbook {
  const workbook = new FakeWorkbook(spec);
  Object.assign(globalThis, {
    Excel: {
      run: <T>(
        first: FakeRequestContext | ((context: FakeRequestContext) => Promise<T>),
        second?: (context: FakeRequestContext) => Promise<T>,
      ) =>
        first instanceof FakeRequestContext ? workbook.run(first, second ?? reject) : workbook.run(first),
    },
    Office: {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        document: { settings: workbook.settings },
        requirements: {
          isSetSupported: (name: string, version = "1.1") =>
            name === "ExcelApi" && workbook.supports(version),
        },
      },
    },
  });
  return workbook;
}
