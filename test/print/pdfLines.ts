/**
 * Text lines of a PDF with their boxes, read from `pdftotext -bbox-layout`, and the pairs of lines
 * painted over each other.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as path from "node:path";

export interface TextLine {
  readonly page: number;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  readonly text: string;
}

const LINE = /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g;
const WORD = />([^<]*)<\/word>/g;

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

/** Every text line of every page. */
export function pdfLines(pdf: string): TextLine[] {
  const html = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8" });
  return html
    .split("<page")
    .slice(1)
    .flatMap((page, i) =>
      [...page.matchAll(LINE)].map((m) => ({
        page: i + 1,
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
        text: unescape([...m[5].matchAll(WORD)].map((w) => w[1]).join(" ")),
      })),
    );
}

/** Less than this, in points, is two boxes touching, not overlapping. */
const TOUCH = 0.5;

/**
 * Pairs of lines on one page whose boxes overlap. pdftotext sometimes cuts one printed line in two at
 * a Thai mark; the pieces share their top and bottom and overlap by less than a letter: one line.
 */
export function overlappingLines(lines: readonly TextLine[]): [TextLine, TextLine][] {
  const pairs: [TextLine, TextLine][] = [];
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const a = lines[i];
      const b = lines[j];
      if (a.page !== b.page) continue;
      const across = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const down = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (across <= TOUCH || down <= TOUCH) continue;
      const oneLine = Math.abs(a.y0 - b.y0) < TOUCH && Math.abs(a.y1 - b.y1) < TOUCH;
      if (oneLine && across < (a.y1 - a.y0) / 2) continue;
      pairs.push([a, b]);
    }
  }
  return pairs;
}

const found = (tool: string) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;

/**
 * Whether LibreOffice and the poppler tools are here; a missing one skips the caller's tests with a
 * message, and with REQUIRE_LIBREOFFICE=1 (as in CI) fails them instead.
 */
export function officeAvailable(what: string, tools: readonly string[] = ["soffice", "pdftotext"]): boolean {
  const missing = tools.filter((tool) => !found(tool));
  if (missing.length === 0) return true;
  const message = `${missing.join(", ")} not installed: ${what} is skipped.`;
  if (process.env.REQUIRE_LIBREOFFICE === "1")
    throw new Error(`${missing.join(", ")} not installed, and REQUIRE_LIBREOFFICE=1 asks for it.`);
  console.warn(message);
  return false;
}

/** Converts the files to PDF beside them in one run: LibreOffice starts once, with a profile of its own. */
export function convertToPdf(dir: string, files: readonly string[]): void {
  execFileSync(
    "soffice",
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${path.join(dir, "lo")}`,
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      ...files,
    ],
    { stdio: "pipe", timeout: 170_000 },
  );
}
