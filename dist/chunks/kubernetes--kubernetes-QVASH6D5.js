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

// src/schema/compiled/kubernetes--kubernetes.cjs
var require_kubernetes_kubernetes = __commonJS({
  "src/schema/compiled/kubernetes--kubernetes.cjs"(exports, module) {
    exports.validate = validate20;
    var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/kep-validator/kep-validator/v1/schemas/kubernetes.schema.json", "title": "KEP metadata (kubernetes/enhancements kep.yaml)", "description": "The kep.yaml beside each KEP's README.md in kubernetes/enhancements, as its template (keps/NNNN-kep-template/kep.yaml) and its Go types define it. The status values are replaced at load time by the states of the selected lifecycle.", "type": "object", "required": ["title", "kep-number", "authors", "owning-sig", "status", "approvers"], "additionalProperties": false, "properties": { "title": { "type": "string", "minLength": 1, "pattern": "^[^\\n]*\\S[^\\n]*$", "x-allowed": "a one-line title", "description": "The title of the KEP.", "examples": ["HugePages"] }, "kep-number": { "description": "The KEP's number: the number its folder starts with (1539-hugepages has 1539).", "x-allowed": "a positive integer, the number of the KEP's folder", "anyOf": [{ "type": "integer", "minimum": 1 }, { "type": "string", "pattern": "^[1-9][0-9]*$" }], "examples": [1539] }, "authors": { "description": "The authors, as GitHub handles with @.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/handle" }, "x-allowed": 'a list of GitHub handles such as "@jane.doe"', "examples": [["@derekwaynecarr"]] }, "owning-sig": { "description": "The SIG that owns the KEP; its folder under keps/.", "$ref": "#/$defs/sig", "examples": ["sig-node"] }, "participating-sigs": { "description": "Other SIGs involved.", "type": ["array", "null"], "uniqueItems": true, "items": { "$ref": "#/$defs/sig" }, "x-allowed": "a list of SIGs such as sig-node", "examples": [["sig-scheduling"]] }, "status": { "description": "The current state of the KEP.", "type": "string", "enum": ["provisional", "implementable", "implemented", "deferred", "rejected", "withdrawn", "replaced"], "examples": ["provisional"] }, "creation-date": { "description": "The date the KEP was first proposed.", "$ref": "#/$defs/date", "examples": ["2024-01-15"] }, "last-updated": { "description": "The date the KEP last changed significantly.", "$ref": "#/$defs/date", "examples": ["2024-03-01"] }, "reviewers": { "description": "Reviewers: GitHub handles, or TBD. Not required by kubernetes/enhancements' validator; the template asks for them (rule recommended-fields).", "type": ["array", "null"], "items": { "$ref": "#/$defs/handleOrTbd" }, "x-allowed": "a list of GitHub handles with @ (TBD until chosen)", "examples": [["@alice.doe"]] }, "approvers": { "description": `Approvers: GitHub handles, or TBD. Required, as kubernetes/enhancements' validator requires it; an empty list passes there (validate:"required" asks for a list, not for items), and is a recommended-fields warning here.`, "type": "array", "items": { "$ref": "#/$defs/handleOrTbd" }, "x-allowed": "a list of GitHub handles with @ (TBD until chosen)", "examples": [["@oscar.doe"]] }, "prr-approvers": { "description": "Production readiness approvers.", "$ref": "#/$defs/handlesOrTbd", "examples": [["@deads2k"]] }, "editor": { "description": "Someone to keep things moving forward, or TBD.", "type": ["string", "null"], "x-allowed": "a name or handle, or TBD", "examples": ["TBD"] }, "see-also": { "description": "Related KEPs (paths such as /keps/sig-node/1539-hugepages, or KEP-1539), or other documents by URL.", "type": ["array", "null"], "items": { "x-allowed": "a KEP path such as /keps/sig-node/1539-hugepages, KEP-1539, or an https:// URL", "anyOf": [{ "$ref": "#/$defs/kepReference" }, { "type": "string", "pattern": "^https?://\\S+$" }] }, "examples": [["/keps/sig-node/1539-hugepages"]] }, "replaces": { "description": "KEPs this KEP replaces.", "type": ["array", "null"], "items": { "$ref": "#/$defs/kepReference" }, "examples": [["/keps/sig-ccc/3456-replaced-kep"]] }, "superseded-by": { "description": "KEPs that replace this one; pairs with status replaced.", "type": ["array", "null"], "items": { "$ref": "#/$defs/kepReference" }, "examples": [["/keps/sig-node/2133-kubelet-credential-providers"]] }, "stage": { "description": "The target maturity stage in the current release cycle.", "type": "string", "enum": ["alpha", "beta", "stable", "deprecated", "disabled", "removed"], "examples": ["alpha"] }, "latest-milestone": { "description": "The most recent release with work on this KEP.", "$ref": "#/$defs/milestone", "examples": ["v1.19"] }, "milestone": { "description": "The release of each stage.", "type": ["object", "null"], "additionalProperties": false, "x-allowed": "a mapping of stages (alpha, beta, stable, deprecated, disabled, removed) to releases such as v1.19", "properties": { "alpha": { "$ref": "#/$defs/milestoneOrEmpty" }, "beta": { "$ref": "#/$defs/milestoneOrEmpty" }, "stable": { "$ref": "#/$defs/milestoneOrEmpty" }, "deprecated": { "$ref": "#/$defs/milestoneOrEmpty" }, "disabled": { "$ref": "#/$defs/milestoneOrEmpty" }, "removed": { "$ref": "#/$defs/milestoneOrEmpty" } }, "examples": [{ "alpha": "v1.19", "beta": "v1.20", "stable": "v1.22" }] }, "feature-gates": { "description": "Feature gates and the components that must enable them.", "type": ["array", "null"], "items": { "type": "object", "required": ["name"], "additionalProperties": false, "x-allowed": "a feature gate: name and components", "properties": { "name": { "type": "string", "pattern": "^[A-Z][A-Za-z0-9]*$", "x-allowed": "a feature gate name in UpperCamelCase" }, "components": { "type": ["array", "null"], "items": { "type": "string", "minLength": 1, "x-allowed": "a component such as kube-apiserver" } } } }, "examples": [[{ "name": "MyFeature", "components": ["kube-apiserver"] }]] }, "disable-supported": { "description": "Whether the feature can be disabled once enabled.", "type": ["boolean", "null"], "x-allowed": "true or false", "examples": [true] }, "metrics": { "description": "Metrics that tell the feature is in use.", "type": ["array", "null"], "items": { "type": "string", "minLength": 1, "x-allowed": "a metric name" }, "examples": [["my_feature_metric"]] } }, "$defs": { "handle": { "description": "kubernetes/enhancements' tooling reads a handle with or without @ as the same person; the template's @ is a convention (rule handle-at).", "type": "string", "pattern": "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "x-allowed": 'a GitHub handle with @, such as "@jane-doe"' }, "handleOrTbd": { "x-allowed": "a GitHub handle with @, or TBD", "anyOf": [{ "$ref": "#/$defs/handle" }, { "const": "TBD" }] }, "handlesOrTbd": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/handleOrTbd" }, "x-allowed": "a list of GitHub handles with @ (TBD until chosen)" }, "sig": { "type": "string", "pattern": "^(sig|wg|committee)-[a-z0-9]+(-[a-z0-9]+)*$", "x-allowed": "a SIG, working group or committee as sig-abc-def, matching its kubernetes/community directory" }, "date": { "type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "x-allowed": "a real date as yyyy-mm-dd" }, "milestone": { "type": "string", "pattern": "^v[0-9]+\\.[0-9]+$", "x-allowed": 'a release such as "v1.19"' }, "milestoneOrEmpty": { "type": ["string", "null"], "pattern": "^(v[0-9]+\\.[0-9]+)?$", "x-allowed": 'a release such as "v1.19"' }, "kepReference": { "type": "string", "description": 'A bare number ("1539") names the KEP as clearly; the path or KEP-1539 is the convention (rule reference-form).', "pattern": "^(/keps/[a-z0-9-]+(/[A-Za-z0-9._-]+)*/[0-9]+-[A-Za-z0-9._-]+|KEP-[1-9][0-9]*|[1-9][0-9]*)$", "x-allowed": "a KEP path such as /keps/sig-node/1539-hugepages, or KEP-1539" } } };
    var schema32 = { "description": "kubernetes/enhancements' tooling reads a handle with or without @ as the same person; the template's @ is a convention (rule handle-at).", "type": "string", "pattern": "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "x-allowed": 'a GitHub handle with @, such as "@jane-doe"' };
    var schema33 = { "type": "string", "pattern": "^(sig|wg|committee)-[a-z0-9]+(-[a-z0-9]+)*$", "x-allowed": "a SIG, working group or committee as sig-abc-def, matching its kubernetes/community directory" };
    var schema35 = { "type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "x-allowed": "a real date as yyyy-mm-dd" };
    var schema40 = { "type": "string", "description": 'A bare number ("1539") names the KEP as clearly; the path or KEP-1539 is the convention (rule reference-form).', "pattern": "^(/keps/[a-z0-9-]+(/[A-Za-z0-9._-]+)*/[0-9]+-[A-Za-z0-9._-]+|KEP-[1-9][0-9]*|[1-9][0-9]*)$", "x-allowed": "a KEP path such as /keps/sig-node/1539-hugepages, or KEP-1539" };
    var schema43 = { "type": "string", "pattern": "^v[0-9]+\\.[0-9]+$", "x-allowed": 'a release such as "v1.19"' };
    var schema44 = { "type": ["string", "null"], "pattern": "^(v[0-9]+\\.[0-9]+)?$", "x-allowed": 'a release such as "v1.19"' };
    var func1 = Object.prototype.hasOwnProperty;
    var func2 = require_ucs2length().default;
    var func0 = require_equal().default;
    var pattern4 = new RegExp("^[^\\n]*\\S[^\\n]*$", "u");
    var pattern5 = new RegExp("^[1-9][0-9]*$", "u");
    var pattern6 = new RegExp("^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "u");
    var pattern7 = new RegExp("^(sig|wg|committee)-[a-z0-9]+(-[a-z0-9]+)*$", "u");
    var pattern9 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
    var pattern12 = new RegExp("^(/keps/[a-z0-9-]+(/[A-Za-z0-9._-]+)*/[0-9]+-[A-Za-z0-9._-]+|KEP-[1-9][0-9]*|[1-9][0-9]*)$", "u");
    var pattern13 = new RegExp("^https?://\\S+$", "u");
    var pattern16 = new RegExp("^v[0-9]+\\.[0-9]+$", "u");
    var pattern17 = new RegExp("^(v[0-9]+\\.[0-9]+)?$", "u");
    var pattern23 = new RegExp("^[A-Z][A-Za-z0-9]*$", "u");
    var formats0 = require_formats().fullFormats.date;
    var schema37 = { "x-allowed": "a GitHub handle with @, or TBD", "anyOf": [{ "$ref": "#/$defs/handle" }, { "const": "TBD" }] };
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
      const _errs0 = errors;
      let valid0 = false;
      const _errs1 = errors;
      if (typeof data === "string") {
        if (!pattern6.test(data)) {
          const err0 = { instancePath, schemaPath: "#/$defs/handle/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"', schema: "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema32, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath, schemaPath: "#/$defs/handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs1 === errors;
      valid0 = valid0 || _valid0;
      const _errs5 = errors;
      if ("TBD" !== data) {
        const err2 = { instancePath, schemaPath: "#/anyOf/1/const", keyword: "const", params: { allowedValue: "TBD" }, message: "must be equal to constant", schema: "TBD", parentSchema: schema37.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      valid0 = valid0 || _valid0;
      if (!valid0) {
        const err3 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema37.anyOf, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
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
      validate21.errors = vErrors;
      return errors === 0;
    }
    validate21.evaluated = { "dynamicProps": false, "dynamicItems": false };
    var schema39 = { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/handleOrTbd" }, "x-allowed": "a list of GitHub handles with @ (TBD until chosen)" };
    function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate24.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (Array.isArray(data)) {
        if (data.length < 1) {
          const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema39, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate21(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.type, parentSchema: schema39, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      validate24.errors = vErrors;
      return errors === 0;
    }
    validate24.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
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
        if (data.title === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data["kep-number"] === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kep-number" }, message: "must have required property 'kep-number'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.authors === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "authors" }, message: "must have required property 'authors'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data["owning-sig"] === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owning-sig" }, message: "must have required property 'owning-sig'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data.status === void 0) {
          const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data.approvers === void 0) {
          const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "approvers" }, message: "must have required property 'approvers'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!func1.call(schema31.properties, key0)) {
            const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data.title !== void 0) {
          let data0 = data.title;
          if (typeof data0 === "string") {
            if (func2(data0) < 1) {
              const err7 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.title, data: data0 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (!pattern4.test(data0)) {
              const err8 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/pattern", keyword: "pattern", params: { pattern: "^[^\\n]*\\S[^\\n]*$" }, message: 'must match pattern "^[^\\n]*\\S[^\\n]*$"', schema: "^[^\\n]*\\S[^\\n]*$", parentSchema: schema31.properties.title, data: data0 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.title.type, parentSchema: schema31.properties.title, data: data0 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data["kep-number"] !== void 0) {
          let data1 = data["kep-number"];
          const _errs6 = errors;
          let valid1 = false;
          const _errs7 = errors;
          if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
            const err10 = { instancePath: instancePath + "/kep-number", schemaPath: "#/properties/kep-number/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties["kep-number"].anyOf[0].type, parentSchema: schema31.properties["kep-number"].anyOf[0], data: data1 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (typeof data1 == "number" && isFinite(data1)) {
            if (data1 < 1 || isNaN(data1)) {
              const err11 = { instancePath: instancePath + "/kep-number", schemaPath: "#/properties/kep-number/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties["kep-number"].anyOf[0], data: data1 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          var _valid0 = _errs7 === errors;
          valid1 = valid1 || _valid0;
          const _errs9 = errors;
          if (typeof data1 === "string") {
            if (!pattern5.test(data1)) {
              const err12 = { instancePath: instancePath + "/kep-number", schemaPath: "#/properties/kep-number/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]*$" }, message: 'must match pattern "^[1-9][0-9]*$"', schema: "^[1-9][0-9]*$", parentSchema: schema31.properties["kep-number"].anyOf[1], data: data1 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/kep-number", schemaPath: "#/properties/kep-number/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties["kep-number"].anyOf[1].type, parentSchema: schema31.properties["kep-number"].anyOf[1], data: data1 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          var _valid0 = _errs9 === errors;
          valid1 = valid1 || _valid0;
          if (!valid1) {
            const err14 = { instancePath: instancePath + "/kep-number", schemaPath: "#/properties/kep-number/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties["kep-number"].anyOf, parentSchema: schema31.properties["kep-number"], data: data1 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          } else {
            errors = _errs6;
            if (vErrors !== null) {
              if (_errs6) {
                vErrors.length = _errs6;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data.authors !== void 0) {
          let data2 = data.authors;
          if (Array.isArray(data2)) {
            if (data2.length < 1) {
              const err15 = { instancePath: instancePath + "/authors", schemaPath: "#/properties/authors/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.authors, data: data2 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data3 = data2[i0];
              if (typeof data3 === "string") {
                if (!pattern6.test(data3)) {
                  const err16 = { instancePath: instancePath + "/authors/" + i0, schemaPath: "#/$defs/handle/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"', schema: "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema32, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/authors/" + i0, schemaPath: "#/$defs/handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data3 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/authors", schemaPath: "#/properties/authors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.authors.type, parentSchema: schema31.properties.authors, data: data2 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data["owning-sig"] !== void 0) {
          let data4 = data["owning-sig"];
          if (typeof data4 === "string") {
            if (!pattern7.test(data4)) {
              const err19 = { instancePath: instancePath + "/owning-sig", schemaPath: "#/$defs/sig/pattern", keyword: "pattern", params: { pattern: "^(sig|wg|committee)-[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^(sig|wg|committee)-[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^(sig|wg|committee)-[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema33, data: data4 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/owning-sig", schemaPath: "#/$defs/sig/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data4 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data["participating-sigs"] !== void 0) {
          let data5 = data["participating-sigs"];
          if (!Array.isArray(data5) && data5 !== null) {
            const err21 = { instancePath: instancePath + "/participating-sigs", schemaPath: "#/properties/participating-sigs/type", keyword: "type", params: { type: schema31.properties["participating-sigs"].type }, message: "must be array,null", schema: schema31.properties["participating-sigs"].type, parentSchema: schema31.properties["participating-sigs"], data: data5 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (Array.isArray(data5)) {
            const len1 = data5.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data6 = data5[i1];
              if (typeof data6 === "string") {
                if (!pattern7.test(data6)) {
                  const err22 = { instancePath: instancePath + "/participating-sigs/" + i1, schemaPath: "#/$defs/sig/pattern", keyword: "pattern", params: { pattern: "^(sig|wg|committee)-[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^(sig|wg|committee)-[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^(sig|wg|committee)-[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema33, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/participating-sigs/" + i1, schemaPath: "#/$defs/sig/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data6 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            let i2 = data5.length;
            let j0;
            if (i2 > 1) {
              outer0: for (; i2--; ) {
                for (j0 = i2; j0--; ) {
                  if (func0(data5[i2], data5[j0])) {
                    const err24 = { instancePath: instancePath + "/participating-sigs", schemaPath: "#/properties/participating-sigs/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema31.properties["participating-sigs"], data: data5 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          }
        }
        if (data.status !== void 0) {
          let data7 = data.status;
          if (typeof data7 !== "string") {
            const err25 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.status.type, parentSchema: schema31.properties.status, data: data7 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
          if (!(data7 === "provisional" || data7 === "implementable" || data7 === "implemented" || data7 === "deferred" || data7 === "rejected" || data7 === "withdrawn" || data7 === "replaced")) {
            const err26 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.status.enum, parentSchema: schema31.properties.status, data: data7 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data["creation-date"] !== void 0) {
          let data8 = data["creation-date"];
          if (typeof data8 === "string") {
            if (!pattern9.test(data8)) {
              const err27 = { instancePath: instancePath + "/creation-date", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema35, data: data8 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (!formats0.validate(data8)) {
              const err28 = { instancePath: instancePath + "/creation-date", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema35, data: data8 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/creation-date", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data8 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data["last-updated"] !== void 0) {
          let data9 = data["last-updated"];
          if (typeof data9 === "string") {
            if (!pattern9.test(data9)) {
              const err30 = { instancePath: instancePath + "/last-updated", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema35, data: data9 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (!formats0.validate(data9)) {
              const err31 = { instancePath: instancePath + "/last-updated", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema35, data: data9 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/last-updated", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data9 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data.reviewers !== void 0) {
          let data10 = data.reviewers;
          if (!Array.isArray(data10) && data10 !== null) {
            const err33 = { instancePath: instancePath + "/reviewers", schemaPath: "#/properties/reviewers/type", keyword: "type", params: { type: schema31.properties.reviewers.type }, message: "must be array,null", schema: schema31.properties.reviewers.type, parentSchema: schema31.properties.reviewers, data: data10 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          if (Array.isArray(data10)) {
            const len2 = data10.length;
            for (let i3 = 0; i3 < len2; i3++) {
              if (!validate21(data10[i3], { instancePath: instancePath + "/reviewers/" + i3, parentData: data10, parentDataProperty: i3, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                errors = vErrors.length;
              }
            }
          }
        }
        if (data.approvers !== void 0) {
          let data12 = data.approvers;
          if (Array.isArray(data12)) {
            const len3 = data12.length;
            for (let i4 = 0; i4 < len3; i4++) {
              if (!validate21(data12[i4], { instancePath: instancePath + "/approvers/" + i4, parentData: data12, parentDataProperty: i4, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/approvers", schemaPath: "#/properties/approvers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.approvers.type, parentSchema: schema31.properties.approvers, data: data12 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data["prr-approvers"] !== void 0) {
          if (!validate24(data["prr-approvers"], { instancePath: instancePath + "/prr-approvers", parentData: data, parentDataProperty: "prr-approvers", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
            errors = vErrors.length;
          }
        }
        if (data.editor !== void 0) {
          let data15 = data.editor;
          if (typeof data15 !== "string" && data15 !== null) {
            const err35 = { instancePath: instancePath + "/editor", schemaPath: "#/properties/editor/type", keyword: "type", params: { type: schema31.properties.editor.type }, message: "must be string,null", schema: schema31.properties.editor.type, parentSchema: schema31.properties.editor, data: data15 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data["see-also"] !== void 0) {
          let data16 = data["see-also"];
          if (!Array.isArray(data16) && data16 !== null) {
            const err36 = { instancePath: instancePath + "/see-also", schemaPath: "#/properties/see-also/type", keyword: "type", params: { type: schema31.properties["see-also"].type }, message: "must be array,null", schema: schema31.properties["see-also"].type, parentSchema: schema31.properties["see-also"], data: data16 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (Array.isArray(data16)) {
            const len4 = data16.length;
            for (let i5 = 0; i5 < len4; i5++) {
              let data17 = data16[i5];
              const _errs55 = errors;
              let valid18 = false;
              const _errs56 = errors;
              if (typeof data17 === "string") {
                if (!pattern12.test(data17)) {
                  const err37 = { instancePath: instancePath + "/see-also/" + i5, schemaPath: "#/$defs/kepReference/pattern", keyword: "pattern", params: { pattern: "^(/keps/[a-z0-9-]+(/[A-Za-z0-9._-]+)*/[0-9]+-[A-Za-z0-9._-]+|KEP-[1-9][0-9]*|[1-9][0-9]*)$" }, message: 'must match pattern "^(/keps/[a-z0-9-]+(/[A-Za-z0-9._-]+)*/[0-9]+-[A-Za-z0-9._-]+|KEP-[1-9][0-9]*|[1-9][0-9]*)$"', schema: "^(/keps/[a-z0-9-]+(/[A-Za-z0-9._-]+)*/[0-9]+-[A-Za-z0-9._-]+|KEP-[1-9][0-9]*|[1-9][0-9]*)$", parentSchema: schema40, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              } else {
                const err38 = { instancePath: instancePath + "/see-also/" + i5, schemaPath: "#/$defs/kepReference/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data17 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
              var _valid1 = _errs56 === errors;
              valid18 = valid18 || _valid1;
              const _errs60 = errors;
              if (typeof data17 === "string") {
                if (!pattern13.test(data17)) {
                  const err39 = { instancePath: instancePath + "/see-also/" + i5, schemaPath: "#/properties/see-also/items/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^https?://\\S+$" }, message: 'must match pattern "^https?://\\S+$"', schema: "^https?://\\S+$", parentSchema: schema31.properties["see-also"].items.anyOf[1], data: data17 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
              } else {
                const err40 = { instancePath: instancePath + "/see-also/" + i5, schemaPath: "#/properties/see-also/items/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties["see-also"].items.anyOf[1].type, parentSchema: schema31.properties["see-also"].items.anyOf[1], data: data17 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
              var _valid1 = _errs60 === errors;
              valid18 = valid18 || _valid1;
              if (!valid18) {
                const err41 = { instancePath: instancePath + "/see-also/" + i5, schemaPath: "#/properties/see-also/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties["see-also"].items.anyOf, parentSchema: schema31.properties["see-also"].items, data: data17 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              } else {
                errors = _errs55;
                if (vErrors !== null) {
                  if (_errs55) {
                    vErrors.length = _errs55;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          }
        }
        if (data.replaces !== void 0) {
          let data18 = data.replaces;
          if (!Array.isArray(data18) && data18 !== null) {
            const err42 = { instancePath: instancePath + "/replaces", schemaPath: "#/properties/replaces/type", keyword: "type", params: { type: schema31.properties.replaces.type }, message: "must be array,null", schema: schema31.properties.replaces.type, parentSchema: schema31.properties.replaces, data: data18 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          if (Array.isArray(data18)) {
            const len5 = data18.length;
            for (let i6 = 0; i6 < len5; i6++) {
              let data19 = data18[i6];
              if (typeof data19 === "string") {
                if (!pattern12.test(data19)) {
                  const err43 = { instancePath: instancePath + "/replaces/" + i6, schemaPath: "#/$defs/kepReference/pattern", keyword: "pattern", params: { pattern: "^(/keps/[a-z0-9-]+(/[A-Za-z0-9._-]+)*/[0-9]+-[A-Za-z0-9._-]+|KEP-[1-9][0-9]*|[1-9][0-9]*)$" }, message: 'must match pattern "^(/keps/[a-z0-9-]+(/[A-Za-z0-9._-]+)*/[0-9]+-[A-Za-z0-9._-]+|KEP-[1-9][0-9]*|[1-9][0-9]*)$"', schema: "^(/keps/[a-z0-9-]+(/[A-Za-z0-9._-]+)*/[0-9]+-[A-Za-z0-9._-]+|KEP-[1-9][0-9]*|[1-9][0-9]*)$", parentSchema: schema40, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              } else {
                const err44 = { instancePath: instancePath + "/replaces/" + i6, schemaPath: "#/$defs/kepReference/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data19 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
          }
        }
        if (data["superseded-by"] !== void 0) {
          let data20 = data["superseded-by"];
          if (!Array.isArray(data20) && data20 !== null) {
            const err45 = { instancePath: instancePath + "/superseded-by", schemaPath: "#/properties/superseded-by/type", keyword: "type", params: { type: schema31.properties["superseded-by"].type }, message: "must be array,null", schema: schema31.properties["superseded-by"].type, parentSchema: schema31.properties["superseded-by"], data: data20 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          if (Array.isArray(data20)) {
            const len6 = data20.length;
            for (let i7 = 0; i7 < len6; i7++) {
              let data21 = data20[i7];
              if (typeof data21 === "string") {
                if (!pattern12.test(data21)) {
                  const err46 = { instancePath: instancePath + "/superseded-by/" + i7, schemaPath: "#/$defs/kepReference/pattern", keyword: "pattern", params: { pattern: "^(/keps/[a-z0-9-]+(/[A-Za-z0-9._-]+)*/[0-9]+-[A-Za-z0-9._-]+|KEP-[1-9][0-9]*|[1-9][0-9]*)$" }, message: 'must match pattern "^(/keps/[a-z0-9-]+(/[A-Za-z0-9._-]+)*/[0-9]+-[A-Za-z0-9._-]+|KEP-[1-9][0-9]*|[1-9][0-9]*)$"', schema: "^(/keps/[a-z0-9-]+(/[A-Za-z0-9._-]+)*/[0-9]+-[A-Za-z0-9._-]+|KEP-[1-9][0-9]*|[1-9][0-9]*)$", parentSchema: schema40, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              } else {
                const err47 = { instancePath: instancePath + "/superseded-by/" + i7, schemaPath: "#/$defs/kepReference/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data21 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
          }
        }
        if (data.stage !== void 0) {
          let data22 = data.stage;
          if (typeof data22 !== "string") {
            const err48 = { instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.stage.type, parentSchema: schema31.properties.stage, data: data22 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          if (!(data22 === "alpha" || data22 === "beta" || data22 === "stable" || data22 === "deprecated" || data22 === "disabled" || data22 === "removed")) {
            const err49 = { instancePath: instancePath + "/stage", schemaPath: "#/properties/stage/enum", keyword: "enum", params: { allowedValues: schema31.properties.stage.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.stage.enum, parentSchema: schema31.properties.stage, data: data22 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data["latest-milestone"] !== void 0) {
          let data23 = data["latest-milestone"];
          if (typeof data23 === "string") {
            if (!pattern16.test(data23)) {
              const err50 = { instancePath: instancePath + "/latest-milestone", schemaPath: "#/$defs/milestone/pattern", keyword: "pattern", params: { pattern: "^v[0-9]+\\.[0-9]+$" }, message: 'must match pattern "^v[0-9]+\\.[0-9]+$"', schema: "^v[0-9]+\\.[0-9]+$", parentSchema: schema43, data: data23 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          } else {
            const err51 = { instancePath: instancePath + "/latest-milestone", schemaPath: "#/$defs/milestone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema43.type, parentSchema: schema43, data: data23 };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data.milestone !== void 0) {
          let data24 = data.milestone;
          if (!(data24 && typeof data24 == "object" && !Array.isArray(data24)) && data24 !== null) {
            const err52 = { instancePath: instancePath + "/milestone", schemaPath: "#/properties/milestone/type", keyword: "type", params: { type: schema31.properties.milestone.type }, message: "must be object,null", schema: schema31.properties.milestone.type, parentSchema: schema31.properties.milestone, data: data24 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
          if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
            for (const key1 in data24) {
              if (!(key1 === "alpha" || key1 === "beta" || key1 === "stable" || key1 === "deprecated" || key1 === "disabled" || key1 === "removed")) {
                const err53 = { instancePath: instancePath + "/milestone", schemaPath: "#/properties/milestone/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.milestone, data: data24 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data24.alpha !== void 0) {
              let data25 = data24.alpha;
              if (typeof data25 !== "string" && data25 !== null) {
                const err54 = { instancePath: instancePath + "/milestone/alpha", schemaPath: "#/$defs/milestoneOrEmpty/type", keyword: "type", params: { type: schema44.type }, message: "must be string,null", schema: schema44.type, parentSchema: schema44, data: data25 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
              if (typeof data25 === "string") {
                if (!pattern17.test(data25)) {
                  const err55 = { instancePath: instancePath + "/milestone/alpha", schemaPath: "#/$defs/milestoneOrEmpty/pattern", keyword: "pattern", params: { pattern: "^(v[0-9]+\\.[0-9]+)?$" }, message: 'must match pattern "^(v[0-9]+\\.[0-9]+)?$"', schema: "^(v[0-9]+\\.[0-9]+)?$", parentSchema: schema44, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              }
            }
            if (data24.beta !== void 0) {
              let data26 = data24.beta;
              if (typeof data26 !== "string" && data26 !== null) {
                const err56 = { instancePath: instancePath + "/milestone/beta", schemaPath: "#/$defs/milestoneOrEmpty/type", keyword: "type", params: { type: schema44.type }, message: "must be string,null", schema: schema44.type, parentSchema: schema44, data: data26 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
              if (typeof data26 === "string") {
                if (!pattern17.test(data26)) {
                  const err57 = { instancePath: instancePath + "/milestone/beta", schemaPath: "#/$defs/milestoneOrEmpty/pattern", keyword: "pattern", params: { pattern: "^(v[0-9]+\\.[0-9]+)?$" }, message: 'must match pattern "^(v[0-9]+\\.[0-9]+)?$"', schema: "^(v[0-9]+\\.[0-9]+)?$", parentSchema: schema44, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
              }
            }
            if (data24.stable !== void 0) {
              let data27 = data24.stable;
              if (typeof data27 !== "string" && data27 !== null) {
                const err58 = { instancePath: instancePath + "/milestone/stable", schemaPath: "#/$defs/milestoneOrEmpty/type", keyword: "type", params: { type: schema44.type }, message: "must be string,null", schema: schema44.type, parentSchema: schema44, data: data27 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
              if (typeof data27 === "string") {
                if (!pattern17.test(data27)) {
                  const err59 = { instancePath: instancePath + "/milestone/stable", schemaPath: "#/$defs/milestoneOrEmpty/pattern", keyword: "pattern", params: { pattern: "^(v[0-9]+\\.[0-9]+)?$" }, message: 'must match pattern "^(v[0-9]+\\.[0-9]+)?$"', schema: "^(v[0-9]+\\.[0-9]+)?$", parentSchema: schema44, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              }
            }
            if (data24.deprecated !== void 0) {
              let data28 = data24.deprecated;
              if (typeof data28 !== "string" && data28 !== null) {
                const err60 = { instancePath: instancePath + "/milestone/deprecated", schemaPath: "#/$defs/milestoneOrEmpty/type", keyword: "type", params: { type: schema44.type }, message: "must be string,null", schema: schema44.type, parentSchema: schema44, data: data28 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
              if (typeof data28 === "string") {
                if (!pattern17.test(data28)) {
                  const err61 = { instancePath: instancePath + "/milestone/deprecated", schemaPath: "#/$defs/milestoneOrEmpty/pattern", keyword: "pattern", params: { pattern: "^(v[0-9]+\\.[0-9]+)?$" }, message: 'must match pattern "^(v[0-9]+\\.[0-9]+)?$"', schema: "^(v[0-9]+\\.[0-9]+)?$", parentSchema: schema44, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              }
            }
            if (data24.disabled !== void 0) {
              let data29 = data24.disabled;
              if (typeof data29 !== "string" && data29 !== null) {
                const err62 = { instancePath: instancePath + "/milestone/disabled", schemaPath: "#/$defs/milestoneOrEmpty/type", keyword: "type", params: { type: schema44.type }, message: "must be string,null", schema: schema44.type, parentSchema: schema44, data: data29 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
              if (typeof data29 === "string") {
                if (!pattern17.test(data29)) {
                  const err63 = { instancePath: instancePath + "/milestone/disabled", schemaPath: "#/$defs/milestoneOrEmpty/pattern", keyword: "pattern", params: { pattern: "^(v[0-9]+\\.[0-9]+)?$" }, message: 'must match pattern "^(v[0-9]+\\.[0-9]+)?$"', schema: "^(v[0-9]+\\.[0-9]+)?$", parentSchema: schema44, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
              }
            }
            if (data24.removed !== void 0) {
              let data30 = data24.removed;
              if (typeof data30 !== "string" && data30 !== null) {
                const err64 = { instancePath: instancePath + "/milestone/removed", schemaPath: "#/$defs/milestoneOrEmpty/type", keyword: "type", params: { type: schema44.type }, message: "must be string,null", schema: schema44.type, parentSchema: schema44, data: data30 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
              if (typeof data30 === "string") {
                if (!pattern17.test(data30)) {
                  const err65 = { instancePath: instancePath + "/milestone/removed", schemaPath: "#/$defs/milestoneOrEmpty/pattern", keyword: "pattern", params: { pattern: "^(v[0-9]+\\.[0-9]+)?$" }, message: 'must match pattern "^(v[0-9]+\\.[0-9]+)?$"', schema: "^(v[0-9]+\\.[0-9]+)?$", parentSchema: schema44, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              }
            }
          }
        }
        if (data["feature-gates"] !== void 0) {
          let data31 = data["feature-gates"];
          if (!Array.isArray(data31) && data31 !== null) {
            const err66 = { instancePath: instancePath + "/feature-gates", schemaPath: "#/properties/feature-gates/type", keyword: "type", params: { type: schema31.properties["feature-gates"].type }, message: "must be array,null", schema: schema31.properties["feature-gates"].type, parentSchema: schema31.properties["feature-gates"], data: data31 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
          if (Array.isArray(data31)) {
            const len7 = data31.length;
            for (let i8 = 0; i8 < len7; i8++) {
              let data32 = data31[i8];
              if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                if (data32.name === void 0) {
                  const err67 = { instancePath: instancePath + "/feature-gates/" + i8, schemaPath: "#/properties/feature-gates/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties["feature-gates"].items.required, parentSchema: schema31.properties["feature-gates"].items, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err67];
                  } else {
                    vErrors.push(err67);
                  }
                  errors++;
                }
                for (const key2 in data32) {
                  if (!(key2 === "name" || key2 === "components")) {
                    const err68 = { instancePath: instancePath + "/feature-gates/" + i8, schemaPath: "#/properties/feature-gates/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties["feature-gates"].items, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
                if (data32.name !== void 0) {
                  let data33 = data32.name;
                  if (typeof data33 === "string") {
                    if (!pattern23.test(data33)) {
                      const err69 = { instancePath: instancePath + "/feature-gates/" + i8 + "/name", schemaPath: "#/properties/feature-gates/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Za-z0-9]*$" }, message: 'must match pattern "^[A-Z][A-Za-z0-9]*$"', schema: "^[A-Z][A-Za-z0-9]*$", parentSchema: schema31.properties["feature-gates"].items.properties.name, data: data33 };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                  } else {
                    const err70 = { instancePath: instancePath + "/feature-gates/" + i8 + "/name", schemaPath: "#/properties/feature-gates/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties["feature-gates"].items.properties.name.type, parentSchema: schema31.properties["feature-gates"].items.properties.name, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
                if (data32.components !== void 0) {
                  let data34 = data32.components;
                  if (!Array.isArray(data34) && data34 !== null) {
                    const err71 = { instancePath: instancePath + "/feature-gates/" + i8 + "/components", schemaPath: "#/properties/feature-gates/items/properties/components/type", keyword: "type", params: { type: schema31.properties["feature-gates"].items.properties.components.type }, message: "must be array,null", schema: schema31.properties["feature-gates"].items.properties.components.type, parentSchema: schema31.properties["feature-gates"].items.properties.components, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                  if (Array.isArray(data34)) {
                    const len8 = data34.length;
                    for (let i9 = 0; i9 < len8; i9++) {
                      let data35 = data34[i9];
                      if (typeof data35 === "string") {
                        if (func2(data35) < 1) {
                          const err72 = { instancePath: instancePath + "/feature-gates/" + i8 + "/components/" + i9, schemaPath: "#/properties/feature-gates/items/properties/components/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties["feature-gates"].items.properties.components.items, data: data35 };
                          if (vErrors === null) {
                            vErrors = [err72];
                          } else {
                            vErrors.push(err72);
                          }
                          errors++;
                        }
                      } else {
                        const err73 = { instancePath: instancePath + "/feature-gates/" + i8 + "/components/" + i9, schemaPath: "#/properties/feature-gates/items/properties/components/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties["feature-gates"].items.properties.components.items.type, parentSchema: schema31.properties["feature-gates"].items.properties.components.items, data: data35 };
                        if (vErrors === null) {
                          vErrors = [err73];
                        } else {
                          vErrors.push(err73);
                        }
                        errors++;
                      }
                    }
                  }
                }
              } else {
                const err74 = { instancePath: instancePath + "/feature-gates/" + i8, schemaPath: "#/properties/feature-gates/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties["feature-gates"].items.type, parentSchema: schema31.properties["feature-gates"].items, data: data32 };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            }
          }
        }
        if (data["disable-supported"] !== void 0) {
          let data36 = data["disable-supported"];
          if (typeof data36 !== "boolean" && data36 !== null) {
            const err75 = { instancePath: instancePath + "/disable-supported", schemaPath: "#/properties/disable-supported/type", keyword: "type", params: { type: schema31.properties["disable-supported"].type }, message: "must be boolean,null", schema: schema31.properties["disable-supported"].type, parentSchema: schema31.properties["disable-supported"], data: data36 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
        if (data.metrics !== void 0) {
          let data37 = data.metrics;
          if (!Array.isArray(data37) && data37 !== null) {
            const err76 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: schema31.properties.metrics.type }, message: "must be array,null", schema: schema31.properties.metrics.type, parentSchema: schema31.properties.metrics, data: data37 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
          if (Array.isArray(data37)) {
            const len9 = data37.length;
            for (let i10 = 0; i10 < len9; i10++) {
              let data38 = data37[i10];
              if (typeof data38 === "string") {
                if (func2(data38) < 1) {
                  const err77 = { instancePath: instancePath + "/metrics/" + i10, schemaPath: "#/properties/metrics/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.metrics.items, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
              } else {
                const err78 = { instancePath: instancePath + "/metrics/" + i10, schemaPath: "#/properties/metrics/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.metrics.items.type, parentSchema: schema31.properties.metrics.items, data: data38 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err79 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
      validate20.errors = vErrors;
      return errors === 0;
    }
    validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports.branch0 = validate27;
    var schema50 = { "type": "integer", "minimum": 1 };
    function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate27.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema50.type, parentSchema: schema50, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (typeof data == "number" && isFinite(data)) {
        if (data < 1 || isNaN(data)) {
          const err1 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema50, data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      validate27.errors = vErrors;
      return errors === 0;
    }
    validate27.evaluated = { "dynamicProps": false, "dynamicItems": false };
    exports.branch1 = validate28;
    var schema51 = { "type": "string", "pattern": "^[1-9][0-9]*$" };
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
      if (typeof data === "string") {
        if (!pattern5.test(data)) {
          const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]*$" }, message: 'must match pattern "^[1-9][0-9]*$"', schema: "^[1-9][0-9]*$", parentSchema: schema51, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.type, parentSchema: schema51, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      validate28.errors = vErrors;
      return errors === 0;
    }
    validate28.evaluated = { "dynamicProps": false, "dynamicItems": false };
    exports.branch2 = validate29;
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
        if (!pattern12.test(data)) {
          const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^(/keps/[a-z0-9-]+(/[A-Za-z0-9._-]+)*/[0-9]+-[A-Za-z0-9._-]+|KEP-[1-9][0-9]*|[1-9][0-9]*)$" }, message: 'must match pattern "^(/keps/[a-z0-9-]+(/[A-Za-z0-9._-]+)*/[0-9]+-[A-Za-z0-9._-]+|KEP-[1-9][0-9]*|[1-9][0-9]*)$"', schema: "^(/keps/[a-z0-9-]+(/[A-Za-z0-9._-]+)*/[0-9]+-[A-Za-z0-9._-]+|KEP-[1-9][0-9]*|[1-9][0-9]*)$", parentSchema: schema40, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data };
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
    exports.branch3 = validate30;
    var schema53 = { "type": "string", "pattern": "^https?://\\S+$" };
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
        if (!pattern13.test(data)) {
          const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^https?://\\S+$" }, message: 'must match pattern "^https?://\\S+$"', schema: "^https?://\\S+$", parentSchema: schema53, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema53.type, parentSchema: schema53, data };
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
    exports.branch4 = validate31;
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
      if (typeof data === "string") {
        if (!pattern6.test(data)) {
          const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"', schema: "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema32, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      validate31.errors = vErrors;
      return errors === 0;
    }
    validate31.evaluated = { "dynamicProps": false, "dynamicItems": false };
    exports.branch5 = validate32;
    var schema55 = { "const": "TBD" };
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
      if ("TBD" !== data) {
        const err0 = { instancePath, schemaPath: "#/const", keyword: "const", params: { allowedValue: "TBD" }, message: "must be equal to constant", schema: "TBD", parentSchema: schema55, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      validate32.errors = vErrors;
      return errors === 0;
    }
    validate32.evaluated = { "dynamicProps": false, "dynamicItems": false };
    module.exports.schema = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/kep-validator/kep-validator/v1/schemas/kubernetes.schema.json", "title": "KEP metadata (kubernetes/enhancements kep.yaml)", "description": "The kep.yaml beside each KEP's README.md in kubernetes/enhancements, as its template (keps/NNNN-kep-template/kep.yaml) and its Go types define it. The status values are replaced at load time by the states of the selected lifecycle.", "type": "object", "required": ["title", "kep-number", "authors", "owning-sig", "status", "approvers"], "additionalProperties": false, "properties": { "title": { "type": "string", "minLength": 1, "pattern": "^[^\\n]*\\S[^\\n]*$", "x-allowed": "a one-line title", "description": "The title of the KEP.", "examples": ["HugePages"] }, "kep-number": { "description": "The KEP's number: the number its folder starts with (1539-hugepages has 1539).", "x-allowed": "a positive integer, the number of the KEP's folder", "anyOf": [{ "type": "integer", "minimum": 1 }, { "type": "string", "pattern": "^[1-9][0-9]*$" }], "examples": [1539] }, "authors": { "description": "The authors, as GitHub handles with @.", "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/handle" }, "x-allowed": 'a list of GitHub handles such as "@jane.doe"', "examples": [["@derekwaynecarr"]] }, "owning-sig": { "description": "The SIG that owns the KEP; its folder under keps/.", "$ref": "#/$defs/sig", "examples": ["sig-node"] }, "participating-sigs": { "description": "Other SIGs involved.", "type": ["array", "null"], "uniqueItems": true, "items": { "$ref": "#/$defs/sig" }, "x-allowed": "a list of SIGs such as sig-node", "examples": [["sig-scheduling"]] }, "status": { "description": "The current state of the KEP.", "type": "string", "enum": ["provisional", "implementable", "implemented", "deferred", "rejected", "withdrawn", "replaced"], "examples": ["provisional"] }, "creation-date": { "description": "The date the KEP was first proposed.", "$ref": "#/$defs/date", "examples": ["2024-01-15"] }, "last-updated": { "description": "The date the KEP last changed significantly.", "$ref": "#/$defs/date", "examples": ["2024-03-01"] }, "reviewers": { "description": "Reviewers: GitHub handles, or TBD. Not required by kubernetes/enhancements' validator; the template asks for them (rule recommended-fields).", "type": ["array", "null"], "items": { "$ref": "#/$defs/handleOrTbd" }, "x-allowed": "a list of GitHub handles with @ (TBD until chosen)", "examples": [["@alice.doe"]] }, "approvers": { "description": `Approvers: GitHub handles, or TBD. Required, as kubernetes/enhancements' validator requires it; an empty list passes there (validate:"required" asks for a list, not for items), and is a recommended-fields warning here.`, "type": "array", "items": { "$ref": "#/$defs/handleOrTbd" }, "x-allowed": "a list of GitHub handles with @ (TBD until chosen)", "examples": [["@oscar.doe"]] }, "prr-approvers": { "description": "Production readiness approvers.", "$ref": "#/$defs/handlesOrTbd", "examples": [["@deads2k"]] }, "editor": { "description": "Someone to keep things moving forward, or TBD.", "type": ["string", "null"], "x-allowed": "a name or handle, or TBD", "examples": ["TBD"] }, "see-also": { "description": "Related KEPs (paths such as /keps/sig-node/1539-hugepages, or KEP-1539), or other documents by URL.", "type": ["array", "null"], "items": { "x-allowed": "a KEP path such as /keps/sig-node/1539-hugepages, KEP-1539, or an https:// URL", "anyOf": [{ "$ref": "#/$defs/kepReference" }, { "type": "string", "pattern": "^https?://\\S+$" }] }, "examples": [["/keps/sig-node/1539-hugepages"]] }, "replaces": { "description": "KEPs this KEP replaces.", "type": ["array", "null"], "items": { "$ref": "#/$defs/kepReference" }, "examples": [["/keps/sig-ccc/3456-replaced-kep"]] }, "superseded-by": { "description": "KEPs that replace this one; pairs with status replaced.", "type": ["array", "null"], "items": { "$ref": "#/$defs/kepReference" }, "examples": [["/keps/sig-node/2133-kubelet-credential-providers"]] }, "stage": { "description": "The target maturity stage in the current release cycle.", "type": "string", "enum": ["alpha", "beta", "stable", "deprecated", "disabled", "removed"], "examples": ["alpha"] }, "latest-milestone": { "description": "The most recent release with work on this KEP.", "$ref": "#/$defs/milestone", "examples": ["v1.19"] }, "milestone": { "description": "The release of each stage.", "type": ["object", "null"], "additionalProperties": false, "x-allowed": "a mapping of stages (alpha, beta, stable, deprecated, disabled, removed) to releases such as v1.19", "properties": { "alpha": { "$ref": "#/$defs/milestoneOrEmpty" }, "beta": { "$ref": "#/$defs/milestoneOrEmpty" }, "stable": { "$ref": "#/$defs/milestoneOrEmpty" }, "deprecated": { "$ref": "#/$defs/milestoneOrEmpty" }, "disabled": { "$ref": "#/$defs/milestoneOrEmpty" }, "removed": { "$ref": "#/$defs/milestoneOrEmpty" } }, "examples": [{ "alpha": "v1.19", "beta": "v1.20", "stable": "v1.22" }] }, "feature-gates": { "description": "Feature gates and the components that must enable them.", "type": ["array", "null"], "items": { "type": "object", "required": ["name"], "additionalProperties": false, "x-allowed": "a feature gate: name and components", "properties": { "name": { "type": "string", "pattern": "^[A-Z][A-Za-z0-9]*$", "x-allowed": "a feature gate name in UpperCamelCase" }, "components": { "type": ["array", "null"], "items": { "type": "string", "minLength": 1, "x-allowed": "a component such as kube-apiserver" } } } }, "examples": [[{ "name": "MyFeature", "components": ["kube-apiserver"] }]] }, "disable-supported": { "description": "Whether the feature can be disabled once enabled.", "type": ["boolean", "null"], "x-allowed": "true or false", "examples": [true] }, "metrics": { "description": "Metrics that tell the feature is in use.", "type": ["array", "null"], "items": { "type": "string", "minLength": 1, "x-allowed": "a metric name" }, "examples": [["my_feature_metric"]] } }, "$defs": { "handle": { "description": "kubernetes/enhancements' tooling reads a handle with or without @ as the same person; the template's @ is a convention (rule handle-at).", "type": "string", "pattern": "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "x-allowed": 'a GitHub handle with @, such as "@jane-doe"' }, "handleOrTbd": { "x-allowed": "a GitHub handle with @, or TBD", "anyOf": [{ "$ref": "#/$defs/handle" }, { "const": "TBD" }] }, "handlesOrTbd": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/handleOrTbd" }, "x-allowed": "a list of GitHub handles with @ (TBD until chosen)" }, "sig": { "type": "string", "pattern": "^(sig|wg|committee)-[a-z0-9]+(-[a-z0-9]+)*$", "x-allowed": "a SIG, working group or committee as sig-abc-def, matching its kubernetes/community directory" }, "date": { "type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "x-allowed": "a real date as yyyy-mm-dd" }, "milestone": { "type": "string", "pattern": "^v[0-9]+\\.[0-9]+$", "x-allowed": 'a release such as "v1.19"' }, "milestoneOrEmpty": { "type": ["string", "null"], "pattern": "^(v[0-9]+\\.[0-9]+)?$", "x-allowed": 'a release such as "v1.19"' }, "kepReference": { "type": "string", "description": 'A bare number ("1539") names the KEP as clearly; the path or KEP-1539 is the convention (rule reference-form).', "pattern": "^(/keps/[a-z0-9-]+(/[A-Za-z0-9._-]+)*/[0-9]+-[A-Za-z0-9._-]+|KEP-[1-9][0-9]*|[1-9][0-9]*)$", "x-allowed": "a KEP path such as /keps/sig-node/1539-hugepages, or KEP-1539" } } };
    module.exports.branchPointers = ["/properties/kep-number/anyOf/0", "/properties/kep-number/anyOf/1", "/properties/see-also/items/anyOf/0", "/properties/see-also/items/anyOf/1", "/$defs/handleOrTbd/anyOf/0", "/$defs/handleOrTbd/anyOf/1"];
  }
});
export default require_kubernetes_kubernetes();
