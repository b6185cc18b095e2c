import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  FileSystemTree,
  documentToTransfer,
  readDocuments
} from "./chunks/chunk-P5KRDVNG.js";
import "./chunks/chunk-LC72NGY3.js";
import {
  formatNamed
} from "./chunks/chunk-NKS257NE.js";
import "./chunks/chunk-HJZAAKHF.js";
import "./chunks/chunk-YTA6QN6E.js";
import "./chunks/chunk-J5S3HPPA.js";
import "./chunks/chunk-VKILGAQT.js";

// src/read/parallel/readWorker.ts
import { parentPort, workerData } from "node:worker_threads";
var job = workerData;
var read = await readDocuments(formatNamed(job.format), new FileSystemTree(job.root), job.files, { outline: job.outline });
var answer = { documents: job.files.map((file) => documentToTransfer(read.get(file))) };
parentPort.postMessage(answer);
