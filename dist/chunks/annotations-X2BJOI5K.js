import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  annotate,
  inclusiveEndColumn
} from "./chunk-FMPKRDJF.js";
import "./chunk-73YMZIVE.js";
import "./chunk-7ZVSGYEH.js";
import "./chunk-P2YXREQ5.js";
export {
  annotate,
  inclusiveEndColumn
};
