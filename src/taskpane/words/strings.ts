/**
 * The task pane's own words, Thai first and English second, in the same shape. Issue messages,
 * field names and the summary sheet's labels come from core (MESSAGES, SUMMARY_WORDS).
 */
import { type Lang, buddhistYear, compactRanges, plural, rowRuns, rowsText } from "../../core";
import type { HostFailure } from "../../hosts/planHost";

/** What the pane is doing while it waits on the workbook. */
export type Task = "listing" | "finding" | "reading" | "writing" | "flagging" | "selecting" | "creating";

export interface PaneStrings {
  /** The language these words are in: the words of later steps' chunks are looked up by it. */
  readonly lang: Lang;
  readonly appTitle: string;
  /** The language the switch changes to, written in that language. */
  readonly otherLanguage: string;
  readonly otherLang: Lang;
  readonly previewBanner: string;
  /**
   * The five step tabs. Labels are short so that the five fit on one line at 350 px in either language;
   * a count shows as a badge beside its label, and the tab's accessible name is the label with the full
   * count. Without a count until a plan has been read: 0 must never read as "no problems".
   */
  readonly steps: {
    /** The name of the line of steps. */
    readonly label: string;
    readonly plan: string;
    readonly checkLabel: string;
    readonly check: (issues?: number) => string;
    readonly summary: string;
    readonly memo: string;
    readonly notCarriedOutLabel: string;
    readonly notCarriedOut: (count?: number) => string;
    /** The menu of the steps that do not fit on the line. */
    readonly more: (hidden: number) => string;
  };
  readonly plan: {
    readonly choose: string;
    readonly choosePlaceholder: string;
    /** Titles of the question when no plan is remembered and none is evidently the plan (spec §4.3). */
    readonly question: { readonly ask: string; readonly none: string };
    readonly table: (name: string, sheet: string) => string;
    readonly sheet: (name: string) => string;
    readonly noPlans: string;
    readonly reread: string;
    readonly columnsHeading: string;
    /** The one line the column mapping folds into; opens it. */
    readonly columnsSummary: (found: number, complete: boolean) => string;
    /** The Plan step's next step. */
    readonly goToCheck: string;
    /** Heading of the first thing shown when no plan was found. */
    readonly startHeading: string;
    readonly columnsHint: (headerRow: number) => string;
    readonly columnOption: (letter: string, label: string) => string;
    readonly notFound: string;
    /** A field several columns could be, none chosen until the user picks (spec §9.7): its candidates. */
    readonly chooseAmong: (letters: readonly string[]) => string;
    /** The folded line when a field's column is in doubt: it opens on the choosers. */
    readonly columnsToChoose: (found: number) => string;
    /** Under the round when the plan has columns per round and its title names no round. */
    readonly roundAsked: string;
    /** The column chooser's choice of no column: the field is left out (a required one is then missing). */
    readonly noColumn: string;
    /** The budget column per fiscal year (spec §9.2). */
    readonly yearColumn: string;
    readonly yearColumnsHint: (years: string) => string;
    readonly yearOption: (year: number, letter: string) => string;
    /** The sub-dimension subtotals switch (spec §9.1). */
    readonly subtotals: (headings: number) => string;
    readonly detailsHeading: string;
    readonly organisation: string;
    readonly fiscalYear: string;
    readonly fiscalYearHint: string;
    readonly fiscalYearInvalid: string;
    readonly round: string;
    readonly round6: string;
    readonly round12: string;
    readonly controlHeading: string;
    readonly controlHint: string;
    readonly controlPlanned: string;
    readonly controlDisbursed: string;
    readonly controlPlaceholder: string;
    readonly amountInvalid: string;
    readonly templateHeading: string;
    readonly templateHint: string;
    readonly withSample: string;
    readonly createTemplate: string;
    readonly created: (sheet: string) => string;
    readonly previewCreated: string;
  };
  readonly check: {
    readonly heading: string;
    readonly none: string;
    readonly cellHint: string;
    readonly cellText: (text: string) => string;
    /** The button under a long list: the next `next` items, of `left` not yet shown (counts formatted). */
    readonly showMore: (next: string, left: string) => string;
    /** The list of rows not counted as projects, each a link to its row. */
    readonly leftOut: string;
    /** After the rows linked: how many more of that role. */
    readonly moreRows: (count: string) => string;
  };
  readonly summary: {
    /** The figures people quote, shown above the table at any pane width. */
    readonly figures: {
      readonly heading: string;
      readonly pctProjects: string;
      readonly pctBudget: string;
      readonly planned: string;
      readonly disbursed: string;
      readonly notCarriedOut: string;
      readonly baht: (amount: string) => string;
      readonly projects: (done: number, of: number) => string;
    };
    readonly previewLabel: string;
    readonly write: string;
    readonly confirmTitle: string;
    readonly confirmBody: (errors: number) => string;
    readonly confirmWrite: string;
    readonly cancel: string;
    readonly goToErrors: string;
    readonly written: (sheet: string) => string;
    readonly previewWritten: string;
    readonly sheetNote: string;
    readonly autoRewrite: string;
    readonly autoRewriteHint: string;
    /** The switch that puts the memo paragraph under the table: it takes effect on the next write. */
    readonly withMemo: string;
    readonly withMemoHint: string;
    readonly rewritten: (sheet: string) => string;
    readonly staleTitle: string;
    readonly staleBody: string;
    readonly goToSummary: string;
    /** Stands in the summary sheet's status line while it is written; stays there if the write fails. */
    readonly incomplete: string;
    /** Said in the summary sheet's status line when the page setup could not be made. */
    readonly printSetupFailed: string;
  };
  readonly notCarriedOut: {
    readonly flagged: (rows: number) => string;
    readonly previewFlagged: (rows: number) => string;
    readonly unflagged: string;
    readonly previewUnflagged: string;
  };
  /** What selecting a figure's rows did, where that needs saying. */
  readonly selection: {
    /** This Excel selected the first run of rows alone. */
    readonly selectedFirst: (rows: readonly number[]) => string;
    readonly previewSelected: (rows: readonly number[]) => string;
  };
  /** Several plans of one workbook added up on one sheet (spec §8): what the pane says of it anywhere. */
  readonly rollup: {
    readonly heading: string;
    readonly written: (sheet: string, plans: number) => string;
    readonly previewWritten: string;
  };
  readonly previewSelected: (cell: string) => string;
  readonly noReport: string;
  readonly noPlanTitle: string;
  /** `headers` are field names, quoted here. */
  readonly noPlanBody: (rows: number, headers: readonly string[]) => string;
  readonly progress: Readonly<Record<Task, string>>;
  readonly progressCount: (done: number, total: number) => string;
  readonly failureTitle: Readonly<Record<HostFailure, string>>;
  readonly advice: Readonly<Record<HostFailure, string>>;
  /** The advice for a "protected" failure when the host named the sheet that is protected. */
  readonly protectedSheet: (sheet: string) => string;
  /** The advice for an "occupied" failure: the user's cells the add-in's sheet would now reach. */
  readonly occupiedCells: (sheet: string, cells: string) => string;
  /** The disclosure that holds Excel's own words and error code, away from the advice. */
  readonly failureDetails: string;
  /** Repeats what failed, offered where waiting or a click in Excel may be all it takes. */
  readonly retry: string;
  readonly dismiss: string;
  /** While a step other than the plan is fetched, the first time it is opened. */
  readonly loadingStep: string;
}

/** Names in quotation marks, one style in both languages: the straight double quote. */
const quoted = (names: readonly string[]): string => names.map((name) => `"${name}"`).join(", ");

/** The first run of neighbouring rows: what an Excel that cannot select several areas selects. */
function firstRun(rows: readonly number[]): number[] {
  const [run] = rowRuns(rows);
  if (!run) return [];
  return Array.from({ length: run[1] - run[0] + 1 }, (_, i) => run[0] + i);
}

const th: PaneStrings = {
  lang: "th",
  appTitle: "รายงานผลแผนป้องกันการทุจริต",
  otherLanguage: "English",
  otherLang: "en",
  previewBanner: `โหมดตัวอย่าง — เปิดนอก Excel จึงแสดงแผนตัวอย่างของ อบต.แม่วิน ปีงบประมาณ ${buddhistYear(2566, "th")}`,
  steps: {
    label: "ขั้นตอน",
    plan: "แผน",
    checkLabel: "ตรวจสอบ",
    check: (issues) =>
      issues === undefined ? "ตรวจสอบ" : `ตรวจสอบ ${issues.toLocaleString("th-TH")} รายการ`,
    summary: "สรุป",
    memo: "บันทึก",
    notCarriedOutLabel: "ไม่ได้ดำเนินการ",
    notCarriedOut: (count) =>
      count === undefined ? "ไม่ได้ดำเนินการ" : `ไม่ได้ดำเนินการ ${count.toLocaleString("th-TH")} โครงการ`,
    more: (hidden) => `อื่น ๆ (${hidden})`,
  },
  plan: {
    choose: "แผนที่จะสรุป",
    choosePlaceholder: "เลือกตารางหรือแผ่นงาน",
    question: { ask: "เลือกแผนที่จะรายงาน", none: "ไม่พบแผนในสมุดงานนี้" },
    table: (name, sheet) => `ตาราง ${name} (แผ่นงาน ${sheet})`,
    sheet: (name) => `แผ่นงาน ${name}`,
    noPlans: "สมุดงานนี้ไม่มีตารางหรือแผ่นงานให้เลือก",
    reread: "อ่านแผนใหม่",
    columnsHeading: "คอลัมน์ที่อ่านได้",
    columnsSummary: (found, complete) =>
      complete ? `${found} คอลัมน์ครบ — แก้ไข` : `พบ ${found} คอลัมน์ ยังขาดคอลัมน์ที่ต้องมี — แก้ไข`,
    goToCheck: "ตรวจสอบแผน →",
    startHeading: "เริ่มต้น",
    columnsHint: (headerRow) => `หัวตารางอยู่แถว ${headerRow} เปลี่ยนคอลัมน์ได้ถ้าอ่านผิด`,
    columnOption: (letter, label) => (label === "" ? `คอลัมน์ ${letter}` : `${letter} · ${label}`),
    notFound: "ไม่พบ",
    chooseAmong: (letters) => `มีหลายคอลัมน์ (${letters.join(", ")}): เลือก`,
    columnsToChoose: (found) => `พบ ${found} คอลัมน์ มีช่องที่ต้องเลือกคอลัมน์ — เลือก`,
    roundAsked: "แผนมีคอลัมน์แยกตามรอบ และชื่อเรื่องไม่ได้บอกรอบ: เลือกรอบรายงาน",
    noColumn: "ไม่มี",
    yearColumn: "งบประมาณของปี",
    yearColumnsHint: (years) =>
      `แผนมีคอลัมน์งบประมาณรายปี (พ.ศ. ${years}): คอลัมน์ของปีงบประมาณที่รายงานคืองบประมาณตามแผน เลือกปีอื่นได้`,
    yearOption: (year, letter) => `${buddhistYear(year, "th")} (คอลัมน์ ${letter})`,
    subtotals: (headings) => `แสดงผลรวมย่อยตามหัวข้อย่อย (${headings} หัวข้อ) ใต้ตารางสรุป`,
    detailsHeading: "รายละเอียดรายงาน",
    organisation: "ชื่อหน่วยงาน",
    fiscalYear: "ปีงบประมาณ (พ.ศ.)",
    fiscalYearHint: "ค่าเริ่มต้นมาจากหัวเรื่องของแผ่นงาน หรือปีงบประมาณปัจจุบัน",
    fiscalYearInvalid: "ใส่ปี พ.ศ. 4 หลัก เช่น 2566",
    round: "รอบรายงาน",
    round6: "6 เดือน (ตุลาคม – มีนาคม)",
    round12: "12 เดือน (ทั้งปีงบประมาณ)",
    controlHeading: "ยอดรวมตามเอกสารแผน (ถ้ามี)",
    controlHint: "พิมพ์ยอดรวมจากบันทึกหรือเอกสารแผน เพื่อเทียบกับยอดที่รายการโครงการรวมได้",
    controlPlanned: "งบประมาณตามแผนรวม (บาท)",
    controlDisbursed: "งบประมาณเบิกจ่ายรวม (บาท)",
    controlPlaceholder: "เช่น 428,000",
    amountInvalid: "ใส่จำนวนเงินเป็นตัวเลข เช่น 428,000 หรือ 428000.50",
    templateHeading: "แผนใหม่",
    templateHint: "สร้างแผ่นงานที่มีหัวตารางตามแบบ พร้อมรายการให้เลือกมิติและสถานะ แล้วกรอกโครงการลงในตาราง",
    withSample: "ใส่ข้อมูลตัวอย่าง",
    createTemplate: "สร้างแผ่นงานแผนใหม่จากแม่แบบ",
    created: (sheet) => `สร้างแผ่นงาน "${sheet}" แล้ว กรอกโครงการลงในตาราง แล้วดูผลในขั้น "ตรวจสอบ"`,
    previewCreated: "ตัวอย่าง: ไม่มีสมุดงานจริง แผนใหม่จึงอยู่ในบานหน้าต่างนี้เท่านั้น",
  },
  check: {
    heading: "ผลการตรวจสอบ",
    none: "ไม่พบปัญหาในแผน",
    cellHint: "กดที่รายการเพื่อไปยังเซลล์นั้นในแผ่นงาน (รายการที่รวมหลายแถวจะไปยังแถวแรก)",
    cellText: (text) => `ในเซลล์: ${text}`,
    showMore: (next, left) => `แสดงเพิ่มอีก ${next} รายการ (ยังไม่แสดง ${left} รายการ)`,
    leftOut: "แถวที่ไม่นับเป็นโครงการ",
    moreRows: (count) => `และอีก ${count} แถว`,
  },
  summary: {
    figures: {
      heading: "ตัวเลขหลัก",
      pctProjects: "โครงการที่ดำเนินการแล้ว",
      pctBudget: "งบประมาณที่เบิกจ่าย",
      planned: "งบประมาณตามแผน",
      disbursed: "เบิกจ่ายแล้ว",
      notCarriedOut: "โครงการที่ไม่ได้ดำเนินการ",
      baht: (amount) => `${amount} บาท`,
      projects: (done, of) => `${done.toLocaleString("th-TH")} จาก ${of.toLocaleString("th-TH")} โครงการ`,
    },
    previewLabel: "ตัวอย่างตารางสรุปตามที่จะเขียนลงสมุดงาน",
    write: "เขียนตารางสรุปลงสมุดงาน",
    confirmTitle: "ยังมีข้อผิดพลาด",
    confirmBody: (errors) => `ข้อมูลยังมีข้อผิดพลาด ${errors} รายการ เขียนตารางสรุปต่อหรือไม่`,
    confirmWrite: "เขียนต่อ",
    cancel: "ยกเลิก",
    goToErrors: "ไปดูข้อผิดพลาด",
    written: (sheet) => `เขียนตารางสรุปลงแผ่นงาน "${sheet}" แล้ว`,
    previewWritten: "ตัวอย่าง: ไม่มีสมุดงานจริง ตารางสรุปจึงไม่ได้เขียนลงที่ใด เปิดใน Excel เพื่อเขียนจริง",
    sheetNote: "แผ่นงานสรุปมีแผนภูมิงบประมาณตามแผนและงบประมาณเบิกจ่ายรายมิติ และตั้งค่าให้พิมพ์บนกระดาษ A4 แนวนอนไว้แล้ว",
    autoRewrite: "เขียนตารางสรุปใหม่อัตโนมัติเมื่อแผนเปลี่ยน",
    autoRewriteHint: "ถ้าไม่เลือก เมื่อแผนเปลี่ยน ตารางสรุปที่เขียนไว้จะถูกทำเครื่องหมายว่าไม่เป็นปัจจุบัน",
    withMemo: "เขียนข้อความสำหรับบันทึกใต้ตารางสรุปด้วย",
    withMemoHint: 'มีผลเมื่อกดเขียนตารางสรุปครั้งต่อไป ดูข้อความได้ในขั้น "บันทึก"',
    rewritten: (sheet) => `แผนเปลี่ยน จึงเขียนตารางสรุปในแผ่นงาน "${sheet}" ใหม่แล้ว`,
    staleTitle: "ตารางสรุปไม่เป็นปัจจุบัน",
    staleBody: 'แผนถูกแก้ไขหลังจากเขียนตารางสรุปลงสมุดงาน กด "เขียนตารางสรุปลงสมุดงาน" เพื่อเขียนใหม่',
    goToSummary: "ไปที่ขั้นสรุป",
    incomplete: 'ตารางนี้เขียนไม่ครบ: กด "เขียนตารางสรุปลงสมุดงาน" อีกครั้งเพื่อเขียนให้ครบ',
    printSetupFailed: "(ตั้งค่าหน้ากระดาษไม่สำเร็จ กรุณาตั้งค่าการพิมพ์เอง)",
  },
  notCarriedOut: {
    flagged: (rows) => `ทำเครื่องหมายแถวที่ไม่ได้ดำเนินการในแผนแล้ว ${rows} แถว`,
    previewFlagged: (rows) => `ตัวอย่าง: ไม่มีสมุดงานจริง จึงไม่ได้ทำเครื่องหมาย ${rows} แถว`,
    unflagged: "ลบเครื่องหมายแถวในแผนแล้ว",
    previewUnflagged: "ตัวอย่าง: ไม่มีสมุดงานจริง จึงไม่มีเครื่องหมายให้ลบ",
  },
  selection: {
    selectedFirst: (rows) =>
      `Excel นี้เลือกหลายช่วงพร้อมกันไม่ได้ จึงเลือกเฉพาะแถว ${compactRanges(firstRun(rows))} เลือกแถวอื่นทีละแถวจากรายการใต้ตาราง`,
    previewSelected: (rows) => `ตัวอย่าง: ไม่มีสมุดงานจริง จึงเลือก${rowsText(rows, "th")} ในแผ่นงานไม่ได้`,
  },
  rollup: {
    heading: "สรุปรวมหลายแผน",
    written: (sheet, plans) => `เขียนผลรวม ${plans} แผนลงแผ่นงาน "${sheet}" แล้ว`,
    previewWritten: "ตัวอย่าง: ไม่มีสมุดงานจริง แผ่นงานรวมผลจึงไม่ได้เขียนลงที่ใด",
  },
  previewSelected: (cell) => `ตัวอย่าง: ไม่มีสมุดงานจริง จึงเลือกเซลล์ ${cell} ให้ไม่ได้`,
  noReport: 'ยังไม่มีแผนที่อ่านได้ เลือกแผนในขั้น "แผน" ก่อน',
  noPlanTitle: "ไม่พบแผนในแผ่นงานนี้",
  noPlanBody: (rows, headers) =>
    `ต้องมีแถวหัวตารางภายใน ${rows} แถวแรก ที่มีหัวคอลัมน์อย่างน้อยสองคอลัมน์ เช่น ${quoted(headers)} ` +
    'เลือกตารางหรือแผ่นงานอื่น หรือแก้หัวคอลัมน์แล้วกด "อ่านแผนใหม่"',
  progress: {
    listing: "กำลังหาตารางและแผ่นงาน…",
    finding: "กำลังดูว่าตารางหรือแผ่นงานใดเป็นแผน…",
    reading: "กำลังอ่านแผน…",
    writing: "กำลังเขียนตารางสรุป…",
    flagging: "กำลังทำเครื่องหมายแถว…",
    selecting: "กำลังเลือกเซลล์…",
    creating: "กำลังสร้างแผ่นงานแผนใหม่…",
  },
  progressCount: (done, total) => `${done.toLocaleString("th-TH")} จาก ${total.toLocaleString("th-TH")} แถว`,
  failureTitle: {
    "not-found": "ไม่พบแผนที่เลือก",
    busy: "Excel ยังไม่ว่าง",
    requirement: "Excel รุ่นนี้ใช้ไม่ได้",
    "too-large": "ข้อมูลมากเกินไป",
    "formula-too-long": "กฎทำเครื่องหมายยาวเกินที่ Excel รับได้",
    invalid: "Excel ไม่รับข้อมูลที่ส่งไป",
    protected: "แก้ไขแผ่นงานหรือไฟล์นี้ไม่ได้",
    occupied: "มีข้อมูลของคุณอยู่ในที่ที่ตารางจะเขียน",
    conflict: "มีผู้อื่นแก้ไขสมุดงานในเวลาเดียวกัน",
    inactive: "สมุดงานนี้ไม่ได้เปิดอยู่ด้านหน้า",
    memory: "Excel หน่วยความจำไม่พอ",
    "stale-context": "การเชื่อมต่อกับสมุดงานหมดอายุ",
    failed: "ทำไม่สำเร็จ",
  },
  advice: {
    "not-found": 'ตารางหรือแผ่นงานอาจถูกลบหรือเปลี่ยนชื่อ เลือกแผนอีกครั้งในขั้น "แผน"',
    busy: "ออกจากโหมดแก้ไขเซลล์ (กด Enter หรือ Esc) หรือรอสักครู่ แล้วลองอีกครั้ง",
    requirement: "ต้องใช้ Microsoft 365, Excel 2021 ขึ้นไป หรือ Excel บนเว็บ",
    "too-large": "แผนใหญ่เกินกว่าที่ Excel ส่งได้ในครั้งเดียว แยกแผนเป็นตารางที่เล็กลง แล้วลองอีกครั้ง",
    "formula-too-long": "ลบเครื่องหมายแถวเดิม แล้วทำเครื่องหมายอีกครั้ง ถ้ายังไม่ได้ ให้ใช้ช่องสถานะเพียงคอลัมน์เดียว",
    invalid: "ตรวจสอบว่าแผ่นงานไม่ได้ถูกป้องกันและชื่อแผ่นงานถูกต้อง แล้วลองอีกครั้ง",
    protected:
      'ถ้าแผ่นงานถูกป้องกัน ให้ไปที่ "รีวิว" > "ยกเลิกการป้องกันแผ่นงาน" หรือขอให้เจ้าของไฟล์ยกเลิกการป้องกัน ' +
      "ถ้าไฟล์เปิดแบบอ่านอย่างเดียวหรือดูอย่างเดียว ให้บันทึกสำเนาแล้วใช้สำเนานั้น หรือขอสิทธิ์แก้ไขจากเจ้าของไฟล์ แล้วลองอีกครั้ง",
    occupied: "ย้ายข้อมูลที่คุณพิมพ์ไว้ในแผ่นงานของ add-in ออกไปให้พ้นตาราง แล้วลองอีกครั้ง",
    conflict: "ผู้ที่แก้ไขสมุดงานนี้ร่วมกับคุณเปลี่ยนส่วนเดียวกันพร้อมกัน รอสักครู่ แล้วลองอีกครั้ง",
    inactive: "คลิกที่สมุดงานนี้ให้อยู่ด้านหน้า แล้วลองอีกครั้ง",
    memory: "ปิดสมุดงานหรือโปรแกรมอื่นที่ไม่ใช้ แล้วลองอีกครั้ง หรือแยกแผนเป็นตารางที่เล็กลง",
    "stale-context": "ปิดบานหน้าต่างนี้แล้วเปิดใหม่ แล้วลองอีกครั้ง",
    failed: "ลองอีกครั้ง ถ้ายังไม่ได้ ให้ปิดแล้วเปิดบานหน้าต่างนี้ใหม่",
  },
  protectedSheet: (sheet) =>
    `แผ่นงาน "${sheet}" ถูกป้องกันอยู่: ไปที่ "รีวิว" > "ยกเลิกการป้องกันแผ่นงาน" หรือขอให้เจ้าของไฟล์ยกเลิกการป้องกัน แล้วลองอีกครั้ง`,
  occupiedCells: (sheet, cells) =>
    `ตารางฉบับใหม่ยาวหรือกว้างกว่าเดิม และจะทับเซลล์ ${cells} ในแผ่นงาน "${sheet}" ที่คุณพิมพ์ไว้ ` +
    "ย้ายข้อมูลนั้นลงไปด้านล่างหรือไปแผ่นงานอื่น แล้วเขียนอีกครั้ง (add-in จะไม่เขียนทับข้อมูลของคุณ)",
  failureDetails: "รายละเอียด",
  retry: "ลองอีกครั้ง",
  dismiss: "ปิด",
  loadingStep: "กำลังโหลดขั้นตอนนี้…",
};

const en: PaneStrings = {
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
    notCarriedOutLabel: "Not done",
    notCarriedOut: (count) =>
      count === undefined ? "Not done" : `Not done, ${plural(count, "project")} not carried out`,
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
    columnsHeading: "Columns recognised",
    columnsSummary: (found, complete) =>
      complete
        ? `${plural(found, "column")} found — edit`
        : `${plural(found, "column")} found, a required one missing — edit`,
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
    fiscalYearHint: "Taken from the sheet's title, or else the current fiscal year",
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
    withSample: "Fill it with the sample",
    createTemplate: "Create a new plan sheet from the template",
    created: (sheet) => `The sheet "${sheet}" was created. Fill the table in, then see the "Check" step.`,
    previewCreated: "Preview: there is no real workbook, so the new plan lives in this pane only.",
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
      pctProjects: "Projects carried out",
      pctBudget: "Budget disbursed",
      planned: "Planned budget",
      disbursed: "Disbursed",
      notCarriedOut: "Projects not carried out",
      baht: (amount) => `${amount} baht`,
      projects: (done, of) => `${done.toLocaleString("en-US")} of ${plural(of, "project")}`,
    },
    previewLabel: "The summary table as it will be written to the workbook",
    write: "Write the summary to the workbook",
    confirmTitle: "Errors remain",
    confirmBody: (errors) => `The plan still has ${plural(errors, "error")}. Write the summary anyway?`,
    confirmWrite: "Write anyway",
    cancel: "Cancel",
    goToErrors: "Go to the errors",
    written: (sheet) => `The summary was written to the sheet "${sheet}".`,
    previewWritten:
      "Preview: there is no real workbook, so the summary was not written anywhere. Open it in Excel to write it.",
    sheetNote:
      "The summary sheet includes a chart of planned and disbursed budget by dimension and is set to print on A4 landscape.",
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
    previewSelected: (rows) =>
      `Preview: there is no real workbook, so ${rowsText(rows, "en")} cannot be selected.`,
  },
  rollup: {
    heading: "Roll-up of several plans",
    written: (sheet, plans) => `${plans} plans were added up on the sheet "${sheet}".`,
    previewWritten: "Preview: there is no real workbook, so the roll-up sheet was not written anywhere.",
  },
  previewSelected: (cell) => `Preview: there is no real workbook, so cell ${cell} cannot be selected.`,
  noReport: 'No plan has been read yet. Pick a plan in the "Plan" step first.',
  noPlanTitle: "No plan found in this sheet",
  noPlanBody: (rows, headers) =>
    `The pane looks in the first ${plural(rows, "row")} for a header row naming at least two columns, such as ${quoted(headers)}. ` +
    'Pick another table or sheet, or fix the headers and choose "Read the plan again".',
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

export const STRINGS: Readonly<Record<Lang, PaneStrings>> = { th, en };
