import { availableParallelism } from 'node:os'
import type { Worker as WorkerType } from 'node:worker_threads'
import type { KepDocument } from '../../core/document.js'
import type { MetadataFormat } from '../metadataFormat.js'
import { readDocuments } from '../readDocuments.js'
import { FileSystemTree } from '../../tree/fileSystemTree.js'
import { findOwnFile } from '../../files/ownFiles.js'
import type { ReadOptions } from '../readKep.js'
import type { Tree } from '../../tree/tree.js'
import { documentFromTransfer, type ReadAnswer, type ReadJob } from './transfer.js'

/**
 * From this many KEPs on, a second thread reads part of them. Measured by `npm run bench`
 * on a 2-core machine (commands in turns, medians): two threads took 1.1-1.3x as long as
 * one at 1,000-5,000 KEPs, as long at 10,000, and 0.87-0.97x at 20,000 — the two threads
 * slow each other down, each reading at about half the speed of one alone. Below this the
 * second core does not pay; at it, it pays a little.
 */
export const PARALLEL_THRESHOLD = 20000

const WORKER_FILE = 'read-worker.js'

/**
 * The bundled worker script, beside the bundle (the code runs from dist/ or a chunk below it).
 * Running from the sources (the tests) there is none, and reading stays on this thread unless
 * a script is given.
 */
function bundledWorkerScript(): string | undefined {
  return findOwnFile(WORKER_FILE, 2)
}

export interface ParallelOptions {
  /** Threads, this one included; unset: two from PARALLEL_THRESHOLD KEPs on, where the cores allow. */
  jobs?: number
  /** The worker script; the bundled one when unset. */
  workerScript?: string
  /** Told what each worker did: how many KEPs it read, or (a problem) why it failed. */
  log?: (message: string, problem: boolean) => void
  /** What a read keeps: positions only for the KEPs read on this thread (they do not cross threads), the outline on every thread. */
  keep?: ReadOptions
}

function split<T>(items: readonly T[], parts: number): T[][] {
  const size = Math.ceil(items.length / parts)
  return Array.from({ length: parts }, (_, i) => items.slice(i * size, (i + 1) * size))
}

/**
 * Starts a worker thread on files: the answer is its documents, or why it failed, so that
 * its share is read here instead. The worker starts before this returns.
 */
function startWorker(Worker: typeof WorkerType, script: string, job: ReadJob): Promise<{ documents: KepDocument[] } | { failure: string }> {
  return new Promise(resolve => {
    let answered = false
    const worker = new Worker(script, { workerData: job })
    worker.once('message', (answer: ReadAnswer) => {
      answered = true
      resolve({ documents: answer.documents.map(documentFromTransfer) })
    })
    worker.once('error', error => resolve({ failure: String(error) }))
    worker.once('exit', code => {
      if (!answered) resolve({ failure: `the read worker exited with code ${code} before answering` })
    })
  })
}

/**
 * readDocuments over several threads for a working tree: each worker reads a share of the
 * files while this thread reads the first. A worker that fails costs time, not results:
 * its share is read again here.
 */
export async function readDocumentsInParallel(format: MetadataFormat, tree: Tree, files: readonly string[], options: ParallelOptions = {}): Promise<Map<string, KepDocument>> {
  const threads = Math.max(1, Math.min(options.jobs ?? (files.length >= PARALLEL_THRESHOLD ? Math.min(2, availableParallelism()) : 1), files.length))
  if (threads === 1 || !(tree instanceof FileSystemTree)) return readDocuments(format, tree, files, options.keep)
  const script = options.workerScript ?? bundledWorkerScript()
  if (!script) {
    options.log?.(`no ${WORKER_FILE} beside the bundle: reading on one thread`, true)
    return readDocuments(format, tree, files, options.keep)
  }
  const root = tree.root
  // Loaded only here: a run below the threshold never pays for it.
  const { Worker } = await import('node:worker_threads')
  const [mine, ...theirs] = split(files, threads)
  // The workers must be running before this thread starts its own (synchronous) share.
  const workers = theirs.map(part => startWorker(Worker, script, { root, format: format.name, files: part, outline: options.keep?.outline }))
  const read = await readDocuments(format, tree, mine, options.keep)
  const answers = await Promise.all(workers)
  for (const [i, answer] of answers.entries()) {
    let documents: Iterable<KepDocument>
    if ('documents' in answer) {
      options.log?.(`read worker ${i + 1} read ${answer.documents.length} KEPs`, false)
      documents = answer.documents
    } else {
      options.log?.(`read worker ${i + 1} failed (${answer.failure}); its ${theirs[i].length} KEPs were read on the main thread`, true)
      documents = (await readDocuments(format, tree, theirs[i], options.keep)).values()
    }
    for (const doc of documents) read.set(doc.file, doc)
  }
  return read
}
