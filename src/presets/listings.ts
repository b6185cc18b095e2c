import { builtinLifecycles, DEFAULT_PRESET, presets } from './registry.js'

/**
 * Where the presets are listed outside the code, written from the registry by `npm run docs`
 * (scripts/docs.mjs) and compared by __tests__/docs.test.ts: the configuration schema's `preset`
 * enum (a configuration file is validated by it, precompiled) and the descriptions of the
 * `preset` and `lifecycle` inputs of action.yml and properties of schemas/config.schema.json.
 */

/** "kep-0001 (KEP-1's markdown KEPs), kubernetes (…) or tekton (…)". */
function presetList(): string {
  const named = presets().map(preset => `${preset.name} (${preset.description})`)
  return named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} or ${named[named.length - 1]}`
}

function lifecycleList(): string {
  return builtinLifecycles().join(', ')
}

/** A line of the hand-formatted configuration schema, replaced; an error when the line is not there. */
function replaceLine(text: string, pattern: RegExp, line: string, what: string): string {
  if (!pattern.test(text)) throw new Error(`internal error: ${what} not found`)
  return text.replace(pattern, line)
}

/** schemas/config.schema.json with the registry's presets and lifecycles. */
export function configSchemaListing(text: string): string {
  const names = presets().map(preset => JSON.stringify(preset.name))
  const preset = `The kind of KEP repository: ${presetList()}. Unset (and no --preset or preset input): the preset whose layout is under the root, else ${DEFAULT_PRESET.name}.`
  const withPresets = replaceLine(text, /^ {4}"preset": \{.*\},$/m, `    "preset": { "enum": [${names.join(', ')}], "description": ${JSON.stringify(preset)} },`, 'the preset property of the configuration schema')
  const lifecycle = `A built-in lifecycle (${lifecycleList()}) or a lifecycle JSON file.`
  return replaceLine(withPresets, /^( {4}"lifecycle": \{.*"description": )"(?:[^"\\]|\\.)*"/m, `$1${JSON.stringify(lifecycle)}`, 'the lifecycle property of the configuration schema')
}

/** A folded YAML description (`>-`), its lines at most 110 characters. */
function folded(text: string): string {
  const lines: string[] = []
  for (const word of text.split(' ')) {
    const last = lines.length - 1
    if (last >= 0 && lines[last].length + 1 + word.length <= 110 - 6) lines[last] += ` ${word}`
    else lines.push(word)
  }
  return `    description: >-\n${lines.map(line => `      ${line}\n`).join('')}`
}

/** An input's description in action.yml, replaced (the lines from `description:` to the next key). */
function withInputDescription(text: string, input: string, description: string): string {
  const pattern = new RegExp(`(\\n {2}${input}:\\n) {4}description:.*\\n(?: {6}.*\\n)*`)
  if (!pattern.test(text)) throw new Error(`internal error: action.yml has no input ${input}`)
  return text.replace(pattern, (_, key: string) => key + folded(description))
}

/** action.yml with the registry's presets and lifecycles in the descriptions of its inputs. */
export function actionListing(text: string): string {
  const preset = `The kind of KEP repository: ${presetList()}. Empty for the configuration file's, else the one whose layout is under the root (the log says which), else ${DEFAULT_PRESET.name}.`
  const lifecycle = `The lifecycle whose states and transitions are enforced: ${lifecycleList()}, or a path (relative to the workspace) to a lifecycle JSON file. Empty for the preset's.`
  return withInputDescription(withInputDescription(text, 'preset', preset), 'lifecycle', lifecycle)
}
