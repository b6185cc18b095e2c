import { readFileSync } from 'node:fs'

export class LoadError extends Error {}

/** Reads a JSON file; a failure names the file and the reason. */
export function loadJsonFile(path: string, what: string): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new LoadError(`cannot read ${what} ${path}: ${(error as Error).message}`)
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new LoadError(`${what} ${path} is not valid JSON: ${(error as Error).message}`)
  }
}
