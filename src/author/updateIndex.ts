import type { Settings } from '../config/settings.js'
import { indexOfRepository } from '../indexFile/indexOfRepository.js'
import { FileSystemTree } from '../tree/fileSystemTree.js'
import { Files } from '../files/files.js'
import { readRepository } from '../validate/readRepository.js'
import type { IndexUpdate } from '../presets/proposal.js'

/** Regenerates the index, as `kep-validator index --write` does, for repositories that keep one. */
export async function updateIndex(settings: Settings): Promise<IndexUpdate> {
  if (settings.indexFile === null) return { state: 'none' }
  const repository = await readRepository(settings, new FileSystemTree(settings.root))
  const index = indexOfRepository({ ...settings, indexFile: settings.indexFile }, repository.tree, repository.documents)
  if (index.state === 'broken') return { state: 'broken', file: index.file, message: index.problem!.message }
  if (index.state === 'fresh') return { state: 'fresh', file: index.file }
  new Files(settings.root, 'the KEP root').write(index.file, index.expected)
  return { state: 'written', file: index.file }
}
