/** Copying the memo and the report document: the clipboard API where the host allows it. */

/**
 * Puts `text` on the clipboard; false when the browser has no clipboard API or refuses it, as Office
 * often does inside its iframe, so the caller can fall back to letting the user press Ctrl+C.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  // Undefined outside a secure context, and in some Office webviews.
  const clipboard: Clipboard | undefined = navigator.clipboard;
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Puts the document on the clipboard as formatted text and as plain text; false where the pane may not. */
export async function copyFormatted(html: string, text: string): Promise<boolean> {
  // ClipboardItem is missing in older webviews, and Office may refuse the clipboard inside its iframe.
  if (typeof ClipboardItem === "undefined" || !navigator.clipboard?.write) return false;
  try {
    await navigator.clipboard.write([
      new ClipboardItem({
        "text/html": new Blob([html], { type: "text/html" }),
        "text/plain": new Blob([text], { type: "text/plain" }),
      }),
    ]);
    return true;
  } catch {
    return false;
  }
}
