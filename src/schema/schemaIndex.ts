import type { Ajv2020 } from 'ajv/dist/2020.js'
import type { ValidateFunction } from 'ajv'

type SchemaNode = Record<string, unknown>

/**
 * Where each node of a schema document sits: its JSON pointer and its parent. Ajv's
 * schemaPath restarts at every separately compiled $ref, so positions are looked up by
 * the schema object itself (ajv's `parentSchema`), which is the same object as here.
 */
export class SchemaIndex {
  private readonly pointers = new Map<object, string>()
  private readonly parents = new Map<object, object>()
  private readonly branchValidators = new Map<string, ValidateFunction>()

  constructor(
    readonly root: SchemaNode,
    private readonly ajv: Ajv2020
  ) {
    const visit = (node: unknown, pointer: string, parent: object | undefined): void => {
      if (typeof node !== 'object' || node === null || this.pointers.has(node)) return
      this.pointers.set(node, pointer)
      if (parent) this.parents.set(node, parent)
      for (const [key, child] of Object.entries(node)) {
        visit(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, node)
      }
    }
    visit(root, '', undefined)
  }

  pointerOf(node: object): string | undefined {
    return this.pointers.get(node)
  }

  /** The nearest human wording (`x-allowed`) on the node or its ancestors, short of $defs. */
  allowedText(node: object | undefined): string | undefined {
    let current: object | undefined = node
    while (current && current !== this.root) {
      const allowed = (current as SchemaNode)['x-allowed']
      if (typeof allowed === 'string') return allowed
      const pointer = this.pointers.get(current)
      if (pointer !== undefined && /^\/\$defs\/[^/]+$/.test(pointer)) return undefined
      current = this.parents.get(current)
    }
    return undefined
  }

  /** A validator for one branch of an anyOf, to explain why a value failed that branch. */
  branchValidator(anyOfNode: object, branch: number): ValidateFunction | undefined {
    const pointer = this.pointers.get(anyOfNode)
    const id = this.root.$id
    if (pointer === undefined || typeof id !== 'string') return undefined
    const key = `${pointer}/anyOf/${branch}`
    let validate = this.branchValidators.get(key)
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${id}#${key}` })
      this.branchValidators.set(key, validate)
    }
    return validate
  }
}
