/**
 * A worker thread of the roll-up: reads the files it is sent, one at a time, and answers each with
 * what the roll-up keeps of it. Reading a workbook is CPU-bound, so one worker per core.
 */
import "./excelEntry";
import { parentPort, workerData } from "node:worker_threads";
import { type OfficeOptions, readOffice } from "./readOffice";

/** A file to read: its index in the sorted list, so answers can be put back in order. */
export interface WorkerTask {
  readonly index: number;
  readonly file: string;
}

const options = workerData as OfficeOptions;
parentPort?.on("message", (task: WorkerTask) => {
  void readOffice(task.file, options).then((reading) =>
    parentPort?.postMessage({ index: task.index, reading }),
  );
});
