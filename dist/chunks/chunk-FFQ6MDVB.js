import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);

// src/presets/proposal.ts
function retitle(text, afterLine, heading) {
  const lines = text.split("\n");
  const at = lines.findIndex((line, i) => i >= afterLine && /^# /.test(line));
  if (at === -1) return text;
  lines[at] = `# ${heading}${lines[at].endsWith("\r") ? "\r" : ""}`;
  return lines.join("\n");
}
function setIfPresent(editor, fields, key, value, options) {
  if (Object.hasOwn(fields, key)) editor.set([key], value, options);
}

export {
  retitle,
  setIfPresent
};
