import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  annotate,
  annotationMessage,
  inclusiveEndColumn
} from "./chunk-HI5F33SC.js";
import "./chunk-U5W45NJC.js";
import "./chunk-KEUXMJQ7.js";
import "./chunk-27GP2NXM.js";
import "./chunk-ZZYXWRD5.js";
export {
  annotate,
  annotationMessage,
  inclusiveEndColumn
};
