import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  FILE_START,
  FileSystemTree,
  compareDiagnostics,
  countBySeverity,
  diagnostic,
  documentFromTransfer,
  loadParsersFor,
  parse,
  readDocuments,
  readKep,
  readYamlFile,
  spanAt,
  splitLines
} from "./chunk-CTFMI4VD.js";
import {
  require_ucs2length
} from "./chunk-7OISB3EX.js";
import {
  __commonJS,
  __toESM
} from "./chunk-P2YXREQ5.js";

// src/schema/compiled/lifecycle.cjs
var require_lifecycle = __commonJS({
  "src/schema/compiled/lifecycle.cjs"(exports, module) {
    "use strict";
    exports.validate = validate20;
    var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/kep-validator/kep-validator/schemas/lifecycle.schema.json", "title": "KEP lifecycle", "description": "The states a KEP may be in and the status changes a pull request may make.", "type": "object", "required": ["name", "states", "initial", "transitions"], "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "name": { "type": "string", "minLength": 1 }, "description": { "type": "string" }, "states": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "minLength": 1 } }, "initial": { "description": "States a new KEP may start in.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" } }, "transitions": { "description": "For each state, the states it may change to.", "type": "object", "additionalProperties": { "type": "array", "uniqueItems": true, "items": { "type": "string" } } }, "numbered": { "description": "States that need an assigned kep-number, not draft-YYYYMMDD.", "type": "array", "uniqueItems": true, "items": { "type": "string" } }, "numberAssignedOn": { "description": "The state whose transition turns a draft number into a number.", "type": "string" }, "superseded": { "description": "States that need superseded-by.", "type": "array", "uniqueItems": true, "items": { "type": "string" } }, "inFlight": { "description": "States of KEPs being worked on: what a roadmap lists.", "type": "array", "uniqueItems": true, "items": { "type": "string" } }, "folders": { "description": "Status folders (deferred/, orphaned/, retired/) and the states a KEP inside each may have; a KEP in one of these states lives in one of these folders.", "type": "object", "additionalProperties": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" } } }, "mapping": { "description": "Documentation: how these states relate to another lifecycle's.", "type": "object", "additionalProperties": { "type": "array", "items": { "type": "string" } } } } };
    var func1 = Object.prototype.hasOwnProperty;
    var func2 = require_ucs2length().default;
    function validate20(data, { instancePath: instancePath2 = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
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
        if (data.name === void 0) {
          const err0 = { instancePath: instancePath2, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.states === void 0) {
          const err1 = { instancePath: instancePath2, schemaPath: "#/required", keyword: "required", params: { missingProperty: "states" }, message: "must have required property 'states'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.initial === void 0) {
          const err2 = { instancePath: instancePath2, schemaPath: "#/required", keyword: "required", params: { missingProperty: "initial" }, message: "must have required property 'initial'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data.transitions === void 0) {
          const err3 = { instancePath: instancePath2, schemaPath: "#/required", keyword: "required", params: { missingProperty: "transitions" }, message: "must have required property 'transitions'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!func1.call(schema31.properties, key0)) {
            const err4 = { instancePath: instancePath2, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.$schema !== void 0) {
          let data0 = data.$schema;
          if (typeof data0 !== "string") {
            const err5 = { instancePath: instancePath2 + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.$schema.type, parentSchema: schema31.properties.$schema, data: data0 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.name !== void 0) {
          let data1 = data.name;
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err6 = { instancePath: instancePath2 + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.name, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath2 + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.name.type, parentSchema: schema31.properties.name, data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data.description !== void 0) {
          let data2 = data.description;
          if (typeof data2 !== "string") {
            const err8 = { instancePath: instancePath2 + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.description.type, parentSchema: schema31.properties.description, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data.states !== void 0) {
          let data3 = data.states;
          if (Array.isArray(data3)) {
            if (data3.length < 1) {
              const err9 = { instancePath: instancePath2 + "/states", schemaPath: "#/properties/states/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.states, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data4 = data3[i0];
              if (typeof data4 === "string") {
                if (func2(data4) < 1) {
                  const err10 = { instancePath: instancePath2 + "/states/" + i0, schemaPath: "#/properties/states/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.states.items, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath2 + "/states/" + i0, schemaPath: "#/properties/states/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.states.items.type, parentSchema: schema31.properties.states.items, data: data4 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            let i1 = data3.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data3[i1];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err12 = { instancePath: instancePath2 + "/states", schemaPath: "#/properties/states/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema31.properties.states, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err13 = { instancePath: instancePath2 + "/states", schemaPath: "#/properties/states/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.states.type, parentSchema: schema31.properties.states, data: data3 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data.initial !== void 0) {
          let data5 = data.initial;
          if (Array.isArray(data5)) {
            if (data5.length < 1) {
              const err14 = { instancePath: instancePath2 + "/initial", schemaPath: "#/properties/initial/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.initial, data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            const len1 = data5.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data6 = data5[i2];
              if (typeof data6 !== "string") {
                const err15 = { instancePath: instancePath2 + "/initial/" + i2, schemaPath: "#/properties/initial/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.initial.items.type, parentSchema: schema31.properties.initial.items, data: data6 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            let i3 = data5.length;
            let j1;
            if (i3 > 1) {
              const indices1 = {};
              for (; i3--; ) {
                let item1 = data5[i3];
                if (typeof item1 !== "string") {
                  continue;
                }
                if (typeof indices1[item1] == "number") {
                  j1 = indices1[item1];
                  const err16 = { instancePath: instancePath2 + "/initial", schemaPath: "#/properties/initial/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema31.properties.initial, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                  break;
                }
                indices1[item1] = i3;
              }
            }
          } else {
            const err17 = { instancePath: instancePath2 + "/initial", schemaPath: "#/properties/initial/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.initial.type, parentSchema: schema31.properties.initial, data: data5 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data.transitions !== void 0) {
          let data7 = data.transitions;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key1 in data7) {
              let data8 = data7[key1];
              if (Array.isArray(data8)) {
                const len2 = data8.length;
                for (let i4 = 0; i4 < len2; i4++) {
                  let data9 = data8[i4];
                  if (typeof data9 !== "string") {
                    const err18 = { instancePath: instancePath2 + "/transitions/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i4, schemaPath: "#/properties/transitions/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.transitions.additionalProperties.items.type, parentSchema: schema31.properties.transitions.additionalProperties.items, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
                let i5 = data8.length;
                let j2;
                if (i5 > 1) {
                  const indices2 = {};
                  for (; i5--; ) {
                    let item2 = data8[i5];
                    if (typeof item2 !== "string") {
                      continue;
                    }
                    if (typeof indices2[item2] == "number") {
                      j2 = indices2[item2];
                      const err19 = { instancePath: instancePath2 + "/transitions/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/transitions/additionalProperties/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: schema31.properties.transitions.additionalProperties, data: data8 };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                      break;
                    }
                    indices2[item2] = i5;
                  }
                }
              } else {
                const err20 = { instancePath: instancePath2 + "/transitions/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/transitions/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.transitions.additionalProperties.type, parentSchema: schema31.properties.transitions.additionalProperties, data: data8 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath2 + "/transitions", schemaPath: "#/properties/transitions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.transitions.type, parentSchema: schema31.properties.transitions, data: data7 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data.numbered !== void 0) {
          let data10 = data.numbered;
          if (Array.isArray(data10)) {
            const len3 = data10.length;
            for (let i6 = 0; i6 < len3; i6++) {
              let data11 = data10[i6];
              if (typeof data11 !== "string") {
                const err22 = { instancePath: instancePath2 + "/numbered/" + i6, schemaPath: "#/properties/numbered/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.numbered.items.type, parentSchema: schema31.properties.numbered.items, data: data11 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            let i7 = data10.length;
            let j3;
            if (i7 > 1) {
              const indices3 = {};
              for (; i7--; ) {
                let item3 = data10[i7];
                if (typeof item3 !== "string") {
                  continue;
                }
                if (typeof indices3[item3] == "number") {
                  j3 = indices3[item3];
                  const err23 = { instancePath: instancePath2 + "/numbered", schemaPath: "#/properties/numbered/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)", schema: true, parentSchema: schema31.properties.numbered, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                  break;
                }
                indices3[item3] = i7;
              }
            }
          } else {
            const err24 = { instancePath: instancePath2 + "/numbered", schemaPath: "#/properties/numbered/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.numbered.type, parentSchema: schema31.properties.numbered, data: data10 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data.numberAssignedOn !== void 0) {
          let data12 = data.numberAssignedOn;
          if (typeof data12 !== "string") {
            const err25 = { instancePath: instancePath2 + "/numberAssignedOn", schemaPath: "#/properties/numberAssignedOn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.numberAssignedOn.type, parentSchema: schema31.properties.numberAssignedOn, data: data12 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data.superseded !== void 0) {
          let data13 = data.superseded;
          if (Array.isArray(data13)) {
            const len4 = data13.length;
            for (let i8 = 0; i8 < len4; i8++) {
              let data14 = data13[i8];
              if (typeof data14 !== "string") {
                const err26 = { instancePath: instancePath2 + "/superseded/" + i8, schemaPath: "#/properties/superseded/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.superseded.items.type, parentSchema: schema31.properties.superseded.items, data: data14 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            let i9 = data13.length;
            let j4;
            if (i9 > 1) {
              const indices4 = {};
              for (; i9--; ) {
                let item4 = data13[i9];
                if (typeof item4 !== "string") {
                  continue;
                }
                if (typeof indices4[item4] == "number") {
                  j4 = indices4[item4];
                  const err27 = { instancePath: instancePath2 + "/superseded", schemaPath: "#/properties/superseded/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i9 + " are identical)", schema: true, parentSchema: schema31.properties.superseded, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                  break;
                }
                indices4[item4] = i9;
              }
            }
          } else {
            const err28 = { instancePath: instancePath2 + "/superseded", schemaPath: "#/properties/superseded/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.superseded.type, parentSchema: schema31.properties.superseded, data: data13 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data.inFlight !== void 0) {
          let data15 = data.inFlight;
          if (Array.isArray(data15)) {
            const len5 = data15.length;
            for (let i10 = 0; i10 < len5; i10++) {
              let data16 = data15[i10];
              if (typeof data16 !== "string") {
                const err29 = { instancePath: instancePath2 + "/inFlight/" + i10, schemaPath: "#/properties/inFlight/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.inFlight.items.type, parentSchema: schema31.properties.inFlight.items, data: data16 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            let i11 = data15.length;
            let j5;
            if (i11 > 1) {
              const indices5 = {};
              for (; i11--; ) {
                let item5 = data15[i11];
                if (typeof item5 !== "string") {
                  continue;
                }
                if (typeof indices5[item5] == "number") {
                  j5 = indices5[item5];
                  const err30 = { instancePath: instancePath2 + "/inFlight", schemaPath: "#/properties/inFlight/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i11 + " are identical)", schema: true, parentSchema: schema31.properties.inFlight, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                  break;
                }
                indices5[item5] = i11;
              }
            }
          } else {
            const err31 = { instancePath: instancePath2 + "/inFlight", schemaPath: "#/properties/inFlight/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.inFlight.type, parentSchema: schema31.properties.inFlight, data: data15 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data.folders !== void 0) {
          let data17 = data.folders;
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            for (const key2 in data17) {
              let data18 = data17[key2];
              if (Array.isArray(data18)) {
                if (data18.length < 1) {
                  const err32 = { instancePath: instancePath2 + "/folders/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/folders/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.folders.additionalProperties, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                const len6 = data18.length;
                for (let i12 = 0; i12 < len6; i12++) {
                  let data19 = data18[i12];
                  if (typeof data19 !== "string") {
                    const err33 = { instancePath: instancePath2 + "/folders/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i12, schemaPath: "#/properties/folders/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.folders.additionalProperties.items.type, parentSchema: schema31.properties.folders.additionalProperties.items, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                let i13 = data18.length;
                let j6;
                if (i13 > 1) {
                  const indices6 = {};
                  for (; i13--; ) {
                    let item6 = data18[i13];
                    if (typeof item6 !== "string") {
                      continue;
                    }
                    if (typeof indices6[item6] == "number") {
                      j6 = indices6[item6];
                      const err34 = { instancePath: instancePath2 + "/folders/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/folders/additionalProperties/uniqueItems", keyword: "uniqueItems", params: { i: i13, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i13 + " are identical)", schema: true, parentSchema: schema31.properties.folders.additionalProperties, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                      break;
                    }
                    indices6[item6] = i13;
                  }
                }
              } else {
                const err35 = { instancePath: instancePath2 + "/folders/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/folders/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.folders.additionalProperties.type, parentSchema: schema31.properties.folders.additionalProperties, data: data18 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
          } else {
            const err36 = { instancePath: instancePath2 + "/folders", schemaPath: "#/properties/folders/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.folders.type, parentSchema: schema31.properties.folders, data: data17 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data.mapping !== void 0) {
          let data20 = data.mapping;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            for (const key3 in data20) {
              let data21 = data20[key3];
              if (Array.isArray(data21)) {
                const len7 = data21.length;
                for (let i14 = 0; i14 < len7; i14++) {
                  let data22 = data21[i14];
                  if (typeof data22 !== "string") {
                    const err37 = { instancePath: instancePath2 + "/mapping/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i14, schemaPath: "#/properties/mapping/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.mapping.additionalProperties.items.type, parentSchema: schema31.properties.mapping.additionalProperties.items, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
              } else {
                const err38 = { instancePath: instancePath2 + "/mapping/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/mapping/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.mapping.additionalProperties.type, parentSchema: schema31.properties.mapping.additionalProperties, data: data21 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath2 + "/mapping", schemaPath: "#/properties/mapping/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.mapping.type, parentSchema: schema31.properties.mapping, data: data20 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = { instancePath: instancePath2, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      validate20.errors = vErrors;
      return errors === 0;
    }
    validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    module.exports.schema = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://github.com/kep-validator/kep-validator/schemas/lifecycle.schema.json", "title": "KEP lifecycle", "description": "The states a KEP may be in and the status changes a pull request may make.", "type": "object", "required": ["name", "states", "initial", "transitions"], "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "name": { "type": "string", "minLength": 1 }, "description": { "type": "string" }, "states": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "minLength": 1 } }, "initial": { "description": "States a new KEP may start in.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" } }, "transitions": { "description": "For each state, the states it may change to.", "type": "object", "additionalProperties": { "type": "array", "uniqueItems": true, "items": { "type": "string" } } }, "numbered": { "description": "States that need an assigned kep-number, not draft-YYYYMMDD.", "type": "array", "uniqueItems": true, "items": { "type": "string" } }, "numberAssignedOn": { "description": "The state whose transition turns a draft number into a number.", "type": "string" }, "superseded": { "description": "States that need superseded-by.", "type": "array", "uniqueItems": true, "items": { "type": "string" } }, "inFlight": { "description": "States of KEPs being worked on: what a roadmap lists.", "type": "array", "uniqueItems": true, "items": { "type": "string" } }, "folders": { "description": "Status folders (deferred/, orphaned/, retired/) and the states a KEP inside each may have; a KEP in one of these states lives in one of these folders.", "type": "object", "additionalProperties": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" } } }, "mapping": { "description": "Documentation: how these states relate to another lifecycle's.", "type": "object", "additionalProperties": { "type": "array", "items": { "type": "string" } } } } };
    module.exports.branchPointers = [];
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse2 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse2.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher2 = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher2.state = state;
      }
      return matcher2;
    };
    picomatch2.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/schema/loadJsonFile.ts
import { readFileSync } from "node:fs";
var LoadError = class extends Error {
};
function loadJsonFile(path, what) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new LoadError(`cannot read ${what} ${path}: ${error.message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new LoadError(`${what} ${path} is not valid JSON: ${error.message}`);
  }
}

// src/config.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { dirname as dirname2, resolve } from "node:path";

// src/schema/precompiled.ts
var lifecycleModule = __toESM(require_lifecycle(), 1);
function load(module) {
  const exports = module.default ?? module;
  const branches = new Map(exports.branchPointers.map((pointer, i) => [pointer, exports[`branch${i}`]]));
  return { schema: exports.schema, validate: exports.validate, branches };
}
var METADATA_MODULES = {
  "kep-0001--kep-0001": () => import("./kep-0001--kep-0001-5Q7IOTII.js"),
  "kep-0001--kep-0001-workflow": () => import("./kep-0001--kep-0001-workflow-CP36U63I.js"),
  "kubernetes--kubernetes": () => import("./kubernetes--kubernetes-2NBQOD2O.js")
};
async function loadPrecompiledMetadata(key) {
  const module = METADATA_MODULES[key];
  return module ? load(await module()) : void 0;
}
async function loadPrecompiledProdReadiness() {
  return load(await import("./prod-readiness-CBIMNKSH.js"));
}
async function loadPrecompiledConfig() {
  return load(await import("./config-XBXZEYGZ.js"));
}
var PRECOMPILED_LIFECYCLE = load(lifecycleModule);

// src/schema/metadataSchema.ts
import { join as join2 } from "node:path";

// src/paths.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function findSchemasDir() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const candidate = join(dir, "schemas");
    if (existsSync(join(candidate, "kep-0001.schema.json"))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`schemas/ not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}
var SCHEMAS_DIR = findSchemasDir();

// src/schema/ajv.ts
function commonJsExport(module, name) {
  const candidates = [module, module.default, (module.default ?? {}).default];
  for (const candidate of candidates) {
    if (typeof candidate === "function") return candidate;
    const named = candidate?.[name];
    if (typeof named === "function") return named;
  }
  throw new Error(`cannot find ${name} in a loaded module`);
}
async function createAjv() {
  const [ajvModule, formatsModule] = await Promise.all([import("./2020-AVXAWQ6N.js"), import("./dist-DUKPPDN7.js")]);
  const Ajv = commonJsExport(ajvModule, "Ajv2020");
  const addFormats = commonJsExport(formatsModule, "default");
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addKeyword({ keyword: "x-allowed", schemaType: "string" });
  return ajv;
}

// src/schema/schemaIndex.ts
function escapePointer(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
var SchemaIndex = class {
  constructor(root, branchValidator) {
    this.root = root;
    this.branchValidator = branchValidator;
    const visit = (node, pointer) => {
      if (typeof node !== "object" || node === null) return;
      const key = JSON.stringify(node);
      if (!this.pointers.has(key)) this.pointers.set(key, pointer);
      for (const [name, child] of Object.entries(node)) visit(child, `${pointer}/${escapePointer(name)}`);
    };
    visit(root, "");
  }
  root;
  branchValidator;
  pointers = /* @__PURE__ */ new Map();
  pointerOf(node) {
    return typeof node === "object" && node !== null ? this.pointers.get(JSON.stringify(node)) : void 0;
  }
  nodeAt(segments) {
    let node = this.root;
    for (const segment of segments) {
      if (typeof node !== "object" || node === null) return void 0;
      node = node[segment.replace(/~1/g, "/").replace(/~0/g, "~")];
    }
    return typeof node === "object" && node !== null ? node : void 0;
  }
  /** The nearest human wording (`x-allowed`) on the node or its ancestors, short of $defs. */
  allowedText(node) {
    const pointer = this.pointerOf(node);
    if (pointer === void 0) return void 0;
    const segments = pointer.split("/").slice(1);
    for (let depth = segments.length; depth > 0; depth--) {
      const current = this.nodeAt(segments.slice(0, depth));
      if (current && typeof current["x-allowed"] === "string") return current["x-allowed"];
      if (depth === 2 && segments[0] === "$defs") return void 0;
    }
    return void 0;
  }
  /** A validator for one branch of an anyOf, to explain why a value failed that branch. */
  branchValidatorFor(anyOfNode, branch) {
    const pointer = this.pointerOf(anyOfNode);
    return pointer === void 0 ? void 0 : this.branchValidator(`${pointer}/anyOf/${branch}`);
  }
};

// src/schema/metadataSchema.ts
function builtinSchema(name) {
  return join2(SCHEMAS_DIR, `${name}.schema.json`);
}
function schemaFromPrecompiled(precompiled) {
  return {
    schema: precompiled.schema,
    validate: precompiled.validate,
    index: new SchemaIndex(precompiled.schema, (pointer) => precompiled.branches.get(pointer))
  };
}
async function loadMetadataSchema(path, lifecycle) {
  const builtinName = /([^/\\]+)\.schema\.json$/.exec(path)?.[1];
  const precompiled = lifecycle.builtin && builtinName !== void 0 && path === builtinSchema(builtinName) ? await loadPrecompiledMetadata(`${builtinName}--${lifecycle.name}`) : void 0;
  if (precompiled) return schemaFromPrecompiled(precompiled);
  const schema = loadJsonFile(path, "metadata schema");
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) {
    throw new LoadError(`metadata schema ${path} must be a JSON object`);
  }
  const properties = schema.properties;
  if (properties?.status && typeof properties.status === "object") {
    properties.status = { ...properties.status, enum: [...lifecycle.states] };
  }
  if (typeof schema.$id !== "string") schema.$id = `file://${path}`;
  try {
    const ajv = await createAjv();
    const validate = ajv.compile(schema);
    const branches = /* @__PURE__ */ new Map();
    const branchValidator = (pointer) => {
      let compiled = branches.get(pointer);
      if (!compiled) {
        compiled = ajv.compile({ $ref: `${schema.$id}#${pointer}` });
        branches.set(pointer, compiled);
      }
      return compiled;
    };
    return { schema, validate, index: new SchemaIndex(schema, branchValidator) };
  } catch (error) {
    throw new LoadError(`metadata schema ${path} does not compile: ${error.message}`);
  }
}

// src/suggest.ts
function editDistance(a, b, max = Infinity) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}
function didYouMean(found, allowed) {
  const fold = (s) => s.toLowerCase().replace(/[\s_-]+/g, "");
  const folded = fold(found);
  const sameWord = allowed.find((candidate) => fold(candidate) === folded);
  if (sameWord !== void 0) return sameWord;
  const limit = Math.max(1, Math.floor(found.length / 3));
  let best;
  let bestDistance = limit + 1;
  for (const candidate of allowed) {
    const distance = editDistance(found.toLowerCase(), candidate.toLowerCase(), limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function quote(value) {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}
function listOf(values) {
  return values.join(", ");
}

// src/schema/schemaDiagnostics.ts
function decodePointer(pointer) {
  return pointer.split("/").slice(1).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function instancePath(error) {
  return decodePointer(error.instancePath).map((part) => /^\d+$/.test(part) ? Number(part) : part);
}
function describePath(path) {
  if (path.length === 0) return "metadata";
  return path.map((part, i) => typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`).join("");
}
function typeName(value) {
  if (value === null) return "empty (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `the boolean ${value}`;
  return `the text ${quote(value)}`;
}
function isUnder(path, prefix) {
  return path === prefix || path.startsWith(`${prefix}/`);
}
var SHAPE_KEYWORDS = /* @__PURE__ */ new Set(["type", "const", "enum", "anyOf"]);
var VALUE_KEYWORDS = /* @__PURE__ */ new Set(["pattern", "format", "minLength", "minimum"]);
function collapseAnyOf(errors, index, prefix = "") {
  let result = errors.map((error) => prefix ? { ...error, instancePath: prefix + error.instancePath } : error);
  const anyOfs = result.map((error, order) => ({ error, order })).filter(({ error }) => error.keyword === "anyOf").sort((a, b) => a.error.instancePath.length - b.error.instancePath.length || b.order - a.order).map(({ error }) => error);
  for (const anyOf of anyOfs) {
    if (!result.includes(anyOf)) continue;
    const at2 = anyOf.instancePath;
    result = result.filter((e) => e === anyOf || !isUnder(e.instancePath, at2));
    const branches = Array.isArray(anyOf.schema) ? anyOf.schema.length : 0;
    const matched = [];
    for (let i = 0; i < branches; i++) {
      const validate = index.branchValidatorFor(anyOf.parentSchema, i);
      if (!validate || validate(anyOf.data)) continue;
      const branchErrors = collapseAnyOf(validate.errors ?? [], index, at2);
      const otherShape = branchErrors.some((e) => e.keyword === "const" || e.instancePath === at2 && SHAPE_KEYWORDS.has(e.keyword));
      if (!otherShape) matched.push(branchErrors);
    }
    if (matched.length === 1 && !matched[0].every((e) => e.instancePath === at2 && VALUE_KEYWORDS.has(e.keyword))) {
      result = [...result.filter((e) => e !== anyOf), ...matched[0]];
    }
  }
  return result;
}
function guessFor(found, path, error) {
  if (typeof found !== "string") return void 0;
  let guess;
  const handle = found.trim().replace(/^[“"']|[”"']$/g, "");
  if (path.at(-1) === "github" && found.startsWith("@")) guess = found.slice(1);
  else if (error.keyword === "pattern" && String(error.schema).startsWith("^@") && /^@?[A-Za-z0-9-]+$/.test(handle)) guess = handle.startsWith("@") ? handle : `@${handle}`;
  else if (/^kep-?\d+$/i.test(found)) guess = `KEP-${Number(found.replace(/\D/g, ""))}`;
  else if (/^\s*(sig|wg)[\s_-]/i.test(found)) guess = found.trim().toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return guess === found ? void 0 : guess;
}
function exampleOf(root, field) {
  const properties = root.properties;
  const examples = properties?.[field]?.examples;
  if (!Array.isArray(examples) || examples.length === 0 || typeof examples[0] === "object") return void 0;
  return `${field}: ${String(examples[0])}`;
}
function messageFor(error, index) {
  const path = instancePath(error);
  const where = describePath(path);
  const allowed = index.allowedText(error.parentSchema);
  const found = error.data;
  switch (error.keyword) {
    case "required": {
      const missing = error.params.missingProperty;
      const example = path.length === 0 ? exampleOf(index.root, missing) : void 0;
      return {
        text: `${path.length === 0 ? "the metadata" : where} has no "${missing}", which is required; add it${example ? ` (for example "${example}")` : ""}`,
        path,
        part: "value"
      };
    }
    case "additionalProperties": {
      const extra = error.params.additionalProperty;
      const known = Object.keys(error.parentSchema?.properties ?? {});
      const guess = didYouMean(extra, known);
      return {
        text: `unknown field "${extra}" in ${path.length === 0 ? "the metadata" : where}; allowed fields are ${listOf(known)}${guess ? `; did you mean "${guess}"?` : "; remove it"}`,
        expected: guess ? [guess] : void 0,
        path: [...path, extra],
        part: "key"
      };
    }
    case "enum": {
      const values = (error.params.allowedValues ?? []).map(String);
      const guess = typeof found === "string" ? didYouMean(found, values) : void 0;
      return {
        text: `${where} ${quote(found)} is not one of ${listOf(values)}${guess ? `; did you mean "${guess}"?` : ""}`,
        expected: guess ? [guess] : values,
        path,
        part: "value"
      };
    }
    case "type": {
      const values = error.parentSchema?.enum;
      const expected = allowed ?? (Array.isArray(values) ? `one of ${values.map(String).join(", ")}` : `a ${String(error.params.type)}`);
      return {
        text: `${where} is ${typeName(found)}; expected ${expected}`,
        path,
        part: "value"
      };
    }
    case "uniqueItems": {
      const { i, j } = error.params;
      return {
        text: `${where} lists ${quote(found[i])} twice (items ${j + 1} and ${i + 1}); remove the repeat`,
        path: [...path, i],
        part: "value"
      };
    }
    case "minItems":
      return { text: `${where} is an empty list; expected ${allowed ?? "at least one item"}`, path, part: "value" };
    default: {
      const guess = guessFor(found, path, error);
      return {
        text: `${where} is ${typeName(found)}, which is not allowed; expected ${allowed ?? error.message ?? "another value"}${guess ? `; did you mean "${guess}"?` : ""}`,
        expected: guess ? [guess] : void 0,
        path,
        part: "value"
      };
    }
  }
}
function ruleFor(error, message) {
  if (error.keyword === "additionalProperties" && message.path.length === 1) return "schema/unknown-field";
  if (error.keyword === "required" && message.path.length === 0) {
    return `schema/${error.params.missingProperty}`;
  }
  return `schema/${String(message.path[0] ?? "metadata")}`;
}
function schemaDiagnostics(file, metadata, schema) {
  if (schema.validate(metadata.data)) return [];
  const errors = collapseAnyOf(schema.validate.errors ?? [], schema.index);
  const seen = /* @__PURE__ */ new Set();
  const diagnostics = [];
  const wrongType = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  for (const error of errors) {
    if (error.keyword !== "type" && error.keyword !== "required" && error.keyword !== "additionalProperties" && wrongType.has(error.instancePath)) continue;
    const message = messageFor(error, schema.index);
    const span = error.keyword === "required" && message.path.length === 0 ? metadata.block : spanAt(metadata, message.path, message.part);
    if (metadata.errorLines.has(span.line)) continue;
    const key = `${span.line}:${span.column}:${message.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(diagnostic(file, span, ruleFor(error, message), message.text, { expected: message.expected }));
  }
  return diagnostics;
}

// src/config.ts
var CONFIG_FILES = [".kep-validator.yml", ".kep-validator.yaml"];
var BUILTIN_LIFECYCLE = /^[a-z0-9-]+$/;
async function findConfig(dir, explicit) {
  if (explicit !== void 0) return loadConfigFile(resolve(dir, explicit));
  const found = CONFIG_FILES.map((name) => resolve(dir, name)).find((path) => existsSync2(path));
  return found === void 0 ? void 0 : loadConfigFile(found);
}
async function loadConfigFile(path) {
  let text;
  try {
    text = readFileSync2(path, "utf8");
  } catch (error) {
    throw new LoadError(`cannot read the configuration ${path}: ${error.message}`);
  }
  const read = readYamlFile(path, text);
  const problems = [...read.diagnostics];
  if (read.metadata) {
    problems.push(...schemaDiagnostics(path, read.metadata, schemaFromPrecompiled(await loadPrecompiledConfig())));
  }
  if (problems.length > 0 || !read.metadata) {
    const lines = problems.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`);
    throw new LoadError(`the configuration is invalid:
${lines.join("\n") || `${path}: it must be a YAML mapping`}`);
  }
  const data = read.metadata.data;
  const dir = dirname2(path);
  const relativeTo = (value) => value === void 0 ? void 0 : resolve(dir, value);
  return {
    file: path,
    root: relativeTo(data.root),
    preset: data.preset,
    lifecycle: data.lifecycle === void 0 || BUILTIN_LIFECYCLE.test(data.lifecycle) ? data.lifecycle : relativeTo(data.lifecycle),
    schema: relativeTo(data.schema),
    index: data.index === "none" ? null : data.index,
    include: data.include,
    exclude: data.exclude,
    sigs: relativeTo(data.sigs),
    severity: data.severity
  };
}

// src/git/git.ts
import { execFileSync } from "node:child_process";
var GitError = class extends Error {
};
function git(cwd, args) {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const stderr = error.stderr?.trim();
    throw new GitError(`git ${args.join(" ")} failed in ${cwd}: ${stderr || error.message}`);
  }
}

// src/settings.ts
import { existsSync as existsSync4, readFileSync as readFileSync3, statSync } from "node:fs";
import { resolve as resolve2 } from "node:path";

// src/lifecycle.ts
import { existsSync as existsSync3 } from "node:fs";
import { join as join3 } from "node:path";
var BUILTIN_LIFECYCLES = ["kep-0001", "kep-0001-workflow", "kubernetes"];
function loadLifecycle(nameOrPath) {
  const builtin = BUILTIN_LIFECYCLES.includes(nameOrPath);
  const path = builtin ? join3(SCHEMAS_DIR, "lifecycles", `${nameOrPath}.json`) : nameOrPath;
  if (!builtin && !existsSync3(path)) {
    throw new LoadError(
      `lifecycle "${nameOrPath}" is neither a built-in lifecycle (${BUILTIN_LIFECYCLES.join(", ")}) nor an existing file`
    );
  }
  const raw = loadJsonFile(path, "lifecycle");
  const validate = PRECOMPILED_LIFECYCLE.validate;
  if (!validate(raw)) {
    const first = validate.errors[0];
    throw new LoadError(`lifecycle ${path} is invalid: ${first.instancePath || "(root)"} ${first.message}`);
  }
  const data = raw;
  const lifecycle = {
    name: data.name,
    builtin,
    description: data.description,
    states: data.states,
    initial: data.initial,
    transitions: data.transitions,
    numbered: data.numbered ?? [],
    numberAssignedOn: data.numberAssignedOn,
    superseded: data.superseded ?? [],
    inFlight: data.inFlight ?? data.states.filter((state) => (data.transitions[state] ?? []).length > 0),
    folders: data.folders ?? {}
  };
  checkLifecycleConsistency(lifecycle, path);
  return lifecycle;
}
function checkLifecycleConsistency(lifecycle, path) {
  const known = new Set(lifecycle.states);
  const mentioned = [
    ...lifecycle.initial.map((s) => ["initial", s]),
    ...Object.entries(lifecycle.transitions).flatMap(([from, to]) => [
      ["transitions", from],
      ...to.map((s) => [`transitions.${from}`, s])
    ]),
    ...lifecycle.numbered.map((s) => ["numbered", s]),
    ...lifecycle.superseded.map((s) => ["superseded", s]),
    ...lifecycle.inFlight.map((s) => ["inFlight", s]),
    ...Object.entries(lifecycle.folders).flatMap(
      ([folder, states]) => states.map((s) => [`folders.${folder}`, s])
    )
  ];
  if (lifecycle.numberAssignedOn !== void 0) mentioned.push(["numberAssignedOn", lifecycle.numberAssignedOn]);
  for (const [where, state] of mentioned) {
    if (!known.has(state)) {
      throw new LoadError(`lifecycle ${path}: ${where} names "${state}", which is not one of its states (${lifecycle.states.join(", ")})`);
    }
  }
}
function statusFolderOf(relativeFile, lifecycle) {
  const dirs = relativeFile.split("/").slice(1, -1);
  return dirs.reverse().find((dir) => Object.hasOwn(lifecycle.folders, dir));
}

// src/document.ts
function fieldsOf(doc) {
  const data = doc.metadata?.data;
  return typeof data === "object" && data !== null && !Array.isArray(data) ? data : void 0;
}
function stringField(doc, name) {
  const value = fieldsOf(doc)?.[name];
  return typeof value === "string" ? value : void 0;
}
function assignedNumber(doc) {
  const value = fieldsOf(doc)?.["kep-number"];
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? value : void 0;
  return typeof value === "string" && /^[1-9]\d*$/.test(value) ? Number(value) : void 0;
}
function draftNumber(doc) {
  const value = stringField(doc, "kep-number");
  return value !== void 0 && /^draft-\d{8}$/.test(value) ? value : void 0;
}
function kepReferences(doc, name) {
  const value = fieldsOf(doc)?.[name];
  if (!Array.isArray(value)) return [];
  const references = [];
  value.forEach((item, index) => {
    const match = typeof item === "string" ? /^KEP-([1-9]\d*)$/.exec(item) : null;
    if (match) references.push({ index, number: Number(match[1]) });
  });
  return references;
}

// src/checks/dateOrder.ts
var DATE = /^\d{4}-\d{2}-\d{2}$/;
var dateOrder = {
  rule: "date-order",
  description: "last-updated is not before creation-date.",
  run(doc) {
    const created = stringField(doc, "creation-date");
    const updated = stringField(doc, "last-updated");
    if (!doc.metadata || !created || !updated || !DATE.test(created) || !DATE.test(updated)) return [];
    if (updated >= created) return [];
    return [
      diagnostic(doc.file, spanAt(doc.metadata, ["last-updated"]), "date-order", `last-updated ${updated} is before creation-date ${created}; a KEP cannot change before it exists \u2014 use a date on or after ${created}`, {
        expected: [created]
      })
    ];
  }
};

// src/checks/draftDate.ts
function isRealDate(yyyy, mm, dd) {
  const date = new Date(Date.UTC(yyyy, mm - 1, dd));
  return date.getUTCFullYear() === yyyy && date.getUTCMonth() === mm - 1 && date.getUTCDate() === dd;
}
var draftDate = {
  rule: "draft-date",
  description: "The date in draft-YYYYMMDD is a real date and equals creation-date.",
  run(doc) {
    const draft = draftNumber(doc);
    if (!doc.metadata || draft === void 0) return [];
    const digits = draft.slice("draft-".length);
    const [yyyy, mm, dd] = [digits.slice(0, 4), digits.slice(4, 6), digits.slice(6, 8)].map(Number);
    const created = stringField(doc, "creation-date");
    const createdDigits = created && /^\d{4}-\d{2}-\d{2}$/.test(created) ? created.replaceAll("-", "") : void 0;
    const metadata = doc.metadata;
    const span = () => spanAt(metadata, ["kep-number"]);
    if (!isRealDate(yyyy, mm, dd)) {
      return [
        diagnostic(doc.file, span(), "draft-date", `kep-number "${draft}" does not hold a real date (YYYYMMDD)${createdDigits ? `; with creation-date ${created} it is draft-${createdDigits}` : ""}`, {
          expected: createdDigits ? [`draft-${createdDigits}`] : void 0
        })
      ];
    }
    if (createdDigits && createdDigits !== digits) {
      return [
        diagnostic(doc.file, span(), "draft-date", `kep-number "${draft}" does not match creation-date ${created}: the draft number carries the date the KEP was created; did you mean "draft-${createdDigits}"?`, {
          expected: [`draft-${createdDigits}`]
        })
      ];
    }
    return [];
  }
};

// src/checks/fileName.ts
function slugOf(title) {
  return title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}
var fileName = {
  rule: "file-name",
  description: "The file name is the kep-number (4 digits or more) or the draft number, then the slug of the title: 0042-my-title.md.",
  run(doc) {
    const title = stringField(doc, "title");
    const number = assignedNumber(doc);
    const draft = draftNumber(doc);
    if (!doc.metadata || title === void 0 || number === void 0 && draft === void 0) return [];
    const prefix = number !== void 0 ? String(number).padStart(4, "0") : draft;
    const expected = `${prefix}-${slugOf(title)}.md`;
    const name = doc.file.split("/").at(-1);
    if (name === expected) return [];
    return [
      diagnostic(doc.file, FILE_START, "file-name", `the file is named ${name}, but its number and title make it ${expected}; rename it (git mv) so links and listings agree`, {
        severity: "warning",
        expected: [expected]
      })
    ];
  }
};

// src/checks/folder.ts
function folderSigAt(segment) {
  return {
    rule: "folder-sig",
    description: "A KEP lives in the folder of its owning SIG or working group (or the newcomers folder).",
    run(doc) {
      const owningSig = stringField(doc, "owning-sig");
      const top = doc.file.split("/")[segment] ?? "";
      const where = doc.file.split("/").slice(0, segment + 1).join("/");
      if (!doc.metadata || owningSig === void 0 || !/^(sig|wg|committee)-/.test(top) || top === owningSig) return [];
      return [
        diagnostic(
          doc.file,
          spanAt(doc.metadata, ["owning-sig"]),
          "folder-sig",
          `owning-sig is ${owningSig} but the KEP is in ${where}/; move the KEP to the folder of ${owningSig} or set owning-sig to ${top}`,
          { expected: [top] }
        )
      ];
    }
  };
}
var folderSig = folderSigAt(0);
var folderStatus = {
  rule: "folder-status",
  description: "A KEP in a deferred/, orphaned/ or retired/ folder has a matching status, and a KEP with such a status is in such a folder.",
  run(doc, { lifecycle }) {
    const status = stringField(doc, "status");
    if (!doc.metadata || status === void 0 || !lifecycle.states.includes(status)) return [];
    const folder = statusFolderOf(doc.file, lifecycle);
    const metadata = doc.metadata;
    const span = () => spanAt(metadata, ["status"]);
    const diagnostics = [];
    const homes = Object.entries(lifecycle.folders).filter(([, states]) => states.includes(status)).map(([name]) => name);
    const sig = doc.file.split("/")[0];
    if (folder !== void 0 && !lifecycle.folders[folder].includes(status)) {
      const move = homes.length > 0 ? `move the file to ${sig}/${homes[0]}/` : `move the file out of ${folder}/`;
      diagnostics.push(
        diagnostic(doc.file, span(), "folder-status", `the KEP is in ${folder}/ but its status is ${status}; KEPs in ${folder}/ have status ${lifecycle.folders[folder].join(" or ")} \u2014 change the status, or ${move}`, {
          expected: lifecycle.folders[folder]
        })
      );
    } else if (folder === void 0 && homes.length > 0) {
      diagnostics.push(
        diagnostic(doc.file, span(), "folder-status", `status ${status} KEPs live in ${homes.map((home) => `${home}/`).join(" or ")}; move the file to ${sig}/${homes[0]}/`)
      );
    }
    return diagnostics;
  }
};

// src/checks/kubernetes.ts
function folderOf(doc) {
  return doc.file.split("/").slice(0, -1).join("/");
}
var folderNumber = {
  rule: "folder-number",
  description: "kep-number is the number the KEP's folder starts with.",
  run(doc) {
    const metadata = doc.metadata;
    if (!metadata) return [];
    const folder = folderOf(doc).split("/").at(-1) ?? "";
    const match = /^(\d+)-/.exec(folder);
    const number = assignedNumber(doc);
    if (!match) {
      return [diagnostic(doc.file, FILE_START, "folder-number", `the KEP's folder "${folder}" does not start with its number; name it <kep-number>-<short-title>${number !== void 0 ? `, here ${number}-\u2026` : ""}`)];
    }
    const folderNumberValue = Number(match[1]);
    if (number === void 0 || number === folderNumberValue) return [];
    return [
      diagnostic(doc.file, spanAt(metadata, ["kep-number"]), "folder-number", `kep-number is ${number} but the KEP's folder is ${folder}; the number and the folder must agree: set kep-number to ${folderNumberValue} or rename the folder`, {
        expected: [String(folderNumberValue)]
      })
    ];
  }
};
var STAGED = ["implementable", "implemented"];
function stagedKep(doc) {
  const status = stringField(doc, "status");
  const fields = fieldsOf(doc);
  if (!doc.metadata || !fields || status === void 0 || !STAGED.includes(status)) return void 0;
  return { status, metadata: doc.metadata, fields };
}
var stageRequired = {
  rule: "stage-required",
  description: "An implementable or implemented KEP says its stage.",
  run(doc) {
    const staged = stagedKep(doc);
    if (!staged || staged.fields.stage !== void 0) return [];
    const { status, metadata } = staged;
    return [
      diagnostic(doc.file, spanAt(metadata, ["status"]), "stage-required", `status is ${status} but there is no stage; an ${status} KEP says which stage it targets: add "stage: alpha" (or beta, stable, deprecated, disabled, removed)`)
    ];
  }
};
var milestoneRequired = {
  rule: "milestone-required",
  description: "An implementable or implemented KEP says its latest-milestone and the milestone of each stage.",
  run(doc) {
    const staged = stagedKep(doc);
    if (!staged) return [];
    const { status, metadata, fields } = staged;
    const missing = ["latest-milestone", "milestone"].filter((field) => fields[field] === void 0);
    if (missing.length === 0) return [];
    return [
      diagnostic(doc.file, spanAt(metadata, ["status"]), "milestone-required", `status is ${status} but ${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} missing; say in which release the KEP is worked on and reaches each stage (for example "latest-milestone: v1.30" and "milestone: {alpha: v1.30}")`, {
        severity: "warning"
      })
    ];
  }
};
var FINAL_STAGES = ["stable", "deprecated", "disabled", "removed"];
var implementedStage = {
  rule: "implemented-stage",
  description: "An implemented KEP has reached stage stable (or, for a deprecation, deprecated, disabled or removed).",
  run(doc) {
    const stage = stringField(doc, "stage");
    if (!doc.metadata || stringField(doc, "status") !== "implemented" || stage === void 0 || FINAL_STAGES.includes(stage)) return [];
    return [
      diagnostic(doc.file, spanAt(doc.metadata, ["stage"]), "implemented-stage", `status is implemented but stage is ${stage}; a KEP is implemented once it is stable \u2014 set stage to stable, or status back to implementable while it graduates`, {
        expected: ["stable"]
      })
    ];
  }
};
var PRR_SINCE_MINOR = 21;
function minorOf(milestone) {
  const match = typeof milestone === "string" ? /^v?1\.(\d+)$/.exec(milestone.trim()) : null;
  return match ? Number(match[1]) : void 0;
}
var prodReadiness = {
  rule: "prod-readiness",
  description: "An implementable or implemented KEP has keps/prod-readiness/<sig>/<number>.yaml approving its current stage (a warning for KEPs last worked on before v1.21, when the review began).",
  run(doc, { prodReadiness: approvals }) {
    const staged = stagedKep(doc);
    const stage = stringField(doc, "stage");
    const sig = stringField(doc, "owning-sig");
    const number = assignedNumber(doc);
    if (!staged || !approvals || !stage || !sig || number === void 0) return [];
    const { status, metadata, fields } = staged;
    const minor = minorOf(fields["latest-milestone"]);
    const severity = status === "implemented" && (minor === void 0 || minor < PRR_SINCE_MINOR) ? "warning" : "error";
    const path = `keps/prod-readiness/${sig}/${number}.yaml`;
    const approval = approvals.get(path);
    if (approval === void 0) {
      return [
        diagnostic(doc.file, spanAt(metadata, ["status"]), "prod-readiness", `status is ${status} but ${path} does not exist; an ${status} KEP needs a production readiness approval of its stage \u2014 add that file with "kep-number: ${number}" and "${stage}: {approver: "@\u2026"}"`, {
          severity
        })
      ];
    }
    const forStage = approval?.[stage];
    if (forStage && typeof forStage.approver === "string" && forStage.approver !== "") return [];
    const covered = Object.keys(approval ?? {}).filter((key) => key !== "kep-number");
    return [
      diagnostic(doc.file, spanAt(metadata, ["stage"]), "prod-readiness", `stage is ${stage} but ${path} has no approver for ${stage} (it approves ${covered.join(", ") || "no stage"}); ask a PRR approver to add "${stage}: {approver: "@\u2026"}"`, {
        severity
      })
    ];
  }
};
function referencedFolder(reference) {
  const match = /^\/?(keps\/.+?)\/?(?:README\.md|kep\.yaml)?$/.exec(reference);
  return match?.[1];
}
var kubernetesReferenceExists = {
  rule: "reference-exists",
  description: "Every KEP named in see-also, replaces and superseded-by (by path or KEP-number) exists in the repository.",
  run(doc, { repository }) {
    const metadata = doc.metadata;
    const fields = fieldsOf(doc);
    if (!metadata || !fields) return [];
    const folders = knownFolders(repository.documents);
    const diagnostics = [];
    for (const field of ["see-also", "replaces", "superseded-by"]) {
      const list = fields[field];
      if (!Array.isArray(list)) continue;
      list.forEach((item, index) => {
        if (typeof item !== "string") return;
        const byNumber = /^KEP-([1-9]\d*)$/.exec(item);
        const folder = byNumber ? void 0 : referencedFolder(item);
        const exists = byNumber ? repository.withNumber(Number(byNumber[1])).length > 0 : folder === void 0 || folders.has(folder);
        if (exists) return;
        const suffix = folder && `/${folder.split("/").at(-1)}`;
        let guess;
        if (suffix) {
          for (const known of folders) if (known.endsWith(suffix)) {
            guess = known;
            break;
          }
        }
        diagnostics.push(
          diagnostic(doc.file, spanAt(metadata, [field, index]), "reference-exists", `${field} names ${item}, but no KEP in this repository is there${guess ? `; did you mean "/${guess}"?` : "; correct the path or remove the reference"}`, {
            expected: guess ? [`/${guess}`] : void 0
          })
        );
      });
    }
    return diagnostics;
  }
};
var folderCache = /* @__PURE__ */ new WeakMap();
function knownFolders(documents) {
  let folders = folderCache.get(documents);
  if (!folders) {
    folders = new Set(documents.map(folderOf));
    folderCache.set(documents, folders);
  }
  return folders;
}

// src/checks/numberAssigned.ts
var numberAssigned = {
  rule: "number-assigned",
  description: "A KEP in an approved state (Approved, Final, Replaced) has an assigned number, not draft-YYYYMMDD.",
  run(doc, { lifecycle, repository }) {
    const status = stringField(doc, "status");
    const draft = draftNumber(doc);
    if (!doc.metadata || status === void 0 || draft === void 0 || !lifecycle.numbered.includes(status)) return [];
    const numbers = repository.numbers();
    const next = (numbers.at(-1) ?? 0) + 1;
    return [
      diagnostic(
        doc.file,
        spanAt(doc.metadata, ["kep-number"]),
        "number-assigned",
        `kep-number is still "${draft}" but status ${status} needs an assigned number (states that do: ${lifecycle.numbered.join(", ")}); the next free number is ${next}`,
        { expected: [String(next)] }
      )
    ];
  }
};

// src/checks/references.ts
var REFERENCE_FIELDS = ["see-also", "replaces", "superseded-by"];
var referenceExists = {
  rule: "reference-exists",
  description: "Every KEP named in see-also, replaces and superseded-by exists in the repository, and is not this KEP.",
  run(doc, { repository }) {
    const metadata = doc.metadata;
    if (!metadata) return [];
    const own = assignedNumber(doc);
    const diagnostics = [];
    for (const field of REFERENCE_FIELDS) {
      for (const { index, number } of kepReferences(doc, field)) {
        const span = () => spanAt(metadata, [field, index]);
        if (number === own) {
          diagnostics.push(diagnostic(doc.file, span(), "reference-exists", `${field} names KEP-${number}, which is this KEP itself; remove it`));
        } else if (repository.withNumber(number).length === 0) {
          diagnostics.push(
            diagnostic(doc.file, span(), "reference-exists", `${field} names KEP-${number}, but no KEP in this repository has kep-number ${number}; correct the number or remove the reference`)
          );
        }
      }
    }
    return diagnostics;
  }
};
function lists(target, field, number) {
  return kepReferences(target, field).some((reference) => reference.number === number);
}
var RECIPROCAL = {
  replaces: "superseded-by",
  "superseded-by": "replaces"
};
var replacesReciprocal = {
  rule: "replaces-reciprocal",
  description: "replaces and superseded-by agree: if KEP-A replaces KEP-B, KEP-B is superseded by KEP-A, and the other way round.",
  run(doc, { repository }) {
    const own = assignedNumber(doc);
    if (!doc.metadata || own === void 0) return [];
    const diagnostics = [];
    for (const field of ["replaces", "superseded-by"]) {
      const other = RECIPROCAL[field];
      for (const { index, number } of kepReferences(doc, field)) {
        if (number === own) continue;
        for (const target of repository.withNumber(number)) {
          if (lists(target, other, own)) continue;
          diagnostics.push(
            diagnostic(
              doc.file,
              spanAt(doc.metadata, [field, index]),
              "replaces-reciprocal",
              `this KEP lists KEP-${number} in ${field}, but ${target.file} does not list KEP-${own} in ${other}; add "KEP-${own}" to ${other} there, or remove this entry`
            )
          );
        }
      }
    }
    return diagnostics;
  }
};
var numberUnique = {
  rule: "number-unique",
  description: "No two KEPs of the repository share an assigned kep-number.",
  run(doc, { repository }) {
    const number = assignedNumber(doc);
    if (!doc.metadata || number === void 0) return [];
    const others = repository.withNumber(number).filter((other) => other !== doc);
    if (others.length === 0) return [];
    const next = (repository.numbers().at(-1) ?? 0) + 1;
    return [
      diagnostic(
        doc.file,
        spanAt(doc.metadata, ["kep-number"]),
        "number-unique",
        `kep-number ${number} is also used by ${others.map((other) => other.file).join(", ")}; every KEP needs its own number (the next free one is ${next})`,
        { expected: [String(next)] }
      )
    ];
  }
};

// src/checks/sigKnown.ts
var sigKnown = {
  rule: "sig-known",
  description: "owning-sig and participating-sigs name SIGs, working groups or committees of the configured sigs.yaml.",
  run(doc, { knownSigs }) {
    const metadata = doc.metadata;
    const fields = fieldsOf(doc);
    if (!metadata || !fields || !knownSigs) return [];
    const known = [...knownSigs];
    const diagnostics = [];
    const report = (value, path) => {
      if (typeof value !== "string" || value === "kubernetes-wide" || knownSigs.has(value)) return;
      const guess = didYouMean(value, known);
      diagnostics.push(
        diagnostic(doc.file, spanAt(metadata, path), "sig-known", `${path[0]} ${JSON.stringify(value)} is not a SIG, working group or committee of sigs.yaml${guess ? `; did you mean "${guess}"?` : ""}`, {
          expected: guess ? [guess] : void 0
        })
      );
    };
    report(fields["owning-sig"], ["owning-sig"]);
    const participating = fields["participating-sigs"];
    if (Array.isArray(participating)) participating.forEach((sig, index) => report(sig, ["participating-sigs", index]));
    return diagnostics;
  }
};

// src/checks/supersededBy.ts
var supersededByRequired = {
  rule: "superseded-by-required",
  description: "A Replaced KEP names the KEPs that supersede it in superseded-by.",
  run(doc, { lifecycle }) {
    const status = stringField(doc, "status");
    if (!doc.metadata || status === void 0 || !lifecycle.superseded.includes(status)) return [];
    const supersededBy = fieldsOf(doc)?.["superseded-by"];
    if (Array.isArray(supersededBy) && supersededBy.length > 0) return [];
    return [
      diagnostic(doc.file, spanAt(doc.metadata, ["status"]), "superseded-by-required", `status is ${status} but superseded-by ${supersededBy === void 0 ? "is missing" : "is empty"}; list the KEPs that replace this one in superseded-by`)
    ];
  }
};

// src/checks/index.ts
var KEP_0001_CHECKS = [
  numberAssigned,
  draftDate,
  dateOrder,
  supersededByRequired,
  numberUnique,
  referenceExists,
  replacesReciprocal,
  folderSig,
  folderStatus,
  fileName,
  sigKnown
];
var KUBERNETES_CHECKS = [
  folderNumber,
  numberUnique,
  stageRequired,
  milestoneRequired,
  implementedStage,
  prodReadiness,
  dateOrder,
  supersededByRequired,
  kubernetesReferenceExists,
  folderSigAt(1),
  sigKnown
];

// src/discover/glob.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var OPTIONS = { dot: true, posix: true, nonegate: true, windows: false };
function globToRegExp(glob) {
  return import_picomatch.default.makeRe(glob, OPTIONS);
}
function matcher(globs) {
  return globs.length === 0 ? () => false : (0, import_picomatch.default)([...globs], OPTIONS);
}

// src/discover/findKepFiles.ts
var KEP_0001_LAYOUT = {
  include: ["{sig-*,wg-*,unsorted-to-be-used-by-newcomers-only}/**/*.md"],
  exclude: ["**/0000-kep-template.md", "**/index.md", "**/README.md", "**/readme.md"]
};
var byPath = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function selectKepFiles(entries, layout) {
  const isKep = isKepPath(layout);
  const files = [];
  const symlinks = [];
  for (const entry of entries) {
    if (entry.kind === "submodule" || !isKep(entry.path)) continue;
    (entry.kind === "file" ? files : symlinks).push(entry.path);
  }
  return { files: files.sort(byPath), symlinks: symlinks.sort(byPath) };
}
function isKepPath(layout) {
  const included = matcher(layout.include);
  const excluded = matcher(layout.exclude);
  return (path) => included(path) && !excluded(path);
}

// src/presets.ts
var PRESET_NAMES = ["kep-0001", "kubernetes"];
var PRESETS = {
  "kep-0001": {
    name: "kep-0001",
    layout: KEP_0001_LAYOUT,
    format: "markdown",
    schema: "kep-0001",
    lifecycle: "kep-0001",
    index: "index.md",
    checks: KEP_0001_CHECKS,
    prodReadiness: false,
    severity: {}
  },
  kubernetes: {
    name: "kubernetes",
    layout: {
      include: ["keps/**/kep.yaml"],
      // Templates are copied, not proposed. Real KEPs numbered 0000 are checked like any other.
      exclude: ["keps/NNNN-kep-template/**", "keps/sig-cloud-provider/providers/0000-cloud-provider-template/**"]
    },
    format: "kep.yaml",
    schema: "kubernetes",
    lifecycle: "kubernetes",
    // kubernetes/enhancements keeps no index.md; a repository that wants one sets index.
    index: null,
    checks: KUBERNETES_CHECKS,
    prodReadiness: true,
    severity: {
      // The release a KEP targets is read by people, not tools: "1.22" for "v1.22" is a slip.
      "schema/latest-milestone": "warning",
      "schema/milestone": "warning",
      // see-also is free to point at design documents; a malformed entry misleads, it breaks nothing.
      "schema/see-also": "warning",
      "reference-exists": "warning"
    }
  }
};

// src/settings.ts
function loadKnownSigs(path) {
  let data;
  try {
    data = parse(readFileSync3(path, "utf8"), { maxAliasCount: 100, logLevel: "error" });
  } catch (error) {
    throw new LoadError(`cannot read the SIG list ${path}: ${error.message}`);
  }
  const sigs = /* @__PURE__ */ new Set();
  for (const group of ["sigs", "workinggroups", "committees", "usergroups"]) {
    const list = data?.[group];
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const dir = entry?.dir;
      if (typeof dir === "string") sigs.add(dir);
    }
  }
  if (sigs.size === 0) throw new LoadError(`the SIG list ${path} names no SIG: expected sigs: [{dir: sig-\u2026}, \u2026] as kubernetes/community's sigs.yaml`);
  return sigs;
}
async function loadSettings(input = {}) {
  const config = input.config;
  const presetName = input.preset ?? config?.preset ?? "kep-0001";
  if (!PRESET_NAMES.includes(presetName)) {
    throw new LoadError(`preset "${presetName}" is not one of ${PRESET_NAMES.join(", ")}`);
  }
  const preset = PRESETS[presetName];
  const root = resolve2(input.root ?? config?.root ?? ".");
  if (!existsSync4(root) || !statSync(root).isDirectory()) throw new LoadError(`the KEP root ${root} is not a folder`);
  const lifecycle = loadLifecycle(input.lifecycle ?? config?.lifecycle ?? preset.lifecycle);
  const sigs = input.sigs ?? config?.sigs;
  return {
    root,
    preset: preset.name,
    layout: {
      include: input.include ?? config?.include ?? preset.layout.include,
      exclude: input.exclude ?? config?.exclude ?? preset.layout.exclude
    },
    format: preset.format,
    lifecycle,
    schema: await loadMetadataSchema(input.schema ?? config?.schema ?? builtinSchema(preset.schema), lifecycle),
    indexFile: input.indexFile !== void 0 ? input.indexFile : config?.index !== void 0 ? config.index : preset.index,
    checks: preset.checks,
    prodReadiness: preset.prodReadiness,
    severity: [preset.severity, config?.severity ?? {}, input.severity ?? {}],
    knownSigs: sigs === void 0 ? void 0 : loadKnownSigs(sigs)
  };
}

// src/parallel/readInParallel.ts
import { existsSync as existsSync5 } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname as dirname3, join as join4 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var PARALLEL_THRESHOLD = 2e4;
var WORKER_FILE = "read-worker.js";
function bundledWorkerScript() {
  let dir = dirname3(fileURLToPath2(import.meta.url));
  for (let depth = 0; depth < 2; depth++) {
    if (existsSync5(join4(dir, WORKER_FILE))) return join4(dir, WORKER_FILE);
    dir = dirname3(dir);
  }
  return void 0;
}
function split(items, parts) {
  const size = Math.ceil(items.length / parts);
  return Array.from({ length: parts }, (_, i) => items.slice(i * size, (i + 1) * size));
}
function startWorker(Worker, script, job) {
  return new Promise((resolve3) => {
    let answered = false;
    const worker = new Worker(script, { workerData: job });
    worker.once("message", (answer) => {
      answered = true;
      resolve3({ documents: answer.documents.map(documentFromTransfer) });
    });
    worker.once("error", (error) => resolve3({ failure: String(error) }));
    worker.once("exit", (code) => {
      if (!answered) resolve3({ failure: `the read worker exited with code ${code} before answering` });
    });
  });
}
async function readDocumentsInParallel(format, tree, files, options = {}) {
  const threads = Math.max(1, Math.min(options.jobs ?? (files.length >= PARALLEL_THRESHOLD ? Math.min(2, availableParallelism()) : 1), files.length));
  if (threads === 1 || !(tree instanceof FileSystemTree)) return readDocuments(format, tree, files, options.keep);
  const script = options.workerScript ?? bundledWorkerScript();
  if (!script) {
    options.log?.(`no ${WORKER_FILE} beside the bundle: reading on one thread`, true);
    return readDocuments(format, tree, files, options.keep);
  }
  const root = tree.root;
  const { Worker } = await import("node:worker_threads");
  const [mine, ...theirs] = split(files, threads);
  const workers = theirs.map((part) => startWorker(Worker, script, { root, format, files: part }));
  const read = await readDocuments(format, tree, mine, options.keep);
  const answers = await Promise.all(workers);
  for (const [i, answer] of answers.entries()) {
    let documents;
    if ("documents" in answer) {
      options.log?.(`read worker ${i + 1} read ${answer.documents.length} KEPs`, false);
      documents = answer.documents;
    } else {
      options.log?.(`read worker ${i + 1} failed (${answer.failure}); its ${theirs[i].length} KEPs were read on the main thread`, true);
      documents = (await readDocuments(format, tree, theirs[i], options.keep)).values();
    }
    for (const doc of documents) read.set(doc.file, doc);
  }
  return read;
}

// src/checks/context.ts
var RepositoryIndex = class {
  constructor(documents) {
    this.documents = documents;
    for (const doc of documents) {
      const number = assignedNumber(doc);
      if (number === void 0) continue;
      const list = this.byNumber.get(number);
      if (list) list.push(doc);
      else this.byNumber.set(number, [doc]);
    }
  }
  documents;
  byNumber = /* @__PURE__ */ new Map();
  withNumber(number) {
    return this.byNumber.get(number) ?? [];
  }
  numbers() {
    return [...this.byNumber.keys()].sort((a, b) => a - b);
  }
};

// src/severity.ts
function applySeverity(diagnostics, layers) {
  const patterns = layers.flatMap(
    (overrides, layer) => Object.entries(overrides).map(([pattern, severity]) => ({ pattern, severity, layer, exact: !/[*?{[]/.test(pattern), regexp: globToRegExp(pattern) }))
  ).sort((a, b) => b.layer - a.layer || Number(b.exact) - Number(a.exact) || b.pattern.length - a.pattern.length);
  if (patterns.length === 0) return [...diagnostics];
  const result = [];
  for (const d of diagnostics) {
    const match = patterns.find((p) => p.exact ? p.pattern === d.rule : p.regexp.test(d.rule));
    if (!match) result.push(d);
    else if (match.severity !== "off") result.push(match.severity === d.severity ? d : { ...d, severity: match.severity });
  }
  return result;
}

// src/prodReadiness.ts
var PRR_FILE = /^keps\/prod-readiness\/[^/]+\/[^/]+\.ya?ml$/;
async function readProdReadiness(tree, entries) {
  const schema = schemaFromPrecompiled(await loadPrecompiledProdReadiness());
  const paths = entries.filter((entry) => entry.kind === "file" && PRR_FILE.test(entry.path)).map((entry) => entry.path);
  const approvals = /* @__PURE__ */ new Map();
  const diagnostics = [];
  for (const [path, content] of tree.readFiles(paths)) {
    if (!Buffer.isBuffer(content)) {
      diagnostics.push(diagnostic(path, FILE_START, "file-unreadable", `cannot read this production readiness approval: ${content.message}`));
      continue;
    }
    const text = content.toString("utf8");
    const read = readYamlFile(path, text);
    diagnostics.push(...read.diagnostics);
    if (!read.metadata) continue;
    approvals.set(path, read.metadata.data);
    diagnostics.push(...schemaDiagnostics(path, read.metadata, schema).map((d) => ({ ...d, rule: d.rule.replace(/^schema\//, "prod-readiness-schema/") })));
    const number = read.metadata.data["kep-number"];
    const fileNumber = /\/(\d+)\.ya?ml$/.exec(path)?.[1];
    if (fileNumber !== void 0 && (typeof number === "number" || typeof number === "string") && String(number) !== fileNumber) {
      diagnostics.push(diagnostic(path, FILE_START, "prod-readiness-schema/kep-number", `this approval is ${fileNumber}.yaml but says kep-number ${String(number)}; the file name is the KEP's number \u2014 make them agree`, { expected: [fileNumber] }));
    }
  }
  return { approvals, diagnostics };
}

// src/engine.ts
function validateDocument(doc, settings, context, schemaValid) {
  if (!doc.metadata) return [...doc.readDiagnostics];
  const known = typeof doc.metadata.data === "object" && doc.metadata.data !== null && schemaValid?.has(doc.metadata.data);
  const diagnostics = [...doc.readDiagnostics, ...known ? [] : schemaDiagnostics(doc.file, doc.metadata, settings.schema)];
  for (const check of settings.checks) diagnostics.push(...check.run(doc, context));
  return diagnostics;
}
async function readRepository(settings, tree, options = {}) {
  const entries = tree.list();
  const found = selectKepFiles(entries, settings.layout);
  const schemaValid = /* @__PURE__ */ new WeakSet();
  const keepPositions = (data) => {
    if (!settings.schema.validate(data)) return true;
    if (typeof data === "object" && data !== null) schemaValid.add(data);
    return false;
  };
  const read = await readDocumentsInParallel(settings.format, tree, found.files, { keep: { keepPositions }, ...options });
  const documents = found.files.map((file) => read.get(file));
  const prodReadiness2 = settings.prodReadiness ? await readProdReadiness(tree, entries) : void 0;
  return { tree, documents, symlinks: found.symlinks, index: new RepositoryIndex(documents), prodReadiness: prodReadiness2, schemaValid };
}
function checkRepository(settings, repository, targets) {
  const context = checkContext(settings, repository);
  const inScope = (file) => targets === void 0 || targets.has(file);
  const diagnostics = [];
  const checked = [];
  for (const doc of repository.documents) {
    if (!inScope(doc.file)) continue;
    checked.push(doc.file);
    diagnostics.push(...validateDocument(doc, settings, context, repository.schemaValid));
  }
  for (const link2 of repository.symlinks) {
    if (!inScope(link2)) continue;
    checked.push(link2);
    diagnostics.push(
      diagnostic(link2, FILE_START, "file-symlink", "this KEP is a symbolic link; links are never followed (they could point outside the repository): replace it with the file itself")
    );
  }
  for (const d of repository.prodReadiness?.diagnostics ?? []) if (inScope(d.file)) diagnostics.push(d);
  return { checked, diagnostics: applySeverity(diagnostics, settings.severity).sort(compareDiagnostics), repository };
}
function checkContext(settings, repository) {
  return {
    lifecycle: settings.lifecycle,
    repository: repository.index,
    prodReadiness: repository.prodReadiness?.approvals,
    knownSigs: settings.knownSigs
  };
}

// src/transitions/checks.ts
function statusOf(doc, context) {
  const status = doc && stringField(doc, "status");
  return status !== void 0 && context.lifecycle.states.includes(status) ? status : void 0;
}
function at(doc, field) {
  return doc.metadata ? spanAt(doc.metadata, [field]) : FILE_START;
}
function allowedNext(from, context) {
  const next = context.lifecycle.transitions[from] ?? [];
  return next.length === 0 ? `${from} is final: it may not change` : `${from} may change only to ${next.join(", ")}`;
}
var statusTransition = {
  rule: "status-transition",
  description: "A status change follows an edge of the lifecycle.",
  run({ before, after }, context) {
    const from = statusOf(before, context);
    const to = statusOf(after, context);
    if (!after || from === void 0 || to === void 0 || from === to) return [];
    if ((context.lifecycle.transitions[from] ?? []).includes(to)) return [];
    return [
      diagnostic(after.file, at(after, "status"), "status-transition", `status changed from ${from} to ${to}, which the ${context.lifecycle.name} lifecycle does not allow: ${allowedNext(from, context)}`, {
        expected: context.lifecycle.transitions[from]
      })
    ];
  }
};
var initialStatus = {
  rule: "initial-status",
  description: "A new KEP starts in an initial state of the lifecycle.",
  run({ change, after }, context) {
    const to = statusOf(after, context);
    if (change.kind !== "added" && change.kind !== "copied") return [];
    if (!after || to === void 0 || context.lifecycle.initial.includes(to)) return [];
    return [
      diagnostic(after.file, at(after, "status"), "initial-status", `a new KEP starts as ${context.lifecycle.initial.join(" or ")}, not ${to}; set status to ${context.lifecycle.initial[0]} and change it in later pull requests`, {
        expected: context.lifecycle.initial
      })
    ];
  }
};
var numberStable = {
  rule: "number-changed",
  description: "An assigned kep-number never changes or disappears.",
  run({ before, after }) {
    const was = before && assignedNumber(before);
    if (!after || was === void 0) return [];
    const now = fieldsOf(after)?.["kep-number"];
    if (now === was) return [];
    const found = now === void 0 ? "is gone" : `changed to ${JSON.stringify(now)}`;
    return [
      diagnostic(after.file, at(after, "kep-number"), "number-changed", `kep-number was ${was} and ${found}; an assigned number never changes: set it back to ${was}`, {
        expected: [String(was)]
      })
    ];
  }
};
var numberAssignment = {
  rule: "number-assignment",
  description: "A draft-YYYYMMDD number becomes a number only on the transition to Approved, and that number is the next free one.",
  run({ before, after }, context) {
    if (!before || !after || draftNumber(before) === void 0) return [];
    const number = assignedNumber(after);
    if (number === void 0) return [];
    const from = statusOf(before, context);
    const to = statusOf(after, context);
    const on = context.lifecycle.numberAssignedOn;
    const span = () => at(after, "kep-number");
    const diagnostics = [];
    if (on !== void 0 && !(to === on && from !== on)) {
      diagnostics.push(
        diagnostic(after.file, span(), "number-assignment", `kep-number ${number} replaces ${draftNumber(before)} while status ${from === to ? `stays ${to ?? "unchanged"}` : `changes from ${from} to ${to}`}; a number is assigned only on the change to ${on} \u2014 keep ${draftNumber(before)} until then`, {
          expected: [draftNumber(before)]
        })
      );
    }
    const others = context.repository.numbers().filter((n) => !context.repository.withNumber(n).includes(after));
    const next = (others.at(-1) ?? 0) + 1;
    if (number !== next && !others.includes(number)) {
      diagnostics.push(
        diagnostic(after.file, span(), "number-next", `kep-number ${number} is free but not the next one: numbers are sequential and dense, and the next free number is ${next}`, {
          severity: "warning",
          expected: [String(next)]
        })
      );
    }
    return diagnostics;
  }
};
var creationDateStable = {
  rule: "creation-date-changed",
  description: "creation-date never changes.",
  run({ before, after }) {
    const was = before && stringField(before, "creation-date");
    if (!after || was === void 0) return [];
    const now = fieldsOf(after)?.["creation-date"];
    if (now === was) return [];
    return [
      diagnostic(after.file, at(after, "creation-date"), "creation-date-changed", `creation-date was ${was} and ${now === void 0 ? "is gone" : `changed to ${JSON.stringify(now)}`}; it records when the KEP was first proposed and never changes: set it back to ${was} (use last-updated for later changes)`, {
        expected: [was]
      })
    ];
  }
};
var fileDeleted = {
  rule: "file-deleted",
  description: "A KEP file is never deleted: its life ends in a state, not in removal.",
  run({ change, before }, context) {
    if (change.kind !== "deleted") return [];
    const ends = Object.entries(context.lifecycle.transitions).filter(([, next]) => next.length === 0).map(([state]) => state);
    const status = before && stringField(before, "status");
    return [
      diagnostic(change.path, FILE_START, "file-deleted", `this KEP${status ? ` (status ${status})` : ""} is deleted; a KEP is never removed \u2014 restore the file and set its status to one of ${ends.join(", ")} instead`)
    ];
  }
};
var TRANSITION_CHECKS = [
  statusTransition,
  initialStatus,
  numberStable,
  numberAssignment,
  creationDateStable,
  fileDeleted
];
function checkTransition(change, context) {
  return TRANSITION_CHECKS.flatMap((check) => check.run(change, context));
}

// src/changes/change.ts
var GIT_KINDS = {
  A: "added",
  M: "modified",
  R: "renamed",
  C: "copied",
  D: "deleted",
  T: "type-changed"
};
function parseNameStatus(output) {
  const fields = output.split("\0");
  const changes = [];
  for (let i = 0; i < fields.length && fields[i] !== ""; ) {
    const status = fields[i++];
    const kind = GIT_KINDS[status[0]];
    if (kind === "renamed" || kind === "copied") {
      const previousPath = fields[i++];
      changes.push({ kind, path: fields[i++], previousPath });
    } else {
      const path = fields[i++];
      changes.push({ kind: kind ?? "modified", path });
    }
  }
  return changes;
}
function basePath(change) {
  if (change.kind === "added" || change.kind === "copied") return void 0;
  return change.previousPath ?? change.path;
}
function headPath(change) {
  return change.kind === "deleted" ? void 0 : change.path;
}

// src/changes/checkChanges.ts
function numberKey(doc) {
  const number = doc && fieldsOf(doc)?.["kep-number"];
  return typeof number === "number" || typeof number === "string" ? String(number) : void 0;
}
function pairMovedKeps(changes) {
  const added = /* @__PURE__ */ new Map();
  for (const change of changes) {
    const key = numberKey(change.after);
    if (change.change.kind === "added" && key !== void 0) {
      if (added.has(key)) added.delete(key);
      else added.set(key, change);
    }
  }
  const paired = /* @__PURE__ */ new Set();
  const result = [];
  for (const change of changes) {
    if (change.change.kind !== "deleted") continue;
    const partner = added.get(numberKey(change.before) ?? "");
    if (!partner || paired.has(partner)) continue;
    paired.add(partner);
    paired.add(change);
    result.push({ change: { kind: "renamed", path: partner.change.path, previousPath: change.change.path }, before: change.before, after: partner.after });
  }
  return [...changes.filter((change) => !paired.has(change)), ...result].sort((a, b) => a.change.path < b.change.path ? -1 : 1);
}
async function checkChanges(settings, head, changes, base) {
  const isKep = isKepPath(settings.layout);
  const relevant = changes.filter((change) => isKep(change.path) || change.previousPath !== void 0 && isKep(change.previousPath)).map((change) => {
    if (change.previousPath === void 0) return change;
    if (!isKep(change.path)) return { kind: "deleted", path: change.previousPath };
    if (!isKep(change.previousPath)) return { kind: "added", path: change.path };
    return change;
  });
  const baseContents = base.readFiles(relevant.map(basePath).filter((path) => path !== void 0));
  await loadParsersFor(baseContents.values());
  const headDocuments = new Map(head.documents.map((doc) => [doc.file, doc]));
  const kepChanges = pairMovedKeps(
    relevant.map((change) => {
      const before = basePath(change);
      const after = headPath(change);
      return {
        change,
        before: before === void 0 ? void 0 : readKep(before, baseContents.get(before), settings.format),
        after: after === void 0 ? void 0 : headDocuments.get(after)
      };
    })
  );
  const targets = new Set(kepChanges.map((change) => headPath(change.change)).filter((path) => path !== void 0));
  const result = checkRepository(settings, head, targets);
  const context = checkContext(settings, head);
  const diagnostics = [...result.diagnostics];
  for (const change of kepChanges) diagnostics.push(...checkTransition(change, context));
  for (const change of kepChanges) {
    const path = basePath(change.change);
    const content = path === void 0 ? void 0 : baseContents.get(path);
    if (content !== void 0 && !Buffer.isBuffer(content)) {
      diagnostics.push(
        diagnostic(change.change.path, FILE_START, "base-unreadable", `the base version of this KEP (${path}) could not be read, so its transition cannot be checked: ${content.message}`)
      );
    }
  }
  const keps = kepChanges.map(({ change, before, after }) => {
    const summary = { file: change.path, kind: change.kind };
    if (change.previousPath !== void 0) summary.previousFile = change.previousPath;
    const from = before && stringField(before, "status");
    const to = after && stringField(after, "status");
    if (from !== void 0) summary.from = from;
    if (to !== void 0) summary.to = to;
    return summary;
  });
  return {
    ...result,
    checked: [.../* @__PURE__ */ new Set([...result.checked, ...kepChanges.filter((c) => c.change.kind === "deleted").map((c) => c.change.path)])].sort(),
    diagnostics: applySeverity(diagnostics, settings.severity).sort(compareDiagnostics),
    keps
  };
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath2;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath2 = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath2 = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath2, newTokens, oldTokens, diagonalPath, options);
        if (basePath2.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath2.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath2;
          if (basePath2.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath2, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath2.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath2.lastComponent = { count: 1, previousComponent: basePath2.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath2.lastComponent = { count: commonCount, previousComponent: basePath2.lastComponent, added: false, removed: false };
    }
    basePath2.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
var FILE_HEADERS_ONLY = {
  includeIndex: false,
  includeUnderline: false,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines2(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function splitLines2(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/kepIndex/renderIndex.ts
import { posix } from "node:path";

// src/report/text.ts
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function formatText({ diagnostics, checked, displayPath }) {
  const lines = diagnostics.map(
    (d) => `${displayPath(d.file)}:${d.line}:${d.column}  ${d.severity.padEnd(7)}  ${d.rule}  ${d.message}`
  );
  return [...lines, ...lines.length > 0 ? [""] : [], summarize(diagnostics, checked), ""].join("\n");
}
function summarize(diagnostics, checked) {
  const { errors, warnings } = countBySeverity(diagnostics);
  const files = new Set(diagnostics.map((d) => d.file)).size;
  return errors + warnings === 0 ? `\u2713 ${plural(checked, "KEP")} checked, no problems` : `\u2717 ${plural(errors, "error")}, ${plural(warnings, "warning")} in ${plural(files, "file")} (${plural(checked, "KEP")} checked)`;
}

// src/kepIndex/renderIndex.ts
var BEGIN_MARKER = "<!-- BEGIN KEP INDEX -->";
var END_MARKER = "<!-- END KEP INDEX -->";
function cell(text) {
  return text.replace(/\s+/g, " ").trim().replace(/([\\`*_[\]<>|])/g, "\\$1");
}
function link(from, to) {
  const path = posix.relative(posix.dirname(from), to) || to;
  return path.split("/").map(encodeURIComponent).join("/");
}
function authorsOf(doc) {
  const authors = fieldsOf(doc)?.authors;
  if (!Array.isArray(authors)) return "";
  return authors.map((author) => {
    if (typeof author !== "object" || author === null) return String(author);
    const { name, github } = author;
    return typeof github === "string" ? `${String(name ?? github)} (@${github})` : String(name ?? "");
  }).map(cell).join(", ");
}
function numberLabel(doc) {
  const number = assignedNumber(doc);
  return number !== void 0 ? String(number) : draftNumber(doc) ?? stringField(doc, "kep-number") ?? "";
}
function compareKeps(a, b) {
  const rank = (doc) => {
    const number = assignedNumber(doc);
    if (number !== void 0) return [0, number, doc.file];
    const draft = draftNumber(doc);
    return draft !== void 0 ? [1, Number(draft.slice(6)), doc.file] : [2, 0, doc.file];
  };
  const [ra, rb] = [rank(a), rank(b)];
  return ra[0] - rb[0] || ra[1] - rb[1] || (ra[2] < rb[2] ? -1 : ra[2] > rb[2] ? 1 : 0);
}
function renderIndex(documents, indexFile, lifecycle) {
  const isBroken = (doc) => fieldsOf(doc) === void 0 || doc.readDiagnostics.some((d) => d.severity === "error");
  const readable = documents.filter((doc) => !isBroken(doc));
  const broken = documents.filter(isBroken);
  const bySig = /* @__PURE__ */ new Map();
  for (const doc of readable) {
    const sig = stringField(doc, "owning-sig") ?? "(no owning-sig)";
    bySig.set(sig, [...bySig.get(sig) ?? [], doc]);
  }
  const statusCounts = /* @__PURE__ */ new Map();
  for (const doc of readable) {
    const status = stringField(doc, "status") ?? "(no status)";
    statusCounts.set(status, (statusCounts.get(status) ?? 0) + 1);
  }
  const statusOrder = [...lifecycle.states, ...[...statusCounts.keys()].filter((s) => !lifecycle.states.includes(s)).sort()];
  const lines = [
    "_Generated by kep-validator from the metadata of every KEP. Do not edit between the markers: run `kep-validator index --write`._",
    "",
    `${plural(documents.length, "KEP")}.`,
    "",
    "| Status | KEPs |",
    "| --- | ---: |",
    ...statusOrder.filter((status) => statusCounts.has(status)).map((status) => `| ${cell(status)} | ${statusCounts.get(status)} |`),
    ...broken.length > 0 ? [`| unreadable metadata | ${broken.length} |`] : [],
    ""
  ];
  for (const sig of [...bySig.keys()].sort()) {
    lines.push(`## ${cell(sig)}`, "", "| KEP | Title | Status | Authors | Created | Updated |", "| ---: | --- | --- | --- | --- | --- |");
    for (const doc of bySig.get(sig).sort(compareKeps)) {
      const title = stringField(doc, "title") ?? doc.file;
      const created = stringField(doc, "creation-date") ?? "";
      const updated = stringField(doc, "last-updated") ?? "";
      lines.push(
        `| ${cell(numberLabel(doc))} | [${cell(title)}](${link(indexFile, doc.file)}) | ${cell(stringField(doc, "status") ?? "")} | ${authorsOf(doc)} | ${cell(created)} | ${cell(updated)} |`
      );
    }
    lines.push("");
  }
  if (broken.length > 0) {
    lines.push("## KEPs with unreadable metadata", "", "These KEPs are listed by file: their metadata could not be read.", "", "| File | Problem |", "| --- | --- |");
    for (const doc of [...broken].sort(compareKeps)) {
      const problem = doc.readDiagnostics.find((d) => d.severity === "error");
      lines.push(`| [${cell(doc.file)}](${link(indexFile, doc.file)}) | ${problem ? cell(`line ${problem.line}: ${problem.message}`) : ""} |`);
    }
    lines.push("");
  }
  return lines.join("\n");
}
function newIndexFile(generated) {
  return `# KEP Index

${BEGIN_MARKER}
${generated}
${END_MARKER}
`;
}

// src/kepIndex/checkIndex.ts
var FIX_COMMAND = "kep-validator index --write";
function updateIndexFile(current, generated) {
  if (current === void 0) return { text: newIndexFile(generated) };
  const lines = splitLines(current);
  const begins = lines.flatMap((line, i) => line.trim() === BEGIN_MARKER ? [i] : []);
  const ends = lines.flatMap((line, i) => line.trim() === END_MARKER ? [i] : []);
  if (begins.length === 0 && ends.length === 0) {
    return { text: newIndexFile(generated) };
  }
  if (begins.length !== 1 || ends.length !== 1 || ends[0] < begins[0]) {
    const line = (begins.length !== 1 ? begins[1] ?? ends[0] : ends.length !== 1 ? ends[1] ?? begins[0] : ends[0]) ?? 0;
    return {
      problem: {
        line: line + 1,
        message: `index markers are unusable: expected exactly one "${BEGIN_MARKER}" followed by one "${END_MARKER}", found ${begins.length} and ${ends.length}${ends.length === 1 && begins.length === 1 ? " in the wrong order" : ""}; fix the markers, then run ${FIX_COMMAND}`
      }
    };
  }
  const newline = current.includes("\r\n") ? "\r\n" : "\n";
  const before = lines.slice(0, begins[0] + 1);
  const after = lines.slice(ends[0]);
  const middle = splitLines(generated);
  return { text: [...before, ...middle, ...after].join(newline) };
}
var MAX_DIFF_EDITS = 500;
function lineDiff2(file, actual, expected) {
  const a = actual === "" ? [] : splitLines(actual);
  const b = splitLines(expected);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  const [oldText, newText] = [a.join("\n"), b.join("\n")];
  const patch = structuredPatch(`a/${file}`, `b/${file}`, oldText, newText, void 0, void 0, { context: 3, maxEditLength: MAX_DIFF_EDITS }) ?? {
    oldFileName: `a/${file}`,
    newFileName: `b/${file}`,
    oldHeader: void 0,
    newHeader: void 0,
    hunks: [wholeFileHunk(withoutFinalNewline(a), withoutFinalNewline(b))]
  };
  return { diff: formatPatch(patch, FILE_HEADERS_ONLY), firstLine: start + 1 };
}
var withoutFinalNewline = (lines) => lines.at(-1) === "" ? lines.slice(0, -1) : lines;
function wholeFileHunk(a, b) {
  return { oldStart: a.length === 0 ? 0 : 1, oldLines: a.length, newStart: b.length === 0 ? 0 : 1, newLines: b.length, lines: [...a.map((line) => `-${line}`), ...b.map((line) => `+${line}`)] };
}
function checkIndex(file, current, generated) {
  const updated = updateIndexFile(current, generated);
  if (updated.problem) {
    const { line, message } = updated.problem;
    return {
      file,
      state: "broken",
      expected: current ?? "",
      diagnostic: diagnostic(file, { line, column: 1, endLine: line, endColumn: 1 }, "index-stale", message)
    };
  }
  const expected = updated.text;
  if (current === expected) return { file, state: "fresh", expected };
  if (current === void 0) {
    return {
      file,
      state: "missing",
      expected,
      diff: lineDiff2(file, "", expected).diff,
      diagnostic: diagnostic(file, FILE_START, "index-stale", `${file} is missing; KEP-1 asks for an index of every KEP kept up to date: run ${FIX_COMMAND} and commit it`)
    };
  }
  const { diff, firstLine } = lineDiff2(file, current, expected);
  const found = splitLines(current)[firstLine - 1];
  const wanted = splitLines(expected)[firstLine - 1];
  return {
    file,
    state: "stale",
    expected,
    diff,
    diagnostic: diagnostic(
      file,
      { line: firstLine, column: 1, endLine: firstLine, endColumn: (found ?? "").length + 1 },
      "index-stale",
      `${file} is out of date from line ${firstLine}: found ${found === void 0 ? "the end of the file" : JSON.stringify(found.slice(0, 120))}, the KEPs' metadata makes it ${wanted === void 0 ? "the end of the file" : JSON.stringify(wanted.slice(0, 120))}; run ${FIX_COMMAND} and commit the result`
    )
  };
}

// src/kepIndex/indexOfRepository.ts
function isMissing(error) {
  return error.code === "ENOENT" || /is not in /.test(error.message);
}
function indexOfRepository(settings, repository) {
  if (settings.indexFile === null) return void 0;
  const file = settings.indexFile;
  const content = repository.tree.readFiles([file]).get(file);
  const generated = renderIndex(repository.documents, file, settings.lifecycle);
  if (content !== void 0 && !Buffer.isBuffer(content) && !isMissing(content)) {
    return {
      file,
      state: "broken",
      expected: "",
      diagnostic: diagnostic(file, FILE_START, "index-stale", `${file} cannot be read: ${content.message}`)
    };
  }
  return checkIndex(file, Buffer.isBuffer(content) ? content.toString("utf8") : void 0, generated);
}
function withIndexCheck(settings, repository, result) {
  const index = indexOfRepository(settings, repository);
  if (!index) return result;
  const diagnostics = index.diagnostic ? applySeverity([...result.diagnostics, index.diagnostic], settings.severity).sort(compareDiagnostics) : result.diagnostics;
  return { ...result, diagnostics, index };
}

// src/report/metrics/computeMetrics.ts
var DAY = 24 * 60 * 60;
function quarterOf(time) {
  const date = new Date(time * 1e3);
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
var round = (value) => Math.round(value * 10) / 10;
function computeMetrics(documents, timelines, lifecycle) {
  const asOf = Math.max(0, ...timelines.flatMap((timeline) => timeline.versions.map((version) => version.time)));
  const byStatus = {};
  const bySig = {};
  for (const doc of documents) {
    const status = stringField(doc, "status") ?? "(unreadable)";
    const sig = stringField(doc, "owning-sig") ?? "(no owning-sig)";
    byStatus[status] = (byStatus[status] ?? 0) + 1;
    bySig[sig] ??= {};
    bySig[sig][status] = (bySig[sig][status] ?? 0) + 1;
  }
  const durations = /* @__PURE__ */ new Map();
  for (const { versions } of timelines) {
    const spent = /* @__PURE__ */ new Map();
    for (let i = 0; i < versions.length; i++) {
      const status = versions[i].status;
      if (status === void 0 || !lifecycle.states.includes(status)) continue;
      const end = i + 1 < versions.length ? versions[i + 1].time : asOf;
      spent.set(status, (spent.get(status) ?? 0) + Math.max(0, end - versions[i].time));
    }
    for (const [status, seconds] of spent) durations.set(status, [...durations.get(status) ?? [], seconds / DAY]);
  }
  const timeInState = {};
  for (const state of lifecycle.states) {
    const days = durations.get(state);
    if (!days || days.length === 0) continue;
    timeInState[state] = { keps: days.length, medianDays: round(median(days)), meanDays: round(days.reduce((a, b) => a + b, 0) / days.length) };
  }
  const finals = lifecycle.states.filter((state) => (lifecycle.transitions[state] ?? []).length === 0);
  const ended = Object.fromEntries(finals.map((state) => [state, byStatus[state] ?? 0]));
  const rejected = lifecycle.states.filter((state) => /^rejected$/i.test(state)).reduce((sum, state) => sum + (byStatus[state] ?? 0), 0);
  const firstSeen = /* @__PURE__ */ new Map();
  for (const { versions } of timelines) {
    for (const version of versions) {
      for (const author of version.authors) {
        const key = author.toLowerCase();
        if (!firstSeen.has(key) || firstSeen.get(key) > version.time) firstSeen.set(key, version.time);
      }
    }
  }
  const perQuarter = /* @__PURE__ */ new Map();
  for (const time of firstSeen.values()) perQuarter.set(quarterOf(time), (perQuarter.get(quarterOf(time)) ?? 0) + 1);
  return {
    asOf: asOf === 0 ? "" : new Date(asOf * 1e3).toISOString(),
    keps: documents.length,
    byStatus,
    bySig,
    timeInState,
    rejectionRate: documents.length === 0 ? 0 : Math.round(rejected / documents.length * 1e3) / 1e3,
    ended,
    authors: firstSeen.size,
    firstTimeAuthors: [...perQuarter].sort(([a], [b]) => a < b ? -1 : 1).map(([quarter, authors]) => ({ quarter, authors }))
  };
}

// src/git/catFile.ts
import { spawnSync } from "node:child_process";
function readBlobs(cwd, ids) {
  const contents = /* @__PURE__ */ new Map();
  if (ids.length === 0) return contents;
  const result = spawnSync("git", ["cat-file", "--batch"], { cwd, input: ids.join("\n") + "\n", maxBuffer: 1024 * 1024 * 1024 });
  if (result.status !== 0) throw new GitError(`git cat-file --batch failed in ${cwd}: ${result.stderr?.toString().trim()}`);
  const output = result.stdout;
  let offset = 0;
  for (const id of ids) {
    const newline = output.indexOf(10, offset);
    const header = output.subarray(offset, newline).toString();
    offset = newline + 1;
    const match = / blob (\d+)$/.exec(header);
    if (!match) continue;
    const size = Number(match[1]);
    contents.set(id, output.subarray(offset, offset + size));
    offset += size + 1;
  }
  return contents;
}

// src/report/metrics/history.ts
function parseLog(output) {
  const commits = [];
  for (const chunk of output.split("")) {
    if (chunk === "") continue;
    const fields = chunk.split("\0");
    const changes = [];
    for (let i = 2; i < fields.length; ) {
      const header = fields[i++].replace(/^\n/, "");
      if (!header.startsWith(":")) continue;
      const [, , , blob, status] = header.slice(1).split(" ");
      if (status.startsWith("R") || status.startsWith("C")) {
        const previousPath = fields[i++];
        changes.push({ status: status[0], blob, path: fields[i++], previousPath });
      } else {
        changes.push({ status: status[0], blob, path: fields[i++] });
      }
    }
    commits.push({ commit: fields[0], time: Number(fields[1]), changes });
  }
  return commits;
}
function authorsOf2(fields) {
  const authors = fields?.authors;
  if (!Array.isArray(authors)) return [];
  return authors.map((author) => typeof author === "string" ? author.replace(/^@/, "") : typeof author === "object" && author !== null ? String(author.github ?? author.name ?? "") : "").filter((author) => author !== "");
}
async function readHistory(settings, until) {
  const args = ["-c", "core.quotePath=false", "log", "--reverse", "--no-abbrev", "--raw", "-M", "-z", "--no-ext-diff", "--no-textconv", "--format=%x01%H%x00%ct", "--relative"];
  if (until) args.push(until);
  args.push("--", ".");
  let log;
  try {
    log = git(settings.root, args);
  } catch (error) {
    throw new GitError(`metrics need the KEPs' git history, and git cannot give it for ${settings.root}: ${error.message.split("\n").at(-1)}`);
  }
  const commits = parseLog(log);
  const isKep = isKepPath(settings.layout);
  const wanted = /* @__PURE__ */ new Set();
  for (const { changes } of commits) for (const change of changes) if (isKep(change.path) && change.status !== "D") wanted.add(change.blob);
  const blobs = readBlobs(settings.root, [...wanted]);
  await loadParsersFor(blobs.values());
  const timelines = /* @__PURE__ */ new Map();
  for (const { commit, time, changes } of commits) {
    for (const change of changes) {
      if (change.status === "R" && change.previousPath !== void 0 && timelines.has(change.previousPath)) {
        const moved = timelines.get(change.previousPath);
        timelines.delete(change.previousPath);
        moved.file = change.path;
        timelines.set(change.path, moved);
      }
      if (!isKep(change.path) || change.status === "D") continue;
      const content = blobs.get(change.blob);
      if (!content) continue;
      const doc = readKep(change.path, content, settings.format);
      const fields = fieldsOf(doc);
      const timeline = timelines.get(change.path) ?? { file: change.path, versions: [] };
      timeline.versions.push({ commit, time, status: stringField(doc, "status"), authors: authorsOf2(fields) });
      timelines.set(change.path, timeline);
    }
  }
  return [...timelines.values()].sort((a, b) => a.file < b.file ? -1 : 1);
}

// src/report/markdown.ts
function escapeMarkdown(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|#~])/g, "\\$1").replace(/\r?\n/g, " ");
}
function codeBlock(text, language = "") {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}
${text.replace(/\n$/, "")}
${fence}
`;
}

// src/report/metrics/renderMetrics.ts
function quoteLabel(label) {
  return JSON.stringify(label.replace(/"/g, "'"));
}
function renderMetrics(metrics) {
  const lines = ["## KEP metrics", "", `${metrics.keps} KEPs${metrics.asOf ? `, as of ${metrics.asOf.slice(0, 10)}` : ""}.`, ""];
  const statuses = Object.entries(metrics.byStatus).sort(([a], [b]) => a < b ? -1 : 1);
  lines.push("### KEPs per status", "", "```mermaid", "pie showData", ...statuses.map(([status, count]) => `  ${quoteLabel(status)} : ${count}`), "```", "");
  lines.push("| Status | KEPs |", "| --- | ---: |", ...statuses.map(([status, count]) => `| ${escapeMarkdown(status)} | ${count} |`), "");
  const states = [...new Set(Object.values(metrics.bySig).flatMap(Object.keys))].sort();
  lines.push("### KEPs per SIG", "", `| SIG | ${states.map(escapeMarkdown).join(" | ")} | All |`, `| --- |${states.map(() => " ---: |").join("")} ---: |`);
  for (const [sig, counts] of Object.entries(metrics.bySig).sort(([a], [b]) => a < b ? -1 : 1)) {
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    lines.push(`| ${escapeMarkdown(sig)} | ${states.map((state) => counts[state] ?? 0).join(" | ")} | ${total} |`);
  }
  lines.push("");
  lines.push("### Time in each state", "", "From the commit that set a status to the commit that changed it (or to the newest commit).", "");
  lines.push("| State | KEPs | Median days | Mean days |", "| --- | ---: | ---: | ---: |");
  for (const [state, time] of Object.entries(metrics.timeInState)) lines.push(`| ${escapeMarkdown(state)} | ${time.keps} | ${time.medianDays} | ${time.meanDays} |`);
  lines.push("");
  lines.push("### Outcomes", "", `Rejection rate: ${(metrics.rejectionRate * 100).toFixed(1)}% of all KEPs.`, "");
  lines.push("| Final state | KEPs |", "| --- | ---: |", ...Object.entries(metrics.ended).map(([state, count]) => `| ${escapeMarkdown(state)} | ${count} |`), "");
  lines.push("### Authors", "", `${metrics.authors} people have authored a KEP.`, "");
  if (metrics.firstTimeAuthors.length > 0) {
    const max = Math.max(...metrics.firstTimeAuthors.map((q) => q.authors));
    lines.push(
      "```mermaid",
      "xychart-beta",
      '  title "First-time KEP authors per quarter"',
      `  x-axis [${metrics.firstTimeAuthors.map((q) => quoteLabel(q.quarter)).join(", ")}]`,
      `  y-axis "authors" 0 --> ${max}`,
      `  bar [${metrics.firstTimeAuthors.map((q) => q.authors).join(", ")}]`,
      "```",
      ""
    );
    lines.push("| Quarter | First-time authors |", "| --- | ---: |", ...metrics.firstTimeAuthors.map((q) => `| ${q.quarter} | ${q.authors} |`), "");
  }
  return lines.join("\n");
}

// src/git/gitChanges.ts
function gitChanges(cwd, base, head) {
  const args = ["diff", "--no-ext-diff", "--no-textconv", "--name-status", "-z", "-M", "--relative", base];
  if (head !== void 0) args.push(head);
  args.push("--");
  const changes = parseNameStatus(git(cwd, args));
  if (head === void 0) {
    for (const path of git(cwd, ["ls-files", "-z", "--others", "--exclude-standard"]).split("\0")) {
      if (path !== "") changes.push({ kind: "added", path });
    }
  }
  return changes.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function mergeBase(cwd, ref) {
  return git(cwd, ["merge-base", ref, "HEAD"]).trim();
}

// src/tree/tree.ts
function headsFromFiles(tree, paths, visit) {
  for (let start = 0; start < paths.length; start += 256) {
    const batch = paths.slice(start, start + 256);
    const contents = tree.readFiles(batch);
    for (const path of batch) {
      const content = contents.get(path);
      visit(path, Buffer.isBuffer(content) ? { head: content, complete: true } : content);
    }
  }
}

// src/tree/gitTree.ts
var KINDS = { "100644": "file", "100755": "file", "120000": "symlink", "160000": "submodule" };
var GitTree = class {
  /**
   * @param cwd a folder inside the repository
   * @param commit the commit to read
   * @param prefix the KEP root relative to the repository top ('' or 'keps/')
   * @param options.sizes list the files' sizes too (sizeOf): with loose objects that costs a
   *   read of every object's header, so only a tree that needs them asks
   */
  constructor(cwd, commit, prefix, options = {}) {
    this.cwd = cwd;
    this.commit = commit;
    this.prefix = prefix;
    this.options = options;
    this.label = `commit ${commit.slice(0, 12)}`;
  }
  cwd;
  commit;
  prefix;
  options;
  label;
  objects;
  listObjects() {
    if (!this.objects) {
      const args = ["ls-tree", "-r", "-z", ...this.options.sizes ? ["-l"] : [], "--full-tree", this.commit];
      if (this.prefix) args.push("--", this.prefix);
      this.objects = /* @__PURE__ */ new Map();
      for (const record of git(this.cwd, args).split("\0")) {
        const match = /^(\d{6}) \w+ ([0-9a-f]+)(?: +(-|\d+))?\t(.*)$/s.exec(record);
        if (!match || !match[4].startsWith(this.prefix)) continue;
        const size = match[3] === void 0 || match[3] === "-" ? void 0 : Number(match[3]);
        this.objects.set(match[4].slice(this.prefix.length), { mode: match[1], id: match[2], size });
      }
    }
    return this.objects;
  }
  list() {
    const entries = [];
    for (const [path, object] of this.listObjects()) {
      const kind = KINDS[object.mode];
      if (kind) entries.push({ path, kind });
    }
    return entries;
  }
  /** The size in bytes of a file of the commit (a tree made with sizes), or undefined. */
  sizeOf(path) {
    return this.listObjects().get(path)?.size;
  }
  readHeads(paths, _bytes, visit) {
    headsFromFiles(this, paths, visit);
  }
  readFiles(paths) {
    const objects = this.listObjects();
    const contents = /* @__PURE__ */ new Map();
    const wanted = [];
    for (const path of paths) {
      const object = objects.get(path);
      if (object === void 0) contents.set(path, new Error(`${path} is not in ${this.label}`));
      else wanted.push([path, object.id]);
    }
    const blobs = readBlobs(this.cwd, wanted.map(([, sha]) => sha));
    for (const [path, sha] of wanted) contents.set(path, blobs.get(sha) ?? new Error(`${path} cannot be read from ${this.label}`));
    return contents;
  }
};
function repositoryPrefix(root) {
  const prefix = git(root, ["rev-parse", "--show-prefix"]).trim();
  return prefix;
}

export {
  LoadError,
  findConfig,
  GitError,
  git,
  stringField,
  assignedNumber,
  isKepPath,
  loadSettings,
  RepositoryIndex,
  PARALLEL_THRESHOLD,
  readRepository,
  checkRepository,
  basePath,
  headPath,
  checkChanges,
  gitChanges,
  mergeBase,
  plural,
  formatText,
  summarize,
  FIX_COMMAND,
  indexOfRepository,
  withIndexCheck,
  headsFromFiles,
  GitTree,
  repositoryPrefix,
  computeMetrics,
  readHistory,
  escapeMarkdown,
  codeBlock,
  renderMetrics
};
