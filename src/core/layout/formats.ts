/** The number formats of the cells the product writes. */
export const FORMAT = {
  baht: "#,##0.00",
  percent: "0.00",
  count: "#,##0",
  /** Text cells are formatted as text, so a value such as "=HYPERLINK(…)" never becomes a formula. */
  text: "@",
  /** A formula the product writes (the status line's self-check): a text format would keep it as text. */
  general: "General",
} as const;
