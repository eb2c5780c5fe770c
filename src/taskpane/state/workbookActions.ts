/**
 * The actions that change the workbook beyond the summary: flag rows, remove flags, make the template,
 * find and write the roll-up. Loaded when the user first takes one (planEffects.ts), not in the first load.
 */
import { flagRule } from "../../core";
import { PRINT_WORDS } from "../../core/words/printWords";
import { ROLLUP_PANEL_STRINGS } from "../words/rollupPanelStrings";
import type { PlanChoice } from "../../hosts/planHost";
import type { RollupCode } from "./planMachine";
import type { Notice } from "./planState";
import { paneStrings } from "../words/strings";
import { type Pane, preview, runTask } from "./paneTask";

/** The roll-up's code comes with the summary step's chunk, where it is offered. */
const loadRollup = (): Promise<RollupCode> => import(/* webpackChunkName: "summary-step" */ "./rollupPlans");

export async function flagRows(pane: Pane): Promise<void> {
  const { choice, report } = pane.shown();
  const rule = report ? flagRule(report) : undefined;
  if (!choice || !report || !rule) return;
  const rows = report.notCarriedOut.length;
  await runTask(
    pane,
    "flagging",
    async () => {
      await pane.host.flagRows({ choice, rule });
      return preview(pane) ? { kind: "preview-flagged", rows } : { kind: "flagged", rows };
    },
    { action: "flagRows" },
  );
}

export async function removeFlags(pane: Pane): Promise<void> {
  const { choice } = pane.shown();
  await runTask(
    pane,
    "flagging",
    async () => {
      await pane.host.removeFlags(choice);
      return preview(pane) ? { kind: "preview-unflagged" } : { kind: "unflagged" };
    },
    { action: "removeFlags" },
  );
}

/**
 * Makes the template where the host puts new plans (`can.newPlan`): the sheet to pick and read, when
 * it made one; a file saved for the user is only reported.
 */
export async function makeTemplate(pane: Pane, withSample: boolean): Promise<PlanChoice | undefined> {
  const { settings } = pane.current();
  const { report } = pane.shown();
  let created: PlanChoice | undefined;
  await runTask(
    pane,
    "creating",
    async () => {
      // The template is made rarely, and loaded only then.
      const { planTemplate } = await import(/* webpackChunkName: "template" */ "../../core/layout/template");
      const template = planTemplate({
        organisation: settings.organisation ?? report?.organisation,
        fiscalYear: settings.fiscalYear ?? report?.fiscalYear,
        withSample,
      });
      const made = await pane.host.createTemplate(template);
      if (made.kind === "file") return { kind: "template-saved", name: made.name, saved: made.saved };
      created = made.choice;
      return { kind: "created", sheet: made.choice.sheet };
    },
    { action: "createTemplate", withSample },
  );
  return created;
}

/** Reads every table and sheet that may hold a plan, for the roll-up to offer. */
export async function findRollupPlans(pane: Pane): Promise<void> {
  const { host, dispatch } = pane;
  await runTask(
    pane,
    "reading",
    async () => {
      const code = await loadRollup();
      const listed = await host.listPlans();
      dispatch({ type: "plans-listed", plans: listed });
      dispatch({
        type: "rollup-read",
        reads: { code, places: await code.readPlaces(host, code.rollupCandidates(listed)) },
      });
      return undefined;
    },
    { action: "findRollupPlans" },
  );
}

/** Reads the plans chosen again, adds them up, and writes the roll-up sheet. */
export async function writeRollup(pane: Pane, choices: readonly PlanChoice[]): Promise<void> {
  const { host, dispatch } = pane;
  const { settings } = pane.current();
  const lang = settings.lang ?? "th";
  const words = paneStrings(lang);
  const write = async (): Promise<Notice | undefined> => {
    // Read again: a plan may have been edited since the list was made.
    const code = await loadRollup();
    const reread = await code.readPlaces(host, choices);
    dispatch({ type: "rollup-reread", places: reread });
    const fresh = code.foundPlans(reread, settings);
    // The list then shows why, and the button waits for the user to settle the round or year.
    if (code.mixedPlans(fresh) !== undefined) return undefined;
    const rollup = code.rollupOf(fresh, settings, ROLLUP_PANEL_STRINGS[lang].noPlan);
    const sheet = await host.writeRollup(code.rollupSheet(rollup, lang, new Date()), {
      incomplete: ROLLUP_PANEL_STRINGS[lang].incomplete,
      printSetupFailed: words.summary.printSetupFailed,
      fitToPageNotKept: PRINT_WORDS[lang].fitToPageNotKept,
    });
    if (preview(pane)) return { kind: "preview-rollup" };
    return { kind: "rollup-written", sheet, plans: rollup.offices.length };
  };
  await runTask(pane, "writing", write, { action: "writeRollup", choices });
}
