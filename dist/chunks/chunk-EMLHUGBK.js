import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  AuthorError,
  editedBytes,
  editorOf,
  readKepText,
  updateIndex
} from "./chunk-VPEQEEEW.js";
import {
  Files,
  readRepository
} from "./chunk-KHX5C74G.js";
import {
  slugOf
} from "./chunk-FNETSGSL.js";
import {
  FileSystemTree
} from "./chunk-YQEMFEPE.js";
import {
  isKepPath
} from "./chunk-NSLFPTWQ.js";

// src/author/newKep.ts
import { join } from "node:path";
var SIG = /^(sig|wg|committee)-[a-z0-9]+(-[a-z0-9]+)*$/;
var MILESTONE = /^v\d+\.\d+$/;
function readTemplate(shape, files) {
  if ("file" in shape.template) {
    const file = shape.template.file;
    if (files.exists(file)) return { source: file, files: /* @__PURE__ */ new Map([[file, files.read(file)]]) };
  } else if (files.exists(`${shape.template.folder}/${shape.metadataFile}`)) {
    const folder = shape.template.folder;
    const entries = files.list(folder);
    const other = entries.find((entry) => entry.kind !== "file");
    if (other !== void 0) {
      const what = { folder: "a folder", symlink: "a symbolic link", other: "not a regular file", file: "" }[other.kind];
      throw new AuthorError(`the template ${folder}/ holds ${other.name}, which is ${what}: a template's files are copied into the new KEP, and only regular files are; nothing was created`);
    }
    return { source: `${folder}/`, files: new Map(entries.map(({ name }) => [name, files.read(`${folder}/${name}`)])) };
  }
  return { source: "built-in", files: new Map(Object.entries(shape.builtIn).map(([name, text]) => [name, Buffer.from(text)])) };
}
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
async function createKep(settings, request, shape) {
  const { lifecycle } = settings;
  const sig = request.sig ?? "";
  if (!SIG.test(sig)) throw new AuthorError(`--sig ${sig} is not a SIG's folder name: sig-\u2026, wg-\u2026 or committee-\u2026`);
  if (settings.knownSigs && !settings.knownSigs.has(sig)) throw new AuthorError(`--sig ${sig} is not in the SIG list (sigs.yaml)`);
  const title = request.title.trim();
  const slug = slugOf(title);
  if (slug === "" || /[\r\n]/.test(title)) throw new AuthorError("--title must be one line with letters or digits");
  const status = request.status ?? lifecycle.initial[0];
  if (!lifecycle.initial.includes(status)) throw new AuthorError(`a new KEP starts as ${lifecycle.initial.join(" or ")} in the ${lifecycle.name} lifecycle, not ${status}`);
  const stages = Object.keys(lifecycle.stageTransitions);
  if (stages.length === 0 && (request.stage !== void 0 || request.milestone !== void 0)) throw new AuthorError(`the ${lifecycle.name} lifecycle has no stages or milestones`);
  const stage = request.stage ?? stages[0];
  if (stages.length > 0) {
    if (!stages.includes(stage)) throw new AuthorError(`--stage ${stage} is not one of ${stages.join(", ")}`);
    if (request.milestone === void 0) throw new AuthorError("pass --milestone vX.Y: the release this KEP targets (latest-milestone, and the milestone of its stage)");
    if (!MILESTONE.test(request.milestone)) throw new AuthorError(`--milestone ${request.milestone} is not a release such as v1.32`);
  }
  const repository = await readRepository(settings, new FileSystemTree(settings.root));
  const number = lifecycle.numbered.includes(status) ? repository.index.nextFree() : `draft-${request.today.replaceAll("-", "")}`;
  const { file, claims, folder } = shape.place(sig, number, slug);
  if (!isKepPath(settings.layout)(file)) throw new AuthorError(`${file} would not be found by this repository's layout (include/exclude): nothing was created`);
  const files = new Files(settings.root, "the KEP root");
  if (files.exists(claims)) throw new AuthorError(`${claims} already exists`);
  const template = readTemplate(shape, files);
  const metadataName = shape.metadataFile ?? [...template.files.keys()][0];
  const kep = await readKepText(template.source === "built-in" ? metadataName : join(template.source, metadataName), template.files.get(metadataName), settings.format);
  const fields = kep.document.metadata.data;
  const editor = editorOf(kep);
  editor.set(["kep-number"], number);
  editor.set(["title"], title);
  editor.set(["authors"], shape.authors(request.authors));
  editor.set(["owning-sig"], sig);
  editor.set(["status"], status);
  editor.set(["creation-date"], request.today, { after: ["owning-sig"] });
  setIfPresent(editor, fields, "last-updated", request.today);
  shape.fill?.(editor, fields);
  if (stages.length > 0) {
    editor.set(["stage"], stage, { after: ["status"] });
    editor.set(["latest-milestone"], request.milestone, { after: ["stage"], quote: "double" });
    editor.set(["milestone"], { [stage]: request.milestone }, { after: ["latest-milestone"], quote: "double" });
  }
  const metadata = await editedBytes(kep, editor);
  const written = shape.files({ file, folder, title, number, metadata, metadataEndLine: kep.document.metadata.block.endLine, template: template.files });
  for (const path of written.keys()) files.makeFolders(path.slice(0, path.lastIndexOf("/")));
  for (const [path, bytes] of written) files.write(path, bytes, { create: true });
  return { file, files: [...written.keys()], number, status, template: template.source, index: await updateIndex(settings) };
}

export {
  MILESTONE,
  retitle,
  setIfPresent,
  createKep
};
