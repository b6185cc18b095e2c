import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  FileSystemTree,
  documentToTransfer,
  readDocuments
} from "./chunks/chunk-Z6WQMO5K.js";
import "./chunks/chunk-DTDG45DQ.js";
import {
  formatNamed
} from "./chunks/chunk-PXR36WKA.js";
import "./chunks/chunk-INO2L5W4.js";
import "./chunks/chunk-DNQAAWAS.js";
import "./chunks/chunk-UPAYHZ2K.js";
import "./chunks/chunk-VKILGAQT.js";

// src/read/parallel/readWorker.ts
import { parentPort, workerData } from "node:worker_threads";
var job = workerData;
var read = await readDocuments(formatNamed(job.format), new FileSystemTree(job.root), job.files, { outline: job.outline });
var answer = { documents: job.files.map((file) => documentToTransfer(read.get(file))) };
parentPort.postMessage(answer);
