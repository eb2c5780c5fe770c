/**
 * ExcelJS without what the command line never uses. Its Node entry (exceljs 4.4: excel.js →
 * lib/exceljs.nodejs.js) loads its streaming reader and writer eagerly, and with them unzipper,
 * archiver and tmp: measured, some 300 ms of a 470 ms `require("exceljs")`, paid by every run and by
 * every roll-up worker thread. The command line uses only `Workbook` (src/hosts/exceljs), so before
 * anything imports "exceljs" its entry is put in Node's module cache with the same exports, each
 * loaded from the same files when first used. The streaming classes stay there for any code that asks.
 *
 * Import this first, before anything that imports "exceljs". Under a test runner with its own module
 * registry (Jest) nothing asks Node's cache and nothing is loaded from here: the getters are lazy.
 */
import { createRequire } from "node:module";
import * as path from "node:path";

const load = createRequire(__filename);

function lightEntry(): void {
  const cache = load.cache;
  let entry: string;
  try {
    entry = load.resolve("exceljs");
  } catch {
    return;
  }
  if (cache === undefined || cache[entry] !== undefined) return;
  const lib = (file: string) => path.join(path.dirname(entry), "lib", file);
  // The same shape as lib/exceljs.nodejs.js: Workbook, ModelContainer, stream.xlsx.*, the enums.
  const exceljs: Record<string, unknown> = { ...(load(lib("doc/enums")) as object) };
  const lazy = (name: string, value: () => unknown) =>
    Object.defineProperty(exceljs, name, { enumerable: true, configurable: true, get: value });
  lazy("Workbook", () => load(lib("doc/workbook")));
  lazy("ModelContainer", () => load(lib("doc/modelcontainer")));
  lazy("stream", () => ({
    xlsx: {
      WorkbookWriter: load(lib("stream/xlsx/workbook-writer")),
      WorkbookReader: load(lib("stream/xlsx/workbook-reader")),
    },
  }));
  const Module = load("node:module") as new (id: string) => NodeJS.Module;
  const module = new Module(entry);
  module.filename = entry;
  module.loaded = true;
  module.exports = exceljs;
  cache[entry] = module;
}

lightEntry();
