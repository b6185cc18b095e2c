import { assignedNumber, type KepDocument } from './document.js'

/** Every KEP of the repository by assigned number: what cross-KEP rules look things up in. */
export class RepositoryIndex {
  private readonly byNumber = new Map<number, KepDocument[]>()

  constructor(readonly documents: readonly KepDocument[]) {
    for (const doc of documents) {
      const number = assignedNumber(doc)
      if (number === undefined) continue
      const list = this.byNumber.get(number)
      if (list) list.push(doc)
      else this.byNumber.set(number, [doc])
    }
  }

  withNumber(number: number): readonly KepDocument[] {
    return this.byNumber.get(number) ?? []
  }

  numbers(): number[] {
    return [...this.byNumber.keys()].sort((a, b) => a - b)
  }

  /**
   * The number the next KEP gets: one past the highest in use, since numbers are sequential and
   * dense. A number only `except` has is not in use (the KEP being numbered does not block itself);
   * a number another KEP shares with it is.
   */
  nextFree(except?: KepDocument): number {
    const used = this.numbers().filter(n => this.withNumber(n).some(doc => doc !== except))
    return (used.at(-1) ?? 0) + 1
  }
}
