/**
 * The pane's own focus ring, for the elements it draws without a Fluent UI component (the step tabs,
 * the check step's cards and start, the step's panel): 2 px in Fluent UI's focus colour, as its own
 * components draw theirs, shown for the keyboard only (:focus-visible), so that where the focus is can
 * always be seen (WCAG 2.4.7, https://www.w3.org/WAI/WCAG22/Understanding/focus-visible.html; 2 px
 * all round, as Focus Appearance asks, https://www.w3.org/WAI/WCAG22/Understanding/focus-appearance.html).
 *
 * An outline, not Fluent UI's createFocusOutlineStyle: that one draws the ring with ::after, which the
 * tabs already use for their bar and which needs a positioned element, and it makes the border
 * transparent, which would hide a card's severity stripe while the card has the focus.
 */
// Values only: Griffel's build-time evaluation of styles reads this file and its imports as plain
// JavaScript, where a type-only import is a syntax error.
import { tokens } from "@fluentui/react-components";

/**
 * The ring outside the element, or, with `inside`, just inside its edge: for an element in a box that
 * clips what overflows it (the line of tabs), where a ring outside would be cut off.
 */
export function focusRing(inside = false) {
  return {
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: inside ? `calc(-1 * ${tokens.strokeWidthThick})` : tokens.strokeWidthThin,
    },
  };
}
