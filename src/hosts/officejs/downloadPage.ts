/**
 * The add-in's download page (src/download/download.ts) carries a file in its address's fragment, for
 * Excel for Mac, whose webview saves no download (see saveFile in index.ts).
 */

/** The download page's fragment for a file (src/download/download.ts reads it): base64url, never sent to a server. */
export function downloadFragment(name: string, bytes: Uint8Array, type: string): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...Array.from(bytes.subarray(i, i + 0x8000)));
  const data = btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  return `#${new URLSearchParams({ name, type, data }).toString()}`;
}
