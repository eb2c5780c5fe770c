/**
 * The first row each item number was seen on, within one dimension: a number seen again is a
 * duplicate, flagged with its first row (spec §2.6).
 *
 * Plans number their items in increasing order. A number that sorts after every number of its kind
 * seen so far cannot be one of them: it is only listed, with no look-up. The first time a number of a
 * kind comes out of order, a map of that kind's list is made, and used for that kind from then on.
 * Kinds (by first digit, Arabic or Thai, and whether there is a dot) keep "7", "1.5" and "๑.๖" from
 * breaking each other's order when a plan mixes them; equal numbers are always of one kind.
 */
export class FirstRows {
  private readonly kinds: Kind[] = [];

  /** The first row `number` was seen on; undefined when it is new, and then `row` is kept as its first. */
  firstOrKeep(number: string, row: number): number | undefined {
    const index = kindOf(number);
    let kind = this.kinds[index];
    if (kind === undefined) {
      kind = { numbers: [], rows: [], firstRows: undefined };
      this.kinds[index] = kind;
    }
    if (kind.firstRows === undefined) {
      const { numbers, rows } = kind;
      if (numbers.length === 0 || sortsAfter(number, numbers[numbers.length - 1])) {
        numbers.push(number);
        rows.push(row);
        return undefined;
      }
      // Out of order: from now on this kind's numbers are looked up (those listed are all different).
      kind.firstRows = new Map();
      for (let i = 0; i < numbers.length; i++) kind.firstRows.set(numbers[i], rows[i]);
      numbers.length = 0;
      rows.length = 0;
    }
    const first = kind.firstRows.get(number);
    if (first === undefined) kind.firstRows.set(number, row);
    return first;
  }
}

/** One kind's numbers: listed in increasing order with their rows, or, once out of order, a map. */
interface Kind {
  readonly numbers: string[];
  readonly rows: number[];
  firstRows: Map<string, number> | undefined;
}

/** An order in which "1.9" comes before "1.10" and "9" before "10": shorter first, then by the text. */
function sortsAfter(number: string, last: string): boolean {
  return number.length > last.length || (number.length === last.length && number > last);
}

/** 0–5: the first character an Arabic digit, a Thai one or another, and a dot in the number or not. */
function kindOf(number: string): number {
  const first = number.charCodeAt(0);
  const script = first >= 0x30 && first <= 0x39 ? 1 : first >= 0x0e50 && first <= 0x0e59 ? 2 : 0;
  return script * 2 + (number.indexOf(".") >= 0 ? 1 : 0);
}
