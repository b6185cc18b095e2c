import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  annotate
} from "./chunk-DBER6LV3.js";
import "./chunk-4736BS7E.js";
import "./chunk-P2YXREQ5.js";
export {
  annotate
};
