/**
 * Saving a file the pane made (the report document, a workbook opened in the browser): a download where
 * the browser or webview saves one, else the add-in's download page in the user's own browser.
 */

/** How a file was handed over: downloaded here, or opened in the user's browser to be saved there. */
export type SavedFile = "downloaded" | "browser";

/** Hands the bytes to the browser as a file download. */
export function downloadBytes(name: string, bytes: Uint8Array, type: string): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the link; the URL is freed once the browser has taken it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
