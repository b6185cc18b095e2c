import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);

// src/parse/metadata.ts
var SEPARATOR = "\0";
function pathKey(path) {
  return path.map(String).join(SEPARATOR);
}
function firstLineOf(metadata, start, end) {
  const newline = metadata.source.indexOf("\n", start);
  return metadata.spanOf(start, newline === -1 || newline > end ? end : newline);
}
function spanAt(metadata, path, part = "value") {
  for (let depth = path.length; depth >= 0; depth--) {
    const position = metadata.positions.get(pathKey(path.slice(0, depth)));
    if (!position) continue;
    if (depth === path.length && part === "key" && position.key) return metadata.spanOf(...position.key);
    if (position.scalar && position.value) return metadata.spanOf(...position.value);
    if (position.key) return metadata.spanOf(...position.key);
    if (position.value) return firstLineOf(metadata, ...position.value);
  }
  return metadata.block;
}

export {
  pathKey,
  spanAt
};
