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
} from "./chunk-WJQYZNBF.js";
import "./chunk-QZVNYD6J.js";
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
