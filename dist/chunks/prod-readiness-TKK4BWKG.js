import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  __commonJS
} from "./chunk-VKILGAQT.js";

// src/schema/compiled/prod-readiness.cjs
var require_prod_readiness = __commonJS({
  "src/schema/compiled/prod-readiness.cjs"(exports, module) {
    exports.validate = validate20;
    var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/kep-validator/kep-validator/v1/schemas/prod-readiness.schema.json", "title": "Production readiness approval (kubernetes/enhancements keps/prod-readiness/<sig>/<number>.yaml)", "type": "object", "required": ["kep-number"], "additionalProperties": false, "properties": { "kep-number": { "x-allowed": "the KEP's number", "anyOf": [{ "type": "integer", "minimum": 1 }, { "type": "string", "pattern": "^[1-9][0-9]*$" }] }, "alpha": { "$ref": "#/$defs/approval" }, "beta": { "$ref": "#/$defs/approval" }, "stable": { "$ref": "#/$defs/approval" }, "deprecated": { "$ref": "#/$defs/approval" }, "disabled": { "$ref": "#/$defs/approval" }, "removed": { "$ref": "#/$defs/approval" } }, "$defs": { "approval": { "type": "object", "required": ["approver"], "additionalProperties": false, "x-allowed": 'approver: "@handle"', "properties": { "approver": { "type": "string", "pattern": "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "x-allowed": "a GitHub handle with @" } } } } };
    var schema32 = { "type": "object", "required": ["approver"], "additionalProperties": false, "x-allowed": 'approver: "@handle"', "properties": { "approver": { "type": "string", "pattern": "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "x-allowed": "a GitHub handle with @" } } };
    var pattern4 = new RegExp("^[1-9][0-9]*$", "u");
    var pattern5 = new RegExp("^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "u");
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
        for (const key0 in data) {
          if (!(key0 === "kep-number" || key0 === "alpha" || key0 === "beta" || key0 === "stable" || key0 === "deprecated" || key0 === "disabled" || key0 === "removed")) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
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
            const err2 = { instancePath: instancePath + "/kep-number", schemaPath: "#/properties/kep-number/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties["kep-number"].anyOf[0].type, parentSchema: schema31.properties["kep-number"].anyOf[0], data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          if (typeof data0 == "number" && isFinite(data0)) {
            if (data0 < 1 || isNaN(data0)) {
              const err3 = { instancePath: instancePath + "/kep-number", schemaPath: "#/properties/kep-number/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties["kep-number"].anyOf[0], data: data0 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
          var _valid0 = _errs4 === errors;
          valid1 = valid1 || _valid0;
          const _errs6 = errors;
          if (typeof data0 === "string") {
            if (!pattern4.test(data0)) {
              const err4 = { instancePath: instancePath + "/kep-number", schemaPath: "#/properties/kep-number/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]*$" }, message: 'must match pattern "^[1-9][0-9]*$"', schema: "^[1-9][0-9]*$", parentSchema: schema31.properties["kep-number"].anyOf[1], data: data0 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/kep-number", schemaPath: "#/properties/kep-number/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties["kep-number"].anyOf[1].type, parentSchema: schema31.properties["kep-number"].anyOf[1], data: data0 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          var _valid0 = _errs6 === errors;
          valid1 = valid1 || _valid0;
          if (!valid1) {
            const err6 = { instancePath: instancePath + "/kep-number", schemaPath: "#/properties/kep-number/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties["kep-number"].anyOf, parentSchema: schema31.properties["kep-number"], data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
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
        if (data.alpha !== void 0) {
          let data1 = data.alpha;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.approver === void 0) {
              const err7 = { instancePath: instancePath + "/alpha", schemaPath: "#/$defs/approval/required", keyword: "required", params: { missingProperty: "approver" }, message: "must have required property 'approver'", schema: schema32.required, parentSchema: schema32, data: data1 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            for (const key1 in data1) {
              if (!(key1 === "approver")) {
                const err8 = { instancePath: instancePath + "/alpha", schemaPath: "#/$defs/approval/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data: data1 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data1.approver !== void 0) {
              let data2 = data1.approver;
              if (typeof data2 === "string") {
                if (!pattern5.test(data2)) {
                  const err9 = { instancePath: instancePath + "/alpha/approver", schemaPath: "#/$defs/approval/properties/approver/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"', schema: "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema32.properties.approver, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              } else {
                const err10 = { instancePath: instancePath + "/alpha/approver", schemaPath: "#/$defs/approval/properties/approver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.approver.type, parentSchema: schema32.properties.approver, data: data2 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/alpha", schemaPath: "#/$defs/approval/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data1 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data.beta !== void 0) {
          let data3 = data.beta;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.approver === void 0) {
              const err12 = { instancePath: instancePath + "/beta", schemaPath: "#/$defs/approval/required", keyword: "required", params: { missingProperty: "approver" }, message: "must have required property 'approver'", schema: schema32.required, parentSchema: schema32, data: data3 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            for (const key2 in data3) {
              if (!(key2 === "approver")) {
                const err13 = { instancePath: instancePath + "/beta", schemaPath: "#/$defs/approval/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data: data3 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data3.approver !== void 0) {
              let data4 = data3.approver;
              if (typeof data4 === "string") {
                if (!pattern5.test(data4)) {
                  const err14 = { instancePath: instancePath + "/beta/approver", schemaPath: "#/$defs/approval/properties/approver/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"', schema: "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema32.properties.approver, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = { instancePath: instancePath + "/beta/approver", schemaPath: "#/$defs/approval/properties/approver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.approver.type, parentSchema: schema32.properties.approver, data: data4 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = { instancePath: instancePath + "/beta", schemaPath: "#/$defs/approval/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data3 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data.stable !== void 0) {
          let data5 = data.stable;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.approver === void 0) {
              const err17 = { instancePath: instancePath + "/stable", schemaPath: "#/$defs/approval/required", keyword: "required", params: { missingProperty: "approver" }, message: "must have required property 'approver'", schema: schema32.required, parentSchema: schema32, data: data5 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            for (const key3 in data5) {
              if (!(key3 === "approver")) {
                const err18 = { instancePath: instancePath + "/stable", schemaPath: "#/$defs/approval/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data: data5 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data5.approver !== void 0) {
              let data6 = data5.approver;
              if (typeof data6 === "string") {
                if (!pattern5.test(data6)) {
                  const err19 = { instancePath: instancePath + "/stable/approver", schemaPath: "#/$defs/approval/properties/approver/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"', schema: "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema32.properties.approver, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              } else {
                const err20 = { instancePath: instancePath + "/stable/approver", schemaPath: "#/$defs/approval/properties/approver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.approver.type, parentSchema: schema32.properties.approver, data: data6 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/stable", schemaPath: "#/$defs/approval/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data5 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data.deprecated !== void 0) {
          let data7 = data.deprecated;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.approver === void 0) {
              const err22 = { instancePath: instancePath + "/deprecated", schemaPath: "#/$defs/approval/required", keyword: "required", params: { missingProperty: "approver" }, message: "must have required property 'approver'", schema: schema32.required, parentSchema: schema32, data: data7 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            for (const key4 in data7) {
              if (!(key4 === "approver")) {
                const err23 = { instancePath: instancePath + "/deprecated", schemaPath: "#/$defs/approval/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data: data7 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data7.approver !== void 0) {
              let data8 = data7.approver;
              if (typeof data8 === "string") {
                if (!pattern5.test(data8)) {
                  const err24 = { instancePath: instancePath + "/deprecated/approver", schemaPath: "#/$defs/approval/properties/approver/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"', schema: "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema32.properties.approver, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = { instancePath: instancePath + "/deprecated/approver", schemaPath: "#/$defs/approval/properties/approver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.approver.type, parentSchema: schema32.properties.approver, data: data8 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = { instancePath: instancePath + "/deprecated", schemaPath: "#/$defs/approval/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data7 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data.disabled !== void 0) {
          let data9 = data.disabled;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.approver === void 0) {
              const err27 = { instancePath: instancePath + "/disabled", schemaPath: "#/$defs/approval/required", keyword: "required", params: { missingProperty: "approver" }, message: "must have required property 'approver'", schema: schema32.required, parentSchema: schema32, data: data9 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            for (const key5 in data9) {
              if (!(key5 === "approver")) {
                const err28 = { instancePath: instancePath + "/disabled", schemaPath: "#/$defs/approval/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data: data9 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data9.approver !== void 0) {
              let data10 = data9.approver;
              if (typeof data10 === "string") {
                if (!pattern5.test(data10)) {
                  const err29 = { instancePath: instancePath + "/disabled/approver", schemaPath: "#/$defs/approval/properties/approver/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"', schema: "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema32.properties.approver, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/disabled/approver", schemaPath: "#/$defs/approval/properties/approver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.approver.type, parentSchema: schema32.properties.approver, data: data10 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/disabled", schemaPath: "#/$defs/approval/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data9 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data.removed !== void 0) {
          let data11 = data.removed;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.approver === void 0) {
              const err32 = { instancePath: instancePath + "/removed", schemaPath: "#/$defs/approval/required", keyword: "required", params: { missingProperty: "approver" }, message: "must have required property 'approver'", schema: schema32.required, parentSchema: schema32, data: data11 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            for (const key6 in data11) {
              if (!(key6 === "approver")) {
                const err33 = { instancePath: instancePath + "/removed", schemaPath: "#/$defs/approval/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data: data11 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data11.approver !== void 0) {
              let data12 = data11.approver;
              if (typeof data12 === "string") {
                if (!pattern5.test(data12)) {
                  const err34 = { instancePath: instancePath + "/removed/approver", schemaPath: "#/$defs/approval/properties/approver/pattern", keyword: "pattern", params: { pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$" }, message: 'must match pattern "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"', schema: "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", parentSchema: schema32.properties.approver, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              } else {
                const err35 = { instancePath: instancePath + "/removed/approver", schemaPath: "#/$defs/approval/properties/approver/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.properties.approver.type, parentSchema: schema32.properties.approver, data: data12 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
          } else {
            const err36 = { instancePath: instancePath + "/removed", schemaPath: "#/$defs/approval/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data: data11 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      validate20.errors = vErrors;
      return errors === 0;
    }
    validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    exports.branch0 = validate21;
    var schema38 = { "type": "integer", "minimum": 1 };
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
      if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema38.type, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (typeof data == "number" && isFinite(data)) {
        if (data < 1 || isNaN(data)) {
          const err1 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema38, data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      validate21.errors = vErrors;
      return errors === 0;
    }
    validate21.evaluated = { "dynamicProps": false, "dynamicItems": false };
    exports.branch1 = validate22;
    var schema39 = { "type": "string", "pattern": "^[1-9][0-9]*$" };
    function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
      let vErrors = null;
      let errors = 0;
      const evaluated0 = validate22.evaluated;
      if (evaluated0.dynamicProps) {
        evaluated0.props = void 0;
      }
      if (evaluated0.dynamicItems) {
        evaluated0.items = void 0;
      }
      if (typeof data === "string") {
        if (!pattern4.test(data)) {
          const err0 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]*$" }, message: 'must match pattern "^[1-9][0-9]*$"', schema: "^[1-9][0-9]*$", parentSchema: schema39, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      validate22.errors = vErrors;
      return errors === 0;
    }
    validate22.evaluated = { "dynamicProps": false, "dynamicItems": false };
    module.exports.schema = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/kep-validator/kep-validator/v1/schemas/prod-readiness.schema.json", "title": "Production readiness approval (kubernetes/enhancements keps/prod-readiness/<sig>/<number>.yaml)", "type": "object", "required": ["kep-number"], "additionalProperties": false, "properties": { "kep-number": { "x-allowed": "the KEP's number", "anyOf": [{ "type": "integer", "minimum": 1 }, { "type": "string", "pattern": "^[1-9][0-9]*$" }] }, "alpha": { "$ref": "#/$defs/approval" }, "beta": { "$ref": "#/$defs/approval" }, "stable": { "$ref": "#/$defs/approval" }, "deprecated": { "$ref": "#/$defs/approval" }, "disabled": { "$ref": "#/$defs/approval" }, "removed": { "$ref": "#/$defs/approval" } }, "$defs": { "approval": { "type": "object", "required": ["approver"], "additionalProperties": false, "x-allowed": 'approver: "@handle"', "properties": { "approver": { "type": "string", "pattern": "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "x-allowed": "a GitHub handle with @" } } } } };
    module.exports.branchPointers = ["/properties/kep-number/anyOf/0", "/properties/kep-number/anyOf/1"];
  }
});
export default require_prod_readiness();
