/** Errors as Office.js raises them. */

/** An error as Office.js raises it: `code` is one of Excel.ErrorCodes. */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export function notLoaded(name: string): FakeExcelError {
  return new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
