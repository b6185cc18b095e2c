import { createRequire as __kepCreateRequire } from 'node:module';
const require = __kepCreateRequire(import.meta.url);
import {
  __commonJS,
  __glob,
  __toESM
} from "./chunks/chunk-ZZYXWRD5.js";

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
        const platform2 = navigator.platform.toLowerCase();
        return platform2 === "win32" || platform2 === "windows";
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
    var isPathSeparator = (code2) => {
      return code2 === CHAR_FORWARD_SLASH || code2 === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan3 = (input, options) => {
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
      let code2;
      let token = { value: "", depth: 0, isGlob: false };
      const eos2 = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code2;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code2 = advance();
        let next;
        if (code2 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code2 = advance();
          if (code2 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code2 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos2() !== true && (code2 = advance())) {
            if (code2 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code2 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code2 === CHAR_DOT && (code2 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code2 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code2 === CHAR_RIGHT_CURLY_BRACE) {
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
        if (code2 === CHAR_FORWARD_SLASH) {
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
          const isExtglobChar = code2 === CHAR_PLUS || code2 === CHAR_AT || code2 === CHAR_ASTERISK || code2 === CHAR_QUESTION_MARK || code2 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code2 === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos2() !== true && (code2 = advance())) {
                if (code2 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code2 === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code2 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos2() !== true && (next = advance())) {
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
        if (opts.nonegate !== true && code2 === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code2 === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos2() !== true && (code2 = advance())) {
              if (code2 === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code2 === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
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
        if (!isPathSeparator(code2)) {
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
    module.exports = scan3;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants4 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants4;
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
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants4.DEFAULT_MAX_EXTGLOB_RECURSION;
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
    var parse5 = (input, options) => {
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
      const PLATFORM_CHARS = constants4.globChars(opts.windows);
      const EXTGLOB_CHARS = constants4.extglobChars(PLATFORM_CHARS);
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
      const eos2 = () => state.index === len - 1;
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
      const push2 = (tok) => {
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
        push2({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push2({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push2({ type: "paren", extglob: true, value, output: "" });
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
          if (extglobStar !== star || eos2() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse5(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push2({ type: "paren", extglob: true, value, output });
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
      while (!eos2()) {
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
            push2({ type: "text", value });
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
            push2({ type: "text", value });
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
                const posix8 = POSIX_REGEX_SOURCE[rest2];
                if (posix8) {
                  prev.value = pre + posix8;
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
            push2({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push2({ type: "paren", value });
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
          push2({ type: "paren", value, output: state.parens ? ")" : "\\)" });
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
          push2({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push2({ type: "text", value, output: `\\${value}` });
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
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push2(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push2({ type: "text", value, output: value });
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
          push2({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push2({ type: "comma", value, output });
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
          push2({ type: "slash", value, output: SLASH_LITERAL });
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
            push2({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push2({ type: "dot", value, output: DOT_LITERAL });
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
            push2({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push2({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push2({ type: "qmark", value, output: QMARK });
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
            push2({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push2({ type: "plus", value });
            continue;
          }
          push2({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push2({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push2({ type: "text", value });
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
          push2({ type: "text", value });
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
            push2({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push2({ type: "star", value, output: "" });
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
          const isEnd = eos2() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos2()) {
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
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
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
          push2(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push2(token);
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
        push2(token);
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
        push2({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
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
    parse5.fastpaths = (input, options) => {
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
      } = constants4.globChars(opts.windows);
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
    module.exports = parse5;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan3 = require_scan();
    var parse5 = require_parse();
    var utils = require_utils();
    var constants4 = require_constants();
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
      const posix8 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher2 = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix8 });
        const result = { glob, state, regex, posix: posix8, input, output, match, isMatch };
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
    picomatch2.test = (input, regex, options, { glob, posix: posix8 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix8 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix8);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix8 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix8 }));
    };
    picomatch2.isMatch = (str, patterns2, options) => picomatch2(patterns2, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse5(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan3(input, options);
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
        parsed.output = parse5.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse5(input, options);
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
    picomatch2.constants = constants4;
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

// src/config/indexFixCommand.ts
import { relative as relative2, resolve as resolve5, sep as sep2 } from "node:path";

// src/config/configFile.ts
import { dirname as dirname3, resolve as resolve3 } from "node:path";

// src/core/loadError.ts
var LoadError = class extends Error {
  constructor(message2, problems = []) {
    super(message2);
    this.problems = problems;
  }
  problems;
};

// node_modules/yaml/browser/dist/nodes/identity.js
var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
function isCollection(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case MAP:
      case SEQ:
        return true;
    }
  return false;
}
function isNode(node) {
  if (node && typeof node === "object")
    switch (node[NODE_TYPE]) {
      case ALIAS:
      case MAP:
      case SCALAR:
      case SEQ:
        return true;
    }
  return false;
}
var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

// node_modules/yaml/browser/dist/visit.js
var BREAK = /* @__PURE__ */ Symbol("break visit");
var SKIP = /* @__PURE__ */ Symbol("skip children");
var REMOVE = /* @__PURE__ */ Symbol("remove node");
function visit(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    visit_(null, node, visitor_, Object.freeze([]));
}
visit.BREAK = BREAK;
visit.SKIP = SKIP;
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
  const ctrl = callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visit_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path = Object.freeze(path.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = visit_(i, node.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path = Object.freeze(path.concat(node));
      const ck = visit_("key", node.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = visit_("value", node.value, visitor, path);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
async function visitAsync(node, visitor) {
  const visitor_ = initVisitor(visitor);
  if (isDocument(node)) {
    const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
    if (cd === REMOVE)
      node.contents = null;
  } else
    await visitAsync_(null, node, visitor_, Object.freeze([]));
}
visitAsync.BREAK = BREAK;
visitAsync.SKIP = SKIP;
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
  const ctrl = await callVisitor(key, node, visitor, path);
  if (isNode(ctrl) || isPair(ctrl)) {
    replaceNode(key, path, ctrl);
    return visitAsync_(key, ctrl, visitor, path);
  }
  if (typeof ctrl !== "symbol") {
    if (isCollection(node)) {
      path = Object.freeze(path.concat(node));
      for (let i = 0; i < node.items.length; ++i) {
        const ci = await visitAsync_(i, node.items[i], visitor, path);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK)
          return BREAK;
        else if (ci === REMOVE) {
          node.items.splice(i, 1);
          i -= 1;
        }
      }
    } else if (isPair(node)) {
      path = Object.freeze(path.concat(node));
      const ck = await visitAsync_("key", node.key, visitor, path);
      if (ck === BREAK)
        return BREAK;
      else if (ck === REMOVE)
        node.key = null;
      const cv = await visitAsync_("value", node.value, visitor, path);
      if (cv === BREAK)
        return BREAK;
      else if (cv === REMOVE)
        node.value = null;
    }
  }
  return ctrl;
}
function initVisitor(visitor) {
  if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
    return Object.assign({
      Alias: visitor.Node,
      Map: visitor.Node,
      Scalar: visitor.Node,
      Seq: visitor.Node
    }, visitor.Value && {
      Map: visitor.Value,
      Scalar: visitor.Value,
      Seq: visitor.Value
    }, visitor.Collection && {
      Map: visitor.Collection,
      Seq: visitor.Collection
    }, visitor);
  }
  return visitor;
}
function callVisitor(key, node, visitor, path) {
  if (typeof visitor === "function")
    return visitor(key, node, path);
  if (isMap(node))
    return visitor.Map?.(key, node, path);
  if (isSeq(node))
    return visitor.Seq?.(key, node, path);
  if (isPair(node))
    return visitor.Pair?.(key, node, path);
  if (isScalar(node))
    return visitor.Scalar?.(key, node, path);
  if (isAlias(node))
    return visitor.Alias?.(key, node, path);
  return void 0;
}
function replaceNode(key, path, node) {
  const parent = path[path.length - 1];
  if (isCollection(parent)) {
    parent.items[key] = node;
  } else if (isPair(parent)) {
    if (key === "key")
      parent.key = node;
    else
      parent.value = node;
  } else if (isDocument(parent)) {
    parent.contents = node;
  } else {
    const pt = isAlias(parent) ? "alias" : "scalar";
    throw new Error(`Cannot replace node with ${pt} parent`);
  }
}

// node_modules/yaml/browser/dist/doc/directives.js
var escapeChars = {
  "!": "%21",
  ",": "%2C",
  "[": "%5B",
  "]": "%5D",
  "{": "%7B",
  "}": "%7D"
};
var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
var Directives = class _Directives {
  constructor(yaml, tags) {
    this.docStart = null;
    this.docEnd = false;
    this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
    this.tags = Object.assign({}, _Directives.defaultTags, tags);
  }
  clone() {
    const copy = new _Directives(this.yaml, this.tags);
    copy.docStart = this.docStart;
    return copy;
  }
  /**
   * During parsing, get a Directives instance for the current document and
   * update the stream state according to the current version's spec.
   */
  atDocument() {
    const res = new _Directives(this.yaml, this.tags);
    switch (this.yaml.version) {
      case "1.1":
        this.atNextDocument = true;
        break;
      case "1.2":
        this.atNextDocument = false;
        this.yaml = {
          explicit: _Directives.defaultYaml.explicit,
          version: "1.2"
        };
        this.tags = Object.assign({}, _Directives.defaultTags);
        break;
    }
    return res;
  }
  /**
   * @param onError - May be called even if the action was successful
   * @returns `true` on success
   */
  add(line2, onError) {
    if (this.atNextDocument) {
      this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
      this.tags = Object.assign({}, _Directives.defaultTags);
      this.atNextDocument = false;
    }
    const parts = line2.trim().split(/[ \t]+/);
    const name = parts.shift();
    switch (name) {
      case "%TAG": {
        if (parts.length !== 2) {
          onError(0, "%TAG directive should contain exactly two parts");
          if (parts.length < 2)
            return false;
        }
        const [handle, prefix] = parts;
        this.tags[handle] = prefix;
        return true;
      }
      case "%YAML": {
        this.yaml.explicit = true;
        if (parts.length !== 1) {
          onError(0, "%YAML directive should contain exactly one part");
          return false;
        }
        const [version] = parts;
        if (version === "1.1" || version === "1.2") {
          this.yaml.version = version;
          return true;
        } else {
          const isValid = /^\d+\.\d+$/.test(version);
          onError(6, `Unsupported YAML version ${version}`, isValid);
          return false;
        }
      }
      default:
        onError(0, `Unknown directive ${name}`, true);
        return false;
    }
  }
  /**
   * Resolves a tag, matching handles to those defined in %TAG directives.
   *
   * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
   *   `'!local'` tag, or `null` if unresolvable.
   */
  tagName(source, onError) {
    if (source === "!")
      return "!";
    if (source[0] !== "!") {
      onError(`Not a valid tag: ${source}`);
      return null;
    }
    if (source[1] === "<") {
      const verbatim = source.slice(2, -1);
      if (verbatim === "!" || verbatim === "!!") {
        onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
        return null;
      }
      if (source[source.length - 1] !== ">")
        onError("Verbatim tags must end with a >");
      return verbatim;
    }
    const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
    if (!suffix)
      onError(`The ${source} tag has no suffix`);
    const prefix = this.tags[handle];
    if (prefix) {
      try {
        return prefix + decodeURIComponent(suffix);
      } catch (error3) {
        onError(String(error3));
        return null;
      }
    }
    if (handle === "!")
      return source;
    onError(`Could not resolve tag: ${source}`);
    return null;
  }
  /**
   * Given a fully resolved tag, returns its printable string form,
   * taking into account current tag prefixes and defaults.
   */
  tagString(tag) {
    for (const [handle, prefix] of Object.entries(this.tags)) {
      if (tag.startsWith(prefix))
        return handle + escapeTagName(tag.substring(prefix.length));
    }
    return tag[0] === "!" ? tag : `!<${tag}>`;
  }
  toString(doc) {
    const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
    const tagEntries = Object.entries(this.tags);
    let tagNames;
    if (doc && tagEntries.length > 0 && isNode(doc.contents)) {
      const tags = {};
      visit(doc.contents, (_key, node) => {
        if (isNode(node) && node.tag)
          tags[node.tag] = true;
      });
      tagNames = Object.keys(tags);
    } else
      tagNames = [];
    for (const [handle, prefix] of tagEntries) {
      if (handle === "!!" && prefix === "tag:yaml.org,2002:")
        continue;
      if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
        lines.push(`%TAG ${handle} ${prefix}`);
    }
    return lines.join("\n");
  }
};
Directives.defaultYaml = { explicit: false, version: "1.2" };
Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };

// node_modules/yaml/browser/dist/doc/anchors.js
function anchorIsValid(anchor) {
  if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
    const sa = JSON.stringify(anchor);
    const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
    throw new Error(msg);
  }
  return true;
}
function anchorNames(root) {
  const anchors = /* @__PURE__ */ new Set();
  visit(root, {
    Value(_key, node) {
      if (node.anchor)
        anchors.add(node.anchor);
    }
  });
  return anchors;
}
function findNewAnchor(prefix, exclude) {
  for (let i = 1; true; ++i) {
    const name = `${prefix}${i}`;
    if (!exclude.has(name))
      return name;
  }
}
function createNodeAnchors(doc, prefix) {
  const aliasObjects = [];
  const sourceObjects = /* @__PURE__ */ new Map();
  let prevAnchors = null;
  return {
    onAnchor: (source) => {
      aliasObjects.push(source);
      prevAnchors ?? (prevAnchors = anchorNames(doc));
      const anchor = findNewAnchor(prefix, prevAnchors);
      prevAnchors.add(anchor);
      return anchor;
    },
    /**
     * With circular references, the source node is only resolved after all
     * of its child nodes are. This is why anchors are set only after all of
     * the nodes have been created.
     */
    setAnchors: () => {
      for (const source of aliasObjects) {
        const ref = sourceObjects.get(source);
        if (typeof ref === "object" && ref.anchor && (isScalar(ref.node) || isCollection(ref.node))) {
          ref.node.anchor = ref.anchor;
        } else {
          const error3 = new Error("Failed to resolve repeated object (this should not happen)");
          error3.source = source;
          throw error3;
        }
      }
    },
    sourceObjects
  };
}

// node_modules/yaml/browser/dist/doc/applyReviver.js
function applyReviver(reviver, obj, key, val) {
  if (val && typeof val === "object") {
    if (Array.isArray(val)) {
      for (let i = 0, len = val.length; i < len; ++i) {
        const v0 = val[i];
        const v1 = applyReviver(reviver, val, String(i), v0);
        if (v1 === void 0)
          delete val[i];
        else if (v1 !== v0)
          val[i] = v1;
      }
    } else if (val instanceof Map) {
      for (const k of Array.from(val.keys())) {
        const v0 = val.get(k);
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          val.delete(k);
        else if (v1 !== v0)
          val.set(k, v1);
      }
    } else if (val instanceof Set) {
      for (const v0 of Array.from(val)) {
        const v1 = applyReviver(reviver, val, v0, v0);
        if (v1 === void 0)
          val.delete(v0);
        else if (v1 !== v0) {
          val.delete(v0);
          val.add(v1);
        }
      }
    } else {
      for (const [k, v0] of Object.entries(val)) {
        const v1 = applyReviver(reviver, val, k, v0);
        if (v1 === void 0)
          delete val[k];
        else if (v1 !== v0)
          val[k] = v1;
      }
    }
  }
  return reviver.call(obj, key, val);
}

// node_modules/yaml/browser/dist/nodes/toJS.js
function toJS(value, arg, ctx) {
  if (Array.isArray(value))
    return value.map((v, i) => toJS(v, String(i), ctx));
  if (value && typeof value.toJSON === "function") {
    if (!ctx || !hasAnchor(value))
      return value.toJSON(arg, ctx);
    const data = { aliasCount: 0, count: 1, res: void 0 };
    ctx.anchors.set(value, data);
    ctx.onCreate = (res2) => {
      data.res = res2;
      delete ctx.onCreate;
    };
    const res = value.toJSON(arg, ctx);
    if (ctx.onCreate)
      ctx.onCreate(res);
    return res;
  }
  if (typeof value === "bigint" && !ctx?.keep)
    return Number(value);
  return value;
}

// node_modules/yaml/browser/dist/nodes/Node.js
var NodeBase = class {
  constructor(type) {
    Object.defineProperty(this, NODE_TYPE, { value: type });
  }
  /** Create a copy of this node.  */
  clone() {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** A plain JavaScript representation of this node. */
  toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    if (!isDocument(doc))
      throw new TypeError("A document argument is required");
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc,
      keep: true,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this, "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
};

// node_modules/yaml/browser/dist/nodes/Alias.js
var Alias = class extends NodeBase {
  constructor(source) {
    super(ALIAS);
    this.source = source;
    Object.defineProperty(this, "tag", {
      set() {
        throw new Error("Alias nodes cannot have tags");
      }
    });
  }
  /**
   * Resolve the value of this alias within `doc`, finding the last
   * instance of the `source` anchor before this node.
   */
  resolve(doc, ctx) {
    if (ctx?.maxAliasCount === 0)
      throw new ReferenceError("Alias resolution is disabled");
    let nodes;
    if (ctx?.aliasResolveCache) {
      nodes = ctx.aliasResolveCache;
    } else {
      nodes = [];
      visit(doc, {
        Node: (_key, node) => {
          if (isAlias(node) || hasAnchor(node))
            nodes.push(node);
        }
      });
      if (ctx)
        ctx.aliasResolveCache = nodes;
    }
    let found = void 0;
    for (const node of nodes) {
      if (node === this)
        break;
      if (node.anchor === this.source)
        found = node;
    }
    if (found && ctx) {
      const { anchors, doc: doc2, maxAliasCount } = ctx;
      let data = anchors.get(found);
      if (!data) {
        toJS(found, null, ctx);
        data = anchors.get(found);
      }
      if (data?.res === void 0) {
        const msg = "This should not happen: Alias anchor was not resolved?";
        throw new ReferenceError(msg);
      }
      if (maxAliasCount >= 0) {
        data.count += 1;
        if (data.aliasCount === 0)
          data.aliasCount = getAliasCount(doc2, found, anchors);
        if (data.count * data.aliasCount > maxAliasCount) {
          const msg = "Excessive alias count indicates a resource exhaustion attack";
          throw new ReferenceError(msg);
        }
      }
    }
    return found;
  }
  toJSON(_arg, ctx) {
    if (!ctx)
      return { source: this.source };
    const source = this.resolve(ctx.doc, ctx);
    if (!source) {
      const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
      throw new ReferenceError(msg);
    }
    return ctx.anchors.get(source).res;
  }
  toString(ctx, _onComment, _onChompKeep) {
    const src = `*${this.source}`;
    if (ctx) {
      anchorIsValid(this.source);
      if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
        const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
        throw new Error(msg);
      }
      if (ctx.implicitKey)
        return `${src} `;
    }
    return src;
  }
};
function getAliasCount(doc, node, anchors) {
  if (isAlias(node)) {
    const source = node.resolve(doc);
    const anchor = anchors && source && anchors.get(source);
    return anchor ? anchor.count * anchor.aliasCount : 0;
  } else if (isCollection(node)) {
    let count = 0;
    for (const item of node.items) {
      const c = getAliasCount(doc, item, anchors);
      if (c > count)
        count = c;
    }
    return count;
  } else if (isPair(node)) {
    const kc = getAliasCount(doc, node.key, anchors);
    const vc = getAliasCount(doc, node.value, anchors);
    return Math.max(kc, vc);
  }
  return 1;
}

// node_modules/yaml/browser/dist/nodes/Scalar.js
var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
var Scalar = class extends NodeBase {
  constructor(value) {
    super(SCALAR);
    this.value = value;
  }
  toJSON(arg, ctx) {
    return ctx?.keep ? this.value : toJS(this.value, arg, ctx);
  }
  toString() {
    return String(this.value);
  }
};
Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
Scalar.PLAIN = "PLAIN";
Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";

// node_modules/yaml/browser/dist/doc/createNode.js
var defaultTagPrefix = "tag:yaml.org,2002:";
function findTagObject(value, tagName, tags) {
  if (tagName) {
    const match = tags.filter((t) => t.tag === tagName);
    const tagObj = match.find((t) => !t.format) ?? match[0];
    if (!tagObj)
      throw new Error(`Tag ${tagName} not found`);
    return tagObj;
  }
  return tags.find((t) => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
  if (isDocument(value))
    value = value.contents;
  if (isNode(value))
    return value;
  if (isPair(value)) {
    const map2 = ctx.schema[MAP].createNode?.(ctx.schema, null, ctx);
    map2.items.push(value);
    return map2;
  }
  if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
    value = value.valueOf();
  }
  const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema5, sourceObjects } = ctx;
  let ref = void 0;
  if (aliasDuplicateObjects && value && typeof value === "object") {
    ref = sourceObjects.get(value);
    if (ref) {
      ref.anchor ?? (ref.anchor = onAnchor(value));
      return new Alias(ref.anchor);
    } else {
      ref = { anchor: null, node: null };
      sourceObjects.set(value, ref);
    }
  }
  if (tagName?.startsWith("!!"))
    tagName = defaultTagPrefix + tagName.slice(2);
  let tagObj = findTagObject(value, tagName, schema5.tags);
  if (!tagObj) {
    if (value && typeof value.toJSON === "function") {
      value = value.toJSON();
    }
    if (!value || typeof value !== "object") {
      const node2 = new Scalar(value);
      if (ref)
        ref.node = node2;
      return node2;
    }
    tagObj = value instanceof Map ? schema5[MAP] : Symbol.iterator in Object(value) ? schema5[SEQ] : schema5[MAP];
  }
  if (onTagObj) {
    onTagObj(tagObj);
    delete ctx.onTagObj;
  }
  const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar(value);
  if (tagName)
    node.tag = tagName;
  else if (!tagObj.default)
    node.tag = tagObj.tag;
  if (ref)
    ref.node = node;
  return node;
}

// node_modules/yaml/browser/dist/nodes/Collection.js
function collectionFromPath(schema5, path, value) {
  let v = value;
  for (let i = path.length - 1; i >= 0; --i) {
    const k = path[i];
    if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
      const a = [];
      a[k] = v;
      v = a;
    } else {
      v = /* @__PURE__ */ new Map([[k, v]]);
    }
  }
  return createNode(v, void 0, {
    aliasDuplicateObjects: false,
    keepUndefined: false,
    onAnchor: () => {
      throw new Error("This should not happen, please report a bug.");
    },
    schema: schema5,
    sourceObjects: /* @__PURE__ */ new Map()
  });
}
var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
var Collection = class extends NodeBase {
  constructor(type, schema5) {
    super(type);
    Object.defineProperty(this, "schema", {
      value: schema5,
      configurable: true,
      enumerable: false,
      writable: true
    });
  }
  /**
   * Create a copy of this collection.
   *
   * @param schema - If defined, overwrites the original's schema
   */
  clone(schema5) {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
    if (schema5)
      copy.schema = schema5;
    copy.items = copy.items.map((it) => isNode(it) || isPair(it) ? it.clone(schema5) : it);
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /**
   * Adds a value to the collection. For `!!map` and `!!omap` the value must
   * be a Pair instance or a `{ key, value }` object, which may not have a key
   * that already exists in the map.
   */
  addIn(path, value) {
    if (isEmptyPath(path))
      this.add(value);
    else {
      const [key, ...rest] = path;
      const node = this.get(key, true);
      if (isCollection(node))
        node.addIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
  /**
   * Removes a value from the collection.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.delete(key);
    const node = this.get(key, true);
    if (isCollection(node))
      return node.deleteIn(rest);
    else
      throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    const [key, ...rest] = path;
    const node = this.get(key, true);
    if (rest.length === 0)
      return !keepScalar && isScalar(node) ? node.value : node;
    else
      return isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
  }
  hasAllNullValues(allowScalar) {
    return this.items.every((node) => {
      if (!isPair(node))
        return false;
      const n = node.value;
      return n == null || allowScalar && isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
    });
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   */
  hasIn(path) {
    const [key, ...rest] = path;
    if (rest.length === 0)
      return this.has(key);
    const node = this.get(key, true);
    return isCollection(node) ? node.hasIn(rest) : false;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    const [key, ...rest] = path;
    if (rest.length === 0) {
      this.set(key, value);
    } else {
      const node = this.get(key, true);
      if (isCollection(node))
        node.setIn(rest, value);
      else if (node === void 0 && this.schema)
        this.set(key, collectionFromPath(this.schema, rest, value));
      else
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyComment.js
var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
function indentComment(comment, indent) {
  if (/^\n+$/.test(comment))
    return comment.substring(1);
  return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;

// node_modules/yaml/browser/dist/stringify/foldFlowLines.js
var FOLD_FLOW = "flow";
var FOLD_BLOCK = "block";
var FOLD_QUOTED = "quoted";
function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
  if (!lineWidth || lineWidth < 0)
    return text2;
  if (lineWidth < minContentWidth)
    minContentWidth = 0;
  const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
  if (text2.length <= endStep)
    return text2;
  const folds = [];
  const escapedFolds = {};
  let end = lineWidth - indent.length;
  if (typeof indentAtStart === "number") {
    if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
      folds.push(0);
    else
      end = lineWidth - indentAtStart;
  }
  let split2 = void 0;
  let prev = void 0;
  let overflow = false;
  let i = -1;
  let escStart = -1;
  let escEnd = -1;
  if (mode === FOLD_BLOCK) {
    i = consumeMoreIndentedLines(text2, i, indent.length);
    if (i !== -1)
      end = i + endStep;
  }
  for (let ch; ch = text2[i += 1]; ) {
    if (mode === FOLD_QUOTED && ch === "\\") {
      escStart = i;
      switch (text2[i + 1]) {
        case "x":
          i += 3;
          break;
        case "u":
          i += 5;
          break;
        case "U":
          i += 9;
          break;
        default:
          i += 1;
      }
      escEnd = i;
    }
    if (ch === "\n") {
      if (mode === FOLD_BLOCK)
        i = consumeMoreIndentedLines(text2, i, indent.length);
      end = i + indent.length + endStep;
      split2 = void 0;
    } else {
      if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
        const next = text2[i + 1];
        if (next && next !== " " && next !== "\n" && next !== "	")
          split2 = i;
      }
      if (i >= end) {
        if (split2) {
          folds.push(split2);
          end = split2 + endStep;
          split2 = void 0;
        } else if (mode === FOLD_QUOTED) {
          while (prev === " " || prev === "	") {
            prev = ch;
            ch = text2[i += 1];
            overflow = true;
          }
          const j = i > escEnd + 1 ? i - 2 : escStart - 1;
          if (escapedFolds[j])
            return text2;
          folds.push(j);
          escapedFolds[j] = true;
          end = j + endStep;
          split2 = void 0;
        } else {
          overflow = true;
        }
      }
    }
    prev = ch;
  }
  if (overflow && onOverflow)
    onOverflow();
  if (folds.length === 0)
    return text2;
  if (onFold)
    onFold();
  let res = text2.slice(0, folds[0]);
  for (let i2 = 0; i2 < folds.length; ++i2) {
    const fold = folds[i2];
    const end2 = folds[i2 + 1] || text2.length;
    if (fold === 0)
      res = `
${indent}${text2.slice(0, end2)}`;
    else {
      if (mode === FOLD_QUOTED && escapedFolds[fold])
        res += `${text2[fold]}\\`;
      res += `
${indent}${text2.slice(fold + 1, end2)}`;
    }
  }
  return res;
}
function consumeMoreIndentedLines(text2, i, indent) {
  let end = i;
  let start = i + 1;
  let ch = text2[start];
  while (ch === " " || ch === "	") {
    if (i < start + indent) {
      ch = text2[++i];
    } else {
      do {
        ch = text2[++i];
      } while (ch && ch !== "\n");
      end = i;
      start = i + 1;
      ch = text2[start];
    }
  }
  return end;
}

// node_modules/yaml/browser/dist/stringify/stringifyString.js
var getFoldOptions = (ctx, isBlock2) => ({
  indentAtStart: isBlock2 ? ctx.indent.length : ctx.indentAtStart,
  lineWidth: ctx.options.lineWidth,
  minContentWidth: ctx.options.minContentWidth
});
var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
  if (!lineWidth || lineWidth < 0)
    return false;
  const limit = lineWidth - indentLength;
  const strLen = str.length;
  if (strLen <= limit)
    return false;
  for (let i = 0, start = 0; i < strLen; ++i) {
    if (str[i] === "\n") {
      if (i - start > limit)
        return true;
      start = i + 1;
      if (strLen - start <= limit)
        return false;
    }
  }
  return true;
}
function doubleQuotedString(value, ctx) {
  const json = JSON.stringify(value);
  if (ctx.options.doubleQuotedAsJSON)
    return json;
  const { implicitKey } = ctx;
  const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  let str = "";
  let start = 0;
  for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
    if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
      str += json.slice(start, i) + "\\ ";
      i += 1;
      start = i;
      ch = "\\";
    }
    if (ch === "\\")
      switch (json[i + 1]) {
        case "u":
          {
            str += json.slice(start, i);
            const code2 = json.substr(i + 2, 4);
            switch (code2) {
              case "0000":
                str += "\\0";
                break;
              case "0007":
                str += "\\a";
                break;
              case "000b":
                str += "\\v";
                break;
              case "001b":
                str += "\\e";
                break;
              case "0085":
                str += "\\N";
                break;
              case "00a0":
                str += "\\_";
                break;
              case "2028":
                str += "\\L";
                break;
              case "2029":
                str += "\\P";
                break;
              default:
                if (code2.substr(0, 2) === "00")
                  str += "\\x" + code2.substr(2);
                else
                  str += json.substr(i, 6);
            }
            i += 5;
            start = i + 1;
          }
          break;
        case "n":
          if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
            i += 1;
          } else {
            str += json.slice(start, i) + "\n\n";
            while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
              str += "\n";
              i += 2;
            }
            str += indent;
            if (json[i + 2] === " ")
              str += "\\";
            i += 1;
            start = i + 1;
          }
          break;
        default:
          i += 1;
      }
  }
  str = start ? str + json.slice(start) : json;
  return implicitKey ? str : foldFlowLines(str, indent, FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
  if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
    return doubleQuotedString(value, ctx);
  const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
  const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
  return ctx.implicitKey ? res : foldFlowLines(res, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
  const { singleQuote } = ctx.options;
  let qs;
  if (singleQuote === false)
    qs = doubleQuotedString;
  else {
    const hasDouble = value.includes('"');
    const hasSingle = value.includes("'");
    if (hasDouble && !hasSingle)
      qs = singleQuotedString;
    else if (hasSingle && !hasDouble)
      qs = doubleQuotedString;
    else
      qs = singleQuote ? singleQuotedString : doubleQuotedString;
  }
  return qs(value, ctx);
}
var blockEndNewlines;
try {
  blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
} catch {
  blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
  const { blockQuote, commentString, lineWidth } = ctx.options;
  if (!blockQuote || /\n[\t ]+$/.test(value)) {
    return quotedString(value, ctx);
  }
  const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
  const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.BLOCK_FOLDED ? false : type === Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
  if (!value)
    return literal ? "|\n" : ">\n";
  let chomp;
  let endStart;
  for (endStart = value.length; endStart > 0; --endStart) {
    const ch = value[endStart - 1];
    if (ch !== "\n" && ch !== "	" && ch !== " ")
      break;
  }
  let end = value.substring(endStart);
  const endNlPos = end.indexOf("\n");
  if (endNlPos === -1) {
    chomp = "-";
  } else if (value === end || endNlPos !== end.length - 1) {
    chomp = "+";
    if (onChompKeep)
      onChompKeep();
  } else {
    chomp = "";
  }
  if (end) {
    value = value.slice(0, -end.length);
    if (end[end.length - 1] === "\n")
      end = end.slice(0, -1);
    end = end.replace(blockEndNewlines, `$&${indent}`);
  }
  let startWithSpace = false;
  let startEnd;
  let startNlPos = -1;
  for (startEnd = 0; startEnd < value.length; ++startEnd) {
    const ch = value[startEnd];
    if (ch === " ")
      startWithSpace = true;
    else if (ch === "\n")
      startNlPos = startEnd;
    else
      break;
  }
  let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
  if (start) {
    value = value.substring(start.length);
    start = start.replace(/\n+/g, `$&${indent}`);
  }
  const indentSize = indent ? "2" : "1";
  let header = (startWithSpace ? indentSize : "") + chomp;
  if (comment) {
    header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
    if (onComment)
      onComment();
  }
  if (!literal) {
    const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
    let literalFallback = false;
    const foldOptions = getFoldOptions(ctx, true);
    if (blockQuote !== "folded" && type !== Scalar.BLOCK_FOLDED) {
      foldOptions.onOverflow = () => {
        literalFallback = true;
      };
    }
    const body = foldFlowLines(`${start}${foldedValue}${end}`, indent, FOLD_BLOCK, foldOptions);
    if (!literalFallback)
      return `>${header}
${indent}${body}`;
  }
  value = value.replace(/\n+/g, `$&${indent}`);
  return `|${header}
${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
  const { type, value } = item;
  const { actualString, implicitKey, indent, indentStep, inFlow: inFlow2 } = ctx;
  if (implicitKey && value.includes("\n") || inFlow2 && /[[\]{},]/.test(value)) {
    return quotedString(value, ctx);
  }
  if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
    return implicitKey || inFlow2 || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
  }
  if (!implicitKey && !inFlow2 && type !== Scalar.PLAIN && value.includes("\n")) {
    return blockString(item, ctx, onComment, onChompKeep);
  }
  if (containsDocumentMarker(value)) {
    if (indent === "") {
      ctx.forceBlockIndent = true;
      return blockString(item, ctx, onComment, onChompKeep);
    } else if (implicitKey && indent === indentStep) {
      return quotedString(value, ctx);
    }
  }
  const str = value.replace(/\n+/g, `$&
${indent}`);
  if (actualString) {
    const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
    const { compat, tags } = ctx.doc.schema;
    if (tags.some(test) || compat?.some(test))
      return quotedString(value, ctx);
  }
  return implicitKey ? str : foldFlowLines(str, indent, FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
  const { implicitKey, inFlow: inFlow2 } = ctx;
  const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
  let { type } = item;
  if (type !== Scalar.QUOTE_DOUBLE) {
    if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
      type = Scalar.QUOTE_DOUBLE;
  }
  const _stringify = (_type) => {
    switch (_type) {
      case Scalar.BLOCK_FOLDED:
      case Scalar.BLOCK_LITERAL:
        return implicitKey || inFlow2 ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
      case Scalar.QUOTE_DOUBLE:
        return doubleQuotedString(ss.value, ctx);
      case Scalar.QUOTE_SINGLE:
        return singleQuotedString(ss.value, ctx);
      case Scalar.PLAIN:
        return plainString(ss, ctx, onComment, onChompKeep);
      default:
        return null;
    }
  };
  let res = _stringify(type);
  if (res === null) {
    const { defaultKeyType, defaultStringType } = ctx.options;
    const t = implicitKey && defaultKeyType || defaultStringType;
    res = _stringify(t);
    if (res === null)
      throw new Error(`Unsupported default string type ${t}`);
  }
  return res;
}

// node_modules/yaml/browser/dist/stringify/stringify.js
function createStringifyContext(doc, options) {
  const opt = Object.assign({
    blockQuote: true,
    commentString: stringifyComment,
    defaultKeyType: null,
    defaultStringType: "PLAIN",
    directives: null,
    doubleQuotedAsJSON: false,
    doubleQuotedMinMultiLineLength: 40,
    falseStr: "false",
    flowCollectionPadding: true,
    indentSeq: true,
    lineWidth: 80,
    minContentWidth: 20,
    nullStr: "null",
    simpleKeys: false,
    singleQuote: null,
    trailingComma: false,
    trueStr: "true",
    verifyAliasOrder: true
  }, doc.schema.toStringOptions, options);
  let inFlow2;
  switch (opt.collectionStyle) {
    case "block":
      inFlow2 = false;
      break;
    case "flow":
      inFlow2 = true;
      break;
    default:
      inFlow2 = null;
  }
  return {
    anchors: /* @__PURE__ */ new Set(),
    doc,
    flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
    indent: "",
    indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
    inFlow: inFlow2,
    options: opt
  };
}
function getTagObject(tags, item) {
  if (item.tag) {
    const match = tags.filter((t) => t.tag === item.tag);
    if (match.length > 0)
      return match.find((t) => t.format === item.format) ?? match[0];
  }
  let tagObj = void 0;
  let obj;
  if (isScalar(item)) {
    obj = item.value;
    let match = tags.filter((t) => t.identify?.(obj));
    if (match.length > 1) {
      const testMatch = match.filter((t) => t.test);
      if (testMatch.length > 0)
        match = testMatch;
    }
    tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
  } else {
    obj = item;
    tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
  }
  if (!tagObj) {
    const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
    throw new Error(`Tag not resolved for ${name} value`);
  }
  return tagObj;
}
function stringifyProps(node, tagObj, { anchors, doc }) {
  if (!doc.directives)
    return "";
  const props = [];
  const anchor = (isScalar(node) || isCollection(node)) && node.anchor;
  if (anchor && anchorIsValid(anchor)) {
    anchors.add(anchor);
    props.push(`&${anchor}`);
  }
  const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
  if (tag)
    props.push(doc.directives.tagString(tag));
  return props.join(" ");
}
function stringify(item, ctx, onComment, onChompKeep) {
  if (isPair(item))
    return item.toString(ctx, onComment, onChompKeep);
  if (isAlias(item)) {
    if (ctx.doc.directives)
      return item.toString(ctx);
    if (ctx.resolvedAliases?.has(item)) {
      throw new TypeError(`Cannot stringify circular structure without alias nodes`);
    } else {
      if (ctx.resolvedAliases)
        ctx.resolvedAliases.add(item);
      else
        ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
      item = item.resolve(ctx.doc);
    }
  }
  let tagObj = void 0;
  const node = isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
  tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
  const props = stringifyProps(node, tagObj, ctx);
  if (props.length > 0)
    ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
  const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : isScalar(node) ? stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
  if (!props)
    return str;
  return isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
}

// node_modules/yaml/browser/dist/stringify/stringifyPair.js
function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
  const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
  let keyComment = isNode(key) && key.comment || null;
  if (simpleKeys) {
    if (keyComment) {
      throw new Error("With simple keys, key nodes cannot have comments");
    }
    if (isCollection(key) || !isNode(key) && typeof key === "object") {
      const msg = "With simple keys, collection cannot be used as a key value";
      throw new Error(msg);
    }
  }
  let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || isCollection(key) || (isScalar(key) ? key.type === Scalar.BLOCK_FOLDED || key.type === Scalar.BLOCK_LITERAL : typeof key === "object"));
  ctx = Object.assign({}, ctx, {
    allNullValues: false,
    implicitKey: !explicitKey && (simpleKeys || !allNullValues),
    indent: indent + indentStep
  });
  let keyCommentDone = false;
  let chompKeep = false;
  let str = stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
  if (!explicitKey && !ctx.inFlow && str.length > 1024) {
    if (simpleKeys)
      throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
    explicitKey = true;
  }
  if (ctx.inFlow) {
    if (allNullValues || value == null) {
      if (keyCommentDone && onComment)
        onComment();
      return str === "" ? "?" : explicitKey ? `? ${str}` : str;
    }
  } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
    str = `? ${str}`;
    if (keyComment && !keyCommentDone) {
      str += lineComment(str, ctx.indent, commentString(keyComment));
    } else if (chompKeep && onChompKeep)
      onChompKeep();
    return str;
  }
  if (keyCommentDone)
    keyComment = null;
  if (explicitKey) {
    if (keyComment)
      str += lineComment(str, ctx.indent, commentString(keyComment));
    str = `? ${str}
${indent}:`;
  } else {
    str = `${str}:`;
    if (keyComment)
      str += lineComment(str, ctx.indent, commentString(keyComment));
  }
  let vsb, vcb, valueComment;
  if (isNode(value)) {
    vsb = !!value.spaceBefore;
    vcb = value.commentBefore;
    valueComment = value.comment;
  } else {
    vsb = false;
    vcb = null;
    valueComment = null;
    if (value && typeof value === "object")
      value = doc.createNode(value);
  }
  ctx.implicitKey = false;
  if (!explicitKey && !keyComment && isScalar(value))
    ctx.indentAtStart = str.length + 1;
  chompKeep = false;
  if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && isSeq(value) && !value.flow && !value.tag && !value.anchor) {
    ctx.indent = ctx.indent.substring(2);
  }
  let valueCommentDone = false;
  const valueStr = stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
  let ws = " ";
  if (keyComment || vsb || vcb) {
    ws = vsb ? "\n" : "";
    if (vcb) {
      const cs = commentString(vcb);
      ws += `
${indentComment(cs, ctx.indent)}`;
    }
    if (valueStr === "" && !ctx.inFlow) {
      if (ws === "\n" && valueComment)
        ws = "\n\n";
    } else {
      ws += `
${ctx.indent}`;
    }
  } else if (!explicitKey && isCollection(value)) {
    const vs0 = valueStr[0];
    const nl0 = valueStr.indexOf("\n");
    const hasNewline = nl0 !== -1;
    const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
    if (hasNewline || !flow) {
      let hasPropsLine = false;
      if (hasNewline && (vs0 === "&" || vs0 === "!")) {
        let sp0 = valueStr.indexOf(" ");
        if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
          sp0 = valueStr.indexOf(" ", sp0 + 1);
        }
        if (sp0 === -1 || nl0 < sp0)
          hasPropsLine = true;
      }
      if (!hasPropsLine)
        ws = `
${ctx.indent}`;
    }
  } else if (valueStr === "" || valueStr[0] === "\n") {
    ws = "";
  }
  str += ws + valueStr;
  if (ctx.inFlow) {
    if (valueCommentDone && onComment)
      onComment();
  } else if (valueComment && !valueCommentDone) {
    str += lineComment(str, ctx.indent, commentString(valueComment));
  } else if (chompKeep && onChompKeep) {
    onChompKeep();
  }
  return str;
}

// node_modules/yaml/browser/dist/log.js
function warn(logLevel, warning3) {
  if (logLevel === "debug" || logLevel === "warn") {
    console.warn(warning3);
  }
}

// node_modules/yaml/browser/dist/schema/yaml-1.1/merge.js
var MERGE_KEY = "<<";
var merge = {
  identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
  default: "key",
  tag: "tag:yaml.org,2002:merge",
  test: /^<<$/,
  resolve: () => Object.assign(new Scalar(Symbol(MERGE_KEY)), {
    addToJSMap: addMergeToJSMap
  }),
  stringify: () => MERGE_KEY
};
var isMergeKey = (ctx, key) => (merge.identify(key) || isScalar(key) && (!key.type || key.type === Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (isSeq(source))
    for (const it of source.items)
      mergeValue(ctx, map2, it);
  else if (Array.isArray(source))
    for (const it of source)
      mergeValue(ctx, map2, it);
  else
    mergeValue(ctx, map2, source);
}
function mergeValue(ctx, map2, value) {
  const source = resolveAliasValue(ctx, value);
  if (!isMap(source))
    throw new Error("Merge sources must be maps or map aliases");
  const srcMap = source.toJSON(null, ctx, Map);
  for (const [key, value2] of srcMap) {
    if (map2 instanceof Map) {
      if (!map2.has(key))
        map2.set(key, value2);
    } else if (map2 instanceof Set) {
      map2.add(key);
    } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
      Object.defineProperty(map2, key, {
        value: value2,
        writable: true,
        enumerable: true,
        configurable: true
      });
    }
  }
  return map2;
}
function resolveAliasValue(ctx, value) {
  return ctx && isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

// node_modules/yaml/browser/dist/nodes/addPairToJSMap.js
function addPairToJSMap(ctx, map2, { key, value }) {
  if (isNode(key) && key.addToJSMap)
    key.addToJSMap(ctx, map2, value);
  else if (isMergeKey(ctx, key))
    addMergeToJSMap(ctx, map2, value);
  else {
    const jsKey = toJS(key, "", ctx);
    if (map2 instanceof Map) {
      map2.set(jsKey, toJS(value, jsKey, ctx));
    } else if (map2 instanceof Set) {
      map2.add(jsKey);
    } else {
      const stringKey = stringifyKey(key, jsKey, ctx);
      const jsValue = toJS(value, stringKey, ctx);
      if (stringKey in map2)
        Object.defineProperty(map2, stringKey, {
          value: jsValue,
          writable: true,
          enumerable: true,
          configurable: true
        });
      else
        map2[stringKey] = jsValue;
    }
  }
  return map2;
}
function stringifyKey(key, jsKey, ctx) {
  if (jsKey === null)
    return "";
  if (typeof jsKey !== "object")
    return String(jsKey);
  if (isNode(key) && ctx?.doc) {
    const strCtx = createStringifyContext(ctx.doc, {});
    strCtx.anchors = /* @__PURE__ */ new Set();
    for (const node of ctx.anchors.keys())
      strCtx.anchors.add(node.anchor);
    strCtx.inFlow = true;
    strCtx.inStringifyKey = true;
    const strKey = key.toString(strCtx);
    if (!ctx.mapKeyWarned) {
      let jsonStr = JSON.stringify(strKey);
      if (jsonStr.length > 40)
        jsonStr = jsonStr.substring(0, 36) + '..."';
      warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
      ctx.mapKeyWarned = true;
    }
    return strKey;
  }
  return JSON.stringify(jsKey);
}

// node_modules/yaml/browser/dist/nodes/Pair.js
function createPair(key, value, ctx) {
  const k = createNode(key, void 0, ctx);
  const v = createNode(value, void 0, ctx);
  return new Pair(k, v);
}
var Pair = class _Pair {
  constructor(key, value = null) {
    Object.defineProperty(this, NODE_TYPE, { value: PAIR });
    this.key = key;
    this.value = value;
  }
  clone(schema5) {
    let { key, value } = this;
    if (isNode(key))
      key = key.clone(schema5);
    if (isNode(value))
      value = value.clone(schema5);
    return new _Pair(key, value);
  }
  toJSON(_, ctx) {
    const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    return addPairToJSMap(ctx, pair, this);
  }
  toString(ctx, onComment, onChompKeep) {
    return ctx?.doc ? stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyCollection.js
function stringifyCollection(collection, ctx, options) {
  const flow = ctx.inFlow ?? collection.flow;
  const stringify4 = flow ? stringifyFlowCollection : stringifyBlockCollection;
  return stringify4(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
  const { indent, options: { commentString } } = ctx;
  const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
  let chompKeep = false;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment2 = null;
    if (isNode(item)) {
      if (!chompKeep && item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
      if (item.comment)
        comment2 = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (!chompKeep && ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
      }
    }
    chompKeep = false;
    let str2 = stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
    if (comment2)
      str2 += lineComment(str2, itemIndent, commentString(comment2));
    if (chompKeep && comment2)
      chompKeep = false;
    lines.push(blockItemPrefix + str2);
  }
  let str;
  if (lines.length === 0) {
    str = flowChars.start + flowChars.end;
  } else {
    str = lines[0];
    for (let i = 1; i < lines.length; ++i) {
      const line2 = lines[i];
      str += line2 ? `
${indent}${line2}` : "\n";
    }
  }
  if (comment) {
    str += "\n" + indentComment(commentString(comment), indent);
    if (onComment)
      onComment();
  } else if (chompKeep && onChompKeep)
    onChompKeep();
  return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
  const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
  itemIndent += indentStep;
  const itemCtx = Object.assign({}, ctx, {
    indent: itemIndent,
    inFlow: true,
    type: null
  });
  let reqNewline = false;
  let linesAtValue = 0;
  const lines = [];
  for (let i = 0; i < items.length; ++i) {
    const item = items[i];
    let comment = null;
    if (isNode(item)) {
      if (item.spaceBefore)
        lines.push("");
      addCommentBefore(ctx, lines, item.commentBefore, false);
      if (item.comment)
        comment = item.comment;
    } else if (isPair(item)) {
      const ik = isNode(item.key) ? item.key : null;
      if (ik) {
        if (ik.spaceBefore)
          lines.push("");
        addCommentBefore(ctx, lines, ik.commentBefore, false);
        if (ik.comment)
          reqNewline = true;
      }
      const iv = isNode(item.value) ? item.value : null;
      if (iv) {
        if (iv.comment)
          comment = iv.comment;
        if (iv.commentBefore)
          reqNewline = true;
      } else if (item.value == null && ik?.comment) {
        comment = ik.comment;
      }
    }
    if (comment)
      reqNewline = true;
    let str = stringify(item, itemCtx, () => comment = null);
    reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
    if (i < items.length - 1) {
      str += ",";
    } else if (ctx.options.trailingComma) {
      if (ctx.options.lineWidth > 0) {
        reqNewline || (reqNewline = lines.reduce((sum, line2) => sum + line2.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
      }
      if (reqNewline) {
        str += ",";
      }
    }
    if (comment)
      str += lineComment(str, itemIndent, commentString(comment));
    lines.push(str);
    linesAtValue = lines.length;
  }
  const { start, end } = flowChars;
  if (lines.length === 0) {
    return start + end;
  } else {
    if (!reqNewline) {
      const len = lines.reduce((sum, line2) => sum + line2.length + 2, 2);
      reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
    }
    if (reqNewline) {
      let str = start;
      for (const line2 of lines)
        str += line2 ? `
${indentStep}${indent}${line2}` : "\n";
      return `${str}
${indent}${end}`;
    } else {
      return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
  }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
  if (comment && chompKeep)
    comment = comment.replace(/^\n+/, "");
  if (comment) {
    const ic = indentComment(commentString(comment), indent);
    lines.push(ic.trimStart());
  }
}

// node_modules/yaml/browser/dist/nodes/YAMLMap.js
function findPair(items, key) {
  const k = isScalar(key) ? key.value : key;
  for (const it of items) {
    if (isPair(it)) {
      if (it.key === key || it.key === k)
        return it;
      if (isScalar(it.key) && it.key.value === k)
        return it;
    }
  }
  return void 0;
}
var YAMLMap = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:map";
  }
  constructor(schema5) {
    super(MAP, schema5);
    this.items = [];
  }
  /**
   * A generic collection parsing method that can be extended
   * to other node classes that inherit from YAMLMap
   */
  static from(schema5, obj, ctx) {
    const { keepUndefined, replacer } = ctx;
    const map2 = new this(schema5);
    const add = (key, value) => {
      if (typeof replacer === "function")
        value = replacer.call(obj, key, value);
      else if (Array.isArray(replacer) && !replacer.includes(key))
        return;
      if (value !== void 0 || keepUndefined)
        map2.items.push(createPair(key, value, ctx));
    };
    if (obj instanceof Map) {
      for (const [key, value] of obj)
        add(key, value);
    } else if (obj && typeof obj === "object") {
      for (const key of Object.keys(obj))
        add(key, obj[key]);
    }
    if (typeof schema5.sortMapEntries === "function") {
      map2.items.sort(schema5.sortMapEntries);
    }
    return map2;
  }
  /**
   * Adds a value to the collection.
   *
   * @param overwrite - If not set `true`, using a key that is already in the
   *   collection will throw. Otherwise, overwrites the previous value.
   */
  add(pair, overwrite) {
    let _pair;
    if (isPair(pair))
      _pair = pair;
    else if (!pair || typeof pair !== "object" || !("key" in pair)) {
      _pair = new Pair(pair, pair?.value);
    } else
      _pair = new Pair(pair.key, pair.value);
    const prev = findPair(this.items, _pair.key);
    const sortEntries = this.schema?.sortMapEntries;
    if (prev) {
      if (!overwrite)
        throw new Error(`Key ${_pair.key} already set`);
      if (isScalar(prev.value) && isScalarValue(_pair.value))
        prev.value.value = _pair.value;
      else
        prev.value = _pair.value;
    } else if (sortEntries) {
      const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
      if (i === -1)
        this.items.push(_pair);
      else
        this.items.splice(i, 0, _pair);
    } else {
      this.items.push(_pair);
    }
  }
  delete(key) {
    const it = findPair(this.items, key);
    if (!it)
      return false;
    const del = this.items.splice(this.items.indexOf(it), 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const it = findPair(this.items, key);
    const node = it?.value;
    return (!keepScalar && isScalar(node) ? node.value : node) ?? void 0;
  }
  has(key) {
    return !!findPair(this.items, key);
  }
  set(key, value) {
    this.add(new Pair(key, value), true);
  }
  /**
   * @param ctx - Conversion context, originally set in Document#toJS()
   * @param {Class} Type - If set, forces the returned collection type
   * @returns Instance of Type, Map, or Object
   */
  toJSON(_, ctx, Type) {
    const map2 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const item of this.items)
      addPairToJSMap(ctx, map2, item);
    return map2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    for (const item of this.items) {
      if (!isPair(item))
        throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
    }
    if (!ctx.allNullValues && this.hasAllNullValues(false))
      ctx = Object.assign({}, ctx, { allNullValues: true });
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "",
      flowChars: { start: "{", end: "}" },
      itemIndent: ctx.indent || "",
      onChompKeep,
      onComment
    });
  }
};

// node_modules/yaml/browser/dist/schema/common/map.js
var map = {
  collection: "map",
  default: true,
  nodeClass: YAMLMap,
  tag: "tag:yaml.org,2002:map",
  resolve(map2, onError) {
    if (!isMap(map2))
      onError("Expected a mapping for this tag");
    return map2;
  },
  createNode: (schema5, obj, ctx) => YAMLMap.from(schema5, obj, ctx)
};

// node_modules/yaml/browser/dist/nodes/YAMLSeq.js
var YAMLSeq = class extends Collection {
  static get tagName() {
    return "tag:yaml.org,2002:seq";
  }
  constructor(schema5) {
    super(SEQ, schema5);
    this.items = [];
  }
  add(value) {
    this.items.push(value);
  }
  /**
   * Removes a value from the collection.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   *
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return false;
    const del = this.items.splice(idx, 1);
    return del.length > 0;
  }
  get(key, keepScalar) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      return void 0;
    const it = this.items[idx];
    return !keepScalar && isScalar(it) ? it.value : it;
  }
  /**
   * Checks if the collection includes a value with the key `key`.
   *
   * `key` must contain a representation of an integer for this to succeed.
   * It may be wrapped in a `Scalar`.
   */
  has(key) {
    const idx = asItemIndex(key);
    return typeof idx === "number" && idx < this.items.length;
  }
  /**
   * Sets a value in this collection. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   *
   * If `key` does not contain a representation of an integer, this will throw.
   * It may be wrapped in a `Scalar`.
   */
  set(key, value) {
    const idx = asItemIndex(key);
    if (typeof idx !== "number")
      throw new Error(`Expected a valid index, not ${key}.`);
    const prev = this.items[idx];
    if (isScalar(prev) && isScalarValue(value))
      prev.value = value;
    else
      this.items[idx] = value;
  }
  toJSON(_, ctx) {
    const seq2 = [];
    if (ctx?.onCreate)
      ctx.onCreate(seq2);
    let i = 0;
    for (const item of this.items)
      seq2.push(toJS(item, String(i++), ctx));
    return seq2;
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    return stringifyCollection(this, ctx, {
      blockItemPrefix: "- ",
      flowChars: { start: "[", end: "]" },
      itemIndent: (ctx.indent || "") + "  ",
      onChompKeep,
      onComment
    });
  }
  static from(schema5, obj, ctx) {
    const { replacer } = ctx;
    const seq2 = new this(schema5);
    if (obj && Symbol.iterator in Object(obj)) {
      let i = 0;
      for (let it of obj) {
        if (typeof replacer === "function") {
          const key = obj instanceof Set ? it : String(i++);
          it = replacer.call(obj, key, it);
        }
        seq2.items.push(createNode(it, void 0, ctx));
      }
    }
    return seq2;
  }
};
function asItemIndex(key) {
  let idx = isScalar(key) ? key.value : key;
  if (idx && typeof idx === "string")
    idx = Number(idx);
  return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
}

// node_modules/yaml/browser/dist/schema/common/seq.js
var seq = {
  collection: "seq",
  default: true,
  nodeClass: YAMLSeq,
  tag: "tag:yaml.org,2002:seq",
  resolve(seq2, onError) {
    if (!isSeq(seq2))
      onError("Expected a sequence for this tag");
    return seq2;
  },
  createNode: (schema5, obj, ctx) => YAMLSeq.from(schema5, obj, ctx)
};

// node_modules/yaml/browser/dist/schema/common/string.js
var string = {
  identify: (value) => typeof value === "string",
  default: true,
  tag: "tag:yaml.org,2002:str",
  resolve: (str) => str,
  stringify(item, ctx, onComment, onChompKeep) {
    ctx = Object.assign({ actualString: true }, ctx);
    return stringifyString(item, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/common/null.js
var nullTag = {
  identify: (value) => value == null,
  createNode: () => new Scalar(null),
  default: true,
  tag: "tag:yaml.org,2002:null",
  test: /^(?:~|[Nn]ull|NULL)?$/,
  resolve: () => new Scalar(null),
  stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
};

// node_modules/yaml/browser/dist/schema/core/bool.js
var boolTag = {
  identify: (value) => typeof value === "boolean",
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  resolve: (str) => new Scalar(str[0] === "t" || str[0] === "T"),
  stringify({ source, value }, ctx) {
    if (source && boolTag.test.test(source)) {
      const sv = source[0] === "t" || source[0] === "T";
      if (value === sv)
        return source;
    }
    return value ? ctx.options.trueStr : ctx.options.falseStr;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyNumber.js
function stringifyNumber({ format, minFractionDigits, tag, value }) {
  if (typeof value === "bigint")
    return String(value);
  const num = typeof value === "number" ? value : Number(value);
  if (!isFinite(num))
    return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
  let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
  if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
    let i = n.indexOf(".");
    if (i < 0) {
      i = n.length;
      n += ".";
    }
    let d = minFractionDigits - (n.length - i - 1);
    while (d-- > 0)
      n += "0";
  }
  return n;
}

// node_modules/yaml/browser/dist/schema/core/float.js
var floatNaN = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  resolve: (str) => parseFloat(str),
  stringify(node) {
    const num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
};
var float = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  resolve(str) {
    const node = new Scalar(parseFloat(str));
    const dot = str.indexOf(".");
    if (dot !== -1 && str[str.length - 1] === "0")
      node.minFractionDigits = str.length - dot - 1;
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/core/int.js
var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
function intStringify(node, radix, prefix) {
  const { value } = node;
  if (intIdentify(value) && value >= 0)
    return prefix + value.toString(radix);
  return stringifyNumber(node);
}
var intOct = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^0o[0-7]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
  stringify: (node) => intStringify(node, 8, "0o")
};
var int = {
  identify: intIdentify,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex = {
  identify: (value) => intIdentify(value) && value >= 0,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^0x[0-9a-fA-F]+$/,
  resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
  stringify: (node) => intStringify(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/core/schema.js
var schema = [
  map,
  seq,
  string,
  nullTag,
  boolTag,
  intOct,
  int,
  intHex,
  floatNaN,
  floatExp,
  float
];

// node_modules/yaml/browser/dist/schema/json/schema.js
function intIdentify2(value) {
  return typeof value === "bigint" || Number.isInteger(value);
}
var stringifyJSON = ({ value }) => JSON.stringify(value);
var jsonScalars = [
  {
    identify: (value) => typeof value === "string",
    default: true,
    tag: "tag:yaml.org,2002:str",
    resolve: (str) => str,
    stringify: stringifyJSON
  },
  {
    identify: (value) => value == null,
    createNode: () => new Scalar(null),
    default: true,
    tag: "tag:yaml.org,2002:null",
    test: /^null$/,
    resolve: () => null,
    stringify: stringifyJSON
  },
  {
    identify: (value) => typeof value === "boolean",
    default: true,
    tag: "tag:yaml.org,2002:bool",
    test: /^true$|^false$/,
    resolve: (str) => str === "true",
    stringify: stringifyJSON
  },
  {
    identify: intIdentify2,
    default: true,
    tag: "tag:yaml.org,2002:int",
    test: /^-?(?:0|[1-9][0-9]*)$/,
    resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
    stringify: ({ value }) => intIdentify2(value) ? value.toString() : JSON.stringify(value)
  },
  {
    identify: (value) => typeof value === "number",
    default: true,
    tag: "tag:yaml.org,2002:float",
    test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
    resolve: (str) => parseFloat(str),
    stringify: stringifyJSON
  }
];
var jsonError = {
  default: true,
  tag: "",
  test: /^/,
  resolve(str, onError) {
    onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
    return str;
  }
};
var schema2 = [map, seq].concat(jsonScalars, jsonError);

// node_modules/yaml/browser/dist/schema/yaml-1.1/binary.js
var binary = {
  identify: (value) => value instanceof Uint8Array,
  // Buffer inherits from Uint8Array
  default: false,
  tag: "tag:yaml.org,2002:binary",
  /**
   * Returns a Buffer in node and an Uint8Array in browsers
   *
   * To use the resulting buffer as an image, you'll want to do something like:
   *
   *   const blob = new Blob([buffer], { type: 'image/jpeg' })
   *   document.querySelector('#photo').src = URL.createObjectURL(blob)
   */
  resolve(src, onError) {
    if (typeof atob === "function") {
      const str = atob(src.replace(/[\n\r]/g, ""));
      const buffer = new Uint8Array(str.length);
      for (let i = 0; i < str.length; ++i)
        buffer[i] = str.charCodeAt(i);
      return buffer;
    } else {
      onError("This environment does not support reading binary tags; either Buffer or atob is required");
      return src;
    }
  },
  stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
    if (!value)
      return "";
    const buf = value;
    let str;
    if (typeof btoa === "function") {
      let s = "";
      for (let i = 0; i < buf.length; ++i)
        s += String.fromCharCode(buf[i]);
      str = btoa(s);
    } else {
      throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
    }
    type ?? (type = Scalar.BLOCK_LITERAL);
    if (type !== Scalar.QUOTE_DOUBLE) {
      const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
      const n = Math.ceil(str.length / lineWidth);
      const lines = new Array(n);
      for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
        lines[i] = str.substr(o, lineWidth);
      }
      str = lines.join(type === Scalar.BLOCK_LITERAL ? "\n" : " ");
    }
    return stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/pairs.js
function resolvePairs(seq2, onError) {
  if (isSeq(seq2)) {
    for (let i = 0; i < seq2.items.length; ++i) {
      let item = seq2.items[i];
      if (isPair(item))
        continue;
      else if (isMap(item)) {
        if (item.items.length > 1)
          onError("Each pair must have its own sequence indicator");
        const pair = item.items[0] || new Pair(new Scalar(null));
        if (item.commentBefore)
          pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
        if (item.comment) {
          const cn = pair.value ?? pair.key;
          cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
        }
        item = pair;
      }
      seq2.items[i] = isPair(item) ? item : new Pair(item);
    }
  } else
    onError("Expected a sequence for this tag");
  return seq2;
}
function createPairs(schema5, iterable, ctx) {
  const { replacer } = ctx;
  const pairs2 = new YAMLSeq(schema5);
  pairs2.tag = "tag:yaml.org,2002:pairs";
  let i = 0;
  if (iterable && Symbol.iterator in Object(iterable))
    for (let it of iterable) {
      if (typeof replacer === "function")
        it = replacer.call(iterable, String(i++), it);
      let key, value;
      if (Array.isArray(it)) {
        if (it.length === 2) {
          key = it[0];
          value = it[1];
        } else
          throw new TypeError(`Expected [key, value] tuple: ${it}`);
      } else if (it && it instanceof Object) {
        const keys = Object.keys(it);
        if (keys.length === 1) {
          key = keys[0];
          value = it[key];
        } else {
          throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
        }
      } else {
        key = it;
      }
      pairs2.items.push(createPair(key, value, ctx));
    }
  return pairs2;
}
var pairs = {
  collection: "seq",
  default: false,
  tag: "tag:yaml.org,2002:pairs",
  resolve: resolvePairs,
  createNode: createPairs
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/omap.js
var YAMLOMap = class _YAMLOMap extends YAMLSeq {
  constructor() {
    super();
    this.add = YAMLMap.prototype.add.bind(this);
    this.delete = YAMLMap.prototype.delete.bind(this);
    this.get = YAMLMap.prototype.get.bind(this);
    this.has = YAMLMap.prototype.has.bind(this);
    this.set = YAMLMap.prototype.set.bind(this);
    this.tag = _YAMLOMap.tag;
  }
  /**
   * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
   * but TypeScript won't allow widening the signature of a child method.
   */
  toJSON(_, ctx) {
    if (!ctx)
      return super.toJSON(_);
    const map2 = /* @__PURE__ */ new Map();
    if (ctx?.onCreate)
      ctx.onCreate(map2);
    for (const pair of this.items) {
      let key, value;
      if (isPair(pair)) {
        key = toJS(pair.key, "", ctx);
        value = toJS(pair.value, key, ctx);
      } else {
        key = toJS(pair, "", ctx);
      }
      if (map2.has(key))
        throw new Error("Ordered maps must not include duplicate keys");
      map2.set(key, value);
    }
    return map2;
  }
  static from(schema5, iterable, ctx) {
    const pairs2 = createPairs(schema5, iterable, ctx);
    const omap2 = new this();
    omap2.items = pairs2.items;
    return omap2;
  }
};
YAMLOMap.tag = "tag:yaml.org,2002:omap";
var omap = {
  collection: "seq",
  identify: (value) => value instanceof Map,
  nodeClass: YAMLOMap,
  default: false,
  tag: "tag:yaml.org,2002:omap",
  resolve(seq2, onError) {
    const pairs2 = resolvePairs(seq2, onError);
    const seenKeys = [];
    for (const { key } of pairs2.items) {
      if (isScalar(key)) {
        if (seenKeys.includes(key.value)) {
          onError(`Ordered maps must not include duplicate keys: ${key.value}`);
        } else {
          seenKeys.push(key.value);
        }
      }
    }
    return Object.assign(new YAMLOMap(), pairs2);
  },
  createNode: (schema5, iterable, ctx) => YAMLOMap.from(schema5, iterable, ctx)
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/bool.js
function boolStringify({ value, source }, ctx) {
  const boolObj = value ? trueTag : falseTag;
  if (source && boolObj.test.test(source))
    return source;
  return value ? ctx.options.trueStr : ctx.options.falseStr;
}
var trueTag = {
  identify: (value) => value === true,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
  resolve: () => new Scalar(true),
  stringify: boolStringify
};
var falseTag = {
  identify: (value) => value === false,
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  resolve: () => new Scalar(false),
  stringify: boolStringify
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/float.js
var floatNaN2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
  stringify: stringifyNumber
};
var floatExp2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "EXP",
  test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  resolve: (str) => parseFloat(str.replace(/_/g, "")),
  stringify(node) {
    const num = Number(node.value);
    return isFinite(num) ? num.toExponential() : stringifyNumber(node);
  }
};
var float2 = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
  resolve(str) {
    const node = new Scalar(parseFloat(str.replace(/_/g, "")));
    const dot = str.indexOf(".");
    if (dot !== -1) {
      const f = str.substring(dot + 1).replace(/_/g, "");
      if (f[f.length - 1] === "0")
        node.minFractionDigits = f.length;
    }
    return node;
  },
  stringify: stringifyNumber
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/int.js
var intIdentify3 = (value) => typeof value === "bigint" || Number.isInteger(value);
function intResolve2(str, offset, radix, { intAsBigInt }) {
  const sign = str[0];
  if (sign === "-" || sign === "+")
    offset += 1;
  str = str.substring(offset).replace(/_/g, "");
  if (intAsBigInt) {
    switch (radix) {
      case 2:
        str = `0b${str}`;
        break;
      case 8:
        str = `0o${str}`;
        break;
      case 16:
        str = `0x${str}`;
        break;
    }
    const n2 = BigInt(str);
    return sign === "-" ? BigInt(-1) * n2 : n2;
  }
  const n = parseInt(str, radix);
  return sign === "-" ? -1 * n : n;
}
function intStringify2(node, radix, prefix) {
  const { value } = node;
  if (intIdentify3(value)) {
    const str = value.toString(radix);
    return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
  }
  return stringifyNumber(node);
}
var intBin = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "BIN",
  test: /^[-+]?0b[0-1_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 2, 2, opt),
  stringify: (node) => intStringify2(node, 2, "0b")
};
var intOct2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "OCT",
  test: /^[-+]?0[0-7_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 1, 8, opt),
  stringify: (node) => intStringify2(node, 8, "0")
};
var int2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: /^[-+]?[0-9][0-9_]*$/,
  resolve: (str, _onError, opt) => intResolve2(str, 0, 10, opt),
  stringify: stringifyNumber
};
var intHex2 = {
  identify: intIdentify3,
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "HEX",
  test: /^[-+]?0x[0-9a-fA-F_]+$/,
  resolve: (str, _onError, opt) => intResolve2(str, 2, 16, opt),
  stringify: (node) => intStringify2(node, 16, "0x")
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/set.js
var YAMLSet = class _YAMLSet extends YAMLMap {
  constructor(schema5) {
    super(schema5);
    this.tag = _YAMLSet.tag;
  }
  add(key) {
    let pair;
    if (isPair(key))
      pair = key;
    else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
      pair = new Pair(key.key, null);
    else
      pair = new Pair(key, null);
    const prev = findPair(this.items, pair.key);
    if (!prev)
      this.items.push(pair);
  }
  /**
   * If `keepPair` is `true`, returns the Pair matching `key`.
   * Otherwise, returns the value of that Pair's key.
   */
  get(key, keepPair) {
    const pair = findPair(this.items, key);
    return !keepPair && isPair(pair) ? isScalar(pair.key) ? pair.key.value : pair.key : pair;
  }
  set(key, value) {
    if (typeof value !== "boolean")
      throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
    const prev = findPair(this.items, key);
    if (prev && !value) {
      this.items.splice(this.items.indexOf(prev), 1);
    } else if (!prev && value) {
      this.items.push(new Pair(key));
    }
  }
  toJSON(_, ctx) {
    return super.toJSON(_, ctx, Set);
  }
  toString(ctx, onComment, onChompKeep) {
    if (!ctx)
      return JSON.stringify(this);
    if (this.hasAllNullValues(true))
      return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
    else
      throw new Error("Set items must all have null values");
  }
  static from(schema5, iterable, ctx) {
    const { replacer } = ctx;
    const set2 = new this(schema5);
    if (iterable && Symbol.iterator in Object(iterable))
      for (let value of iterable) {
        if (typeof replacer === "function")
          value = replacer.call(iterable, value, value);
        set2.items.push(createPair(value, null, ctx));
      }
    return set2;
  }
};
YAMLSet.tag = "tag:yaml.org,2002:set";
var set = {
  collection: "map",
  identify: (value) => value instanceof Set,
  nodeClass: YAMLSet,
  default: false,
  tag: "tag:yaml.org,2002:set",
  createNode: (schema5, iterable, ctx) => YAMLSet.from(schema5, iterable, ctx),
  resolve(map2, onError) {
    if (isMap(map2)) {
      if (map2.hasAllNullValues(true))
        return Object.assign(new YAMLSet(), map2);
      else
        onError("Set items must all have null values");
    } else
      onError("Expected a mapping for this tag");
    return map2;
  }
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/timestamp.js
function parseSexagesimal(str, asBigInt) {
  const sign = str[0];
  const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
  const num = (n) => asBigInt ? BigInt(n) : Number(n);
  const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
  return sign === "-" ? num(-1) * res : res;
}
function stringifySexagesimal(node) {
  let { value } = node;
  let num = (n) => n;
  if (typeof value === "bigint")
    num = (n) => BigInt(n);
  else if (isNaN(value) || !isFinite(value))
    return stringifyNumber(node);
  let sign = "";
  if (value < 0) {
    sign = "-";
    value *= num(-1);
  }
  const _60 = num(60);
  const parts = [value % _60];
  if (value < 60) {
    parts.unshift(0);
  } else {
    value = (value - parts[0]) / _60;
    parts.unshift(value % _60);
    if (value >= 60) {
      value = (value - parts[0]) / _60;
      parts.unshift(value);
    }
  }
  return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
}
var intTime = {
  identify: (value) => typeof value === "bigint" || Number.isInteger(value),
  default: true,
  tag: "tag:yaml.org,2002:int",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
  resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
  stringify: stringifySexagesimal
};
var floatTime = {
  identify: (value) => typeof value === "number",
  default: true,
  tag: "tag:yaml.org,2002:float",
  format: "TIME",
  test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
  resolve: (str) => parseSexagesimal(str, false),
  stringify: stringifySexagesimal
};
var timestamp = {
  identify: (value) => value instanceof Date,
  default: true,
  tag: "tag:yaml.org,2002:timestamp",
  // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
  // may be omitted altogether, resulting in a date format. In such a case, the time part is
  // assumed to be 00:00:00Z (start of day, UTC).
  test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
  resolve(str) {
    const match = str.match(timestamp.test);
    if (!match)
      throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
    const [, year, month, day, hour, minute, second] = match.map(Number);
    const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
    let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
    const tz = match[8];
    if (tz && tz !== "Z") {
      let d = parseSexagesimal(tz, false);
      if (Math.abs(d) < 30)
        d *= 60;
      date -= 6e4 * d;
    }
    return new Date(date);
  },
  stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
};

// node_modules/yaml/browser/dist/schema/yaml-1.1/schema.js
var schema3 = [
  map,
  seq,
  string,
  nullTag,
  trueTag,
  falseTag,
  intBin,
  intOct2,
  int2,
  intHex2,
  floatNaN2,
  floatExp2,
  float2,
  binary,
  merge,
  omap,
  pairs,
  set,
  intTime,
  floatTime,
  timestamp
];

// node_modules/yaml/browser/dist/schema/tags.js
var schemas = /* @__PURE__ */ new Map([
  ["core", schema],
  ["failsafe", [map, seq, string]],
  ["json", schema2],
  ["yaml11", schema3],
  ["yaml-1.1", schema3]
]);
var tagsByName = {
  binary,
  bool: boolTag,
  float,
  floatExp,
  floatNaN,
  floatTime,
  int,
  intHex,
  intOct,
  intTime,
  map,
  merge,
  null: nullTag,
  omap,
  pairs,
  seq,
  set,
  timestamp
};
var coreKnownTags = {
  "tag:yaml.org,2002:binary": binary,
  "tag:yaml.org,2002:merge": merge,
  "tag:yaml.org,2002:omap": omap,
  "tag:yaml.org,2002:pairs": pairs,
  "tag:yaml.org,2002:set": set,
  "tag:yaml.org,2002:timestamp": timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
  const schemaTags = schemas.get(schemaName);
  if (schemaTags && !customTags) {
    return addMergeTag && !schemaTags.includes(merge) ? schemaTags.concat(merge) : schemaTags.slice();
  }
  let tags = schemaTags;
  if (!tags) {
    if (Array.isArray(customTags))
      tags = [];
    else {
      const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
    }
  }
  if (Array.isArray(customTags)) {
    for (const tag of customTags)
      tags = tags.concat(tag);
  } else if (typeof customTags === "function") {
    tags = customTags(tags.slice());
  }
  if (addMergeTag)
    tags = tags.concat(merge);
  return tags.reduce((tags2, tag) => {
    const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
    if (!tagObj) {
      const tagName = JSON.stringify(tag);
      const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
      throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
    }
    if (!tags2.includes(tagObj))
      tags2.push(tagObj);
    return tags2;
  }, []);
}

// node_modules/yaml/browser/dist/schema/Schema.js
var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
var Schema = class _Schema {
  constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema5, sortMapEntries, toStringDefaults }) {
    this.compat = Array.isArray(compat) ? getTags(compat, "compat") : compat ? getTags(null, compat) : null;
    this.name = typeof schema5 === "string" && schema5 || "core";
    this.knownTags = resolveKnownTags ? coreKnownTags : {};
    this.tags = getTags(customTags, this.name, merge2);
    this.toStringOptions = toStringDefaults ?? null;
    Object.defineProperty(this, MAP, { value: map });
    Object.defineProperty(this, SCALAR, { value: string });
    Object.defineProperty(this, SEQ, { value: seq });
    this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
  }
  clone() {
    const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
    copy.tags = this.tags.slice();
    return copy;
  }
};

// node_modules/yaml/browser/dist/stringify/stringifyDocument.js
function stringifyDocument(doc, options) {
  const lines = [];
  let hasDirectives = options.directives === true;
  if (options.directives !== false && doc.directives) {
    const dir = doc.directives.toString(doc);
    if (dir) {
      lines.push(dir);
      hasDirectives = true;
    } else if (doc.directives.docStart)
      hasDirectives = true;
  }
  if (hasDirectives)
    lines.push("---");
  const ctx = createStringifyContext(doc, options);
  const { commentString } = ctx.options;
  if (doc.commentBefore) {
    if (lines.length !== 1)
      lines.unshift("");
    const cs = commentString(doc.commentBefore);
    lines.unshift(indentComment(cs, ""));
  }
  let chompKeep = false;
  let contentComment = null;
  if (doc.contents) {
    if (isNode(doc.contents)) {
      if (doc.contents.spaceBefore && hasDirectives)
        lines.push("");
      if (doc.contents.commentBefore) {
        const cs = commentString(doc.contents.commentBefore);
        lines.push(indentComment(cs, ""));
      }
      ctx.forceBlockIndent = !!doc.comment;
      contentComment = doc.contents.comment;
    }
    const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
    let body = stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
    if (contentComment)
      body += lineComment(body, "", commentString(contentComment));
    if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
      lines[lines.length - 1] = `--- ${body}`;
    } else
      lines.push(body);
  } else {
    lines.push(stringify(doc.contents, ctx));
  }
  if (doc.directives?.docEnd) {
    if (doc.comment) {
      const cs = commentString(doc.comment);
      if (cs.includes("\n")) {
        lines.push("...");
        lines.push(indentComment(cs, ""));
      } else {
        lines.push(`... ${cs}`);
      }
    } else {
      lines.push("...");
    }
  } else {
    let dc = doc.comment;
    if (dc && chompKeep)
      dc = dc.replace(/^\n+/, "");
    if (dc) {
      if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
        lines.push("");
      lines.push(indentComment(commentString(dc), ""));
    }
  }
  return lines.join("\n") + "\n";
}

// node_modules/yaml/browser/dist/doc/Document.js
var Document = class _Document {
  constructor(value, replacer, options) {
    this.commentBefore = null;
    this.comment = null;
    this.errors = [];
    this.warnings = [];
    Object.defineProperty(this, NODE_TYPE, { value: DOC });
    let _replacer = null;
    if (typeof replacer === "function" || Array.isArray(replacer)) {
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const opt = Object.assign({
      intAsBigInt: false,
      keepSourceTokens: false,
      logLevel: "warn",
      prettyErrors: true,
      strict: true,
      stringKeys: false,
      uniqueKeys: true,
      version: "1.2"
    }, options);
    this.options = opt;
    let { version } = opt;
    if (options?._directives) {
      this.directives = options._directives.atDocument();
      if (this.directives.yaml.explicit)
        version = this.directives.yaml.version;
    } else
      this.directives = new Directives({ version });
    this.setSchema(version, options);
    this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
  }
  /**
   * Create a deep copy of this Document and its contents.
   *
   * Custom Node values that inherit from `Object` still refer to their original instances.
   */
  clone() {
    const copy = Object.create(_Document.prototype, {
      [NODE_TYPE]: { value: DOC }
    });
    copy.commentBefore = this.commentBefore;
    copy.comment = this.comment;
    copy.errors = this.errors.slice();
    copy.warnings = this.warnings.slice();
    copy.options = Object.assign({}, this.options);
    if (this.directives)
      copy.directives = this.directives.clone();
    copy.schema = this.schema.clone();
    copy.contents = isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
    if (this.range)
      copy.range = this.range.slice();
    return copy;
  }
  /** Adds a value to the document. */
  add(value) {
    if (assertCollection(this.contents))
      this.contents.add(value);
  }
  /** Adds a value to the document. */
  addIn(path, value) {
    if (assertCollection(this.contents))
      this.contents.addIn(path, value);
  }
  /**
   * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
   *
   * If `node` already has an anchor, `name` is ignored.
   * Otherwise, the `node.anchor` value will be set to `name`,
   * or if an anchor with that name is already present in the document,
   * `name` will be used as a prefix for a new unique anchor.
   * If `name` is undefined, the generated anchor will use 'a' as a prefix.
   */
  createAlias(node, name) {
    if (!node.anchor) {
      const prev = anchorNames(this);
      node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      !name || prev.has(name) ? findNewAnchor(name || "a", prev) : name;
    }
    return new Alias(node.anchor);
  }
  createNode(value, replacer, options) {
    let _replacer = void 0;
    if (typeof replacer === "function") {
      value = replacer.call({ "": value }, "", value);
      _replacer = replacer;
    } else if (Array.isArray(replacer)) {
      const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
      const asStr = replacer.filter(keyToStr).map(String);
      if (asStr.length > 0)
        replacer = replacer.concat(asStr);
      _replacer = replacer;
    } else if (options === void 0 && replacer) {
      options = replacer;
      replacer = void 0;
    }
    const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
    const { onAnchor, setAnchors, sourceObjects } = createNodeAnchors(
      this,
      // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      anchorPrefix || "a"
    );
    const ctx = {
      aliasDuplicateObjects: aliasDuplicateObjects ?? true,
      keepUndefined: keepUndefined ?? false,
      onAnchor,
      onTagObj,
      replacer: _replacer,
      schema: this.schema,
      sourceObjects
    };
    const node = createNode(value, tag, ctx);
    if (flow && isCollection(node))
      node.flow = true;
    setAnchors();
    return node;
  }
  /**
   * Convert a key and a value into a `Pair` using the current schema,
   * recursively wrapping all values as `Scalar` or `Collection` nodes.
   */
  createPair(key, value, options = {}) {
    const k = this.createNode(key, null, options);
    const v = this.createNode(value, null, options);
    return new Pair(k, v);
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  delete(key) {
    return assertCollection(this.contents) ? this.contents.delete(key) : false;
  }
  /**
   * Removes a value from the document.
   * @returns `true` if the item was found and removed.
   */
  deleteIn(path) {
    if (isEmptyPath(path)) {
      if (this.contents == null)
        return false;
      this.contents = null;
      return true;
    }
    return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
  }
  /**
   * Returns item at `key`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  get(key, keepScalar) {
    return isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
  }
  /**
   * Returns item at `path`, or `undefined` if not found. By default unwraps
   * scalar values from their surrounding node; to disable set `keepScalar` to
   * `true` (collections are always returned intact).
   */
  getIn(path, keepScalar) {
    if (isEmptyPath(path))
      return !keepScalar && isScalar(this.contents) ? this.contents.value : this.contents;
    return isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
  }
  /**
   * Checks if the document includes a value with the key `key`.
   */
  has(key) {
    return isCollection(this.contents) ? this.contents.has(key) : false;
  }
  /**
   * Checks if the document includes a value at `path`.
   */
  hasIn(path) {
    if (isEmptyPath(path))
      return this.contents !== void 0;
    return isCollection(this.contents) ? this.contents.hasIn(path) : false;
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  set(key, value) {
    if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, [key], value);
    } else if (assertCollection(this.contents)) {
      this.contents.set(key, value);
    }
  }
  /**
   * Sets a value in this document. For `!!set`, `value` needs to be a
   * boolean to add/remove the item from the set.
   */
  setIn(path, value) {
    if (isEmptyPath(path)) {
      this.contents = value;
    } else if (this.contents == null) {
      this.contents = collectionFromPath(this.schema, Array.from(path), value);
    } else if (assertCollection(this.contents)) {
      this.contents.setIn(path, value);
    }
  }
  /**
   * Change the YAML version and schema used by the document.
   * A `null` version disables support for directives, explicit tags, anchors, and aliases.
   * It also requires the `schema` option to be given as a `Schema` instance value.
   *
   * Overrides all previously set schema options.
   */
  setSchema(version, options = {}) {
    if (typeof version === "number")
      version = String(version);
    let opt;
    switch (version) {
      case "1.1":
        if (this.directives)
          this.directives.yaml.version = "1.1";
        else
          this.directives = new Directives({ version: "1.1" });
        opt = { resolveKnownTags: false, schema: "yaml-1.1" };
        break;
      case "1.2":
      case "next":
        if (this.directives)
          this.directives.yaml.version = version;
        else
          this.directives = new Directives({ version });
        opt = { resolveKnownTags: true, schema: "core" };
        break;
      case null:
        if (this.directives)
          delete this.directives;
        opt = null;
        break;
      default: {
        const sv = JSON.stringify(version);
        throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
      }
    }
    if (options.schema instanceof Object)
      this.schema = options.schema;
    else if (opt)
      this.schema = new Schema(Object.assign(opt, options));
    else
      throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
  }
  // json & jsonArg are only used from toJSON()
  toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
    const ctx = {
      anchors: /* @__PURE__ */ new Map(),
      doc: this,
      keep: !json,
      mapAsMap: mapAsMap === true,
      mapKeyWarned: false,
      maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
    };
    const res = toJS(this.contents, jsonArg ?? "", ctx);
    if (typeof onAnchor === "function")
      for (const { count, res: res2 } of ctx.anchors.values())
        onAnchor(res2, count);
    return typeof reviver === "function" ? applyReviver(reviver, { "": res }, "", res) : res;
  }
  /**
   * A JSON representation of the document `contents`.
   *
   * @param jsonArg Used by `JSON.stringify` to indicate the array index or
   *   property name.
   */
  toJSON(jsonArg, onAnchor) {
    return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
  }
  /** A YAML representation of the document. */
  toString(options = {}) {
    if (this.errors.length > 0)
      throw new Error("Document with errors cannot be stringified");
    if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
      const s = JSON.stringify(options.indent);
      throw new Error(`"indent" option must be a positive integer, not ${s}`);
    }
    return stringifyDocument(this, options);
  }
};
function assertCollection(contents) {
  if (isCollection(contents))
    return true;
  throw new Error("Expected a YAML collection as document contents");
}

// node_modules/yaml/browser/dist/errors.js
var YAMLError = class extends Error {
  constructor(name, pos, code2, message2) {
    super();
    this.name = name;
    this.code = code2;
    this.message = message2;
    this.pos = pos;
  }
};
var YAMLParseError = class extends YAMLError {
  constructor(pos, code2, message2) {
    super("YAMLParseError", pos, code2, message2);
  }
};
var YAMLWarning = class extends YAMLError {
  constructor(pos, code2, message2) {
    super("YAMLWarning", pos, code2, message2);
  }
};
var prettifyError = (src, lc) => (error3) => {
  if (error3.pos[0] === -1)
    return;
  error3.linePos = error3.pos.map((pos) => lc.linePos(pos));
  const { line: line2, col } = error3.linePos[0];
  error3.message += ` at line ${line2}, column ${col}`;
  let ci = col - 1;
  let lineStr = src.substring(lc.lineStarts[line2 - 1], lc.lineStarts[line2]).replace(/[\n\r]+$/, "");
  if (ci >= 60 && lineStr.length > 80) {
    const trimStart = Math.min(ci - 39, lineStr.length - 79);
    lineStr = "\u2026" + lineStr.substring(trimStart);
    ci -= trimStart - 1;
  }
  if (lineStr.length > 80)
    lineStr = lineStr.substring(0, 79) + "\u2026";
  if (line2 > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
    let prev = src.substring(lc.lineStarts[line2 - 2], lc.lineStarts[line2 - 1]);
    if (prev.length > 80)
      prev = prev.substring(0, 79) + "\u2026\n";
    lineStr = prev + lineStr;
  }
  if (/[^ ]/.test(lineStr)) {
    let count = 1;
    const end = error3.linePos[1];
    if (end?.line === line2 && end.col > col) {
      count = Math.max(1, Math.min(end.col - col, 80 - ci));
    }
    const pointer = " ".repeat(ci) + "^".repeat(count);
    error3.message += `:

${lineStr}
${pointer}
`;
  }
};

// node_modules/yaml/browser/dist/compose/resolve-props.js
function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
  let spaceBefore = false;
  let atNewline = startOnNewline;
  let hasSpace = startOnNewline;
  let comment = "";
  let commentSep = "";
  let hasNewline = false;
  let reqSpace = false;
  let tab = null;
  let anchor = null;
  let tag = null;
  let newlineAfterProp = null;
  let comma = null;
  let found = null;
  let start = null;
  for (const token of tokens) {
    if (reqSpace) {
      if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
        onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      reqSpace = false;
    }
    if (tab) {
      if (atNewline && token.type !== "comment" && token.type !== "newline") {
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      }
      tab = null;
    }
    switch (token.type) {
      case "space":
        if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
          tab = token;
        }
        hasSpace = true;
        break;
      case "comment": {
        if (!hasSpace)
          onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
        const cb = token.source.substring(1) || " ";
        if (!comment)
          comment = cb;
        else
          comment += commentSep + cb;
        commentSep = "";
        atNewline = false;
        break;
      }
      case "newline":
        if (atNewline) {
          if (comment)
            comment += token.source;
          else if (!found || indicator !== "seq-item-ind")
            spaceBefore = true;
        } else
          commentSep += token.source;
        atNewline = true;
        hasNewline = true;
        if (anchor || tag)
          newlineAfterProp = token;
        hasSpace = true;
        break;
      case "anchor":
        if (anchor)
          onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
        if (token.source.endsWith(":"))
          onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
        anchor = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      case "tag": {
        if (tag)
          onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
        tag = token;
        start ?? (start = token.offset);
        atNewline = false;
        hasSpace = false;
        reqSpace = true;
        break;
      }
      case indicator:
        if (anchor || tag)
          onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
        if (found)
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
        found = token;
        atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
        hasSpace = false;
        break;
      case "comma":
        if (flow) {
          if (comma)
            onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
          comma = token;
          atNewline = false;
          hasSpace = false;
          break;
        }
      // else fallthrough
      default:
        onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
        atNewline = false;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  const end = last ? last.offset + last.source.length : offset;
  if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
    onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
  }
  if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
    onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
  return {
    comma,
    found,
    spaceBefore,
    comment,
    hasNewline,
    anchor,
    tag,
    newlineAfterProp,
    end,
    start: start ?? end
  };
}

// node_modules/yaml/browser/dist/compose/util-contains-newline.js
function containsNewline(key) {
  if (!key)
    return null;
  switch (key.type) {
    case "alias":
    case "scalar":
    case "double-quoted-scalar":
    case "single-quoted-scalar":
      if (key.source.includes("\n"))
        return true;
      if (key.end) {
        for (const st of key.end)
          if (st.type === "newline")
            return true;
      }
      return false;
    case "flow-collection":
      for (const it of key.items) {
        for (const st of it.start)
          if (st.type === "newline")
            return true;
        if (it.sep) {
          for (const st of it.sep)
            if (st.type === "newline")
              return true;
        }
        if (containsNewline(it.key) || containsNewline(it.value))
          return true;
      }
      return false;
    default:
      return true;
  }
}

// node_modules/yaml/browser/dist/compose/util-flow-indent-check.js
function flowIndentCheck(indent, fc, onError) {
  if (fc?.type === "flow-collection") {
    const end = fc.end[0];
    if (end.indent === indent && (end.source === "]" || end.source === "}") && containsNewline(fc)) {
      const msg = "Flow end indicator should be more indented than parent";
      onError(end, "BAD_INDENT", msg, true);
    }
  }
}

// node_modules/yaml/browser/dist/compose/util-map-includes.js
function mapIncludes(ctx, items, search) {
  const { uniqueKeys } = ctx.options;
  if (uniqueKeys === false)
    return false;
  const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || isScalar(a) && isScalar(b) && a.value === b.value;
  return items.some((pair) => isEqual(pair.key, search));
}

// node_modules/yaml/browser/dist/compose/resolve-block-map.js
var startColMsg = "All mapping items must start at the same column";
function resolveBlockMap({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bm, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLMap;
  const map2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  let offset = bm.offset;
  let commentEnd = null;
  for (const collItem of bm.items) {
    const { start, key, sep: sep9, value } = collItem;
    const keyProps = resolveProps(start, {
      indicator: "explicit-key-ind",
      next: key ?? sep9?.[0],
      offset,
      onError,
      parentIndent: bm.indent,
      startOnNewline: true
    });
    const implicitKey = !keyProps.found;
    if (implicitKey) {
      if (key) {
        if (key.type === "block-seq")
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
        else if ("indent" in key && key.indent !== bm.indent)
          onError(offset, "BAD_INDENT", startColMsg);
      }
      if (!keyProps.anchor && !keyProps.tag && !sep9) {
        commentEnd = keyProps.end;
        if (keyProps.comment) {
          if (map2.comment)
            map2.comment += "\n" + keyProps.comment;
          else
            map2.comment = keyProps.comment;
        }
        continue;
      }
      if (keyProps.newlineAfterProp || containsNewline(key)) {
        onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
      }
    } else if (keyProps.found?.indent !== bm.indent) {
      onError(offset, "BAD_INDENT", startColMsg);
    }
    ctx.atKey = true;
    const keyStart = keyProps.end;
    const keyNode = key ? composeNode2(ctx, key, keyProps, onError) : composeEmptyNode2(ctx, keyStart, start, null, keyProps, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bm.indent, key, onError);
    ctx.atKey = false;
    if (mapIncludes(ctx, map2.items, keyNode))
      onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
    const valueProps = resolveProps(sep9 ?? [], {
      indicator: "map-value-ind",
      next: value,
      offset: keyNode.range[2],
      onError,
      parentIndent: bm.indent,
      startOnNewline: !key || key.type === "block-scalar"
    });
    offset = valueProps.end;
    if (valueProps.found) {
      if (implicitKey) {
        if (value?.type === "block-map" && !valueProps.hasNewline)
          onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
        if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
          onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : composeEmptyNode2(ctx, offset, sep9, null, valueProps, onError);
      if (ctx.schema.compat)
        flowIndentCheck(bm.indent, value, onError);
      offset = valueNode.range[2];
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    } else {
      if (implicitKey)
        onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
      if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      map2.items.push(pair);
    }
  }
  if (commentEnd && commentEnd < offset)
    onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
  map2.range = [bm.offset, offset, commentEnd ?? offset];
  return map2;
}

// node_modules/yaml/browser/dist/compose/resolve-block-seq.js
function resolveBlockSeq({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, bs, onError, tag) {
  const NodeClass = tag?.nodeClass ?? YAMLSeq;
  const seq2 = new NodeClass(ctx.schema);
  if (ctx.atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = bs.offset;
  let commentEnd = null;
  for (const { start, value } of bs.items) {
    const props = resolveProps(start, {
      indicator: "seq-item-ind",
      next: value,
      offset,
      onError,
      parentIndent: bs.indent,
      startOnNewline: true
    });
    if (!props.found) {
      if (props.anchor || props.tag || value) {
        if (value?.type === "block-seq")
          onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
        else
          onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
      } else {
        commentEnd = props.end;
        if (props.comment)
          seq2.comment = props.comment;
        continue;
      }
    }
    const node = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, start, null, props, onError);
    if (ctx.schema.compat)
      flowIndentCheck(bs.indent, value, onError);
    offset = node.range[2];
    seq2.items.push(node);
  }
  seq2.range = [bs.offset, offset, commentEnd ?? offset];
  return seq2;
}

// node_modules/yaml/browser/dist/compose/resolve-end.js
function resolveEnd(end, offset, reqSpace, onError) {
  let comment = "";
  if (end) {
    let hasSpace = false;
    let sep9 = "";
    for (const token of end) {
      const { source, type } = token;
      switch (type) {
        case "space":
          hasSpace = true;
          break;
        case "comment": {
          if (reqSpace && !hasSpace)
            onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
          const cb = source.substring(1) || " ";
          if (!comment)
            comment = cb;
          else
            comment += sep9 + cb;
          sep9 = "";
          break;
        }
        case "newline":
          if (comment)
            sep9 += source;
          hasSpace = true;
          break;
        default:
          onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
      }
      offset += source.length;
    }
  }
  return { comment, offset };
}

// node_modules/yaml/browser/dist/compose/resolve-flow-collection.js
var blockMsg = "Block collections are not allowed within flow collections";
var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
function resolveFlowCollection({ composeNode: composeNode2, composeEmptyNode: composeEmptyNode2 }, ctx, fc, onError, tag) {
  const isMap2 = fc.start.source === "{";
  const fcName = isMap2 ? "flow map" : "flow sequence";
  const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap : YAMLSeq);
  const coll = new NodeClass(ctx.schema);
  coll.flow = true;
  const atRoot = ctx.atRoot;
  if (atRoot)
    ctx.atRoot = false;
  if (ctx.atKey)
    ctx.atKey = false;
  let offset = fc.offset + fc.start.source.length;
  for (let i = 0; i < fc.items.length; ++i) {
    const collItem = fc.items[i];
    const { start, key, sep: sep9, value } = collItem;
    const props = resolveProps(start, {
      flow: fcName,
      indicator: "explicit-key-ind",
      next: key ?? sep9?.[0],
      offset,
      onError,
      parentIndent: fc.indent,
      startOnNewline: false
    });
    if (!props.found) {
      if (!props.anchor && !props.tag && !sep9 && !value) {
        if (i === 0 && props.comma)
          onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (i < fc.items.length - 1)
          onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
        if (props.comment) {
          if (coll.comment)
            coll.comment += "\n" + props.comment;
          else
            coll.comment = props.comment;
        }
        offset = props.end;
        continue;
      }
      if (!isMap2 && ctx.options.strict && containsNewline(key))
        onError(
          key,
          // checked by containsNewline()
          "MULTILINE_IMPLICIT_KEY",
          "Implicit keys of flow sequence pairs need to be on a single line"
        );
    }
    if (i === 0) {
      if (props.comma)
        onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
    } else {
      if (!props.comma)
        onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
      if (props.comment) {
        let prevItemComment = "";
        loop: for (const st of start) {
          switch (st.type) {
            case "comma":
            case "space":
              break;
            case "comment":
              prevItemComment = st.source.substring(1);
              break loop;
            default:
              break loop;
          }
        }
        if (prevItemComment) {
          let prev = coll.items[coll.items.length - 1];
          if (isPair(prev))
            prev = prev.value ?? prev.key;
          if (prev.comment)
            prev.comment += "\n" + prevItemComment;
          else
            prev.comment = prevItemComment;
          props.comment = props.comment.substring(prevItemComment.length + 1);
        }
      }
    }
    if (!isMap2 && !sep9 && !props.found) {
      const valueNode = value ? composeNode2(ctx, value, props, onError) : composeEmptyNode2(ctx, props.end, sep9, null, props, onError);
      coll.items.push(valueNode);
      offset = valueNode.range[2];
      if (isBlock(value))
        onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
    } else {
      ctx.atKey = true;
      const keyStart = props.end;
      const keyNode = key ? composeNode2(ctx, key, props, onError) : composeEmptyNode2(ctx, keyStart, start, null, props, onError);
      if (isBlock(key))
        onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
      ctx.atKey = false;
      const valueProps = resolveProps(sep9 ?? [], {
        flow: fcName,
        indicator: "map-value-ind",
        next: value,
        offset: keyNode.range[2],
        onError,
        parentIndent: fc.indent,
        startOnNewline: false
      });
      if (valueProps.found) {
        if (!isMap2 && !props.found && ctx.options.strict) {
          if (sep9)
            for (const st of sep9) {
              if (st === valueProps.found)
                break;
              if (st.type === "newline") {
                onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                break;
              }
            }
          if (props.start < valueProps.found.offset - 1024)
            onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
        }
      } else if (value) {
        if ("source" in value && value.source?.[0] === ":")
          onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
        else
          onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
      }
      const valueNode = value ? composeNode2(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode2(ctx, valueProps.end, sep9, null, valueProps, onError) : null;
      if (valueNode) {
        if (isBlock(value))
          onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
      } else if (valueProps.comment) {
        if (keyNode.comment)
          keyNode.comment += "\n" + valueProps.comment;
        else
          keyNode.comment = valueProps.comment;
      }
      const pair = new Pair(keyNode, valueNode);
      if (ctx.options.keepSourceTokens)
        pair.srcToken = collItem;
      if (isMap2) {
        const map2 = coll;
        if (mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        map2.items.push(pair);
      } else {
        const map2 = new YAMLMap(ctx.schema);
        map2.flow = true;
        map2.items.push(pair);
        const endRange = (valueNode ?? keyNode).range;
        map2.range = [keyNode.range[0], endRange[1], endRange[2]];
        coll.items.push(map2);
      }
      offset = valueNode ? valueNode.range[2] : valueProps.end;
    }
  }
  const expectedEnd = isMap2 ? "}" : "]";
  const [ce, ...ee] = fc.end;
  let cePos = offset;
  if (ce?.source === expectedEnd)
    cePos = ce.offset + ce.source.length;
  else {
    const name = fcName[0].toUpperCase() + fcName.substring(1);
    const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
    onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
    if (ce && ce.source.length !== 1)
      ee.unshift(ce);
  }
  if (ee.length > 0) {
    const end = resolveEnd(ee, cePos, ctx.options.strict, onError);
    if (end.comment) {
      if (coll.comment)
        coll.comment += "\n" + end.comment;
      else
        coll.comment = end.comment;
    }
    coll.range = [fc.offset, cePos, end.offset];
  } else {
    coll.range = [fc.offset, cePos, cePos];
  }
  return coll;
}

// node_modules/yaml/browser/dist/compose/compose-collection.js
function resolveCollection(CN2, ctx, token, onError, tagName, tag) {
  const coll = token.type === "block-map" ? resolveBlockMap(CN2, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq(CN2, ctx, token, onError, tag) : resolveFlowCollection(CN2, ctx, token, onError, tag);
  const Coll = coll.constructor;
  if (tagName === "!" || tagName === Coll.tagName) {
    coll.tag = Coll.tagName;
    return coll;
  }
  if (tagName)
    coll.tag = tagName;
  return coll;
}
function composeCollection(CN2, ctx, token, props, onError) {
  const tagToken = props.tag;
  const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
  if (token.type === "block-seq") {
    const { anchor, newlineAfterProp: nl } = props;
    const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
    if (lastProp && (!nl || nl.offset < lastProp.offset)) {
      const message2 = "Missing newline after block sequence props";
      onError(lastProp, "MISSING_CHAR", message2);
    }
  }
  const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
  if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.tagName && expType === "seq") {
    return resolveCollection(CN2, ctx, token, onError, tagName);
  }
  let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
  if (!tag) {
    const kt = ctx.schema.knownTags[tagName];
    if (kt?.collection === expType) {
      ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
      tag = kt;
    } else {
      if (kt) {
        onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
      } else {
        onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
      }
      return resolveCollection(CN2, ctx, token, onError, tagName);
    }
  }
  const coll = resolveCollection(CN2, ctx, token, onError, tagName, tag);
  const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
  const node = isNode(res) ? res : new Scalar(res);
  node.range = coll.range;
  node.tag = tagName;
  if (tag?.format)
    node.format = tag.format;
  return node;
}

// node_modules/yaml/browser/dist/compose/resolve-block-scalar.js
function resolveBlockScalar(ctx, scalar, onError) {
  const start = scalar.offset;
  const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
  if (!header)
    return { value: "", type: null, comment: "", range: [start, start, start] };
  const type = header.mode === ">" ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL;
  const lines = scalar.source ? splitLines(scalar.source) : [];
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i][1];
    if (content === "" || content === "\r")
      chompStart = i;
    else
      break;
  }
  if (chompStart === 0) {
    const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
    let end2 = start + header.length;
    if (scalar.source)
      end2 += scalar.source.length;
    return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
  }
  let trimIndent = scalar.indent + header.indent;
  let offset = scalar.offset + header.length;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === "" || content === "\r") {
      if (header.indent === 0 && indent.length > trimIndent)
        trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) {
        const message2 = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
        onError(offset + indent.length, "MISSING_CHAR", message2);
      }
      if (header.indent === 0)
        trimIndent = indent.length;
      contentStart = i;
      if (trimIndent === 0 && !ctx.atRoot) {
        const message2 = "Block scalar values in collections must be indented";
        onError(offset, "BAD_INDENT", message2);
      }
      break;
    }
    offset += indent.length + content.length + 1;
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i][0].length > trimIndent)
      chompStart = i + 1;
  }
  let value = "";
  let sep9 = "";
  let prevMoreIndented = false;
  for (let i = 0; i < contentStart; ++i)
    value += lines[i][0].slice(trimIndent) + "\n";
  for (let i = contentStart; i < chompStart; ++i) {
    let [indent, content] = lines[i];
    offset += indent.length + content.length + 1;
    const crlf = content[content.length - 1] === "\r";
    if (crlf)
      content = content.slice(0, -1);
    if (content && indent.length < trimIndent) {
      const src = header.indent ? "explicit indentation indicator" : "first line";
      const message2 = `Block scalar lines must not be less indented than their ${src}`;
      onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message2);
      indent = "";
    }
    if (type === Scalar.BLOCK_LITERAL) {
      value += sep9 + indent.slice(trimIndent) + content;
      sep9 = "\n";
    } else if (indent.length > trimIndent || content[0] === "	") {
      if (sep9 === " ")
        sep9 = "\n";
      else if (!prevMoreIndented && sep9 === "\n")
        sep9 = "\n\n";
      value += sep9 + indent.slice(trimIndent) + content;
      sep9 = "\n";
      prevMoreIndented = true;
    } else if (content === "") {
      if (sep9 === "\n")
        value += "\n";
      else
        sep9 = "\n";
    } else {
      value += sep9 + content;
      sep9 = " ";
      prevMoreIndented = false;
    }
  }
  switch (header.chomp) {
    case "-":
      break;
    case "+":
      for (let i = chompStart; i < lines.length; ++i)
        value += "\n" + lines[i][0].slice(trimIndent);
      if (value[value.length - 1] !== "\n")
        value += "\n";
      break;
    default:
      value += "\n";
  }
  const end = start + header.length + scalar.source.length;
  return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
  if (props[0].type !== "block-scalar-header") {
    onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
    return null;
  }
  const { source } = props[0];
  const mode = source[0];
  let indent = 0;
  let chomp = "";
  let error3 = -1;
  for (let i = 1; i < source.length; ++i) {
    const ch = source[i];
    if (!chomp && (ch === "-" || ch === "+"))
      chomp = ch;
    else {
      const n = Number(ch);
      if (!indent && n)
        indent = n;
      else if (error3 === -1)
        error3 = offset + i;
    }
  }
  if (error3 !== -1)
    onError(error3, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
  let hasSpace = false;
  let comment = "";
  let length = source.length;
  for (let i = 1; i < props.length; ++i) {
    const token = props[i];
    switch (token.type) {
      case "space":
        hasSpace = true;
      // fallthrough
      case "newline":
        length += token.source.length;
        break;
      case "comment":
        if (strict && !hasSpace) {
          const message2 = "Comments must be separated from other tokens by white space characters";
          onError(token, "MISSING_CHAR", message2);
        }
        length += token.source.length;
        comment = token.source.substring(1);
        break;
      case "error":
        onError(token, "UNEXPECTED_TOKEN", token.message);
        length += token.source.length;
        break;
      /* istanbul ignore next should not happen */
      default: {
        const message2 = `Unexpected token in block scalar header: ${token.type}`;
        onError(token, "UNEXPECTED_TOKEN", message2);
        const ts = token.source;
        if (ts && typeof ts === "string")
          length += ts.length;
      }
    }
  }
  return { mode, indent, chomp, comment, length };
}
function splitLines(source) {
  const split2 = source.split(/\n( *)/);
  const first = split2[0];
  const m = first.match(/^( *)/);
  const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
  const lines = [line0];
  for (let i = 1; i < split2.length; i += 2)
    lines.push([split2[i], split2[i + 1]]);
  return lines;
}

// node_modules/yaml/browser/dist/compose/resolve-flow-scalar.js
function resolveFlowScalar(scalar, strict, onError) {
  const { offset, type, source, end } = scalar;
  let _type;
  let value;
  const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
  switch (type) {
    case "scalar":
      _type = Scalar.PLAIN;
      value = plainValue(source, _onError);
      break;
    case "single-quoted-scalar":
      _type = Scalar.QUOTE_SINGLE;
      value = singleQuotedValue(source, _onError);
      break;
    case "double-quoted-scalar":
      _type = Scalar.QUOTE_DOUBLE;
      value = doubleQuotedValue(source, _onError);
      break;
    /* istanbul ignore next should not happen */
    default:
      onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
      return {
        value: "",
        type: null,
        comment: "",
        range: [offset, offset + source.length, offset + source.length]
      };
  }
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, strict, onError);
  return {
    value,
    type: _type,
    comment: re.comment,
    range: [offset, valueEnd, re.offset]
  };
}
function plainValue(source, onError) {
  let badChar = "";
  switch (source[0]) {
    /* istanbul ignore next should not happen */
    case "	":
      badChar = "a tab character";
      break;
    case ",":
      badChar = "flow indicator character ,";
      break;
    case "%":
      badChar = "directive indicator character %";
      break;
    case "|":
    case ">": {
      badChar = `block scalar indicator ${source[0]}`;
      break;
    }
    case "@":
    case "`": {
      badChar = `reserved character ${source[0]}`;
      break;
    }
  }
  if (badChar)
    onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
  return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
  if (source[source.length - 1] !== "'" || source.length === 1)
    onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
  return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
  const line2 = /(.*?)\r?\n/sy;
  let match = line2.exec(source);
  if (!match)
    return source;
  let trimEnd, trimBoth;
  try {
    trimEnd = new RegExp("(?<![ 	])[ 	]+$");
    trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
  } catch {
    trimEnd = /[ \t]+$/;
    trimBoth = /^[ \t]+|[ \t]+$/g;
  }
  let res = match[1].replace(trimEnd, "");
  let sep9 = " ";
  let pos = line2.lastIndex;
  while (match = line2.exec(source)) {
    const lm = match[1].replace(trimBoth, "");
    if (lm === "") {
      if (sep9 === "\n")
        res += sep9;
      else
        sep9 = "\n";
    } else {
      res += sep9 + lm;
      sep9 = " ";
    }
    pos = line2.lastIndex;
  }
  const last = /[ \t]*(.*)/sy;
  last.lastIndex = pos;
  match = last.exec(source);
  return res + sep9 + (match?.[1] ?? "");
}
function doubleQuotedValue(source, onError) {
  let res = "";
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i];
    if (ch === "\r" && source[i + 1] === "\n")
      continue;
    if (ch === "\n") {
      const { fold, offset } = foldNewline(source, i);
      res += fold;
      i = offset;
    } else if (ch === "\\") {
      let next = source[++i];
      const cc = escapeCodes[next];
      if (cc)
        res += cc;
      else if (next === "\n") {
        next = source[i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "\r" && source[i + 1] === "\n") {
        next = source[++i + 1];
        while (next === " " || next === "	")
          next = source[++i + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        res += parseCharCode(source, i + 1, length, onError);
        i += length;
      } else {
        const raw = source.substr(i - 1, 2);
        onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        res += raw;
      }
    } else if (ch === " " || ch === "	") {
      const wsStart = i;
      let next = source[i + 1];
      while (next === " " || next === "	")
        next = source[++i + 1];
      if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
        res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
    } else {
      res += ch;
    }
  }
  if (source[source.length - 1] !== '"' || source.length === 1)
    onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
  return res;
}
function foldNewline(source, offset) {
  let fold = "";
  let ch = source[offset + 1];
  while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
    if (ch === "\r" && source[offset + 2] !== "\n")
      break;
    if (ch === "\n")
      fold += "\n";
    offset += 1;
    ch = source[offset + 1];
  }
  if (!fold)
    fold = " ";
  return { fold, offset };
}
var escapeCodes = {
  "0": "\0",
  // null character
  a: "\x07",
  // bell character
  b: "\b",
  // backspace
  e: "\x1B",
  // escape character
  f: "\f",
  // form feed
  n: "\n",
  // line feed
  r: "\r",
  // carriage return
  t: "	",
  // horizontal tab
  v: "\v",
  // vertical tab
  N: "\x85",
  // Unicode next line
  _: "\xA0",
  // Unicode non-breaking space
  L: "\u2028",
  // Unicode line separator
  P: "\u2029",
  // Unicode paragraph separator
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  "	": "	"
};
function parseCharCode(source, offset, length, onError) {
  const cc = source.substr(offset, length);
  const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
  const code2 = ok ? parseInt(cc, 16) : NaN;
  try {
    return String.fromCodePoint(code2);
  } catch {
    const raw = source.substr(offset - 2, length + 2);
    onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
    return raw;
  }
}

// node_modules/yaml/browser/dist/compose/compose-scalar.js
function composeScalar(ctx, token, tagToken, onError) {
  const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar(ctx, token, onError) : resolveFlowScalar(token, ctx.options.strict, onError);
  const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
  let tag;
  if (ctx.options.stringKeys && ctx.atKey) {
    tag = ctx.schema[SCALAR];
  } else if (tagName)
    tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
  else if (token.type === "scalar")
    tag = findScalarTagByTest(ctx, value, token, onError);
  else
    tag = ctx.schema[SCALAR];
  let scalar;
  try {
    const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
    scalar = isScalar(res) ? res : new Scalar(res);
  } catch (error3) {
    const msg = error3 instanceof Error ? error3.message : String(error3);
    onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
    scalar = new Scalar(value);
  }
  scalar.range = range;
  scalar.source = value;
  if (type)
    scalar.type = type;
  if (tagName)
    scalar.tag = tagName;
  if (tag.format)
    scalar.format = tag.format;
  if (comment)
    scalar.comment = comment;
  return scalar;
}
function findScalarTagByName(schema5, value, tagName, tagToken, onError) {
  if (tagName === "!")
    return schema5[SCALAR];
  const matchWithTest = [];
  for (const tag of schema5.tags) {
    if (!tag.collection && tag.tag === tagName) {
      if (tag.default && tag.test)
        matchWithTest.push(tag);
      else
        return tag;
    }
  }
  for (const tag of matchWithTest)
    if (tag.test?.test(value))
      return tag;
  const kt = schema5.knownTags[tagName];
  if (kt && !kt.collection) {
    schema5.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
    return kt;
  }
  onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
  return schema5[SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema: schema5 }, value, token, onError) {
  const tag = schema5.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema5[SCALAR];
  if (schema5.compat) {
    const compat = schema5.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema5[SCALAR];
    if (tag.tag !== compat.tag) {
      const ts = directives.tagString(tag.tag);
      const cs = directives.tagString(compat.tag);
      const msg = `Value may be parsed as either ${ts} or ${cs}`;
      onError(token, "TAG_RESOLVE_FAILED", msg, true);
    }
  }
  return tag;
}

// node_modules/yaml/browser/dist/compose/util-empty-scalar-position.js
function emptyScalarPosition(offset, before, pos) {
  if (before) {
    pos ?? (pos = before.length);
    for (let i = pos - 1; i >= 0; --i) {
      let st = before[i];
      switch (st.type) {
        case "space":
        case "comment":
        case "newline":
          offset -= st.source.length;
          continue;
      }
      st = before[++i];
      while (st?.type === "space") {
        offset += st.source.length;
        st = before[++i];
      }
      break;
    }
  }
  return offset;
}

// node_modules/yaml/browser/dist/compose/compose-node.js
var CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
  const atKey = ctx.atKey;
  const { spaceBefore, comment, anchor, tag } = props;
  let node;
  let isSrcToken = true;
  switch (token.type) {
    case "alias":
      node = composeAlias(ctx, token, onError);
      if (anchor || tag)
        onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
      break;
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "block-scalar":
      node = composeScalar(ctx, token, tag, onError);
      if (anchor)
        node.anchor = anchor.source.substring(1);
      break;
    case "block-map":
    case "block-seq":
    case "flow-collection":
      try {
        node = composeCollection(CN, ctx, token, props, onError);
        if (anchor)
          node.anchor = anchor.source.substring(1);
      } catch (error3) {
        const message2 = error3 instanceof Error ? error3.message : String(error3);
        onError(token, "RESOURCE_EXHAUSTION", message2);
      }
      break;
    default: {
      const message2 = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
      onError(token, "UNEXPECTED_TOKEN", message2);
      isSrcToken = false;
    }
  }
  node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
  if (anchor && node.anchor === "")
    onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  if (atKey && ctx.options.stringKeys && (!isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
    const msg = "With stringKeys, all keys must be strings";
    onError(tag ?? token, "NON_STRING_KEY", msg);
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    if (token.type === "scalar" && token.source === "")
      node.comment = comment;
    else
      node.commentBefore = comment;
  }
  if (ctx.options.keepSourceTokens && isSrcToken)
    node.srcToken = token;
  return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
  const token = {
    type: "scalar",
    offset: emptyScalarPosition(offset, before, pos),
    indent: -1,
    source: ""
  };
  const node = composeScalar(ctx, token, tag, onError);
  if (anchor) {
    node.anchor = anchor.source.substring(1);
    if (node.anchor === "")
      onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
  }
  if (spaceBefore)
    node.spaceBefore = true;
  if (comment) {
    node.comment = comment;
    node.range[2] = end;
  }
  return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
  const alias = new Alias(source.substring(1));
  if (alias.source === "")
    onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
  if (alias.source.endsWith(":"))
    onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
  const valueEnd = offset + source.length;
  const re = resolveEnd(end, valueEnd, options.strict, onError);
  alias.range = [offset, valueEnd, re.offset];
  if (re.comment)
    alias.comment = re.comment;
  return alias;
}

// node_modules/yaml/browser/dist/compose/compose-doc.js
function composeDoc(options, directives, { offset, start, value, end }, onError) {
  const opts = Object.assign({ _directives: directives }, options);
  const doc = new Document(void 0, opts);
  const ctx = {
    atKey: false,
    atRoot: true,
    directives: doc.directives,
    options: doc.options,
    schema: doc.schema
  };
  const props = resolveProps(start, {
    indicator: "doc-start",
    next: value ?? end?.[0],
    offset,
    onError,
    parentIndent: 0,
    startOnNewline: true
  });
  if (props.found) {
    doc.directives.docStart = true;
    if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
      onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
  }
  doc.contents = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
  const contentEnd2 = doc.contents.range[2];
  const re = resolveEnd(end, contentEnd2, false, onError);
  if (re.comment)
    doc.comment = re.comment;
  doc.range = [offset, contentEnd2, re.offset];
  return doc;
}

// node_modules/yaml/browser/dist/compose/composer.js
function getErrorPos(src) {
  if (typeof src === "number")
    return [src, src + 1];
  if (Array.isArray(src))
    return src.length === 2 ? src : [src[0], src[1]];
  const { offset, source } = src;
  return [offset, offset + (typeof source === "string" ? source.length : 1)];
}
function parsePrelude(prelude) {
  let comment = "";
  let atComment = false;
  let afterEmptyLine = false;
  for (let i = 0; i < prelude.length; ++i) {
    const source = prelude[i];
    switch (source[0]) {
      case "#":
        comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
        atComment = true;
        afterEmptyLine = false;
        break;
      case "%":
        if (prelude[i + 1]?.[0] !== "#")
          i += 1;
        atComment = false;
        break;
      default:
        if (!atComment)
          afterEmptyLine = true;
        atComment = false;
    }
  }
  return { comment, afterEmptyLine };
}
var Composer = class {
  constructor(options = {}) {
    this.doc = null;
    this.atDirectives = false;
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
    this.onError = (source, code2, message2, warning3) => {
      const pos = getErrorPos(source);
      if (warning3)
        this.warnings.push(new YAMLWarning(pos, code2, message2));
      else
        this.errors.push(new YAMLParseError(pos, code2, message2));
    };
    this.directives = new Directives({ version: options.version || "1.2" });
    this.options = options;
  }
  decorate(doc, afterDoc) {
    const { comment, afterEmptyLine } = parsePrelude(this.prelude);
    if (comment) {
      const dc = doc.contents;
      if (afterDoc) {
        doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
      } else if (afterEmptyLine || doc.directives.docStart || !dc) {
        doc.commentBefore = comment;
      } else if (isCollection(dc) && !dc.flow && dc.items.length > 0) {
        let it = dc.items[0];
        if (isPair(it))
          it = it.key;
        const cb = it.commentBefore;
        it.commentBefore = cb ? `${comment}
${cb}` : comment;
      } else {
        const cb = dc.commentBefore;
        dc.commentBefore = cb ? `${comment}
${cb}` : comment;
      }
    }
    if (afterDoc) {
      for (let i = 0; i < this.errors.length; ++i)
        doc.errors.push(this.errors[i]);
      for (let i = 0; i < this.warnings.length; ++i)
        doc.warnings.push(this.warnings[i]);
    } else {
      doc.errors = this.errors;
      doc.warnings = this.warnings;
    }
    this.prelude = [];
    this.errors = [];
    this.warnings = [];
  }
  /**
   * Current stream status information.
   *
   * Mostly useful at the end of input for an empty stream.
   */
  streamInfo() {
    return {
      comment: parsePrelude(this.prelude).comment,
      directives: this.directives,
      errors: this.errors,
      warnings: this.warnings
    };
  }
  /**
   * Compose tokens into documents.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *compose(tokens, forceDoc = false, endOffset = -1) {
    for (const token of tokens)
      yield* this.next(token);
    yield* this.end(forceDoc, endOffset);
  }
  /** Advance the composer by one CST token. */
  *next(token) {
    switch (token.type) {
      case "directive":
        this.directives.add(token.source, (offset, message2, warning3) => {
          const pos = getErrorPos(token);
          pos[0] += offset;
          this.onError(pos, "BAD_DIRECTIVE", message2, warning3);
        });
        this.prelude.push(token.source);
        this.atDirectives = true;
        break;
      case "document": {
        const doc = composeDoc(this.options, this.directives, token, this.onError);
        if (this.atDirectives && !doc.directives.docStart)
          this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
        this.decorate(doc, false);
        if (this.doc)
          yield this.doc;
        this.doc = doc;
        this.atDirectives = false;
        break;
      }
      case "byte-order-mark":
      case "space":
        break;
      case "comment":
      case "newline":
        this.prelude.push(token.source);
        break;
      case "error": {
        const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
        const error3 = new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
        if (this.atDirectives || !this.doc)
          this.errors.push(error3);
        else
          this.doc.errors.push(error3);
        break;
      }
      case "doc-end": {
        if (!this.doc) {
          const msg = "Unexpected doc-end without preceding document";
          this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
          break;
        }
        this.doc.directives.docEnd = true;
        const end = resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
        this.decorate(this.doc, true);
        if (end.comment) {
          const dc = this.doc.comment;
          this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
        }
        this.doc.range[2] = end.offset;
        break;
      }
      default:
        this.errors.push(new YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
    }
  }
  /**
   * Call at end of input to yield any remaining document.
   *
   * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
   * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
   */
  *end(forceDoc = false, endOffset = -1) {
    if (this.doc) {
      this.decorate(this.doc, true);
      yield this.doc;
      this.doc = null;
    } else if (forceDoc) {
      const opts = Object.assign({ _directives: this.directives }, this.options);
      const doc = new Document(void 0, opts);
      if (this.atDirectives)
        this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
      doc.range = [0, endOffset, endOffset];
      this.decorate(doc, false);
      yield doc;
    }
  }
};

// node_modules/yaml/browser/dist/parse/cst-visit.js
var BREAK2 = /* @__PURE__ */ Symbol("break visit");
var SKIP2 = /* @__PURE__ */ Symbol("skip children");
var REMOVE2 = /* @__PURE__ */ Symbol("remove item");
function visit2(cst, visitor) {
  if ("type" in cst && cst.type === "document")
    cst = { start: cst.start, value: cst.value };
  _visit(Object.freeze([]), cst, visitor);
}
visit2.BREAK = BREAK2;
visit2.SKIP = SKIP2;
visit2.REMOVE = REMOVE2;
visit2.itemAtPath = (cst, path) => {
  let item = cst;
  for (const [field, index] of path) {
    const tok = item?.[field];
    if (tok && "items" in tok) {
      item = tok.items[index];
    } else
      return void 0;
  }
  return item;
};
visit2.parentCollection = (cst, path) => {
  const parent = visit2.itemAtPath(cst, path.slice(0, -1));
  const field = path[path.length - 1][0];
  const coll = parent?.[field];
  if (coll && "items" in coll)
    return coll;
  throw new Error("Parent collection not found");
};
function _visit(path, item, visitor) {
  let ctrl = visitor(item, path);
  if (typeof ctrl === "symbol")
    return ctrl;
  for (const field of ["key", "value"]) {
    const token = item[field];
    if (token && "items" in token) {
      for (let i = 0; i < token.items.length; ++i) {
        const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
        if (typeof ci === "number")
          i = ci - 1;
        else if (ci === BREAK2)
          return BREAK2;
        else if (ci === REMOVE2) {
          token.items.splice(i, 1);
          i -= 1;
        }
      }
      if (typeof ctrl === "function" && field === "key")
        ctrl = ctrl(item, path);
    }
  }
  return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
}

// node_modules/yaml/browser/dist/parse/cst.js
var BOM = "\uFEFF";
var DOCUMENT = "";
var FLOW_END = "";
var SCALAR2 = "";
function tokenType(source) {
  switch (source) {
    case BOM:
      return "byte-order-mark";
    case DOCUMENT:
      return "doc-mode";
    case FLOW_END:
      return "flow-error-end";
    case SCALAR2:
      return "scalar";
    case "---":
      return "doc-start";
    case "...":
      return "doc-end";
    case "":
    case "\n":
    case "\r\n":
      return "newline";
    case "-":
      return "seq-item-ind";
    case "?":
      return "explicit-key-ind";
    case ":":
      return "map-value-ind";
    case "{":
      return "flow-map-start";
    case "}":
      return "flow-map-end";
    case "[":
      return "flow-seq-start";
    case "]":
      return "flow-seq-end";
    case ",":
      return "comma";
  }
  switch (source[0]) {
    case " ":
    case "	":
      return "space";
    case "#":
      return "comment";
    case "%":
      return "directive-line";
    case "*":
      return "alias";
    case "&":
      return "anchor";
    case "!":
      return "tag";
    case "'":
      return "single-quoted-scalar";
    case '"':
      return "double-quoted-scalar";
    case "|":
    case ">":
      return "block-scalar-header";
  }
  return null;
}

// node_modules/yaml/browser/dist/parse/lexer.js
function isEmpty(ch) {
  switch (ch) {
    case void 0:
    case " ":
    case "\n":
    case "\r":
    case "	":
      return true;
    default:
      return false;
  }
}
var hexDigits = new Set("0123456789ABCDEFabcdef");
var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
var flowIndicatorChars = new Set(",[]{}");
var invalidAnchorChars = new Set(" ,[]{}\n\r	");
var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
var Lexer = class {
  constructor() {
    this.atEnd = false;
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    this.buffer = "";
    this.flowKey = false;
    this.flowLevel = 0;
    this.indentNext = 0;
    this.indentValue = 0;
    this.lineEndPos = null;
    this.next = null;
    this.pos = 0;
  }
  /**
   * Generate YAML tokens from the `source` string. If `incomplete`,
   * a part of the last line may be left as a buffer for the next call.
   *
   * @returns A generator of lexical tokens
   */
  *lex(source, incomplete = false) {
    if (source) {
      if (typeof source !== "string")
        throw TypeError("source is not a string");
      this.buffer = this.buffer ? this.buffer + source : source;
      this.lineEndPos = null;
    }
    this.atEnd = !incomplete;
    let next = this.next ?? "stream";
    while (next && (incomplete || this.hasChars(1)))
      next = yield* this.parseNext(next);
  }
  atLineEnd() {
    let i = this.pos;
    let ch = this.buffer[i];
    while (ch === " " || ch === "	")
      ch = this.buffer[++i];
    if (!ch || ch === "#" || ch === "\n")
      return true;
    if (ch === "\r")
      return this.buffer[i + 1] === "\n";
    return false;
  }
  charAt(n) {
    return this.buffer[this.pos + n];
  }
  continueScalar(offset) {
    let ch = this.buffer[offset];
    if (this.indentNext > 0) {
      let indent = 0;
      while (ch === " ")
        ch = this.buffer[++indent + offset];
      if (ch === "\r") {
        const next = this.buffer[indent + offset + 1];
        if (next === "\n" || !next && !this.atEnd)
          return offset + indent + 1;
      }
      return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
    }
    if (ch === "-" || ch === ".") {
      const dt = this.buffer.substr(offset, 3);
      if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
        return -1;
    }
    return offset;
  }
  getLine() {
    let end = this.lineEndPos;
    if (typeof end !== "number" || end !== -1 && end < this.pos) {
      end = this.buffer.indexOf("\n", this.pos);
      this.lineEndPos = end;
    }
    if (end === -1)
      return this.atEnd ? this.buffer.substring(this.pos) : null;
    if (this.buffer[end - 1] === "\r")
      end -= 1;
    return this.buffer.substring(this.pos, end);
  }
  hasChars(n) {
    return this.pos + n <= this.buffer.length;
  }
  setNext(state) {
    this.buffer = this.buffer.substring(this.pos);
    this.pos = 0;
    this.lineEndPos = null;
    this.next = state;
    return null;
  }
  peek(n) {
    return this.buffer.substr(this.pos, n);
  }
  *parseNext(next) {
    switch (next) {
      case "stream":
        return yield* this.parseStream();
      case "line-start":
        return yield* this.parseLineStart();
      case "block-start":
        return yield* this.parseBlockStart();
      case "doc":
        return yield* this.parseDocument();
      case "flow":
        return yield* this.parseFlowCollection();
      case "quoted-scalar":
        return yield* this.parseQuotedScalar();
      case "block-scalar":
        return yield* this.parseBlockScalar();
      case "plain-scalar":
        return yield* this.parsePlainScalar();
    }
  }
  *parseStream() {
    let line2 = this.getLine();
    if (line2 === null)
      return this.setNext("stream");
    if (line2[0] === BOM) {
      yield* this.pushCount(1);
      line2 = line2.substring(1);
    }
    if (line2[0] === "%") {
      let dirEnd = line2.length;
      let cs = line2.indexOf("#");
      while (cs !== -1) {
        const ch = line2[cs - 1];
        if (ch === " " || ch === "	") {
          dirEnd = cs - 1;
          break;
        } else {
          cs = line2.indexOf("#", cs + 1);
        }
      }
      while (true) {
        const ch = line2[dirEnd - 1];
        if (ch === " " || ch === "	")
          dirEnd -= 1;
        else
          break;
      }
      const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
      yield* this.pushCount(line2.length - n);
      this.pushNewline();
      return "stream";
    }
    if (this.atLineEnd()) {
      const sp = yield* this.pushSpaces(true);
      yield* this.pushCount(line2.length - sp);
      yield* this.pushNewline();
      return "stream";
    }
    yield DOCUMENT;
    return yield* this.parseLineStart();
  }
  *parseLineStart() {
    const ch = this.charAt(0);
    if (!ch && !this.atEnd)
      return this.setNext("line-start");
    if (ch === "-" || ch === ".") {
      if (!this.atEnd && !this.hasChars(4))
        return this.setNext("line-start");
      const s = this.peek(3);
      if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
        yield* this.pushCount(3);
        this.indentValue = 0;
        this.indentNext = 0;
        return s === "---" ? "doc" : "stream";
      }
    }
    this.indentValue = yield* this.pushSpaces(false);
    if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
      this.indentNext = this.indentValue;
    return yield* this.parseBlockStart();
  }
  *parseBlockStart() {
    const [ch0, ch1] = this.peek(2);
    if (!ch1 && !this.atEnd)
      return this.setNext("block-start");
    if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
      const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
      this.indentNext = this.indentValue + 1;
      this.indentValue += n;
      return "block-start";
    }
    return "doc";
  }
  *parseDocument() {
    yield* this.pushSpaces(true);
    const line2 = this.getLine();
    if (line2 === null)
      return this.setNext("doc");
    let n = yield* this.pushIndicators();
    switch (line2[n]) {
      case "#":
        yield* this.pushCount(line2.length - n);
      // fallthrough
      case void 0:
        yield* this.pushNewline();
        return yield* this.parseLineStart();
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel = 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        return "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "doc";
      case '"':
      case "'":
        return yield* this.parseQuotedScalar();
      case "|":
      case ">":
        n += yield* this.parseBlockScalarHeader();
        n += yield* this.pushSpaces(true);
        yield* this.pushCount(line2.length - n);
        yield* this.pushNewline();
        return yield* this.parseBlockScalar();
      default:
        return yield* this.parsePlainScalar();
    }
  }
  *parseFlowCollection() {
    let nl, sp;
    let indent = -1;
    do {
      nl = yield* this.pushNewline();
      if (nl > 0) {
        sp = yield* this.pushSpaces(false);
        this.indentValue = indent = sp;
      } else {
        sp = 0;
      }
      sp += yield* this.pushSpaces(true);
    } while (nl + sp > 0);
    const line2 = this.getLine();
    if (line2 === null)
      return this.setNext("flow");
    if (indent !== -1 && indent < this.indentNext && line2[0] !== "#" || indent === 0 && (line2.startsWith("---") || line2.startsWith("...")) && isEmpty(line2[3])) {
      const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line2[0] === "]" || line2[0] === "}");
      if (!atFlowEndMarker) {
        this.flowLevel = 0;
        yield FLOW_END;
        return yield* this.parseLineStart();
      }
    }
    let n = 0;
    while (line2[n] === ",") {
      n += yield* this.pushCount(1);
      n += yield* this.pushSpaces(true);
      this.flowKey = false;
    }
    n += yield* this.pushIndicators();
    switch (line2[n]) {
      case void 0:
        return "flow";
      case "#":
        yield* this.pushCount(line2.length - n);
        return "flow";
      case "{":
      case "[":
        yield* this.pushCount(1);
        this.flowKey = false;
        this.flowLevel += 1;
        return "flow";
      case "}":
      case "]":
        yield* this.pushCount(1);
        this.flowKey = true;
        this.flowLevel -= 1;
        return this.flowLevel ? "flow" : "doc";
      case "*":
        yield* this.pushUntil(isNotAnchorChar);
        return "flow";
      case '"':
      case "'":
        this.flowKey = true;
        return yield* this.parseQuotedScalar();
      case ":": {
        const next = this.charAt(1);
        if (this.flowKey || isEmpty(next) || next === ",") {
          this.flowKey = false;
          yield* this.pushCount(1);
          yield* this.pushSpaces(true);
          return "flow";
        }
      }
      // fallthrough
      default:
        this.flowKey = false;
        return yield* this.parsePlainScalar();
    }
  }
  *parseQuotedScalar() {
    const quote2 = this.charAt(0);
    let end = this.buffer.indexOf(quote2, this.pos + 1);
    if (quote2 === "'") {
      while (end !== -1 && this.buffer[end + 1] === "'")
        end = this.buffer.indexOf("'", end + 2);
    } else {
      while (end !== -1) {
        let n = 0;
        while (this.buffer[end - 1 - n] === "\\")
          n += 1;
        if (n % 2 === 0)
          break;
        end = this.buffer.indexOf('"', end + 1);
      }
    }
    const qb = this.buffer.substring(0, end);
    let nl = qb.indexOf("\n", this.pos);
    if (nl !== -1) {
      while (nl !== -1) {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = qb.indexOf("\n", cs);
      }
      if (nl !== -1) {
        end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
      }
    }
    if (end === -1) {
      if (!this.atEnd)
        return this.setNext("quoted-scalar");
      end = this.buffer.length;
    }
    yield* this.pushToIndex(end + 1, false);
    return this.flowLevel ? "flow" : "doc";
  }
  *parseBlockScalarHeader() {
    this.blockScalarIndent = -1;
    this.blockScalarKeep = false;
    let i = this.pos;
    while (true) {
      const ch = this.buffer[++i];
      if (ch === "+")
        this.blockScalarKeep = true;
      else if (ch > "0" && ch <= "9")
        this.blockScalarIndent = Number(ch) - 1;
      else if (ch !== "-")
        break;
    }
    return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
  }
  *parseBlockScalar() {
    let nl = this.pos - 1;
    let indent = 0;
    let ch;
    loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
      switch (ch) {
        case " ":
          indent += 1;
          break;
        case "\n":
          nl = i2;
          indent = 0;
          break;
        case "\r": {
          const next = this.buffer[i2 + 1];
          if (!next && !this.atEnd)
            return this.setNext("block-scalar");
          if (next === "\n")
            break;
        }
        // fallthrough
        default:
          break loop;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("block-scalar");
    if (indent >= this.indentNext) {
      if (this.blockScalarIndent === -1)
        this.indentNext = indent;
      else {
        this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
      }
      do {
        const cs = this.continueScalar(nl + 1);
        if (cs === -1)
          break;
        nl = this.buffer.indexOf("\n", cs);
      } while (nl !== -1);
      if (nl === -1) {
        if (!this.atEnd)
          return this.setNext("block-scalar");
        nl = this.buffer.length;
      }
    }
    let i = nl + 1;
    ch = this.buffer[i];
    while (ch === " ")
      ch = this.buffer[++i];
    if (ch === "	") {
      while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
        ch = this.buffer[++i];
      nl = i - 1;
    } else if (!this.blockScalarKeep) {
      do {
        let i2 = nl - 1;
        let ch2 = this.buffer[i2];
        if (ch2 === "\r")
          ch2 = this.buffer[--i2];
        const lastChar = i2;
        while (ch2 === " ")
          ch2 = this.buffer[--i2];
        if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
          nl = i2;
        else
          break;
      } while (true);
    }
    yield SCALAR2;
    yield* this.pushToIndex(nl + 1, true);
    return yield* this.parseLineStart();
  }
  *parsePlainScalar() {
    const inFlow2 = this.flowLevel > 0;
    let end = this.pos - 1;
    let i = this.pos - 1;
    let ch;
    while (ch = this.buffer[++i]) {
      if (ch === ":") {
        const next = this.buffer[i + 1];
        if (isEmpty(next) || inFlow2 && flowIndicatorChars.has(next))
          break;
        end = i;
      } else if (isEmpty(ch)) {
        let next = this.buffer[i + 1];
        if (ch === "\r") {
          if (next === "\n") {
            i += 1;
            ch = "\n";
            next = this.buffer[i + 1];
          } else
            end = i;
        }
        if (next === "#" || inFlow2 && flowIndicatorChars.has(next))
          break;
        if (ch === "\n") {
          const cs = this.continueScalar(i + 1);
          if (cs === -1)
            break;
          i = Math.max(i, cs - 2);
        }
      } else {
        if (inFlow2 && flowIndicatorChars.has(ch))
          break;
        end = i;
      }
    }
    if (!ch && !this.atEnd)
      return this.setNext("plain-scalar");
    yield SCALAR2;
    yield* this.pushToIndex(end + 1, true);
    return inFlow2 ? "flow" : "doc";
  }
  *pushCount(n) {
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos += n;
      return n;
    }
    return 0;
  }
  *pushToIndex(i, allowEmpty) {
    const s = this.buffer.slice(this.pos, i);
    if (s) {
      yield s;
      this.pos += s.length;
      return s.length;
    } else if (allowEmpty)
      yield "";
    return 0;
  }
  *pushIndicators() {
    let n = 0;
    loop: while (true) {
      switch (this.charAt(0)) {
        case "!":
          n += yield* this.pushTag();
          n += yield* this.pushSpaces(true);
          continue loop;
        case "&":
          n += yield* this.pushUntil(isNotAnchorChar);
          n += yield* this.pushSpaces(true);
          continue loop;
        case "-":
        // this is an error
        case "?":
        // this is an error outside flow collections
        case ":": {
          const inFlow2 = this.flowLevel > 0;
          const ch1 = this.charAt(1);
          if (isEmpty(ch1) || inFlow2 && flowIndicatorChars.has(ch1)) {
            if (!inFlow2)
              this.indentNext = this.indentValue + 1;
            else if (this.flowKey)
              this.flowKey = false;
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            continue loop;
          }
        }
      }
      break loop;
    }
    return n;
  }
  *pushTag() {
    if (this.charAt(1) === "<") {
      let i = this.pos + 2;
      let ch = this.buffer[i];
      while (!isEmpty(ch) && ch !== ">")
        ch = this.buffer[++i];
      return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
    } else {
      let i = this.pos + 1;
      let ch = this.buffer[i];
      while (ch) {
        if (tagChars.has(ch))
          ch = this.buffer[++i];
        else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
          ch = this.buffer[i += 3];
        } else
          break;
      }
      return yield* this.pushToIndex(i, false);
    }
  }
  *pushNewline() {
    const ch = this.buffer[this.pos];
    if (ch === "\n")
      return yield* this.pushCount(1);
    else if (ch === "\r" && this.charAt(1) === "\n")
      return yield* this.pushCount(2);
    else
      return 0;
  }
  *pushSpaces(allowTabs) {
    let i = this.pos - 1;
    let ch;
    do {
      ch = this.buffer[++i];
    } while (ch === " " || allowTabs && ch === "	");
    const n = i - this.pos;
    if (n > 0) {
      yield this.buffer.substr(this.pos, n);
      this.pos = i;
    }
    return n;
  }
  *pushUntil(test) {
    let i = this.pos;
    let ch = this.buffer[i];
    while (!test(ch))
      ch = this.buffer[++i];
    return yield* this.pushToIndex(i, false);
  }
};

// node_modules/yaml/browser/dist/parse/line-counter.js
var LineCounter = class {
  constructor() {
    this.lineStarts = [];
    this.addNewLine = (offset) => this.lineStarts.push(offset);
    this.linePos = (offset) => {
      let low = 0;
      let high = this.lineStarts.length;
      while (low < high) {
        const mid = low + high >> 1;
        if (this.lineStarts[mid] < offset)
          low = mid + 1;
        else
          high = mid;
      }
      if (this.lineStarts[low] === offset)
        return { line: low + 1, col: 1 };
      if (low === 0)
        return { line: 0, col: offset };
      const start = this.lineStarts[low - 1];
      return { line: low, col: offset - start + 1 };
    };
  }
};

// node_modules/yaml/browser/dist/parse/parser.js
function includesToken(list, type) {
  for (let i = 0; i < list.length; ++i)
    if (list[i].type === type)
      return true;
  return false;
}
function findNonEmptyIndex(list) {
  for (let i = 0; i < list.length; ++i) {
    switch (list[i].type) {
      case "space":
      case "comment":
      case "newline":
        break;
      default:
        return i;
    }
  }
  return -1;
}
function isFlowToken(token) {
  switch (token?.type) {
    case "alias":
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "flow-collection":
      return true;
    default:
      return false;
  }
}
function getPrevProps(parent) {
  switch (parent.type) {
    case "document":
      return parent.start;
    case "block-map": {
      const it = parent.items[parent.items.length - 1];
      return it.sep ?? it.start;
    }
    case "block-seq":
      return parent.items[parent.items.length - 1].start;
    /* istanbul ignore next should not happen */
    default:
      return [];
  }
}
function getFirstKeyStartProps(prev) {
  if (prev.length === 0)
    return [];
  let i = prev.length;
  loop: while (--i >= 0) {
    switch (prev[i].type) {
      case "doc-start":
      case "explicit-key-ind":
      case "map-value-ind":
      case "seq-item-ind":
      case "newline":
        break loop;
    }
  }
  while (prev[++i]?.type === "space") {
  }
  return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
  if (source.length < 1e5)
    Array.prototype.push.apply(target, source);
  else
    for (let i = 0; i < source.length; ++i)
      target.push(source[i]);
}
function fixFlowSeqItems(fc) {
  if (fc.start.type === "flow-seq-start") {
    for (const it of fc.items) {
      if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
        if (it.key)
          it.value = it.key;
        delete it.key;
        if (isFlowToken(it.value)) {
          if (it.value.end)
            arrayPushArray(it.value.end, it.sep);
          else
            it.value.end = it.sep;
        } else
          arrayPushArray(it.start, it.sep);
        delete it.sep;
      }
    }
  }
}
var Parser = class {
  /**
   * @param onNewLine - If defined, called separately with the start position of
   *   each new line (in `parse()`, including the start of input).
   */
  constructor(onNewLine) {
    this.atNewLine = true;
    this.atScalar = false;
    this.indent = 0;
    this.offset = 0;
    this.onKeyLine = false;
    this.stack = [];
    this.source = "";
    this.type = "";
    this.lexer = new Lexer();
    this.onNewLine = onNewLine;
  }
  /**
   * Parse `source` as a YAML stream.
   * If `incomplete`, a part of the last line may be left as a buffer for the next call.
   *
   * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
   *
   * @returns A generator of tokens representing each directive, document, and other structure.
   */
  *parse(source, incomplete = false) {
    if (this.onNewLine && this.offset === 0)
      this.onNewLine(0);
    for (const lexeme of this.lexer.lex(source, incomplete))
      yield* this.next(lexeme);
    if (!incomplete)
      yield* this.end();
  }
  /**
   * Advance the parser by the `source` of one lexical token.
   */
  *next(source) {
    this.source = source;
    if (this.atScalar) {
      this.atScalar = false;
      yield* this.step();
      this.offset += source.length;
      return;
    }
    const type = tokenType(source);
    if (!type) {
      const message2 = `Not a YAML token: ${source}`;
      yield* this.pop({ type: "error", offset: this.offset, message: message2, source });
      this.offset += source.length;
    } else if (type === "scalar") {
      this.atNewLine = false;
      this.atScalar = true;
      this.type = "scalar";
    } else {
      this.type = type;
      yield* this.step();
      switch (type) {
        case "newline":
          this.atNewLine = true;
          this.indent = 0;
          if (this.onNewLine)
            this.onNewLine(this.offset + source.length);
          break;
        case "space":
          if (this.atNewLine && source[0] === " ")
            this.indent += source.length;
          break;
        case "explicit-key-ind":
        case "map-value-ind":
        case "seq-item-ind":
          if (this.atNewLine)
            this.indent += source.length;
          break;
        case "doc-mode":
        case "flow-error-end":
          return;
        default:
          this.atNewLine = false;
      }
      this.offset += source.length;
    }
  }
  /** Call at end of input to push out any remaining constructions */
  *end() {
    while (this.stack.length > 0)
      yield* this.pop();
  }
  get sourceToken() {
    const st = {
      type: this.type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
    return st;
  }
  *step() {
    const top = this.peek(1);
    if (this.type === "doc-end" && top?.type !== "doc-end") {
      while (this.stack.length > 0)
        yield* this.pop();
      this.stack.push({
        type: "doc-end",
        offset: this.offset,
        source: this.source
      });
      return;
    }
    if (!top)
      return yield* this.stream();
    switch (top.type) {
      case "document":
        return yield* this.document(top);
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return yield* this.scalar(top);
      case "block-scalar":
        return yield* this.blockScalar(top);
      case "block-map":
        return yield* this.blockMap(top);
      case "block-seq":
        return yield* this.blockSequence(top);
      case "flow-collection":
        return yield* this.flowCollection(top);
      case "doc-end":
        return yield* this.documentEnd(top);
    }
    yield* this.pop();
  }
  peek(n) {
    return this.stack[this.stack.length - n];
  }
  *pop(error3) {
    const token = error3 ?? this.stack.pop();
    if (!token) {
      const message2 = "Tried to pop an empty stack";
      yield { type: "error", offset: this.offset, source: "", message: message2 };
    } else if (this.stack.length === 0) {
      yield token;
    } else {
      const top = this.peek(1);
      if (token.type === "block-scalar") {
        token.indent = "indent" in top ? top.indent : 0;
      } else if (token.type === "flow-collection" && top.type === "document") {
        token.indent = 0;
      }
      if (token.type === "flow-collection")
        fixFlowSeqItems(token);
      switch (top.type) {
        case "document":
          top.value = token;
          break;
        case "block-scalar":
          top.props.push(token);
          break;
        case "block-map": {
          const it = top.items[top.items.length - 1];
          if (it.value) {
            top.items.push({ start: [], key: token, sep: [] });
            this.onKeyLine = true;
            return;
          } else if (it.sep) {
            it.value = token;
          } else {
            Object.assign(it, { key: token, sep: [] });
            this.onKeyLine = !it.explicitKey;
            return;
          }
          break;
        }
        case "block-seq": {
          const it = top.items[top.items.length - 1];
          if (it.value)
            top.items.push({ start: [], value: token });
          else
            it.value = token;
          break;
        }
        case "flow-collection": {
          const it = top.items[top.items.length - 1];
          if (!it || it.value)
            top.items.push({ start: [], key: token, sep: [] });
          else if (it.sep)
            it.value = token;
          else
            Object.assign(it, { key: token, sep: [] });
          return;
        }
        /* istanbul ignore next should not happen */
        default:
          yield* this.pop();
          yield* this.pop(token);
      }
      if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
        const last = token.items[token.items.length - 1];
        if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
          if (top.type === "document")
            top.end = last.start;
          else
            top.items.push({ start: last.start });
          token.items.splice(-1, 1);
        }
      }
    }
  }
  *stream() {
    switch (this.type) {
      case "directive-line":
        yield { type: "directive", offset: this.offset, source: this.source };
        return;
      case "byte-order-mark":
      case "space":
      case "comment":
      case "newline":
        yield this.sourceToken;
        return;
      case "doc-mode":
      case "doc-start": {
        const doc = {
          type: "document",
          offset: this.offset,
          start: []
        };
        if (this.type === "doc-start")
          doc.start.push(this.sourceToken);
        this.stack.push(doc);
        return;
      }
    }
    yield {
      type: "error",
      offset: this.offset,
      message: `Unexpected ${this.type} token in YAML stream`,
      source: this.source
    };
  }
  *document(doc) {
    if (doc.value)
      return yield* this.lineEnd(doc);
    switch (this.type) {
      case "doc-start": {
        if (findNonEmptyIndex(doc.start) !== -1) {
          yield* this.pop();
          yield* this.step();
        } else
          doc.start.push(this.sourceToken);
        return;
      }
      case "anchor":
      case "tag":
      case "space":
      case "comment":
      case "newline":
        doc.start.push(this.sourceToken);
        return;
    }
    const bv = this.startBlockValue(doc);
    if (bv)
      this.stack.push(bv);
    else {
      yield {
        type: "error",
        offset: this.offset,
        message: `Unexpected ${this.type} token in YAML document`,
        source: this.source
      };
    }
  }
  *scalar(scalar) {
    if (this.type === "map-value-ind") {
      const prev = getPrevProps(this.peek(2));
      const start = getFirstKeyStartProps(prev);
      let sep9;
      if (scalar.end) {
        sep9 = scalar.end;
        sep9.push(this.sourceToken);
        delete scalar.end;
      } else
        sep9 = [this.sourceToken];
      const map2 = {
        type: "block-map",
        offset: scalar.offset,
        indent: scalar.indent,
        items: [{ start, key: scalar, sep: sep9 }]
      };
      this.onKeyLine = true;
      this.stack[this.stack.length - 1] = map2;
    } else
      yield* this.lineEnd(scalar);
  }
  *blockScalar(scalar) {
    switch (this.type) {
      case "space":
      case "comment":
      case "newline":
        scalar.props.push(this.sourceToken);
        return;
      case "scalar":
        scalar.source = this.source;
        this.atNewLine = true;
        this.indent = 0;
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        yield* this.pop();
        break;
      /* istanbul ignore next should not happen */
      default:
        yield* this.pop();
        yield* this.step();
    }
  }
  *blockMap(map2) {
    const it = map2.items[map2.items.length - 1];
    switch (this.type) {
      case "newline":
        this.onKeyLine = false;
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          it.start.push(this.sourceToken);
        }
        return;
      case "space":
      case "comment":
        if (it.value) {
          map2.items.push({ start: [this.sourceToken] });
        } else if (it.sep) {
          it.sep.push(this.sourceToken);
        } else {
          if (this.atIndentedComment(it.start, map2.indent)) {
            const prev = map2.items[map2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              map2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
    }
    if (this.indent >= map2.indent) {
      const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
      const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
      let start = [];
      if (atNextItem && it.sep && !it.value) {
        const nl = [];
        for (let i = 0; i < it.sep.length; ++i) {
          const st = it.sep[i];
          switch (st.type) {
            case "newline":
              nl.push(i);
              break;
            case "space":
              break;
            case "comment":
              if (st.indent > map2.indent)
                nl.length = 0;
              break;
            default:
              nl.length = 0;
          }
        }
        if (nl.length >= 2)
          start = it.sep.splice(nl[1]);
      }
      switch (this.type) {
        case "anchor":
        case "tag":
          if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start });
            this.onKeyLine = true;
          } else if (it.sep) {
            it.sep.push(this.sourceToken);
          } else {
            it.start.push(this.sourceToken);
          }
          return;
        case "explicit-key-ind":
          if (!it.sep && !it.explicitKey) {
            it.start.push(this.sourceToken);
            it.explicitKey = true;
          } else if (atNextItem || it.value) {
            start.push(this.sourceToken);
            map2.items.push({ start, explicitKey: true });
          } else {
            this.stack.push({
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken], explicitKey: true }]
            });
          }
          this.onKeyLine = true;
          return;
        case "map-value-ind":
          if (it.explicitKey) {
            if (!it.sep) {
              if (includesToken(it.start, "newline")) {
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              } else {
                const start2 = getFirstKeyStartProps(it.start);
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                });
              }
            } else if (it.value) {
              map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start, key: null, sep: [this.sourceToken] }]
              });
            } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
              const start2 = getFirstKeyStartProps(it.start);
              const key = it.key;
              const sep9 = it.sep;
              sep9.push(this.sourceToken);
              delete it.key;
              delete it.sep;
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: start2, key, sep: sep9 }]
              });
            } else if (start.length > 0) {
              it.sep = it.sep.concat(start, this.sourceToken);
            } else {
              it.sep.push(this.sourceToken);
            }
          } else {
            if (!it.sep) {
              Object.assign(it, { key: null, sep: [this.sourceToken] });
            } else if (it.value || atNextItem) {
              map2.items.push({ start, key: null, sep: [this.sourceToken] });
            } else if (includesToken(it.sep, "map-value-ind")) {
              this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [], key: null, sep: [this.sourceToken] }]
              });
            } else {
              it.sep.push(this.sourceToken);
            }
          }
          this.onKeyLine = true;
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs3 = this.flowScalar(this.type);
          if (atNextItem || it.value) {
            map2.items.push({ start, key: fs3, sep: [] });
            this.onKeyLine = true;
          } else if (it.sep) {
            this.stack.push(fs3);
          } else {
            Object.assign(it, { key: fs3, sep: [] });
            this.onKeyLine = true;
          }
          return;
        }
        default: {
          const bv = this.startBlockValue(map2);
          if (bv) {
            if (bv.type === "block-seq") {
              if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                yield* this.pop({
                  type: "error",
                  offset: this.offset,
                  message: "Unexpected block-seq-ind on same line with key",
                  source: this.source
                });
                return;
              }
            } else if (atMapIndent) {
              map2.items.push({ start });
            }
            this.stack.push(bv);
            return;
          }
        }
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *blockSequence(seq2) {
    const it = seq2.items[seq2.items.length - 1];
    switch (this.type) {
      case "newline":
        if (it.value) {
          const end = "end" in it.value ? it.value.end : void 0;
          const last = Array.isArray(end) ? end[end.length - 1] : void 0;
          if (last?.type === "comment")
            end?.push(this.sourceToken);
          else
            seq2.items.push({ start: [this.sourceToken] });
        } else
          it.start.push(this.sourceToken);
        return;
      case "space":
      case "comment":
        if (it.value)
          seq2.items.push({ start: [this.sourceToken] });
        else {
          if (this.atIndentedComment(it.start, seq2.indent)) {
            const prev = seq2.items[seq2.items.length - 2];
            const end = prev?.value?.end;
            if (Array.isArray(end)) {
              arrayPushArray(end, it.start);
              end.push(this.sourceToken);
              seq2.items.pop();
              return;
            }
          }
          it.start.push(this.sourceToken);
        }
        return;
      case "anchor":
      case "tag":
        if (it.value || this.indent <= seq2.indent)
          break;
        it.start.push(this.sourceToken);
        return;
      case "seq-item-ind":
        if (this.indent !== seq2.indent)
          break;
        if (it.value || includesToken(it.start, "seq-item-ind"))
          seq2.items.push({ start: [this.sourceToken] });
        else
          it.start.push(this.sourceToken);
        return;
    }
    if (this.indent > seq2.indent) {
      const bv = this.startBlockValue(seq2);
      if (bv) {
        this.stack.push(bv);
        return;
      }
    }
    yield* this.pop();
    yield* this.step();
  }
  *flowCollection(fc) {
    const it = fc.items[fc.items.length - 1];
    if (this.type === "flow-error-end") {
      let top;
      do {
        yield* this.pop();
        top = this.peek(1);
      } while (top?.type === "flow-collection");
    } else if (fc.end.length === 0) {
      switch (this.type) {
        case "comma":
        case "explicit-key-ind":
          if (!it || it.sep)
            fc.items.push({ start: [this.sourceToken] });
          else
            it.start.push(this.sourceToken);
          return;
        case "map-value-ind":
          if (!it || it.value)
            fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            Object.assign(it, { key: null, sep: [this.sourceToken] });
          return;
        case "space":
        case "comment":
        case "newline":
        case "anchor":
        case "tag":
          if (!it || it.value)
            fc.items.push({ start: [this.sourceToken] });
          else if (it.sep)
            it.sep.push(this.sourceToken);
          else
            it.start.push(this.sourceToken);
          return;
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar": {
          const fs3 = this.flowScalar(this.type);
          if (!it || it.value)
            fc.items.push({ start: [], key: fs3, sep: [] });
          else if (it.sep)
            this.stack.push(fs3);
          else
            Object.assign(it, { key: fs3, sep: [] });
          return;
        }
        case "flow-map-end":
        case "flow-seq-end":
          fc.end.push(this.sourceToken);
          return;
      }
      const bv = this.startBlockValue(fc);
      if (bv)
        this.stack.push(bv);
      else {
        yield* this.pop();
        yield* this.step();
      }
    } else {
      const parent = this.peek(2);
      if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
        yield* this.pop();
        yield* this.step();
      } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        fixFlowSeqItems(fc);
        const sep9 = fc.end.splice(1, fc.end.length);
        sep9.push(this.sourceToken);
        const map2 = {
          type: "block-map",
          offset: fc.offset,
          indent: fc.indent,
          items: [{ start, key: fc, sep: sep9 }]
        };
        this.onKeyLine = true;
        this.stack[this.stack.length - 1] = map2;
      } else {
        yield* this.lineEnd(fc);
      }
    }
  }
  flowScalar(type) {
    if (this.onNewLine) {
      let nl = this.source.indexOf("\n") + 1;
      while (nl !== 0) {
        this.onNewLine(this.offset + nl);
        nl = this.source.indexOf("\n", nl) + 1;
      }
    }
    return {
      type,
      offset: this.offset,
      indent: this.indent,
      source: this.source
    };
  }
  startBlockValue(parent) {
    switch (this.type) {
      case "alias":
      case "scalar":
      case "single-quoted-scalar":
      case "double-quoted-scalar":
        return this.flowScalar(this.type);
      case "block-scalar-header":
        return {
          type: "block-scalar",
          offset: this.offset,
          indent: this.indent,
          props: [this.sourceToken],
          source: ""
        };
      case "flow-map-start":
      case "flow-seq-start":
        return {
          type: "flow-collection",
          offset: this.offset,
          indent: this.indent,
          start: this.sourceToken,
          items: [],
          end: []
        };
      case "seq-item-ind":
        return {
          type: "block-seq",
          offset: this.offset,
          indent: this.indent,
          items: [{ start: [this.sourceToken] }]
        };
      case "explicit-key-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        start.push(this.sourceToken);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, explicitKey: true }]
        };
      }
      case "map-value-ind": {
        this.onKeyLine = true;
        const prev = getPrevProps(parent);
        const start = getFirstKeyStartProps(prev);
        return {
          type: "block-map",
          offset: this.offset,
          indent: this.indent,
          items: [{ start, key: null, sep: [this.sourceToken] }]
        };
      }
    }
    return null;
  }
  atIndentedComment(start, indent) {
    if (this.type !== "comment")
      return false;
    if (this.indent <= indent)
      return false;
    return start.every((st) => st.type === "newline" || st.type === "space");
  }
  *documentEnd(docEnd) {
    if (this.type !== "doc-mode") {
      if (docEnd.end)
        docEnd.end.push(this.sourceToken);
      else
        docEnd.end = [this.sourceToken];
      if (this.type === "newline")
        yield* this.pop();
    }
  }
  *lineEnd(token) {
    switch (this.type) {
      case "comma":
      case "doc-start":
      case "doc-end":
      case "flow-seq-end":
      case "flow-map-end":
      case "map-value-ind":
        yield* this.pop();
        yield* this.step();
        break;
      case "newline":
        this.onKeyLine = false;
      // fallthrough
      case "space":
      case "comment":
      default:
        if (token.end)
          token.end.push(this.sourceToken);
        else
          token.end = [this.sourceToken];
        if (this.type === "newline")
          yield* this.pop();
    }
  }
};

// node_modules/yaml/browser/dist/public-api.js
function parseOptions(options) {
  const prettyErrors = options.prettyErrors !== false;
  const lineCounter = options.lineCounter || prettyErrors && new LineCounter() || null;
  return { lineCounter, prettyErrors };
}
function parseDocument(source, options = {}) {
  const { lineCounter, prettyErrors } = parseOptions(options);
  const parser = new Parser(lineCounter?.addNewLine);
  const composer = new Composer(options);
  let doc = null;
  for (const _doc of composer.compose(parser.parse(source), true, source.length)) {
    if (!doc)
      doc = _doc;
    else if (doc.options.logLevel !== "silent") {
      doc.errors.push(new YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
      break;
    }
  }
  if (prettyErrors && lineCounter) {
    doc.errors.forEach(prettifyError(source, lineCounter));
    doc.warnings.forEach(prettifyError(source, lineCounter));
  }
  return doc;
}
function parse(src, reviver, options) {
  let _reviver = void 0;
  if (typeof reviver === "function") {
    _reviver = reviver;
  } else if (options === void 0 && reviver && typeof reviver === "object") {
    options = reviver;
  }
  const doc = parseDocument(src, options);
  if (!doc)
    return null;
  doc.warnings.forEach((warning3) => warn(doc.options.logLevel, warning3));
  if (doc.errors.length > 0) {
    if (doc.options.logLevel !== "silent")
      throw doc.errors[0];
    else
      doc.errors = [];
  }
  return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify3(value, replacer, options) {
  let _replacer = null;
  if (typeof replacer === "function" || Array.isArray(replacer)) {
    _replacer = replacer;
  } else if (options === void 0 && replacer) {
    options = replacer;
  }
  if (typeof options === "string")
    options = options.length;
  if (typeof options === "number") {
    const indent = Math.round(options);
    options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
  }
  if (value === void 0) {
    const { keepUndefined } = options ?? replacer ?? {};
    if (!keepUndefined)
      return void 0;
  }
  if (isDocument(value) && !_replacer)
    return value.toString(options);
  return new Document(value, _replacer, options).toString(options);
}

// src/core/diagnostic.ts
function fixOf(applicability, ...edits) {
  return edits.length > 0 && edits.every((edit2) => edit2 !== void 0) ? { applicability, edits } : void 0;
}
var FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };
function problem(file, span, rule, message2, expected) {
  return expected && expected.length > 0 ? { file, rule, span, message: message2, expected } : { file, rule, span, message: message2 };
}
function compareDiagnostics(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

// src/parse/limits.ts
var MAX_ALIAS_COUNT = 100;
var MAX_METADATA_BYTES = 256 * 1024;
var MAX_NESTING = 64;
var MAX_KEY_NESTING = 8;
var MAX_KEY_WORK = 5e5;
var KEY_NODE_WORK = 16;
function nestingDepth(text2) {
  let depth = 0;
  let deepest = 0;
  let indentDeepest = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c === 91 || c === 123) deepest = Math.max(deepest, ++depth);
    else if ((c === 93 || c === 125) && depth > 0) depth--;
    else if (c === 10) {
      let indent = 0;
      for (let at2 = i + 1; at2 < text2.length && (text2.charCodeAt(at2) === 32 || text2.charCodeAt(at2) === 45); at2++) indent++;
      indentDeepest = Math.max(indentDeepest, indent);
    }
  }
  return Math.max(deepest, Math.floor(indentDeepest / 2));
}
var FLOW_OPENER = /[[{]/g;
var DEEP_INDENT = new RegExp(`\\n[ -]{${2 * (MAX_NESTING + 1)}}`);
function nestsTooDeeply(text2) {
  if (DEEP_INDENT.test(text2)) return nestingDepth(text2) > MAX_NESTING;
  FLOW_OPENER.lastIndex = 0;
  let openers = 0;
  while (FLOW_OPENER.test(text2)) if (++openers > MAX_NESTING) return nestingDepth(text2) > MAX_NESTING;
  return false;
}
function yamlCost(contents) {
  const cost = { depth: 0, keyNesting: 0, keyWork: 0, duplicateKeys: [], unsafeIntegers: [], plain: true };
  const nodes = [contents];
  const depths = [0];
  const keyDepths = [0];
  while (nodes.length > 0) {
    const node = nodes.pop();
    const depth = depths.pop();
    const keys = keyDepths.pop();
    if (isScalar(node) || isAlias(node)) {
      const range = node.range;
      if (isAlias(node) || node.tag !== void 0) cost.plain = false;
      if (keys > 0) cost.keyWork += keys * (KEY_NODE_WORK + (range ? range[1] - range[0] : 0));
      if (isScalar(node) && typeof node.value === "number" && range && isUnsafeInteger(node.value, node.source)) cost.unsafeIntegers.push({ offset: range[0], written: node.source, read: node.value });
      continue;
    }
    if (!isCollection(node)) continue;
    if (node.tag !== void 0 || keys > 0) cost.plain = false;
    if (depth > cost.depth) cost.depth = depth;
    if (keys > cost.keyNesting) cost.keyNesting = keys;
    cost.keyWork += keys * KEY_NODE_WORK;
    if (cost.depth > MAX_NESTING || cost.keyNesting > MAX_KEY_NESTING || cost.keyWork > MAX_KEY_WORK) break;
    let seen;
    for (const item of node.items) {
      if (!isPair(item)) {
        nodes.push(item);
        depths.push(depth + 1);
        keyDepths.push(keys);
        continue;
      }
      if (isSeq(node)) cost.plain = false;
      const key = item.key;
      if (isScalar(key) && key.range) {
        seen ??= /* @__PURE__ */ new Set();
        if (seen.has(key.value) && !Number.isNaN(key.value)) cost.duplicateKeys.push(key.range[0]);
        seen.add(key.value);
      }
      nodes.push(key, item.value);
      depths.push(depth + 1, depth + 1);
      keyDepths.push(isCollection(key) ? keys + 1 : keys, keys);
    }
  }
  return cost;
}
function isUnsafeInteger(value, source) {
  return Number.isInteger(value) && !Number.isSafeInteger(value) && source !== void 0 && /^[-+]?(?:0x[0-9a-fA-F]+|0o[0-7]+|[0-9]+)$/.test(source);
}

// src/core/suggest.ts
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
  return closestMatches(found, allowed)[0];
}
function uniqueMatch(found, allowed) {
  const matches = closestMatches(found, allowed);
  return matches.length === 1 ? matches[0] : void 0;
}
function isSlipOf(found, meant) {
  const fold = (s) => s.toLowerCase().replace(/[\s_-]+/g, "");
  const a = fold(found);
  const b = fold(meant);
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || long.slice(0, i) + long.slice(i + 1) !== short) return false;
  return long[i] === long[i - 1] || long[i] === long[i + 1];
}
function closestMatches(found, allowed) {
  const fold = (s) => s.toLowerCase().replace(/[\s_-]+/g, "");
  const folded = fold(found);
  const sameWord = allowed.filter((candidate) => fold(candidate) === folded);
  if (sameWord.length > 0) return sameWord;
  const limit = Math.max(1, Math.floor(found.length / 3));
  let best = [];
  let bestDistance = limit + 1;
  for (const candidate of allowed) {
    const distance = editDistance(found.toLowerCase(), candidate.toLowerCase(), limit);
    if (distance < bestDistance) {
      best = [candidate];
      bestDistance = distance;
    } else if (distance === bestDistance && distance <= limit) {
      best.push(candidate);
    }
  }
  return best;
}
var EXCERPT_CHARACTERS = 40;
function excerpt(text2, max = EXCERPT_CHARACTERS) {
  const chars = [...text2];
  return chars.length <= max ? JSON.stringify(text2) : `${JSON.stringify(chars.slice(0, max).join(""))}\u2026 (${chars.length} characters)`;
}
function asWritten(text2) {
  return [...text2].length <= EXCERPT_CHARACTERS && !/[\p{Cc}\u2028\u2029]/u.test(text2) ? text2 : excerpt(text2);
}
function quote(value) {
  if (typeof value === "string") return excerpt(value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}
function listOf(values) {
  return values.join(", ");
}

// src/parse/yamlErrors.ts
function explainYamlError(code2, message2, source, offset) {
  if (code2 === "UNSAFE_INTEGER") return { rule: "yaml-unsafe-integer", message: message2, length: /^\S*/.exec(source.slice(offset))[0].length };
  if (code2 === "DUPLICATE_KEY") {
    const key = /^[^\s:]+/.exec(source.slice(offset))?.[0] ?? "";
    return {
      rule: "yaml-duplicate-key",
      message: `key ${key ? `${excerpt(key)} ` : ""}appears twice in the same mapping; keep one of them`,
      // The whole second key is marked, not its first character.
      ...key ? { length: key.length } : {}
    };
  }
  if (code2 === "BAD_SCALAR_START") {
    const rest = /^[^\n]*/.exec(source.slice(offset))?.[0].trimEnd() ?? "";
    const unwrapped = /^`([^`]*)`$/.exec(rest)?.[1];
    const suggestion = unwrapped ?? JSON.stringify(rest);
    return {
      rule: "yaml-syntax",
      message: `YAML syntax error: the value ${asWritten(rest)} starts with "${rest[0]}", which YAML reserves (a plain value may not start with \` @ % ! & * | > ' " [ ] { } , #); ${unwrapped !== void 0 ? "did you mean" : "quote it:"} ${asWritten(suggestion)}${unwrapped !== void 0 ? "?" : ""}`,
      expected: [suggestion],
      length: rest.length
    };
  }
  return { rule: "yaml-syntax", message: `YAML syntax error: ${[...message2].length <= 3 * EXCERPT_CHARACTERS ? message2 : excerpt(message2, 3 * EXCERPT_CHARACTERS)}` };
}

// src/parse/yamlData.ts
function plainData(node) {
  if (isScalar(node)) return node.value;
  if (isSeq(node)) return node.items.map(plainData);
  if (!isMap(node)) return null;
  const map2 = {};
  for (const { key, value } of node.items) {
    const keyValue = isScalar(key) ? key.value : null;
    const name = keyValue === null ? "" : String(keyValue);
    const data = plainData(value);
    if (name in map2) Object.defineProperty(map2, name, { value: data, writable: true, enumerable: true, configurable: true });
    else map2[name] = data;
  }
  return map2;
}

// src/parse/metadata.ts
var SEPARATOR = "\0";
function pathKey(path) {
  return path.map(String).join(SEPARATOR);
}
function childPathKey(parentKey, parentIsRoot, name) {
  return parentIsRoot ? String(name) : `${parentKey}${SEPARATOR}${name}`;
}
function pathOfKey(key) {
  return key === "" ? [] : key.split(SEPARATOR);
}
function firstLineOf(metadata, start, end) {
  const newline = metadata.source.indexOf("\n", start);
  return metadata.spanOf(start, newline === -1 || newline > end ? end : newline);
}
function spanAt(metadata, path, part = "value") {
  for (let depth = path.length; depth >= 0; depth--) {
    const position = metadata.positions.get(pathKey(path.slice(0, depth)));
    if (!position) continue;
    if (depth === path.length && part === "key" && position.key) return metadata.spanOf(...position.key);
    if (position.scalar && position.value) return metadata.spanOf(...position.value);
    if (position.key) return metadata.spanOf(...position.key);
    if (position.value) return firstLineOf(metadata, ...position.value);
  }
  return metadata.block;
}

// src/parse/positionIndex.ts
var NONE = -1;
var PositionIndex = class {
  /** Where each path's numbers start in `numbers`. */
  slots = /* @__PURE__ */ new Map();
  /** Five a node: key start and end, value start and end (NONE where there is none), 1 for a scalar. */
  numbers = [];
  /** Sets the position at a path from ranges (yaml's node ranges: their first two numbers); a path set again (a key written twice) keeps its place and takes the later position, as Map.set does. */
  set(path, key, value, scalar) {
    let at2 = this.slots.get(path);
    if (at2 === void 0) {
      at2 = this.numbers.length;
      this.slots.set(path, at2);
    }
    const numbers = this.numbers;
    numbers[at2] = key ? key[0] : NONE;
    numbers[at2 + 1] = key ? key[1] : NONE;
    numbers[at2 + 2] = value ? value[0] : NONE;
    numbers[at2 + 3] = value ? value[1] : NONE;
    numbers[at2 + 4] = scalar ? 1 : 0;
  }
  get size() {
    return this.slots.size;
  }
  has(path) {
    return this.slots.has(path);
  }
  get(path) {
    const at2 = this.slots.get(path);
    return at2 === void 0 ? void 0 : this.positionAt(at2);
  }
  *entries() {
    for (const [path, at2] of this.slots) yield [path, this.positionAt(at2)];
  }
  keys() {
    return this.slots.keys();
  }
  *values() {
    for (const at2 of this.slots.values()) yield this.positionAt(at2);
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  forEach(callback, thisArg) {
    for (const [path, position] of this.entries()) callback.call(thisArg, position, path, this);
  }
  positionAt(at2) {
    const n = this.numbers;
    const position = { scalar: n[at2 + 4] === 1 };
    if (n[at2] !== NONE) position.key = [n[at2], n[at2 + 1]];
    if (n[at2 + 2] !== NONE) position.value = [n[at2 + 2], n[at2 + 3]];
    return position;
  }
};

// src/parse/yamlMetadata.ts
var PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, version: "1.2", schema: "core", keepSourceTokens: false, logLevel: "error" };
var NO_ERROR_LINES = /* @__PURE__ */ new Set();
var YamlMetadata = class {
  constructor(form, data, block, source, placement, errorLines, positionsCache) {
    this.form = form;
    this.data = data;
    this.block = block;
    this.source = source;
    this.placement = placement;
    this.errorLines = errorLines;
    this.positionsCache = positionsCache;
  }
  form;
  data;
  block;
  source;
  placement;
  errorLines;
  positionsCache;
  lineStarts;
  get positions() {
    this.positionsCache ??= indexPositions(parseDocument(this.source, PARSE_OPTIONS).contents);
    return this.positionsCache;
  }
  position(offset) {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = this.source.indexOf("\n"); i !== -1; i = this.source.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
    }
    const at2 = Math.min(Math.max(offset, 0), this.source.length);
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (this.lineStarts[middle] <= at2) low = middle;
      else high = middle - 1;
    }
    const yamlLine = low + 1;
    return {
      line: this.placement.firstLine + low,
      column: at2 - this.lineStarts[low] + 1 + (this.placement.strippedIndents?.[yamlLine - 1] ?? 0)
    };
  }
  spanOf(start, end) {
    const from = this.position(start);
    const to = this.position(Math.max(start, end));
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
};
function collectionKeyName(key) {
  try {
    const probe = new Document(null, PARSE_OPTIONS);
    const map2 = new YAMLMap();
    map2.items.push(new Pair(key, null));
    probe.contents = map2;
    return Object.keys(probe.toJS({ maxAliasCount: MAX_ALIAS_COUNT }))[0];
  } catch {
    return void 0;
  }
}
function indexPositions(contents) {
  const positions = new PositionIndex();
  const child = (parentKey, depth, name) => childPathKey(parentKey, depth === 0, name);
  const visit4 = (node, pathKeyOfNode, depth, key) => {
    const range = node?.range;
    positions.set(pathKeyOfNode, key, range ?? void 0, isScalar(node));
    if (isMap(node)) {
      for (const item of node.items) {
        if (!isPair(item)) continue;
        const name = isScalar(item.key) ? String(item.key.value) : collectionKeyName(item.key);
        if (name === void 0) continue;
        const keyRange = item.key.range;
        visit4(item.value, child(pathKeyOfNode, depth, name), depth + 1, keyRange ?? void 0);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => visit4(item, child(pathKeyOfNode, depth, index), depth + 1));
    }
  };
  visit4(contents, pathKey([]), 0);
  return positions;
}

// src/parse/readYaml.ts
function readYamlBlock(file, yamlText, form, block, placement, options = {}) {
  if (yamlText.length > MAX_METADATA_BYTES) {
    return {
      problems: [
        problem(
          file,
          block,
          "metadata-too-large",
          `the metadata is ${Math.round(yamlText.length / 1024)} KB; KEP metadata is a few dozen lines, and more than ${MAX_METADATA_BYTES / 1024} KB is not read \u2014 move long text into the KEP's body`
        )
      ]
    };
  }
  const tooDeep = () => [problem(file, block, "metadata-too-deep", `the metadata nests more than ${MAX_NESTING} levels of lists, mappings and keys (? or { } used as a key); KEP metadata needs a handful \u2014 it is not read`)];
  if (nestsTooDeeply(yamlText)) return { problems: tooDeep() };
  const document = parseDocument(yamlText, PARSE_OPTIONS);
  const cost = yamlCost(document.contents);
  if (cost.depth > MAX_NESTING) return { problems: tooDeep() };
  if (cost.keyNesting > MAX_KEY_NESTING || cost.keyWork > MAX_KEY_WORK) {
    return {
      problems: [problem(file, block, "metadata-too-complex", "the metadata uses large or nested lists and mappings as keys (? or { } before a colon), which take too long to convert; KEP metadata uses plain names as keys \u2014 it is not read")]
    };
  }
  const problems = [];
  let errorLines = NO_ERROR_LINES;
  let locator;
  const spanOf2 = (start, end) => (locator ??= new YamlMetadata(form, void 0, block, yamlText, placement, NO_ERROR_LINES)).spanOf(start, end);
  if (document.errors.length > 0 || cost.duplicateKeys.length > 0 || cost.unsafeIntegers.length > 0) {
    const duplicates = cost.duplicateKeys.map((offset) => ({ code: "DUPLICATE_KEY", message: "Map keys must be unique", pos: [offset, offset + 1] }));
    const unsafe = cost.unsafeIntegers.map(({ offset, written, read }) => ({
      code: "UNSAFE_INTEGER",
      message: `the number ${written} is larger than a number can hold exactly (${Number.MAX_SAFE_INTEGER}), and would be read as ${read}; write it as text in quotes if it is not a count`,
      pos: [offset, offset + written.length]
    }));
    const errors = [...document.errors, ...duplicates, ...unsafe].sort((a, b) => a.pos[0] - b.pos[0]);
    const lines = /* @__PURE__ */ new Set();
    for (const error3 of errors) {
      const [start, end] = error3.pos;
      const explained = explainYamlError(error3.code, error3.message, yamlText, start);
      const span = spanOf2(start, Math.max(end, start + (explained.length ?? 0)));
      if (lines.has(span.line)) continue;
      lines.add(span.line);
      problems.push(problem(file, span, explained.rule, explained.message, explained.expected));
    }
    errorLines = lines;
  }
  let data;
  try {
    data = cost.plain ? plainData(document.contents) : document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error3) {
    const unresolved = error3 instanceof ReferenceError && /unresolved alias/i.test(error3.message) ? unresolvedAlias(document) : void 0;
    if (unresolved) {
      const text2 = yamlText.slice(unresolved.range[0], unresolved.range[1]);
      problems.push(
        problem(
          file,
          spanOf2(unresolved.range[0], unresolved.range[1]),
          "yaml-syntax",
          `YAML syntax error: the value ${excerpt(text2)} starts with "*", which YAML reads as an alias, and no anchor ${excerpt(`&${unresolved.source}`)} is defined before it; if it is text, quote it: ${JSON.stringify(text2)}`,
          [JSON.stringify(text2)]
        )
      );
      return { problems };
    }
    const aliasBomb = error3 instanceof ReferenceError && /alias/i.test(error3.message);
    problems.push(
      problem(
        file,
        block,
        aliasBomb ? "yaml-aliases" : "yaml-syntax",
        aliasBomb ? `metadata expands YAML aliases more than ${MAX_ALIAS_COUNT} times; write the values out instead of using anchors and aliases` : `metadata cannot be read as data: ${error3.message}`
      )
    );
    return { problems };
  }
  if (data === null || data === void 0) {
    problems.push(problem(file, block, "metadata-not-mapping", "the metadata block is empty; it must be a YAML mapping of fields such as kep-number, title and status"));
    return { problems };
  }
  if (!isMap(document.contents)) {
    const kind2 = isSeq(document.contents) ? "a list" : `a single value (${typeof data === "string" ? excerpt(data) : excerpt(String(data))})`;
    const contents = document.contents;
    const span = contents.range ? spanOf2(contents.range[0], contents.range[1]) : block;
    problems.push(problem(file, span, "metadata-not-mapping", `the metadata is ${kind2}; it must be a YAML mapping of fields such as "kep-number: 1" and "title: \u2026"`));
    return { problems };
  }
  const positions = options.keepPositions?.(data, yamlText, file) ? indexPositions(document.contents) : void 0;
  return { metadata: new YamlMetadata(form, data, block, yamlText, placement, errorLines, positions), problems };
}
function readYamlFile(file, text2, options = {}) {
  const lines = text2.split("\n");
  const block = { line: 1, column: 1, endLine: lines.length, endColumn: (lines.at(-1) ?? "").length + 1 };
  return readYamlBlock(file, text2, "sidecar", block, { firstLine: 1 }, options);
}
function unresolvedAlias(document) {
  let found;
  visit(document, {
    Alias(_, node) {
      if (node.range && node.resolve(document) === void 0) {
        found = { source: node.source, range: [node.range[0], node.range[1]] };
        return visit.BREAK;
      }
      return void 0;
    }
  });
  return found;
}

// src/core/values.ts
var GITHUB_HANDLE = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
var DATE_UNPADDED = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
function padDate(text2) {
  const date = DATE_UNPADDED.exec(text2);
  return date ? `${date[1]}-${date[2].padStart(2, "0")}-${date[3].padStart(2, "0")}` : void 0;
}
function realDate(text2) {
  const padded = padDate(text2);
  if (padded === void 0) return void 0;
  const [year, month, day] = padded.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.toISOString().slice(0, 10) === padded ? padded : void 0;
}
function canonicalValue(value) {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : JSON.stringify(String(value));
  if (typeof value !== "string") return JSON.stringify(value) ?? "undefined";
  const text2 = value.trim();
  if (/^[+-]?\d+(\.\d+)?$/.test(text2)) return String(Number(text2));
  const date = padDate(text2);
  if (date !== void 0) return date;
  const handle = text2.replace(/^@/, "");
  if (GITHUB_HANDLE.test(handle)) return handle.toLowerCase();
  return text2;
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
  if (typeof value !== "string") return stringify3(value, STRINGIFY).replace(/\n$/, "");
  const key = `${style}\0${flow ? 1 : 0}\0${value}`;
  let rendered = renderedStrings.get(key);
  if (rendered === void 0) {
    if (renderedStrings.size >= RENDERED_STRINGS_KEPT) renderedStrings.clear();
    rendered = renderString(value, style, flow);
    renderedStrings.set(key, rendered);
  }
  return rendered;
}
var RENDERED_STRINGS_KEPT = 1e4;
var renderedStrings = /* @__PURE__ */ new Map();
function renderString(value, style, flow) {
  return renderedAsIs(value, style) ?? renderedByYaml(value, style, flow);
}
var WRITTEN_AS_IS = /^@?[A-Za-z0-9][A-Za-z0-9._/-]*$/;
function renderedAsIs(value, style) {
  if (!WRITTEN_AS_IS.test(value)) return void 0;
  if (style === "QUOTE_DOUBLE") return `"${value}"`;
  if (style === "QUOTE_SINGLE") return `'${value}'`;
  if (value.startsWith("@")) return `"${value}"`;
  return readsAsText(value) ? value : void 0;
}
function readsAsText(value) {
  if (/^[A-Za-z]/.test(value)) return !/^(?:null|true|false)$/i.test(value);
  return /[/_]/.test(value) || value.includes("-") && !/[eE]/.test(value);
}
function renderedByYaml(value, style, flow) {
  const text2 = stringify3(value, { ...STRINGIFY, defaultStringType: style }).replace(/\n$/, "");
  const plain = !/^["']/.test(text2);
  if (text2.includes("\n") || plain && flow && /[,[\]{}]/.test(text2) || plain && !readsAs(text2, value)) return stringify3(value, { ...STRINGIFY, defaultStringType: "QUOTE_DOUBLE" }).replace(/\n$/, "");
  return text2;
}
function readsAs(text2, value) {
  try {
    return parse(text2, PARSE_OPTIONS) === value;
  } catch {
    return false;
  }
}
function renderBlock(value, quote2) {
  return stringify3(value, { ...STRINGIFY, defaultStringType: quote2 === "double" ? "QUOTE_DOUBLE" : "PLAIN" }).replace(/\n$/, "").split("\n");
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
function edit(metadata, start, end, text2) {
  return { span: metadata.spanOf(start, end), text: text2 };
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
    if (!isCollection2(value) && position.scalar && !empty) {
      if (/^[|>]/.test(written)) throw new MetadataEditError(`${path.join(".")} is a block scalar; edit it by hand`);
      this.edits.push(edit(metadata, ...range, renderScalar(value, quoteStyleOf(written), inFlow(metadata, path))));
      return;
    }
    const colon = colonAfter(source, position.key[1]);
    const end = empty ? colon : lastNonSpace(source, contentEnd(metadata, path));
    if (value === null) {
      this.edits.push(edit(metadata, colon, end, ""));
    } else if (!isCollection2(value) || isEmptyCollection(value)) {
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
    const map2 = dataAt(metadata.data, parent);
    const keys = isMapping(map2) ? Object.keys(map2).filter((name) => positionOf(metadata, [...parent, name])?.key) : [];
    if (keys.length === 0 || isFlow(metadata, positionOf(metadata, parent))) throw new MetadataEditError(`cannot add ${key} to a mapping in flow style or an empty one; edit it by hand`);
    const keyStart = (name) => positionOf(metadata, [...parent, name]).key[0];
    const last = keys.reduce((a, b) => keyStart(b) > keyStart(a) ? b : a);
    const anchor = (options.after ?? []).find((name) => keys.includes(name)) ?? last;
    const indent = indentBefore(metadata, keyStart(anchor));
    const lines = isCollection2(value) && !isEmptyCollection(value) ? [`${key}:`, ...renderBlock(value, options.quote).map((line3) => `  ${line3}`)] : [`${key}: ${renderScalar(value, options.quote === "double" ? "QUOTE_DOUBLE" : "PLAIN")}`];
    const text2 = lines.map((line3) => indent + line3).join("\n");
    const lineEnd = lineEndAt(source, lastNonSpace(source, contentEnd(metadata, [...parent, anchor])));
    const next = source.indexOf("\n", lineEnd);
    if (next === -1) {
      this.edits.push(edit(metadata, source.length, source.length, `
${text2}`));
      return;
    }
    const { line: line2 } = metadata.spanOf(next + 1, next + 1);
    const span = { line: line2, column: 1, endLine: line2, endColumn: 1 };
    this.edits.push({ span, text: `${text2}
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
function isCollection2(value) {
  return typeof value === "object" && value !== null;
}
function isEmptyCollection(value) {
  return isCollection2(value) && Object.keys(value).length === 0;
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

// src/schema/schemaReports.ts
function decodePointer(pointer) {
  return pointer.split("/").slice(1).map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function instancePath(error3) {
  return decodePointer(error3.instancePath).map((part) => /^\d+$/.test(part) ? Number(part) : part);
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
  let result = errors.map((error3) => prefix ? { ...error3, instancePath: prefix + error3.instancePath } : error3);
  const anyOfs = result.map((error3, order) => ({ error: error3, order })).filter(({ error: error3 }) => error3.keyword === "anyOf").sort((a, b) => a.error.instancePath.length - b.error.instancePath.length || b.order - a.order).map(({ error: error3 }) => error3);
  for (const anyOf of anyOfs) {
    if (!result.includes(anyOf)) continue;
    const at2 = anyOf.instancePath;
    result = result.filter((e) => e === anyOf || !isUnder(e.instancePath, at2));
    const branches = Array.isArray(anyOf.schema) ? anyOf.schema.length : 0;
    const matched = [];
    for (let i = 0; i < branches; i++) {
      const validate2 = index.branchValidatorFor(anyOf.parentSchema, i);
      if (!validate2 || validate2(anyOf.data)) continue;
      const branchErrors = collapseAnyOf(validate2.errors ?? [], index, at2);
      const otherShape = branchErrors.some((e) => e.keyword === "const" || e.instancePath === at2 && SHAPE_KEYWORDS.has(e.keyword));
      if (!otherShape) matched.push(branchErrors);
    }
    if (matched.length === 1 && !matched[0].every((e) => e.instancePath === at2 && VALUE_KEYWORDS.has(e.keyword))) {
      result = [...result.filter((e) => e !== anyOf), ...matched[0]];
    }
  }
  return result;
}
function guessFor(found, path, error3) {
  if (typeof found !== "string") return void 0;
  let guess;
  const padded = padDate(found);
  const handle = found.trim().replace(/^[“"']|[”"']$/g, "");
  if (path.at(-1) === "github" && found.startsWith("@")) guess = found.slice(1);
  else if (error3.keyword === "pattern" && String(error3.schema).startsWith("^@") && /^@?[A-Za-z0-9-]+$/.test(handle)) guess = handle.startsWith("@") ? handle : `@${handle}`;
  else if (padded !== void 0 && (error3.keyword === "pattern" || error3.keyword === "format")) guess = realDate(padded);
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
function messageFor(error3, index, subject) {
  const path = instancePath(error3);
  const where2 = describePath(path);
  const allowed = index.allowedText(error3.parentSchema);
  const found = error3.data;
  switch (error3.keyword) {
    case "required": {
      const missing = error3.params.missingProperty;
      const example = path.length === 0 ? exampleOf(index.root, missing) : void 0;
      return {
        text: `${path.length === 0 ? subject : where2} has no "${missing}", which is required; add it${example ? ` (for example "${example}")` : ""}`,
        path,
        part: "value"
      };
    }
    case "additionalProperties": {
      const extra = error3.params.additionalProperty;
      const known = Object.keys(error3.parentSchema?.properties ?? {});
      const guess = didYouMean(extra, known);
      return {
        text: `unknown field ${excerpt(extra)} in ${path.length === 0 ? subject : where2}; allowed fields are ${listOf(known)}${guess ? `; did you mean "${guess}"?` : "; remove it"}`,
        expected: guess ? [guess] : void 0,
        path: [...path, extra],
        part: "key"
      };
    }
    case "enum": {
      const values = (error3.params.allowedValues ?? []).filter((value) => value !== null).map(String);
      const guess = typeof found === "string" ? didYouMean(found, values) : void 0;
      const fix = typeof found === "string" ? uniqueMatch(found, values) : void 0;
      return {
        text: `${where2} ${quote(found)} is not one of ${listOf(values)}${guess ? `; did you mean "${guess}"?` : ""}`,
        expected: guess ? [guess] : values,
        path,
        part: "value",
        fix,
        // A state is a meaning: "implementing" is not "implemented" mistyped, so it is only suggested.
        applicability: fix !== void 0 && isSlipOf(found, fix) ? "safe" : "suggestion"
      };
    }
    case "type": {
      const values = error3.parentSchema?.enum;
      const expected = allowed ?? (Array.isArray(values) ? `one of ${values.map(String).join(", ")}` : `${/^[aeiou]/.test(String(error3.params.type)) ? "an" : "a"} ${String(error3.params.type)}`);
      return {
        text: `${where2} is ${typeName(found)}; expected ${expected}`,
        path,
        part: "value"
      };
    }
    case "uniqueItems": {
      const { i, j } = error3.params;
      return {
        text: `${where2} lists ${quote(found[i])} twice (items ${j + 1} and ${i + 1}); remove the repeat`,
        path: [...path, i],
        part: "value"
      };
    }
    case "minItems":
      return { text: `${where2} is an empty list; expected ${allowed ?? "at least one item"}`, path, part: "value" };
    default: {
      const guess = guessFor(found, path, error3);
      return {
        text: `${where2} is ${typeName(found)}, which is not allowed; expected ${allowed ?? error3.message ?? "another value"}${guess ? `; did you mean "${guess}"?` : ""}`,
        expected: guess ? [guess] : void 0,
        path,
        part: "value",
        fix: guess
      };
    }
  }
}
function topicOf(error3, message2) {
  if (error3.keyword === "additionalProperties" && message2.path.length === 1) return "unknown-field";
  if (error3.keyword === "required" && message2.path.length === 0) {
    return error3.params.missingProperty;
  }
  return String(message2.path[0] ?? "metadata");
}
function schemaReports(metadata, schema5, subject = "the metadata", knownErrors) {
  if (knownErrors === void 0 && schema5.validate(metadata.data)) return [];
  const errors = collapseAnyOf(knownErrors ?? schema5.validate.errors ?? [], schema5.index);
  const seen = /* @__PURE__ */ new Set();
  const reports = [];
  const wrongType = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  for (const error3 of errors) {
    if (error3.keyword !== "type" && error3.keyword !== "required" && error3.keyword !== "additionalProperties" && wrongType.has(error3.instancePath)) continue;
    const message2 = messageFor(error3, schema5.index, subject);
    const span = error3.keyword === "required" && message2.path.length === 0 ? metadata.block : spanAt(metadata, message2.path, message2.part);
    if (metadata.errorLines.has(span.line)) continue;
    const key = `${span.line}:${span.column}:${message2.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const fix = message2.fix === void 0 ? void 0 : fixOf(message2.applicability ?? "safe", replaceScalar(metadata, message2.path, message2.fix));
    reports.push({ span, message: message2.text, expected: message2.expected, topic: topicOf(error3, message2), ...fix ? { fix } : {} });
  }
  return reports;
}

// src/config/readDataFile.ts
var RULE = "configuration";
function invalidFile(what, path, problems) {
  const lines = problems.map((p) => `${p.file}:${p.span.line}:${p.span.column}: ${p.message}`);
  return new LoadError(`${what} ${path} is invalid:
${lines.join("\n")}`, problems);
}
function readDataFile(path, what, schema5, source) {
  let text2;
  try {
    text2 = source.read(path);
  } catch (error3) {
    throw new LoadError(`cannot read ${what} ${path}: ${error3.message}`);
  }
  if (path.endsWith(".json")) {
    const data = parseJson(text2);
    if (data !== void 0 && (!schema5 || schema5.validate(data))) return { data };
  }
  const read = readYamlFile(path, text2);
  const problems = [...read.problems];
  if (read.metadata && schema5) problems.push(...schemaReports(read.metadata, schema5, `the ${what.replace(/^the /, "")}`).map((report) => ({ ...report, file: path, rule: RULE })));
  if (problems.length > 0) throw invalidFile(what, path, problems);
  if (!read.metadata) throw new LoadError(`${what} ${path} is empty`);
  return { data: read.metadata.data };
}
function parseJson(text2) {
  try {
    return JSON.parse(text2);
  } catch {
    return void 0;
  }
}

// src/files/files.ts
import { realpathSync, statSync } from "node:fs";
import { basename, dirname as dirname2, isAbsolute, join as join3, resolve as resolve2 } from "node:path";

// src/core/paths.ts
import { relative, resolve, sep } from "node:path";
function pathInside(dir, path) {
  const rel = relative(dir, resolve(path));
  if (rel === ".." || rel.startsWith(`..${sep}`) || resolve(dir, rel) !== resolve(path)) return void 0;
  return rel.split(sep).join("/");
}

// src/files/ownFiles.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function findOwnFile(name, levels = Infinity) {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let level = 0; level < levels; level++) {
    if (existsSync(join(dir, name))) return join(dir, name);
    const parent = dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
  return void 0;
}
function findSchemasDir() {
  const schema5 = findOwnFile(join("schemas", "lifecycle.schema.json"));
  if (schema5 === void 0) throw new Error(`schemas/ not found above ${fileURLToPath(import.meta.url)}`);
  return dirname(schema5);
}
var SCHEMAS_DIR = findSchemasDir();

// src/files/regularFile.ts
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, writeSync } from "node:fs";
import { join as join2 } from "node:path";
var MAX_FILE_BYTES = 32 * 1024 * 1024;
var NO_FOLLOW = (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
var NotRegularFileError = class extends Error {
  constructor(message2, code2 = "ENOTREG") {
    super(message2);
    this.code = code2;
  }
  code;
};
function kind(stat2) {
  return stat2.isSymbolicLink() ? "symlink" : stat2.isDirectory() ? "folder" : stat2.isFile() ? "file" : "other";
}
function kindOf(stat2) {
  if (stat2.isSymbolicLink()) return "a symbolic link; links are never followed (they could point outside the repository)";
  if (stat2.isDirectory()) return "a folder";
  if (stat2.isFile()) return "a file";
  if (stat2.isFIFO()) return "a named pipe (FIFO), not a file";
  if (stat2.isSocket()) return "a socket, not a file";
  return "a device, not a file";
}
function lstatOrUndefined(path) {
  try {
    return lstatSync(path);
  } catch (error3) {
    if (["ENOENT", "ENOTDIR"].includes(error3.code ?? "")) return void 0;
    throw error3;
  }
}
function partsOf(path) {
  const parts = path.split("/");
  if (path === "" || path.startsWith("/") || parts.some((part) => part === "" || part === "." || part === "..")) {
    throw new NotRegularFileError(`${path} is outside the repository`);
  }
  if (parts.some((part) => part.toLowerCase() === ".git")) throw new NotRegularFileError(`${path} is inside .git: git's own files (the checkout's credentials among them) are read only through git`);
  return parts;
}
function checkFolders(root, path, checked) {
  const parts = partsOf(path);
  const slash = path.lastIndexOf("/");
  if (slash === -1 || checked?.has(path.slice(0, slash))) return;
  let folder = "";
  for (const part of parts.slice(0, -1)) {
    folder = folder ? `${folder}/${part}` : part;
    if (checked?.has(folder)) continue;
    const stat2 = lstatSync(join2(root, folder));
    if (!stat2.isDirectory()) throw new NotRegularFileError(`${path} is under ${folder}, which is ${kindOf(stat2)}`, stat2.isFile() ? "ENOTDIR" : "ENOTREG");
    checked?.add(folder);
  }
}
function entryAt(root, path, checked) {
  try {
    checkFolders(root, path, checked);
  } catch (error3) {
    if (["ENOENT", "ENOTDIR"].includes(error3.code ?? "")) return void 0;
    throw error3;
  }
  const stat2 = lstatOrUndefined(join2(root, path));
  return stat2 && { kind: kind(stat2), size: stat2.size };
}
function openRegularFile(root, path, checked) {
  checkFolders(root, path, checked);
  let fd;
  try {
    fd = openSync(join2(root, path), constants.O_RDONLY | NO_FOLLOW);
  } catch (error3) {
    if (["ELOOP", "EMLINK"].includes(error3.code ?? "")) throw new NotRegularFileError(`${path} is ${kindOf(lstatSync(join2(root, path)))}`);
    throw error3;
  }
  const stat2 = fstatSync(fd);
  if (!stat2.isFile()) {
    closeSync(fd);
    throw new NotRegularFileError(`${path} is ${kindOf(stat2)}`);
  }
  return { fd, size: stat2.size };
}
function readInto(fd, buffer, bytes) {
  let length = 0;
  while (length < bytes) {
    const read = readSync(fd, buffer, length, bytes - length, length);
    if (read === 0) break;
    length += read;
  }
  return length;
}
function readRegularFile(root, path, checked, limit = MAX_FILE_BYTES) {
  const { fd, size: size2 } = openRegularFile(root, path, checked);
  try {
    if (size2 > limit) throw new NotRegularFileError(`${path} is ${Math.ceil(size2 / 1024 / 1024)} MB, more than the ${limit / 1024 / 1024} MB a file may be; it is not read`);
    const buffer = Buffer.allocUnsafe(size2);
    return buffer.subarray(0, readInto(fd, buffer, size2));
  } finally {
    closeSync(fd);
  }
}
function readRegularFileHead(root, path, buffer, checked) {
  const { fd, size: size2 } = openRegularFile(root, path, checked);
  try {
    return readInto(fd, buffer, Math.min(size2, buffer.length));
  } finally {
    closeSync(fd);
  }
}
function writeRegularFile(root, path, content, options = {}) {
  checkFolders(root, path);
  const existing = lstatOrUndefined(join2(root, path));
  if (existing && options.create) throw new NotRegularFileError(`${path} already exists: it is not written`);
  if (existing && !existing.isFile()) throw new NotRegularFileError(`${path} is ${kindOf(existing)}: it is not written`);
  const flags = constants.O_WRONLY | constants.O_CREAT | (options.create ? constants.O_EXCL : constants.O_TRUNC) | NO_FOLLOW;
  const fd = openSync(join2(root, path), flags, 420);
  try {
    const bytes = typeof content === "string" ? Buffer.from(content) : content;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
  } finally {
    closeSync(fd);
  }
}
function makeFolders(root, path, forPath = path) {
  let folder = "";
  for (const part of partsOf(path)) {
    folder = folder ? `${folder}/${part}` : part;
    const stat2 = lstatOrUndefined(join2(root, folder));
    if (stat2 === void 0) mkdirSync(join2(root, folder));
    else if (!stat2.isDirectory()) throw new NotRegularFileError(folder === forPath ? `${forPath} is ${kindOf(stat2)}` : `${forPath} is under ${folder}, which is ${kindOf(stat2)}`);
  }
}
function listFolder(root, path, checked) {
  if (path !== "") checkFolders(root, `${path}/-`, checked);
  return readdirSync(path === "" ? root : join2(root, path), { withFileTypes: true }).map((entry) => ({ name: entry.name, kind: kind(entry) }));
}
function moveRegularFile(root, from, to) {
  checkFolders(root, from);
  checkFolders(root, to);
  const source = lstatOrUndefined(join2(root, from));
  if (!source?.isFile()) throw new NotRegularFileError(source ? `${from} is ${kindOf(source)}: it is not moved` : `${from} does not exist`);
  const target = lstatOrUndefined(join2(root, to));
  if (target) throw new NotRegularFileError(`cannot move ${from} to ${to}: it exists`);
  renameSync(join2(root, from), join2(root, to));
}

// src/files/files.ts
var Files = class {
  constructor(root, name = "the repository") {
    this.name = name;
    this.root = resolve2(root);
  }
  name;
  root;
  /** A path's place under the root: an absolute path inside it, or a root-relative POSIX path; '' is the root. */
  relative(path) {
    if (!isAbsolute(path)) return path;
    const rel = pathInside(this.root, path);
    if (rel === void 0) throw new NotRegularFileError(`${path} is outside ${this.name} ${this.root}`);
    return rel;
  }
  /** What is at a path (never following a link), or undefined when nothing is. */
  entry(path) {
    const rel = this.relative(path);
    return rel === "" ? { kind: "folder", size: 0 } : entryAt(this.root, rel);
  }
  /** Whether anything is at a path: a link is something (reading it is refused, never skipped as if absent). */
  exists(path) {
    return this.entry(path) !== void 0;
  }
  read(path, limit = MAX_FILE_BYTES) {
    return readRegularFile(this.root, this.relative(path), void 0, limit);
  }
  readText(path, limit = MAX_FILE_BYTES) {
    return this.read(path, limit).toString("utf8");
  }
  list(folder = "") {
    return listFolder(this.root, this.relative(folder));
  }
  /** Writes a regular file (`create`: one that does not exist yet), making the folders it needs. */
  write(path, content, options = {}) {
    const rel = this.relative(path);
    if (rel.includes("/")) makeFolders(this.root, rel.slice(0, rel.lastIndexOf("/")), rel);
    writeRegularFile(this.root, rel, content, options);
  }
  makeFolders(path) {
    const rel = this.relative(path);
    if (rel !== "") makeFolders(this.root, rel);
  }
  /** Renames a regular file to a path that does not exist yet, making the folders it needs. */
  move(from, to) {
    const target = this.relative(to);
    if (target.includes("/")) makeFolders(this.root, target.slice(0, target.lastIndexOf("/")), target);
    moveRegularFile(this.root, this.relative(from), target);
  }
};
function rootOf(roots, path) {
  let best;
  for (const files of roots) if (pathInside(files.root, path) !== void 0 && (best === void 0 || best.root.length < files.root.length)) best = files;
  return best;
}
function filesSource(roots, outside = (path) => `${path} is outside the folders this run reads (${roots.join(", ")})`) {
  const areas = [...roots.map((root) => new Files(root)), new Files(SCHEMAS_DIR, "the validator's schemas")];
  const areaOf = (path) => {
    const area = rootOf(areas, resolve2(path));
    if (area === void 0) throw new NotRegularFileError(outside(path));
    return area;
  };
  return {
    confine: (path) => void areaOf(path),
    exists: (path) => areaOf(path).exists(resolve2(path)),
    read: (path) => areaOf(path).readText(resolve2(path))
  };
}
function readNamedFile(path, limit = MAX_FILE_BYTES) {
  return new Files(dirname2(resolve2(path))).read(basename(path), limit);
}
function isFolder(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
function realPath(path) {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname2(path);
    return parent === path ? path : join3(realPath(parent), basename(path));
  }
}

// src/config/ruleSource.ts
var MADE_HERE = /* @__PURE__ */ Symbol("RuleSource");
var RuleSource = class {
  #files;
  constructor(made2, files) {
    if (made2 !== MADE_HERE) throw new Error("internal error: a RuleSource is made by config/loadRules.ts only");
    this.#files = files;
  }
  exists(path) {
    return this.#files.exists(path);
  }
  read(path) {
    return this.#files.read(path);
  }
  /** Throws when the run may not read under a folder (the KEP root a configuration names): passed on, never dropped. */
  confine(path) {
    this.#files.confine?.(path);
  }
};
function rulesAsTheyAre(files) {
  return new RuleSource(MADE_HERE, files);
}
function rulesOfBase(commit) {
  return new RuleSource(MADE_HERE, commit);
}

// src/schema/compiled/variants.json
var variants_default = ["kep-0001--kep-0001", "kep-0001--kep-0001-workflow", "kubernetes--kubernetes", "openshift--openshift", "tekton--tekton"];

// import("./compiled/**/*.cjs") in src/schema/precompiled.ts
var globImport_compiled_cjs = __glob({
  "./compiled/config.cjs": () => import("./chunks/config-4VDMWOQL.js"),
  "./compiled/kep-0001--kep-0001-workflow.cjs": () => import("./chunks/kep-0001--kep-0001-workflow-KOATFF4C.js"),
  "./compiled/kep-0001--kep-0001.cjs": () => import("./chunks/kep-0001--kep-0001-7HKL5V3O.js"),
  "./compiled/kubernetes--kubernetes.cjs": () => import("./chunks/kubernetes--kubernetes-QVASH6D5.js"),
  "./compiled/lifecycle.cjs": () => import("./chunks/lifecycle-QIQ4FYLB.js"),
  "./compiled/openshift--openshift.cjs": () => import("./chunks/openshift--openshift-2ZCYNKCJ.js"),
  "./compiled/prod-readiness.cjs": () => import("./chunks/prod-readiness-B2UIEADN.js"),
  "./compiled/tekton--tekton.cjs": () => import("./chunks/tekton--tekton-5EZL4L2Y.js")
});

// src/schema/precompiled.ts
function load(module) {
  const exports = module.default ?? module;
  const branches = new Map(exports.branchPointers.map((pointer, i) => [pointer, exports[`branch${i}`]]));
  return { schema: exports.schema, validate: exports.validate, branches };
}
var PRECOMPILED_VARIANTS = variants_default;
async function loadPrecompiledMetadata(key) {
  return PRECOMPILED_VARIANTS.includes(key) ? load(await globImport_compiled_cjs(`./compiled/${key}.cjs`)) : void 0;
}
async function loadPrecompiledProdReadiness() {
  return load(await import("./chunks/prod-readiness-B2UIEADN.js"));
}
async function loadPrecompiledConfig() {
  return load(await import("./chunks/config-4VDMWOQL.js"));
}
async function loadPrecompiledLifecycle() {
  return load(await import("./chunks/lifecycle-QIQ4FYLB.js"));
}

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
  const [ajvModule, formatsModule] = await Promise.all([import("./chunks/2020-D6JSVMSJ.js"), import("./chunks/dist-JXFAWHWK.js")]);
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
  }
  root;
  branchValidator;
  indexed;
  /** Built on the first failure it explains: a run where everything passes never pays for it. */
  get pointers() {
    if (!this.indexed) {
      const pointers = /* @__PURE__ */ new Map();
      const visit4 = (node, pointer) => {
        if (typeof node !== "object" || node === null) return;
        const key = JSON.stringify(node);
        if (!pointers.has(key)) pointers.set(key, pointer);
        for (const [name, child] of Object.entries(node)) visit4(child, `${pointer}/${escapePointer(name)}`);
      };
      visit4(this.root, "");
      this.indexed = pointers;
    }
    return this.indexed;
  }
  pointerOf(node) {
    if (typeof node !== "object" || node === null) return void 0;
    if (this.found.has(node)) return this.found.get(node);
    const pointer = this.pointers.get(JSON.stringify(node));
    this.found.set(node, pointer);
    return pointer;
  }
  found = /* @__PURE__ */ new WeakMap();
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
function schemaFromPrecompiled(precompiled) {
  return {
    schema: precompiled.schema,
    validate: precompiled.validate,
    index: new SchemaIndex(precompiled.schema, (pointer) => precompiled.branches.get(pointer))
  };
}
async function precompiledMetadataSchema(name, lifecycle) {
  const precompiled = lifecycle.builtin ? await loadPrecompiledMetadata(`${name}--${lifecycle.name}`) : void 0;
  return precompiled && schemaFromPrecompiled(precompiled);
}
async function compileMetadataSchema(read, path, lifecycle) {
  const schema5 = read;
  if (typeof schema5 !== "object" || schema5 === null || Array.isArray(schema5)) {
    throw new LoadError(`metadata schema ${path} must be a JSON object`);
  }
  const properties = schema5.properties;
  if (properties?.status && typeof properties.status === "object") {
    const nullable = Array.isArray(properties.status.enum) && properties.status.enum.includes(null);
    properties.status = { ...properties.status, enum: nullable ? [...lifecycle.states, null] : [...lifecycle.states] };
  }
  if (typeof schema5.$id !== "string") schema5.$id = `file://${path}`;
  try {
    const ajv = await createAjv();
    const validate2 = ajv.compile(schema5);
    const branches = /* @__PURE__ */ new Map();
    const branchValidator = (pointer) => {
      let compiled = branches.get(pointer);
      if (!compiled) {
        compiled = ajv.compile({ $ref: `${schema5.$id}#${pointer}` });
        branches.set(pointer, compiled);
      }
      return compiled;
    };
    return { schema: schema5, validate: validate2, index: new SchemaIndex(schema5, branchValidator) };
  } catch (error3) {
    throw new LoadError(`metadata schema ${path} does not compile: ${error3.message}`);
  }
}

// src/config/configFile.ts
var CONFIG_FILES = [".kep-validator.yml", ".kep-validator.yaml"];
var BUILTIN_LIFECYCLE = /^[a-z0-9-]+$/;
async function findConfig(dir, explicit, source = rulesAsTheyAre(filesSource(explicit === void 0 ? [dir] : [dir, dirname3(resolve3(dir, explicit))]))) {
  if (explicit !== void 0) return loadConfigFile(resolve3(dir, explicit), source);
  const found = CONFIG_FILES.map((name) => resolve3(dir, name)).find((path) => source.exists(path));
  return found === void 0 ? void 0 : loadConfigFile(found, source);
}
async function loadConfigFile(path, source = rulesAsTheyAre(filesSource([dirname3(resolve3(path))]))) {
  const data = readDataFile(path, "configuration", schemaFromPrecompiled(await loadPrecompiledConfig()), source).data;
  const dir = dirname3(path);
  const relativeTo = (value) => value === void 0 ? void 0 : resolve3(dir, value);
  return {
    file: path,
    root: relativeTo(data.root),
    preset: data.preset,
    lifecycle: data.lifecycle === void 0 || BUILTIN_LIFECYCLE.test(data.lifecycle) ? data.lifecycle : relativeTo(data.lifecycle),
    schema: relativeTo(data.schema),
    index: data.index === "none" ? null : data.index,
    indexTemplate: data["index-template"] === "none" ? null : data["index-template"],
    include: data.include,
    exclude: data.exclude,
    sigs: relativeTo(data.sigs),
    release: data.release,
    severity: data.severity,
    rules: data.rules
  };
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

// src/rules/rule.ts
var RULES_PAGE = "docs/rules.md";
function metaOf(input) {
  return { ...input, severity: input.severity ?? "error", docs: `${RULES_PAGE}#${input.id}` };
}
function kepRule(meta, check2, reads) {
  return reads ? { meta: metaOf(meta), subject: "kep", check: check2, reads } : { meta: metaOf(meta), subject: "kep", check: check2 };
}
function changeRule(meta, check2) {
  return { meta: metaOf({ ...meta, neverBaselined: true }), subject: "change", check: check2 };
}
function stageRule(meta) {
  return { meta: metaOf(meta), subject: "stage" };
}

// src/rules/support/exampleFiles.ts
var KEP_43 = "---\nkep-number: 43\ntitle: Pod Priority\n\u2026\n---\n";
var README = "keps/sig-node/42-pod-overhead/README.md";
var PRR = "keps/prod-readiness/sig-node/42.yaml";
var DRAFT_FILE = "sig-node/draft-20240115-pod-overhead.md";
var readmeText = (title, toc2, sections2) => `# ${title}

<!-- toc -->
${toc2}<!-- /toc -->

${sections2}`;
var SECTIONS = "## Summary\n\nText.\n\n## Motivation\n\n### Goals\n\nText.\n";
var TOC = "- [Summary](#summary)\n- [Motivation](#motivation)\n  - [Goals](#goals)\n";

// src/rules/stageRules.ts
var READING_EXAMPLES = {
  "file-unreadable": {
    ok: { kep: "title: Pod Overhead" },
    notOk: { kep: "title: Pod\0Overhead", shown: "title: Pod\u2400Overhead   # a NUL byte: the file is binary" }
  },
  "file-encoding": {
    ok: { kep: "title: Pod Overh\xE9ad" },
    notOk: { kep: "title: Pod Overh\xE9ad", encoding: "latin1", shown: "title: Pod Overh\\xe9ad   # \xE9 saved as Latin-1: one byte, 0xE9, not UTF-8" }
  },
  "file-submodule": {
    ok: { kep: "title: Pod Overhead" },
    notOk: { kep: "title: Pod Overhead", submodule: true }
  },
  "metadata-too-complex": {
    ok: { kep: "title: Pod Overhead" },
    notOk: { kep: `title: ${"? ".repeat(12)}Pod Overhead`, shown: "title: ? ? ? ? ? ? ? ? ? ? ? ? Pod Overhead   # keys of keys, 12 deep" }
  },
  "yaml-unsafe-integer": {
    ok: { kep: "kep-number: 42" },
    notOk: { kep: "kep-number: 9007199254740993" }
  },
  "file-symlink": {
    ok: { kep: "title: Pod Overhead" },
    notOk: { kep: "title: Pod Overhead", link: "sig-node/shared/0042-pod-overhead.md" }
  },
  "metadata-missing": {
    ok: { kep: "---\n\u2026\n---\n\n# Pod Overhead\n" },
    notOk: { kep: "# Pod Overhead\n\n## Summary\n\nThe metadata was forgotten.\n" }
  },
  "metadata-too-large": {
    ok: { kep: "title: Pod Overhead" },
    notOk: {
      // Made when an example runs (the rules page, its test), not by every run that loads the rules.
      get kep() {
        return `title: Pod Overhead
summary: ${"x".repeat(3e5)}`;
      },
      shown: "title: Pod Overhead\nsummary: xxxx\u2026   # 300,000 characters"
    }
  },
  "metadata-too-deep": {
    ok: { kep: "authors:\n  - name: Jane Doe\n    github: janedoe" },
    notOk: { kep: `title: ${"[".repeat(70)}${"]".repeat(70)}`, shown: "title: [[[[\u2026]]]]   # lists 70 levels deep" }
  },
  "metadata-not-mapping": {
    ok: { kep: "---\n\u2026\n---\n\n# Pod Overhead\n" },
    notOk: { kep: "---\n- kep-number: 42\n- title: Pod Overhead\n---\n\n# Pod Overhead\n" }
  },
  "metadata-fence-unclosed": {
    ok: { kep: "# Pod Overhead\n\n## Metadata\n\n```yaml\n---\n\u2026\n```\n\n## Summary\n" },
    notOk: { kep: "# Pod Overhead\n\n## Metadata\n\n```yaml\n---\n\u2026\n" }
  },
  "metadata-fence-marker": {
    ok: { kep: "# Pod Overhead\n\n## Metadata\n\n```yaml\n---\n\u2026\n```\n\n## Summary\n" },
    notOk: { kep: "# Pod Overhead\n\n## Metadata\n\n```yaml\n\u2026\n```\n\n## Summary\n" }
  },
  "frontmatter-unclosed": {
    ok: { kep: "---\n\u2026\n---\n\n# Pod Overhead\n" },
    notOk: { kep: "---\n\u2026\n\n# Pod Overhead\n" }
  },
  "frontmatter-duplicate": {
    ok: { kep: "---\n\u2026\n---\n\n# Pod Overhead\n" },
    notOk: { kep: "---\n\u2026\n---\n---\ntitle: Pod Overhead, again\n---\n\n# Pod Overhead\n" }
  },
  "frontmatter-not-first": {
    ok: { kep: "---\n\u2026\n---\n\n# Pod Overhead\n" },
    notOk: { kep: "\n---\n\u2026\n---\n\n# Pod Overhead\n", shown: "            # line 1 is blank\n---\n\u2026\n---\n\n# Pod Overhead\n" }
  },
  "yaml-syntax": {
    ok: { kep: "participating-sigs:\n  - kubernetes-wide" },
    notOk: { kep: "participating-sigs:\n  - `kubernetes-wide`" }
  },
  "yaml-duplicate-key": {
    ok: { kep: "status: Approved" },
    notOk: { kep: "status: Approved\nstatus: Final" }
  },
  "yaml-aliases": {
    ok: { kep: "reviewers: &tbd TBD\napprovers: *tbd" },
    notOk: { kep: "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]" }
  }
};
var READING_RULES = Object.entries(READ_PROBLEMS).map(
  ([id, read]) => stageRule({ id, severity: read.severity, description: read.description, ..."fixable" in read ? { fixable: read.fixable } : {}, examples: READING_EXAMPLES[id] })
);
var INDEX = `# KEP Index

<!-- BEGIN KEP INDEX -->
_Generated by kep-validator from the metadata of every KEP. Do not edit between the markers: run \`kep-validator index --write\`._

1 KEP.

| Status | KEPs |
| --- | ---: |
| Approved | 1 |

## sig-node

| KEP | Title | Status | Authors | Created | Updated |
| ---: | --- | --- | --- | --- | --- |
| 42 | [Pod Overhead](sig-node/0042-pod-overhead.md) | Approved | Jane Doe (@janedoe) | 2024-01-15 |  |

<!-- END KEP INDEX -->
`;
var indexStale = stageRule({
  id: "index-stale",
  description: "index.md is what `kep-validator index` generates from the KEPs: present, readable, and up to date.",
  fixable: ["safe"],
  neverBaselined: true,
  examples: {
    ok: { kep: "title: Pod Overhead", others: { "index.md": INDEX } },
    notOk: { kep: "title: Pod Overhead", others: { "index.md": INDEX.replace("Pod Overhead", "Pod overhead") } }
  }
});
var configuration = stageRule({
  id: "configuration",
  description: "The rules files a change adds or edits \u2014 .kep-validator.yml, the baseline, a schema, lifecycle or SIG list they name \u2014 load as they will once it is merged (the change itself is judged by its base's).",
  topics: true,
  neverBaselined: true,
  examples: {
    ok: { kep: "title: Pod Overhead", configuration: "rules:\n  handle-at: error\n" },
    notOk: { kep: "title: Pod Overhead", configuration: "preset: kubernets\n" }
  }
});
var prodReadinessSchema = stageRule({
  id: "prod-readiness-schema",
  description: "A production readiness approval file matches its schema, and its kep-number is its file name.",
  topics: true,
  // Its schema has no allowed-value lists, where a did-you-mean could be only a suggestion.
  fixable: ["safe"],
  examples: {
    ok: { kep: "status: implementable\nstage: alpha", others: { [PRR]: 'kep-number: 42\nalpha:\n  approver: "@deads2k"\n' } },
    notOk: { kep: "status: implementable\nstage: alpha", others: { [PRR]: 'kep-number: 43\nalpha:\n  approver: "@deads2k"\n' } }
  }
});

// src/rules/change/base-unreadable.ts
var baseUnreadable = changeRule(
  {
    id: "base-unreadable",
    description: "The base version of a changed KEP can be read, so that the change's transition is checked.",
    examples: {
      ok: { before: "status: Approved", after: "status: Final" },
      notOk: { unreadableBase: "git cat-file could not read the object", after: "status: Final" }
    }
  },
  ({ baseError }) => {
    if (!baseError) return [];
    return [{ span: FILE_START, message: `the base version of this KEP (${baseError.path}) could not be read, so its transition cannot be checked: ${baseError.message}` }];
  }
);

// src/core/document.ts
function fieldsOf(doc) {
  return fieldsIn(doc.metadata?.data);
}
function fieldsIn(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data) ? data : void 0;
}
function stringField(doc, name) {
  const value = fieldsOf(doc)?.[name];
  return typeof value === "string" ? value : void 0;
}
function assignedNumber(doc) {
  return assignedNumberIn(fieldsOf(doc));
}
function assignedNumberIn(fields) {
  const value = fields?.["kep-number"];
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? value : void 0;
  return typeof value === "string" && /^[1-9]\d*$/.test(value) ? Number(value) : void 0;
}
function draftNumber(doc) {
  return draftNumberIn(fieldsOf(doc));
}
function draftNumberIn(fields) {
  const value = fields?.["kep-number"];
  return typeof value === "string" && /^draft-\d{8}$/.test(value) ? value : void 0;
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
function numberInPath(path) {
  const parts = path.split("/");
  for (const name of parts.slice(-2).reverse()) {
    const match = /^0*([1-9]\d*)(?=[-_.]|$)/.exec(name);
    if (match) return Number(match[1]);
  }
  return void 0;
}
function kepNumberOf(reference) {
  if (typeof reference === "number") return Number.isInteger(reference) && reference > 0 ? reference : void 0;
  const match = typeof reference === "string" ? /^(?:KEP-)?([1-9]\d*)$/.exec(reference) : null;
  return match ? Number(match[1]) : void 0;
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
  {
    id: "creation-date-changed",
    description: "creation-date never changes \u2014 unless the base had no real date there (2023-14-05): changing that is its correction.",
    fixable: ["safe"],
    examples: {
      ok: { before: "creation-date: 2024-01-15", after: "creation-date: 2024-01-15\nlast-updated: 2024-03-01" },
      notOk: { before: "creation-date: 2024-01-15", after: "creation-date: 2024-02-01" }
    }
  },
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
var fileDeleted = changeRule(
  {
    id: "file-deleted",
    description: "A KEP file is never deleted: its life ends in a state, not in removal.",
    examples: {
      ok: { before: "status: Approved", after: "status: Final" },
      notOk: { before: "status: Approved" }
    }
  },
  ({ change, before }, { lifecycle }) => {
    if (change.kind !== "deleted") return [];
    const ends = Object.entries(lifecycle.transitions).filter(([, next]) => next.length === 0).map(([state]) => state);
    const status = before && stringField(before, "status");
    const fix = status && ends.includes(status) ? `restore the file: ${status} is already a final state, where a KEP stays` : `restore the file and set its status to one of ${ends.join(", ")} instead`;
    return [{ span: FILE_START, message: `this KEP${status ? ` (status ${status})` : ""} is deleted; a KEP is never removed \u2014 ${fix}` }];
  }
);

// src/rules/change/initial-status.ts
var initialStatus = changeRule(
  {
    id: "initial-status",
    description: "A new KEP starts in an initial state of the lifecycle.",
    rejects: "status",
    examples: {
      ok: { file: DRAFT_FILE, after: "kep-number: draft-20240115\nstatus: Draft" },
      notOk: { after: "status: Final" }
    }
  },
  ({ change, after }, { lifecycle }) => {
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
  }
);

// src/rules/change/last-updated.ts
function todayUtc(now = /* @__PURE__ */ new Date()) {
  return now.toISOString().slice(0, 10);
}
var lastUpdated = changeRule(
  {
    id: "last-updated",
    description: "When a change edits a KEP's metadata, it updates last-updated to the day of the change, as KEP-1 asks of a significant change.",
    severity: "warning",
    fixable: ["safe"],
    examples: {
      ok: { before: "last-updated: 2024-02-01\nstatus: Approved", after: "last-updated: 2024-03-01\nstatus: Final" },
      notOk: { before: "last-updated: 2024-02-01\nstatus: Approved", after: "last-updated: 2024-02-01\nstatus: Final" }
    }
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
    topics: true,
    examples: {
      ok: { before: 'status: implementable\nstage: alpha\nlatest-milestone: "v1.29"', after: 'status: implementable\nstage: beta\nlatest-milestone: "v1.30"' },
      notOk: { before: 'status: implementable\nstage: beta\nlatest-milestone: "v1.29"', after: 'status: implementable\nstage: beta\nlatest-milestone: "v1.28"' }
    }
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
var numberAssignment = changeRule(
  {
    id: "number-assignment",
    description: "A draft-YYYYMMDD number becomes a number only on the transition to the state that assigns numbers (Approved).",
    examples: {
      ok: { before: "kep-number: draft-20240115\nstatus: Draft", after: "kep-number: 42\nstatus: Approved" },
      notOk: { before: "kep-number: draft-20240115\nstatus: Draft", after: "kep-number: 42\nstatus: Withdrawn" }
    }
  },
  ({ before, after }, { lifecycle }) => {
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
  }
);

// src/rules/change/number-changed.ts
var numberChanged = changeRule(
  {
    id: "number-changed",
    description: "An assigned kep-number never changes or disappears.",
    examples: {
      ok: { before: "kep-number: 42", after: "kep-number: 42\nlast-updated: 2024-03-01" },
      notOk: { before: "kep-number: 42", after: "kep-number: 43" }
    }
  },
  ({ before, after }) => {
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
  }
);

// src/rules/change/number-next.ts
var numberNext = changeRule(
  {
    id: "number-next",
    description: "A draft-YYYYMMDD number that becomes a number becomes the next free one: numbers are sequential and dense.",
    severity: "warning",
    examples: {
      ok: { before: "kep-number: draft-20240115\nstatus: Draft", after: "kep-number: 44\nstatus: Approved", others: { "sig-node/0043-pod-priority.md": KEP_43 } },
      notOk: { before: "kep-number: draft-20240115\nstatus: Draft", after: "kep-number: 99\nstatus: Approved", others: { "sig-node/0043-pod-priority.md": KEP_43 } }
    }
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
  {
    id: "stage-transition",
    description: "A stage change follows an edge of the lifecycle's stages: a feature graduates (alpha \u2192 beta \u2192 stable) or is retired, it does not regress.",
    rejects: "stage",
    examples: {
      ok: { before: "status: implementable\nstage: beta", after: "status: implementable\nstage: stable" },
      notOk: { before: "status: implementable\nstage: beta", after: "status: implementable\nstage: alpha" }
    }
  },
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
function findMarkers(text2) {
  return { start: text2.search(/<!-- toc -->/i), end: text2.search(/<!-- \/toc -->/i) };
}
function anchorMaker() {
  const seen = /* @__PURE__ */ new Map();
  return (text2) => {
    const anchor = text2.toLowerCase().replace(/[^\w\- ]/g, "").replace(/ /g, "-");
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
function trimSpace(text2) {
  return text2.replace(/^[\s\u0085]+|[\s\u0085]+$/g, "");
}
function lineOf(text2, offset) {
  let line2 = 1;
  for (let i = text2.indexOf("\n"); i !== -1 && i < offset; i = text2.indexOf("\n", i + 1)) line2++;
  return line2;
}
function positionOf2(text2, offset) {
  return { line: lineOf(text2, offset), column: offset - (text2.lastIndexOf("\n", offset - 1) + 1) + 1 };
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
function checkToc(text2, headings, maxDepth, markers = findMarkers(text2)) {
  const { start, end } = markers;
  if (start === -1) return { state: "no-markers", missing: "start" };
  if (end === -1) return { state: "no-markers", missing: "end" };
  if (end < start) return { state: "no-markers", missing: "order" };
  const tableStart = start + TOC_START.length;
  const toc2 = generateToc(headings, maxDepth);
  const old = text2.slice(tableStart, end);
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
    const first = lineOf(text2, tableStart) + 1 + prefix;
    const replaced = target.slice(prefix, target.length - suffix);
    return {
      state: "stale",
      first: { line: first, ...prefix < lines.length - suffix ? { found: lines[prefix] } : {}, ...replaced.length > 0 ? { expected: replaced[0] } : {} },
      differing,
      fix: { span: { line: first, column: 1, endLine: first + lines.length - suffix - prefix, endColumn: 1 }, text: replaced.map((line2) => `${line2}
`).join("") }
    };
  }
  let index = 0;
  while (index < found.length && index < wanted.length && found[index] === wanted[index]) index++;
  const firstLine = found.length === 0 ? lineOf(text2, end) : lineOf(text2, tableStart + (old.length - old.replace(/^[\s\u0085]+/, "").length)) + index;
  const from = positionOf2(text2, tableStart);
  const to = positionOf2(text2, end);
  return {
    state: "stale",
    first: { line: Math.min(firstLine, lineOf(text2, end)), ...index < found.length ? { found: found[index] } : {}, ...index < wanted.length ? { expected: wanted[index] } : {} },
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
  const text2 = template.text ?? "";
  const { end } = findMarkers(text2);
  const endLine = end === -1 ? 0 : text2.slice(0, end).split("\n").length;
  const headings = template.headings({ notes: true }).filter((heading) => heading.span.line > endLine);
  const sections2 = [];
  const open2 = [];
  for (const heading of headings) {
    while (open2.length > 0 && open2.at(-1).heading.depth >= heading.depth) open2.pop();
    const parent = open2.at(-1);
    const section = {
      heading,
      key: headingKey(heading),
      optional: /\(optional\)/i.test(heading.text) || parent?.optional === true,
      from: stageOfNote(heading.note) ?? parent?.from
    };
    sections2.push(section);
    open2.push(section);
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
var TEMPLATE = "keps/NNNN-kep-template/README.md";
var TEMPLATE_README = readmeText("KEP-NNNN: Your short, descriptive title", TOC, "## Summary\n\n## Motivation\n\n### Goals\n\n### Non-Goals (Optional)\n");
var templateSections = changeRule(
  {
    id: "template-sections",
    description: "A change keeps the sections of the repository's README template (kubernetes/enhancements' keps/NNNN-kep-template/README.md, read from the base) that a KEP's README had; a new KEP's README has every section that is not optional; a KEP that moves to a stage has the sections the template asks for from that stage on (the production readiness questionnaire).",
    // A convention of the template that the project's own script prints and never fails on: a warning (docs/presets.md).
    severity: "warning",
    readsReadme: true,
    examples: {
      ok: { after: "status: provisional", others: { [TEMPLATE]: TEMPLATE_README, [README]: readmeText("KEP-42: Pod Overhead", TOC, SECTIONS) } },
      notOk: { after: "status: provisional", others: { [TEMPLATE]: TEMPLATE_README, [README]: readmeText("KEP-42: Pod Overhead", "- [Summary](#summary)\n- [Motivation](#motivation)\n", "## Summary\n\nText.\n\n## Motivation\n\nText.\n") } }
    }
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
      const text2 = readme.text.split("\n")[place.line - 1] ?? "";
      reports.push({ file: readme.file, span: { line: place.line, column: 1, endLine: place.line, endColumn: text2.length + 1 }, message: message(section, reason, options.template, place.text) });
    }
    return reports;
  }
);

// src/rules/change/status-transition.ts
var statusTransition = changeRule(
  {
    id: "status-transition",
    description: "A status change follows an edge of the lifecycle.",
    rejects: "status",
    examples: {
      ok: { before: "status: Approved", after: "status: Final" },
      notOk: { before: "status: Approved", after: "status: Draft" }
    }
  },
  ({ before, after }, { lifecycle }) => {
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
  }
);

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
    const text2 = scalarText(metadata, [field, index], item);
    if (text2 === void 0) return;
    const range = mayBeMarked ? metadata.positions.get(pathKey([field, index]))?.value : void 0;
    handles.push({ index, user: normalizeHandle(text2), marked: range !== void 0 && commentAfter(metadata.source, range[1]) === marker });
  });
  return handles;
}
var ownersCache = /* @__PURE__ */ new WeakMap();
var aliasCache = /* @__PURE__ */ new WeakMap();
function ownersLists(file) {
  let lists2 = ownersCache.get(file);
  if (lists2 === void 0) ownersCache.set(file, lists2 = readOwnersLists(file));
  return lists2;
}
function readOwnersLists(file) {
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
  let byAlias = aliasCache.get(file);
  if (byAlias === void 0) aliasCache.set(file, byAlias = /* @__PURE__ */ new Map());
  const key = `${path}\0${alias}`;
  let members = byAlias.get(key);
  if (members === void 0) byAlias.set(key, members = readAliasMembers(file, path, alias));
  return members;
}
function readAliasMembers(file, path, alias) {
  if ("problem" in file) return `${path} cannot be read: ${file.problem}`;
  const aliases = file.data.aliases;
  const members = typeof aliases === "object" && aliases !== null ? aliases[alias] : void 0;
  if (members === void 0) return `${path} has no alias ${alias} under aliases:`;
  if (!Array.isArray(members) || members.some((member) => typeof member === "object" && member !== null)) return `${path}'s alias ${alias} is not a list of handles`;
  const set2 = new Set(members.map((member) => normalizeHandle(member === null ? "" : String(member))));
  set2.delete("");
  return set2.size > 0 ? set2 : `${path}'s alias ${alias} has no members`;
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
  const listed2 = { reviewer: listedHandles(metadata, "reviewers", marker.reviewer) ?? [], approver: listedHandles(metadata, "approvers", marker.approver) ?? [] };
  const assigned = { reviewer: listed2.reviewer.filter((h) => h.marked), approver: listed2.approver.filter((h) => h.marked) };
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
      const unmarked = listed2[role].find((handle) => handle.user === user);
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
  const text2 = (field) => (scalarText(metadata, [field], fields[field]) ?? "").trim();
  if (options.inactiveStatuses.includes(text2("status"))) return [];
  const milestone = text2("latest-milestone");
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
  const marked2 = approvers.filter((handle) => handle.marked);
  const stage = text2("stage");
  const release = options.release ?? context.release;
  const upcoming = release === void 0 ? upcomingMinor(context.repository) : milestoneMinor(release);
  const listed2 = approvers.map((handle) => `@${handle.user}`).join(", ");
  if (options.techLeadStages.includes(stage) && minor >= upcoming) {
    const reports = [];
    const why = `stage is ${stage} and latest-milestone ${milestone} is the upcoming release (v1.${upcoming}) or later`;
    if (!hasTechLead)
      reports.push({ span: at(metadata, "approvers"), message: `${why}, so approvers must include a member of ${options.techLeads} (${options.aliases}: ${leads.join(", ")}); it lists ${listed2} \u2014 add one of them`, expected: leads });
    for (const handle of marked2) {
      reports.push({
        span: at(metadata, "approvers", handle),
        message: `approvers[${handle.index}] "@${handle.user}" is marked # ${options.approverMarker}, but ${why}: its approver is a member of ${options.techLeads}, and an assigned approver comes after ${options.techLeadStages.join(", ")} \u2014 remove the marker`
      });
    }
    return reports;
  }
  if (hasTechLead || marked2.length > 0) return [];
  return [
    {
      span: at(metadata, "approvers"),
      message: `approvers (${listed2}) include no member of ${options.techLeads} (${options.aliases}: ${leads.join(", ")}) and no approver marked # ${options.approverMarker}; a KEP of ${options.folders.join(", ")} at stage ${stage || "(none)"} whose latest-milestone is ${options.since} or later needs one \u2014 add a tech lead, or an assigned approver marked "# ${options.approverMarker}" and listed in its folder's ${options.owners}`,
      expected: leads
    }
  ];
}
var assignedApprovers = kepRule(
  {
    id: "assigned-approvers",
    description: "Reviewers and approvers a kep.yaml marks as assigned (# sig-node-assigned-reviewer, # sig-node-assigned-approver) are the ones its folder's OWNERS lists, and from v1.36 on a SIG Node KEP's approvers include a SIG Node tech lead (at alpha in the upcoming release) or an assigned approver (kubernetes/enhancements' pkg/nodeapprovers).",
    examples: {
      ok: { kep: 'approvers:\n  - "@tallclair" # sig-node-assigned-approver', others: { "keps/sig-node/42-pod-overhead/OWNERS": "approvers:\n  - tallclair\n" } },
      notOk: { kep: 'approvers:\n  - "@tallclair" # sig-node-assigned-approver', others: { "keps/sig-node/42-pod-overhead/OWNERS": "approvers:\n  - someoneelse\n" } }
    }
  },
  (doc, context) => {
    const metadata = doc.metadata;
    const fields = fieldsOf(doc);
    if (!metadata || !fields) return [];
    const reports = checkOwners(metadata, doc.file, context);
    if (context.options.folders.some((folder) => doc.file.startsWith(`${folder}/`))) reports.push(...checkTechLead(metadata, fields, context));
    return reports;
  },
  // A KEP that writes a marker is looked up for where its handles end (their comments): its first read keeps the positions.
  (options) => ({ besideKep: [options.owners], atRoot: [options.aliases], keepsPositions: ({ text: text2 }) => text2.includes(options.reviewerMarker) || text2.includes(options.approverMarker) })
);

// src/rules/invalidFields.ts
var findingsCache = /* @__PURE__ */ new WeakMap();
function findingsOf(metadata, schema5, schemaErrors) {
  let findings = findingsCache.get(metadata);
  if (findings?.schema !== schema5) {
    const data = metadata.data;
    const reports = schemaReports(metadata, schema5, void 0, typeof data === "object" && data !== null ? schemaErrors?.get(data) : void 0);
    findings = { schema: schema5, reports, fields: new Set(reports.map((report) => report.topic ?? "metadata")) };
    findingsCache.set(metadata, findings);
  }
  return findings;
}
function cachedSchemaReports(metadata, schema5, schemaErrors) {
  return findingsOf(metadata, schema5, schemaErrors).reports;
}
function invalidFields(doc, { schema: schema5, schemaValid, schemaErrors }) {
  const metadata = doc.metadata;
  const data = metadata?.data;
  if (!metadata || typeof data === "object" && data !== null && schemaValid?.has(data)) return NONE2;
  return findingsOf(metadata, schema5, schemaErrors).fields;
}
var NONE2 = /* @__PURE__ */ new Set();
function fieldsValid(doc, context, ...fields) {
  const invalid = invalidFields(doc, context);
  return fields.every((field) => !invalid.has(field));
}

// src/rules/kep/date-order.ts
var DATE = /^\d{4}-\d{2}-\d{2}$/;
var dateOrder = kepRule(
  {
    id: "date-order",
    description: "last-updated is not before creation-date (when both are valid dates).",
    examples: {
      ok: { kep: "creation-date: 2024-01-15\nlast-updated: 2024-03-01" },
      notOk: { kep: "creation-date: 2024-01-15\nlast-updated: 2023-12-01" }
    }
  },
  (doc, context) => {
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
  }
);

// src/rules/kep/draft-date.ts
function isRealDate(yyyy, mm, dd) {
  const date = /* @__PURE__ */ new Date(0);
  date.setUTCFullYear(yyyy, mm - 1, dd);
  return date.getUTCFullYear() === yyyy && date.getUTCMonth() === mm - 1 && date.getUTCDate() === dd;
}
var draftDate = kepRule(
  {
    id: "draft-date",
    description: "The date in draft-YYYYMMDD is a real date and equals creation-date (when creation-date is itself valid).",
    examples: {
      ok: { file: DRAFT_FILE, kep: "kep-number: draft-20240115\ncreation-date: 2024-01-15\nstatus: Draft" },
      notOk: { file: DRAFT_FILE, kep: "kep-number: draft-20240116\ncreation-date: 2024-01-15\nstatus: Draft" }
    }
  },
  (doc, context) => {
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
  }
);

// src/rules/kep/file-name.ts
function slugOf(title) {
  return title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}
var fileName = kepRule(
  {
    id: "file-name",
    description: "The file name is the kep-number (4 digits or more) or the draft number, then the slug of the title: 0042-my-title.md.",
    severity: "warning",
    examples: {
      ok: { file: "sig-node/0042-pod-overhead.md", kep: "kep-number: 42\ntitle: Pod Overhead" },
      notOk: { file: "sig-node/pod-overhead.md", kep: "kep-number: 42\ntitle: Pod Overhead" }
    }
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
var folderNumber = kepRule(
  {
    id: "folder-number",
    description: "kep-number is the number the KEP's folder starts with.",
    examples: {
      ok: { kep: "kep-number: 42" },
      notOk: { kep: "kep-number: 43" }
    }
  },
  (doc) => {
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
  }
);

// src/rules/kep/folder-sig.ts
var folderSig = kepRule(
  {
    id: "folder-sig",
    description: "A KEP lives in the folder of its owning SIG or working group (or the newcomers folder).",
    examples: {
      ok: { file: "sig-node/0042-pod-overhead.md", kep: "owning-sig: sig-node" },
      notOk: { file: "sig-node/0042-pod-overhead.md", kep: "owning-sig: sig-apps" }
    }
  },
  (doc, { options }) => {
    const { segment } = options;
    const owningSig = stringField(doc, "owning-sig");
    const top = doc.file.split("/")[segment] ?? "";
    const where2 = doc.file.split("/").slice(0, segment + 1).join("/");
    if (!doc.metadata || owningSig === void 0 || !/^(sig|wg|committee)-/.test(top) || top === owningSig) return [];
    return [
      {
        span: spanAt(doc.metadata, ["owning-sig"]),
        message: `owning-sig is ${owningSig} but the KEP is in ${where2}/; move the KEP to the folder of ${owningSig} or set owning-sig to ${top}`,
        expected: [top]
      }
    ];
  }
);

// src/rules/kep/folder-status.ts
var folderStatus = kepRule(
  {
    id: "folder-status",
    description: "A KEP in a deferred/, orphaned/ or retired/ folder has a matching status, and a KEP with such a status is in such a folder.",
    examples: {
      ok: { file: "sig-node/deferred/draft-20240115-pod-overhead.md", kep: "kep-number: draft-20240115\nstatus: Deferred" },
      notOk: { file: DRAFT_FILE, kep: "kep-number: draft-20240115\nstatus: Deferred" }
    }
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
function handleAtMessage(where2, handle) {
  return `${where2} is "${handle}" without @; kubernetes/enhancements' tooling reads it as the same person, but the template writes handles "@${handle}" \u2014 write "@${handle}"`;
}
var HANDLE_FIELDS = ["authors", "reviewers", "approvers", "prr-approvers"];
function lacksAt(item) {
  return typeof item === "string" && item !== "TBD" && GITHUB_HANDLE.test(item);
}
function hasHandleWithoutAt(fields) {
  return HANDLE_FIELDS.some((field) => {
    const list = fields[field];
    return Array.isArray(list) && list.some(lacksAt);
  });
}
var handleAt = kepRule(
  {
    id: "handle-at",
    description: "GitHub handles in authors, reviewers, approvers and prr-approvers (and production readiness approvals) are written with @, as the template writes them.",
    severity: "warning",
    fixable: ["safe"],
    examples: {
      ok: { kep: 'authors:\n  - "@janedoe"' },
      notOk: { kep: "authors:\n  - janedoe" }
    }
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
        if (!lacksAt(item)) return;
        const fix = fixOf("safe", replaceScalar(metadata, [field, index], `@${item}`));
        reports.push({ span: spanAt(metadata, [field, index]), message: handleAtMessage(`${field}[${index}]`, item), expected: [`@${item}`], ...fix ? { fix } : {} });
      });
    }
    return reports;
  },
  // Its findings and fixes look up where each such handle is written: the first read keeps the positions.
  () => ({ keepsPositions: ({ fields }) => fields !== void 0 && hasHandleWithoutAt(fields) })
);

// src/rules/kep/implemented-stage.ts
var FINAL_STAGES = ["stable", "deprecated", "disabled", "removed"];
var implementedStage = kepRule(
  {
    id: "implemented-stage",
    description: "An implemented KEP has reached stage stable (or, for a deprecation, deprecated, disabled or removed).",
    examples: {
      ok: { kep: "status: implemented\nstage: stable" },
      notOk: { kep: "status: implemented\nstage: alpha" }
    }
  },
  (doc, context) => {
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
  }
);

// src/rules/kep/milestone-order.ts
var milestoneOrder = kepRule(
  {
    id: "milestone-order",
    description: "The releases of the stages come in the order of the stages: milestone.alpha \u2264 milestone.beta \u2264 milestone.stable, and deprecated \u2264 disabled \u2264 removed.",
    examples: {
      ok: { kep: 'stage: beta\nmilestone:\n  alpha: "v1.29"\n  beta: "v1.30"' },
      notOk: { kep: 'stage: beta\nmilestone:\n  alpha: "v1.29"\n  beta: "v1.28"' }
    }
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
var STAGED_STATUSES = ["implementable", "implemented"];
function stagedKep(doc) {
  const status = stringField(doc, "status");
  const fields = fieldsOf(doc);
  if (!doc.metadata || !fields || status === void 0 || !STAGED_STATUSES.includes(status)) return void 0;
  return { status, metadata: doc.metadata, fields };
}

// src/rules/kep/milestone-required.ts
var MILESTONE_FIELDS = ["latest-milestone", "milestone"];
var milestoneRequired = kepRule(
  {
    id: "milestone-required",
    description: "An implementable or implemented KEP says its latest-milestone and the milestone of each stage.",
    severity: "warning",
    examples: {
      ok: { kep: 'status: implementable\nstage: alpha\nlatest-milestone: "v1.30"\nmilestone:\n  alpha: "v1.30"' },
      notOk: { kep: "status: implementable\nstage: alpha" }
    }
  },
  (doc) => {
    const staged = stagedKep(doc);
    if (!staged) return [];
    const { status, metadata, fields } = staged;
    const missing = MILESTONE_FIELDS.filter((field) => fields[field] === void 0);
    if (missing.length === 0) return [];
    return [
      {
        span: spanAt(metadata, ["status"]),
        message: `status is ${status} but ${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} missing; say in which release the KEP is worked on and reaches each stage (for example "latest-milestone: v1.30" and "milestone: {alpha: v1.30}")`,
        dependsOn: ["status"]
      }
    ];
  },
  // Its finding is written at status: a staged KEP without them keeps its positions from the first read.
  () => ({
    keepsPositions: ({ fields }) => {
      const status = fields?.status;
      return fields !== void 0 && typeof status === "string" && STAGED_STATUSES.includes(status) && MILESTONE_FIELDS.some((field) => fields[field] === void 0);
    }
  })
);

// src/rules/kep/number-assigned.ts
function disagreement(fields, lifecycle) {
  const status = fields?.status;
  if (typeof status !== "string") return void 0;
  const draft = draftNumberIn(fields);
  if (draft !== void 0 && lifecycle.numbered.includes(status)) return { status, draft };
  const number = assignedNumberIn(fields);
  if (number === void 0) return void 0;
  const before = preApprovalStates(lifecycle);
  return before.includes(status) ? { status, number, before } : void 0;
}
var numberAssigned = kepRule(
  {
    id: "number-assigned",
    description: "A KEP in an approved state (Approved, Final, Replaced) has an assigned number, not draft-YYYYMMDD; a KEP in a state reached only before approval (Draft, Deferred, Rejected) has a draft-YYYYMMDD one, whether it is new or changed.",
    examples: {
      ok: { kep: "kep-number: 42\nstatus: Approved" },
      notOk: { kep: "kep-number: draft-20240115\nstatus: Approved" }
    }
  },
  (doc, context) => {
    const { lifecycle, repository } = context;
    const found = disagreement(fieldsOf(doc), lifecycle);
    if (!doc.metadata || !found) return [];
    const { status } = found;
    if ("draft" in found) {
      const next = (repository.numbers().at(-1) ?? 0) + 1;
      return [
        {
          span: spanAt(doc.metadata, ["kep-number"]),
          message: `kep-number is still "${found.draft}" but status ${status} needs an assigned number (states that do: ${lifecycle.numbered.join(", ")}); the next free number is ${next}`,
          expected: [String(next)],
          dependsOn: ["status"]
        }
      ];
    }
    const { number, before } = found;
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
  },
  // Its finding is written at kep-number: a KEP whose number and status disagree keeps its positions from the first read.
  () => ({ keepsPositions: ({ fields }, { lifecycle }) => disagreement(fields, lifecycle) !== void 0 })
);

// src/rules/kep/number-unique.ts
var numberUnique = kepRule(
  {
    id: "number-unique",
    description: "No two KEPs of the repository share an assigned kep-number.",
    examples: {
      ok: { kep: "kep-number: 42", others: { "sig-node/0043-pod-priority.md": KEP_43 } },
      notOk: { kep: "kep-number: 42", others: { "sig-node/0043-pod-priority.md": "---\nkep-number: 42\ntitle: Pod Priority\n\u2026\n---\n" } }
    }
  },
  (doc, { repository }) => {
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
  }
);

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
function unapprovedStage(fields, approvals) {
  const stage = fields.stage;
  const sig = fields["owning-sig"];
  const number = assignedNumberIn(fields);
  if (typeof stage !== "string" || stage === "" || typeof sig !== "string" || sig === "" || number === void 0) return void 0;
  const path = `keps/prod-readiness/${sig}/${number}.yaml`;
  const approval = approvals.get(path);
  const forStage = approval?.[stage];
  if (forStage && typeof forStage.approver === "string" && forStage.approver !== "") return void 0;
  return { path, stage, number, approval };
}
var prodReadiness = kepRule(
  {
    id: "prod-readiness",
    description: "An implementable or implemented KEP has keps/prod-readiness/<sig>/<number>.yaml approving its current stage (a warning for KEPs implemented and last worked on before v1.21, when the review began \u2014 in a change, at the base too).",
    examples: {
      ok: { kep: "status: implementable\nstage: alpha", others: { [PRR]: 'kep-number: 42\nalpha:\n  approver: "@deads2k"\n' } },
      notOk: { kep: "status: implementable\nstage: alpha" }
    }
  },
  (doc, context) => {
    const approvals = context.prodReadiness;
    const staged = stagedKep(doc);
    if (!staged || !approvals) return [];
    const unapproved = unapprovedStage(staged.fields, approvals);
    if (!unapproved || !fieldsValid(doc, context, "stage", "owning-sig")) return [];
    const { status, metadata, fields } = staged;
    const { path, stage, number, approval } = unapproved;
    const base = context.baseOf?.(doc);
    const baseFields = base && fieldsOf(base);
    const baseBefore = base === void 0 || baseFields !== void 0 && beforeReview(baseFields);
    const relaxed = status === "implemented" && beforeReview(fields) && baseBefore;
    const why = status === "implemented" && beforeReview(fields) && !baseBefore ? ` (latest-milestone was ${JSON.stringify(baseFields?.["latest-milestone"] ?? null)} at the base: the review applies, whatever the change sets it to)` : "";
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
    const covered = Object.keys(approval ?? {}).filter((key) => key !== "kep-number");
    return [
      {
        span: spanAt(metadata, ["stage"]),
        message: `stage is ${stage} but ${path} has no approver for ${stage} (it approves ${covered.join(", ") || "no stage"}); ask a PRR approver to add "${stage}: {approver: "@\u2026"}"${why}`,
        relaxed,
        dependsOn: ["status", "stage"]
      }
    ];
  },
  // Its finding is written at status or stage: a staged KEP whose approval is missing or does not cover its stage keeps its positions from the first read.
  () => ({
    keepsPositions: ({ fields }, { prodReadiness: prodReadiness2 }) => {
      const status = fields?.status;
      return prodReadiness2 !== void 0 && fields !== void 0 && typeof status === "string" && STAGED_STATUSES.includes(status) && unapprovedStage(fields, prodReadiness2) !== void 0;
    }
  })
);

// src/rules/kep/recommended-fields.ts
function writtenEmpty(value) {
  return value === null || Array.isArray(value) && value.length === 0;
}
var recommendedFields = kepRule(
  {
    id: "recommended-fields",
    description: "The metadata has the fields the template asks for beyond what the project's validator requires (kubernetes: reviewers, creation-date, and approvers not empty).",
    severity: "warning",
    examples: {
      ok: { kep: 'approvers:\n  - "@approver"' },
      notOk: { kep: "approvers: []" }
    }
  },
  (doc, context) => {
    const { options } = context;
    const metadata = doc.metadata;
    const fields = fieldsOf(doc);
    if (!metadata || !fields) return [];
    return options.fields.filter((field) => (fields[field] === void 0 || writtenEmpty(fields[field])) && fieldsValid(doc, context, field)).map(
      (field) => fields[field] === void 0 ? { span: metadata.block, message: `the metadata has no "${field}"; kubernetes/enhancements' validator does not require it, but the template asks for it \u2014 add it` } : { span: spanAt(metadata, [field], "key"), message: `${field} is empty; kubernetes/enhancements' validator accepts that, but the template asks for ${field} \u2014 fill it in` }
    );
  },
  // A field written empty is reported at its key: such metadata keeps its positions from the first read.
  (options) => ({
    keepsPositions: ({ fields }) => fields !== void 0 && options.fields.some((field) => writtenEmpty(fields[field]))
  })
);

// src/rules/kep/reference-exists.ts
var REFERENCE_FIELDS = ["see-also", "replaces", "superseded-by"];
function referencedFolder(reference) {
  const match = /^\/?(keps\/.+?)\/?(?:README\.md|kep\.yaml)?$/.exec(reference);
  return match?.[1];
}
function mayNameNoKep(file, fields, reading, paths) {
  if (!fields) return false;
  return REFERENCE_FIELDS.some((field) => {
    const list = fields[field];
    return Array.isArray(list) && list.some((item) => {
      const number = kepNumberOf(item);
      if (number !== void 0) return number === assignedNumberIn(fields) || !reading.listedNumbers.has(number);
      const folder = paths && typeof item === "string" ? referencedFolder(item) : void 0;
      return folder !== void 0 && (folder === folderOf(file) || !reading.kepFolders.has(folder));
    });
  });
}
var folderCache = /* @__PURE__ */ new WeakMap();
function knownFolders(documents) {
  let folders = folderCache.get(documents);
  if (!folders) {
    folders = new Set(documents.map((doc) => folderOf(doc.file)));
    folderCache.set(documents, folders);
  }
  return folders;
}
var referenceExists = kepRule(
  {
    id: "reference-exists",
    description: "Every KEP named in see-also, replaces and superseded-by (by KEP-number or bare number, or by folder where the preset allows) exists in the repository, and is not this KEP.",
    examples: {
      ok: { kep: "see-also:\n  - KEP-43", others: { "sig-node/0043-pod-priority.md": KEP_43 } },
      notOk: { kep: "see-also:\n  - KEP-99", others: { "sig-node/0043-pod-priority.md": KEP_43 } }
    }
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
        if (folder === folderOf(doc.file)) {
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
  },
  // Its findings are written at the reference: a KEP whose references may name no KEP keeps its positions from the first read.
  (options) => ({ keepsPositions: ({ file, fields }, reading) => mayNameNoKep(file, fields, reading, options.paths) })
);

// src/rules/kep/reference-form.ts
var referenceForm = kepRule(
  {
    id: "reference-form",
    description: "A KEP named in see-also, replaces or superseded-by is written KEP-1539 (or as its path, /keps/sig-node/1539-hugepages, where the preset allows), not as a bare number.",
    severity: "warning",
    fixable: ["safe"],
    examples: {
      ok: { kep: "see-also:\n  - KEP-43", others: { "sig-node/0043-pod-priority.md": KEP_43 } },
      notOk: { kep: "see-also:\n  - 43", others: { "sig-node/0043-pod-priority.md": KEP_43 } }
    }
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
        const path = options.paths && named.length > 0 ? `/${folderOf(named[0].file)}` : void 0;
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
    severity: "warning",
    examples: {
      ok: { kep: "status: Replaced\nsuperseded-by:\n  - KEP-43", others: { "sig-node/0043-pod-priority.md": "---\nkep-number: 43\ntitle: Pod Priority\nreplaces:\n  - KEP-42\n\u2026\n---\n" } },
      notOk: { kep: "status: Approved\nsuperseded-by:\n  - KEP-43", others: { "sig-node/0043-pod-priority.md": "---\nkep-number: 43\ntitle: Pod Priority\nreplaces:\n  - KEP-42\n\u2026\n---\n" } }
    }
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
    fixable: ["safe"],
    examples: {
      ok: { kep: "replaces:\n  - KEP-43", others: { "sig-node/0043-pod-priority.md": "---\nkep-number: 43\ntitle: Pod Priority\nstatus: Replaced\nsuperseded-by:\n  - KEP-42\n\u2026\n---\n" } },
      notOk: { kep: "replaces:\n  - KEP-43", others: { "sig-node/0043-pod-priority.md": KEP_43 } }
    }
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
var schema4 = kepRule(
  {
    id: "schema",
    description: "The metadata matches the preset's JSON Schema (or the repository's own): required fields, types, allowed values.",
    topics: true,
    fixable: ["safe", "suggestion"],
    examples: {
      ok: { kep: "status: Approved" },
      notOk: { kep: "status: draft" }
    }
  },
  (doc, { schema: schema5, schemaValid, schemaErrors }) => {
    const metadata = doc.metadata;
    if (!metadata) return [];
    const data = metadata.data;
    if (typeof data === "object" && data !== null && schemaValid?.has(data)) return [];
    return cachedSchemaReports(metadata, schema5, schemaErrors);
  }
);

// src/rules/kep/sig-known.ts
var sigKnown = kepRule(
  {
    id: "sig-known",
    description: "owning-sig and participating-sigs name SIGs, working groups or committees of the configured sigs.yaml.",
    examples: {
      ok: { kep: "owning-sig: sig-node", sigs: "sigs:\n  - dir: sig-node\n    name: Node\n" },
      notOk: { kep: "owning-sig: sig-node\nparticipating-sigs:\n  - sig-nodes", sigs: "sigs:\n  - dir: sig-node\n    name: Node\n" }
    }
  },
  (doc, { knownSigs }) => {
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
  }
);

// src/rules/kep/stage-required.ts
var stageRequired = kepRule(
  {
    id: "stage-required",
    description: "An implementable or implemented KEP says its stage.",
    examples: {
      ok: { kep: "status: implementable\nstage: alpha" },
      notOk: { kep: "status: implementable" }
    }
  },
  (doc) => {
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
  }
);

// src/rules/kep/superseded-by-required.ts
function statusWithoutSuccessors(fields, superseded) {
  const status = fields?.status;
  const supersededBy = fields?.["superseded-by"];
  return typeof status === "string" && superseded.includes(status) && !(Array.isArray(supersededBy) && supersededBy.length > 0) ? status : void 0;
}
var supersededByRequired = kepRule(
  {
    id: "superseded-by-required",
    description: "A Replaced KEP names the KEPs that supersede it in superseded-by.",
    examples: {
      ok: { kep: "status: Replaced\nsuperseded-by:\n  - KEP-43", others: { "sig-node/0043-pod-priority.md": "---\nkep-number: 43\ntitle: Pod Priority\nreplaces:\n  - KEP-42\n\u2026\n---\n" } },
      notOk: { kep: "status: Replaced" }
    }
  },
  (doc, { lifecycle }) => {
    const fields = fieldsOf(doc);
    const status = statusWithoutSuccessors(fields, lifecycle.superseded);
    if (!doc.metadata || status === void 0) return [];
    const supersededBy = fields?.["superseded-by"];
    return [
      {
        span: spanAt(doc.metadata, ["status"]),
        message: `status is ${status} but superseded-by ${supersededBy === void 0 ? "is missing" : supersededBy === null || Array.isArray(supersededBy) ? "is empty" : `is not a list (it is ${JSON.stringify(supersededBy)})`}; list the KEPs that replace this one in superseded-by`,
        dependsOn: ["status"]
      }
    ];
  },
  // Its finding is written at status: such a KEP keeps its positions from the first read.
  () => ({ keepsPositions: ({ fields }, { lifecycle }) => statusWithoutSuccessors(fields, lifecycle.superseded) !== void 0 })
);

// src/rules/kep/toc.ts
var exemptions = /* @__PURE__ */ new WeakMap();
function exempted(readmes, list) {
  if (list === void 0) return /* @__PURE__ */ new Set();
  let byList = exemptions.get(readmes);
  if (!byList) exemptions.set(readmes, byList = /* @__PURE__ */ new Map());
  let files = byList.get(list);
  if (!files) {
    const text2 = readmes.ruleFile(list).text ?? "";
    files = new Set(text2.split("\n").filter((line2) => line2 !== ""));
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
    readsReadme: true,
    examples: {
      ok: { kep: "status: provisional", others: { [README]: readmeText("KEP-42: Pod Overhead", TOC, SECTIONS) } },
      notOk: { kep: "status: provisional", others: { [README]: readmeText("KEP-42: Pod Overhead", "- [Summary](#summary)\n- [Motivation](#motivation)\n", SECTIONS) } }
    }
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
      const listed2 = options.exclude === void 0 ? "" : `, or list the file in ${options.exclude}`;
      return [
        {
          file: readme.file,
          span: { line: 1, column: 1, endLine: 1, endColumn: lines[0].length + 1 },
          message: `this README has ${what}: mdtoc (hack/verify-toc.sh) writes the table of contents between ${TOC_START} and ${TOC_END}; put both below the title, as the template does, then ${REGENERATE}${listed2}`
        }
      ];
    }
    const line2 = state.first.line;
    const report = {
      file: readme.file,
      span: { line: line2, column: 1, endLine: line2, endColumn: lines[line2 - 1].length + 1 },
      message: `the table of contents is not what mdtoc generates from the headings (--max-depth=${options.maxDepth}): ${state.differing} of its lines differ, the first at line ${line2}; ${REGENERATE}`,
      fix: { applicability: "safe", edits: [state.fix] }
    };
    if (state.first.expected !== void 0) report.expected = [state.first.expected];
    return [report];
  }
);

// src/rules/registry.ts
var FIRST = [
  ...READING_RULES,
  schema4,
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
  baseUnreadable
];
var LAST = [indexStale, configuration];
var RULES = /* @__PURE__ */ new Map();
var registry = RULES;
function addRules(rules, from) {
  const ids = /* @__PURE__ */ new Set();
  for (const rule of rules) {
    if (registry.has(rule.meta.id) || ids.has(rule.meta.id)) throw new Error(`the rule ${rule.meta.id} of ${from} is another rule's id`);
    ids.add(rule.meta.id);
  }
  for (const rule of LAST) registry.delete(rule.meta.id);
  for (const rule of [...rules, ...LAST]) registry.set(rule.meta.id, rule);
}
addRules(FIRST, "kep-validator");

// src/indexFile/templateView.ts
import { posix } from "node:path";
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
    const link3 = posix.relative(posix.dirname(indexFile), doc.file) || doc.file;
    const fields = fieldsOf(doc);
    if (!fields || doc.readProblems.some((p) => isGraveReadProblem(p.rule))) return { file: doc.file, link: link3, unreadable: true };
    const undashed = Object.fromEntries(Object.entries(fields).flatMap(([key, value]) => key.includes("-") && !Object.hasOwn(fields, key.replace(/-/g, "")) ? [[key.replace(/-/g, ""), value]] : []));
    return { ...fields, ...undashed, file: doc.file, link: link3, number: assignedNumber(doc) ?? draftNumber(doc) ?? fields["kep-number"] };
  });
  return { keps };
}

// src/parse/lazyLines.ts
var LazyLines = class {
  constructor(text2) {
    this.text = text2;
  }
  text;
  lines = [];
  offset = 0;
  /** Line i (0-based), or undefined past the end. */
  at(i) {
    while (this.lines.length <= i && this.offset <= this.text.length) this.readLine();
    return this.lines[i];
  }
  /** Lines from..to (0-based, end exclusive) joined with LF. */
  join(from, to) {
    this.at(to - 1);
    return this.lines.slice(from, to).join("\n");
  }
  readLine() {
    const text2 = this.text;
    let end = this.offset;
    while (end < text2.length) {
      const c = text2.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    this.lines.push(text2.slice(this.offset, end));
    if (end >= text2.length) {
      this.offset = text2.length + 1;
      return;
    }
    this.offset = end + (text2.charCodeAt(end) === 13 && text2.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
};

// src/parse/fencedBlock.ts
function leadingWhitespace(line2) {
  return /^[ \t]*/.exec(line2)[0];
}
function fencedBlockByScan(lines, headingLine2, startLine, endLine) {
  for (let line2 = headingLine2 + 1; line2 < startLine; line2++) {
    if ((lines.at(line2 - 1) ?? "").trim() !== "") return void 0;
  }
  const indent = /^ */.exec(lines.at(startLine - 1))[0].length;
  const content = [];
  for (let line2 = startLine + 1; line2 < endLine; line2++) {
    const text2 = lines.at(line2 - 1);
    if (indent === 0) {
      content.push(text2);
      continue;
    }
    const leading = leadingWhitespace(text2);
    if (leading.slice(0, indent).includes("	")) return void 0;
    content.push(text2.slice(Math.min(indent, leading.length)));
  }
  return { fenceLine: startLine, indent, value: content.join("\n") };
}

// src/parse/locateMetadata.ts
var FRONTMATTER_FENCE = /^---[ \t]*$/;
var METADATA_HEADING = /^ {0,3}#{1,6}[ \t]+metadata[ \t]*#*[ \t]*$/i;
var ANY_HEADING = /^ {0,3}#{1,6}([ \t]|$)/;
var CODE_FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
function openingFence(line2) {
  const match = CODE_FENCE.exec(line2);
  if (!match) return void 0;
  if (match[2][0] === "`" && match[3].includes("`")) return void 0;
  return { char: match[2][0], length: match[2].length };
}
function closesFence(line2, fence) {
  const match = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line2);
  return match !== null && match[1][0] === fence.char && match[1].length >= fence.length;
}
function lineSpan(line2, text2) {
  return { line: line2, column: 1, endLine: line2, endColumn: text2.length + 1 };
}
function splitLines2(text2) {
  return text2.split(/\r\n|\r|\n/);
}
function locateMetadata(lines) {
  const first = lines.at(0);
  if (first !== void 0 && FRONTMATTER_FENCE.test(first)) {
    for (let i = 1, line2 = lines.at(1); line2 !== void 0; line2 = lines.at(++i)) {
      if (FRONTMATTER_FENCE.test(line2)) return { kind: "frontmatter", startLine: 1, endLine: i + 1 };
    }
    return {
      kind: "problem",
      rule: "frontmatter-unclosed",
      message: 'front matter opened with "---" on line 1 is never closed; add a line "---" after the last metadata line',
      span: lineSpan(1, first)
    };
  }
  let fence;
  let heading;
  for (let i = 0, line2 = lines.at(0); line2 !== void 0; line2 = lines.at(++i)) {
    if (fence) {
      if (closesFence(line2, fence)) fence = void 0;
      continue;
    }
    const opened = openingFence(line2);
    if (opened && heading !== void 0) {
      for (let j = i + 1, next = lines.at(j); next !== void 0; next = lines.at(++j)) {
        if (closesFence(next, opened)) {
          return { kind: "fenced", headingLine: heading + 1, startLine: i + 1, endLine: j + 1 };
        }
      }
      return {
        kind: "problem",
        rule: "metadata-fence-unclosed",
        message: `the metadata code block opened on line ${i + 1} with ${opened.char.repeat(opened.length)} is never closed; close it with a line ${opened.char.repeat(opened.length)} after the last metadata line`,
        span: lineSpan(i + 1, line2)
      };
    }
    if (opened) {
      fence = opened;
      continue;
    }
    if (METADATA_HEADING.test(line2)) {
      heading = i;
    } else if (heading !== void 0 && ANY_HEADING.test(line2)) {
      return {
        kind: "problem",
        rule: "metadata-missing",
        message: `the "${lines.at(heading).trim()}" section on line ${heading + 1} has no fenced YAML block; put the metadata in a \`\`\` block that starts with "---" right under the heading`,
        span: lineSpan(heading + 1, lines.at(heading))
      };
    }
  }
  if (heading !== void 0) {
    return {
      kind: "problem",
      rule: "metadata-missing",
      message: `the "${lines.at(heading).trim()}" section on line ${heading + 1} has no fenced YAML block; put the metadata in a \`\`\` block that starts with "---" right under the heading`,
      span: lineSpan(heading + 1, lines.at(heading))
    };
  }
  return frontMatterAfterBlankLines(lines) ?? { kind: "none" };
}
function frontMatterAfterBlankLines(lines) {
  let start = 0;
  while (lines.at(start)?.trim() === "") start++;
  const first = lines.at(start);
  if (start === 0 || first === void 0 || !FRONTMATTER_FENCE.test(first)) return void 0;
  for (let i = start + 1, line2 = lines.at(i); line2 !== void 0; line2 = lines.at(++i)) {
    if (FRONTMATTER_FENCE.test(line2)) return { kind: "frontmatter", startLine: start + 1, endLine: i + 1 };
  }
  return void 0;
}

// src/parse/markdownParser.ts
var loaded;
async function loadMarkdownParser() {
  if (!loaded) {
    const [{ unified }, { default: remarkParse }, { default: remarkFrontmatter }] = await Promise.all([import("./chunks/unified-XXSTLLAI.js"), import("./chunks/remark-parse-6KQI6D26.js"), import("./chunks/remark-frontmatter-KLOPMU4G.js")]);
    const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);
    loaded = { parse: (text2) => processor.parse(text2) };
  }
  return loaded;
}
function markdownParser() {
  if (!loaded) throw new Error("internal error: the markdown parser is used before loadMarkdownParser()");
  return loaded;
}
function markdownParserLoaded() {
  return loaded !== void 0;
}

// src/parse/readMarkdownMetadata.ts
var FRONT_MATTER_START = /^\ufeff?---[ \t]*(\r?\n|\r|$)/;
function needsMarkdownParser(content) {
  if (FRONT_MATTER_START.test(typeof content === "string" ? content.slice(0, 8) : content.subarray(0, 8).toString("utf8"))) return false;
  const text2 = typeof content === "string" ? content : content.toString("utf8");
  const lines = new LazyLines(text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2);
  const location = locateMetadata(lines);
  return location.kind === "fenced" && fencedBlockByScan(lines, location.headingLine, location.startLine, location.endLine) === void 0;
}
function fencedBlockByRemark(lines, headingLine2, endLine) {
  const code2 = markdownParser().parse(lines.join(headingLine2 - 1, endLine)).children.find((node) => node.type === "code");
  if (!code2?.position) return void 0;
  return { fenceLine: headingLine2 + code2.position.start.line - 1, indent: code2.position.start.column - 1, value: code2.value };
}
function blockSpan(lines, startLine, endLine) {
  return { line: startLine, column: 1, endLine, endColumn: (lines.at(endLine - 1) ?? "").length + 1 };
}
function leadingSpaces(line2) {
  return /^ */.exec(line2)[0].length;
}
function readMarkdownMetadata(file, text2, options = {}) {
  const lines = new LazyLines(text2);
  const location = locateMetadata(lines);
  if (options.partial && (location.kind === "none" || location.kind === "problem" || lines.at(location.endLine) === void 0)) {
    return void 0;
  }
  if (location.kind === "problem") {
    return { problems: [problem(file, location.span, location.rule, location.message)] };
  }
  if (location.kind === "none") {
    return {
      problems: [problem(file, FILE_START, "metadata-missing", 'this KEP has no metadata; start the file with YAML front matter between two "---" lines, or add a "## Metadata" section with a ``` block that starts with "---"')]
    };
  }
  if (location.kind === "frontmatter") {
    const { startLine } = location;
    const read2 = readYamlBlock(file, lines.join(startLine, location.endLine - 1), "frontmatter", blockSpan(lines, startLine, location.endLine), { firstLine: startLine + 1 }, options);
    if (startLine > 1) {
      const blank = startLine === 2 ? "a blank line" : `${startLine - 1} blank lines`;
      read2.problems.unshift({
        ...problem(
          file,
          { line: 1, column: 1, endLine: startLine - 1, endColumn: (lines.at(startLine - 2) ?? "").length + 1 },
          "frontmatter-not-first",
          `the front matter starts on line ${startLine}, after ${blank}; GitHub and other markdown readers take only a first line "---" for front matter, and show this as text \u2014 remove the ${startLine === 2 ? "blank line" : "blank lines"} above it`
        ),
        fix: { applicability: "safe", edits: [{ span: { line: 1, column: 1, endLine: startLine, endColumn: 1 }, text: "" }] }
      });
    }
    let next = location.endLine;
    while (lines.at(next)?.trim() === "") next++;
    if (options.partial && lines.at(next + 1) === void 0) return void 0;
    if (lines.at(next) !== void 0 && /^---[ \t]*$/.test(lines.at(next))) {
      read2.problems.push(
        problem(
          file,
          blockSpan(lines, next + 1, next + 1),
          "frontmatter-duplicate",
          `a second "---" block starts on line ${next + 1}, after the front matter closed on line ${location.endLine}; only the first block is metadata \u2014 merge the two`
        )
      );
    }
    return read2;
  }
  const scanned = fencedBlockByScan(lines, location.headingLine, location.startLine, location.endLine);
  if (!scanned && options.withoutRemark && !markdownParserLoaded()) return void 0;
  const code2 = scanned ?? fencedBlockByRemark(lines, location.headingLine, location.endLine);
  if (!code2) {
    return {
      problems: [problem(file, blockSpan(lines, location.startLine, location.startLine), "metadata-missing", `the block on line ${location.startLine} under the Metadata heading is not a fenced code block; fence it with \`\`\``)]
    };
  }
  const { fenceLine, indent } = code2;
  const problems = [];
  const block = blockSpan(lines, fenceLine, location.endLine);
  if (!/^---[ \t]*(\n|$)/.test(code2.value)) {
    problems.push(problem(file, blockSpan(lines, fenceLine + 1, fenceLine + 1), "metadata-fence-marker", `the metadata block should start with a line "---", as KEP-1's template does`, ["---"]));
  }
  const strippedIndents = [];
  for (let line2 = fenceLine + 1; line2 < location.endLine; line2++) strippedIndents.push(Math.min(indent, leadingSpaces(lines.at(line2 - 1) ?? "")));
  const read = readYamlBlock(file, code2.value, "fenced", block, { firstLine: fenceLine + 1, strippedIndents }, options);
  return { metadata: read.metadata, problems: [...problems, ...read.problems] };
}

// src/read/metadataFormat.ts
function editMetadata(document) {
  return new MetadataEditor(document.metadata);
}
function decode(bytes) {
  const text2 = bytes.toString("utf8");
  return text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
}

// src/read/formats/markdown.ts
var FIRST_DECODE_BYTES = 4 * 1024;
var MARKDOWN = {
  name: "markdown",
  markdown: true,
  read: (file, text2, options) => readMarkdownMetadata(file, text2, options),
  readHead(file, head, complete, options) {
    if (head.length > FIRST_DECODE_BYTES) {
      const fromStart = readMarkdownMetadata(file, decode(head.subarray(0, FIRST_DECODE_BYTES)), { partial: true, withoutRemark: true, ...options });
      if (fromStart) return fromStart;
    }
    return readMarkdownMetadata(file, decode(head), { partial: !complete, withoutRemark: true, ...options });
  },
  textFile: (file) => file,
  edit: editMetadata
};

// src/core/glob.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var OPTIONS = { dot: true, posix: true, nonegate: true, windows: false };
function globToRegExp(glob) {
  return import_picomatch.default.makeRe(glob, OPTIONS);
}
function matcher(globs) {
  const expressions = globs.map((glob) => ({ glob, expression: globToRegExp(glob) }));
  return (path) => path !== "" && expressions.some(({ glob, expression }) => path === glob || expression.test(path));
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

// src/presets/changeRules.ts
var LIFECYCLE_CHANGE_RULES = {
  "status-transition": true,
  "initial-status": true,
  "creation-date-changed": true,
  "last-updated": true,
  "file-deleted": true,
  "base-unreadable": true
};
var CHANGE_RULES = {
  ...LIFECYCLE_CHANGE_RULES,
  // Checks only where the lifecycle has stages (kubernetes).
  "stage-transition": true,
  "number-changed": true,
  "number-assignment": true,
  "number-next": true
};

// src/presets/kep-0001/lifecycle.json
var lifecycle_default = {
  $schema: "../../../schemas/lifecycle.schema.json",
  name: "kep-0001",
  description: `KEP-1's status values ("KEP Metadata"), with the edges of its workflow paths (a)-(k) mapped onto them: Draft = opened/accepted, Approved = scoped/started, Final = implemented, Deferred = deferred, Rejected = rejected, Withdrawn = orphaned/retired, Replaced = superseded. Two edges are added by decision: Deferred -> Draft (a deferred KEP is picked up again) and Final -> Replaced (an implemented KEP is superseded).`,
  states: ["Draft", "Deferred", "Approved", "Rejected", "Withdrawn", "Final", "Replaced"],
  initial: ["Draft"],
  transitions: {
    Draft: ["Approved", "Deferred", "Rejected", "Withdrawn"],
    Deferred: ["Draft"],
    Approved: ["Final", "Replaced", "Withdrawn"],
    Final: ["Replaced", "Withdrawn"],
    Rejected: [],
    Withdrawn: [],
    Replaced: []
  },
  numbered: ["Approved", "Final", "Replaced"],
  numberAssignedOn: "Approved",
  superseded: ["Replaced"],
  inFlight: ["Draft", "Approved"],
  folders: {
    deferred: ["Deferred"],
    orphaned: ["Withdrawn"],
    retired: ["Withdrawn"]
  },
  mapping: {
    Draft: ["opened", "accepted"],
    Approved: ["scoped", "started"],
    Final: ["implemented"],
    Deferred: ["deferred"],
    Rejected: ["rejected"],
    Withdrawn: ["orphaned", "retired"],
    Replaced: ["superseded"]
  }
};

// src/presets/kep-0001/lifecycle-workflow.json
var lifecycle_workflow_default = {
  $schema: "../../../schemas/lifecycle.schema.json",
  name: "kep-0001-workflow",
  description: `KEP-1's workflow states ("KEP Workflow") with exactly its paths (a)-(k).`,
  states: ["opened", "accepted", "scoped", "started", "implemented", "deferred", "superseded", "retired", "rejected", "orphaned"],
  initial: ["opened"],
  transitions: {
    opened: ["deferred", "rejected", "orphaned", "accepted"],
    accepted: ["orphaned", "scoped"],
    scoped: ["superseded", "orphaned", "started"],
    started: ["retired", "orphaned", "superseded", "implemented"],
    implemented: ["retired"],
    deferred: [],
    superseded: [],
    retired: [],
    rejected: [],
    orphaned: []
  },
  numbered: ["scoped", "started", "implemented", "superseded", "retired"],
  numberAssignedOn: "scoped",
  superseded: ["superseded"],
  inFlight: ["opened", "accepted", "scoped", "started"],
  folders: {
    deferred: ["deferred"],
    orphaned: ["orphaned"],
    retired: ["retired"]
  }
};

// src/presets/kep-0001/schema.json
var schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://raw.githubusercontent.com/kep-validator/kep-validator/v1/schemas/kep-0001.schema.json",
  title: "KEP metadata (KEP-1)",
  description: 'The metadata of a Kubernetes Enhancement Proposal, as KEP-1 "KEP Metadata" defines it. The status values are replaced at load time by the states of the selected lifecycle.',
  type: "object",
  required: ["kep-number", "title", "status", "authors", "owning-sig", "reviewers", "approvers", "editor", "creation-date"],
  additionalProperties: false,
  properties: {
    "kep-number": {
      description: "A positive integer once the KEP is approved; draft-YYYYMMDD (the creation date) before.",
      "x-allowed": "a positive integer such as 42, or draft-YYYYMMDD before approval",
      anyOf: [
        { type: "integer", minimum: 1 },
        { type: "string", pattern: "^draft-[0-9]{8}$" }
      ],
      examples: [42, "draft-20240115"]
    },
    title: {
      description: "The title in plain language; the file name carries its slug.",
      type: "string",
      minLength: 1,
      pattern: "^[^\\n]*\\S[^\\n]*$",
      "x-allowed": "a one-line title in plain language",
      examples: ["Kubernetes Enhancement Proposal Process"]
    },
    status: {
      description: "The current state of the KEP.",
      type: "string",
      enum: ["Draft", "Deferred", "Approved", "Rejected", "Withdrawn", "Final", "Replaced"],
      examples: ["Draft"]
    },
    authors: {
      description: "The authors: a name (a pseudonym is fine) and a GitHub handle each.",
      type: "array",
      minItems: 1,
      items: { $ref: "#/$defs/person" },
      "x-allowed": "a list of authors, each with name and github (email and slack optional)",
      examples: [[{ name: "Jane Doe", github: "janedoe" }]]
    },
    "owning-sig": {
      description: "The SIG or working group most closely associated with the KEP.",
      $ref: "#/$defs/sig",
      examples: ["sig-architecture"]
    },
    "participating-sigs": {
      description: "SIGs involved or impacted; kubernetes-wide for the whole project.",
      type: "array",
      uniqueItems: true,
      items: {
        "x-allowed": "sig-abc-def, wg-abc-def or kubernetes-wide",
        anyOf: [{ $ref: "#/$defs/sig" }, { const: "kubernetes-wide" }]
      },
      "x-allowed": "a list of SIGs such as sig-node, or kubernetes-wide",
      examples: [["sig-node", "sig-storage"], ["kubernetes-wide"]]
    },
    reviewers: { $ref: "#/$defs/peopleOrTbd", examples: ["TBD", [{ name: "Jane Doe", github: "janedoe" }]] },
    approvers: { $ref: "#/$defs/peopleOrTbd", examples: ["TBD", [{ name: "Jane Doe", github: "janedoe" }]] },
    editor: {
      description: "Someone to keep things moving forward, or TBD.",
      "x-allowed": "TBD, a person with name and github, or name: TBD",
      anyOf: [{ $ref: "#/$defs/tbd" }, { $ref: "#/$defs/person" }],
      examples: ["TBD", { name: "Jane Doe", github: "janedoe" }]
    },
    "creation-date": { $ref: "#/$defs/date", description: "The date the KEP was first submitted in a PR.", examples: ["2024-01-15"] },
    "last-updated": { $ref: "#/$defs/date", description: "The date the KEP last changed significantly.", examples: ["2024-03-01"] },
    "see-also": { $ref: "#/$defs/kepRefs", description: "Other relevant KEPs.", examples: [["KEP-1"]] },
    replaces: { $ref: "#/$defs/kepRefs", description: "KEPs this KEP replaces; they list it in superseded-by.", examples: [["KEP-12"]] },
    "superseded-by": { $ref: "#/$defs/kepRefs", description: "KEPs that supersede this one; pairs with status Replaced.", examples: [["KEP-34"]] }
  },
  $defs: {
    githubHandle: {
      type: "string",
      pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",
      "x-allowed": 'a GitHub handle without "@": letters, digits and single hyphens, at most 39 characters'
    },
    person: {
      type: "object",
      required: ["name", "github"],
      additionalProperties: false,
      "x-allowed": "a person: name and github, with optional email and slack",
      properties: {
        name: { type: "string", minLength: 1, "x-allowed": "a non-empty name" },
        github: { $ref: "#/$defs/githubHandle" },
        email: { type: "string", format: "email", "x-allowed": "an e-mail address" },
        slack: { type: "string", minLength: 1, "x-allowed": "a Slack handle" }
      }
    },
    tbd: {
      "x-allowed": "TBD, or name: TBD",
      anyOf: [
        { const: "TBD" },
        {
          type: "object",
          required: ["name"],
          additionalProperties: false,
          properties: { name: { const: "TBD" } }
        }
      ]
    },
    peopleOrTbd: {
      description: "Chosen after triage; TBD until then. Same scheme as authors.",
      "x-allowed": "TBD, or a list of people (name and github each) or name: TBD",
      anyOf: [
        { const: "TBD" },
        {
          type: "array",
          minItems: 1,
          items: {
            "x-allowed": "a person with name and github, TBD, or name: TBD",
            anyOf: [{ $ref: "#/$defs/tbd" }, { $ref: "#/$defs/person" }]
          }
        }
      ]
    },
    sig: {
      type: "string",
      pattern: "^(sig|wg)-[a-z0-9]+(-[a-z0-9]+)*$",
      "x-allowed": "a SIG or working group as sig-abc-def or wg-abc-def, matching its kubernetes/community directory"
    },
    date: {
      type: "string",
      format: "date",
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
      "x-allowed": "a real date as yyyy-mm-dd"
    },
    kepRefs: {
      type: "array",
      uniqueItems: true,
      items: { type: ["string", "integer"], pattern: "^(KEP-)?[1-9][0-9]*$", minimum: 1, "x-allowed": "KEP-123", description: "KEP-1 writes KEP-123; a bare 123 names the KEP as clearly (rule reference-form warns)." },
      "x-allowed": "a list of KEP references such as KEP-123"
    }
  }
};

// src/presets/kep-0001/preset.ts
var KEP_0001 = {
  name: "kep-0001",
  description: "KEP-1's markdown KEPs",
  recognisedBy: KEP_0001_LAYOUT,
  layout: KEP_0001_LAYOUT,
  format: MARKDOWN,
  schema: "kep-0001",
  lifecycle: "kep-0001",
  // kep-0001-workflow: KEP-1's states with the moves its workflow section describes.
  lifecycles: [
    { name: "kep-0001", data: lifecycle_default },
    { name: "kep-0001-workflow", data: lifecycle_workflow_default }
  ],
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
  severity: {},
  carries: { schema: schema_default },
  author: { takesSig: true, create: async (context, request) => (await import("./chunks/newKep-UZAYVB5Q.js")).createKep0001(context, request) },
  example: {
    file: "sig-node/0042-pod-overhead.md",
    fields: ["kep-number: 42", "title: Pod Overhead", "authors:", "  - name: Jane Doe", "    github: janedoe", "owning-sig: sig-node", "reviewers: TBD", "approvers: TBD", "editor: TBD", "creation-date: 2024-01-15", "status: Approved"].join(
      "\n"
    ),
    wrap: (yaml) => `---
${yaml}---

# Pod Overhead
`,
    language: "markdown"
  }
};

// src/read/formats/kepYaml.ts
import { posix as posix2 } from "node:path";
var METADATA = "kep.yaml";
var TEXT = "README.md";
var KEP_YAML = {
  name: "kep.yaml",
  markdown: false,
  read: (file, text2, options) => readYamlFile(file, text2, options),
  textFile: (file) => posix2.join(posix2.dirname(file), TEXT),
  metadataFileOf: (file) => posix2.basename(file) === TEXT ? posix2.join(posix2.dirname(file), METADATA) : void 0,
  edit: editMetadata
};

// src/presets/kubernetes/lifecycle.json
var lifecycle_default2 = {
  $schema: "../../../schemas/lifecycle.schema.json",
  name: "kubernetes",
  description: "kubernetes/enhancements' statuses (keps/NNNN-kep-template/kep.yaml). A KEP may start as provisional or, as KEPs with a straightforward design do, directly as implementable. Reverts are allowed where the process has them: implemented -> implementable reopens a KEP for further work (a new stage, a deprecation), implementable -> provisional sends a design back, and a deferred KEP resumes as provisional or implementable. rejected, withdrawn and replaced are final.",
  states: ["provisional", "implementable", "implemented", "deferred", "rejected", "withdrawn", "replaced"],
  initial: ["provisional", "implementable"],
  transitions: {
    provisional: ["implementable", "deferred", "rejected", "withdrawn", "replaced"],
    implementable: ["implemented", "provisional", "deferred", "withdrawn", "replaced"],
    implemented: ["implementable", "withdrawn", "replaced"],
    deferred: ["provisional", "implementable", "withdrawn", "rejected"],
    rejected: [],
    withdrawn: [],
    replaced: []
  },
  numbered: ["provisional", "implementable", "implemented", "deferred", "rejected", "withdrawn", "replaced"],
  superseded: ["replaced"],
  stageTransitions: {
    alpha: ["beta", "stable", "deprecated", "disabled", "removed"],
    beta: ["stable", "deprecated", "disabled", "removed"],
    stable: ["deprecated", "disabled", "removed"],
    deprecated: ["disabled", "removed"],
    disabled: ["removed"],
    removed: []
  },
  inFlight: ["provisional", "implementable"],
  folders: {}
};

// src/presets/kubernetes/schema.json
var schema_default2 = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://raw.githubusercontent.com/kep-validator/kep-validator/v1/schemas/kubernetes.schema.json",
  title: "KEP metadata (kubernetes/enhancements kep.yaml)",
  description: "The kep.yaml beside each KEP's README.md in kubernetes/enhancements, as its template (keps/NNNN-kep-template/kep.yaml) and its Go types define it. The status values are replaced at load time by the states of the selected lifecycle.",
  type: "object",
  required: ["title", "kep-number", "authors", "owning-sig", "status", "approvers"],
  additionalProperties: false,
  properties: {
    title: {
      type: "string",
      minLength: 1,
      pattern: "^[^\\n]*\\S[^\\n]*$",
      "x-allowed": "a one-line title",
      description: "The title of the KEP.",
      examples: ["HugePages"]
    },
    "kep-number": {
      description: "The KEP's number: the number its folder starts with (1539-hugepages has 1539).",
      "x-allowed": "a positive integer, the number of the KEP's folder",
      anyOf: [
        {
          type: "integer",
          minimum: 1
        },
        {
          type: "string",
          pattern: "^[1-9][0-9]*$"
        }
      ],
      examples: [1539]
    },
    authors: {
      description: "The authors, as GitHub handles with @.",
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/$defs/handle"
      },
      "x-allowed": 'a list of GitHub handles such as "@jane.doe"',
      examples: [["@derekwaynecarr"]]
    },
    "owning-sig": {
      description: "The SIG that owns the KEP; its folder under keps/.",
      $ref: "#/$defs/sig",
      examples: ["sig-node"]
    },
    "participating-sigs": {
      description: "Other SIGs involved.",
      type: ["array", "null"],
      uniqueItems: true,
      items: {
        $ref: "#/$defs/sig"
      },
      "x-allowed": "a list of SIGs such as sig-node",
      examples: [["sig-scheduling"]]
    },
    status: {
      description: "The current state of the KEP.",
      type: "string",
      enum: ["provisional", "implementable", "implemented", "deferred", "rejected", "withdrawn", "replaced"],
      examples: ["provisional"]
    },
    "creation-date": {
      description: "The date the KEP was first proposed.",
      $ref: "#/$defs/date",
      examples: ["2024-01-15"]
    },
    "last-updated": {
      description: "The date the KEP last changed significantly.",
      $ref: "#/$defs/date",
      examples: ["2024-03-01"]
    },
    reviewers: {
      description: "Reviewers: GitHub handles, or TBD. Not required by kubernetes/enhancements' validator; the template asks for them (rule recommended-fields).",
      type: ["array", "null"],
      items: {
        $ref: "#/$defs/handleOrTbd"
      },
      "x-allowed": "a list of GitHub handles with @ (TBD until chosen)",
      examples: [["@alice.doe"]]
    },
    approvers: {
      description: `Approvers: GitHub handles, or TBD. Required, as kubernetes/enhancements' validator requires it; an empty list passes there (validate:"required" asks for a list, not for items), and is a recommended-fields warning here.`,
      type: "array",
      items: {
        $ref: "#/$defs/handleOrTbd"
      },
      "x-allowed": "a list of GitHub handles with @ (TBD until chosen)",
      examples: [["@oscar.doe"]]
    },
    "prr-approvers": {
      description: "Production readiness approvers.",
      $ref: "#/$defs/handlesOrTbd",
      examples: [["@deads2k"]]
    },
    editor: {
      description: "Someone to keep things moving forward, or TBD.",
      type: ["string", "null"],
      "x-allowed": "a name or handle, or TBD",
      examples: ["TBD"]
    },
    "see-also": {
      description: "Related KEPs (paths such as /keps/sig-node/1539-hugepages, or KEP-1539), or other documents by URL.",
      type: ["array", "null"],
      items: {
        "x-allowed": "a KEP path such as /keps/sig-node/1539-hugepages, KEP-1539, or an https:// URL",
        anyOf: [
          {
            $ref: "#/$defs/kepReference"
          },
          {
            type: "string",
            pattern: "^https?://\\S+$"
          }
        ]
      },
      examples: [["/keps/sig-node/1539-hugepages"]]
    },
    replaces: {
      description: "KEPs this KEP replaces.",
      type: ["array", "null"],
      items: {
        $ref: "#/$defs/kepReference"
      },
      examples: [["/keps/sig-ccc/3456-replaced-kep"]]
    },
    "superseded-by": {
      description: "KEPs that replace this one; pairs with status replaced.",
      type: ["array", "null"],
      items: {
        $ref: "#/$defs/kepReference"
      },
      examples: [["/keps/sig-node/2133-kubelet-credential-providers"]]
    },
    stage: {
      description: "The target maturity stage in the current release cycle.",
      type: "string",
      enum: ["alpha", "beta", "stable", "deprecated", "disabled", "removed"],
      examples: ["alpha"]
    },
    "latest-milestone": {
      description: "The most recent release with work on this KEP.",
      $ref: "#/$defs/milestone",
      examples: ["v1.19"]
    },
    milestone: {
      description: "The release of each stage.",
      type: ["object", "null"],
      additionalProperties: false,
      "x-allowed": "a mapping of stages (alpha, beta, stable, deprecated, disabled, removed) to releases such as v1.19",
      properties: {
        alpha: {
          $ref: "#/$defs/milestoneOrEmpty"
        },
        beta: {
          $ref: "#/$defs/milestoneOrEmpty"
        },
        stable: {
          $ref: "#/$defs/milestoneOrEmpty"
        },
        deprecated: {
          $ref: "#/$defs/milestoneOrEmpty"
        },
        disabled: {
          $ref: "#/$defs/milestoneOrEmpty"
        },
        removed: {
          $ref: "#/$defs/milestoneOrEmpty"
        }
      },
      examples: [
        {
          alpha: "v1.19",
          beta: "v1.20",
          stable: "v1.22"
        }
      ]
    },
    "feature-gates": {
      description: "Feature gates and the components that must enable them.",
      type: ["array", "null"],
      items: {
        type: "object",
        required: ["name"],
        additionalProperties: false,
        "x-allowed": "a feature gate: name and components",
        properties: {
          name: {
            type: "string",
            pattern: "^[A-Z][A-Za-z0-9]*$",
            "x-allowed": "a feature gate name in UpperCamelCase"
          },
          components: {
            type: ["array", "null"],
            items: {
              type: "string",
              minLength: 1,
              "x-allowed": "a component such as kube-apiserver"
            }
          }
        }
      },
      examples: [
        [
          {
            name: "MyFeature",
            components: ["kube-apiserver"]
          }
        ]
      ]
    },
    "disable-supported": {
      description: "Whether the feature can be disabled once enabled.",
      type: ["boolean", "null"],
      "x-allowed": "true or false",
      examples: [true]
    },
    metrics: {
      description: "Metrics that tell the feature is in use.",
      type: ["array", "null"],
      items: {
        type: "string",
        minLength: 1,
        "x-allowed": "a metric name"
      },
      examples: [["my_feature_metric"]]
    }
  },
  $defs: {
    handle: {
      description: "kubernetes/enhancements' tooling reads a handle with or without @ as the same person; the template's @ is a convention (rule handle-at).",
      type: "string",
      pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",
      "x-allowed": 'a GitHub handle with @, such as "@jane-doe"'
    },
    handleOrTbd: {
      "x-allowed": "a GitHub handle with @, or TBD",
      anyOf: [
        {
          $ref: "#/$defs/handle"
        },
        {
          const: "TBD"
        }
      ]
    },
    handlesOrTbd: {
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/$defs/handleOrTbd"
      },
      "x-allowed": "a list of GitHub handles with @ (TBD until chosen)"
    },
    sig: {
      type: "string",
      pattern: "^(sig|wg|committee)-[a-z0-9]+(-[a-z0-9]+)*$",
      "x-allowed": "a SIG, working group or committee as sig-abc-def, matching its kubernetes/community directory"
    },
    date: {
      type: "string",
      format: "date",
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
      "x-allowed": "a real date as yyyy-mm-dd"
    },
    milestone: {
      type: "string",
      pattern: "^v[0-9]+\\.[0-9]+$",
      "x-allowed": 'a release such as "v1.19"'
    },
    milestoneOrEmpty: {
      type: ["string", "null"],
      pattern: "^(v[0-9]+\\.[0-9]+)?$",
      "x-allowed": 'a release such as "v1.19"'
    },
    kepReference: {
      type: "string",
      description: 'A bare number ("1539") names the KEP as clearly; the path or KEP-1539 is the convention (rule reference-form).',
      pattern: "^(/keps/[a-z0-9-]+(/[A-Za-z0-9._-]+)*/[0-9]+-[A-Za-z0-9._-]+|KEP-[1-9][0-9]*|[1-9][0-9]*)$",
      "x-allowed": "a KEP path such as /keps/sig-node/1539-hugepages, or KEP-1539"
    }
  }
};

// src/presets/kubernetes/preset.ts
var LAYOUT = {
  include: ["keps/**/kep.yaml"],
  // Templates are copied, not proposed. Real KEPs numbered 0000 are checked like any other.
  exclude: ["keps/NNNN-kep-template/**", "keps/sig-cloud-provider/providers/0000-cloud-provider-template/**"]
};
var KUBERNETES = {
  name: "kubernetes",
  description: "kubernetes/enhancements: kep.yaml files",
  recognisedBy: LAYOUT,
  layout: LAYOUT,
  format: KEP_YAML,
  schema: "kubernetes",
  lifecycle: "kubernetes",
  lifecycles: [{ name: "kubernetes", data: lifecycle_default2 }],
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
  carries: { schema: schema_default2 },
  severity: {
    // The release a KEP targets is read by people, not tools: "1.22" for "v1.22" is a slip.
    "schema/latest-milestone": "warning",
    "schema/milestone": "warning",
    // see-also is free to point at design documents; a malformed entry misleads, it breaks nothing.
    "schema/see-also": "warning",
    "reference-exists": "warning",
    // latest-milestone only moves forward; a stage's milestone may be a plan, pulled in.
    "milestone-moved-back/milestone": "warning"
  },
  author: { takesSig: true, create: async (context, request) => (await import("./chunks/newKep-UZAYVB5Q.js")).createKubernetesKep(context, request) },
  example: {
    file: "keps/sig-node/42-pod-overhead/kep.yaml",
    fields: ["title: Pod Overhead", "kep-number: 42", "authors:", '  - "@janedoe"', "owning-sig: sig-node", "reviewers:", '  - "@reviewer"', "approvers:", '  - "@approver"', "creation-date: 2024-01-15", "status: provisional"].join("\n"),
    wrap: (yaml) => yaml,
    language: "yaml"
  },
  // stage-transition finds something only under a lifecycle with stages.
  showsExamplesOf: ["stage-transition"]
};

// src/presets/openshift/examples.ts
var OPENSHIFT_EXAMPLE_KEP = {
  file: "enhancements/installer/neat-enhancement-idea.md",
  fields: [
    "title: neat-enhancement-idea",
    "authors:",
    '  - "@janedoe"',
    "reviewers:",
    '  - "@alicedoe"',
    "approvers:",
    '  - "@oscardoe"',
    "api-approvers:",
    "  - None",
    "creation-date: 2024-01-15",
    "last-updated: 2024-03-01",
    "status: provisional",
    "tracking-link:",
    "  - https://issues.redhat.com/browse/OCPSTRAT-1234"
  ].join("\n")
};

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
    topics: true,
    examples: {
      ok: { kep: "api-approvers:\n  - None   # the enhancement changes no API" },
      notOk: { kep: "api-approvers:\n  - TBD" }
    }
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
  return template.split(/\r\n|\r|\n/).filter((line2) => line2.startsWith("##") && !line2.includes("[optional]")).map((line2) => line2.replace(/^[ \t]+|[ \t]+$/g, "").replace(/\\(.)/g, "$1"));
}

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
  const title = doc.outline?.find((line2) => line2.text.startsWith("# "));
  return title ? { line: title.line, column: 1, endLine: title.line, endColumn: title.text.length + 1 } : FILE_START;
}
var BODY = BUILTIN_TEMPLATE.slice(BUILTIN_TEMPLATE.indexOf("\n---\n") + 5);
var requiredSectionsRule = kepRule(
  {
    id: "required-sections",
    description: "The enhancement has every section heading of the template (the repository's guidelines/enhancement_template.md) that is not [optional] (OpenShift's template-lint; an error on an enhancement a change adds, a warning on any other).",
    examples: {
      ok: { kep: `---
\u2026
---
${BODY}`, shown: "---\n\u2026\n---\n\n# Neat Enhancement Idea\n\n## Summary\n\n## Motivation\n\n### User Stories\n\n\u2026   # every heading of the template that is not [optional]\n" },
      notOk: { kep: "---\n\u2026\n---\n\n# Neat Enhancement Idea\n\n## Summary\n\nIt is neat.\n" }
    }
  },
  (doc, context) => {
    const outline = doc.outline;
    if (!outline) return [];
    const missing = context.options.sections.filter((section) => !outline.some((line2) => patternOf(section).test(line2.text)));
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
    description: `The enhancement has a title: a line that starts with "# " (OpenShift's template-lint; an error on an enhancement a change adds, a warning on any other).`,
    examples: {
      ok: { kep: "---\n\u2026\n---\n\n# Neat Enhancement Idea\n\n## Summary\n" },
      notOk: { kep: "---\n\u2026\n---\n\n## Summary\n\nIt is neat.\n" }
    }
  },
  (doc, context) => {
    const outline = doc.outline;
    if (!outline || outline.some((line2) => line2.text.startsWith("# "))) return [];
    const span = doc.metadata ? { line: doc.metadata.block.endLine, column: 1, endLine: doc.metadata.block.endLine, endColumn: 4 } : FILE_START;
    return [{ span, message: `the enhancement has no title: no line starts with "# "; ${TEMPLATE_LINT} requires one \u2014 add a heading such as "# Neat Enhancement Idea" below the front matter`, relaxed: notNew(doc, context) }];
  }
);

// src/presets/openshift/rules/title-matches-file.ts
var FILE_BASE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
var titleMatchesFile = kepRule(
  {
    id: "title-matches-file",
    description: "title is the file's name without .md (OpenShift's metadata-lint; an error on an enhancement a change adds, a warning on any other).",
    examples: {
      ok: { kep: "title: neat-enhancement-idea" },
      notOk: { kep: "title: Neat Enhancement Idea" }
    }
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
    const rename2 = FILE_BASE.test(title) ? ` (or rename the file to ${title}.md)` : "";
    return [
      {
        span: spanAt(metadata, ["title"]),
        message: `title is "${title}" but the file is ${name}; ${METADATA_LINT} requires the title to be the file's name without .md \u2014 write title: ${base}${rename2}`,
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
      const code2 = parseInt(s.slice(i + 1, i + 3), 16);
      if (mode === "host" && code2 >> 4 < 8 && s.slice(i, i + 3) !== "%25") return `invalid URL escape ${JSON.stringify(s.slice(i, i + 3))}`;
      if (mode === "zone" && s.slice(i, i + 3) !== "%25" && code2 !== 32 && !(code2 < 128 && hostMayHold(String.fromCharCode(code2)))) return `invalid URL escape ${JSON.stringify(s.slice(i, i + 3))}`;
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
  const error3 = unescape(fragment, "fragment");
  return error3 === void 0 ? parsed : { error: error3 };
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
    const error4 = parseAuthority(authority);
    if (error4 !== void 0) return { error: error4 };
  }
  const error3 = unescape(rest, "path");
  return error3 === void 0 ? { scheme } : { error: error3 };
}

// src/presets/openshift/rules/tracking-link.ts
var EXAMPLE = "https://issues.redhat.com/browse/OCPSTRAT-1234";
var trackingLink = kepRule(
  {
    id: "tracking-link",
    description: "tracking-link lists at least one URL of the tracking ticket, and no entry that is TBD, empty or not a URL (OpenShift's metadata-lint; an error on an enhancement a change adds, a warning on any other).",
    examples: {
      ok: { kep: "tracking-link:\n  - https://issues.redhat.com/browse/OCPSTRAT-1234" },
      notOk: { kep: "tracking-link:\n  - TBD" }
    }
  },
  (doc, context) => {
    const metadata = doc.metadata;
    const fields = fieldsOf(doc);
    if (!metadata || !fields || !fieldsValid(doc, context, "tracking-link")) return [];
    const relaxed = notNew(doc, context);
    const value = fields["tracking-link"];
    const reports = [];
    let valid = 0;
    listedStrings(metadata, "tracking-link", value).forEach(({ index, text: link3 }) => {
      const where2 = `tracking-link[${index}]`;
      const report = (what) => {
        reports.push({ span: spanAt(metadata, ["tracking-link", index]), message: `${where2} ${what}; ${METADATA_LINT} requires the link to the tracking ticket (a Jira Feature or Epic), such as ${EXAMPLE}`, relaxed });
      };
      if (link3 === "TBD") return report("is TBD");
      if (link3 === "") return report("is empty");
      const url = parseGoUrl(link3);
      if ("error" in url) return report(`"${link3}" is not a URL (${url.error})`);
      if (url.scheme === "") return report(`"${link3}" is not a URL: it has no scheme such as https://`);
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

// src/presets/openshift/lifecycle.json
var lifecycle_default3 = {
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
var schema_default3 = {
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

// src/presets/openshift/preset.ts
var LINT_IGNORES_FILE = "hack/lint-ignores";
function exactGlobs(path) {
  const escaped = path.replace(/[^A-Za-z0-9/._-]/g, "\\$&");
  return [escaped, `${escaped}/**`];
}
function lintIgnores(text2) {
  return (text2 ?? "").split(/\s+/).filter((path) => path !== "").flatMap(exactGlobs);
}
var RULES2 = {
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
  // What a change may do, by the lifecycle: no numbers, no stages.
  ...LIFECYCLE_CHANGE_RULES
};
var OPENSHIFT = {
  name: "openshift",
  description: "openshift/enhancements",
  recognisedBy: { include: ["enhancements/**/*.md"], exclude: [] },
  // hack/find_changed.sh: `grep '^enhancements.*\.md$'`.
  layout: { include: ["enhancements/**/*.md"], exclude: [] },
  format: MARKDOWN,
  schema: "openshift",
  lifecycle: "openshift",
  lifecycles: [{ name: "openshift", data: lifecycle_default3 }],
  // openshift/enhancements keeps no generated index.
  index: null,
  indexTemplate: null,
  indexView: kepTableView,
  numbersFromOpenPullRequests: false,
  rules: RULES2,
  ownRules: OPENSHIFT_RULES,
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
  carries: { schema: schema_default3 },
  fromRepository: (files) => ({
    exclude: lintIgnores(files.read(LINT_IGNORES_FILE)),
    rules: { ...RULES2, "required-sections": { sections: requiredSections(files.read(TEMPLATE_FILE) ?? BUILTIN_TEMPLATE) } }
  }),
  author: { takesSig: true, create: async (context, request) => (await import("./chunks/newEnhancement-GNZIB7XN.js")).createEnhancement(context, request) },
  example: { ...OPENSHIFT_EXAMPLE_KEP, wrap: (yaml) => `---
${yaml}---

# Pod Overhead
`, language: "markdown" }
};

// src/presets/tekton/indexView.ts
import { posix as posix4 } from "node:path";

// src/presets/tekton/number.ts
import { posix as posix3 } from "node:path";
var FILE_NAME = /^([0-9]{4})-[^\n]*[^\n]md/;
function fileNumberOf(file) {
  const match = FILE_NAME.exec(posix3.basename(file));
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
    const tep = { link: posix4.basename(doc.file), ...fields, number: numberAsRead(doc).value };
    if (!pythonTruthy(tep["last-updated"])) tep["last-updated"] = tep["creation-date"] ?? null;
    tep.lastupdated = tep["last-updated"];
    return tep;
  });
  const keyed = teps.map((tep) => ({ tep, key: sortKey(tep.number) }));
  keyed.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return { teps: keyed.map(({ tep }) => tep) };
}

// src/presets/tekton/format.ts
var NUMBER_HEADING = /^# (TEP-[0-9]{4}): [^\n]*$/;
var SEPARATOR2 = "---";
function scanBody(text2) {
  const lines = text2.replace(/\r\n?/g, "\n").split("\n");
  const complete = (i) => i < lines.length - 1;
  let section = "";
  let closingLine;
  const numberHeadings = [];
  lines.forEach((line2, i) => {
    const separator = line2 === SEPARATOR2 && complete(i);
    if (separator && section === "") section = "header";
    else if (separator && section === "header") {
      section = "body";
      closingLine = i + 1;
    }
    if (section !== "body") return;
    const match = NUMBER_HEADING.exec(line2);
    if (match) numberHeadings.push({ line: i + 1, label: match[1], length: line2.length });
  });
  return closingLine === void 0 ? { numberHeadings } : { closingLine, numberHeadings };
}
function readTep(file, text2, options, bom) {
  const { metadata, problems } = readMarkdownMetadata(file, text2, options);
  return { metadata, problems, body: scanBody(bom ? `\uFEFF${text2}` : text2) };
}
var TEP_FORMAT = {
  name: "markdown+heading",
  markdown: true,
  read: readTep,
  textFile: (file) => file,
  edit: editMetadata
};

// src/presets/tekton/examples.ts
var EXAMPLE_TEP = {
  file: "teps/0042-pod-overhead.md",
  fields: ["title: Pod Overhead", "authors:", '  - "@janedoe"', "creation-date: 2024-01-15", "last-updated: 2024-01-15", "status: proposed"].join("\n"),
  heading: "# TEP-0042: Pod Overhead"
};
var TEP_43 = "---\ntitle: Pod Priority\n\u2026\n---\n\n# TEP-0043: Pod Priority\n";

// src/presets/tekton/rules/tep-file-name.ts
import { posix as posix5 } from "node:path";
var tepFileName = kepRule(
  {
    id: "tep-file-name",
    description: "A TEP file is named by its number: four digits, a hyphen, then the slug (0042-my-title.md), as teps.py validate requires of every file in teps/.",
    examples: {
      ok: { kep: "title: Pod Overhead" },
      notOk: { file: "teps/pod-overhead.md", kep: "title: Pod Overhead" }
    }
  },
  (doc) => {
    if (fileNumberOf(doc.file) !== void 0) return [];
    const name = posix5.basename(doc.file);
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
    description: `A TEP has one "# TEP-NNNN: Title" heading after its front matter, and its number is the file's, as teps.py validate requires.`,
    examples: {
      ok: { kep: "---\n\u2026\n---\n\n# TEP-0042: Pod Overhead\n" },
      notOk: { kep: "---\n\u2026\n---\n\n# TEP-0041: Pod Overhead\n" }
    }
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
    severity: "warning",
    examples: {
      ok: { file: "teps/0044-pod-overhead.md", after: "---\n\u2026\n---\n\n# TEP-0044: Pod Overhead\n", others: { "teps/0043-pod-priority.md": TEP_43 } },
      notOk: { file: "teps/0045-pod-overhead.md", after: "---\n\u2026\n---\n\n# TEP-0045: Pod Overhead\n", others: { "teps/0043-pod-priority.md": TEP_43 } }
    }
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
  let map2 = byNumberOf.get(repository);
  if (!map2) {
    map2 = /* @__PURE__ */ new Map();
    for (const doc of repository.documents) {
      const number = fileNumberOf(doc.file);
      if (number !== void 0) map2.set(number, [...map2.get(number) ?? [], doc]);
    }
    byNumberOf.set(repository, map2);
  }
  return map2;
}
var tepNumberUnique = kepRule(
  {
    id: "tep-number-unique",
    description: "No two TEPs share a number (teps.py validate means to check it, but its check never fires).",
    examples: {
      ok: { kep: "title: Pod Overhead", others: { "teps/0043-pod-priority.md": TEP_43 } },
      notOk: { kep: "title: Pod Overhead", others: { "teps/0042-pod-priority.md": TEP_43.replace("TEP-0043", "TEP-0042") } }
    }
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
    description: "The front matter has title, authors, creation-date and status, none of them empty (null), as teps.py validate requires.",
    examples: {
      ok: { kep: "status: proposed" },
      notOk: { kep: "status:" }
    }
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
function impossibleTimestamp(text2) {
  const match = TIMESTAMP.exec(text2);
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
      const text2 = metadata.source.slice(range[0], range[1]);
      if (/^['"|>!&*]/.test(text2)) continue;
      yield { text: text2, span: metadata.spanOf(range[0], range[1]) };
    }
  }
}
var tepYamlDate = kepRule(
  {
    id: "tep-yaml-date",
    description: "An unquoted date in the front matter is a real one: teps.py reads such values as dates, and an impossible date (2023-14-05) stops teps.py validate with an exception.",
    examples: {
      ok: { kep: "creation-date: 2024-02-29" },
      notOk: { kep: "creation-date: 2023-02-29" }
    }
  },
  (doc) => {
    if (!doc.metadata) return [];
    const reports = [];
    for (const { text: text2, span } of plainScalars(doc.metadata)) {
      const why = impossibleTimestamp(text2);
      if (why === void 0) continue;
      reports.push({
        span,
        message: `${text2} is not a real date (${why}); teps.py's YAML reader (ruamel.yaml) reads an unquoted yyyy-mm-dd as a date and fails on this one, which stops teps.py validate and teps.py table \u2014 write the real date`
      });
    }
    return reports;
  }
);

// src/presets/tekton/rules.ts
var TEKTON_RULES = [tepFileName, tepNumberHeading, tepRequiredFields, tepYamlDate, tepNumberUnique, tepNumberNext];

// src/presets/tekton/lifecycle.json
var lifecycle_default4 = {
  $schema: "../../../schemas/lifecycle.schema.json",
  name: "tekton",
  description: `TEP-0001's states ("TEP Workflow"): a TEP starts proposed, or implementable when it needs no more discussion ("it gets merged directly into implementable"); proposed moves to implementable, or to withdrawn when rejected; implementable to implemented; a TEP not worked on with open questions is deferred, and a deferred one can be picked up again (proposed, implementable) or closed (withdrawn, replaced); another TEP that covers its use cases replaces it. Decisions: an implementable TEP may also be deferred, withdrawn or replaced, and an implemented one replaced; withdrawn and replaced are final. teps.py checks none of this: status-transition is a warning in the tekton preset.`,
  states: ["proposed", "implementable", "implemented", "deferred", "withdrawn", "replaced"],
  initial: ["proposed", "implementable"],
  transitions: {
    proposed: ["implementable", "deferred", "withdrawn", "replaced"],
    implementable: ["implemented", "deferred", "withdrawn", "replaced"],
    implemented: ["replaced"],
    deferred: ["proposed", "implementable", "withdrawn", "replaced"],
    withdrawn: [],
    replaced: []
  },
  numbered: ["proposed", "implementable", "implemented", "deferred", "withdrawn", "replaced"],
  superseded: ["replaced"],
  inFlight: ["proposed", "implementable"]
};

// src/presets/tekton/schema.json
var schema_default4 = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/kep-validator/kep-validator/schemas/tekton.schema.json",
  title: "TEP metadata (Tekton)",
  description: 'The front matter of a Tekton Enhancement Proposal, as TEP-0001 "TEP Metadata" and teps/tools/tep-template.md.template define it. teps.py validate requires title, authors, creation-date and status to be present and not null: rule tep-required-fields reports that, as an error. Everything this schema checks beyond it is a warning of the tekton preset, so it lets those four be null and requires nothing. The status values are replaced at load time by the states of the selected lifecycle (null stays allowed).',
  type: "object",
  additionalProperties: false,
  properties: {
    title: {
      description: "The title in plain language; the file name carries its slug.",
      type: ["string", "null"],
      minLength: 1,
      pattern: "^[^\\n]*\\S[^\\n]*$",
      "x-allowed": "a one-line title in plain language",
      examples: ["Tekton Enhancement Proposal Process"]
    },
    status: {
      description: "The current state of the TEP.",
      type: ["string", "null"],
      enum: ["proposed", "implementable", "implemented", "deferred", "withdrawn", "replaced", null],
      examples: ["proposed"]
    },
    authors: {
      description: "The authors' GitHub handles, written with @ (teps.py new writes them so).",
      type: ["array", "null"],
      items: { $ref: "#/$defs/handle" },
      "x-allowed": 'a list of GitHub handles such as "@vdemeester"',
      examples: [["@vdemeester"]]
    },
    collaborators: {
      description: "Collaborators' GitHub handles, as authors (teps.py new writes the list).",
      type: ["array", "null"],
      items: { $ref: "#/$defs/handle" },
      "x-allowed": 'a list of GitHub handles such as "@vdemeester"',
      examples: [["@vdemeester"]]
    },
    "creation-date": { $ref: "#/$defs/date", description: "The date the TEP was first submitted in a PR.", examples: ["2020-03-10"] },
    "last-updated": { $ref: "#/$defs/date", description: "The date the TEP last changed significantly.", examples: ["2020-06-11"] },
    "see-also": { $ref: "#/$defs/tepRefs", description: "Other relevant TEPs.", examples: [["TEP-0001"]] },
    replaces: { $ref: "#/$defs/tepRefs", description: "TEPs this TEP replaces; they list it in superseded-by.", examples: [["TEP-0001"]] },
    "superseded-by": { $ref: "#/$defs/tepRefs", description: "TEPs that supersede this one; pairs with status replaced.", examples: [["TEP-0002"]] }
  },
  $defs: {
    handle: {
      type: "string",
      pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",
      "x-allowed": 'a GitHub handle with @, such as "@vdemeester"'
    },
    date: {
      type: ["string", "null"],
      format: "date",
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
      "x-allowed": "a real date as yyyy-mm-dd"
    },
    tepRefs: {
      type: ["array", "null"],
      uniqueItems: true,
      items: { type: "string", pattern: "^TEP-[0-9]{4}$", "x-allowed": "TEP-0042" },
      "x-allowed": "a list of TEP references such as TEP-0042"
    }
  }
};

// src/presets/tekton/preset.ts
var TEKTON_PRESET = {
  name: "tekton",
  description: "tektoncd/community: TEPs",
  recognisedBy: { include: ["teps/[0-9][0-9][0-9][0-9]-*.md"], exclude: [] },
  layout: {
    // teps.py takes every file directly in teps/ for a TEP, but these three (and what .gitignore ignores).
    include: ["teps/*"],
    exclude: ["teps/README.md", "teps/README.md.mustache", "teps/OWNERS", "teps/.*"]
  },
  format: TEP_FORMAT,
  schema: "tekton",
  lifecycle: "tekton",
  lifecycles: [{ name: "tekton", data: lifecycle_default4 }],
  index: "teps/README.md",
  indexTemplate: "teps/README.md.mustache",
  indexView: tepTableView,
  numbersFromOpenPullRequests: true,
  ownRules: TEKTON_RULES,
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
    // What a change may do, by the lifecycle; TEP numbers follow teps.py (tep-number-next), not KEP-1's.
    ...LIFECYCLE_CHANGE_RULES,
    "tep-number-next": true
  },
  prodReadiness: false,
  carries: { schema: schema_default4 },
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
  },
  author: {
    // A TEP has no SIG: teps.py new takes a title.
    takesSig: false,
    noSig: "a TEP has no SIG, stage or milestone",
    async create(context, request) {
      const { createTep } = await import("./chunks/newTep-LIL4ODZH.js");
      const created = await createTep(context, { title: request.title, authors: request.authors, status: request.status, today: request.today });
      return {
        ...created,
        files: [created.file],
        numberLabel: tepLabel(created.number),
        // teps.py new also counts the numbers open pull requests claim; the CLI asks no one (it has no token).
        notes: ["numbered after the TEPs of this checkout; an open pull request titled with this number may claim it too: the check of the pull request (the action) says so"]
      };
    }
  },
  example: { file: EXAMPLE_TEP.file, fields: EXAMPLE_TEP.fields, wrap: (yaml) => `---
${yaml}---

${EXAMPLE_TEP.heading}
`, language: "markdown" }
};

// src/presets/registry.ts
var REGISTERED = [KEP_0001, KUBERNETES, OPENSHIFT, TEKTON_PRESET];
for (const preset of REGISTERED) addRules(preset.ownRules ?? [], `preset ${preset.name}`);
var PRESETS = Object.fromEntries(REGISTERED.map((preset) => [preset.name, preset]));
var PRESET_NAMES = REGISTERED.map((preset) => preset.name);
var DEFAULT_PRESET = REGISTERED[0];
function presets() {
  return REGISTERED;
}
function presetNamed(name) {
  return Object.hasOwn(PRESETS, name) ? PRESETS[name] : void 0;
}
function builtinLifecycles() {
  return REGISTERED.flatMap((preset) => preset.lifecycles.map((lifecycle) => lifecycle.name));
}
var SHIPPED_LIFECYCLES = new Set(REGISTERED.flatMap((preset) => preset.lifecycles));
function isShippedLifecycle(lifecycle) {
  return SHIPPED_LIFECYCLES.has(lifecycle);
}
function builtinLifecycle(name) {
  for (const preset of REGISTERED) for (const lifecycle of preset.lifecycles) if (lifecycle.name === name) return lifecycle;
  return void 0;
}

// src/config/lifecycleOption.ts
import { resolve as resolve4 } from "node:path";
function isLifecycleFile(nameOrPath) {
  return /[/\\]|\.json$/.test(nameOrPath);
}
function resolveLifecycleOption(nameOrPath, from) {
  return nameOrPath === void 0 ? void 0 : isLifecycleFile(nameOrPath) ? resolve4(from, nameOrPath) : nameOrPath;
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
    const line2 = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line2;
    } else {
      retLines.push(line2);
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
      const current = diff[i], lines = current.lines || splitLines3(current.value);
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
        for (const line2 of lines) {
          curRange.push((current.added ? "+" : "-") + line2);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line2 of contextLines(lines)) {
              curRange.push(line2);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line2 of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line2);
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
    for (const line2 of hunk.lines) {
      ret.push(line2);
    }
  }
  return ret.join("\n") + "\n";
}
function splitLines3(text2) {
  const hasTrailingNl = text2.endsWith("\n");
  const result = text2.split("\n").map((line2) => line2 + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/indexFile/renderIndex.ts
import { posix as posix6 } from "node:path";

// src/core/plural.ts
function plural(count, word, many = `${word}s`) {
  return `${count} ${count === 1 ? word : many}`;
}

// src/indexFile/renderIndex.ts
var BEGIN_MARKER = "<!-- BEGIN KEP INDEX -->";
var END_MARKER = "<!-- END KEP INDEX -->";
function cell(text2) {
  return text2.replace(/\s+/g, " ").trim().replace(/([\\`*_[\]<>|])/g, "\\$1");
}
function link(from, to) {
  const path = posix6.relative(posix6.dirname(from), to) || to;
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
  const isBroken = (doc) => fieldsOf(doc) === void 0 || doc.readProblems.some((p) => isGraveReadProblem(p.rule));
  const readable = documents.filter((doc) => !isBroken(doc));
  const broken2 = documents.filter(isBroken);
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
    ...broken2.length > 0 ? [`| unreadable metadata | ${broken2.length} |`] : [],
    ""
  ];
  for (const sig of [...bySig.keys()].sort()) {
    lines.push(`## ${cell(sig)}`, "", "| KEP | Title | Status | Authors | Created | Updated |", "| ---: | --- | --- | --- | --- | --- |");
    for (const doc of bySig.get(sig).sort(compareKeps)) {
      const title = stringField(doc, "title") ?? doc.file;
      const created = stringField(doc, "creation-date") ?? "";
      const updated = stringField(doc, "last-updated") ?? "";
      lines.push(`| ${cell(numberLabel(doc))} | [${cell(title)}](${link(indexFile, doc.file)}) | ${cell(stringField(doc, "status") ?? "")} | ${authorsOf(doc)} | ${cell(created)} | ${cell(updated)} |`);
    }
    lines.push("");
  }
  if (broken2.length > 0) {
    lines.push("## KEPs with unreadable metadata", "", "These KEPs are listed by file: their metadata could not be read.", "", "| File | Problem |", "| --- | --- |");
    for (const doc of [...broken2].sort(compareKeps)) {
      const problem2 = doc.readProblems.find((p) => isGraveReadProblem(p.rule));
      lines.push(`| [${cell(doc.file)}](${link(indexFile, doc.file)}) | ${problem2 ? cell(`line ${problem2.span.line}: ${problem2.message}`) : ""} |`);
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

// src/indexFile/checkIndex.ts
var FIX_COMMAND = "kep-validator index --write";
function updateIndexFile(current, generated, fixCommand = FIX_COMMAND) {
  if (current === void 0) return { text: newIndexFile(generated) };
  const lines = splitLines2(current);
  const begins = lines.flatMap((line2, i) => line2.trim() === BEGIN_MARKER ? [i] : []);
  const ends = lines.flatMap((line2, i) => line2.trim() === END_MARKER ? [i] : []);
  if (begins.length === 0 && ends.length === 0) {
    return { text: newIndexFile(generated) };
  }
  if (begins.length !== 1 || ends.length !== 1 || ends[0] < begins[0]) {
    const line2 = (begins.length !== 1 ? begins[1] ?? ends[0] : ends.length !== 1 ? ends[1] ?? begins[0] : ends[0]) ?? 0;
    return {
      problem: {
        line: line2 + 1,
        message: `index markers are unusable: expected exactly one "${BEGIN_MARKER}" followed by one "${END_MARKER}", found ${begins.length} and ${ends.length}${ends.length === 1 && begins.length === 1 ? " in the wrong order" : ""}; fix the markers, then run ${fixCommand}`
      }
    };
  }
  const newline = current.includes("\r\n") ? "\r\n" : "\n";
  const before = lines.slice(0, begins[0] + 1);
  const after = lines.slice(ends[0]);
  const middle = splitLines2(generated);
  return { text: [...before, ...middle, ...after].join(newline) };
}
var MAX_DIFF_EDITS = 500;
function lineDiff2(file, actual, expected) {
  const a = actual === "" ? [] : splitLines2(actual);
  const b = splitLines2(expected);
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
  return { oldStart: a.length === 0 ? 0 : 1, oldLines: a.length, newStart: b.length === 0 ? 0 : 1, newLines: b.length, lines: [...a.map((line2) => `-${line2}`), ...b.map((line2) => `+${line2}`)] };
}
function rawLines(text2) {
  return text2.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}
function replacementEdit(current, expected) {
  const a = rawLines(current);
  const b = rawLines(expected);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const lastRemoved = a.length - suffix;
  const last = a[lastRemoved - 1];
  const end = lastRemoved === prefix ? { endLine: prefix + 1, endColumn: 1 } : /[\r\n]$/.test(last) ? { endLine: lastRemoved + 1, endColumn: 1 } : { endLine: lastRemoved, endColumn: last.length + 1 };
  return {
    span: { line: prefix + 1, column: 1, ...end },
    text: b.slice(prefix, b.length - suffix).join("").replace(/\r\n?/g, "\n")
  };
}
function checkIndex(file, current, generated, fixCommand = FIX_COMMAND, template) {
  const updated = template ? { text: generated } : updateIndexFile(current, generated, fixCommand);
  if (updated.problem) {
    const { line: line2, message: message2 } = updated.problem;
    return {
      file,
      state: "broken",
      expected: current ?? "",
      fixCommand,
      problem: problem(file, { line: line2, column: 1, endLine: line2, endColumn: 1 }, "index-stale", message2)
    };
  }
  const expected = updated.text;
  if (current === expected) return { file, state: "fresh", expected, fixCommand };
  if (current === void 0) {
    return {
      file,
      state: "missing",
      expected,
      fixCommand,
      diff: lineDiff2(file, "", expected).diff,
      problem: {
        ...problem(
          file,
          FILE_START,
          "index-stale",
          template ? `${file} is missing; it is generated from ${template.source} and the KEPs: run ${fixCommand} and commit it` : `${file} is missing; KEP-1 asks for an index of every KEP kept up to date: run ${fixCommand} and commit it`
        ),
        fix: { applicability: "safe", edits: [{ span: FILE_START, text: expected.replace(/\r\n?/g, "\n") }] }
      }
    };
  }
  const { diff, firstLine } = lineDiff2(file, current, expected);
  const found = splitLines2(current)[firstLine - 1];
  const wanted = splitLines2(expected)[firstLine - 1];
  return {
    file,
    state: "stale",
    expected,
    fixCommand,
    diff,
    problem: {
      ...problem(
        file,
        { line: firstLine, column: 1, endLine: firstLine, endColumn: (found ?? "").length + 1 },
        "index-stale",
        `${file} is out of date from line ${firstLine}: found ${found === void 0 ? "the end of the file" : JSON.stringify(found.slice(0, 120))}, the KEPs' metadata${template ? ` and ${template.source}` : ""} make${template ? "" : "s"} it ${wanted === void 0 ? "the end of the file" : JSON.stringify(wanted.slice(0, 120))}; run ${fixCommand} and commit the result`
      ),
      fix: { applicability: "safe", edits: [replacementEdit(current, expected)] }
    }
  };
}

// src/config/indexFixCommand.ts
function shellWord(word) {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}
var fromDir = (from, path) => relative2(from, path).split(sep2).join("/") || ".";
function indexFixCommand(settings, context) {
  const { from, config } = context;
  const words = [FIX_COMMAND];
  const foundConfig = CONFIG_FILES.map((name) => resolve5(from, name));
  if (config && !foundConfig.includes(config.file)) words.push("--config", fromDir(from, config.file));
  const cliRoot = config?.root ?? from;
  if (resolve5(settings.root) !== resolve5(cliRoot)) words.push("--root", fromDir(from, settings.root));
  if (settings.preset !== (config?.preset ?? settings.recognition?.preset ?? DEFAULT_PRESET.name)) words.push("--preset", settings.preset);
  const preset = presetNamed(settings.preset);
  const cliIndex = config?.index !== void 0 ? config.index : preset.index;
  if (settings.indexFile !== null && settings.indexFile !== cliIndex) words.push("--index", settings.indexFile);
  const cliTemplate = config?.indexTemplate !== void 0 ? config.indexTemplate : preset.indexTemplate;
  if (settings.indexFile !== null && settings.indexTemplate !== void 0 && settings.indexTemplate !== cliTemplate) words.push("--index-template", settings.indexTemplate ?? "none");
  if (context.lifecycle !== void 0) words.push("--lifecycle", isLifecycleFile(context.lifecycle) ? fromDir(from, context.lifecycle) : context.lifecycle);
  return words.map((word, i) => i === 0 ? word : shellWord(word)).join(" ");
}

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message2) {
  const cmd = new Command(command, properties, message2);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message2) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message2;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message2) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message2)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants as constants2, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve13) {
      resolve13(value);
    });
  }
  return new (P || (P = Promise))(function(resolve13, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve13(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants2.R_OK | constants2.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text2, addEOL = false) {
    this._buffer += text2;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code2, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code2), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell3) => {
        if (typeof cell3 === "string") {
          return this.wrap("td", cell3);
        }
        const { header, data, colspan, rowspan } = cell3;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text2, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text2);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text2, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text2, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text2, href) {
    const element = this.wrap("a", text2, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message2) {
  process.exitCode = ExitCode.Failure;
  error(message2);
}
function error(message2, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message2 instanceof Error ? message2.toString() : message2);
}
function warning(message2, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message2 instanceof Error ? message2.toString() : message2);
}
function notice(message2, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message2 instanceof Error ? message2.toString() : message2);
}
function info(message2) {
  process.stdout.write(message2 + os4.EOL);
}

// src/format/checkReport.ts
function checkReport(result) {
  const counts = { errors: 0, warnings: 0, preexisting: 0 };
  const countsByFile = /* @__PURE__ */ new Map();
  for (const d of result.diagnostics) {
    let file = countsByFile.get(d.file);
    if (!file) countsByFile.set(d.file, file = { errors: 0, warnings: 0, preexisting: 0 });
    const kind2 = d.preexisting ? "preexisting" : d.severity === "error" ? "errors" : "warnings";
    counts[kind2]++;
    file[kind2]++;
  }
  const { diagnostics, checked, keps, index, baselineFixed, checkedWith: checkedWith2 } = result;
  return { diagnostics, checked, keps, index, baselineFixed, checkedWith: checkedWith2, counts, countsByFile };
}
function sumCounts(counts) {
  const sum = { errors: 0, warnings: 0, preexisting: 0 };
  for (const c of counts) {
    sum.errors += c.errors;
    sum.warnings += c.warnings;
    sum.preexisting += c.preexisting;
  }
  return sum;
}
function filesWithProblems(report) {
  let files = 0;
  for (const c of report.countsByFile.values()) if (c.errors + c.warnings > 0) files++;
  return files;
}

// src/format/text.ts
var PREEXISTING_NOTE = {
  base: "already on the base: not counted",
  baseline: "in the baseline: not counted"
};
var UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var SHORT_ESCAPES = { "\n": "\\n", "\r": "\\r", "\b": "\\b", "\f": "\\f" };
function printable(text2) {
  return text2.replace(UNPRINTABLE, (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function formatText(report, { displayPath }) {
  const lines = report.diagnostics.map((d) => `${printable(displayPath(d.file))}:${d.line}:${d.column}  ${d.severity.padEnd(7)}  ${d.rule}  ${printable(d.message)}${d.preexisting ? ` (${PREEXISTING_NOTE[d.preexisting]})` : ""}`);
  const problems = [...lines, ...lines.length > 0 ? [""] : [], summaryLine(report), ""].join("\n");
  const index = report.index?.diff ? `
${report.index.diff}
Fix: ${report.index.fixCommand}
` : "";
  const baselineFixed = report.baselineFixed && report.baselineFixed.length > 0 ? formatBaselineFixed(report.baselineFixed, displayPath) : "";
  return problems + index + baselineFixed;
}
function summaryLine(report) {
  const { errors, warnings, preexisting } = report.counts;
  const checked = report.checked.length;
  const files = filesWithProblems(report);
  const before = preexisting === 0 ? "" : `; ${plural(preexisting, "problem")} from before not counted`;
  return errors + warnings === 0 ? `\u2713 ${plural(checked, "KEP")} checked, no problems${before ? ` of their own${before}` : ""}` : `\u2717 ${plural(errors, "error")}, ${plural(warnings, "warning")} in ${plural(files, "file")} (${plural(checked, "KEP")} checked${before})`;
}
function formatBaselineFixed(fixed, displayPath) {
  const lines = fixed.map((f) => `  ${displayPath(f.file)}  ${f.rule}  recorded ${f.recorded}, now ${f.now}`);
  return `
${plural(fixed.length, "baseline entry", "baseline entries")} recorded more problems than there are now; run kep-validator baseline --write to drop them:
${lines.join("\n")}
`;
}

// src/format/logLine.ts
function logLine(text2) {
  return printable(text2).replace(/^(\s*)::/, "$1\\u003a:").replace(/##\[/g, "#\\u0023[");
}

// src/format/workspaceRelative.ts
import { resolve as resolve6, sep as sep3 } from "node:path";
function workspaceRelative(message2, workspace = process.env.GITHUB_WORKSPACE) {
  if (!workspace) return message2;
  const root = resolve6(workspace);
  if (root === sep3) return message2;
  const pattern = new RegExp(`${root.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&")}(?:${sep3 === "/" ? "/" : "\\\\"}|(?![\\w.-]))`, "g");
  return message2.replace(pattern, (found) => found === root ? "." : "");
}

// src/format/workflowCommands.ts
var line = (message2) => logLine(workspaceRelative(message2));
function info2(message2) {
  info(line(message2));
}
function warning2(message2, properties = {}) {
  warning(line(message2), properties);
}
function error2(message2, properties = {}) {
  error(line(message2), properties);
}
function notice2(message2, properties = {}) {
  notice(line(message2), properties);
}
var ANNOTATE = { error, warning, notice };
function writeAnnotations(annotations) {
  for (const { level, message: message2, ...properties } of annotations) ANNOTATE[level](line(message2), properties);
}
function fail(message2) {
  setFailed(line(message2));
}
function setOutput2(name, value) {
  setOutput(name, value);
}

// src/tree/fileSystemTree.ts
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([".git", "node_modules"]);
var FileSystemTree = class {
  constructor(root) {
    this.root = root;
  }
  root;
  label = "the working tree";
  /** Folders known not to be links, so that each file's path is checked once per folder. */
  checkedFolders = /* @__PURE__ */ new Set();
  children(relative7) {
    try {
      return listFolder(this.root, relative7, this.checkedFolders);
    } catch (error3) {
      throw new LoadError(`cannot list the folder ${relative7 || "."} under ${this.root}: ${error3.message}`);
    }
  }
  list() {
    const entries = [];
    const walk = (relative7) => {
      const children = this.children(relative7);
      if (relative7 && children.some((child) => child.name === ".git")) {
        entries.push({ path: relative7, kind: "submodule" });
        return;
      }
      for (const entry of children) {
        const path = relative7 ? `${relative7}/${entry.name}` : entry.name;
        if (entry.kind === "folder") {
          if (SKIPPED_DIRECTORIES.has(entry.name.toLowerCase())) continue;
          this.checkedFolders.add(path);
          walk(path);
        } else if (entry.kind === "symlink") {
          entries.push({ path, kind: "symlink" });
        } else {
          entries.push({ path, kind: "file" });
        }
      }
    };
    walk("");
    return entries;
  }
  readHeads(paths, bytes, visit4) {
    const buffer = Buffer.allocUnsafe(bytes);
    for (const path of paths) {
      let length;
      try {
        length = readRegularFileHead(this.root, path, buffer, this.checkedFolders);
      } catch (error3) {
        visit4(path, error3);
        continue;
      }
      visit4(path, { head: buffer.subarray(0, length), complete: length < bytes });
    }
  }
  readFiles(paths) {
    const contents = /* @__PURE__ */ new Map();
    for (const path of paths) {
      try {
        contents.set(path, readRegularFile(this.root, path, this.checkedFolders));
      } catch (error3) {
        contents.set(path, error3);
      }
    }
    return contents;
  }
};

// src/git/git.ts
import { execFile, execFileSync } from "node:child_process";
var GitError = class extends Error {
};
var MAX_OUTPUT = 256 * 1024 * 1024;
function failed(cwd, args, stderr, error3) {
  return new GitError(`git ${args.join(" ")} failed in ${cwd}: ${stderr?.trim() || error3.message}`);
}
function git(cwd, args) {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", maxBuffer: MAX_OUTPUT, stdio: ["ignore", "pipe", "pipe"] });
  } catch (error3) {
    throw failed(cwd, args, error3.stderr, error3);
  }
}
function gitInBackground(cwd, args) {
  return new Promise((resolve13, reject) => {
    execFile("git", args, { cwd, encoding: "utf8", maxBuffer: MAX_OUTPUT }, (error3, stdout, stderr) => {
      if (error3) reject(failed(cwd, args, stderr, error3));
      else resolve13(stdout);
    }).stdin?.end();
  });
}
function workTreeRoot(dir) {
  try {
    return git(dir, ["rev-parse", "--show-toplevel"]).trim();
  } catch {
    return void 0;
  }
}

// src/tree/repositoryAround.ts
function repositoryAround(root) {
  const top = workTreeRoot(root);
  if (top === void 0) return void 0;
  try {
    const prefix = git(root, ["rev-parse", "--show-prefix"]).trim().replace(/\/$/, "");
    return { tree: new FileSystemTree(top), root: prefix };
  } catch {
    return void 0;
  }
}

// src/validate/baseline.ts
function baselined(rule) {
  return RULES.get(rule.split("/")[0])?.meta.neverBaselined !== true;
}
function errorsByFileAndRule(diagnostics) {
  const byFile = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    if (d.severity !== "error" || d.preexisting || !baselined(d.rule)) continue;
    let byRule = byFile.get(d.file);
    if (!byRule) byFile.set(d.file, byRule = /* @__PURE__ */ new Map());
    const list = byRule.get(d.rule);
    if (list) list.push(d);
    else byRule.set(d.rule, [d]);
  }
  return byFile;
}
function applyBaseline(diagnostics, baseline, inScope) {
  const byFile = errorsByFileAndRule(diagnostics);
  const known = /* @__PURE__ */ new Set();
  const fixed = [];
  for (const [file, rules] of Object.entries(baseline)) {
    if (!inScope(file)) continue;
    for (const [rule, { count }] of Object.entries(rules)) {
      if (!baselined(rule)) continue;
      const errors = byFile.get(file)?.get(rule) ?? [];
      if (errors.length <= count) for (const d of errors) known.add(d);
      if (errors.length < count) fixed.push({ file, rule, recorded: count, now: errors.length });
    }
  }
  return { diagnostics: diagnostics.map((d) => known.has(d) ? { ...d, preexisting: "baseline" } : d), fixed };
}

// node_modules/mustache/mustache.mjs
var objectToString = Object.prototype.toString;
var isArray = Array.isArray || function isArrayPolyfill(object) {
  return objectToString.call(object) === "[object Array]";
};
function isFunction(object) {
  return typeof object === "function";
}
function typeStr(obj) {
  return isArray(obj) ? "array" : typeof obj;
}
function escapeRegExp(string2) {
  return string2.replace(/[\-\[\]{}()*+?.,\\\^$|#\s]/g, "\\$&");
}
function hasProperty(obj, propName) {
  return obj != null && typeof obj === "object" && propName in obj;
}
function primitiveHasOwnProperty(primitive, propName) {
  return primitive != null && typeof primitive !== "object" && primitive.hasOwnProperty && primitive.hasOwnProperty(propName);
}
var regExpTest = RegExp.prototype.test;
function testRegExp(re, string2) {
  return regExpTest.call(re, string2);
}
var nonSpaceRe = /\S/;
function isWhitespace(string2) {
  return !testRegExp(nonSpaceRe, string2);
}
var entityMap = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "/": "&#x2F;",
  "`": "&#x60;",
  "=": "&#x3D;"
};
function escapeHtml(string2) {
  return String(string2).replace(/[&<>"'`=\/]/g, function fromEntityMap(s) {
    return entityMap[s];
  });
}
var whiteRe = /\s*/;
var spaceRe = /\s+/;
var equalsRe = /\s*=/;
var curlyRe = /\s*\}/;
var tagRe = /#|\^|\/|>|\{|&|=|!/;
function parseTemplate(template, tags) {
  if (!template)
    return [];
  var lineHasNonSpace = false;
  var sections2 = [];
  var tokens = [];
  var spaces = [];
  var hasTag = false;
  var nonSpace = false;
  var indentation = "";
  var tagIndex = 0;
  function stripSpace() {
    if (hasTag && !nonSpace) {
      while (spaces.length)
        delete tokens[spaces.pop()];
    } else {
      spaces = [];
    }
    hasTag = false;
    nonSpace = false;
  }
  var openingTagRe, closingTagRe, closingCurlyRe;
  function compileTags(tagsToCompile) {
    if (typeof tagsToCompile === "string")
      tagsToCompile = tagsToCompile.split(spaceRe, 2);
    if (!isArray(tagsToCompile) || tagsToCompile.length !== 2)
      throw new Error("Invalid tags: " + tagsToCompile);
    openingTagRe = new RegExp(escapeRegExp(tagsToCompile[0]) + "\\s*");
    closingTagRe = new RegExp("\\s*" + escapeRegExp(tagsToCompile[1]));
    closingCurlyRe = new RegExp("\\s*" + escapeRegExp("}" + tagsToCompile[1]));
  }
  compileTags(tags || mustache.tags);
  var scanner = new Scanner(template);
  var start, type, value, chr, token, openSection;
  while (!scanner.eos()) {
    start = scanner.pos;
    value = scanner.scanUntil(openingTagRe);
    if (value) {
      for (var i = 0, valueLength = value.length; i < valueLength; ++i) {
        chr = value.charAt(i);
        if (isWhitespace(chr)) {
          spaces.push(tokens.length);
          indentation += chr;
        } else {
          nonSpace = true;
          lineHasNonSpace = true;
          indentation += " ";
        }
        tokens.push(["text", chr, start, start + 1]);
        start += 1;
        if (chr === "\n") {
          stripSpace();
          indentation = "";
          tagIndex = 0;
          lineHasNonSpace = false;
        }
      }
    }
    if (!scanner.scan(openingTagRe))
      break;
    hasTag = true;
    type = scanner.scan(tagRe) || "name";
    scanner.scan(whiteRe);
    if (type === "=") {
      value = scanner.scanUntil(equalsRe);
      scanner.scan(equalsRe);
      scanner.scanUntil(closingTagRe);
    } else if (type === "{") {
      value = scanner.scanUntil(closingCurlyRe);
      scanner.scan(curlyRe);
      scanner.scanUntil(closingTagRe);
      type = "&";
    } else {
      value = scanner.scanUntil(closingTagRe);
    }
    if (!scanner.scan(closingTagRe))
      throw new Error("Unclosed tag at " + scanner.pos);
    if (type == ">") {
      token = [type, value, start, scanner.pos, indentation, tagIndex, lineHasNonSpace];
    } else {
      token = [type, value, start, scanner.pos];
    }
    tagIndex++;
    tokens.push(token);
    if (type === "#" || type === "^") {
      sections2.push(token);
    } else if (type === "/") {
      openSection = sections2.pop();
      if (!openSection)
        throw new Error('Unopened section "' + value + '" at ' + start);
      if (openSection[1] !== value)
        throw new Error('Unclosed section "' + openSection[1] + '" at ' + start);
    } else if (type === "name" || type === "{" || type === "&") {
      nonSpace = true;
    } else if (type === "=") {
      compileTags(value);
    }
  }
  stripSpace();
  openSection = sections2.pop();
  if (openSection)
    throw new Error('Unclosed section "' + openSection[1] + '" at ' + scanner.pos);
  return nestTokens(squashTokens(tokens));
}
function squashTokens(tokens) {
  var squashedTokens = [];
  var token, lastToken;
  for (var i = 0, numTokens = tokens.length; i < numTokens; ++i) {
    token = tokens[i];
    if (token) {
      if (token[0] === "text" && lastToken && lastToken[0] === "text") {
        lastToken[1] += token[1];
        lastToken[3] = token[3];
      } else {
        squashedTokens.push(token);
        lastToken = token;
      }
    }
  }
  return squashedTokens;
}
function nestTokens(tokens) {
  var nestedTokens = [];
  var collector = nestedTokens;
  var sections2 = [];
  var token, section;
  for (var i = 0, numTokens = tokens.length; i < numTokens; ++i) {
    token = tokens[i];
    switch (token[0]) {
      case "#":
      case "^":
        collector.push(token);
        sections2.push(token);
        collector = token[4] = [];
        break;
      case "/":
        section = sections2.pop();
        section[5] = token[2];
        collector = sections2.length > 0 ? sections2[sections2.length - 1][4] : nestedTokens;
        break;
      default:
        collector.push(token);
    }
  }
  return nestedTokens;
}
function Scanner(string2) {
  this.string = string2;
  this.tail = string2;
  this.pos = 0;
}
Scanner.prototype.eos = function eos() {
  return this.tail === "";
};
Scanner.prototype.scan = function scan(re) {
  var match = this.tail.match(re);
  if (!match || match.index !== 0)
    return "";
  var string2 = match[0];
  this.tail = this.tail.substring(string2.length);
  this.pos += string2.length;
  return string2;
};
Scanner.prototype.scanUntil = function scanUntil(re) {
  var index = this.tail.search(re), match;
  switch (index) {
    case -1:
      match = this.tail;
      this.tail = "";
      break;
    case 0:
      match = "";
      break;
    default:
      match = this.tail.substring(0, index);
      this.tail = this.tail.substring(index);
  }
  this.pos += match.length;
  return match;
};
function Context(view, parentContext) {
  this.view = view;
  this.cache = { ".": this.view };
  this.parent = parentContext;
}
Context.prototype.push = function push(view) {
  return new Context(view, this);
};
Context.prototype.lookup = function lookup(name) {
  var cache = this.cache;
  var value;
  if (cache.hasOwnProperty(name)) {
    value = cache[name];
  } else {
    var context = this, intermediateValue, names, index, lookupHit = false;
    while (context) {
      if (name.indexOf(".") > 0) {
        intermediateValue = context.view;
        names = name.split(".");
        index = 0;
        while (intermediateValue != null && index < names.length) {
          if (index === names.length - 1)
            lookupHit = hasProperty(intermediateValue, names[index]) || primitiveHasOwnProperty(intermediateValue, names[index]);
          intermediateValue = intermediateValue[names[index++]];
        }
      } else {
        intermediateValue = context.view[name];
        lookupHit = hasProperty(context.view, name);
      }
      if (lookupHit) {
        value = intermediateValue;
        break;
      }
      context = context.parent;
    }
    cache[name] = value;
  }
  if (isFunction(value))
    value = value.call(this.view);
  return value;
};
function Writer() {
  this.templateCache = {
    _cache: {},
    set: function set2(key, value) {
      this._cache[key] = value;
    },
    get: function get(key) {
      return this._cache[key];
    },
    clear: function clear() {
      this._cache = {};
    }
  };
}
Writer.prototype.clearCache = function clearCache() {
  if (typeof this.templateCache !== "undefined") {
    this.templateCache.clear();
  }
};
Writer.prototype.parse = function parse3(template, tags) {
  var cache = this.templateCache;
  var cacheKey = template + ":" + (tags || mustache.tags).join(":");
  var isCacheEnabled = typeof cache !== "undefined";
  var tokens = isCacheEnabled ? cache.get(cacheKey) : void 0;
  if (tokens == void 0) {
    tokens = parseTemplate(template, tags);
    isCacheEnabled && cache.set(cacheKey, tokens);
  }
  return tokens;
};
Writer.prototype.render = function render(template, view, partials, config) {
  var tags = this.getConfigTags(config);
  var tokens = this.parse(template, tags);
  var context = view instanceof Context ? view : new Context(view, void 0);
  return this.renderTokens(tokens, context, partials, template, config);
};
Writer.prototype.renderTokens = function renderTokens(tokens, context, partials, originalTemplate, config) {
  var buffer = "";
  var token, symbol, value;
  for (var i = 0, numTokens = tokens.length; i < numTokens; ++i) {
    value = void 0;
    token = tokens[i];
    symbol = token[0];
    if (symbol === "#") value = this.renderSection(token, context, partials, originalTemplate, config);
    else if (symbol === "^") value = this.renderInverted(token, context, partials, originalTemplate, config);
    else if (symbol === ">") value = this.renderPartial(token, context, partials, config);
    else if (symbol === "&") value = this.unescapedValue(token, context);
    else if (symbol === "name") value = this.escapedValue(token, context, config);
    else if (symbol === "text") value = this.rawValue(token);
    if (value !== void 0)
      buffer += value;
  }
  return buffer;
};
Writer.prototype.renderSection = function renderSection(token, context, partials, originalTemplate, config) {
  var self = this;
  var buffer = "";
  var value = context.lookup(token[1]);
  function subRender(template) {
    return self.render(template, context, partials, config);
  }
  if (!value) return;
  if (isArray(value)) {
    for (var j = 0, valueLength = value.length; j < valueLength; ++j) {
      buffer += this.renderTokens(token[4], context.push(value[j]), partials, originalTemplate, config);
    }
  } else if (typeof value === "object" || typeof value === "string" || typeof value === "number") {
    buffer += this.renderTokens(token[4], context.push(value), partials, originalTemplate, config);
  } else if (isFunction(value)) {
    if (typeof originalTemplate !== "string")
      throw new Error("Cannot use higher-order sections without the original template");
    value = value.call(context.view, originalTemplate.slice(token[3], token[5]), subRender);
    if (value != null)
      buffer += value;
  } else {
    buffer += this.renderTokens(token[4], context, partials, originalTemplate, config);
  }
  return buffer;
};
Writer.prototype.renderInverted = function renderInverted(token, context, partials, originalTemplate, config) {
  var value = context.lookup(token[1]);
  if (!value || isArray(value) && value.length === 0)
    return this.renderTokens(token[4], context, partials, originalTemplate, config);
};
Writer.prototype.indentPartial = function indentPartial(partial, indentation, lineHasNonSpace) {
  var filteredIndentation = indentation.replace(/[^ \t]/g, "");
  var partialByNl = partial.split("\n");
  for (var i = 0; i < partialByNl.length; i++) {
    if (partialByNl[i].length && (i > 0 || !lineHasNonSpace)) {
      partialByNl[i] = filteredIndentation + partialByNl[i];
    }
  }
  return partialByNl.join("\n");
};
Writer.prototype.renderPartial = function renderPartial(token, context, partials, config) {
  if (!partials) return;
  var tags = this.getConfigTags(config);
  var value = isFunction(partials) ? partials(token[1]) : partials[token[1]];
  if (value != null) {
    var lineHasNonSpace = token[6];
    var tagIndex = token[5];
    var indentation = token[4];
    var indentedValue = value;
    if (tagIndex == 0 && indentation) {
      indentedValue = this.indentPartial(value, indentation, lineHasNonSpace);
    }
    var tokens = this.parse(indentedValue, tags);
    return this.renderTokens(tokens, context, partials, indentedValue, config);
  }
};
Writer.prototype.unescapedValue = function unescapedValue(token, context) {
  var value = context.lookup(token[1]);
  if (value != null)
    return value;
};
Writer.prototype.escapedValue = function escapedValue(token, context, config) {
  var escape = this.getConfigEscape(config) || mustache.escape;
  var value = context.lookup(token[1]);
  if (value != null)
    return typeof value === "number" && escape === mustache.escape ? String(value) : escape(value);
};
Writer.prototype.rawValue = function rawValue(token) {
  return token[1];
};
Writer.prototype.getConfigTags = function getConfigTags(config) {
  if (isArray(config)) {
    return config;
  } else if (config && typeof config === "object") {
    return config.tags;
  } else {
    return void 0;
  }
};
Writer.prototype.getConfigEscape = function getConfigEscape(config) {
  if (config && typeof config === "object" && !isArray(config)) {
    return config.escape;
  } else {
    return void 0;
  }
};
var mustache = {
  name: "mustache.js",
  version: "4.2.0",
  tags: ["{{", "}}"],
  clearCache: void 0,
  escape: void 0,
  parse: void 0,
  render: void 0,
  Scanner: void 0,
  Context: void 0,
  Writer: void 0,
  /**
   * Allows a user to override the default caching strategy, by providing an
   * object with set, get and clear methods. This can also be used to disable
   * the cache by setting it to the literal `undefined`.
   */
  set templateCache(cache) {
    defaultWriter.templateCache = cache;
  },
  /**
   * Gets the default or overridden caching object from the default writer.
   */
  get templateCache() {
    return defaultWriter.templateCache;
  }
};
var defaultWriter = new Writer();
mustache.clearCache = function clearCache2() {
  return defaultWriter.clearCache();
};
mustache.parse = function parse4(template, tags) {
  return defaultWriter.parse(template, tags);
};
mustache.render = function render2(template, view, partials, config) {
  if (typeof template !== "string") {
    throw new TypeError('Invalid template! Template should be a "string" but "' + typeStr(template) + '" was given as the first argument for mustache#render(template, view, partials)');
  }
  return defaultWriter.render(template, view, partials, config);
};
mustache.escape = escapeHtml;
mustache.Scanner = Scanner;
mustache.Context = Context;
mustache.Writer = Writer;
var mustache_default = mustache;

// src/indexFile/renderTemplate.ts
function pythonRepr(value) {
  if (typeof value === "string") {
    const quote2 = value.includes("'") && !value.includes('"') ? '"' : "'";
    const body = value.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t");
    return quote2 + (quote2 === "'" ? body.replace(/'/g, "\\'") : body) + quote2;
  }
  if (value === null || value === void 0) return "None";
  return pythonStr(value);
}
function pythonStr(value) {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "True" : "False";
  if (value === null || value === void 0) return "None";
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(", ")}]`;
  if (typeof value === "object") {
    return `{${Object.entries(value).map(([key, item]) => `${pythonRepr(key)}: ${pythonRepr(item)}`).join(", ")}}`;
  }
  return String(value);
}
function escapeTemplateValue(value) {
  const empty = value === null || value === void 0 || value === "" || Array.isArray(value) && value.length === 0 || typeof value === "object" && value !== null && Object.keys(value).length === 0;
  if (empty) return "";
  return pythonStr(value).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function renderTemplate(template, view) {
  return mustache_default.render(template, view, {}, { escape: escapeTemplateValue });
}

// src/indexFile/indexOfRepository.ts
function isMissing(error3) {
  return error3.code === "ENOENT" || /is not in /.test(error3.message);
}
function broken(file, message2, fixCommand) {
  return { file, state: "broken", expected: "", fixCommand: fixCommand ?? FIX_COMMAND, problem: problem(file, FILE_START, "index-stale", message2) };
}
function fromTemplate(template, tree, documents, settings) {
  const content = tree.readFiles([template]).get(template);
  if (content === void 0 || !Buffer.isBuffer(content)) {
    const reason = content === void 0 || isMissing(content) ? "it does not exist" : content.message;
    return { error: `the index template ${template} cannot be read (${reason}); ${settings.indexFile} is generated from it \u2014 restore it, or set index-template to another file (none: the built-in index)` };
  }
  try {
    return { text: renderTemplate(content.toString("utf8"), settings.indexView(documents, settings.indexFile)) };
  } catch (error3) {
    return { error: `the index template ${template} cannot be rendered: ${error3.message}; fix the template (mustache)` };
  }
}
function indexOfRepository(settings, tree, documents, fixCommand) {
  const { indexFile, indexTemplate } = settings;
  const content = tree.readFiles([indexFile]).get(indexFile);
  if (content !== void 0 && !Buffer.isBuffer(content) && !isMissing(content)) {
    return broken(indexFile, content.code === "ENOTREG" ? `${content.message}; the index must be a file` : `${indexFile} cannot be read: ${content.message}`, fixCommand);
  }
  const current = Buffer.isBuffer(content) ? content.toString("utf8") : void 0;
  if (indexTemplate === null) return checkIndex(indexFile, current, renderIndex(documents, indexFile, settings.lifecycle), fixCommand);
  const rendered = fromTemplate(indexTemplate, tree, documents, settings);
  if ("error" in rendered) return broken(indexFile, rendered.error, fixCommand);
  return checkIndex(indexFile, current, rendered.text, fixCommand, { whole: true, source: indexTemplate });
}

// src/rules/context.ts
function sharedContext(settings, run2) {
  return {
    ...run2,
    lifecycle: settings.lifecycle,
    schema: settings.schema,
    knownSigs: settings.knownSigs,
    release: settings.release,
    prodReadiness: run2.prodReadiness ?? (settings.prodReadiness ? /* @__PURE__ */ new Map() : void 0)
  };
}
function ruleContext(shared, selection, id, options) {
  const selected = selection[id];
  return { ...shared, options: options ?? (selected === true ? void 0 : selected) };
}

// src/parse/readText.ts
function rangeContains(metadata, range, line2, column) {
  const span = metadata.spanOf(range[0], range[1]);
  const afterStart = line2 > span.line || line2 === span.line && column >= span.column;
  const beforeEnd = line2 < span.endLine || line2 === span.endLine && column <= span.endColumn;
  return afterStart && beforeEnd;
}
function standsOnReadText(metadata, span) {
  const { block } = metadata;
  if (span.line < block.line || span.line > block.endLine) return true;
  if (span.line === block.line && span.column === block.column && span.endLine === block.endLine && span.endColumn === block.endColumn) return false;
  for (const position of metadata.positions.values()) {
    if (position.value !== void 0 && rangeContains(metadata, position.value, span.line, span.column)) return true;
    if (position.key !== void 0 && rangeContains(metadata, position.key, span.line, span.column)) return true;
  }
  return false;
}

// src/rules/runRules.ts
function isUnparsed(problem2) {
  return Object.hasOwn(READ_PROBLEMS, problem2.rule) && isGraveReadProblem(problem2.rule);
}
function ruleRuns(meta, policy) {
  return meta.topics === true || policy.severityOf(meta.id, "warning") !== "off";
}
var RuleRunner = class {
  constructor(selection, policy, shared) {
    this.policy = policy;
    this.shared = shared;
    for (const id of Object.keys(selection)) {
      const rule = RULES.get(id);
      if (!rule) throw new Error(`internal error: a preset selects the unknown rule "${id}"`);
      if (!ruleRuns(rule.meta, policy)) continue;
      const context = ruleContext(shared, selection, id);
      if (rule.subject === "kep") this.kepRules.push({ rule, context });
      else if (rule.subject === "change") this.changeRules.push({ rule, context });
    }
  }
  policy;
  shared;
  kepRules = [];
  changeRules = [];
  /** Files that do not parse: the repository's KEPs that did not, and files of problems stamped so far that did not. */
  unparsed;
  /** By a changed KEP's head file: the fields whose change a change rule rejected (status-transition: status). */
  rejected = /* @__PURE__ */ new Map();
  /**
   * Everything about one KEP: what reading it found, then every KEP rule (when it has metadata
   * to check). A finding that follows from a field whose change was rejected (checkChange, run
   * first for a changed KEP) is dropped: it is that rejection's consequence. In a file whose
   * metadata is in doubt (a YAML error the parser read past), a finding stands only on text that
   * was read — a key or value, the file beyond the metadata: the read error is what to fix, never
   * the missing fields that follow from it.
   */
  checkKep(doc) {
    const diagnostics = this.stampProblems(doc.readProblems);
    const { metadata } = doc;
    if (!metadata) return diagnostics;
    const rejected = this.rejected.get(doc.file);
    const inDoubt = doc.readProblems.some(isUnparsed);
    for (const { rule, context } of this.kepRules) {
      const reports = withoutConsequences(rule.check(doc, context), rejected);
      this.stampAll(rule.meta, inDoubt ? reports.filter((report) => report.file !== void 0 && report.file !== doc.file || standsOnReadText(metadata, report.span)) : reports, doc.file, diagnostics);
    }
    return diagnostics;
  }
  /**
   * Everything about what a change does to one KEP. The fields whose change a rule rejects
   * (its meta's `rejects`, where it reports at a severity that is not off) are remembered for
   * checkKep; the change's other findings that follow from them are dropped here.
   */
  checkChange(change) {
    const reported = this.changeRules.map(({ rule, context }) => ({ meta: rule.meta, reports: rule.check(change, context) }));
    const rejected = new Set(reported.filter(({ meta, reports }) => meta.rejects !== void 0 && reports.some((report) => this.reported(meta, report))).map(({ meta }) => meta.rejects));
    if (change.after && rejected.size > 0) this.rejected.set(change.after.file, rejected);
    const diagnostics = [];
    for (const { meta, reports } of reported) this.stampAll(meta, withoutConsequences(reports, rejected), change.change.path, diagnostics);
    return diagnostics;
  }
  /** Whether a report is shown at all: its severity is not off. */
  reported(meta, report) {
    return this.policy.severityOf(report.topic === void 0 ? meta.id : `${meta.id}/${report.topic}`, meta.severity, report.relaxed) !== "off";
  }
  /** Problems a stage of the run found (reading, the index, approval files), stamped as reports are. */
  stampProblems(problems) {
    const diagnostics = [];
    for (const problem2 of problems) if (isUnparsed(problem2)) this.unparsedFiles().add(problem2.file);
    for (const problem2 of problems) {
      const rule = RULES.get(problem2.rule);
      if (!rule) throw new Error(`internal error: a problem names the unknown rule "${problem2.rule}"`);
      this.stampAll(rule.meta, [problem2], problem2.file, diagnostics);
    }
    return diagnostics;
  }
  unparsedFiles() {
    this.unparsed ??= new Set(this.shared.repository.documents.filter((doc) => doc.readProblems.some(isUnparsed)).map((doc) => doc.file));
    return this.unparsed;
  }
  /** Whether a fix may edit its files: each of them parses. */
  editable(fix, file) {
    const unparsed = this.unparsedFiles();
    return fix.edits.every((edit2) => !unparsed.has(edit2.file ?? file));
  }
  stampAll(meta, reports, file, into) {
    for (const report of reports) {
      const rule = report.topic === void 0 ? meta.id : `${meta.id}/${report.topic}`;
      const severity = this.policy.severityOf(rule, meta.severity, report.relaxed);
      if (severity === "off") continue;
      const { span } = report;
      const diagnostic = {
        file: report.file ?? file,
        line: span.line,
        column: span.column,
        endLine: span.endLine,
        endColumn: span.endColumn,
        severity,
        rule,
        message: report.message
      };
      if (report.expected && report.expected.length > 0) diagnostic.expected = [...report.expected];
      const fix = report.fix;
      if (fix && fix.edits.length > 0 && meta.fixable?.includes(fix.applicability) && this.editable(fix, diagnostic.file)) {
        diagnostic.fix = { applicability: fix.applicability, edits: fix.edits.map((edit2) => ({ ...edit2, file: edit2.file ?? diagnostic.file })) };
      }
      into.push(diagnostic);
    }
  }
};
function withoutConsequences(reports, rejected) {
  if (!rejected || rejected.size === 0) return reports;
  return reports.filter((report) => !report.dependsOn?.some((field) => rejected.has(field)));
}

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

// src/core/change.ts
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
    const kind2 = GIT_KINDS[status[0]];
    if (kind2 === "renamed" || kind2 === "copied") {
      const previousPath = fields[i++];
      changes.push({ kind: kind2, path: fields[i++], previousPath });
    } else {
      const path = fields[i++];
      changes.push({ kind: kind2 ?? "modified", path });
    }
  }
  return changes;
}
function changePaths(change) {
  return change.previousPath === void 0 ? [change.path] : [change.path, change.previousPath];
}
function basePath(change) {
  if (change.kind === "added" || change.kind === "copied") return void 0;
  return change.previousPath ?? change.path;
}
function headPath(change) {
  return change.kind === "deleted" ? void 0 : change.path;
}

// src/parse/utf8.ts
import { isUtf8 } from "node:buffer";
function firstInvalidUtf8(bytes, cut = false) {
  if (isUtf8(bytes)) return void 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const length = b < 128 ? 1 : b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    if (length === 0) return i;
    if (i + length > bytes.length) return cut && continuesToEnd(bytes, i) ? void 0 : i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      const low = k > 1 ? 128 : b === 224 ? 160 : b === 240 ? 144 : 128;
      const high = k > 1 ? 191 : b === 237 ? 159 : b === 244 ? 143 : 191;
      if (c < low || c > high) return i;
    }
    i += length;
  }
  return void 0;
}
function continuesToEnd(bytes, start) {
  for (let i = start + 1; i < bytes.length; i++) if (bytes[i] < 128 || bytes[i] > 191) return false;
  return true;
}
function positionOfByte(bytes, offset) {
  let line2 = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) {
    line2++;
    lineStart = i + 1;
  }
  return { line: line2, column: bytes.subarray(lineStart, offset).toString("utf8").length + 1 };
}

// src/parse/outline.ts
function outlineOf(text2) {
  const outline = [];
  splitLines2(text2).forEach((line2, index) => {
    if (line2.startsWith("#")) outline.push({ line: index + 1, text: line2 });
  });
  return outline;
}

// src/read/readKep.ts
var BINARY_PROBE = 8e3;
var HEAD_BYTES = 16 * 1024;
var startsWithBom = (bytes) => bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
function encodingProblems(file, bytes, cut) {
  const offset = firstInvalidUtf8(bytes, cut);
  if (offset === void 0) return [];
  const { line: line2, column } = positionOfByte(bytes, offset);
  const shown = [...bytes.subarray(offset, offset + 4)].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`).join(" ");
  return [problem(file, { line: line2, column, endLine: line2, endColumn: column + 1 }, "file-encoding", `line ${line2} has bytes that are not UTF-8 (${shown}\u2026 at column ${column}); they are read as U+FFFD (\uFFFD) \u2014 save the file as UTF-8`)];
}
function withProblems(doc, problems) {
  return problems.length === 0 ? doc : { ...doc, readProblems: [...doc.readProblems, ...problems] };
}
function readKepText(file, bytes, format, options, text2 = decode(bytes)) {
  const { metadata, problems, body } = format.read(file, text2, options, startsWithBom(bytes));
  return body === void 0 ? { file, metadata, readProblems: problems } : { file, metadata, readProblems: problems, body };
}
async function readKep(file, content, format = MARKDOWN, options = {}) {
  if (format.markdown && Buffer.isBuffer(content) && !markdownParserLoaded() && needsMarkdownParser(content)) await loadMarkdownParser();
  return guarded(file, () => readKepUnguarded(file, content, format, options));
}
function guarded(file, read) {
  try {
    return read();
  } catch (error3) {
    return failedRead(file, error3);
  }
}
function failedRead(file, error3) {
  return {
    file,
    readProblems: [problem(file, FILE_START, "file-unreadable", `kep-validator could not read this file (${error3.message}); please report it`)]
  };
}
function readKepUnguarded(file, content, format, options) {
  if (!Buffer.isBuffer(content)) {
    return { file, readProblems: [problem(file, FILE_START, "file-unreadable", `cannot read this file: ${content.message}`)] };
  }
  if (content.subarray(0, BINARY_PROBE).includes(0)) {
    return { file, readProblems: [problem(file, FILE_START, "file-unreadable", "this file holds binary data (a NUL byte), not markdown; a KEP must be a UTF-8 text file")] };
  }
  if (content.length > HEAD_BYTES && !options.outline) {
    const fromHead = readKepHead(file, { head: content.subarray(0, HEAD_BYTES), complete: false }, format, options);
    if (fromHead) return fromHead;
  }
  const text2 = decode(content);
  const doc = withProblems(readKepText(file, content, format, options, text2), encodingProblems(file, content, false));
  return options.outline ? { ...doc, outline: outlineOf(text2) } : doc;
}
function readKepHead(file, content, format = MARKDOWN, options = {}) {
  try {
    return readKepHeadUnguarded(file, content, format, options);
  } catch (error3) {
    return failedRead(file, error3);
  }
}
function readKepHeadUnguarded(file, { head, complete }, format, options) {
  if (head.subarray(0, BINARY_PROBE).includes(0)) {
    return { file, readProblems: [problem(file, FILE_START, "file-unreadable", "this file holds binary data (a NUL byte), not markdown; a KEP must be a UTF-8 text file")] };
  }
  const doc = readKepHeadDecoded(file, { head, complete }, format, options);
  return doc && withProblems(doc, encodingProblems(file, head, !complete));
}
function readKepHeadDecoded(file, { head, complete }, format, options) {
  if (format.readHead) {
    const fromHead = format.readHead(file, head, complete, options);
    return fromHead && { file, metadata: fromHead.metadata, readProblems: fromHead.problems };
  }
  if (!complete || format.markdown && !markdownParserLoaded() && needsMarkdownParser(head)) return void 0;
  return readKepText(file, head, format, options);
}
var KEP_HEAD_BYTES = HEAD_BYTES;

// src/readme/headings.ts
function escapeHtml2(text2) {
  return text2.replace(/[&<>"]/g, (c) => c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;");
}
var BARE_URL = /(?<![A-Za-z])(?:https?:\/\/|ftp:\/\/|file:\/\/|mailto:)[^\s<]+/gi;
var CLOSERS = { ")": "(", "]": "[", "}": "{", '"': '"', "'": "'" };
function urlEnd(text2, start, url) {
  if (/[.,]$/.test(url)) url = url.slice(0, -1);
  if (url.endsWith(";") && !/&[a-z]{2,5};$/.test(url)) url = url.slice(0, -1);
  const last = url.at(-1);
  const open2 = CLOSERS[last];
  if (open2 !== void 0) {
    let depth = 1;
    const line2 = text2.slice(0, start + url.length - 1);
    for (let i = line2.length - 1; i >= 0 && line2[i] !== "\n" && depth !== 0; i--) {
      if (line2[i] === last) depth++;
      if (line2[i] === open2) depth--;
    }
    if (depth === 0) url = url.slice(0, -1);
  }
  return url;
}
function renderText(text2, inLink) {
  if (inLink) return escapeHtml2(text2);
  let html = "";
  let from = 0;
  for (const match of text2.matchAll(BARE_URL)) {
    if (match.index < from) continue;
    const url = urlEnd(text2, match.index, match[0]);
    html += `${escapeHtml2(text2.slice(from, match.index))}<a href="${escapeHtml2(url)}">${escapeHtml2(url)}</a>`;
    from = match.index + url.length;
  }
  return html + escapeHtml2(text2.slice(from));
}
function codeText(walk, node) {
  const raw = walk.source.slice(node.position.start.offset, node.position.end.offset);
  const fence = /^`+/.exec(raw)[0].length;
  return raw.slice(fence, raw.length - fence).replace(/^ +| +$/g, "");
}
function render3(walk, nodes, inLink = false) {
  let html = "";
  let text2 = "";
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        html += renderText(node.value, inLink);
        text2 += node.value;
        break;
      case "inlineCode": {
        const code2 = codeText(walk, node);
        html += `<code>${escapeHtml2(code2)}</code>`;
        text2 += code2;
        break;
      }
      case "emphasis":
      case "strong":
      case "delete": {
        const tag = node.type === "emphasis" ? "em" : node.type === "strong" ? "strong" : "del";
        const inner = render3(walk, node.children, inLink);
        html += `<${tag}>${inner.html}</${tag}>`;
        text2 += inner.text;
        break;
      }
      case "link":
      case "linkReference": {
        const target = node.type === "link" ? node : walk.definitions.get(node.identifier);
        const inner = render3(walk, node.children, true);
        if (!target) {
          html += inner.html;
        } else {
          const title = target.title ? ` title="${escapeHtml2(target.title)}"` : "";
          html += `<a href="${escapeHtml2(target.url)}"${title}>${inner.html}</a>`;
        }
        text2 += inner.text;
        break;
      }
      case "image":
      case "imageReference": {
        const target = node.type === "image" ? node : walk.definitions.get(node.identifier);
        const alt = node.alt ?? "";
        const title = target?.title ? `" title="${escapeHtml2(target.title)}` : "";
        html += `<img src="${escapeHtml2(target?.url ?? "")}" alt="${escapeHtml2(alt)}${title}" />`;
        text2 += alt;
        break;
      }
      case "html":
        html += node.value;
        break;
      case "break":
        html += "<br>\n";
        break;
      default:
        break;
    }
  }
  return { html, text: text2 };
}
function gomarkdownContent(walk, heading) {
  const last = heading.children.at(-1);
  if (last?.type !== "text") return heading.children;
  const source = walk.source.slice(heading.position.start.offset, heading.position.end.offset);
  if (!source.startsWith("#") || source.includes("\n")) return heading.children;
  let value = last.value.replace(/[ \t]*\{#[^}]*\}$/, "");
  if (/[^\\]#+[ \t]*$/.test(source.replace(/[ \t]*\{#[^}]*\}[ \t]*$/, ""))) value = value.replace(/#+$/, "").replace(/[ \t]+$/, "");
  return value === last.value ? heading.children : [...heading.children.slice(0, -1), { ...last, value }];
}
function spanOf(walk, node) {
  const { start, end } = node.position;
  const lines = walk.origin.line - 1;
  return { line: start.line + lines, column: start.column, endLine: end.line + lines, endColumn: end.column };
}
function unclosedFence(walk, node) {
  const raw = walk.source.slice(node.position.start.offset, node.position.end.offset);
  const open2 = /^[ \t]*(`{3,}|~{3,})/.exec(raw);
  if (!open2) return void 0;
  const lines = raw.split("\n");
  const last = lines.at(-1).trim();
  const closing = new RegExp(`^\\${open2[1][0]}{${open2[1].length},}$`);
  if (lines.length > 1 && closing.test(last)) return void 0;
  const firstBreak = raw.indexOf("\n");
  return firstBreak === -1 ? void 0 : node.position.start.offset + firstBreak + 1;
}
function visit3(walk, parent, inTightItem) {
  parent.children.forEach((node, index) => {
    if (node.type === "heading") {
      if (parent.type === "root" && node.position.start.column !== 1) return;
      if (inTightItem) return;
      const { html, text: text2 } = render3(walk, gomarkdownContent(walk, node));
      const next = parent.children[index + 1];
      const note = next?.type === "html" && next.value.startsWith("<!--") ? next.value : void 0;
      walk.headings.push({ depth: node.depth, text: text2, html: html.trim(), span: spanOf(walk, node), ...note === void 0 ? {} : { note } });
      return;
    }
    if (node.type === "code" && parent.type === "root") {
      const rest = unclosedFence(walk, node);
      if (rest !== void 0) visitText(walk.parser, walk.source.slice(rest), { line: walk.origin.line + node.position.start.line }, walk.headings);
      return;
    }
    if (node.type === "list") {
      let blocks = false;
      node.children.forEach((item, i) => {
        const next = node.children[i + 1];
        const blankAfter = next !== void 0 && next.position.start.line > item.position.end.line + 1;
        blocks ||= item.spread === true || blankAfter || item.children.some((child, j) => j > 0 && child.type === "heading");
        visit3(walk, item, !blocks);
      });
      return;
    }
    if ("children" in node) visit3(walk, node, inTightItem);
  });
}
function definitionsOf(root) {
  const definitions = /* @__PURE__ */ new Map();
  const collect = (parent) => {
    for (const node of parent.children) {
      if (node.type === "definition" && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
      else if ("children" in node) collect(node);
    }
  };
  collect(root);
  return definitions;
}
function visitText(parser, source, origin, headings) {
  const root = parser.parse(source);
  visit3({ source, parser, origin, definitions: definitionsOf(root), headings }, root, false);
}
function markdownHeadings(parser, text2, from = 0) {
  const headings = [];
  const line2 = from === 0 ? 1 : text2.slice(0, from).split("\n").length;
  visitText(parser, text2.slice(from), { line: line2 }, headings);
  return headings;
}

// src/readme/plainHeadings.ts
var ATX = /^(#{1,6})(?:([ \t])(.*?))?[ \t]*$/;
var FENCE = /^([ \t]*)(`{3,}|~{3,})(.*)$/;
var NESTED_HEADING = /^[ \t]*(?:(?:>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)[ \t]*)+#{1,6}(?:[ \t]|$)/;
var SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
var DEFINITION = /^ {0,3}\[(?:[^\]\\]|\\.)+\]:[ \t]*\S+(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/;
var DEFINITION_START = /^ {0,3}\[(?:[^\]\\]|\\.)+\]:/;
var MARKUP = /[`*[\]<\\]|(?:^|[^A-Za-z0-9])_|_(?:$|[^A-Za-z0-9])|~~|&#?\w+;|\$[^$]*\$|\{#|#$|https?:|ftp:|file:|mailto:/i;
function escapeHtml3(text2) {
  return /[&<>"]/.test(text2) ? text2.replace(/[&<>"]/g, (c) => c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;") : text2;
}
var MAY_MATTER = /^[^A-Za-z(]/;
var MAY_MATTER_LINE = /\n[ \t]*[^A-Za-z( \t]/g;
var BACKTICK_LINE = /\n[ \t]*`/g;
var TILDE_LINE = /\n[ \t]*~/g;
var MARKUP_BUT_BRACKETS = /[`*<\\]|(?:^|[^A-Za-z0-9])_|_(?:$|[^A-Za-z0-9])|~~|&#?\w+;|\$[^$]*\$|\{#|#$|(?<![A-Za-z])(?:https?:|ftp:|file:|mailto:)/i;
var TEXT_BRACKETS = /(?<!!)\[[^[\]]*\](?![([:])/g;
function labelKey(label) {
  return label.trim().replace(/\s+/g, " ").toLowerCase();
}
function isPlainText(part, labels, loneStars) {
  if (part.includes("`")) return false;
  if (!labels) return !MARKUP.test(part);
  let named = false;
  const rest = part.replace(TEXT_BRACKETS, (label) => {
    if (labels.has(labelKey(label.slice(1, -1)))) named = true;
    return label.slice(1, -1);
  });
  return !named && !rest.includes("[") && !rest.includes("]") && !MARKUP_BUT_BRACKETS.test(loneStars ? part.replace(/\*+/, "") : part);
}
function renderCode(content, labels) {
  const parts = content.split(/`([^`]+)`/);
  const loneStars = parts.filter((_, i) => i % 2 === 0).reduce((runs, part) => runs + (part.match(/\*+/g)?.length ?? 0), 0) === 1;
  let text2 = "";
  let html = "";
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (i % 2 === 0) {
      if (!isPlainText(part, labels, loneStars)) return void 0;
      text2 += part;
      html += escapeHtml3(part);
    } else {
      const code2 = part.replace(/^ +| +$/g, "");
      if (code2 === "") return void 0;
      text2 += code2;
      html += `<code>${escapeHtml3(code2)}</code>`;
    }
  }
  return { text: text2, html };
}
var SPACE = 32;
var TAB = 9;
function scan2(text2, from) {
  const result = { headings: [], definitions: [], unsureDefinition: false, unsure: false };
  let counted = 0;
  let number = 1;
  const lineAt = (offset) => {
    for (let i = text2.indexOf("\n", counted); i !== -1 && i < offset; i = text2.indexOf("\n", i + 1)) number++;
    counted = offset;
    return number;
  };
  let fence;
  let inComment = false;
  let inHtml = false;
  let afterText = false;
  let afterDefinition = false;
  for (let start = from; start <= text2.length; ) {
    let end = text2.indexOf("\n", start);
    if (end === -1) end = text2.length;
    const lineStart = start;
    start = end + 1;
    let first = lineStart;
    while (first < end && (text2.charCodeAt(first) === SPACE || text2.charCodeAt(first) === TAB)) first++;
    const indent = first - lineStart;
    const c = text2[first];
    if (fence) {
      if (c !== fence.marker[0]) {
        const closing = fence.marker[0] === "`" ? BACKTICK_LINE : TILDE_LINE;
        closing.lastIndex = end;
        const next = closing.exec(text2);
        start = next ? next.index + 1 : text2.length + 1;
        continue;
      }
      const close = FENCE.exec(text2.slice(lineStart, end));
      if (close && close[2].length >= fence.marker.length && close[3].trim() === "") {
        if (close[1].length < fence.indent) result.unsure = true;
        fence = void 0;
      }
      continue;
    }
    if (inComment) {
      const close = text2.indexOf("-->", lineStart);
      if (close === -1) break;
      const closeEnd = text2.indexOf("\n", close);
      start = closeEnd === -1 ? text2.length + 1 : closeEnd + 1;
      inComment = false;
      continue;
    }
    if (first === end) {
      inHtml = afterText = afterDefinition = false;
      continue;
    }
    if (!MAY_MATTER.test(c)) {
      afterText = true;
      afterDefinition = false;
      MAY_MATTER_LINE.lastIndex = end;
      const next = MAY_MATTER_LINE.exec(text2);
      start = next ? next.index + 1 : text2.length + 1;
      continue;
    }
    const line2 = text2.slice(lineStart, end);
    if (c === "`" || c === "~") {
      const open2 = FENCE.exec(line2);
      if (open2) {
        if (c === "`" && open2[3].includes("`")) {
          result.unsure = afterText = true;
          continue;
        }
        fence = { indent: open2[1].length, marker: open2[2], rest: start };
        afterText = afterDefinition = false;
        continue;
      }
    } else if (c === "<" && indent <= 3) {
      if (line2.startsWith("<!--", indent)) {
        inComment = !line2.slice(indent + 4).includes("-->");
        afterText = afterDefinition = false;
        continue;
      }
      inHtml = true;
    } else if (c === "#") {
      const heading = indent === 0 ? ATX.exec(line2) : null;
      if (heading) {
        if (heading[2] === "	" || inHtml) result.unsure = true;
        const depth = heading[1].length;
        const content = (heading[3] ?? "").replace(/(?:^|[ \t]+)#+$/, "").trim();
        const rendered = MARKUP.test(heading[3] ?? "") ? renderCode(content) : { text: content, html: escapeHtml3(content) };
        const number2 = lineAt(lineStart);
        if (rendered) result.headings.push({ depth, ...rendered, span: { line: number2, column: 1, endLine: number2, endColumn: line2.length + 1 } });
        else result.headings.push({ depth, line: number2, source: line2 });
        afterText = afterDefinition = false;
        continue;
      }
      if (indent > 0 && /^#{1,6}(?:[ \t]|$)/.test(line2.slice(indent))) result.unsure = true;
    } else if (c === ">" || c === "-" || c === "*" || c === "+" || c >= "0" && c <= "9") {
      if (NESTED_HEADING.test(line2)) result.unsure = true;
    }
    if (afterText && (c === "=" || c === "-") && SETEXT_UNDERLINE.test(line2)) result.unsure = true;
    if (c === "[" && DEFINITION_START.test(line2)) {
      if (afterText && !afterDefinition || !DEFINITION.test(line2)) result.unsureDefinition = true;
      else result.definitions.push(line2.trim());
      afterDefinition = true;
    } else {
      afterDefinition = false;
    }
    afterText = true;
  }
  if (!fence) return result;
  const rest = scan2(text2, Math.min(fence.rest, text2.length));
  if (!rest) return void 0;
  return { headings: [...result.headings, ...rest.headings], definitions: [...result.definitions, ...rest.definitions], unsureDefinition: result.unsureDefinition || rest.unsureDefinition, unsure: true };
}
function definedLabels(scanned, text2, from) {
  if (scanned.unsureDefinition) return void 0;
  let colons = 0;
  for (let i = text2.indexOf("]:", from); i !== -1; i = text2.indexOf("]:", i + 2)) colons++;
  if (colons !== scanned.definitions.length) return void 0;
  return new Set(scanned.definitions.map((definition) => labelKey(DEFINITION_START.exec(definition)[0].replace(/^ *\[|\]:$/g, ""))));
}
function plainHeadings(parser, text2, from = 0) {
  const scanned = scan2(text2, from);
  if (!scanned) return void 0;
  const labels = definedLabels(scanned, text2, from);
  if (labels) {
    scanned.headings = scanned.headings.map((heading) => {
      if (!("source" in heading)) return heading;
      const match = ATX.exec(heading.source);
      const rendered = renderCode((match[3] ?? "").replace(/(?:^|[ \t]+)#+$/, "").trim(), labels);
      return rendered ? { depth: heading.depth, ...rendered, span: { line: heading.line, column: 1, endLine: heading.line, endColumn: heading.source.length + 1 } } : heading;
    });
  }
  const marked2 = scanned.headings.filter((heading) => "source" in heading);
  const sure = !scanned.unsure && !(scanned.unsureDefinition && marked2.some((heading) => heading.source.includes("[")));
  if (marked2.length === 0) return { headings: scanned.headings, sure };
  const parsed = markdownHeadings(parser, [...marked2.map((heading) => heading.source), scanned.definitions.join("\n")].join("\n\n"));
  if (parsed.length !== marked2.length || parsed.some((heading, i) => heading.depth !== marked2[i].depth)) return void 0;
  let next = 0;
  const headings = scanned.headings.map((heading) => {
    if (!("source" in heading)) return heading;
    const read = parsed[next++];
    return { ...read, span: { ...read.span, line: heading.line, endLine: heading.line } };
  });
  return { headings, sure };
}

// src/readme/readmes.ts
function readmePathOf(format, kepFile) {
  return format.textFile(kepFile);
}
var Readme = class {
  constructor(file, text2, error3, trustGuesses = false) {
    this.file = file;
    this.text = text2;
    this.error = error3;
    this.trustGuesses = trustGuesses;
  }
  file;
  text;
  error;
  trustGuesses;
  headingsFromStart;
  /** The headings are the parse's (with notes), not the line scan's. */
  parsed = false;
  tocStates = /* @__PURE__ */ new Map();
  /**
   * Every heading, as markdownHeadings reads them: by the line scan where it is sure of the
   * document (it then reads as the parse does), else by one remark parse; kept. With notes (the
   * HTML comment under each heading, the template's instructions), always by the parse.
   */
  headings(options = {}) {
    if (this.text === void 0) return [];
    if (!this.headingsFromStart) {
      const plain = options.notes ? void 0 : plainHeadings(markdownParser(), this.text);
      this.headingsFromStart = plain?.sure ? plain.headings : markdownHeadings(markdownParser(), this.text);
      this.parsed = !plain?.sure;
    }
    if (options.notes && !this.parsed) {
      this.headingsFromStart = markdownHeadings(markdownParser(), this.text);
      this.parsed = true;
    }
    return this.headingsFromStart;
  }
  /**
   * The table of contents compared with mdtoc's: the headings after the end marker are read
   * line by line where the document's blocks are plain, by remark otherwise (where the line
   * scan guessed, unless guesses are trusted and the table agrees with the guess) — and by
   * remark whenever the table is not fresh, so that a stale table and its fix are a parse's.
   */
  toc(maxDepth) {
    if (this.text === void 0) return void 0;
    const known = this.tocStates.get(maxDepth);
    if (known) return known;
    const text2 = this.text;
    const markers = findMarkers(text2);
    const { end } = markers;
    let state;
    const plain = end === -1 ? { headings: [], sure: true } : plainHeadings(markdownParser(), text2, end);
    if (plain && (plain.sure || this.trustGuesses)) state = checkToc(text2, plain.headings, maxDepth, markers);
    if (!state || state.state === "stale") state = checkToc(text2, end === -1 ? [] : markdownHeadings(markdownParser(), text2, end), maxDepth, markers);
    this.tocStates.set(maxDepth, state);
    return state;
  }
};
function decode2(content) {
  const text2 = content.toString("utf8");
  const unmarked = text2.charCodeAt(0) === 65279 ? text2.slice(1) : text2;
  return unmarked.includes("\r") ? unmarked.replace(/\r\n?/g, "\n") : unmarked;
}
var ReadmeReader = class {
  constructor(tree, format, trustGuesses = false) {
    this.tree = tree;
    this.format = format;
    this.trustGuesses = trustGuesses;
  }
  tree;
  format;
  trustGuesses;
  ruleFiles = /* @__PURE__ */ new Map();
  /** The READMEs of a change's KEPs, read up front in one go and kept: rules at the head and at the base ask for each. */
  kept = /* @__PURE__ */ new Map();
  readmeOf(doc) {
    const file = readmePathOf(this.format, doc.file);
    return this.kept.get(file) ?? this.read(file);
  }
  /**
   * Reads the READMEs of `docs` at once and keeps them: one read of a commit (one git process)
   * instead of one for each README every time a rule asks. For the few KEPs of a change only.
   */
  keep(docs) {
    const files = [...new Set(docs.map((doc) => readmePathOf(this.format, doc.file)))].filter((file) => !this.kept.has(file));
    for (const [file, content] of this.tree.readFiles(files)) this.kept.set(file, this.readme(file, content));
  }
  ruleFile(file) {
    let readme = this.ruleFiles.get(file);
    if (!readme) this.ruleFiles.set(file, readme = this.read(file));
    return readme;
  }
  read(file) {
    return this.readme(file, this.tree.readFiles([file]).get(file));
  }
  readme(file, content) {
    return Buffer.isBuffer(content) ? new Readme(file, decode2(content), void 0, this.trustGuesses) : new Readme(file, void 0, content.message);
  }
};
function readmeSources(format, head, base, changed = { head: [], base: [] }) {
  const headReader = new ReadmeReader(head, format, base === void 0);
  const baseReader = base && new ReadmeReader(base, format);
  headReader.keep(changed.head);
  baseReader?.keep(changed.base);
  const rules = baseReader ?? headReader;
  const ruleFile = (path) => rules.ruleFile(path);
  return {
    head: { readmeOf: (doc) => headReader.readmeOf(doc), ...baseReader ? { baseReadmeOf: (doc) => baseReader.readmeOf(doc) } : {}, ruleFile },
    ...baseReader ? { base: { readmeOf: (doc) => baseReader.readmeOf(doc), ruleFile } } : {}
  };
}

// src/validate/readmeChanges.ts
function readmeOnlyChanges(format, changes, keps, isKep, atHead) {
  const metadataFileOf = format.metadataFileOf;
  if (metadataFileOf === void 0) return [];
  const changed = new Set(keps.flatMap(changePaths));
  const added = /* @__PURE__ */ new Set();
  for (const change of changes) {
    for (const path of changePaths(change)) {
      const kep = metadataFileOf(path);
      if (kep !== void 0 && isKep(kep) && !changed.has(kep) && atHead(kep)) added.add(kep);
    }
  }
  return [...added].sort().map((path) => ({ kind: "modified", path }));
}
function readmeFilesOfChanges(settings, changes) {
  if (!Object.keys(settings.rules).some((id) => RULES.get(id)?.meta.readsReadme === true)) return { base: [], head: [] };
  const isKep = isKepPath(settings.layout);
  const readmeOf = (path) => {
    if (isKep(path)) return readmePathOf(settings.format, path);
    const kep = settings.format.metadataFileOf?.(path);
    return kep !== void 0 && isKep(kep) ? path : void 0;
  };
  const base = /* @__PURE__ */ new Set();
  const head = /* @__PURE__ */ new Set();
  for (const change of changes) {
    const before = basePath(change);
    const after = headPath(change);
    const beforeReadme = before === void 0 ? void 0 : readmeOf(before);
    const afterReadme = after === void 0 ? void 0 : readmeOf(after);
    if (beforeReadme !== void 0) base.add(beforeReadme);
    if (afterReadme !== void 0) head.add(afterReadme);
    if (before !== void 0 && !isKep(before) && beforeReadme !== void 0) base.add(settings.format.metadataFileOf(before));
  }
  for (const [id, options] of Object.entries(settings.rules)) {
    if (RULES.get(id)?.meta.readsReadme !== true || options === true) continue;
    for (const value of Object.values(options)) if (typeof value === "string") base.add(value);
  }
  return { base: [...base].sort(), head: [...head].sort() };
}

// src/validate/changes.ts
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
    result.push({ change: { kind: "renamed", path: partner.change.path, previousPath: change.change.path }, before: change.before, after: partner.after, baseError: change.baseError });
  }
  return [...changes.filter((change) => !paired.has(change)), ...result].sort((a, b) => a.change.path < b.change.path ? -1 : 1);
}
async function readKepChanges(settings, head, changes, base) {
  const isKep = isKepPath(settings.layout);
  const relevant = changes.filter((change) => isKep(change.path) || change.previousPath !== void 0 && isKep(change.previousPath)).map((change) => {
    if (change.previousPath === void 0) return change;
    if (!isKep(change.path)) return { kind: "deleted", path: change.previousPath };
    if (!isKep(change.previousPath)) return { kind: "added", path: change.path };
    return change;
  });
  const headDocuments = new Map(head.documents.map((doc) => [doc.file, doc]));
  relevant.push(...readmeOnlyChanges(settings.format, changes, relevant, isKep, (path) => headDocuments.has(path)));
  const baseContents = base.readFiles(relevant.map(basePath).filter((path) => path !== void 0));
  const kepChanges = [];
  for (const change of relevant) {
    const before = basePath(change);
    const after = headPath(change);
    const content = before === void 0 ? void 0 : baseContents.get(before);
    const kepChange = {
      change,
      before: before === void 0 ? void 0 : await readKep(before, content, settings.format, { outline: settings.outline }),
      after: after === void 0 ? void 0 : headDocuments.get(after)
    };
    if (before !== void 0 && content !== void 0 && !Buffer.isBuffer(content)) kepChange.baseError = { path: before, message: content.message };
    kepChanges.push(kepChange);
  }
  return pairMovedKeps(kepChanges);
}
function summarizeChange({ change, before, after }) {
  const summary2 = { file: change.path, kind: change.kind };
  if (change.previousPath !== void 0) summary2.previousFile = change.previousPath;
  const from = before && stringField(before, "status");
  const to = after && stringField(after, "status");
  if (from !== void 0) summary2.from = from;
  if (to !== void 0) summary2.to = to;
  return summary2;
}

// src/read/prodReadiness.ts
var PRR_FILE = /^keps\/prod-readiness\/[^/]+\/[^/]+\.ya?ml$/;
function isProdReadinessPath(path) {
  return PRR_FILE.test(path);
}
function approversWithoutAt(data) {
  const found = [];
  if (typeof data !== "object" || data === null) return found;
  for (const [stage, approval] of Object.entries(data)) {
    const approver = approval?.approver;
    if (typeof approver === "string" && GITHUB_HANDLE.test(approver)) found.push({ stage, approver });
  }
  return found;
}
function readProdReadiness(tree, entries) {
  const paths = entries.filter((entry) => entry.kind === "file" && PRR_FILE.test(entry.path)).map((entry) => entry.path);
  const approvals = /* @__PURE__ */ new Map();
  const files = [];
  const problems = [];
  for (const [path, content] of tree.readFiles(paths)) {
    if (!Buffer.isBuffer(content)) {
      problems.push(problem(path, FILE_START, "file-unreadable", `cannot read this production readiness approval: ${content.message}`));
      continue;
    }
    const read = readYamlFile(path, content.toString("utf8"), { keepPositions: (data) => approversWithoutAt(data).length > 0 });
    problems.push(...read.problems);
    if (!read.metadata) continue;
    approvals.set(path, read.metadata.data);
    files.push({ path, metadata: read.metadata });
  }
  return { approvals, files, problems };
}

// src/validate/prodReadinessSchema.ts
var RULE2 = "prod-readiness-schema";
async function prodReadinessSchemaProblems(files) {
  if (files.length === 0) return [];
  const schema5 = schemaFromPrecompiled(await loadPrecompiledProdReadiness());
  const problems = [];
  for (const { path, metadata } of files) {
    for (const report of schemaReports(metadata, schema5)) problems.push({ ...report, file: path, rule: RULE2 });
    const data = metadata.data;
    for (const { stage, approver } of approversWithoutAt(data)) {
      const fix = fixOf("safe", replaceScalar(metadata, [stage, "approver"], `@${approver}`));
      problems.push({ file: path, rule: "handle-at", span: spanAt(metadata, [stage, "approver"]), message: handleAtMessage(`${stage}.approver`, approver), expected: [`@${approver}`], ...fix ? { fix } : {} });
    }
    const number = data["kep-number"];
    const fileNumber = /\/(\d+)\.ya?ml$/.exec(path)?.[1];
    if (fileNumber !== void 0 && (typeof number === "number" || typeof number === "string") && String(number) !== fileNumber) {
      problems.push({
        file: path,
        rule: RULE2,
        topic: "kep-number",
        span: FILE_START,
        message: `this approval is ${fileNumber}.yaml but says kep-number ${String(number)}; the file name is the KEP's number \u2014 make them agree`,
        expected: [fileNumber]
      });
    }
  }
  return problems;
}

// src/validate/check.ts
function newFilesOf(keps) {
  return new Set(keps.filter(({ change }) => change.kind === "added" || change.kind === "copied" || change.kind === "renamed").map(({ change }) => change.path));
}
async function check(run2) {
  const { settings, request, repository, change, inScope } = run2;
  const newFiles = change && newFilesOf(change.keps);
  const bases = new Map((change?.keps ?? []).flatMap(({ before, after }) => before && after ? [[after, before]] : []));
  const shared = sharedContext(settings, {
    readmes: run2.readmes?.head,
    newFiles,
    repository: repository.index,
    openPullRequests: request.openPullRequests,
    schemaValid: repository.schemaValid,
    schemaErrors: repository.schemaErrors,
    prodReadiness: repository.prodReadiness?.approvals,
    today: request.today,
    dataFiles: change?.dataFiles?.head ?? repository.dataFiles,
    baseOf: bases.size > 0 ? (doc) => bases.get(doc) : void 0
  });
  const runner = new RuleRunner(settings.rules, severityPolicyOf(settings.severity), shared);
  const checked = { keps: [], approvals: [], changes: [], index: [], others: [], files: [] };
  const changeDiagnostics = change ? change.keps.flatMap((kepChange) => runner.checkChange(kepChange)) : [];
  for (const doc of repository.documents) {
    if (!inScope(doc.file)) continue;
    checked.files.push(doc.file);
    checked.keps.push({ doc, diagnostics: runner.checkKep(doc) });
  }
  const notFiles = [];
  const kinds = [
    { paths: repository.symlinks, rule: "file-symlink", message: "this KEP is a symbolic link; links are never followed (they could point outside the repository): replace it with the file itself" },
    { paths: repository.submodules, rule: "file-submodule", message: "this KEP is a git submodule (a gitlink, mode 160000), not a file: it has no metadata to read; replace it with the file itself" }
  ];
  for (const { paths, rule, message: message2 } of kinds) {
    for (const path of paths) {
      if (!inScope(path)) continue;
      checked.files.push(path);
      notFiles.push(problem(path, FILE_START, rule, message2));
    }
  }
  if (repository.prodReadiness) {
    const { files, problems } = repository.prodReadiness;
    const approvalInScope = (file) => inScope(file) || change?.approvals?.files.has(file) === true;
    checked.approvals = runner.stampProblems([...problems.filter((p) => approvalInScope(p.file)), ...await prodReadinessSchemaProblems(files.filter(({ path }) => approvalInScope(path)))]);
  }
  if (change) {
    checked.changes.push(...changeDiagnostics);
    for (const kepChange of change.keps) if (kepChange.change.kind === "deleted") checked.files.push(kepChange.change.path);
  }
  if (settings.indexFile !== null && (change || (request.paths ?? []).length === 0)) {
    checked.indexCheck = indexOfRepository({ ...settings, indexFile: settings.indexFile }, repository.tree, repository.documents, request.indexFixCommand);
    if (checked.indexCheck.problem) checked.index = runner.stampProblems([checked.indexCheck.problem]);
  }
  checked.others = runner.stampProblems(notFiles);
  if (change) checked.others.push(...runner.stampProblems(request.proposedRules ?? []));
  return checked;
}
function kepSummaries(run2) {
  return run2.change?.keps.map(summarizeChange);
}

// src/core/repositoryIndex.ts
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
  /**
   * The number the next KEP gets: one past the highest in use, since numbers are sequential and
   * dense. A number only `except` has is not in use (the KEP being numbered does not block itself);
   * a number another KEP shares with it is.
   */
  nextFree(except) {
    const used = this.numbers().filter((n) => this.withNumber(n).some((doc) => doc !== except));
    return (used.at(-1) ?? 0) + 1;
  }
};

// src/validate/introduced.ts
var SEPARATOR3 = "\0";
function valueAt(data, segments) {
  let value = data;
  for (const segment of segments) value = typeof value === "object" && value !== null ? value[segment] : void 0;
  return value;
}
function locate(metadata, d) {
  let best;
  for (const [key, position] of metadata.positions) {
    const segments = pathOfKey(key);
    if (best && segments.length <= best.depth) continue;
    const onValue = position.value !== void 0 && rangeContains(metadata, position.value, d.line, d.column);
    if (!onValue && !(position.key && rangeContains(metadata, position.key, d.line, d.column))) continue;
    const value = !onValue ? void 0 : position.scalar ? canonicalScalar(metadata.source.slice(position.value[0], position.value[1])) : canonicalData(valueAt(metadata.data, segments));
    const path = segments.map((segment) => /^\d+$/.test(segment) ? "[]" : segment);
    if (!onValue) {
      let item = segments.length - 1;
      while (item >= 0 && !/^\d+$/.test(segments[item])) item--;
      if (item >= 0) path[item] = `[${canonicalData(valueAt(metadata.data, segments.slice(0, item + 1)))}]`;
    }
    best = { depth: segments.length, path: path.join("."), value };
  }
  return best;
}
function masked(d) {
  return d.message.replace(/\d+/g, "#");
}
function fingerprint(d, doc) {
  const place = doc.metadata && d.file === doc.file ? locate(doc.metadata, d) : void 0;
  const what = !place ? `${SEPARATOR3}${masked(d)}` : place.value === void 0 ? `${place.path}${SEPARATOR3}key${SEPARATOR3}${masked(d)}` : `${place.path}${SEPARATOR3}${place.value}`;
  return `${d.rule}${SEPARATOR3}${what}`;
}
function problemsOnBase(head, after, base, before, readmes) {
  const keyOf = (d, doc, readme) => d.file === doc.file ? `${d.severity}${SEPARATOR3}${fingerprint(d, doc)}` : readme !== void 0 && d.file === readme ? `readme${SEPARATOR3}${d.severity}${SEPARATOR3}${fingerprint(d, doc)}` : void 0;
  const onBase = /* @__PURE__ */ new Map();
  for (const d of base) {
    const key = keyOf(d, before, readmes?.before);
    if (key !== void 0) onBase.set(key, (onBase.get(key) ?? 0) + 1);
  }
  const had = /* @__PURE__ */ new Set();
  for (const d of head) {
    const key = keyOf(d, after, readmes?.after);
    if (key === void 0) continue;
    const left = onBase.get(key) ?? 0;
    if (left === 0) continue;
    onBase.set(key, left - 1);
    had.add(d);
  }
  return had;
}
function indexLines(diff) {
  const lines = /* @__PURE__ */ new Map();
  for (const line2 of (diff ?? "").split("\n")) {
    if (!/^[+-]/.test(line2) || line2.startsWith("+++") || line2.startsWith("---")) continue;
    lines.set(line2, (lines.get(line2) ?? 0) + 1);
  }
  return lines;
}
function indexStaleOnBase(head, base) {
  if (base.state === "fresh") return false;
  if (head.state !== base.state) return false;
  if (head.state === "broken" || head.state === "missing") return true;
  const before = indexLines(base.diff);
  for (const [line2, count] of indexLines(head.diff)) if ((before.get(line2) ?? 0) < count) return false;
  return true;
}

// src/validate/touchedLines.ts
var TouchedLines = class _TouchedLines {
  constructor(lines) {
    this.lines = lines;
  }
  lines;
  /** The lines of `after` that are not in `before` (jsdiff's line diff); undefined when either version cannot be read. */
  static between(base, basePath2, head, headPath2) {
    const before = base.readFiles([basePath2]).get(basePath2);
    const after = head.readFiles([headPath2]).get(headPath2);
    if (!Buffer.isBuffer(before) || !Buffer.isBuffer(after)) return void 0;
    const touched = /* @__PURE__ */ new Set();
    let line2 = 1;
    for (const part of diffLines(before.toString("utf8"), after.toString("utf8"))) {
      if (part.removed) continue;
      const count = part.count ?? 0;
      if (part.added) for (let n = 0; n < count; n++) touched.add(line2 + n);
      line2 += count;
    }
    return new _TouchedLines(touched);
  }
  /** Whether the change wrote any line of a span. */
  touches(span) {
    const last = span.endLine > span.line && span.endColumn === 1 ? span.endLine - 1 : Math.max(span.line, span.endLine);
    for (let line2 = span.line; line2 <= last; line2++) if (this.lines.has(line2)) return true;
    return false;
  }
};

// src/validate/onBase.ts
function isReadError(rule) {
  return Object.hasOwn(READ_PROBLEMS, rule) && isGraveReadProblem(rule);
}
function readWhole(doc) {
  return doc.metadata !== void 0 && !doc.readProblems.some((p) => isReadError(p.rule));
}
function sameMetadata(before, after) {
  return before.metadata !== void 0 && after.metadata !== void 0 && before.metadata.source === after.metadata.source;
}
function sameBytes(base, basePath2, head, headPath2) {
  const before = base.readFiles([basePath2]).get(basePath2);
  const after = head.readFiles([headPath2]).get(headPath2);
  return Buffer.isBuffer(before) && Buffer.isBuffer(after) && before.equals(after);
}
function baseIndex(head, kepChanges) {
  const replaced = /* @__PURE__ */ new Map();
  for (const { change } of kepChanges) {
    const headFile = headPath(change);
    if (headFile !== void 0) replaced.set(headFile, void 0);
  }
  for (const { before } of kepChanges) if (before) replaced.set(before.file, before);
  const documents = head.documents.filter((doc) => !replaced.has(doc.file));
  for (const doc of replaced.values()) if (doc) documents.push(doc);
  documents.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return new RepositoryIndex(documents);
}
function marked(diagnostics, had) {
  return diagnostics.map((d) => had.has(d) ? { ...d, preexisting: "base" } : d);
}
function markWhatTheBaseHad(run2, checked) {
  const { settings, repository, change } = run2;
  if (!run2.onlyNew || !change) return checked;
  let baseRepository;
  const base = () => baseRepository ??= baseIndex(repository, change.keps);
  const policy = severityPolicyOf(settings.severity);
  const baseRunner = new RuleRunner(
    settings.rules,
    policy,
    sharedContext(settings, {
      readmes: run2.readmes?.base,
      newFiles: newFilesOf(change.keps),
      repository: base(),
      openPullRequests: run2.request.openPullRequests,
      schemaValid: repository.schemaValid,
      schemaErrors: repository.schemaErrors,
      prodReadiness: change.approvals?.baseApprovals ?? repository.prodReadiness?.approvals,
      today: run2.request.today,
      dataFiles: change.dataFiles?.base ?? change.dataFiles?.head ?? repository.dataFiles
    })
  );
  const changedKeps = new Map(change.keps.flatMap((kepChange) => kepChange.after ? [[kepChange.after.file, kepChange]] : []));
  const keps = checked.keps.map(({ doc, diagnostics }) => {
    const before = changedKeps.has(doc.file) ? changedKeps.get(doc.file).before : doc;
    if (!before) return { doc, diagnostics };
    const readmes = { after: readmePathOf(settings.format, doc.file), before: readmePathOf(settings.format, before.file) };
    if (before === doc || readWhole(before) || sameMetadata(before, doc) || sameBytes(change.base, before.file, repository.tree, doc.file)) {
      return { doc, diagnostics: marked(diagnostics, problemsOnBase(diagnostics, doc, baseRunner.checkKep(before), before, readmes)) };
    }
    const onBase = baseRunner.checkKep(before);
    const had = problemsOnBase(
      diagnostics.filter((d) => !isReadError(d.rule)),
      doc,
      onBase,
      before,
      readmes
    );
    if (readWhole(doc)) {
      const touched = /* @__PURE__ */ new Map([[doc.file, TouchedLines.between(change.base, before.file, repository.tree, doc.file)]]);
      touched.set(readmes.after, TouchedLines.between(change.base, readmes.before, repository.tree, readmes.after));
      for (const d of diagnostics) if (touched.get(d.file)?.touches(d) === false) had.add(d);
    }
    return { doc, diagnostics: marked(diagnostics, had) };
  });
  let approvals = checked.approvals;
  if (change.approvals) {
    const onBase = baseRunner.stampProblems(change.approvals.baseProblems);
    for (const file of change.approvals.files) {
      const doc = { file, readProblems: [] };
      approvals = marked(approvals, problemsOnBase(approvals, doc, onBase, doc));
    }
  }
  let index = checked.index;
  if (checked.indexCheck?.problem && settings.indexFile !== null) {
    const baseCheck = indexOfRepository({ ...settings, indexFile: settings.indexFile }, change.base, base().documents, run2.request.indexFixCommand);
    if (indexStaleOnBase(checked.indexCheck, baseCheck)) index = marked(index, new Set(index));
  }
  return { ...checked, keps, approvals, index };
}

// src/validate/approvalChanges.ts
function approvalNumberOf(path) {
  const match = /\/([1-9]\d*)\.ya?ml$/.exec(path);
  return match ? Number(match[1]) : void 0;
}
async function readApprovalChanges(head, changes, base) {
  if (!head.prodReadiness) return void 0;
  const changed = changes.filter((change) => isProdReadinessPath(change.path) || change.previousPath !== void 0 && isProdReadinessPath(change.previousPath));
  if (changed.length === 0) return void 0;
  const files = new Set(changed.map(headPath).filter((path) => path !== void 0 && isProdReadinessPath(path)));
  const basePaths = changed.map(basePath).filter((path) => path !== void 0 && isProdReadinessPath(path));
  const atBase = readProdReadiness(
    base,
    basePaths.map((path) => ({ path, kind: "file" }))
  );
  const baseApprovals = new Map(head.prodReadiness.approvals);
  for (const path of files) baseApprovals.delete(path);
  for (const [path, approval] of atBase.approvals) baseApprovals.set(path, approval);
  const keps = /* @__PURE__ */ new Set();
  const approvalsOf = /* @__PURE__ */ new Map();
  for (const path of /* @__PURE__ */ new Set([...files, ...basePaths])) {
    const number = approvalNumberOf(path);
    if (number === void 0) continue;
    for (const doc of head.index.withNumber(number)) {
      keps.add(doc.file);
      approvalsOf.set(doc.file, [...approvalsOf.get(doc.file) ?? [], path]);
    }
  }
  return { files, keps, approvalsOf, baseApprovals, baseProblems: [...atBase.problems, ...await prodReadinessSchemaProblems(atBase.files)] };
}

// src/validate/nothingSelected.ts
import { sep as sep4 } from "node:path";

// src/presets/recognise.ts
function recognisePreset(tree, among = presets()) {
  const files = tree.list().filter((entry) => entry.kind === "file").map((entry) => entry.path);
  let best;
  for (const preset of among) {
    const count = files.filter(isKepPath(preset.recognisedBy)).length;
    if (count > (best?.count ?? 0)) best = { preset, count };
  }
  if (best) return { preset: best.preset.name, include: best.preset.recognisedBy.include, count: best.count };
  return { lookedFor: among.map((preset) => ({ preset: preset.name, include: preset.recognisedBy.include })) };
}
function describeRecognition(recognition) {
  return `preset ${recognition.preset}, found ${recognition.include.join(", ")} (${plural(recognition.count, "file")})`;
}
function lookedFor(recognition) {
  return recognition.lookedFor.map(({ preset, include }) => `${include.join(", ")} (${preset})`).join("; ");
}
function presetNote(settings) {
  const { recognition } = settings;
  return recognition?.preset !== void 0 && recognition.preset !== presets()[0].name ? [describeRecognition(recognition)] : [];
}

// src/read/kepLikeFiles.ts
var MARKDOWN_LIMIT = 2e3;
var HEAD_BYTES2 = 4096;
var KEP_FIELD = /^(?:kep-number|owning-sig):/m;
var PROPOSAL = /^---\r?\n(?:[^\n]*\n)*?title:[^\n]*\n(?:[^\n]*\n)*?(?:status|authors):/;
function kepLikeFiles(tree) {
  const files = tree.list().filter((entry) => entry.kind === "file");
  const found = files.filter((entry) => /(^|\/)kep\.yaml$/.test(entry.path)).map((entry) => entry.path);
  const markdown = files.filter((entry) => /\.md$/i.test(entry.path)).map((entry) => entry.path).slice(0, MARKDOWN_LIMIT);
  tree.readHeads(markdown, HEAD_BYTES2, (path, content) => {
    const head = content.head;
    if (!Buffer.isBuffer(head)) return;
    const text2 = head.toString("utf8");
    if (KEP_FIELD.test(text2) || PROPOSAL.test(text2)) found.push(path);
  });
  return found.sort();
}

// src/validate/nothingSelected.ts
var NothingSelectedError = class extends LoadError {
};
var LEVELS_UP = 3;
function spaceOf(settings, repository, surroundings) {
  if (surroundings) return { files: kepLikeFiles(surroundings.tree), root: surroundings.root, repository: true };
  const above = settings.root.split(sep4).filter((segment) => segment !== "").slice(-LEVELS_UP).join("/");
  return { files: kepLikeFiles(repository.tree).map((file) => above === "" ? file : `${above}/${file}`), root: above, repository: false };
}
var under = (folder, file) => folder === "" ? file : file.startsWith(`${folder}/`) ? file.slice(folder.length + 1) : void 0;
function bestCandidate(settings, space) {
  const folders = /* @__PURE__ */ new Set([space.root, ""]);
  for (const file of space.files) {
    const parts = file.split("/").slice(0, -1);
    for (let i = 1; i <= parts.length; i++) folders.add(parts.slice(0, i).join("/"));
  }
  const distance = (folder) => {
    const a = folder === "" ? [] : folder.split("/");
    const b = space.root === "" ? [] : space.root.split("/");
    let common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    return a.length + b.length - 2 * common;
  };
  const roots = [...folders].sort((a, b) => distance(a) - distance(b) || (a < b ? -1 : 1));
  let best;
  for (const preset of [settings.preset, ...PRESET_NAMES.filter((name) => name !== settings.preset)]) {
    const isKep = isKepPath(preset === settings.preset ? settings.layout : PRESETS[preset].layout);
    for (const root of roots) {
      const found = space.files.filter((file) => {
        const path = under(root, file);
        return path !== void 0 && isKep(path);
      });
      if (found.length > (best?.count ?? 0)) best = { preset, root, count: found.length, example: found[0] };
    }
  }
  return best;
}
function folderName(space, folder) {
  if (space.repository) return folder === "" ? "the repository's top folder" : `the folder ${folder}/ of the repository`;
  const inRoot = under(space.root, folder);
  if (inRoot !== void 0) return `its folder ${inRoot}/`;
  return `the folder that holds ${under(folder, space.root)}/`;
}
function where(settings, space, candidate) {
  const root = candidate.root !== space.root ? `the KEP root at ${folderName(space, candidate.root)}` : void 0;
  const preset = candidate.preset !== settings.preset ? `the ${candidate.preset} preset` : void 0;
  const set2 = [preset && `the preset (--preset ${candidate.preset})`, root && "the root (--root)"].filter(Boolean).join(" and ");
  return `${[preset, root].filter(Boolean).join(" with ")} finds ${candidate.count === 1 ? "it" : candidate.count}: set ${set2} on the command line, or as the action's inputs or in .kep-validator.yml`;
}
function looksFor(settings) {
  const own = PRESETS[settings.preset].layout;
  const configured = settings.layout.include.join() !== own.include.join();
  return `${configured ? `the configured include (${settings.layout.include.join(", ")})` : `the ${settings.preset} preset (${own.include.join(", ")})`}`;
}
function includeFor(space) {
  const files = space.files.flatMap((file) => under(space.root, file) ?? []);
  const folders = /* @__PURE__ */ new Map();
  for (const file of files) {
    const parts = file.split("/");
    const folder2 = parts.length > 1 ? parts[0] : "";
    folders.set(folder2, [...folders.get(folder2) ?? [], file]);
  }
  const [folder, inFolder] = [...folders].sort((a, b) => b[1].length - a[1].length)[0] ?? ["", []];
  if (inFolder.length === 0) return "";
  const extension = inFolder.every((file) => file.endsWith(".md")) ? "*.md" : inFolder.every((file) => file.endsWith("kep.yaml")) ? "kep.yaml" : "*";
  const flat = inFolder.every((file) => file.split("/").length === (folder === "" ? 1 : 2));
  const glob = `${folder === "" ? "" : `${folder}/`}${flat ? "" : "**/"}${extension}`;
  const count = files.filter(matcher([glob])).length;
  return ` (include: ["${glob}"] finds ${count} of them)`;
}
function nothingFound(settings, repository, surroundings) {
  const space = spaceOf(settings, repository, surroundings);
  const rootName = space.repository ? space.root === "" ? "the repository's top folder" : `${space.root}/` : `${settings.root.split(sep4).pop() || sep4}/`;
  const recognised = settings.recognition?.preset === void 0 && settings.recognition ? `; no preset's layout is there either (looked for ${lookedFor(settings.recognition)})` : "";
  const found = `no KEP found: ${looksFor(settings)} finds none under the KEP root (${rootName})${recognised}`;
  const files = space.files;
  const around = space.repository ? "in the repository" : "there";
  if (files.length === 0) {
    return new NothingSelectedError(
      `${found}, and nothing ${around} looks like a KEP (a kep.yaml, or a markdown file whose metadata has kep-number: or owning-sig:). Is the root the folder of the KEPs? A repository of another layout names its KEP files with include in .kep-validator.yml.`
    );
  }
  const best = bestCandidate(settings, space);
  const example = best?.example ?? files[0];
  const shown = space.repository ? example : under(space.root, example) ?? example;
  const some = `${plural(files.length, "file")} ${around} ${files.length === 1 ? "looks" : "look"} like ${files.length === 1 ? "a KEP" : "KEPs"}, such as ${shown}`;
  if (!best) return new NothingSelectedError(`${found}, but ${some}, where no preset looks: name their files with include in .kep-validator.yml${includeFor(space)}.`);
  return new NothingSelectedError(`${found}, but ${some}; ${where(settings, space, best)}.`);
}
function selectsNothing(settings, repository, path) {
  const files = kepLikeFiles(repository.tree).filter((file) => file.startsWith(`${path}/`));
  const found = `${path}/ selects no KEP: ${looksFor(settings)} finds none under it`;
  if (files.length === 0) return new NothingSelectedError(`${found}, and nothing there looks like a KEP; name a folder or file that holds KEPs.`);
  return new NothingSelectedError(
    `${found}, but ${plural(files.length, "file")} there ${files.length === 1 ? "looks" : "look"} like KEP metadata, such as ${files[0]}: name the file (a file named is checked as a KEP), or set the preset and root that find them.`
  );
}
function assertSelected(settings, repository, paths, kepChanges, surroundings) {
  const known = [...repository.documents.map((doc) => doc.file), ...repository.symlinks, ...repository.submodules];
  const changed = (kepChanges ?? []).flatMap(({ change }) => changePaths(change));
  if (paths.length === 0) {
    if (known.length === 0 && changed.length === 0) throw nothingFound(settings, repository, surroundings?.());
    return;
  }
  for (const { path, directory } of paths) {
    if (!directory) continue;
    const under2 = (file) => path === "" || file.startsWith(`${path}/`);
    if (!known.some(under2) && !changed.some(under2)) throw path === "" ? nothingFound(settings, repository, surroundings?.()) : selectsNothing(settings, repository, path);
  }
}

// src/validate/readmes.ts
async function readmesFor(settings, head, base, changed = []) {
  const policy = severityPolicyOf(settings.severity);
  if (!Object.keys(settings.rules).some((id) => RULES.get(id)?.meta.readsReadme === true && ruleRuns(RULES.get(id).meta, policy))) return void 0;
  await loadMarkdownParser();
  return readmeSources(settings.format, head, base, {
    head: changed.flatMap(({ after }) => after ? [after] : []),
    base: changed.flatMap(({ before }) => before ? [before] : [])
  });
}

// src/read/parallel/readInParallel.ts
import { availableParallelism } from "node:os";

// src/read/readDocuments.ts
var READ_BATCH = 256;
async function readDocuments(format, tree, files, options = {}) {
  const read = /* @__PURE__ */ new Map();
  const whole = options.outline ? [...files] : [];
  const failed2 = [];
  const heads = options.outline ? [] : files;
  tree.readHeads(heads, KEP_HEAD_BYTES, (file, content) => {
    if (!("head" in content)) {
      failed2.push([file, content]);
      return;
    }
    const doc = readKepHead(file, content, format, options);
    if (doc) read.set(file, doc);
    else whole.push(file);
  });
  for (const [file, error3] of failed2) read.set(file, await readKep(file, error3, format, options));
  for (let start = 0; start < whole.length; start += READ_BATCH) {
    const batch = whole.slice(start, start + READ_BATCH);
    const contents = tree.readFiles(batch);
    for (const file of batch) read.set(file, await readKep(file, contents.get(file), format, options));
  }
  return read;
}

// src/read/parallel/transfer.ts
function metadataFromTransfer(transfer) {
  const errorLines = transfer.errorLines.length > 0 ? new Set(transfer.errorLines) : NO_ERROR_LINES;
  return new YamlMetadata(transfer.form, transfer.data, transfer.block, transfer.source, transfer.placement, errorLines);
}
function documentFromTransfer(transfer) {
  const doc = { file: transfer.file, metadata: transfer.metadata && metadataFromTransfer(transfer.metadata), readProblems: transfer.readProblems };
  if (transfer.body) doc.body = transfer.body;
  if (transfer.outline) doc.outline = transfer.outline;
  return doc;
}

// src/read/parallel/readInParallel.ts
var PARALLEL_THRESHOLD = 2e4;
var WORKER_FILE = "read-worker.js";
function bundledWorkerScript() {
  return findOwnFile(WORKER_FILE, 2);
}
function split(items, parts) {
  const size2 = Math.ceil(items.length / parts);
  return Array.from({ length: parts }, (_, i) => items.slice(i * size2, (i + 1) * size2));
}
function startWorker(Worker, script, job) {
  return new Promise((resolve13) => {
    let answered = false;
    const worker = new Worker(script, { workerData: job });
    worker.once("message", (answer) => {
      answered = true;
      resolve13({ documents: answer.documents.map(documentFromTransfer) });
    });
    worker.once("error", (error3) => resolve13({ failure: String(error3) }));
    worker.once("exit", (code2) => {
      if (!answered) resolve13({ failure: `the read worker exited with code ${code2} before answering` });
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
  const workers = theirs.map((part) => startWorker(Worker, script, { root, format: format.name, files: part, outline: options.keep?.outline }));
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

// src/read/dataFiles.ts
var BINARY_PROBE2 = 8e3;
var NOTHING = /^(?:[ \t]*(?:#.*)?\r?\n)*[ \t]*(?:#.*)?$/;
function readDataFileContent(path, content) {
  if (!Buffer.isBuffer(content)) return { path, problem: content.message };
  if (content.subarray(0, BINARY_PROBE2).includes(0)) return { path, problem: "it holds binary data (a NUL byte), not YAML" };
  let text2 = content.toString("utf8");
  if (text2.charCodeAt(0) === 65279) text2 = text2.slice(1);
  if (NOTHING.test(text2)) return { path, data: {} };
  if (text2.length > MAX_METADATA_BYTES) return { path, problem: `it is ${Math.round(text2.length / 1024)} KB, more than the ${MAX_METADATA_BYTES / 1024} KB a YAML file of a run may be; it is not read` };
  const { metadata, problems } = readYamlFile(path, text2);
  const first = problems[0];
  if (!first) return { path, data: metadata.data };
  const message2 = first.rule === "metadata-not-mapping" ? "it is not a YAML mapping of keys (a list or a single value)" : first.message.replace(/\bthe metadata\b/g, "the file").replace(/\bmetadata\b/g, "the file");
  return { path, problem: `line ${first.span.line}: ${message2}` };
}
function readDataFiles(tree, entries, paths) {
  const wanted = new Set(paths);
  const files = [];
  const read = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    if (!wanted.has(entry.path)) continue;
    if (entry.kind === "file") files.push(entry.path);
    else read.set(entry.path, { path: entry.path, problem: `it is ${entry.kind === "symlink" ? "a symbolic link; links are never followed" : "a git submodule, not a file"}` });
  }
  for (const [path, content] of tree.readFiles(files)) read.set(path, readDataFileContent(path, content));
  return read;
}

// src/validate/ruleData.ts
function readsOf({ rules, severity }) {
  const policy = severityPolicyOf(severity);
  const reads = [];
  for (const [id, options] of Object.entries(rules)) {
    const rule = RULES.get(id);
    if (rule?.subject === "kep" && rule.reads && ruleRuns(rule.meta, policy)) reads.push(rule.reads(options === true ? void 0 : options));
  }
  return reads;
}
function needsOf(choice) {
  const needs = { besideKep: /* @__PURE__ */ new Set(), atRoot: /* @__PURE__ */ new Set() };
  for (const wanted of readsOf(choice)) {
    for (const name of wanted.besideKep ?? []) needs.besideKep.add(name);
    for (const path of wanted.atRoot ?? []) needs.atRoot.add(path);
  }
  return needs;
}
function isDataFileBesideKep(choice) {
  const names = needsOf(choice).besideKep;
  return (path) => names.has(path.slice(path.lastIndexOf("/") + 1));
}
function positionsWanted(choice) {
  const wanted = readsOf(choice).flatMap((reads) => reads.keepsPositions ? [reads.keepsPositions] : []);
  return (metadata, reading) => wanted.some((keeps) => keeps(metadata, reading));
}
function readRuleData(choice, tree, entries, documents) {
  const needs = needsOf(choice);
  if (needs.besideKep.size === 0 && needs.atRoot.size === 0) return /* @__PURE__ */ new Map();
  const paths = new Set(needs.atRoot);
  for (const doc of documents) for (const name of needs.besideKep) paths.add(besidePath(doc.file, name));
  return readDataFiles(tree, entries, paths);
}
function readDataFileChanges(choice, head, changes, base) {
  const needs = needsOf(choice);
  const besideKep = isDataFileBesideKep(choice);
  const isBeside = (path) => path !== void 0 && besideKep(path);
  const isRoot = (path) => path !== void 0 && needs.atRoot.has(path);
  const changed = changes.filter((change) => [headPath(change), basePath(change)].some((path) => isBeside(path) || isRoot(path)));
  if (changed.length === 0) return void 0;
  const baseFiles = new Map(head.dataFiles);
  const folders = /* @__PURE__ */ new Map();
  for (const change of changed) {
    const after = headPath(change);
    const before = basePath(change);
    if (after !== void 0) baseFiles.delete(after);
    for (const path of [after, before]) if (isBeside(path)) folders.set(folderOf(path), (folders.get(folderOf(path)) ?? /* @__PURE__ */ new Set()).add(change.path));
  }
  const atBase = changed.map(basePath).filter((path) => path !== void 0 && (isBeside(path) || isRoot(path)));
  for (const [path, content] of base.readFiles(atBase)) baseFiles.set(path, readDataFileContent(path, content));
  const headFiles = new Map(head.dataFiles);
  for (const path of needs.atRoot) {
    const atBaseVersion = baseFiles.get(path);
    if (atBaseVersion) headFiles.set(path, atBaseVersion);
    else headFiles.delete(path);
  }
  const keps = new Set(head.documents.filter((doc) => folders.has(folderOf(doc.file))).map((doc) => doc.file));
  const dataFilesOf = new Map([...keps].map((file) => [file, [...folders.get(folderOf(file))]]));
  return { head: headFiles, base: baseFiles, keps, dataFilesOf };
}

// src/validate/readRepository.ts
var EVERY_KEP = () => true;
async function readRepository(settings, tree, options = {}) {
  const { mayCheck: hint2 = () => false, ...parallel } = options;
  const entries = tree.list();
  const found = selectKepFiles(entries, settings.layout);
  const schemaValid = /* @__PURE__ */ new WeakSet();
  const schemaErrors = /* @__PURE__ */ new WeakMap();
  const prodReadiness2 = settings.prodReadiness ? readProdReadiness(tree, entries) : void 0;
  const rulesWantPositions = positionsWanted(settings);
  const reading = {
    kepFolders: new Set(found.files.map(folderOf)),
    listedNumbers: new Set(found.files.flatMap((file) => numberInPath(file) ?? [])),
    lifecycle: settings.lifecycle,
    prodReadiness: prodReadiness2?.approvals
  };
  const mayCheck = await hint2;
  const keepPositions = (data, text2, file) => {
    if (!mayCheck(file)) return false;
    if (!settings.schema.validate(data)) {
      if (typeof data === "object" && data !== null) schemaErrors.set(data, settings.schema.validate.errors ?? []);
      return true;
    }
    if (typeof data === "object" && data !== null) schemaValid.add(data);
    return rulesWantPositions({ file, text: text2, fields: fieldsIn(data) }, reading);
  };
  const read = await readDocumentsInParallel(settings.format, tree, found.files, { keep: { keepPositions, outline: settings.outline }, ...parallel });
  const documents = found.files.map((file) => read.get(file));
  const dataFiles = readRuleData(settings, tree, entries, documents);
  return { tree, documents, symlinks: found.symlinks, submodules: found.submodules, index: new RepositoryIndex(documents), prodReadiness: prodReadiness2, schemaValid, schemaErrors, dataFiles };
}

// src/validate/readRun.ts
function inSelection(file, selected) {
  return selected.some(({ path, directory }) => directory ? path === "" || file.startsWith(`${path}/`) : file === path);
}
async function selectTargets(settings, repository, selected) {
  const known = [...repository.documents.map((doc) => doc.file), ...repository.symlinks, ...repository.submodules];
  const targets = /* @__PURE__ */ new Set();
  for (const { path, directory } of selected) {
    if (directory) {
      const prefix = path === "" ? "" : `${path}/`;
      for (const file of known) if (file.startsWith(prefix)) targets.add(file);
    } else {
      if (!known.includes(path) && !(settings.prodReadiness && isProdReadinessPath(path))) {
        const content = repository.tree.readFiles([path]).get(path);
        const doc = await readKep(path, content, settings.format, { outline: settings.outline });
        repository.documents.push(doc);
        repository.index = new RepositoryIndex(repository.documents);
        for (const [file, read] of readRuleData(settings, repository.tree, repository.tree.list(), [doc])) repository.dataFiles.set(file, read);
      }
      targets.add(path);
    }
  }
  return targets;
}
function changedKepsHint(settings, changed) {
  const files = /* @__PURE__ */ new Set();
  const dataFolders = /* @__PURE__ */ new Set();
  const approved = /* @__PURE__ */ new Set();
  const besideKep = isDataFileBesideKep(settings);
  for (const path of changed.flatMap(changePaths)) {
    files.add(path);
    const kep = settings.format.metadataFileOf?.(path);
    if (kep !== void 0) files.add(kep);
    if (besideKep(path)) dataFolders.add(folderOf(path));
    const number = settings.prodReadiness && isProdReadinessPath(path) ? approvalNumberOf(path) : void 0;
    if (number !== void 0) approved.add(number);
  }
  return (file) => files.has(file) || dataFolders.size > 0 && dataFolders.has(folderOf(file)) || approved.size > 0 && approved.has(numberInPath(file) ?? 0);
}
function kepHint(settings, { changes, paths = [] }) {
  if (changes) {
    return Promise.resolve(changes.files).then(
      (changed) => changedKepsHint(settings, changed),
      () => EVERY_KEP
    );
  }
  return paths.length > 0 ? (file) => inSelection(file, paths) : EVERY_KEP;
}
async function readRun(settings, request) {
  const { head, changes, paths = [] } = request;
  const repository = await readRepository(settings, head, { jobs: request.jobs, log: request.log, workerScript: request.workerScript, mayCheck: kepHint(settings, request) });
  let targets;
  let change;
  if (changes) {
    const changed = await changes.files;
    const files = paths.length === 0 ? changed : changed.filter((change2) => inSelection(change2.path, paths) || change2.previousPath !== void 0 && inSelection(change2.previousPath, paths));
    const keps = await readKepChanges(settings, repository, files, changes.base);
    const approvals = await readApprovalChanges(repository, files, changes.base);
    targets = new Set(keps.map((change2) => headPath(change2.change)).filter((path) => path !== void 0));
    for (const file of approvals?.keps ?? []) targets.add(file);
    const dataFiles = readDataFileChanges(settings, repository, files, changes.base);
    for (const file of dataFiles?.keps ?? []) targets.add(file);
    change = { base: changes.base, keps, approvals, dataFiles };
  } else if (paths.length > 0) {
    targets = await selectTargets(settings, repository, paths);
  }
  assertSelected(settings, repository, paths, change?.keps, request.surroundings);
  return {
    settings,
    request,
    repository,
    inScope: (file) => targets === void 0 || targets.has(file),
    change,
    readmes: await readmesFor(settings, repository.tree, changes?.base, change?.keps),
    onlyNew: changes !== void 0 && request.onlyNew !== false
  };
}

// src/validate/validate.ts
async function validate(settings, request) {
  const run2 = await readRun(settings, request);
  const checked = markWhatTheBaseHad(run2, await check(run2));
  const { diagnostics, baselineFixed } = withBaseline(run2, checked);
  return {
    checked: run2.change ? [...new Set(checked.files)].sort() : checked.files,
    diagnostics: [...diagnostics].sort(compareDiagnostics),
    index: checked.indexCheck,
    keps: kepSummaries(run2),
    repository: run2.repository,
    ...baselineFixed ? { baselineFixed } : {},
    ...run2.change ? { checkedWith: checkedWith(run2.change.approvals, run2.change.dataFiles) } : {}
  };
}
function checkedWith(approvals, data) {
  const byKep = /* @__PURE__ */ new Map();
  const add = (kep, file, as) => byKep.set(kep, [...byKep.get(kep) ?? [], { file, as }]);
  for (const [kep, files] of approvals?.approvalsOf ?? []) for (const file of files) add(kep, file, "approval");
  for (const [kep, files] of data?.dataFilesOf ?? []) for (const file of files) add(kep, file, "data");
  return byKep;
}
function flatten(checked) {
  return [...checked.keps.flatMap(({ diagnostics }) => diagnostics), ...checked.approvals, ...checked.changes, ...checked.index, ...checked.others];
}
function withBaseline(run2, checked) {
  const diagnostics = flatten(checked);
  const { baseline, changes, paths = [] } = run2.request;
  if (!baseline || run2.onlyNew) return { diagnostics };
  const scope = new Set(checked.files);
  const audit = !changes && paths.length === 0;
  const { diagnostics: marked2, fixed } = applyBaseline(diagnostics, baseline, (file) => audit || scope.has(file));
  return { diagnostics: marked2, baselineFixed: fixed };
}

// src/action/actionRules.ts
import { relative as relative4, resolve as resolve10 } from "node:path";

// src/config/loadRules.ts
import { join as join5, relative as relative3, sep as sep6 } from "node:path";

// src/git/commitDataSource.ts
import { resolve as resolve7, sep as sep5 } from "node:path";

// src/git/treeListing.ts
var KINDS = { "100644": "file", "100755": "file", "120000": "symlink", "160000": "submodule", "040000": "folder" };
function treeRecords(listing) {
  const records = [];
  for (const line2 of listing.split("\0")) {
    const match = /^(\d{6}) \w+ ([0-9a-f]+)(?: +(-|\d+))?\t(.*)$/s.exec(line2);
    if (!match) continue;
    const size2 = match[3] === void 0 || match[3] === "-" ? void 0 : Number(match[3]);
    records.push({ mode: match[1], kind: KINDS[match[1]], id: match[2], size: size2, path: match[4] });
  }
  return records;
}

// src/git/commitDataSource.ts
var WHAT = { file: "a file", folder: "a folder", symlink: "a symbolic link", submodule: "a submodule" };
var CommitDataSource = class {
  constructor(top, commit, checkout) {
    this.top = top;
    this.commit = commit;
    this.checkout = checkout;
  }
  top;
  commit;
  checkout;
  /** Paths inside the repository that were asked about, absolute. */
  asked = /* @__PURE__ */ new Set();
  /** The top as the paths asked about name it, once found. */
  named;
  /**
   * A path's place in the repository, by its name: never by where a link of the checkout
   * points (a pull request that turns .kep-validator.yml into a link must not move where the
   * base's configuration is read). git names the top with links resolved, and the path may
   * name it through one (macOS's /tmp): the shallowest of the path's folders whose real path
   * is the top stands for it.
   */
  inside(path) {
    const absolute = resolve7(path);
    for (const top of [this.top, this.named]) {
      const rel = top === void 0 ? void 0 : pathInside(top, absolute);
      if (rel !== void 0) return rel === "" ? void 0 : rel;
    }
    const parts = absolute.split(sep5);
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join(sep5) || sep5;
      if (realPath(folder) !== this.top) continue;
      this.named = folder;
      const rel = parts.slice(i).join("/");
      return rel === "" ? void 0 : rel;
    }
    return void 0;
  }
  /** Where the run may read is the checkout's to say (the workspace, the folders named): passed on, never dropped. */
  confine(path) {
    this.checkout.confine?.(path);
  }
  /** Each path's text in the commit, read once: undefined where the commit has nothing there, an Error where it is not a file. */
  texts = /* @__PURE__ */ new Map();
  /** The entries of each folder of the commit asked about, by name: one listing a folder. */
  folders = /* @__PURE__ */ new Map();
  /**
   * What the commit has at a path, told from the listing of its folder: asking about files the
   * commit does not have (.kep-validator.yaml beside .kep-validator.yml, a baseline) costs no
   * git process each.
   */
  entryAt(rel) {
    const slash = rel.lastIndexOf("/");
    const folder = slash === -1 ? "" : rel.slice(0, slash);
    let entries = this.folders.get(folder);
    if (entries === void 0) {
      entries = /* @__PURE__ */ new Map();
      let listing = "";
      try {
        listing = git(this.top, ["ls-tree", "-z", "--full-tree", "--end-of-options", this.commit, ...folder === "" ? [] : [`${folder}/`]]);
      } catch {
      }
      for (const record of treeRecords(listing)) entries.set(record.path.slice(record.path.lastIndexOf("/") + 1), record);
      this.folders.set(folder, entries);
    }
    return entries.get(rel.slice(slash + 1));
  }
  atCommit(path, rel) {
    this.asked.add(resolve7(path));
    if (!this.texts.has(rel)) {
      const entry = this.entryAt(rel);
      this.texts.set(
        rel,
        entry === void 0 ? void 0 : entry.kind === "file" ? git(this.top, ["cat-file", "blob", entry.id]) : new Error(
          `it is ${entry.kind === void 0 ? `an entry of mode ${entry.mode}` : WHAT[entry.kind]} in the base commit ${this.commit.slice(0, 7)}, not a file${entry.kind === "symlink" ? "; links are never followed (they could point outside the repository)" : ""}`
        )
      );
    }
    return this.texts.get(rel);
  }
  /** Whether the commit has anything at a path: a link is something (reading it is refused, never skipped as if absent). */
  exists(path) {
    const rel = this.inside(path);
    return rel === void 0 ? this.checkout.exists(path) : this.atCommit(path, rel) !== void 0;
  }
  read(path) {
    const rel = this.inside(path);
    if (rel === void 0) return this.checkout.read(path);
    const text2 = this.atCommit(path, rel);
    if (text2 instanceof Error) throw text2;
    if (text2 === void 0) throw new Error(`it is not a file in the base commit ${this.commit.slice(0, 7)}, whose rules a pull request is judged by`);
    return text2;
  }
  /** The files asked about whose checkout differs from the commit: the pull request changes its own rules. */
  changedInCheckout() {
    const changed = [];
    for (const path of this.asked) {
      const atCommit = this.atCommit(path, this.inside(path));
      let same;
      try {
        same = (this.checkout.exists(path) ? this.checkout.read(path) : void 0) === atCommit;
      } catch {
        same = false;
      }
      if (!same) changed.push(path);
    }
    return changed.sort();
  }
};

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
    const size2 = Number(match[1]);
    contents.set(id, output.subarray(offset, offset + size2));
    offset += size2 + 1;
  }
  return contents;
}

// src/tree/tree.ts
function headsFromFiles(tree, paths, visit4) {
  for (let start = 0; start < paths.length; start += 256) {
    const batch = paths.slice(start, start + 256);
    const contents = tree.readFiles(batch);
    for (const path of batch) {
      const content = contents.get(path);
      visit4(path, Buffer.isBuffer(content) ? { head: content, complete: true } : content);
    }
  }
}

// src/tree/gitTree.ts
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
      const args = ["ls-tree", "-r", "-z", ...this.options.sizes ? ["-l"] : [], "--full-tree", "--end-of-options", this.commit];
      if (this.prefix) args.push("--", this.prefix);
      this.objects = /* @__PURE__ */ new Map();
      for (const { path, ...object } of treeRecords(git(this.cwd, args))) {
        if (path.startsWith(this.prefix)) this.objects.set(path.slice(this.prefix.length), object);
      }
    }
    return this.objects;
  }
  list() {
    const entries = [];
    for (const [path, { kind: kind2 }] of this.listObjects()) {
      if (kind2 !== void 0 && kind2 !== "folder") entries.push({ path, kind: kind2 });
    }
    return entries;
  }
  /** The size in bytes of a file of the commit (a tree made with sizes), or undefined. */
  sizeOf(path) {
    return this.listObjects().get(path)?.size;
  }
  readHeads(paths, _bytes, visit4) {
    headsFromFiles(this, paths, visit4);
  }
  readFiles(paths) {
    const objects = this.listObjects();
    const contents = /* @__PURE__ */ new Map();
    const wanted = [];
    for (const path of paths) {
      const object = objects.get(path);
      if (object === void 0) contents.set(path, new Error(`${path} is not in ${this.label}`));
      else if (object.kind !== "file")
        contents.set(path, new NotRegularFileError(`${path} is ${object.kind === "symlink" ? "a symbolic link; links are never followed" : `a ${object.kind ?? `mode ${object.mode}`} entry, not a file`} in ${this.label}`));
      else if (object.size !== void 0 && object.size > MAX_FILE_BYTES)
        contents.set(path, new NotRegularFileError(`${path} is ${Math.ceil(object.size / 1024 / 1024)} MB in ${this.label}, more than the ${MAX_FILE_BYTES / 1024 / 1024} MB a file may be; it is not read`));
      else wanted.push([path, object.id]);
    }
    const blobs = readBlobs(
      this.cwd,
      wanted.map(([, sha]) => sha)
    );
    for (const [path, sha] of wanted) contents.set(path, blobs.get(sha) ?? new Error(`${path} cannot be read from ${this.label}`));
    return contents;
  }
};
function repositoryPrefix(root) {
  const prefix = git(root, ["rev-parse", "--show-prefix"]).trim();
  return prefix;
}

// src/config/baselineFile.ts
var BASELINE_FILE = ".kep-validator-baseline.json";
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function nonEmpty(source) {
  return {
    exists: (path) => source.exists(path),
    read: (path) => {
      const text2 = source.read(path);
      if (text2.trim() === "") throw new Error("it is empty; write it with kep-validator baseline --write, or delete it");
      return text2;
    }
  };
}
function readBaseline(path, required, source) {
  if (!required && !source.exists(path)) return void 0;
  const { data } = readDataFile(path, "the baseline file", void 0, nonEmpty(source));
  const wrong = (where2, what) => new LoadError(`the baseline file ${path} is invalid: ${where2} ${what}; write it again with kep-validator baseline --write`);
  if (!isRecord(data)) throw wrong("the file", "is not an object of files");
  const baseline = /* @__PURE__ */ Object.create(null);
  for (const [file, rules] of Object.entries(data)) {
    if (!isRecord(rules)) throw wrong(excerpt(file), "is not an object of rules");
    baseline[file] = /* @__PURE__ */ Object.create(null);
    for (const [rule, entry] of Object.entries(rules)) {
      const count = isRecord(entry) ? entry.count : void 0;
      if (typeof count !== "number" || !Number.isInteger(count) || count < 1) throw wrong(`${excerpt(file)} \u2192 ${excerpt(rule)}`, "needs a count that is a positive integer");
      baseline[file][rule] = { count };
    }
  }
  return baseline;
}

// src/config/settings.ts
import { dirname as dirname5, join as join4, resolve as resolve9 } from "node:path";

// src/config/lifecycle.ts
import { dirname as dirname4, resolve as resolve8 } from "node:path";
async function loadLifecycle(nameOrPath, source) {
  const declared = builtinLifecycle(nameOrPath);
  const builtin = declared !== void 0;
  let raw;
  if (builtin) {
    if (!isShippedLifecycle(declared) && !(await loadPrecompiledLifecycle()).validate(declared.data)) throw new Error(`internal error: the built-in lifecycle ${nameOrPath} does not match schemas/lifecycle.schema.json`);
    raw = declared.data;
  } else {
    const from = source ?? filesSource([dirname4(resolve8(nameOrPath))]);
    if (!from.exists(nameOrPath)) throw new LoadError(`lifecycle "${nameOrPath}" is neither a built-in lifecycle (${builtinLifecycles().join(", ")}) nor an existing file`);
    raw = readDataFile(nameOrPath, "lifecycle", schemaFromPrecompiled(await loadPrecompiledLifecycle()), from).data;
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
    stageTransitions: data.stageTransitions ?? {},
    inFlight: data.inFlight ?? data.states.filter((state) => (data.transitions[state] ?? []).length > 0),
    folders: data.folders ?? {}
  };
  checkLifecycleConsistency(lifecycle, nameOrPath);
  return lifecycle;
}
function checkLifecycleConsistency(lifecycle, path) {
  const known = new Set(lifecycle.states);
  const mentioned = [
    ...lifecycle.initial.map((s) => ["initial", s]),
    ...Object.entries(lifecycle.transitions).flatMap(([from, to]) => [["transitions", from], ...to.map((s) => [`transitions.${from}`, s])]),
    ...lifecycle.numbered.map((s) => ["numbered", s]),
    ...lifecycle.superseded.map((s) => ["superseded", s]),
    ...lifecycle.inFlight.map((s) => ["inFlight", s]),
    ...Object.entries(lifecycle.folders).flatMap(([folder, states]) => states.map((s) => [`folders.${folder}`, s]))
  ];
  if (lifecycle.numberAssignedOn !== void 0) mentioned.push(["numberAssignedOn", lifecycle.numberAssignedOn]);
  for (const [where2, state] of mentioned) {
    if (!known.has(state)) {
      throw new LoadError(`lifecycle ${path}: ${where2} names ${excerpt(state)}, which is not one of its states (${lifecycle.states.join(", ")})`);
    }
  }
  const stages = Object.keys(lifecycle.stageTransitions);
  for (const [from, to] of Object.entries(lifecycle.stageTransitions)) {
    const unknown = to.find((stage) => !stages.includes(stage));
    if (unknown !== void 0) throw new LoadError(`lifecycle ${path}: stageTransitions.${asWritten(from)} names ${excerpt(unknown)}, which is not one of its stages (${stages.join(", ")})`);
  }
}

// src/config/settings.ts
function loadKnownSigs(path, source = rulesAsTheyAre(filesSource([dirname5(resolve9(path))]))) {
  const { data } = readDataFile(path, "the SIG list", void 0, source);
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
async function loadMetadataSchema(file, lifecycle, source, preset) {
  if (file !== void 0) return compileMetadataSchema(readDataFile(file, "metadata schema", void 0, source).data, file, lifecycle);
  const precompiled = await precompiledMetadataSchema(preset.schema, lifecycle);
  return precompiled ?? compileMetadataSchema(structuredClone(preset.carries.schema), `${preset.name}/schema.json`, lifecycle);
}
function repositoryFiles(root, source) {
  return {
    read: (path) => {
      const absolute = join4(root, path);
      if (!source.exists(absolute)) return void 0;
      try {
        return source.read(absolute);
      } catch (error3) {
        throw new LoadError(`cannot read ${path}, which the preset reads: ${error3.message}`);
      }
    }
  };
}
function namedFolders(input, root) {
  const files = [input.schema, input.sigs, input.lifecycle !== void 0 && isLifecycleFile(input.lifecycle) ? input.lifecycle : void 0, input.config?.file];
  return [root, ...files.filter((file) => file !== void 0).map((file) => dirname5(resolve9(file)))];
}
async function loadSettings(input = {}) {
  const config = input.config;
  const presetName = input.preset ?? config?.preset;
  const named = presetName === void 0 ? void 0 : presetNamed(presetName);
  if (presetName !== void 0 && !named) {
    throw new LoadError(`preset "${presetName}" is not one of ${PRESET_NAMES.join(", ")}`);
  }
  const root = resolve9(input.root ?? config?.root ?? ".");
  if (!isFolder(root)) throw new LoadError(`the KEP root ${root} is not a folder`);
  const source = input.source ?? rulesAsTheyAre(filesSource(namedFolders(input, root)));
  try {
    source.confine(root);
  } catch (error3) {
    const namedBy = config?.root === root ? ` that ${config.file} names` : "";
    throw new LoadError(`the KEP root ${root}${namedBy} cannot be read: ${error3.message}`);
  }
  const recognition = named || !input.recognisePreset ? void 0 : recognisePreset(input.recognitionTree?.(root) ?? new FileSystemTree(root));
  const preset = named ?? presetNamed(recognition?.preset ?? "") ?? DEFAULT_PRESET;
  const lifecycle = await loadLifecycle(input.lifecycle ?? config?.lifecycle ?? preset.lifecycle, source);
  const sigs = input.sigs ?? config?.sigs;
  const own = preset.fromRepository?.(repositoryFiles(root, source)) ?? {};
  return {
    root,
    preset: preset.name,
    ...recognition && { recognition },
    layout: {
      include: input.include ?? config?.include ?? preset.layout.include,
      exclude: input.exclude ?? config?.exclude ?? [...preset.layout.exclude, ...own.exclude ?? []]
    },
    format: preset.format,
    lifecycle,
    schema: await loadMetadataSchema(input.schema ?? config?.schema, lifecycle, source, preset),
    indexFile: input.indexFile !== void 0 ? input.indexFile : config?.index !== void 0 ? config.index : preset.index,
    indexTemplate: input.indexTemplate !== void 0 ? input.indexTemplate : config?.indexTemplate !== void 0 ? config.indexTemplate : preset.indexTemplate,
    indexView: preset.indexView,
    numbersFromOpenPullRequests: preset.numbersFromOpenPullRequests,
    rules: own.rules ?? preset.rules,
    prodReadiness: preset.prodReadiness,
    outline: preset.outline === true,
    severity: [preset.severity, config?.severity ?? {}, config?.rules ?? {}, input.severity ?? {}],
    knownSigs: sigs === void 0 ? void 0 : loadKnownSigs(sigs, source),
    release: config?.release
  };
}

// src/config/loadRules.ts
async function load2(request, source, base) {
  const config = await findConfig(request.configDir, request.config, source);
  const recognitionTree = base && ((root) => new GitTree(root, base.commit, repositoryPrefix(root)));
  const settings = await loadSettings({ ...request.options, root: request.options.root ?? config?.root ?? request.defaultRoot, config, source, ...recognitionTree ? { recognitionTree } : {} });
  return { config, settings };
}
function baselinePath(request, settings) {
  return request.baseline === null ? void 0 : request.baseline ?? join5(settings.root, BASELINE_FILE);
}
async function loadRules(request) {
  const commit = request.base === void 0 ? void 0 : new CommitDataSource(request.base.top, request.base.commit, request.checkout);
  const source = commit ? rulesOfBase(commit) : rulesAsTheyAre(request.checkout);
  const { config, settings } = await load2(request, source, request.base);
  const baseline = baselinePath(request, settings);
  if (commit && baseline !== void 0) source.exists(baseline);
  return {
    config,
    settings,
    base: commit?.commit,
    baseline: () => baseline === void 0 ? void 0 : readBaseline(baseline, request.baseline !== void 0, source),
    proposed: commit ? await proposedRules(request, commit, settings.root) : { files: [], problems: [] }
  };
}
async function proposedRules(request, commit, root) {
  const files = commit.changedInCheckout();
  const problems = [];
  if (files.length === 0) return { files, problems };
  const proposed = rulesAsTheyAre(request.checkout);
  const where2 = (error3, candidates) => proposedRulesProblems(error3, candidates, root, request.base.top);
  let settings;
  try {
    ;
    ({ settings } = await load2(request, proposed));
  } catch (error3) {
    problems.push(...where2(error3, files));
  }
  const baseline = settings && baselinePath(request, settings);
  if (baseline !== void 0 && (files.includes(baseline) || !commit.asked.has(baseline))) {
    try {
      readBaseline(baseline, request.baseline !== void 0, proposed);
    } catch (error3) {
      problems.push(...where2(error3, [baseline]));
    }
  }
  return { files, problems };
}
var MERGED = "the rules this change proposes do not load: once it is merged, every run fails on this";
function proposedRulesProblems(error3, candidates, root, top) {
  if (!(error3 instanceof LoadError)) throw error3;
  const inRoot = (path) => relative3(root, path).split(sep6).join("/");
  const shown = (message2) => message2.split(`${top}${sep6}`).join("");
  if (error3.problems.length > 0) return error3.problems.map((found) => ({ ...found, file: inRoot(found.file), rule: "configuration", message: `${shown(found.message)} (${MERGED})` }));
  const file = candidates.find((path) => error3.message.includes(path)) ?? candidates[0];
  return [problem(inRoot(file), FILE_START, "configuration", `${shown(error3.message)} (${MERGED})`)];
}
function proposedRulesNote(subject, files, commit) {
  return `${subject} changes ${files.join(", ")}: it is judged by the rules of its base (${commit.slice(0, 7)}); the rules it proposes apply once it is merged`;
}
function changeRepository(folders) {
  for (const folder of folders) {
    if (folder === void 0) continue;
    const top = workTreeRoot(folder);
    if (top !== void 0) return top;
  }
  return void 0;
}

// src/action/confinedSource.ts
function workspaceFiles(workspace) {
  return filesSource([workspace], (path) => outsideWorkspace(workspace, path));
}
function outsideWorkspace(workspace, path) {
  return `${path} is outside the workspace ${workspace}: the action reads its configuration, schemas, lifecycles, SIG lists and baseline only from the checked-out repositories`;
}
function confinedTo(workspace, source) {
  const check2 = (path) => {
    if (pathInside(workspace, path) === void 0 && pathInside(SCHEMAS_DIR, path) === void 0) throw new LoadError(outsideWorkspace(workspace, path));
  };
  return {
    confine: check2,
    exists: (path) => {
      check2(path);
      return source.exists(path);
    },
    read: (path) => {
      check2(path);
      return source.read(path);
    }
  };
}

// src/action/event.ts
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var NOTHING2 = /^0+$/;
function parsePayload(path) {
  const text2 = readNamedFile(path).toString("utf8");
  try {
    return JSON.parse(text2);
  } catch {
    throw new Error(`it is not JSON (${text2.length} characters)`);
  }
}
function readPayload(name, path) {
  if (!path) throw new EventError(`event ${name} but GITHUB_EVENT_PATH is not set`);
  try {
    const payload = parsePayload(path);
    if (typeof payload !== "object" || payload === null) throw new Error("it is not a JSON object");
    return payload;
  } catch (error3) {
    throw new EventError(`cannot read the ${name} event payload at ${path}: ${error3.message}`);
  }
}
function isSha(value) {
  return typeof value === "string" && SHA.test(value);
}
var EventError = class extends Error {
};
function readEvent(env = process.env, warn2 = warning2) {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "/").split("/");
  if (name === "merge_group") {
    const payload2 = readPayload(name, env.GITHUB_EVENT_PATH);
    const group = payload2.merge_group;
    if (!isSha(group?.base_sha) || !isSha(group?.head_sha)) throw new EventError(`the merge_group event payload at ${env.GITHUB_EVENT_PATH} has no merge_group with base_sha and head_sha`);
    return { kind: "push", name, owner, repo, baseSha: group.base_sha, headSha: group.head_sha, toDefaultBranch: false };
  }
  if (name !== "pull_request" && name !== "pull_request_target") {
    let toDefaultBranch = false;
    let before;
    let after;
    if (name === "push") {
      let payload2;
      try {
        payload2 = readPayload(name, env.GITHUB_EVENT_PATH);
      } catch (error3) {
        warn2(`kep-validator checks every KEP: ${error3.message}`);
      }
      if (payload2) {
        const repository = payload2.repository;
        toDefaultBranch = typeof payload2.ref === "string" && typeof repository?.default_branch === "string" && payload2.ref === `refs/heads/${repository.default_branch}`;
        ({ before, after } = payload2);
        const wrong = [["before", before], ["after", after]].filter(([, sha]) => !isSha(sha)).map(([field, sha]) => `${field} is ${sha === void 0 ? "missing" : `${JSON.stringify(sha)?.slice(0, 80)}, not a commit id (40 or 64 hex digits)`}`);
        if (wrong.length > 0) warn2(`kep-validator checks every KEP: the push event payload at ${env.GITHUB_EVENT_PATH} cannot say what the push changed: ${wrong.join("; ")}`);
      }
    }
    if (isSha(before) && !NOTHING2.test(before) && isSha(after) && !NOTHING2.test(after) && owner && repo) {
      return { kind: "push", name, owner, repo, baseSha: before, headSha: after, toDefaultBranch };
    }
    return { kind: "audit", name: name || "local", owner: owner || void 0, repo: repo || void 0, sha: env.GITHUB_SHA || (isSha(after) && !NOTHING2.test(after) ? after : void 0), toDefaultBranch };
  }
  const path = env.GITHUB_EVENT_PATH;
  const payload = readPayload(name, path);
  const pr = payload.pull_request;
  const base = pr?.base;
  const head = pr?.head;
  if (!pr || typeof pr.number !== "number" || !base?.sha || !head?.sha) {
    throw new EventError(`the ${name} event payload at ${path} has no pull_request with number, base.sha and head.sha`);
  }
  for (const [field, sha] of [
    ["base.sha", base.sha],
    ["head.sha", head.sha]
  ]) {
    if (!isSha(sha)) {
      throw new EventError(`the ${name} event payload at ${path} has a pull_request.${field} that is not a commit id (40 or 64 hex digits): ${JSON.stringify(sha).slice(0, 80)}`);
    }
  }
  return {
    kind: "pull-request",
    name,
    owner: base.repo?.owner?.login ?? owner,
    repo: base.repo?.name ?? repo,
    number: pr.number,
    baseSha: base.sha,
    headSha: head.sha,
    changedFiles: typeof pr.changed_files === "number" ? pr.changed_files : void 0,
    htmlUrl: typeof pr.html_url === "string" ? pr.html_url : void 0
  };
}
function eventSubject(event) {
  if (event.kind === "pull-request") return "this pull request";
  return event.name === "merge_group" ? "this merge group" : "this push";
}
function describeEvent(event) {
  if (event.kind === "pull-request") return `pull request #${event.number} against ${event.baseSha.slice(0, 7)}`;
  if (event.name === "merge_group") return `merge group ${event.headSha.slice(0, 7)} against ${event.baseSha.slice(0, 7)}`;
  return `push ${event.baseSha.slice(0, 7)}..${event.headSha.slice(0, 7)}`;
}

// src/action/actionRules.ts
async function loadActionRules(inputs, workspace, event, base) {
  const lifecycle = resolveLifecycleOption(inputs.lifecycle, workspace);
  const rules = await loadRules({
    checkout: confinedTo(workspace, workspaceFiles(workspace)),
    base,
    configDir: workspace,
    config: inputs.config,
    defaultRoot: workspace,
    options: {
      preset: inputs.preset,
      recognisePreset: true,
      sigs: inputs.sigs === void 0 ? void 0 : resolve10(workspace, inputs.sigs),
      root: inputs.root === void 0 ? void 0 : resolve10(workspace, inputs.root),
      lifecycle,
      schema: inputs.schema === void 0 ? void 0 : resolve10(workspace, inputs.schema),
      indexFile: inputs.index
    },
    baseline: inputs.baseline === null ? null : inputs.baseline === void 0 ? void 0 : resolve10(workspace, inputs.baseline)
  });
  for (const line2 of presetNote(rules.settings)) info2(line2);
  if (event.kind !== "audit" && rules.proposed.files.length > 0) {
    notice2(
      proposedRulesNote(
        eventSubject(event),
        rules.proposed.files.map((path) => relative4(workspace, path)),
        rules.base
      )
    );
  }
  return { rules, lifecycle };
}

// src/action/baselineDecision.ts
function baselineFor(rules, run2) {
  if (run2.change && run2.base === void 0) {
    info2("the baseline is not applied: without the base commit, it would be the one the changes bring");
    return void 0;
  }
  const baseline = rules.baseline();
  if (baseline) info2("problems the baseline records are shown and not counted");
  return baseline;
}

// src/github/client.ts
var DEFAULT_CLIENT = { requestTimeoutMs: 3e4, retries: 3, maxRateLimitWaitS: 60 };
var NetworkError = class extends Error {
  request;
  status;
  constructor(message2, request, retryable) {
    super(message2);
    this.name = "NetworkError";
    this.request = request;
    if (retryable) this.status = 500;
  }
};
var PERMANENT = /^(ENOTFOUND|ECONNREFUSED|EAI_FAIL|EAI_NONAME|CERT_|ERR_TLS_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|ERR_INVALID_URL)/;
function networkCause(error3) {
  let current = error3;
  let found = { text: error3.message ?? String(error3) };
  for (let depth = 0; current && depth < 5; depth++, current = current.cause) {
    if (current.name === "TimeoutError") return { code: "TIMEOUT", text: "no answer in time" };
    if (typeof current.code === "string") found = { code: current.code, text: current.message ?? current.code };
    else if (current.message) found = { ...found, text: current.message };
  }
  return found;
}
function describeRequestFailure(error3) {
  if (error3 instanceof NetworkError) return error3.message;
  const failure = error3;
  if (failure?.response !== void 0 && failure.status !== void 0) return `GitHub answered ${failure.status} (${failure.message})`;
  return error3?.message ?? String(error3);
}
function logger(log) {
  const quiet = () => {
  };
  return { debug: quiet, info: quiet, warn: (message2) => log(message2), error: (message2) => log(message2) };
}
function attemptsPlugin(options, log) {
  return (octokit) => {
    octokit.hook.wrap("request", async (request, requestOptions) => {
      const what = `${requestOptions.method} ${octokit.request.endpoint.parse(requestOptions).url}`;
      requestOptions.request = { ...requestOptions.request, signal: AbortSignal.timeout(options.requestTimeoutMs), log: logger(log) };
      try {
        return await request(requestOptions);
      } catch (error3) {
        const failure = error3;
        if (failure.response !== void 0) {
          log(`GitHub answered ${failure.status} to ${what}`);
          throw error3;
        }
        const cause = networkCause(failure);
        const permanent = cause.code === void 0 || PERMANENT.test(cause.code);
        const message2 = cause.code === "TIMEOUT" ? `no answer from GitHub to ${what} within ${options.requestTimeoutMs / 1e3} s` : `could not reach GitHub for ${what}: network error ${cause.code ? `${cause.code} ` : ""}(${cause.text})`;
        const attempt = requestOptions.request?.retryCount ?? 0;
        const retries = requestOptions.request?.retries ?? options.retries;
        log(permanent ? message2 : attempt < retries ? `${message2}; retrying` : `${message2}; no attempt left (${attempt + 1} made)`);
        throw new NetworkError(message2, requestOptions, !permanent);
      }
    });
  };
}
async function createClient(token, options = DEFAULT_CLIENT, log = () => {
}) {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([import("./chunks/github-ISL2RNFL.js"), import("./chunks/dist-bundle-MTEOUHRH.js"), import("./chunks/dist-bundle-24LU2OSH.js")]);
  const rateLimited = (kind2) => (retryAfter, request, _octokit, retryCount) => {
    const wait = retryCount < options.retries && retryAfter <= options.maxRateLimitWaitS;
    log(`GitHub's ${kind2} limit stopped ${request.method} ${request.url}; ${wait ? `retrying in ${retryAfter} s` : `not waiting ${retryAfter} s for it`}`);
    return wait;
  };
  return getOctokit(
    token,
    {
      ...options.baseUrl === void 0 ? {} : { baseUrl: options.baseUrl },
      retry: { retries: options.retries },
      log: logger(log),
      throttle: { onRateLimit: rateLimited("rate"), onSecondaryRateLimit: rateLimited("secondary rate") }
    },
    // First is innermost: the timeout and the telling apart apply to each attempt the others make.
    attemptsPlugin(options, log),
    retry,
    throttling
  );
}

// src/github/listPullRequestFiles.ts
var LIST_FILES_LIMIT = 3e3;
var KINDS2 = {
  added: "added",
  removed: "deleted",
  modified: "modified",
  renamed: "renamed",
  copied: "copied",
  changed: "type-changed",
  unchanged: void 0
};
var UnexpectedAnswerError = class extends Error {
};
function isListedFile(value) {
  const file = value;
  return typeof file === "object" && file !== null && typeof file.filename === "string" && file.filename !== "" && typeof file.status === "string" && (file.previous_filename === void 0 || typeof file.previous_filename === "string") && (file.patch === void 0 || typeof file.patch === "string");
}
function filesOf(data, page) {
  if (!Array.isArray(data)) {
    throw new UnexpectedAnswerError(`GitHub's list of the pull request's files (page ${page}) is not a list: ${JSON.stringify(data)?.slice(0, 120) ?? typeof data}`);
  }
  const bad = data.findIndex((file) => !isListedFile(file));
  if (bad !== -1) throw new UnexpectedAnswerError(`GitHub's list of the pull request's files (page ${page}) has an entry without filename and status: ${JSON.stringify(data[bad])?.slice(0, 120)}`);
  for (const file of data) {
    if (!(file.status in KINDS2)) throw new UnexpectedAnswerError(`GitHub's list of the pull request's files (page ${page}) has an unknown status "${file.status.slice(0, 40)}" for ${file.filename}`);
  }
  return data;
}
async function listPullRequestFiles(client, owner, repo, pullNumber) {
  const changes = [];
  const patches = /* @__PURE__ */ new Map();
  let listed2 = 0;
  for (let page = 1; listed2 < LIST_FILES_LIMIT; page++) {
    const { data } = await client.rest.pulls.listFiles({ owner, repo, pull_number: pullNumber, per_page: 100, page });
    const files = filesOf(data, page);
    for (const file of files) {
      const kind2 = KINDS2[file.status];
      if (kind2 === void 0) continue;
      patches.set(file.filename, file.patch ?? (file.changes === 0 ? "" : void 0));
      changes.push(file.previous_filename ? { kind: kind2, path: file.filename, previousPath: file.previous_filename } : { kind: kind2, path: file.filename });
    }
    listed2 += files.length;
    if (files.length < 100) return { changes, listed: listed2, truncated: false, patches };
  }
  return { changes, listed: listed2, truncated: true, patches };
}

// src/github/listOpenPullRequests.ts
var MAX_PAGES = 100;
async function listOpenPullRequests(client, owner, repo) {
  const open2 = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await client.rest.pulls.list({ owner, repo, state: "open", per_page: 100, page });
    if (!Array.isArray(data)) throw new UnexpectedAnswerError(`GitHub's list of open pull requests (page ${page}) is not a list: ${JSON.stringify(data)?.slice(0, 120) ?? typeof data}`);
    for (const pull of data) {
      const { number, title } = pull ?? {};
      if (typeof number !== "number" || !Number.isInteger(number) || typeof title !== "string") {
        throw new UnexpectedAnswerError(`GitHub's list of open pull requests (page ${page}) has an entry without number and title: ${JSON.stringify(pull)?.slice(0, 120)}`);
      }
      open2.push({ number, title });
    }
    if (data.length < 100) break;
  }
  return open2;
}

// src/action/openPullRequests.ts
async function openPullRequestsFor(settings, event, token) {
  if (!settings.numbersFromOpenPullRequests || event.kind !== "pull-request") return void 0;
  if (!token) {
    info2("no token: the numbers that open pull requests claim by their titles are not known, and a new number is checked against the files alone");
    return void 0;
  }
  try {
    const client = await createClient(token, void 0, info2);
    const open2 = await listOpenPullRequests(client, event.owner, event.repo);
    info2(`listed ${open2.length} open pull requests for the numbers their titles claim`);
    return open2.filter((pull) => pull.number !== event.number);
  } catch (error3) {
    warning2(`kep-validator could not list the open pull requests (${describeRequestFailure(error3)}); a new number is checked against the files alone`);
    return void 0;
  }
}

// src/action/pullRequestChanges.ts
import { relative as relative5, sep as sep7 } from "node:path";

// src/github/getFileAtRef.ts
async function getFileAtRef(client, owner, repo, path, ref) {
  try {
    const response = await client.rest.repos.getContent({
      owner,
      repo,
      path,
      ref,
      headers: { accept: "application/vnd.github.raw" },
      request: { parseSuccessResponseBody: false }
    });
    const body = response.data;
    if (typeof body === "string") return Buffer.from(body);
    if (body instanceof ArrayBuffer) return Buffer.from(body);
    if (body && typeof body.getReader === "function") {
      return Buffer.from(await new Response(body).arrayBuffer());
    }
    return new Error(`unexpected answer for ${path} at ${ref.slice(0, 12)}`);
  } catch (error3) {
    return new Error(`${describeRequestFailure(error3)} for ${path} at ${ref.slice(0, 12)}`);
  }
}

// src/core/diffLines.ts
function onChangedLine(lines, file, span) {
  const changed = lines.get(file);
  if (changed === void 0) return false;
  if (changed === "all") return true;
  for (let line2 = span.line; line2 <= Math.max(span.line, span.endLine); line2++) if (changed.has(line2)) return true;
  return false;
}
function headLinesOf(patch, into = /* @__PURE__ */ new Set()) {
  let line2 = 0;
  for (const text2 of patch.split("\n")) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text2);
    if (hunk) line2 = Number(hunk[1]);
    else if (line2 > 0 && (text2.startsWith("+") || text2.startsWith(" "))) into.add(line2++);
  }
  return into;
}
var C_ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
function unquoteGitPath(text2) {
  if (!text2.startsWith('"') || !text2.endsWith('"') || text2.length < 2) return text2;
  const bytes = [];
  const inner = text2.slice(1, -1);
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c !== "\\") {
      bytes.push(...Buffer.from(c, "utf8"));
      continue;
    }
    const next = inner[++i];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(inner.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(C_ESCAPES[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString("utf8");
}
function headLinesByFile(diff) {
  const files = /* @__PURE__ */ new Map();
  let current;
  let line2 = 0;
  for (const text2 of diff.split("\n")) {
    if (text2.startsWith("diff --git ")) {
      current = void 0;
      line2 = 0;
    } else if (text2.startsWith("+++ ") && line2 === 0) {
      const path = text2.slice(4).replace(/\t$/, "");
      current = path === "/dev/null" ? void 0 : files.get(unquoteGitPath(path)) ?? /* @__PURE__ */ new Set();
      if (current) files.set(unquoteGitPath(path), current);
    } else if (current) {
      const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text2);
      if (hunk) line2 = Number(hunk[1]);
      else if (line2 > 0 && (text2.startsWith("+") || text2.startsWith(" "))) current.add(line2++);
    }
  }
  return files;
}

// src/git/gitChanges.ts
async function gitChanges(cwd, base, head) {
  const args = ["diff", "--no-ext-diff", "--no-textconv", "--name-status", "-z", "-M", "--relative", "--end-of-options", base];
  if (head !== void 0) args.push(head);
  args.push("--");
  const [diff, untracked] = await Promise.all([gitInBackground(cwd, args), head === void 0 ? gitInBackground(cwd, ["ls-files", "-z", "--others", "--exclude-standard"]) : ""]);
  const changes = parseNameStatus(diff);
  for (const path of untracked.split("\0")) {
    if (path !== "") changes.push({ kind: "added", path });
  }
  return changes.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function gitChangedLines(cwd, base, head, paths, previousPaths = []) {
  const lines = /* @__PURE__ */ new Map();
  const all = [...paths, ...previousPaths];
  for (let start = 0; start < all.length; start += 2e3) {
    const args = ["--literal-pathspecs", "diff", "--no-ext-diff", "--no-textconv", "--no-color", "--no-prefix", "-U3", "-M", "--relative", "--end-of-options", base, head, "--", ...all.slice(start, start + 2e3)];
    for (const [path, found] of headLinesByFile(git(cwd, args))) lines.set(path, found);
  }
  return lines;
}

// src/tree/commitInWorkspaceTree.ts
var CommitInWorkspaceTree = class {
  constructor(commit, workspace) {
    this.commit = commit;
    this.workspace = workspace;
    this.label = commit.label;
  }
  commit;
  workspace;
  label;
  same;
  list() {
    return this.commit.list();
  }
  /**
   * The commit's files that git finds unchanged in the workspace. git does not look at files
   * marked assume-unchanged or skip-worktree (a step of the workflow may have marked and
   * edited them): only files whose index entry is plain ("H") are trusted.
   */
  unchangedInWorkspace() {
    if (!this.same) {
      const root = this.workspace.root;
      const differing = new Set(git(root, ["diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", "--relative", "--end-of-options", this.commit.commit, "--"]).split("\0"));
      const plain = /* @__PURE__ */ new Set();
      for (const record of git(root, ["ls-files", "-v", "-z", "--"]).split("\0")) if (record.startsWith("H ")) plain.add(record.slice(2));
      this.same = new Set(
        this.list().filter((entry) => entry.kind === "file" && plain.has(entry.path) && !differing.has(entry.path)).map((entry) => entry.path)
      );
    }
    return this.same;
  }
  /** Whether a file of the commit is read from the workspace (else from git). */
  readsFromWorkspace(path) {
    if (!this.unchangedInWorkspace().has(path)) return false;
    try {
      const entry = entryAt(this.workspace.root, path);
      return entry?.kind === "file" && entry.size === this.commit.sizeOf(path);
    } catch {
      return false;
    }
  }
  split(paths) {
    const workspace = [];
    const commit = [];
    for (const path of paths) (this.readsFromWorkspace(path) ? workspace : commit).push(path);
    return { workspace, commit };
  }
  readHeads(paths, bytes, visit4) {
    const { workspace, commit } = this.split(paths);
    this.workspace.readHeads(workspace, bytes, visit4);
    this.commit.readHeads(commit, bytes, visit4);
  }
  readFiles(paths) {
    const { workspace, commit } = this.split(paths);
    return new Map([...this.workspace.readFiles(workspace), ...this.commit.readFiles(commit)]);
  }
};

// src/tree/overlayTree.ts
var OverlayTree = class {
  constructor(label, files = /* @__PURE__ */ new Map(), options = {}) {
    this.label = label;
    this.files = new Map(files);
    this.under = options.under;
    this.removed = options.removed ?? /* @__PURE__ */ new Set();
    this.others = options.others ?? [];
  }
  label;
  files;
  under;
  removed;
  others;
  /** The files set() replaced or added, by path. */
  replaced = /* @__PURE__ */ new Map();
  /** Replaces a file: bytes as they are (a fix keeps bytes that are not UTF-8), or text as UTF-8. */
  set(path, content) {
    const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, "utf8");
    this.files.set(path, bytes);
    this.replaced.set(path, bytes);
  }
  /** The files set() replaced so far, by path. */
  changed() {
    return this.replaced;
  }
  list() {
    const entries = /* @__PURE__ */ new Map();
    for (const entry of this.under?.list() ?? []) if (!this.removed.has(entry.path)) entries.set(entry.path, entry);
    for (const path of this.files.keys()) entries.set(path, { path, kind: "file" });
    for (const entry of this.others) entries.set(entry.path, entry);
    return [...entries.values()];
  }
  readHeads(paths, bytes, visit4) {
    const held = [];
    const below = [];
    for (const path of paths) (this.files.has(path) || !this.under || this.removed.has(path) ? held : below).push(path);
    headsFromFiles(this, held, visit4);
    this.under?.readHeads(below, bytes, visit4);
  }
  readFiles(paths) {
    const contents = /* @__PURE__ */ new Map();
    const rest = [];
    for (const path of paths) {
      const held = this.files.get(path);
      if (held !== void 0) contents.set(path, held);
      else if (this.under && !this.removed.has(path)) rest.push(path);
      else contents.set(path, new Error(`${path} is not in ${this.label}`));
    }
    if (this.under) for (const [path, content] of this.under.readFiles(rest)) contents.set(path, content);
    return contents;
  }
};

// src/action/pullRequestChanges.ts
function changedLinesOf(changes, paths, diff) {
  const byPath2 = new Map(changes.map((change) => [change.path, change]));
  const wanted = [...new Set(paths)].filter((path) => byPath2.has(path));
  const lines = /* @__PURE__ */ new Map();
  const edited = wanted.filter((path) => byPath2.get(path).kind !== "deleted");
  const found = edited.length === 0 ? /* @__PURE__ */ new Map() : diff(
    edited,
    edited.map((path) => byPath2.get(path).previousPath).filter((path) => path !== void 0)
  );
  for (const path of wanted) lines.set(path, byPath2.get(path).kind === "deleted" ? "all" : found.get(path) ?? /* @__PURE__ */ new Set());
  return lines;
}
function hasCommit(cwd, sha) {
  try {
    git(cwd, ["cat-file", "-e", "--end-of-options", `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
function tryMergeBase(cwd, base, head) {
  try {
    return git(cwd, ["merge-base", "--end-of-options", base, head]).trim();
  } catch {
    return void 0;
  }
}
function gitMergeBase(cwd, event, log) {
  const wanted = [event.baseSha, event.headSha];
  if (!wanted.every((sha) => hasCommit(cwd, sha))) {
    log(`fetching the base and head commits (${wanted.map((sha) => sha.slice(0, 7)).join(", ")})`);
    git(cwd, ["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "--end-of-options", "origin", ...wanted]);
  }
  let found = tryMergeBase(cwd, event.baseSha, event.headSha);
  for (const depth of [32, 256, 2048]) {
    if (found !== void 0) return found;
    log(`no merge base in the fetched history; fetching ${depth} commits of each side`);
    git(cwd, ["fetch", "--no-tags", "--no-recurse-submodules", `--depth=${depth}`, "--end-of-options", "origin", ...wanted]);
    found = tryMergeBase(cwd, event.baseSha, event.headSha);
  }
  if (found === void 0 && git(cwd, ["rev-parse", "--is-shallow-repository"]).trim() === "true") {
    log("no merge base yet; fetching the whole history");
    git(cwd, ["fetch", "--no-tags", "--no-recurse-submodules", "--unshallow", "--end-of-options", "origin", ...wanted]);
    found = tryMergeBase(cwd, event.baseSha, event.headSha);
  }
  if (found === void 0) throw new GitError(`base ${event.baseSha} and head ${event.headSha} have no common ancestor`);
  return found;
}
async function fromGit(settings, event, log, baseCommit) {
  const base = baseCommit ?? gitMergeBase(settings.root, event, log);
  const prefix = repositoryPrefix(settings.root);
  const changes = await gitChanges(settings.root, base, event.headSha);
  return {
    changes,
    changedLines: (paths) => changedLinesOf(changes, paths, (edited, previous) => gitChangedLines(settings.root, base, event.headSha, edited, previous)),
    // The workspace is a checkout of the merge (or the head): what git finds unchanged there is read from it.
    head: new CommitInWorkspaceTree(new GitTree(settings.root, event.headSha, prefix, { sizes: true }), new FileSystemTree(settings.root)),
    base: new GitTree(settings.root, base, prefix),
    via: "git"
  };
}
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  });
  await Promise.all(workers);
  return results;
}
async function fromApi(settings, workspace, event, token, log) {
  const client = await createClient(token, void 0, log);
  const listed2 = await listPullRequestFiles(client, event.owner, event.repo, event.number);
  if (listed2.truncated || (event.changedFiles ?? 0) > LIST_FILES_LIMIT) {
    throw new Error(`the pull request changes more than ${LIST_FILES_LIMIT} files, more than the GitHub API lists, and git could not be used; check out with actions/checkout and fetch-depth: 0`);
  }
  if (event.changedFiles !== void 0 && listed2.listed !== event.changedFiles) {
    throw new Error(`GitHub listed ${listed2.listed} changed files, but the event says the pull request changes ${event.changedFiles}; re-run the job, or check out with actions/checkout and fetch-depth: 0`);
  }
  const prefix = relative5(workspace, settings.root).split(sep7).join("/");
  const underRoot = (path) => prefix === "" ? path : path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : void 0;
  const isKep = isKepPath(settings.layout);
  const changes = [];
  const patches = /* @__PURE__ */ new Map();
  for (const change of listed2.changes) {
    const path = underRoot(change.path);
    if (path !== void 0) patches.set(path, listed2.patches.get(change.path));
    const previousPath = change.previousPath === void 0 ? void 0 : underRoot(change.previousPath);
    if (path === void 0 && previousPath === void 0) continue;
    if (path === void 0) changes.push({ kind: "deleted", path: previousPath });
    else if (change.previousPath !== void 0 && previousPath === void 0) changes.push({ kind: "added", path });
    else changes.push(previousPath === void 0 ? { kind: change.kind, path } : { kind: change.kind, path, previousPath });
  }
  const relevant = changes.filter((c) => isKep(c.path) || c.previousPath !== void 0 && isKep(c.previousPath));
  const fetch = async (path, sha) => [path, await getFileAtRef(client, event.owner, event.repo, prefix ? `${prefix}/${path}` : path, sha)];
  const readmes = readmeFilesOfChanges(settings, changes);
  const basePaths = [...relevant.map(basePath).filter((p) => p !== void 0), ...readmes.base];
  const indexChange = changes.filter((c) => c.path === settings.indexFile && c.kind !== "deleted").map((c) => c.path);
  const headPaths = [...relevant.map((c) => headPath(c)).filter((p) => p !== void 0 && isKep(p)), ...indexChange, ...readmes.head];
  const baseFiles = new Map(await mapLimit(basePaths, 8, (path) => fetch(path, event.baseSha)));
  const headFiles = new Map(await mapLimit(headPaths, 8, (path) => fetch(path, event.headSha)));
  const removed = new Set(relevant.flatMap((c) => c.kind === "deleted" ? [c.path] : c.kind === "renamed" ? [c.previousPath] : []));
  const fromPatches = (edited) => new Map(edited.map((path) => [path, patches.get(path) === void 0 ? "all" : headLinesOf(patches.get(path))]));
  return {
    changes,
    changedLines: (paths) => changedLinesOf(changes, paths, fromPatches),
    head: new OverlayTree(`head ${event.headSha.slice(0, 12)}`, headFiles, { under: new FileSystemTree(settings.root), removed }),
    base: new OverlayTree(`base ${event.baseSha.slice(0, 12)}`, baseFiles),
    via: "api"
  };
}
async function collectPullRequest(settings, repositoryRoot, event, token, log, baseCommit) {
  let gitProblem;
  try {
    return await fromGit(settings, event, log, baseCommit);
  } catch (error3) {
    gitProblem = error3.message;
  }
  if (event.kind !== "pull-request") {
    throw new Error(`git could not provide the changes of the ${event.name} (${gitProblem}); check out with actions/checkout (fetch-depth: 0 if the commits are not reachable)`);
  }
  if (!token) {
    throw new Error(`git could not provide the pull request's changes (${gitProblem}), and there is no token for the GitHub API; check out with actions/checkout, or pass a token`);
  }
  log(`git could not provide the pull request's changes (${gitProblem}); using the GitHub API`);
  return fromApi(settings, repositoryRoot, event, token, log);
}

// src/action/repositoryPaths.ts
import { dirname as dirname6, posix as posix7, relative as relative6, sep as sep8 } from "node:path";
var toPosix = (path) => path.split(sep8).join("/");
function pathInRepository(file, workspace) {
  const top = workTreeRoot(dirname6(file));
  return toPosix(top === void 0 ? relative6(workspace, file) : relative6(top, realPath(file)));
}
function repositoryPaths(root, workspace) {
  const top = workTreeRoot(root);
  const rootInRepository = toPosix(top === void 0 ? relative6(workspace, root) : relative6(top, realPath(root)));
  return { repositoryRoot: top ?? workspace, displayPath: (file) => rootInRepository === "" ? file : posix7.join(rootInRepository, file) };
}

// src/action/rulesBase.ts
import { dirname as dirname7, resolve as resolve11 } from "node:path";
function rulesBase(inputs, workspace, event) {
  if (event.kind === "audit") return void 0;
  const top = changeRepository([inputs.root, inputs.config === void 0 ? void 0 : dirname7(inputs.config), "."].map((path) => path === void 0 ? void 0 : resolve11(workspace, path)));
  if (top === void 0) {
    warning2(`kep-validator reads the rules from the checkout: without git, the base commit of the changes cannot be read; a ${event.name} that changes the configuration is judged by it`);
    return void 0;
  }
  try {
    return { top, commit: gitMergeBase(top, event, info2) };
  } catch (error3) {
    if (event.kind === "push") info2(`the rules are the checkout's: the base commit is not available (${error3.message})`);
    else warning2(`kep-validator reads the rules from the checkout: the base commit is not available (${error3.message})`);
    return void 0;
  }
}

// src/action/checkEvent.ts
async function checkEvent(inputs, event, workspace) {
  const base = rulesBase(inputs, workspace, event);
  const { rules, lifecycle } = await loadActionRules(inputs, workspace, event, base);
  const { config, settings } = rules;
  const { repositoryRoot, displayPath } = repositoryPaths(settings.root, workspace);
  const checked = (result2) => ({ inputs, event, result: result2, settings, repositoryRoot, displayPath });
  const indexCommand = indexFixCommand(settings, { from: repositoryRoot, config, lifecycle });
  const audit = async () => {
    info2(`${event.name}: checking every KEP under ${JSON.stringify(displayPath("").replace(/\/$/, "") || ".")}`);
    const baseline2 = baselineFor(rules, { change: false, base });
    return checked(await validate(settings, { head: new FileSystemTree(settings.root), baseline: baseline2, log: info2, indexFixCommand: indexCommand, surroundings: () => repositoryAround(settings.root) }));
  };
  if (event.kind === "audit") return audit();
  info2(`${describeEvent(event)}: checking the KEPs it changes${inputs.onlyNew ? "; only the problems it brings count" : ""}`);
  let sources;
  try {
    sources = await collectPullRequest(settings, repositoryRoot, event, inputs.token, info2, base?.commit);
  } catch (error3) {
    if (event.kind !== "push") throw error3;
    warning2(`kep-validator could not compare the ${event.name} with ${event.baseSha.slice(0, 7)} (${error3.message}); checking every KEP instead`);
    return audit();
  }
  info2(`read the changes with ${sources.via}: ${sources.changes.length} files changed`);
  const baseline = inputs.onlyNew ? void 0 : baselineFor(rules, { change: true, base });
  const openPullRequests = await openPullRequestsFor(settings, event, inputs.token);
  const result = await validate(settings, {
    head: sources.head,
    changes: { base: sources.base, files: sources.changes },
    onlyNew: inputs.onlyNew,
    baseline,
    proposedRules: rules.proposed.problems,
    indexFixCommand: indexCommand,
    surroundings: () => repositoryAround(settings.root),
    openPullRequests
  });
  return { ...checked(result), changes: { subject: eventSubject(event), changedLines: sources.changedLines } };
}

// src/action/inputs.ts
function optional(name) {
  const value = getInput(name).trim();
  return value === "" ? void 0 : value;
}
function booleanInput(name, fallback = false) {
  const value = optional(name) ?? String(fallback);
  if (!/^(true|false)$/i.test(value)) throw new Error(`input ${name} must be true or false, not "${value}"`);
  return value.toLowerCase() === "true";
}
function readInputs() {
  const failOn = optional("fail-on") ?? "error";
  if (failOn !== "error" && failOn !== "warning" && failOn !== "never") {
    throw new Error(`input fail-on must be error, warning or never, not "${failOn}"`);
  }
  const checkRun = { true: "always", false: "never" }[optional("check-run")?.toLowerCase() ?? ""] ?? optional("check-run") ?? "auto";
  if (checkRun !== "auto" && checkRun !== "always" && checkRun !== "never") {
    throw new Error(`input check-run must be auto, always (or true) or never (or false), not "${checkRun}"`);
  }
  const preexisting = optional("preexisting") ?? "annotations";
  if (preexisting !== "annotations" && preexisting !== "summary" && preexisting !== "none") {
    throw new Error(`input preexisting must be annotations, summary or none, not "${preexisting}"`);
  }
  return {
    checkRun,
    preexisting,
    checkName: optional("check-name") ?? "KEP metadata",
    metrics: booleanInput("metrics"),
    onlyNew: booleanInput("only-new", true),
    baseline: optional("baseline") === "none" ? null : optional("baseline"),
    suggestions: booleanInput("suggestions"),
    token: optional("token"),
    root: optional("root"),
    preset: optional("preset"),
    config: optional("config"),
    sigs: optional("sigs"),
    lifecycle: optional("lifecycle"),
    schema: optional("schema"),
    index: optional("index") === void 0 ? void 0 : optional("index") === "none" ? null : optional("index"),
    failOn
  };
}

// src/format/markdown.ts
var made = (text2) => text2;
function gfm(literals, ...parts) {
  let out = literals[0];
  for (let i = 0; i < parts.length; i++) out += String(parts[i]) + literals[i + 1];
  return made(out);
}
function joinMarkdown(parts, separator = "") {
  return made(parts.join(separator));
}
function code(value, options = {}) {
  let text2 = printable(value);
  if (text2 === "") return made("");
  if (options.table) text2 = text2.replace(/\\?\|/g, (pipe) => pipe.length === 2 ? "\\\u200B\\|" : "\\|");
  const longest = Math.max(0, ...[...text2.matchAll(/`+/g)].map((run2) => run2[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(text2) && /[^ ]/.test(text2) ? " " : "";
  return made(`${fence}${pad}${text2}${pad}${fence}`);
}
function fenceFor(text2) {
  const longest = Math.max(2, ...[...text2.matchAll(/`+/g)].map((run2) => run2[0].length));
  return "`".repeat(longest + 1);
}
function codeBlock(text2, info3 = "") {
  const fence = fenceFor(text2);
  return made(`${fence}${info3}
${text2}
${fence}`);
}
function text(words) {
  return made(
    escapeMarkdown(words).replace(/@/g, "@\u200D").replace(/:\/\//g, ":\u200D//").replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\u200D.`)
  );
}
function link2(label, address) {
  let url;
  try {
    url = new URL(address);
  } catch {
    return gfm`${label} (${code(address)})`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:" || /[\s<>]/.test(url.href)) return gfm`${label} (${code(address)})`;
  return made(`[${label}](<${url.href}>)`);
}
function escapeMarkdown(text2) {
  return text2.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|#~])/g, "\\$1").replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, " ");
}

// src/github/createCheckRun.ts
var ANNOTATIONS_PER_REQUEST = 50;
async function createCheckRun(client, request, describe = (error3) => error3.message) {
  const batches = [];
  for (let i = 0; i < request.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(request.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  if (batches.length === 0) batches.push([]);
  const output = (annotations, summary2 = request.summary) => ({ title: request.title, summary: summary2, annotations });
  const last = batches.length - 1;
  const completed = () => ({ status: "completed", conclusion: request.conclusion, completed_at: (/* @__PURE__ */ new Date()).toISOString() });
  const { data } = await client.rest.checks.create({
    owner: request.owner,
    repo: request.repo,
    name: request.name,
    head_sha: request.headSha,
    ...last === 0 ? completed() : { status: "in_progress" },
    output: output(batches[0])
  });
  const created = data;
  if (typeof created?.id !== "number") throw new Error(`GitHub's answer to creating the check run has no id: ${JSON.stringify(data)?.slice(0, 200)}`);
  const url = typeof created.html_url === "string" ? created.html_url : "";
  const update = (fields) => client.rest.checks.update({ owner: request.owner, repo: request.repo, check_run_id: created.id, ...fields });
  let annotated = batches[0].length;
  for (let i = 1; i <= last; i++) {
    try {
      await update({ ...i === last ? completed() : {}, output: output(batches[i]) });
      annotated += batches[i].length;
    } catch (error3) {
      const missing = request.annotations.length - annotated;
      const total = request.annotations.length;
      const why = describe(error3);
      const problem2 = `${missing} of ${total} annotations could not be added: ${why}`;
      try {
        await update({ ...completed(), output: output([], gfm`${request.summary}\n\n${missing} of ${total} annotations could not be added: ${code(why)}. The job summary lists every problem.`) });
      } catch (completion) {
        return { url, annotated, problem: problem2, notCompleted: describe(completion) };
      }
      return { url, annotated, problem: problem2 };
    }
  }
  return { url, annotated };
}

// src/format/diffContext.ts
function problemsToAnnotate(diagnostics, diff, preexisting) {
  return diagnostics.filter((d) => !d.preexisting || preexisting === "annotations" && diff !== void 0 && onChangedLine(diff.lines, d.file, d));
}
function listed(paths) {
  return paths.length <= 3 ? paths.join(", ") : `${paths.slice(0, 3).join(", ")} and ${paths.length - 3} more`;
}
function whyOutsideDiff(d, diff, displayPath) {
  if (!diff || d.preexisting || onChangedLine(diff.lines, d.file, d)) return void 0;
  const { subject } = diff;
  const reasons = diff.checkedWith?.get(d.file) ?? [];
  const approvals = reasons.filter((reason) => reason.as === "approval").map((reason) => displayPath(reason.file));
  const data = reasons.filter((reason) => reason.as === "data").map((reason) => displayPath(reason.file));
  if (approvals.length > 0) return `${subject} changes ${listed(approvals)}, which this KEP's stage needs`;
  if (data.length > 0) return `${subject} changes ${listed(data)}, which this KEP is checked with`;
  if (d.file === diff.indexFile) return `${displayPath(d.file)} lists the KEPs ${subject} changes`;
  const changed = diff.lines.get(d.file);
  if (changed === void 0) return `${displayPath(d.file)} is not in ${subject}: the problem follows from what ${subject} changes`;
  const moved = diff.moved?.get(d.file);
  if (moved !== void 0 && changed !== "all" && changed.size === 0) return `${subject} moves this file from ${displayPath(moved)}`;
  return diff.onlyNew ? `not on a line ${subject} changes: the base version of this file did not have this problem` : `not on a line ${subject} changes: with only-new: false, every problem of a file it changes counts`;
}

// src/format/annotations.ts
function inclusiveEndColumn(span) {
  return Math.max(span.column, span.endColumn - 1);
}
function annotationMessage(d, why) {
  if (d.preexisting) return `${d.message} (${PREEXISTING_NOTE[d.preexisting]})`;
  return why === void 0 ? d.message : `${d.message} (${why})`;
}
function formatAnnotations(report, { displayPath, diff, preexisting }) {
  const shown = preexisting === void 0 ? report.diagnostics : problemsToAnnotate(report.diagnostics, diff, preexisting);
  return shown.map((d) => {
    const level = d.preexisting ? "notice" : d.severity === "error" ? "error" : "warning";
    const annotation = { level, message: annotationMessage(d, whyOutsideDiff(d, diff, displayPath)), title: d.rule, file: displayPath(d.file), startLine: d.line, endLine: d.endLine };
    if (d.line === d.endLine) {
      annotation.startColumn = d.column;
      annotation.endColumn = inclusiveEndColumn(d);
    }
    return annotation;
  });
}

// src/format/json.ts
function formatJson(report, context) {
  const problems = report.diagnostics.map((d) => ({
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    ...d.expected ? { expected: d.expected } : {},
    ...d.preexisting ? { preexisting: d.preexisting } : {}
  }));
  const { errors, warnings, preexisting } = report.counts;
  const { checked, keps, index, baselineFixed } = report;
  return JSON.stringify(
    {
      problems,
      summary: { errors, warnings, preexisting, checked: checked.length },
      checked,
      ...context.root === void 0 ? {} : { root: context.root },
      ...keps ? { keps } : {},
      ...index ? { index: { file: index.file, state: index.state } } : {},
      ...baselineFixed && baselineFixed.length > 0 ? { baselineFixed } : {},
      ...context.fixed ? { fixed: context.fixed } : {}
    },
    null,
    2
  ) + "\n";
}

// src/format/summaryFit.ts
var SUMMARY_LIMIT = 1024 * 1024 - 4096;
var size = (lines) => lines.reduce((sum, line2) => sum + Buffer.byteLength(line2) + 1, 0);
function linesOf2(block) {
  return "lines" in block ? block.lines : [...block.head, ...block.list.map((entry) => entry.line), ...block.tail];
}
function fitSummary(blocks, whereAll, limit = SUMMARY_LIMIT) {
  const total = size(blocks.flatMap(linesOf2));
  if (total <= limit) return joinMarkdown(blocks.flatMap(linesOf2), gfm`\n`);
  const notes = blocks.filter((block) => "list" in block).length + 1;
  let excess = total - limit + notes * (600 + Buffer.byteLength(whereAll));
  const leftOut = /* @__PURE__ */ new Map();
  const kept = /* @__PURE__ */ new Map();
  const lists2 = blocks.filter((block) => "list" in block).sort((a, b) => a.cut - b.cut);
  for (const block of lists2) {
    let dropped = 0;
    let keep = block.list.length;
    while (excess > 0 && keep > 0) {
      const entry = block.list[--keep];
      excess -= Buffer.byteLength(entry.line) + 1;
      if (entry.problem) dropped++;
    }
    kept.set(block, keep);
    if (dropped > 0) leftOut.set(block, dropped);
    if (excess <= 0) break;
  }
  const out = [];
  const missing = [...leftOut.values()].reduce((sum, count) => sum + count, 0);
  blocks.forEach((block, index) => {
    if ("lines" in block) out.push(...block.lines);
    else {
      const dropped = leftOut.get(block);
      out.push(...block.head);
      for (const entry of block.list.slice(0, kept.get(block) ?? block.list.length)) out.push(entry.line);
      if (dropped !== void 0) out.push(gfm``, gfm`_${text(`${dropped} more ${dropped === 1 ? `${block.what} is` : `${block.what}s are`}`)} not listed here: GitHub keeps at most 1 MiB of job summary. ${whereAll}_`, gfm``);
      out.push(...block.tail);
    }
    if (index === 0 && missing > 0) out.push(gfm`_This summary leaves out ${text(plural(missing, "problem"))} to stay within GitHub's 1 MiB; each list that is cut says so. ${whereAll}_\n`);
  });
  const fitted = joinMarkdown(out, gfm`\n`);
  return Buffer.byteLength(fitted) <= limit ? fitted : cutLines(fitted, whereAll, limit);
}
function cutLines(summary2, whereAll, limit) {
  const note = gfm`\n\n_The summary is cut here: GitHub keeps at most 1 MiB of job summary. ${whereAll}_\n`;
  let cut = summary2.slice(0, limit - Buffer.byteLength(note) - 64);
  while (Buffer.byteLength(cut) > limit - Buffer.byteLength(note) - 64) cut = cut.slice(0, cut.length - 1024);
  cut = cut.slice(0, cut.lastIndexOf("\n") + 1);
  const open2 = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  return gfm`${cut}${note}${"\n</details>\n".repeat(Math.max(0, open2))}`;
}

// src/format/summary.ts
var PREEXISTING_HEADING = {
  base: gfm`Already on the base`,
  baseline: gfm`In the baseline`
};
var PREEXISTING_WHY = {
  base: gfm`The base version of these KEPs already had these problems: they are shown, and do not fail the check. Fixing them is welcome, in this pull request or another.`,
  baseline: gfm`The baseline file records these problems: they are shown, and do not fail the check until there are more of them than it records.`
};
var MAX_DIFF_LINES = 400;
var STEP_SHOWS = 10;
function formatSummary(report, context) {
  const input = { ...report, ...context };
  const { errors, warnings, preexisting } = input.counts;
  const blocks = [];
  const from = preexisting > 0 ? gfm` (${text(plural(preexisting, "problem"))} from before, not counted)` : gfm``;
  const verdict = errors + warnings === 0 ? gfm`✅ no problems${preexisting > 0 ? gfm` of its own` : gfm``}${from}` : gfm`${errors > 0 ? gfm`❌` : gfm`⚠️`} ${text(plural(errors, "error"))}, ${text(plural(warnings, "warning"))}${from}`;
  blocks.push({
    lines: [
      gfm`## KEP metadata: ${verdict}\n`,
      gfm`${text(plural(input.checked.length, "KEP"))} checked${input.scope === void 0 ? gfm`` : gfm` (${text(input.scope)})`}.\n`,
      ...input.checkRunUrl ? [gfm`Every problem is annotated in ${link2(gfm`the check run`, input.checkRunUrl)}.\n`] : []
    ]
  });
  const failOn = input.failOn ?? "error";
  const warningsFail = failOn === "warning";
  const counted = (severity) => input.diagnostics.filter((d) => !d.preexisting && d.severity === severity);
  if (errors > 0) {
    const fails = failOn !== "never";
    const list = counted("error");
    const table = list.length > STEP_SHOWS ? ruleCounts(input, list, "Errors") : [];
    blocks.push({ head: [gfm`### ❌ ${text(plural(errors, "error"))}\n`, ...fails ? [] : [gfm`They do not fail the check (\`fail-on: never\`).\n`], ...table], list: problemList(input, list), tail: [], cut: 3, what: "error" });
  }
  if (warnings > 0 && warningsFail) blocks.push(warningsBlock(input, counted("warning"), failOn));
  if (input.keps && input.keps.length > 0 || input.checkedWith && input.checkedWith.size > 0) blocks.push({ lines: kepTable(input) });
  if (warnings > 0 && !warningsFail) blocks.push(warningsBlock(input, counted("warning"), failOn));
  for (const kind2 of ["base", "baseline"]) {
    const known = input.diagnostics.filter((d) => d.preexisting === kind2);
    if (known.length === 0) continue;
    const head = [gfm`### ${PREEXISTING_HEADING[kind2]}: ${text(plural(known.length, "problem"))}\n`, gfm`${PREEXISTING_WHY[kind2]}\n`];
    if (input.preexisting === "none") blocks.push({ lines: [...head, gfm`They are not listed (\`preexisting: none\`).\n`] });
    else blocks.push({ head: [...head, gfm`<details><summary>Show them</summary>\n`], list: problemList(input, known), tail: [gfm`</details>\n`], cut: kind2 === "baseline" ? 0 : 1, what: "problem" });
  }
  if (input.baselineFixed && input.baselineFixed.length > 0) {
    const lines = [gfm`### Baseline entries to drop\n`, gfm`These files have fewer problems than the baseline records: run \`kep-validator baseline --write\` and commit the file.\n`];
    for (const f of input.baselineFixed) lines.push(gfm`- ${code(input.displayPath(f.file))} — ${ruleName(input, f.rule)}: recorded ${f.recorded}, now ${f.now}`);
    blocks.push({ lines: [...lines, gfm``] });
  }
  if (input.index) blocks.push({ lines: indexSection(input, input.index) });
  const everyProblem = input.checkRunUrl ? gfm`Every problem is annotated in ${link2(gfm`the check run`, input.checkRunUrl)}, and listed by \`kep-validator check --format json\`.` : gfm`Every problem is listed by \`kep-validator check --format json\` (with \`--base\` and the base commit for a change's).`;
  return fitSummary(blocks, everyProblem);
}
function warningsBlock(input, list, failOn) {
  const folded = failOn !== "warning";
  const head = [
    gfm`### ⚠️ ${text(plural(list.length, "warning"))}\n`,
    folded ? gfm`They do not fail the check (${code(`fail-on: ${failOn}`)}): conventions worth keeping.\n` : gfm`They fail the check (\`fail-on: warning\`).\n`,
    ...ruleCounts(input, list, "Warnings")
  ];
  return {
    head: folded ? [...head, gfm`<details><summary>Show the ${text(plural(list.length, "warning"))}</summary>\n`] : head,
    list: problemList(input, list),
    tail: folded ? [gfm`</details>\n`] : [],
    cut: 2,
    what: "warning"
  };
}
function ruleCounts(input, list, column) {
  const byRule = /* @__PURE__ */ new Map();
  for (const d of list) byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1);
  const rules = [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return [gfm`| Rule | ${text(column)} |`, gfm`| --- | --- |`, ...rules.map(([rule, count]) => gfm`| ${ruleName(input, rule, true)} | ${count} |`), gfm``];
}
function kepTable(input) {
  const lines = [input.keps && input.keps.length > 0 ? gfm`### KEPs changed\n` : gfm`### KEPs checked again\n`, gfm`| KEP | Change | Status | Problems |`, gfm`| --- | --- | --- | --- |`];
  const cell3 = (value) => code(value, { table: true });
  const rows = /* @__PURE__ */ new Set();
  for (const kep of input.keps ?? []) {
    rows.add(kep.file);
    const moved = kep.previousFile ? gfm` (from ${cell3(input.displayPath(kep.previousFile))})` : gfm``;
    const status = kep.from !== void 0 && kep.to !== void 0 && kep.from !== kep.to ? gfm`${cell3(kep.from)} → ${cell3(kep.to)}` : cell3(kep.to ?? kep.from ?? "");
    lines.push(gfm`| ${cell3(input.displayPath(kep.file))} | ${text(kep.kind)}${moved} | ${status} | ${problemCounts(input, kep.file)} |`);
  }
  for (const [file, withFiles] of input.checkedWith ?? []) {
    if (rows.has(file)) continue;
    const why = joinMarkdown(
      withFiles.map((w) => cell3(input.displayPath(w.file))),
      gfm`, `
    );
    lines.push(gfm`| ${cell3(input.displayPath(file))} | checked again: ${why} changed |  | ${problemCounts(input, file)} |`);
  }
  return [...lines, gfm``];
}
function problemCounts(input, file) {
  const others = (input.checkedWith?.get(file) ?? []).map((w) => w.file).filter((other) => other !== file);
  const countsOf = (of) => input.countsByFile.get(of) ?? { errors: 0, warnings: 0, preexisting: 0 };
  const { errors, warnings, preexisting } = sumCounts([.../* @__PURE__ */ new Set([file, ...others])].map(countsOf));
  const counted = errors + warnings === 0 ? "none of its own" : [errors > 0 ? plural(errors, "error") : "", warnings > 0 ? plural(warnings, "warning") : ""].filter(Boolean).join(", ");
  const elsewhere = others.map((other) => ({ other, count: countsOf(other) })).filter(({ count }) => count.errors + count.warnings > 0).map(({ other, count }) => gfm`${count.errors + count.warnings} in ${code(input.displayPath(other), { table: true })}`);
  const where2 = elsewhere.length > 0 ? gfm` (${joinMarkdown(elsewhere, gfm`, `)})` : gfm``;
  return gfm`${text(counted)}${where2}${preexisting > 0 ? gfm`; already on the base: ${preexisting}` : gfm``}`;
}
function problemList(input, diagnostics) {
  const lines = [];
  const byFile = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  for (const [file, list] of byFile) {
    const path = input.displayPath(file);
    lines.push({ line: gfm`#### ${code(path)}\n`, problem: false });
    for (const d of list) {
      const where2 = input.lineUrl ? link2(gfm`line ${d.line}`, input.lineUrl(path, d.line)) : gfm`line ${d.line}`;
      const icon = d.preexisting ? gfm`ℹ️` : d.severity === "error" ? gfm`❌` : gfm`⚠️`;
      lines.push({ line: gfm`- ${icon} ${where2}, column ${d.column} — ${ruleName(input, d.rule)}: ${code(d.message)}`, problem: true });
    }
    lines.push({ line: gfm``, problem: false });
  }
  return lines;
}
function ruleName(input, rule, table = false) {
  const url = input.ruleUrl?.(rule);
  return url ? link2(code(rule, { table }), url) : code(rule, { table });
}
function indexSection(input, index) {
  const file = code(input.displayPath(index.file));
  const lines = [gfm`### ${file}\n`];
  if (index.state === "fresh") return [...lines, gfm`${file} is up to date.\n`];
  lines.push(gfm`${file} is ${text(index.state)}. Fix it with:\n`, gfm`${codeBlock(index.fixCommand, "sh")}\n`);
  if (index.diff) {
    const diffLines2 = index.diff.replace(/\n$/, "").split("\n");
    const shown = diffLines2.length > MAX_DIFF_LINES ? [...diffLines2.slice(0, MAX_DIFF_LINES), `\u2026 ${diffLines2.length - MAX_DIFF_LINES} more lines`].join("\n") : diffLines2.join("\n");
    lines.push(gfm`<details><summary>What changes</summary>\n`, gfm`${codeBlock(shown, "diff")}\n`, gfm`</details>\n`);
  }
  return lines;
}

// src/format/formatters.ts
var FORMATTERS = {
  text: formatText,
  json: formatJson,
  github: formatAnnotations,
  summary: formatSummary
};

// src/format/ruleLinks.ts
var PROJECT_REPOSITORY = "kep-validator/kep-validator";
function docsLocation(env = process.env) {
  const repository = env.GITHUB_ACTION_REPOSITORY?.trim();
  const ref = env.GITHUB_ACTION_REF?.trim();
  const server = (env.GITHUB_SERVER_URL?.trim() || "https://github.com").replace(/\/+$/, "");
  if (repository && /^[\w.-]+\/[\w.-]+$/.test(repository)) return { server, repository, ref: ref || "main" };
  return { server: "https://github.com", repository: PROJECT_REPOSITORY, ref: "main" };
}
function ruleOf(id) {
  if (RULES.has(id)) return id;
  const base = id.slice(0, id.indexOf("/"));
  return id.includes("/") && RULES.get(base)?.meta.topics ? base : void 0;
}
function ruleUrl(id, location) {
  const rule = ruleOf(id);
  if (rule === void 0) return void 0;
  const [path, anchor] = RULES.get(rule).meta.docs.split("#");
  return `${location.server}/${location.repository}/blob/${location.ref.split("/").map(encodeURIComponent).join("/")}/${path}#${anchor}`;
}

// src/action/jobSummary.ts
async function writeSummary(markdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await summary.addRaw(markdown).write();
  } catch (error3) {
    warning2(`kep-validator could not write the job summary: ${error3.message}`);
  }
}

// src/action/publish.ts
var STEP_ANNOTATION_LIMIT = 10;
function toCheckAnnotation(annotation) {
  const carried = {
    path: annotation.file,
    start_line: annotation.startLine,
    end_line: annotation.endLine,
    annotation_level: annotation.level === "error" ? "failure" : annotation.level,
    message: annotation.message.slice(0, 64 * 1024),
    title: annotation.title
  };
  if (annotation.startColumn !== void 0) {
    carried.start_column = annotation.startColumn;
    carried.end_column = annotation.endColumn;
  }
  return carried;
}
function wantsCheckRun(inputs, { errors, warnings }) {
  if (inputs.checkRun === "never") return false;
  if (inputs.checkRun === "always") return true;
  return errors > STEP_ANNOTATION_LIMIT || warnings > STEP_ANNOTATION_LIMIT;
}
async function publishCheckRun(context, report, failing, annotations) {
  const { inputs } = context;
  const missing = !inputs.token ? "no token" : !context.owner || !context.repo ? "no repository in the environment (GITHUB_REPOSITORY)" : !context.sha ? "no commit in the environment (GITHUB_SHA)" : void 0;
  if (missing) {
    warning2(`kep-validator could not create the "${inputs.checkName}" check run (${missing}); the step shows the first ${STEP_ANNOTATION_LIMIT} errors and warnings, the job summary has them all`);
    return void 0;
  }
  const { errors, warnings, preexisting } = report.counts;
  const notices = annotations.filter((annotation) => annotation.level === "notice").length;
  const before = preexisting === 0 ? gfm`` : notices > 0 ? gfm`; ${text(plural(preexisting, "problem"))} from before, not counted (${notices} shown as notices on the lines the changes show)` : gfm`; ${text(plural(preexisting, "problem"))} from before, not counted (${inputs.preexisting === "none" ? gfm`not listed: \`preexisting: none\`` : gfm`in the job summary`})`;
  let created;
  try {
    const client = await createClient(inputs.token, void 0, info2);
    created = await createCheckRun(
      client,
      {
        owner: context.owner,
        repo: context.repo,
        name: inputs.checkName,
        headSha: context.sha,
        conclusion: failing ? "failure" : errors + warnings > 0 ? "neutral" : "success",
        title: summaryLine(report).replace(/^[✓✗] /, ""),
        summary: gfm`KEP metadata of ${text(context.scope)}: ${errors} errors, ${warnings} warnings${before}.`,
        annotations: annotations.map(toCheckAnnotation)
      },
      describeRequestFailure
    );
  } catch (error3) {
    const status = error3.response !== void 0 ? error3.status : void 0;
    const why = status === 403 ? 'the token may not write checks (a pull request from a fork gets a read-only token; add "permissions: checks: write" otherwise)' : describeRequestFailure(error3);
    warning2(`kep-validator could not create the "${inputs.checkName}" check run: ${why}. The step shows the first ${STEP_ANNOTATION_LIMIT} errors and warnings; every problem is in the job summary.`);
    return void 0;
  }
  if (created.notCompleted !== void 0) {
    fail(
      `kep-validator created the "${inputs.checkName}" check run ${created.url}, but could not complete it: ${created.problem}, and completing it failed: ${created.notCompleted}. It stays in progress, without a conclusion; this step fails in its place. The step shows the first ${STEP_ANNOTATION_LIMIT} errors and warnings; every problem is in the job summary.`
    );
    return { url: created.url, complete: false };
  }
  if (created.problem) warning2(`kep-validator completed the "${inputs.checkName}" check run, but ${created.problem}; the step shows the first ${STEP_ANNOTATION_LIMIT} errors and warnings as well`);
  return { url: created.url, complete: created.problem === void 0 };
}
function writeOutputs(outputs) {
  try {
    for (const [name, value] of Object.entries(outputs)) setOutput2(name, value);
  } catch (error3) {
    warning2(`kep-validator could not write the step outputs (GITHUB_OUTPUT): ${error3.message}`);
  }
}
async function publish(context, result) {
  const { inputs, displayPath } = context;
  const report = checkReport(result);
  const { errors, warnings, preexisting } = report.counts;
  const failing = inputs.failOn === "never" ? false : inputs.failOn === "warning" ? errors + warnings > 0 : errors > 0;
  const diff = diffContext(context, result);
  const shown = { displayPath, diff, preexisting: inputs.preexisting, scope: context.scope, failOn: inputs.failOn };
  const annotations = FORMATTERS.github(report, shown);
  const checkRun = wantsCheckRun(inputs, report.counts) ? await publishCheckRun(context, report, failing, annotations) : void 0;
  if (!checkRun?.complete) writeAnnotations(annotations);
  else info2(`${annotations.length} annotations are in the check run ${checkRun.url}`);
  const unannotated = preexisting - annotations.filter((annotation) => annotation.level === "notice").length;
  if (unannotated > 0) info2(`${plural(unannotated, "problem")} from before ${unannotated === 1 ? "is" : "are"} not annotated (${whereFromBefore(inputs.preexisting, diff !== void 0)})`);
  info2(summaryLine(report));
  const server = process.env.GITHUB_SERVER_URL ?? "https://github.com";
  const deleted = new Set((result.keps ?? []).filter((kep) => kep.kind === "deleted").map((kep) => displayPath(kep.file)));
  const blob = (path) => deleted.has(path) && context.baseSha ? context.baseSha : context.sha;
  const lineUrl = context.owner && context.repo && context.sha ? (path, line2) => `${server}/${context.owner}/${context.repo}/blob/${blob(path)}/${path.split("/").map(encodeURIComponent).join("/")}#L${line2}` : void 0;
  const docs = docsLocation();
  await writeSummary(FORMATTERS.summary(report, { ...shown, lineUrl, ruleUrl: (rule) => ruleUrl(rule, docs), checkRunUrl: checkRun?.complete ? checkRun.url : void 0 }));
  const changedKeps = (result.keps ?? []).map((kep) => ({ ...kep, file: displayPath(kep.file), ...kep.previousFile === void 0 ? {} : { previousFile: displayPath(kep.previousFile) } }));
  writeOutputs({ errors, warnings, preexisting, "changed-keps": JSON.stringify(changedKeps), "index-state": result.index?.state ?? "off", "check-run-url": checkRun?.url ?? "" });
  return failing;
}
function diffContext(context, result) {
  if (!context.changes || !result.keps) return void 0;
  const moved = new Map(result.keps.flatMap((kep) => kep.previousFile === void 0 ? [] : [[kep.file, kep.previousFile]]));
  return {
    subject: context.changes.subject,
    lines: context.changes.changedLines([...new Set(result.diagnostics.map((d) => d.file))]),
    onlyNew: context.inputs.onlyNew,
    checkedWith: result.checkedWith,
    indexFile: result.index?.file,
    moved
  };
}
function whereFromBefore(shown, onChanges) {
  if (shown === "none") return "preexisting: none; they are counted in the outputs";
  if (shown === "summary") return "preexisting: summary; the job summary lists them";
  return onChanges ? "not on a line the changes show; the job summary lists them" : "a full audit changes no line; the job summary lists them";
}

// src/git/fullHistory.ts
function fetchFullHistory(cwd, log) {
  let shallow;
  try {
    shallow = git(cwd, ["rev-parse", "--is-shallow-repository"]).trim() === "true";
  } catch (error3) {
    return error3.message;
  }
  if (!shallow) return void 0;
  log("the checkout is shallow; fetching the whole history");
  try {
    git(cwd, ["fetch", "--no-tags", "--no-recurse-submodules", "--unshallow", "origin"]);
    return void 0;
  } catch (error3) {
    return `the checkout is shallow and the rest of its history could not be fetched (${error3.message})`;
  }
}

// src/reports/metrics/computeMetrics.ts
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

// src/reports/metrics/history.ts
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
  } catch (error3) {
    throw new GitError(`metrics need the KEPs' git history, and git cannot give it for ${settings.root}: ${error3.message.split("\n").at(-1)}`);
  }
  const commits = parseLog(log);
  const isKep = isKepPath(settings.layout);
  const wanted = /* @__PURE__ */ new Set();
  for (const { changes } of commits) for (const change of changes) if (isKep(change.path) && change.status !== "D") wanted.add(change.blob);
  const blobs = readBlobs(settings.root, [...wanted]);
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
      const doc = await readKep(change.path, content, settings.format);
      const fields = fieldsOf(doc);
      const timeline = timelines.get(change.path) ?? { file: change.path, versions: [] };
      timeline.versions.push({ commit, time, status: stringField(doc, "status"), authors: authorsOf2(fields) });
      timelines.set(change.path, timeline);
    }
  }
  return [...timelines.values()].sort((a, b) => a.file < b.file ? -1 : 1);
}

// src/reports/metrics/renderMetrics.ts
function quoteLabel(label) {
  return JSON.stringify(label.replace(/"/g, "'"));
}
var cell2 = (value) => code(value, { table: true });
function renderMetrics(metrics) {
  const lines = [gfm`## KEP metrics`, gfm``, gfm`${metrics.keps} KEPs${metrics.asOf ? gfm`, as of ${text(metrics.asOf.slice(0, 10))}` : gfm``}.`, gfm``];
  const statuses = Object.entries(metrics.byStatus).sort(([a], [b]) => a < b ? -1 : 1);
  lines.push(gfm`### KEPs per status`, gfm``, codeBlock(["pie showData", ...statuses.map(([status, count]) => `  ${quoteLabel(status)} : ${count}`)].join("\n"), "mermaid"), gfm``);
  lines.push(gfm`| Status | KEPs |`, gfm`| --- | ---: |`, ...statuses.map(([status, count]) => gfm`| ${cell2(status)} | ${count} |`), gfm``);
  const states = [...new Set(Object.values(metrics.bySig).flatMap(Object.keys))].sort();
  lines.push(gfm`### KEPs per SIG`, gfm``, gfm`| SIG | ${joinMarkdown(states.map(cell2), gfm` | `)} | All |`, gfm`| --- |${joinMarkdown(states.map(() => gfm` ---: |`))} ---: |`);
  for (const [sig, counts] of Object.entries(metrics.bySig).sort(([a], [b]) => a < b ? -1 : 1)) {
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    lines.push(
      gfm`| ${cell2(sig)} | ${joinMarkdown(
        states.map((state) => gfm`${counts[state] ?? 0}`),
        gfm` | `
      )} | ${total} |`
    );
  }
  lines.push(gfm``);
  lines.push(gfm`### Time in each state`, gfm``, gfm`From the commit that set a status to the commit that changed it (or to the newest commit).`, gfm``);
  lines.push(gfm`| State | KEPs | Median days | Mean days |`, gfm`| --- | ---: | ---: | ---: |`);
  for (const [state, time] of Object.entries(metrics.timeInState)) lines.push(gfm`| ${cell2(state)} | ${time.keps} | ${time.medianDays} | ${time.meanDays} |`);
  lines.push(gfm``);
  lines.push(gfm`### Outcomes`, gfm``, gfm`Rejection rate: ${text((metrics.rejectionRate * 100).toFixed(1))}% of all KEPs.`, gfm``);
  lines.push(gfm`| Final state | KEPs |`, gfm`| --- | ---: |`, ...Object.entries(metrics.ended).map(([state, count]) => gfm`| ${cell2(state)} | ${count} |`), gfm``);
  lines.push(gfm`### Authors`, gfm``, gfm`${metrics.authors} people have authored a KEP.`, gfm``);
  if (metrics.firstTimeAuthors.length > 0) {
    const max = Math.max(...metrics.firstTimeAuthors.map((q) => q.authors));
    const chart = [
      "xychart-beta",
      '  title "First-time KEP authors per quarter"',
      `  x-axis [${metrics.firstTimeAuthors.map((q) => quoteLabel(q.quarter)).join(", ")}]`,
      `  y-axis "authors" 0 --> ${max}`,
      `  bar [${metrics.firstTimeAuthors.map((q) => q.authors).join(", ")}]`
    ];
    lines.push(codeBlock(chart.join("\n"), "mermaid"), gfm``);
    lines.push(gfm`| Quarter | First-time authors |`, gfm`| --- | ---: |`, ...metrics.firstTimeAuthors.map((q) => gfm`| ${text(q.quarter)} | ${q.authors} |`), gfm``);
  }
  return joinMarkdown(lines, gfm`\n`);
}

// src/action/publishMetrics.ts
function wantsMetrics(inputs, event) {
  return inputs.metrics && event.kind !== "pull-request" && event.toDefaultBranch;
}
async function publishMetrics(settings, result) {
  try {
    const problem2 = fetchFullHistory(settings.root, info2);
    if (problem2 !== void 0) {
      warning2(`kep-validator did not compute the KEP metrics: ${problem2}. Check out with actions/checkout and fetch-depth: 0.`);
      await writeSummary(gfm`## KEP metrics\n\nNot computed: ${code(problem2)}. Check out with \`fetch-depth: 0\`.\n`);
      return;
    }
    const metrics = computeMetrics(result.repository.documents, await readHistory(settings), settings.lifecycle);
    await writeSummary(renderMetrics(metrics));
  } catch (error3) {
    warning2(`kep-validator could not compute the KEP metrics: ${error3.message}`);
  }
}

// src/github/createReview.ts
async function createReview(client, request) {
  const { data } = await client.rest.pulls.createReview({
    owner: request.owner,
    repo: request.repo,
    pull_number: request.pullNumber,
    commit_id: request.commitId,
    event: "COMMENT",
    body: request.body,
    comments: request.comments.map((comment) => ({
      path: comment.path,
      line: comment.line,
      side: "RIGHT",
      ...comment.startLine !== void 0 && comment.startLine !== comment.line ? { start_line: comment.startLine, start_side: "RIGHT" } : {},
      body: comment.body
    }))
  });
  return data.html_url;
}

// src/github/deleteReviewComment.ts
async function deleteReviewComment(client, owner, repo, commentId) {
  await client.rest.pulls.deleteReviewComment({ owner, repo, comment_id: commentId });
}

// src/github/listDiffLines.ts
async function listDiffLines(client, owner, repo, pullNumber) {
  const lines = /* @__PURE__ */ new Map();
  let listed2 = 0;
  for (let page = 1; listed2 < LIST_FILES_LIMIT; page++) {
    const { data } = await client.rest.pulls.listFiles({ owner, repo, pull_number: pullNumber, per_page: 100, page });
    for (const file of data) if (file.patch) lines.set(file.filename, headLinesOf(file.patch));
    listed2 += data.length;
    if (data.length < 100) break;
  }
  return lines;
}

// src/github/listReviewComments.ts
async function listReviewComments(client, owner, repo, pullNumber) {
  const comments = [];
  for (let page = 1; ; page++) {
    const { data } = await client.rest.pulls.listReviewComments({ owner, repo, pull_number: pullNumber, per_page: 100, page });
    for (const comment of data) comments.push({ id: comment.id, path: comment.path, line: comment.line ?? null, startLine: comment.start_line ?? null, body: comment.body });
    if (data.length < 100) return comments;
  }
}

// src/github/listReviews.ts
async function listReviews(client, owner, repo, pullNumber) {
  const reviews = [];
  for (let page = 1; ; page++) {
    const { data } = await client.rest.pulls.listReviews({ owner, repo, pull_number: pullNumber, per_page: 100, page });
    for (const review of data) reviews.push({ id: review.id, body: review.body ?? "" });
    if (data.length < 100) return reviews;
  }
}

// src/github/updateReview.ts
async function updateReview(client, owner, repo, pullNumber, reviewId, body) {
  await client.rest.pulls.updateReview({ owner, repo, pull_number: pullNumber, review_id: reviewId, body });
}

// src/edit/applyEdits.ts
var EditOverlapError = class extends Error {
};
function lineStarts(text2) {
  const starts = [0];
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c === 10 || c === 13 && text2.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}
function lineBreakOf(text2) {
  const match = /\r\n|\r|\n/.exec(text2);
  return match ? match[0] : "\n";
}
function offsetsOf(text2, span, starts = lineStarts(text2)) {
  const offset = (line2, column) => {
    if (line2 > starts.length) return text2.length;
    return Math.min(starts[line2 - 1] + column - 1, text2.length);
  };
  return { start: offset(span.line, span.column), end: offset(span.endLine, span.endColumn) };
}
function sameEdit(a, b) {
  return a.start === b.start && a.end === b.end && a.text === b.text;
}
function conflict(a, b) {
  return a.start < b.end && b.start < a.end || a.start === b.start;
}
function applyTextEdits(text2, edits) {
  const ordered = edits.map((edit2, order) => ({ ...edit2, order })).sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  let result = "";
  let at2 = 0;
  for (const edit2 of ordered) {
    if (edit2.start < at2) throw new EditOverlapError("two edits of one fix overlap");
    result += text2.slice(at2, edit2.start) + edit2.text;
    at2 = edit2.end;
  }
  return result + text2.slice(at2);
}
function chooseFixes(fixes, textOf) {
  const texts = /* @__PURE__ */ new Map();
  const located = (edit2) => {
    let entry = texts.get(edit2.file);
    if (!entry) {
      const text2 = textOf(edit2.file);
      entry = { text: text2, starts: lineStarts(text2), lineBreak: lineBreakOf(text2) };
      texts.set(edit2.file, entry);
    }
    return { ...offsetsOf(entry.text, edit2.span, entry.starts), text: edit2.text.replace(/\r?\n/g, entry.lineBreak) };
  };
  const edits = /* @__PURE__ */ new Map();
  const taken = [];
  const waiting = [];
  fixes.forEach((fix, index) => {
    const own = [];
    let blocked = false;
    for (const edit2 of fix.edits) {
      const at2 = located(edit2);
      const before = edits.get(edit2.file) ?? [];
      const mine = own.filter((other) => other.file === edit2.file).map((other) => other.edit);
      if (before.some((other) => sameEdit(other, at2)) || mine.some((other) => sameEdit(other, at2))) continue;
      if (before.some((other) => conflict(other, at2)) || mine.some((other) => other.start < at2.end && at2.start < other.end)) blocked = true;
      own.push({ file: edit2.file, edit: at2 });
    }
    if (blocked) {
      waiting.push(index);
      return;
    }
    for (const { file, edit: edit2 } of own) edits.set(file, [...edits.get(file) ?? [], edit2]);
    taken.push(index);
  });
  return { taken, waiting, edits };
}

// src/fix/lineChanges.ts
function linesOf3(edit2) {
  const end = edit2.span.endLine > edit2.span.line && edit2.span.endColumn === 1 ? edit2.span.endLine - 1 : edit2.span.endLine;
  return { start: edit2.span.line, end };
}
function lineBounds(text2) {
  const bounds = [];
  const pattern = /\r\n|\r|\n/g;
  let start = 0;
  for (let match = pattern.exec(text2); match; match = pattern.exec(text2)) {
    bounds.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  bounds.push({ start, end: text2.length });
  return bounds;
}
function fixesAsLineChanges(diagnostics, readText) {
  const byFile = /* @__PURE__ */ new Map();
  for (const diagnostic of diagnostics) {
    const edits = diagnostic.fix?.edits;
    if (!edits || edits.length === 0 || edits.some((edit2) => edit2.file !== edits[0].file)) continue;
    byFile.set(edits[0].file, [...byFile.get(edits[0].file) ?? [], diagnostic]);
  }
  const changes = [];
  for (const [file, fixed] of byFile) {
    const text2 = readText(file);
    if (text2 === void 0) continue;
    const bounds = lineBounds(text2);
    const { taken } = chooseFixes(
      fixed.map((d) => d.fix),
      () => text2
    );
    const entries = taken.map((index) => {
      const ranges = fixed[index].fix.edits.map(linesOf3);
      return { diagnostic: fixed[index], start: Math.min(...ranges.map((r) => r.start)), end: Math.max(...ranges.map((r) => r.end)) };
    });
    entries.sort((a, b) => a.start - b.start || a.end - b.end);
    const groups = [];
    for (const entry of entries) {
      const last = groups.at(-1);
      if (last && entry.start <= Math.max(...last.map((e) => e.end))) last.push(entry);
      else groups.push([entry]);
    }
    for (const group of groups) {
      const startLine = group[0].start;
      const endLine = Math.max(...group.map((e) => e.end));
      if (endLine > bounds.length) continue;
      const from = bounds[startLine - 1].start;
      const to = bounds[endLine - 1].end;
      const { edits } = chooseFixes(
        group.map((e) => e.diagnostic.fix),
        () => text2
      );
      const lineBreak = lineBreakOf(text2);
      const located = (edits.get(file) ?? []).map(
        (edit2) => edit2.end > to ? { start: edit2.start - from, end: to - from, text: edit2.text.endsWith(lineBreak) ? edit2.text.slice(0, -lineBreak.length) : edit2.text } : { ...edit2, start: edit2.start - from, end: edit2.end - from }
      );
      const before = text2.slice(from, to);
      const replacement = applyTextEdits(before, located).replace(/\r\n?/g, "\n");
      if (replacement === before.replace(/\r\n?/g, "\n")) continue;
      changes.push({ file, startLine, endLine, replacement, current: before.replace(/\r\n?/g, "\n"), diagnostics: group.map((e) => e.diagnostic) });
    }
  }
  return changes;
}

// src/action/reviewComment.ts
var REVIEW_MARKER = gfm`<!-- kep-validator -->`;
function reviewCommentBody(change) {
  const problems = change.diagnostics.map((d) => gfm`**${code(d.rule)}** (${d.severity === "error" ? gfm`error` : gfm`warning`}): ${code(d.message)}`);
  return joinMarkdown([REVIEW_MARKER, ...problems, gfm``, codeBlock(change.replacement, "suggestion")], gfm`\n`);
}

// src/action/publishSuggestions.ts
var OUTDATED = gfm`Outdated: kep-validator checked a later commit.`;
function sameComment(existing, wanted) {
  return existing.path === wanted.path && existing.line === wanted.line && (existing.startLine ?? existing.line) === (wanted.startLine ?? wanted.line) && existing.body === wanted.body;
}
async function wantedComments(context, diagnostics, diffLines2) {
  const wanted = [];
  let elsewhere = 0;
  for (const change of fixesAsLineChanges(diagnostics, context.readText)) {
    const path = context.displayPath(change.file);
    const lines = diffLines2.get(path);
    let inDiff = lines !== void 0;
    for (let line2 = change.startLine; inDiff && line2 <= change.endLine; line2++) inDiff = lines.has(line2);
    if (!inDiff) {
      elsewhere++;
      continue;
    }
    wanted.push({ path, line: change.endLine, ...change.startLine !== change.endLine ? { startLine: change.startLine } : {}, body: reviewCommentBody(change) });
  }
  return { wanted, elsewhere };
}
async function publishSuggestions(context, diagnostics) {
  const { token, owner, repo, pullNumber } = context;
  if (!token || !owner || !repo) {
    info2("kep-validator posts no suggested changes: there is no token or no repository in the environment");
    return;
  }
  try {
    const client = await createClient(token, void 0, info2);
    const { wanted, elsewhere } = await wantedComments(context, diagnostics, await listDiffLines(client, owner, repo, pullNumber));
    if (elsewhere > 0) info2(`${plural(elsewhere, "suggested change")} left out: on lines this pull request does not change, where GitHub takes no review comment (kep-validator check --fix applies them)`);
    const earlier = (await listReviewComments(client, owner, repo, pullNumber)).filter((comment) => comment.body.startsWith(REVIEW_MARKER));
    const current = earlier.filter((comment) => comment.line !== null);
    if (current.length === earlier.length && current.length === wanted.length && wanted.every((comment) => current.some((existing) => sameComment(existing, comment)))) {
      info2(wanted.length === 0 ? "kep-validator has no suggested changes" : `kep-validator's review has these suggested changes already (${plural(wanted.length, "comment")}); nothing posted`);
      return;
    }
    for (const comment of earlier) await deleteReviewComment(client, owner, repo, comment.id);
    const reviews = (await listReviews(client, owner, repo, pullNumber)).filter((review) => review.body.startsWith(REVIEW_MARKER) && !review.body.includes(OUTDATED));
    for (const review of reviews) await updateReview(client, owner, repo, pullNumber, review.id, gfm`${REVIEW_MARKER}\n${OUTDATED}`);
    if (wanted.length === 0) {
      info2(`kep-validator deleted its ${plural(earlier.length, "earlier suggestion")}: none applies any more`);
      return;
    }
    const url = await createReview(client, {
      owner,
      repo,
      pullNumber,
      commitId: context.headSha,
      body: gfm`${REVIEW_MARKER}\nkep-validator suggests ${text(plural(wanted.length, "change"))} that fix problems of the KEP metadata: commit each with one click, or run \`kep-validator check --fix\`.`,
      comments: wanted
    });
    info2(`kep-validator posted ${plural(wanted.length, "suggested change")} in the review ${url}${earlier.length > 0 ? `, replacing ${plural(earlier.length, "earlier one")}` : ""}`);
  } catch (error3) {
    const status = error3.status;
    if (status === 403) {
      info2('kep-validator posts no suggested changes: the token may not write pull requests (a pull request from a fork gets a read-only token; add "permissions: pull-requests: write" otherwise)');
      return;
    }
    warning2(`kep-validator could not post its suggested changes: ${error3.message}`);
  }
}
async function suggestForEvent(inputs, event, result, displayPath) {
  if (!inputs.suggestions) return;
  if (event.kind !== "pull-request") {
    info2(`kep-validator suggests changes in pull requests only; this is a ${event.name}`);
    return;
  }
  const readText = (file) => {
    const content = result.repository.tree.readFiles([file]).get(file);
    return Buffer.isBuffer(content) ? content.toString("utf8") : void 0;
  };
  await publishSuggestions({ token: inputs.token, owner: event.owner, repo: event.repo, pullNumber: event.number, headSha: event.headSha, displayPath, readText }, result.diagnostics);
}

// src/action/reportFailure.ts
import { resolve as resolve12 } from "node:path";
async function reportFailure(error3, workspace) {
  if (error3 instanceof LoadError) {
    for (const found of error3.problems) {
      error2(workspaceRelative(found.message, workspace), {
        title: found.rule,
        file: pathInRepository(resolve12(workspace, found.file), workspace),
        startLine: found.span.line,
        endLine: found.span.endLine,
        ...found.span.line === found.span.endLine ? { startColumn: found.span.column, endColumn: inclusiveEndColumn(found.span) } : {}
      });
    }
  }
  const message2 = workspaceRelative(error3.message, workspace);
  writeOutputs({ errors: 1, warnings: 0, preexisting: 0, "changed-keps": "[]", "index-state": "unchecked", "check-run-url": "" });
  await writeSummary(gfm`## KEP metadata: ❌ could not check the KEPs\n\n${codeBlock(message2, "text")}\n`);
  fail(`kep-validator could not check the KEPs: ${message2}`);
}

// src/main.ts
async function run() {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  let checked;
  try {
    checked = await checkEvent(readInputs(), readEvent(), workspace);
  } catch (error3) {
    await reportFailure(error3, workspace);
    return;
  }
  const { result, settings, displayPath, event, inputs } = checked;
  let failing;
  try {
    failing = await publish(
      {
        inputs,
        owner: event.owner,
        repo: event.repo,
        sha: event.kind === "audit" ? event.sha : event.headSha,
        baseSha: event.kind === "audit" ? void 0 : event.baseSha,
        scope: event.kind === "audit" || !result.keps ? `full audit on ${event.name}` : describeEvent(event),
        displayPath,
        changes: checked.changes
      },
      result
    );
    await suggestForEvent(inputs, event, result, displayPath);
  } catch (error3) {
    fail(`kep-validator checked the KEPs but could not report the result: ${error3.message}`);
    return;
  }
  if (wantsMetrics(inputs, event)) await publishMetrics(settings, result);
  if (failing) fail("KEP metadata has problems; see the annotations and the job summary");
}

// src/index.ts
await run();
