/** The report document's writer (the docx library), the emblem reader and the template filler. */
export { memoDocx } from "./memoDocx";
export { emblemOf } from "./emblem";
export { fillTemplate } from "./officeTemplate";
