import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  annotate
} from "./chunk-PQD6DRMK.js";
import "./chunk-73YMZIVE.js";
import "./chunk-7ZVSGYEH.js";
import "./chunk-P2YXREQ5.js";
export {
  annotate
};
