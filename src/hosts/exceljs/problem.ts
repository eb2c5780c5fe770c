/**
 * Why a workbook or its plan could not be used at all. The command line words each kind (src/cli/messages.ts);
 * the pane shows the kind it can name.
 */
import type { AskWhy, PlaceLook } from "../../core/rows/planPlace";

/** Why the input (or the output file) could not be used at all: exit status 2, one line on stderr. */
export type Problem =
  | { readonly kind: "usage"; readonly detail: string }
  | { readonly kind: "no-command" }
  | { readonly kind: "unknown-command"; readonly command: string }
  | { readonly kind: "unknown-option"; readonly option: string }
  | { readonly kind: "missing-value"; readonly option: string }
  | { readonly kind: "extra-argument"; readonly argument: string }
  | { readonly kind: "bad-option"; readonly option: string; readonly value: string }
  | { readonly kind: "conflicting-options"; readonly options: readonly [string, string] }
  | { readonly kind: "no-input" }
  | { readonly kind: "no-output"; readonly command: string }
  | { readonly kind: "no-such-file"; readonly file: string }
  | { readonly kind: "cannot-read"; readonly file: string; readonly reason: string }
  | { readonly kind: "not-a-workbook"; readonly file: string }
  | { readonly kind: "empty-file"; readonly file: string }
  | { readonly kind: "damaged-workbook"; readonly file: string }
  | { readonly kind: "other-format"; readonly file: string; readonly format: OtherFormat }
  | { readonly kind: "broken-workbook"; readonly file: string; readonly part: string }
  | {
      readonly kind: "beyond-excel";
      readonly file: string;
      readonly sheet: string;
      readonly row: number;
      readonly column: number;
    }
  | {
      readonly kind: "too-big";
      readonly file: string;
      readonly size: number;
      readonly limit: number;
      readonly unit: "file" | "xml" | "cells";
    }
  | { readonly kind: "csv-open-quote"; readonly file: string; readonly line: number }
  | { readonly kind: "csv-too-wide"; readonly file: string; readonly line: number; readonly columns: number }
  | { readonly kind: "too-long"; readonly option: string; readonly length: number; readonly limit: number }
  | { readonly kind: "no-sheet"; readonly file: string; readonly sheet: string; readonly known: string[] }
  | { readonly kind: "no-table"; readonly file: string; readonly table: string; readonly known: string[] }
  | {
      readonly kind: "no-plan";
      readonly file: string;
      readonly sheet?: string;
      readonly table?: string;
      /** Every place looked at, and why it holds no plan (spec §4.3). */
      readonly looked?: readonly PlaceLook[];
    }
  /** Several places hold a plan and nothing tells which is the report's (spec §4.3). */
  | {
      readonly kind: "which-plan";
      readonly file: string;
      readonly why: AskWhy;
      readonly year?: number;
      readonly looked: readonly PlaceLook[];
    }
  /** The plan has a budget column per fiscal year, but none for the report's year (spec §9.2). */
  | { readonly kind: "no-year-column"; readonly file: string; readonly years: string; readonly year?: number }
  | { readonly kind: "output-exists"; readonly file: string }
  | { readonly kind: "output-is-input"; readonly file: string }
  | { readonly kind: "output-not-xlsx"; readonly file: string }
  | { readonly kind: "output-not-docx"; readonly file: string }
  | { readonly kind: "bad-settings"; readonly file: string; readonly detail: string }
  | { readonly kind: "cannot-write"; readonly file: string; readonly reason: string }
  | { readonly kind: "internal"; readonly reason: string };

/** Files people take for workbooks that this command cannot open, each with its own way out. */
export type OtherFormat = "xls" | "ods" | "xlsb" | "encrypted";

/** A problem raised where it is found and reported once, by main. */
export class InputProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.kind);
    this.name = "InputProblem";
  }
}
