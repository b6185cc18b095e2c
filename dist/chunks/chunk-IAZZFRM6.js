import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);

// node_modules/devlop/lib/default.js
function ok() {
}

export {
  ok
};
