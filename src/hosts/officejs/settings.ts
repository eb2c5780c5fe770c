/**
 * What the add-in keeps in the workbook's document settings: the pane's choices, and the marks by
 * which it recognises its own summary and roll-up sheets and its own conditional format.
 */
import { FIELDS, type ColumnChoice } from "../../core";
import { HostError, type PlanChoice, type PlanSettings } from "../planHost";

export const SETTING = {
  plan: "integrityPlan.settings",
  /** Decides between sheets carrying the summary's mark (a copy carries it too); the mark decides ownership. */
  summarySheetId: "integrityPlan.summarySheetId",
  /** The same for the roll-up sheet of several plans. */
  rollupSheetId: "integrityPlan.rollupSheetId",
  flagRule: "integrityPlan.flagRule",
  /**
   * Office's own: the pane opens with the workbook, on the manifest's pane of that TaskpaneId
   * (https://learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document),
   * so that a workbook with a summary is compared with its plan when it is opened (spec §6.1).
   */
  autoShow: "Office.AutoShowTaskpaneWithDocument",
} as const;

type Bag = Readonly<Record<string, unknown>>;

const isBag = (value: unknown): value is Bag =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
const whole = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isInteger(value) ? value : undefined;
const amount = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isFinite(value) ? value : undefined;

/** Drops undefined entries, so a read-back object equals what was saved. */
function defined<T extends object>(entries: T): T {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined)) as T;
}

export function readSetting(name: string): unknown {
  return Office.context.document.settings.get(name) as unknown;
}

/** Sets (or, for undefined, removes) settings and saves them into the document. */
export function writeSettings(entries: Readonly<Record<string, unknown>>): Promise<void> {
  const settings = Office.context.document.settings;
  for (const [name, value] of Object.entries(entries)) {
    if (value === undefined) settings.remove(name);
    else settings.set(name, value);
  }
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        reject(new HostError("failed", result.error?.message ?? "The settings could not be saved."));
      } else resolve();
    }),
  );
}

function readChoice(value: unknown): PlanChoice | undefined {
  if (!isBag(value)) return undefined;
  const sheet = text(value.sheet);
  if (sheet === undefined) return undefined;
  const table = text(value.table);
  return table === undefined ? { sheet } : { sheet, table };
}

/** A column's index, or null where the user chose none. */
const column = (value: unknown): number | null | undefined => (value === null ? null : whole(value));

function readColumns(value: unknown): ColumnChoice | undefined {
  if (!isBag(value)) return undefined;
  return defined(Object.fromEntries(FIELDS.map((field) => [field, column(value[field])])) as ColumnChoice);
}

/**
 * The pane's settings as saved, keeping only entries of the expected shape: a document may have
 * been saved by an older version of the add-in or edited by hand.
 */
export function loadPlanSettings(): PlanSettings {
  return planSettingsOf(readSetting(SETTING.plan));
}

function planSettingsOf(saved: unknown): PlanSettings {
  if (!isBag(saved)) return {};
  const round = saved.round === 6 || saved.round === 12 ? saved.round : undefined;
  const lang = saved.lang === "th" || saved.lang === "en" ? saved.lang : undefined;
  const controls = isBag(saved.controlTotals)
    ? defined({
        plannedBudget: amount(saved.controlTotals.plannedBudget),
        disbursed: amount(saved.controlTotals.disbursed),
      })
    : undefined;
  return defined({
    choice: readChoice(saved.choice),
    headerRow: whole(saved.headerRow),
    columns: readColumns(saved.columns),
    organisation: text(saved.organisation),
    fiscalYear: whole(saved.fiscalYear),
    round,
    controlTotals: controls,
    lang,
    autoRewrite: typeof saved.autoRewrite === "boolean" ? saved.autoRewrite : undefined,
    summaryOf: readChoice(saved.summaryOf),
    summaryFingerprint: text(saved.summaryFingerprint),
    subtotals: typeof saved.subtotals === "boolean" ? saved.subtotals : undefined,
    // The document's details are checked field by field by core when used (readMemoSettings).
    memo: isBag(saved.memo) ? saved.memo : undefined,
  });
}

/**
 * Saves the pane's settings. Co-authors' panes save the same settings in one document, each its whole
 * copy, the last over the others: so the document's are read again first (Settings.refreshAsync,
 * https://learn.microsoft.com/javascript/api/office/office.settings#office-office-settings-refreshasync-member(1)),
 * and only what this pane changed since it last loaded or saved them is written over them. Returns
 * the settings as saved.
 */
export async function savePlanSettings(
  settings: PlanSettings,
  /** The settings as this pane last loaded or saved them: only what differs from them is written. */
  known: PlanSettings,
): Promise<PlanSettings> {
  const theirs = await refreshedSettings(known);
  const before = known as Readonly<Record<string, unknown>>;
  const changed = Object.entries(settings).filter(
    ([name, value]) => JSON.stringify(value) !== JSON.stringify(before[name]),
  );
  const dropped = Object.keys(before).filter((name) => !(name in settings));
  const merged: Record<string, unknown> = { ...theirs, ...Object.fromEntries(changed) };
  for (const name of dropped) delete merged[name];
  await writeSettings({ [SETTING.plan]: merged });
  return merged as PlanSettings;
}

/** The settings as the document holds them now, or as this pane knows them where Office cannot refresh. */
function refreshedSettings(known: PlanSettings): Promise<PlanSettings> {
  const settings = Office.context.document.settings;
  if (typeof settings.refreshAsync !== "function") return Promise.resolve(known);
  return new Promise((resolve) =>
    settings.refreshAsync((result) =>
      // A refresh that fails leaves this pane's copy: saving it is what the add-in did before.
      resolve(
        result.status === Office.AsyncResultStatus.Failed ? known : planSettingsOf(readSetting(SETTING.plan)),
      ),
    ),
  );
}
