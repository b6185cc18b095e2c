import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  require_equal
} from "./chunk-HHXUREF6.js";
import {
  require_formats
} from "./chunk-S6UQE22N.js";
import {
  require_ucs2length
} from "./chunk-M7YJJPLV.js";
import {
  __commonJS
} from "./chunk-ZZYXWRD5.js";

// src/schema/compiled/kep-0001--kep-0001-workflow.cjs
var require_kep_0001_kep_0001_workflow = __commonJS({
  "src/schema/compiled/kep-0001--kep-0001-workflow.cjs"(exports, module) {
    exports.validate = validate20;
    var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/kep-validator/kep-validator/v1/schemas/kep-0001.schema.json", "title": "KEP metadata (KEP-1)", "description": 'The metadata of a Kubernetes Enhancement Proposal, as KEP-1 "KEP Metadata" defines it. The status values are replaced at load time by the states of the selected lifecycle.', "type": "object", "required": ["kep-number", "title", "status", "authors", "owning-sig", "reviewers", "approvers", "editor", "creation-date"], "additionalProperties": false, "properties": { "kep-number": { "description": "A positive integer once the KEP is approved; draft-YYYYMMDD (the creation date) before.", "x-allowed": "a positive integer such as 42, or draft-YYYYMMDD before approval", "anyOf": [{ "type": "integer", "minimum": 1 }, { "type": "string", "pattern": "^draft-[0-9]{8}$" }], "examples": [42, "draft-20240115"] }, "title": { "description": "The title in plain language; the file name carries its slug.", "type": "string", "minLength": 1, "pattern": "^[^\\n]*\\S[^\\n]*$", "x-allowed": "a one-line title in plain language", "examples": ["Kubernetes Enhancement Proposal Process"] }, "status": { "description": "The current state of the KEP.", "type": "string", "enum": ["opened", "accepted", "scoped", "started", "implemented", "deferred", "superseded", "retired", "rejected", "orphaned"], "examples": ["Draft"] }, "authors": { "description": "The authors: a name (a pseudonym is fine) and a GitHub handle each.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/person" }, "x-allowed": "a list of authors, each with name and github (email and slack optional)", "examples": [[{ "name": "Jane Doe", "github": "janedoe" }]] }, "owning-sig": { "description": "The SIG or working group most closely associated with the KEP.", "$ref": "#/$defs/sig", "examples": ["sig-architecture"] }, "participating-sigs": { "description": "SIGs involved or impacted; kubernetes-wide for the whole project.", "type": "array", "uniqueItems": true, "items": { "x-allowed": "sig-abc-def, wg-abc-def or kubernetes-wide", "anyOf": [{ "$ref": "#/$defs/sig" }, { "const": "kubernetes-wide" }] }, "x-allowed": "a list of SIGs such as sig-node, or kubernetes-wide", "examples": [["sig-node", "sig-storage"], ["kubernetes-wide"]] }, "reviewers": { "$ref": "#/$defs/peopleOrTbd", "examples": ["TBD", [{ "name": "Jane Doe", "github": "janedoe" }]] }, "approvers": { "$ref": "#/$defs/peopleOrTbd", "examples": ["TBD", [{ "name": "Jane Doe", "github": "janedoe" }]] }, "editor": { "description": "Someone to keep things moving forward, or TBD.", "x-allowed": "TBD, a person with name and github, or name: TBD", "anyOf": [{ "$ref": "#/$defs/tbd" }, { "$ref": "#/$defs/person" }], "examples": ["TBD", { "name": "Jane Doe", "github": "janedoe" }] }, "creation-date": { "$ref": "#/$defs/date", "description": "The date the KEP was first submitted in a PR.", "examples": ["2024-01-15"] }, "last-updated": { "$ref": "#/$defs/date", "description": "The date the KEP last changed significantly.", "examples": ["2024-03-01"] }, "see-also": { "$ref": "#/$defs/kepRefs", "description": "Other relevant KEPs.", "examples": [["KEP-1"]] }, "replaces": { "$ref": "#/$defs/kepRefs", "description": "KEPs this KEP replaces; they list it in superseded-by.", "examples": [["KEP-12"]] }, "superseded-by": { "$ref": "#/$defs/kepRefs", "description": "KEPs that supersede this one; pairs with status Replaced.", "examples": [["KEP-34"]] } }, "$defs": { "githubHandle": { "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "x-allowed": 'a GitHub handle without "@": letters, digits and single hyphens, at most 39 characters' }, "person": { "type": "object", "required": ["name", "github"], "additionalProperties": false, "x-allowed": "a person: name and github, with optional email and slack", "properties": { "name": { "type": "string", "minLength": 1, "x-allowed": "a non-empty name" }, "github": { "$ref": "#/$defs/githubHandle" }, "email": { "type": "string", "format": "email", "x-allowed": "an e-mail address" }, "slack": { "type": "string", "minLength": 1, "x-allowed": "a Slack handle" } } }, "tbd": { "x-allowed": "TBD, or name: TBD", "anyOf": [{ "const": "TBD" }, { "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "name": { "const": "TBD" } } }] }, "peopleOrTbd": { "description": "Chosen after triage; TBD until then. Same scheme as authors.", "x-allowed": "TBD, or a list of people (name and github each) or name: TBD", "anyOf": [{ "const": "TBD" }, { "type": "array", "minItems": 1, "items": { "x-allowed": "a person with name and github, TBD, or name: TBD", "anyOf": [{ "$ref": "#/$defs/tbd" }, { "$ref": "#/$defs/person" }] } }] }, "sig": { "type": "string", "pattern": "^(sig|wg)-[a-z0-9]+(-[a-z0-9]+)*$", "x-allowed": "a SIG or working group as sig-abc-def or wg-abc-def, matching its kubernetes/community directory" }, "date": { "type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "x-allowed": "a real date as yyyy-mm-dd" }, "kepRefs": { "type": "array", "uniqueItems": true, "items": { "type": ["string", "integer"], "pattern": "^(KEP-)?[1-9][0-9]*$", "minimum": 1, "x-allowed": "KEP-123", "description": "KEP-1 writes KEP-123; a bare 123 names the KEP as clearly (rule reference-form warns)." }, "x-allowed": "a list of KEP references such as KEP-123" } } };
    var schema34 = { "type": "string", "pattern": "^(sig|wg)-[a-z0-9]+(-[a-z0-9]+)*$", "x-allowed": "a SIG or working group as sig-abc-def or wg-abc-def, matching its kubernetes/community directory" };
    var schema37 = { "x-allowed": "TBD, or name: TBD", "anyOf": [{ "const": "TBD" }, { "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "name": { "const": "TBD" } } }] };
    var schema39 = { "type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "x-allowed": "a real date as yyyy-mm-dd" };
    var schema41 = { "type": "array", "uniqueItems": true, "items": { "type": ["string", "integer"], "pattern": "^(KEP-)?[1-9][0-9]*$", "minimum": 1, "x-allowed": "KEP-123", "description": "KEP-1 writes KEP-123; a bare 123 names the KEP as clearly (rule reference-form warns)." }, "x-allowed": "a list of KEP references such as KEP-123" };
    var func1 = Object.prototype.hasOwnProperty;
    var func2 = require_ucs2length().default;
    var func0 = require_equal().default;
    var pattern4 = new RegExp("^draft-[0-9]{8}$", "u");
    var pattern5 = new RegExp("^[^\\n]*\\S[^\\n]*$", "u");
    var pattern7 = new RegExp("^(sig|wg)-[a-z0-9]+(-[a-z0-9]+)*$", "u");
    var pattern9 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
    var pattern11 = new RegExp("^(KEP-)?[1-9][0-9]*$", "u");
    var schema32 = { "type": "object", "required": ["name", "github"], "additionalProperties": false, "x-allowed": "a person: name and github, with optional email and slack", "properties": { "name": { "type": "string", "minLength": 1, "x-allowed": "a non-empty name" }, "github": { "$ref": "#/$defs/githubHandle" }, "email": { "type": "string", "format": "email", "x-allowed": "an e-mail address" }, "slack": { "type": "string", "minLength": 1, "x-allowed": "a Slack handle" } } };
    var schema33 = { "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "x-allowed": 'a GitHub handle without "@": letters, digits and single hyphens, at most 39 characters' };
    var pattern6 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "u");
    var formats0 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
    function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate21.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.name === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema32.required, parentSchema: schema32, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.github === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "github" }, message: "must have required property 'github'", schema: schema32.required, parentSchema: schema32, data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "name" || key0 === "github" || key0 === "email" || key0 === "slack")) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.name !== void 0) {
          let data0 = data.name;
          if (typeof data0 === "string") {
            if (func2(data0) < 1) {
              const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.name, data: data0 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.name.type, parentSchema: schema32.properties.name, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.github !== void 0) {
          let data1 = data.github;
          if (typeof data1 === "string") {
            if (!pattern6.test(data1)) {
              const err5 = { instancePath: instancePath + "/github", schemaPath: "#/$defs/githubHandle/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema33, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/github", schemaPath: "#/$defs/githubHandle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.email !== void 0) {
          let data2 = data.email;
          if (typeof data2 === "string") {
            if (!formats0.test(data2)) {
              const err7 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"', schema: "email", parentSchema: schema32.properties.email, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.email.type, parentSchema: schema32.properties.email, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data.slack !== void 0) {
          let data3 = data.slack;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err9 = { instancePath: instancePath + "/slack", schemaPath: "#/properties/slack/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.slack, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/slack", schemaPath: "#/properties/slack/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.slack.type, parentSchema: schema32.properties.slack, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      validate21.errors = vErrors;
      return errors === 0;
    }
    validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    var schema36 = { "description": "Chosen after triage; TBD until then. Same scheme as authors.", "x-allowed": "TBD, or a list of people (name and github each) or name: TBD", "anyOf": [{ "const": "TBD" }, { "type": "array", "minItems": 1, "items": { "x-allowed": "a person with name and github, TBD, or name: TBD", "anyOf": [{ "$ref": "#/$defs/tbd" }, { "$ref": "#/$defs/person" }] } }] };
    function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate23.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      const _errs0 = errors;
      let valid0 = false;
      const _errs1 = errors;
      if ("TBD" !== data) {
        const err0 = { instancePath, schemaPath: "#/anyOf/0/const", keyword: "const", params: { allowedValue: "TBD" }, message: "must be equal to constant", schema: "TBD", parentSchema: schema36.anyOf[0], data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      var _valid0 = _errs1 === errors;
      valid0 = valid0 || _valid0;
      const _errs2 = errors;
      if (Array.isArray(data)) {
        if (data.length < 1) {
          const err1 = { instancePath, schemaPath: "#/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema36.anyOf[1], data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data0 = data[i0];
          const _errs5 = errors;
          let valid3 = false;
          const _errs6 = errors;
          const _errs8 = errors;
          let valid5 = false;
          const _errs9 = errors;
          if ("TBD" !== data0) {
            const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/tbd/anyOf/0/const", keyword: "const", params: { allowedValue: "TBD" }, message: "must be equal to constant", schema: "TBD", parentSchema: schema37.anyOf[0], data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          var _valid2 = _errs9 === errors;
          valid5 = valid5 || _valid2;
          const _errs10 = errors;
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            if (data0.name === void 0) {
              const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/tbd/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema37.anyOf[1].required, parentSchema: schema37.anyOf[1], data: data0 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            for (const key0 in data0) {
              if (!(key0 === "name")) {
                const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/tbd/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.anyOf[1], data: data0 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data0.name !== void 0) {
              let data1 = data0.name;
              if ("TBD" !== data1) {
                const err5 = { instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/$defs/tbd/anyOf/1/properties/name/const", keyword: "const", params: { allowedValue: "TBD" }, message: "must be equal to constant", schema: "TBD", parentSchema: schema37.anyOf[1].properties.name, data: data1 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/tbd/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.anyOf[1].type, parentSchema: schema37.anyOf[1], data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          var _valid2 = _errs10 === errors;
          valid5 = valid5 || _valid2;
          if (_valid2) {
            var props0 = true;
          }
          if (!valid5) {
            const err7 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/tbd/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema37.anyOf, parentSchema: schema37, data: data0 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          } else {
            errors = _errs8;
            if (vErrors !== null) {
              if (_errs8) {
                vErrors.length = _errs8;
              } else {
                vErrors = null;
              }
            }
          }
          var _valid1 = _errs6 === errors;
          valid3 = valid3 || _valid1;
          const _errs15 = errors;
          if (!validate21(data0, { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
          var _valid1 = _errs15 === errors;
          valid3 = valid3 || _valid1;
          if (_valid1) {
            if (props0 !== true) {
              props0 = true;
            }
          }
          if (!valid3) {
            const err8 = { instancePath: instancePath + "/" + i0, schemaPath: "#/anyOf/1/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema36.anyOf[1].items.anyOf, parentSchema: schema36.anyOf[1].items, data: data0 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          } else {
            errors = _errs5;
            if (vErrors !== null) {
              if (_errs5) {
                vErrors.length = _errs5;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err9 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema36.anyOf[1].type, parentSchema: schema36.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var _valid0 = _errs2 === errors;
      valid0 = valid0 || _valid0;
      if (_valid0) {
        var items0 = true;
      }
      if (!valid0) {
        const err10 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema36.anyOf, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      } else {
        errors = _errs0;
        if (vErrors !== null) {
          if (_errs0) {
            vErrors.length = _errs0;
          } else {
            vErrors = null;
          }
        }
      }
      validate23.errors = vErrors;
      evaluated0.items = items0;
      return errors === 0;
    }
    validate23.evaluated = { "dynamicProps": false, "dynamicItems": true };
    var formats2 = require_formats().fullFormats.date;
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
        if (data["kep-number"] === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kep-number" }, message: "must have required property 'kep-number'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.title === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.status === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data.authors === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "authors" }, message: "must have required property 'authors'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data["owning-sig"] === void 0) {
          const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owning-sig" }, message: "must have required property 'owning-sig'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data.reviewers === void 0) {
          const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reviewers" }, message: "must have required property 'reviewers'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data.approvers === void 0) {
          const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "approvers" }, message: "must have required property 'approvers'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data.editor === void 0) {
          const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "editor" }, message: "must have required property 'editor'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data["creation-date"] === void 0) {
          const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "creation-date" }, message: "must have required property 'creation-date'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!func1.call(schema31.properties, key0)) {
            const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data["kep-number"] !== void 0) {
          let data0 = data["kep-number"];
          const _errs3 = errors;
          let valid1 = false;
          const _errs4 = errors;
          if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
            const err10 = { instancePath: instancePath + "/kep-number", schemaPath: "#/properties/kep-number/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties["kep-number"].anyOf[0].type, parentSchema: schema31.properties["kep-number"].anyOf[0], data: data0 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (typeof data0 == "number" && isFinite(data0)) {
            if (data0 < 1 || isNaN(data0)) {
              const err11 = { instancePath: instancePath + "/kep-number", schemaPath: "#/properties/kep-number/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties["kep-number"].anyOf[0], data: data0 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          var _valid0 = _errs4 === errors;
          valid1 = valid1 || _valid0;
          const _errs6 = errors;
          if (typeof data0 === "string") {
            if (!pattern4.test(data0)) {
              const err12 = { instancePath: instancePath + "/kep-number", schemaPath: "#/properties/kep-number/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^draft-[0-9]{8}$" }, message: 'must match pattern "^draft-[0-9]{8}$"', schema: "^draft-[0-9]{8}$", parentSchema: schema31.properties["kep-number"].anyOf[1], data: data0 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/kep-number", schemaPath: "#/properties/kep-number/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties["kep-number"].anyOf[1].type, parentSchema: schema31.properties["kep-number"].anyOf[1], data: data0 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          var _valid0 = _errs6 === errors;
          valid1 = valid1 || _valid0;
          if (!valid1) {
            const err14 = { instancePath: instancePath + "/kep-number", schemaPath: "#/properties/kep-number/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties["kep-number"].anyOf, parentSchema: schema31.properties["kep-number"], data: data0 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          } else {
            errors = _errs3;
            if (vErrors !== null) {
              if (_errs3) {
                vErrors.length = _errs3;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data.title !== void 0) {
          let data1 = data.title;
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err15 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.title, data: data1 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (!pattern5.test(data1)) {
              const err16 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/pattern", keyword: "pattern", params: { pattern: "^[^\\n]*\\S[^\\n]*$" }, message: 'must match pattern "^[^\\n]*\\S[^\\n]*$"', schema: "^[^\\n]*\\S[^\\n]*$", parentSchema: schema31.properties.title, data: data1 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.title.type, parentSchema: schema31.properties.title, data: data1 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data.status !== void 0) {
          let data2 = data.status;
          if (typeof data2 !== "string") {
            const err18 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.status.type, parentSchema: schema31.properties.status, data: data2 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (!(data2 === "opened" || data2 === "accepted" || data2 === "scoped" || data2 === "started" || data2 === "implemented" || data2 === "deferred" || data2 === "superseded" || data2 === "retired" || data2 === "rejected" || data2 === "orphaned")) {
            const err19 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.status.enum, parentSchema: schema31.properties.status, data: data2 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data.authors !== void 0) {
          let data3 = data.authors;
          if (Array.isArray(data3)) {
            if (data3.length < 1) {
              const err20 = { instancePath: instancePath + "/authors", schemaPath: "#/properties/authors/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.authors, data: data3 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (!validate21(data3[i0], { instancePath: instancePath + "/authors/" + i0, parentData: data3, parentDataProperty: i0, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/authors", schemaPath: "#/properties/authors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.authors.type, parentSchema: schema31.properties.authors, data: data3 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data["owning-sig"] !== void 0) {
          let data5 = data["owning-sig"];
          if (typeof data5 === "string") {
            if (!pattern7.test(data5)) {
              const err22 = { instancePath: instancePath + "/owning-sig", schemaPath: "#/$defs/sig/pattern", keyword: "pattern", params: { pattern: "^(sig|wg)-[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^(sig|wg)-[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^(sig|wg)-[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema34, data: data5 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/owning-sig", schemaPath: "#/$defs/sig/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data5 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data["participating-sigs"] !== void 0) {
          let data6 = data["participating-sigs"];
          if (Array.isArray(data6)) {
            const len1 = data6.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data7 = data6[i1];
              const _errs26 = errors;
              let valid7 = false;
              const _errs27 = errors;
              if (typeof data7 === "string") {
                if (!pattern7.test(data7)) {
                  const err24 = { instancePath: instancePath + "/participating-sigs/" + i1, schemaPath: "#/$defs/sig/pattern", keyword: "pattern", params: { pattern: "^(sig|wg)-[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^(sig|wg)-[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^(sig|wg)-[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema34, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = { instancePath: instancePath + "/participating-sigs/" + i1, schemaPath: "#/$defs/sig/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data7 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              var _valid1 = _errs27 === errors;
              valid7 = valid7 || _valid1;
              const _errs31 = errors;
              if ("kubernetes-wide" !== data7) {
                const err26 = { instancePath: instancePath + "/participating-sigs/" + i1, schemaPath: "#/properties/participating-sigs/items/anyOf/1/const", keyword: "const", params: { allowedValue: "kubernetes-wide" }, message: "must be equal to constant", schema: "kubernetes-wide", parentSchema: schema31.properties["participating-sigs"].items.anyOf[1], data: data7 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              var _valid1 = _errs31 === errors;
              valid7 = valid7 || _valid1;
              if (!valid7) {
                const err27 = { instancePath: instancePath + "/participating-sigs/" + i1, schemaPath: "#/properties/participating-sigs/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties["participating-sigs"].items.anyOf, parentSchema: schema31.properties["participating-sigs"].items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              } else {
                errors = _errs26;
                if (vErrors !== null) {
                  if (_errs26) {
                    vErrors.length = _errs26;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            let i2 = data6.length;
            let j0;
            if (i2 > 1) {
              outer0: for (; i2--; ) {
                for (j0 = i2; j0--; ) {
                  if (func0(data6[i2], data6[j0])) {
                    const err28 = { instancePath: instancePath + "/participating-sigs", schemaPath: "#/properties/participating-sigs/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema31.properties["participating-sigs"], data: data6 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/participating-sigs", schemaPath: "#/properties/participating-sigs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties["participating-sigs"].type, parentSchema: schema31.properties["participating-sigs"], data: data6 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data.reviewers !== void 0) {
          if (!validate23(data.reviewers, { instancePath: instancePath + "/reviewers", parentData: data, parentDataProperty: "reviewers", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
        if (data.approvers !== void 0) {
          if (!validate23(data.approvers, { instancePath: instancePath + "/approvers", parentData: data, parentDataProperty: "approvers", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
        if (data.editor !== void 0) {
          let data10 = data.editor;
          const _errs36 = errors;
          let valid10 = false;
          const _errs37 = errors;
          const _errs39 = errors;
          let valid12 = false;
          const _errs40 = errors;
          if ("TBD" !== data10) {
            const err30 = { instancePath: instancePath + "/editor", schemaPath: "#/$defs/tbd/anyOf/0/const", keyword: "const", params: { allowedValue: "TBD" }, message: "must be equal to constant", schema: "TBD", parentSchema: schema37.anyOf[0], data: data10 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          var _valid3 = _errs40 === errors;
          valid12 = valid12 || _valid3;
          const _errs41 = errors;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.name === void 0) {
              const err31 = { instancePath: instancePath + "/editor", schemaPath: "#/$defs/tbd/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema37.anyOf[1].required, parentSchema: schema37.anyOf[1], data: data10 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            for (const key1 in data10) {
              if (!(key1 === "name")) {
                const err32 = { instancePath: instancePath + "/editor", schemaPath: "#/$defs/tbd/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.anyOf[1], data: data10 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data10.name !== void 0) {
              let data11 = data10.name;
              if ("TBD" !== data11) {
                const err33 = { instancePath: instancePath + "/editor/name", schemaPath: "#/$defs/tbd/anyOf/1/properties/name/const", keyword: "const", params: { allowedValue: "TBD" }, message: "must be equal to constant", schema: "TBD", parentSchema: schema37.anyOf[1].properties.name, data: data11 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/editor", schemaPath: "#/$defs/tbd/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.anyOf[1].type, parentSchema: schema37.anyOf[1], data: data10 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          var _valid3 = _errs41 === errors;
          valid12 = valid12 || _valid3;
          if (_valid3) {
            var props0 = true;
          }
          if (!valid12) {
            const err35 = { instancePath: instancePath + "/editor", schemaPath: "#/$defs/tbd/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema37.anyOf, parentSchema: schema37, data: data10 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          } else {
            errors = _errs39;
            if (vErrors !== null) {
              if (_errs39) {
                vErrors.length = _errs39;
              } else {
                vErrors = null;
              }
            }
          }
          var _valid2 = _errs37 === errors;
          valid10 = valid10 || _valid2;
          const _errs46 = errors;
          if (!validate21(data10, { instancePath: instancePath + "/editor", parentData: data, parentDataProperty: "editor", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
          var _valid2 = _errs46 === errors;
          valid10 = valid10 || _valid2;
          if (_valid2) {
            if (props0 !== true) {
              props0 = true;
            }
          }
          if (!valid10) {
            const err36 = { instancePath: instancePath + "/editor", schemaPath: "#/properties/editor/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties.editor.anyOf, parentSchema: schema31.properties.editor, data: data10 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          } else {
            errors = _errs36;
            if (vErrors !== null) {
              if (_errs36) {
                vErrors.length = _errs36;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data["creation-date"] !== void 0) {
          let data12 = data["creation-date"];
          if (typeof data12 === "string") {
            if (!pattern9.test(data12)) {
              const err37 = { instancePath: instancePath + "/creation-date", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema39, data: data12 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (!formats2.validate(data12)) {
              const err38 = { instancePath: instancePath + "/creation-date", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema39, data: data12 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = { instancePath: instancePath + "/creation-date", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data12 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data["last-updated"] !== void 0) {
          let data13 = data["last-updated"];
          if (typeof data13 === "string") {
            if (!pattern9.test(data13)) {
              const err40 = { instancePath: instancePath + "/last-updated", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema39, data: data13 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (!formats2.validate(data13)) {
              const err41 = { instancePath: instancePath + "/last-updated", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema39, data: data13 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/last-updated", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data13 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data["see-also"] !== void 0) {
          let data14 = data["see-also"];
          if (Array.isArray(data14)) {
            const len2 = data14.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data15 = data14[i3];
              if (typeof data15 !== "string" && !(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
                const err43 = { instancePath: instancePath + "/see-also/" + i3, schemaPath: "#/$defs/kepRefs/items/type", keyword: "type", params: { type: schema41.items.type }, message: "must be string,integer", schema: schema41.items.type, parentSchema: schema41.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
              if (typeof data15 == "number" && isFinite(data15)) {
                if (data15 < 1 || isNaN(data15)) {
                  const err44 = { instancePath: instancePath + "/see-also/" + i3, schemaPath: "#/$defs/kepRefs/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.items, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
              }
              if (typeof data15 === "string") {
                if (!pattern11.test(data15)) {
                  const err45 = { instancePath: instancePath + "/see-also/" + i3, schemaPath: "#/$defs/kepRefs/items/pattern", keyword: "pattern", params: { pattern: "^(KEP-)?[1-9][0-9]*$" }, message: 'must match pattern "^(KEP-)?[1-9][0-9]*$"', schema: "^(KEP-)?[1-9][0-9]*$", parentSchema: schema41.items, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              }
            }
            let i4 = data14.length;
            let j1;
            if (i4 > 1) {
              const indices0 = {};
              for (; i4--; ) {
                let item0 = data14[i4];
                if (typeof item0 !== "string" && !(typeof item0 == "number" && (!(item0 % 1) && !isNaN(item0)) && isFinite(item0))) {
                  continue;
                }
                if (typeof item0 == "string") {
                  item0 += "_";
                }
                if (typeof indices0[item0] == "number") {
                  j1 = indices0[item0];
                  const err46 = { instancePath: instancePath + "/see-also", schemaPath: "#/$defs/kepRefs/uniqueItems", keyword: "uniqueItems", params: { i: i4, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i4 + " are identical)", schema: true, parentSchema: schema41, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i4;
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/see-also", schemaPath: "#/$defs/kepRefs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema41.type, parentSchema: schema41, data: data14 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data.replaces !== void 0) {
          let data16 = data.replaces;
          if (Array.isArray(data16)) {
            const len3 = data16.length;
            for (let i5 = 0; i5 < len3; i5++) {
              let data17 = data16[i5];
              if (typeof data17 !== "string" && !(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
                const err48 = { instancePath: instancePath + "/replaces/" + i5, schemaPath: "#/$defs/kepRefs/items/type", keyword: "type", params: { type: schema41.items.type }, message: "must be string,integer", schema: schema41.items.type, parentSchema: schema41.items, data: data17 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
              if (typeof data17 == "number" && isFinite(data17)) {
                if (data17 < 1 || isNaN(data17)) {
                  const err49 = { instancePath: instancePath + "/replaces/" + i5, schemaPath: "#/$defs/kepRefs/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.items, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
              }
              if (typeof data17 === "string") {
                if (!pattern11.test(data17)) {
                  const err50 = { instancePath: instancePath + "/replaces/" + i5, schemaPath: "#/$defs/kepRefs/items/pattern", keyword: "pattern", params: { pattern: "^(KEP-)?[1-9][0-9]*$" }, message: 'must match pattern "^(KEP-)?[1-9][0-9]*$"', schema: "^(KEP-)?[1-9][0-9]*$", parentSchema: schema41.items, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err50];
                  } else {
                    vErrors.push(err50);
                  }
                  errors++;
                }
              }
            }
            let i6 = data16.length;
            let j2;
            if (i6 > 1) {
              const indices1 = {};
              for (; i6--; ) {
                let item1 = data16[i6];
                if (typeof item1 !== "string" && !(typeof item1 == "number" && (!(item1 % 1) && !isNaN(item1)) && isFinite(item1))) {
                  continue;
                }
                if (typeof item1 == "string") {
                  item1 += "_";
                }
                if (typeof indices1[item1] == "number") {
                  j2 = indices1[item1];
                  const err51 = { instancePath: instancePath + "/replaces", schemaPath: "#/$defs/kepRefs/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i6 + " are identical)", schema: true, parentSchema: schema41, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i6;
              }
            }
          } else {
            const err52 = { instancePath: instancePath + "/replaces", schemaPath: "#/$defs/kepRefs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema41.type, parentSchema: schema41, data: data16 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data["superseded-by"] !== void 0) {
          let data18 = data["superseded-by"];
          if (Array.isArray(data18)) {
            const len4 = data18.length;
            for (let i7 = 0; i7 < len4; i7++) {
              let data19 = data18[i7];
              if (typeof data19 !== "string" && !(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                const err53 = { instancePath: instancePath + "/superseded-by/" + i7, schemaPath: "#/$defs/kepRefs/items/type", keyword: "type", params: { type: schema41.items.type }, message: "must be string,integer", schema: schema41.items.type, parentSchema: schema41.items, data: data19 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
              if (typeof data19 == "number" && isFinite(data19)) {
                if (data19 < 1 || isNaN(data19)) {
                  const err54 = { instancePath: instancePath + "/superseded-by/" + i7, schemaPath: "#/$defs/kepRefs/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.items, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
              }
              if (typeof data19 === "string") {
                if (!pattern11.test(data19)) {
                  const err55 = { instancePath: instancePath + "/superseded-by/" + i7, schemaPath: "#/$defs/kepRefs/items/pattern", keyword: "pattern", params: { pattern: "^(KEP-)?[1-9][0-9]*$" }, message: 'must match pattern "^(KEP-)?[1-9][0-9]*$"', schema: "^(KEP-)?[1-9][0-9]*$", parentSchema: schema41.items, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              }
            }
            let i8 = data18.length;
            let j3;
            if (i8 > 1) {
              const indices2 = {};
              for (; i8--; ) {
                let item2 = data18[i8];
                if (typeof item2 !== "string" && !(typeof item2 == "number" && (!(item2 % 1) && !isNaN(item2)) && isFinite(item2))) {
                  continue;
                }
                if (typeof item2 == "string") {
                  item2 += "_";
                }
                if (typeof indices2[item2] == "number") {
                  j3 = indices2[item2];
                  const err56 = { instancePath: instancePath + "/superseded-by", schemaPath: "#/$defs/kepRefs/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i8 + " are identical)", schema: true, parentSchema: schema41, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                  break;
                }
                indices2[item2] = i8;
              }
            }
          } else {
            const err57 = { instancePath: instancePath + "/superseded-by", schemaPath: "#/$defs/kepRefs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema41.type, parentSchema: schema41, data: data18 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
      } else {
        const err58 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
      validate20.errors = vErrors;
      return errors === 0;
    }
    validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports.branch0 = validate28;
    var schema44 = { "type": "integer", "minimum": 1 };
    function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate28.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema44.type, parentSchema: schema44, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (typeof data == "number" && isFinite(data)) {
        if (data < 1 || isNaN(data)) {
          const err1 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema44, data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      validate28.errors = vErrors;
      return errors === 0;
    }
    validate28.evaluated = { "dynamicProps": false, "dynamicItems": false };
    exports.branch1 = validate29;
    var schema45 = { "type": "string", "pattern": "^draft-[0-9]{8}$" };
    function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate29.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (typeof data === "string") {
        if (!pattern4.test(data)) {
          const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^draft-[0-9]{8}$" }, message: 'must match pattern "^draft-[0-9]{8}$"', schema: "^draft-[0-9]{8}$", parentSchema: schema45, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.type, parentSchema: schema45, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      validate29.errors = vErrors;
      return errors === 0;
    }
    validate29.evaluated = { "dynamicProps": false, "dynamicItems": false };
    exports.branch2 = validate30;
    function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate30.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (typeof data === "string") {
        if (!pattern7.test(data)) {
          const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(sig|wg)-[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^(sig|wg)-[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^(sig|wg)-[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema34, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      validate30.errors = vErrors;
      return errors === 0;
    }
    validate30.evaluated = { "dynamicProps": false, "dynamicItems": false };
    exports.branch3 = validate31;
    var schema47 = { "const": "kubernetes-wide" };
    function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate31.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if ("kubernetes-wide" !== data) {
        const err0 = { instancePath, schemaPath: "#/const", keyword: "const", params: { allowedValue: "kubernetes-wide" }, message: "must be equal to constant", schema: "kubernetes-wide", parentSchema: schema47, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      validate31.errors = vErrors;
      return errors === 0;
    }
    validate31.evaluated = { "dynamicProps": false, "dynamicItems": false };
    exports.branch4 = validate32;
    function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate32.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      const _errs0 = errors;
      let valid0 = false;
      const _errs1 = errors;
      if ("TBD" !== data) {
        const err0 = { instancePath, schemaPath: "#/anyOf/0/const", keyword: "const", params: { allowedValue: "TBD" }, message: "must be equal to constant", schema: "TBD", parentSchema: schema37.anyOf[0], data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      var _valid0 = _errs1 === errors;
      valid0 = valid0 || _valid0;
      const _errs2 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.name === void 0) {
          const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema37.anyOf[1].required, parentSchema: schema37.anyOf[1], data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "name")) {
            const err2 = { instancePath, schemaPath: "#/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.anyOf[1], data };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.name !== void 0) {
          let data0 = data.name;
          if ("TBD" !== data0) {
            const err3 = { instancePath: instancePath + "/name", schemaPath: "#/anyOf/1/properties/name/const", keyword: "const", params: { allowedValue: "TBD" }, message: "must be equal to constant", schema: "TBD", parentSchema: schema37.anyOf[1].properties.name, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.anyOf[1].type, parentSchema: schema37.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var _valid0 = _errs2 === errors;
      valid0 = valid0 || _valid0;
      if (_valid0) {
        var props0 = true;
      }
      if (!valid0) {
        const err5 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema37.anyOf, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      } else {
        errors = _errs0;
        if (vErrors !== null) {
          if (_errs0) {
            vErrors.length = _errs0;
          } else {
            vErrors = null;
          }
        }
      }
      validate32.errors = vErrors;
      evaluated0.props = props0;
      return errors === 0;
    }
    validate32.evaluated = { "dynamicProps": true, "dynamicItems": false };
    exports.branch5 = validate33;
    function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate33.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.name === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema32.required, parentSchema: schema32, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.github === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "github" }, message: "must have required property 'github'", schema: schema32.required, parentSchema: schema32, data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "name" || key0 === "github" || key0 === "email" || key0 === "slack")) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.name !== void 0) {
          let data0 = data.name;
          if (typeof data0 === "string") {
            if (func2(data0) < 1) {
              const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.name, data: data0 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.name.type, parentSchema: schema32.properties.name, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.github !== void 0) {
          let data1 = data.github;
          if (typeof data1 === "string") {
            if (!pattern6.test(data1)) {
              const err5 = { instancePath: instancePath + "/github", schemaPath: "#/$defs/githubHandle/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema33, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/github", schemaPath: "#/$defs/githubHandle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.email !== void 0) {
          let data2 = data.email;
          if (typeof data2 === "string") {
            if (!formats0.test(data2)) {
              const err7 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"', schema: "email", parentSchema: schema32.properties.email, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.email.type, parentSchema: schema32.properties.email, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data.slack !== void 0) {
          let data3 = data.slack;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err9 = { instancePath: instancePath + "/slack", schemaPath: "#/properties/slack/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.slack, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/slack", schemaPath: "#/properties/slack/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.slack.type, parentSchema: schema32.properties.slack, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      validate33.errors = vErrors;
      return errors === 0;
    }
    validate33.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports.branch6 = validate34;
    var schema51 = { "const": "TBD" };
    function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate34.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if ("TBD" !== data) {
        const err0 = { instancePath, schemaPath: "#/const", keyword: "const", params: { allowedValue: "TBD" }, message: "must be equal to constant", schema: "TBD", parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      validate34.errors = vErrors;
      return errors === 0;
    }
    validate34.evaluated = { "dynamicProps": false, "dynamicItems": false };
    exports.branch7 = validate35;
    var schema52 = { "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "name": { "const": "TBD" } } };
    function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate35.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.name === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema52.required, parentSchema: schema52, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "name")) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data.name !== void 0) {
          let data0 = data.name;
          if ("TBD" !== data0) {
            const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/const", keyword: "const", params: { allowedValue: "TBD" }, message: "must be equal to constant", schema: "TBD", parentSchema: schema52.properties.name, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      validate35.errors = vErrors;
      return errors === 0;
    }
    validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports.branch8 = validate36;
    var schema53 = { "const": "TBD" };
    function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate36.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if ("TBD" !== data) {
        const err0 = { instancePath, schemaPath: "#/const", keyword: "const", params: { allowedValue: "TBD" }, message: "must be equal to constant", schema: "TBD", parentSchema: schema53, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      validate36.errors = vErrors;
      return errors === 0;
    }
    validate36.evaluated = { "dynamicProps": false, "dynamicItems": false };
    exports.branch9 = validate37;
    var schema54 = { "type": "array", "minItems": 1, "items": { "x-allowed": "a person with name and github, TBD, or name: TBD", "anyOf": [{ "$ref": "#/$defs/tbd" }, { "$ref": "#/$defs/person" }] } };
    function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate37.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (Array.isArray(data)) {
        if (data.length < 1) {
          const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema54, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data0 = data[i0];
          const _errs2 = errors;
          let valid2 = false;
          const _errs3 = errors;
          const _errs5 = errors;
          let valid4 = false;
          const _errs6 = errors;
          if ("TBD" !== data0) {
            const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/tbd/anyOf/0/const", keyword: "const", params: { allowedValue: "TBD" }, message: "must be equal to constant", schema: "TBD", parentSchema: schema37.anyOf[0], data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          var _valid1 = _errs6 === errors;
          valid4 = valid4 || _valid1;
          const _errs7 = errors;
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            if (data0.name === void 0) {
              const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/tbd/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema37.anyOf[1].required, parentSchema: schema37.anyOf[1], data: data0 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            for (const key0 in data0) {
              if (!(key0 === "name")) {
                const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/tbd/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.anyOf[1], data: data0 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data0.name !== void 0) {
              let data1 = data0.name;
              if ("TBD" !== data1) {
                const err4 = { instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/$defs/tbd/anyOf/1/properties/name/const", keyword: "const", params: { allowedValue: "TBD" }, message: "must be equal to constant", schema: "TBD", parentSchema: schema37.anyOf[1].properties.name, data: data1 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          } else {
            const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/tbd/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.anyOf[1].type, parentSchema: schema37.anyOf[1], data: data0 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          var _valid1 = _errs7 === errors;
          valid4 = valid4 || _valid1;
          if (_valid1) {
            var props0 = true;
          }
          if (!valid4) {
            const err6 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/tbd/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema37.anyOf, parentSchema: schema37, data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          } else {
            errors = _errs5;
            if (vErrors !== null) {
              if (_errs5) {
                vErrors.length = _errs5;
              } else {
                vErrors = null;
              }
            }
          }
          var _valid0 = _errs3 === errors;
          valid2 = valid2 || _valid0;
          const _errs12 = errors;
          if (!validate21(data0, { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs12 === errors;
          valid2 = valid2 || _valid0;
          if (_valid0) {
            if (props0 !== true) {
              props0 = true;
            }
          }
          if (!valid2) {
            const err7 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema54.items.anyOf, parentSchema: schema54.items, data: data0 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          } else {
            errors = _errs2;
            if (vErrors !== null) {
              if (_errs2) {
                vErrors.length = _errs2;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema54.type, parentSchema: schema54, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      validate37.errors = vErrors;
      return errors === 0;
    }
    validate37.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
    exports.branch10 = validate39;
    function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate39.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      const _errs0 = errors;
      let valid0 = false;
      const _errs1 = errors;
      if ("TBD" !== data) {
        const err0 = { instancePath, schemaPath: "#/anyOf/0/const", keyword: "const", params: { allowedValue: "TBD" }, message: "must be equal to constant", schema: "TBD", parentSchema: schema37.anyOf[0], data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      var _valid0 = _errs1 === errors;
      valid0 = valid0 || _valid0;
      const _errs2 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.name === void 0) {
          const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema37.anyOf[1].required, parentSchema: schema37.anyOf[1], data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "name")) {
            const err2 = { instancePath, schemaPath: "#/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.anyOf[1], data };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.name !== void 0) {
          let data0 = data.name;
          if ("TBD" !== data0) {
            const err3 = { instancePath: instancePath + "/name", schemaPath: "#/anyOf/1/properties/name/const", keyword: "const", params: { allowedValue: "TBD" }, message: "must be equal to constant", schema: "TBD", parentSchema: schema37.anyOf[1].properties.name, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.anyOf[1].type, parentSchema: schema37.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var _valid0 = _errs2 === errors;
      valid0 = valid0 || _valid0;
      if (_valid0) {
        var props0 = true;
      }
      if (!valid0) {
        const err5 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema37.anyOf, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      } else {
        errors = _errs0;
        if (vErrors !== null) {
          if (_errs0) {
            vErrors.length = _errs0;
          } else {
            vErrors = null;
          }
        }
      }
      validate39.errors = vErrors;
      evaluated0.props = props0;
      return errors === 0;
    }
    validate39.evaluated = { "dynamicProps": true, "dynamicItems": false };
    exports.branch11 = validate40;
    function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate40.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.name === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema32.required, parentSchema: schema32, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.github === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "github" }, message: "must have required property 'github'", schema: schema32.required, parentSchema: schema32, data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "name" || key0 === "github" || key0 === "email" || key0 === "slack")) {
            const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.name !== void 0) {
          let data0 = data.name;
          if (typeof data0 === "string") {
            if (func2(data0) < 1) {
              const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.name, data: data0 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.name.type, parentSchema: schema32.properties.name, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.github !== void 0) {
          let data1 = data.github;
          if (typeof data1 === "string") {
            if (!pattern6.test(data1)) {
              const err5 = { instancePath: instancePath + "/github", schemaPath: "#/$defs/githubHandle/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"', schema: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema33, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/github", schemaPath: "#/$defs/githubHandle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.email !== void 0) {
          let data2 = data.email;
          if (typeof data2 === "string") {
            if (!formats0.test(data2)) {
              const err7 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"', schema: "email", parentSchema: schema32.properties.email, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/email", schemaPath: "#/properties/email/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.email.type, parentSchema: schema32.properties.email, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data.slack !== void 0) {
          let data3 = data.slack;
          if (typeof data3 === "string") {
            if (func2(data3) < 1) {
              const err9 = { instancePath: instancePath + "/slack", schemaPath: "#/properties/slack/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.properties.slack, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/slack", schemaPath: "#/properties/slack/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.slack.type, parentSchema: schema32.properties.slack, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      validate40.errors = vErrors;
      return errors === 0;
    }
    validate40.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    module.exports.schema = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/kep-validator/kep-validator/v1/schemas/kep-0001.schema.json", "title": "KEP metadata (KEP-1)", "description": 'The metadata of a Kubernetes Enhancement Proposal, as KEP-1 "KEP Metadata" defines it. The status values are replaced at load time by the states of the selected lifecycle.', "type": "object", "required": ["kep-number", "title", "status", "authors", "owning-sig", "reviewers", "approvers", "editor", "creation-date"], "additionalProperties": false, "properties": { "kep-number": { "description": "A positive integer once the KEP is approved; draft-YYYYMMDD (the creation date) before.", "x-allowed": "a positive integer such as 42, or draft-YYYYMMDD before approval", "anyOf": [{ "type": "integer", "minimum": 1 }, { "type": "string", "pattern": "^draft-[0-9]{8}$" }], "examples": [42, "draft-20240115"] }, "title": { "description": "The title in plain language; the file name carries its slug.", "type": "string", "minLength": 1, "pattern": "^[^\\n]*\\S[^\\n]*$", "x-allowed": "a one-line title in plain language", "examples": ["Kubernetes Enhancement Proposal Process"] }, "status": { "description": "The current state of the KEP.", "type": "string", "enum": ["opened", "accepted", "scoped", "started", "implemented", "deferred", "superseded", "retired", "rejected", "orphaned"], "examples": ["Draft"] }, "authors": { "description": "The authors: a name (a pseudonym is fine) and a GitHub handle each.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/person" }, "x-allowed": "a list of authors, each with name and github (email and slack optional)", "examples": [[{ "name": "Jane Doe", "github": "janedoe" }]] }, "owning-sig": { "description": "The SIG or working group most closely associated with the KEP.", "$ref": "#/$defs/sig", "examples": ["sig-architecture"] }, "participating-sigs": { "description": "SIGs involved or impacted; kubernetes-wide for the whole project.", "type": "array", "uniqueItems": true, "items": { "x-allowed": "sig-abc-def, wg-abc-def or kubernetes-wide", "anyOf": [{ "$ref": "#/$defs/sig" }, { "const": "kubernetes-wide" }] }, "x-allowed": "a list of SIGs such as sig-node, or kubernetes-wide", "examples": [["sig-node", "sig-storage"], ["kubernetes-wide"]] }, "reviewers": { "$ref": "#/$defs/peopleOrTbd", "examples": ["TBD", [{ "name": "Jane Doe", "github": "janedoe" }]] }, "approvers": { "$ref": "#/$defs/peopleOrTbd", "examples": ["TBD", [{ "name": "Jane Doe", "github": "janedoe" }]] }, "editor": { "description": "Someone to keep things moving forward, or TBD.", "x-allowed": "TBD, a person with name and github, or name: TBD", "anyOf": [{ "$ref": "#/$defs/tbd" }, { "$ref": "#/$defs/person" }], "examples": ["TBD", { "name": "Jane Doe", "github": "janedoe" }] }, "creation-date": { "$ref": "#/$defs/date", "description": "The date the KEP was first submitted in a PR.", "examples": ["2024-01-15"] }, "last-updated": { "$ref": "#/$defs/date", "description": "The date the KEP last changed significantly.", "examples": ["2024-03-01"] }, "see-also": { "$ref": "#/$defs/kepRefs", "description": "Other relevant KEPs.", "examples": [["KEP-1"]] }, "replaces": { "$ref": "#/$defs/kepRefs", "description": "KEPs this KEP replaces; they list it in superseded-by.", "examples": [["KEP-12"]] }, "superseded-by": { "$ref": "#/$defs/kepRefs", "description": "KEPs that supersede this one; pairs with status Replaced.", "examples": [["KEP-34"]] } }, "$defs": { "githubHandle": { "type": "string", "pattern": "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "x-allowed": 'a GitHub handle without "@": letters, digits and single hyphens, at most 39 characters' }, "person": { "type": "object", "required": ["name", "github"], "additionalProperties": false, "x-allowed": "a person: name and github, with optional email and slack", "properties": { "name": { "type": "string", "minLength": 1, "x-allowed": "a non-empty name" }, "github": { "$ref": "#/$defs/githubHandle" }, "email": { "type": "string", "format": "email", "x-allowed": "an e-mail address" }, "slack": { "type": "string", "minLength": 1, "x-allowed": "a Slack handle" } } }, "tbd": { "x-allowed": "TBD, or name: TBD", "anyOf": [{ "const": "TBD" }, { "type": "object", "required": ["name"], "additionalProperties": false, "properties": { "name": { "const": "TBD" } } }] }, "peopleOrTbd": { "description": "Chosen after triage; TBD until then. Same scheme as authors.", "x-allowed": "TBD, or a list of people (name and github each) or name: TBD", "anyOf": [{ "const": "TBD" }, { "type": "array", "minItems": 1, "items": { "x-allowed": "a person with name and github, TBD, or name: TBD", "anyOf": [{ "$ref": "#/$defs/tbd" }, { "$ref": "#/$defs/person" }] } }] }, "sig": { "type": "string", "pattern": "^(sig|wg)-[a-z0-9]+(-[a-z0-9]+)*$", "x-allowed": "a SIG or working group as sig-abc-def or wg-abc-def, matching its kubernetes/community directory" }, "date": { "type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "x-allowed": "a real date as yyyy-mm-dd" }, "kepRefs": { "type": "array", "uniqueItems": true, "items": { "type": ["string", "integer"], "pattern": "^(KEP-)?[1-9][0-9]*$", "minimum": 1, "x-allowed": "KEP-123", "description": "KEP-1 writes KEP-123; a bare 123 names the KEP as clearly (rule reference-form warns)." }, "x-allowed": "a list of KEP references such as KEP-123" } } };
    module.exports.branchPointers = ["/properties/kep-number/anyOf/0", "/properties/kep-number/anyOf/1", "/properties/participating-sigs/items/anyOf/0", "/properties/participating-sigs/items/anyOf/1", "/properties/editor/anyOf/0", "/properties/editor/anyOf/1", "/$defs/tbd/anyOf/0", "/$defs/tbd/anyOf/1", "/$defs/peopleOrTbd/anyOf/0", "/$defs/peopleOrTbd/anyOf/1", "/$defs/peopleOrTbd/anyOf/1/items/anyOf/0", "/$defs/peopleOrTbd/anyOf/1/items/anyOf/1"];
  }
});
export default require_kep_0001_kep_0001_workflow();
