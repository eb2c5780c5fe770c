/**
 * A worker thread of the roll-up: reads the files it is sent, a few at a time, one after another, and
 * answers each batch with what the roll-up keeps of each file. Reading a workbook is CPU-bound, so one
 * worker per core.
 */
import "./excelEntry";
import { parentPort, workerData } from "node:worker_threads";
import { type OfficeOptions, type OfficeReading, readOffice } from "./readOffice";

/** Files to read, in a row of the sorted list from `first`, so answers can be put back in order. */
export interface WorkerTask {
  readonly first: number;
  readonly files: readonly string[];
}

/** What became of each file of a task, in its order. */
export interface WorkerAnswer {
  readonly first: number;
  readonly readings: readonly OfficeReading[];
}

async function readTask(task: WorkerTask): Promise<WorkerAnswer> {
  const readings: OfficeReading[] = [];
  for (const file of task.files) readings.push(await readOffice(file, options));
  return { first: task.first, readings };
}

const options = workerData as OfficeOptions;
parentPort?.on("message", (task: WorkerTask) => {
  void readTask(task).then((answer) => parentPort?.postMessage(answer));
});
