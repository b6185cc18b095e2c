import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);

// src/core/authorError.ts
var AuthorError = class extends Error {
};

export {
  AuthorError
};
