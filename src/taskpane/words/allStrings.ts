/**
 * The pane's words in both languages at once, for what is not the pane's first load (tests, tools): the
 * pane itself asks strings.ts, which fetches English when it is needed.
 */
import type { Lang } from "../../core";
import { type PaneStrings, paneStrings } from "./strings";
import { en } from "./stringsEn";

export const STRINGS: Readonly<Record<Lang, PaneStrings>> = { th: paneStrings("th"), en };
