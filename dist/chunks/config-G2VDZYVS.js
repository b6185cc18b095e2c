import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  require_ucs2length
} from "./chunk-EYWYOSU4.js";
import {
  __commonJS
} from "./chunk-VKILGAQT.js";

// src/schema/compiled/config.cjs
var require_config = __commonJS({
  "src/schema/compiled/config.cjs"(exports, module) {
    exports.validate = validate20;
    var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/kep-validator/kep-validator/v1/schemas/config.schema.json", "title": "kep-validator configuration (.kep-validator.yml)", "description": "One file, at the repository root, read by the CLI and the action alike; command-line options and action inputs override it. Paths are relative to the file.", "type": "object", "additionalProperties": false, "properties": { "root": { "type": "string", "minLength": 1, "description": "The KEP root, relative to this file.", "x-allowed": "a folder" }, "preset": { "enum": ["kep-0001", "kubernetes", "openshift", "tekton"], "description": "The kind of KEP repository: kep-0001 (KEP-1's markdown KEPs), kubernetes (kubernetes/enhancements: kep.yaml files), openshift (openshift/enhancements) or tekton (tektoncd/community: TEPs). Unset (and no --preset or preset input): the preset whose layout is under the root, else kep-0001." }, "lifecycle": { "type": "string", "minLength": 1, "description": "A built-in lifecycle (kep-0001, kep-0001-workflow, kubernetes, openshift, tekton) or a lifecycle JSON file.", "x-allowed": "a lifecycle name or file" }, "schema": { "type": "string", "minLength": 1, "description": "A metadata JSON Schema file replacing the preset's.", "x-allowed": "a JSON Schema file" }, "index": { "type": "string", "minLength": 1, "description": "The generated index relative to the root, or none.", "x-allowed": "a file name such as index.md, or none" }, "index-template": { "type": "string", "minLength": 1, "description": "A mustache template, relative to the root, that renders the whole index from the KEPs (the repository's own, as Tekton's teps/README.md.mustache), or none for the built-in index.", "x-allowed": "a template file such as index.md.mustache, or none" }, "include": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1, "description": "Globs of the files that are KEPs.", "x-allowed": "a list of globs" }, "exclude": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs of files that match include but are not KEPs.", "x-allowed": "a list of globs" }, "release": { "type": "string", "pattern": "^v[0-9]+\\.[0-9]+$", "description": "The upcoming release (v1.37), for rules that depend on it (assigned-approvers); unset, the newest release that two KEPs or more target.", "x-allowed": "a release such as v1.37" }, "sigs": { "type": "string", "minLength": 1, "description": "A sigs.yaml in kubernetes/community's format: owning-sig and participating-sigs must name one of its SIGs, working groups or committees.", "x-allowed": "a sigs.yaml file" }, "severity": { "type": "object", "description": "Severity of rules by id or glob (schema/*): error, warning, or off.", "additionalProperties": { "enum": ["error", "warning", "off"], "x-allowed": "error, warning or off" }, "x-allowed": "a mapping of rule ids to error, warning or off" }, "rules": { "type": "object", "description": "The same as severity, named as eslint names it (rules: { handle-at: error }); where both name a rule, rules wins.", "additionalProperties": { "enum": ["error", "warning", "off"], "x-allowed": "error, warning or off" }, "x-allowed": "a mapping of rule ids to error, warning or off" } } };
    var func1 = Object.prototype.hasOwnProperty;
    var func2 = require_ucs2length().default;
    var pattern4 = new RegExp("^v[0-9]+\\.[0-9]+$", "u");
    function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate20.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!func1.call(schema31.properties, key0)) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data.root !== void 0) {
          let data0 = data.root;
          if (typeof data0 === "string") {
            if (func2(data0) < 1) {
              const err1 = { instancePath: instancePath + "/root", schemaPath: "#/properties/root/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.root, data: data0 };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          } else {
            const err2 = { instancePath: instancePath + "/root", schemaPath: "#/properties/root/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.root.type, parentSchema: schema31.properties.root, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.preset !== void 0) {
          let data1 = data.preset;
          if (!(data1 === "kep-0001" || data1 === "kubernetes" || data1 === "openshift" || data1 === "tekton")) {
            const err3 = { instancePath: instancePath + "/preset", schemaPath: "#/properties/preset/enum", keyword: "enum", params: { allowedValues: schema31.properties.preset.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.preset.enum, parentSchema: schema31.properties.preset, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data.lifecycle !== void 0) {
          let data2 = data.lifecycle;
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err4 = { instancePath: instancePath + "/lifecycle", schemaPath: "#/properties/lifecycle/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.lifecycle, data: data2 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/lifecycle", schemaPath: "#/properties/lifecycle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.lifecycle.type, parentSchema: schema31.properties.lifecycle, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.schema !== void 0) {
          let data3 = data.schema;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err6 = { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.schema, data: data3 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.schema.type, parentSchema: schema31.properties.schema, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data.index !== void 0) {
          let data4 = data.index;
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err8 = { instancePath: instancePath + "/index", schemaPath: "#/properties/index/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.index, data: data4 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/index", schemaPath: "#/properties/index/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.index.type, parentSchema: schema31.properties.index, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data["index-template"] !== void 0) {
          let data5 = data["index-template"];
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err10 = { instancePath: instancePath + "/index-template", schemaPath: "#/properties/index-template/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties["index-template"], data: data5 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/index-template", schemaPath: "#/properties/index-template/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties["index-template"].type, parentSchema: schema31.properties["index-template"], data: data5 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data.include !== void 0) {
          let data6 = data.include;
          if (Array.isArray(data6)) {
            if (data6.length < 1) {
              const err12 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.include, data: data6 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            const len0 = data6.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data7 = data6[i0];
              if (typeof data7 === "string") {
                if (func2(data7) < 1) {
                  const err13 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.include.items, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.include.items.type, parentSchema: schema31.properties.include.items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.include.type, parentSchema: schema31.properties.include, data: data6 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data.exclude !== void 0) {
          let data8 = data.exclude;
          if (Array.isArray(data8)) {
            const len1 = data8.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data9 = data8[i1];
              if (typeof data9 === "string") {
                if (func2(data9) < 1) {
                  const err16 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.exclude.items, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.exclude.items.type, parentSchema: schema31.properties.exclude.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.exclude.type, parentSchema: schema31.properties.exclude, data: data8 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data.release !== void 0) {
          let data10 = data.release;
          if (typeof data10 === "string") {
            if (!pattern4.test(data10)) {
              const err19 = { instancePath: instancePath + "/release", schemaPath: "#/properties/release/pattern", keyword: "pattern", params: { pattern: "^v[0-9]+\\.[0-9]+$" }, message: 'must match pattern "^v[0-9]+\\.[0-9]+$"', schema: "^v[0-9]+\\.[0-9]+$", parentSchema: schema31.properties.release, data: data10 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/release", schemaPath: "#/properties/release/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.release.type, parentSchema: schema31.properties.release, data: data10 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data.sigs !== void 0) {
          let data11 = data.sigs;
          if (typeof data11 === "string") {
            if (func2(data11) < 1) {
              const err21 = { instancePath: instancePath + "/sigs", schemaPath: "#/properties/sigs/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.sigs, data: data11 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/sigs", schemaPath: "#/properties/sigs/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.sigs.type, parentSchema: schema31.properties.sigs, data: data11 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data.severity !== void 0) {
          let data12 = data.severity;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            for (const key1 in data12) {
              let data13 = data12[key1];
              if (!(data13 === "error" || data13 === "warning" || data13 === "off")) {
                const err23 = { instancePath: instancePath + "/severity/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/severity/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema31.properties.severity.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.severity.additionalProperties.enum, parentSchema: schema31.properties.severity.additionalProperties, data: data13 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.severity.type, parentSchema: schema31.properties.severity, data: data12 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data.rules !== void 0) {
          let data14 = data.rules;
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            for (const key2 in data14) {
              let data15 = data14[key2];
              if (!(data15 === "error" || data15 === "warning" || data15 === "off")) {
                const err25 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema31.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rules.additionalProperties.enum, parentSchema: schema31.properties.rules.additionalProperties, data: data15 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.rules.type, parentSchema: schema31.properties.rules, data: data14 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      validate20.errors = vErrors;
      return errors === 0;
    }
    validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    module.exports.schema = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/kep-validator/kep-validator/v1/schemas/config.schema.json", "title": "kep-validator configuration (.kep-validator.yml)", "description": "One file, at the repository root, read by the CLI and the action alike; command-line options and action inputs override it. Paths are relative to the file.", "type": "object", "additionalProperties": false, "properties": { "root": { "type": "string", "minLength": 1, "description": "The KEP root, relative to this file.", "x-allowed": "a folder" }, "preset": { "enum": ["kep-0001", "kubernetes", "openshift", "tekton"], "description": "The kind of KEP repository: kep-0001 (KEP-1's markdown KEPs), kubernetes (kubernetes/enhancements: kep.yaml files), openshift (openshift/enhancements) or tekton (tektoncd/community: TEPs). Unset (and no --preset or preset input): the preset whose layout is under the root, else kep-0001." }, "lifecycle": { "type": "string", "minLength": 1, "description": "A built-in lifecycle (kep-0001, kep-0001-workflow, kubernetes, openshift, tekton) or a lifecycle JSON file.", "x-allowed": "a lifecycle name or file" }, "schema": { "type": "string", "minLength": 1, "description": "A metadata JSON Schema file replacing the preset's.", "x-allowed": "a JSON Schema file" }, "index": { "type": "string", "minLength": 1, "description": "The generated index relative to the root, or none.", "x-allowed": "a file name such as index.md, or none" }, "index-template": { "type": "string", "minLength": 1, "description": "A mustache template, relative to the root, that renders the whole index from the KEPs (the repository's own, as Tekton's teps/README.md.mustache), or none for the built-in index.", "x-allowed": "a template file such as index.md.mustache, or none" }, "include": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1, "description": "Globs of the files that are KEPs.", "x-allowed": "a list of globs" }, "exclude": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs of files that match include but are not KEPs.", "x-allowed": "a list of globs" }, "release": { "type": "string", "pattern": "^v[0-9]+\\.[0-9]+$", "description": "The upcoming release (v1.37), for rules that depend on it (assigned-approvers); unset, the newest release that two KEPs or more target.", "x-allowed": "a release such as v1.37" }, "sigs": { "type": "string", "minLength": 1, "description": "A sigs.yaml in kubernetes/community's format: owning-sig and participating-sigs must name one of its SIGs, working groups or committees.", "x-allowed": "a sigs.yaml file" }, "severity": { "type": "object", "description": "Severity of rules by id or glob (schema/*): error, warning, or off.", "additionalProperties": { "enum": ["error", "warning", "off"], "x-allowed": "error, warning or off" }, "x-allowed": "a mapping of rule ids to error, warning or off" }, "rules": { "type": "object", "description": "The same as severity, named as eslint names it (rules: { handle-at: error }); where both name a rule, rules wins.", "additionalProperties": { "enum": ["error", "warning", "off"], "x-allowed": "error, warning or off" }, "x-allowed": "a mapping of rule ids to error, warning or off" } } };
    module.exports.branchPointers = [];
  }
});
export default require_config();
