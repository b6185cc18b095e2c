import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  FileSystemTree,
  documentToTransfer,
  readDocuments
} from "./chunks/chunk-KD4UMMRR.js";
import "./chunks/chunk-67SQXAKB.js";
import {
  formatNamed
} from "./chunks/chunk-2OSR2RJD.js";
import "./chunks/chunk-WY54ZU3J.js";
import "./chunks/chunk-FD7XQS5Z.js";
import "./chunks/chunk-3ZQSLKZL.js";
import "./chunks/chunk-ZZYXWRD5.js";

// src/read/parallel/readWorker.ts
import { parentPort, workerData } from "node:worker_threads";
var job = workerData;
var read = await readDocuments(formatNamed(job.format), new FileSystemTree(job.root), job.files, { outline: job.outline });
var answer = { documents: job.files.map((file) => documentToTransfer(read.get(file))) };
parentPort.postMessage(answer);
