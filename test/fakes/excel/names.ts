/** The workbook's names. */

import { FakeClientObject, FakeCollection } from "./proxy";

export class FakeNamedItemCollection extends FakeCollection<string, FakeNamedItem> {
  protected list(): string[] {
    return [...this.context.fake.names];
  }

  protected wrap(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => name);
  }
}

export class FakeNamedItem extends FakeClientObject<string> {
  protected readonly scalarNames = ["name"];

  protected snapshot(name: string): unknown {
    return name;
  }

  get name(): string {
    return this.read("name");
  }
}
