import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  FileSystemTree,
  documentToTransfer,
  readDocuments
} from "./chunks/chunk-3APVYYDF.js";
import "./chunks/chunk-UYUEUDBG.js";
import {
  formatNamed
} from "./chunks/chunk-OTS6AII7.js";
import "./chunks/chunk-EGK3TPWH.js";
import "./chunks/chunk-WR3QOAHZ.js";
import "./chunks/chunk-DGFNFPOZ.js";
import "./chunks/chunk-VKILGAQT.js";

// src/read/parallel/readWorker.ts
import { parentPort, workerData } from "node:worker_threads";
var job = workerData;
var read = await readDocuments(formatNamed(job.format), new FileSystemTree(job.root), job.files, { outline: job.outline });
var answer = { documents: job.files.map((file) => documentToTransfer(read.get(file))) };
parentPort.postMessage(answer);
