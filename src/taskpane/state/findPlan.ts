/**
 * The plan the pane opens on when the workbook remembers none (spec §4.3, "In the add-in"): core's
 * choosePlan over every place listed, as the command line chooses, or the question it asks. Every
 * place's head is read first, in one request or a few; only the places whose head shows a header are
 * read whole, so a 100,000-row ledger beside the plan costs its first rows.
 */
import {
  type AskWhy,
  type Grid,
  type Lang,
  PLACE_WORDS,
  type PlaceLook,
  buddhistYear,
  choosePlan,
  showsHeader,
} from "../../core";
import type { PlanChoice, PlanHost, PlanSettings } from "../../hosts/planHost";

/** No place is evidently the plan: the places looked at, and why none was opened. */
export interface PlaceQuestion {
  /** "ask": several may be the plan; "none": none holds a plan. */
  readonly kind: "ask" | "none";
  readonly why?: AskWhy;
  /** The report year the plans were held to, for "no-plan-of-year". */
  readonly year?: number;
  /** Every place looked at, the candidates first. */
  readonly looked: readonly PlaceLook[];
}

export type FoundPlan =
  | { readonly kind: "plan"; readonly choice: PlanChoice; readonly grid: Grid }
  | { readonly kind: "question"; readonly question: PlaceQuestion };

/** Core's decision over the places listed, each looked at in the cells `gridOf` gives for it. */
function decide(listed: readonly PlanChoice[], settings: PlanSettings, gridOf: (index: number) => Grid) {
  return choosePlan(
    listed.map((choice, index) => ({
      sheet: choice.sheet,
      ...(choice.table === undefined ? {} : { table: choice.table }),
      grid: () => gridOf(index),
    })),
    {
      ...(settings.round === undefined ? {} : { round: settings.round }),
      ...(settings.fiscalYear === undefined ? {} : { fiscalYear: settings.fiscalYear }),
    },
  );
}

const NO_CELLS: Grid = { rows: [], firstRow: 1, firstColumn: 1 };

/**
 * Which listed place is the plan, by core's evidence rule, under the round and fiscal year the user
 * has set (they apply to every place, as --round and --year do). A place whose head shows a header is
 * read whole, tables first; a sheet is then read only when core looks at it, which it does not when a
 * table on it holds a plan (the sheet's cells would be the table's, read twice). `onProgress` follows
 * each whole read.
 */
export async function findPlan(
  host: PlanHost,
  listed: readonly PlanChoice[],
  settings: PlanSettings,
  onProgress?: (done: number, total: number) => void,
): Promise<FoundPlan> {
  const heads = await host.readHeads(listed);
  const head = (index: number): Grid => heads[index] ?? NO_CELLS;
  const wanted = (index: number): boolean => showsHeader(head(index));
  const grids: (Grid | undefined)[] = listed.map((_choice, index) =>
    wanted(index) ? undefined : head(index),
  );
  for (const [index, choice] of listed.entries()) {
    if (choice.table !== undefined && wanted(index)) grids[index] = await host.readPlan(choice, onProgress);
  }
  // Which sheets core looks at depends on the tables alone: a first decision over the tables read
  // names them (a sheet not yet read shows no cells). When none is to be read, that decision stands.
  const unread: number[] = [];
  const first = decide(listed, settings, (index) => {
    const grid = grids[index];
    if (grid === undefined) unread.push(index);
    return grid ?? NO_CELLS;
  });
  for (const index of unread) grids[index] = await host.readPlan(listed[index], onProgress);
  const decision =
    unread.length === 0 ? first : decide(listed, settings, (index) => grids[index] ?? NO_CELLS);
  if (decision.kind === "plan") {
    return { kind: "plan", choice: listed[decision.index], grid: grids[decision.index] ?? NO_CELLS };
  }
  if (decision.kind === "none")
    return { kind: "question", question: { kind: "none", looked: decision.looked } };
  return {
    kind: "question",
    question: {
      kind: "ask",
      why: decision.why,
      ...(decision.year === undefined ? {} : { year: decision.year }),
      looked: decision.looked,
    },
  };
}

/**
 * The question in words, under its title (strings.plan.question): the places, what each holds, and
 * what to do; for no plan, each place and what it lacks, then what a plan needs. `rollup` is the heading of the
 * Summary step's roll-up, where a plan split over sheets is added up.
 */
export function placeQuestionText(question: PlaceQuestion, lang: Lang, rollup: string): string {
  const words = PLACE_WORDS[lang];
  if (question.kind === "none") {
    const looked = question.looked.map(words.looked).join(", ");
    return lang === "th" ? `${looked} (${words.planNeeds})` : `${looked}; ${words.planNeeds}.`;
  }
  const candidates = question.looked.filter((look) => look.verdict === "candidate");
  const named = candidates.map(words.looked).join(", ");
  const year = buddhistYear(question.year ?? 0, lang);
  if (lang === "en") {
    switch (question.why) {
      case "several-years":
        return `This workbook holds plans of several fiscal years: ${named}. Set the report's fiscal year below, or choose the plan above.`;
      case "no-plan-of-year":
        return `This workbook holds no plan for FY ${year}: ${named}. Check the fiscal year below, or choose the plan above.`;
      case "split-by-dimension":
        return `The plan is split over ${candidates.length} sheets by dimension: ${named}. Add them up in the Summary step, "${rollup}", or choose one above.`;
      default:
        return `This workbook holds ${candidates.length} plans: ${named}. Choose the plan to report above; if they are one plan split by division or office, add them up in the Summary step, "${rollup}".`;
    }
  }
  switch (question.why) {
    case "several-years":
      return `สมุดงานนี้มีแผนหลายปีงบประมาณ: ${named} ระบุปีงบประมาณของรายงานด้านล่าง หรือเลือกแผนด้านบน`;
    case "no-plan-of-year":
      return `ไม่พบแผนของปีงบประมาณ ${year} ในสมุดงานนี้: มี ${named} ตรวจปีงบประมาณด้านล่าง หรือเลือกแผนด้านบน`;
    case "split-by-dimension":
      return `แผนแยกอยู่ ${candidates.length} แผ่นงานตามมิติ: ${named} รวมผลทั้งแผนที่ขั้น "สรุป" > "${rollup}" หรือเลือกทีละแผ่นงานด้านบน`;
    default:
      return `สมุดงานนี้มีแผน ${candidates.length} แห่ง: ${named} เลือกแผนที่จะรายงานด้านบน ถ้าเป็นแผนเดียวที่แยกตามกองหรือหน่วยงาน รวมผลที่ขั้น "สรุป" > "${rollup}"`;
  }
}
