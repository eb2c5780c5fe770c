/**
 * Several areas of one sheet (Excel.RangeAreas, ExcelApi 1.9), as Worksheet.getRanges gives them, and
 * selecting them (RangeAreas.select, ExcelApi 1.18).
 */

import type { FakeArea } from "./types";
import { FakeExcelError } from "./errors";
import { MAX_ADDRESS_LENGTH, fakeFormatAddress, fakeParseAddress, quoteSheet } from "./address";
import { FakeClientObject } from "./proxy";
import type { FakeSheet } from "./sheet";

export interface RangeAreasModel {
  readonly sheet: FakeSheet;
  readonly areas: readonly FakeArea[];
}

/**
 * "A4:H8, A10:H10" or "A4:H8; A10:H10" → its areas. Excel refuses an address over the limit, an empty
 * part and a part that is no address with InvalidArgument.
 */
export function fakeParseAreas(address: string): FakeArea[] {
  if (address.length > MAX_ADDRESS_LENGTH) {
    throw new FakeExcelError("InvalidArgument", "The address is longer than Excel takes.");
  }
  return address.split(/[,;]/).map((part) => {
    const trimmed = part.trim();
    if (trimmed === "") throw new FakeExcelError("InvalidArgument", `Not an address: ${address}`);
    return fakeParseAddress(trimmed);
  });
}

export class FakeRangeAreas extends FakeClientObject<RangeAreasModel> {
  protected readonly scalarNames = ["address", "areaCount"];

  protected snapshot({ sheet, areas }: RangeAreasModel, name: string): unknown {
    if (name === "areaCount") return areas.length;
    return areas.map((area) => `${quoteSheet(sheet.name)}!${fakeFormatAddress(area)}`).join(", ");
  }

  get address(): string {
    return this.read("address");
  }

  get areaCount(): number {
    return this.read("areaCount");
  }

  /** Selects every area at once: only on the active sheet, as Range.select. */
  select(): void {
    this.context.requires("1.18", "RangeAreas.select");
    this.enqueue(({ sheet, areas }) => {
      if (this.fake.activeSheet !== sheet) {
        throw new FakeExcelError("InvalidOperation", "Only ranges on the active sheet can be selected.");
      }
      this.fake.selection = { sheet: sheet.name, address: areas.map(fakeFormatAddress).join(", ") };
    });
  }
}
