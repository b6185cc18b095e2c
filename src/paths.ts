import { fileURLToPath } from 'node:url'

// This module sits one level below the package root both as source (src/) and bundled
// (dist/), so the same relative URL finds the shipped schemas from either.
export const SCHEMAS_DIR = fileURLToPath(new URL('../schemas/', import.meta.url))
