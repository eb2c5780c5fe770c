/** Copying the memo: the clipboard API where the host allows it. */

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
