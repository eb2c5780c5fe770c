/**
 * Saving a file the pane made (the report document, a workbook opened in the browser): a download where
 * the browser or webview saves one, else the add-in's download page in the user's own browser.
 */

import type { PlanHost, PlanSettings } from "./planHost";

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

/**
 * What a host outside Excel keeps and saves: its settings in memory, for as long as the page is open
 * (there is no workbook to keep them in), and its files as downloads.
 */
export function inThePage(): Pick<PlanHost, "loadSettings" | "saveSettings" | "saveFile"> {
  let settings: PlanSettings = {};
  return {
    loadSettings: () => settings,
    async saveSettings(next) {
      settings = next;
    },
    async saveFile(name, bytes, type) {
      downloadBytes(name, bytes, type);
      return "downloaded";
    },
  };
}
