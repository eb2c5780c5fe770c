/**
 * The roll-up's files: the plan files of the folders given, and reading them all, on every core when
 * the compiled worker is there (in-process otherwise, as under the test runner).
 */
import { existsSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { Unreadable } from "../core";
import { CLI_WORDS } from "./messages";
import { type OfficeOptions, type OfficeReading, readOffice } from "./readOffice";
import type { WorkerAnswer, WorkerTask } from "./rollupWorker";

/** What a folder's plan files are named: .xlsx and .csv, not Excel's "~$" lock files nor hidden ones. */
export function isPlanFileName(name: string): boolean {
  return /\.(xlsx|csv)$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".");
}

export interface FileList {
  readonly files: string[];
  /** Paths that do not exist or cannot be listed. */
  readonly unreadable: Unreadable[];
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Files named are read whatever their extension; folders give their plan files (and their
 * subfolders' when `recursive`). Sorted by path, each path once.
 */
export async function planFiles(
  paths: readonly string[],
  recursive: boolean,
  options: OfficeOptions,
): Promise<FileList> {
  const files = new Map<string, string>();
  const unreadable: Unreadable[] = [];
  const words = CLI_WORDS[options.lang];
  const add = (file: string) => {
    const key = path.resolve(file);
    if (!files.has(key)) files.set(key, file);
  };
  const walk = async (folder: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      unreadable.push({ file: folder, reason: words.problem({ kind: "cannot-read", file: folder, reason }) });
      return;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (recursive && !entry.name.startsWith(".")) await walk(full);
      } else if (isPlanFileName(entry.name)) add(full);
    }
  };
  for (const given of paths) {
    let isFolder: boolean;
    try {
      isFolder = (await stat(given)).isDirectory();
    } catch {
      unreadable.push({ file: given, reason: words.problem({ kind: "no-such-file", file: given }) });
      continue;
    }
    if (isFolder) await walk(given);
    else add(given);
  }
  return { files: [...files.values()].sort(byPath), unreadable };
}

/** The compiled worker beside this file; absent when running from TypeScript sources. */
const WORKER = path.join(__dirname, "rollupWorker.js");
/** Below this many files, starting threads (each loads ExcelJS) costs more than it saves. */
const PARALLEL_FROM = 8;
/**
 * The most files sent to a worker at once. Each message wakes the main thread and is copied across:
 * one per file cost the main thread some 0.07 ms a file, as much as a tenth of reading one.
 */
const BATCH = 32;

async function readInProcess(files: readonly string[], options: OfficeOptions): Promise<OfficeReading[]> {
  const readings: OfficeReading[] = [];
  for (const file of files) readings.push(await readOffice(file, options));
  return readings;
}

/**
 * Files read by the next free worker, a few at a time (fewer as the list runs out, so the workers end
 * together); answers land at their files' indices, so order never varies.
 */
function readInWorkers(
  files: readonly string[],
  options: OfficeOptions,
  count: number,
): Promise<OfficeReading[]> {
  const readings = new Array<OfficeReading>(files.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers = Array.from({ length: count }, () => new Worker(WORKER, { workerData: options }));
    const finish = (error?: unknown) => {
      for (const worker of workers) void worker.terminate();
      if (error === undefined) resolve(readings);
      else reject(error instanceof Error ? error : new Error(String(error)));
    };
    const give = (worker: Worker) => {
      if (next < files.length) {
        const size = Math.max(1, Math.min(BATCH, Math.floor((files.length - next) / (4 * count))));
        const task: WorkerTask = { first: next, files: files.slice(next, next + size) };
        next += task.files.length;
        worker.postMessage(task);
      }
    };
    for (const worker of workers) {
      worker.on("message", (answer: WorkerAnswer) => {
        answer.readings.forEach((reading, i) => (readings[answer.first + i] = reading));
        done += answer.readings.length;
        if (done === files.length) finish();
        else give(worker);
      });
      worker.on("error", finish);
      // Two tasks each, so a worker never waits for its next files.
      give(worker);
      give(worker);
    }
  });
}

/** Reads every file, in parallel where it pays; the answers are in the files' order. */
export function readOffices(files: readonly string[], options: OfficeOptions): Promise<OfficeReading[]> {
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  const count = Math.min(cores, Math.ceil(files.length / PARALLEL_FROM));
  if (count < 2 || !existsSync(WORKER)) return readInProcess(files, options);
  return readInWorkers(files, options, count);
}
