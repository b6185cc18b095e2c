import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  annotate,
  inclusiveEndColumn
} from "./chunk-33B4LWKH.js";
import "./chunk-IDIUPWCW.js";
import "./chunk-7ZVSGYEH.js";
import "./chunk-P2YXREQ5.js";
export {
  annotate,
  inclusiveEndColumn
};
