/**
 * Spec §4: the command line's JSON is `JSON.stringify(value, null, 2)` to the character, however it is
 * written out: a long list is handed out a piece at a time, never as one string of the whole report.
 */
import fc from "fast-check";
import { writeJsonPieces } from "../../src/cli/jsonPieces";
import { writeSafeJson } from "../../src/cli/terminal";

function pieces(value: unknown, piece?: number): string[] {
  const written: string[] = [];
  writeJsonPieces(value, (text) => written.push(text), piece);
  return written;
}

describe("JSON written in pieces", () => {
  it("is JSON.stringify(value, null, 2) for any JSON value, at any piece size (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.integer({ min: 1, max: 4 }), (value, piece) => {
        expect(pieces(value, piece).join("")).toBe(JSON.stringify(value, null, 2));
      }),
    );
  });

  it("leaves out what JSON.stringify leaves out, and lets a value's toJSON speak for it", () => {
    const value = {
      kept: [1, undefined, () => 0, "ก"],
      gone: undefined,
      fn: () => 1,
      at: new Date(Date.UTC(2023, 8, 30)),
      own: { toJSON: () => "own" },
      nested: [{ a: undefined, b: [null, { c: "ข" }] }, [], {}],
    };
    for (const piece of [1, 2, 200])
      expect(pieces(value, piece).join("")).toBe(JSON.stringify(value, null, 2));
  });

  it("hands a long list out in pieces, none of them the whole", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ row: i + 7, name: `โครงการ ${i}` }));
    const written = pieces({ rows });
    const whole = JSON.stringify({ rows }, null, 2);
    expect(written.join("")).toBe(whole);
    expect(written.length).toBeGreaterThan(5);
    expect(Math.max(...written.map((text) => text.length))).toBeLessThan(whole.length / 4);
  });

  it("escapes the C1 controls in every piece, and ends with a line break", () => {
    const names = Array.from({ length: 450 }, (_, i) => `\u009b2J${i}`);
    const written: string[] = [];
    writeSafeJson({ names }, (text) => written.push(text));
    const text = written.join("");
    expect(text).not.toMatch(/[\u007F-\u009F]/);
    expect(text.endsWith("\n")).toBe(true);
    expect(JSON.parse(text)).toEqual({ names });
  });
});
