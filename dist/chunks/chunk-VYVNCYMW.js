import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  globToRegExp
} from "./chunk-P75TJVBV.js";

// src/rules/severity.ts
var SeverityPolicy = class {
  patterns;
  byRule = /* @__PURE__ */ new Map();
  constructor(layers) {
    this.patterns = layers.flatMap((overrides, layer) => Object.entries(overrides).map(([pattern, severity]) => ({ pattern, severity, layer, exact: !/[*?{[]/.test(pattern), regexp: globToRegExp(pattern) }))).sort((a, b) => b.layer - a.layer || Number(b.exact) - Number(a.exact) || b.pattern.length - a.pattern.length);
  }
  override(rule) {
    if (!this.byRule.has(rule)) {
      const match = this.patterns.find((p) => p.exact ? p.pattern === rule : p.regexp.test(rule));
      this.byRule.set(rule, match?.severity);
    }
    return this.byRule.get(rule);
  }
  /** A finding of `rule` whose rule's own severity is `ruleSeverity`; relaxed findings are warnings unless overridden. */
  severityOf(rule, ruleSeverity, relaxed = false) {
    return this.override(rule) ?? (relaxed ? "warning" : ruleSeverity);
  }
};
var policies = /* @__PURE__ */ new WeakMap();
function severityPolicyOf(layers) {
  let policy = policies.get(layers);
  if (policy === void 0) {
    policy = new SeverityPolicy(layers);
    policies.set(layers, policy);
  }
  return policy;
}

export {
  severityPolicyOf
};
