import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  require_formats
} from "./chunk-BNS4H54Y.js";
import {
  require_ucs2length
} from "./chunk-EYWYOSU4.js";
import {
  __commonJS
} from "./chunk-VKILGAQT.js";

// src/schema/compiled/openshift--openshift.cjs
var require_openshift_openshift = __commonJS({
  "src/schema/compiled/openshift--openshift.cjs"(exports, module) {
    exports.validate = validate20;
    var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/kep-validator/kep-validator/src/presets/openshift/schema.json", "title": "OpenShift enhancement metadata", "description": "The YAML front matter of an openshift/enhancements enhancement (guidelines/enhancement_template.md). title, authors, reviewers, approvers, api-approvers and tracking-link are typed as OpenShift's own reader decodes them (tools/enhancements/metadata.go: a string, lists of strings, with yaml.v3, which reads any scalar into a string): a list or mapping where it expects a string, or a single value where it expects a list, is metadata its tools cannot read. Everything else is the template's convention (the preset makes those findings warnings). The status values are replaced at load time by the lifecycle's states.", "type": "object", "additionalProperties": false, "properties": { "title": { "description": "The file's name without .md (metadata-lint compares them): lowercase, words joined by -.", "type": ["string", "number", "boolean", "null"], "x-allowed": "the file's name without .md, such as neat-enhancement-idea", "examples": ["neat-enhancement-idea"] }, "authors": { "$ref": "#/$defs/people", "description": "GitHub handles of the authors.", "examples": [["@janedoe"]] }, "reviewers": { "$ref": "#/$defs/people", "description": "GitHub handles of the reviewers, each with the expertise expected of them.", "examples": [["@networkguru, for networking aspects"]] }, "approvers": { "$ref": "#/$defs/people", "description": "GitHub handle of the approver (the template asks for one).", "examples": [["@oscardoe"]] }, "api-approvers": { "$ref": "#/$defs/people", "description": "GitHub handles of the API approvers, or None when the enhancement changes no API.", "examples": [["None"]] }, "creation-date": { "$ref": "#/$defs/date", "examples": ["2024-01-15"] }, "last-updated": { "$ref": "#/$defs/date", "examples": ["2024-03-01"] }, "status": { "description": "The current state of the enhancement.", "type": "string", "enum": ["provisional", "implementable", "implemented", "deferred", "rejected", "withdrawn", "replaced", "informational"], "examples": ["provisional"] }, "tracking-link": { "description": "Links to the tracking tickets (a Jira Feature or Epic).", "type": ["array", "null"], "items": { "$ref": "#/$defs/scalar" }, "x-allowed": "a list of URLs such as https://issues.redhat.com/browse/OCPSTRAT-1", "examples": [["https://issues.redhat.com/browse/OCPSTRAT-1"]] }, "see-also": { "$ref": "#/$defs/references", "description": "Related enhancements.", "examples": [["/enhancements/this-other-neat-thing.md"]] }, "replaces": { "$ref": "#/$defs/references", "description": "Enhancements this one replaces.", "examples": [["/enhancements/that-less-than-great-idea.md"]] }, "superseded-by": { "$ref": "#/$defs/references", "description": "Enhancements that replace this one.", "examples": [["/enhancements/our-past-effort.md"]] } }, "$defs": { "scalar": { "type": ["string", "number", "boolean", "null"], "x-allowed": "a single value (a GitHub handle, a URL), not a list or a mapping" }, "people": { "type": ["array", "null"], "items": { "$ref": "#/$defs/scalar" }, "x-allowed": 'a list of GitHub handles such as "@janedoe"' }, "date": { "type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "x-allowed": "a real date as yyyy-mm-dd" }, "references": { "type": ["array", "null"], "items": { "type": "string", "minLength": 1, "x-allowed": "an enhancement's path such as /enhancements/this-other-neat-thing.md, or a URL" }, "x-allowed": "a list of enhancement paths such as /enhancements/this-other-neat-thing.md" } } };
    var schema34 = { "type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "x-allowed": "a real date as yyyy-mm-dd" };
    var schema33 = { "type": ["string", "number", "boolean", "null"], "x-allowed": "a single value (a GitHub handle, a URL), not a list or a mapping" };
    var schema37 = { "type": ["array", "null"], "items": { "type": "string", "minLength": 1, "x-allowed": "an enhancement's path such as /enhancements/this-other-neat-thing.md, or a URL" }, "x-allowed": "a list of enhancement paths such as /enhancements/this-other-neat-thing.md" };
    var func1 = Object.prototype.hasOwnProperty;
    var func2 = require_ucs2length().default;
    var schema32 = { "type": ["array", "null"], "items": { "$ref": "#/$defs/scalar" }, "x-allowed": 'a list of GitHub handles such as "@janedoe"' };
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
      if (!Array.isArray(data) && data !== null) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema32.type }, message: "must be array,null", schema: schema32.type, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (Array.isArray(data)) {
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data0 = data[i0];
          if (typeof data0 !== "string" && !(typeof data0 == "number" && isFinite(data0)) && typeof data0 !== "boolean" && data0 !== null) {
            const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/scalar/type", keyword: "type", params: { type: schema33.type }, message: "must be string,number,boolean,null", schema: schema33.type, parentSchema: schema33, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
      validate21.errors = vErrors;
      return errors === 0;
    }
    validate21.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
    var formats0 = require_formats().fullFormats.date;
    var pattern4 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
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
        if (data.title !== void 0) {
          let data0 = data.title;
          if (typeof data0 !== "string" && !(typeof data0 == "number" && isFinite(data0)) && typeof data0 !== "boolean" && data0 !== null) {
            const err1 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: schema31.properties.title.type }, message: "must be string,number,boolean,null", schema: schema31.properties.title.type, parentSchema: schema31.properties.title, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data.authors !== void 0) {
          if (!validate21(data.authors, { instancePath: instancePath + "/authors", parentData: data, parentDataProperty: "authors", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data.reviewers !== void 0) {
          if (!validate21(data.reviewers, { instancePath: instancePath + "/reviewers", parentData: data, parentDataProperty: "reviewers", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data.approvers !== void 0) {
          if (!validate21(data.approvers, { instancePath: instancePath + "/approvers", parentData: data, parentDataProperty: "approvers", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data["api-approvers"] !== void 0) {
          if (!validate21(data["api-approvers"], { instancePath: instancePath + "/api-approvers", parentData: data, parentDataProperty: "api-approvers", rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
        if (data["creation-date"] !== void 0) {
          let data5 = data["creation-date"];
          if (typeof data5 === "string") {
            if (!pattern4.test(data5)) {
              const err2 = { instancePath: instancePath + "/creation-date", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema34, data: data5 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (!formats0.validate(data5)) {
              const err3 = { instancePath: instancePath + "/creation-date", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema34, data: data5 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/creation-date", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data5 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data["last-updated"] !== void 0) {
          let data6 = data["last-updated"];
          if (typeof data6 === "string") {
            if (!pattern4.test(data6)) {
              const err5 = { instancePath: instancePath + "/last-updated", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema34, data: data6 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (!formats0.validate(data6)) {
              const err6 = { instancePath: instancePath + "/last-updated", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema34, data: data6 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/last-updated", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data6 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data.status !== void 0) {
          let data7 = data.status;
          if (typeof data7 !== "string") {
            const err8 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.status.type, parentSchema: schema31.properties.status, data: data7 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (!(data7 === "provisional" || data7 === "implementable" || data7 === "implemented" || data7 === "deferred" || data7 === "rejected" || data7 === "withdrawn" || data7 === "replaced" || data7 === "informational")) {
            const err9 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.status.enum, parentSchema: schema31.properties.status, data: data7 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data["tracking-link"] !== void 0) {
          let data8 = data["tracking-link"];
          if (!Array.isArray(data8) && data8 !== null) {
            const err10 = { instancePath: instancePath + "/tracking-link", schemaPath: "#/properties/tracking-link/type", keyword: "type", params: { type: schema31.properties["tracking-link"].type }, message: "must be array,null", schema: schema31.properties["tracking-link"].type, parentSchema: schema31.properties["tracking-link"], data: data8 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (Array.isArray(data8)) {
            const len0 = data8.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data9 = data8[i0];
              if (typeof data9 !== "string" && !(typeof data9 == "number" && isFinite(data9)) && typeof data9 !== "boolean" && data9 !== null) {
                const err11 = { instancePath: instancePath + "/tracking-link/" + i0, schemaPath: "#/$defs/scalar/type", keyword: "type", params: { type: schema33.type }, message: "must be string,number,boolean,null", schema: schema33.type, parentSchema: schema33, data: data9 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          }
        }
        if (data["see-also"] !== void 0) {
          let data10 = data["see-also"];
          if (!Array.isArray(data10) && data10 !== null) {
            const err12 = { instancePath: instancePath + "/see-also", schemaPath: "#/$defs/references/type", keyword: "type", params: { type: schema37.type }, message: "must be array,null", schema: schema37.type, parentSchema: schema37, data: data10 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (Array.isArray(data10)) {
            const len1 = data10.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data11 = data10[i1];
              if (typeof data11 === "string") {
                if (func2(data11) < 1) {
                  const err13 = { instancePath: instancePath + "/see-also/" + i1, schemaPath: "#/$defs/references/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/see-also/" + i1, schemaPath: "#/$defs/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data11 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          }
        }
        if (data.replaces !== void 0) {
          let data12 = data.replaces;
          if (!Array.isArray(data12) && data12 !== null) {
            const err15 = { instancePath: instancePath + "/replaces", schemaPath: "#/$defs/references/type", keyword: "type", params: { type: schema37.type }, message: "must be array,null", schema: schema37.type, parentSchema: schema37, data: data12 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (Array.isArray(data12)) {
            const len2 = data12.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data13 = data12[i2];
              if (typeof data13 === "string") {
                if (func2(data13) < 1) {
                  const err16 = { instancePath: instancePath + "/replaces/" + i2, schemaPath: "#/$defs/references/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/replaces/" + i2, schemaPath: "#/$defs/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          }
        }
        if (data["superseded-by"] !== void 0) {
          let data14 = data["superseded-by"];
          if (!Array.isArray(data14) && data14 !== null) {
            const err18 = { instancePath: instancePath + "/superseded-by", schemaPath: "#/$defs/references/type", keyword: "type", params: { type: schema37.type }, message: "must be array,null", schema: schema37.type, parentSchema: schema37, data: data14 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (Array.isArray(data14)) {
            const len3 = data14.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data15 = data14[i3];
              if (typeof data15 === "string") {
                if (func2(data15) < 1) {
                  const err19 = { instancePath: instancePath + "/superseded-by/" + i3, schemaPath: "#/$defs/references/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.items, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/superseded-by/" + i3, schemaPath: "#/$defs/references/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.items.type, parentSchema: schema37.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      validate20.errors = vErrors;
      return errors === 0;
    }
    validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    module.exports.schema = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/kep-validator/kep-validator/src/presets/openshift/schema.json", "title": "OpenShift enhancement metadata", "description": "The YAML front matter of an openshift/enhancements enhancement (guidelines/enhancement_template.md). title, authors, reviewers, approvers, api-approvers and tracking-link are typed as OpenShift's own reader decodes them (tools/enhancements/metadata.go: a string, lists of strings, with yaml.v3, which reads any scalar into a string): a list or mapping where it expects a string, or a single value where it expects a list, is metadata its tools cannot read. Everything else is the template's convention (the preset makes those findings warnings). The status values are replaced at load time by the lifecycle's states.", "type": "object", "additionalProperties": false, "properties": { "title": { "description": "The file's name without .md (metadata-lint compares them): lowercase, words joined by -.", "type": ["string", "number", "boolean", "null"], "x-allowed": "the file's name without .md, such as neat-enhancement-idea", "examples": ["neat-enhancement-idea"] }, "authors": { "$ref": "#/$defs/people", "description": "GitHub handles of the authors.", "examples": [["@janedoe"]] }, "reviewers": { "$ref": "#/$defs/people", "description": "GitHub handles of the reviewers, each with the expertise expected of them.", "examples": [["@networkguru, for networking aspects"]] }, "approvers": { "$ref": "#/$defs/people", "description": "GitHub handle of the approver (the template asks for one).", "examples": [["@oscardoe"]] }, "api-approvers": { "$ref": "#/$defs/people", "description": "GitHub handles of the API approvers, or None when the enhancement changes no API.", "examples": [["None"]] }, "creation-date": { "$ref": "#/$defs/date", "examples": ["2024-01-15"] }, "last-updated": { "$ref": "#/$defs/date", "examples": ["2024-03-01"] }, "status": { "description": "The current state of the enhancement.", "type": "string", "enum": ["provisional", "implementable", "implemented", "deferred", "rejected", "withdrawn", "replaced", "informational"], "examples": ["provisional"] }, "tracking-link": { "description": "Links to the tracking tickets (a Jira Feature or Epic).", "type": ["array", "null"], "items": { "$ref": "#/$defs/scalar" }, "x-allowed": "a list of URLs such as https://issues.redhat.com/browse/OCPSTRAT-1", "examples": [["https://issues.redhat.com/browse/OCPSTRAT-1"]] }, "see-also": { "$ref": "#/$defs/references", "description": "Related enhancements.", "examples": [["/enhancements/this-other-neat-thing.md"]] }, "replaces": { "$ref": "#/$defs/references", "description": "Enhancements this one replaces.", "examples": [["/enhancements/that-less-than-great-idea.md"]] }, "superseded-by": { "$ref": "#/$defs/references", "description": "Enhancements that replace this one.", "examples": [["/enhancements/our-past-effort.md"]] } }, "$defs": { "scalar": { "type": ["string", "number", "boolean", "null"], "x-allowed": "a single value (a GitHub handle, a URL), not a list or a mapping" }, "people": { "type": ["array", "null"], "items": { "$ref": "#/$defs/scalar" }, "x-allowed": 'a list of GitHub handles such as "@janedoe"' }, "date": { "type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "x-allowed": "a real date as yyyy-mm-dd" }, "references": { "type": ["array", "null"], "items": { "type": "string", "minLength": 1, "x-allowed": "an enhancement's path such as /enhancements/this-other-neat-thing.md, or a URL" }, "x-allowed": "a list of enhancement paths such as /enhancements/this-other-neat-thing.md" } } };
    module.exports.branchPointers = [];
  }
});
export default require_openshift_openshift();
