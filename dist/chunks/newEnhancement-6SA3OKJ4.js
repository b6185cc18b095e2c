import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  AuthorError
} from "./chunk-DCDJXFAV.js";
import {
  BUILTIN_TEMPLATE,
  TEMPLATE_FILE,
  slugOf
} from "./chunk-OGSLBZ3D.js";
import {
  isKepPath
} from "./chunk-P75TJVBV.js";
import "./chunk-VKILGAQT.js";

// src/presets/openshift/newEnhancement.ts
var DOMAIN = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*(?:\/[a-z0-9]+(?:[-_.][a-z0-9]+)*)*$/;
function retitle(text, heading) {
  const lines = text.split("\n");
  const close = lines.findIndex((line, i) => i > 0 && /^---[ \t]*\r?$/.test(line));
  const at = lines.findIndex((line, i) => i > close && /^# /.test(line));
  if (at === -1) return text;
  lines[at] = `# ${heading}${lines[at].endsWith("\r") ? "\r" : ""}`;
  return lines.join("\n");
}
async function createEnhancement(context, request) {
  const { lifecycle, files } = context;
  const domain = (request.sig ?? "").replace(/^enhancements\//, "").replace(/\/+$/, "");
  if (!DOMAIN.test(domain)) throw new AuthorError(`--sig ${request.sig} is not a domain: for openshift/enhancements, --sig names the folder under enhancements/, such as installer or cloud-integration/aws`);
  const title = request.title.trim();
  const slug = slugOf(title);
  if (slug === "" || /[\r\n]/.test(title)) throw new AuthorError("--title must be one line with letters or digits");
  const status = request.status ?? lifecycle.initial[0];
  if (!lifecycle.initial.includes(status)) throw new AuthorError(`a new enhancement starts as ${lifecycle.initial.join(" or ")} in the ${lifecycle.name} lifecycle, not ${status}`);
  if (request.stage !== void 0 || request.milestone !== void 0) throw new AuthorError(`the ${lifecycle.name} lifecycle has no stages or milestones`);
  const file = `enhancements/${domain}/${slug}.md`;
  if (!isKepPath(context.layout)(file)) throw new AuthorError(`${file} would not be found by this repository's layout (include/exclude): nothing was created`);
  if (files.exists(file)) throw new AuthorError(`${file} already exists`);
  const source = files.exists(TEMPLATE_FILE) ? TEMPLATE_FILE : "built-in";
  const template = source === "built-in" ? Buffer.from(BUILTIN_TEMPLATE) : files.read(TEMPLATE_FILE);
  const bytes = await context.editMetadata(source === "built-in" ? "enhancement_template.md" : TEMPLATE_FILE, template, (editor, fields) => {
    editor.set(["title"], slug);
    editor.set(
      ["authors"],
      request.authors.map(({ handle }) => `@${handle}`)
    );
    editor.set(["creation-date"], request.today, { after: ["api-approvers", "approvers", "authors"] });
    editor.set(["last-updated"], request.today, { after: ["creation-date"] });
    editor.set(["status"], status, { after: ["last-updated"] });
    for (const key of ["see-also", "replaces", "superseded-by"]) if (Object.hasOwn(fields, key)) editor.set([key], null);
  });
  files.write(file, retitle(bytes.toString("utf8"), title), { create: true });
  return { file, files: [file], status, template: source, index: await context.updateIndex() };
}
export {
  createEnhancement
};
