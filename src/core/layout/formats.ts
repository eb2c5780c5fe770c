/** The number formats of the cells the product writes. */
export const FORMAT = {
  baht: "#,##0.00",
  percent: "0.00",
  count: "#,##0",
  /** Text cells are formatted as text, so a value such as "=HYPERLINK(…)" never becomes a formula. */
  text: "@",
} as const;
