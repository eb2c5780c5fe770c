/** The report document's model and its HTML, loaded together in the pane's "document" chunk. */
export { memoDocument, memoFields } from "../../core/document/memoDocument";
export { readMemoSettings } from "../../core/document/memoDetails";
export { documentHtml, documentText } from "../../core/document/documentHtml";
