/** How every sheet the product writes prints: one place, read by the summary, roll-up and plan sheets. */
import { OFFICIAL_FONT } from "./styles";

/** Inches, as Excel keeps them. */
export interface Margins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly header: number;
  readonly footer: number;
}

/** How every sheet the product writes prints: A4 landscape, one page wide and as many tall as needed. */
export interface PagePrint {
  readonly paperSize: "A4";
  readonly orientation: "landscape";
  readonly fitToPagesWide: 1;
  /** Room for the footer, and for binding on the left. */
  readonly margins: Margins;
  /** The official documents' font; Excel shows its own substitute where it is not installed. */
  readonly font: { readonly name: string; readonly size: number };
}

export const PAGE_PRINT: PagePrint = {
  paperSize: "A4",
  orientation: "landscape",
  fitToPagesWide: 1,
  margins: { left: 0.7, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
  font: OFFICIAL_FONT,
};
