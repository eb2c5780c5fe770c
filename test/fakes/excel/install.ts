/** Installs the fake as the globals Excel and Office. */

import type { FakeWorkbookSpec } from "./types";
import { FakeExcelError } from "./errors";
import { FakeWorkbook, type FakeRunOptions } from "./workbook";
import { FakeRequestContext } from "./context";

const reject = (): Promise<never> =>
  Promise.reject(new FakeExcelError("InvalidArgument", "Excel.run needs a batch function."));

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

/**
 * Installs the fake as the globals `Excel` and `Office` (Excel.run, document settings and
 * requirement sets) and returns its workbook for assertions.
 */
export function installFakeExcel(spec: FakeWorkbookSpec): FakeWorkbook {
  const workbook = new FakeWorkbook(spec);
  Object.assign(globalThis, {
    Excel: {
      // Excel.run(batch), Excel.run(context, batch) and Excel.run(options, batch), as office.js takes them
      // (the last two alike here, but each its own overload of FakeWorkbook.run).
      run: <T>(first: FakeRequestContext | FakeRunOptions | Batch<T>, second?: Batch<T>) =>
        typeof first === "function"
          ? workbook.run(first)
          : first instanceof FakeRequestContext
            ? workbook.run(first, second ?? reject)
            : workbook.run(first, second ?? reject),
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
