/**
 * Sub-dimension headings (spec §9.1): a numbered row such as "๑.๑ การสร้างจิตสำนึก…" above items
 * numbered 1.1.1, 1.1.2 is a section row, not a project. Its number is the parent of theirs.
 */
import { readableSatang } from "../cells/amounts";
import type { Header } from "./columns";
import { readSectionText } from "./dimension";
import { type Cell, type Grid, cellText, isBlank } from "../cells/grid";
import { tidy } from "../cells/text";

/** An item or heading number read from the start of a cell: "๑.๑" → [1, 1]; "1.2.3)" → [1, 2, 3]. */
export interface ItemNumber {
  readonly parts: readonly number[];
  /** The text after the number ("การสร้างจิตสำนึก…"), tidied; "" when the cell holds the number alone. */
  readonly rest: string;
}

/** A number of one to six parts, then a dot, a bracket, a space or the end. */
const NUMBER = /^(\d{1,4}(?:\.\d{1,4}){0,5})(?:\.?\)|\.(?=\s|$))?(?:\s+(.*))?$/;

const STARTS_WITH_DIGIT = /^\s*[0-9\u0E50-\u0E59]/;

/** The number a cell starts with, Thai or Arabic digits; undefined when it starts with none. */
export function readItemNumber(cell: Cell | undefined): ItemNumber | undefined {
  if (typeof cell === "number") {
    // A number cell of 1.1 is how Excel keeps a typed "1.1"; 1.10 cannot be told from 1.1.
    return Number.isFinite(cell) && cell > 0 ? readItemNumber(String(cell)) : undefined;
  }
  // Most texts (names, "มิติที่ 1 …") start with a letter: skip tidying them.
  if (typeof cell !== "string" || !STARTS_WITH_DIGIT.test(cell)) return undefined;
  const match = NUMBER.exec(tidy(cell));
  if (!match) return undefined;
  return { parts: match[1].split(".").map(Number), rest: (match[2] ?? "").trim() };
}

/** "1.1" for [1, 1]: the Arabic form every heading is keyed by. */
export function numberKey(parts: readonly number[]): string {
  return parts.join(".");
}

/** Whether `child` lies under `parent`: it starts with all of parent's parts and has more. */
export function isChildNumber(parent: readonly number[], child: readonly number[]): boolean {
  if (child.length <= parent.length) return false;
  return parent.every((part, i) => child[i] === part);
}

/** A heading row of the plan. */
export interface Heading {
  /** Worksheet row (1-based). */
  readonly row: number;
  /** Arabic digits, dot-separated: "1.1". */
  readonly number: string;
  /** 2 for "1.1", 3 for "1.1.1". */
  readonly depth: number;
  /** The heading's text without its number. */
  readonly title: string;
}

/** The headings of a plan, and which heading each grid row falls under. */
export interface Headings {
  /** By index into grid.rows. */
  readonly byIndex: ReadonlyMap<number, Heading>;
  /** The deepest heading a grid row falls under ("1.1.2"), or "" when none. */
  readonly under: (index: number) => string;
}

const NONE: Headings = { byIndex: new Map(), under: () => "" };

interface Candidate {
  readonly number: ItemNumber;
  readonly title: string;
}

/** The number of a row and its title: from the `no` cell, else from the start of the name or only text. */
function rowNumber(cells: readonly Cell[], noIndex: number | undefined, nameIndex: number | undefined) {
  const fromNo = noIndex === undefined ? undefined : readItemNumber(cells[noIndex]);
  const nameText = nameIndex === undefined ? "" : tidy(cellText(cells[nameIndex]));
  if (fromNo) return { number: fromNo, title: fromNo.rest || nameText };
  const first = nameText !== "" ? nameText : cells.find((cell) => typeof cell === "string" && !isBlank(cell));
  const fromText = readItemNumber(first);
  return fromText && fromText.rest !== "" ? { number: fromText, title: fromText.rest } : undefined;
}

/**
 * Finds the heading rows under a header: a row whose number is the parent of the next numbered
 * row's number, with nothing in the amount and status columns (nor in `alsoBlank`, such as the
 * other years' budget columns). Any depth; "๑.๑" is the parent of
 * "1.1.1". A "มิติที่ N" row closes every open heading.
 */
export function findHeadings(grid: Grid, header: Header, alsoBlank: readonly number[] = []): Headings {
  const { columns, ticks } = header;
  const amounts = [columns.plannedBudget, columns.disbursed].filter((i): i is number => i !== undefined);
  const statuses = [columns.status, ...ticks.map((tick) => tick.index)];
  const quiet = [...amounts, ...statuses]
    .concat(columns.ordinanceBudget, columns.developmentPlanBudget, alsoBlank)
    .filter((index): index is number => index !== undefined);
  const noStatus = statuses.filter((index): index is number => index !== undefined);
  const first = header.index + header.height;
  let previous: { index: number; candidate: Candidate } | undefined;
  const found = new Map<number, Heading>();
  /** Headings that carry amounts: kept only where their items add up to them. */
  const carrying: number[] = [];
  for (let r = first; r < grid.rows.length; r++) {
    const cells = grid.rows[r];
    // A heading may carry its subtotal: amounts, but no status of its own. The status columns are among
    // the quiet ones: a status, as most rows have, settles it at once.
    const bare = allBlank(cells, noStatus) && (allBlank(cells, quiet) || !allBlank(cells, amounts));
    // Most rows are projects with amounts and no open candidate above them: nothing to read.
    if (!bare && !previous) continue;
    if (bare && cells.every(isBlank)) continue;
    const numbered = rowNumber(cells, columns.no, columns.name);
    if (!numbered) {
      previous = undefined;
      continue;
    }
    if (previous && isChildNumber(previous.candidate.number.parts, numbered.number.parts)) {
      const { index, candidate } = previous;
      const parts = candidate.number.parts;
      found.set(index, {
        row: grid.firstRow + index,
        number: numberKey(parts),
        depth: parts.length,
        title: candidate.title,
      });
      if (!allBlank(grid.rows[index], amounts)) carrying.push(index);
    }
    previous = bare ? { index: r, candidate: { number: numbered.number, title: numbered.title } } : undefined;
  }
  for (const index of carrying) {
    if (!addsUpUnder(grid, index, found, amounts, columns.no, columns.name)) found.delete(index);
  }
  if (found.size === 0) return NONE;
  return { byIndex: found, under: placeUnder(grid, first, found) };
}

/**
 * Whether a heading's amounts are what the items under it add up to (the rows numbered under its
 * number that are not headings themselves): the evidence that a row with amounts and no status is a
 * heading carrying its subtotal (spec §2.5), not a project that forgot its status.
 */
function addsUpUnder(
  grid: Grid,
  index: number,
  found: ReadonlyMap<number, Heading>,
  amounts: readonly number[],
  noIndex: number | undefined,
  nameIndex: number | undefined,
): boolean {
  const parts = found.get(index)?.number.split(".").map(Number) ?? [];
  const sums = amounts.map(() => 0);
  for (let r = index + 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r];
    if (cells.every(isBlank)) continue;
    const numbered = rowNumber(cells, noIndex, nameIndex);
    if (!numbered || !isChildNumber(parts, numbered.number.parts)) break;
    if (found.has(r)) continue;
    amounts.forEach((column, i) => (sums[i] += readableSatang(cells[column]) ?? 0));
  }
  return amounts.every((column, i) => {
    const own = readableSatang(grid.rows[index][column]);
    return own === undefined || own === sums[i];
  });
}

/** Whether every one of these cells is blank (a plain loop: it runs once per row of the plan). */
function allBlank(cells: readonly Cell[], indices: readonly number[]): boolean {
  for (let i = 0; i < indices.length; i++) {
    const cell = cells[indices[i]];
    if (cell !== null && cell !== undefined && !isBlank(cell)) return false;
  }
  return true;
}

/** Which heading each row falls under, by position: the open headings form a stack. */
function placeUnder(
  grid: Grid,
  first: number,
  found: ReadonlyMap<number, Heading>,
): (index: number) => string {
  const under: string[] = [];
  let open: Heading[] = [];
  for (let r = 0; r < grid.rows.length; r++) {
    const heading = found.get(r);
    if (heading) {
      const parts = heading.number.split(".").map(Number);
      open = open.filter((o) => isChildNumber(o.number.split(".").map(Number), parts));
      open.push(heading);
    } else if (r >= first && closesHeadings(grid.rows[r])) {
      open = [];
    }
    under.push(open.length === 0 ? "" : open[open.length - 1].number);
  }
  return (index) => under[index] ?? "";
}

/** A "มิติที่ N" section row. */
function closesHeadings(cells: readonly Cell[]): boolean {
  const text = cells.find((cell) => typeof cell === "string" && !isBlank(cell));
  return typeof text === "string" && readSectionText(text) !== undefined;
}
