/**
 * Text from a user's file on its way to a terminal. A cell can hold control characters: an ESC
 * sequence that recolours or clears the screen, an OSC 52 sequence that writes the clipboard, a
 * carriage return that hides what came before. The text report shows each as a visible picture
 * instead (ESC → ␛), so nothing in a cell acts on the terminal; line breaks and tabs stay.
 */

import { writeJsonPieces } from "./jsonPieces";

/** C0 controls but tab and line feed, DEL, and the C1 controls (U+0080–U+009F, 8-bit CSI and OSC). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

function picture(ch: string): string {
  const code = ch.charCodeAt(0);
  // Unicode's Control Pictures block: U+2400 + the code for C0, U+2421 for DEL.
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return "\u2421";
  return "\uFFFD";
}

export function safeForTerminal(text: string): string {
  return text.replace(CONTROL, picture);
}

/** DEL and the C1 controls, which JSON.stringify leaves raw (one pattern, not a new one per piece). */
const C1_AND_DEL = /[\u007F-\u009F]/g;

/**
 * JSON as JSON.stringify writes it, with the C1 controls also escaped (JSON.stringify leaves them
 * raw): the same document, safe to print.
 */
function safeJson(json: string): string {
  return json.replace(C1_AND_DEL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * A value as the command line prints JSON: `JSON.stringify(value, null, 2)` made safe to print, and a
 * line break, written in pieces (a piece ends between tokens, so no control character is split).
 */
export function writeSafeJson(value: unknown, write: (text: string) => void): void {
  writeJsonPieces(value, (text) => write(safeJson(text)));
  write("\n");
}
