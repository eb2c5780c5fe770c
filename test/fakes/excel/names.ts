/**
 * The workbook's names (Workbook.names, ExcelApi 1.4): names the spec lists as taken, and names added
 * with what they refer to, whose references follow a renamed sheet (userRenamesSheet).
 */

import { FakeExcelError } from "./errors";
import { MAX_COLUMNS, fakeFormatAddress, quoteSheet } from "./address";
import { FakeClientObject, FakeCollection } from "./proxy";
import type { FakeRange } from "./range";

/** A range as a name's formula: "='แผน'!$A$1:$H$24", a whole sheet "='แผน'!$1:$1048576" as Excel writes it. */
function referenceOf(range: FakeRange): string {
  const model = range.resolve();
  if (!model) throw new FakeExcelError("ItemNotFound", "The range does not exist.");
  const { sheet, area } = model;
  const sheetRef = `=${quoteSheet(sheet.name)}!`;
  if (area.left === 0 && area.right === MAX_COLUMNS - 1)
    return `${sheetRef}$${area.top + 1}:$${area.bottom + 1}`;
  return sheetRef + fakeFormatAddress(area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

export class FakeNamedItemCollection extends FakeCollection<string, FakeNamedItem> {
  protected list(): string[] {
    return [...this.context.fake.names, ...this.context.fake.definedNames.keys()];
  }

  protected wrap(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => name);
  }

  /** Excel refuses a name already taken, or not a valid name. */
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    void comment;
    this.context.enqueue(
      () => {
        const { fake } = this.context;
        if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name))
          throw new FakeExcelError("InvalidArgument", `Not a valid name: ${name}`);
        if (this.list().some((taken) => taken.toLowerCase() === name.toLowerCase()))
          throw new FakeExcelError("ItemAlreadyExists", `The name ${name} is taken.`);
        fake.definedNames.set(name, typeof reference === "string" ? reference : referenceOf(reference));
      },
      { on: this, args: [name] },
    );
    return this.getItemOrNullObject(name);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => {
      const found = this.list().find((taken) => taken.toLowerCase() === name.toLowerCase());
      return found ?? null;
    });
  }
}

export class FakeNamedItem extends FakeClientObject<string> {
  protected readonly scalarNames = ["name", "formula"];

  protected snapshot(name: string, property: string): unknown {
    // A name the spec only lists as taken refers to nothing the fake knows.
    return property === "name" ? name : (this.context.fake.definedNames.get(name) ?? "=#REF!");
  }

  get name(): string {
    return this.read("name");
  }

  get formula(): string {
    return this.read("formula");
  }

  delete(): void {
    this.enqueue((name) => {
      this.context.fake.definedNames.delete(name);
    });
  }
}
