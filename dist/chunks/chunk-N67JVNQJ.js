import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  PARSE_OPTIONS,
  asWritten,
  didYouMean,
  editDistance,
  excerpt,
  isSlipOf,
  listOf,
  parse,
  pathKey,
  quote,
  spanAt,
  stringify,
  uniqueMatch
} from "./chunk-G4HKZF6O.js";
import {
  FILE_START,
  fixOf
} from "./chunk-27GP2NXM.js";
import {
  __commonJS,
  __toESM
} from "./chunk-P2YXREQ5.js";

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
    var parse3 = (input, options) => {
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
            const expression = parse3(rest, { ...options, fastpaths: false }).output;
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
                const posix5 = POSIX_REGEX_SOURCE[rest2];
                if (posix5) {
                  prev.value = pre + posix5;
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
    parse3.fastpaths = (input, options) => {
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
    module.exports = parse3;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse3 = require_parse();
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
      const posix5 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher2 = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix5 });
        const result = { glob, state, regex, posix: posix5, input, output, match, isMatch };
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
    picomatch2.test = (input, regex, options, { glob, posix: posix5 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix5 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix5);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix5 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix5 }));
    };
    picomatch2.isMatch = (str, patterns2, options) => picomatch2(patterns2, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse3(pattern, { ...options, fastpaths: false });
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
        parsed.output = parse3.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse3(input, options);
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

// src/core/glob.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var OPTIONS = { dot: true, posix: true, nonegate: true, windows: false };
function globToRegExp(glob) {
  return import_picomatch.default.makeRe(glob, OPTIONS);
}
function matcher(globs) {
  return globs.length === 0 ? () => false : (0, import_picomatch.default)([...globs], OPTIONS);
}

// src/read/findKepFiles.ts
var KEP_0001_LAYOUT = {
  include: ["{sig-*,wg-*,unsorted-to-be-used-by-newcomers-only}/**/*.md"],
  exclude: ["**/0000-kep-template.md", "**/index.md", "**/README.md", "**/readme.md"]
};
var byPath = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function selectKepFiles(entries, layout) {
  const isKep = isKepPath(layout);
  const files = [];
  const symlinks = [];
  const submodules = [];
  const byKind = { file: files, symlink: symlinks, submodule: submodules };
  for (const entry of entries) if (isKep(entry.path)) byKind[entry.kind].push(entry.path);
  return { files: files.sort(byPath), symlinks: symlinks.sort(byPath), submodules: submodules.sort(byPath) };
}
function isKepPath(layout) {
  const included = matcher(layout.include);
  const excluded = matcher(layout.exclude);
  return (path) => included(path) && !excluded(path);
}

// src/indexFile/templateView.ts
import { posix } from "node:path";

// src/core/document.ts
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
    const number = kepNumberOf(item);
    if (number !== void 0) references.push({ index, number });
  });
  return references;
}
function kepNumberOf(reference) {
  if (typeof reference === "number") return Number.isInteger(reference) && reference > 0 ? reference : void 0;
  const match = typeof reference === "string" ? /^(?:KEP-)?([1-9]\d*)$/.exec(reference) : null;
  return match ? Number(match[1]) : void 0;
}

// src/parse/readProblems.ts
var READ_PROBLEMS = {
  "file-unreadable": { severity: "error", description: "A KEP file can be read: it exists, is not binary, and is UTF-8 text." },
  "file-encoding": { severity: "warning", description: "A KEP file is UTF-8 text: bytes that are not are read as U+FFFD, and the first is reported at its line." },
  "file-symlink": { severity: "error", description: "A KEP is a file, not a symbolic link (links are never followed: they could point outside the repository)." },
  "file-submodule": { severity: "error", description: "A KEP is a file, not a git submodule (a gitlink): a submodule has no metadata, and one that replaces a KEP removes it." },
  "metadata-missing": { severity: "error", description: `A KEP has metadata: YAML front matter, or a fenced YAML block under a "Metadata" heading (KEP-1's own form).` },
  "metadata-too-large": { severity: "error", description: "The metadata is at most 256 KB (a few dozen lines is usual); larger metadata is not read." },
  "metadata-too-deep": { severity: "error", description: "The metadata nests at most 64 levels of lists, mappings and keys that are lists or mappings; deeper metadata is not read." },
  "metadata-too-complex": { severity: "error", description: "Lists and mappings used as keys (which KEP metadata never needs) are small enough to convert quickly; larger ones are not read." },
  "metadata-not-mapping": { severity: "error", description: "The metadata is a YAML mapping of fields, not empty, a list or a single value." },
  "metadata-fence-unclosed": { severity: "error", description: "The fenced metadata block is closed." },
  "metadata-fence-marker": { severity: "warning", description: `The fenced metadata block starts with a line "---", as KEP-1's template does.` },
  "frontmatter-unclosed": { severity: "error", description: 'Front matter opened with "---" is closed with "---".' },
  "frontmatter-duplicate": { severity: "warning", description: 'There is one front matter block; a second "---" block right after it is not metadata.' },
  "frontmatter-not-first": {
    severity: "warning",
    description: "Front matter starts on the first line: after blank lines, GitHub and other markdown readers show it as text (kep-validator reads it, as openshift/enhancements' tools do).",
    fixable: ["safe"]
  },
  "yaml-syntax": { severity: "error", description: "The metadata is valid YAML." },
  "yaml-duplicate-key": { severity: "error", description: "No key appears twice in one mapping of the metadata." },
  "yaml-unsafe-integer": { severity: "error", description: "A number in the metadata is at most 9007199254740991 (2^53 \u2212 1): larger integers cannot be read exactly, and would silently change." },
  "yaml-aliases": { severity: "error", description: "The metadata expands YAML aliases at most 100 times." }
};
function isGraveReadProblem(rule) {
  return READ_PROBLEMS[rule]?.severity !== "warning";
}

// src/indexFile/templateView.ts
function kepTableView(documents, indexFile) {
  const rank = (doc) => {
    const number = assignedNumber(doc);
    if (number !== void 0) return [0, number, doc.file];
    const draft = draftNumber(doc);
    return draft !== void 0 ? [1, Number(draft.slice(6)), doc.file] : [2, 0, doc.file];
  };
  const sorted = [...documents].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0] - rb[0] || ra[1] - rb[1] || (ra[2] < rb[2] ? -1 : ra[2] > rb[2] ? 1 : 0);
  });
  const keps = sorted.map((doc) => {
    const link = posix.relative(posix.dirname(indexFile), doc.file) || doc.file;
    const fields = fieldsOf(doc);
    if (!fields || doc.readProblems.some((p) => isGraveReadProblem(p.rule))) return { file: doc.file, link, unreadable: true };
    const undashed = Object.fromEntries(Object.entries(fields).flatMap(([key, value]) => key.includes("-") && !Object.hasOwn(fields, key.replace(/-/g, "")) ? [[key.replace(/-/g, ""), value]] : []));
    return { ...fields, ...undashed, file: doc.file, link, number: assignedNumber(doc) ?? draftNumber(doc) ?? fields["kep-number"] };
  });
  return { keps };
}

// src/presets/tekton/indexView.ts
import { posix as posix3 } from "node:path";

// src/presets/tekton/number.ts
import { posix as posix2 } from "node:path";
var FILE_NAME = /^([0-9]{4})-[^\n]*[^\n]md/;
function fileNumberOf(file) {
  const match = FILE_NAME.exec(posix2.basename(file));
  return match ? Number(match[1]) : void 0;
}
function tepLabel(number) {
  return `TEP-${String(number).padStart(4, "0")}`;
}
function pythonTruthy(value) {
  if (value === null || value === void 0 || value === false || value === 0 || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.keys(value).length > 0;
  return true;
}
function numberAsRead(doc) {
  const fromFrontMatter = fieldsOf(doc)?.number;
  if (pythonTruthy(fromFrontMatter)) return { value: fromFrontMatter, from: "front matter" };
  const heading = doc.body?.numberHeadings[0];
  if (heading) return { value: heading.label, from: "heading" };
  const number = fileNumberOf(doc.file);
  return { value: number === void 0 ? "TEP-XXXX" : tepLabel(number), from: "file name" };
}
function nextTepNumber(documents, claimed = []) {
  let highest = 0;
  for (const doc of documents) {
    const { value } = numberAsRead(doc);
    const match = typeof value === "string" ? /^TEP-([0-9]+)$/.exec(value) : null;
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  for (const number of claimed) highest = Math.max(highest, number);
  return highest + 1;
}
var PULL_REQUEST_TITLE = /^TEP[ -]([0-9]{4})/;
function claimedNumberOf(title) {
  const match = PULL_REQUEST_TITLE.exec(title);
  return match ? Number(match[1]) : void 0;
}

// src/presets/tekton/indexView.ts
var sortKey = (value) => typeof value === "string" ? value : JSON.stringify(value);
function tepTableView(documents) {
  const teps = [...documents].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0).map((doc) => {
    const readable = !doc.readProblems.some((p) => isGraveReadProblem(p.rule) && p.rule !== "file-encoding");
    const fields = readable ? fieldsOf(doc) ?? {} : {};
    const tep = { link: posix3.basename(doc.file), ...fields, number: numberAsRead(doc).value };
    if (!pythonTruthy(tep["last-updated"])) tep["last-updated"] = tep["creation-date"] ?? null;
    tep.lastupdated = tep["last-updated"];
    return tep;
  });
  const keyed = teps.map((tep) => ({ tep, key: sortKey(tep.number) }));
  keyed.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return { teps: keyed.map(({ tep }) => tep) };
}

// src/presets/tekton/preset.ts
var TEKTON_PRESET = {
  name: "tekton",
  layout: {
    // teps.py takes every file directly in teps/ for a TEP, but these three (and what .gitignore ignores).
    include: ["teps/*"],
    exclude: ["teps/README.md", "teps/README.md.mustache", "teps/OWNERS", "teps/.*"]
  },
  format: "markdown+heading",
  schema: "tekton",
  lifecycle: "tekton",
  index: "teps/README.md",
  indexTemplate: "teps/README.md.mustache",
  indexView: tepTableView,
  numbersFromOpenPullRequests: true,
  rules: {
    // What teps.py validate rejects: errors.
    "tep-file-name": true,
    "tep-number-heading": true,
    "tep-required-fields": true,
    "tep-yaml-date": true,
    // What it means to reject, and does not (its duplicate check never fires): an error too.
    "tep-number-unique": true,
    // Beyond teps.py: warnings (see severity below).
    schema: true,
    "date-order": true,
    "superseded-by-required": true,
    "replaced-status": true,
    "status-transition": true,
    "initial-status": true,
    "creation-date-changed": true,
    "last-updated": true,
    "file-deleted": true,
    "base-unreadable": true,
    "tep-number-next": true
  },
  prodReadiness: false,
  severity: {
    // teps.py checks no value beyond the four required fields being there: the schema's findings
    // (a status such as "implementing", a handle without @, a date as 2020-1-5) are warnings.
    schema: "warning",
    "schema/*": "warning",
    "date-order": "warning",
    "superseded-by-required": "warning",
    "status-transition": "warning",
    "initial-status": "warning",
    "creation-date-changed": "warning",
    "file-deleted": "warning",
    // teps.py reads a file as UTF-8 and stops on a byte that is not.
    "file-encoding": "error",
    // ruamel.yaml reads integers of any size: one past 2^53 is read exactly there.
    "yaml-unsafe-integer": "warning"
  }
};

// src/presets/openshift/lifecycle.json
var lifecycle_default = {
  $schema: "../../../schemas/lifecycle.schema.json",
  name: "openshift",
  description: "openshift/enhancements' statuses (guidelines/enhancement_template.md): KEP-1's as kubernetes/enhancements has them, plus informational, for a document that records a design or a decision rather than proposing work. OpenShift's own tooling reads no status (tools/enhancements/metadata.go has no status field), so this lifecycle is the template's convention: an enhancement starts as provisional, implementable or informational; implemented -> implementable reopens it, implementable -> provisional sends a design back, a deferred enhancement resumes; rejected, withdrawn and replaced are final. Enhancements have no numbers.",
  states: ["provisional", "implementable", "implemented", "deferred", "rejected", "withdrawn", "replaced", "informational"],
  initial: ["provisional", "implementable", "informational"],
  transitions: {
    provisional: ["implementable", "informational", "deferred", "rejected", "withdrawn", "replaced"],
    implementable: ["implemented", "provisional", "deferred", "withdrawn", "replaced"],
    implemented: ["implementable", "withdrawn", "replaced"],
    deferred: ["provisional", "implementable", "withdrawn", "rejected"],
    informational: ["withdrawn", "replaced"],
    rejected: [],
    withdrawn: [],
    replaced: []
  },
  numbered: [],
  superseded: ["replaced"],
  inFlight: ["provisional", "implementable"],
  folders: {}
};

// src/presets/openshift/schema.json
var schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/kep-validator/kep-validator/src/presets/openshift/schema.json",
  title: "OpenShift enhancement metadata",
  description: "The YAML front matter of an openshift/enhancements enhancement (guidelines/enhancement_template.md). title, authors, reviewers, approvers, api-approvers and tracking-link are typed as OpenShift's own reader decodes them (tools/enhancements/metadata.go: a string, lists of strings, with yaml.v3, which reads any scalar into a string): a list or mapping where it expects a string, or a single value where it expects a list, is metadata its tools cannot read. Everything else is the template's convention (the preset makes those findings warnings). The status values are replaced at load time by the lifecycle's states.",
  type: "object",
  additionalProperties: false,
  properties: {
    title: {
      description: "The file's name without .md (metadata-lint compares them): lowercase, words joined by -.",
      type: ["string", "number", "boolean", "null"],
      "x-allowed": "the file's name without .md, such as neat-enhancement-idea",
      examples: ["neat-enhancement-idea"]
    },
    authors: { $ref: "#/$defs/people", description: "GitHub handles of the authors.", examples: [["@janedoe"]] },
    reviewers: { $ref: "#/$defs/people", description: "GitHub handles of the reviewers, each with the expertise expected of them.", examples: [["@networkguru, for networking aspects"]] },
    approvers: { $ref: "#/$defs/people", description: "GitHub handle of the approver (the template asks for one).", examples: [["@oscardoe"]] },
    "api-approvers": { $ref: "#/$defs/people", description: "GitHub handles of the API approvers, or None when the enhancement changes no API.", examples: [["None"]] },
    "creation-date": { $ref: "#/$defs/date", examples: ["2024-01-15"] },
    "last-updated": { $ref: "#/$defs/date", examples: ["2024-03-01"] },
    status: {
      description: "The current state of the enhancement.",
      type: "string",
      enum: ["provisional", "implementable", "implemented", "deferred", "rejected", "withdrawn", "replaced", "informational"],
      examples: ["provisional"]
    },
    "tracking-link": {
      description: "Links to the tracking tickets (a Jira Feature or Epic).",
      type: ["array", "null"],
      items: { $ref: "#/$defs/scalar" },
      "x-allowed": "a list of URLs such as https://issues.redhat.com/browse/OCPSTRAT-1",
      examples: [["https://issues.redhat.com/browse/OCPSTRAT-1"]]
    },
    "see-also": { $ref: "#/$defs/references", description: "Related enhancements.", examples: [["/enhancements/this-other-neat-thing.md"]] },
    replaces: { $ref: "#/$defs/references", description: "Enhancements this one replaces.", examples: [["/enhancements/that-less-than-great-idea.md"]] },
    "superseded-by": { $ref: "#/$defs/references", description: "Enhancements that replace this one.", examples: [["/enhancements/our-past-effort.md"]] }
  },
  $defs: {
    scalar: {
      type: ["string", "number", "boolean", "null"],
      "x-allowed": "a single value (a GitHub handle, a URL), not a list or a mapping"
    },
    people: {
      type: ["array", "null"],
      items: { $ref: "#/$defs/scalar" },
      "x-allowed": 'a list of GitHub handles such as "@janedoe"'
    },
    date: {
      type: "string",
      format: "date",
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
      "x-allowed": "a real date as yyyy-mm-dd"
    },
    references: {
      type: ["array", "null"],
      items: { type: "string", minLength: 1, "x-allowed": "an enhancement's path such as /enhancements/this-other-neat-thing.md, or a URL" },
      "x-allowed": "a list of enhancement paths such as /enhancements/this-other-neat-thing.md"
    }
  }
};

// src/presets/openshift/template.ts
var TEMPLATE_FILE = "guidelines/enhancement_template.md";
var BUILTIN_TEMPLATE = `---
title: neat-enhancement-idea
authors:
  - TBD
reviewers: # Include a comment about what domain expertise a reviewer is expected to bring and what area of the enhancement you expect them to focus on.
  - TBD
approvers: # This should be a single approver.
  - TBD
api-approvers: # In case of new or modified APIs or API extensions (CRDs, aggregated apiservers, webhooks, finalizers). If there is no API change, use "None".
  - TBD
creation-date: yyyy-mm-dd
last-updated: yyyy-mm-dd
status: provisional|implementable|implemented|deferred|rejected|withdrawn|replaced|informational
tracking-link: # link to the tracking ticket (for example: Jira Feature or Epic ticket) that corresponds to this enhancement
  - TBD
see-also:
  - "/enhancements/this-other-neat-thing.md"
replaces:
  - "/enhancements/that-less-than-great-idea.md"
superseded-by:
  - "/enhancements/our-past-effort.md"
---

# Neat Enhancement Idea

## Summary

One paragraph: what the enhancement does, for release notes.

## Motivation

Why the change is important, and the benefits to users.

### User Stories

"As a _role_, I want to _take some action_ so that I can _accomplish a goal_."

### Goals

### Non-Goals

## Proposal

### Workflow Description

### API Extensions

### Topology Considerations

#### Hypershift / Hosted Control Planes

#### Standalone Clusters

#### Single-node Deployments or MicroShift

#### OpenShift Kubernetes Engine

### Implementation Details/Notes/Constraints

### Risks and Mitigations

### Drawbacks

## Alternatives (Not Implemented)

## Open Questions [optional]

## Test Plan

## Graduation Criteria

### Dev Preview -> Tech Preview

### Tech Preview -> GA

### Removing a deprecated feature

## Upgrade / Downgrade Strategy

## Version Skew Strategy

## Operational Aspects of API Extensions

## Support Procedures

## Infrastructure Needed [optional]
`;
function requiredSections(template) {
  return template.split(/\r\n|\r|\n/).filter((line) => line.startsWith("##") && !line.includes("[optional]")).map((line) => line.replace(/^[ \t]+|[ \t]+$/g, "").replace(/\\(.)/g, "$1"));
}

// src/presets/openshift/preset.ts
var LINT_IGNORES_FILE = "hack/lint-ignores";
function exactGlobs(path) {
  const escaped = path.replace(/[^A-Za-z0-9/._-]/g, "\\$&");
  return [escaped, `${escaped}/**`];
}
function lintIgnores(text) {
  return (text ?? "").split(/\s+/).filter((path) => path !== "").flatMap(exactGlobs);
}
var RULES = {
  schema: true,
  // hack/metadata-lint.sh (tools/cmd/metadataLint.go, tools/enhancements/metadata.go): on new files.
  "title-matches-file": true,
  "tracking-link": true,
  "people-required": true,
  // hack/template-lint.sh: on new files.
  "required-sections": { sections: requiredSections(BUILTIN_TEMPLATE) },
  "title-heading": true,
  // Beyond OpenShift's checks: warnings (the severities below).
  "date-order": true,
  "superseded-by-required": true,
  "replaced-status": true,
  "status-transition": true,
  "initial-status": true,
  "creation-date-changed": true,
  "last-updated": true,
  "file-deleted": true,
  "base-unreadable": true
};
var OPENSHIFT = {
  name: "openshift",
  // hack/find_changed.sh: `grep '^enhancements.*\.md$'`.
  layout: { include: ["enhancements/**/*.md"], exclude: [] },
  format: "markdown",
  schema: "openshift",
  lifecycle: "openshift",
  // openshift/enhancements keeps no generated index.
  index: null,
  indexTemplate: null,
  indexView: kepTableView,
  numbersFromOpenPullRequests: false,
  rules: RULES,
  prodReadiness: false,
  severity: {
    // OpenShift's tools read neither status nor dates nor references: the template's conventions.
    "schema/status": "warning",
    "schema/creation-date": "warning",
    "schema/last-updated": "warning",
    "schema/see-also": "warning",
    "schema/replaces": "warning",
    "schema/superseded-by": "warning",
    "schema/unknown-field": "warning",
    "date-order": "warning",
    "superseded-by-required": "warning",
    "status-transition": "warning",
    "initial-status": "warning",
    "creation-date-changed": "warning",
    "file-deleted": "warning"
  },
  outline: true,
  carries: { schema: schema_default, lifecycle: lifecycle_default },
  fromRepository: (files) => ({
    exclude: lintIgnores(files.read(LINT_IGNORES_FILE)),
    rules: { ...RULES, "required-sections": { sections: requiredSections(files.read(TEMPLATE_FILE) ?? BUILTIN_TEMPLATE) } }
  })
};

// src/config/presets.ts
var PRESET_NAMES = ["kep-0001", "kubernetes", "openshift", "tekton"];
var DEFAULT_PRESET = "kep-0001";
var CHANGE_RULES = {
  "status-transition": true,
  // Checks only where the lifecycle has stages (kubernetes).
  "stage-transition": true,
  "initial-status": true,
  "number-changed": true,
  "number-assignment": true,
  "number-next": true,
  "creation-date-changed": true,
  "last-updated": true,
  "file-deleted": true,
  "base-unreadable": true
};
var PRESETS = {
  "kep-0001": {
    name: "kep-0001",
    layout: KEP_0001_LAYOUT,
    format: "markdown",
    schema: "kep-0001",
    lifecycle: "kep-0001",
    index: "index.md",
    indexTemplate: null,
    indexView: kepTableView,
    numbersFromOpenPullRequests: false,
    rules: {
      schema: true,
      "number-assigned": true,
      "draft-date": true,
      "date-order": true,
      "superseded-by-required": true,
      "replaced-status": true,
      "number-unique": true,
      "reference-exists": { paths: false },
      "reference-form": { paths: false },
      "replaces-reciprocal": true,
      "folder-sig": { segment: 0 },
      "folder-status": true,
      "file-name": true,
      "sig-known": true,
      ...CHANGE_RULES
    },
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
    indexTemplate: null,
    indexView: kepTableView,
    numbersFromOpenPullRequests: false,
    rules: {
      schema: true,
      // What kubernetes/enhancements' validator does not require but its template asks for: warnings.
      "recommended-fields": { fields: ["reviewers", "creation-date", "approvers"] },
      "handle-at": true,
      "folder-number": true,
      "number-unique": true,
      "stage-required": true,
      "milestone-required": true,
      "milestone-order": true,
      "implemented-stage": true,
      "prod-readiness": true,
      "date-order": true,
      "superseded-by-required": true,
      "replaced-status": true,
      "reference-exists": { paths: true },
      "reference-form": { paths: true },
      "folder-sig": { segment: 1 },
      "sig-known": true,
      // hack/verify-node-approvers.sh (pkg/nodeapprovers), with its values; the upcoming release comes from the KEPs (release unset).
      "assigned-approvers": {
        reviewerMarker: "sig-node-assigned-reviewer",
        approverMarker: "sig-node-assigned-approver",
        owners: "OWNERS",
        aliases: "OWNERS_ALIASES",
        techLeads: "sig-node-tech-leads",
        folders: ["keps/sig-node"],
        since: "v1.36",
        techLeadStages: ["alpha"],
        inactiveStatuses: ["withdrawn", "rejected", "replaced"]
      },
      // hack/verify-toc.sh (update-toc.sh runs mdtoc --max-depth=5), per README.
      toc: { maxDepth: 5, exclude: "hack/.notableofcontents" },
      ...CHANGE_RULES,
      "milestone-moved-back": true,
      // hack/verify-toc-vs-template.sh, judged by what a change brings.
      "template-sections": { template: "keps/NNNN-kep-template/README.md" }
    },
    prodReadiness: true,
    severity: {
      // The release a KEP targets is read by people, not tools: "1.22" for "v1.22" is a slip.
      "schema/latest-milestone": "warning",
      "schema/milestone": "warning",
      // see-also is free to point at design documents; a malformed entry misleads, it breaks nothing.
      "schema/see-also": "warning",
      "reference-exists": "warning",
      // latest-milestone only moves forward; a stage's milestone may be a plan, pulled in.
      "milestone-moved-back/milestone": "warning"
    }
  },
  openshift: OPENSHIFT,
  tekton: TEKTON_PRESET
};

// src/rules/rule.ts
var RULES_PAGE = "docs/rules.md";
function metaOf(input) {
  return { ...input, severity: input.severity ?? "error", docs: `${RULES_PAGE}#${input.id}` };
}
function kepRule(meta, check, reads) {
  return reads ? { meta: metaOf(meta), subject: "kep", check, reads } : { meta: metaOf(meta), subject: "kep", check };
}
function changeRule(meta, check) {
  return { meta: metaOf({ ...meta, neverBaselined: true }), subject: "change", check };
}
function foundRule(meta) {
  return { meta: metaOf(meta), subject: "found" };
}

// src/rules/found.ts
var READING_RULES = Object.entries(READ_PROBLEMS).map(([id, read]) => foundRule({ id, severity: read.severity, description: read.description, ..."fixable" in read ? { fixable: read.fixable } : {} }));
var indexStale = foundRule({ id: "index-stale", description: "index.md is what `kep-validator index` generates from the KEPs: present, readable, and up to date.", fixable: ["safe"], neverBaselined: true });
var configuration = foundRule({
  id: "configuration",
  description: "The rules files a change adds or edits \u2014 .kep-validator.yml, the baseline, a schema, lifecycle or SIG list they name \u2014 load as they will once it is merged (the change itself is judged by its base's).",
  topics: true,
  neverBaselined: true
});
var prodReadinessSchema = foundRule({
  id: "prod-readiness-schema",
  description: "A production readiness approval file matches its schema, and its kep-number is its file name.",
  topics: true,
  // Its schema has no allowed-value lists, where a did-you-mean could be only a suggestion.
  fixable: ["safe"]
});

// src/rules/change/base-unreadable.ts
var baseUnreadable = changeRule({ id: "base-unreadable", description: "The base version of a changed KEP can be read, so that the change's transition is checked." }, ({ baseError }) => {
  if (!baseError) return [];
  return [{ span: FILE_START, message: `the base version of this KEP (${baseError.path}) could not be read, so its transition cannot be checked: ${baseError.message}` }];
});

// src/core/values.ts
var GITHUB_HANDLE = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
var DATE_UNPADDED = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
function padDate(text) {
  const date = DATE_UNPADDED.exec(text);
  return date ? `${date[1]}-${date[2].padStart(2, "0")}-${date[3].padStart(2, "0")}` : void 0;
}
function realDate(text) {
  const padded = padDate(text);
  if (padded === void 0) return void 0;
  const [year, month, day] = padded.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.toISOString().slice(0, 10) === padded ? padded : void 0;
}
function canonicalValue(value) {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : JSON.stringify(String(value));
  if (typeof value !== "string") return JSON.stringify(value) ?? "undefined";
  const text = value.trim();
  if (/^[+-]?\d+(\.\d+)?$/.test(text)) return String(Number(text));
  const date = padDate(text);
  if (date !== void 0) return date;
  const handle = text.replace(/^@/, "");
  if (GITHUB_HANDLE.test(handle)) return handle.toLowerCase();
  return text;
}
function sameValue(a, b) {
  if (a === void 0 || b === void 0) return a === b;
  return canonicalValue(a) === canonicalValue(b);
}
function canonicalScalar(source) {
  const quoted = /^"(.*)"$|^'(.*)'$/s.exec(source.trim());
  return canonicalValue(quoted ? quoted[1] ?? quoted[2].replace(/''/g, "'") : source);
}
function canonicalData(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalData).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const record = value;
    return `{${Object.keys(record).sort().map((key) => `${JSON.stringify(key)}:${canonicalData(record[key])}`).join(",")}}`;
  }
  return JSON.stringify(canonicalValue(value));
}

// src/edit/yamlSource.ts
var STRINGIFY = { lineWidth: 0, version: "1.2", defaultKeyType: "PLAIN" };
function positionOf(metadata, path) {
  return metadata.positions.get(pathKey(path));
}
function writtenAt(metadata, position) {
  return position?.value ? metadata.source.slice(...position.value) : "";
}
function isFlow(metadata, position) {
  return position !== void 0 && !position.scalar && /^[[{]/.test(writtenAt(metadata, position));
}
function inFlow(metadata, path) {
  return path.length > 0 && isFlow(metadata, positionOf(metadata, path.slice(0, -1)));
}
function quoteStyleOf(written) {
  return written.startsWith('"') ? "QUOTE_DOUBLE" : written.startsWith("'") ? "QUOTE_SINGLE" : "PLAIN";
}
function renderScalar(value, style, flow = false) {
  if (typeof value !== "string") return stringify(value, STRINGIFY).replace(/\n$/, "");
  const text = stringify(value, { ...STRINGIFY, defaultStringType: style }).replace(/\n$/, "");
  const plain = !/^["']/.test(text);
  if (text.includes("\n") || plain && flow && /[,[\]{}]/.test(text) || plain && !readsAs(text, value)) return stringify(value, { ...STRINGIFY, defaultStringType: "QUOTE_DOUBLE" }).replace(/\n$/, "");
  return text;
}
function readsAs(text, value) {
  try {
    return parse(text, PARSE_OPTIONS) === value;
  } catch {
    return false;
  }
}
function renderBlock(value, quote2) {
  return stringify(value, { ...STRINGIFY, defaultStringType: quote2 === "double" ? "QUOTE_DOUBLE" : "PLAIN" }).replace(/\n$/, "").split("\n");
}
function lineStartAt(source, offset) {
  return source.lastIndexOf("\n", offset - 1) + 1;
}
function lineEndAt(source, offset) {
  const newline = source.indexOf("\n", offset);
  if (newline === -1) return source.length;
  return source[newline - 1] === "\r" ? newline - 1 : newline;
}
function indentBefore(metadata, offset) {
  const start = lineStartAt(metadata.source, offset);
  const stripped = metadata.spanOf(offset, offset).column - 1 - (offset - start);
  return " ".repeat(Math.max(0, stripped)) + metadata.source.slice(start, offset).replace(/[^\t]/g, " ");
}
function colonAfter(source, keyEnd) {
  let at2 = keyEnd;
  while (at2 < source.length && source[at2] !== ":") at2++;
  return at2 + 1;
}
function lastNonSpace(source, end) {
  let at2 = end;
  while (at2 > 0 && /\s/.test(source[at2 - 1])) at2--;
  return at2;
}
function contentEnd(metadata, path) {
  const position = positionOf(metadata, path);
  if (!position) return 0;
  const own = Math.max(position.key?.[1] ?? 0, position.value?.[1] ?? 0);
  if (position.scalar || isFlow(metadata, position)) return own;
  const prefix = path.length === 0 ? "" : `${pathKey(path)}\0`;
  let end = position.key?.[1] ?? 0;
  let items = 0;
  for (const [key, child] of metadata.positions) {
    if (!key.startsWith(prefix) || key === pathKey(path)) continue;
    items++;
    if (child.value && (child.scalar || isFlow(metadata, child))) end = Math.max(end, child.value[1]);
    if (child.key) end = Math.max(end, child.key[1]);
  }
  return items === 0 ? own : end;
}

// src/edit/metadataEditor.ts
var MetadataEditError = class extends Error {
};
function edit(metadata, start, end, text) {
  return { span: metadata.spanOf(start, end), text };
}
function replaceScalar(metadata, path, value) {
  const position = positionOf(metadata, path);
  if (!position?.scalar || !position.value) return void 0;
  const written = writtenAt(metadata, position);
  if (written === "" || written.includes("\n") || /^[|>]/.test(written)) return void 0;
  return edit(metadata, ...position.value, renderScalar(value, quoteStyleOf(written), inFlow(metadata, path)));
}
function appendListItem(metadata, field, item) {
  const { source } = metadata;
  const data = metadata.data?.[field];
  const position = positionOf(metadata, [field]);
  const blockItem = renderScalar(item, "PLAIN");
  if (data === void 0 || !position) {
    const end2 = lastNonSpace(source, source.length);
    const indent = indentBefore(metadata, lineStartAt(source, end2));
    return edit(metadata, lineEndAt(source, end2), lineEndAt(source, end2), `
${indent}${field}:
${indent}  - ${blockItem}`);
  }
  const [start, end] = position.value ?? [0, 0];
  const written = source.slice(start, end);
  if (data === null) {
    if (written === "" && position.key) {
      const at2 = lineEndAt(source, position.key[1]);
      return edit(metadata, at2, at2, `
${indentBefore(metadata, lineStartAt(source, at2))}  - ${blockItem}`);
    }
    return edit(metadata, start, end, `[${renderScalar(item, "PLAIN", true)}]`);
  }
  if (!Array.isArray(data)) return void 0;
  if (isFlow(metadata, position) && written.endsWith("]")) {
    const flowItem = renderScalar(item, "PLAIN", true);
    return data.length === 0 ? edit(metadata, start, end, `[${flowItem}]`) : edit(metadata, end - 1, end - 1, `, ${flowItem}`);
  }
  const last = positionOf(metadata, [field, data.length - 1])?.value;
  if (!last) return void 0;
  const from = lineStartAt(source, last[0]);
  const prefix = source.slice(from, last[0]);
  if (!/^\s*-\s+$/.test(prefix) || source.slice(last[0], last[1]).includes("\n")) return void 0;
  return edit(metadata, lineEndAt(source, last[1]), lineEndAt(source, last[1]), `
${indentBefore(metadata, from)}${prefix}${blockItem}`);
}
var MetadataEditor = class {
  constructor(metadata) {
    this.metadata = metadata;
    const root = positionOf(metadata, []);
    if (metadata.errorLines.size > 0 || !isMapping(metadata.data) || isFlow(metadata, root)) {
      throw new MetadataEditError("the metadata is not a YAML mapping written in block style; fix it first (kep-validator check names the problem)");
    }
    this.expected = structuredClone(metadata.data);
  }
  metadata;
  edits = [];
  /** The data the edited text must read as. */
  expected;
  /** Sets the value at a path of keys, adding the keys that are missing. */
  set(path, value, options = {}) {
    for (let depth = 0; depth < path.length; depth++) {
      const here = path.slice(0, depth + 1);
      const rest = nest(path.slice(depth + 1), value);
      const position = positionOf(this.metadata, here);
      if (!position?.key) {
        this.insert(path.slice(0, depth), path[depth], rest, options);
        break;
      }
      const data = dataAt(this.metadata.data, here);
      if (depth === path.length - 1 || data === null || isFlow(this.metadata, position) && isMapping(data) && Object.keys(data).length === 0) {
        this.replace(here, rest, options);
        break;
      }
      if (!isMapping(data) || isFlow(this.metadata, position)) throw new MetadataEditError(`${here.join(".")} is not a mapping in block style; edit it by hand`);
    }
    setIn(this.expected, path, value);
  }
  /** Throws unless the edited text reads as the data asked for: no other value changed. */
  verify(edited) {
    if (!sameData(edited, this.expected)) throw new MetadataEditError("the edited metadata does not read as intended; nothing was written: edit it by hand");
  }
  replace(path, value, options) {
    const { metadata } = this;
    const { source } = metadata;
    const position = positionOf(metadata, path);
    const range = position.value;
    const empty = !range || range[0] === range[1];
    const written = writtenAt(metadata, position);
    if (!isCollection(value) && position.scalar && !empty) {
      if (/^[|>]/.test(written)) throw new MetadataEditError(`${path.join(".")} is a block scalar; edit it by hand`);
      this.edits.push(edit(metadata, ...range, renderScalar(value, quoteStyleOf(written), inFlow(metadata, path))));
      return;
    }
    const colon = colonAfter(source, position.key[1]);
    const end = empty ? colon : lastNonSpace(source, contentEnd(metadata, path));
    if (value === null) {
      this.edits.push(edit(metadata, colon, end, ""));
    } else if (!isCollection(value) || isEmptyCollection(value)) {
      this.edits.push(edit(metadata, colon, end, ` ${renderScalar(value, options.quote === "double" ? "QUOTE_DOUBLE" : "PLAIN")}`));
    } else if (range && !position.scalar && !isFlow(metadata, position) && !empty) {
      this.edits.push(edit(metadata, range[0], end, renderBlock(value, options.quote).join(`
${indentBefore(metadata, range[0])}`)));
    } else {
      const indent = `${indentBefore(metadata, position.key[0])}  `;
      this.edits.push(edit(metadata, colon, end, `
${indent}${renderBlock(value, options.quote).join(`
${indent}`)}`));
    }
  }
  insert(parent, key, value, options) {
    const { metadata } = this;
    const { source } = metadata;
    const map = dataAt(metadata.data, parent);
    const keys = isMapping(map) ? Object.keys(map).filter((name) => positionOf(metadata, [...parent, name])?.key) : [];
    if (keys.length === 0 || isFlow(metadata, positionOf(metadata, parent))) throw new MetadataEditError(`cannot add ${key} to a mapping in flow style or an empty one; edit it by hand`);
    const keyStart = (name) => positionOf(metadata, [...parent, name]).key[0];
    const last = keys.reduce((a, b) => keyStart(b) > keyStart(a) ? b : a);
    const anchor = (options.after ?? []).find((name) => keys.includes(name)) ?? last;
    const indent = indentBefore(metadata, keyStart(anchor));
    const lines = isCollection(value) && !isEmptyCollection(value) ? [`${key}:`, ...renderBlock(value, options.quote).map((line2) => `  ${line2}`)] : [`${key}: ${renderScalar(value, options.quote === "double" ? "QUOTE_DOUBLE" : "PLAIN")}`];
    const text = lines.map((line2) => indent + line2).join("\n");
    const lineEnd = lineEndAt(source, lastNonSpace(source, contentEnd(metadata, [...parent, anchor])));
    const next = source.indexOf("\n", lineEnd);
    if (next === -1) {
      this.edits.push(edit(metadata, source.length, source.length, `
${text}`));
      return;
    }
    const { line } = metadata.spanOf(next + 1, next + 1);
    const span = { line, column: 1, endLine: line, endColumn: 1 };
    this.edits.push({ span, text: `${text}
` });
  }
};
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function dataAt(data, path) {
  return path.reduce((value, key) => isMapping(value) ? value[key] : void 0, data);
}
function sameData(a, b) {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameData(a[key], b[key]));
}
function isCollection(value) {
  return typeof value === "object" && value !== null;
}
function isEmptyCollection(value) {
  return isCollection(value) && Object.keys(value).length === 0;
}
function nest(path, value) {
  return path.reduceRight((inner, key) => ({ [key]: inner }), value);
}
function setIn(target, path, value) {
  let at2 = target;
  for (const key of path.slice(0, -1)) {
    const child = at2[key];
    at2 = at2[key] = typeof child === "object" && child !== null && !Array.isArray(child) ? child : {};
  }
  at2[path.at(-1)] = structuredClone(value);
}

// src/rules/support/versions.ts
function statusOf(doc, lifecycle) {
  const status = doc && stringField(doc, "status");
  return status !== void 0 && lifecycle.states.includes(status) ? status : void 0;
}
function fieldSpan(doc, field) {
  return doc.metadata ? spanAt(doc.metadata, [field]) : FILE_START;
}

// src/rules/change/creation-date-changed.ts
var creationDateChanged = changeRule(
  { id: "creation-date-changed", description: "creation-date never changes \u2014 unless the base had no real date there (2023-14-05): changing that is its correction.", fixable: ["safe"] },
  ({ before, after }) => {
    const written = before && stringField(before, "creation-date");
    const was = written === void 0 ? void 0 : realDate(written.trim());
    if (!after || written === void 0 || was === void 0) return [];
    const now = fieldsOf(after)?.["creation-date"];
    if (sameValue(now, written)) return [];
    const fix = after.metadata && now !== void 0 ? fixOf("safe", replaceScalar(after.metadata, ["creation-date"], was)) : void 0;
    return [
      {
        span: fieldSpan(after, "creation-date"),
        message: `creation-date was ${was} and ${now === void 0 ? "is gone" : `changed to ${JSON.stringify(now)}`}; it records when the KEP was first proposed and never changes: set it back to ${was} (use last-updated for later changes)`,
        expected: [was],
        ...fix ? { fix } : {}
      }
    ];
  }
);

// src/rules/change/file-deleted.ts
var fileDeleted = changeRule({ id: "file-deleted", description: "A KEP file is never deleted: its life ends in a state, not in removal." }, ({ change, before }, { lifecycle }) => {
  if (change.kind !== "deleted") return [];
  const ends = Object.entries(lifecycle.transitions).filter(([, next]) => next.length === 0).map(([state]) => state);
  const status = before && stringField(before, "status");
  const fix = status && ends.includes(status) ? `restore the file: ${status} is already a final state, where a KEP stays` : `restore the file and set its status to one of ${ends.join(", ")} instead`;
  return [{ span: FILE_START, message: `this KEP${status ? ` (status ${status})` : ""} is deleted; a KEP is never removed \u2014 ${fix}` }];
});

// src/rules/change/initial-status.ts
var initialStatus = changeRule({ id: "initial-status", description: "A new KEP starts in an initial state of the lifecycle.", rejects: "status" }, ({ change, after }, { lifecycle }) => {
  const to = statusOf(after, lifecycle);
  if (change.kind !== "added" && change.kind !== "copied") return [];
  if (!after || to === void 0 || lifecycle.initial.includes(to)) return [];
  return [
    {
      span: fieldSpan(after, "status"),
      message: `a new KEP starts as ${lifecycle.initial.join(" or ")}, not ${to}; set status to ${lifecycle.initial[0]} and change it in later pull requests`,
      expected: lifecycle.initial
    }
  ];
});

// src/rules/change/last-updated.ts
function todayUtc(now = /* @__PURE__ */ new Date()) {
  return now.toISOString().slice(0, 10);
}
var lastUpdated = changeRule(
  {
    id: "last-updated",
    description: "When a change edits a KEP's metadata, it updates last-updated to the day of the change, as KEP-1 asks of a significant change.",
    severity: "warning",
    fixable: ["safe"]
  },
  ({ before, after }, { today }) => {
    const was = before && fieldsOf(before);
    const now = after && fieldsOf(after);
    if (!was || !now || !after?.metadata) return [];
    const updated = stringField(after, "last-updated");
    if (updated === void 0 || updated !== was["last-updated"]) return [];
    const changed = [.../* @__PURE__ */ new Set([...Object.keys(was), ...Object.keys(now)])].filter((key) => key !== "last-updated" && canonicalData(was[key]) !== canonicalData(now[key]));
    const date = today ?? todayUtc();
    if (changed.length === 0 || updated >= date) return [];
    const fix = fixOf("safe", replaceScalar(after.metadata, ["last-updated"], date));
    return [
      {
        span: spanAt(after.metadata, ["last-updated"]),
        message: `this change edits ${changed.join(", ")} but last-updated is still ${updated}; set it to ${date}, the day of the change`,
        expected: [date],
        ...fix ? { fix } : {}
      }
    ];
  }
);

// src/rules/support/releases.ts
function releaseOf(value) {
  const match = typeof value === "string" ? /^v?(\d+)\.(\d+)$/.exec(value.trim()) : null;
  return match ? { major: Number(match[1]), minor: Number(match[2]), text: value } : void 0;
}
function compareReleases(a, b) {
  return a.major - b.major || a.minor - b.minor;
}
var STAGE_ORDERS = [
  ["alpha", "beta", "stable"],
  ["deprecated", "disabled", "removed"]
];
function milestonesOf(fields) {
  const milestone = fields?.milestone;
  return typeof milestone === "object" && milestone !== null && !Array.isArray(milestone) ? milestone : void 0;
}

// src/rules/change/milestone-moved-back.ts
var milestoneMovedBack = changeRule(
  {
    id: "milestone-moved-back",
    description: "A change does not move latest-milestone, nor a milestone.<stage>, to an earlier release.",
    topics: true
  },
  ({ before, after }) => {
    const was = before && fieldsOf(before);
    const now = after && fieldsOf(after);
    if (!was || !now || !after?.metadata) return [];
    const reports = [];
    const compare = (path, from, to, topic) => {
      const old = releaseOf(from);
      const current2 = releaseOf(to);
      if (!old || !current2 || compareReleases(current2, old) >= 0) return;
      reports.push({
        span: spanAt(after.metadata, path),
        topic,
        message: topic === "latest-milestone" ? `latest-milestone moved back from ${old.text} to ${current2.text}; it is the most recent release with work on the KEP, which only moves forward \u2014 set it to ${old.text} or later` : `${path.join(".")} moved back from ${old.text} to ${current2.text}; a stage's release moves back only when a plan is pulled in \u2014 check that it is one, or set it to ${old.text} or later`,
        expected: [old.text]
      });
    };
    compare(["latest-milestone"], was["latest-milestone"], now["latest-milestone"], "latest-milestone");
    const stages = milestonesOf(was) ?? {};
    const current = milestonesOf(now) ?? {};
    for (const stage of Object.keys(stages)) compare(["milestone", stage], stages[stage], current[stage], "milestone");
    return reports;
  }
);

// src/core/lifecycle.ts
function statusFolderOf(relativeFile, lifecycle) {
  const dirs = relativeFile.split("/").slice(1, -1);
  return dirs.reverse().find((dir) => Object.hasOwn(lifecycle.folders, dir));
}
function preApprovalStates(lifecycle) {
  if (lifecycle.numbered.length === 0) return [];
  const reached = new Set(lifecycle.numbered);
  const queue = [...lifecycle.numbered];
  for (let state = queue.pop(); state !== void 0; state = queue.pop()) {
    for (const next of lifecycle.transitions[state] ?? []) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  return lifecycle.states.filter((state) => !reached.has(state));
}
function allowedNext(from, next) {
  return next.length === 0 ? `${from} is final: it may not change` : `${from} may change only to ${next.join(", ")}`;
}

// src/rules/change/number-assignment.ts
var numberAssignment = changeRule({ id: "number-assignment", description: "A draft-YYYYMMDD number becomes a number only on the transition to the state that assigns numbers (Approved)." }, ({ before, after }, { lifecycle }) => {
  const draft = before && draftNumber(before);
  const number = after && assignedNumber(after);
  const on = lifecycle.numberAssignedOn;
  if (!after || draft === void 0 || number === void 0 || on === void 0) return [];
  const from = statusOf(before, lifecycle);
  const to = statusOf(after, lifecycle);
  const named = (status) => status ?? "a status the lifecycle does not know";
  if (to === on && from !== on) return [];
  if (to !== void 0 && preApprovalStates(lifecycle).includes(to)) return [];
  return [
    {
      span: fieldSpan(after, "kep-number"),
      message: `kep-number ${number} replaces ${draft} while status ${from === to ? `stays ${named(to)}` : `changes from ${named(from)} to ${named(to)}`}; a number is assigned only on the change to ${on} \u2014 keep ${draft} until then`,
      expected: [draft],
      dependsOn: ["status"]
    }
  ];
});

// src/rules/change/number-changed.ts
var numberChanged = changeRule({ id: "number-changed", description: "An assigned kep-number never changes or disappears." }, ({ before, after }) => {
  const was = before && assignedNumber(before);
  if (!after || was === void 0) return [];
  const now = fieldsOf(after)?.["kep-number"];
  if (sameValue(now, was)) return [];
  const found = now === void 0 ? "is gone" : `changed to ${JSON.stringify(now)}`;
  return [
    {
      span: fieldSpan(after, "kep-number"),
      message: `kep-number was ${was} and ${found}; an assigned number never changes: set it back to ${was}`,
      expected: [String(was)]
    }
  ];
});

// src/rules/change/number-next.ts
var numberNext = changeRule(
  {
    id: "number-next",
    description: "A draft-YYYYMMDD number that becomes a number becomes the next free one: numbers are sequential and dense.",
    severity: "warning"
  },
  ({ before, after }, { repository, lifecycle }) => {
    const number = after && assignedNumber(after);
    if (!before || !after || draftNumber(before) === void 0 || number === void 0) return [];
    const to = statusOf(after, lifecycle);
    if (to !== void 0 && preApprovalStates(lifecycle).includes(to)) return [];
    const next = repository.nextFree(after);
    if (number === next || repository.withNumber(number).some((doc) => doc !== after)) return [];
    return [
      {
        span: fieldSpan(after, "kep-number"),
        message: `kep-number ${number} is free but not the next one: numbers are sequential and dense, and the next free number is ${next}`,
        expected: [String(next)]
      }
    ];
  }
);

// src/rules/change/stage-transition.ts
function stageOf(doc, stages) {
  const stage = doc && stringField(doc, "stage");
  return stage !== void 0 && Object.hasOwn(stages, stage) ? stage : void 0;
}
var stageTransition = changeRule(
  { id: "stage-transition", description: "A stage change follows an edge of the lifecycle's stages: a feature graduates (alpha \u2192 beta \u2192 stable) or is retired, it does not regress.", rejects: "stage" },
  ({ before, after }, { lifecycle }) => {
    const stages = lifecycle.stageTransitions;
    const from = stageOf(before, stages);
    const to = stageOf(after, stages);
    if (!after || from === void 0 || to === void 0 || from === to || stages[from].includes(to)) return [];
    return [
      {
        span: fieldSpan(after, "stage"),
        message: `stage changed from ${from} to ${to}, which the ${lifecycle.name} lifecycle does not allow: ${allowedNext(from, stages[from])}`,
        expected: stages[from]
      }
    ];
  }
);

// src/readme/tableOfContents.ts
var TOC_START = "<!-- toc -->";
var TOC_END = "<!-- /toc -->";
function findMarkers(text) {
  return { start: text.search(/<!-- toc -->/i), end: text.search(/<!-- \/toc -->/i) };
}
function anchorMaker() {
  const seen = /* @__PURE__ */ new Map();
  return (text) => {
    const anchor = text.toLowerCase().replace(/[^\w\- ]/g, "").replace(/ /g, "-");
    const count = seen.get(anchor) ?? 0;
    seen.set(anchor, count + 1);
    return count > 0 ? `${anchor}-${count}` : anchor;
  };
}
function generateToc(headings, maxDepth) {
  if (headings.length === 0) return "";
  const base = Math.min(...headings.map((heading) => heading.depth));
  const anchor = anchorMaker();
  let toc2 = "";
  for (const heading of headings) {
    if (maxDepth > 0 && heading.depth > maxDepth) continue;
    toc2 += `${"  ".repeat(heading.depth - base)}- [${heading.html}](#${anchor(heading.text)})
`;
  }
  return toc2;
}
function trimSpace(text) {
  return text.replace(/^[\s\u0085]+|[\s\u0085]+$/g, "");
}
function lineOf(text, offset) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
function positionOf2(text, offset) {
  return { line: lineOf(text, offset), column: offset - (text.lastIndexOf("\n", offset - 1) + 1) + 1 };
}
function differingLines(a, b) {
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  return a.length + b.length - 2 * lcs[0];
}
function linesOf(table) {
  const trimmed = trimSpace(table);
  return trimmed === "" ? [] : trimmed.split("\n");
}
function checkToc(text, headings, maxDepth) {
  const { start, end } = findMarkers(text);
  if (start === -1) return { state: "no-markers", missing: "start" };
  if (end === -1) return { state: "no-markers", missing: "end" };
  if (end < start) return { state: "no-markers", missing: "order" };
  const tableStart = start + TOC_START.length;
  const toc2 = generateToc(headings, maxDepth);
  const old = text.slice(tableStart, end);
  if (trimSpace(old) === trimSpace(toc2)) return { state: "fresh" };
  const found = linesOf(old);
  const wanted = linesOf(toc2);
  const differing = differingLines(found, wanted);
  const body = old.split("\n");
  if (body.length >= 2 && body[0] === "" && body.at(-1) === "") {
    const lines = body.slice(1, -1);
    const target = toc2 === "" ? [] : toc2.slice(0, -1).split("\n");
    let prefix = 0;
    while (prefix < lines.length && prefix < target.length && lines[prefix] === target[prefix]) prefix++;
    let suffix = 0;
    while (suffix < lines.length - prefix && suffix < target.length - prefix && lines[lines.length - 1 - suffix] === target[target.length - 1 - suffix]) suffix++;
    const first = lineOf(text, tableStart) + 1 + prefix;
    const replaced = target.slice(prefix, target.length - suffix);
    return {
      state: "stale",
      first: { line: first, ...prefix < lines.length - suffix ? { found: lines[prefix] } : {}, ...replaced.length > 0 ? { expected: replaced[0] } : {} },
      differing,
      fix: { span: { line: first, column: 1, endLine: first + lines.length - suffix - prefix, endColumn: 1 }, text: replaced.map((line) => `${line}
`).join("") }
    };
  }
  let index = 0;
  while (index < found.length && index < wanted.length && found[index] === wanted[index]) index++;
  const firstLine = found.length === 0 ? lineOf(text, end) : lineOf(text, tableStart + (old.length - old.replace(/^[\s\u0085]+/, "").length)) + index;
  const from = positionOf2(text, tableStart);
  const to = positionOf2(text, end);
  return {
    state: "stale",
    first: { line: Math.min(firstLine, lineOf(text, end)), ...index < found.length ? { found: found[index] } : {}, ...index < wanted.length ? { expected: wanted[index] } : {} },
    differing,
    fix: { span: { line: from.line, column: from.column, endLine: to.line, endColumn: to.column }, text: `
${toc2}` }
  };
}

// src/readme/template.ts
var STAGES = ["alpha", "beta", "stable"];
function stageRank(stage) {
  return STAGES.indexOf(stage);
}
function headingKey(heading) {
  return heading.text.toLowerCase().replace(/[^\w\- ]/g, "").replace(/ /g, "-");
}
var REQUIRED_FROM = [/must be completed when targeting (alpha|beta|ga|stable)\b/i, /for (alpha|beta|ga|stable), this section is required/i];
function stageOfNote(note) {
  if (note === void 0) return void 0;
  const named = REQUIRED_FROM.flatMap((pattern) => {
    const match = pattern.exec(note);
    return match ? [match[1].toLowerCase() === "ga" ? "stable" : match[1].toLowerCase()] : [];
  });
  return named.sort((a, b) => stageRank(a) - stageRank(b))[0];
}
function readTemplateSections(template) {
  const text = template.text ?? "";
  const { end } = findMarkers(text);
  const endLine = end === -1 ? 0 : text.slice(0, end).split("\n").length;
  const headings = template.headings({ notes: true }).filter((heading) => heading.span.line > endLine);
  const sections2 = [];
  const open = [];
  for (const heading of headings) {
    while (open.length > 0 && open.at(-1).heading.depth >= heading.depth) open.pop();
    const parent = open.at(-1);
    const section = {
      heading,
      key: headingKey(heading),
      optional: /\(optional\)/i.test(heading.text) || parent?.optional === true,
      from: stageOfNote(heading.note) ?? parent?.from
    };
    sections2.push(section);
    open.push(section);
  }
  return sections2;
}
function matchSections(sections2, headings) {
  const matched = /* @__PURE__ */ new Map();
  const used = /* @__PURE__ */ new Set();
  const keyed = headings.map((heading) => ({ heading, key: headingKey(heading) }));
  for (const section of sections2) {
    const exact = keyed.find(({ heading, key }) => key === section.key && !used.has(heading));
    if (exact) {
      matched.set(section, exact.heading);
      used.add(exact.heading);
    }
  }
  for (const section of sections2) {
    if (matched.has(section)) continue;
    const limit = Math.floor(section.key.length / 5);
    let best;
    for (const { heading, key } of keyed) {
      if (used.has(heading) || limit === 0) continue;
      const distance = editDistance(key, section.key, Math.min(limit, best ? best.distance - 1 : limit));
      if (distance <= limit && (!best || distance < best.distance)) best = { heading, distance };
    }
    if (best) {
      matched.set(section, best.heading);
      used.add(best.heading);
    }
  }
  return matched;
}
function headingLine(heading) {
  return `${"#".repeat(heading.depth)} ${heading.text}`;
}

// src/rules/change/template-sections.ts
var sectionsOf = /* @__PURE__ */ new WeakMap();
function sections(template) {
  let found = sectionsOf.get(template);
  if (!found) sectionsOf.set(template, found = readTemplateSections(template));
  return found;
}
function placeOf(section, all, present) {
  for (let i = all.indexOf(section) - 1; i >= 0; i--) {
    const heading = present.get(all[i]);
    if (heading) return { text: `it goes after "${headingLine(heading)}" (line ${heading.span.line})`, line: heading.span.line };
  }
  return { text: "it goes first, before every other section", line: 1 };
}
function message(section, reason, template, place) {
  const heading = `"${headingLine(section.heading)}"`;
  switch (reason.kind) {
    case "new":
      return `this new README lacks ${heading}: a KEP's README has every section of ${template} but the optional ones; ${place}`;
    case "removed":
      return `this change removes ${heading}, a section of ${template} that the README had; keep it (write "N/A" and why, if it does not apply); ${place}`;
    case "stage":
      return `the KEP moves to stage ${reason.stage}, and ${template} asks for ${heading} from ${section.from} on; the README lacks it; ${place}`;
  }
}
var templateSections = changeRule(
  {
    id: "template-sections",
    description: "A change keeps the sections of the repository's README template (kubernetes/enhancements' keps/NNNN-kep-template/README.md, read from the base) that a KEP's README had; a new KEP's README has every section that is not optional; a KEP that moves to a stage has the sections the template asks for from that stage on (the production readiness questionnaire).",
    // A convention of the template that the project's own script prints and never fails on: a warning (docs/presets.md).
    severity: "warning",
    readsReadme: true
  },
  ({ change, before, after }, { readmes, options }) => {
    if (!readmes || !after) return [];
    const template = readmes.ruleFile(options.template);
    if (template.text === void 0) {
      return [{ span: FILE_START, message: `the README template ${options.template} cannot be read from the base of the change (${template.error}); set the template-sections rule's template option, or turn the rule off` }];
    }
    const readme = readmes.readmeOf(after);
    const base = before && readmes.baseReadmeOf?.(before);
    if (before && !base) return [];
    const newKep = change.kind === "added" || change.kind === "copied" || !before;
    const isNew = newKep || base?.text === void 0;
    const from = before && stringField(before, "stage");
    const to = stringField(after, "stage");
    const stageChange = to !== void 0 && to !== from && stageRank(to) >= 0 ? to : void 0;
    if (readme.text === void 0) {
      const what = newKep ? "this new KEP has no readable README.md" : base?.text !== void 0 ? "this change removes README.md (or makes it unreadable)" : stageChange !== void 0 ? `the KEP moves to stage ${stageChange} but has no readable README.md` : void 0;
      return what === void 0 ? [] : [{ span: FILE_START, message: `${what} (${readme.error}); copy ${options.template} beside kep.yaml and fill it in` }];
    }
    if (!isNew && stageChange === void 0 && base?.text === readme.text) return [];
    const all = sections(template);
    const present = matchSections(all, readme.headings());
    const had = base?.text === void 0 ? /* @__PURE__ */ new Map() : matchSections(all, base.headings());
    const reports = [];
    for (const section of all) {
      if (section.optional || present.has(section)) continue;
      let reason;
      if (isNew) reason = { kind: "new" };
      else if (had.has(section)) reason = { kind: "removed" };
      else if (stageChange !== void 0 && section.from !== void 0 && stageRank(section.from) <= stageRank(stageChange)) reason = { kind: "stage", stage: stageChange };
      if (!reason) continue;
      const place = placeOf(section, all, present);
      const text = readme.text.split("\n")[place.line - 1] ?? "";
      reports.push({ file: readme.file, span: { line: place.line, column: 1, endLine: place.line, endColumn: text.length + 1 }, message: message(section, reason, options.template, place.text) });
    }
    return reports;
  }
);

// src/rules/change/status-transition.ts
var statusTransition = changeRule({ id: "status-transition", description: "A status change follows an edge of the lifecycle.", rejects: "status" }, ({ before, after }, { lifecycle }) => {
  const from = statusOf(before, lifecycle);
  const to = statusOf(after, lifecycle);
  if (!after || from === void 0 || to === void 0 || from === to) return [];
  if ((lifecycle.transitions[from] ?? []).includes(to)) return [];
  return [
    {
      span: fieldSpan(after, "status"),
      message: `status changed from ${from} to ${to}, which the ${lifecycle.name} lifecycle does not allow: ${allowedNext(from, lifecycle.transitions[from] ?? [])}`,
      expected: lifecycle.transitions[from]
    }
  ];
});

// src/core/dataFile.ts
function folderOf(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}
function besidePath(file, name) {
  const folder = folderOf(file);
  return folder === "" ? name : `${folder}/${name}`;
}

// src/rules/support/ownersData.ts
function normalizeHandle(name) {
  const trimmed = name.trim();
  return (trimmed.startsWith("@") ? trimmed.slice(1) : trimmed).toLowerCase();
}
function scalarText(metadata, path, value) {
  if (typeof value === "string") return value;
  if (value === null) return "";
  if (typeof value === "object" || value === void 0) return void 0;
  const range = metadata.positions.get(pathKey(path))?.value;
  return range ? metadata.source.slice(range[0], range[1]) : String(value);
}
function commentAfter(source, end) {
  const newline = source.indexOf("\n", end);
  const rest = source.slice(end, newline === -1 ? source.length : newline).trim();
  return rest.startsWith("#") ? rest.slice(1).trim() : void 0;
}
function listedHandles(metadata, field, marker) {
  const list = metadata.data[field];
  if (!Array.isArray(list)) return void 0;
  const mayBeMarked = metadata.source.includes(marker);
  const handles = [];
  list.forEach((item, index) => {
    const text = scalarText(metadata, [field, index], item);
    if (text === void 0) return;
    const range = mayBeMarked ? metadata.positions.get(pathKey([field, index]))?.value : void 0;
    handles.push({ index, user: normalizeHandle(text), marked: range !== void 0 && commentAfter(metadata.source, range[1]) === marker });
  });
  return handles;
}
function ownersLists(file) {
  if ("problem" in file) return file.problem;
  const lists2 = { reviewers: [], approvers: [] };
  for (const key of ["reviewers", "approvers"]) {
    const value = file.data[key];
    if (value === void 0 || value === null) continue;
    if (!Array.isArray(value)) return `${key} is ${JSON.stringify(value)}, not a list of handles`;
    for (const [index, item] of value.entries()) {
      if (typeof item === "object" && item !== null) return `${key}[${index}] is a list or a mapping, not a handle`;
      lists2[key].push(normalizeHandle(item === null ? "" : String(item)));
    }
  }
  return lists2;
}
function aliasMembers(file, path, alias) {
  if (!file) return `${path} does not exist`;
  if ("problem" in file) return `${path} cannot be read: ${file.problem}`;
  const aliases = file.data.aliases;
  const members = typeof aliases === "object" && aliases !== null ? aliases[alias] : void 0;
  if (members === void 0) return `${path} has no alias ${alias} under aliases:`;
  if (!Array.isArray(members) || members.some((member) => typeof member === "object" && member !== null)) return `${path}'s alias ${alias} is not a list of handles`;
  const set = new Set(members.map((member) => normalizeHandle(member === null ? "" : String(member))));
  set.delete("");
  return set.size > 0 ? set : `${path}'s alias ${alias} has no members`;
}
function milestoneMinor(milestone) {
  if (milestone === void 0) return 0;
  const parts = milestone.replace(/^"+|"+$/g, "").trim().replace(/^v/, "").split(".");
  if (parts.length < 2) return 0;
  const minor = /^[+-]?\d+$/.test(parts[1]) ? Number(parts[1]) : NaN;
  return Number.isSafeInteger(minor) ? minor : 0;
}
var upcomingCache = /* @__PURE__ */ new WeakMap();
function upcomingMinor(repository) {
  let upcoming = upcomingCache.get(repository);
  if (upcoming === void 0) {
    const counts = /* @__PURE__ */ new Map();
    for (const doc of repository.documents) {
      const milestone = doc.metadata?.data?.["latest-milestone"];
      const minor = typeof milestone === "string" ? milestoneMinor(milestone) : 0;
      if (minor > 0) counts.set(minor, (counts.get(minor) ?? 0) + 1);
    }
    const minors = [...counts.keys()].sort((a, b) => b - a);
    upcoming = minors.find((minor) => counts.get(minor) >= 2) ?? minors[0] ?? 0;
    upcomingCache.set(repository, upcoming);
  }
  return upcoming;
}

// src/rules/kep/assigned-approvers.ts
var FIELD = { reviewer: "reviewers", approver: "approvers" };
function at(metadata, field, handle) {
  return handle ? spanAt(metadata, [field, handle.index]) : spanAt(metadata, [field], "key");
}
function checkOwners(metadata, file, context) {
  const options = context.options;
  const path = besidePath(file, options.owners);
  const marker = { reviewer: options.reviewerMarker, approver: options.approverMarker };
  const listed = { reviewer: listedHandles(metadata, "reviewers", marker.reviewer) ?? [], approver: listedHandles(metadata, "approvers", marker.approver) ?? [] };
  const assigned = { reviewer: listed.reviewer.filter((h) => h.marked), approver: listed.approver.filter((h) => h.marked) };
  const ownersFile = context.dataFiles?.get(path);
  const reports = [];
  if (!ownersFile) {
    for (const role of ["reviewer", "approver"]) {
      for (const handle of assigned[role]) {
        reports.push({
          span: at(metadata, FIELD[role], handle),
          message: `${FIELD[role]}[${handle.index}] "@${handle.user}" is marked # ${marker[role]}, but the KEP's folder has no ${options.owners} file (${path}) to list it; add ${path} with "${FIELD[role]}: [${handle.user}]", or remove the marker`
        });
      }
    }
    return reports;
  }
  const owners = ownersLists(ownersFile);
  if (typeof owners === "string") {
    const first = assigned.reviewer[0] ?? assigned.approver[0];
    const field = first ? assigned.reviewer[0] ? "reviewers" : "approvers" : "approvers";
    return [{ span: at(metadata, field, first), message: `${path} cannot be read as an OWNERS file (${owners}), so the assigned reviewers and approvers cannot be checked against it; fix ${path}` }];
  }
  for (const role of ["reviewer", "approver"]) {
    const field = FIELD[role];
    for (const handle of assigned[role]) {
      if (owners[field].includes(handle.user)) continue;
      reports.push({
        span: at(metadata, field, handle),
        message: `${field}[${handle.index}] "@${handle.user}" is marked # ${marker[role]}, but ${path} does not list "${handle.user}" under ${field}; add it there, or remove the marker`,
        expected: owners[field].map((user) => `@${user}`)
      });
    }
  }
  for (const role of ["reviewer", "approver"]) {
    const field = FIELD[role];
    for (const user of owners[field]) {
      if (assigned[role].some((handle) => handle.user === user)) continue;
      const unmarked = listed[role].find((handle) => handle.user === user);
      reports.push(
        unmarked ? {
          span: at(metadata, field, unmarked),
          message: `${field}[${unmarked.index}] "@${user}" is listed under ${field} in ${path} but not marked; write the comment "# ${marker[role]}" after it on its line, or remove "${user}" from ${path}`
        } : {
          span: at(metadata, field),
          message: `${path} lists "${user}" under ${field}, but ${field} does not name "@${user}" marked # ${marker[role]}; add the item - "@${user}" # ${marker[role]} to ${field}, or remove "${user}" from ${path}`
        }
      );
    }
  }
  return reports;
}
function checkTechLead(metadata, fields, context) {
  const options = context.options;
  const text = (field) => (scalarText(metadata, [field], fields[field]) ?? "").trim();
  if (options.inactiveStatuses.includes(text("status"))) return [];
  const milestone = text("latest-milestone");
  const minor = milestoneMinor(milestone);
  if (minor < milestoneMinor(options.since)) return [];
  const approvers = listedHandles(metadata, "approvers", options.approverMarker) ?? [];
  if (approvers.length === 0) {
    return [
      {
        span: at(metadata, "approvers"),
        message: `approvers lists no one; a KEP of ${options.folders.join(", ")} whose latest-milestone is ${options.since} or later (${milestone}) needs an approver: a member of ${options.techLeads} (${options.aliases})`
      }
    ];
  }
  const techLeads = aliasMembers(context.dataFiles?.get(options.aliases), options.aliases, options.techLeads);
  if (typeof techLeads === "string") {
    return [{ span: at(metadata, "approvers"), message: `cannot tell whether approvers include a member of ${options.techLeads}: ${techLeads}` }];
  }
  const leads = [...techLeads].sort().map((user) => `@${user}`);
  const hasTechLead = approvers.some((handle) => techLeads.has(handle.user));
  const marked = approvers.filter((handle) => handle.marked);
  const stage = text("stage");
  const release = options.release ?? context.release;
  const upcoming = release === void 0 ? upcomingMinor(context.repository) : milestoneMinor(release);
  const listed = approvers.map((handle) => `@${handle.user}`).join(", ");
  if (options.techLeadStages.includes(stage) && minor >= upcoming) {
    const reports = [];
    const why = `stage is ${stage} and latest-milestone ${milestone} is the upcoming release (v1.${upcoming}) or later`;
    if (!hasTechLead)
      reports.push({ span: at(metadata, "approvers"), message: `${why}, so approvers must include a member of ${options.techLeads} (${options.aliases}: ${leads.join(", ")}); it lists ${listed} \u2014 add one of them`, expected: leads });
    for (const handle of marked) {
      reports.push({
        span: at(metadata, "approvers", handle),
        message: `approvers[${handle.index}] "@${handle.user}" is marked # ${options.approverMarker}, but ${why}: its approver is a member of ${options.techLeads}, and an assigned approver comes after ${options.techLeadStages.join(", ")} \u2014 remove the marker`
      });
    }
    return reports;
  }
  if (hasTechLead || marked.length > 0) return [];
  return [
    {
      span: at(metadata, "approvers"),
      message: `approvers (${listed}) include no member of ${options.techLeads} (${options.aliases}: ${leads.join(", ")}) and no approver marked # ${options.approverMarker}; a KEP of ${options.folders.join(", ")} at stage ${stage || "(none)"} whose latest-milestone is ${options.since} or later needs one \u2014 add a tech lead, or an assigned approver marked "# ${options.approverMarker}" and listed in its folder's ${options.owners}`,
      expected: leads
    }
  ];
}
var assignedApprovers = kepRule(
  {
    id: "assigned-approvers",
    description: "Reviewers and approvers a kep.yaml marks as assigned (# sig-node-assigned-reviewer, # sig-node-assigned-approver) are the ones its folder's OWNERS lists, and from v1.36 on a SIG Node KEP's approvers include a SIG Node tech lead (at alpha in the upcoming release) or an assigned approver (kubernetes/enhancements' pkg/nodeapprovers)."
  },
  (doc, context) => {
    const metadata = doc.metadata;
    const fields = fieldsOf(doc);
    if (!metadata || !fields) return [];
    const reports = checkOwners(metadata, doc.file, context);
    if (context.options.folders.some((folder) => doc.file.startsWith(`${folder}/`))) reports.push(...checkTechLead(metadata, fields, context));
    return reports;
  },
  (options) => ({ besideKep: [options.owners], atRoot: [options.aliases] })
);

// src/schema/schemaReports.ts
function decodePointer(pointer) {
  return pointer.split("/").slice(1).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function instancePath(error) {
  return decodePointer(error.instancePath).map((part) => /^\d+$/.test(part) ? Number(part) : part);
}
function describePath(path) {
  if (path.length === 0) return "metadata";
  return path.map((part, i) => typeof part === "number" ? `[${part}]` : i === 0 ? asWritten(part) : `.${asWritten(part)}`).join("");
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
  const padded = padDate(found);
  const handle = found.trim().replace(/^[“"']|[”"']$/g, "");
  if (path.at(-1) === "github" && found.startsWith("@")) guess = found.slice(1);
  else if (error.keyword === "pattern" && String(error.schema).startsWith("^@") && /^@?[A-Za-z0-9-]+$/.test(handle)) guess = handle.startsWith("@") ? handle : `@${handle}`;
  else if (padded !== void 0 && (error.keyword === "pattern" || error.keyword === "format")) guess = realDate(padded);
  else if (/^kep-?\d+$/i.test(found)) guess = `KEP-${Number(found.replace(/\D/g, ""))}`;
  else if (/^\s*(sig|wg)[\s_-]/i.test(found))
    guess = found.trim().toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return guess === found ? void 0 : guess;
}
function exampleOf(root, field) {
  const properties = root.properties;
  const examples = properties?.[field]?.examples;
  if (!Array.isArray(examples) || examples.length === 0 || typeof examples[0] === "object") return void 0;
  return `${field}: ${String(examples[0])}`;
}
function messageFor(error, index, subject) {
  const path = instancePath(error);
  const where = describePath(path);
  const allowed = index.allowedText(error.parentSchema);
  const found = error.data;
  switch (error.keyword) {
    case "required": {
      const missing = error.params.missingProperty;
      const example = path.length === 0 ? exampleOf(index.root, missing) : void 0;
      return {
        text: `${path.length === 0 ? subject : where} has no "${missing}", which is required; add it${example ? ` (for example "${example}")` : ""}`,
        path,
        part: "value"
      };
    }
    case "additionalProperties": {
      const extra = error.params.additionalProperty;
      const known = Object.keys(error.parentSchema?.properties ?? {});
      const guess = didYouMean(extra, known);
      return {
        text: `unknown field ${excerpt(extra)} in ${path.length === 0 ? subject : where}; allowed fields are ${listOf(known)}${guess ? `; did you mean "${guess}"?` : "; remove it"}`,
        expected: guess ? [guess] : void 0,
        path: [...path, extra],
        part: "key"
      };
    }
    case "enum": {
      const values = (error.params.allowedValues ?? []).filter((value) => value !== null).map(String);
      const guess = typeof found === "string" ? didYouMean(found, values) : void 0;
      const fix = typeof found === "string" ? uniqueMatch(found, values) : void 0;
      return {
        text: `${where} ${quote(found)} is not one of ${listOf(values)}${guess ? `; did you mean "${guess}"?` : ""}`,
        expected: guess ? [guess] : values,
        path,
        part: "value",
        fix,
        // A state is a meaning: "implementing" is not "implemented" mistyped, so it is only suggested.
        applicability: fix !== void 0 && isSlipOf(found, fix) ? "safe" : "suggestion"
      };
    }
    case "type": {
      const values = error.parentSchema?.enum;
      const expected = allowed ?? (Array.isArray(values) ? `one of ${values.map(String).join(", ")}` : `${/^[aeiou]/.test(String(error.params.type)) ? "an" : "a"} ${String(error.params.type)}`);
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
        part: "value",
        fix: guess
      };
    }
  }
}
function topicOf(error, message2) {
  if (error.keyword === "additionalProperties" && message2.path.length === 1) return "unknown-field";
  if (error.keyword === "required" && message2.path.length === 0) {
    return error.params.missingProperty;
  }
  return String(message2.path[0] ?? "metadata");
}
function schemaReports(metadata, schema2, subject = "the metadata") {
  if (schema2.validate(metadata.data)) return [];
  const errors = collapseAnyOf(schema2.validate.errors ?? [], schema2.index);
  const seen = /* @__PURE__ */ new Set();
  const reports = [];
  const wrongType = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  for (const error of errors) {
    if (error.keyword !== "type" && error.keyword !== "required" && error.keyword !== "additionalProperties" && wrongType.has(error.instancePath)) continue;
    const message2 = messageFor(error, schema2.index, subject);
    const span = error.keyword === "required" && message2.path.length === 0 ? metadata.block : spanAt(metadata, message2.path, message2.part);
    if (metadata.errorLines.has(span.line)) continue;
    const key = `${span.line}:${span.column}:${message2.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const fix = message2.fix === void 0 ? void 0 : fixOf(message2.applicability ?? "safe", replaceScalar(metadata, message2.path, message2.fix));
    reports.push({ span, message: message2.text, expected: message2.expected, topic: topicOf(error, message2), ...fix ? { fix } : {} });
  }
  return reports;
}

// src/rules/invalidFields.ts
var findingsCache = /* @__PURE__ */ new WeakMap();
function findingsOf(metadata, schema2) {
  let findings = findingsCache.get(metadata);
  if (findings?.schema !== schema2) {
    const reports = schemaReports(metadata, schema2);
    findings = { schema: schema2, reports, fields: new Set(reports.map((report) => report.topic ?? "metadata")) };
    findingsCache.set(metadata, findings);
  }
  return findings;
}
function cachedSchemaReports(metadata, schema2) {
  return findingsOf(metadata, schema2).reports;
}
function invalidFields(doc, { schema: schema2, schemaValid }) {
  const metadata = doc.metadata;
  const data = metadata?.data;
  if (!metadata || typeof data === "object" && data !== null && schemaValid?.has(data)) return NONE;
  return findingsOf(metadata, schema2).fields;
}
var NONE = /* @__PURE__ */ new Set();
function fieldsValid(doc, context, ...fields) {
  const invalid = invalidFields(doc, context);
  return fields.every((field) => !invalid.has(field));
}

// src/rules/kep/date-order.ts
var DATE = /^\d{4}-\d{2}-\d{2}$/;
var dateOrder = kepRule({ id: "date-order", description: "last-updated is not before creation-date (when both are valid dates)." }, (doc, context) => {
  const created = stringField(doc, "creation-date");
  const updated = stringField(doc, "last-updated");
  if (!doc.metadata || !created || !updated || !DATE.test(created) || !DATE.test(updated) || !fieldsValid(doc, context, "creation-date", "last-updated")) return [];
  if (updated >= created) return [];
  return [
    {
      span: spanAt(doc.metadata, ["last-updated"]),
      message: `last-updated ${updated} is before creation-date ${created}; a KEP cannot change before it exists \u2014 use a date on or after ${created}`,
      expected: [created]
    }
  ];
});

// src/rules/kep/draft-date.ts
function isRealDate(yyyy, mm, dd) {
  const date = /* @__PURE__ */ new Date(0);
  date.setUTCFullYear(yyyy, mm - 1, dd);
  return date.getUTCFullYear() === yyyy && date.getUTCMonth() === mm - 1 && date.getUTCDate() === dd;
}
var draftDate = kepRule({ id: "draft-date", description: "The date in draft-YYYYMMDD is a real date and equals creation-date (when creation-date is itself valid)." }, (doc, context) => {
  const draft = draftNumber(doc);
  if (!doc.metadata || draft === void 0) return [];
  const digits = draft.slice("draft-".length);
  const [yyyy, mm, dd] = [digits.slice(0, 4), digits.slice(4, 6), digits.slice(6, 8)].map(Number);
  const created = fieldsValid(doc, context, "creation-date") ? stringField(doc, "creation-date") : void 0;
  const createdDigits = created && /^\d{4}-\d{2}-\d{2}$/.test(created) ? created.replaceAll("-", "") : void 0;
  const metadata = doc.metadata;
  const span = () => spanAt(metadata, ["kep-number"]);
  if (!isRealDate(yyyy, mm, dd)) {
    return [
      {
        span: span(),
        message: `kep-number "${draft}" does not hold a real date (YYYYMMDD)${createdDigits ? `; with creation-date ${created} it is draft-${createdDigits}` : ""}`,
        expected: createdDigits ? [`draft-${createdDigits}`] : void 0
      }
    ];
  }
  if (createdDigits && createdDigits !== digits) {
    return [
      {
        span: span(),
        message: `kep-number "${draft}" does not match creation-date ${created}: the draft number carries the date the KEP was created; did you mean "draft-${createdDigits}"?`,
        expected: [`draft-${createdDigits}`]
      }
    ];
  }
  return [];
});

// src/rules/kep/file-name.ts
function slugOf(title) {
  return title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}
var fileName = kepRule(
  {
    id: "file-name",
    description: "The file name is the kep-number (4 digits or more) or the draft number, then the slug of the title: 0042-my-title.md.",
    severity: "warning"
  },
  (doc) => {
    const title = stringField(doc, "title");
    const number = assignedNumber(doc);
    const draft = draftNumber(doc);
    if (!doc.metadata || title === void 0 || number === void 0 && draft === void 0) return [];
    const prefix = number !== void 0 ? String(number).padStart(4, "0") : draft;
    const name = doc.file.split("/").at(-1);
    const slug = slugOf(title);
    const expected = slug !== "" ? `${prefix}-${slug}.md` : `${prefix}${/^(?:\d+|draft-\d{8})((?:-.+)?\.md)$/.exec(name)?.[1] ?? ".md"}`;
    if (name === expected) return [];
    return [{ span: FILE_START, message: `the file is named ${name}, but its number and title make it ${expected}; rename it (git mv) so links and listings agree`, expected: [expected] }];
  }
);

// src/rules/kep/folder-number.ts
var folderNumber = kepRule({ id: "folder-number", description: "kep-number is the number the KEP's folder starts with." }, (doc) => {
  const metadata = doc.metadata;
  if (!metadata) return [];
  const folder = doc.file.split("/").at(-2) ?? "";
  const match = /^(\d+)-/.exec(folder);
  const number = assignedNumber(doc);
  if (!match) {
    return [{ span: FILE_START, message: `the KEP's folder "${folder}" does not start with its number; name it <kep-number>-<short-title>${number !== void 0 ? `, here ${number}-\u2026` : ""}` }];
  }
  const folderNumberValue = Number(match[1]);
  if (number === void 0 || number === folderNumberValue) return [];
  return [
    {
      span: spanAt(metadata, ["kep-number"]),
      message: `kep-number is ${number} but the KEP's folder is ${folder}; the number and the folder must agree: set kep-number to ${folderNumberValue} or rename the folder`,
      expected: [String(folderNumberValue)]
    }
  ];
});

// src/rules/kep/folder-sig.ts
var folderSig = kepRule({ id: "folder-sig", description: "A KEP lives in the folder of its owning SIG or working group (or the newcomers folder)." }, (doc, { options }) => {
  const { segment } = options;
  const owningSig = stringField(doc, "owning-sig");
  const top = doc.file.split("/")[segment] ?? "";
  const where = doc.file.split("/").slice(0, segment + 1).join("/");
  if (!doc.metadata || owningSig === void 0 || !/^(sig|wg|committee)-/.test(top) || top === owningSig) return [];
  return [
    {
      span: spanAt(doc.metadata, ["owning-sig"]),
      message: `owning-sig is ${owningSig} but the KEP is in ${where}/; move the KEP to the folder of ${owningSig} or set owning-sig to ${top}`,
      expected: [top]
    }
  ];
});

// src/rules/kep/folder-status.ts
var folderStatus = kepRule(
  {
    id: "folder-status",
    description: "A KEP in a deferred/, orphaned/ or retired/ folder has a matching status, and a KEP with such a status is in such a folder."
  },
  (doc, { lifecycle }) => {
    const status = stringField(doc, "status");
    if (!doc.metadata || status === void 0 || !lifecycle.states.includes(status)) return [];
    const folder = statusFolderOf(doc.file, lifecycle);
    const metadata = doc.metadata;
    const span = () => spanAt(metadata, ["status"]);
    const reports = [];
    const homes = Object.entries(lifecycle.folders).filter(([, states]) => states.includes(status)).map(([name]) => name);
    const sig = doc.file.split("/")[0];
    if (folder !== void 0 && !lifecycle.folders[folder].includes(status)) {
      const move = homes.length > 0 ? `move the file to ${sig}/${homes[0]}/` : `move the file out of ${folder}/`;
      reports.push({
        span: span(),
        message: `the KEP is in ${folder}/ but its status is ${status}; KEPs in ${folder}/ have status ${lifecycle.folders[folder].join(" or ")} \u2014 change the status, or ${move}`,
        expected: lifecycle.folders[folder],
        dependsOn: ["status"]
      });
    } else if (folder === void 0 && homes.length > 0) {
      reports.push({ span: span(), message: `status ${status} KEPs live in ${homes.map((home) => `${home}/`).join(" or ")}; move the file to ${sig}/${homes[0]}/`, dependsOn: ["status"] });
    }
    return reports;
  }
);

// src/rules/kep/handle-at.ts
function handleAtMessage(where, handle) {
  return `${where} is "${handle}" without @; kubernetes/enhancements' tooling reads it as the same person, but the template writes handles "@${handle}" \u2014 write "@${handle}"`;
}
var HANDLE_FIELDS = ["authors", "reviewers", "approvers", "prr-approvers"];
var handleAt = kepRule(
  {
    id: "handle-at",
    description: "GitHub handles in authors, reviewers, approvers and prr-approvers (and production readiness approvals) are written with @, as the template writes them.",
    severity: "warning",
    fixable: ["safe"]
  },
  (doc) => {
    const metadata = doc.metadata;
    const fields = fieldsOf(doc);
    if (!metadata || !fields) return [];
    const reports = [];
    for (const field of HANDLE_FIELDS) {
      const list = fields[field];
      if (!Array.isArray(list)) continue;
      list.forEach((item, index) => {
        if (typeof item !== "string" || item === "TBD" || !GITHUB_HANDLE.test(item)) return;
        const fix = fixOf("safe", replaceScalar(metadata, [field, index], `@${item}`));
        reports.push({ span: spanAt(metadata, [field, index]), message: handleAtMessage(`${field}[${index}]`, item), expected: [`@${item}`], ...fix ? { fix } : {} });
      });
    }
    return reports;
  }
);

// src/rules/kep/implemented-stage.ts
var FINAL_STAGES = ["stable", "deprecated", "disabled", "removed"];
var implementedStage = kepRule({ id: "implemented-stage", description: "An implemented KEP has reached stage stable (or, for a deprecation, deprecated, disabled or removed)." }, (doc, context) => {
  const stage = stringField(doc, "stage");
  if (!doc.metadata || stringField(doc, "status") !== "implemented" || stage === void 0 || FINAL_STAGES.includes(stage) || !fieldsValid(doc, context, "stage")) return [];
  return [
    {
      span: spanAt(doc.metadata, ["stage"]),
      message: `status is implemented but stage is ${stage}; a KEP is implemented once it is stable \u2014 set stage to stable, or status back to implementable while it graduates`,
      expected: ["stable"],
      dependsOn: ["status", "stage"]
    }
  ];
});

// src/rules/kep/milestone-order.ts
var milestoneOrder = kepRule(
  {
    id: "milestone-order",
    description: "The releases of the stages come in the order of the stages: milestone.alpha \u2264 milestone.beta \u2264 milestone.stable, and deprecated \u2264 disabled \u2264 removed."
  },
  (doc) => {
    const milestones = milestonesOf(fieldsOf(doc));
    if (!doc.metadata || !milestones) return [];
    const reports = [];
    for (const order of STAGE_ORDERS) {
      let latest;
      for (const stage of order) {
        const release = releaseOf(milestones[stage]);
        if (!release) continue;
        if (latest && compareReleases(release, latest.release) < 0) {
          reports.push({
            span: spanAt(doc.metadata, ["milestone", stage]),
            message: `milestone.${stage} is ${release.text}, before milestone.${latest.stage} ${latest.release.text}; a feature reaches ${stage} after ${latest.stage} \u2014 correct the release of one of them`
          });
          continue;
        }
        latest = { stage, release };
      }
    }
    return reports;
  }
);

// src/rules/support/stagedKep.ts
var STAGED = ["implementable", "implemented"];
function stagedKep(doc) {
  const status = stringField(doc, "status");
  const fields = fieldsOf(doc);
  if (!doc.metadata || !fields || status === void 0 || !STAGED.includes(status)) return void 0;
  return { status, metadata: doc.metadata, fields };
}

// src/rules/kep/milestone-required.ts
var milestoneRequired = kepRule(
  {
    id: "milestone-required",
    description: "An implementable or implemented KEP says its latest-milestone and the milestone of each stage.",
    severity: "warning"
  },
  (doc) => {
    const staged = stagedKep(doc);
    if (!staged) return [];
    const { status, metadata, fields } = staged;
    const missing = ["latest-milestone", "milestone"].filter((field) => fields[field] === void 0);
    if (missing.length === 0) return [];
    return [
      {
        span: spanAt(metadata, ["status"]),
        message: `status is ${status} but ${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} missing; say in which release the KEP is worked on and reaches each stage (for example "latest-milestone: v1.30" and "milestone: {alpha: v1.30}")`,
        dependsOn: ["status"]
      }
    ];
  }
);

// src/rules/kep/number-assigned.ts
var numberAssigned = kepRule(
  {
    id: "number-assigned",
    description: "A KEP in an approved state (Approved, Final, Replaced) has an assigned number, not draft-YYYYMMDD; a KEP in a state reached only before approval (Draft, Deferred, Rejected) has a draft-YYYYMMDD one, whether it is new or changed."
  },
  (doc, context) => {
    const { lifecycle, repository } = context;
    const status = stringField(doc, "status");
    if (!doc.metadata || status === void 0) return [];
    const draft = draftNumber(doc);
    if (draft !== void 0 && lifecycle.numbered.includes(status)) {
      const next = (repository.numbers().at(-1) ?? 0) + 1;
      return [
        {
          span: spanAt(doc.metadata, ["kep-number"]),
          message: `kep-number is still "${draft}" but status ${status} needs an assigned number (states that do: ${lifecycle.numbered.join(", ")}); the next free number is ${next}`,
          expected: [String(next)],
          dependsOn: ["status"]
        }
      ];
    }
    const number = assignedNumber(doc);
    const before = preApprovalStates(lifecycle);
    if (number === void 0 || !before.includes(status)) return [];
    const created = fieldsValid(doc, context, "creation-date") ? stringField(doc, "creation-date") : void 0;
    const suggestion = created !== void 0 && /^\d{4}-\d{2}-\d{2}$/.test(created) ? `draft-${created.replaceAll("-", "")}` : void 0;
    return [
      {
        span: spanAt(doc.metadata, ["kep-number"]),
        message: `kep-number is ${number} but status ${status} comes before approval (${before.join(", ")}), when the number is draft-YYYYMMDD until the change to ${lifecycle.numberAssignedOn ?? lifecycle.numbered[0]} assigns one; ${suggestion ? `write "${suggestion}"` : "write draft- and the creation date as YYYYMMDD"}`,
        expected: suggestion ? [suggestion] : void 0,
        dependsOn: ["status"]
      }
    ];
  }
);

// src/rules/kep/number-unique.ts
var numberUnique = kepRule({ id: "number-unique", description: "No two KEPs of the repository share an assigned kep-number." }, (doc, { repository }) => {
  const number = assignedNumber(doc);
  if (!doc.metadata || number === void 0) return [];
  const others = repository.withNumber(number).filter((other) => other !== doc);
  if (others.length === 0) return [];
  const next = (repository.numbers().at(-1) ?? 0) + 1;
  return [
    {
      span: spanAt(doc.metadata, ["kep-number"]),
      message: `kep-number ${number} is also used by ${others.map((other) => other.file).join(", ")}; every KEP needs its own number (the next free one is ${next})`,
      expected: [String(next)]
    }
  ];
});

// src/rules/kep/prod-readiness.ts
var PRR_SINCE_MINOR = 21;
function minorOf(milestone) {
  const match = typeof milestone === "string" ? /^v?1\.(\d+)$/.exec(milestone.trim()) : null;
  return match ? Number(match[1]) : void 0;
}
function beforeReview(fields) {
  const minor = minorOf(fields["latest-milestone"]);
  return minor === void 0 || minor < PRR_SINCE_MINOR;
}
var prodReadiness = kepRule(
  {
    id: "prod-readiness",
    description: "An implementable or implemented KEP has keps/prod-readiness/<sig>/<number>.yaml approving its current stage (a warning for KEPs implemented and last worked on before v1.21, when the review began \u2014 in a change, at the base too)."
  },
  (doc, context) => {
    const approvals = context.prodReadiness;
    const staged = stagedKep(doc);
    const stage = stringField(doc, "stage");
    const sig = stringField(doc, "owning-sig");
    const number = assignedNumber(doc);
    if (!staged || !approvals || !stage || !sig || number === void 0 || !fieldsValid(doc, context, "stage", "owning-sig")) return [];
    const { status, metadata, fields } = staged;
    const base = context.baseOf?.(doc);
    const baseFields = base && fieldsOf(base);
    const baseBefore = base === void 0 || baseFields !== void 0 && beforeReview(baseFields);
    const relaxed = status === "implemented" && beforeReview(fields) && baseBefore;
    const why = status === "implemented" && beforeReview(fields) && !baseBefore ? ` (latest-milestone was ${JSON.stringify(baseFields?.["latest-milestone"] ?? null)} at the base: the review applies, whatever the change sets it to)` : "";
    const path = `keps/prod-readiness/${sig}/${number}.yaml`;
    const approval = approvals.get(path);
    if (approval === void 0) {
      return [
        {
          span: spanAt(metadata, ["status"]),
          message: `status is ${status} but ${path} does not exist; an ${status} KEP needs a production readiness approval of its stage \u2014 add that file with "kep-number: ${number}" and "${stage}: {approver: "@\u2026"}"${why}`,
          relaxed,
          dependsOn: ["status", "stage"]
        }
      ];
    }
    const forStage = approval?.[stage];
    if (forStage && typeof forStage.approver === "string" && forStage.approver !== "") return [];
    const covered = Object.keys(approval ?? {}).filter((key) => key !== "kep-number");
    return [
      {
        span: spanAt(metadata, ["stage"]),
        message: `stage is ${stage} but ${path} has no approver for ${stage} (it approves ${covered.join(", ") || "no stage"}); ask a PRR approver to add "${stage}: {approver: "@\u2026"}"${why}`,
        relaxed,
        dependsOn: ["status", "stage"]
      }
    ];
  }
);

// src/rules/kep/recommended-fields.ts
var recommendedFields = kepRule(
  {
    id: "recommended-fields",
    description: "The metadata has the fields the template asks for beyond what the project's validator requires (kubernetes: reviewers, creation-date, and approvers not empty).",
    severity: "warning"
  },
  (doc, context) => {
    const { options } = context;
    const metadata = doc.metadata;
    const fields = fieldsOf(doc);
    if (!metadata || !fields) return [];
    return options.fields.filter((field) => (fields[field] === void 0 || fields[field] === null || Array.isArray(fields[field]) && fields[field].length === 0) && fieldsValid(doc, context, field)).map(
      (field) => fields[field] === void 0 ? { span: metadata.block, message: `the metadata has no "${field}"; kubernetes/enhancements' validator does not require it, but the template asks for it \u2014 add it` } : { span: spanAt(metadata, [field], "key"), message: `${field} is empty; kubernetes/enhancements' validator accepts that, but the template asks for ${field} \u2014 fill it in` }
    );
  }
);

// src/rules/kep/reference-exists.ts
var REFERENCE_FIELDS = ["see-also", "replaces", "superseded-by"];
function referencedFolder(reference) {
  const match = /^\/?(keps\/.+?)\/?(?:README\.md|kep\.yaml)?$/.exec(reference);
  return match?.[1];
}
function folderOf2(doc) {
  return doc.file.split("/").slice(0, -1).join("/");
}
var folderCache = /* @__PURE__ */ new WeakMap();
function knownFolders(documents) {
  let folders = folderCache.get(documents);
  if (!folders) {
    folders = new Set(documents.map(folderOf2));
    folderCache.set(documents, folders);
  }
  return folders;
}
var referenceExists = kepRule(
  {
    id: "reference-exists",
    description: "Every KEP named in see-also, replaces and superseded-by (by KEP-number or bare number, or by folder where the preset allows) exists in the repository, and is not this KEP."
  },
  (doc, { repository, options }) => {
    const metadata = doc.metadata;
    const fields = fieldsOf(doc);
    if (!metadata || !fields) return [];
    const own = assignedNumber(doc);
    const reports = [];
    for (const field of REFERENCE_FIELDS) {
      const list = fields[field];
      if (!Array.isArray(list)) continue;
      list.forEach((item, index) => {
        if (typeof item !== "string" && typeof item !== "number") return;
        const span = () => spanAt(metadata, [field, index]);
        const number = kepNumberOf(item);
        if (number !== void 0) {
          if (number === own) {
            reports.push({ span: span(), message: `${field} names KEP-${number}, which is this KEP itself; remove it` });
          } else if (repository.withNumber(number).length === 0) {
            reports.push({
              span: span(),
              message: options.paths ? `${field} names ${item}, but no KEP in this repository is there; correct the path or remove the reference` : `${field} names KEP-${number}, but no KEP in this repository has kep-number ${number}; correct the number or remove the reference`
            });
          }
          return;
        }
        const folder = options.paths && typeof item === "string" ? referencedFolder(item) : void 0;
        if (folder === void 0) return;
        if (folder === folderOf2(doc)) {
          reports.push({ span: span(), message: `${field} names ${item}, which is this KEP's own folder; remove it` });
          return;
        }
        const folders = knownFolders(repository.documents);
        if (folders.has(folder)) return;
        const suffix = `/${folder.split("/").at(-1)}`;
        let guess;
        for (const known of folders) {
          if (known.endsWith(suffix)) {
            guess = known;
            break;
          }
        }
        reports.push({
          span: span(),
          message: `${field} names ${item}, but no KEP in this repository is there${guess ? `; did you mean "/${guess}"?` : "; correct the path or remove the reference"}`,
          expected: guess ? [`/${guess}`] : void 0
        });
      });
    }
    return reports;
  }
);

// src/rules/kep/reference-form.ts
var referenceForm = kepRule(
  {
    id: "reference-form",
    description: "A KEP named in see-also, replaces or superseded-by is written KEP-1539 (or as its path, /keps/sig-node/1539-hugepages, where the preset allows), not as a bare number.",
    severity: "warning",
    fixable: ["safe"]
  },
  (doc, { repository, options }) => {
    const metadata = doc.metadata;
    const fields = fieldsOf(doc);
    if (!metadata || !fields) return [];
    const reports = [];
    for (const field of REFERENCE_FIELDS) {
      const list = fields[field];
      if (!Array.isArray(list)) continue;
      list.forEach((item, index) => {
        const bare = typeof item === "number" ? Number.isInteger(item) && item > 0 ? String(item) : void 0 : typeof item === "string" && /^[1-9]\d*$/.test(item) ? item : void 0;
        if (bare === void 0) return;
        const named = repository.withNumber(Number(bare));
        const path = options.paths && named.length > 0 ? `/${named[0].file.split("/").slice(0, -1).join("/")}` : void 0;
        const expected = path ? [path, `KEP-${bare}`] : [`KEP-${bare}`];
        const fix = named.length < 2 ? fixOf("safe", replaceScalar(metadata, [field, index], expected[0])) : void 0;
        reports.push({
          span: spanAt(metadata, [field, index]),
          message: `${field}[${index}] is the bare number "${bare}"; name the KEP as the template does: ${expected.map((e) => `"${e}"`).join(" or ")}`,
          expected,
          ...fix ? { fix } : {}
        });
      });
    }
    return reports;
  }
);

// src/rules/kep/replaced-status.ts
var replacedStatus = kepRule(
  {
    id: "replaced-status",
    description: "A KEP that names superseded-by is in a superseded state (Replaced), as KEP-1 pairs them.",
    severity: "warning"
  },
  (doc, context) => {
    const { lifecycle } = context;
    const status = stringField(doc, "status");
    const supersededBy = fieldsOf(doc)?.["superseded-by"];
    if (!doc.metadata || status === void 0 || lifecycle.superseded.length === 0 || !lifecycle.states.includes(status) || lifecycle.superseded.includes(status)) return [];
    if (!Array.isArray(supersededBy) || supersededBy.length === 0 || !fieldsValid(doc, context, "superseded-by")) return [];
    return [
      {
        span: spanAt(doc.metadata, ["superseded-by"], "key"),
        message: `superseded-by names ${supersededBy.length === 1 ? "a KEP" : `${supersededBy.length} KEPs`} but status is ${status}; KEP-1 pairs superseded-by with the move to ${lifecycle.superseded.join(" or ")} \u2014 change status, or remove superseded-by`,
        expected: lifecycle.superseded,
        dependsOn: ["status"]
      }
    ];
  }
);

// src/rules/kep/replaces-reciprocal.ts
function lists(target, field, number) {
  return kepReferences(target, field).some((reference) => reference.number === number);
}
var RECIPROCAL = {
  replaces: "superseded-by",
  "superseded-by": "replaces"
};
var replacesReciprocal = kepRule(
  {
    id: "replaces-reciprocal",
    description: "replaces and superseded-by agree: if KEP-A replaces KEP-B, KEP-B is superseded by KEP-A, and the other way round.",
    fixable: ["safe"]
  },
  (doc, { repository }) => {
    const own = assignedNumber(doc);
    if (!doc.metadata || own === void 0) return [];
    const reports = [];
    for (const field of ["replaces", "superseded-by"]) {
      const other = RECIPROCAL[field];
      for (const { index, number } of kepReferences(doc, field)) {
        if (number === own) continue;
        const targets = repository.withNumber(number);
        for (const target of targets) {
          if (lists(target, other, own)) continue;
          const edit2 = targets.length === 1 && target.metadata ? appendListItem(target.metadata, other, `KEP-${own}`) : void 0;
          const fix = edit2 && fixOf("safe", { ...edit2, file: target.file });
          reports.push({
            ...fix ? { fix } : {},
            span: spanAt(doc.metadata, [field, index]),
            message: `this KEP lists KEP-${number} in ${field}, but ${target.file} does not list KEP-${own} in ${other}; add "KEP-${own}" to ${other} there, or remove this entry`
          });
        }
      }
    }
    return reports;
  }
);

// src/rules/kep/schema.ts
var schema = kepRule(
  { id: "schema", description: "The metadata matches the preset's JSON Schema (or the repository's own): required fields, types, allowed values.", topics: true, fixable: ["safe", "suggestion"] },
  (doc, { schema: schema2, schemaValid }) => {
    const metadata = doc.metadata;
    if (!metadata) return [];
    const data = metadata.data;
    if (typeof data === "object" && data !== null && schemaValid?.has(data)) return [];
    return cachedSchemaReports(metadata, schema2);
  }
);

// src/rules/kep/sig-known.ts
var sigKnown = kepRule({ id: "sig-known", description: "owning-sig and participating-sigs name SIGs, working groups or committees of the configured sigs.yaml." }, (doc, { knownSigs }) => {
  const metadata = doc.metadata;
  const fields = fieldsOf(doc);
  if (!metadata || !fields || !knownSigs) return [];
  const known = [...knownSigs];
  const reports = [];
  const report = (value, path) => {
    if (typeof value !== "string" || value === "kubernetes-wide" || knownSigs.has(value)) return;
    const guess = didYouMean(value, known);
    reports.push({
      span: spanAt(metadata, path),
      message: `${path[0]} ${JSON.stringify(value)} is not a SIG, working group or committee of sigs.yaml${guess ? `; did you mean "${guess}"?` : ""}`,
      expected: guess ? [guess] : void 0
    });
  };
  report(fields["owning-sig"], ["owning-sig"]);
  const participating = fields["participating-sigs"];
  if (Array.isArray(participating)) participating.forEach((sig, index) => report(sig, ["participating-sigs", index]));
  return reports;
});

// src/rules/kep/stage-required.ts
var stageRequired = kepRule({ id: "stage-required", description: "An implementable or implemented KEP says its stage." }, (doc) => {
  const staged = stagedKep(doc);
  if (!staged || staged.fields.stage !== void 0) return [];
  const { status, metadata } = staged;
  return [
    {
      span: spanAt(metadata, ["status"]),
      message: `status is ${status} but there is no stage; an ${status} KEP says which stage it targets: add "stage: alpha" (or beta, stable, deprecated, disabled, removed)`,
      dependsOn: ["status"]
    }
  ];
});

// src/rules/kep/superseded-by-required.ts
var supersededByRequired = kepRule({ id: "superseded-by-required", description: "A Replaced KEP names the KEPs that supersede it in superseded-by." }, (doc, { lifecycle }) => {
  const status = stringField(doc, "status");
  if (!doc.metadata || status === void 0 || !lifecycle.superseded.includes(status)) return [];
  const supersededBy = fieldsOf(doc)?.["superseded-by"];
  if (Array.isArray(supersededBy) && supersededBy.length > 0) return [];
  return [
    {
      span: spanAt(doc.metadata, ["status"]),
      message: `status is ${status} but superseded-by ${supersededBy === void 0 ? "is missing" : supersededBy === null || Array.isArray(supersededBy) ? "is empty" : `is not a list (it is ${JSON.stringify(supersededBy)})`}; list the KEPs that replace this one in superseded-by`,
      dependsOn: ["status"]
    }
  ];
});

// src/rules/kep/toc.ts
var exemptions = /* @__PURE__ */ new WeakMap();
function exempted(readmes, list) {
  if (list === void 0) return /* @__PURE__ */ new Set();
  let byList = exemptions.get(readmes);
  if (!byList) exemptions.set(readmes, byList = /* @__PURE__ */ new Map());
  let files = byList.get(list);
  if (!files) {
    const text = readmes.ruleFile(list).text ?? "";
    files = new Set(text.split("\n").filter((line) => line !== ""));
    byList.set(list, files);
  }
  return files;
}
var REGENERATE = "regenerate it: kep-validator check --fix, or hack/update-toc.sh";
var toc = kepRule(
  {
    id: "toc",
    description: `A KEP README's table of contents between \`${TOC_START}\` and \`${TOC_END}\` is what mdtoc generates from its headings (kubernetes/enhancements' hack/verify-toc.sh: mdtoc's anchors, indentation and --max-depth=5), and a README that hack/.notableofcontents does not list has one.`,
    // Regenerating the table from the headings cannot change what the author meant: safe.
    fixable: ["safe"],
    readsReadme: true
  },
  (doc, { readmes, options }) => {
    if (!readmes) return [];
    const readme = readmes.readmeOf(doc);
    if (readme.text === void 0 || exempted(readmes, options.exclude).has(readme.file)) return [];
    const state = readme.toc(options.maxDepth);
    if (state.state === "fresh") return [];
    const lines = readme.text.split("\n");
    if (state.state === "no-markers") {
      const what = state.missing === "start" ? `no ${TOC_START} marker` : state.missing === "end" ? `no ${TOC_END} marker` : `${TOC_END} before ${TOC_START}`;
      const listed = options.exclude === void 0 ? "" : `, or list the file in ${options.exclude}`;
      return [
        {
          file: readme.file,
          span: { line: 1, column: 1, endLine: 1, endColumn: lines[0].length + 1 },
          message: `this README has ${what}: mdtoc (hack/verify-toc.sh) writes the table of contents between ${TOC_START} and ${TOC_END}; put both below the title, as the template does, then ${REGENERATE}${listed}`
        }
      ];
    }
    const line = state.first.line;
    const report = {
      file: readme.file,
      span: { line, column: 1, endLine: line, endColumn: lines[line - 1].length + 1 },
      message: `the table of contents is not what mdtoc generates from the headings (--max-depth=${options.maxDepth}): ${state.differing} of its lines differ, the first at line ${line}; ${REGENERATE}`,
      fix: { applicability: "safe", edits: [state.fix] }
    };
    if (state.first.expected !== void 0) report.expected = [state.first.expected];
    return [report];
  }
);

// src/presets/tekton/rules/tep-file-name.ts
import { posix as posix4 } from "node:path";
var tepFileName = kepRule(
  {
    id: "tep-file-name",
    description: "A TEP file is named by its number: four digits, a hyphen, then the slug (0042-my-title.md), as teps.py validate requires of every file in teps/."
  },
  (doc) => {
    if (fileNumberOf(doc.file) !== void 0) return [];
    const name = posix4.basename(doc.file);
    return [
      {
        span: FILE_START,
        message: `the file is named ${name}, but teps.py validate takes every file in teps/ for a TEP and requires its name to start with its four-digit number and a hyphen, then the slug, as 0042-my-title.md; rename it (kep-validator new --preset tekton names a new TEP), or move a file that is not a TEP out of teps/`
      }
    ];
  }
);

// src/presets/tekton/rules/tep-number-heading.ts
var headingSpan = (heading) => ({ line: heading.line, column: 1, endLine: heading.line, endColumn: heading.length + 1 });
var tepNumberHeading = kepRule(
  {
    id: "tep-number-heading",
    description: `A TEP has one "# TEP-NNNN: Title" heading after its front matter, and its number is the file's, as teps.py validate requires.`
  },
  (doc) => {
    const body = doc.body;
    if (!body) return [];
    const fileNumber = fileNumberOf(doc.file);
    const wanted = fileNumber === void 0 ? "TEP-NNNN" : tepLabel(fileNumber);
    if (body.closingLine === void 0) {
      return [
        {
          span: doc.metadata?.block ?? FILE_START,
          message: `teps.py reads the "# ${wanted}: Title" heading only after the front matter, and no line that is exactly "---" (nothing after the dashes, with a line break) closes it; close the front matter with such a line, then write the heading`
        }
      ];
    }
    const [first, ...more] = body.numberHeadings;
    const reports = [];
    const fromFrontMatter = doc.metadata && numberAsRead(doc).from === "front matter";
    if (!first && !fromFrontMatter) {
      reports.push({
        span: { line: body.closingLine, column: 1, endLine: body.closingLine, endColumn: 4 },
        message: `there is no "# ${wanted}: Title" heading after the front matter (closed on line ${body.closingLine}); teps.py validate reads the TEP's number from it: add the line "# ${wanted}: <the title>"`,
        expected: [`# ${wanted}: `]
      });
    }
    if (fromFrontMatter) {
      for (const heading of body.numberHeadings) {
        reports.push({
          span: headingSpan(heading),
          message: `the front matter has a "number" field, and teps.py validate reads the heading's ${heading.label} as a second number ("number" found more than once); remove the field \u2014 the heading carries the number`
        });
      }
    } else {
      for (const heading of more) {
        reports.push({
          span: headingSpan(heading),
          message: `a second "# TEP-NNNN:" heading (${heading.label}; the first is on line ${first.line}); teps.py validate rejects a TEP with two \u2014 make this one a heading of another level, or write it otherwise`
        });
      }
    }
    const { value, from } = numberAsRead(doc);
    if (fileNumber !== void 0 && value !== wanted) {
      const span = from === "heading" ? headingSpan(first) : from === "front matter" && doc.metadata ? spanAt(doc.metadata, ["number"]) : void 0;
      if (span) {
        reports.push({
          span,
          message: `the ${from} says ${typeof value === "string" ? value : JSON.stringify(value)}, but the file is numbered ${wanted}; teps.py validate requires them to agree \u2014 correct the ${from === "heading" ? "heading" : "field"}, or rename the file`,
          expected: [wanted]
        });
      }
    }
    return reports;
  }
);

// src/presets/tekton/rules/tep-number-next.ts
var tepNumberNext = changeRule(
  {
    id: "tep-number-next",
    description: 'A TEP a change adds or renumbers takes the next number: one past the highest of the TEPs and, in the action, of the open pull requests titled "TEP-NNNN" (as teps.py new numbers).',
    severity: "warning"
  },
  ({ change, after }, { repository, openPullRequests = [] }) => {
    if (!after || change.kind !== "added" && change.kind !== "renamed" && change.kind !== "copied") return [];
    const number = fileNumberOf(after.file);
    if (number === void 0) return [];
    if (change.previousPath !== void 0 && fileNumberOf(change.previousPath) === number) return [];
    const claims = openPullRequests.flatMap((pull) => {
      const claimed = claimedNumberOf(pull.title);
      return claimed === void 0 ? [] : [{ ...pull, claimed }];
    });
    const next = nextTepNumber(
      repository.documents.filter((doc) => doc !== after && doc.file !== after.file),
      claims.map((claim) => claim.claimed)
    );
    const rival = claims.find((claim) => claim.claimed === number);
    if (rival) {
      return [
        {
          span: FILE_START,
          message: `${tepLabel(number)} is claimed by open pull request #${rival.number} ("${rival.title.slice(0, 80)}"); teps.py new numbers after the open pull requests titled "TEP-NNNN" \u2014 take ${tepLabel(next)}, the next free number (teps.py renumber)`,
          expected: [tepLabel(next)]
        }
      ];
    }
    if (number === next) return [];
    return [
      {
        span: FILE_START,
        message: `${tepLabel(number)} is not the next TEP number, ${tepLabel(next)}${claims.length > 0 ? ' (after the TEPs and the open pull requests titled "TEP-NNNN")' : " (after the TEPs of this repository)"}; teps.py new numbers one past the highest in use \u2014 rename the file and its heading to ${tepLabel(next)} (teps.py renumber)`,
        expected: [tepLabel(next)]
      }
    ];
  }
);

// src/presets/tekton/rules/tep-number-unique.ts
var byNumberOf = /* @__PURE__ */ new WeakMap();
function byNumber(repository) {
  let map = byNumberOf.get(repository);
  if (!map) {
    map = /* @__PURE__ */ new Map();
    for (const doc of repository.documents) {
      const number = fileNumberOf(doc.file);
      if (number !== void 0) map.set(number, [...map.get(number) ?? [], doc]);
    }
    byNumberOf.set(repository, map);
  }
  return map;
}
var tepNumberUnique = kepRule(
  {
    id: "tep-number-unique",
    description: "No two TEPs share a number (teps.py validate means to check it, but its check never fires)."
  },
  (doc, { repository }) => {
    const number = fileNumberOf(doc.file);
    if (number === void 0) return [];
    const others = (byNumber(repository).get(number) ?? []).filter((other) => other !== doc);
    if (others.length === 0) return [];
    const next = tepLabel(nextTepNumber(repository.documents));
    return [
      {
        span: { line: 1, column: 1, endLine: 1, endColumn: 1 },
        message: `${tepLabel(number)} is also the number of ${others.map((other) => other.file).join(", ")}; every TEP needs its own number \u2014 renumber the newer one (teps.py renumber), to ${next}, the next free one`,
        expected: [next]
      }
    ];
  }
);

// src/presets/tekton/rules/tep-required-fields.ts
var REQUIRED = [
  ["title", "title: My Enhancement"],
  ["authors", 'authors: ["@handle"]'],
  ["creation-date", "creation-date: 2024-01-15"],
  ["status", "status: proposed"]
];
var tepRequiredFields = kepRule(
  {
    id: "tep-required-fields",
    description: "The front matter has title, authors, creation-date and status, none of them empty (null), as teps.py validate requires."
  },
  (doc) => {
    const fields = fieldsOf(doc);
    if (!doc.metadata || !fields || doc.readProblems.some((p) => isGraveReadProblem(p.rule))) return [];
    const reports = [];
    for (const [field, example] of REQUIRED) {
      if (fields[field] !== void 0 && fields[field] !== null) continue;
      const absent = !Object.hasOwn(fields, field);
      reports.push({
        span: absent ? doc.metadata.block : spanAt(doc.metadata, [field], "key"),
        message: `${absent ? `the front matter has no "${field}"` : `"${field}" is empty`}, which teps.py validate requires (title, authors, creation-date and status); ${absent ? "add it" : "give it a value"}, for example "${example}"`
      });
    }
    return reports;
  }
);

// src/presets/tekton/rules/tep-yaml-date.ts
var TIMESTAMP = /^(?:([0-9]{4})-([0-9]{2})-([0-9]{2})|([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[Tt]|[ \t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/;
function isYamlTimestamp(text) {
  return TIMESTAMP.test(text);
}
function impossibleTimestamp(text) {
  const match = TIMESTAMP.exec(text);
  if (!match) return void 0;
  const [year, month, day, hour = 0, minute = 0, second = 0] = (match[1] !== void 0 ? match.slice(1, 4) : match.slice(4, 10)).map(Number);
  if (year < 1) return "year 0 does not exist";
  if (month < 1 || month > 12) return `month ${month} is not 1-12`;
  const days = new Date(Date.UTC(2e3, month, 0)).getUTCDate() - (month === 2 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 1 : 0);
  if (day < 1 || day > days) return `day ${day} is not 1-${days} in month ${month}${month === 2 ? ` of ${year}` : ""}`;
  if (hour > 23) return `hour ${hour} is not 0-23`;
  if (minute > 59) return `minute ${minute} is not 0-59`;
  if (second > 59) return `second ${second} is not 0-59`;
  return void 0;
}
function* plainScalars(metadata) {
  for (const position of metadata.positions.values()) {
    const ranges = [position.key, position.scalar ? position.value : void 0];
    for (const range of ranges) {
      if (!range) continue;
      const text = metadata.source.slice(range[0], range[1]);
      if (/^['"|>!&*]/.test(text)) continue;
      yield { text, span: metadata.spanOf(range[0], range[1]) };
    }
  }
}
var tepYamlDate = kepRule(
  {
    id: "tep-yaml-date",
    description: "An unquoted date in the front matter is a real one: teps.py reads such values as dates, and an impossible date (2023-14-05) stops teps.py validate with an exception."
  },
  (doc) => {
    if (!doc.metadata) return [];
    const reports = [];
    for (const { text, span } of plainScalars(doc.metadata)) {
      const why = impossibleTimestamp(text);
      if (why === void 0) continue;
      reports.push({
        span,
        message: `${text} is not a real date (${why}); teps.py's YAML reader (ruamel.yaml) reads an unquoted yyyy-mm-dd as a date and fails on this one, which stops teps.py validate and teps.py table \u2014 write the real date`
      });
    }
    return reports;
  }
);

// src/presets/tekton/rules.ts
var TEKTON_RULES = [tepFileName, tepNumberHeading, tepRequiredFields, tepYamlDate, tepNumberUnique, tepNumberNext];

// src/presets/openshift/rules/upstream.ts
function notNew(doc, context) {
  return context.newFiles?.has(doc.file) !== true;
}
function goString(metadata, path, value) {
  if (typeof value === "string") return value;
  if (value === null || value === void 0) return "";
  const position = metadata.positions.get(pathKey(path));
  return position?.value ? metadata.source.slice(...position.value) : String(value);
}
var METADATA_LINT = "OpenShift's metadata-lint (hack/metadata-lint.sh)";
var TEMPLATE_LINT = "OpenShift's template-lint (hack/template-lint.sh)";
function listedStrings(metadata, field, value) {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) => item === null ? [] : [{ index, text: goString(metadata, [field, index], item) }]);
}

// src/presets/openshift/rules/people-required.ts
var PEOPLE = ["authors", "reviewers", "approvers", "api-approvers"];
function hint(field) {
  return field === "api-approvers" ? 'a GitHub handle such as "@janedoe", or None when the enhancement changes no API' : 'a GitHub handle such as "@janedoe"';
}
var peopleRequired = kepRule(
  {
    id: "people-required",
    description: "authors, reviewers, approvers and api-approvers each name at least one person (api-approvers may say None), and no entry is TBD or empty (OpenShift's metadata-lint; an error on an enhancement a change adds, a warning on any other).",
    topics: true
  },
  (doc, context) => {
    const metadata = doc.metadata;
    const fields = fieldsOf(doc);
    if (!metadata || !fields) return [];
    const relaxed = notNew(doc, context);
    const reports = [];
    for (const field of PEOPLE) {
      if (!fieldsValid(doc, context, field)) continue;
      const value = fields[field];
      const before = reports.length;
      let valid = 0;
      listedStrings(metadata, field, value).forEach(({ index, text: person }) => {
        if (person !== "TBD" && person !== "") {
          valid++;
          return;
        }
        const what = person === "TBD" ? "is TBD" : "is empty";
        reports.push({ span: spanAt(metadata, [field, index]), message: `${field}[${index}] ${what}; ${METADATA_LINT} requires ${hint(field)} \u2014 name the person`, topic: field, relaxed });
      });
      if (valid > 0 || reports.length > before) continue;
      const span = value === void 0 ? metadata.block : spanAt(metadata, [field], "key");
      reports.push({ span, message: `${value === void 0 ? `the metadata has no ${field}` : `${field} is empty`}; ${METADATA_LINT} requires at least one: ${hint(field)}`, topic: field, relaxed });
    }
    return reports;
  }
);

// src/presets/openshift/rules/required-sections.ts
function headingPattern(heading) {
  let source = "^";
  for (let i = 0; i < heading.length; i++) {
    const c = heading[i];
    const close = c === "[" ? heading.indexOf("]", i + 2) : -1;
    if (c === "\\" && i + 1 < heading.length) source += heading[++i].replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    else if (c === ".") source += ".";
    else if (c === "*" && i > 0) source += "*";
    else if (close !== -1) {
      source += heading.slice(i, close + 1).replace(/\\/g, "\\\\");
      i = close;
    } else source += c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(source);
}
var patterns = /* @__PURE__ */ new Map();
function patternOf(heading) {
  let pattern = patterns.get(heading);
  if (!pattern) patterns.set(heading, pattern = headingPattern(heading));
  return pattern;
}
function bodySpan(doc) {
  const title = doc.outline?.find((line) => line.text.startsWith("# "));
  return title ? { line: title.line, column: 1, endLine: title.line, endColumn: title.text.length + 1 } : FILE_START;
}
var requiredSectionsRule = kepRule(
  {
    id: "required-sections",
    description: "The enhancement has every section heading of the template (the repository's guidelines/enhancement_template.md) that is not [optional] (OpenShift's template-lint; an error on an enhancement a change adds, a warning on any other)."
  },
  (doc, context) => {
    const outline = doc.outline;
    if (!outline) return [];
    const missing = context.options.sections.filter((section) => !outline.some((line) => patternOf(section).test(line.text)));
    if (missing.length === 0) return [];
    const count = missing.length === 1 ? "a section of the template is missing" : `${missing.length} sections of the template are missing`;
    return [
      {
        span: bodySpan(doc),
        message: `${count}: ${missing.map((section) => `"${section}"`).join(", ")}; ${TEMPLATE_LINT} requires every heading of guidelines/enhancement_template.md that is not [optional] \u2014 add them (a section that does not apply says why)`,
        expected: missing,
        relaxed: notNew(doc, context)
      }
    ];
  }
);

// src/presets/openshift/rules/title-heading.ts
var titleHeading = kepRule(
  {
    id: "title-heading",
    description: `The enhancement has a title: a line that starts with "# " (OpenShift's template-lint; an error on an enhancement a change adds, a warning on any other).`
  },
  (doc, context) => {
    const outline = doc.outline;
    if (!outline || outline.some((line) => line.text.startsWith("# "))) return [];
    const span = doc.metadata ? { line: doc.metadata.block.endLine, column: 1, endLine: doc.metadata.block.endLine, endColumn: 4 } : FILE_START;
    return [{ span, message: `the enhancement has no title: no line starts with "# "; ${TEMPLATE_LINT} requires one \u2014 add a heading such as "# Neat Enhancement Idea" below the front matter`, relaxed: notNew(doc, context) }];
  }
);

// src/presets/openshift/rules/title-matches-file.ts
var FILE_BASE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
var titleMatchesFile = kepRule(
  {
    id: "title-matches-file",
    description: "title is the file's name without .md (OpenShift's metadata-lint; an error on an enhancement a change adds, a warning on any other)."
  },
  (doc, context) => {
    const metadata = doc.metadata;
    const fields = fieldsOf(doc);
    if (!metadata || !fields || !fieldsValid(doc, context, "title")) return [];
    const name = doc.file.split("/").at(-1);
    const base = name.replace(/\.md$/, "");
    const title = goString(metadata, ["title"], fields.title);
    if (title === base) return [];
    const relaxed = notNew(doc, context);
    if (title === "") {
      const span = fields.title === void 0 ? metadata.block : spanAt(metadata, ["title"], "key");
      return [{ span, message: `the metadata has no title; ${METADATA_LINT} requires it to be the file's name without .md \u2014 write title: ${base}`, expected: [base], relaxed }];
    }
    const rename = FILE_BASE.test(title) ? ` (or rename the file to ${title}.md)` : "";
    return [
      {
        span: spanAt(metadata, ["title"]),
        message: `title is "${title}" but the file is ${name}; ${METADATA_LINT} requires the title to be the file's name without .md \u2014 write title: ${base}${rename}`,
        expected: [base],
        relaxed
      }
    ];
  }
);

// src/presets/openshift/goUrl.ts
var isAlpha = (c) => c >= "a" && c <= "z" || c >= "A" && c <= "Z";
var isDigit = (c) => c >= "0" && c <= "9";
var isHex = (c) => c !== void 0 && /^[0-9A-Fa-f]$/.test(c);
function getScheme(raw) {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (isAlpha(c)) continue;
    if (isDigit(c) || c === "+" || c === "-" || c === ".") {
      if (i === 0) return { scheme: "", rest: raw };
      continue;
    }
    if (c === ":") return i === 0 ? { error: "missing protocol scheme" } : { scheme: raw.slice(0, i), rest: raw.slice(i + 1) };
    return { scheme: "", rest: raw };
  }
  return { scheme: "", rest: raw };
}
function hostMayHold(c) {
  return isAlpha(c) || isDigit(c) || `!$&'()*+,;=:[]<>"-_.~`.includes(c);
}
function unescape(s, mode) {
  for (let i = 0; i < s.length; ) {
    const c = s[i];
    if (c === "%") {
      if (i + 2 >= s.length || !isHex(s[i + 1]) || !isHex(s[i + 2])) return `invalid URL escape ${JSON.stringify(s.slice(i, i + 3))}`;
      const code = parseInt(s.slice(i + 1, i + 3), 16);
      if (mode === "host" && code >> 4 < 8 && s.slice(i, i + 3) !== "%25") return `invalid URL escape ${JSON.stringify(s.slice(i, i + 3))}`;
      if (mode === "zone" && s.slice(i, i + 3) !== "%25" && code !== 32 && !(code < 128 && hostMayHold(String.fromCharCode(code)))) return `invalid URL escape ${JSON.stringify(s.slice(i, i + 3))}`;
      i += 3;
      continue;
    }
    if ((mode === "host" || mode === "zone") && c.charCodeAt(0) < 128 && !hostMayHold(c)) return `invalid character ${JSON.stringify(c)} in host name`;
    i++;
  }
  return void 0;
}
function validOptionalPort(port) {
  return port === "" || /^:[0-9]*$/.test(port);
}
function parseHost(host) {
  if (host.startsWith("[")) {
    const i = host.lastIndexOf("]");
    if (i < 0) return "missing ']' in host";
    const colonPort = host.slice(i + 1);
    if (!validOptionalPort(colonPort)) return `invalid port ${JSON.stringify(colonPort)} after host`;
    const zone = host.slice(0, i).indexOf("%25");
    if (zone >= 0) return unescape(host.slice(0, zone), "host") ?? unescape(host.slice(zone, i), "zone") ?? unescape(host.slice(i), "host");
  } else {
    const i = host.lastIndexOf(":");
    if (i !== -1 && !validOptionalPort(host.slice(i))) return `invalid port ${JSON.stringify(host.slice(i))} after host`;
  }
  return unescape(host, "host");
}
function validUserinfo(userinfo) {
  return /^[A-Za-z0-9\-._:~!$&'()*+,;=%@]*$/.test(userinfo);
}
function parseAuthority(authority) {
  const at2 = authority.lastIndexOf("@");
  const hostError = parseHost(authority.slice(at2 + 1));
  if (hostError !== void 0 || at2 < 0) return hostError;
  const userinfo = authority.slice(0, at2);
  if (!validUserinfo(userinfo)) return "net/url: invalid userinfo";
  const colon = userinfo.indexOf(":");
  return colon < 0 ? unescape(userinfo, "user") : unescape(userinfo.slice(0, colon), "user") ?? unescape(userinfo.slice(colon + 1), "user");
}
function parseGoUrl(raw) {
  const hash = raw.indexOf("#");
  const beforeFragment = hash < 0 ? raw : raw.slice(0, hash);
  const fragment = hash < 0 ? "" : raw.slice(hash + 1);
  const parsed = parse2(beforeFragment);
  if ("error" in parsed || fragment === "") return parsed;
  const error = unescape(fragment, "fragment");
  return error === void 0 ? parsed : { error };
}
function parse2(raw) {
  if ([...raw].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)) return { error: "net/url: invalid control character in URL" };
  if (raw === "*") return { scheme: "" };
  const schemed = getScheme(raw);
  if ("error" in schemed) return schemed;
  const scheme = schemed.scheme.toLowerCase();
  let rest = schemed.rest;
  if (rest.endsWith("?") && rest.split("?").length === 2) rest = rest.slice(0, -1);
  else if (rest.includes("?")) rest = rest.slice(0, rest.indexOf("?"));
  if (!rest.startsWith("/")) {
    if (scheme !== "") return { scheme };
    if (rest.split("/")[0].includes(":")) return { error: "first path segment in URL cannot contain colon" };
  }
  if ((scheme !== "" || !rest.startsWith("///")) && rest.startsWith("//")) {
    let authority = rest.slice(2);
    rest = "";
    const slash = authority.indexOf("/");
    if (slash >= 0) {
      rest = authority.slice(slash);
      authority = authority.slice(0, slash);
    }
    const error2 = parseAuthority(authority);
    if (error2 !== void 0) return { error: error2 };
  }
  const error = unescape(rest, "path");
  return error === void 0 ? { scheme } : { error };
}

// src/presets/openshift/rules/tracking-link.ts
var EXAMPLE = "https://issues.redhat.com/browse/OCPSTRAT-1234";
var trackingLink = kepRule(
  {
    id: "tracking-link",
    description: "tracking-link lists at least one URL of the tracking ticket, and no entry that is TBD, empty or not a URL (OpenShift's metadata-lint; an error on an enhancement a change adds, a warning on any other)."
  },
  (doc, context) => {
    const metadata = doc.metadata;
    const fields = fieldsOf(doc);
    if (!metadata || !fields || !fieldsValid(doc, context, "tracking-link")) return [];
    const relaxed = notNew(doc, context);
    const value = fields["tracking-link"];
    const reports = [];
    let valid = 0;
    listedStrings(metadata, "tracking-link", value).forEach(({ index, text: link }) => {
      const where = `tracking-link[${index}]`;
      const report = (what) => {
        reports.push({ span: spanAt(metadata, ["tracking-link", index]), message: `${where} ${what}; ${METADATA_LINT} requires the link to the tracking ticket (a Jira Feature or Epic), such as ${EXAMPLE}`, relaxed });
      };
      if (link === "TBD") return report("is TBD");
      if (link === "") return report("is empty");
      const url = parseGoUrl(link);
      if ("error" in url) return report(`"${link}" is not a URL (${url.error})`);
      if (url.scheme === "") return report(`"${link}" is not a URL: it has no scheme such as https://`);
      valid++;
    });
    if (valid === 0 && reports.length === 0) {
      const span = value === void 0 ? metadata.block : spanAt(metadata, ["tracking-link"], "key");
      reports.push({
        span,
        message: `${value === void 0 ? "the metadata has no tracking-link" : "tracking-link is empty"}; ${METADATA_LINT} requires at least one link to the tracking ticket (a Jira Feature or Epic) \u2014 add one, such as ${EXAMPLE}`,
        relaxed
      });
    }
    return reports;
  }
);

// src/presets/openshift/rules/index.ts
var OPENSHIFT_RULES = [titleMatchesFile, trackingLink, peopleRequired, requiredSectionsRule, titleHeading];

// src/rules/registry.ts
var ALL = [
  ...READING_RULES,
  schema,
  recommendedFields,
  handleAt,
  numberAssigned,
  draftDate,
  dateOrder,
  supersededByRequired,
  replacedStatus,
  numberUnique,
  referenceExists,
  referenceForm,
  replacesReciprocal,
  folderSig,
  folderStatus,
  fileName,
  sigKnown,
  folderNumber,
  stageRequired,
  milestoneRequired,
  milestoneOrder,
  implementedStage,
  prodReadiness,
  prodReadinessSchema,
  assignedApprovers,
  ...OPENSHIFT_RULES,
  toc,
  statusTransition,
  stageTransition,
  milestoneMovedBack,
  initialStatus,
  numberChanged,
  numberAssignment,
  numberNext,
  creationDateChanged,
  lastUpdated,
  fileDeleted,
  templateSections,
  baseUnreadable,
  // The tekton preset's own rules, kept in its folder (src/presets/tekton/).
  ...TEKTON_RULES,
  indexStale,
  configuration
];
var RULES2 = new Map(ALL.map((rule) => [rule.meta.id, rule]));
if (RULES2.size !== ALL.length) throw new Error("internal error: two rules share an id");

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

export {
  GITHUB_HANDLE,
  sameValue,
  canonicalScalar,
  canonicalData,
  MetadataEditError,
  replaceScalar,
  MetadataEditor,
  schemaReports,
  matcher,
  selectKepFiles,
  isKepPath,
  fieldsOf,
  stringField,
  assignedNumber,
  draftNumber,
  READ_PROBLEMS,
  isGraveReadProblem,
  tepLabel,
  nextTepNumber,
  TEMPLATE_FILE,
  BUILTIN_TEMPLATE,
  PRESET_NAMES,
  DEFAULT_PRESET,
  PRESETS,
  statusFolderOf,
  allowedNext,
  findMarkers,
  checkToc,
  folderOf,
  besidePath,
  slugOf,
  handleAtMessage,
  isYamlTimestamp,
  RULES2 as RULES,
  SeverityPolicy
};
