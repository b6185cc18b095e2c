import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  error,
  fail,
  info,
  notice,
  setOutput,
  warning,
  writeAnnotations
} from "./chunk-LFQLOVDZ.js";
import "./chunk-JVI6YBBB.js";
import "./chunk-KEUXMJQ7.js";
import "./chunk-ZZYXWRD5.js";
export {
  error,
  fail,
  info,
  notice,
  setOutput,
  warning,
  writeAnnotations
};
