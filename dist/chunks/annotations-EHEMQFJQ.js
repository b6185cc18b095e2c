import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  annotate,
  inclusiveEndColumn
} from "./chunk-WFSR7VGT.js";
import "./chunk-BP6IBUAB.js";
import "./chunk-27GP2NXM.js";
import "./chunk-P2YXREQ5.js";
export {
  annotate,
  inclusiveEndColumn
};
