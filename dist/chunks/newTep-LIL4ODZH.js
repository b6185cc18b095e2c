import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);

// action-writes-no-kep:./newTep.js
throw new Error("internal error: the action does not write KEPs (./newTep.js is the CLI's)");
