/**
 * The first row each item number was seen on, within one dimension: a number seen again is a
 * duplicate, flagged with its first row (spec §2.6).
 *
 * Plans number their items in increasing order. A number that sorts after every number of its kind
 * seen so far cannot be one of them: it is only listed, with no look-up. The first time a number of a
 * kind comes out of order, a map of that kind's list is made, and used for that kind from then on.
 * Kinds (by first digit, Arabic or Thai, and whether there is a dot) keep "7", "1.5" and "๑.๖" from
 * breaking each other's order when a plan mixes them; equal numbers are always of one kind.
 *
 * Given `earlier`, a way to go over the numbers already seen (in order, with their rows), nothing is
 * listed: only each kind's last number is kept, and the map is made from `earlier` if the order breaks.
 * A plan's rows are kept anyway, so a large plan needs no second list of its numbers.
 */
export class FirstRows {
  private readonly kinds: Kind[] = [];

  constructor(private readonly earlier?: (visit: (number: string, row: number) => void) => void) {}

  /** The first row `number` was seen on; undefined when it is new, and then `row` is kept as its first. */
  firstOrKeep(number: string, row: number): number | undefined {
    const index = kindOf(number);
    let kind = this.kinds[index];
    if (kind === undefined) {
      kind = { numbers: [], rows: [], last: undefined, firstRows: undefined };
      this.kinds[index] = kind;
    }
    if (kind.firstRows === undefined) {
      if (kind.last === undefined || sortsAfter(number, kind.last)) {
        kind.last = number;
        if (this.earlier === undefined) {
          kind.numbers.push(number);
          kind.rows.push(row);
        }
        return undefined;
      }
      // Out of order: from now on this kind's numbers are looked up (those seen so far are all different).
      kind.firstRows = this.seenOf(kind, index);
    }
    const first = kind.firstRows.get(number);
    if (first === undefined) kind.firstRows.set(number, row);
    return first;
  }

  /** The numbers of a kind seen so far, with their rows. */
  private seenOf(kind: Kind, index: number): Map<string, number> {
    const seen = new Map<string, number>();
    if (this.earlier === undefined) {
      for (let i = 0; i < kind.numbers.length; i++) seen.set(kind.numbers[i], kind.rows[i]);
      kind.numbers.length = 0;
      kind.rows.length = 0;
    } else {
      this.earlier((number, row) => {
        if (kindOf(number) === index && !seen.has(number)) seen.set(number, row);
      });
    }
    return seen;
  }
}

/** One kind's numbers: listed in increasing order with their rows, or, once out of order, a map. */
interface Kind {
  readonly numbers: string[];
  readonly rows: number[];
  /** The last (highest) number seen while in order. */
  last: string | undefined;
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
