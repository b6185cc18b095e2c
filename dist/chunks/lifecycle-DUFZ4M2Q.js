import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  require_lifecycle
} from "./chunk-NSMHY4JS.js";
import "./chunk-M7YJJPLV.js";
import "./chunk-ZZYXWRD5.js";
export default require_lifecycle();
