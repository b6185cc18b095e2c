import { parentPort, workerData } from 'node:worker_threads'
import { readDocuments } from '../readDocuments.js'
import { FileSystemTree } from '../../tree/fileSystemTree.js'
import { formatNamed } from '../../presets/registry.js'
import { documentToTransfer, type ReadAnswer, type ReadJob } from './transfer.js'

// A worker thread of readDocumentsInParallel: reads its share of the KEPs of a working tree.
const job = workerData as ReadJob
const read = await readDocuments(formatNamed(job.format), new FileSystemTree(job.root), job.files, { outline: job.outline })
const answer: ReadAnswer = { documents: job.files.map(file => documentToTransfer(read.get(file)!)) }
parentPort!.postMessage(answer)
