import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);

// action-writes-no-kep:./newKep.js
throw new Error("internal error: the action does not write KEPs (./newKep.js is the CLI's)");
