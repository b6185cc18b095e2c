import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  FileSystemTree,
  documentToTransfer,
  readDocuments
} from "./chunks/chunk-JAOGS3FA.js";
import "./chunks/chunk-H5JS55JN.js";
import {
  formatNamed
} from "./chunks/chunk-OHX7HTIX.js";
import "./chunks/chunk-7CSN5IW7.js";
import "./chunks/chunk-NX6PKHBJ.js";
import "./chunks/chunk-YFGIH2T2.js";
import "./chunks/chunk-VKILGAQT.js";

// src/read/parallel/readWorker.ts
import { parentPort, workerData } from "node:worker_threads";
var job = workerData;
var read = await readDocuments(formatNamed(job.format), new FileSystemTree(job.root), job.files, { outline: job.outline });
var answer = { documents: job.files.map((file) => documentToTransfer(read.get(file))) };
parentPort.postMessage(answer);
