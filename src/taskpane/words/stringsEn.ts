/**
 * The task pane's own words in English, in the shape of the Thai (strings.ts): a chunk of their own, so
 * the first load carries one language.
 */
import { buddhistYear, plural, rowsText } from "../../core";
import { type PaneStrings, firstRun, quoted } from "./paneWords";

export const en: PaneStrings = {
  lang: "en",
  appTitle: "Integrity Plan Report",
  otherLanguage: "ภาษาไทย",
  otherLang: "th",
  previewBanner: `Preview mode — opened outside Excel, so this shows the sample plan of Mae Win SAO, FY ${buddhistYear(2566, "en")}`,
  steps: {
    label: "Steps",
    plan: "Plan",
    checkLabel: "Check",
    check: (issues) => (issues === undefined ? "Check" : `Check, ${plural(issues, "finding")}`),
    summary: "Summary",
    memo: "Memo",
    notCarriedOutLabel: "Not carried out",
    notCarriedOut: (count) =>
      count === undefined ? "Not carried out" : `Not carried out: ${plural(count, "project")}`,
    more: (hidden) => `More (${hidden})`,
  },
  plan: {
    choose: "Plan to summarise",
    choosePlaceholder: "Pick a table or a sheet",
    question: { ask: "Choose the plan to report", none: "No plan found in this workbook" },
    table: (name, sheet) => `Table ${name} (sheet ${sheet})`,
    sheet: (name) => `Sheet ${name}`,
    noPlans: "This workbook has no table or sheet to pick.",
    reread: "Read the plan again",
    resultHeading: "What the plan says",
    resultLine: (place, projects, year, round) =>
      [
        place,
        plural(projects, "project"),
        ...(year === undefined ? [] : [`FY ${buddhistYear(year, "en")}`]),
        ...(round === undefined ? [] : [`${round}-month round`]),
      ].join(" · "),
    findings: (counts) =>
      `${plural(counts.error, "error")} · ${plural(counts.warning, "warning")} · ${plural(counts.info, "observation")}`,
    settings: "Plan and report settings",
    columnsHeading: "Columns recognised",
    columnsSummary: (found, complete) =>
      complete
        ? `All ${plural(found, "column")} read · Edit the columns`
        : `${plural(found, "column")} found, a required one missing · Edit the columns`,
    goToCheck: "Check the plan →",
    startHeading: "Get started",
    columnsHint: (headerRow) => `The header is on row ${headerRow}. Change a column if it was read wrongly.`,
    columnOption: (letter, label) => (label === "" ? `Column ${letter}` : `${letter} · ${label}`),
    notFound: "Not found",
    chooseAmong: (letters) => `Several columns (${letters.join(", ")}): choose`,
    columnsToChoose: (found) => `${plural(found, "column")} found, a field's column to choose — choose`,
    roundAsked: "The plan has columns per round and its title names no round: choose the round.",
    noColumn: "None",
    yearColumn: "Budget of year",
    yearColumnsHint: (years) =>
      `The plan has a budget column per year (${years} B.E.): the report year's column is the planned budget. You can pick another.`,
    yearOption: (year, letter) => `${buddhistYear(year, "en")} (column ${letter})`,
    subtotals: (headings) => `Show subtotals per sub-dimension heading (${headings}) under the summary table`,
    detailsHeading: "Report details",
    organisation: "Organisation",
    fiscalYear: "Fiscal year (B.E.)",
    fiscalYearHint: "Taken from the sheet's title, or else the latest round that has ended",
    fiscalYearAssumed: (year, round) =>
      `The sheet's title gives no year: ${year} B.E., the latest whose ${round}-month round has ended, is a default. If it is not the year, type it.`,
    fiscalYearInvalid: "Type a four-digit Buddhist-era year, such as 2566",
    round: "Round",
    round6: "6 months (October – March)",
    round12: "12 months (the whole fiscal year)",
    controlHeading: "Totals stated in the plan document (optional)",
    controlHint:
      "Type the totals from the memo or plan document to compare them with what the rows add up to.",
    controlPlanned: "Total planned budget (baht)",
    controlDisbursed: "Total disbursed (baht)",
    controlPlaceholder: "e.g. 428,000",
    amountInvalid: "Type an amount as a number, such as 428,000 or 428000.50",
    templateHeading: "New plan",
    templateHint:
      "Creates a sheet with the standard headers and drop-down lists for dimension and status; fill the table in.",
    templateFileHint:
      "An Excel file with the standard headers and drop-down lists for dimension and status: fill it in in Excel, then open it here.",
    withSample: "Fill it with the sample",
    createTemplate: "Create a new plan sheet from the template",
    downloadTemplate: "Download the plan template (.xlsx)",
    created: (sheet) => `The sheet "${sheet}" was created. Fill the table in, then see the "Check" step.`,
    templateSaved: (file, saved) =>
      (saved === "downloaded"
        ? `Downloaded ${file}`
        : `Opened the download page for ${file} in your browser`) +
      ": open it in Excel, fill the projects in, save it, then open it here to check and summarise it.",
  },
  check: {
    heading: "Check results",
    none: "No problems found in the plan.",
    cellHint: "Select an item to go to its cell in the sheet (an item of many rows goes to the first).",
    cellText: (text) => `In the cell: ${text}`,
    showMore: (next, left) => `Show ${next} more (${left} not shown yet)`,
    leftOut: "Rows not counted as projects",
    moreRows: (count) => `and ${count} more`,
  },
  summary: {
    figures: {
      heading: "Key figures",
      hasErrors: (errors) => `The plan still has ${plural(errors, "error")}: these figures may be wrong.`,
      pctProjects: "Projects carried out",
      pctBudget: "Budget disbursed",
      planned: "Planned budget",
      disbursed: "Disbursed",
      notCarriedOut: "Projects not carried out",
      baht: (amount) => `${amount} baht`,
      projects: (done, of) => `${done.toLocaleString("en-US")} of ${plural(of, "project")}`,
    },
    previewLabel: "The summary table as it will be written to the workbook",
    cardsLabel: "The summary table's figures, dimension by dimension",
    showTable: "Show as the report's table",
    write: "Write the summary to the workbook",
    confirmTitle: "Errors remain",
    confirmBody: (errors) => `The plan still has ${plural(errors, "error")}. Write the summary anyway?`,
    confirmWrite: "Write anyway",
    cancel: "Cancel",
    goToErrors: "Go to the errors",
    written: (sheet) => `The summary was written to the sheet "${sheet}".`,
    previewWritten:
      "Preview: there is no real workbook, so the summary was not written anywhere. Open it in Excel to write it.",
    sheetNote: (withChart) =>
      withChart
        ? "The summary sheet includes a chart of planned and disbursed budget by dimension and is set to print on A4 landscape."
        : "The summary sheet is set to print on A4 landscape.",
    autoRewrite: "Rewrite the summary automatically when the plan changes",
    autoRewriteHint: "When off, a summary already written is marked out of date when the plan changes.",
    withMemo: "Also write the memo text under the summary table",
    withMemoHint: 'Takes effect the next time the summary is written. The text is in the "Memo" step.',
    rewritten: (sheet) => `The plan changed, so the summary on the sheet "${sheet}" was written again.`,
    staleTitle: "The summary is out of date",
    staleBody:
      'The plan was edited after the summary was written. Choose "Write the summary to the workbook" to write it again.',
    goToSummary: "Go to the summary",
    incomplete:
      'This table was not written in full: choose "Write the summary to the workbook" again to finish it.',
    printSetupFailed: "(The page setup could not be made; set up printing by hand.)",
  },
  notCarriedOut: {
    flagged: (rows) => `Flagged ${plural(rows, "row")} not carried out in the plan.`,
    previewFlagged: (rows) =>
      `Preview: there is no real workbook, so ${plural(rows, "row")} ${rows === 1 ? "was" : "were"} not flagged.`,
    unflagged: "The flags were removed from the plan.",
    previewUnflagged: "Preview: there is no real workbook, so there were no flags to remove.",
  },
  selection: {
    selectedFirst: (rows) =>
      `This Excel cannot select several areas at once, so only ${rowsText(firstRun(rows), "en")} ${firstRun(rows).length === 1 ? "is" : "are"} selected. Select the others one at a time from the list under the table.`,
  },
  rollup: {
    heading: "Roll-up of several plans",
    written: (sheet, plans) => `${plans} plans were added up on the sheet "${sheet}".`,
    previewWritten: "Preview: there is no real workbook, so the roll-up sheet was not written anywhere.",
  },
  noReport: 'No plan has been read yet. Pick a plan in the "Plan" step first.',
  noPlanTitle: "No plan found in this sheet",
  noPlanBody: (rows, headers, rereads) =>
    `The pane looks in the first ${plural(rows, "row")} for a header row naming at least two columns, such as ${quoted(headers)}. ` +
    (rereads
      ? 'Pick another table or sheet, or fix the headers and choose "Read the plan again".'
      : "Pick another table or sheet, or fix the headers in Excel and open the file again."),
  progress: {
    listing: "Looking for tables and sheets…",
    finding: "Looking for the sheet or table that holds the plan…",
    reading: "Reading the plan…",
    writing: "Writing the summary…",
    flagging: "Flagging rows…",
    selecting: "Selecting the cell…",
    creating: "Creating the plan sheet…",
  },
  progressCount: (done, total) => `${done.toLocaleString("en-US")} of ${plural(total, "row")}`,
  failureTitle: {
    "not-found": "The chosen plan is gone",
    busy: "Excel is busy",
    requirement: "This version of Excel cannot run the add-in",
    "too-large": "Too much data",
    "formula-too-long": "The flag rule is longer than Excel takes",
    invalid: "Excel refused what was sent",
    protected: "This sheet or file cannot be changed",
    occupied: "Your own data is where the table would go",
    conflict: "Someone else changed the workbook at the same time",
    inactive: "This workbook is not the one in front",
    memory: "Excel ran out of memory",
    "stale-context": "The link to the workbook has expired",
    failed: "That did not work",
  },
  advice: {
    "not-found":
      'The table or sheet may have been deleted or renamed. Pick the plan again in the "Plan" step.',
    busy: "Leave cell-edit mode (press Enter or Esc) or wait a moment, then try again.",
    requirement: "The add-in needs Microsoft 365, Excel 2021 or later, or Excel on the web.",
    "too-large":
      "The plan is larger than Excel can send at once. Split it into smaller tables and try again.",
    "formula-too-long":
      "Remove the flags, then flag again. If it still fails, keep the status in one column.",
    invalid: "Check that the sheet is not protected and its name is valid, then try again.",
    protected:
      "If the sheet is protected, choose Review > Unprotect Sheet, or ask the file's owner to. " +
      "If the file is open read-only or view-only, save a copy and use that, or ask the owner for edit rights. Then try again.",
    occupied: "Move what you typed on the add-in's sheet out of the table's way, then try again.",
    conflict:
      "A person editing this workbook with you changed the same part at the same moment. Wait a moment, then try again.",
    inactive: "Click this workbook to bring it to the front, then try again.",
    memory:
      "Close workbooks or programs you are not using, then try again, or split the plan into smaller tables.",
    "stale-context": "Close this pane and open it again, then try again.",
    failed: "Try again. If it still fails, close the pane and open it again.",
  },
  protectedSheet: (sheet) =>
    `The sheet "${sheet}" is protected: choose Review > Unprotect Sheet, or ask the file's owner to, then try again.`,
  occupiedCells: (sheet, cells) =>
    `The new table is longer or wider than the last one and would cover ${cells} on "${sheet}", which you typed in. ` +
    "Move that further down or to another sheet, then write again (the add-in never writes over your data).",
  failureDetails: "Details",
  retry: "Try again",
  dismiss: "Dismiss",
  loadingStep: "Loading this step…",
};
