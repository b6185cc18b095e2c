import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  FileSystemTree,
  documentToTransfer,
  readDocuments
} from "./chunks/chunk-OZWYQD27.js";
import "./chunks/chunk-RIQDLANA.js";
import {
  formatNamed
} from "./chunks/chunk-S3W5XQYO.js";
import "./chunks/chunk-AHAG55MR.js";
import "./chunks/chunk-LDSRDHQP.js";
import "./chunks/chunk-L22UIKKQ.js";
import "./chunks/chunk-VKILGAQT.js";

// src/read/parallel/readWorker.ts
import { parentPort, workerData } from "node:worker_threads";
var job = workerData;
var read = await readDocuments(formatNamed(job.format), new FileSystemTree(job.root), job.files, { outline: job.outline });
var answer = { documents: job.files.map((file) => documentToTransfer(read.get(file))) };
parentPort.postMessage(answer);
