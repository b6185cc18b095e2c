import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  require_ucs2length
} from "./chunk-EYWYOSU4.js";
import {
  __commonJS
} from "./chunk-VKILGAQT.js";

// src/schema/compiled/lifecycle.cjs
var require_lifecycle = __commonJS({
  "src/schema/compiled/lifecycle.cjs"(exports, module) {
    exports.validate = validate20;
    var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/kep-validator/kep-validator/v1/schemas/lifecycle.schema.json", "title": "KEP lifecycle", "description": "The states a KEP may be in and the status changes a pull request may make.", "type": "object", "required": ["name", "states", "initial", "transitions"], "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "name": { "type": "string", "minLength": 1 }, "description": { "type": "string" }, "states": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "minLength": 1 } }, "initial": { "description": "States a new KEP may start in.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" } }, "transitions": { "description": "For each state, the states it may change to.", "type": "object", "additionalProperties": { "type": "array", "uniqueItems": true, "items": { "type": "string" } } }, "numbered": { "description": "States that need an assigned kep-number, not draft-YYYYMMDD.", "type": "array", "uniqueItems": true, "items": { "type": "string" } }, "numberAssignedOn": { "description": "The state whose transition turns a draft number into a number.", "type": "string" }, "superseded": { "description": "States that need superseded-by.", "type": "array", "uniqueItems": true, "items": { "type": "string" } }, "stageTransitions": { "description": "For each stage (the stage field: alpha, beta, stable\u2026), the stages it may change to; a change to any other is reported. Stages not listed are not checked.", "type": "object", "additionalProperties": { "type": "array", "uniqueItems": true, "items": { "type": "string" } } }, "inFlight": { "description": "States of KEPs being worked on: what a roadmap lists.", "type": "array", "uniqueItems": true, "items": { "type": "string" } }, "folders": { "description": "Status folders (deferred/, orphaned/, retired/) and the states a KEP inside each may have; a KEP in one of these states lives in one of these folders.", "type": "object", "additionalProperties": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" } } }, "mapping": { "description": "Documentation: how these states relate to another lifecycle's.", "type": "object", "additionalProperties": { "type": "array", "items": { "type": "string" } } } } };
    var func1 = Object.prototype.hasOwnProperty;
    var func2 = require_ucs2length().default;
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
        if (data.name === void 0) {
          const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.states === void 0) {
          const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "states" }, message: "must have required property 'states'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data.initial === void 0) {
          const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "initial" }, message: "must have required property 'initial'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data.transitions === void 0) {
          const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "transitions" }, message: "must have required property 'transitions'", schema: schema31.required, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!func1.call(schema31.properties, key0)) {
            const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
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
            const err5 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.$schema.type, parentSchema: schema31.properties.$schema, data: data0 };
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
              const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.name, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.name.type, parentSchema: schema31.properties.name, data: data1 };
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
            const err8 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.description.type, parentSchema: schema31.properties.description, data: data2 };
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
              const err9 = { instancePath: instancePath + "/states", schemaPath: "#/properties/states/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.states, data: data3 };
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
                  const err10 = { instancePath: instancePath + "/states/" + i0, schemaPath: "#/properties/states/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.states.items, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = { instancePath: instancePath + "/states/" + i0, schemaPath: "#/properties/states/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.states.items.type, parentSchema: schema31.properties.states.items, data: data4 };
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
                  const err12 = { instancePath: instancePath + "/states", schemaPath: "#/properties/states/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema31.properties.states, data: data3 };
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
            const err13 = { instancePath: instancePath + "/states", schemaPath: "#/properties/states/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.states.type, parentSchema: schema31.properties.states, data: data3 };
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
              const err14 = { instancePath: instancePath + "/initial", schemaPath: "#/properties/initial/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.initial, data: data5 };
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
                const err15 = { instancePath: instancePath + "/initial/" + i2, schemaPath: "#/properties/initial/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.initial.items.type, parentSchema: schema31.properties.initial.items, data: data6 };
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
                  const err16 = { instancePath: instancePath + "/initial", schemaPath: "#/properties/initial/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema31.properties.initial, data: data5 };
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
            const err17 = { instancePath: instancePath + "/initial", schemaPath: "#/properties/initial/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.initial.type, parentSchema: schema31.properties.initial, data: data5 };
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
                    const err18 = { instancePath: instancePath + "/transitions/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i4, schemaPath: "#/properties/transitions/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.transitions.additionalProperties.items.type, parentSchema: schema31.properties.transitions.additionalProperties.items, data: data9 };
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
                      const err19 = { instancePath: instancePath + "/transitions/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/transitions/additionalProperties/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: schema31.properties.transitions.additionalProperties, data: data8 };
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
                const err20 = { instancePath: instancePath + "/transitions/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/transitions/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.transitions.additionalProperties.type, parentSchema: schema31.properties.transitions.additionalProperties, data: data8 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
          } else {
            const err21 = { instancePath: instancePath + "/transitions", schemaPath: "#/properties/transitions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.transitions.type, parentSchema: schema31.properties.transitions, data: data7 };
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
                const err22 = { instancePath: instancePath + "/numbered/" + i6, schemaPath: "#/properties/numbered/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.numbered.items.type, parentSchema: schema31.properties.numbered.items, data: data11 };
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
                  const err23 = { instancePath: instancePath + "/numbered", schemaPath: "#/properties/numbered/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)", schema: true, parentSchema: schema31.properties.numbered, data: data10 };
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
            const err24 = { instancePath: instancePath + "/numbered", schemaPath: "#/properties/numbered/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.numbered.type, parentSchema: schema31.properties.numbered, data: data10 };
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
            const err25 = { instancePath: instancePath + "/numberAssignedOn", schemaPath: "#/properties/numberAssignedOn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.numberAssignedOn.type, parentSchema: schema31.properties.numberAssignedOn, data: data12 };
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
                const err26 = { instancePath: instancePath + "/superseded/" + i8, schemaPath: "#/properties/superseded/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.superseded.items.type, parentSchema: schema31.properties.superseded.items, data: data14 };
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
                  const err27 = { instancePath: instancePath + "/superseded", schemaPath: "#/properties/superseded/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i9 + " are identical)", schema: true, parentSchema: schema31.properties.superseded, data: data13 };
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
            const err28 = { instancePath: instancePath + "/superseded", schemaPath: "#/properties/superseded/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.superseded.type, parentSchema: schema31.properties.superseded, data: data13 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data.stageTransitions !== void 0) {
          let data15 = data.stageTransitions;
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            for (const key2 in data15) {
              let data16 = data15[key2];
              if (Array.isArray(data16)) {
                const len5 = data16.length;
                for (let i10 = 0; i10 < len5; i10++) {
                  let data17 = data16[i10];
                  if (typeof data17 !== "string") {
                    const err29 = { instancePath: instancePath + "/stageTransitions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i10, schemaPath: "#/properties/stageTransitions/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.stageTransitions.additionalProperties.items.type, parentSchema: schema31.properties.stageTransitions.additionalProperties.items, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                let i11 = data16.length;
                let j5;
                if (i11 > 1) {
                  const indices5 = {};
                  for (; i11--; ) {
                    let item5 = data16[i11];
                    if (typeof item5 !== "string") {
                      continue;
                    }
                    if (typeof indices5[item5] == "number") {
                      j5 = indices5[item5];
                      const err30 = { instancePath: instancePath + "/stageTransitions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/stageTransitions/additionalProperties/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i11 + " are identical)", schema: true, parentSchema: schema31.properties.stageTransitions.additionalProperties, data: data16 };
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
                const err31 = { instancePath: instancePath + "/stageTransitions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/stageTransitions/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.stageTransitions.additionalProperties.type, parentSchema: schema31.properties.stageTransitions.additionalProperties, data: data16 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/stageTransitions", schemaPath: "#/properties/stageTransitions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.stageTransitions.type, parentSchema: schema31.properties.stageTransitions, data: data15 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data.inFlight !== void 0) {
          let data18 = data.inFlight;
          if (Array.isArray(data18)) {
            const len6 = data18.length;
            for (let i12 = 0; i12 < len6; i12++) {
              let data19 = data18[i12];
              if (typeof data19 !== "string") {
                const err33 = { instancePath: instancePath + "/inFlight/" + i12, schemaPath: "#/properties/inFlight/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.inFlight.items.type, parentSchema: schema31.properties.inFlight.items, data: data19 };
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
                  const err34 = { instancePath: instancePath + "/inFlight", schemaPath: "#/properties/inFlight/uniqueItems", keyword: "uniqueItems", params: { i: i13, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i13 + " are identical)", schema: true, parentSchema: schema31.properties.inFlight, data: data18 };
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
            const err35 = { instancePath: instancePath + "/inFlight", schemaPath: "#/properties/inFlight/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.inFlight.type, parentSchema: schema31.properties.inFlight, data: data18 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data.folders !== void 0) {
          let data20 = data.folders;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            for (const key3 in data20) {
              let data21 = data20[key3];
              if (Array.isArray(data21)) {
                if (data21.length < 1) {
                  const err36 = { instancePath: instancePath + "/folders/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/folders/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.folders.additionalProperties, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                const len7 = data21.length;
                for (let i14 = 0; i14 < len7; i14++) {
                  let data22 = data21[i14];
                  if (typeof data22 !== "string") {
                    const err37 = { instancePath: instancePath + "/folders/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i14, schemaPath: "#/properties/folders/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.folders.additionalProperties.items.type, parentSchema: schema31.properties.folders.additionalProperties.items, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
                let i15 = data21.length;
                let j7;
                if (i15 > 1) {
                  const indices7 = {};
                  for (; i15--; ) {
                    let item7 = data21[i15];
                    if (typeof item7 !== "string") {
                      continue;
                    }
                    if (typeof indices7[item7] == "number") {
                      j7 = indices7[item7];
                      const err38 = { instancePath: instancePath + "/folders/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/folders/additionalProperties/uniqueItems", keyword: "uniqueItems", params: { i: i15, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i15 + " are identical)", schema: true, parentSchema: schema31.properties.folders.additionalProperties, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err38];
                      } else {
                        vErrors.push(err38);
                      }
                      errors++;
                      break;
                    }
                    indices7[item7] = i15;
                  }
                }
              } else {
                const err39 = { instancePath: instancePath + "/folders/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/folders/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.folders.additionalProperties.type, parentSchema: schema31.properties.folders.additionalProperties, data: data21 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
          } else {
            const err40 = { instancePath: instancePath + "/folders", schemaPath: "#/properties/folders/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.folders.type, parentSchema: schema31.properties.folders, data: data20 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data.mapping !== void 0) {
          let data23 = data.mapping;
          if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            for (const key4 in data23) {
              let data24 = data23[key4];
              if (Array.isArray(data24)) {
                const len8 = data24.length;
                for (let i16 = 0; i16 < len8; i16++) {
                  let data25 = data24[i16];
                  if (typeof data25 !== "string") {
                    const err41 = { instancePath: instancePath + "/mapping/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i16, schemaPath: "#/properties/mapping/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.mapping.additionalProperties.items.type, parentSchema: schema31.properties.mapping.additionalProperties.items, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
              } else {
                const err42 = { instancePath: instancePath + "/mapping/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/mapping/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.mapping.additionalProperties.type, parentSchema: schema31.properties.mapping.additionalProperties, data: data24 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          } else {
            const err43 = { instancePath: instancePath + "/mapping", schemaPath: "#/properties/mapping/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.mapping.type, parentSchema: schema31.properties.mapping, data: data23 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      } else {
        const err44 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      validate20.errors = vErrors;
      return errors === 0;
    }
    validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
    module.exports.schema = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://raw.githubusercontent.com/kep-validator/kep-validator/v1/schemas/lifecycle.schema.json", "title": "KEP lifecycle", "description": "The states a KEP may be in and the status changes a pull request may make.", "type": "object", "required": ["name", "states", "initial", "transitions"], "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "name": { "type": "string", "minLength": 1 }, "description": { "type": "string" }, "states": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "minLength": 1 } }, "initial": { "description": "States a new KEP may start in.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" } }, "transitions": { "description": "For each state, the states it may change to.", "type": "object", "additionalProperties": { "type": "array", "uniqueItems": true, "items": { "type": "string" } } }, "numbered": { "description": "States that need an assigned kep-number, not draft-YYYYMMDD.", "type": "array", "uniqueItems": true, "items": { "type": "string" } }, "numberAssignedOn": { "description": "The state whose transition turns a draft number into a number.", "type": "string" }, "superseded": { "description": "States that need superseded-by.", "type": "array", "uniqueItems": true, "items": { "type": "string" } }, "stageTransitions": { "description": "For each stage (the stage field: alpha, beta, stable\u2026), the stages it may change to; a change to any other is reported. Stages not listed are not checked.", "type": "object", "additionalProperties": { "type": "array", "uniqueItems": true, "items": { "type": "string" } } }, "inFlight": { "description": "States of KEPs being worked on: what a roadmap lists.", "type": "array", "uniqueItems": true, "items": { "type": "string" } }, "folders": { "description": "Status folders (deferred/, orphaned/, retired/) and the states a KEP inside each may have; a KEP in one of these states lives in one of these folders.", "type": "object", "additionalProperties": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" } } }, "mapping": { "description": "Documentation: how these states relate to another lifecycle's.", "type": "object", "additionalProperties": { "type": "array", "items": { "type": "string" } } } } };
    module.exports.branchPointers = [];
  }
});
export default require_lifecycle();
