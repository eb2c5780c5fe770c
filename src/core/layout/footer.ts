/**
 * The page footer as Excel's header-and-footer codes. Excel keeps the whole footer, all its sections
 * and codes together, in one string of at most 255 characters (MS-XLS 2.4.124 Footer,
 * https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-xls/10606f3c-5e9b-4e7d-8bd9-7a28489fea4d;
 * the same limit in MS-XLSB 2.5.73 HeaderFooterString), so the limit is kept over the whole.
 */

export const FOOTER_LIMIT = 255;

/** The footer's texts, as written. */
export interface FooterText {
  readonly left: string;
  readonly right: string;
}

/** The footer's sections as Excel reads them: "&" starts a code, so a literal one is doubled. */
export interface FooterSections {
  readonly left: string;
  readonly right: string;
}

const escape = (text: string) => text.replace(/&/g, "&&");

/** The whole footer, section codes included: what Excel stores and counts. */
export function footerCode(sections: FooterSections): string {
  return `&L${sections.left}&R${sections.right}`;
}

/**
 * The sections, the right one (the longer, traced source) shortened with "…" until the whole footer
 * fits Excel's limit; then the left one, should it alone be too long.
 */
export function footerSections(footer: FooterText): FooterSections {
  const fits = (left: string, right: string) => footerCode({ left, right }).length <= FOOTER_LIMIT;
  let left = escape(footer.left);
  const shorten = (text: string, room: (escaped: string) => boolean): string => {
    const chars = [...text];
    for (let keep = chars.length; keep >= 0; keep--) {
      const candidate = escape(chars.slice(0, keep).join("")) + (keep === chars.length ? "" : "…");
      if (room(candidate)) return candidate;
    }
    return "";
  };
  if (!fits(left, "")) left = shorten(footer.left, (candidate) => fits(candidate, ""));
  const right = shorten(footer.right, (candidate) => fits(left, candidate));
  return { left, right };
}
