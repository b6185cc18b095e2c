/**
 * Where the files that configure a run (the configuration, a schema, a lifecycle, a
 * sigs.yaml) are read from: the file system, or — for a pull request — the base commit, so
 * that a pull request is judged by the rules it is proposed under, never by rules it brings.
 */
export interface DataSource {
  exists(path: string): boolean
  /** The file's text; throws an Error saying why it cannot be read. */
  read(path: string): string
  /** Throws an Error saying why when the run may not read under this path (outside the workspace, the folders named). */
  confine?(path: string): void
}
