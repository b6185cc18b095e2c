import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  annotate
} from "./chunk-XUYCZHCP.js";
import "./chunk-P2YXREQ5.js";
export {
  annotate
};
