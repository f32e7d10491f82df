#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);
import {
  readGitIndex
} from "./cli-chunk-D3CIC5HL.js";
import {
  Minimatch,
  SpecialFileError,
  TimeBoxExpired,
  isInside,
  kindOf,
  minimatch,
  openRegular,
  readConfined,
  readConfinedText,
  readInto,
  readListedInto,
  realInside,
  realRoot,
  require_dist,
  timeBoxed
} from "./cli-chunk-Q3TBLJ6T.js";
import {
  API_VERSION,
  fieldName,
  msg,
  validateManifest
} from "./cli-chunk-JVUIPAC5.js";
import {
  __commonJS,
  __toESM
} from "./cli-chunk-Q3GBV4AC.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path3) => {
      const end = path3.length - 1;
      const index = path3.lastIndexOf(
        SLASH,
        path3[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path3 : path3.slice(index + 1);
    };
    var parentOf = (path3) => {
      if (path3.charCodeAt(0) === SLASH_CODE || path3.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path3.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path3.length - 1;
      const cut = path3.lastIndexOf(
        SLASH,
        path3.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path3.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path3) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored2 = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path3)) {
            ignored2 = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored: ignored2,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path3, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename2 = shortcut ? basenameOf(path3) : path3;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename2 : path3
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path3, originalPath, doThrow) => {
      if (!isString(path3)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path3) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path3)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path3) => {
      const first = path3.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path3.length === 1) {
        return true;
      }
      const second = path3.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path3.length === 2 || path3.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache2, path3) {
        checkPath(
          path3,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path3 ? this._t(path3, cache2) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path3 = convertPath(target);
        if (!path3 || path3.charCodeAt(path3.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path3);
        }
        const dir = this._t(path3, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path3);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path3, cache2) {
        const cached = cache2[path3];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf(path3);
        const parent = parentPath ? this._t(parentPath, cache2) : UNDEFINED;
        return cache2[path3] = parent && parent.ignored ? parent : this._rules.test(path3, MODE_IGNORE);
      }
      ignores(path3) {
        return this._test(path3, this._ignoreCache, convertPath(path3)).ignored;
      }
      createFilter() {
        return (path3) => !this.ignores(path3);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path3) {
        return this._test(path3, this._testCache, convertPath(path3));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path3) => checkPath(convertPath(path3), path3, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path3) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path3) || isNotRelative(path3);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/json5/lib/unicode.js
var require_unicode = __commonJS({
  "node_modules/json5/lib/unicode.js"(exports, module) {
    module.exports.Space_Separator = /[\u1680\u2000-\u200A\u202F\u205F\u3000]/;
    module.exports.ID_Start = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u05D0-\u05EA\u05F0-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1711\u1720-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1877\u1880-\u1884\u1887-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4B\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C88\u1CE9-\u1CEC\u1CEE-\u1CF1\u1CF5\u1CF6\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u2090-\u209C\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2E2F\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDE80-\uDE9C\uDEA0-\uDED0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF75\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00\uDE10-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE4\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC03-\uDC37\uDC83-\uDCAF\uDCD0-\uDCE8\uDD03-\uDD26\uDD50-\uDD72\uDD76\uDD83-\uDDB2\uDDC1-\uDDC4\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE2B\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEDE\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3D\uDF50\uDF5D-\uDF61]|\uD805[\uDC00-\uDC34\uDC47-\uDC4A\uDC80-\uDCAF\uDCC4\uDCC5\uDCC7\uDD80-\uDDAE\uDDD8-\uDDDB\uDE00-\uDE2F\uDE44\uDE80-\uDEAA\uDF00-\uDF19]|\uD806[\uDCA0-\uDCDF\uDCFF\uDE00\uDE0B-\uDE32\uDE3A\uDE50\uDE5C-\uDE83\uDE86-\uDE89\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC2E\uDC40\uDC72-\uDC8F\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD30\uDD46]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDED0-\uDEED\uDF00-\uDF2F\uDF40-\uDF43\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50\uDF93-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB]|\uD83A[\uDC00-\uDCC4\uDD00-\uDD43]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]/;
    module.exports.ID_Continue = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0300-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u0483-\u0487\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u05D0-\u05EA\u05F0-\u05F2\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8\u06EA-\u06FC\u06FF\u0710-\u074A\u074D-\u07B1\u07C0-\u07F5\u07FA\u0800-\u082D\u0840-\u085B\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u08D4-\u08E1\u08E3-\u0963\u0966-\u096F\u0971-\u0983\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BC-\u09C4\u09C7\u09C8\u09CB-\u09CE\u09D7\u09DC\u09DD\u09DF-\u09E3\u09E6-\u09F1\u09FC\u0A01-\u0A03\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A59-\u0A5C\u0A5E\u0A66-\u0A75\u0A81-\u0A83\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABC-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AD0\u0AE0-\u0AE3\u0AE6-\u0AEF\u0AF9-\u0AFF\u0B01-\u0B03\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3C-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B56\u0B57\u0B5C\u0B5D\u0B5F-\u0B63\u0B66-\u0B6F\u0B71\u0B82\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD0\u0BD7\u0BE6-\u0BEF\u0C00-\u0C03\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C58-\u0C5A\u0C60-\u0C63\u0C66-\u0C6F\u0C80-\u0C83\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBC-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CDE\u0CE0-\u0CE3\u0CE6-\u0CEF\u0CF1\u0CF2\u0D00-\u0D03\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D44\u0D46-\u0D48\u0D4A-\u0D4E\u0D54-\u0D57\u0D5F-\u0D63\u0D66-\u0D6F\u0D7A-\u0D7F\u0D82\u0D83\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB9\u0EBB-\u0EBD\u0EC0-\u0EC4\u0EC6\u0EC8-\u0ECD\u0ED0-\u0ED9\u0EDC-\u0EDF\u0F00\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E-\u0F47\u0F49-\u0F6C\u0F71-\u0F84\u0F86-\u0F97\u0F99-\u0FBC\u0FC6\u1000-\u1049\u1050-\u109D\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u135D-\u135F\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1714\u1720-\u1734\u1740-\u1753\u1760-\u176C\u176E-\u1770\u1772\u1773\u1780-\u17D3\u17D7\u17DC\u17DD\u17E0-\u17E9\u180B-\u180D\u1810-\u1819\u1820-\u1877\u1880-\u18AA\u18B0-\u18F5\u1900-\u191E\u1920-\u192B\u1930-\u193B\u1946-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u19D0-\u19D9\u1A00-\u1A1B\u1A20-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AA7\u1AB0-\u1ABD\u1B00-\u1B4B\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1BF3\u1C00-\u1C37\u1C40-\u1C49\u1C4D-\u1C7D\u1C80-\u1C88\u1CD0-\u1CD2\u1CD4-\u1CF9\u1D00-\u1DF9\u1DFB-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u203F\u2040\u2054\u2071\u207F\u2090-\u209C\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D7F-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2DE0-\u2DFF\u2E2F\u3005-\u3007\u3021-\u302F\u3031-\u3035\u3038-\u303C\u3041-\u3096\u3099\u309A\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA62B\uA640-\uA66F\uA674-\uA67D\uA67F-\uA6F1\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA827\uA840-\uA873\uA880-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F7\uA8FB\uA8FD\uA900-\uA92D\uA930-\uA953\uA960-\uA97C\uA980-\uA9C0\uA9CF-\uA9D9\uA9E0-\uA9FE\uAA00-\uAA36\uAA40-\uAA4D\uAA50-\uAA59\uAA60-\uAA76\uAA7A-\uAAC2\uAADB-\uAADD\uAAE0-\uAAEF\uAAF2-\uAAF6\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABEA\uABEC\uABED\uABF0-\uABF9\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFE70-\uFE74\uFE76-\uFEFC\uFF10-\uFF19\uFF21-\uFF3A\uFF3F\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDDFD\uDE80-\uDE9C\uDEA0-\uDED0\uDEE0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF7A\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCA0-\uDCA9\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00-\uDE03\uDE05\uDE06\uDE0C-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE38-\uDE3A\uDE3F\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE6\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC00-\uDC46\uDC66-\uDC6F\uDC7F-\uDCBA\uDCD0-\uDCE8\uDCF0-\uDCF9\uDD00-\uDD34\uDD36-\uDD3F\uDD50-\uDD73\uDD76\uDD80-\uDDC4\uDDCA-\uDDCC\uDDD0-\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE37\uDE3E\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEEA\uDEF0-\uDEF9\uDF00-\uDF03\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3C-\uDF44\uDF47\uDF48\uDF4B-\uDF4D\uDF50\uDF57\uDF5D-\uDF63\uDF66-\uDF6C\uDF70-\uDF74]|\uD805[\uDC00-\uDC4A\uDC50-\uDC59\uDC80-\uDCC5\uDCC7\uDCD0-\uDCD9\uDD80-\uDDB5\uDDB8-\uDDC0\uDDD8-\uDDDD\uDE00-\uDE40\uDE44\uDE50-\uDE59\uDE80-\uDEB7\uDEC0-\uDEC9\uDF00-\uDF19\uDF1D-\uDF2B\uDF30-\uDF39]|\uD806[\uDCA0-\uDCE9\uDCFF\uDE00-\uDE3E\uDE47\uDE50-\uDE83\uDE86-\uDE99\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC36\uDC38-\uDC40\uDC50-\uDC59\uDC72-\uDC8F\uDC92-\uDCA7\uDCA9-\uDCB6\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD36\uDD3A\uDD3C\uDD3D\uDD3F-\uDD47\uDD50-\uDD59]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDE60-\uDE69\uDED0-\uDEED\uDEF0-\uDEF4\uDF00-\uDF36\uDF40-\uDF43\uDF50-\uDF59\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50-\uDF7E\uDF8F-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99\uDC9D\uDC9E]|\uD834[\uDD65-\uDD69\uDD6D-\uDD72\uDD7B-\uDD82\uDD85-\uDD8B\uDDAA-\uDDAD\uDE42-\uDE44]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB\uDFCE-\uDFFF]|\uD836[\uDE00-\uDE36\uDE3B-\uDE6C\uDE75\uDE84\uDE9B-\uDE9F\uDEA1-\uDEAF]|\uD838[\uDC00-\uDC06\uDC08-\uDC18\uDC1B-\uDC21\uDC23\uDC24\uDC26-\uDC2A]|\uD83A[\uDC00-\uDCC4\uDCD0-\uDCD6\uDD00-\uDD4A\uDD50-\uDD59]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]|\uDB40[\uDD00-\uDDEF]/;
  }
});

// node_modules/json5/lib/util.js
var require_util = __commonJS({
  "node_modules/json5/lib/util.js"(exports, module) {
    var unicode = require_unicode();
    module.exports = {
      isSpaceSeparator(c) {
        return typeof c === "string" && unicode.Space_Separator.test(c);
      },
      isIdStartChar(c) {
        return typeof c === "string" && (c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c === "$" || c === "_" || unicode.ID_Start.test(c));
      },
      isIdContinueChar(c) {
        return typeof c === "string" && (c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c >= "0" && c <= "9" || c === "$" || c === "_" || c === "\u200C" || c === "\u200D" || unicode.ID_Continue.test(c));
      },
      isDigit(c) {
        return typeof c === "string" && /[0-9]/.test(c);
      },
      isHexDigit(c) {
        return typeof c === "string" && /[0-9A-Fa-f]/.test(c);
      }
    };
  }
});

// node_modules/json5/lib/parse.js
var require_parse = __commonJS({
  "node_modules/json5/lib/parse.js"(exports, module) {
    var util = require_util();
    var source;
    var parseState;
    var stack;
    var pos;
    var line;
    var column;
    var token;
    var key;
    var root;
    module.exports = function parse(text2, reviver) {
      source = String(text2);
      parseState = "start";
      stack = [];
      pos = 0;
      line = 1;
      column = 0;
      token = void 0;
      key = void 0;
      root = void 0;
      do {
        token = lex();
        parseStates[parseState]();
      } while (token.type !== "eof");
      if (typeof reviver === "function") {
        return internalize({ "": root }, "", reviver);
      }
      return root;
    };
    function internalize(holder, name, reviver) {
      const value = holder[name];
      if (value != null && typeof value === "object") {
        if (Array.isArray(value)) {
          for (let i = 0; i < value.length; i++) {
            const key2 = String(i);
            const replacement = internalize(value, key2, reviver);
            if (replacement === void 0) {
              delete value[key2];
            } else {
              Object.defineProperty(value, key2, {
                value: replacement,
                writable: true,
                enumerable: true,
                configurable: true
              });
            }
          }
        } else {
          for (const key2 in value) {
            const replacement = internalize(value, key2, reviver);
            if (replacement === void 0) {
              delete value[key2];
            } else {
              Object.defineProperty(value, key2, {
                value: replacement,
                writable: true,
                enumerable: true,
                configurable: true
              });
            }
          }
        }
      }
      return reviver.call(holder, name, value);
    }
    var lexState;
    var buffer;
    var doubleQuote;
    var sign;
    var c;
    function lex() {
      lexState = "default";
      buffer = "";
      doubleQuote = false;
      sign = 1;
      for (; ; ) {
        c = peek();
        const token2 = lexStates[lexState]();
        if (token2) {
          return token2;
        }
      }
    }
    function peek() {
      if (source[pos]) {
        return String.fromCodePoint(source.codePointAt(pos));
      }
    }
    function read() {
      const c2 = peek();
      if (c2 === "\n") {
        line++;
        column = 0;
      } else if (c2) {
        column += c2.length;
      } else {
        column++;
      }
      if (c2) {
        pos += c2.length;
      }
      return c2;
    }
    var lexStates = {
      default() {
        switch (c) {
          case "	":
          case "\v":
          case "\f":
          case " ":
          case "\xA0":
          case "\uFEFF":
          case "\n":
          case "\r":
          case "\u2028":
          case "\u2029":
            read();
            return;
          case "/":
            read();
            lexState = "comment";
            return;
          case void 0:
            read();
            return newToken("eof");
        }
        if (util.isSpaceSeparator(c)) {
          read();
          return;
        }
        return lexStates[parseState]();
      },
      comment() {
        switch (c) {
          case "*":
            read();
            lexState = "multiLineComment";
            return;
          case "/":
            read();
            lexState = "singleLineComment";
            return;
        }
        throw invalidChar(read());
      },
      multiLineComment() {
        switch (c) {
          case "*":
            read();
            lexState = "multiLineCommentAsterisk";
            return;
          case void 0:
            throw invalidChar(read());
        }
        read();
      },
      multiLineCommentAsterisk() {
        switch (c) {
          case "*":
            read();
            return;
          case "/":
            read();
            lexState = "default";
            return;
          case void 0:
            throw invalidChar(read());
        }
        read();
        lexState = "multiLineComment";
      },
      singleLineComment() {
        switch (c) {
          case "\n":
          case "\r":
          case "\u2028":
          case "\u2029":
            read();
            lexState = "default";
            return;
          case void 0:
            read();
            return newToken("eof");
        }
        read();
      },
      value() {
        switch (c) {
          case "{":
          case "[":
            return newToken("punctuator", read());
          case "n":
            read();
            literal("ull");
            return newToken("null", null);
          case "t":
            read();
            literal("rue");
            return newToken("boolean", true);
          case "f":
            read();
            literal("alse");
            return newToken("boolean", false);
          case "-":
          case "+":
            if (read() === "-") {
              sign = -1;
            }
            lexState = "sign";
            return;
          case ".":
            buffer = read();
            lexState = "decimalPointLeading";
            return;
          case "0":
            buffer = read();
            lexState = "zero";
            return;
          case "1":
          case "2":
          case "3":
          case "4":
          case "5":
          case "6":
          case "7":
          case "8":
          case "9":
            buffer = read();
            lexState = "decimalInteger";
            return;
          case "I":
            read();
            literal("nfinity");
            return newToken("numeric", Infinity);
          case "N":
            read();
            literal("aN");
            return newToken("numeric", NaN);
          case '"':
          case "'":
            doubleQuote = read() === '"';
            buffer = "";
            lexState = "string";
            return;
        }
        throw invalidChar(read());
      },
      identifierNameStartEscape() {
        if (c !== "u") {
          throw invalidChar(read());
        }
        read();
        const u = unicodeEscape();
        switch (u) {
          case "$":
          case "_":
            break;
          default:
            if (!util.isIdStartChar(u)) {
              throw invalidIdentifier();
            }
            break;
        }
        buffer += u;
        lexState = "identifierName";
      },
      identifierName() {
        switch (c) {
          case "$":
          case "_":
          case "\u200C":
          case "\u200D":
            buffer += read();
            return;
          case "\\":
            read();
            lexState = "identifierNameEscape";
            return;
        }
        if (util.isIdContinueChar(c)) {
          buffer += read();
          return;
        }
        return newToken("identifier", buffer);
      },
      identifierNameEscape() {
        if (c !== "u") {
          throw invalidChar(read());
        }
        read();
        const u = unicodeEscape();
        switch (u) {
          case "$":
          case "_":
          case "\u200C":
          case "\u200D":
            break;
          default:
            if (!util.isIdContinueChar(u)) {
              throw invalidIdentifier();
            }
            break;
        }
        buffer += u;
        lexState = "identifierName";
      },
      sign() {
        switch (c) {
          case ".":
            buffer = read();
            lexState = "decimalPointLeading";
            return;
          case "0":
            buffer = read();
            lexState = "zero";
            return;
          case "1":
          case "2":
          case "3":
          case "4":
          case "5":
          case "6":
          case "7":
          case "8":
          case "9":
            buffer = read();
            lexState = "decimalInteger";
            return;
          case "I":
            read();
            literal("nfinity");
            return newToken("numeric", sign * Infinity);
          case "N":
            read();
            literal("aN");
            return newToken("numeric", NaN);
        }
        throw invalidChar(read());
      },
      zero() {
        switch (c) {
          case ".":
            buffer += read();
            lexState = "decimalPoint";
            return;
          case "e":
          case "E":
            buffer += read();
            lexState = "decimalExponent";
            return;
          case "x":
          case "X":
            buffer += read();
            lexState = "hexadecimal";
            return;
        }
        return newToken("numeric", sign * 0);
      },
      decimalInteger() {
        switch (c) {
          case ".":
            buffer += read();
            lexState = "decimalPoint";
            return;
          case "e":
          case "E":
            buffer += read();
            lexState = "decimalExponent";
            return;
        }
        if (util.isDigit(c)) {
          buffer += read();
          return;
        }
        return newToken("numeric", sign * Number(buffer));
      },
      decimalPointLeading() {
        if (util.isDigit(c)) {
          buffer += read();
          lexState = "decimalFraction";
          return;
        }
        throw invalidChar(read());
      },
      decimalPoint() {
        switch (c) {
          case "e":
          case "E":
            buffer += read();
            lexState = "decimalExponent";
            return;
        }
        if (util.isDigit(c)) {
          buffer += read();
          lexState = "decimalFraction";
          return;
        }
        return newToken("numeric", sign * Number(buffer));
      },
      decimalFraction() {
        switch (c) {
          case "e":
          case "E":
            buffer += read();
            lexState = "decimalExponent";
            return;
        }
        if (util.isDigit(c)) {
          buffer += read();
          return;
        }
        return newToken("numeric", sign * Number(buffer));
      },
      decimalExponent() {
        switch (c) {
          case "+":
          case "-":
            buffer += read();
            lexState = "decimalExponentSign";
            return;
        }
        if (util.isDigit(c)) {
          buffer += read();
          lexState = "decimalExponentInteger";
          return;
        }
        throw invalidChar(read());
      },
      decimalExponentSign() {
        if (util.isDigit(c)) {
          buffer += read();
          lexState = "decimalExponentInteger";
          return;
        }
        throw invalidChar(read());
      },
      decimalExponentInteger() {
        if (util.isDigit(c)) {
          buffer += read();
          return;
        }
        return newToken("numeric", sign * Number(buffer));
      },
      hexadecimal() {
        if (util.isHexDigit(c)) {
          buffer += read();
          lexState = "hexadecimalInteger";
          return;
        }
        throw invalidChar(read());
      },
      hexadecimalInteger() {
        if (util.isHexDigit(c)) {
          buffer += read();
          return;
        }
        return newToken("numeric", sign * Number(buffer));
      },
      string() {
        switch (c) {
          case "\\":
            read();
            buffer += escape();
            return;
          case '"':
            if (doubleQuote) {
              read();
              return newToken("string", buffer);
            }
            buffer += read();
            return;
          case "'":
            if (!doubleQuote) {
              read();
              return newToken("string", buffer);
            }
            buffer += read();
            return;
          case "\n":
          case "\r":
            throw invalidChar(read());
          case "\u2028":
          case "\u2029":
            separatorChar(c);
            break;
          case void 0:
            throw invalidChar(read());
        }
        buffer += read();
      },
      start() {
        switch (c) {
          case "{":
          case "[":
            return newToken("punctuator", read());
        }
        lexState = "value";
      },
      beforePropertyName() {
        switch (c) {
          case "$":
          case "_":
            buffer = read();
            lexState = "identifierName";
            return;
          case "\\":
            read();
            lexState = "identifierNameStartEscape";
            return;
          case "}":
            return newToken("punctuator", read());
          case '"':
          case "'":
            doubleQuote = read() === '"';
            lexState = "string";
            return;
        }
        if (util.isIdStartChar(c)) {
          buffer += read();
          lexState = "identifierName";
          return;
        }
        throw invalidChar(read());
      },
      afterPropertyName() {
        if (c === ":") {
          return newToken("punctuator", read());
        }
        throw invalidChar(read());
      },
      beforePropertyValue() {
        lexState = "value";
      },
      afterPropertyValue() {
        switch (c) {
          case ",":
          case "}":
            return newToken("punctuator", read());
        }
        throw invalidChar(read());
      },
      beforeArrayValue() {
        if (c === "]") {
          return newToken("punctuator", read());
        }
        lexState = "value";
      },
      afterArrayValue() {
        switch (c) {
          case ",":
          case "]":
            return newToken("punctuator", read());
        }
        throw invalidChar(read());
      },
      end() {
        throw invalidChar(read());
      }
    };
    function newToken(type, value) {
      return {
        type,
        value,
        line,
        column
      };
    }
    function literal(s) {
      for (const c2 of s) {
        const p = peek();
        if (p !== c2) {
          throw invalidChar(read());
        }
        read();
      }
    }
    function escape() {
      const c2 = peek();
      switch (c2) {
        case "b":
          read();
          return "\b";
        case "f":
          read();
          return "\f";
        case "n":
          read();
          return "\n";
        case "r":
          read();
          return "\r";
        case "t":
          read();
          return "	";
        case "v":
          read();
          return "\v";
        case "0":
          read();
          if (util.isDigit(peek())) {
            throw invalidChar(read());
          }
          return "\0";
        case "x":
          read();
          return hexEscape();
        case "u":
          read();
          return unicodeEscape();
        case "\n":
        case "\u2028":
        case "\u2029":
          read();
          return "";
        case "\r":
          read();
          if (peek() === "\n") {
            read();
          }
          return "";
        case "1":
        case "2":
        case "3":
        case "4":
        case "5":
        case "6":
        case "7":
        case "8":
        case "9":
          throw invalidChar(read());
        case void 0:
          throw invalidChar(read());
      }
      return read();
    }
    function hexEscape() {
      let buffer2 = "";
      let c2 = peek();
      if (!util.isHexDigit(c2)) {
        throw invalidChar(read());
      }
      buffer2 += read();
      c2 = peek();
      if (!util.isHexDigit(c2)) {
        throw invalidChar(read());
      }
      buffer2 += read();
      return String.fromCodePoint(parseInt(buffer2, 16));
    }
    function unicodeEscape() {
      let buffer2 = "";
      let count = 4;
      while (count-- > 0) {
        const c2 = peek();
        if (!util.isHexDigit(c2)) {
          throw invalidChar(read());
        }
        buffer2 += read();
      }
      return String.fromCodePoint(parseInt(buffer2, 16));
    }
    var parseStates = {
      start() {
        if (token.type === "eof") {
          throw invalidEOF();
        }
        push();
      },
      beforePropertyName() {
        switch (token.type) {
          case "identifier":
          case "string":
            key = token.value;
            parseState = "afterPropertyName";
            return;
          case "punctuator":
            pop();
            return;
          case "eof":
            throw invalidEOF();
        }
      },
      afterPropertyName() {
        if (token.type === "eof") {
          throw invalidEOF();
        }
        parseState = "beforePropertyValue";
      },
      beforePropertyValue() {
        if (token.type === "eof") {
          throw invalidEOF();
        }
        push();
      },
      beforeArrayValue() {
        if (token.type === "eof") {
          throw invalidEOF();
        }
        if (token.type === "punctuator" && token.value === "]") {
          pop();
          return;
        }
        push();
      },
      afterPropertyValue() {
        if (token.type === "eof") {
          throw invalidEOF();
        }
        switch (token.value) {
          case ",":
            parseState = "beforePropertyName";
            return;
          case "}":
            pop();
        }
      },
      afterArrayValue() {
        if (token.type === "eof") {
          throw invalidEOF();
        }
        switch (token.value) {
          case ",":
            parseState = "beforeArrayValue";
            return;
          case "]":
            pop();
        }
      },
      end() {
      }
    };
    function push() {
      let value;
      switch (token.type) {
        case "punctuator":
          switch (token.value) {
            case "{":
              value = {};
              break;
            case "[":
              value = [];
              break;
          }
          break;
        case "null":
        case "boolean":
        case "numeric":
        case "string":
          value = token.value;
          break;
      }
      if (root === void 0) {
        root = value;
      } else {
        const parent = stack[stack.length - 1];
        if (Array.isArray(parent)) {
          parent.push(value);
        } else {
          Object.defineProperty(parent, key, {
            value,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      if (value !== null && typeof value === "object") {
        stack.push(value);
        if (Array.isArray(value)) {
          parseState = "beforeArrayValue";
        } else {
          parseState = "beforePropertyName";
        }
      } else {
        const current = stack[stack.length - 1];
        if (current == null) {
          parseState = "end";
        } else if (Array.isArray(current)) {
          parseState = "afterArrayValue";
        } else {
          parseState = "afterPropertyValue";
        }
      }
    }
    function pop() {
      stack.pop();
      const current = stack[stack.length - 1];
      if (current == null) {
        parseState = "end";
      } else if (Array.isArray(current)) {
        parseState = "afterArrayValue";
      } else {
        parseState = "afterPropertyValue";
      }
    }
    function invalidChar(c2) {
      if (c2 === void 0) {
        return syntaxError(`JSON5: invalid end of input at ${line}:${column}`);
      }
      return syntaxError(`JSON5: invalid character '${formatChar(c2)}' at ${line}:${column}`);
    }
    function invalidEOF() {
      return syntaxError(`JSON5: invalid end of input at ${line}:${column}`);
    }
    function invalidIdentifier() {
      column -= 5;
      return syntaxError(`JSON5: invalid identifier character at ${line}:${column}`);
    }
    function separatorChar(c2) {
      console.warn(`JSON5: '${formatChar(c2)}' in strings is not valid ECMAScript; consider escaping`);
    }
    function formatChar(c2) {
      const replacements = {
        "'": "\\'",
        '"': '\\"',
        "\\": "\\\\",
        "\b": "\\b",
        "\f": "\\f",
        "\n": "\\n",
        "\r": "\\r",
        "	": "\\t",
        "\v": "\\v",
        "\0": "\\0",
        "\u2028": "\\u2028",
        "\u2029": "\\u2029"
      };
      if (replacements[c2]) {
        return replacements[c2];
      }
      if (c2 < " ") {
        const hexString = c2.charCodeAt(0).toString(16);
        return "\\x" + ("00" + hexString).substring(hexString.length);
      }
      return c2;
    }
    function syntaxError(message) {
      const err = new SyntaxError(message);
      err.lineNumber = line;
      err.columnNumber = column;
      return err;
    }
  }
});

// node_modules/json5/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/json5/lib/stringify.js"(exports, module) {
    var util = require_util();
    module.exports = function stringify(value, replacer, space) {
      const stack = [];
      let indent = "";
      let propertyList;
      let replacerFunc;
      let gap = "";
      let quote;
      if (replacer != null && typeof replacer === "object" && !Array.isArray(replacer)) {
        space = replacer.space;
        quote = replacer.quote;
        replacer = replacer.replacer;
      }
      if (typeof replacer === "function") {
        replacerFunc = replacer;
      } else if (Array.isArray(replacer)) {
        propertyList = [];
        for (const v of replacer) {
          let item;
          if (typeof v === "string") {
            item = v;
          } else if (typeof v === "number" || v instanceof String || v instanceof Number) {
            item = String(v);
          }
          if (item !== void 0 && propertyList.indexOf(item) < 0) {
            propertyList.push(item);
          }
        }
      }
      if (space instanceof Number) {
        space = Number(space);
      } else if (space instanceof String) {
        space = String(space);
      }
      if (typeof space === "number") {
        if (space > 0) {
          space = Math.min(10, Math.floor(space));
          gap = "          ".substr(0, space);
        }
      } else if (typeof space === "string") {
        gap = space.substr(0, 10);
      }
      return serializeProperty("", { "": value });
      function serializeProperty(key, holder) {
        let value2 = holder[key];
        if (value2 != null) {
          if (typeof value2.toJSON5 === "function") {
            value2 = value2.toJSON5(key);
          } else if (typeof value2.toJSON === "function") {
            value2 = value2.toJSON(key);
          }
        }
        if (replacerFunc) {
          value2 = replacerFunc.call(holder, key, value2);
        }
        if (value2 instanceof Number) {
          value2 = Number(value2);
        } else if (value2 instanceof String) {
          value2 = String(value2);
        } else if (value2 instanceof Boolean) {
          value2 = value2.valueOf();
        }
        switch (value2) {
          case null:
            return "null";
          case true:
            return "true";
          case false:
            return "false";
        }
        if (typeof value2 === "string") {
          return quoteString(value2, false);
        }
        if (typeof value2 === "number") {
          return String(value2);
        }
        if (typeof value2 === "object") {
          return Array.isArray(value2) ? serializeArray(value2) : serializeObject(value2);
        }
        return void 0;
      }
      function quoteString(value2) {
        const quotes = {
          "'": 0.1,
          '"': 0.2
        };
        const replacements = {
          "'": "\\'",
          '"': '\\"',
          "\\": "\\\\",
          "\b": "\\b",
          "\f": "\\f",
          "\n": "\\n",
          "\r": "\\r",
          "	": "\\t",
          "\v": "\\v",
          "\0": "\\0",
          "\u2028": "\\u2028",
          "\u2029": "\\u2029"
        };
        let product = "";
        for (let i = 0; i < value2.length; i++) {
          const c = value2[i];
          switch (c) {
            case "'":
            case '"':
              quotes[c]++;
              product += c;
              continue;
            case "\0":
              if (util.isDigit(value2[i + 1])) {
                product += "\\x00";
                continue;
              }
          }
          if (replacements[c]) {
            product += replacements[c];
            continue;
          }
          if (c < " ") {
            let hexString = c.charCodeAt(0).toString(16);
            product += "\\x" + ("00" + hexString).substring(hexString.length);
            continue;
          }
          product += c;
        }
        const quoteChar = quote || Object.keys(quotes).reduce((a, b) => quotes[a] < quotes[b] ? a : b);
        product = product.replace(new RegExp(quoteChar, "g"), replacements[quoteChar]);
        return quoteChar + product + quoteChar;
      }
      function serializeObject(value2) {
        if (stack.indexOf(value2) >= 0) {
          throw TypeError("Converting circular structure to JSON5");
        }
        stack.push(value2);
        let stepback = indent;
        indent = indent + gap;
        let keys = propertyList || Object.keys(value2);
        let partial = [];
        for (const key of keys) {
          const propertyString = serializeProperty(key, value2);
          if (propertyString !== void 0) {
            let member = serializeKey(key) + ":";
            if (gap !== "") {
              member += " ";
            }
            member += propertyString;
            partial.push(member);
          }
        }
        let final;
        if (partial.length === 0) {
          final = "{}";
        } else {
          let properties;
          if (gap === "") {
            properties = partial.join(",");
            final = "{" + properties + "}";
          } else {
            let separator = ",\n" + indent;
            properties = partial.join(separator);
            final = "{\n" + indent + properties + ",\n" + stepback + "}";
          }
        }
        stack.pop();
        indent = stepback;
        return final;
      }
      function serializeKey(key) {
        if (key.length === 0) {
          return quoteString(key, true);
        }
        const firstChar = String.fromCodePoint(key.codePointAt(0));
        if (!util.isIdStartChar(firstChar)) {
          return quoteString(key, true);
        }
        for (let i = firstChar.length; i < key.length; i++) {
          if (!util.isIdContinueChar(String.fromCodePoint(key.codePointAt(i)))) {
            return quoteString(key, true);
          }
        }
        return key;
      }
      function serializeArray(value2) {
        if (stack.indexOf(value2) >= 0) {
          throw TypeError("Converting circular structure to JSON5");
        }
        stack.push(value2);
        let stepback = indent;
        indent = indent + gap;
        let partial = [];
        for (let i = 0; i < value2.length; i++) {
          const propertyString = serializeProperty(String(i), value2);
          partial.push(propertyString !== void 0 ? propertyString : "null");
        }
        let final;
        if (partial.length === 0) {
          final = "[]";
        } else {
          if (gap === "") {
            let properties = partial.join(",");
            final = "[" + properties + "]";
          } else {
            let separator = ",\n" + indent;
            let properties = partial.join(separator);
            final = "[\n" + indent + properties + ",\n" + stepback + "]";
          }
        }
        stack.pop();
        indent = stepback;
        return final;
      }
    };
  }
});

// node_modules/json5/lib/index.js
var require_lib = __commonJS({
  "node_modules/json5/lib/index.js"(exports, module) {
    var parse = require_parse();
    var stringify = require_stringify();
    var JSON52 = {
      parse,
      stringify
    };
    module.exports = JSON52;
  }
});

// node_modules/xmlchars/xml/1.0/ed5.js
var require_ed5 = __commonJS({
  "node_modules/xmlchars/xml/1.0/ed5.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "	\n\r -\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= SPACE && c <= 55295 || c === NL || c === CR || c === TAB || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xml/1.1/ed2.js
var require_ed2 = __commonJS({
  "node_modules/xmlchars/xml/1.1/ed2.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.RESTRICTED_CHAR = "-\b\v\f-\x7F-\x84\x86-\x9F";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= 1 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isRestrictedChar(c) {
      return c >= 1 && c <= 8 || c === 11 || c === 12 || c >= 14 && c <= 31 || c >= 127 && c <= 132 || c >= 134 && c <= 159;
    }
    exports.isRestrictedChar = isRestrictedChar;
    function isCharAndNotRestricted(c) {
      return c === 9 || c === 10 || c === 13 || c > 31 && c < 127 || c === 133 || c > 159 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isCharAndNotRestricted = isCharAndNotRestricted;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xmlns/1.0/ed3.js
var require_ed3 = __commonJS({
  "node_modules/xmlchars/xmlns/1.0/ed3.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NC_NAME_START_CHAR = "A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
    exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
    exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
    function isNCNameStartChar(c) {
      return c >= 65 && c <= 90 || c === 95 || c >= 97 && c <= 122 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8204 && c <= 8205 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNCNameStartChar = isNCNameStartChar;
    function isNCNameChar(c) {
      return isNCNameStartChar(c) || (c === 45 || c === 46 || c >= 48 && c <= 57 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256);
    }
    exports.isNCNameChar = isNCNameChar;
  }
});

// node_modules/saxes/saxes.js
var require_saxes = __commonJS({
  "node_modules/saxes/saxes.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SaxesParser = exports.EVENTS = void 0;
    var ed5 = require_ed5();
    var ed2 = require_ed2();
    var NSed3 = require_ed3();
    var isS = ed5.isS;
    var isChar10 = ed5.isChar;
    var isNameStartChar = ed5.isNameStartChar;
    var isNameChar = ed5.isNameChar;
    var S_LIST = ed5.S_LIST;
    var NAME_RE = ed5.NAME_RE;
    var isChar11 = ed2.isChar;
    var isNCNameStartChar = NSed3.isNCNameStartChar;
    var isNCNameChar = NSed3.isNCNameChar;
    var NC_NAME_RE = NSed3.NC_NAME_RE;
    var XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    var XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
    var rootNS = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      xml: XML_NAMESPACE,
      xmlns: XMLNS_NAMESPACE
    };
    var XML_ENTITIES = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      amp: "&",
      gt: ">",
      lt: "<",
      quot: '"',
      apos: "'"
    };
    var EOC = -1;
    var NL_LIKE = -2;
    var S_BEGIN = 0;
    var S_BEGIN_WHITESPACE = 1;
    var S_DOCTYPE = 2;
    var S_DOCTYPE_QUOTE = 3;
    var S_DTD = 4;
    var S_DTD_QUOTED = 5;
    var S_DTD_OPEN_WAKA = 6;
    var S_DTD_OPEN_WAKA_BANG = 7;
    var S_DTD_COMMENT = 8;
    var S_DTD_COMMENT_ENDING = 9;
    var S_DTD_COMMENT_ENDED = 10;
    var S_DTD_PI = 11;
    var S_DTD_PI_ENDING = 12;
    var S_TEXT = 13;
    var S_ENTITY = 14;
    var S_OPEN_WAKA = 15;
    var S_OPEN_WAKA_BANG = 16;
    var S_COMMENT = 17;
    var S_COMMENT_ENDING = 18;
    var S_COMMENT_ENDED = 19;
    var S_CDATA = 20;
    var S_CDATA_ENDING = 21;
    var S_CDATA_ENDING_2 = 22;
    var S_PI_FIRST_CHAR = 23;
    var S_PI_REST = 24;
    var S_PI_BODY = 25;
    var S_PI_ENDING = 26;
    var S_XML_DECL_NAME_START = 27;
    var S_XML_DECL_NAME = 28;
    var S_XML_DECL_EQ = 29;
    var S_XML_DECL_VALUE_START = 30;
    var S_XML_DECL_VALUE = 31;
    var S_XML_DECL_SEPARATOR = 32;
    var S_XML_DECL_ENDING = 33;
    var S_OPEN_TAG = 34;
    var S_OPEN_TAG_SLASH = 35;
    var S_ATTRIB = 36;
    var S_ATTRIB_NAME = 37;
    var S_ATTRIB_NAME_SAW_WHITE = 38;
    var S_ATTRIB_VALUE = 39;
    var S_ATTRIB_VALUE_QUOTED = 40;
    var S_ATTRIB_VALUE_CLOSED = 41;
    var S_ATTRIB_VALUE_UNQUOTED = 42;
    var S_CLOSE_TAG = 43;
    var S_CLOSE_TAG_SAW_WHITE = 44;
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    var BANG = 33;
    var DQUOTE = 34;
    var AMP = 38;
    var SQUOTE = 39;
    var MINUS = 45;
    var FORWARD_SLASH = 47;
    var SEMICOLON = 59;
    var LESS = 60;
    var EQUAL = 61;
    var GREATER = 62;
    var QUESTION = 63;
    var OPEN_BRACKET = 91;
    var CLOSE_BRACKET = 93;
    var NEL = 133;
    var LS = 8232;
    var isQuote = (c) => c === DQUOTE || c === SQUOTE;
    var QUOTES = [DQUOTE, SQUOTE];
    var DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
    var DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
    var XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
    var ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
    function nsPairCheck(parser, prefix, uri) {
      switch (prefix) {
        case "xml":
          if (uri !== XML_NAMESPACE) {
            parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
          }
          break;
        case "xmlns":
          if (uri !== XMLNS_NAMESPACE) {
            parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
          }
          break;
        default:
      }
      switch (uri) {
        case XMLNS_NAMESPACE:
          parser.fail(prefix === "" ? `the default namespace may not be set to ${uri}.` : `may not assign a prefix (even "xmlns") to the URI ${XMLNS_NAMESPACE}.`);
          break;
        case XML_NAMESPACE:
          switch (prefix) {
            case "xml":
              break;
            case "":
              parser.fail(`the default namespace may not be set to ${uri}.`);
              break;
            default:
              parser.fail("may not assign the xml namespace to another prefix.");
          }
          break;
        default:
      }
    }
    function nsMappingCheck(parser, mapping) {
      for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
      }
    }
    var isNCName = (name) => NC_NAME_RE.test(name);
    var isName = (name) => NAME_RE.test(name);
    var FORBIDDEN_START = 0;
    var FORBIDDEN_BRACKET = 1;
    var FORBIDDEN_BRACKET_BRACKET = 2;
    exports.EVENTS = [
      "xmldecl",
      "text",
      "processinginstruction",
      "doctype",
      "comment",
      "opentagstart",
      "attribute",
      "opentag",
      "closetag",
      "cdata",
      "error",
      "end",
      "ready"
    ];
    var EVENT_NAME_TO_HANDLER_NAME = {
      xmldecl: "xmldeclHandler",
      text: "textHandler",
      processinginstruction: "piHandler",
      doctype: "doctypeHandler",
      comment: "commentHandler",
      opentagstart: "openTagStartHandler",
      attribute: "attributeHandler",
      opentag: "openTagHandler",
      closetag: "closeTagHandler",
      cdata: "cdataHandler",
      error: "errorHandler",
      end: "endHandler",
      ready: "readyHandler"
    };
    var SaxesParser2 = class {
      /**
       * @param opt The parser options.
       */
      constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
          this.nameStartCheck = isNCNameStartChar;
          this.nameCheck = isNCNameChar;
          this.isName = isNCName;
          this.processAttribs = this.processAttribsNS;
          this.pushAttrib = this.pushAttribNS;
          this.ns = Object.assign({ __proto__: null }, rootNS);
          const additional = this.opt.additionalNamespaces;
          if (additional != null) {
            nsMappingCheck(this, additional);
            Object.assign(this.ns, additional);
          }
        } else {
          this.nameStartCheck = isNameStartChar;
          this.nameCheck = isNameChar;
          this.isName = isName;
          this.processAttribs = this.processAttribsPlain;
          this.pushAttrib = this.pushAttribPlain;
        }
        this.stateTable = [
          /* eslint-disable @typescript-eslint/unbound-method */
          this.sBegin,
          this.sBeginWhitespace,
          this.sDoctype,
          this.sDoctypeQuote,
          this.sDTD,
          this.sDTDQuoted,
          this.sDTDOpenWaka,
          this.sDTDOpenWakaBang,
          this.sDTDComment,
          this.sDTDCommentEnding,
          this.sDTDCommentEnded,
          this.sDTDPI,
          this.sDTDPIEnding,
          this.sText,
          this.sEntity,
          this.sOpenWaka,
          this.sOpenWakaBang,
          this.sComment,
          this.sCommentEnding,
          this.sCommentEnded,
          this.sCData,
          this.sCDataEnding,
          this.sCDataEnding2,
          this.sPIFirstChar,
          this.sPIRest,
          this.sPIBody,
          this.sPIEnding,
          this.sXMLDeclNameStart,
          this.sXMLDeclName,
          this.sXMLDeclEq,
          this.sXMLDeclValueStart,
          this.sXMLDeclValue,
          this.sXMLDeclSeparator,
          this.sXMLDeclEnding,
          this.sOpenTag,
          this.sOpenTagSlash,
          this.sAttrib,
          this.sAttribName,
          this.sAttribNameSawWhite,
          this.sAttribValue,
          this.sAttribValueQuoted,
          this.sAttribValueClosed,
          this.sAttribValueUnquoted,
          this.sCloseTag,
          this.sCloseTagSawWhite
          /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
      }
      /**
       * Indicates whether or not the parser is closed. If ``true``, wait for
       * the ``ready`` event to write again.
       */
      get closed() {
        return this._closed;
      }
      _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = void 0;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot = this.sawRoot = fragmentOpt;
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = void 0;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === void 0) {
          if (this.opt.forceXMLVersion === true) {
            throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
          }
          defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
          version: void 0,
          encoding: void 0,
          standalone: void 0
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
      }
      /**
       * The stream position the parser is currently looking at. This field is
       * zero-based.
       *
       * This field is not based on counting Unicode characters but is to be
       * interpreted as a plain index into a JavaScript string.
       */
      get position() {
        return this.chunkPosition + this.i;
      }
      /**
       * The column number of the next character to be read by the parser.  *
       * This field is zero-based. (The first column in a line is 0.)
       *
       * This field reports the index at which the next character would be in the
       * line if the line were represented as a JavaScript string.  Note that this
       * *can* be different to a count based on the number of *Unicode characters*
       * due to how JavaScript handles astral plane characters.
       *
       * See [[column]] for a number that corresponds to a count of Unicode
       * characters.
       */
      get columnIndex() {
        return this.position - this.positionAtNewLine;
      }
      /**
       * Set an event listener on an event. The parser supports one handler per
       * event type. If you try to set an event handler over an existing handler,
       * the old handler is silently overwritten.
       *
       * @param name The event to listen to.
       *
       * @param handler The handler to set.
       */
      on(name, handler) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
      }
      /**
       * Unset an event handler.
       *
       * @parma name The event to stop listening to.
       */
      off(name) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = void 0;
      }
      /**
       * Make an error object. The error object will have a message that contains
       * the ``fileName`` option passed at the creation of the parser. If position
       * tracking was turned on, it will also have line and column number
       * information.
       *
       * @param message The message describing the error to report.
       *
       * @returns An error object with a properly formatted message.
       */
      makeError(message) {
        var _a;
        let msg2 = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
          if (msg2.length > 0) {
            msg2 += ":";
          }
          msg2 += `${this.line}:${this.column}`;
        }
        if (msg2.length > 0) {
          msg2 += ": ";
        }
        return new Error(msg2 + message);
      }
      /**
       * Report a parsing error. This method is made public so that client code may
       * check for issues that are outside the scope of this project and can report
       * errors.
       *
       * @param message The error to report.
       *
       * @returns this
       */
      fail(message) {
        const err = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === void 0) {
          throw err;
        } else {
          handler(err);
        }
        return this;
      }
      /**
       * Write a XML data to the parser.
       *
       * @param chunk The XML data to write.
       *
       * @returns this
       */
      // We do need object for the type here. Yes, it often causes problems
      // but not in this case.
      write(chunk) {
        if (this.closed) {
          return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
          end = true;
          chunk = "";
        } else if (typeof chunk === "object") {
          chunk = chunk.toString();
        }
        if (this.carriedFromPrevious !== void 0) {
          chunk = `${this.carriedFromPrevious}${chunk}`;
          this.carriedFromPrevious = void 0;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end && // A trailing CR or surrogate must be carried over to the next
        // chunk.
        (lastCode === CR || lastCode >= 55296 && lastCode <= 56319)) {
          this.carriedFromPrevious = chunk[limit - 1];
          limit--;
          chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
          stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
      }
      /**
       * Close the current stream. Perform final well-formedness checks and reset
       * the parser tstate.
       *
       * @returns this
       */
      close() {
        return this.write(null);
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.0.
       *
       * @returns The character read.
       */
      getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code >= SPACE || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR:
              if (chunk.charCodeAt(i + 1) === NL) {
                this.i = i + 2;
              }
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.1.
       *
       * @returns {number} The character read.
       */
      getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 55296) {
          if (code > 31 && code < 127 || code > 159 && code !== LS || code === TAB) {
            return code;
          }
          switch (code) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR: {
              const next = chunk.charCodeAt(i + 1);
              if (next === NL || next === NEL) {
                this.i = i + 2;
              }
            }
            /* yes, fall through */
            case NEL:
            // 0x85
            case LS:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code;
          }
        }
        if (code > 56319) {
          if (!(code >= 57344 && code <= 65533)) {
            this.fail("disallowed character.");
          }
          return code;
        }
        const final = 65536 + (code - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Like ``getCode`` but with the return value normalized so that ``NL`` is
       * returned for ``NL_LIKE``.
       */
      getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
      }
      unget() {
        this.i = this.prevI;
        this.column--;
      }
      /**
       * Capture characters into a buffer until encountering one of a set of
       * characters.
       *
       * @param chars An array of codepoints. Encountering a character in the array
       * ends the capture. (``chars`` may safely contain ``NL``.)
       *
       * @return The character code that made the capture end, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          const c = this.getCode();
          const isNLLike = c === NL_LIKE;
          const final = isNLLike ? NL : c;
          if (final === EOC || chars.includes(final)) {
            this.text += chunk.slice(start, this.prevI);
            return final;
          }
          if (isNLLike) {
            this.text += `${chunk.slice(start, this.prevI)}
`;
            start = this.i;
          }
        }
      }
      /**
       * Capture characters into a buffer until encountering a character.
       *
       * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
       * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
       *
       * @return ``true`` if we ran into the character. Otherwise, we ran into the
       * end of the current chunk.
       */
      captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          let c = this.getCode();
          switch (c) {
            case NL_LIKE:
              this.text += `${chunk.slice(start, this.prevI)}
`;
              start = this.i;
              c = NL;
              break;
            case EOC:
              this.text += chunk.slice(start);
              return false;
            default:
          }
          if (c === char) {
            this.text += chunk.slice(start, this.prevI);
            return true;
          }
        }
      }
      /**
       * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
       * this parser.
       *
       * @return The character code that made the test fail, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureNameChars() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCode();
          if (c === EOC) {
            this.name += chunk.slice(start);
            return EOC;
          }
          if (!isNameChar(c)) {
            this.name += chunk.slice(start, this.prevI);
            return c === NL_LIKE ? NL : c;
          }
        }
      }
      /**
       * Skip white spaces.
       *
       * @return The character that ended the skip, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      skipSpaces() {
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC || !isS(c)) {
            return c;
          }
        }
      }
      setXMLVersion(version) {
        this.currentXMLVersion = version;
        if (version === "1.0") {
          this.isChar = isChar10;
          this.getCode = this.getCode10;
        } else {
          this.isChar = isChar11;
          this.getCode = this.getCode11;
        }
      }
      // STATE ENGINE METHODS
      // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
      // to be sure never to come back to this state later.
      sBegin() {
        if (this.chunk.charCodeAt(0) === 65279) {
          this.i++;
          this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
      }
      sBeginWhitespace() {
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
          this.xmlDeclPossible = false;
        }
        switch (c) {
          case LESS:
            this.state = S_OPEN_WAKA;
            if (this.text.length !== 0) {
              throw new Error("no-empty text at start");
            }
            break;
          case EOC:
            break;
          default:
            this.unget();
            this.state = S_TEXT;
            this.xmlDeclPossible = false;
        }
      }
      sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
          case GREATER: {
            (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            this.doctype = true;
            break;
          }
          case EOC:
            break;
          default:
            this.text += String.fromCodePoint(c);
            if (c === OPEN_BRACKET) {
              this.state = S_DTD;
            } else if (isQuote(c)) {
              this.state = S_DOCTYPE_QUOTE;
              this.q = c;
            }
        }
      }
      sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.q = null;
          this.state = S_DOCTYPE;
        }
      }
      sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
          return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
          this.state = S_DOCTYPE;
        } else if (c === LESS) {
          this.state = S_DTD_OPEN_WAKA;
        } else if (isQuote(c)) {
          this.state = S_DTD_QUOTED;
          this.q = c;
        }
      }
      sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.state = S_DTD;
          this.q = null;
        }
      }
      sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
          case BANG:
            this.state = S_DTD_OPEN_WAKA_BANG;
            this.openWakaBang = "";
            break;
          case QUESTION:
            this.state = S_DTD_PI;
            break;
          default:
            this.state = S_DTD;
        }
      }
      sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
          this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
          this.openWakaBang = "";
        }
      }
      sDTDComment() {
        if (this.captureToChar(MINUS)) {
          this.text += "-";
          this.state = S_DTD_COMMENT_ENDING;
        }
      }
      sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
      }
      sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        } else {
          this.fail("malformed comment.");
          this.state = S_DTD_COMMENT;
        }
      }
      sDTDPI() {
        if (this.captureToChar(QUESTION)) {
          this.text += "?";
          this.state = S_DTD_PI_ENDING;
        }
      }
      sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        }
      }
      sText() {
        if (this.tags.length !== 0) {
          this.handleTextInRoot();
        } else {
          this.handleTextOutsideRoot();
        }
      }
      sEntity() {
        let { i: start } = this;
        const { chunk } = this;
        loop:
          while (true) {
            switch (this.getCode()) {
              case NL_LIKE:
                this.entity += `${chunk.slice(start, this.prevI)}
`;
                start = this.i;
                break;
              case SEMICOLON: {
                const { entityReturnState } = this;
                const entity = this.entity + chunk.slice(start, this.prevI);
                this.state = entityReturnState;
                let parsed;
                if (entity === "") {
                  this.fail("empty entity name.");
                  parsed = "&;";
                } else {
                  parsed = this.parseEntity(entity);
                  this.entity = "";
                }
                if (entityReturnState !== S_TEXT || this.textHandler !== void 0) {
                  this.text += parsed;
                }
                break loop;
              }
              case EOC:
                this.entity += chunk.slice(start);
                break loop;
              default:
            }
          }
      }
      sOpenWaka() {
        const c = this.getCode();
        if (isNameStartChar(c)) {
          this.state = S_OPEN_TAG;
          this.unget();
          this.xmlDeclPossible = false;
        } else {
          switch (c) {
            case FORWARD_SLASH:
              this.state = S_CLOSE_TAG;
              this.xmlDeclPossible = false;
              break;
            case BANG:
              this.state = S_OPEN_WAKA_BANG;
              this.openWakaBang = "";
              this.xmlDeclPossible = false;
              break;
            case QUESTION:
              this.state = S_PI_FIRST_CHAR;
              break;
            default:
              this.fail("disallowed character in tag name");
              this.state = S_TEXT;
              this.xmlDeclPossible = false;
          }
        }
      }
      sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
          case "[CDATA[":
            if (!this.sawRoot && !this.reportedTextBeforeRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextBeforeRoot = true;
            }
            if (this.closedRoot && !this.reportedTextAfterRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextAfterRoot = true;
            }
            this.state = S_CDATA;
            this.openWakaBang = "";
            break;
          case "--":
            this.state = S_COMMENT;
            this.openWakaBang = "";
            break;
          case "DOCTYPE":
            this.state = S_DOCTYPE;
            if (this.doctype || this.sawRoot) {
              this.fail("inappropriately located doctype declaration.");
            }
            this.openWakaBang = "";
            break;
          default:
            if (this.openWakaBang.length >= 7) {
              this.fail("incorrect syntax.");
            }
        }
      }
      sComment() {
        if (this.captureToChar(MINUS)) {
          this.state = S_COMMENT_ENDING;
        }
      }
      sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
          this.state = S_COMMENT_ENDED;
          (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
          this.text = "";
        } else {
          this.text += `-${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        }
      }
      sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
          this.fail("malformed comment.");
          this.text += `--${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        } else {
          this.state = S_TEXT;
        }
      }
      sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
          this.state = S_CDATA_ENDING;
        }
      }
      sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
          this.state = S_CDATA_ENDING_2;
        } else {
          this.text += `]${String.fromCodePoint(c)}`;
          this.state = S_CDATA;
        }
      }
      sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
          case GREATER: {
            (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            break;
          }
          case CLOSE_BRACKET:
            this.text += "]";
            break;
          default:
            this.text += `]]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
      }
      // We need this separate state to check the first character fo the pi target
      // with this.nameStartCheck which allows less characters than this.nameCheck.
      sPIFirstChar() {
        const c = this.getCodeNorm();
        if (this.nameStartCheck(c)) {
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        } else if (c === QUESTION || isS(c)) {
          this.fail("processing instruction without a target.");
          this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        } else {
          this.fail("disallowed character in processing instruction name.");
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        }
      }
      sPIRest() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC) {
            this.piTarget += chunk.slice(start);
            return;
          }
          if (!this.nameCheck(c)) {
            this.piTarget += chunk.slice(start, this.prevI);
            const isQuestion = c === QUESTION;
            if (isQuestion || isS(c)) {
              if (this.piTarget === "xml") {
                if (!this.xmlDeclPossible) {
                  this.fail("an XML declaration must be at the start of the document.");
                }
                this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
              } else {
                this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
              }
            } else {
              this.fail("disallowed character in processing instruction name.");
              this.piTarget += String.fromCodePoint(c);
            }
            break;
          }
        }
      }
      sPIBody() {
        if (this.text.length === 0) {
          const c = this.getCodeNorm();
          if (c === QUESTION) {
            this.state = S_PI_ENDING;
          } else if (!isS(c)) {
            this.text = String.fromCodePoint(c);
          }
        } else if (this.captureToChar(QUESTION)) {
          this.state = S_PI_ENDING;
        }
      }
      sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          const { piTarget } = this;
          if (piTarget.toLowerCase() === "xml") {
            this.fail("the XML declaration must appear at the start of the document.");
          }
          (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
            target: piTarget,
            body: this.text
          });
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else if (c === QUESTION) {
          this.text += "?";
        } else {
          this.text += `?${String.fromCodePoint(c)}`;
          this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
      }
      sXMLDeclNameStart() {
        const c = this.skipSpaces();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (c !== EOC) {
          this.state = S_XML_DECL_NAME;
          this.name = String.fromCodePoint(c);
        }
      }
      sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.name += this.text;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (!(isS(c) || c === EQUAL)) {
          return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
          switch (this.name.length) {
            case 0:
              this.fail("did not expect any more name/value pairs.");
              break;
            case 1:
              this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
              break;
            default:
              this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
          }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
      }
      sXMLDeclEq() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (c !== EQUAL) {
          this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
      }
      sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (!isQuote(c)) {
          this.fail("value must be quoted.");
          this.q = SPACE;
        } else {
          this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
      }
      sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (c === EOC) {
          return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
          case "version": {
            this.xmlDeclExpects = ["encoding", "standalone"];
            const version = value;
            this.xmlDecl.version = version;
            if (!/^1\.[0-9]+$/.test(version)) {
              this.fail("version number must match /^1\\.[0-9]+$/.");
            } else if (!this.opt.forceXMLVersion) {
              this.setXMLVersion(version);
            }
            break;
          }
          case "encoding":
            if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
              this.fail("encoding value must match /^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
            }
            this.xmlDeclExpects = ["standalone"];
            this.xmlDecl.encoding = value;
            break;
          case "standalone":
            if (value !== "yes" && value !== "no") {
              this.fail('standalone value must match "yes" or "no".');
            }
            this.xmlDeclExpects = [];
            this.xmlDecl.standalone = value;
            break;
          default:
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
      }
      sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (!isS(c)) {
          this.fail("whitespace required.");
          this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
      }
      sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          if (this.piTarget !== "xml") {
            this.fail("processing instructions are not allowed before root.");
          } else if (this.name !== "version" && this.xmlDeclExpects.includes("version")) {
            this.fail("XML declaration must contain a version.");
          }
          (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
          this.name = "";
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else {
          this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
      }
      sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
          return;
        }
        const tag = this.tag = {
          name: this.name,
          attributes: /* @__PURE__ */ Object.create(null)
        };
        this.name = "";
        if (this.xmlnsOpt) {
          this.topNS = tag.ns = /* @__PURE__ */ Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
          this.fail("documents may contain only one root.");
        }
        switch (c) {
          case GREATER:
            this.openTag();
            break;
          case FORWARD_SLASH:
            this.state = S_OPEN_TAG_SLASH;
            break;
          default:
            if (!isS(c)) {
              this.fail("disallowed character in tag name.");
            }
            this.state = S_ATTRIB;
        }
      }
      sOpenTagSlash() {
        if (this.getCode() === GREATER) {
          this.openSelfClosingTag();
        } else {
          this.fail("forward-slash in opening tag not followed by >.");
          this.state = S_ATTRIB;
        }
      }
      sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
          return;
        }
        if (isNameStartChar(c)) {
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
          this.state = S_ATTRIB_VALUE;
        } else if (isS(c)) {
          this.state = S_ATTRIB_NAME_SAW_WHITE;
        } else if (c === GREATER) {
          this.fail("attribute without value.");
          this.pushAttrib(this.name, this.name);
          this.name = this.text = "";
          this.openTag();
        } else if (c !== EOC) {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
          case EOC:
            return;
          case EQUAL:
            this.state = S_ATTRIB_VALUE;
            break;
          default:
            this.fail("attribute without value.");
            this.text = "";
            this.name = "";
            if (c === GREATER) {
              this.openTag();
            } else if (isNameStartChar(c)) {
              this.unget();
              this.state = S_ATTRIB_NAME;
            } else {
              this.fail("disallowed character in attribute name.");
              this.state = S_ATTRIB;
            }
        }
      }
      sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
          this.q = c;
          this.state = S_ATTRIB_VALUE_QUOTED;
        } else if (!isS(c)) {
          this.fail("unquoted attribute value.");
          this.state = S_ATTRIB_VALUE_UNQUOTED;
          this.unget();
        }
      }
      sAttribValueQuoted() {
        const { q, chunk } = this;
        let { i: start } = this;
        while (true) {
          switch (this.getCode()) {
            case q:
              this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
              this.name = this.text = "";
              this.q = null;
              this.state = S_ATTRIB_VALUE_CLOSED;
              return;
            case AMP:
              this.text += chunk.slice(start, this.prevI);
              this.state = S_ENTITY;
              this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
              return;
            case NL:
            case NL_LIKE:
            case TAB:
              this.text += `${chunk.slice(start, this.prevI)} `;
              start = this.i;
              break;
            case LESS:
              this.text += chunk.slice(start, this.prevI);
              this.fail("disallowed character.");
              return;
            case EOC:
              this.text += chunk.slice(start);
              return;
            default:
          }
        }
      }
      sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
          this.state = S_ATTRIB;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else if (isNameStartChar(c)) {
          this.fail("no whitespace between attributes.");
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribValueUnquoted() {
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
          case AMP:
            this.state = S_ENTITY;
            this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
            break;
          case LESS:
            this.fail("disallowed character.");
            break;
          case EOC:
            break;
          default:
            if (this.text.includes("]]>")) {
              this.fail('the string "]]>" is disallowed in char data.');
            }
            this.pushAttrib(this.name, this.text);
            this.name = this.text = "";
            if (c === GREATER) {
              this.openTag();
            } else {
              this.state = S_ATTRIB;
            }
        }
      }
      sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
          this.closeTag();
        } else if (isS(c)) {
          this.state = S_CLOSE_TAG_SAW_WHITE;
        } else if (c !== EOC) {
          this.fail("disallowed character in closing tag.");
        }
      }
      sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
          case GREATER:
            this.closeTag();
            break;
          case EOC:
            break;
          default:
            this.fail("disallowed character in closing tag.");
        }
      }
      // END OF STATE ENGINE METHODS
      handleTextInRoot() {
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        scanLoop:
          while (true) {
            switch (this.getCode()) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text: text2 } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text2.length !== 0) {
                    handler(text2 + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              case CLOSE_BRACKET:
                switch (forbiddenState) {
                  case FORBIDDEN_START:
                    forbiddenState = FORBIDDEN_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET:
                    forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET_BRACKET:
                    break;
                  default:
                    throw new Error("impossible state");
                }
                break;
              case GREATER:
                if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                  this.fail('the string "]]>" is disallowed in char data.');
                }
                forbiddenState = FORBIDDEN_START;
                break;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                forbiddenState = FORBIDDEN_START;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break scanLoop;
              default:
                forbiddenState = FORBIDDEN_START;
            }
          }
        this.forbiddenState = forbiddenState;
      }
      handleTextOutsideRoot() {
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        outRootLoop:
          while (true) {
            const code = this.getCode();
            switch (code) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text: text2 } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text2.length !== 0) {
                    handler(text2 + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                break outRootLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                nonSpace = true;
                break outRootLoop;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break outRootLoop;
              default:
                if (!isS(code)) {
                  nonSpace = true;
                }
            }
          }
        if (!nonSpace) {
          return;
        }
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextAfterRoot = true;
        }
      }
      pushAttribNS(name, value) {
        var _a;
        const { prefix, local } = this.qname(name);
        const attr = { name, prefix, local, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
        if (prefix === "xmlns") {
          const trimmed = value.trim();
          if (this.currentXMLVersion === "1.0" && trimmed === "") {
            this.fail("invalid attempt to undefine prefix in XML 1.0");
          }
          this.topNS[local] = trimmed;
          nsPairCheck(this, local, trimmed);
        } else if (name === "xmlns") {
          const trimmed = value.trim();
          this.topNS[""] = trimmed;
          nsPairCheck(this, "", trimmed);
        }
      }
      pushAttribPlain(name, value) {
        var _a;
        const attr = { name, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
      }
      /**
       * End parsing. This performs final well-formedness checks and resets the
       * parser to a clean state.
       *
       * @returns this
       */
      end() {
        var _a, _b;
        if (!this.sawRoot) {
          this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
          const tag = tags.pop();
          this.fail(`unclosed tag: ${tag.name}`);
        }
        if (this.state !== S_BEGIN && this.state !== S_TEXT) {
          this.fail("unexpected end.");
        }
        const { text: text2 } = this;
        if (text2.length !== 0) {
          (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text2);
          this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
      }
      /**
       * Resolve a namespace prefix.
       *
       * @param prefix The prefix to resolve.
       *
       * @returns The namespace URI or ``undefined`` if the prefix is not defined.
       */
      resolve(prefix) {
        var _a, _b;
        let uri = this.topNS[prefix];
        if (uri !== void 0) {
          return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
          uri = tags[index].ns[prefix];
          if (uri !== void 0) {
            return uri;
          }
        }
        uri = this.ns[prefix];
        if (uri !== void 0) {
          return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
      }
      /**
       * Parse a qname into its prefix and local name parts.
       *
       * @param name The name to parse
       *
       * @returns
       */
      qname(name) {
        const colon = name.indexOf(":");
        if (colon === -1) {
          return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local === "" || local.includes(":")) {
          this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local };
      }
      processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag = this.tag;
        {
          const { prefix, local } = this.qname(tag.name);
          tag.prefix = prefix;
          tag.local = local;
          const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
          if (prefix !== "") {
            if (prefix === "xmlns") {
              this.fail('tags may not have "xmlns" as prefix.');
            }
            if (uri === "") {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              tag.uri = prefix;
            }
          }
        }
        if (attribList.length === 0) {
          return;
        }
        const { attributes } = tag;
        const seen = /* @__PURE__ */ new Set();
        for (const attr of attribList) {
          const { name, prefix, local } = attr;
          let uri;
          let eqname;
          if (prefix === "") {
            uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
            eqname = name;
          } else {
            uri = this.resolve(prefix);
            if (uri === void 0) {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              uri = prefix;
            }
            eqname = `{${uri}}${local}`;
          }
          if (seen.has(eqname)) {
            this.fail(`duplicate attribute: ${eqname}.`);
          }
          seen.add(eqname);
          attr.uri = uri;
          attributes[name] = attr;
        }
        this.attribList = [];
      }
      processAttribsPlain() {
        const { attribList } = this;
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
          if (attributes[name] !== void 0) {
            this.fail(`duplicate attribute: ${name}.`);
          }
          attributes[name] = value;
        }
        this.attribList = [];
      }
      /**
       * Handle a complete open tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onopentag``.
       */
      openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete self-closing tag. This parser code calls this once it has
       * seen the whole tag. This method checks for well-formeness and then emits
       * ``onopentag`` and ``onclosetag``.
       */
      openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
          this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete close tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onclosetag``.
       */
      closeTag() {
        const { tags, name } = this;
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
          this.fail("weird empty close tag.");
          this.text += "</>";
          return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
          const tag = this.tag = tags.pop();
          this.topNS = tag.ns;
          handler === null || handler === void 0 ? void 0 : handler(tag);
          if (tag.name === name) {
            break;
          }
          this.fail("unexpected close tag.");
        }
        if (l === 0) {
          this.closedRoot = true;
        } else if (l < 0) {
          this.fail(`unmatched closing tag: ${name}.`);
          this.text += `</${name}>`;
        }
      }
      /**
       * Resolves an entity. Makes any necessary well-formedness checks.
       *
       * @param entity The entity to resolve.
       *
       * @returns The parsed entity.
       */
      parseEntity(entity) {
        if (entity[0] !== "#") {
          const defined = this.ENTITIES[entity];
          if (defined !== void 0) {
            return defined;
          }
          this.fail(this.isName(entity) ? "undefined entity." : "disallowed character in entity name.");
          return `&${entity};`;
        }
        let num = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
          num = parseInt(entity.slice(2), 16);
        } else if (/^#[0-9]+$/.test(entity)) {
          num = parseInt(entity.slice(1), 10);
        }
        if (!this.isChar(num)) {
          this.fail("malformed character entity.");
          return `&${entity};`;
        }
        return String.fromCodePoint(num);
      }
    };
    exports.SaxesParser = SaxesParser2;
  }
});

// src/core/report.ts
function allFindings(report) {
  return report.apps.flatMap((a) => a.findings);
}
function summarize(findings) {
  const s = { error: 0, warning: 0, note: 0, waived: 0 };
  for (const f of findings) {
    const n = f.omitted ?? 1;
    if (f.waived) s.waived += n;
    else s[f.severity] += n;
  }
  return s;
}
var RANK = { error: 3, warning: 2, note: 1 };
function failing(findings, failOn) {
  if (failOn === "never") return [];
  return findings.filter((f) => !f.waived && RANK[f.severity] >= RANK[failOn]);
}
function compareFindings(a, b) {
  return cmp(a.location.file, b.location.file) || (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0) || cmp(a.ruleId, b.ruleId) || cmp(a.subject, b.subject);
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/repo/walk.ts
var import_ignore = __toESM(require_ignore(), 1);
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { MessageChannel, receiveMessageOnPort } from "node:worker_threads";

// src/repo/threads.ts
import os from "node:os";
import { Worker } from "node:worker_threads";
function threadsWanted(env) {
  const n = Number(env.MOBILE_POLICY_THREADS);
  if (env.MOBILE_POLICY_THREADS && Number.isInteger(n) && n > 0) return n;
  return Math.min(2, os.availableParallelism());
}
var STALL_MS = 3e4;
function spawnWorker(file, options) {
  try {
    const worker = new Worker(file, options);
    worker.unref();
    worker.on("error", () => {
    });
    return worker;
  } catch {
    return void 0;
  }
}

// src/repo/walk.ts
var MAX_GITIGNORE_BYTES = 1024 * 1024;
var SKIPPED_DIRS = /* @__PURE__ */ new Set([
  ".git",
  ".hg",
  ".svn",
  "node_modules",
  "Pods",
  "build",
  ".gradle",
  "DerivedData",
  ".dart_tool",
  "oh_modules",
  ".idea",
  ".cxx",
  ".externalNativeBuild",
  ".build",
  "Carthage",
  ".hvigor",
  ".expo",
  ".next",
  "coverage",
  ".swiftpm",
  "xcuserdata"
]);
function diag(code, file, en, zh, line) {
  return { code, severity: "note", message: { en, "zh-CN": zh }, location: line ? { file, line } : { file }, subject: file };
}
var SPECIAL_ZH = {
  "FIFO": "\u547D\u540D\u7BA1\u9053",
  "character device": "\u5B57\u7B26\u8BBE\u5907",
  "block device": "\u5757\u8BBE\u5907",
  "socket": "\u5957\u63A5\u5B57",
  "folder": "\u6587\u4EF6\u5939",
  "special file": "\u7279\u6B8A\u6587\u4EF6"
};
function notRegular(file, what) {
  return diag(
    "repo/not-regular-file",
    file,
    `${file} is not a regular file (${what}): it was not read, so nothing in it was checked.`,
    `${file} \u4E0D\u662F\u666E\u901A\u6587\u4EF6\uFF08${SPECIAL_ZH[what] ?? "\u7279\u6B8A\u6587\u4EF6"}\uFF09\uFF0C\u672A\u88AB\u8BFB\u53D6\uFF0C\u5176\u5185\u5BB9\u672A\u88AB\u68C0\u67E5\u3002`
  );
}
function namePatternsOnly(text2) {
  return text2.split(/\r?\n/).every((line) => {
    const p = line.trim();
    return !p || p.startsWith("#") || !p.replace(/\/$/, "").includes("/");
  });
}
function rulesOf(base, text2) {
  const lines = text2.split(/\r?\n/).filter((l) => {
    const p = l.trim();
    return p && !p.startsWith("#");
  });
  const fileLines = lines.filter((l) => l.trim().startsWith("!") || !l.trim().endsWith("/"));
  const ig = (0, import_ignore.default)().add(text2);
  const byName = namePatternsOnly(text2);
  const files = fileLines.length === lines.length ? ig : fileLines.some((l) => !l.trim().startsWith("!")) ? (0, import_ignore.default)().add(fileLines) : void 0;
  return { base, text: text2, ig, files: byName && files ? bySuffix(fileLines) ?? files : files, byName };
}
function bySuffix(lines) {
  const suffixes = [];
  for (const l of lines) {
    const m = /^\*(\.[\w.-]+)$/.exec(l.trim());
    if (!m) return void 0;
    suffixes.push(m[1].toLowerCase());
  }
  return { ignores: (name) => suffixes.some((x) => endsWithFolded(name, x)) };
}
function endsWithFolded(name, suffix) {
  const at = name.length - suffix.length;
  if (at < 0) return false;
  for (let i = 0; i < suffix.length; i++) {
    const c = name.charCodeAt(at + i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== suffix.charCodeAt(i)) return false;
  }
  return true;
}
function ignored(rules, rel, name, isDir) {
  for (const { base, ig, files, byName } of rules) {
    const test = isDir ? ig : files;
    if (!test) continue;
    const sub = byName ? name : base ? rel.slice(base.length + 1) : rel;
    if (test.ignores(isDir ? `${sub}/` : sub)) return true;
  }
  return false;
}
var TreeWalk = class {
  constructor(root) {
    this.root = root;
    this.real = realRoot(root);
  }
  root;
  paths = [];
  sizes = [];
  hidden = [];
  diagnostics = [];
  /** The root with its own symlinks resolved: what links are compared with. */
  real;
  /** Lists `dir` and everything below it. */
  walk(dir, rules) {
    for (const [sub, r] of this.list(dir, rules)) this.walk(sub, r);
  }
  /** Lists the files of `dir`; returns its subfolders to walk, with the rules that apply in them. */
  list(dir, rules) {
    const abs = path.join(this.root, dir);
    let entries;
    try {
      entries = fs.readdirSync(abs, { withFileTypes: true });
    } catch (e) {
      this.hidden.push(dir ? `${dir}/` : "");
      this.diagnostics.push(diag(
        "repo/unreadable",
        dir || ".",
        `${dir || "."} could not be listed: ${e.message}`,
        `${dir || "."} \u65E0\u6CD5\u5217\u51FA\uFF1A${e.message}`
      ));
      return [];
    }
    const gitignore = entries.find((e) => e.name === ".gitignore" && e.isFile());
    if (gitignore) {
      const text2 = readConfinedText(this.real, path.join(abs, ".gitignore"), MAX_GITIGNORE_BYTES);
      if (text2 !== void 0) rules = [...rules, rulesOf(dir, text2)];
    }
    const dirs = [];
    for (const entry of entries) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      const isDir = entry.isDirectory();
      if (isDir && SKIPPED_DIRS.has(entry.name)) continue;
      if (ignored(rules, rel, entry.name, isDir)) {
        this.hidden.push(isDir ? `${rel}/` : rel);
        continue;
      }
      if (isDir) dirs.push([rel, rules]);
      else if (entry.isFile()) this.paths.push(rel);
      else if (entry.isSymbolicLink()) this.symlink(rel);
      else this.special(rel, entry);
    }
    return dirs;
  }
  symlink(rel) {
    const abs = path.join(this.root, rel);
    let target;
    try {
      target = fs.realpathSync(abs);
    } catch {
      return;
    }
    if (!isInside(this.real, target)) {
      this.diagnostics.push(diag(
        "repo/symlink-outside",
        rel,
        `${rel} is a symbolic link to a path outside the repository: it was not followed.`,
        `${rel} \u662F\u6307\u5411\u4ED3\u5E93\u4E4B\u5916\u7684\u7B26\u53F7\u94FE\u63A5\uFF0C\u672A\u88AB\u8DDF\u968F\u3002`
      ));
      return;
    }
    const stat = fs.statSync(abs);
    if (stat.isFile()) {
      this.paths.push(rel);
      this.sizes.push([rel, stat.size]);
    } else if (!stat.isDirectory()) {
      this.special(rel, stat);
    }
  }
  /** A FIFO, device or socket: never read (it could block or never end), but said. */
  special(rel, entry) {
    this.diagnostics.push(notRegular(rel, kindOf(entry)));
  }
  /** Walks shared folders, claiming them one by one, until none is left. */
  drain(job, chains = /* @__PURE__ */ new Map()) {
    for (; ; ) {
      const i = Atomics.add(job.counter, NEXT, 1);
      if (i >= job.dirs.length) return;
      job.owner[i] = job.self;
      this.walk(job.dirs[i], rulesFor(job, i, chains));
      Atomics.add(job.counter, DONE, 1);
    }
  }
};
var NEXT = 0;
var DONE = 1;
var WORKER_STATE = 2;
function rulesFor(job, i, cache2) {
  const c = job.chainOf[i];
  let rules = cache2.get(c);
  if (!rules) {
    rules = job.chains[c].map(({ base, text: text2 }) => rulesOf(base, text2));
    cache2.set(c, rules);
  }
  return rules;
}
var MIN_SHARED_DIRS = 64;
var WORKER_FILE = fileURLToPath(new URL("./walk-worker.js", import.meta.url));
function listTree(root, { threads = threadsWanted(process.env), workerFile = WORKER_FILE, workerOnly = false } = {}) {
  const main = new TreeWalk(root);
  let frontier = [["", []]];
  while (frontier.length && frontier.length < MIN_SHARED_DIRS) frontier = frontier.flatMap(([d, r]) => main.list(d, r));
  if (!frontier.length) return main;
  if (threads < 2 || !fs.existsSync(workerFile)) {
    for (const [d, r] of frontier) main.walk(d, r);
    return main;
  }
  const chainIds = /* @__PURE__ */ new Map();
  const chains = [];
  const chainOf = frontier.map(([, r]) => {
    let id = chainIds.get(r);
    if (id === void 0) {
      id = chains.push(r.map(({ base, text: text2 }) => ({ base, text: text2 }))) - 1;
      chainIds.set(r, id);
    }
    return id;
  });
  const job = {
    root,
    dirs: frontier.map(([d]) => d),
    chainOf,
    chains,
    counter: new Int32Array(new SharedArrayBuffer(12)),
    owner: new Uint8Array(new SharedArrayBuffer(frontier.length)),
    self: 1
  };
  const channel = new MessageChannel();
  const worker = spawnWorker(workerFile, { workerData: { ...job, self: 2, port: channel.port2 }, transferList: [channel.port2] });
  if (!workerOnly) main.drain(job, new Map(frontier.map(([, r], i) => [chainOf[i], r])));
  const theirs = worker ? awaitWorker(job, channel.port1) : void 0;
  void worker?.terminate();
  channel.port1.close();
  if (theirs) {
    if (theirs.paths) main.paths = main.paths.concat(theirs.paths.split("\0"));
    if (theirs.hidden) main.hidden = main.hidden.concat(theirs.hidden.split("\0"));
    main.sizes = main.sizes.concat(theirs.sizes);
    main.diagnostics = main.diagnostics.concat(theirs.diagnostics);
  } else {
    job.dirs.forEach((d, i) => {
      if (job.owner[i] !== 1) main.walk(d, rulesFor(job, i, /* @__PURE__ */ new Map()));
    });
  }
  return main;
}
function awaitWorker(job, port) {
  const c = job.counter;
  let done = Atomics.load(c, DONE);
  let since = Date.now();
  for (; ; ) {
    const state = Atomics.load(c, WORKER_STATE);
    if (state === 2) return void 0;
    if (state === 1) break;
    if (done >= job.dirs.length && !job.owner.includes(2)) return { paths: "", hidden: "", sizes: [], diagnostics: [] };
    Atomics.wait(c, WORKER_STATE, 0, 20);
    const now = Atomics.load(c, DONE);
    if (now !== done) {
      done = now;
      since = Date.now();
    } else if (Date.now() - since > STALL_MS) return void 0;
  }
  for (let tries = 0; tries < 200; tries++) {
    const m = receiveMessageOnPort(port);
    if (m) return m.message;
    Atomics.wait(c, NEXT, Atomics.load(c, NEXT), 5);
  }
  return void 0;
}

// src/repo/budget.ts
var FILE_BUDGET_MS = 1e4;
var budgetMs = FILE_BUDGET_MS;
var progress = {};
function enterPhase(phase) {
  progress.phase = phase;
  progress.file = void 0;
}
function lastProgress() {
  return { ...progress };
}
function withinFileBudget(file, diagnostics, parse, reset) {
  progress.file = file;
  let out;
  let box = budgetMs;
  for (let attempt = 0; ; attempt++) {
    const cpu = process.cpuUsage();
    try {
      out = timeBoxed(parse, box);
      break;
    } catch (e) {
      if (!(e instanceof TimeBoxExpired)) {
        progress.file = void 0;
        throw e;
      }
      reset?.();
      const used = cpuMs(process.cpuUsage(cpu));
      if (attempt === 0 && used < box / 2) {
        box = Math.min(10 * budgetMs, budgetMs * box / Math.max(used, box / 10));
        continue;
      }
      diagnostics.push(tooSlow(file, budgetMs));
      progress.file = void 0;
      return void 0;
    }
  }
  progress.file = void 0;
  return out;
}
function cpuMs(u) {
  return (u.user + u.system) / 1e3;
}
function tooSlow(file, ms) {
  const s = seconds(ms);
  return diag(
    "repo/file-too-slow",
    file,
    `${file} was skipped: reading it took longer than ${s} s, so nothing in it was checked.`,
    `${file} \u5DF2\u8DF3\u8FC7\uFF1A\u8BFB\u53D6\u8017\u65F6\u8D85\u8FC7 ${s} \u79D2\uFF0C\u5176\u5185\u5BB9\u672A\u88AB\u68C0\u67E5\u3002`
  );
}
function seconds(ms) {
  return ms % 1e3 === 0 ? String(ms / 1e3) : (ms / 1e3).toFixed(1);
}

// src/repo/files.ts
import fs2 from "node:fs";
import path2 from "node:path";
var DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
var MAX_INDEX_BYTES = 256 * 1024 * 1024;
function tooLarge(file, size, max) {
  const mb = (n) => (n / 1024 / 1024).toFixed(1);
  return diag(
    "repo/file-too-large",
    file,
    `${file} is ${mb(size)} MiB, over the ${mb(max)} MiB read limit: it was skipped, so nothing in it was checked.`,
    `${file} \u5927\u5C0F\u4E3A ${mb(size)} MiB\uFF0C\u8D85\u8FC7 ${mb(max)} MiB \u7684\u8BFB\u53D6\u4E0A\u9650\uFF0C\u5DF2\u8DF3\u8FC7\uFF0C\u5176\u5185\u5BB9\u672A\u88AB\u68C0\u67E5\u3002`
  );
}
function unreadable(file, why) {
  return diag("repo/unreadable", file, `${file} could not be read: ${why}`, `${file} \u65E0\u6CD5\u8BFB\u53D6\uFF1A${why}`);
}
function outside(file) {
  return diag(
    "repo/symlink-outside",
    file,
    `${file} leads outside the repository through a symbolic link: it was not read.`,
    `${file} \u7ECF\u7B26\u53F7\u94FE\u63A5\u6307\u5411\u4ED3\u5E93\u4E4B\u5916\uFF0C\u672A\u88AB\u8BFB\u53D6\u3002`
  );
}
function refusedRead(file, refusal, maxBytes) {
  switch (refusal.kind) {
    case "outside":
      return outside(file);
    case "special":
      return notRegular(file, refusal.what);
    case "too-large":
      return tooLarge(file, refusal.size, maxBytes);
    case "failed":
      return unreadable(file, refusal.message);
    case "missing":
      return void 0;
  }
}
function utf16Encoding(bytes) {
  if (bytes.length < 2) return void 0;
  if (bytes[0] === 255 && bytes[1] === 254) return "utf-16le";
  if (bytes[0] === 254 && bytes[1] === 255) return "utf-16be";
  return void 0;
}
function utf16AsUtf8(bytes) {
  const encoding = utf16Encoding(bytes);
  if (!encoding) return void 0;
  try {
    return Buffer.from(new TextDecoder(encoding, { fatal: true }).decode(bytes), "utf8");
  } catch {
    return void 0;
  }
}
function decodeText(file, bytes) {
  const utf16 = utf16AsUtf8(bytes);
  if (utf16) bytes = utf16;
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    return { ok: false, diagnostic: diag(
      "repo/binary-file",
      file,
      `${file} looks binary (it contains NUL bytes) where text was expected: it was not checked.`,
      `${file} \u770B\u8D77\u6765\u662F\u4E8C\u8FDB\u5236\u6587\u4EF6\uFF08\u542B\u7A7A\u5B57\u8282\uFF09\uFF0C\u800C\u6B64\u5904\u5E94\u4E3A\u6587\u672C\uFF0C\u672A\u88AB\u68C0\u67E5\u3002`
    ) };
  }
  try {
    let text2 = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    if (text2.charCodeAt(0) === 65279) text2 = text2.slice(1);
    return { ok: true, text: text2 };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const line = countLines(bytes, bad);
    return { ok: false, diagnostic: diag(
      "repo/invalid-utf8",
      file,
      `${file} is not valid UTF-8 (line ${line}): save it as UTF-8 so it can be checked.`,
      `${file} \u4E0D\u662F\u6709\u6548\u7684 UTF-8 \u7F16\u7801\uFF08\u7B2C ${line} \u884C\uFF09\uFF0C\u8BF7\u4EE5 UTF-8 \u4FDD\u5B58\u4EE5\u4FBF\u68C0\u67E5\u3002`,
      line
    ) };
  }
}
function countLines(bytes, upTo) {
  let line = 1;
  for (let i = 0; i < upTo; i++) if (bytes[i] === 10) line++;
  return line;
}
function firstInvalidUtf8(bytes) {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      decoder.decode();
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
var BaseRepo = class {
  has(file) {
    const paths = this.paths;
    let lo = 0;
    let hi = paths.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (paths[mid] < file) lo = mid + 1;
      else hi = mid;
    }
    return paths[lo] === file;
  }
  match(pattern) {
    const patterns = typeof pattern === "string" ? [pattern] : pattern;
    return this.paths.filter((p) => patterns.some((g) => minimatch(p, g, { dot: true, matchBase: !g.includes("/") })));
  }
  readText(file, maxBytes = DEFAULT_MAX_BYTES) {
    const r = this.readBytes(file, maxBytes);
    return r.ok ? decodeText(file, r.bytes) : r;
  }
  readBytes(file, maxBytes = DEFAULT_MAX_BYTES) {
    return this.guarded(file, maxBytes, () => this.bytes(file, maxBytes));
  }
  readTransient(file, maxBytes = DEFAULT_MAX_BYTES) {
    return this.readBytes(file, maxBytes);
  }
  readRange(file, offset, length) {
    return this.guarded(file, length, () => this.range(file, Math.max(0, offset), Math.max(0, length)));
  }
  guarded(file, maxBytes, read) {
    try {
      const bytes = read();
      if (typeof bytes === "number") return { ok: false, diagnostic: tooLarge(file, bytes, maxBytes) };
      return { ok: true, bytes };
    } catch (e) {
      return { ok: false, diagnostic: e instanceof SpecialFileError ? notRegular(file, e.what) : unreadable(file, e.message) };
    }
  }
};
var scratch = Buffer.alloc(0);
var DiskRepo = class extends BaseRepo {
  root;
  paths;
  diagnostics;
  sizes;
  /** The root with every symlink resolved: what every file read must stay inside. */
  real;
  constructor(root) {
    super();
    this.root = path2.resolve(root);
    this.real = realRoot(this.root);
    const listing = listTree(this.root);
    this.paths = listing.paths;
    this.sizes = new Map(listing.sizes);
    this.diagnostics = listing.diagnostics;
    this.addTracked(listing.hidden);
    this.paths.sort();
    this.diagnostics.sort((a, b) => a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0);
  }
  size(file) {
    return this.sizes.get(file) ?? fs2.statSync(path2.join(this.root, file)).size;
  }
  readTransient(file, maxBytes = DEFAULT_MAX_BYTES) {
    return this.guarded(file, maxBytes, () => this.readScratch(file, maxBytes));
  }
  bytes(file, maxBytes) {
    const r = this.readScratch(file, maxBytes);
    return typeof r === "number" ? r : r.slice();
  }
  /** Into one reused buffer (no allocation per file, which matters over 100,000 files); the size when too large. */
  readScratch(file, maxBytes) {
    if (scratch.length < maxBytes + 1) scratch = Buffer.allocUnsafe(Math.max(maxBytes + 1, 64 * 1024));
    const r = this.has(file) ? readListedInto(`${this.root}/${file}`, scratch, 0, maxBytes) : readInto(path2.join(this.root, file), scratch, 0, maxBytes);
    return typeof r === "number" ? scratch.subarray(0, r) : r.size;
  }
  range(file, offset, length) {
    const { fd } = openRegular(path2.join(this.root, file));
    try {
      const buf = Buffer.allocUnsafe(length);
      let n = 0;
      while (n < length) {
        const got = fs2.readSync(fd, buf, n, length - n, offset + n);
        if (got === 0) break;
        n += got;
      }
      return buf.subarray(0, n);
    } finally {
      fs2.closeSync(fd);
    }
  }
  /** Files git tracks although a .gitignore hides them (read from .git/index, never by running git). */
  addTracked(hidden) {
    if (!hidden.length) return;
    const index = readConfined(this.real, path2.join(this.root, ".git", "index"), MAX_INDEX_BYTES);
    if (!index.ok) {
      const note = refusedRead(".git/index", index.refusal, MAX_INDEX_BYTES);
      if (note) this.diagnostics.push(note);
      return;
    }
    const tracked = readGitIndex(index.bytes);
    if (!tracked) return;
    hidden.sort();
    for (const rel of tracked) {
      if (!isBelow(hidden, rel) || rel.split("/").some((part) => SKIPPED_DIRS.has(part) || part === ".." || part === "." || part === "")) continue;
      let real;
      try {
        real = realInside(this.real, path2.join(this.root, rel));
      } catch {
        continue;
      }
      if (!real) {
        this.diagnostics.push(outside(rel));
        continue;
      }
      const st = fs2.statSync(real);
      if (st.isFile()) {
        this.paths.push(rel);
        this.sizes.set(rel, st.size);
      } else if (!st.isDirectory()) {
        this.diagnostics.push(notRegular(rel, kindOf(st)));
      }
    }
  }
};
function isBelow(hidden, rel) {
  let lo = 0;
  let hi = hidden.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (hidden[mid] <= rel) lo = mid + 1;
    else hi = mid;
  }
  const h = hidden[lo - 1];
  return h !== void 0 && (h === rel || (h === "" || h.endsWith("/")) && rel.startsWith(h));
}
function subtree(repo, dir) {
  return repo.paths.slice(...subtreeRange(repo, dir));
}
function subtreeRange(repo, dir) {
  const paths = repo.paths;
  if (!dir) return [0, paths.length];
  const prefix = `${dir}/`;
  const first = (before) => {
    let lo = 0;
    let hi = paths.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (before(paths[mid])) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return [first((p) => p < prefix), first((p) => p < prefix || p.startsWith(prefix))];
}

// src/repo/paths.ts
function lastSlash(p) {
  let i = p.length - 1;
  while (i >= 0 && p.charCodeAt(i) !== 47) i--;
  return i;
}
function basename(p) {
  const i = lastSlash(p);
  return i >= 0 ? p.slice(i + 1) : p;
}
function dirname(p) {
  const i = lastSlash(p);
  return i >= 0 ? p.slice(0, i) : "";
}
function isGradleScript(p) {
  return p.endsWith(".gradle") || p.endsWith(".gradle.kts");
}

// src/scope/builds.ts
var import_yaml = __toESM(require_dist(), 1);

// src/core/json5.ts
var import_json5 = __toESM(require_lib(), 1);
function parseJson5(text2) {
  const warn = console.warn;
  console.warn = () => {
  };
  try {
    return import_json5.default.parse(text2);
  } finally {
    console.warn = warn;
  }
}

// src/detectors/android/xml.ts
var import_saxes = __toESM(require_saxes(), 1);
var STOP = new Error("stop");
function parseXml(text2) {
  const parser = new import_saxes.SaxesParser({ xmlns: false, position: true });
  const stack = [];
  let root;
  let error;
  const lines = lineIndex(text2);
  let startLine = 1;
  let startCol = 1;
  parser.on("opentagstart", (tag) => {
    const at = searchBack(text2, `<${tag.name}`, parser.position);
    [startLine, startCol] = at >= 0 ? lineCol(lines, at) : [parser.line, parser.column + 1];
  });
  parser.on("attribute", (attr) => {
    const at = searchBack(text2, attr.name, parser.position);
    const [line, column] = at >= 0 ? lineCol(lines, at) : [parser.line, parser.column + 1];
    pendingAttrs[attr.name] = { value: attr.value, line, column };
  });
  let pendingAttrs = {};
  parser.on("opentag", (tag) => {
    const el = { name: tag.name, attrs: pendingAttrs, children: [], text: "", line: startLine, column: startCol };
    pendingAttrs = {};
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root ??= el;
    if (!tag.isSelfClosing) stack.push(el);
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on("text", (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on("cdata", (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on("error", (e) => {
    if (!error) error = { message: e.message.replace(/^(?:[^:\n]*:)?\d+:\d+: /, ""), line: parser.line, column: parser.column + 1 };
    throw STOP;
  });
  try {
    parser.write(text2).close();
  } catch (e) {
    if (e !== STOP && !error) error = { message: e.message.replace(/^(?:[^:\n]*:)?\d+:\d+: /, ""), line: parser.line, column: parser.column + 1 };
  }
  if (error) return { ok: false, ...error };
  if (!root) return { ok: false, message: "no root element", line: 1, column: 1 };
  return { ok: true, root };
}
var SEARCH_BACK = 8192;
function searchBack(text2, needle, position) {
  const from = Math.max(0, position - SEARCH_BACK);
  const at = text2.slice(from, position + needle.length).lastIndexOf(needle);
  return at < 0 ? -1 : from + at;
}
function kids(el, name) {
  return el.children.filter((c) => c.name === name);
}
function lineIndex(text2) {
  const starts = [0];
  for (let i = text2.indexOf("\n"); i >= 0; i = text2.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function lineCol(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return [lo + 1, offset - (starts[lo] ?? 0) + 1];
}

// src/detectors/ios/pbxproj.ts
function unquote(v) {
  const t = v.trim();
  if (t.startsWith('"') && t.endsWith('"') && t.length >= 2) return t.slice(1, -1).replace(/\\"/g, '"').replace(/\\\\/g, "\\");
  return t;
}
function readPbxConfigurations(text2) {
  const starts = lineIndex(text2);
  const out = [];
  const re = /isa\s*=\s*XCBuildConfiguration\s*;/g;
  let done = 0;
  for (let m = re.exec(text2); m; m = re.exec(text2)) {
    const after = m.index + m[0].length;
    let open = m.index;
    while (open >= done && text2[open] !== "{") open--;
    if (open < done) {
      re.lastIndex = done = after;
      continue;
    }
    let depth = 0;
    let end = open;
    for (; end < text2.length; end++) {
      const c = text2[end];
      if (c === '"') {
        end++;
        while (end < text2.length && text2[end] !== '"') {
          if (text2[end] === "\\") end++;
          end++;
        }
        continue;
      }
      if (c === "{") depth++;
      else if (c === "}" && --depth === 0) break;
    }
    if (end < m.index) {
      re.lastIndex = done = after;
      continue;
    }
    const block = text2.slice(open, end);
    const settings = {};
    const kv = /^[ \t]*("[A-Za-z_][^"\n]*"|[A-Za-z_][\w.$/-]*(?:\[[^\]\n]*\])*)[ \t]*=/gm;
    let name = "";
    for (let k = kv.exec(block); k; k = kv.exec(block)) {
      const raw = settingValue(block, k.index + k[0].length);
      if (raw === void 0) continue;
      const key = unquote(k[1]);
      const [line, column] = lineCol(starts, open + k.index + (k[0].length - k[0].trimStart().length));
      if (key === "name") {
        name = unquote(raw);
        continue;
      }
      if (key === "isa" || key === "baseConfigurationReference") continue;
      settings[key] ??= { value: unquote(raw), line, column };
    }
    const id = /([0-9A-Fa-f]{24})\s*(?:\/\*[^*]*\*\/\s*)?=\s*$/.exec(text2.slice(Math.max(0, open - 200), open))?.[1] ?? "";
    out.push({ id, name, line: lineCol(starts, m.index)[0], settings });
    re.lastIndex = done = Math.max(end, after);
  }
  return out;
}
function settingValue(block, from) {
  let i = from;
  while (block[i] === " " || block[i] === "	") i++;
  let value;
  if (block[i] === '"') {
    let j = i + 1;
    while (j < block.length && block[j] !== '"' && block[j] !== "\n") j += block[j] === "\\" ? 2 : 1;
    if (block[j] !== '"') return void 0;
    value = block.slice(i, j + 1);
    i = j + 1;
  } else {
    let j = i;
    while (j < block.length && !";{(\n".includes(block[j])) j++;
    value = block.slice(i, j).trimEnd();
    i = j;
  }
  while (i < block.length && /\s/.test(block[i])) i++;
  return block[i] === ";" ? value : void 0;
}
function expand(value, settings, depth = 0) {
  if (depth > 5) return void 0;
  let ok = true;
  const s = value.replace(/\$\(([^)]+)\)|\$\{([^}]+)\}/g, (_m, a, b) => {
    const [name = "", ...ops] = (a ?? b ?? "").split(":");
    if (name === "inherited") return "";
    const v = settings[name];
    if (!v) {
      ok = false;
      return "";
    }
    let r = expand(v.value, settings, depth + 1);
    if (r === void 0) {
      ok = false;
      return "";
    }
    for (const op of ops) {
      if (op === "rfc1034identifier") r = r.replace(/[^A-Za-z0-9.]/g, "-");
      else if (op === "c99extidentifier" || op === "identifier") r = r.replace(/[^A-Za-z0-9_]/g, "_");
      else if (op === "lower") r = r.toLowerCase();
      else if (op === "upper") r = r.toUpperCase();
      else {
        ok = false;
        return "";
      }
    }
    return r;
  });
  return ok ? s.trim() : void 0;
}
function targetKind(productType) {
  if (/(?:unit-test|ui-test)/.test(productType)) return "test";
  if (/extension/.test(productType)) return "extension";
  if (/(?:^|\.)application/.test(productType)) return "app";
  if (/framework|library/.test(productType)) return "framework";
  return "other";
}
function readPbxTargets(text2) {
  const lists = /* @__PURE__ */ new Map();
  const listRe = /(?<![0-9A-Fa-f])([0-9A-Fa-f]{24})[^=\n]{0,200}=\s*\{\s*isa[ \t]*=[ \t]*XCConfigurationList[ \t]*;\s*buildConfigurations[ \t]*=\s*\(/g;
  for (const { match, body } of pbxBodies(text2, listRe, ")")) lists.set(match[1], [...body.matchAll(/[0-9A-Fa-f]{24}/g)].map((x) => x[0]));
  const out = [];
  for (const { body } of pbxBodies(text2, /\{\s*isa[ \t]*=[ \t]*PBXNativeTarget[ \t]*;/g)) {
    const name = unquote(/\n[ \t]*name[ \t]*=[ \t]*("(?:\\.|[^"\\\n])*"|[^;\n]*);/.exec(body)?.[1] ?? "");
    const productType = unquote(/productType[ \t]*=[ \t]*("[^"\n]*"|[^;\n]*);/.exec(body)?.[1] ?? "");
    const list = /buildConfigurationList\s*=\s*([0-9A-Fa-f]{24})/.exec(body)?.[1];
    out.push({ name, productType, kind: targetKind(productType), configurationIds: list && lists.get(list) || [] });
  }
  return out;
}
function* pbxBodies(text2, head, end = "\n		};") {
  const matches = text2.matchAll(head);
  let next = matches.next();
  let endAt = -2;
  while (!next.done) {
    const match = next.value;
    const from = match.index + match[0].length;
    next = matches.next();
    if (endAt !== -1 && endAt < from) endAt = text2.indexOf(end, from);
    if (endAt === -1) return;
    const stop = next.done ? endAt : Math.min(endAt, next.value.index);
    yield { match, body: text2.slice(from, stop), at: from };
  }
}

// src/scope/listing.ts
function indexOf(repo, file) {
  const paths = repo.paths;
  let lo = 0;
  let hi = paths.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (paths[mid] < file) lo = mid + 1;
    else hi = mid;
  }
  return paths[lo] === file ? lo : -1;
}

// src/scope/builds.ts
var cache = /* @__PURE__ */ new WeakMap();
function join(dir, rel) {
  const out = dir ? dir.split("/") : [];
  for (const s of rel.split("/")) {
    if (!s || s === ".") continue;
    if (s === "..") out.pop();
    else out.push(s);
  }
  return out.join("/");
}
function text(repo, file) {
  if (repo.size(file) > 2 * 1024 * 1024) return void 0;
  const r = repo.readText(file);
  return r.ok ? r.text : void 0;
}
var MARKER = /(?:^|\/)(?:build\.gradle(?:\.kts)?|settings\.gradle(?:\.kts)?|AndroidManifest\.xml|project\.pbxproj|project\.ya?ml|Info\.plist|Podfile|pubspec\.yaml|build-profile\.json5|app\.json5|module\.json5)$/;
function withoutApplyFalse(script) {
  return script.replace(/^.*\bapply\s*\(?\s*false\s*\)?.*$/gm, "");
}
function appliesAndroidApplication(script) {
  const s = withoutApplyFalse(script).replace(/^[ \t]*\/\/.*$/gm, "");
  if (/(?:apply\s*\(?\s*plugin\s*[:=]\s*|\bid\s*\(?\s*)["']com\.android\.application["']/.test(s)) return true;
  if (/alias\s*\(\s*libs\.plugins\.(?:[\w]+\.)*(?:android\.application|androidApplication|android\.app)\s*\)/.test(s)) return true;
  if (/\bid\s*\(?\s*["'][\w.-]*(?:android[.-]application|androidApplication)["']/.test(s)) return true;
  return /defaultConfig\s*\{[^}]*\bapplicationId\b/.test(s);
}
function readSettings(repo, file, has) {
  const dir = dirname(file);
  const src = (text(repo, file) ?? "").replace(/^[ \t]*\/\/.*$/gm, "");
  const dirs = /* @__PURE__ */ new Map();
  for (const m of src.matchAll(/project\s*\(\s*["'](:[\w.:-]+)["']\s*\)\s*\.projectDir\s*=\s*(?:file\s*\(\s*|new\s+File\s*\(\s*(?:settingsDir|rootDir|rootProject\.projectDir)\s*,\s*)["']([^"']+)["']/g)) {
    dirs.set(m[1], join(dir, m[2]));
  }
  const paths = /* @__PURE__ */ new Set();
  for (const m of src.matchAll(/(?:^|;)[ \t]*include[ \t]*\(?((?:[ \t]*["'][^"'\n]+["'][ \t]*(?:,\s*)?)+)/gm)) {
    for (const q of m[1].matchAll(/["']([^"'\n]+)["']/g)) paths.add(q[1].startsWith(":") ? q[1] : `:${q[1]}`);
  }
  const modules = [];
  const add = (path3, mdir) => {
    const script = [`${mdir ? `${mdir}/` : ""}build.gradle.kts`, `${mdir ? `${mdir}/` : ""}build.gradle`].find(has);
    const m = { path: path3, dir: mdir, application: false };
    if (script) {
      m.script = script;
      m.application = appliesAndroidApplication(text(repo, script) ?? "");
    }
    modules.push(m);
  };
  add(":", dir);
  for (const p of paths) add(p, dirs.get(p) ?? join(dir, p.slice(1).replace(/:/g, "/")));
  const includedBuilds = [...src.matchAll(/includeBuild\s*\(?\s*["']([^"']+)["']/g)].map((m) => join(dir, m[1]));
  return { dir, settings: file, modules, includedBuilds };
}
var XCODEGEN_SPEC_NAMES = ["project.yml", "project.yaml"];
function isXcodeGenSpec(file) {
  return XCODEGEN_SPEC_NAMES.includes(basename(file));
}
function readXcodeGen(repo, file) {
  const src = text(repo, file);
  if (!src || !/^targets\s*:/m.test(src)) return void 0;
  let doc;
  try {
    doc = (0, import_yaml.parse)(src, { prettyErrors: false });
  } catch {
    return void 0;
  }
  const o = doc && typeof doc === "object" ? doc : {};
  const targets = o.targets && typeof o.targets === "object" ? o.targets : {};
  const prefix = typeof o.options?.bundleIdPrefix === "string" ? String(o.options.bundleIdPrefix) : void 0;
  const dir = dirname(file);
  const out = { file, dir, targets: [], filteredSources: [] };
  const globs = (v) => (Array.isArray(v) ? v : []).filter((g) => typeof g === "string" && g.length > 0);
  for (const [name, t] of Object.entries(targets)) {
    const tt = t && typeof t === "object" ? t : {};
    const type = typeof tt.type === "string" ? tt.type : "";
    const raw = Array.isArray(tt.sources) ? tt.sources : tt.sources !== void 0 ? [tt.sources] : [];
    for (const s of raw) {
      const e = s && typeof s === "object" ? s : void 0;
      if (!e || typeof e.path !== "string") continue;
      out.filteredSources.push({ path: join(dir, e.path), excludes: globs(e.excludes), includes: globs(e.includes) });
    }
    const sources = raw.map((s) => typeof s === "string" ? s : s && typeof s === "object" && typeof s.path === "string" ? String(s.path) : "").filter(Boolean).map((s) => join(dir, s));
    const settings = tt.settings && typeof tt.settings === "object" ? tt.settings : {};
    const base = settings.base && typeof settings.base === "object" ? settings.base : settings;
    const id = typeof base.PRODUCT_BUNDLE_IDENTIFIER === "string" ? base.PRODUCT_BUNDLE_IDENTIFIER : prefix ? `${prefix}.${name}` : void 0;
    out.targets.push({ name, kind: targetKind(type), project: file, ...id ? { bundleId: id } : {}, configurationIds: [], sources });
  }
  return out;
}
function readPbxproj(repo, file) {
  const src = text(repo, file) ?? "";
  const dir = dirname(dirname(file));
  const configs = readPbxConfigurations(src);
  const byId = new Map(configs.map((c) => [c.id, c]));
  const targets = readPbxTargets(src).map((t) => {
    const ids = t.configurationIds.map((id) => byId.get(id)?.settings.PRODUCT_BUNDLE_IDENTIFIER?.value).filter((v) => !!v && !v.includes("$"));
    const release = t.configurationIds.map((id) => byId.get(id)).find((c) => c && /release/i.test(c.name))?.settings.PRODUCT_BUNDLE_IDENTIFIER?.value;
    const bundleId = release && !release.includes("$") ? release : ids[0];
    return { name: t.name, kind: t.kind, project: file, ...bundleId ? { bundleId } : {}, configurationIds: t.configurationIds, sources: [join(dir, t.name)] };
  });
  return { file, dir, targets };
}
function repoBuilds(repo) {
  const hit = cache.get(repo);
  if (hit) return hit;
  const has = (p) => indexOf(repo, p) >= 0;
  const out = { gradle: [], gradleScripts: [], looseGradle: [], xcode: [], flutter: [], reactNative: [], harmonyos: [], markers: [] };
  for (const p of repo.paths) {
    if (!MARKER.test(p) && !p.endsWith("/package.json") && p !== "package.json") continue;
    const name = basename(p);
    if (name === "package.json") {
      const t = text(repo, p);
      if (t && /"react-native"\s*:/.test(t) && /"dependencies"/.test(t)) {
        out.reactNative.push(dirname(p));
        out.markers.push(p);
      }
      continue;
    }
    out.markers.push(p);
    if (name.startsWith("settings.gradle")) out.gradle.push(readSettings(repo, p, has));
    else if (name.startsWith("build.gradle")) out.gradleScripts.push(p);
    else if (name === "project.pbxproj" && p.endsWith(".xcodeproj/project.pbxproj")) out.xcode.push(readPbxproj(repo, p));
    else if (isXcodeGenSpec(p)) {
      const x = readXcodeGen(repo, p);
      if (x) out.xcode.push(x);
    } else if (name === "pubspec.yaml") {
      const t = text(repo, p) ?? "";
      if (/sdk:\s*flutter/.test(t)) out.flutter.push({ dir: dirname(p), plugin: /^flutter:\s*\n(?:\s+#.*\n|\s*\n)*\s+plugin:/m.test(t) });
    } else if (name === "build-profile.json5") {
      const t = text(repo, p);
      let doc;
      try {
        doc = t ? parseJson5(t) : void 0;
      } catch {
        doc = void 0;
      }
      const mods = doc?.modules;
      if (Array.isArray(mods)) {
        const dir = dirname(p);
        out.harmonyos.push({ dir, modules: mods.map((m) => m && typeof m === "object" && typeof m.srcPath === "string" ? join(dir, String(m.srcPath)) : "").filter(Boolean) });
      }
    }
  }
  const settings = out.gradle.map((g) => g.dir);
  const loose = out.gradleScripts.filter((s) => !settings.some((d) => !d || s.startsWith(`${d}/`)));
  for (const s of loose) {
    const dir = dirname(s);
    out.looseGradle.push({ path: dir || ":", dir, script: s, application: appliesAndroidApplication(text(repo, s) ?? "") });
  }
  cache.set(repo, out);
  return out;
}

// src/scope/paths.ts
var VENDORED = /* @__PURE__ */ new Set(["Pods", "Carthage", "third_party", "third-party", "thirdparty", "ThirdParty", "vendor", "vendors", "node_modules", "oh_modules"]);
var GENERATED = /* @__PURE__ */ new Set(["build", "generated", ".dart_tool", "DerivedData", "intermediates", ".gradle", ".build", ".cxx", ".expo", ".hvigor", ".externalNativeBuild"]);
var CI = /* @__PURE__ */ new Set([".github", ".circleci", ".gitlab", ".buildkite", ".bitrise", ".azure-pipelines", ".jenkins"]);
var BUILD = /* @__PURE__ */ new Set(["fastlane", "buildSrc", "build-logic", "build_logic", "scripts", "tool"]);
var TOOL_CONFIG = /* @__PURE__ */ new Set([".idea", ".vscode", ".husky", ".fleet", "quality", "checkstyle", "pmd", "detekt", "spotless", "ktlint", "codestyle", "code-style", "linters", "lint-rules"]);
var DOCS = /* @__PURE__ */ new Set(["docs", "doc", "documentation", "site", "website", "_site", "wiki"]);
var TEST_DIR = /^(?:tests?|Tests?|androidTest\w*|test[A-Z]\w*|unitTests?|__tests__|__mocks__|__fixtures__|__snapshots__|fixtures?|Fixtures?|testdata|test[-_]data|mocks?|Mocks?|specs?|integration_test|e2e|\w+Tests?|\w+UITests)$/;
var TEST_FILE = /(?:\.(?:test|spec)\.[cm]?[jt]sx?|_test\.(?:dart|go|py)|Tests?\.(?:kt|java|swift|m|mm)|Spec\.(?:kt|swift)|\.mocks\.dart|^jest\.(?:config|setup)\.[cm]?[jt]s|^\.detoxrc(?:\.\w+)?)$/;
var mayBeTest = (name) => name.includes("est") || name.includes("pec") || name.includes(".mocks.") || name.startsWith(".detoxrc");
var DOCS_EXT = /\.(?:md|markdown|mdx|rst|adoc)$/i;
var DOCS_NAME = /^(?:LICEN[CS]E|COPYING|NOTICE|AUTHORS|CHANGELOG|CHANGES)(?:\.\w+)?$/i;
var CI_FILE = /^(?:\.gitlab-ci\.ya?ml|Jenkinsfile(?:\.\w+)?|\.travis\.ya?ml|azure-pipelines\.ya?ml|bitrise\.ya?ml|codemagic\.ya?ml|appveyor\.ya?ml|\.?cirrus\.ya?ml)$/;
var TOOL_FILE = /^(?:\.editorconfig|\.swiftlint\.ya?ml|\.swiftformat|\.swift-format|Dangerfile(?:\.\w+)?|renovate\.json5?|\.renovaterc(?:\.json5?)?|dependabot\.ya?ml|checkstyle[\w.-]*\.xml|pmd[\w.-]*\.xml|[\w.-]*ruleset[\w.-]*\.xml|detekt[\w.-]*\.ya?ml|lint(?:-baseline)?\.xml|\.eslintrc(?:\.\w+)?|eslint\.config\.[cm]?[jt]s|\.prettierrc(?:\.\w+)?|prettier\.config\.[cm]?[jt]s|\.stylelintrc(?:\.\w+)?|\.pre-commit-config\.ya?ml|sonar-project\.properties|\.?codecov\.ya?ml|\.codeclimate\.ya?ml|\.gitignore|\.gitattributes|\.clang-format|analysis_options\.yaml|\.ktlint\w*|\.tool-versions|\.ruby-version|\.nvmrc|\.mergify\.ya?ml|CODEOWNERS|\.bundle|devtools_options\.yaml)$/;
var GENERATED_FILE = /\.(?:g|freezed|gr|config)\.dart$/;
var BUILD_FILE = /^(?:Gemfile(?:\.lock)?|Fastfile|Appfile|Matchfile|Pluginfile|pubspec_\w+\.yaml)$/;
function segmentRole(name, parent) {
  if (VENDORED.has(name)) return "vendored";
  if (GENERATED.has(name)) return "generated";
  if (CI.has(name)) return "ci";
  if (BUILD.has(name)) return "build";
  if (TOOL_CONFIG.has(name)) return "tool-config";
  if (DOCS.has(name)) return "docs";
  if (/^(?:macos|linux|windows)$/i.test(name)) return "other-platform";
  if (parent === "src" && /^(?:debug|\w+Debug)$/.test(name)) return "debug";
  if (/^Debug(?:Menu|Tools?|Panel|Screens?)$/.test(name)) return "debug";
  if (TEST_DIR.test(name)) return "test";
  return void 0;
}
function fileRole(name) {
  if (mayBeTest(name) && TEST_FILE.test(name)) return "test";
  if (DOCS_EXT.test(name) || DOCS_NAME.test(name)) return "docs";
  if (CI_FILE.test(name)) return "ci";
  if (TOOL_FILE.test(name)) return "tool-config";
  if (GENERATED_FILE.test(name)) return "generated";
  if (BUILD_FILE.test(name)) return "build";
  return void 0;
}
var PathRoles = class {
  /** `overlays`: roles the build gives folders (test targets, examples, other platforms). */
  constructor(root, overlays2 = /* @__PURE__ */ new Map()) {
    this.root = root;
    this.overlays = overlays2;
  }
  root;
  overlays;
  folders = /* @__PURE__ */ new Map();
  folderRole(dir) {
    if (dir === this.root || dir === "" || this.root && !dir.startsWith(`${this.root}/`)) return void 0;
    let known = this.folders.get(dir);
    if (known === void 0) {
      const slash = dir.lastIndexOf("/");
      const parentDir = slash < 0 ? "" : dir.slice(0, slash);
      const outer = this.folderRole(parentDir);
      known = outer ?? this.overlays.get(dir) ?? segmentRole(dir.slice(slash + 1), parentDir.slice(parentDir.lastIndexOf("/") + 1)) ?? null;
      if (this.folders.size > 2e5) this.folders.clear();
      this.folders.set(dir, known);
    }
    return known ?? void 0;
  }
  lastDir = "\0";
  lastRole;
  /** The file's role from its path alone: its folders' first, then its name's; else shipped. */
  role(file) {
    const dir = dirname(file);
    if (dir !== this.lastDir) {
      this.lastDir = dir;
      this.lastRole = this.folderRole(dir);
    }
    return this.lastRole ?? fileRole(basename(file)) ?? "shipped";
  }
};
var generic = new PathRoles("");
function pathRole(file) {
  return generic.role(file);
}

// src/scope/types.ts
var ROLES = ["shipped", "debug", "test", "example", "build", "tool-config", "docs", "ci", "generated", "vendored", "other-platform", "excluded"];
var OUTSIDE = 255;
var ROLE_CODE = Object.fromEntries(ROLES.map((r, i) => [r, i]));
function isCodeRole(role) {
  return role === "shipped" || role === "debug";
}
function isTestRole(role) {
  return role === "test" || role === "example";
}

// src/scope/resolve.ts
var EXAMPLE_DIR = /^(?:examples?|samples?|demos?|example[-_]?app|sample[-_]?app|demo[-_]?app)$/i;
var OTHER_PLATFORMS = ["macos", "linux", "windows", "web"];
var under = (p, dir) => !dir || p === dir || p.startsWith(`${dir}/`);
function commonDir(dirs) {
  if (!dirs.length) return "";
  let parts = dirs[0].split("/");
  for (const d of dirs.slice(1)) {
    const q = d.split("/");
    let i = 0;
    while (i < parts.length && i < q.length && parts[i] === q[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.join("/");
}
function globRoot(glob) {
  const parts = glob.replace(/^\.?\//, "").split("/");
  const out = [];
  for (const p of parts.slice(0, -1)) {
    if (/[*?[\]{}!]/.test(p)) break;
    out.push(p);
  }
  return out.join("/");
}
function overlays(builds, root) {
  const o = /* @__PURE__ */ new Map();
  const set = (dir, role) => {
    if (dir !== root && under(dir, root) && !o.has(dir)) o.set(dir, role);
  };
  for (const m of builds.markers) {
    if (!under(m, root)) continue;
    const parts = m.slice(root ? root.length + 1 : 0).split("/").slice(0, -1);
    let d = root;
    for (const part of parts) {
      d = d ? `${d}/${part}` : part;
      if (EXAMPLE_DIR.test(part)) {
        set(d, "example");
        break;
      }
    }
  }
  for (const f of builds.flutter) if (under(f.dir, root)) for (const p of OTHER_PLATFORMS) set(f.dir ? `${f.dir}/${p}` : p, "other-platform");
  for (const x of builds.xcode) {
    if (!under(x.dir, root)) continue;
    for (const t of x.targets) if (t.kind === "test") for (const s of t.sources) set(s, "test");
  }
  for (const h of builds.harmonyos) {
    if (!under(h.dir, root) || !h.modules.length) continue;
    for (const m of builds.markers) {
      const mod = /^(.*)\/src\/main\/module\.json5$/.exec(m)?.[1];
      if (mod !== void 0 && under(mod, h.dir) && mod !== h.dir && !h.modules.includes(mod)) set(mod, "example");
    }
  }
  const settingsDirs = builds.gradle.map((g) => g.dir).sort((a, b) => b.length - a.length);
  for (const g of builds.gradle) {
    if (!under(g.dir, root) && !under(root, g.dir)) continue;
    for (const b of g.includedBuilds) set(b, "build");
    if (g.modules.length < 2) continue;
    const modules = new Set(g.modules.map((m) => m.dir));
    for (const s of builds.gradleScripts) {
      const d = dirname(s);
      if (modules.has(d) || settingsDirs.find((sd) => under(d, sd)) !== g.dir) continue;
      if (g.includedBuilds.some((b) => under(d, b))) continue;
      set(d, "example");
    }
  }
  return o;
}
function xcodeGenUnbuilt(builds) {
  const entries = builds.xcode.flatMap((x) => x.filteredSources ?? []).map((e) => ({
    path: e.path,
    // `Resources` excludes the folder and everything in it.
    excludes: e.excludes.map((g) => new Minimatch(g.replace(/\/$/, ""), { dot: true })),
    includes: e.includes.map((g) => new Minimatch(g.replace(/\/$/, ""), { dot: true }))
  }));
  if (!entries.some((e) => e.excludes.length || e.includes.length)) return () => false;
  const byPath = /* @__PURE__ */ new Map();
  for (const e of entries) byPath.set(e.path, [...byPath.get(e.path) ?? [], e]);
  const matches = (ms, rel) => {
    const parts = rel.split("/");
    return ms.some((m) => parts.some((_, k) => m.match(parts.slice(0, k + 1).join("/"))));
  };
  return (file) => {
    const covering = [...byPath.get("") ?? []];
    for (let i = file.indexOf("/"); i >= 0; i = file.indexOf("/", i + 1)) covering.push(...byPath.get(file.slice(0, i)) ?? []);
    covering.push(...byPath.get(file) ?? []);
    if (!covering.some((e) => e.excludes.length || e.includes.length)) return false;
    return !covering.some((e) => {
      const rel = e.path ? file.slice(e.path.length + 1) : file;
      return !matches(e.excludes, rel) && (!e.includes.length || matches(e.includes, rel));
    });
  };
}
function holdsBuild(builds, dir) {
  const roles = new PathRoles(dir, overlays(builds, dir));
  return builds.markers.some((m) => under(m, dir) && isCodeRole(roles.role(m)));
}
function rootsById(repo, builds, id, platforms) {
  const found = /* @__PURE__ */ new Set();
  const wants = (p) => !platforms.length || platforms.includes(p);
  const esc = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const gradleId = new RegExp(`applicationId\\s*(?:=\\s*|\\(\\s*)?["']${esc}["']`);
  for (const s of wants("android") ? builds.gradleScripts : []) {
    if (!isCodeRole(pathRole(s))) continue;
    const r = repo.readText(s);
    if (!r.ok || !gradleId.test(r.text)) continue;
    const settings = builds.gradle.map((g) => g.dir).filter((d) => under(s, d)).sort((a, b) => b.length - a.length)[0];
    found.add(settings ?? dirname(s));
  }
  for (const x of wants("ios") ? builds.xcode : []) {
    if (isCodeRole(pathRole(x.file)) && x.targets.some((t) => t.kind === "app" && t.bundleId === id)) found.add(x.dir);
  }
  for (const m of builds.markers) {
    if (!wants("harmonyos") || !m.endsWith("AppScope/app.json5") || !isCodeRole(pathRole(m))) continue;
    const r = repo.readText(m);
    if (r.ok && new RegExp(`bundleName["']?\\s*:\\s*["']${esc}["']`).test(r.text)) found.add(dirname(dirname(m)));
  }
  const apps = [...builds.flutter.map((f) => f.dir), ...builds.reactNative];
  const roots = [...found].map((d) => apps.filter((a) => under(d, a)).sort((a, b) => b.length - a.length)[0] ?? d);
  return [...new Set(roots)].sort();
}
function noBuild(req, what) {
  const where = req.dir || ".";
  const file = req.manifest || "mobile-app.yaml";
  const platforms = (req.platforms ?? []).map((p) => PLATFORM_NAME[p] ?? p);
  const en = `${file} is in ${where}, which holds no app build; ${req.appId ? `no ${platforms.join(" or ") || "app"} build declares app.id ${req.appId}` : "app.id is not set, so the app could not be found elsewhere"}. Nothing of the app was checked: move the manifest beside the app, or list its folders in scope.include.`;
  const zh = `${file} \u4F4D\u4E8E ${where}\uFF0C\u8BE5\u76EE\u5F55\u4E0B\u6CA1\u6709\u5E94\u7528\u6784\u5EFA\uFF1B${req.appId ? `\u6CA1\u6709\u4EFB\u4F55 ${platforms.join(" \u6216 ") || "\u5E94\u7528"} \u6784\u5EFA\u58F0\u660E app.id \u4E3A ${req.appId}` : "\u672A\u8BBE\u7F6E app.id\uFF0C\u65E0\u6CD5\u5728\u5176\u4ED6\u4F4D\u7F6E\u627E\u5230\u5E94\u7528"}\u3002\u5E94\u7528\u672C\u8EAB\u672A\u88AB\u68C0\u67E5\uFF1A\u8BF7\u5C06\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u653E\u5728\u5E94\u7528\u65C1\uFF0C\u6216\u5728 scope.include \u4E2D\u5217\u51FA\u5E94\u7528\u76EE\u5F55\u3002`;
  return { code: "scope/no-app-build", severity: "error", message: { en, "zh-CN": zh }, location: { file }, subject: `${what}:${req.appId ?? ""}`, articles: [2] };
}
var PLATFORM_NAME = { android: "Android", ios: "iOS", harmonyos: "HarmonyOS" };
function platformMissing(req, platform, roots) {
  const file = req.manifest || "mobile-app.yaml";
  const name = PLATFORM_NAME[platform] ?? platform;
  const where = roots.map((r) => r || ".").join(", ");
  return {
    code: "scope/platform-missing",
    severity: "error",
    message: {
      en: `The manifest declares ${name}, but the app's scope (${where}) holds no ${name} build: nothing for ${name} was checked. Remove ${name} from app.kinds/compatibility, or bring its build into scope (scope.include).`,
      "zh-CN": `\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u58F0\u660E\u4E86 ${name}\uFF0C\u4F46\u5E94\u7528\u8303\u56F4\uFF08${where}\uFF09\u5185\u6CA1\u6709 ${name} \u6784\u5EFA\uFF0C${name} \u76F8\u5173\u5185\u5BB9\u5747\u672A\u88AB\u68C0\u67E5\u3002\u8BF7\u4ECE \`app.kinds\` \u6216 \`compatibility\` \u4E2D\u79FB\u9664 ${name}\uFF0C\u6216\u901A\u8FC7 scope.include \u5C06\u5176\u6784\u5EFA\u7EB3\u5165\u8303\u56F4\u3002`
    },
    location: { file },
    subject: `platform:${platform}`,
    articles: [2]
  };
}
function platformsPresent(repo, builds, scope) {
  const found = /* @__PURE__ */ new Set();
  for (const p of builds.markers) {
    const i = indexOf(repo, p);
    if (i < 0 || !isCodeRole(ROLES[scope.codes[i]])) continue;
    if (/(?:^|\/)(?:AndroidManifest\.xml|build\.gradle(?:\.kts)?)$/.test(p)) found.add("android");
    else if (/(?:\.xcodeproj\/project\.pbxproj|(?:^|\/)(?:project\.yml|Info\.plist|Podfile))$/.test(p)) found.add("ios");
    else if (/(?:^|\/)(?:app\.json5|module\.json5|build-profile\.json5)$/.test(p)) found.add("harmonyos");
  }
  return found;
}
function resolveScope(repo, req) {
  const builds = repoBuilds(repo);
  const diagnostics = [];
  let roots;
  let via = "manifest-folder";
  const include = (req.include ?? []).filter(Boolean);
  if (include.length) {
    roots = [...new Set(include.map(globRoot))];
    via = "include";
  } else if (holdsBuild(builds, req.dir)) {
    roots = [req.dir];
  } else {
    const byId = req.appId ? rootsById(repo, builds, req.appId, req.platforms ?? []) : [];
    if (byId.length) {
      roots = byId;
      via = "app-id";
    } else {
      roots = [req.dir];
      if (builds.markers.length) diagnostics.push(noBuild(req, "scope"));
    }
  }
  roots = roots.filter((r, _i, all) => !all.some((o) => o !== r && under(r, o))).sort();
  const scope = classify(repo, builds, roots, via, include, req.exclude ?? []);
  if (!diagnostics.length && builds.markers.length) {
    const present = platformsPresent(repo, builds, scope);
    for (const p of req.platforms ?? []) if (!present.has(p)) diagnostics.push(platformMissing(req, p, roots));
  }
  return { scope, diagnostics };
}
function classify(repo, builds, roots, via, include, exclude) {
  const codes = new Uint8Array(repo.paths.length).fill(OUTSIDE);
  const inc = include.map((g) => new Minimatch(g.replace(/^\.?\//, ""), { dot: true }));
  const exc = exclude.map((g) => new Minimatch(g.replace(/^\.?\//, ""), { dot: true }));
  const unbuilt = xcodeGenUnbuilt(builds);
  for (const root of roots) {
    const roles = new PathRoles(root, overlays(builds, root));
    const [start, end] = subtreeRange(repo, root);
    for (let i = start; i < end; i++) {
      const p = repo.paths[i];
      if (inc.length && !inc.some((m) => m.match(p))) continue;
      codes[i] = exc.some((m) => m.match(p)) || unbuilt(p) ? ROLE_CODE.excluded : ROLE_CODE[roles.role(p)];
    }
  }
  const counts = {};
  for (const c of codes) if (c !== OUTSIDE) counts[ROLES[c]] = (counts[ROLES[c]] ?? 0) + 1;
  const inScope = (dir) => roots.some((r) => under(dir, r));
  const codeAt = (file) => {
    const i = indexOf(repo, file);
    return i < 0 ? OUTSIDE : codes[i];
  };
  const gradle = [...builds.gradle.filter((g) => inScope(g.dir)).flatMap((g) => g.modules), ...builds.looseGradle].filter((m) => m.script ? isCodeRole(ROLES[codeAt(m.script)]) : inScope(m.dir));
  const xcode = builds.xcode.filter((x) => isCodeRole(ROLES[codeAt(x.file)])).flatMap((x) => x.targets.map((t) => ({ name: t.name, kind: t.kind, project: t.project, ...t.bundleId ? { bundleId: t.bundleId } : {} })));
  const codeDir = (d, marker) => isCodeRole(ROLES[codeAt(d ? `${d}/${marker}` : marker)]);
  return {
    roots,
    dir: commonDir(roots),
    via,
    gradle,
    xcode,
    codes,
    counts,
    // A Flutter app has its own android/ or ios/ folder; packages and plugins beside it do not.
    flutter: builds.flutter.filter((f) => !f.plugin && codeDir(f.dir, "pubspec.yaml") && builds.markers.some((m) => [`${f.dir ? `${f.dir}/` : ""}android/`, `${f.dir ? `${f.dir}/` : ""}ios/`].some((d) => m.startsWith(d)) && isCodeRole(ROLES[codeAt(m)]))).map((f) => f.dir),
    reactNative: builds.reactNative.filter((d) => codeDir(d, "package.json")),
    harmonyos: builds.harmonyos.filter((h) => codeDir(h.dir, "build-profile.json5")).map((h) => h.dir)
  };
}

// src/scope/request.ts
function scopeRequest(m) {
  const data = m.data ?? {};
  const strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
  const kinds = Array.isArray(data.app?.kinds) ? strings(data.app.kinds) : void 0;
  const platforms = new Set((kinds ?? (data.compatibility && typeof data.compatibility === "object" ? Object.keys(data.compatibility) : [])).filter((k) => PLATFORMS.includes(k)));
  const req = { dir: m.appDir, manifest: m.file, platforms: [...platforms], include: strings(data.scope?.include), exclude: strings(data.scope?.exclude) };
  if (typeof data.app?.id === "string") req.appId = data.app.id;
  return req;
}
var PLATFORMS = ["android", "ios", "harmonyos"];

// src/scope/index.ts
var registry = /* @__PURE__ */ new WeakMap();
function byDir(repo) {
  let m = registry.get(repo);
  if (!m) {
    m = /* @__PURE__ */ new Map();
    registry.set(repo, m);
  }
  return m;
}
function registerScope(repo, scope) {
  byDir(repo).set(scope.dir, scope);
}
function scopeOf(repo, dir) {
  const m = byDir(repo);
  let s = m.get(dir);
  if (!s) {
    s = resolveScope(repo, { dir }).scope;
    m.set(dir, s);
  }
  return s;
}
function roleAt(scope, i) {
  const c = scope.codes[i];
  return c === void 0 || c === OUTSIDE ? void 0 : ROLES[c];
}
function scopeFiles(repo, scope, want) {
  const out = [];
  const [start, end] = subtreeRange(repo, scope.dir);
  for (let i = start; i < end; i++) {
    const r = roleAt(scope, i);
    if (r && want(r)) out.push(repo.paths[i]);
  }
  return out;
}
function summarizeScope(scope) {
  return {
    roots: scope.roots,
    via: scope.via,
    android: { modules: scope.gradle.filter((m) => m.path !== ":" || m.application).map((m) => m.path), applications: scope.gradle.filter((m) => m.application).map((m) => m.path) },
    ios: { targets: scope.xcode.map((t) => ({ name: t.name, kind: t.kind })) },
    flutter: scope.flutter,
    reactNative: scope.reactNative,
    harmonyos: scope.harmonyos,
    files: Object.fromEntries(ROLES.filter((r) => scope.counts[r]).map((r) => [r, scope.counts[r]]))
  };
}

// src/manifest/load.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/core/yaml-bounded.ts
var import_yaml2 = __toESM(require_dist(), 1);
var MAX_YAML_ERRORS = 1e3;
var MAX_FLOW_DEPTH = 1e3;
function parseAllDocumentsBounded(text2, options) {
  const parser = new import_yaml2.Parser(options.lineCounter?.addNewLine);
  const composer = new import_yaml2.Composer({ ...options, prettyErrors: false });
  const reporting = composer;
  const report = reporting.onError;
  let reported = 0;
  reporting.onError = (...args) => {
    if (++reported <= MAX_YAML_ERRORS) report(...args);
  };
  let errors = 0;
  let tooDeepAt;
  function* tokens() {
    options.lineCounter?.addNewLine(0);
    let depth = 0;
    for (const lexeme of new import_yaml2.Lexer().lex(text2, false)) {
      if (lexeme === "{" || lexeme === "[") {
        if (++depth > MAX_FLOW_DEPTH) {
          tooDeepAt = parser.offset;
          break;
        }
      } else if ((lexeme === "}" || lexeme === "]") && depth > 0) depth--;
      for (const token of parser.next(lexeme)) {
        if (token.type === "error" && ++errors > MAX_YAML_ERRORS) return;
        yield token;
      }
    }
    for (const token of parser.end()) {
      if (token.type === "error" && ++errors > MAX_YAML_ERRORS) return;
      yield token;
    }
  }
  const docs = Array.from(composer.compose(tokens(), true, text2.length));
  if (tooDeepAt !== void 0) docs.at(-1)?.errors.push(new import_yaml2.YAMLParseError([tooDeepAt, tooDeepAt + 1], "UNEXPECTED_TOKEN", "nested too deeply"));
  return docs;
}

// src/manifest/load.ts
var RESERVED_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
var MAX_ALIAS_NODES = 1e4;
var MAX_PARSE_PROBLEMS = 50;
var MAX_DEPTH = 200;
var MAX_MANIFEST_BYTES = 1024 * 1024;
var ARTICLES = [2];
function escapePointer(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function splitPointer(pointer) {
  if (!pointer || pointer === "/") return pointer === "/" ? [""] : [];
  const body = pointer.startsWith("/") ? pointer.slice(1) : pointer;
  return body.split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function normalizePointer(pointer) {
  let p = pointer;
  if (p.startsWith("#")) {
    try {
      p = decodeURIComponent(p.slice(1));
    } catch {
      p = p.slice(1);
    }
  }
  if (p && !p.startsWith("/")) p = "/" + p;
  return p;
}
var Abort = class {
  constructor(kind, at) {
    this.kind = kind;
    this.at = at;
  }
  kind;
  at;
};
function appDirOf(file) {
  const dir = dirname(file);
  return dir === ".github" ? "" : dir;
}
function missingManifestDiagnostic(dir) {
  const file = dir ? `${dir.replace(/\/+$/, "")}/mobile-app.yaml` : "mobile-app.yaml";
  return {
    code: "manifest/missing",
    severity: "error",
    message: msg.missing(file),
    location: { file: dir || "mobile-app.yaml" },
    subject: file,
    articles: ARTICLES
  };
}
function loadManifest(repo, file) {
  let read;
  try {
    read = repo.readText(file);
  } catch (e) {
    read = { ok: false, diagnostic: { code: "repo/unreadable", severity: "error", message: { en: String(e.message), "zh-CN": String(e.message) }, location: { file } } };
  }
  if (read.ok) {
    const diagnostics = [];
    const text2 = read.text;
    return withinFileBudget(file, diagnostics, () => parseManifest(file, text2)) ?? unparsed(file, diagnostics);
  }
  const d = read.diagnostic;
  return unparsed(file, [{
    code: "manifest/unreadable",
    severity: "error",
    message: msg.unreadable(file, d.message),
    location: { ...d.location, file },
    subject: file,
    articles: ARTICLES
  }]);
}
function unparsed(file, diagnostics) {
  const at = () => ({ file });
  return { file, appDir: appDirOf(file), data: void 0, diagnostics, locate: at, locateKey: at };
}
function parseManifest(file, text2) {
  const bytes = text2.length * 3 > MAX_MANIFEST_BYTES ? Buffer.byteLength(text2) : 0;
  if (bytes > MAX_MANIFEST_BYTES) {
    const kib = (n) => Math.ceil(n / 1024).toLocaleString("en");
    return unparsed(file, [{ code: "manifest/unreadable", severity: "error", message: msg.tooLarge(kib(bytes), kib(MAX_MANIFEST_BYTES)), location: { file, line: 1, column: 1 }, subject: file, articles: ARTICLES }]);
  }
  try {
    return parseUnsafe(file, text2);
  } catch (e) {
    const detail = e instanceof RangeError ? "the document is too deeply nested" : String(e?.message ?? e);
    return unparsed(file, [{ code: "manifest/parse", severity: "error", message: msg.crashed(detail), location: { file, line: 1, column: 1 }, subject: "manifest/parse", articles: ARTICLES }]);
  }
}
function parseUnsafe(file, text2) {
  const lineCounter = new import_yaml3.LineCounter();
  const parsed = parseAllDocumentsBounded(text2, {
    lineCounter,
    version: "1.2",
    schema: "core",
    merge: false,
    // Duplicates are reported by the builder below, with the key's exact place.
    uniqueKeys: false,
    // `!!binary`, `!!timestamp`, `!!set`...: not JSON, so unresolved (a warning) and kept as text.
    resolveKnownTags: false,
    // Plain messages: pretty ones copy the context line into every error, and a long line with
    // thousands of errors made that quadratic. Positions come from the line counter instead.
    prettyErrors: false,
    strict: true,
    intAsBigInt: false
  });
  const docs = Array.isArray(parsed) ? parsed : [];
  const anyDocument = docs.length > 0;
  const places = /* @__PURE__ */ new Map();
  const diagnostics = [];
  const pos = (offset) => {
    const lp = lineCounter.linePos(Math.max(0, Math.min(offset, text2.length)));
    return { line: lp.line, column: lp.col };
  };
  const rangeLoc = (r) => {
    let end = Math.max(r[0], Math.min(r[1], text2.length));
    while (end > r[0] && /\s/.test(text2[end - 1] ?? "")) end--;
    const s = pos(r[0]);
    const e = pos(end);
    return { file, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  };
  const diag2 = (code, message, r, subject) => ({
    code,
    severity: "error",
    message,
    location: r ? rangeLoc(r) : { file, line: 1, column: 1 },
    subject,
    articles: ARTICLES
  });
  const locateWith = (pointer, preferKey) => {
    const segs = splitPointer(normalizePointer(pointer));
    for (let n = segs.length; n >= 0; n--) {
      const p = n === 0 ? "" : "/" + segs.slice(0, n).map(escapePointer).join("/");
      const place = places.get(p);
      if (!place) continue;
      if (place.key && (preferKey || n < segs.length)) {
        return rangeLoc(place.key);
      }
      if (place.key && place.block) {
        const loc = rangeLoc([place.key[0], place.value[1]]);
        return loc;
      }
      return rangeLoc(place.value);
    }
    return anyDocument ? rangeLoc([0, 0]) : { file };
  };
  const result = {
    file,
    appDir: appDirOf(file),
    data: void 0,
    diagnostics,
    locate: (p) => locateWith(p, false),
    locateKey: (p) => locateWith(p, true)
  };
  const doc = docs[0];
  let broken = false;
  for (const d of docs.slice(0, 1)) {
    broken = d.errors.length > 0;
    for (const err of d.errors.slice(0, MAX_PARSE_PROBLEMS)) {
      diagnostics.push(diag2("manifest/parse", msg.parse(firstLine(err.message)), err.pos, `manifest/parse:${err.code}`));
    }
    const room = Math.max(0, MAX_PARSE_PROBLEMS - d.errors.length);
    for (const w of d.warnings.slice(0, room)) {
      diagnostics.push(diag2("manifest/parse", msg.parseWarning(firstLine(w.message)), w.pos, `manifest/parse:${w.code}:${text2.slice(w.pos[0], Math.min(w.pos[1], w.pos[0] + 200))}`));
    }
    const more = d.errors.length + d.warnings.length - MAX_PARSE_PROBLEMS;
    if (more > 0) {
      const last = d.errors[MAX_PARSE_PROBLEMS] ?? d.warnings[room];
      diagnostics.push(diag2("manifest/parse", msg.moreParseErrors(more), last.pos, "manifest/parse:more"));
    }
  }
  const extra = docs.slice(1).find((d) => d.contents !== null || d.errors.length > 0);
  if (extra) {
    const start = extra.range[0];
    diagnostics.push(diag2("manifest/multiple-documents", msg.multipleDocuments(), [start, start], "manifest/multiple-documents"));
  }
  if (broken) return finish(result);
  if (!doc || doc.contents === null || (0, import_yaml3.isScalar)(doc.contents) && doc.contents.value === null && doc.contents.range[0] === doc.contents.range[1]) {
    diagnostics.push(diag2("manifest/empty", msg.empty(), void 0, "manifest/empty"));
    result.locate = result.locateKey = () => ({ file, line: 1, column: 1 });
    return finish(result);
  }
  if (!(0, import_yaml3.isMap)(doc.contents)) {
    const contents = doc.contents;
    diagnostics.push(diag2("manifest/not-mapping", msg.notMapping((0, import_yaml3.isSeq)(contents) ? "a list" : "a single value"), rangeOf(contents), "manifest/not-mapping"));
    return finish(result);
  }
  let data;
  try {
    data = new Builder(doc, places, diagnostics, diag2).build();
  } catch (e) {
    if (!(e instanceof Abort)) throw e;
    places.clear();
    diagnostics.push(diag2(e.kind === "alias" ? "manifest/alias-limit" : "manifest/parse", e.kind === "alias" ? msg.aliasLimit() : msg.tooDeep(), e.at, e.kind === "alias" ? "manifest/alias-limit" : "manifest/parse"));
    places.set("", { value: [0, 0], block: false });
    return finish(result);
  }
  result.data = data;
  const version = data.apiVersion;
  if (version === void 0) {
    diagnostics.push(diag2("manifest/api-version", msg.apiVersionMissing(), [0, 0], "manifest/api-version"));
  } else if (version !== API_VERSION) {
    diagnostics.push({ ...diag2("manifest/api-version", msg.apiVersionUnknown(version), void 0, "manifest/api-version"), location: result.locate("/apiVersion") });
    return finish(result);
  }
  diagnostics.push(...validateManifest(data, { file, locate: result.locate, locateKey: result.locateKey, source: (p) => sourceOf(places, text2, p) }));
  return finish(result);
}
function sourceOf(places, text2, pointer) {
  const place = places.get(pointer);
  return place ? text2.slice(place.value[0], place.value[1]) : void 0;
}
function rangeOf(node) {
  const r = node.range;
  return r ? [r[0], r[1]] : [0, 0];
}
function firstLine(s) {
  return (s.split("\n")[0] ?? s).replace(/ at line \d+, column \d+:?\s*$/, "").trim();
}
function finish(m) {
  m.diagnostics.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return m;
}
var Builder = class {
  constructor(doc, places, diagnostics, diag2) {
    this.doc = doc;
    this.places = places;
    this.diagnostics = diagnostics;
    this.diag = diag2;
  }
  doc;
  places;
  diagnostics;
  diag;
  aliasNodes = 0;
  resolved = /* @__PURE__ */ new Map();
  expanding = /* @__PURE__ */ new Set();
  build() {
    const root = this.doc.contents;
    return this.value(root, "", void 0, void 0, 0);
  }
  /**
   * @param viaAlias the alias node through which this value is reached: positions of
   *   everything inside an expansion point at the alias, which is where the reader sees it.
   */
  value(node, pointer, key, viaAlias, depth) {
    if (depth > MAX_DEPTH) throw new Abort("depth", node ? rangeOf(node) : key ?? [0, 0]);
    if (viaAlias && ++this.aliasNodes > MAX_ALIAS_NODES) throw new Abort("alias", viaAlias);
    if (node === null) {
      const r = viaAlias ?? key ?? [0, 0];
      this.places.set(pointer, { key, value: r, block: false });
      return null;
    }
    const own = rangeOf(node);
    if ((0, import_yaml3.isAlias)(node)) {
      let target = this.resolved.get(node);
      if (!this.resolved.has(node)) {
        target = node.resolve(this.doc);
        this.resolved.set(node, target);
      }
      if (!target || this.expanding.has(target)) throw new Abort("alias", own);
      this.expanding.add(target);
      try {
        const v = this.value(target, pointer, key, viaAlias ?? [own[0], own[1]], depth + 1);
        this.places.set(pointer, { key, value: viaAlias ?? [own[0], own[1]], block: false });
        return v;
      } finally {
        this.expanding.delete(target);
      }
    }
    const where = viaAlias ?? [own[0], own[1]];
    if ((0, import_yaml3.isMap)(node)) {
      const block = !viaAlias && !node.flow;
      if (!viaAlias || !this.places.has(pointer)) this.places.set(pointer, { key, value: where, block });
      const obj = {};
      for (const pair of node.items) {
        const k = pair.key;
        if (!(0, import_yaml3.isScalar)(k)) {
          const r = k ? rangeOf(k) : where;
          this.diagnostics.push(this.diag("manifest/schema", msg.complexKey(fieldName(pointer)), viaAlias ?? r, `complex-key:${pointer}`));
          continue;
        }
        const name = k.value === null ? "" : String(k.value);
        const keyRange = viaAlias ?? rangeOf(k);
        const child = `${pointer}/${escapePointer(name)}`;
        if (RESERVED_KEYS.has(name)) {
          if (!viaAlias) this.places.set(child, { key: keyRange, value: keyRange, block: false });
          const d = this.diag("manifest/unknown-key", msg.reservedKey(fieldName(child), name), keyRange, child);
          this.diagnostics.push(d);
          continue;
        }
        if (Object.prototype.hasOwnProperty.call(obj, name)) {
          this.diagnostics.push(this.diag("manifest/duplicate-key", msg.duplicateKey(fieldName(child)), keyRange, `duplicate:${child}`));
          continue;
        }
        const v = this.value(pair.value, child, keyRange, viaAlias, depth + 1);
        Object.defineProperty(obj, name, { value: v, enumerable: true, writable: true, configurable: true });
      }
      return obj;
    }
    if ((0, import_yaml3.isSeq)(node)) {
      const block = !viaAlias && !node.flow;
      if (!viaAlias || !this.places.has(pointer)) this.places.set(pointer, { key, value: where, block });
      const arr = [];
      node.items.forEach((item, i) => {
        arr.push(this.value(item, `${pointer}/${i}`, void 0, viaAlias, depth + 1));
      });
      return arr;
    }
    if ((0, import_yaml3.isScalar)(node)) {
      const at = node.value === null && where[0] === where[1] && key ? key : where;
      if (!viaAlias || !this.places.has(pointer)) this.places.set(pointer, { key, value: at, block: false });
      return jsonScalar(node.value, node.source);
    }
    this.places.set(pointer, { key, value: where, block: false });
    return null;
  }
};
function jsonScalar(value, source) {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(source ?? value);
  if (typeof value === "bigint") return Number(value);
  return typeof source === "string" ? source : String(value);
}

// src/manifest/discover.ts
var MANIFEST_NAMES = ["mobile-app.yaml", "mobile-app.yml"];
function isManifestPath(p) {
  if (!MANIFEST_NAMES.includes(basename(p))) return false;
  const dir = dirname(p);
  if (dir === ".github") return true;
  return !dir.split("/").includes(".github");
}
function discoverManifests(repo) {
  const found = repo.paths.filter(isManifestPath);
  return found.sort((a, b) => {
    const da = appDirOf(a);
    const db = appDirOf(b);
    if (da !== db) {
      if (da === "") return -1;
      if (db === "") return 1;
      return da < db ? -1 : 1;
    }
    return rank(a) - rank(b) || cmp(a, b);
  });
}
function rank(p) {
  const base = basename(p);
  const gh = p.startsWith(".github/") ? 2 : 0;
  return gh + MANIFEST_NAMES.indexOf(base);
}
function manifestConflicts(manifests) {
  const byDir2 = /* @__PURE__ */ new Map();
  for (const m of manifests) {
    const d = appDirOf(m);
    byDir2.set(d, [...byDir2.get(d) ?? [], m]);
  }
  const out = [];
  for (const files of byDir2.values()) {
    const [first, ...rest] = files;
    for (const extra of rest) {
      out.push({
        code: "manifest/ambiguous",
        severity: "error",
        message: {
          en: `${extra} describes the same app folder as ${first}; keep one manifest per app (${first} is the one used).`,
          "zh-CN": `${extra} \u4E0E ${first} \u63CF\u8FF0\u7684\u662F\u540C\u4E00\u4E2A\u5E94\u7528\u76EE\u5F55\uFF1B\u6BCF\u4E2A\u5E94\u7528\u53EA\u4FDD\u7559\u4E00\u4E2A\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\uFF08\u5F53\u524D\u4F7F\u7528 ${first}\uFF09\u3002`
        },
        location: { file: extra },
        subject: extra,
        articles: [2]
      });
    }
  }
  return out;
}

export {
  allFindings,
  summarize,
  failing,
  compareFindings,
  cmp,
  threadsWanted,
  STALL_MS,
  spawnWorker,
  enterPhase,
  lastProgress,
  withinFileBudget,
  seconds,
  parseAllDocumentsBounded,
  basename,
  dirname,
  isGradleScript,
  tooLarge,
  unreadable,
  utf16AsUtf8,
  decodeText,
  DiskRepo,
  subtree,
  subtreeRange,
  parseJson5,
  parseXml,
  kids,
  lineIndex,
  readPbxConfigurations,
  expand,
  targetKind,
  readPbxTargets,
  pbxBodies,
  appliesAndroidApplication,
  XCODEGEN_SPEC_NAMES,
  isXcodeGenSpec,
  pathRole,
  isCodeRole,
  isTestRole,
  resolveScope,
  scopeRequest,
  registerScope,
  scopeOf,
  roleAt,
  scopeFiles,
  summarizeScope,
  appDirOf,
  missingManifestDiagnostic,
  loadManifest,
  parseManifest,
  isManifestPath,
  discoverManifests,
  manifestConflicts
};
