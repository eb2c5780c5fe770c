/**
 * The notes a host adds to a written sheet's status line about its printing, Thai first and English
 * second. Apart from the summary's words (summaryWords.ts), so that a host painting the page carries
 * these alone.
 */
import type { Lang } from "./messages";

/** What the status line says when the print setup is not what core asked for. */
export interface PrintWords {
  /**
   * Excel did not keep "fit to one page wide" (office-js #1860: it keeps it only once the Page Layout
   * tab has been shown): the printed sheet may run over several pages wide, and how to set it by hand.
   */
  readonly fitToPageNotKept: string;
}

export const PRINT_WORDS: Readonly<Record<Lang, PrintWords>> = {
  th: {
    fitToPageNotKept:
      "(ตารางที่พิมพ์อาจไม่พอดีหนึ่งหน้าในแนวกว้าง: ที่แท็บ เค้าโครงหน้ากระดาษ → ปรับให้พอดี ตั้ง ความกว้าง เป็น 1 หน้า)",
  },
  en: {
    fitToPageNotKept:
      "(The printed sheet may not fit one page wide: on Page Layout → Scale to Fit, set Width to 1 page.)",
  },
};
