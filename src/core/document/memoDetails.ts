/**
 * The report document's details as a user gives them (the command line's settings file, the pane's
 * saved fields): checked here once, so every host reads them alike (spec §10.2).
 */
import type { MemoDetails, Signer } from "./memoDocument";

/** Details read, with the files named for the emblem and the office's template, and what was wrong. */
export interface MemoSettings {
  readonly details: MemoDetails;
  /** A PNG or JPEG file for the emblem, as written (hosts resolve it). */
  readonly emblem?: string;
  /** The office's own memo template, a .docx with placeholders, as written. */
  readonly template?: string;
  /** One line per field that could not be used, naming it. */
  readonly problems: readonly string[];
}

const TEXT_FIELDS = ["department", "reference", "to", "emblem", "template"] as const;
const SIGNERS = ["author", "divisionHead", "deputy", "executive"] as const;
const KNOWN = new Set<string>([...TEXT_FIELDS, ...SIGNERS, "date", "proposals", "announcement"]);

/**
 * A date as "2023-12-25" or in the Buddhist era as "2566-12-25" (a year past 2400 is Buddhist); undefined
 * when it is no such date.
 */
export function readMemoDate(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]) > 2400 ? Number(match[1]) - 543 : Number(match[1]);
  const month = Number(match[2]) - 1;
  const day = Number(match[3]);
  const date = new Date(year, month, day);
  return date.getFullYear() === year && date.getMonth() === month && date.getDate() === day
    ? date
    : undefined;
}

function signerOf(value: unknown, field: string, problems: string[]): Signer | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    problems.push(`${field}: { "name": …, "position": … }`);
    return undefined;
  }
  const { name, position } = value as { name?: unknown; position?: unknown };
  const signer: { name?: string; position?: string } = {};
  if (typeof name === "string" && name.trim() !== "") signer.name = name.trim();
  else if (name !== undefined) problems.push(`${field}.name`);
  if (typeof position === "string" && position.trim() !== "") signer.position = position.trim();
  else if (position !== undefined) problems.push(`${field}.position`);
  return signer;
}

/** Reads the settings object; unknown and ill-typed fields are named in `problems`, never guessed at. */
export function readMemoSettings(value: unknown): MemoSettings {
  const problems: string[] = [];
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { details: {}, problems: ["{ … }"] };
  const input = value as Record<string, unknown>;
  for (const key of Object.keys(input)) if (!KNOWN.has(key)) problems.push(key);
  const text: Partial<Record<(typeof TEXT_FIELDS)[number], string>> = {};
  for (const field of TEXT_FIELDS) {
    const found = input[field];
    if (typeof found === "string" && found.trim() !== "") text[field] = found.trim();
    else if (found !== undefined) problems.push(field);
  }
  const details: { -readonly [K in keyof MemoDetails]: MemoDetails[K] } = {};
  if (text.department) details.department = text.department;
  if (text.reference) details.reference = text.reference;
  if (text.to) details.to = text.to;
  if (input.date !== undefined) {
    const date = typeof input.date === "string" ? readMemoDate(input.date) : undefined;
    if (date) details.date = date;
    else problems.push("date (YYYY-MM-DD)");
  }
  for (const field of SIGNERS) {
    const signer = signerOf(input[field], field, problems);
    if (signer) details[field] = signer;
  }
  const proposals = input.proposals;
  if (Array.isArray(proposals) && proposals.every((item) => typeof item === "string"))
    details.proposals = proposals.map((item: string) => item.trim()).filter((item) => item !== "");
  else if (proposals !== undefined) problems.push("proposals");
  if (typeof input.announcement === "boolean") details.announcement = input.announcement;
  else if (input.announcement !== undefined) problems.push("announcement");
  return {
    details,
    ...(text.emblem ? { emblem: text.emblem } : {}),
    ...(text.template ? { template: text.template } : {}),
    problems,
  };
}
