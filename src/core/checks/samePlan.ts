/**
 * The same plan given twice to a roll-up (spec §8, §8.1): a plan beside its own `summarize --write`
 * copy, its CSV export, or one file under two names. Decided by evidence — the same office, fiscal
 * year and round, and the same project rows — so nothing is added twice in silence; the same office
 * and year with different rows is a question for the user, never a guess.
 */
import { type Cell, cellText } from "../cells/grid";
import type { OfficeSummary, Unreadable } from "../summary/rollup";
import type { Lang } from "../words/messages";
import { ROLLUP_SHEET_WORDS } from "../words/rollupWords";
import { SUMMARY_WORDS } from "../words/summaryWords";
import { tidy } from "../cells/text";

/** How far down the product's summary sheet its table's header row may be: titles, office, period, status. */
const SUMMARY_HEADER_ROWS = 5;

/**
 * Whether a sheet is the product's summary sheet, from its first rows (spec §6, §8): the summary's
 * title alone in A1, and under it the table's header beginning with the dimension and the projects
 * columns, in one language. What `summarize --write` and the add-in add beside the plan, so a
 * workbook holding one is a written copy of its plan.
 */
export function isSummarySheet(rows: readonly (readonly Cell[])[]): boolean {
  const text = (r: number, c: number) => tidy(cellText(rows[r]?.[c]));
  return Object.values(SUMMARY_WORDS).some(
    (words) =>
      text(0, 0) === words.title &&
      rows
        .slice(1, SUMMARY_HEADER_ROWS + 1)
        .some((_, i) => text(i + 1, 0) === words.dimension && text(i + 1, 1) === words.projects),
  );
}

/** A sheet of a workbook, by name, with its first rows read when first asked for. */
export interface SheetHead {
  readonly name: string;
  /** The sheet's first rows (six, from A1, two columns are enough), read when first asked for. */
  readonly firstRows: () => readonly (readonly Cell[])[];
}

/**
 * Whether a workbook holds, beside the plan's sheet, the product's summary sheet (spec §8): a
 * `summarize --write` copy, or a plan the add-in wrote its summary into. Among the same plan given
 * twice, the original is kept over such a copy (see {@link samePlans}). Sheets are read in order and
 * only until one is found.
 */
export function holdsSummarySheet(sheets: readonly SheetHead[], planSheet: string | undefined): boolean {
  return sheets.some((sheet) => sheet.name !== planSheet && isSummarySheet(sheet.firstRows()));
}

/** An office left out because another is the same plan. */
export interface SamePlan {
  readonly file: string;
  /** The file (or place) kept. */
  readonly sameAs: string;
}

/** An office with another, different plan of the same office and year: which one to use is asked. */
export interface WhichPlan {
  readonly file: string;
  /** The other plans of the same office and year, in the order given. */
  readonly others: readonly string[];
  readonly organisation: string;
  readonly fiscalYear?: number;
}

export interface SamePlans {
  /** The offices to add up, in the order given. */
  readonly kept: OfficeSummary[];
  readonly duplicates: SamePlan[];
  /** Empty unless asked for (`askWhichPlan`). */
  readonly questions: WhichPlan[];
}

/** The organisation as the title lines name it, as text reads (spaces, invisible marks aside); "" for none. */
const officeKey = (office: OfficeSummary) => tidy(office.organisation ?? "");

/**
 * The offices a roll-up adds, each plan once (spec §8). One office and year is the same organisation
 * (or none named by either), the same round and the same fiscal year (a plan stating none agrees with
 * any, as in §8). Two offices of one office and year with the same project rows (a fingerprint other
 * than "") are one plan: the original is kept over a written copy (a workbook holding the summary
 * sheet), else the first in the order given, and the others are listed as the same plan as it. With
 * `askWhichPlan`, plans of one named office and year whose rows differ are a question: none of them
 * is added.
 */
export function samePlans(
  offices: readonly OfficeSummary[],
  options: { readonly askWhichPlan: boolean },
): SamePlans {
  // Offices of other organisations or rounds are never one plan: only those of one group are compared.
  const groups = new Map<string, { office: OfficeSummary; index: number }[]>();
  offices.forEach((office, index) => {
    const key = `${office.round}\u0000${officeKey(office)}`;
    const group = groups.get(key);
    if (group) group.push({ office, index });
    else groups.set(key, [{ office, index }]);
  });
  const sameYear = (a: OfficeSummary, b: OfficeSummary) =>
    a.fiscalYear === undefined || b.fiscalYear === undefined || a.fiscalYear === b.fiscalYear;
  const plans: { office: OfficeSummary; index: number }[] = [];
  const duplicates: SamePlan[] = [];
  const questions: WhichPlan[] = [];
  for (const group of groups.values()) {
    // The original before a written copy, else the first given.
    const preferred = [...group].sort(
      (a, b) =>
        Number(a.office.summaryCopy === true) - Number(b.office.summaryCopy === true) || a.index - b.index,
    );
    const distinct: typeof group = [];
    const byFingerprint = new Map<string, typeof group>();
    for (const entry of preferred) {
      const { office } = entry;
      const same = byFingerprint.get(office.fingerprint)?.find((plan) => sameYear(plan.office, office));
      if (same) {
        duplicates.push({ file: office.file, sameAs: same.office.file });
        continue;
      }
      distinct.push(entry);
      // A plan without project rows has nothing to compare.
      if (office.fingerprint === "") continue;
      const alike = byFingerprint.get(office.fingerprint);
      if (alike) alike.push(entry);
      else byFingerprint.set(office.fingerprint, [entry]);
    }
    distinct.sort((a, b) => a.index - b.index);
    for (const entry of distinct) {
      const { office } = entry;
      const others =
        options.askWhichPlan && officeKey(office) !== ""
          ? distinct.filter(
              (plan) =>
                plan !== entry &&
                plan.office.fingerprint !== office.fingerprint &&
                sameYear(plan.office, office),
            )
          : [];
      if (others.length === 0) {
        plans.push(entry);
        continue;
      }
      const fiscalYear =
        office.fiscalYear ?? others.find((plan) => plan.office.fiscalYear)?.office.fiscalYear;
      questions.push({
        file: office.file,
        others: others.map((plan) => plan.office.file),
        organisation: office.organisation ?? "",
        ...(fiscalYear === undefined ? {} : { fiscalYear }),
      });
    }
  }
  return {
    kept: plans.sort((a, b) => a.index - b.index).map((plan) => plan.office),
    duplicates,
    questions,
  };
}

/** The offices left out, as the roll-up lists files not read: each with its reason, in `lang`. */
export function notAddedTwice(same: SamePlans, lang: Lang): Unreadable[] {
  const words = ROLLUP_SHEET_WORDS[lang];
  return [
    ...same.duplicates.map(({ file, sameAs }) => ({ file, reason: words.samePlan(sameAs) })),
    ...same.questions.map(({ file, others, organisation, fiscalYear }) => ({
      file,
      reason: words.whichPlan([file, ...others], organisation, fiscalYear),
    })),
  ];
}
