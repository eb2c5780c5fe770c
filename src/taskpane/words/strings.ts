/**
 * The task pane's own words in Thai, and the way to the English (a chunk of its own, stringsEn.ts).
 * Issue messages, field names and the summary sheet's labels come from core (MESSAGES, SUMMARY_WORDS).
 */
import { type Lang, buddhistYear, compactRanges } from "../../core";
import { type PaneStrings, firstRun, quoted } from "./paneWords";

export type { PaneStrings, Task } from "./paneWords";

const th: PaneStrings = {
  lang: "th",
  appTitle: "รายงานผลแผนป้องกันการทุจริต",
  otherLanguage: "English",
  otherLang: "en",
  // A word joiner (U+2060) keeps the office's name on one line: Chromium's Thai dictionary breaks "แม่|วิน".
  previewBanner: `โหมดตัวอย่าง — เปิดนอก Excel จึงแสดงแผนตัวอย่างของ อบต.แม่\u2060วิน ปีงบประมาณ ${buddhistYear(2566, "th")}`,
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
    reread: "อ่านแผนอีกครั้ง",
    resultHeading: "ผลการอ่านแผน",
    resultLine: (place, projects, year, round) =>
      [
        place,
        `${projects.toLocaleString("th-TH")} โครงการ`,
        ...(year === undefined ? [] : [`ปีงบประมาณ ${buddhistYear(year, "th")}`]),
        ...(round === undefined ? [] : [`รอบ ${round} เดือน`]),
      ].join(" · "),
    findings: (counts) =>
      `ข้อผิดพลาด ${counts.error.toLocaleString("th-TH")} · คำเตือน ${counts.warning.toLocaleString("th-TH")} · ข้อสังเกต ${counts.info.toLocaleString("th-TH")}`,
    settings: "ตั้งค่าแผนและรายงาน",
    columnsHeading: "คอลัมน์ที่อ่านได้",
    columnsSummary: (found, complete) =>
      complete ? `อ่านได้ครบ ${found} คอลัมน์ · แก้ไขคอลัมน์` : `พบ ${found} คอลัมน์ ยังขาดคอลัมน์ที่ต้องมี · แก้ไขคอลัมน์`,
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
    fiscalYearHint: "ค่าเริ่มต้นมาจากหัวเรื่องของแผ่นงาน หรือปีของรอบรายงานล่าสุดที่สิ้นสุดแล้ว",
    fiscalYearAssumed: (year, round) =>
      `หัวแผ่นงานไม่ระบุปี จึงใช้ พ.ศ. ${year} ซึ่งรอบ ${round} เดือนสิ้นสุดล่าสุด (ค่าเริ่มต้น) ถ้าไม่ใช่ ให้พิมพ์ปีที่ถูกต้อง`,
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
    templateFileHint:
      "ไฟล์ Excel ที่มีหัวตารางตามแบบ พร้อมรายการให้เลือกมิติและสถานะ กรอกโครงการใน Excel แล้วเปิดไฟล์นั้นที่นี่",
    withSample: "ใส่ข้อมูลตัวอย่าง",
    createTemplate: "สร้างแผ่นงานแผนใหม่จากแม่แบบ",
    downloadTemplate: "ดาวน์โหลดแม่แบบแผน (.xlsx)",
    created: (sheet) => `สร้างแผ่นงาน "${sheet}" แล้ว กรอกโครงการลงในตาราง แล้วดูผลในขั้น "ตรวจสอบ"`,
    templateSaved: (file, saved) =>
      (saved === "downloaded" ? `ดาวน์โหลด ${file} แล้ว` : `เปิดหน้าดาวน์โหลด ${file} ในเบราว์เซอร์แล้ว`) +
      ": เปิดไฟล์ใน Excel กรอกโครงการ บันทึก แล้วเปิดไฟล์นั้นที่นี่เพื่อตรวจสอบและสรุป",
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
      hasErrors: (errors) => `แผนยังมีข้อผิดพลาด ${errors} รายการ ตัวเลขเหล่านี้อาจยังไม่ถูกต้อง`,
      pctProjects: "โครงการที่ดำเนินการแล้ว",
      pctBudget: "งบประมาณที่เบิกจ่าย",
      planned: "งบประมาณตามแผน",
      disbursed: "เบิกจ่ายแล้ว",
      notCarriedOut: "โครงการที่ไม่ได้ดำเนินการ",
      baht: (amount) => `${amount} บาท`,
      projects: (done, of) => `${done.toLocaleString("th-TH")} จาก ${of.toLocaleString("th-TH")} โครงการ`,
    },
    previewLabel: "ตัวอย่างตารางสรุปตามที่จะเขียนลงสมุดงาน",
    cardsLabel: "ตัวเลขในตารางสรุป แยกตามมิติ",
    showTable: "แสดงเป็นตารางตามแบบรายงาน",
    write: "เขียนตารางสรุปลงสมุดงาน",
    confirmTitle: "ยังมีข้อผิดพลาด",
    confirmBody: (errors) => `ข้อมูลยังมีข้อผิดพลาด ${errors} รายการ เขียนตารางสรุปต่อหรือไม่`,
    confirmWrite: "เขียนต่อ",
    cancel: "ยกเลิก",
    goToErrors: "ไปดูข้อผิดพลาด",
    written: (sheet) => `เขียนตารางสรุปลงแผ่นงาน "${sheet}" แล้ว`,
    previewWritten: "ตัวอย่าง: ไม่มีสมุดงานจริง ตารางสรุปจึงไม่ได้เขียนลงที่ใด เปิดใน Excel เพื่อเขียนจริง",
    sheetNote: (withChart) =>
      withChart
        ? "แผ่นงานสรุปมีแผนภูมิงบประมาณตามแผนและงบประมาณเบิกจ่ายรายมิติ และตั้งค่าให้พิมพ์บนกระดาษ A4 แนวนอนไว้แล้ว"
        : "แผ่นงานสรุปตั้งค่าให้พิมพ์บนกระดาษ A4 แนวนอนไว้แล้ว",
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
  },
  rollup: {
    heading: "สรุปรวมหลายแผน",
    written: (sheet, plans) => `เขียนผลรวม ${plans} แผนลงแผ่นงาน "${sheet}" แล้ว`,
    previewWritten: "ตัวอย่าง: ไม่มีสมุดงานจริง แผ่นงานรวมผลจึงไม่ได้เขียนลงที่ใด",
  },
  noReport: 'ยังไม่มีแผนที่อ่านได้ เลือกแผนในขั้น "แผน" ก่อน',
  noPlanTitle: "ไม่พบแผนในแผ่นงานนี้",
  noPlanBody: (rows, headers, rereads) =>
    `ต้องมีแถวหัวตารางภายใน ${rows} แถวแรก ที่มีหัวคอลัมน์อย่างน้อยสองคอลัมน์ เช่น ${quoted(headers)} ` +
    (rereads
      ? 'เลือกตารางหรือแผ่นงานอื่น หรือแก้หัวคอลัมน์แล้วกด "อ่านแผนอีกครั้ง"'
      : "เลือกตารางหรือแผ่นงานอื่น หรือแก้หัวคอลัมน์ใน Excel แล้วเปิดไฟล์อีกครั้ง"),
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

/** The pane's words as loaded: Thai always, English once asked for (loadLanguage). */
const loaded: Partial<Record<Lang, PaneStrings>> = { th };

/**
 * The pane's words in `lang`. The first load carries Thai alone; English comes in a chunk of its own,
 * fetched before the pane shows in English (loadLanguage): until then, Thai.
 */
export function paneStrings(lang: Lang): PaneStrings {
  return loaded[lang] ?? th;
}

/** Fetches the words of `lang` (English's chunk) if they are not here yet. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (loaded[lang]) return;
  const { en } = await import(/* webpackChunkName: "strings-en" */ "./stringsEn");
  loaded.en = en;
}
