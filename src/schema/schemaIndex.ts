import type { ValidateFunction } from 'ajv'

type SchemaNode = Record<string, unknown>

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1')
}

/**
 * Where each node of a schema document sits, found by its content: ajv's `parentSchema`
 * is a copy in precompiled code and its schemaPath restarts at every $ref, so neither
 * identity nor path leads back into the document.
 */
export class SchemaIndex {
  private indexed?: Map<string, string>

  constructor(
    readonly root: SchemaNode,
    private readonly branchValidator: (pointer: string) => ValidateFunction | undefined
  ) {}

  /** Built on the first failure it explains: a run where everything passes never pays for it. */
  private get pointers(): Map<string, string> {
    if (!this.indexed) {
      const pointers = new Map<string, string>()
      const visit = (node: unknown, pointer: string): void => {
        if (typeof node !== 'object' || node === null) return
        const key = JSON.stringify(node)
        if (!pointers.has(key)) pointers.set(key, pointer)
        for (const [name, child] of Object.entries(node)) visit(child, `${pointer}/${escapePointer(name)}`)
      }
      visit(this.root, '')
      this.indexed = pointers
    }
    return this.indexed
  }

  pointerOf(node: unknown): string | undefined {
    if (typeof node !== 'object' || node === null) return undefined
    // A precompiled validator hands out the same parentSchema object for every failure of a
    // node: found by content once, by identity after (schemas are never changed once loaded).
    if (this.found.has(node)) return this.found.get(node)
    const pointer = this.pointers.get(JSON.stringify(node))
    this.found.set(node, pointer)
    return pointer
  }

  private readonly found = new WeakMap<object, string | undefined>()

  private nodeAt(segments: readonly string[]): SchemaNode | undefined {
    let node: unknown = this.root
    for (const segment of segments) {
      if (typeof node !== 'object' || node === null) return undefined
      node = (node as SchemaNode)[segment.replace(/~1/g, '/').replace(/~0/g, '~')]
    }
    return typeof node === 'object' && node !== null ? (node as SchemaNode) : undefined
  }

  /** The nearest human wording (`x-allowed`) on the node or its ancestors, short of $defs. */
  allowedText(node: unknown): string | undefined {
    const pointer = this.pointerOf(node)
    if (pointer === undefined) return undefined
    const segments = pointer.split('/').slice(1)
    for (let depth = segments.length; depth > 0; depth--) {
      const current = this.nodeAt(segments.slice(0, depth))
      if (current && typeof current['x-allowed'] === 'string') return current['x-allowed']
      if (depth === 2 && segments[0] === '$defs') return undefined
    }
    return undefined
  }

  /** A validator for one branch of an anyOf, to explain why a value failed that branch. */
  branchValidatorFor(anyOfNode: unknown, branch: number): ValidateFunction | undefined {
    const pointer = this.pointerOf(anyOfNode)
    return pointer === undefined ? undefined : this.branchValidator(`${pointer}/anyOf/${branch}`)
  }
}
