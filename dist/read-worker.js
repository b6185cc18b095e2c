import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  FileSystemTree,
  documentToTransfer,
  readDocuments
} from "./chunks/chunk-ZEWEVCHK.js";
import "./chunks/chunk-FQFJMZVD.js";
import {
  formatNamed
} from "./chunks/chunk-FB3JDNN4.js";
import "./chunks/chunk-OGSLBZ3D.js";
import "./chunks/chunk-UP4ZCPWE.js";
import "./chunks/chunk-P75TJVBV.js";
import "./chunks/chunk-VKILGAQT.js";

// src/read/parallel/readWorker.ts
import { parentPort, workerData } from "node:worker_threads";
var job = workerData;
var read = await readDocuments(formatNamed(job.format), new FileSystemTree(job.root), job.files, { outline: job.outline });
var answer = { documents: job.files.map((file) => documentToTransfer(read.get(file))) };
parentPort.postMessage(answer);
