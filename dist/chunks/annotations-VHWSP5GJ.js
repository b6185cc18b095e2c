import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  annotate,
  annotationMessage,
  inclusiveEndColumn
} from "./chunk-QRWU32DV.js";
import "./chunk-BP6IBUAB.js";
import "./chunk-27GP2NXM.js";
import "./chunk-P2YXREQ5.js";
export {
  annotate,
  annotationMessage,
  inclusiveEndColumn
};
