/** Conditional formats. */

import type { FakeConditionalFormat, RangeModel } from "./types";
import { FakeExcelError } from "./errors";
import { intersects } from "./address";
import { FakeSheet } from "./sheet";
import { FakeClientObject, FakeCollection } from "./proxy";
import { FakeRequestContext } from "./context";
import { FakeRange } from "./range";

/** The conditional formats that overlap a range, top priority first. */
export class FakeConditionalFormatCollection extends FakeCollection<
  FakeConditionalFormat,
  FakeConditionalFormatObject
> {
  constructor(
    context: FakeRequestContext,
    private readonly range: () => RangeModel,
  ) {
    super(context);
  }

  protected list(): FakeConditionalFormat[] {
    const { sheet, area } = this.range();
    return sheet.conditionalFormats.filter((format) => intersects(format.area, area));
  }

  /**
   * A rule's proxy names it by its place in the sheet's list (its priority), as Excel's does: after a
   * delete before it, the same proxy names the next rule down, or none.
   */
  protected wrap(format: FakeConditionalFormat): FakeConditionalFormatObject {
    const sheet = this.range().sheet;
    const place = sheet.conditionalFormats.indexOf(format);
    return new FakeConditionalFormatObject(
      this.context,
      () => sheet.conditionalFormats[place] ?? null,
      () => sheet,
    );
  }

  add(type: string): FakeConditionalFormatObject {
    let added: FakeConditionalFormat | null = null;
    this.context.enqueue(() => {
      const { sheet, area } = this.range();
      added = { id: this.context.fake.newId(), type, area };
      sheet.conditionalFormats.unshift(added);
      // Not documented either way; the fake assumes a rule change raises onChanged like a format does.
      sheet.apiChanged(area);
    });
    return new FakeConditionalFormatObject(
      this.context,
      () => added,
      () => this.range().sheet,
    );
  }

  /** Removes every rule overlapping the range, the user's included, as Excel does. */
  clearAll(): void {
    this.context.enqueue(() => {
      const { sheet } = this.range();
      for (const format of this.list())
        sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(format), 1);
    });
  }
}

export class FakeConditionalFormatObject extends FakeClientObject<FakeConditionalFormat> {
  protected readonly scalarNames = ["id", "type", "priority"];
  readonly custom = new FakeCustomConditionalFormat(this.context, () => {
    const format = this.resolve();
    if (format && format.type !== "Custom") {
      throw new FakeExcelError("InvalidOperation", `A ${format.type} rule has no custom part.`);
    }
    return format;
  });

  constructor(
    context: FakeRequestContext,
    private readonly format: () => FakeConditionalFormat | null,
    private readonly sheet: () => FakeSheet,
  ) {
    super(context, format);
  }

  /** Looked up at each step, not once: the proxy names a place in the list, whatever rule is there now. */
  override resolve(): FakeConditionalFormat | null {
    return this.format();
  }

  protected snapshot(format: FakeConditionalFormat, name: string): unknown {
    if (name === "id") return format.id;
    if (name === "type") return format.type;
    return this.sheet().conditionalFormats.indexOf(format);
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return name === "custom" ? this.custom : undefined;
  }

  get id(): string {
    return this.read("id");
  }

  get type(): string {
    return this.read("type");
  }

  get priority(): number {
    return this.read("priority");
  }

  delete(): void {
    this.enqueue((format) => {
      const list = this.sheet().conditionalFormats;
      const index = list.indexOf(format);
      if (index < 0) throw new FakeExcelError("ItemNotFound", "The conditional format is gone.");
      list.splice(index, 1);
      this.sheet().apiChanged(format.area);
    });
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, () => ({ sheet: this.sheet(), area: this.model().area }));
  }
}

export class FakeCustomConditionalFormat extends FakeClientObject<FakeConditionalFormat> {
  protected readonly scalarNames = [];
  readonly rule = new FakeConditionalFormatRule(this.context, () => this.resolve());
  readonly format = new FakeConditionalRangeFormat(this.context, () => this.resolve());

  protected snapshot(): unknown {
    return undefined;
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return name === "rule" ? this.rule : name === "format" ? this.format : undefined;
  }
}

export class FakeConditionalFormatRule extends FakeClientObject<FakeConditionalFormat> {
  protected readonly scalarNames = ["formula"];

  protected snapshot(format: FakeConditionalFormat): unknown {
    return format.formula ?? "";
  }

  get formula(): string {
    return this.read("formula");
  }

  set formula(formula: string) {
    this.enqueue((format) => {
      if (!formula.startsWith("="))
        throw new FakeExcelError("InvalidArgument", "A rule's formula starts with =.");
      format.formula = formula;
    });
  }
}

export class FakeConditionalRangeFormat extends FakeClientObject<FakeConditionalFormat> {
  protected readonly scalarNames = [];
  readonly fill = new FakeConditionalFill(this.context, () => this.resolve());

  protected snapshot(): unknown {
    return undefined;
  }

  protected override child(name: string): FakeClientObject<unknown> | undefined {
    return name === "fill" ? this.fill : undefined;
  }
}

export class FakeConditionalFill extends FakeClientObject<FakeConditionalFormat> {
  protected readonly scalarNames = ["color"];

  protected snapshot(format: FakeConditionalFormat): unknown {
    return format.fill ?? "";
  }

  set color(color: string) {
    this.enqueue((format) => {
      format.fill = color;
    });
  }
}
