import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  FileSystemTree,
  documentToTransfer,
  readDocuments
} from "./chunks/chunk-2KZKIZQS.js";
import "./chunks/chunk-YA27NE7B.js";
import {
  formatNamed
} from "./chunks/chunk-YI4KR6K5.js";
import "./chunks/chunk-7CSN5IW7.js";
import "./chunks/chunk-OXTNDWAP.js";
import "./chunks/chunk-YFGIH2T2.js";
import "./chunks/chunk-VKILGAQT.js";

// src/read/parallel/readWorker.ts
import { parentPort, workerData } from "node:worker_threads";
var job = workerData;
var read = await readDocuments(formatNamed(job.format), new FileSystemTree(job.root), job.files, { outline: job.outline });
var answer = { documents: job.files.map((file) => documentToTransfer(read.get(file))) };
parentPort.postMessage(answer);
