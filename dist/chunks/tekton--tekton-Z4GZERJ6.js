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

// src/schema/compiled/tekton--tekton.cjs
var require_tekton_tekton = __commonJS({
  "src/schema/compiled/tekton--tekton.cjs"(exports, module) {
    exports.validate = validate20;
    var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/kep-validator/kep-validator/schemas/tekton.schema.json", "title": "TEP metadata (Tekton)", "description": 'The front matter of a Tekton Enhancement Proposal, as TEP-0001 "TEP Metadata" and teps/tools/tep-template.md.template define it. teps.py validate requires title, authors, creation-date and status to be present and not null: rule tep-required-fields reports that, as an error. Everything this schema checks beyond it is a warning of the tekton preset, so it lets those four be null and requires nothing. The status values are replaced at load time by the states of the selected lifecycle (null stays allowed).', "type": "object", "additionalProperties": false, "properties": { "title": { "description": "The title in plain language; the file name carries its slug.", "type": ["string", "null"], "minLength": 1, "pattern": "^[^\\n]*\\S[^\\n]*$", "x-allowed": "a one-line title in plain language", "examples": ["Tekton Enhancement Proposal Process"] }, "status": { "description": "The current state of the TEP.", "type": ["string", "null"], "enum": ["proposed", "implementable", "implemented", "deferred", "withdrawn", "replaced", null], "examples": ["proposed"] }, "authors": { "description": "The authors' GitHub handles, written with @ (teps.py new writes them so).", "type": ["array", "null"], "items": { "$ref": "#/$defs/handle" }, "x-allowed": 'a list of GitHub handles such as "@vdemeester"', "examples": [["@vdemeester"]] }, "collaborators": { "description": "Collaborators' GitHub handles, as authors (teps.py new writes the list).", "type": ["array", "null"], "items": { "$ref": "#/$defs/handle" }, "x-allowed": 'a list of GitHub handles such as "@vdemeester"', "examples": [["@vdemeester"]] }, "creation-date": { "$ref": "#/$defs/date", "description": "The date the TEP was first submitted in a PR.", "examples": ["2020-03-10"] }, "last-updated": { "$ref": "#/$defs/date", "description": "The date the TEP last changed significantly.", "examples": ["2020-06-11"] }, "see-also": { "$ref": "#/$defs/tepRefs", "description": "Other relevant TEPs.", "examples": [["TEP-0001"]] }, "replaces": { "$ref": "#/$defs/tepRefs", "description": "TEPs this TEP replaces; they list it in superseded-by.", "examples": [["TEP-0001"]] }, "superseded-by": { "$ref": "#/$defs/tepRefs", "description": "TEPs that supersede this one; pairs with status replaced.", "examples": [["TEP-0002"]] } }, "$defs": { "handle": { "type": "string", "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "x-allowed": 'a GitHub handle with @, such as "@vdemeester"' }, "date": { "type": ["string", "null"], "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "x-allowed": "a real date as yyyy-mm-dd" }, "tepRefs": { "type": ["array", "null"], "uniqueItems": true, "items": { "type": "string", "pattern": "^TEP-[0-9]{4}$", "x-allowed": "TEP-0042" }, "x-allowed": "a list of TEP references such as TEP-0042" } } };
    var schema32 = { "type": "string", "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "x-allowed": 'a GitHub handle with @, such as "@vdemeester"' };
    var schema34 = { "type": ["string", "null"], "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "x-allowed": "a real date as yyyy-mm-dd" };
    var schema36 = { "type": ["array", "null"], "uniqueItems": true, "items": { "type": "string", "pattern": "^TEP-[0-9]{4}$", "x-allowed": "TEP-0042" }, "x-allowed": "a list of TEP references such as TEP-0042" };
    var func1 = Object.prototype.hasOwnProperty;
    var func2 = require_ucs2length().default;
    var pattern4 = new RegExp("^[^\\n]*\\S[^\\n]*$", "u");
    var pattern5 = new RegExp("^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "u");
    var pattern7 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
    var pattern9 = new RegExp("^TEP-[0-9]{4}$", "u");
    var formats0 = require_formats().fullFormats.date;
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
          if (typeof data0 !== "string" && data0 !== null) {
            const err1 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: schema31.properties.title.type }, message: "must be string,null", schema: schema31.properties.title.type, parentSchema: schema31.properties.title, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          if (typeof data0 === "string") {
            if (func2(data0) < 1) {
              const err2 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.title, data: data0 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (!pattern4.test(data0)) {
              const err3 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/pattern", keyword: "pattern", params: { pattern: "^[^\\n]*\\S[^\\n]*$" }, message: 'must match pattern "^[^\\n]*\\S[^\\n]*$"', schema: "^[^\\n]*\\S[^\\n]*$", parentSchema: schema31.properties.title, data: data0 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
        }
        if (data.status !== void 0) {
          let data1 = data.status;
          if (typeof data1 !== "string" && data1 !== null) {
            const err4 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: schema31.properties.status.type }, message: "must be string,null", schema: schema31.properties.status.type, parentSchema: schema31.properties.status, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (!(data1 === "proposed" || data1 === "implementable" || data1 === "implemented" || data1 === "deferred" || data1 === "withdrawn" || data1 === "replaced" || data1 === null)) {
            const err5 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.status.enum, parentSchema: schema31.properties.status, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.authors !== void 0) {
          let data2 = data.authors;
          if (!Array.isArray(data2) && data2 !== null) {
            const err6 = { instancePath: instancePath + "/authors", schemaPath: "#/properties/authors/type", keyword: "type", params: { type: schema31.properties.authors.type }, message: "must be array,null", schema: schema31.properties.authors.type, parentSchema: schema31.properties.authors, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (Array.isArray(data2)) {
            const len0 = data2.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data3 = data2[i0];
              if (typeof data3 === "string") {
                if (!pattern5.test(data3)) {
                  const err7 = { instancePath: instancePath + "/authors/" + i0, schemaPath: "#/$defs/handle/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema32, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              } else {
                const err8 = { instancePath: instancePath + "/authors/" + i0, schemaPath: "#/$defs/handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data3 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          }
        }
        if (data.collaborators !== void 0) {
          let data4 = data.collaborators;
          if (!Array.isArray(data4) && data4 !== null) {
            const err9 = { instancePath: instancePath + "/collaborators", schemaPath: "#/properties/collaborators/type", keyword: "type", params: { type: schema31.properties.collaborators.type }, message: "must be array,null", schema: schema31.properties.collaborators.type, parentSchema: schema31.properties.collaborators, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (Array.isArray(data4)) {
            const len1 = data4.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data5 = data4[i1];
              if (typeof data5 === "string") {
                if (!pattern5.test(data5)) {
                  const err10 = { instancePath: instancePath + "/collaborators/" + i1, schemaPath: "#/$defs/handle/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema32, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/collaborators/" + i1, schemaPath: "#/$defs/handle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data5 };
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
        if (data["creation-date"] !== void 0) {
          let data6 = data["creation-date"];
          if (typeof data6 !== "string" && data6 !== null) {
            const err12 = { instancePath: instancePath + "/creation-date", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: schema34.type }, message: "must be string,null", schema: schema34.type, parentSchema: schema34, data: data6 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (typeof data6 === "string") {
            if (!pattern7.test(data6)) {
              const err13 = { instancePath: instancePath + "/creation-date", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema34, data: data6 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (!formats0.validate(data6)) {
              const err14 = { instancePath: instancePath + "/creation-date", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema34, data: data6 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
        }
        if (data["last-updated"] !== void 0) {
          let data7 = data["last-updated"];
          if (typeof data7 !== "string" && data7 !== null) {
            const err15 = { instancePath: instancePath + "/last-updated", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: schema34.type }, message: "must be string,null", schema: schema34.type, parentSchema: schema34, data: data7 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (typeof data7 === "string") {
            if (!pattern7.test(data7)) {
              const err16 = { instancePath: instancePath + "/last-updated", schemaPath: "#/$defs/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema34, data: data7 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (!formats0.validate(data7)) {
              const err17 = { instancePath: instancePath + "/last-updated", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema34, data: data7 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        }
        if (data["see-also"] !== void 0) {
          let data8 = data["see-also"];
          if (!Array.isArray(data8) && data8 !== null) {
            const err18 = { instancePath: instancePath + "/see-also", schemaPath: "#/$defs/tepRefs/type", keyword: "type", params: { type: schema36.type }, message: "must be array,null", schema: schema36.type, parentSchema: schema36, data: data8 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (Array.isArray(data8)) {
            const len2 = data8.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data9 = data8[i2];
              if (typeof data9 === "string") {
                if (!pattern9.test(data9)) {
                  const err19 = { instancePath: instancePath + "/see-also/" + i2, schemaPath: "#/$defs/tepRefs/items/pattern", keyword: "pattern", params: { pattern: "^TEP-[0-9]{4}$" }, message: 'must match pattern "^TEP-[0-9]{4}$"', schema: "^TEP-[0-9]{4}$", parentSchema: schema36.items, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/see-also/" + i2, schemaPath: "#/$defs/tepRefs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.items.type, parentSchema: schema36.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            let i3 = data8.length;
            let j0;
            if (i3 > 1) {
              const indices0 = {};
              for (; i3--; ) {
                let item0 = data8[i3];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err21 = { instancePath: instancePath + "/see-also", schemaPath: "#/$defs/tepRefs/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema36, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i3;
              }
            }
          }
        }
        if (data.replaces !== void 0) {
          let data10 = data.replaces;
          if (!Array.isArray(data10) && data10 !== null) {
            const err22 = { instancePath: instancePath + "/replaces", schemaPath: "#/$defs/tepRefs/type", keyword: "type", params: { type: schema36.type }, message: "must be array,null", schema: schema36.type, parentSchema: schema36, data: data10 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (Array.isArray(data10)) {
            const len3 = data10.length;
            for (let i4 = 0; i4 < len3; i4++) {
              let data11 = data10[i4];
              if (typeof data11 === "string") {
                if (!pattern9.test(data11)) {
                  const err23 = { instancePath: instancePath + "/replaces/" + i4, schemaPath: "#/$defs/tepRefs/items/pattern", keyword: "pattern", params: { pattern: "^TEP-[0-9]{4}$" }, message: 'must match pattern "^TEP-[0-9]{4}$"', schema: "^TEP-[0-9]{4}$", parentSchema: schema36.items, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/replaces/" + i4, schemaPath: "#/$defs/tepRefs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.items.type, parentSchema: schema36.items, data: data11 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            let i5 = data10.length;
            let j1;
            if (i5 > 1) {
              const indices1 = {};
              for (; i5--; ) {
                let item1 = data10[i5];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err25 = { instancePath: instancePath + "/replaces", schemaPath: "#/$defs/tepRefs/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i5 + " are identical)", schema: true, parentSchema: schema36, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i5;
              }
            }
          }
        }
        if (data["superseded-by"] !== void 0) {
          let data12 = data["superseded-by"];
          if (!Array.isArray(data12) && data12 !== null) {
            const err26 = { instancePath: instancePath + "/superseded-by", schemaPath: "#/$defs/tepRefs/type", keyword: "type", params: { type: schema36.type }, message: "must be array,null", schema: schema36.type, parentSchema: schema36, data: data12 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (Array.isArray(data12)) {
            const len4 = data12.length;
            for (let i6 = 0; i6 < len4; i6++) {
              let data13 = data12[i6];
              if (typeof data13 === "string") {
                if (!pattern9.test(data13)) {
                  const err27 = { instancePath: instancePath + "/superseded-by/" + i6, schemaPath: "#/$defs/tepRefs/items/pattern", keyword: "pattern", params: { pattern: "^TEP-[0-9]{4}$" }, message: 'must match pattern "^TEP-[0-9]{4}$"', schema: "^TEP-[0-9]{4}$", parentSchema: schema36.items, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              } else {
                const err28 = { instancePath: instancePath + "/superseded-by/" + i6, schemaPath: "#/$defs/tepRefs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.items.type, parentSchema: schema36.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            let i7 = data12.length;
            let j2;
            if (i7 > 1) {
              const indices2 = {};
              for (; i7--; ) {
                let item2 = data12[i7];
                if (typeof item2 !== "string") {
                  continue;
                }
                if (typeof indices2[item2] == "number") {
                  j2 = indices2[item2];
                  const err29 = { instancePath: instancePath + "/superseded-by", schemaPath: "#/$defs/tepRefs/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i7 + " are identical)", schema: true, parentSchema: schema36, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                  break;
                }
                indices2[item2] = i7;
              }
            }
          }
        }
      } else {
        const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      validate20.errors = vErrors;
      return errors === 0;
    }
    validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    module.exports.schema = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/kep-validator/kep-validator/schemas/tekton.schema.json", "title": "TEP metadata (Tekton)", "description": 'The front matter of a Tekton Enhancement Proposal, as TEP-0001 "TEP Metadata" and teps/tools/tep-template.md.template define it. teps.py validate requires title, authors, creation-date and status to be present and not null: rule tep-required-fields reports that, as an error. Everything this schema checks beyond it is a warning of the tekton preset, so it lets those four be null and requires nothing. The status values are replaced at load time by the states of the selected lifecycle (null stays allowed).', "type": "object", "additionalProperties": false, "properties": { "title": { "description": "The title in plain language; the file name carries its slug.", "type": ["string", "null"], "minLength": 1, "pattern": "^[^\\n]*\\S[^\\n]*$", "x-allowed": "a one-line title in plain language", "examples": ["Tekton Enhancement Proposal Process"] }, "status": { "description": "The current state of the TEP.", "type": ["string", "null"], "enum": ["proposed", "implementable", "implemented", "deferred", "withdrawn", "replaced", null], "examples": ["proposed"] }, "authors": { "description": "The authors' GitHub handles, written with @ (teps.py new writes them so).", "type": ["array", "null"], "items": { "$ref": "#/$defs/handle" }, "x-allowed": 'a list of GitHub handles such as "@vdemeester"', "examples": [["@vdemeester"]] }, "collaborators": { "description": "Collaborators' GitHub handles, as authors (teps.py new writes the list).", "type": ["array", "null"], "items": { "$ref": "#/$defs/handle" }, "x-allowed": 'a list of GitHub handles such as "@vdemeester"', "examples": [["@vdemeester"]] }, "creation-date": { "$ref": "#/$defs/date", "description": "The date the TEP was first submitted in a PR.", "examples": ["2020-03-10"] }, "last-updated": { "$ref": "#/$defs/date", "description": "The date the TEP last changed significantly.", "examples": ["2020-06-11"] }, "see-also": { "$ref": "#/$defs/tepRefs", "description": "Other relevant TEPs.", "examples": [["TEP-0001"]] }, "replaces": { "$ref": "#/$defs/tepRefs", "description": "TEPs this TEP replaces; they list it in superseded-by.", "examples": [["TEP-0001"]] }, "superseded-by": { "$ref": "#/$defs/tepRefs", "description": "TEPs that supersede this one; pairs with status replaced.", "examples": [["TEP-0002"]] } }, "$defs": { "handle": { "type": "string", "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "x-allowed": 'a GitHub handle with @, such as "@vdemeester"' }, "date": { "type": ["string", "null"], "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "x-allowed": "a real date as yyyy-mm-dd" }, "tepRefs": { "type": ["array", "null"], "uniqueItems": true, "items": { "type": "string", "pattern": "^TEP-[0-9]{4}$", "x-allowed": "TEP-0042" }, "x-allowed": "a list of TEP references such as TEP-0042" } } };
    module.exports.branchPointers = [];
  }
});
export default require_tekton_tekton();
