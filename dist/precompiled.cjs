var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports2.default = equal;
  }
});

// src/precompiled/src/precompiled/generated.ts
var generated_exports = {};
__export(generated_exports, {
  embeddedData: () => embeddedData,
  validator: () => validator
});
module.exports = __toCommonJS(generated_exports);

// src/manifest/formats.ts
var DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isDate(s) {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  return d <= days;
}
var DURATION_RE = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
function isDuration(s) {
  return DURATION_RE.test(s);
}
var EMAIL_RE = /^[^\s@<>()[\],;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
function isEmail(s) {
  return EMAIL_RE.test(s);
}
function isHttpsUrl(s) {
  if (!/^https:\/\//i.test(s) || /\s/.test(s)) return false;
  try {
    const u = new URL(s);
    return u.protocol === "https:" && u.hostname.length > 0;
  } catch {
    return false;
  }
}
function isLink(s) {
  if (isHttpsUrl(s)) return true;
  if (!s.trim() || s !== s.trim()) return false;
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(s)) return false;
  if (s.startsWith("/") || s.includes("\\")) return false;
  const path = s.split("#")[0] ?? "";
  return path.length > 0 && !path.split("/").some((seg) => seg === "..");
}
var MANIFEST_FORMATS = {
  date: { type: "string", validate: isDate },
  duration: { type: "string", validate: isDuration },
  email: { type: "string", validate: isEmail },
  link: { type: "string", validate: isLink },
  "https-url": { type: "string", validate: isHttpsUrl }
};

// src/precompiled/src/precompiled/generated.ts
function manifestValidators(exports2) {
  "use strict";
  exports2.manifest = validate20;
  const schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "urn:mobile-policy:schema:mobile-app:v1", "title": "mobile-policy app manifest (mobile-app.yaml), v1", "description": "One file per mobile application: its entry in the institution's mobile application ledger and the evidence index for NFRA circular Jin Ban Fa [2024] No. 99. This schema checks shape only; whether required evidence is present and current is checked by policy rules.", "x-description-zh-CN": "\u6BCF\u4E2A\u79FB\u52A8\u5E94\u7528\u4E00\u4E2A\u6587\u4EF6\uFF1A\u65E2\u662F\u672C\u673A\u6784\u79FB\u52A8\u5E94\u7528\u53F0\u8D26\u4E2D\u7684\u6761\u76EE\uFF0C\u4E5F\u662F\u300A\u56FD\u5BB6\u91D1\u878D\u76D1\u7763\u7BA1\u7406\u603B\u5C40\u529E\u516C\u5385\u5173\u4E8E\u52A0\u5F3A\u94F6\u884C\u4FDD\u9669\u673A\u6784\u79FB\u52A8\u4E92\u8054\u7F51\u5E94\u7528\u7A0B\u5E8F\u7BA1\u7406\u7684\u901A\u77E5\u300B\uFF08\u91D1\u529E\u53D1\u30142024\u301599\u53F7\uFF09\u7684\u8BC1\u636E\u7D22\u5F15\u3002\u672C Schema \u53EA\u6821\u9A8C\u7ED3\u6784\uFF1B\u8BC1\u636E\u662F\u5426\u9F50\u5168\u3001\u662F\u5426\u5728\u6709\u6548\u671F\u5185\u7531\u7B56\u7565\u89C4\u5219\u68C0\u67E5\u3002", "type": "object", "additionalProperties": false, "required": ["apiVersion", "app"], "properties": { "apiVersion": { "description": "Manifest format version. Only `mobile-policy/v1` is known.", "x-description-zh-CN": "\u6E05\u5355\u683C\u5F0F\u7248\u672C\uFF0C\u76EE\u524D\u4EC5\u652F\u6301 `mobile-policy/v1`\u3002", "type": "string", "const": "mobile-policy/v1" }, "app": { "description": "The app as listed in the institution's mobile application ledger (art. 1, 2).", "x-description-zh-CN": "\u5E94\u7528\u5728\u672C\u673A\u6784\u79FB\u52A8\u5E94\u7528\u53F0\u8D26\u4E2D\u7684\u767B\u8BB0\u4FE1\u606F\uFF08\u7B2C\u4E00\u3001\u4E8C\u6761\uFF09\u3002", "type": "object", "additionalProperties": false, "properties": { "id": { "description": "Android applicationId, iOS bundle id or mini-program AppID; checked against the build.", "x-description-zh-CN": "Android applicationId\u3001iOS Bundle ID \u6216\u5C0F\u7A0B\u5E8F AppID\uFF1B\u5C06\u4E0E\u6784\u5EFA\u914D\u7F6E\u6838\u5BF9\u3002", "type": "string", "minLength": 1, "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$", "examples": ["com.example.bank"] }, "name": { "description": "Name shown to users.", "x-description-zh-CN": "\u5411\u7528\u6237\u5C55\u793A\u7684\u540D\u79F0\u3002", "type": "string", "minLength": 1 }, "localizedName": { "description": "The name in other languages, keyed by language tag (`zh-CN`).", "x-description-zh-CN": "\u5176\u4ED6\u8BED\u8A00\u7684\u540D\u79F0\uFF0C\u4EE5\u8BED\u8A00\u6807\u7B7E\uFF08\u5982 `zh-CN`\uFF09\u4E3A\u952E\u3002", "type": "object", "propertyNames": { "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$" }, "additionalProperties": { "type": "string", "minLength": 1 } }, "kinds": { "description": "Kinds of mobile application this entry covers.", "x-description-zh-CN": "\u672C\u6761\u76EE\u6DB5\u76D6\u7684\u79FB\u52A8\u5E94\u7528\u7C7B\u578B\u3002", "type": "array", "items": { "$ref": "#/$defs/appKind" }, "minItems": 1, "uniqueItems": true }, "status": { "description": "Ledger status: `planned`, `active`, `deprecated` (being wound down) or `retired` (exit completed) (art. 2).", "x-description-zh-CN": "\u53F0\u8D26\u72B6\u6001\uFF1A`planned`\uFF08\u89C4\u5212\u4E2D\uFF09\u3001`active`\uFF08\u8FD0\u884C\u4E2D\uFF09\u3001`deprecated`\uFF08\u9010\u6B65\u4E0B\u7EBF\uFF09\u6216 `retired`\uFF08\u5DF2\u9000\u51FA\uFF09\uFF08\u7B2C\u4E8C\u6761\uFF09\u3002", "type": "string", "enum": ["planned", "active", "deprecated", "retired"] }, "audience": { "description": "`external` (customers) or `internal` (staff) users.", "x-description-zh-CN": "\u9762\u5411 `external`\uFF08\u5BA2\u6237\uFF09\u6216 `internal`\uFF08\u5458\u5DE5\uFF09\u3002", "type": "string", "enum": ["external", "internal"] }, "businessScope": { "description": "Business lines the app serves; each must sit inside the institution's licence (art. 5).", "x-description-zh-CN": "\u5E94\u7528\u627F\u8F7D\u7684\u4E1A\u52A1\u6761\u7EBF\uFF0C\u987B\u5728\u672C\u673A\u6784\u7ECF\u8425\u8BB8\u53EF\u8303\u56F4\u5185\uFF08\u7B2C\u4E94\u6761\uFF09\u3002", "type": "array", "items": { "description": "A business line, in kebab-case (`retail-banking`, `credit-card`, `wealth-management`).", "x-description-zh-CN": "\u4E1A\u52A1\u6761\u7EBF\uFF0C\u4F7F\u7528\u77ED\u6A2A\u7EBF\u5C0F\u5199\u5F62\u5F0F\uFF08\u5982 `retail-banking`\u3001`credit-card`\u3001`wealth-management`\uFF09\u3002", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "examples": ["retail-banking"] }, "uniqueItems": true }, "regions": { "description": "Regions where the app is offered (ISO 3166-1 alpha-2).", "x-description-zh-CN": "\u5E94\u7528\u63D0\u4F9B\u670D\u52A1\u7684\u5730\u533A\uFF08ISO 3166-1 \u4E8C\u4F4D\u5B57\u6BCD\u4EE3\u7801\uFF09\u3002", "type": "array", "items": { "description": "Region code (`CN`, `HK`).", "x-description-zh-CN": "\u5730\u533A\u4EE3\u7801\uFF08\u5982 `CN`\u3001`HK`\uFF09\u3002", "type": "string", "pattern": "^[A-Z]{2}$", "examples": ["CN"] }, "uniqueItems": true }, "importantInformationSystem": { "description": "The app is, or is part of, an important information system; switches on stricter rules (art. 11).", "x-description-zh-CN": "\u5E94\u7528\u5C5E\u4E8E\u6216\u6784\u6210\u91CD\u8981\u4FE1\u606F\u7CFB\u7EDF\uFF1B\u5C06\u542F\u7528\u66F4\u4E25\u683C\u7684\u89C4\u5219\uFF08\u7B2C\u5341\u4E00\u6761\uFF09\u3002", "type": "boolean" }, "launchedAt": { "description": "Date of first release.", "x-description-zh-CN": "\u9996\u6B21\u4E0A\u7EBF\u65E5\u671F\u3002", "$ref": "#/$defs/date" }, "retiredAt": { "description": "Date the app was withdrawn (for `retired`).", "x-description-zh-CN": "\u4E0B\u7EBF\u65E5\u671F\uFF08`retired` \u72B6\u6001\u65F6\u586B\u5199\uFF09\u3002", "$ref": "#/$defs/date" }, "monthlyActiveUsers": { "description": "Monthly active users; low activity is a reason to merge or retire the app (art. 2).", "x-description-zh-CN": "\u6708\u6D3B\u8DC3\u7528\u6237\u6570\uFF1B\u6D3B\u8DC3\u5EA6\u4F4E\u662F\u6574\u5408\u6216\u4E0B\u7EBF\u5E94\u7528\u7684\u7406\u7531\uFF08\u7B2C\u4E8C\u6761\uFF09\u3002", "type": "integer", "minimum": 0 }, "description": { "description": "What the app is for.", "x-description-zh-CN": "\u5E94\u7528\u7528\u9014\u7B80\u4ECB\u3002", "type": "string" } }, "required": ["id", "name", "kinds", "status"] }, "ownership": { "description": "Who is accountable for the app (art. 1, 3).", "x-description-zh-CN": "\u5E94\u7528\u7684\u8D23\u4EFB\u5F52\u5C5E\uFF08\u7B2C\u4E00\u3001\u4E09\u6761\uFF09\u3002", "type": "object", "additionalProperties": false, "properties": { "leadDepartment": { "description": "Department leading mobile application management.", "x-description-zh-CN": "\u79FB\u52A8\u5E94\u7528\u7BA1\u7406\u7275\u5934\u90E8\u95E8\u3002", "type": "string", "minLength": 1 }, "responsibleDepartment": { "description": "Department responsible for this app.", "x-description-zh-CN": "\u672C\u5E94\u7528\u7684\u8D23\u4EFB\u90E8\u95E8\u3002", "type": "string", "minLength": 1 }, "responsiblePerson": { "description": "Person responsible for this app.", "x-description-zh-CN": "\u672C\u5E94\u7528\u7684\u8D23\u4EFB\u4EBA\u3002", "$ref": "#/$defs/person" }, "securityContact": { "description": "Contact for security incidents.", "x-description-zh-CN": "\u5B89\u5168\u4E8B\u4EF6\u8054\u7CFB\u4EBA\u3002", "$ref": "#/$defs/person" } } }, "filing": { "description": "Filings with the authorities (art. 11).", "x-description-zh-CN": "\u5411\u4E3B\u7BA1\u90E8\u95E8\u7684\u5907\u6848\u4E0E\u62A5\u544A\uFF08\u7B2C\u5341\u4E00\u6761\uFF09\u3002", "type": "object", "additionalProperties": false, "properties": { "appFilingNumber": { "description": "MIIT app filing number (`\u4EACICP\u590712345678\u53F7-5A`).", "x-description-zh-CN": "\u5DE5\u4E1A\u548C\u4FE1\u606F\u5316\u90E8 App \u5907\u6848\u53F7\uFF08\u5982 `\u4EACICP\u590712345678\u53F7-5A`\uFF09\u3002", "type": "string", "pattern": "^[\u4EAC\u6D25\u6CAA\u6E1D\u5180\u8C6B\u4E91\u8FBD\u9ED1\u6E58\u7696\u9C81\u65B0\u82CF\u6D59\u8D63\u9102\u6842\u7518\u664B\u8499\u9655\u5409\u95FD\u8D35\u7CA4\u9752\u85CF\u5DDD\u5B81\u743C]ICP\u5907[0-9]{4,12}\u53F7(-[0-9]{1,4}[A-Z]?)?$", "examples": ["\u4EACICP\u590712345678\u53F7-5A"] }, "regulatorReport": { "description": "Report of the important information system to the regulator; required when `app.importantInformationSystem` is true.", "x-description-zh-CN": "\u91CD\u8981\u4FE1\u606F\u7CFB\u7EDF\u5411\u76D1\u7BA1\u90E8\u95E8\u7684\u62A5\u544A\uFF1B`app.importantInformationSystem` \u4E3A true \u65F6\u5FC5\u586B\u3002", "type": "object", "additionalProperties": false, "properties": { "date": { "description": "Date of the report.", "x-description-zh-CN": "\u62A5\u544A\u65E5\u671F\u3002", "$ref": "#/$defs/date" }, "reference": { "description": "Reference of the report.", "x-description-zh-CN": "\u62A5\u544A\u6587\u53F7\u3002", "type": "string" }, "document": { "description": "The report.", "x-description-zh-CN": "\u62A5\u544A\u6587\u4EF6\u3002", "$ref": "#/$defs/link" } } } } }, "distribution": { "description": "How the app reaches users, and protection against counterfeits (art. 8, 9).", "x-description-zh-CN": "\u5E94\u7528\u5206\u53D1\u6E20\u9053\u4E0E\u9632\u4EFF\u5192\u63AA\u65BD\uFF08\u7B2C\u516B\u3001\u4E5D\u6761\uFF09\u3002", "type": "object", "additionalProperties": false, "properties": { "publishingAccounts": { "description": "Store and platform accounts the app is published from; they must be controlled by the institution.", "x-description-zh-CN": "\u53D1\u5E03\u5E94\u7528\u6240\u7528\u7684\u5546\u5E97\u4E0E\u5E73\u53F0\u8D26\u53F7\uFF0C\u987B\u7531\u672C\u673A\u6784\u638C\u63A7\u3002", "type": "array", "items": { "description": "A publishing account.", "x-description-zh-CN": "\u53D1\u5E03\u8D26\u53F7\u3002", "type": "object", "additionalProperties": false, "properties": { "platform": { "description": "Store or platform.", "x-description-zh-CN": "\u5546\u5E97\u6216\u5E73\u53F0\u3002", "$ref": "#/$defs/platform" }, "accountOwner": { "description": "Who owns the account: `institution`, or `vendor` / `third-party` (a finding).", "x-description-zh-CN": "\u8D26\u53F7\u6240\u6709\u8005\uFF1A`institution`\uFF08\u672C\u673A\u6784\uFF09\uFF0C\u6216 `vendor`/`third-party`\uFF08\u5C06\u88AB\u89C6\u4E3A\u95EE\u9898\uFF09\u3002", "type": "string", "enum": ["institution", "vendor", "third-party"] }, "holder": { "description": "Team or person holding the credentials.", "x-description-zh-CN": "\u8D26\u53F7\u51ED\u636E\u7684\u4FDD\u7BA1\u56E2\u961F\u6216\u4EBA\u5458\u3002", "type": "string" }, "accountId": { "description": "Developer account name or id.", "x-description-zh-CN": "\u5F00\u53D1\u8005\u8D26\u53F7\u540D\u79F0\u6216\u7F16\u53F7\u3002", "type": "string" }, "url": { "description": "Store listing.", "x-description-zh-CN": "\u5546\u5E97\u9875\u9762\u94FE\u63A5\u3002", "$ref": "#/$defs/httpsUrl" } }, "required": ["platform"] } }, "signingCertificates": { "description": "Fingerprints of the signing certificates, to recognise genuine packages.", "x-description-zh-CN": "\u7B7E\u540D\u8BC1\u4E66\u6307\u7EB9\uFF0C\u7528\u4E8E\u8BC6\u522B\u6B63\u7248\u5B89\u88C5\u5305\u3002", "type": "array", "items": { "description": "A signing certificate.", "x-description-zh-CN": "\u7B7E\u540D\u8BC1\u4E66\u3002", "type": "object", "additionalProperties": false, "properties": { "platform": { "description": "Platform the certificate signs for.", "x-description-zh-CN": "\u8BC1\u4E66\u5BF9\u5E94\u7684\u5E73\u53F0\u3002", "type": "string", "enum": ["android", "ios", "harmonyos"] }, "sha256": { "description": "SHA-256 fingerprint, as `AB:CD:...` or 64 hex digits.", "x-description-zh-CN": "SHA-256 \u6307\u7EB9\uFF0C\u683C\u5F0F\u4E3A `AB:CD:...` \u6216 64 \u4F4D\u5341\u516D\u8FDB\u5236\u3002", "type": "string", "pattern": "^([0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$|^[0-9A-Fa-f]{64}$", "examples": ["AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89"] }, "subject": { "description": "Certificate subject.", "x-description-zh-CN": "\u8BC1\u4E66\u4E3B\u4F53\u3002", "type": "string" }, "expires": { "description": "Expiry date of the certificate.", "x-description-zh-CN": "\u8BC1\u4E66\u5230\u671F\u65E5\u3002", "$ref": "#/$defs/date" } }, "required": ["platform", "sha256"] } }, "minimumSupportedVersion": { "description": "Oldest app version still allowed to connect; older ones are forced to update.", "x-description-zh-CN": "\u4ECD\u5141\u8BB8\u8FDE\u63A5\u7684\u6700\u4F4E\u5E94\u7528\u7248\u672C\uFF0C\u66F4\u4F4E\u7248\u672C\u5C06\u88AB\u5F3A\u5236\u5347\u7EA7\u3002", "type": "string", "pattern": "^[0-9]+(\\.[0-9]+){0,3}$", "examples": ["6.2.0"] }, "counterfeitMonitoring": { "description": "Monitoring of counterfeit apps in stores and on the web.", "x-description-zh-CN": "\u5BF9\u5546\u5E97\u53CA\u7F51\u7EDC\u4E0A\u4EFF\u5192\u5E94\u7528\u7684\u76D1\u6D4B\u3002", "type": "object", "additionalProperties": false, "properties": { "provider": { "description": "Who monitors (team or service).", "x-description-zh-CN": "\u76D1\u6D4B\u65B9\uFF08\u56E2\u961F\u6216\u670D\u52A1\u5546\uFF09\u3002", "type": "string" }, "lastScan": { "description": "Date of the last scan.", "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u626B\u63CF\u65E5\u671F\u3002", "$ref": "#/$defs/date" }, "report": { "description": "Report of the last scan.", "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u626B\u63CF\u62A5\u544A\u3002", "$ref": "#/$defs/link" } } } } }, "compatibility": { "description": "Supported operating systems and compatibility testing (art. 10).", "x-description-zh-CN": "\u652F\u6301\u7684\u64CD\u4F5C\u7CFB\u7EDF\u53CA\u517C\u5BB9\u6027\u6D4B\u8BD5\uFF08\u7B2C\u5341\u6761\uFF09\u3002", "type": "object", "additionalProperties": false, "properties": { "android": { "description": "Android API levels.", "x-description-zh-CN": "Android API \u7EA7\u522B\u3002", "type": "object", "additionalProperties": false, "properties": { "minSdk": { "description": "Lowest Android API level supported (`minSdk`).", "x-description-zh-CN": "\u6700\u4F4E\u652F\u6301\u7684 Android API \u7EA7\u522B\uFF08`minSdk`\uFF09\u3002", "type": "integer", "minimum": 1 }, "targetSdk": { "description": "Android API level targeted (`targetSdk`).", "x-description-zh-CN": "\u76EE\u6807 Android API \u7EA7\u522B\uFF08`targetSdk`\uFF09\u3002", "type": "integer", "minimum": 1 }, "compileSdk": { "description": "Android API level compiled against (`compileSdk`).", "x-description-zh-CN": "\u7F16\u8BD1\u6240\u7528\u7684 Android API \u7EA7\u522B\uFF08`compileSdk`\uFF09\u3002", "type": "integer", "minimum": 1 } } }, "ios": { "description": "iOS versions.", "x-description-zh-CN": "iOS \u7248\u672C\u3002", "type": "object", "additionalProperties": false, "properties": { "minimumVersion": { "description": 'Deployment target, quoted (`"15.0"`).', "x-description-zh-CN": '\u6700\u4F4E\u652F\u6301\u7248\u672C\uFF0C\u9700\u52A0\u5F15\u53F7\uFF08\u5982 `"15.0"`\uFF09\u3002', "type": "string", "pattern": "^[0-9]+(\\.[0-9]+){0,2}$", "examples": ["15.0"] } } }, "harmonyos": { "description": "HarmonyOS API levels.", "x-description-zh-CN": "HarmonyOS API \u7EA7\u522B\u3002", "type": "object", "additionalProperties": false, "properties": { "minimumApi": { "description": "Minimum API version.", "x-description-zh-CN": "\u6700\u4F4E API \u7248\u672C\u3002", "type": "integer", "minimum": 1 }, "targetApi": { "description": "Target API version.", "x-description-zh-CN": "\u76EE\u6807 API \u7248\u672C\u3002", "type": "integer", "minimum": 1 } } }, "lastTest": { "description": "Last compatibility test across devices and OS versions.", "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u8DE8\u8BBE\u5907\u4E0E\u7CFB\u7EDF\u7248\u672C\u7684\u517C\u5BB9\u6027\u6D4B\u8BD5\u3002", "$ref": "#/$defs/assessment" } } }, "accessibility": { "description": "Inclusive design (art. 6).", "x-description-zh-CN": "\u9002\u8001\u5316\u4E0E\u65E0\u969C\u788D\u7B49\uFF08\u7B2C\u516D\u6761\uFF09\u3002", "type": "object", "additionalProperties": false, "properties": { "elderlyMode": { "description": "An elderly-friendly mode is offered.", "x-description-zh-CN": "\u63D0\u4F9B\u9002\u8001\u5316\uFF08\u957F\u8F88\uFF09\u6A21\u5F0F\u3002", "type": "boolean" }, "minorsProtection": { "description": "Protection of minors: `true`, `false`, or `not-applicable` (give `minorsProtectionReason`).", "x-description-zh-CN": "\u672A\u6210\u5E74\u4EBA\u4FDD\u62A4\uFF1A`true`\u3001`false` \u6216 `not-applicable`\uFF08\u9700\u586B\u5199 `minorsProtectionReason`\uFF09\u3002", "enum": [true, false, "not-applicable"] }, "minorsProtectionReason": { "description": "Why minors' protection does not apply.", "x-description-zh-CN": "\u4E0D\u9002\u7528\u672A\u6210\u5E74\u4EBA\u4FDD\u62A4\u7684\u7406\u7531\u3002", "type": "string" }, "accessibilityReview": { "description": "Last accessibility review.", "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u65E0\u969C\u788D\u8BC4\u4F30\u3002", "$ref": "#/$defs/assessment" } } }, "sdks": { "description": "Every third-party SDK in the build (art. 6, 7, 8, 9).", "x-description-zh-CN": "\u6784\u5EFA\u4E2D\u7684\u5168\u90E8\u7B2C\u4E09\u65B9 SDK\uFF08\u7B2C\u516D\u81F3\u4E5D\u6761\uFF09\u3002", "type": "array", "items": { "description": "A third-party SDK.", "x-description-zh-CN": "\u7B2C\u4E09\u65B9 SDK\u3002", "type": "object", "additionalProperties": false, "properties": { "id": { "description": "Catalogue id or own id (kebab-case).", "x-description-zh-CN": "\u76EE\u5F55\u7F16\u53F7\u6216\u81EA\u5B9A\u4E49\u7F16\u53F7\uFF08\u77ED\u6A2A\u7EBF\u5C0F\u5199\uFF09\u3002", "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]*$", "examples": ["umeng-analytics"] }, "name": { "description": "Product name.", "x-description-zh-CN": "\u4EA7\u54C1\u540D\u79F0\u3002", "type": "string" }, "packages": { "description": "Package URLs, without version, that identify the SDK in the repository.", "x-description-zh-CN": "\u7528\u4E8E\u5728\u4ED3\u5E93\u4E2D\u8BC6\u522B\u8BE5 SDK \u7684 package URL\uFF08\u4E0D\u542B\u7248\u672C\uFF09\u3002", "type": "array", "items": { "$ref": "#/$defs/purl" }, "uniqueItems": true }, "vendor": { "description": "Company providing the SDK.", "x-description-zh-CN": "SDK \u63D0\u4F9B\u65B9\u3002", "type": "string" }, "purpose": { "description": "What the SDK is used for.", "x-description-zh-CN": "SDK \u7684\u7528\u9014\u3002", "type": "string" }, "personalInfo": { "description": "Personal information the SDK collects or receives.", "x-description-zh-CN": "SDK \u6536\u96C6\u6216\u63A5\u6536\u7684\u4E2A\u4EBA\u4FE1\u606F\u3002", "type": "array", "items": { "$ref": "#/$defs/personalInfoType" }, "uniqueItems": true }, "permissions": { "description": "Permissions the SDK needs.", "x-description-zh-CN": "SDK \u6240\u9700\u6743\u9650\u3002", "type": "array", "items": { "description": "Permission name.", "x-description-zh-CN": "\u6743\u9650\u540D\u79F0\u3002", "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_.]*$" }, "uniqueItems": true }, "securityAssessment": { "description": "Security assessment of the SDK before integration (art. 9).", "x-description-zh-CN": "\u63A5\u5165\u524D\u5BF9 SDK \u7684\u5B89\u5168\u8BC4\u4F30\uFF08\u7B2C\u4E5D\u6761\uFF09\u3002", "$ref": "#/$defs/assessment" }, "contract": { "description": "Agreement with the SDK vendor.", "x-description-zh-CN": "\u4E0E SDK \u63D0\u4F9B\u65B9\u7684\u534F\u8BAE\u3002", "$ref": "#/$defs/contract" }, "privacyPolicy": { "description": "The SDK's privacy policy.", "x-description-zh-CN": "SDK \u7684\u9690\u79C1\u653F\u7B56\u3002", "$ref": "#/$defs/httpsUrl" } }, "required": ["id"] } }, "thirdParties": { "description": "Government bodies and enterprises the app is built or run with (art. 4).", "x-description-zh-CN": "\u4E0E\u5E94\u7528\u5171\u5EFA\u6216\u5408\u4F5C\u8FD0\u8425\u7684\u653F\u5E9C\u673A\u6784\u548C\u4F01\u4E1A\uFF08\u7B2C\u56DB\u6761\uFF09\u3002", "type": "array", "items": { "description": "A co-building partner.", "x-description-zh-CN": "\u5408\u4F5C\u65B9\u3002", "type": "object", "additionalProperties": false, "properties": { "name": { "description": "Partner name.", "x-description-zh-CN": "\u5408\u4F5C\u65B9\u540D\u79F0\u3002", "type": "string", "minLength": 1 }, "kind": { "description": "Kind of partner.", "x-description-zh-CN": "\u5408\u4F5C\u65B9\u7C7B\u578B\u3002", "type": "string", "enum": ["government", "enterprise", "financial-institution", "other"] }, "contract": { "description": "Agreement with the partner.", "x-description-zh-CN": "\u5408\u4F5C\u534F\u8BAE\u3002", "$ref": "#/$defs/contract" }, "responsibilities": { "description": "Division of responsibilities, including for data and security.", "x-description-zh-CN": "\u5404\u65B9\u804C\u8D23\u5212\u5206\uFF0C\u542B\u6570\u636E\u4E0E\u5B89\u5168\u8D23\u4EFB\u3002", "type": "string" }, "dataShared": { "description": "Personal information shared with the partner.", "x-description-zh-CN": "\u4E0E\u5408\u4F5C\u65B9\u5171\u4EAB\u7684\u4E2A\u4EBA\u4FE1\u606F\u3002", "type": "array", "items": { "$ref": "#/$defs/personalInfoType" }, "uniqueItems": true } }, "required": ["name"] } }, "outsourcing": { "description": "Outsourcing vendors working on the app (art. 14).", "x-description-zh-CN": "\u53C2\u4E0E\u5E94\u7528\u5DE5\u4F5C\u7684\u5916\u5305\u670D\u52A1\u5546\uFF08\u7B2C\u5341\u56DB\u6761\uFF09\u3002", "type": "array", "items": { "description": "An outsourcing engagement.", "x-description-zh-CN": "\u5916\u5305\u670D\u52A1\u3002", "type": "object", "additionalProperties": false, "properties": { "vendor": { "description": "Vendor name.", "x-description-zh-CN": "\u670D\u52A1\u5546\u540D\u79F0\u3002", "type": "string", "minLength": 1 }, "services": { "description": "Services provided.", "x-description-zh-CN": "\u63D0\u4F9B\u7684\u670D\u52A1\u3002", "type": "array", "items": { "$ref": "#/$defs/outsourcingService" }, "minItems": 1, "uniqueItems": true }, "contract": { "description": "Outsourcing contract.", "x-description-zh-CN": "\u5916\u5305\u5408\u540C\u3002", "$ref": "#/$defs/contract" }, "dataAccess": { "description": "Data the vendor can reach: `none`, `test-data`, `masked` (desensitised production data) or `production`.", "x-description-zh-CN": "\u670D\u52A1\u5546\u53EF\u63A5\u89E6\u7684\u6570\u636E\uFF1A`none`\uFF08\u65E0\uFF09\u3001`test-data`\uFF08\u6D4B\u8BD5\u6570\u636E\uFF09\u3001`masked`\uFF08\u8131\u654F\u751F\u4EA7\u6570\u636E\uFF09\u6216 `production`\uFF08\u751F\u4EA7\u6570\u636E\uFF09\u3002", "type": "string", "enum": ["none", "test-data", "masked", "production"] }, "accessJustification": { "description": "Why that access is needed (required for `production`).", "x-description-zh-CN": "\u9700\u8981\u8BE5\u8BBF\u95EE\u6743\u9650\u7684\u7406\u7531\uFF08`production` \u65F6\u5FC5\u586B\uFF09\u3002", "type": "string" }, "lastAssessment": { "description": "Last assessment of the vendor.", "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u5BF9\u670D\u52A1\u5546\u7684\u8BC4\u4F30\u3002", "$ref": "#/$defs/assessment" } }, "required": ["vendor"] } }, "dataFlows": { "description": "Personal information the app processes: what, why, on which basis, and where it goes (art. 13, 16).", "x-description-zh-CN": "\u5E94\u7528\u5904\u7406\u7684\u4E2A\u4EBA\u4FE1\u606F\uFF1A\u5185\u5BB9\u3001\u76EE\u7684\u3001\u4F9D\u636E\u4E0E\u53BB\u5411\uFF08\u7B2C\u5341\u4E09\u3001\u5341\u516D\u6761\uFF09\u3002", "type": "array", "items": { "description": "A data flow.", "x-description-zh-CN": "\u6570\u636E\u6D41\u3002", "type": "object", "additionalProperties": false, "properties": { "name": { "description": "Short name (`account login`).", "x-description-zh-CN": "\u7B80\u79F0\uFF08\u5982 `account login`\uFF09\u3002", "type": "string", "minLength": 1 }, "data": { "description": "Personal information involved.", "x-description-zh-CN": "\u6D89\u53CA\u7684\u4E2A\u4EBA\u4FE1\u606F\u3002", "type": "array", "items": { "$ref": "#/$defs/personalInfoType" }, "minItems": 1, "uniqueItems": true }, "sensitivity": { "description": "Highest JR/T 0171-2020 class involved: `C1`, `C2` or `C3`.", "x-description-zh-CN": "\u6D89\u53CA\u7684\u6700\u9AD8 JR/T 0171-2020 \u7EA7\u522B\uFF1A`C1`\u3001`C2` \u6216 `C3`\u3002", "type": "string", "enum": ["C1", "C2", "C3"] }, "purpose": { "description": "Why the information is processed.", "x-description-zh-CN": "\u5904\u7406\u76EE\u7684\u3002", "$ref": "#/$defs/purpose" }, "necessary": { "description": "Necessary for the basic service (CAC necessary-PI rules).", "x-description-zh-CN": "\u4E3A\u57FA\u672C\u4E1A\u52A1\u529F\u80FD\u6240\u5FC5\u9700\uFF08\u7F51\u4FE1\u529E\u5FC5\u8981\u4E2A\u4EBA\u4FE1\u606F\u89C4\u5B9A\uFF09\u3002", "type": "boolean" }, "legalBasis": { "description": "Legal basis for processing (PIPL art. 13).", "x-description-zh-CN": "\u5904\u7406\u4F9D\u636E\uFF08\u300A\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u6CD5\u300B\u7B2C\u5341\u4E09\u6761\uFF09\u3002", "$ref": "#/$defs/legalBasis" }, "recipient": { "description": "Who receives it: `self`, `sdk:<id>`, `vendor:<name>` or `third-party:<name>`.", "x-description-zh-CN": "\u63A5\u6536\u65B9\uFF1A`self`\uFF08\u672C\u673A\u6784\uFF09\u3001`sdk:<id>`\u3001`vendor:<\u540D\u79F0>` \u6216 `third-party:<\u540D\u79F0>`\u3002", "type": "string", "pattern": "^(self|sdk:[a-z0-9][a-z0-9._-]*|vendor:\\S.*|third-party:\\S.*)$", "examples": ["self", "sdk:umeng-analytics"] }, "crossBorder": { "description": "Leaves mainland China.", "x-description-zh-CN": "\u662F\u5426\u51FA\u5883\u3002", "type": "boolean" }, "encryptedInTransit": { "description": "Encrypted in transit.", "x-description-zh-CN": "\u4F20\u8F93\u662F\u5426\u52A0\u5BC6\u3002", "type": "boolean" }, "encryptedAtRest": { "description": "Encrypted at rest.", "x-description-zh-CN": "\u5B58\u50A8\u662F\u5426\u52A0\u5BC6\u3002", "type": "boolean" }, "retention": { "description": "How long it is kept (`P5Y`).", "x-description-zh-CN": "\u4FDD\u5B58\u671F\u9650\uFF08\u5982 `P5Y`\uFF09\u3002", "$ref": "#/$defs/duration" }, "permissions": { "description": "Device permissions this flow justifies (`android.permission.CAMERA`, `NSCameraUsageDescription`, `ohos.permission.CAMERA`).", "x-description-zh-CN": "\u8BE5\u6570\u636E\u6D41\u6240\u5BF9\u5E94\u7684\u8BBE\u5907\u6743\u9650\uFF08\u5982 `android.permission.CAMERA`\u3001`NSCameraUsageDescription`\u3001`ohos.permission.CAMERA`\uFF09\u3002", "type": "array", "items": { "description": "Permission name.", "x-description-zh-CN": "\u6743\u9650\u540D\u79F0\u3002", "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_.]*$" }, "uniqueItems": true } }, "required": ["name"] } }, "security": { "description": "Security controls (art. 12, 13).", "x-description-zh-CN": "\u5B89\u5168\u63A7\u5236\u63AA\u65BD\uFF08\u7B2C\u5341\u4E8C\u3001\u5341\u4E09\u6761\uFF09\u3002", "type": "object", "additionalProperties": false, "properties": { "levelProtection": { "description": "Multi-Level Protection Scheme (MLPS 2.0) grading.", "x-description-zh-CN": "\u7F51\u7EDC\u5B89\u5168\u7B49\u7EA7\u4FDD\u62A4\uFF08\u7B49\u4FDD 2.0\uFF09\u5B9A\u7EA7\u3002", "type": "object", "additionalProperties": false, "properties": { "level": { "description": "Protection level, 1 to 5.", "x-description-zh-CN": "\u4FDD\u62A4\u7B49\u7EA7\uFF0C1 \u81F3 5 \u7EA7\u3002", "type": "integer", "minimum": 1, "maximum": 5 }, "filingNumber": { "description": "MLPS filing certificate number.", "x-description-zh-CN": "\u7B49\u7EA7\u4FDD\u62A4\u5907\u6848\u8BC1\u660E\u7F16\u53F7\u3002", "type": "string" }, "lastAssessment": { "description": "Last MLPS assessment.", "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u7B49\u7EA7\u6D4B\u8BC4\u3002", "$ref": "#/$defs/assessment" } } }, "transportEncryption": { "description": "Transport encryption: `tls1.2+`, `tls1.3`, or `tlcp` (GM/T 0024, SM2/SM4).", "x-description-zh-CN": "\u4F20\u8F93\u52A0\u5BC6\uFF1A`tls1.2+`\u3001`tls1.3` \u6216 `tlcp`\uFF08\u56FD\u5BC6 GM/T 0024\uFF09\u3002", "type": "string", "enum": ["tls1.2+", "tls1.3", "tlcp"] }, "userAuthentication": { "description": "Ways users authenticate.", "x-description-zh-CN": "\u7528\u6237\u8BA4\u8BC1\u65B9\u5F0F\u3002", "type": "array", "items": { "description": "An authentication method.", "x-description-zh-CN": "\u8BA4\u8BC1\u65B9\u5F0F\u3002", "type": "string", "enum": ["password", "sms-otp", "biometric", "face-verification", "gesture", "device-binding", "digital-certificate", "hardware-token", "software-token"] }, "uniqueItems": true }, "penetrationTest": { "description": "Last penetration test.", "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u6E17\u900F\u6D4B\u8BD5\u3002", "$ref": "#/$defs/assessment" }, "hardening": { "description": "App hardening (anti-tampering, anti-debugging).", "x-description-zh-CN": "\u5E94\u7528\u52A0\u56FA\uFF08\u9632\u7BE1\u6539\u3001\u9632\u8C03\u8BD5\uFF09\u3002", "type": "object", "additionalProperties": false, "properties": { "provider": { "description": "Hardening product or vendor.", "x-description-zh-CN": "\u52A0\u56FA\u4EA7\u54C1\u6216\u670D\u52A1\u5546\u3002", "type": "string" }, "lastApplied": { "description": "Date the current release was hardened.", "x-description-zh-CN": "\u5F53\u524D\u7248\u672C\u7684\u52A0\u56FA\u65E5\u671F\u3002", "$ref": "#/$defs/date" } } }, "allowedDomains": { "description": "Domains the app may contact or link to; anything else is an irrelevant link (art. 7).", "x-description-zh-CN": "\u5E94\u7528\u53EF\u8BBF\u95EE\u6216\u94FE\u63A5\u7684\u57DF\u540D\uFF1B\u5176\u4ED6\u5747\u89C6\u4E3A\u65E0\u5173\u94FE\u63A5\uFF08\u7B2C\u4E03\u6761\uFF09\u3002", "type": "array", "items": { "$ref": "#/$defs/domain" }, "uniqueItems": true } } }, "privacy": { "description": "Personal-information protection documents and channels (art. 16).", "x-description-zh-CN": "\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u76F8\u5173\u6587\u4EF6\u4E0E\u6E20\u9053\uFF08\u7B2C\u5341\u516D\u6761\uFF09\u3002", "type": "object", "additionalProperties": false, "properties": { "policyUrl": { "description": "Privacy policy.", "x-description-zh-CN": "\u9690\u79C1\u653F\u7B56\u3002", "$ref": "#/$defs/httpsUrl" }, "policyUpdatedAt": { "description": "Date the privacy policy was last updated.", "x-description-zh-CN": "\u9690\u79C1\u653F\u7B56\u6700\u8FD1\u66F4\u65B0\u65E5\u671F\u3002", "$ref": "#/$defs/date" }, "collectedInfoList": { "description": 'List of personal information collected (MIIT "two lists").', "x-description-zh-CN": "\u5DF2\u6536\u96C6\u4E2A\u4EBA\u4FE1\u606F\u6E05\u5355\uFF08\u5DE5\u4FE1\u90E8\u201C\u53CC\u6E05\u5355\u201D\uFF09\u3002", "$ref": "#/$defs/httpsUrl" }, "sharedInfoList": { "description": 'List of personal information shared with third parties (MIIT "two lists").', "x-description-zh-CN": "\u4E0E\u7B2C\u4E09\u65B9\u5171\u4EAB\u4E2A\u4EBA\u4FE1\u606F\u6E05\u5355\uFF08\u5DE5\u4FE1\u90E8\u201C\u53CC\u6E05\u5355\u201D\uFF09\u3002", "$ref": "#/$defs/httpsUrl" }, "complaintChannel": { "description": "Where users complain or exercise their rights.", "x-description-zh-CN": "\u7528\u6237\u6295\u8BC9\u53CA\u884C\u4F7F\u6743\u5229\u7684\u6E20\u9053\u3002", "type": "object", "additionalProperties": false, "properties": { "phone": { "description": "Hotline (`95588`).", "x-description-zh-CN": "\u670D\u52A1\u70ED\u7EBF\uFF08\u5982 `95588`\uFF09\u3002", "$ref": "#/$defs/phone" }, "url": { "description": "Web page or form.", "x-description-zh-CN": "\u7F51\u9875\u6216\u8868\u5355\u3002", "$ref": "#/$defs/httpsUrl" }, "email": { "description": "Email address.", "x-description-zh-CN": "\u7535\u5B50\u90AE\u4EF6\u5730\u5740\u3002", "$ref": "#/$defs/email" }, "responseTime": { "description": "Committed response time (`P15D`).", "x-description-zh-CN": "\u627F\u8BFA\u7B54\u590D\u65F6\u9650\uFF08\u5982 `P15D`\uFF09\u3002", "$ref": "#/$defs/duration" } } } } }, "compliance": { "description": "Compliance reviews, risk assessments and audits (art. 5, 17).", "x-description-zh-CN": "\u5408\u89C4\u5BA1\u67E5\u3001\u98CE\u9669\u8BC4\u4F30\u4E0E\u5BA1\u8BA1\uFF08\u7B2C\u4E94\u3001\u5341\u4E03\u6761\uFF09\u3002", "type": "object", "additionalProperties": false, "properties": { "lastComplianceReview": { "description": "Last compliance review before release.", "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u4E0A\u7EBF\u524D\u5408\u89C4\u5BA1\u67E5\u3002", "$ref": "#/$defs/assessment" }, "lastRiskAssessment": { "description": "Last risk assessment (at least yearly).", "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u98CE\u9669\u8BC4\u4F30\uFF08\u81F3\u5C11\u6BCF\u5E74\u4E00\u6B21\uFF09\u3002", "$ref": "#/$defs/assessment" }, "lastAudit": { "description": "Last audit (at least every three years).", "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u5BA1\u8BA1\uFF08\u81F3\u5C11\u6BCF\u4E09\u5E74\u4E00\u6B21\uFF09\u3002", "$ref": "#/$defs/assessment" }, "salesTraceability": { "description": "Sales of financial products through the app are recorded and traceable.", "x-description-zh-CN": "\u901A\u8FC7\u5E94\u7528\u9500\u552E\u91D1\u878D\u4EA7\u54C1\u7684\u8FC7\u7A0B\u53EF\u8BB0\u5F55\u3001\u53EF\u56DE\u6EAF\u3002", "type": "boolean" } } }, "continuity": { "description": "Business continuity (art. 15).", "x-description-zh-CN": "\u4E1A\u52A1\u8FDE\u7EED\u6027\uFF08\u7B2C\u5341\u4E94\u6761\uFF09\u3002", "type": "object", "additionalProperties": false, "properties": { "businessImpactAnalysis": { "description": "Business impact analysis.", "x-description-zh-CN": "\u4E1A\u52A1\u5F71\u54CD\u5206\u6790\u3002", "$ref": "#/$defs/link" }, "emergencyPlan": { "description": "Emergency response plan.", "x-description-zh-CN": "\u5E94\u6025\u9884\u6848\u3002", "type": "object", "additionalProperties": false, "properties": { "url": { "description": "The plan.", "x-description-zh-CN": "\u9884\u6848\u6587\u4EF6\u3002", "$ref": "#/$defs/link" }, "approvedAt": { "description": "Date of approval.", "x-description-zh-CN": "\u6279\u51C6\u65E5\u671F\u3002", "$ref": "#/$defs/date" } } }, "lastDrill": { "description": "Last emergency drill.", "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u5E94\u6025\u6F14\u7EC3\u3002", "$ref": "#/$defs/assessment" }, "rto": { "description": "Recovery time objective (`PT4H`).", "x-description-zh-CN": "\u6062\u590D\u65F6\u95F4\u76EE\u6807 RTO\uFF08\u5982 `PT4H`\uFF09\u3002", "$ref": "#/$defs/duration" }, "rpo": { "description": "Recovery point objective (`PT15M`).", "x-description-zh-CN": "\u6062\u590D\u70B9\u76EE\u6807 RPO\uFF08\u5982 `PT15M`\uFF09\u3002", "$ref": "#/$defs/duration" } } }, "testing": { "description": "Testing before release (art. 8).", "x-description-zh-CN": "\u4E0A\u7EBF\u524D\u6D4B\u8BD5\uFF08\u7B2C\u516B\u6761\uFF09\u3002", "type": "object", "additionalProperties": false, "properties": { "lastSecurityTest": { "description": "Last security test of a release.", "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u7248\u672C\u5B89\u5168\u6D4B\u8BD5\u3002", "$ref": "#/$defs/assessment" }, "lastFunctionalTest": { "description": "Last functional test of a release.", "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u7248\u672C\u529F\u80FD\u6D4B\u8BD5\u3002", "$ref": "#/$defs/assessment" } } }, "scope": { "description": "Adjusts which files are the app. By default the app is the build beside the manifest (or, if there is none, the build that declares app.id); tests, samples, docs, CI, tool configs, generated and vendored files are out of scope for the code rules.", "x-description-zh-CN": "\u8C03\u6574\u54EA\u4E9B\u6587\u4EF6\u5C5E\u4E8E\u672C\u5E94\u7528\u3002\u9ED8\u8BA4\u60C5\u51B5\u4E0B\uFF0C\u5E94\u7528\u5373\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u6240\u5728\u76EE\u5F55\u4E2D\u7684\u6784\u5EFA\uFF08\u82E5\u8BE5\u76EE\u5F55\u6CA1\u6709\u6784\u5EFA\uFF0C\u5219\u4E3A\u58F0\u660E\u4E86 app.id \u7684\u6784\u5EFA\uFF09\uFF1B\u6D4B\u8BD5\u3001\u793A\u4F8B\u3001\u6587\u6863\u3001\u6301\u7EED\u96C6\u6210\u3001\u5DE5\u5177\u914D\u7F6E\u3001\u751F\u6210\u6587\u4EF6\u548C\u5185\u7F6E\u7B2C\u4E09\u65B9\u6587\u4EF6\u4E0D\u5728\u4EE3\u7801\u89C4\u5219\u7684\u68C0\u67E5\u8303\u56F4\u5185\u3002", "type": "object", "additionalProperties": false, "properties": { "include": { "description": "Only files matching these globs (paths from the repository root) are the app's; replaces the automatic choice of folders. Tests and samples among them keep their role.", "x-description-zh-CN": "\u4EC5\u5339\u914D\u8FD9\u4E9B\u901A\u914D\u7B26\uFF08\u81EA\u4ED3\u5E93\u6839\u76EE\u5F55\u8D77\u7684\u8DEF\u5F84\uFF09\u7684\u6587\u4EF6\u5C5E\u4E8E\u672C\u5E94\u7528\uFF0C\u53D6\u4EE3\u81EA\u52A8\u9009\u62E9\u7684\u76EE\u5F55\uFF1B\u5176\u4E2D\u7684\u6D4B\u8BD5\u548C\u793A\u4F8B\u6587\u4EF6\u4ECD\u6309\u5176\u89D2\u8272\u5904\u7406\u3002", "type": "array", "items": { "description": "A glob over repository paths (minimatch, `**` for any depth): `android/**`, `ios/App/**`.", "x-description-zh-CN": "\u5339\u914D\u4ED3\u5E93\u5185\u8DEF\u5F84\u7684\u901A\u914D\u7B26\uFF08minimatch\uFF0C`**` \u5339\u914D\u4EFB\u610F\u5C42\u7EA7\uFF09\uFF0C\u5982 `android/**`\u3001`ios/App/**`\u3002", "type": "string", "minLength": 1, "pattern": "^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$)).+$", "examples": ["android/**"] }, "uniqueItems": true }, "exclude": { "description": "Files matching these globs (paths from the repository root) are out of scope for the code rules; secrets are still looked for there.", "x-description-zh-CN": "\u5339\u914D\u8FD9\u4E9B\u901A\u914D\u7B26\uFF08\u81EA\u4ED3\u5E93\u6839\u76EE\u5F55\u8D77\u7684\u8DEF\u5F84\uFF09\u7684\u6587\u4EF6\u4E0D\u5728\u4EE3\u7801\u89C4\u5219\u7684\u68C0\u67E5\u8303\u56F4\u5185\uFF1B\u4F46\u4ECD\u4F1A\u5728\u5176\u4E2D\u67E5\u627E\u5BC6\u94A5\u7B49\u654F\u611F\u4FE1\u606F\u3002", "type": "array", "items": { "description": "A glob over repository paths (minimatch, `**` for any depth): `android/**`, `ios/App/**`.", "x-description-zh-CN": "\u5339\u914D\u4ED3\u5E93\u5185\u8DEF\u5F84\u7684\u901A\u914D\u7B26\uFF08minimatch\uFF0C`**` \u5339\u914D\u4EFB\u610F\u5C42\u7EA7\uFF09\uFF0C\u5982 `android/**`\u3001`ios/App/**`\u3002", "type": "string", "minLength": 1, "pattern": "^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$)).+$", "examples": ["android/**"] }, "uniqueItems": true } } }, "waivers": { "description": "Exceptions to rules, visible in every report.", "x-description-zh-CN": "\u89C4\u5219\u8C41\u514D\uFF0C\u5728\u6BCF\u4EFD\u62A5\u544A\u4E2D\u5217\u51FA\u3002", "type": "array", "items": { "$ref": "#/$defs/waiver" } } }, "$defs": { "date": { "description": "A calendar date, ISO 8601 `YYYY-MM-DD` (quote-free: YAML keeps it a string).", "x-description-zh-CN": "\u65E5\u5386\u65E5\u671F\uFF0CISO 8601 \u683C\u5F0F `YYYY-MM-DD`\u3002", "type": "string", "format": "date", "examples": ["2025-03-31"] }, "duration": { "description": "An ISO 8601 duration: `P5Y` (five years), `P6M`, `P30D`, `PT4H`, `PT15M`.", "x-description-zh-CN": "ISO 8601 \u65F6\u957F\uFF1A`P5Y`\uFF08\u4E94\u5E74\uFF09\u3001`P6M`\u3001`P30D`\u3001`PT4H`\u3001`PT15M`\u3002", "type": "string", "format": "duration", "examples": ["PT4H"] }, "link": { "description": "Where the evidence is: an `https://` URL or a path inside the repository (`docs/pentest-2025.pdf`), never `http://`.", "x-description-zh-CN": "\u8BC1\u636E\u6240\u5728\u4F4D\u7F6E\uFF1A`https://` \u94FE\u63A5\u6216\u4ED3\u5E93\u5185\u7684\u76F8\u5BF9\u8DEF\u5F84\uFF08\u5982 `docs/pentest-2025.pdf`\uFF09\uFF0C\u4E0D\u5F97\u4F7F\u7528 `http://`\u3002", "type": "string", "format": "link", "minLength": 1, "examples": ["https://intranet.example.com/reports/123", "docs/security/pentest-2025.pdf"] }, "httpsUrl": { "description": "An `https://` URL that users can open.", "x-description-zh-CN": "\u7528\u6237\u53EF\u8BBF\u95EE\u7684 `https://` \u94FE\u63A5\u3002", "type": "string", "format": "https-url", "examples": ["https://www.example.com/privacy"] }, "email": { "description": "An email address.", "x-description-zh-CN": "\u7535\u5B50\u90AE\u4EF6\u5730\u5740\u3002", "type": "string", "format": "email", "examples": ["wang.fang@example.com"] }, "phone": { "description": "A phone number: digits with optional `+`, spaces, hyphens and parentheses (`95588`, `+86 10 1234 5678`).", "x-description-zh-CN": "\u7535\u8BDD\u53F7\u7801\uFF1A\u6570\u5B57\uFF0C\u53EF\u542B `+`\u3001\u7A7A\u683C\u3001\u8FDE\u5B57\u7B26\u548C\u62EC\u53F7\uFF08\u5982 `95588`\u3001`+86 10 1234 5678`\uFF09\u3002", "type": "string", "pattern": "^\\+?[0-9][0-9 ()\\-]{2,24}$", "examples": ["+86 10 1234 5678"] }, "person": { "description": "A person: name and, where useful, how to reach them.", "x-description-zh-CN": "\u4EBA\u5458\uFF1A\u59D3\u540D\u53CA\u8054\u7CFB\u65B9\u5F0F\u3002", "type": "object", "additionalProperties": false, "properties": { "name": { "description": "Full name.", "x-description-zh-CN": "\u59D3\u540D\u3002", "type": "string", "minLength": 1 }, "email": { "description": "Email address.", "x-description-zh-CN": "\u7535\u5B50\u90AE\u4EF6\u5730\u5740\u3002", "$ref": "#/$defs/email" }, "phone": { "description": "Phone number.", "x-description-zh-CN": "\u7535\u8BDD\u53F7\u7801\u3002", "$ref": "#/$defs/phone" }, "title": { "description": "Position or role.", "x-description-zh-CN": "\u804C\u52A1\u6216\u89D2\u8272\u3002", "type": "string" } }, "required": ["name"] }, "assessment": { "description": "An assessment, test, review or audit: when, with what result, and where the report is.", "x-description-zh-CN": "\u8BC4\u4F30\u3001\u6D4B\u8BD5\u3001\u5BA1\u67E5\u6216\u5BA1\u8BA1\uFF1A\u65F6\u95F4\u3001\u7ED3\u8BBA\u53CA\u62A5\u544A\u4F4D\u7F6E\u3002", "type": "object", "additionalProperties": false, "properties": { "date": { "description": "When it was completed.", "x-description-zh-CN": "\u5B8C\u6210\u65E5\u671F\u3002", "$ref": "#/$defs/date" }, "result": { "description": "Outcome: `pass`, `pass-with-findings` (passed with open findings to fix), or `fail`.", "x-description-zh-CN": "\u7ED3\u8BBA\uFF1A`pass`\uFF08\u901A\u8FC7\uFF09\u3001`pass-with-findings`\uFF08\u901A\u8FC7\u4F46\u6709\u5F85\u6574\u6539\u95EE\u9898\uFF09\u6216 `fail`\uFF08\u672A\u901A\u8FC7\uFF09\u3002", "type": "string", "enum": ["pass", "pass-with-findings", "fail"] }, "report": { "description": "The report.", "x-description-zh-CN": "\u62A5\u544A\u3002", "$ref": "#/$defs/link" }, "assessor": { "description": "Who performed it (team or external firm).", "x-description-zh-CN": "\u6267\u884C\u65B9\uFF08\u5185\u90E8\u56E2\u961F\u6216\u5916\u90E8\u673A\u6784\uFF09\u3002", "type": "string" }, "reference": { "description": "Document or ticket number.", "x-description-zh-CN": "\u6587\u6863\u6216\u5DE5\u5355\u7F16\u53F7\u3002", "type": "string" }, "notes": { "description": "Open findings or remarks.", "x-description-zh-CN": "\u9057\u7559\u95EE\u9898\u6216\u5907\u6CE8\u3002", "type": "string" } } }, "contract": { "description": "A signed agreement: its reference and when it ends.", "x-description-zh-CN": "\u5DF2\u7B7E\u7F72\u7684\u534F\u8BAE\uFF1A\u7F16\u53F7\u4E0E\u5230\u671F\u65E5\u3002", "type": "object", "additionalProperties": false, "properties": { "reference": { "description": "Contract number or title.", "x-description-zh-CN": "\u5408\u540C\u7F16\u53F7\u6216\u540D\u79F0\u3002", "type": "string", "minLength": 1 }, "signedAt": { "description": "Date of signature.", "x-description-zh-CN": "\u7B7E\u7F72\u65E5\u671F\u3002", "$ref": "#/$defs/date" }, "expires": { "description": "Date the contract ends.", "x-description-zh-CN": "\u5408\u540C\u5230\u671F\u65E5\u3002", "$ref": "#/$defs/date" }, "document": { "description": "The contract document.", "x-description-zh-CN": "\u5408\u540C\u6587\u672C\u3002", "$ref": "#/$defs/link" }, "dataProtectionClauses": { "description": "The contract contains personal-information and data-security clauses (art. 4, 14).", "x-description-zh-CN": "\u5408\u540C\u5305\u542B\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u4E0E\u6570\u636E\u5B89\u5168\u6761\u6B3E\uFF08\u7B2C\u56DB\u3001\u5341\u56DB\u6761\uFF09\u3002", "type": "boolean" } } }, "personalInfoType": { "description": "A kind of personal information; ids follow Apple's `NSPrivacyCollectedDataType*`, Google Play data safety categories and the JR/T 0171-2020 classes.", "x-description-zh-CN": "\u4E2A\u4EBA\u4FE1\u606F\u7C7B\u578B\uFF1B\u53D6\u503C\u5BF9\u5E94 Apple `NSPrivacyCollectedDataType*`\u3001Google Play \u6570\u636E\u5B89\u5168\u7C7B\u522B\u53CA JR/T 0171-2020 \u5206\u7EA7\u3002", "type": "string", "enum": ["name", "phone-number", "email-address", "physical-address", "other-contact-info", "date-of-birth", "gender", "occupation", "id-type", "id-number", "id-validity", "id-document-image", "bank-card-number", "account-number", "card-cvn", "card-expiry", "card-track-data", "password", "payment-password", "verification-code", "biometric-face", "biometric-fingerprint", "biometric-voiceprint", "account-balance", "transaction-records", "credit-info", "income", "other-financial-info", "health", "fitness", "precise-location", "coarse-location", "contacts", "messages", "photos-or-videos", "audio-data", "files-and-docs", "calendar", "customer-support", "other-user-content", "browsing-history", "search-history", "installed-apps", "user-id", "device-id", "advertising-id", "ip-address", "product-interaction", "advertising-data", "usage-data", "crash-data", "performance-data", "diagnostic-data", "environment-scanning", "sensitive-info", "android-id", "oaid", "imei", "imsi", "mac-address", "serial-number", "device-info", "cell-info", "wifi-info", "clipboard", "sensor-data", "social-account", "payment-info", "purchase-history", "other"], "x-enum-details": { "name": { "en": "Person's name", "zh-CN": "\u59D3\u540D", "apple": "NSPrivacyCollectedDataTypeName", "googlePlay": "Personal info: Name", "jrt0171": "C2" }, "phone-number": { "en": "Mobile or phone number", "zh-CN": "\u624B\u673A\u53F7\u7801/\u7535\u8BDD\u53F7\u7801", "apple": "NSPrivacyCollectedDataTypePhoneNumber", "googlePlay": "Personal info: Phone number", "jrt0171": "C2" }, "email-address": { "en": "Email address", "zh-CN": "\u7535\u5B50\u90AE\u4EF6\u5730\u5740", "apple": "NSPrivacyCollectedDataTypeEmailAddress", "googlePlay": "Personal info: Email address", "jrt0171": "C2" }, "physical-address": { "en": "Postal or home address", "zh-CN": "\u901A\u4FE1/\u4F4F\u5740\u5730\u5740", "apple": "NSPrivacyCollectedDataTypePhysicalAddress", "googlePlay": "Personal info: Address", "jrt0171": "C2" }, "other-contact-info": { "en": "Other contact information", "zh-CN": "\u5176\u4ED6\u8054\u7CFB\u65B9\u5F0F", "apple": "NSPrivacyCollectedDataTypeOtherUserContactInfo", "googlePlay": "Personal info: Other info", "jrt0171": "C2" }, "date-of-birth": { "en": "Date of birth", "zh-CN": "\u51FA\u751F\u65E5\u671F", "apple": "NSPrivacyCollectedDataTypeOtherDataTypes", "googlePlay": "Personal info: Other info", "jrt0171": "C2" }, "gender": { "en": "Gender", "zh-CN": "\u6027\u522B", "apple": "NSPrivacyCollectedDataTypeOtherDataTypes", "googlePlay": "Personal info: Other info", "jrt0171": "C2" }, "occupation": { "en": "Occupation and employer (KYC)", "zh-CN": "\u804C\u4E1A\u4E0E\u5DE5\u4F5C\u5355\u4F4D\uFF08\u5BA2\u6237\u8EAB\u4EFD\u8BC6\u522B\uFF09", "apple": "NSPrivacyCollectedDataTypeOtherDataTypes", "googlePlay": "Personal info: Other info", "jrt0171": "C2" }, "id-type": { "en": "Type of identity document", "zh-CN": "\u8BC1\u4EF6\u7C7B\u578B", "apple": "NSPrivacyCollectedDataTypeSensitiveInfo", "googlePlay": "Personal info: Other info", "jrt0171": "C2" }, "id-number": { "en": "Identity document number", "zh-CN": "\u8BC1\u4EF6\u53F7\u7801\uFF08\u8EAB\u4EFD\u8BC1\u53F7\u7B49\uFF09", "apple": "NSPrivacyCollectedDataTypeSensitiveInfo", "googlePlay": "Personal info: Other info", "jrt0171": "C2" }, "id-validity": { "en": "Validity period of the identity document", "zh-CN": "\u8BC1\u4EF6\u6709\u6548\u671F", "apple": "NSPrivacyCollectedDataTypeSensitiveInfo", "googlePlay": "Personal info: Other info", "jrt0171": "C2" }, "id-document-image": { "en": "Image of an identity document", "zh-CN": "\u8BC1\u4EF6\u5F71\u50CF", "apple": "NSPrivacyCollectedDataTypeSensitiveInfo", "googlePlay": "Photos and videos: Photos", "jrt0171": "C2" }, "bank-card-number": { "en": "Bank card number", "zh-CN": "\u94F6\u884C\u5361\u53F7", "apple": "NSPrivacyCollectedDataTypePaymentInfo", "googlePlay": "Financial info: User payment info", "jrt0171": "C2" }, "account-number": { "en": "Bank or payment account number", "zh-CN": "\u94F6\u884C/\u652F\u4ED8\u8D26\u53F7", "apple": "NSPrivacyCollectedDataTypePaymentInfo", "googlePlay": "Financial info: User payment info", "jrt0171": "C2" }, "card-cvn": { "en": "Card verification number (CVN/CVV)", "zh-CN": "\u5361\u7247\u9A8C\u8BC1\u7801\uFF08CVN/CVV\uFF09", "apple": "NSPrivacyCollectedDataTypePaymentInfo", "googlePlay": "Financial info: User payment info", "jrt0171": "C3" }, "card-expiry": { "en": "Card expiry date", "zh-CN": "\u5361\u7247\u6709\u6548\u671F", "apple": "NSPrivacyCollectedDataTypePaymentInfo", "googlePlay": "Financial info: User payment info", "jrt0171": "C3" }, "card-track-data": { "en": "Magnetic stripe or chip track data", "zh-CN": "\u78C1\u9053/\u82AF\u7247\u6570\u636E", "apple": "NSPrivacyCollectedDataTypePaymentInfo", "googlePlay": "Financial info: User payment info", "jrt0171": "C3" }, "password": { "en": "Login password", "zh-CN": "\u767B\u5F55\u5BC6\u7801", "apple": "NSPrivacyCollectedDataTypeOtherDataTypes", "googlePlay": "Personal info: Other info", "jrt0171": "C3" }, "payment-password": { "en": "Payment or transaction password / PIN", "zh-CN": "\u652F\u4ED8/\u4EA4\u6613\u5BC6\u7801\uFF08PIN\uFF09", "apple": "NSPrivacyCollectedDataTypePaymentInfo", "googlePlay": "Financial info: User payment info", "jrt0171": "C3" }, "verification-code": { "en": "One-time verification code (SMS OTP, dynamic token)", "zh-CN": "\u4E00\u6B21\u6027\u9A8C\u8BC1\u7801\uFF08\u77ED\u4FE1\u9A8C\u8BC1\u7801\u3001\u52A8\u6001\u53E3\u4EE4\uFF09", "apple": "NSPrivacyCollectedDataTypeOtherDataTypes", "googlePlay": "Personal info: Other info", "jrt0171": "C3" }, "biometric-face": { "en": "Face image or template used for authentication", "zh-CN": "\u7528\u4E8E\u8BA4\u8BC1\u7684\u4EBA\u8138\u56FE\u50CF\u6216\u7279\u5F81", "apple": "NSPrivacyCollectedDataTypeSensitiveInfo", "googlePlay": "Personal info: Other info", "jrt0171": "C3" }, "biometric-fingerprint": { "en": "Fingerprint template used for authentication", "zh-CN": "\u7528\u4E8E\u8BA4\u8BC1\u7684\u6307\u7EB9\u7279\u5F81", "apple": "NSPrivacyCollectedDataTypeSensitiveInfo", "googlePlay": "Personal info: Other info", "jrt0171": "C3" }, "biometric-voiceprint": { "en": "Voiceprint used for authentication", "zh-CN": "\u7528\u4E8E\u8BA4\u8BC1\u7684\u58F0\u7EB9", "apple": "NSPrivacyCollectedDataTypeSensitiveInfo", "googlePlay": "Audio: Voice or sound recordings", "jrt0171": "C3" }, "account-balance": { "en": "Account balance and assets", "zh-CN": "\u8D26\u6237\u4F59\u989D\u4E0E\u8D44\u4EA7\u4FE1\u606F", "apple": "NSPrivacyCollectedDataTypeOtherFinancialInfo", "googlePlay": "Financial info: Other financial info", "jrt0171": "C2" }, "transaction-records": { "en": "Transaction and payment records", "zh-CN": "\u4EA4\u6613\u4E0E\u652F\u4ED8\u8BB0\u5F55", "apple": "NSPrivacyCollectedDataTypePurchaseHistory", "googlePlay": "Financial info: Purchase history", "jrt0171": "C2" }, "credit-info": { "en": "Credit information and scores", "zh-CN": "\u5F81\u4FE1\u4E0E\u4FE1\u7528\u8BC4\u5206\u4FE1\u606F", "apple": "NSPrivacyCollectedDataTypeCreditInfo", "googlePlay": "Financial info: Credit score", "jrt0171": "C2" }, "income": { "en": "Income and financial status", "zh-CN": "\u6536\u5165\u4E0E\u8D22\u52A1\u72B6\u51B5", "apple": "NSPrivacyCollectedDataTypeOtherFinancialInfo", "googlePlay": "Financial info: Other financial info", "jrt0171": "C2" }, "other-financial-info": { "en": "Other financial information", "zh-CN": "\u5176\u4ED6\u91D1\u878D\u4FE1\u606F", "apple": "NSPrivacyCollectedDataTypeOtherFinancialInfo", "googlePlay": "Financial info: Other financial info", "jrt0171": "C2" }, "health": { "en": "Health information", "zh-CN": "\u5065\u5EB7\u4FE1\u606F", "apple": "NSPrivacyCollectedDataTypeHealth", "googlePlay": "Health and fitness: Health info", "jrt0171": "C2" }, "fitness": { "en": "Fitness information", "zh-CN": "\u5065\u8EAB\u8FD0\u52A8\u4FE1\u606F", "apple": "NSPrivacyCollectedDataTypeFitness", "googlePlay": "Health and fitness: Fitness info", "jrt0171": "C2" }, "precise-location": { "en": "Precise location", "zh-CN": "\u7CBE\u786E\u4F4D\u7F6E", "apple": "NSPrivacyCollectedDataTypePreciseLocation", "googlePlay": "Location: Precise location", "jrt0171": "C2" }, "coarse-location": { "en": "Approximate location", "zh-CN": "\u7C97\u7565\u4F4D\u7F6E", "apple": "NSPrivacyCollectedDataTypeCoarseLocation", "googlePlay": "Location: Approximate location", "jrt0171": "C1" }, "contacts": { "en": "Address book contacts", "zh-CN": "\u901A\u8BAF\u5F55", "apple": "NSPrivacyCollectedDataTypeContacts", "googlePlay": "Contacts", "jrt0171": "C2" }, "messages": { "en": "Emails, SMS and other messages", "zh-CN": "\u90AE\u4EF6\u3001\u77ED\u4FE1\u53CA\u5176\u4ED6\u6D88\u606F", "apple": "NSPrivacyCollectedDataTypeEmailsOrTextMessages", "googlePlay": "Messages", "jrt0171": "C2" }, "photos-or-videos": { "en": "Photos or videos", "zh-CN": "\u7167\u7247\u6216\u89C6\u9891", "apple": "NSPrivacyCollectedDataTypePhotosorVideos", "googlePlay": "Photos and videos", "jrt0171": "C2" }, "audio-data": { "en": "Audio recordings", "zh-CN": "\u5F55\u97F3", "apple": "NSPrivacyCollectedDataTypeAudioData", "googlePlay": "Audio", "jrt0171": "C2" }, "files-and-docs": { "en": "Files and documents", "zh-CN": "\u6587\u4EF6\u4E0E\u6587\u6863", "apple": "NSPrivacyCollectedDataTypeOtherUserContent", "googlePlay": "Files and docs", "jrt0171": "C2" }, "calendar": { "en": "Calendar events", "zh-CN": "\u65E5\u5386\u4E8B\u4EF6", "apple": "NSPrivacyCollectedDataTypeOtherUserContent", "googlePlay": "Calendar", "jrt0171": "C2" }, "customer-support": { "en": "Customer support records", "zh-CN": "\u5BA2\u670D\u8BB0\u5F55", "apple": "NSPrivacyCollectedDataTypeCustomerSupport", "googlePlay": "App activity: Other actions", "jrt0171": "C2" }, "other-user-content": { "en": "Other user-generated content", "zh-CN": "\u5176\u4ED6\u7528\u6237\u751F\u6210\u5185\u5BB9", "apple": "NSPrivacyCollectedDataTypeOtherUserContent", "googlePlay": "App activity: Other user-generated content", "jrt0171": "C2" }, "browsing-history": { "en": "Browsing history", "zh-CN": "\u6D4F\u89C8\u8BB0\u5F55", "apple": "NSPrivacyCollectedDataTypeBrowsingHistory", "googlePlay": "Web browsing", "jrt0171": "C1" }, "search-history": { "en": "Search history", "zh-CN": "\u641C\u7D22\u8BB0\u5F55", "apple": "NSPrivacyCollectedDataTypeSearchHistory", "googlePlay": "App activity: In-app search history", "jrt0171": "C1" }, "installed-apps": { "en": "List of installed apps", "zh-CN": "\u5DF2\u5B89\u88C5\u5E94\u7528\u5217\u8868", "apple": "NSPrivacyCollectedDataTypeOtherUsageData", "googlePlay": "App activity: Installed apps", "jrt0171": "C1" }, "user-id": { "en": "User or customer identifier", "zh-CN": "\u7528\u6237/\u5BA2\u6237\u6807\u8BC6", "apple": "NSPrivacyCollectedDataTypeUserID", "googlePlay": "Personal info: User IDs", "jrt0171": "C2" }, "device-id": { "en": "Device identifiers (IMEI, Android ID, IDFV, OAID)", "zh-CN": "\u8BBE\u5907\u6807\u8BC6\u7B26\uFF08IMEI\u3001Android ID\u3001IDFV\u3001OAID\uFF09", "apple": "NSPrivacyCollectedDataTypeDeviceID", "googlePlay": "Device or other IDs", "jrt0171": "C1" }, "advertising-id": { "en": "Advertising identifier (IDFA, GAID)", "zh-CN": "\u5E7F\u544A\u6807\u8BC6\u7B26\uFF08IDFA\u3001GAID\uFF09", "apple": "NSPrivacyCollectedDataTypeDeviceID", "googlePlay": "Device or other IDs", "jrt0171": "C1" }, "ip-address": { "en": "IP address and network information", "zh-CN": "IP \u5730\u5740\u4E0E\u7F51\u7EDC\u4FE1\u606F", "apple": "NSPrivacyCollectedDataTypeOtherDataTypes", "googlePlay": "Device or other IDs", "jrt0171": "C1" }, "product-interaction": { "en": "Taps, page views and other interactions", "zh-CN": "\u70B9\u51FB\u3001\u9875\u9762\u6D4F\u89C8\u7B49\u4EA4\u4E92\u884C\u4E3A", "apple": "NSPrivacyCollectedDataTypeProductInteraction", "googlePlay": "App activity: App interactions", "jrt0171": "C1" }, "advertising-data": { "en": "Advertising data (ads seen)", "zh-CN": "\u5E7F\u544A\u6570\u636E", "apple": "NSPrivacyCollectedDataTypeAdvertisingData", "googlePlay": "App activity: Other actions", "jrt0171": "C1" }, "usage-data": { "en": "Other usage data", "zh-CN": "\u5176\u4ED6\u4F7F\u7528\u6570\u636E", "apple": "NSPrivacyCollectedDataTypeOtherUsageData", "googlePlay": "App activity: Other actions", "jrt0171": "C1" }, "crash-data": { "en": "Crash logs", "zh-CN": "\u5D29\u6E83\u65E5\u5FD7", "apple": "NSPrivacyCollectedDataTypeCrashData", "googlePlay": "App info and performance: Crash logs", "jrt0171": "C1" }, "performance-data": { "en": "Performance data", "zh-CN": "\u6027\u80FD\u6570\u636E", "apple": "NSPrivacyCollectedDataTypePerformanceData", "googlePlay": "App info and performance: Diagnostics", "jrt0171": "C1" }, "diagnostic-data": { "en": "Other diagnostic data", "zh-CN": "\u5176\u4ED6\u8BCA\u65AD\u6570\u636E", "apple": "NSPrivacyCollectedDataTypeOtherDiagnosticData", "googlePlay": "App info and performance: Other app performance data", "jrt0171": "C1" }, "environment-scanning": { "en": "Environment scanning (surroundings, meshes)", "zh-CN": "\u73AF\u5883\u626B\u63CF\u6570\u636E", "apple": "NSPrivacyCollectedDataTypeEnvironmentScanning", "googlePlay": "App activity: Other actions", "jrt0171": "C2" }, "sensitive-info": { "en": "Other sensitive personal information (religion, ethnicity, ...)", "zh-CN": "\u5176\u4ED6\u654F\u611F\u4E2A\u4EBA\u4FE1\u606F\uFF08\u5B97\u6559\u4FE1\u4EF0\u3001\u6C11\u65CF\u7B49\uFF09", "apple": "NSPrivacyCollectedDataTypeSensitiveInfo", "googlePlay": "Personal info: Race and ethnicity / Political or religious beliefs", "jrt0171": "C2" }, "android-id": { "en": "Android ID", "zh-CN": "\u5B89\u5353\u8BBE\u5907\u6807\u8BC6\uFF08Android ID\uFF09", "apple": "NSPrivacyCollectedDataTypeDeviceID", "googlePlay": "Device or other IDs", "jrt0171": "C1" }, "oaid": { "en": "Open Anonymous Device Identifier (OAID)", "zh-CN": "\u533F\u540D\u8BBE\u5907\u6807\u8BC6\u7B26\uFF08OAID\uFF09", "apple": "NSPrivacyCollectedDataTypeDeviceID", "googlePlay": "Device or other IDs", "jrt0171": "C1" }, "imei": { "en": "IMEI / MEID", "zh-CN": "\u56FD\u9645\u79FB\u52A8\u8BBE\u5907\u8BC6\u522B\u7801\uFF08IMEI / MEID\uFF09", "apple": "NSPrivacyCollectedDataTypeDeviceID", "googlePlay": "Device or other IDs", "jrt0171": "C1" }, "imsi": { "en": "IMSI (SIM subscriber identity)", "zh-CN": "IMSI\uFF08SIM \u5361\u7528\u6237\u8BC6\u522B\u7801\uFF09", "apple": "NSPrivacyCollectedDataTypeDeviceID", "googlePlay": "Device or other IDs", "jrt0171": "C1" }, "mac-address": { "en": "MAC address", "zh-CN": "MAC \u5730\u5740", "apple": "NSPrivacyCollectedDataTypeDeviceID", "googlePlay": "Device or other IDs", "jrt0171": "C1" }, "serial-number": { "en": "Hardware serial number", "zh-CN": "\u8BBE\u5907\u5E8F\u5217\u53F7", "apple": "NSPrivacyCollectedDataTypeDeviceID", "googlePlay": "Device or other IDs", "jrt0171": "C1" }, "device-info": { "en": "Device model, OS and settings", "zh-CN": "\u8BBE\u5907\u578B\u53F7\u3001\u7CFB\u7EDF\u53CA\u8BBE\u7F6E\u4FE1\u606F", "apple": "NSPrivacyCollectedDataTypeOtherDiagnosticData", "googlePlay": "App info and performance: Other", "jrt0171": "C1" }, "cell-info": { "en": "Cellular network and base-station information", "zh-CN": "\u8702\u7A9D\u7F51\u7EDC\u53CA\u57FA\u7AD9\u4FE1\u606F", "apple": "NSPrivacyCollectedDataTypeCoarseLocation", "googlePlay": "Location: Approximate location", "jrt0171": "C1" }, "wifi-info": { "en": "Wi-Fi network names and identifiers (SSID/BSSID)", "zh-CN": "Wi-Fi \u7F51\u7EDC\u540D\u79F0\u53CA\u6807\u8BC6\uFF08SSID/BSSID\uFF09", "apple": "NSPrivacyCollectedDataTypeCoarseLocation", "googlePlay": "Location: Approximate location", "jrt0171": "C1" }, "clipboard": { "en": "Clipboard contents", "zh-CN": "\u526A\u8D34\u677F\u5185\u5BB9", "apple": "NSPrivacyCollectedDataTypeOtherUserContent", "googlePlay": "App activity: Other user-generated content", "jrt0171": "C2" }, "sensor-data": { "en": "Motion and other sensor readings", "zh-CN": "\u8FD0\u52A8\u53CA\u5176\u4ED6\u4F20\u611F\u5668\u6570\u636E", "apple": "NSPrivacyCollectedDataTypeOtherDataTypes", "googlePlay": "App info and performance: Other", "jrt0171": "C1" }, "social-account": { "en": "Social network account identifiers (WeChat/QQ/Weibo openid)", "zh-CN": "\u793E\u4EA4\u8D26\u53F7\u6807\u8BC6\uFF08\u5FAE\u4FE1/QQ/\u5FAE\u535A openid\uFF09", "apple": "NSPrivacyCollectedDataTypeUserID", "googlePlay": "Personal info: User IDs", "jrt0171": "C2" }, "payment-info": { "en": "Payment information", "zh-CN": "\u652F\u4ED8\u4FE1\u606F", "apple": "NSPrivacyCollectedDataTypePaymentInfo", "googlePlay": "Financial info: User payment info", "jrt0171": "C3" }, "purchase-history": { "en": "Purchase history", "zh-CN": "\u8D2D\u4E70\u8BB0\u5F55", "apple": "NSPrivacyCollectedDataTypePurchaseHistory", "googlePlay": "Financial info: Purchase history", "jrt0171": "C2" }, "other": { "en": "Other personal information (describe in the data flow's name)", "zh-CN": "\u5176\u4ED6\u4E2A\u4EBA\u4FE1\u606F\uFF08\u8BF7\u5728\u6570\u636E\u6D41\u540D\u79F0\u4E2D\u8BF4\u660E\uFF09", "apple": "NSPrivacyCollectedDataTypeOtherDataTypes", "googlePlay": "Personal info: Other info", "jrt0171": "C1" } } }, "purpose": { "description": "Why personal information is processed (aligned with Apple and Google Play purposes).", "x-description-zh-CN": "\u5904\u7406\u4E2A\u4EBA\u4FE1\u606F\u7684\u76EE\u7684\uFF08\u4E0E Apple\u3001Google Play \u7684\u76EE\u7684\u5206\u7C7B\u5BF9\u5E94\uFF09\u3002", "type": "string", "enum": ["app-functionality", "account-management", "authentication", "identity-verification", "transaction-processing", "fraud-prevention", "security", "regulatory-compliance", "customer-service", "analytics", "crash-reporting", "personalization", "marketing", "advertising", "developer-communications", "other"], "x-enum-details": { "app-functionality": { "en": "Core features of the app", "zh-CN": "\u5E94\u7528\u57FA\u672C\u529F\u80FD", "apple": "NSPrivacyCollectedDataTypePurposeAppFunctionality", "googlePlay": "App functionality" }, "account-management": { "en": "Opening and managing the user's account", "zh-CN": "\u5F00\u6237\u4E0E\u8D26\u6237\u7BA1\u7406", "apple": "NSPrivacyCollectedDataTypePurposeAppFunctionality", "googlePlay": "Account management" }, "authentication": { "en": "Logging in and confirming the user's identity", "zh-CN": "\u767B\u5F55\u4E0E\u8EAB\u4EFD\u8BA4\u8BC1", "apple": "NSPrivacyCollectedDataTypePurposeAppFunctionality", "googlePlay": "Account management" }, "identity-verification": { "en": "Real-name and KYC verification", "zh-CN": "\u5B9E\u540D\u4E0E\u5BA2\u6237\u8EAB\u4EFD\u8BC6\u522B\uFF08KYC\uFF09", "apple": "NSPrivacyCollectedDataTypePurposeAppFunctionality", "googlePlay": "Fraud prevention, security, and compliance" }, "transaction-processing": { "en": "Executing payments, transfers and other transactions", "zh-CN": "\u6267\u884C\u652F\u4ED8\u3001\u8F6C\u8D26\u7B49\u4EA4\u6613", "apple": "NSPrivacyCollectedDataTypePurposeAppFunctionality", "googlePlay": "App functionality" }, "fraud-prevention": { "en": "Fraud and risk control", "zh-CN": "\u53CD\u6B3A\u8BC8\u4E0E\u98CE\u9669\u63A7\u5236", "apple": "NSPrivacyCollectedDataTypePurposeAppFunctionality", "googlePlay": "Fraud prevention, security, and compliance" }, "security": { "en": "Protecting the app and the account", "zh-CN": "\u5E94\u7528\u4E0E\u8D26\u6237\u5B89\u5168\u9632\u62A4", "apple": "NSPrivacyCollectedDataTypePurposeAppFunctionality", "googlePlay": "Fraud prevention, security, and compliance" }, "regulatory-compliance": { "en": "Duties under law and regulation (AML, reporting)", "zh-CN": "\u5C65\u884C\u6CD5\u5F8B\u6CD5\u89C4\u4E49\u52A1\uFF08\u53CD\u6D17\u94B1\u3001\u62A5\u9001\u7B49\uFF09", "apple": "NSPrivacyCollectedDataTypePurposeOther", "googlePlay": "Fraud prevention, security, and compliance" }, "customer-service": { "en": "Customer service and complaints", "zh-CN": "\u5BA2\u6237\u670D\u52A1\u4E0E\u6295\u8BC9\u5904\u7406", "apple": "NSPrivacyCollectedDataTypePurposeAppFunctionality", "googlePlay": "Developer communications" }, "analytics": { "en": "Usage analytics", "zh-CN": "\u4F7F\u7528\u60C5\u51B5\u7EDF\u8BA1\u5206\u6790", "apple": "NSPrivacyCollectedDataTypePurposeAnalytics", "googlePlay": "Analytics" }, "crash-reporting": { "en": "Crash and performance reporting", "zh-CN": "\u5D29\u6E83\u4E0E\u6027\u80FD\u76D1\u6D4B", "apple": "NSPrivacyCollectedDataTypePurposeAnalytics", "googlePlay": "Analytics" }, "personalization": { "en": "Personalised content and recommendations", "zh-CN": "\u4E2A\u6027\u5316\u5185\u5BB9\u4E0E\u63A8\u8350", "apple": "NSPrivacyCollectedDataTypePurposeProductPersonalization", "googlePlay": "Personalization" }, "marketing": { "en": "Marketing by the institution", "zh-CN": "\u672C\u673A\u6784\u8425\u9500\u63A8\u5E7F", "apple": "NSPrivacyCollectedDataTypePurposeDeveloperAdvertising", "googlePlay": "Advertising or marketing" }, "advertising": { "en": "Third-party advertising", "zh-CN": "\u7B2C\u4E09\u65B9\u5E7F\u544A", "apple": "NSPrivacyCollectedDataTypePurposeThirdPartyAdvertising", "googlePlay": "Advertising or marketing" }, "developer-communications": { "en": "Notifications and messages to the user", "zh-CN": "\u5411\u7528\u6237\u53D1\u9001\u901A\u77E5\u4E0E\u6D88\u606F", "apple": "NSPrivacyCollectedDataTypePurposeAppFunctionality", "googlePlay": "Developer communications" }, "other": { "en": "Other purpose (describe in the data flow's name)", "zh-CN": "\u5176\u4ED6\u76EE\u7684\uFF08\u8BF7\u5728\u6570\u636E\u6D41\u540D\u79F0\u4E2D\u8BF4\u660E\uFF09", "apple": "NSPrivacyCollectedDataTypePurposeOther", "googlePlay": "App functionality" } } }, "legalBasis": { "description": "Legal basis under the Personal Information Protection Law (PIPL) art. 13.", "x-description-zh-CN": "\u300A\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u6CD5\u300B\u7B2C\u5341\u4E09\u6761\u89C4\u5B9A\u7684\u5904\u7406\u4F9D\u636E\u3002", "type": "string", "enum": ["consent", "separate-consent", "contract", "employment", "legal-obligation", "vital-interests", "public-interest", "public-information", "other-law"], "x-enum-details": { "consent": { "en": "Consent of the individual (PIPL art. 13(1))", "zh-CN": "\u4E2A\u4EBA\u540C\u610F\uFF08\u300A\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u6CD5\u300B\u7B2C\u5341\u4E09\u6761\u7B2C\u4E00\u9879\uFF09" }, "separate-consent": { "en": "Separate consent, required for sensitive PI, sharing and cross-border transfer (PIPL art. 23, 29, 39)", "zh-CN": "\u5355\u72EC\u540C\u610F\uFF08\u654F\u611F\u4E2A\u4EBA\u4FE1\u606F\u3001\u5BF9\u5916\u63D0\u4F9B\u3001\u51FA\u5883\u6240\u9700\uFF0C\u300A\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u6CD5\u300B\u7B2C\u4E8C\u5341\u4E09\u3001\u4E8C\u5341\u4E5D\u3001\u4E09\u5341\u4E5D\u6761\uFF09" }, "contract": { "en": "Necessary to conclude or perform a contract with the individual (art. 13(2))", "zh-CN": "\u8BA2\u7ACB\u3001\u5C65\u884C\u4E2A\u4EBA\u4F5C\u4E3A\u4E00\u65B9\u5F53\u4E8B\u4EBA\u7684\u5408\u540C\u6240\u5FC5\u9700\uFF08\u7B2C\u5341\u4E09\u6761\u7B2C\u4E8C\u9879\uFF09" }, "employment": { "en": "Necessary for human-resources management (art. 13(2))", "zh-CN": "\u5B9E\u65BD\u4EBA\u529B\u8D44\u6E90\u7BA1\u7406\u6240\u5FC5\u9700\uFF08\u7B2C\u5341\u4E09\u6761\u7B2C\u4E8C\u9879\uFF09" }, "legal-obligation": { "en": "Necessary to fulfil a statutory duty or obligation, e.g. AML (art. 13(3))", "zh-CN": "\u5C65\u884C\u6CD5\u5B9A\u804C\u8D23\u6216\u6CD5\u5B9A\u4E49\u52A1\u6240\u5FC5\u9700\uFF0C\u5982\u53CD\u6D17\u94B1\uFF08\u7B2C\u5341\u4E09\u6761\u7B2C\u4E09\u9879\uFF09" }, "vital-interests": { "en": "Public-health emergency or protection of life, health and property (art. 13(4))", "zh-CN": "\u5E94\u5BF9\u7A81\u53D1\u516C\u5171\u536B\u751F\u4E8B\u4EF6\u6216\u4FDD\u62A4\u751F\u547D\u5065\u5EB7\u548C\u8D22\u4EA7\u5B89\u5168\uFF08\u7B2C\u5341\u4E09\u6761\u7B2C\u56DB\u9879\uFF09" }, "public-interest": { "en": "News reporting or supervision by public opinion in the public interest (art. 13(5))", "zh-CN": "\u4E3A\u516C\u5171\u5229\u76CA\u5B9E\u65BD\u65B0\u95FB\u62A5\u9053\u3001\u8206\u8BBA\u76D1\u7763\uFF08\u7B2C\u5341\u4E09\u6761\u7B2C\u4E94\u9879\uFF09" }, "public-information": { "en": "Information already lawfully made public (art. 13(6))", "zh-CN": "\u5904\u7406\u4F9D\u6CD5\u5DF2\u516C\u5F00\u7684\u4E2A\u4EBA\u4FE1\u606F\uFF08\u7B2C\u5341\u4E09\u6761\u7B2C\u516D\u9879\uFF09" }, "other-law": { "en": "Other circumstances provided by law (art. 13(7))", "zh-CN": "\u6CD5\u5F8B\u3001\u884C\u653F\u6CD5\u89C4\u89C4\u5B9A\u7684\u5176\u4ED6\u60C5\u5F62\uFF08\u7B2C\u5341\u4E09\u6761\u7B2C\u4E03\u9879\uFF09" } } }, "outsourcingService": { "description": "A service provided by an outsourcing vendor.", "x-description-zh-CN": "\u5916\u5305\u670D\u52A1\u7C7B\u578B\u3002", "type": "string", "enum": ["development", "maintenance", "operations", "hosting", "testing", "security-testing", "hardening", "design", "content", "customer-service", "marketing", "data-analysis", "publishing", "other"], "x-enum-details": { "development": { "en": "Software development", "zh-CN": "\u8F6F\u4EF6\u5F00\u53D1" }, "maintenance": { "en": "Maintenance and bug fixing", "zh-CN": "\u7EF4\u62A4\u4E0E\u7F3A\u9677\u4FEE\u590D" }, "operations": { "en": "Operation of the app or its back end", "zh-CN": "\u5E94\u7528\u6216\u540E\u53F0\u8FD0\u8425\u8FD0\u7EF4" }, "hosting": { "en": "Hosting, cloud or CDN", "zh-CN": "\u6258\u7BA1\u3001\u4E91\u670D\u52A1\u6216 CDN" }, "testing": { "en": "Functional or compatibility testing", "zh-CN": "\u529F\u80FD\u6216\u517C\u5BB9\u6027\u6D4B\u8BD5" }, "security-testing": { "en": "Security or penetration testing", "zh-CN": "\u5B89\u5168\u6D4B\u8BD5\u6216\u6E17\u900F\u6D4B\u8BD5" }, "hardening": { "en": "App hardening and reinforcement", "zh-CN": "\u5E94\u7528\u52A0\u56FA" }, "design": { "en": "UI/UX design", "zh-CN": "\u754C\u9762\u4E0E\u4EA4\u4E92\u8BBE\u8BA1" }, "content": { "en": "Content production and publishing", "zh-CN": "\u5185\u5BB9\u5236\u4F5C\u4E0E\u53D1\u5E03" }, "customer-service": { "en": "Customer service", "zh-CN": "\u5BA2\u6237\u670D\u52A1" }, "marketing": { "en": "Marketing and promotion", "zh-CN": "\u8425\u9500\u63A8\u5E7F" }, "data-analysis": { "en": "Data analysis", "zh-CN": "\u6570\u636E\u5206\u6790" }, "publishing": { "en": "Publishing to stores on the institution's behalf", "zh-CN": "\u4EE3\u4E3A\u4E0A\u67B6\u53D1\u5E03" }, "other": { "en": "Other service", "zh-CN": "\u5176\u4ED6\u670D\u52A1" } } }, "platform": { "description": "A store or platform where the app is published.", "x-description-zh-CN": "\u5E94\u7528\u53D1\u5E03\u7684\u5546\u5E97\u6216\u5E73\u53F0\u3002", "type": "string", "enum": ["apple-app-store", "google-play", "huawei-appgallery", "honor", "xiaomi", "oppo", "vivo", "tencent-myapp", "samsung", "meizu", "baidu", "360", "official-website", "wechat", "alipay", "douyin", "baidu-smart-program", "unionpay", "other"], "x-enum-details": { "360": { "en": "360 Mobile Assistant" }, "apple-app-store": { "en": "Apple App Store" }, "google-play": { "en": "Google Play" }, "huawei-appgallery": { "en": "Huawei AppGallery (Android and HarmonyOS)" }, "honor": { "en": "Honor App Market" }, "xiaomi": { "en": "Xiaomi GetApps" }, "oppo": { "en": "OPPO Software Store" }, "vivo": { "en": "vivo App Store" }, "tencent-myapp": { "en": "Tencent MyApp (\u5E94\u7528\u5B9D)" }, "samsung": { "en": "Samsung Galaxy Store" }, "meizu": { "en": "Meizu App Store" }, "baidu": { "en": "Baidu Mobile Assistant" }, "official-website": { "en": "The institution's own download page" }, "wechat": { "en": "WeChat (mini-programs, official accounts)" }, "alipay": { "en": "Alipay (mini-programs)" }, "douyin": { "en": "Douyin (mini-programs)" }, "baidu-smart-program": { "en": "Baidu smart programs" }, "unionpay": { "en": "UnionPay Cloud QuickPass (mini-programs)" }, "other": { "en": "Other platform" } } }, "appKind": { "description": "A kind of mobile application (art. 1): native apps, mini-programs, official accounts, H5.", "x-description-zh-CN": "\u79FB\u52A8\u5E94\u7528\u7C7B\u578B\uFF08\u7B2C\u4E00\u6761\uFF09\uFF1A\u539F\u751F\u5E94\u7528\u3001\u5C0F\u7A0B\u5E8F\u3001\u516C\u4F17\u53F7\u3001H5\u3002", "type": "string", "enum": ["android", "ios", "harmonyos", "mini-program", "official-account", "h5"] }, "domain": { "description": "A host name, optionally with a leading `*.` wildcard.", "x-description-zh-CN": "\u57DF\u540D\uFF0C\u53EF\u7528 `*.` \u524D\u7F00\u8868\u793A\u901A\u914D\u3002", "type": "string", "pattern": "^(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,62}$", "examples": ["api.example.com", "*.example.com"] }, "purl": { "description": "A package URL without version (`pkg:maven/com.umeng.umsdk/common`, `pkg:cocoapods/UMCommon`).", "x-description-zh-CN": "\u4E0D\u5E26\u7248\u672C\u53F7\u7684 package URL\uFF08\u5982 `pkg:maven/com.umeng.umsdk/common`\uFF09\u3002", "type": "string", "pattern": "^pkg:[a-z][a-z0-9.+-]*/[^@\\s]+$", "examples": ["pkg:maven/com.umeng.umsdk/common"] }, "waiver": { "description": "An approved exception to a rule. It is shown in every report, and an expired waiver is itself a finding.", "x-description-zh-CN": "\u7ECF\u6279\u51C6\u7684\u89C4\u5219\u8C41\u514D\u3002\u6BCF\u4EFD\u62A5\u544A\u90FD\u4F1A\u5217\u51FA\uFF0C\u8FC7\u671F\u7684\u8C41\u514D\u672C\u8EAB\u5373\u4E3A\u95EE\u9898\u3002", "type": "object", "additionalProperties": false, "properties": { "rule": { "description": "Rule id (`nfra/sdk-declared`).", "x-description-zh-CN": "\u89C4\u5219\u7F16\u53F7\uFF08\u5982 `nfra/sdk-declared`\uFF09\u3002", "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9.-]*)+$", "examples": ["nfra/sdk-declared"] }, "scope": { "description": "Narrows the waiver to one subject (a purl, a data flow name, a manifest path); without it the whole rule is waived for this app.", "x-description-zh-CN": "\u5C06\u8C41\u514D\u9650\u5B9A\u4E8E\u67D0\u4E00\u5BF9\u8C61\uFF08purl\u3001\u6570\u636E\u6D41\u540D\u79F0\u6216\u6E05\u5355\u8DEF\u5F84\uFF09\uFF1B\u4E0D\u586B\u5219\u5BF9\u672C\u5E94\u7528\u6574\u6761\u89C4\u5219\u8C41\u514D\u3002", "type": "string", "minLength": 1 }, "reason": { "description": "Why the exception is acceptable.", "x-description-zh-CN": "\u8C41\u514D\u7406\u7531\u3002", "type": "string", "minLength": 1 }, "ticket": { "description": "Risk or change ticket.", "x-description-zh-CN": "\u98CE\u9669\u6216\u53D8\u66F4\u5DE5\u5355\u53F7\u3002", "type": "string" }, "approvedBy": { "description": "Who approved it.", "x-description-zh-CN": "\u6279\u51C6\u4EBA\u3002", "$ref": "#/$defs/person" }, "approvedAt": { "description": "Date of approval.", "x-description-zh-CN": "\u6279\u51C6\u65E5\u671F\u3002", "$ref": "#/$defs/date" }, "expires": { "description": "Last day the waiver applies.", "x-description-zh-CN": "\u8C41\u514D\u622A\u6B62\u65E5\u671F\u3002", "$ref": "#/$defs/date" } }, "required": ["rule", "reason", "expires"] } } };
  const schema32 = { "description": "A kind of mobile application (art. 1): native apps, mini-programs, official accounts, H5.", "x-description-zh-CN": "\u79FB\u52A8\u5E94\u7528\u7C7B\u578B\uFF08\u7B2C\u4E00\u6761\uFF09\uFF1A\u539F\u751F\u5E94\u7528\u3001\u5C0F\u7A0B\u5E8F\u3001\u516C\u4F17\u53F7\u3001H5\u3002", "type": "string", "enum": ["android", "ios", "harmonyos", "mini-program", "official-account", "h5"] };
  const schema33 = { "description": "A calendar date, ISO 8601 `YYYY-MM-DD` (quote-free: YAML keeps it a string).", "x-description-zh-CN": "\u65E5\u5386\u65E5\u671F\uFF0CISO 8601 \u683C\u5F0F `YYYY-MM-DD`\u3002", "type": "string", "format": "date", "examples": ["2025-03-31"] };
  const schema39 = { "description": "Where the evidence is: an `https://` URL or a path inside the repository (`docs/pentest-2025.pdf`), never `http://`.", "x-description-zh-CN": "\u8BC1\u636E\u6240\u5728\u4F4D\u7F6E\uFF1A`https://` \u94FE\u63A5\u6216\u4ED3\u5E93\u5185\u7684\u76F8\u5BF9\u8DEF\u5F84\uFF08\u5982 `docs/pentest-2025.pdf`\uFF09\uFF0C\u4E0D\u5F97\u4F7F\u7528 `http://`\u3002", "type": "string", "format": "link", "minLength": 1, "examples": ["https://intranet.example.com/reports/123", "docs/security/pentest-2025.pdf"] };
  const schema40 = { "description": "A store or platform where the app is published.", "x-description-zh-CN": "\u5E94\u7528\u53D1\u5E03\u7684\u5546\u5E97\u6216\u5E73\u53F0\u3002", "type": "string", "enum": ["apple-app-store", "google-play", "huawei-appgallery", "honor", "xiaomi", "oppo", "vivo", "tencent-myapp", "samsung", "meizu", "baidu", "360", "official-website", "wechat", "alipay", "douyin", "baidu-smart-program", "unionpay", "other"], "x-enum-details": { "360": { "en": "360 Mobile Assistant" }, "apple-app-store": { "en": "Apple App Store" }, "google-play": { "en": "Google Play" }, "huawei-appgallery": { "en": "Huawei AppGallery (Android and HarmonyOS)" }, "honor": { "en": "Honor App Market" }, "xiaomi": { "en": "Xiaomi GetApps" }, "oppo": { "en": "OPPO Software Store" }, "vivo": { "en": "vivo App Store" }, "tencent-myapp": { "en": "Tencent MyApp (\u5E94\u7528\u5B9D)" }, "samsung": { "en": "Samsung Galaxy Store" }, "meizu": { "en": "Meizu App Store" }, "baidu": { "en": "Baidu Mobile Assistant" }, "official-website": { "en": "The institution's own download page" }, "wechat": { "en": "WeChat (mini-programs, official accounts)" }, "alipay": { "en": "Alipay (mini-programs)" }, "douyin": { "en": "Douyin (mini-programs)" }, "baidu-smart-program": { "en": "Baidu smart programs" }, "unionpay": { "en": "UnionPay Cloud QuickPass (mini-programs)" }, "other": { "en": "Other platform" } } };
  const schema41 = { "description": "An `https://` URL that users can open.", "x-description-zh-CN": "\u7528\u6237\u53EF\u8BBF\u95EE\u7684 `https://` \u94FE\u63A5\u3002", "type": "string", "format": "https-url", "examples": ["https://www.example.com/privacy"] };
  const schema48 = { "description": "A package URL without version (`pkg:maven/com.umeng.umsdk/common`, `pkg:cocoapods/UMCommon`).", "x-description-zh-CN": "\u4E0D\u5E26\u7248\u672C\u53F7\u7684 package URL\uFF08\u5982 `pkg:maven/com.umeng.umsdk/common`\uFF09\u3002", "type": "string", "pattern": "^pkg:[a-z][a-z0-9.+-]*/[^@\\s]+$", "examples": ["pkg:maven/com.umeng.umsdk/common"] };
  const schema49 = { "description": "A kind of personal information; ids follow Apple's `NSPrivacyCollectedDataType*`, Google Play data safety categories and the JR/T 0171-2020 classes.", "x-description-zh-CN": "\u4E2A\u4EBA\u4FE1\u606F\u7C7B\u578B\uFF1B\u53D6\u503C\u5BF9\u5E94 Apple `NSPrivacyCollectedDataType*`\u3001Google Play \u6570\u636E\u5B89\u5168\u7C7B\u522B\u53CA JR/T 0171-2020 \u5206\u7EA7\u3002", "type": "string", "enum": ["name", "phone-number", "email-address", "physical-address", "other-contact-info", "date-of-birth", "gender", "occupation", "id-type", "id-number", "id-validity", "id-document-image", "bank-card-number", "account-number", "card-cvn", "card-expiry", "card-track-data", "password", "payment-password", "verification-code", "biometric-face", "biometric-fingerprint", "biometric-voiceprint", "account-balance", "transaction-records", "credit-info", "income", "other-financial-info", "health", "fitness", "precise-location", "coarse-location", "contacts", "messages", "photos-or-videos", "audio-data", "files-and-docs", "calendar", "customer-support", "other-user-content", "browsing-history", "search-history", "installed-apps", "user-id", "device-id", "advertising-id", "ip-address", "product-interaction", "advertising-data", "usage-data", "crash-data", "performance-data", "diagnostic-data", "environment-scanning", "sensitive-info", "android-id", "oaid", "imei", "imsi", "mac-address", "serial-number", "device-info", "cell-info", "wifi-info", "clipboard", "sensor-data", "social-account", "payment-info", "purchase-history", "other"], "x-enum-details": { "name": { "en": "Person's name", "zh-CN": "\u59D3\u540D", "apple": "NSPrivacyCollectedDataTypeName", "googlePlay": "Personal info: Name", "jrt0171": "C2" }, "phone-number": { "en": "Mobile or phone number", "zh-CN": "\u624B\u673A\u53F7\u7801/\u7535\u8BDD\u53F7\u7801", "apple": "NSPrivacyCollectedDataTypePhoneNumber", "googlePlay": "Personal info: Phone number", "jrt0171": "C2" }, "email-address": { "en": "Email address", "zh-CN": "\u7535\u5B50\u90AE\u4EF6\u5730\u5740", "apple": "NSPrivacyCollectedDataTypeEmailAddress", "googlePlay": "Personal info: Email address", "jrt0171": "C2" }, "physical-address": { "en": "Postal or home address", "zh-CN": "\u901A\u4FE1/\u4F4F\u5740\u5730\u5740", "apple": "NSPrivacyCollectedDataTypePhysicalAddress", "googlePlay": "Personal info: Address", "jrt0171": "C2" }, "other-contact-info": { "en": "Other contact information", "zh-CN": "\u5176\u4ED6\u8054\u7CFB\u65B9\u5F0F", "apple": "NSPrivacyCollectedDataTypeOtherUserContactInfo", "googlePlay": "Personal info: Other info", "jrt0171": "C2" }, "date-of-birth": { "en": "Date of birth", "zh-CN": "\u51FA\u751F\u65E5\u671F", "apple": "NSPrivacyCollectedDataTypeOtherDataTypes", "googlePlay": "Personal info: Other info", "jrt0171": "C2" }, "gender": { "en": "Gender", "zh-CN": "\u6027\u522B", "apple": "NSPrivacyCollectedDataTypeOtherDataTypes", "googlePlay": "Personal info: Other info", "jrt0171": "C2" }, "occupation": { "en": "Occupation and employer (KYC)", "zh-CN": "\u804C\u4E1A\u4E0E\u5DE5\u4F5C\u5355\u4F4D\uFF08\u5BA2\u6237\u8EAB\u4EFD\u8BC6\u522B\uFF09", "apple": "NSPrivacyCollectedDataTypeOtherDataTypes", "googlePlay": "Personal info: Other info", "jrt0171": "C2" }, "id-type": { "en": "Type of identity document", "zh-CN": "\u8BC1\u4EF6\u7C7B\u578B", "apple": "NSPrivacyCollectedDataTypeSensitiveInfo", "googlePlay": "Personal info: Other info", "jrt0171": "C2" }, "id-number": { "en": "Identity document number", "zh-CN": "\u8BC1\u4EF6\u53F7\u7801\uFF08\u8EAB\u4EFD\u8BC1\u53F7\u7B49\uFF09", "apple": "NSPrivacyCollectedDataTypeSensitiveInfo", "googlePlay": "Personal info: Other info", "jrt0171": "C2" }, "id-validity": { "en": "Validity period of the identity document", "zh-CN": "\u8BC1\u4EF6\u6709\u6548\u671F", "apple": "NSPrivacyCollectedDataTypeSensitiveInfo", "googlePlay": "Personal info: Other info", "jrt0171": "C2" }, "id-document-image": { "en": "Image of an identity document", "zh-CN": "\u8BC1\u4EF6\u5F71\u50CF", "apple": "NSPrivacyCollectedDataTypeSensitiveInfo", "googlePlay": "Photos and videos: Photos", "jrt0171": "C2" }, "bank-card-number": { "en": "Bank card number", "zh-CN": "\u94F6\u884C\u5361\u53F7", "apple": "NSPrivacyCollectedDataTypePaymentInfo", "googlePlay": "Financial info: User payment info", "jrt0171": "C2" }, "account-number": { "en": "Bank or payment account number", "zh-CN": "\u94F6\u884C/\u652F\u4ED8\u8D26\u53F7", "apple": "NSPrivacyCollectedDataTypePaymentInfo", "googlePlay": "Financial info: User payment info", "jrt0171": "C2" }, "card-cvn": { "en": "Card verification number (CVN/CVV)", "zh-CN": "\u5361\u7247\u9A8C\u8BC1\u7801\uFF08CVN/CVV\uFF09", "apple": "NSPrivacyCollectedDataTypePaymentInfo", "googlePlay": "Financial info: User payment info", "jrt0171": "C3" }, "card-expiry": { "en": "Card expiry date", "zh-CN": "\u5361\u7247\u6709\u6548\u671F", "apple": "NSPrivacyCollectedDataTypePaymentInfo", "googlePlay": "Financial info: User payment info", "jrt0171": "C3" }, "card-track-data": { "en": "Magnetic stripe or chip track data", "zh-CN": "\u78C1\u9053/\u82AF\u7247\u6570\u636E", "apple": "NSPrivacyCollectedDataTypePaymentInfo", "googlePlay": "Financial info: User payment info", "jrt0171": "C3" }, "password": { "en": "Login password", "zh-CN": "\u767B\u5F55\u5BC6\u7801", "apple": "NSPrivacyCollectedDataTypeOtherDataTypes", "googlePlay": "Personal info: Other info", "jrt0171": "C3" }, "payment-password": { "en": "Payment or transaction password / PIN", "zh-CN": "\u652F\u4ED8/\u4EA4\u6613\u5BC6\u7801\uFF08PIN\uFF09", "apple": "NSPrivacyCollectedDataTypePaymentInfo", "googlePlay": "Financial info: User payment info", "jrt0171": "C3" }, "verification-code": { "en": "One-time verification code (SMS OTP, dynamic token)", "zh-CN": "\u4E00\u6B21\u6027\u9A8C\u8BC1\u7801\uFF08\u77ED\u4FE1\u9A8C\u8BC1\u7801\u3001\u52A8\u6001\u53E3\u4EE4\uFF09", "apple": "NSPrivacyCollectedDataTypeOtherDataTypes", "googlePlay": "Personal info: Other info", "jrt0171": "C3" }, "biometric-face": { "en": "Face image or template used for authentication", "zh-CN": "\u7528\u4E8E\u8BA4\u8BC1\u7684\u4EBA\u8138\u56FE\u50CF\u6216\u7279\u5F81", "apple": "NSPrivacyCollectedDataTypeSensitiveInfo", "googlePlay": "Personal info: Other info", "jrt0171": "C3" }, "biometric-fingerprint": { "en": "Fingerprint template used for authentication", "zh-CN": "\u7528\u4E8E\u8BA4\u8BC1\u7684\u6307\u7EB9\u7279\u5F81", "apple": "NSPrivacyCollectedDataTypeSensitiveInfo", "googlePlay": "Personal info: Other info", "jrt0171": "C3" }, "biometric-voiceprint": { "en": "Voiceprint used for authentication", "zh-CN": "\u7528\u4E8E\u8BA4\u8BC1\u7684\u58F0\u7EB9", "apple": "NSPrivacyCollectedDataTypeSensitiveInfo", "googlePlay": "Audio: Voice or sound recordings", "jrt0171": "C3" }, "account-balance": { "en": "Account balance and assets", "zh-CN": "\u8D26\u6237\u4F59\u989D\u4E0E\u8D44\u4EA7\u4FE1\u606F", "apple": "NSPrivacyCollectedDataTypeOtherFinancialInfo", "googlePlay": "Financial info: Other financial info", "jrt0171": "C2" }, "transaction-records": { "en": "Transaction and payment records", "zh-CN": "\u4EA4\u6613\u4E0E\u652F\u4ED8\u8BB0\u5F55", "apple": "NSPrivacyCollectedDataTypePurchaseHistory", "googlePlay": "Financial info: Purchase history", "jrt0171": "C2" }, "credit-info": { "en": "Credit information and scores", "zh-CN": "\u5F81\u4FE1\u4E0E\u4FE1\u7528\u8BC4\u5206\u4FE1\u606F", "apple": "NSPrivacyCollectedDataTypeCreditInfo", "googlePlay": "Financial info: Credit score", "jrt0171": "C2" }, "income": { "en": "Income and financial status", "zh-CN": "\u6536\u5165\u4E0E\u8D22\u52A1\u72B6\u51B5", "apple": "NSPrivacyCollectedDataTypeOtherFinancialInfo", "googlePlay": "Financial info: Other financial info", "jrt0171": "C2" }, "other-financial-info": { "en": "Other financial information", "zh-CN": "\u5176\u4ED6\u91D1\u878D\u4FE1\u606F", "apple": "NSPrivacyCollectedDataTypeOtherFinancialInfo", "googlePlay": "Financial info: Other financial info", "jrt0171": "C2" }, "health": { "en": "Health information", "zh-CN": "\u5065\u5EB7\u4FE1\u606F", "apple": "NSPrivacyCollectedDataTypeHealth", "googlePlay": "Health and fitness: Health info", "jrt0171": "C2" }, "fitness": { "en": "Fitness information", "zh-CN": "\u5065\u8EAB\u8FD0\u52A8\u4FE1\u606F", "apple": "NSPrivacyCollectedDataTypeFitness", "googlePlay": "Health and fitness: Fitness info", "jrt0171": "C2" }, "precise-location": { "en": "Precise location", "zh-CN": "\u7CBE\u786E\u4F4D\u7F6E", "apple": "NSPrivacyCollectedDataTypePreciseLocation", "googlePlay": "Location: Precise location", "jrt0171": "C2" }, "coarse-location": { "en": "Approximate location", "zh-CN": "\u7C97\u7565\u4F4D\u7F6E", "apple": "NSPrivacyCollectedDataTypeCoarseLocation", "googlePlay": "Location: Approximate location", "jrt0171": "C1" }, "contacts": { "en": "Address book contacts", "zh-CN": "\u901A\u8BAF\u5F55", "apple": "NSPrivacyCollectedDataTypeContacts", "googlePlay": "Contacts", "jrt0171": "C2" }, "messages": { "en": "Emails, SMS and other messages", "zh-CN": "\u90AE\u4EF6\u3001\u77ED\u4FE1\u53CA\u5176\u4ED6\u6D88\u606F", "apple": "NSPrivacyCollectedDataTypeEmailsOrTextMessages", "googlePlay": "Messages", "jrt0171": "C2" }, "photos-or-videos": { "en": "Photos or videos", "zh-CN": "\u7167\u7247\u6216\u89C6\u9891", "apple": "NSPrivacyCollectedDataTypePhotosorVideos", "googlePlay": "Photos and videos", "jrt0171": "C2" }, "audio-data": { "en": "Audio recordings", "zh-CN": "\u5F55\u97F3", "apple": "NSPrivacyCollectedDataTypeAudioData", "googlePlay": "Audio", "jrt0171": "C2" }, "files-and-docs": { "en": "Files and documents", "zh-CN": "\u6587\u4EF6\u4E0E\u6587\u6863", "apple": "NSPrivacyCollectedDataTypeOtherUserContent", "googlePlay": "Files and docs", "jrt0171": "C2" }, "calendar": { "en": "Calendar events", "zh-CN": "\u65E5\u5386\u4E8B\u4EF6", "apple": "NSPrivacyCollectedDataTypeOtherUserContent", "googlePlay": "Calendar", "jrt0171": "C2" }, "customer-support": { "en": "Customer support records", "zh-CN": "\u5BA2\u670D\u8BB0\u5F55", "apple": "NSPrivacyCollectedDataTypeCustomerSupport", "googlePlay": "App activity: Other actions", "jrt0171": "C2" }, "other-user-content": { "en": "Other user-generated content", "zh-CN": "\u5176\u4ED6\u7528\u6237\u751F\u6210\u5185\u5BB9", "apple": "NSPrivacyCollectedDataTypeOtherUserContent", "googlePlay": "App activity: Other user-generated content", "jrt0171": "C2" }, "browsing-history": { "en": "Browsing history", "zh-CN": "\u6D4F\u89C8\u8BB0\u5F55", "apple": "NSPrivacyCollectedDataTypeBrowsingHistory", "googlePlay": "Web browsing", "jrt0171": "C1" }, "search-history": { "en": "Search history", "zh-CN": "\u641C\u7D22\u8BB0\u5F55", "apple": "NSPrivacyCollectedDataTypeSearchHistory", "googlePlay": "App activity: In-app search history", "jrt0171": "C1" }, "installed-apps": { "en": "List of installed apps", "zh-CN": "\u5DF2\u5B89\u88C5\u5E94\u7528\u5217\u8868", "apple": "NSPrivacyCollectedDataTypeOtherUsageData", "googlePlay": "App activity: Installed apps", "jrt0171": "C1" }, "user-id": { "en": "User or customer identifier", "zh-CN": "\u7528\u6237/\u5BA2\u6237\u6807\u8BC6", "apple": "NSPrivacyCollectedDataTypeUserID", "googlePlay": "Personal info: User IDs", "jrt0171": "C2" }, "device-id": { "en": "Device identifiers (IMEI, Android ID, IDFV, OAID)", "zh-CN": "\u8BBE\u5907\u6807\u8BC6\u7B26\uFF08IMEI\u3001Android ID\u3001IDFV\u3001OAID\uFF09", "apple": "NSPrivacyCollectedDataTypeDeviceID", "googlePlay": "Device or other IDs", "jrt0171": "C1" }, "advertising-id": { "en": "Advertising identifier (IDFA, GAID)", "zh-CN": "\u5E7F\u544A\u6807\u8BC6\u7B26\uFF08IDFA\u3001GAID\uFF09", "apple": "NSPrivacyCollectedDataTypeDeviceID", "googlePlay": "Device or other IDs", "jrt0171": "C1" }, "ip-address": { "en": "IP address and network information", "zh-CN": "IP \u5730\u5740\u4E0E\u7F51\u7EDC\u4FE1\u606F", "apple": "NSPrivacyCollectedDataTypeOtherDataTypes", "googlePlay": "Device or other IDs", "jrt0171": "C1" }, "product-interaction": { "en": "Taps, page views and other interactions", "zh-CN": "\u70B9\u51FB\u3001\u9875\u9762\u6D4F\u89C8\u7B49\u4EA4\u4E92\u884C\u4E3A", "apple": "NSPrivacyCollectedDataTypeProductInteraction", "googlePlay": "App activity: App interactions", "jrt0171": "C1" }, "advertising-data": { "en": "Advertising data (ads seen)", "zh-CN": "\u5E7F\u544A\u6570\u636E", "apple": "NSPrivacyCollectedDataTypeAdvertisingData", "googlePlay": "App activity: Other actions", "jrt0171": "C1" }, "usage-data": { "en": "Other usage data", "zh-CN": "\u5176\u4ED6\u4F7F\u7528\u6570\u636E", "apple": "NSPrivacyCollectedDataTypeOtherUsageData", "googlePlay": "App activity: Other actions", "jrt0171": "C1" }, "crash-data": { "en": "Crash logs", "zh-CN": "\u5D29\u6E83\u65E5\u5FD7", "apple": "NSPrivacyCollectedDataTypeCrashData", "googlePlay": "App info and performance: Crash logs", "jrt0171": "C1" }, "performance-data": { "en": "Performance data", "zh-CN": "\u6027\u80FD\u6570\u636E", "apple": "NSPrivacyCollectedDataTypePerformanceData", "googlePlay": "App info and performance: Diagnostics", "jrt0171": "C1" }, "diagnostic-data": { "en": "Other diagnostic data", "zh-CN": "\u5176\u4ED6\u8BCA\u65AD\u6570\u636E", "apple": "NSPrivacyCollectedDataTypeOtherDiagnosticData", "googlePlay": "App info and performance: Other app performance data", "jrt0171": "C1" }, "environment-scanning": { "en": "Environment scanning (surroundings, meshes)", "zh-CN": "\u73AF\u5883\u626B\u63CF\u6570\u636E", "apple": "NSPrivacyCollectedDataTypeEnvironmentScanning", "googlePlay": "App activity: Other actions", "jrt0171": "C2" }, "sensitive-info": { "en": "Other sensitive personal information (religion, ethnicity, ...)", "zh-CN": "\u5176\u4ED6\u654F\u611F\u4E2A\u4EBA\u4FE1\u606F\uFF08\u5B97\u6559\u4FE1\u4EF0\u3001\u6C11\u65CF\u7B49\uFF09", "apple": "NSPrivacyCollectedDataTypeSensitiveInfo", "googlePlay": "Personal info: Race and ethnicity / Political or religious beliefs", "jrt0171": "C2" }, "android-id": { "en": "Android ID", "zh-CN": "\u5B89\u5353\u8BBE\u5907\u6807\u8BC6\uFF08Android ID\uFF09", "apple": "NSPrivacyCollectedDataTypeDeviceID", "googlePlay": "Device or other IDs", "jrt0171": "C1" }, "oaid": { "en": "Open Anonymous Device Identifier (OAID)", "zh-CN": "\u533F\u540D\u8BBE\u5907\u6807\u8BC6\u7B26\uFF08OAID\uFF09", "apple": "NSPrivacyCollectedDataTypeDeviceID", "googlePlay": "Device or other IDs", "jrt0171": "C1" }, "imei": { "en": "IMEI / MEID", "zh-CN": "\u56FD\u9645\u79FB\u52A8\u8BBE\u5907\u8BC6\u522B\u7801\uFF08IMEI / MEID\uFF09", "apple": "NSPrivacyCollectedDataTypeDeviceID", "googlePlay": "Device or other IDs", "jrt0171": "C1" }, "imsi": { "en": "IMSI (SIM subscriber identity)", "zh-CN": "IMSI\uFF08SIM \u5361\u7528\u6237\u8BC6\u522B\u7801\uFF09", "apple": "NSPrivacyCollectedDataTypeDeviceID", "googlePlay": "Device or other IDs", "jrt0171": "C1" }, "mac-address": { "en": "MAC address", "zh-CN": "MAC \u5730\u5740", "apple": "NSPrivacyCollectedDataTypeDeviceID", "googlePlay": "Device or other IDs", "jrt0171": "C1" }, "serial-number": { "en": "Hardware serial number", "zh-CN": "\u8BBE\u5907\u5E8F\u5217\u53F7", "apple": "NSPrivacyCollectedDataTypeDeviceID", "googlePlay": "Device or other IDs", "jrt0171": "C1" }, "device-info": { "en": "Device model, OS and settings", "zh-CN": "\u8BBE\u5907\u578B\u53F7\u3001\u7CFB\u7EDF\u53CA\u8BBE\u7F6E\u4FE1\u606F", "apple": "NSPrivacyCollectedDataTypeOtherDiagnosticData", "googlePlay": "App info and performance: Other", "jrt0171": "C1" }, "cell-info": { "en": "Cellular network and base-station information", "zh-CN": "\u8702\u7A9D\u7F51\u7EDC\u53CA\u57FA\u7AD9\u4FE1\u606F", "apple": "NSPrivacyCollectedDataTypeCoarseLocation", "googlePlay": "Location: Approximate location", "jrt0171": "C1" }, "wifi-info": { "en": "Wi-Fi network names and identifiers (SSID/BSSID)", "zh-CN": "Wi-Fi \u7F51\u7EDC\u540D\u79F0\u53CA\u6807\u8BC6\uFF08SSID/BSSID\uFF09", "apple": "NSPrivacyCollectedDataTypeCoarseLocation", "googlePlay": "Location: Approximate location", "jrt0171": "C1" }, "clipboard": { "en": "Clipboard contents", "zh-CN": "\u526A\u8D34\u677F\u5185\u5BB9", "apple": "NSPrivacyCollectedDataTypeOtherUserContent", "googlePlay": "App activity: Other user-generated content", "jrt0171": "C2" }, "sensor-data": { "en": "Motion and other sensor readings", "zh-CN": "\u8FD0\u52A8\u53CA\u5176\u4ED6\u4F20\u611F\u5668\u6570\u636E", "apple": "NSPrivacyCollectedDataTypeOtherDataTypes", "googlePlay": "App info and performance: Other", "jrt0171": "C1" }, "social-account": { "en": "Social network account identifiers (WeChat/QQ/Weibo openid)", "zh-CN": "\u793E\u4EA4\u8D26\u53F7\u6807\u8BC6\uFF08\u5FAE\u4FE1/QQ/\u5FAE\u535A openid\uFF09", "apple": "NSPrivacyCollectedDataTypeUserID", "googlePlay": "Personal info: User IDs", "jrt0171": "C2" }, "payment-info": { "en": "Payment information", "zh-CN": "\u652F\u4ED8\u4FE1\u606F", "apple": "NSPrivacyCollectedDataTypePaymentInfo", "googlePlay": "Financial info: User payment info", "jrt0171": "C3" }, "purchase-history": { "en": "Purchase history", "zh-CN": "\u8D2D\u4E70\u8BB0\u5F55", "apple": "NSPrivacyCollectedDataTypePurchaseHistory", "googlePlay": "Financial info: Purchase history", "jrt0171": "C2" }, "other": { "en": "Other personal information (describe in the data flow's name)", "zh-CN": "\u5176\u4ED6\u4E2A\u4EBA\u4FE1\u606F\uFF08\u8BF7\u5728\u6570\u636E\u6D41\u540D\u79F0\u4E2D\u8BF4\u660E\uFF09", "apple": "NSPrivacyCollectedDataTypeOtherDataTypes", "googlePlay": "Personal info: Other info", "jrt0171": "C1" } } };
  const schema56 = { "description": "A service provided by an outsourcing vendor.", "x-description-zh-CN": "\u5916\u5305\u670D\u52A1\u7C7B\u578B\u3002", "type": "string", "enum": ["development", "maintenance", "operations", "hosting", "testing", "security-testing", "hardening", "design", "content", "customer-service", "marketing", "data-analysis", "publishing", "other"], "x-enum-details": { "development": { "en": "Software development", "zh-CN": "\u8F6F\u4EF6\u5F00\u53D1" }, "maintenance": { "en": "Maintenance and bug fixing", "zh-CN": "\u7EF4\u62A4\u4E0E\u7F3A\u9677\u4FEE\u590D" }, "operations": { "en": "Operation of the app or its back end", "zh-CN": "\u5E94\u7528\u6216\u540E\u53F0\u8FD0\u8425\u8FD0\u7EF4" }, "hosting": { "en": "Hosting, cloud or CDN", "zh-CN": "\u6258\u7BA1\u3001\u4E91\u670D\u52A1\u6216 CDN" }, "testing": { "en": "Functional or compatibility testing", "zh-CN": "\u529F\u80FD\u6216\u517C\u5BB9\u6027\u6D4B\u8BD5" }, "security-testing": { "en": "Security or penetration testing", "zh-CN": "\u5B89\u5168\u6D4B\u8BD5\u6216\u6E17\u900F\u6D4B\u8BD5" }, "hardening": { "en": "App hardening and reinforcement", "zh-CN": "\u5E94\u7528\u52A0\u56FA" }, "design": { "en": "UI/UX design", "zh-CN": "\u754C\u9762\u4E0E\u4EA4\u4E92\u8BBE\u8BA1" }, "content": { "en": "Content production and publishing", "zh-CN": "\u5185\u5BB9\u5236\u4F5C\u4E0E\u53D1\u5E03" }, "customer-service": { "en": "Customer service", "zh-CN": "\u5BA2\u6237\u670D\u52A1" }, "marketing": { "en": "Marketing and promotion", "zh-CN": "\u8425\u9500\u63A8\u5E7F" }, "data-analysis": { "en": "Data analysis", "zh-CN": "\u6570\u636E\u5206\u6790" }, "publishing": { "en": "Publishing to stores on the institution's behalf", "zh-CN": "\u4EE3\u4E3A\u4E0A\u67B6\u53D1\u5E03" }, "other": { "en": "Other service", "zh-CN": "\u5176\u4ED6\u670D\u52A1" } } };
  const schema58 = { "description": "Why personal information is processed (aligned with Apple and Google Play purposes).", "x-description-zh-CN": "\u5904\u7406\u4E2A\u4EBA\u4FE1\u606F\u7684\u76EE\u7684\uFF08\u4E0E Apple\u3001Google Play \u7684\u76EE\u7684\u5206\u7C7B\u5BF9\u5E94\uFF09\u3002", "type": "string", "enum": ["app-functionality", "account-management", "authentication", "identity-verification", "transaction-processing", "fraud-prevention", "security", "regulatory-compliance", "customer-service", "analytics", "crash-reporting", "personalization", "marketing", "advertising", "developer-communications", "other"], "x-enum-details": { "app-functionality": { "en": "Core features of the app", "zh-CN": "\u5E94\u7528\u57FA\u672C\u529F\u80FD", "apple": "NSPrivacyCollectedDataTypePurposeAppFunctionality", "googlePlay": "App functionality" }, "account-management": { "en": "Opening and managing the user's account", "zh-CN": "\u5F00\u6237\u4E0E\u8D26\u6237\u7BA1\u7406", "apple": "NSPrivacyCollectedDataTypePurposeAppFunctionality", "googlePlay": "Account management" }, "authentication": { "en": "Logging in and confirming the user's identity", "zh-CN": "\u767B\u5F55\u4E0E\u8EAB\u4EFD\u8BA4\u8BC1", "apple": "NSPrivacyCollectedDataTypePurposeAppFunctionality", "googlePlay": "Account management" }, "identity-verification": { "en": "Real-name and KYC verification", "zh-CN": "\u5B9E\u540D\u4E0E\u5BA2\u6237\u8EAB\u4EFD\u8BC6\u522B\uFF08KYC\uFF09", "apple": "NSPrivacyCollectedDataTypePurposeAppFunctionality", "googlePlay": "Fraud prevention, security, and compliance" }, "transaction-processing": { "en": "Executing payments, transfers and other transactions", "zh-CN": "\u6267\u884C\u652F\u4ED8\u3001\u8F6C\u8D26\u7B49\u4EA4\u6613", "apple": "NSPrivacyCollectedDataTypePurposeAppFunctionality", "googlePlay": "App functionality" }, "fraud-prevention": { "en": "Fraud and risk control", "zh-CN": "\u53CD\u6B3A\u8BC8\u4E0E\u98CE\u9669\u63A7\u5236", "apple": "NSPrivacyCollectedDataTypePurposeAppFunctionality", "googlePlay": "Fraud prevention, security, and compliance" }, "security": { "en": "Protecting the app and the account", "zh-CN": "\u5E94\u7528\u4E0E\u8D26\u6237\u5B89\u5168\u9632\u62A4", "apple": "NSPrivacyCollectedDataTypePurposeAppFunctionality", "googlePlay": "Fraud prevention, security, and compliance" }, "regulatory-compliance": { "en": "Duties under law and regulation (AML, reporting)", "zh-CN": "\u5C65\u884C\u6CD5\u5F8B\u6CD5\u89C4\u4E49\u52A1\uFF08\u53CD\u6D17\u94B1\u3001\u62A5\u9001\u7B49\uFF09", "apple": "NSPrivacyCollectedDataTypePurposeOther", "googlePlay": "Fraud prevention, security, and compliance" }, "customer-service": { "en": "Customer service and complaints", "zh-CN": "\u5BA2\u6237\u670D\u52A1\u4E0E\u6295\u8BC9\u5904\u7406", "apple": "NSPrivacyCollectedDataTypePurposeAppFunctionality", "googlePlay": "Developer communications" }, "analytics": { "en": "Usage analytics", "zh-CN": "\u4F7F\u7528\u60C5\u51B5\u7EDF\u8BA1\u5206\u6790", "apple": "NSPrivacyCollectedDataTypePurposeAnalytics", "googlePlay": "Analytics" }, "crash-reporting": { "en": "Crash and performance reporting", "zh-CN": "\u5D29\u6E83\u4E0E\u6027\u80FD\u76D1\u6D4B", "apple": "NSPrivacyCollectedDataTypePurposeAnalytics", "googlePlay": "Analytics" }, "personalization": { "en": "Personalised content and recommendations", "zh-CN": "\u4E2A\u6027\u5316\u5185\u5BB9\u4E0E\u63A8\u8350", "apple": "NSPrivacyCollectedDataTypePurposeProductPersonalization", "googlePlay": "Personalization" }, "marketing": { "en": "Marketing by the institution", "zh-CN": "\u672C\u673A\u6784\u8425\u9500\u63A8\u5E7F", "apple": "NSPrivacyCollectedDataTypePurposeDeveloperAdvertising", "googlePlay": "Advertising or marketing" }, "advertising": { "en": "Third-party advertising", "zh-CN": "\u7B2C\u4E09\u65B9\u5E7F\u544A", "apple": "NSPrivacyCollectedDataTypePurposeThirdPartyAdvertising", "googlePlay": "Advertising or marketing" }, "developer-communications": { "en": "Notifications and messages to the user", "zh-CN": "\u5411\u7528\u6237\u53D1\u9001\u901A\u77E5\u4E0E\u6D88\u606F", "apple": "NSPrivacyCollectedDataTypePurposeAppFunctionality", "googlePlay": "Developer communications" }, "other": { "en": "Other purpose (describe in the data flow's name)", "zh-CN": "\u5176\u4ED6\u76EE\u7684\uFF08\u8BF7\u5728\u6570\u636E\u6D41\u540D\u79F0\u4E2D\u8BF4\u660E\uFF09", "apple": "NSPrivacyCollectedDataTypePurposeOther", "googlePlay": "App functionality" } } };
  const schema59 = { "description": "Legal basis under the Personal Information Protection Law (PIPL) art. 13.", "x-description-zh-CN": "\u300A\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u6CD5\u300B\u7B2C\u5341\u4E09\u6761\u89C4\u5B9A\u7684\u5904\u7406\u4F9D\u636E\u3002", "type": "string", "enum": ["consent", "separate-consent", "contract", "employment", "legal-obligation", "vital-interests", "public-interest", "public-information", "other-law"], "x-enum-details": { "consent": { "en": "Consent of the individual (PIPL art. 13(1))", "zh-CN": "\u4E2A\u4EBA\u540C\u610F\uFF08\u300A\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u6CD5\u300B\u7B2C\u5341\u4E09\u6761\u7B2C\u4E00\u9879\uFF09" }, "separate-consent": { "en": "Separate consent, required for sensitive PI, sharing and cross-border transfer (PIPL art. 23, 29, 39)", "zh-CN": "\u5355\u72EC\u540C\u610F\uFF08\u654F\u611F\u4E2A\u4EBA\u4FE1\u606F\u3001\u5BF9\u5916\u63D0\u4F9B\u3001\u51FA\u5883\u6240\u9700\uFF0C\u300A\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u6CD5\u300B\u7B2C\u4E8C\u5341\u4E09\u3001\u4E8C\u5341\u4E5D\u3001\u4E09\u5341\u4E5D\u6761\uFF09" }, "contract": { "en": "Necessary to conclude or perform a contract with the individual (art. 13(2))", "zh-CN": "\u8BA2\u7ACB\u3001\u5C65\u884C\u4E2A\u4EBA\u4F5C\u4E3A\u4E00\u65B9\u5F53\u4E8B\u4EBA\u7684\u5408\u540C\u6240\u5FC5\u9700\uFF08\u7B2C\u5341\u4E09\u6761\u7B2C\u4E8C\u9879\uFF09" }, "employment": { "en": "Necessary for human-resources management (art. 13(2))", "zh-CN": "\u5B9E\u65BD\u4EBA\u529B\u8D44\u6E90\u7BA1\u7406\u6240\u5FC5\u9700\uFF08\u7B2C\u5341\u4E09\u6761\u7B2C\u4E8C\u9879\uFF09" }, "legal-obligation": { "en": "Necessary to fulfil a statutory duty or obligation, e.g. AML (art. 13(3))", "zh-CN": "\u5C65\u884C\u6CD5\u5B9A\u804C\u8D23\u6216\u6CD5\u5B9A\u4E49\u52A1\u6240\u5FC5\u9700\uFF0C\u5982\u53CD\u6D17\u94B1\uFF08\u7B2C\u5341\u4E09\u6761\u7B2C\u4E09\u9879\uFF09" }, "vital-interests": { "en": "Public-health emergency or protection of life, health and property (art. 13(4))", "zh-CN": "\u5E94\u5BF9\u7A81\u53D1\u516C\u5171\u536B\u751F\u4E8B\u4EF6\u6216\u4FDD\u62A4\u751F\u547D\u5065\u5EB7\u548C\u8D22\u4EA7\u5B89\u5168\uFF08\u7B2C\u5341\u4E09\u6761\u7B2C\u56DB\u9879\uFF09" }, "public-interest": { "en": "News reporting or supervision by public opinion in the public interest (art. 13(5))", "zh-CN": "\u4E3A\u516C\u5171\u5229\u76CA\u5B9E\u65BD\u65B0\u95FB\u62A5\u9053\u3001\u8206\u8BBA\u76D1\u7763\uFF08\u7B2C\u5341\u4E09\u6761\u7B2C\u4E94\u9879\uFF09" }, "public-information": { "en": "Information already lawfully made public (art. 13(6))", "zh-CN": "\u5904\u7406\u4F9D\u6CD5\u5DF2\u516C\u5F00\u7684\u4E2A\u4EBA\u4FE1\u606F\uFF08\u7B2C\u5341\u4E09\u6761\u7B2C\u516D\u9879\uFF09" }, "other-law": { "en": "Other circumstances provided by law (art. 13(7))", "zh-CN": "\u6CD5\u5F8B\u3001\u884C\u653F\u6CD5\u89C4\u89C4\u5B9A\u7684\u5176\u4ED6\u60C5\u5F62\uFF08\u7B2C\u5341\u4E09\u6761\u7B2C\u4E03\u9879\uFF09" } } };
  const schema60 = { "description": "An ISO 8601 duration: `P5Y` (five years), `P6M`, `P30D`, `PT4H`, `PT15M`.", "x-description-zh-CN": "ISO 8601 \u65F6\u957F\uFF1A`P5Y`\uFF08\u4E94\u5E74\uFF09\u3001`P6M`\u3001`P30D`\u3001`PT4H`\u3001`PT15M`\u3002", "type": "string", "format": "duration", "examples": ["PT4H"] };
  const schema62 = { "description": "A host name, optionally with a leading `*.` wildcard.", "x-description-zh-CN": "\u57DF\u540D\uFF0C\u53EF\u7528 `*.` \u524D\u7F00\u8868\u793A\u901A\u914D\u3002", "type": "string", "pattern": "^(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,62}$", "examples": ["api.example.com", "*.example.com"] };
  const schema37 = { "description": "A phone number: digits with optional `+`, spaces, hyphens and parentheses (`95588`, `+86 10 1234 5678`).", "x-description-zh-CN": "\u7535\u8BDD\u53F7\u7801\uFF1A\u6570\u5B57\uFF0C\u53EF\u542B `+`\u3001\u7A7A\u683C\u3001\u8FDE\u5B57\u7B26\u548C\u62EC\u53F7\uFF08\u5982 `95588`\u3001`+86 10 1234 5678`\uFF09\u3002", "type": "string", "pattern": "^\\+?[0-9][0-9 ()\\-]{2,24}$", "examples": ["+86 10 1234 5678"] };
  const schema36 = { "description": "An email address.", "x-description-zh-CN": "\u7535\u5B50\u90AE\u4EF6\u5730\u5740\u3002", "type": "string", "format": "email", "examples": ["wang.fang@example.com"] };
  const func1 = Object.prototype.hasOwnProperty;
  const func3 = require_ucs2length().default;
  const func0 = require_equal().default;
  const pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
  const pattern5 = new RegExp("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "u");
  const pattern6 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
  const pattern7 = new RegExp("^[A-Z]{2}$", "u");
  const pattern9 = new RegExp("^[\u4EAC\u6D25\u6CAA\u6E1D\u5180\u8C6B\u4E91\u8FBD\u9ED1\u6E58\u7696\u9C81\u65B0\u82CF\u6D59\u8D63\u9102\u6842\u7518\u664B\u8499\u9655\u5409\u95FD\u8D35\u7CA4\u9752\u85CF\u5DDD\u5B81\u743C]ICP\u5907[0-9]{4,12}\u53F7(-[0-9]{1,4}[A-Z]?)?$", "u");
  const pattern10 = new RegExp("^([0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$|^[0-9A-Fa-f]{64}$", "u");
  const pattern11 = new RegExp("^[0-9]+(\\.[0-9]+){0,3}$", "u");
  const pattern12 = new RegExp("^[0-9]+(\\.[0-9]+){0,2}$", "u");
  const pattern13 = new RegExp("^[a-z0-9][a-z0-9._-]*$", "u");
  const pattern14 = new RegExp("^pkg:[a-z][a-z0-9.+-]*/[^@\\s]+$", "u");
  const pattern15 = new RegExp("^[A-Za-z][A-Za-z0-9_.]*$", "u");
  const pattern16 = new RegExp("^(self|sdk:[a-z0-9][a-z0-9._-]*|vendor:\\S.*|third-party:\\S.*)$", "u");
  const pattern18 = new RegExp("^(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,62}$", "u");
  const pattern8 = new RegExp("^\\+?[0-9][0-9 ()\\-]{2,24}$", "u");
  const pattern20 = new RegExp("^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$)).+$", "u");
  const formats0 = MANIFEST_FORMATS.date;
  const formats8 = MANIFEST_FORMATS.link;
  const formats10 = MANIFEST_FORMATS["https-url"];
  const formats30 = MANIFEST_FORMATS.duration;
  const formats4 = MANIFEST_FORMATS.email;
  const schema35 = { "description": "A person: name and, where useful, how to reach them.", "x-description-zh-CN": "\u4EBA\u5458\uFF1A\u59D3\u540D\u53CA\u8054\u7CFB\u65B9\u5F0F\u3002", "type": "object", "additionalProperties": false, "properties": { "name": { "description": "Full name.", "x-description-zh-CN": "\u59D3\u540D\u3002", "type": "string", "minLength": 1 }, "email": { "description": "Email address.", "x-description-zh-CN": "\u7535\u5B50\u90AE\u4EF6\u5730\u5740\u3002", "$ref": "#/$defs/email" }, "phone": { "description": "Phone number.", "x-description-zh-CN": "\u7535\u8BDD\u53F7\u7801\u3002", "$ref": "#/$defs/phone" }, "title": { "description": "Position or role.", "x-description-zh-CN": "\u804C\u52A1\u6216\u89D2\u8272\u3002", "type": "string" } }, "required": ["name"] };
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
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema35.required, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "name" || key0 === "email" || key0 === "phone" || key0 === "title")) {
          const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35, data };
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
        if (typeof data0 === "string") {
          if (func3(data0) < 1) {
            const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.properties.name, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        } else {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.name.type, parentSchema: schema35.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.email !== void 0) {
        let data1 = data.email;
        if (typeof data1 === "string") {
          if (!formats4.validate(data1)) {
            const err4 = { instancePath: instancePath + "/email", schemaPath: "#/$defs/email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"', schema: "email", parentSchema: schema36, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        } else {
          const err5 = { instancePath: instancePath + "/email", schemaPath: "#/$defs/email/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.phone !== void 0) {
        let data2 = data.phone;
        if (typeof data2 === "string") {
          if (!pattern8.test(data2)) {
            const err6 = { instancePath: instancePath + "/phone", schemaPath: "#/$defs/phone/pattern", keyword: "pattern", params: { pattern: "^\\+?[0-9][0-9 ()\\-]{2,24}$" }, message: 'must match pattern "^\\+?[0-9][0-9 ()\\-]{2,24}$"', schema: "^\\+?[0-9][0-9 ()\\-]{2,24}$", parentSchema: schema37, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/phone", schemaPath: "#/$defs/phone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.title !== void 0) {
        let data3 = data.title;
        if (typeof data3 !== "string") {
          const err8 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.properties.title.type, parentSchema: schema35.properties.title, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    } else {
      const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    validate21.errors = vErrors;
    return errors === 0;
  }
  validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  const schema45 = { "description": "An assessment, test, review or audit: when, with what result, and where the report is.", "x-description-zh-CN": "\u8BC4\u4F30\u3001\u6D4B\u8BD5\u3001\u5BA1\u67E5\u6216\u5BA1\u8BA1\uFF1A\u65F6\u95F4\u3001\u7ED3\u8BBA\u53CA\u62A5\u544A\u4F4D\u7F6E\u3002", "type": "object", "additionalProperties": false, "properties": { "date": { "description": "When it was completed.", "x-description-zh-CN": "\u5B8C\u6210\u65E5\u671F\u3002", "$ref": "#/$defs/date" }, "result": { "description": "Outcome: `pass`, `pass-with-findings` (passed with open findings to fix), or `fail`.", "x-description-zh-CN": "\u7ED3\u8BBA\uFF1A`pass`\uFF08\u901A\u8FC7\uFF09\u3001`pass-with-findings`\uFF08\u901A\u8FC7\u4F46\u6709\u5F85\u6574\u6539\u95EE\u9898\uFF09\u6216 `fail`\uFF08\u672A\u901A\u8FC7\uFF09\u3002", "type": "string", "enum": ["pass", "pass-with-findings", "fail"] }, "report": { "description": "The report.", "x-description-zh-CN": "\u62A5\u544A\u3002", "$ref": "#/$defs/link" }, "assessor": { "description": "Who performed it (team or external firm).", "x-description-zh-CN": "\u6267\u884C\u65B9\uFF08\u5185\u90E8\u56E2\u961F\u6216\u5916\u90E8\u673A\u6784\uFF09\u3002", "type": "string" }, "reference": { "description": "Document or ticket number.", "x-description-zh-CN": "\u6587\u6863\u6216\u5DE5\u5355\u7F16\u53F7\u3002", "type": "string" }, "notes": { "description": "Open findings or remarks.", "x-description-zh-CN": "\u9057\u7559\u95EE\u9898\u6216\u5907\u6CE8\u3002", "type": "string" } } };
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
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        if (!(key0 === "date" || key0 === "result" || key0 === "report" || key0 === "assessor" || key0 === "reference" || key0 === "notes")) {
          const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      if (data.date !== void 0) {
        let data0 = data.date;
        if (typeof data0 === "string") {
          if (!formats0.validate(data0)) {
            const err1 = { instancePath: instancePath + "/date", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        } else {
          const err2 = { instancePath: instancePath + "/date", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.result !== void 0) {
        let data1 = data.result;
        if (typeof data1 !== "string") {
          const err3 = { instancePath: instancePath + "/result", schemaPath: "#/properties/result/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.result.type, parentSchema: schema45.properties.result, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!(data1 === "pass" || data1 === "pass-with-findings" || data1 === "fail")) {
          const err4 = { instancePath: instancePath + "/result", schemaPath: "#/properties/result/enum", keyword: "enum", params: { allowedValues: schema45.properties.result.enum }, message: "must be equal to one of the allowed values", schema: schema45.properties.result.enum, parentSchema: schema45.properties.result, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.report !== void 0) {
        let data2 = data.report;
        if (typeof data2 === "string") {
          if (func3(data2) < 1) {
            const err5 = { instancePath: instancePath + "/report", schemaPath: "#/$defs/link/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          if (!formats8.validate(data2)) {
            const err6 = { instancePath: instancePath + "/report", schemaPath: "#/$defs/link/format", keyword: "format", params: { format: "link" }, message: 'must match format "link"', schema: "link", parentSchema: schema39, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/report", schemaPath: "#/$defs/link/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.assessor !== void 0) {
        let data3 = data.assessor;
        if (typeof data3 !== "string") {
          const err8 = { instancePath: instancePath + "/assessor", schemaPath: "#/properties/assessor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.assessor.type, parentSchema: schema45.properties.assessor, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      if (data.reference !== void 0) {
        let data4 = data.reference;
        if (typeof data4 !== "string") {
          const err9 = { instancePath: instancePath + "/reference", schemaPath: "#/properties/reference/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.reference.type, parentSchema: schema45.properties.reference, data: data4 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.notes !== void 0) {
        let data5 = data.notes;
        if (typeof data5 !== "string") {
          const err10 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.notes.type, parentSchema: schema45.properties.notes, data: data5 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    } else {
      const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    validate24.errors = vErrors;
    return errors === 0;
  }
  validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  const schema50 = { "description": "A signed agreement: its reference and when it ends.", "x-description-zh-CN": "\u5DF2\u7B7E\u7F72\u7684\u534F\u8BAE\uFF1A\u7F16\u53F7\u4E0E\u5230\u671F\u65E5\u3002", "type": "object", "additionalProperties": false, "properties": { "reference": { "description": "Contract number or title.", "x-description-zh-CN": "\u5408\u540C\u7F16\u53F7\u6216\u540D\u79F0\u3002", "type": "string", "minLength": 1 }, "signedAt": { "description": "Date of signature.", "x-description-zh-CN": "\u7B7E\u7F72\u65E5\u671F\u3002", "$ref": "#/$defs/date" }, "expires": { "description": "Date the contract ends.", "x-description-zh-CN": "\u5408\u540C\u5230\u671F\u65E5\u3002", "$ref": "#/$defs/date" }, "document": { "description": "The contract document.", "x-description-zh-CN": "\u5408\u540C\u6587\u672C\u3002", "$ref": "#/$defs/link" }, "dataProtectionClauses": { "description": "The contract contains personal-information and data-security clauses (art. 4, 14).", "x-description-zh-CN": "\u5408\u540C\u5305\u542B\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u4E0E\u6570\u636E\u5B89\u5168\u6761\u6B3E\uFF08\u7B2C\u56DB\u3001\u5341\u56DB\u6761\uFF09\u3002", "type": "boolean" } } };
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
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        if (!(key0 === "reference" || key0 === "signedAt" || key0 === "expires" || key0 === "document" || key0 === "dataProtectionClauses")) {
          const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      if (data.reference !== void 0) {
        let data0 = data.reference;
        if (typeof data0 === "string") {
          if (func3(data0) < 1) {
            const err1 = { instancePath: instancePath + "/reference", schemaPath: "#/properties/reference/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema50.properties.reference, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        } else {
          const err2 = { instancePath: instancePath + "/reference", schemaPath: "#/properties/reference/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.reference.type, parentSchema: schema50.properties.reference, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.signedAt !== void 0) {
        let data1 = data.signedAt;
        if (typeof data1 === "string") {
          if (!formats0.validate(data1)) {
            const err3 = { instancePath: instancePath + "/signedAt", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        } else {
          const err4 = { instancePath: instancePath + "/signedAt", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.expires !== void 0) {
        let data2 = data.expires;
        if (typeof data2 === "string") {
          if (!formats0.validate(data2)) {
            const err5 = { instancePath: instancePath + "/expires", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        } else {
          const err6 = { instancePath: instancePath + "/expires", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.document !== void 0) {
        let data3 = data.document;
        if (typeof data3 === "string") {
          if (func3(data3) < 1) {
            const err7 = { instancePath: instancePath + "/document", schemaPath: "#/$defs/link/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (!formats8.validate(data3)) {
            const err8 = { instancePath: instancePath + "/document", schemaPath: "#/$defs/link/format", keyword: "format", params: { format: "link" }, message: 'must match format "link"', schema: "link", parentSchema: schema39, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        } else {
          const err9 = { instancePath: instancePath + "/document", schemaPath: "#/$defs/link/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.dataProtectionClauses !== void 0) {
        let data4 = data.dataProtectionClauses;
        if (typeof data4 !== "boolean") {
          const err10 = { instancePath: instancePath + "/dataProtectionClauses", schemaPath: "#/properties/dataProtectionClauses/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema50.properties.dataProtectionClauses.type, parentSchema: schema50.properties.dataProtectionClauses, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    } else {
      const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    validate28.errors = vErrors;
    return errors === 0;
  }
  validate28.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  const schema76 = { "description": "An approved exception to a rule. It is shown in every report, and an expired waiver is itself a finding.", "x-description-zh-CN": "\u7ECF\u6279\u51C6\u7684\u89C4\u5219\u8C41\u514D\u3002\u6BCF\u4EFD\u62A5\u544A\u90FD\u4F1A\u5217\u51FA\uFF0C\u8FC7\u671F\u7684\u8C41\u514D\u672C\u8EAB\u5373\u4E3A\u95EE\u9898\u3002", "type": "object", "additionalProperties": false, "properties": { "rule": { "description": "Rule id (`nfra/sdk-declared`).", "x-description-zh-CN": "\u89C4\u5219\u7F16\u53F7\uFF08\u5982 `nfra/sdk-declared`\uFF09\u3002", "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9.-]*)+$", "examples": ["nfra/sdk-declared"] }, "scope": { "description": "Narrows the waiver to one subject (a purl, a data flow name, a manifest path); without it the whole rule is waived for this app.", "x-description-zh-CN": "\u5C06\u8C41\u514D\u9650\u5B9A\u4E8E\u67D0\u4E00\u5BF9\u8C61\uFF08purl\u3001\u6570\u636E\u6D41\u540D\u79F0\u6216\u6E05\u5355\u8DEF\u5F84\uFF09\uFF1B\u4E0D\u586B\u5219\u5BF9\u672C\u5E94\u7528\u6574\u6761\u89C4\u5219\u8C41\u514D\u3002", "type": "string", "minLength": 1 }, "reason": { "description": "Why the exception is acceptable.", "x-description-zh-CN": "\u8C41\u514D\u7406\u7531\u3002", "type": "string", "minLength": 1 }, "ticket": { "description": "Risk or change ticket.", "x-description-zh-CN": "\u98CE\u9669\u6216\u53D8\u66F4\u5DE5\u5355\u53F7\u3002", "type": "string" }, "approvedBy": { "description": "Who approved it.", "x-description-zh-CN": "\u6279\u51C6\u4EBA\u3002", "$ref": "#/$defs/person" }, "approvedAt": { "description": "Date of approval.", "x-description-zh-CN": "\u6279\u51C6\u65E5\u671F\u3002", "$ref": "#/$defs/date" }, "expires": { "description": "Last day the waiver applies.", "x-description-zh-CN": "\u8C41\u514D\u622A\u6B62\u65E5\u671F\u3002", "$ref": "#/$defs/date" } }, "required": ["rule", "reason", "expires"] };
  const pattern22 = new RegExp("^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9.-]*)+$", "u");
  function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate41.evaluated;
    if (evaluated0.dynamicProps) {
      evaluated0.props = void 0;
    }
    if (evaluated0.dynamicItems) {
      evaluated0.items = void 0;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.rule === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema76.required, parentSchema: schema76, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.reason === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema76.required, parentSchema: schema76, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.expires === void 0) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'", schema: schema76.required, parentSchema: schema76, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "rule" || key0 === "scope" || key0 === "reason" || key0 === "ticket" || key0 === "approvedBy" || key0 === "approvedAt" || key0 === "expires")) {
          const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema76, data };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.rule !== void 0) {
        let data0 = data.rule;
        if (typeof data0 === "string") {
          if (!pattern22.test(data0)) {
            const err4 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9.-]*)+$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9.-]*)+$"', schema: "^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9.-]*)+$", parentSchema: schema76.properties.rule, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        } else {
          const err5 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.rule.type, parentSchema: schema76.properties.rule, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.scope !== void 0) {
        let data1 = data.scope;
        if (typeof data1 === "string") {
          if (func3(data1) < 1) {
            const err6 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema76.properties.scope, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.scope.type, parentSchema: schema76.properties.scope, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.reason !== void 0) {
        let data2 = data.reason;
        if (typeof data2 === "string") {
          if (func3(data2) < 1) {
            const err8 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema76.properties.reason, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        } else {
          const err9 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.reason.type, parentSchema: schema76.properties.reason, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.ticket !== void 0) {
        let data3 = data.ticket;
        if (typeof data3 !== "string") {
          const err10 = { instancePath: instancePath + "/ticket", schemaPath: "#/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.ticket.type, parentSchema: schema76.properties.ticket, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      if (data.approvedBy !== void 0) {
        if (!validate21(data.approvedBy, { instancePath: instancePath + "/approvedBy", parentData: data, parentDataProperty: "approvedBy", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
          errors = vErrors.length;
        }
      }
      if (data.approvedAt !== void 0) {
        let data5 = data.approvedAt;
        if (typeof data5 === "string") {
          if (!formats0.validate(data5)) {
            const err11 = { instancePath: instancePath + "/approvedAt", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33, data: data5 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        } else {
          const err12 = { instancePath: instancePath + "/approvedAt", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      if (data.expires !== void 0) {
        let data6 = data.expires;
        if (typeof data6 === "string") {
          if (!formats0.validate(data6)) {
            const err13 = { instancePath: instancePath + "/expires", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33, data: data6 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        } else {
          const err14 = { instancePath: instancePath + "/expires", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data6 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    } else {
      const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.type, parentSchema: schema76, data };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    validate41.errors = vErrors;
    return errors === 0;
  }
  validate41.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
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
      if (data.apiVersion === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.app === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "app" }, message: "must have required property 'app'", schema: schema31.required, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!func1.call(schema31.properties, key0)) {
          const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.apiVersion !== void 0) {
        let data0 = data.apiVersion;
        if (typeof data0 !== "string") {
          const err3 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.apiVersion.type, parentSchema: schema31.properties.apiVersion, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if ("mobile-policy/v1" !== data0) {
          const err4 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "mobile-policy/v1" }, message: "must be equal to constant", schema: "mobile-policy/v1", parentSchema: schema31.properties.apiVersion, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.app !== void 0) {
        let data1 = data.app;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
          if (data1.id === void 0) {
            const err5 = { instancePath: instancePath + "/app", schemaPath: "#/properties/app/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema31.properties.app.required, parentSchema: schema31.properties.app, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          if (data1.name === void 0) {
            const err6 = { instancePath: instancePath + "/app", schemaPath: "#/properties/app/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.app.required, parentSchema: schema31.properties.app, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (data1.kinds === void 0) {
            const err7 = { instancePath: instancePath + "/app", schemaPath: "#/properties/app/required", keyword: "required", params: { missingProperty: "kinds" }, message: "must have required property 'kinds'", schema: schema31.properties.app.required, parentSchema: schema31.properties.app, data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (data1.status === void 0) {
            const err8 = { instancePath: instancePath + "/app", schemaPath: "#/properties/app/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema31.properties.app.required, parentSchema: schema31.properties.app, data: data1 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          for (const key1 in data1) {
            if (!func1.call(schema31.properties.app.properties, key1)) {
              const err9 = { instancePath: instancePath + "/app", schemaPath: "#/properties/app/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.app, data: data1 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          }
          if (data1.id !== void 0) {
            let data2 = data1.id;
            if (typeof data2 === "string") {
              if (func3(data2) < 1) {
                const err10 = { instancePath: instancePath + "/app/id", schemaPath: "#/properties/app/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.app.properties.id, data: data2 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              if (!pattern4.test(data2)) {
                const err11 = { instancePath: instancePath + "/app/id", schemaPath: "#/properties/app/properties/id/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]*$", parentSchema: schema31.properties.app.properties.id, data: data2 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            } else {
              const err12 = { instancePath: instancePath + "/app/id", schemaPath: "#/properties/app/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.app.properties.id.type, parentSchema: schema31.properties.app.properties.id, data: data2 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
          if (data1.name !== void 0) {
            let data3 = data1.name;
            if (typeof data3 === "string") {
              if (func3(data3) < 1) {
                const err13 = { instancePath: instancePath + "/app/name", schemaPath: "#/properties/app/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.app.properties.name, data: data3 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            } else {
              const err14 = { instancePath: instancePath + "/app/name", schemaPath: "#/properties/app/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.app.properties.name.type, parentSchema: schema31.properties.app.properties.name, data: data3 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
          if (data1.localizedName !== void 0) {
            let data4 = data1.localizedName;
            if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
              for (const key2 in data4) {
                const _errs13 = errors;
                if (typeof key2 === "string") {
                  if (!pattern5.test(key2)) {
                    const err15 = { instancePath: instancePath + "/app/localizedName", schemaPath: "#/properties/app/properties/localizedName/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$" }, message: 'must match pattern "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"', schema: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", parentSchema: schema31.properties.app.properties.localizedName.propertyNames, data: key2, propertyName: key2 };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
                var valid2 = _errs13 === errors;
                if (!valid2) {
                  const err16 = { instancePath: instancePath + "/app/localizedName", schemaPath: "#/properties/app/properties/localizedName/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema31.properties.app.properties.localizedName.propertyNames, parentSchema: schema31.properties.app.properties.localizedName, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              }
              for (const key3 in data4) {
                let data5 = data4[key3];
                if (typeof data5 === "string") {
                  if (func3(data5) < 1) {
                    const err17 = { instancePath: instancePath + "/app/localizedName/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/app/properties/localizedName/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.app.properties.localizedName.additionalProperties, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                } else {
                  const err18 = { instancePath: instancePath + "/app/localizedName/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/app/properties/localizedName/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.app.properties.localizedName.additionalProperties.type, parentSchema: schema31.properties.app.properties.localizedName.additionalProperties, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
            } else {
              const err19 = { instancePath: instancePath + "/app/localizedName", schemaPath: "#/properties/app/properties/localizedName/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.app.properties.localizedName.type, parentSchema: schema31.properties.app.properties.localizedName, data: data4 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
          if (data1.kinds !== void 0) {
            let data6 = data1.kinds;
            if (Array.isArray(data6)) {
              if (data6.length < 1) {
                const err20 = { instancePath: instancePath + "/app/kinds", schemaPath: "#/properties/app/properties/kinds/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.app.properties.kinds, data: data6 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              const len0 = data6.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data7 = data6[i0];
                if (typeof data7 !== "string") {
                  const err21 = { instancePath: instancePath + "/app/kinds/" + i0, schemaPath: "#/$defs/appKind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                if (!(data7 === "android" || data7 === "ios" || data7 === "harmonyos" || data7 === "mini-program" || data7 === "official-account" || data7 === "h5")) {
                  const err22 = { instancePath: instancePath + "/app/kinds/" + i0, schemaPath: "#/$defs/appKind/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values", schema: schema32.enum, parentSchema: schema32, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              }
              let i1 = data6.length;
              let j0;
              if (i1 > 1) {
                outer0: for (; i1--; ) {
                  for (j0 = i1; j0--; ) {
                    if (func0(data6[i1], data6[j0])) {
                      const err23 = { instancePath: instancePath + "/app/kinds", schemaPath: "#/properties/app/properties/kinds/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema31.properties.app.properties.kinds, data: data6 };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                      break outer0;
                    }
                  }
                }
              }
            } else {
              const err24 = { instancePath: instancePath + "/app/kinds", schemaPath: "#/properties/app/properties/kinds/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.app.properties.kinds.type, parentSchema: schema31.properties.app.properties.kinds, data: data6 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          }
          if (data1.status !== void 0) {
            let data8 = data1.status;
            if (typeof data8 !== "string") {
              const err25 = { instancePath: instancePath + "/app/status", schemaPath: "#/properties/app/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.app.properties.status.type, parentSchema: schema31.properties.app.properties.status, data: data8 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (!(data8 === "planned" || data8 === "active" || data8 === "deprecated" || data8 === "retired")) {
              const err26 = { instancePath: instancePath + "/app/status", schemaPath: "#/properties/app/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.app.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.app.properties.status.enum, parentSchema: schema31.properties.app.properties.status, data: data8 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
          if (data1.audience !== void 0) {
            let data9 = data1.audience;
            if (typeof data9 !== "string") {
              const err27 = { instancePath: instancePath + "/app/audience", schemaPath: "#/properties/app/properties/audience/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.app.properties.audience.type, parentSchema: schema31.properties.app.properties.audience, data: data9 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (!(data9 === "external" || data9 === "internal")) {
              const err28 = { instancePath: instancePath + "/app/audience", schemaPath: "#/properties/app/properties/audience/enum", keyword: "enum", params: { allowedValues: schema31.properties.app.properties.audience.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.app.properties.audience.enum, parentSchema: schema31.properties.app.properties.audience, data: data9 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
          if (data1.businessScope !== void 0) {
            let data10 = data1.businessScope;
            if (Array.isArray(data10)) {
              const len1 = data10.length;
              for (let i2 = 0; i2 < len1; i2++) {
                let data11 = data10[i2];
                if (typeof data11 === "string") {
                  if (!pattern6.test(data11)) {
                    const err29 = { instancePath: instancePath + "/app/businessScope/" + i2, schemaPath: "#/properties/app/properties/businessScope/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"', schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema31.properties.app.properties.businessScope.items, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                } else {
                  const err30 = { instancePath: instancePath + "/app/businessScope/" + i2, schemaPath: "#/properties/app/properties/businessScope/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.app.properties.businessScope.items.type, parentSchema: schema31.properties.app.properties.businessScope.items, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
              let i3 = data10.length;
              let j1;
              if (i3 > 1) {
                const indices0 = {};
                for (; i3--; ) {
                  let item0 = data10[i3];
                  if (typeof item0 !== "string") {
                    continue;
                  }
                  if (typeof indices0[item0] == "number") {
                    j1 = indices0[item0];
                    const err31 = { instancePath: instancePath + "/app/businessScope", schemaPath: "#/properties/app/properties/businessScope/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema31.properties.app.properties.businessScope, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                    break;
                  }
                  indices0[item0] = i3;
                }
              }
            } else {
              const err32 = { instancePath: instancePath + "/app/businessScope", schemaPath: "#/properties/app/properties/businessScope/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.app.properties.businessScope.type, parentSchema: schema31.properties.app.properties.businessScope, data: data10 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
          if (data1.regions !== void 0) {
            let data12 = data1.regions;
            if (Array.isArray(data12)) {
              const len2 = data12.length;
              for (let i4 = 0; i4 < len2; i4++) {
                let data13 = data12[i4];
                if (typeof data13 === "string") {
                  if (!pattern7.test(data13)) {
                    const err33 = { instancePath: instancePath + "/app/regions/" + i4, schemaPath: "#/properties/app/properties/regions/items/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{2}$" }, message: 'must match pattern "^[A-Z]{2}$"', schema: "^[A-Z]{2}$", parentSchema: schema31.properties.app.properties.regions.items, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                } else {
                  const err34 = { instancePath: instancePath + "/app/regions/" + i4, schemaPath: "#/properties/app/properties/regions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.app.properties.regions.items.type, parentSchema: schema31.properties.app.properties.regions.items, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
              let i5 = data12.length;
              let j2;
              if (i5 > 1) {
                const indices1 = {};
                for (; i5--; ) {
                  let item1 = data12[i5];
                  if (typeof item1 !== "string") {
                    continue;
                  }
                  if (typeof indices1[item1] == "number") {
                    j2 = indices1[item1];
                    const err35 = { instancePath: instancePath + "/app/regions", schemaPath: "#/properties/app/properties/regions/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: schema31.properties.app.properties.regions, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                    break;
                  }
                  indices1[item1] = i5;
                }
              }
            } else {
              const err36 = { instancePath: instancePath + "/app/regions", schemaPath: "#/properties/app/properties/regions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.app.properties.regions.type, parentSchema: schema31.properties.app.properties.regions, data: data12 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
          if (data1.importantInformationSystem !== void 0) {
            let data14 = data1.importantInformationSystem;
            if (typeof data14 !== "boolean") {
              const err37 = { instancePath: instancePath + "/app/importantInformationSystem", schemaPath: "#/properties/app/properties/importantInformationSystem/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.app.properties.importantInformationSystem.type, parentSchema: schema31.properties.app.properties.importantInformationSystem, data: data14 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          }
          if (data1.launchedAt !== void 0) {
            let data15 = data1.launchedAt;
            if (typeof data15 === "string") {
              if (!formats0.validate(data15)) {
                const err38 = { instancePath: instancePath + "/app/launchedAt", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33, data: data15 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            } else {
              const err39 = { instancePath: instancePath + "/app/launchedAt", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data15 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
          if (data1.retiredAt !== void 0) {
            let data16 = data1.retiredAt;
            if (typeof data16 === "string") {
              if (!formats0.validate(data16)) {
                const err40 = { instancePath: instancePath + "/app/retiredAt", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33, data: data16 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            } else {
              const err41 = { instancePath: instancePath + "/app/retiredAt", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data16 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          }
          if (data1.monthlyActiveUsers !== void 0) {
            let data17 = data1.monthlyActiveUsers;
            if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
              const err42 = { instancePath: instancePath + "/app/monthlyActiveUsers", schemaPath: "#/properties/app/properties/monthlyActiveUsers/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.app.properties.monthlyActiveUsers.type, parentSchema: schema31.properties.app.properties.monthlyActiveUsers, data: data17 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (typeof data17 == "number" && isFinite(data17)) {
              if (data17 < 0 || isNaN(data17)) {
                const err43 = { instancePath: instancePath + "/app/monthlyActiveUsers", schemaPath: "#/properties/app/properties/monthlyActiveUsers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.app.properties.monthlyActiveUsers, data: data17 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          }
          if (data1.description !== void 0) {
            let data18 = data1.description;
            if (typeof data18 !== "string") {
              const err44 = { instancePath: instancePath + "/app/description", schemaPath: "#/properties/app/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.app.properties.description.type, parentSchema: schema31.properties.app.properties.description, data: data18 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
        } else {
          const err45 = { instancePath: instancePath + "/app", schemaPath: "#/properties/app/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.app.type, parentSchema: schema31.properties.app, data: data1 };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
      }
      if (data.ownership !== void 0) {
        let data19 = data.ownership;
        if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
          for (const key4 in data19) {
            if (!(key4 === "leadDepartment" || key4 === "responsibleDepartment" || key4 === "responsiblePerson" || key4 === "securityContact")) {
              const err46 = { instancePath: instancePath + "/ownership", schemaPath: "#/properties/ownership/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.ownership, data: data19 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
          if (data19.leadDepartment !== void 0) {
            let data20 = data19.leadDepartment;
            if (typeof data20 === "string") {
              if (func3(data20) < 1) {
                const err47 = { instancePath: instancePath + "/ownership/leadDepartment", schemaPath: "#/properties/ownership/properties/leadDepartment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.ownership.properties.leadDepartment, data: data20 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            } else {
              const err48 = { instancePath: instancePath + "/ownership/leadDepartment", schemaPath: "#/properties/ownership/properties/leadDepartment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.ownership.properties.leadDepartment.type, parentSchema: schema31.properties.ownership.properties.leadDepartment, data: data20 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          }
          if (data19.responsibleDepartment !== void 0) {
            let data21 = data19.responsibleDepartment;
            if (typeof data21 === "string") {
              if (func3(data21) < 1) {
                const err49 = { instancePath: instancePath + "/ownership/responsibleDepartment", schemaPath: "#/properties/ownership/properties/responsibleDepartment/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.ownership.properties.responsibleDepartment, data: data21 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            } else {
              const err50 = { instancePath: instancePath + "/ownership/responsibleDepartment", schemaPath: "#/properties/ownership/properties/responsibleDepartment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.ownership.properties.responsibleDepartment.type, parentSchema: schema31.properties.ownership.properties.responsibleDepartment, data: data21 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          }
          if (data19.responsiblePerson !== void 0) {
            if (!validate21(data19.responsiblePerson, { instancePath: instancePath + "/ownership/responsiblePerson", parentData: data19, parentDataProperty: "responsiblePerson", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
              errors = vErrors.length;
            }
          }
          if (data19.securityContact !== void 0) {
            if (!validate21(data19.securityContact, { instancePath: instancePath + "/ownership/securityContact", parentData: data19, parentDataProperty: "securityContact", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err51 = { instancePath: instancePath + "/ownership", schemaPath: "#/properties/ownership/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.ownership.type, parentSchema: schema31.properties.ownership, data: data19 };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
      }
      if (data.filing !== void 0) {
        let data24 = data.filing;
        if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
          for (const key5 in data24) {
            if (!(key5 === "appFilingNumber" || key5 === "regulatorReport")) {
              const err52 = { instancePath: instancePath + "/filing", schemaPath: "#/properties/filing/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.filing, data: data24 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          }
          if (data24.appFilingNumber !== void 0) {
            let data25 = data24.appFilingNumber;
            if (typeof data25 === "string") {
              if (!pattern9.test(data25)) {
                const err53 = { instancePath: instancePath + "/filing/appFilingNumber", schemaPath: "#/properties/filing/properties/appFilingNumber/pattern", keyword: "pattern", params: { pattern: "^[\u4EAC\u6D25\u6CAA\u6E1D\u5180\u8C6B\u4E91\u8FBD\u9ED1\u6E58\u7696\u9C81\u65B0\u82CF\u6D59\u8D63\u9102\u6842\u7518\u664B\u8499\u9655\u5409\u95FD\u8D35\u7CA4\u9752\u85CF\u5DDD\u5B81\u743C]ICP\u5907[0-9]{4,12}\u53F7(-[0-9]{1,4}[A-Z]?)?$" }, message: 'must match pattern "^[\u4EAC\u6D25\u6CAA\u6E1D\u5180\u8C6B\u4E91\u8FBD\u9ED1\u6E58\u7696\u9C81\u65B0\u82CF\u6D59\u8D63\u9102\u6842\u7518\u664B\u8499\u9655\u5409\u95FD\u8D35\u7CA4\u9752\u85CF\u5DDD\u5B81\u743C]ICP\u5907[0-9]{4,12}\u53F7(-[0-9]{1,4}[A-Z]?)?$"', schema: "^[\u4EAC\u6D25\u6CAA\u6E1D\u5180\u8C6B\u4E91\u8FBD\u9ED1\u6E58\u7696\u9C81\u65B0\u82CF\u6D59\u8D63\u9102\u6842\u7518\u664B\u8499\u9655\u5409\u95FD\u8D35\u7CA4\u9752\u85CF\u5DDD\u5B81\u743C]ICP\u5907[0-9]{4,12}\u53F7(-[0-9]{1,4}[A-Z]?)?$", parentSchema: schema31.properties.filing.properties.appFilingNumber, data: data25 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            } else {
              const err54 = { instancePath: instancePath + "/filing/appFilingNumber", schemaPath: "#/properties/filing/properties/appFilingNumber/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.filing.properties.appFilingNumber.type, parentSchema: schema31.properties.filing.properties.appFilingNumber, data: data25 };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          }
          if (data24.regulatorReport !== void 0) {
            let data26 = data24.regulatorReport;
            if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
              for (const key6 in data26) {
                if (!(key6 === "date" || key6 === "reference" || key6 === "document")) {
                  const err55 = { instancePath: instancePath + "/filing/regulatorReport", schemaPath: "#/properties/filing/properties/regulatorReport/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.filing.properties.regulatorReport, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              }
              if (data26.date !== void 0) {
                let data27 = data26.date;
                if (typeof data27 === "string") {
                  if (!formats0.validate(data27)) {
                    const err56 = { instancePath: instancePath + "/filing/regulatorReport/date", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                } else {
                  const err57 = { instancePath: instancePath + "/filing/regulatorReport/date", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
              }
              if (data26.reference !== void 0) {
                let data28 = data26.reference;
                if (typeof data28 !== "string") {
                  const err58 = { instancePath: instancePath + "/filing/regulatorReport/reference", schemaPath: "#/properties/filing/properties/regulatorReport/properties/reference/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.filing.properties.regulatorReport.properties.reference.type, parentSchema: schema31.properties.filing.properties.regulatorReport.properties.reference, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              }
              if (data26.document !== void 0) {
                let data29 = data26.document;
                if (typeof data29 === "string") {
                  if (func3(data29) < 1) {
                    const err59 = { instancePath: instancePath + "/filing/regulatorReport/document", schemaPath: "#/$defs/link/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                  if (!formats8.validate(data29)) {
                    const err60 = { instancePath: instancePath + "/filing/regulatorReport/document", schemaPath: "#/$defs/link/format", keyword: "format", params: { format: "link" }, message: 'must match format "link"', schema: "link", parentSchema: schema39, data: data29 };
                    if (vErrors === null) {
                      vErrors = [err60];
                    } else {
                      vErrors.push(err60);
                    }
                    errors++;
                  }
                } else {
                  const err61 = { instancePath: instancePath + "/filing/regulatorReport/document", schemaPath: "#/$defs/link/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
              }
            } else {
              const err62 = { instancePath: instancePath + "/filing/regulatorReport", schemaPath: "#/properties/filing/properties/regulatorReport/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.filing.properties.regulatorReport.type, parentSchema: schema31.properties.filing.properties.regulatorReport, data: data26 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          }
        } else {
          const err63 = { instancePath: instancePath + "/filing", schemaPath: "#/properties/filing/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.filing.type, parentSchema: schema31.properties.filing, data: data24 };
          if (vErrors === null) {
            vErrors = [err63];
          } else {
            vErrors.push(err63);
          }
          errors++;
        }
      }
      if (data.distribution !== void 0) {
        let data30 = data.distribution;
        if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
          for (const key7 in data30) {
            if (!(key7 === "publishingAccounts" || key7 === "signingCertificates" || key7 === "minimumSupportedVersion" || key7 === "counterfeitMonitoring")) {
              const err64 = { instancePath: instancePath + "/distribution", schemaPath: "#/properties/distribution/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.distribution, data: data30 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          }
          if (data30.publishingAccounts !== void 0) {
            let data31 = data30.publishingAccounts;
            if (Array.isArray(data31)) {
              const len3 = data31.length;
              for (let i6 = 0; i6 < len3; i6++) {
                let data32 = data31[i6];
                if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                  if (data32.platform === void 0) {
                    const err65 = { instancePath: instancePath + "/distribution/publishingAccounts/" + i6, schemaPath: "#/properties/distribution/properties/publishingAccounts/items/required", keyword: "required", params: { missingProperty: "platform" }, message: "must have required property 'platform'", schema: schema31.properties.distribution.properties.publishingAccounts.items.required, parentSchema: schema31.properties.distribution.properties.publishingAccounts.items, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                  for (const key8 in data32) {
                    if (!(key8 === "platform" || key8 === "accountOwner" || key8 === "holder" || key8 === "accountId" || key8 === "url")) {
                      const err66 = { instancePath: instancePath + "/distribution/publishingAccounts/" + i6, schemaPath: "#/properties/distribution/properties/publishingAccounts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.distribution.properties.publishingAccounts.items, data: data32 };
                      if (vErrors === null) {
                        vErrors = [err66];
                      } else {
                        vErrors.push(err66);
                      }
                      errors++;
                    }
                  }
                  if (data32.platform !== void 0) {
                    let data33 = data32.platform;
                    if (typeof data33 !== "string") {
                      const err67 = { instancePath: instancePath + "/distribution/publishingAccounts/" + i6 + "/platform", schemaPath: "#/$defs/platform/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data33 };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                    if (!(data33 === "apple-app-store" || data33 === "google-play" || data33 === "huawei-appgallery" || data33 === "honor" || data33 === "xiaomi" || data33 === "oppo" || data33 === "vivo" || data33 === "tencent-myapp" || data33 === "samsung" || data33 === "meizu" || data33 === "baidu" || data33 === "360" || data33 === "official-website" || data33 === "wechat" || data33 === "alipay" || data33 === "douyin" || data33 === "baidu-smart-program" || data33 === "unionpay" || data33 === "other")) {
                      const err68 = { instancePath: instancePath + "/distribution/publishingAccounts/" + i6 + "/platform", schemaPath: "#/$defs/platform/enum", keyword: "enum", params: { allowedValues: schema40.enum }, message: "must be equal to one of the allowed values", schema: schema40.enum, parentSchema: schema40, data: data33 };
                      if (vErrors === null) {
                        vErrors = [err68];
                      } else {
                        vErrors.push(err68);
                      }
                      errors++;
                    }
                  }
                  if (data32.accountOwner !== void 0) {
                    let data34 = data32.accountOwner;
                    if (typeof data34 !== "string") {
                      const err69 = { instancePath: instancePath + "/distribution/publishingAccounts/" + i6 + "/accountOwner", schemaPath: "#/properties/distribution/properties/publishingAccounts/items/properties/accountOwner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.distribution.properties.publishingAccounts.items.properties.accountOwner.type, parentSchema: schema31.properties.distribution.properties.publishingAccounts.items.properties.accountOwner, data: data34 };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                    if (!(data34 === "institution" || data34 === "vendor" || data34 === "third-party")) {
                      const err70 = { instancePath: instancePath + "/distribution/publishingAccounts/" + i6 + "/accountOwner", schemaPath: "#/properties/distribution/properties/publishingAccounts/items/properties/accountOwner/enum", keyword: "enum", params: { allowedValues: schema31.properties.distribution.properties.publishingAccounts.items.properties.accountOwner.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.distribution.properties.publishingAccounts.items.properties.accountOwner.enum, parentSchema: schema31.properties.distribution.properties.publishingAccounts.items.properties.accountOwner, data: data34 };
                      if (vErrors === null) {
                        vErrors = [err70];
                      } else {
                        vErrors.push(err70);
                      }
                      errors++;
                    }
                  }
                  if (data32.holder !== void 0) {
                    let data35 = data32.holder;
                    if (typeof data35 !== "string") {
                      const err71 = { instancePath: instancePath + "/distribution/publishingAccounts/" + i6 + "/holder", schemaPath: "#/properties/distribution/properties/publishingAccounts/items/properties/holder/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.distribution.properties.publishingAccounts.items.properties.holder.type, parentSchema: schema31.properties.distribution.properties.publishingAccounts.items.properties.holder, data: data35 };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                  }
                  if (data32.accountId !== void 0) {
                    let data36 = data32.accountId;
                    if (typeof data36 !== "string") {
                      const err72 = { instancePath: instancePath + "/distribution/publishingAccounts/" + i6 + "/accountId", schemaPath: "#/properties/distribution/properties/publishingAccounts/items/properties/accountId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.distribution.properties.publishingAccounts.items.properties.accountId.type, parentSchema: schema31.properties.distribution.properties.publishingAccounts.items.properties.accountId, data: data36 };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                  }
                  if (data32.url !== void 0) {
                    let data37 = data32.url;
                    if (typeof data37 === "string") {
                      if (!formats10.validate(data37)) {
                        const err73 = { instancePath: instancePath + "/distribution/publishingAccounts/" + i6 + "/url", schemaPath: "#/$defs/httpsUrl/format", keyword: "format", params: { format: "https-url" }, message: 'must match format "https-url"', schema: "https-url", parentSchema: schema41, data: data37 };
                        if (vErrors === null) {
                          vErrors = [err73];
                        } else {
                          vErrors.push(err73);
                        }
                        errors++;
                      }
                    } else {
                      const err74 = { instancePath: instancePath + "/distribution/publishingAccounts/" + i6 + "/url", schemaPath: "#/$defs/httpsUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data37 };
                      if (vErrors === null) {
                        vErrors = [err74];
                      } else {
                        vErrors.push(err74);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err75 = { instancePath: instancePath + "/distribution/publishingAccounts/" + i6, schemaPath: "#/properties/distribution/properties/publishingAccounts/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.distribution.properties.publishingAccounts.items.type, parentSchema: schema31.properties.distribution.properties.publishingAccounts.items, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
              }
            } else {
              const err76 = { instancePath: instancePath + "/distribution/publishingAccounts", schemaPath: "#/properties/distribution/properties/publishingAccounts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.distribution.properties.publishingAccounts.type, parentSchema: schema31.properties.distribution.properties.publishingAccounts, data: data31 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
          }
          if (data30.signingCertificates !== void 0) {
            let data38 = data30.signingCertificates;
            if (Array.isArray(data38)) {
              const len4 = data38.length;
              for (let i7 = 0; i7 < len4; i7++) {
                let data39 = data38[i7];
                if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                  if (data39.platform === void 0) {
                    const err77 = { instancePath: instancePath + "/distribution/signingCertificates/" + i7, schemaPath: "#/properties/distribution/properties/signingCertificates/items/required", keyword: "required", params: { missingProperty: "platform" }, message: "must have required property 'platform'", schema: schema31.properties.distribution.properties.signingCertificates.items.required, parentSchema: schema31.properties.distribution.properties.signingCertificates.items, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                  if (data39.sha256 === void 0) {
                    const err78 = { instancePath: instancePath + "/distribution/signingCertificates/" + i7, schemaPath: "#/properties/distribution/properties/signingCertificates/items/required", keyword: "required", params: { missingProperty: "sha256" }, message: "must have required property 'sha256'", schema: schema31.properties.distribution.properties.signingCertificates.items.required, parentSchema: schema31.properties.distribution.properties.signingCertificates.items, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err78];
                    } else {
                      vErrors.push(err78);
                    }
                    errors++;
                  }
                  for (const key9 in data39) {
                    if (!(key9 === "platform" || key9 === "sha256" || key9 === "subject" || key9 === "expires")) {
                      const err79 = { instancePath: instancePath + "/distribution/signingCertificates/" + i7, schemaPath: "#/properties/distribution/properties/signingCertificates/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.distribution.properties.signingCertificates.items, data: data39 };
                      if (vErrors === null) {
                        vErrors = [err79];
                      } else {
                        vErrors.push(err79);
                      }
                      errors++;
                    }
                  }
                  if (data39.platform !== void 0) {
                    let data40 = data39.platform;
                    if (typeof data40 !== "string") {
                      const err80 = { instancePath: instancePath + "/distribution/signingCertificates/" + i7 + "/platform", schemaPath: "#/properties/distribution/properties/signingCertificates/items/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.distribution.properties.signingCertificates.items.properties.platform.type, parentSchema: schema31.properties.distribution.properties.signingCertificates.items.properties.platform, data: data40 };
                      if (vErrors === null) {
                        vErrors = [err80];
                      } else {
                        vErrors.push(err80);
                      }
                      errors++;
                    }
                    if (!(data40 === "android" || data40 === "ios" || data40 === "harmonyos")) {
                      const err81 = { instancePath: instancePath + "/distribution/signingCertificates/" + i7 + "/platform", schemaPath: "#/properties/distribution/properties/signingCertificates/items/properties/platform/enum", keyword: "enum", params: { allowedValues: schema31.properties.distribution.properties.signingCertificates.items.properties.platform.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.distribution.properties.signingCertificates.items.properties.platform.enum, parentSchema: schema31.properties.distribution.properties.signingCertificates.items.properties.platform, data: data40 };
                      if (vErrors === null) {
                        vErrors = [err81];
                      } else {
                        vErrors.push(err81);
                      }
                      errors++;
                    }
                  }
                  if (data39.sha256 !== void 0) {
                    let data41 = data39.sha256;
                    if (typeof data41 === "string") {
                      if (!pattern10.test(data41)) {
                        const err82 = { instancePath: instancePath + "/distribution/signingCertificates/" + i7 + "/sha256", schemaPath: "#/properties/distribution/properties/signingCertificates/items/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^([0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$|^[0-9A-Fa-f]{64}$" }, message: 'must match pattern "^([0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$|^[0-9A-Fa-f]{64}$"', schema: "^([0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$|^[0-9A-Fa-f]{64}$", parentSchema: schema31.properties.distribution.properties.signingCertificates.items.properties.sha256, data: data41 };
                        if (vErrors === null) {
                          vErrors = [err82];
                        } else {
                          vErrors.push(err82);
                        }
                        errors++;
                      }
                    } else {
                      const err83 = { instancePath: instancePath + "/distribution/signingCertificates/" + i7 + "/sha256", schemaPath: "#/properties/distribution/properties/signingCertificates/items/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.distribution.properties.signingCertificates.items.properties.sha256.type, parentSchema: schema31.properties.distribution.properties.signingCertificates.items.properties.sha256, data: data41 };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                  }
                  if (data39.subject !== void 0) {
                    let data42 = data39.subject;
                    if (typeof data42 !== "string") {
                      const err84 = { instancePath: instancePath + "/distribution/signingCertificates/" + i7 + "/subject", schemaPath: "#/properties/distribution/properties/signingCertificates/items/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.distribution.properties.signingCertificates.items.properties.subject.type, parentSchema: schema31.properties.distribution.properties.signingCertificates.items.properties.subject, data: data42 };
                      if (vErrors === null) {
                        vErrors = [err84];
                      } else {
                        vErrors.push(err84);
                      }
                      errors++;
                    }
                  }
                  if (data39.expires !== void 0) {
                    let data43 = data39.expires;
                    if (typeof data43 === "string") {
                      if (!formats0.validate(data43)) {
                        const err85 = { instancePath: instancePath + "/distribution/signingCertificates/" + i7 + "/expires", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33, data: data43 };
                        if (vErrors === null) {
                          vErrors = [err85];
                        } else {
                          vErrors.push(err85);
                        }
                        errors++;
                      }
                    } else {
                      const err86 = { instancePath: instancePath + "/distribution/signingCertificates/" + i7 + "/expires", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data43 };
                      if (vErrors === null) {
                        vErrors = [err86];
                      } else {
                        vErrors.push(err86);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err87 = { instancePath: instancePath + "/distribution/signingCertificates/" + i7, schemaPath: "#/properties/distribution/properties/signingCertificates/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.distribution.properties.signingCertificates.items.type, parentSchema: schema31.properties.distribution.properties.signingCertificates.items, data: data39 };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
              }
            } else {
              const err88 = { instancePath: instancePath + "/distribution/signingCertificates", schemaPath: "#/properties/distribution/properties/signingCertificates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.distribution.properties.signingCertificates.type, parentSchema: schema31.properties.distribution.properties.signingCertificates, data: data38 };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
          }
          if (data30.minimumSupportedVersion !== void 0) {
            let data44 = data30.minimumSupportedVersion;
            if (typeof data44 === "string") {
              if (!pattern11.test(data44)) {
                const err89 = { instancePath: instancePath + "/distribution/minimumSupportedVersion", schemaPath: "#/properties/distribution/properties/minimumSupportedVersion/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+){0,3}$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+){0,3}$"', schema: "^[0-9]+(\\.[0-9]+){0,3}$", parentSchema: schema31.properties.distribution.properties.minimumSupportedVersion, data: data44 };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
            } else {
              const err90 = { instancePath: instancePath + "/distribution/minimumSupportedVersion", schemaPath: "#/properties/distribution/properties/minimumSupportedVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.distribution.properties.minimumSupportedVersion.type, parentSchema: schema31.properties.distribution.properties.minimumSupportedVersion, data: data44 };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
          }
          if (data30.counterfeitMonitoring !== void 0) {
            let data45 = data30.counterfeitMonitoring;
            if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
              for (const key10 in data45) {
                if (!(key10 === "provider" || key10 === "lastScan" || key10 === "report")) {
                  const err91 = { instancePath: instancePath + "/distribution/counterfeitMonitoring", schemaPath: "#/properties/distribution/properties/counterfeitMonitoring/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.distribution.properties.counterfeitMonitoring, data: data45 };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              }
              if (data45.provider !== void 0) {
                let data46 = data45.provider;
                if (typeof data46 !== "string") {
                  const err92 = { instancePath: instancePath + "/distribution/counterfeitMonitoring/provider", schemaPath: "#/properties/distribution/properties/counterfeitMonitoring/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.distribution.properties.counterfeitMonitoring.properties.provider.type, parentSchema: schema31.properties.distribution.properties.counterfeitMonitoring.properties.provider, data: data46 };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
              }
              if (data45.lastScan !== void 0) {
                let data47 = data45.lastScan;
                if (typeof data47 === "string") {
                  if (!formats0.validate(data47)) {
                    const err93 = { instancePath: instancePath + "/distribution/counterfeitMonitoring/lastScan", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33, data: data47 };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                } else {
                  const err94 = { instancePath: instancePath + "/distribution/counterfeitMonitoring/lastScan", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data47 };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
              }
              if (data45.report !== void 0) {
                let data48 = data45.report;
                if (typeof data48 === "string") {
                  if (func3(data48) < 1) {
                    const err95 = { instancePath: instancePath + "/distribution/counterfeitMonitoring/report", schemaPath: "#/$defs/link/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                  if (!formats8.validate(data48)) {
                    const err96 = { instancePath: instancePath + "/distribution/counterfeitMonitoring/report", schemaPath: "#/$defs/link/format", keyword: "format", params: { format: "link" }, message: 'must match format "link"', schema: "link", parentSchema: schema39, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                } else {
                  const err97 = { instancePath: instancePath + "/distribution/counterfeitMonitoring/report", schemaPath: "#/$defs/link/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                }
              }
            } else {
              const err98 = { instancePath: instancePath + "/distribution/counterfeitMonitoring", schemaPath: "#/properties/distribution/properties/counterfeitMonitoring/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.distribution.properties.counterfeitMonitoring.type, parentSchema: schema31.properties.distribution.properties.counterfeitMonitoring, data: data45 };
              if (vErrors === null) {
                vErrors = [err98];
              } else {
                vErrors.push(err98);
              }
              errors++;
            }
          }
        } else {
          const err99 = { instancePath: instancePath + "/distribution", schemaPath: "#/properties/distribution/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.distribution.type, parentSchema: schema31.properties.distribution, data: data30 };
          if (vErrors === null) {
            vErrors = [err99];
          } else {
            vErrors.push(err99);
          }
          errors++;
        }
      }
      if (data.compatibility !== void 0) {
        let data49 = data.compatibility;
        if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
          for (const key11 in data49) {
            if (!(key11 === "android" || key11 === "ios" || key11 === "harmonyos" || key11 === "lastTest")) {
              const err100 = { instancePath: instancePath + "/compatibility", schemaPath: "#/properties/compatibility/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.compatibility, data: data49 };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
          }
          if (data49.android !== void 0) {
            let data50 = data49.android;
            if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
              for (const key12 in data50) {
                if (!(key12 === "minSdk" || key12 === "targetSdk" || key12 === "compileSdk")) {
                  const err101 = { instancePath: instancePath + "/compatibility/android", schemaPath: "#/properties/compatibility/properties/android/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.compatibility.properties.android, data: data50 };
                  if (vErrors === null) {
                    vErrors = [err101];
                  } else {
                    vErrors.push(err101);
                  }
                  errors++;
                }
              }
              if (data50.minSdk !== void 0) {
                let data51 = data50.minSdk;
                if (!(typeof data51 == "number" && (!(data51 % 1) && !isNaN(data51)) && isFinite(data51))) {
                  const err102 = { instancePath: instancePath + "/compatibility/android/minSdk", schemaPath: "#/properties/compatibility/properties/android/properties/minSdk/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.compatibility.properties.android.properties.minSdk.type, parentSchema: schema31.properties.compatibility.properties.android.properties.minSdk, data: data51 };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
                if (typeof data51 == "number" && isFinite(data51)) {
                  if (data51 < 1 || isNaN(data51)) {
                    const err103 = { instancePath: instancePath + "/compatibility/android/minSdk", schemaPath: "#/properties/compatibility/properties/android/properties/minSdk/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.compatibility.properties.android.properties.minSdk, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err103];
                    } else {
                      vErrors.push(err103);
                    }
                    errors++;
                  }
                }
              }
              if (data50.targetSdk !== void 0) {
                let data52 = data50.targetSdk;
                if (!(typeof data52 == "number" && (!(data52 % 1) && !isNaN(data52)) && isFinite(data52))) {
                  const err104 = { instancePath: instancePath + "/compatibility/android/targetSdk", schemaPath: "#/properties/compatibility/properties/android/properties/targetSdk/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.compatibility.properties.android.properties.targetSdk.type, parentSchema: schema31.properties.compatibility.properties.android.properties.targetSdk, data: data52 };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
                if (typeof data52 == "number" && isFinite(data52)) {
                  if (data52 < 1 || isNaN(data52)) {
                    const err105 = { instancePath: instancePath + "/compatibility/android/targetSdk", schemaPath: "#/properties/compatibility/properties/android/properties/targetSdk/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.compatibility.properties.android.properties.targetSdk, data: data52 };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                }
              }
              if (data50.compileSdk !== void 0) {
                let data53 = data50.compileSdk;
                if (!(typeof data53 == "number" && (!(data53 % 1) && !isNaN(data53)) && isFinite(data53))) {
                  const err106 = { instancePath: instancePath + "/compatibility/android/compileSdk", schemaPath: "#/properties/compatibility/properties/android/properties/compileSdk/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.compatibility.properties.android.properties.compileSdk.type, parentSchema: schema31.properties.compatibility.properties.android.properties.compileSdk, data: data53 };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
                if (typeof data53 == "number" && isFinite(data53)) {
                  if (data53 < 1 || isNaN(data53)) {
                    const err107 = { instancePath: instancePath + "/compatibility/android/compileSdk", schemaPath: "#/properties/compatibility/properties/android/properties/compileSdk/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.compatibility.properties.android.properties.compileSdk, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err107];
                    } else {
                      vErrors.push(err107);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err108 = { instancePath: instancePath + "/compatibility/android", schemaPath: "#/properties/compatibility/properties/android/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.compatibility.properties.android.type, parentSchema: schema31.properties.compatibility.properties.android, data: data50 };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
          }
          if (data49.ios !== void 0) {
            let data54 = data49.ios;
            if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
              for (const key13 in data54) {
                if (!(key13 === "minimumVersion")) {
                  const err109 = { instancePath: instancePath + "/compatibility/ios", schemaPath: "#/properties/compatibility/properties/ios/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.compatibility.properties.ios, data: data54 };
                  if (vErrors === null) {
                    vErrors = [err109];
                  } else {
                    vErrors.push(err109);
                  }
                  errors++;
                }
              }
              if (data54.minimumVersion !== void 0) {
                let data55 = data54.minimumVersion;
                if (typeof data55 === "string") {
                  if (!pattern12.test(data55)) {
                    const err110 = { instancePath: instancePath + "/compatibility/ios/minimumVersion", schemaPath: "#/properties/compatibility/properties/ios/properties/minimumVersion/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+){0,2}$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+){0,2}$"', schema: "^[0-9]+(\\.[0-9]+){0,2}$", parentSchema: schema31.properties.compatibility.properties.ios.properties.minimumVersion, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                } else {
                  const err111 = { instancePath: instancePath + "/compatibility/ios/minimumVersion", schemaPath: "#/properties/compatibility/properties/ios/properties/minimumVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.compatibility.properties.ios.properties.minimumVersion.type, parentSchema: schema31.properties.compatibility.properties.ios.properties.minimumVersion, data: data55 };
                  if (vErrors === null) {
                    vErrors = [err111];
                  } else {
                    vErrors.push(err111);
                  }
                  errors++;
                }
              }
            } else {
              const err112 = { instancePath: instancePath + "/compatibility/ios", schemaPath: "#/properties/compatibility/properties/ios/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.compatibility.properties.ios.type, parentSchema: schema31.properties.compatibility.properties.ios, data: data54 };
              if (vErrors === null) {
                vErrors = [err112];
              } else {
                vErrors.push(err112);
              }
              errors++;
            }
          }
          if (data49.harmonyos !== void 0) {
            let data56 = data49.harmonyos;
            if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
              for (const key14 in data56) {
                if (!(key14 === "minimumApi" || key14 === "targetApi")) {
                  const err113 = { instancePath: instancePath + "/compatibility/harmonyos", schemaPath: "#/properties/compatibility/properties/harmonyos/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.compatibility.properties.harmonyos, data: data56 };
                  if (vErrors === null) {
                    vErrors = [err113];
                  } else {
                    vErrors.push(err113);
                  }
                  errors++;
                }
              }
              if (data56.minimumApi !== void 0) {
                let data57 = data56.minimumApi;
                if (!(typeof data57 == "number" && (!(data57 % 1) && !isNaN(data57)) && isFinite(data57))) {
                  const err114 = { instancePath: instancePath + "/compatibility/harmonyos/minimumApi", schemaPath: "#/properties/compatibility/properties/harmonyos/properties/minimumApi/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.compatibility.properties.harmonyos.properties.minimumApi.type, parentSchema: schema31.properties.compatibility.properties.harmonyos.properties.minimumApi, data: data57 };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
                if (typeof data57 == "number" && isFinite(data57)) {
                  if (data57 < 1 || isNaN(data57)) {
                    const err115 = { instancePath: instancePath + "/compatibility/harmonyos/minimumApi", schemaPath: "#/properties/compatibility/properties/harmonyos/properties/minimumApi/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.compatibility.properties.harmonyos.properties.minimumApi, data: data57 };
                    if (vErrors === null) {
                      vErrors = [err115];
                    } else {
                      vErrors.push(err115);
                    }
                    errors++;
                  }
                }
              }
              if (data56.targetApi !== void 0) {
                let data58 = data56.targetApi;
                if (!(typeof data58 == "number" && (!(data58 % 1) && !isNaN(data58)) && isFinite(data58))) {
                  const err116 = { instancePath: instancePath + "/compatibility/harmonyos/targetApi", schemaPath: "#/properties/compatibility/properties/harmonyos/properties/targetApi/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.compatibility.properties.harmonyos.properties.targetApi.type, parentSchema: schema31.properties.compatibility.properties.harmonyos.properties.targetApi, data: data58 };
                  if (vErrors === null) {
                    vErrors = [err116];
                  } else {
                    vErrors.push(err116);
                  }
                  errors++;
                }
                if (typeof data58 == "number" && isFinite(data58)) {
                  if (data58 < 1 || isNaN(data58)) {
                    const err117 = { instancePath: instancePath + "/compatibility/harmonyos/targetApi", schemaPath: "#/properties/compatibility/properties/harmonyos/properties/targetApi/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.compatibility.properties.harmonyos.properties.targetApi, data: data58 };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err118 = { instancePath: instancePath + "/compatibility/harmonyos", schemaPath: "#/properties/compatibility/properties/harmonyos/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.compatibility.properties.harmonyos.type, parentSchema: schema31.properties.compatibility.properties.harmonyos, data: data56 };
              if (vErrors === null) {
                vErrors = [err118];
              } else {
                vErrors.push(err118);
              }
              errors++;
            }
          }
          if (data49.lastTest !== void 0) {
            if (!validate24(data49.lastTest, { instancePath: instancePath + "/compatibility/lastTest", parentData: data49, parentDataProperty: "lastTest", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err119 = { instancePath: instancePath + "/compatibility", schemaPath: "#/properties/compatibility/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.compatibility.type, parentSchema: schema31.properties.compatibility, data: data49 };
          if (vErrors === null) {
            vErrors = [err119];
          } else {
            vErrors.push(err119);
          }
          errors++;
        }
      }
      if (data.accessibility !== void 0) {
        let data60 = data.accessibility;
        if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
          for (const key15 in data60) {
            if (!(key15 === "elderlyMode" || key15 === "minorsProtection" || key15 === "minorsProtectionReason" || key15 === "accessibilityReview")) {
              const err120 = { instancePath: instancePath + "/accessibility", schemaPath: "#/properties/accessibility/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.accessibility, data: data60 };
              if (vErrors === null) {
                vErrors = [err120];
              } else {
                vErrors.push(err120);
              }
              errors++;
            }
          }
          if (data60.elderlyMode !== void 0) {
            let data61 = data60.elderlyMode;
            if (typeof data61 !== "boolean") {
              const err121 = { instancePath: instancePath + "/accessibility/elderlyMode", schemaPath: "#/properties/accessibility/properties/elderlyMode/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.accessibility.properties.elderlyMode.type, parentSchema: schema31.properties.accessibility.properties.elderlyMode, data: data61 };
              if (vErrors === null) {
                vErrors = [err121];
              } else {
                vErrors.push(err121);
              }
              errors++;
            }
          }
          if (data60.minorsProtection !== void 0) {
            let data62 = data60.minorsProtection;
            if (!(data62 === true || data62 === false || data62 === "not-applicable")) {
              const err122 = { instancePath: instancePath + "/accessibility/minorsProtection", schemaPath: "#/properties/accessibility/properties/minorsProtection/enum", keyword: "enum", params: { allowedValues: schema31.properties.accessibility.properties.minorsProtection.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.accessibility.properties.minorsProtection.enum, parentSchema: schema31.properties.accessibility.properties.minorsProtection, data: data62 };
              if (vErrors === null) {
                vErrors = [err122];
              } else {
                vErrors.push(err122);
              }
              errors++;
            }
          }
          if (data60.minorsProtectionReason !== void 0) {
            let data63 = data60.minorsProtectionReason;
            if (typeof data63 !== "string") {
              const err123 = { instancePath: instancePath + "/accessibility/minorsProtectionReason", schemaPath: "#/properties/accessibility/properties/minorsProtectionReason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.accessibility.properties.minorsProtectionReason.type, parentSchema: schema31.properties.accessibility.properties.minorsProtectionReason, data: data63 };
              if (vErrors === null) {
                vErrors = [err123];
              } else {
                vErrors.push(err123);
              }
              errors++;
            }
          }
          if (data60.accessibilityReview !== void 0) {
            if (!validate24(data60.accessibilityReview, { instancePath: instancePath + "/accessibility/accessibilityReview", parentData: data60, parentDataProperty: "accessibilityReview", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err124 = { instancePath: instancePath + "/accessibility", schemaPath: "#/properties/accessibility/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.accessibility.type, parentSchema: schema31.properties.accessibility, data: data60 };
          if (vErrors === null) {
            vErrors = [err124];
          } else {
            vErrors.push(err124);
          }
          errors++;
        }
      }
      if (data.sdks !== void 0) {
        let data65 = data.sdks;
        if (Array.isArray(data65)) {
          const len5 = data65.length;
          for (let i8 = 0; i8 < len5; i8++) {
            let data66 = data65[i8];
            if (data66 && typeof data66 == "object" && !Array.isArray(data66)) {
              if (data66.id === void 0) {
                const err125 = { instancePath: instancePath + "/sdks/" + i8, schemaPath: "#/properties/sdks/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema31.properties.sdks.items.required, parentSchema: schema31.properties.sdks.items, data: data66 };
                if (vErrors === null) {
                  vErrors = [err125];
                } else {
                  vErrors.push(err125);
                }
                errors++;
              }
              for (const key16 in data66) {
                if (!func1.call(schema31.properties.sdks.items.properties, key16)) {
                  const err126 = { instancePath: instancePath + "/sdks/" + i8, schemaPath: "#/properties/sdks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.sdks.items, data: data66 };
                  if (vErrors === null) {
                    vErrors = [err126];
                  } else {
                    vErrors.push(err126);
                  }
                  errors++;
                }
              }
              if (data66.id !== void 0) {
                let data67 = data66.id;
                if (typeof data67 === "string") {
                  if (!pattern13.test(data67)) {
                    const err127 = { instancePath: instancePath + "/sdks/" + i8 + "/id", schemaPath: "#/properties/sdks/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema31.properties.sdks.items.properties.id, data: data67 };
                    if (vErrors === null) {
                      vErrors = [err127];
                    } else {
                      vErrors.push(err127);
                    }
                    errors++;
                  }
                } else {
                  const err128 = { instancePath: instancePath + "/sdks/" + i8 + "/id", schemaPath: "#/properties/sdks/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.sdks.items.properties.id.type, parentSchema: schema31.properties.sdks.items.properties.id, data: data67 };
                  if (vErrors === null) {
                    vErrors = [err128];
                  } else {
                    vErrors.push(err128);
                  }
                  errors++;
                }
              }
              if (data66.name !== void 0) {
                let data68 = data66.name;
                if (typeof data68 !== "string") {
                  const err129 = { instancePath: instancePath + "/sdks/" + i8 + "/name", schemaPath: "#/properties/sdks/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.sdks.items.properties.name.type, parentSchema: schema31.properties.sdks.items.properties.name, data: data68 };
                  if (vErrors === null) {
                    vErrors = [err129];
                  } else {
                    vErrors.push(err129);
                  }
                  errors++;
                }
              }
              if (data66.packages !== void 0) {
                let data69 = data66.packages;
                if (Array.isArray(data69)) {
                  const len6 = data69.length;
                  for (let i9 = 0; i9 < len6; i9++) {
                    let data70 = data69[i9];
                    if (typeof data70 === "string") {
                      if (!pattern14.test(data70)) {
                        const err130 = { instancePath: instancePath + "/sdks/" + i8 + "/packages/" + i9, schemaPath: "#/$defs/purl/pattern", keyword: "pattern", params: { pattern: "^pkg:[a-z][a-z0-9.+-]*/[^@\\s]+$" }, message: 'must match pattern "^pkg:[a-z][a-z0-9.+-]*/[^@\\s]+$"', schema: "^pkg:[a-z][a-z0-9.+-]*/[^@\\s]+$", parentSchema: schema48, data: data70 };
                        if (vErrors === null) {
                          vErrors = [err130];
                        } else {
                          vErrors.push(err130);
                        }
                        errors++;
                      }
                    } else {
                      const err131 = { instancePath: instancePath + "/sdks/" + i8 + "/packages/" + i9, schemaPath: "#/$defs/purl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data: data70 };
                      if (vErrors === null) {
                        vErrors = [err131];
                      } else {
                        vErrors.push(err131);
                      }
                      errors++;
                    }
                  }
                  let i10 = data69.length;
                  let j3;
                  if (i10 > 1) {
                    outer1: for (; i10--; ) {
                      for (j3 = i10; j3--; ) {
                        if (func0(data69[i10], data69[j3])) {
                          const err132 = { instancePath: instancePath + "/sdks/" + i8 + "/packages", schemaPath: "#/properties/sdks/items/properties/packages/uniqueItems", keyword: "uniqueItems", params: { i: i10, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i10 + " are identical)", schema: true, parentSchema: schema31.properties.sdks.items.properties.packages, data: data69 };
                          if (vErrors === null) {
                            vErrors = [err132];
                          } else {
                            vErrors.push(err132);
                          }
                          errors++;
                          break outer1;
                        }
                      }
                    }
                  }
                } else {
                  const err133 = { instancePath: instancePath + "/sdks/" + i8 + "/packages", schemaPath: "#/properties/sdks/items/properties/packages/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.sdks.items.properties.packages.type, parentSchema: schema31.properties.sdks.items.properties.packages, data: data69 };
                  if (vErrors === null) {
                    vErrors = [err133];
                  } else {
                    vErrors.push(err133);
                  }
                  errors++;
                }
              }
              if (data66.vendor !== void 0) {
                let data71 = data66.vendor;
                if (typeof data71 !== "string") {
                  const err134 = { instancePath: instancePath + "/sdks/" + i8 + "/vendor", schemaPath: "#/properties/sdks/items/properties/vendor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.sdks.items.properties.vendor.type, parentSchema: schema31.properties.sdks.items.properties.vendor, data: data71 };
                  if (vErrors === null) {
                    vErrors = [err134];
                  } else {
                    vErrors.push(err134);
                  }
                  errors++;
                }
              }
              if (data66.purpose !== void 0) {
                let data72 = data66.purpose;
                if (typeof data72 !== "string") {
                  const err135 = { instancePath: instancePath + "/sdks/" + i8 + "/purpose", schemaPath: "#/properties/sdks/items/properties/purpose/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.sdks.items.properties.purpose.type, parentSchema: schema31.properties.sdks.items.properties.purpose, data: data72 };
                  if (vErrors === null) {
                    vErrors = [err135];
                  } else {
                    vErrors.push(err135);
                  }
                  errors++;
                }
              }
              if (data66.personalInfo !== void 0) {
                let data73 = data66.personalInfo;
                if (Array.isArray(data73)) {
                  const len7 = data73.length;
                  for (let i11 = 0; i11 < len7; i11++) {
                    let data74 = data73[i11];
                    if (typeof data74 !== "string") {
                      const err136 = { instancePath: instancePath + "/sdks/" + i8 + "/personalInfo/" + i11, schemaPath: "#/$defs/personalInfoType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data74 };
                      if (vErrors === null) {
                        vErrors = [err136];
                      } else {
                        vErrors.push(err136);
                      }
                      errors++;
                    }
                    if (!(data74 === "name" || data74 === "phone-number" || data74 === "email-address" || data74 === "physical-address" || data74 === "other-contact-info" || data74 === "date-of-birth" || data74 === "gender" || data74 === "occupation" || data74 === "id-type" || data74 === "id-number" || data74 === "id-validity" || data74 === "id-document-image" || data74 === "bank-card-number" || data74 === "account-number" || data74 === "card-cvn" || data74 === "card-expiry" || data74 === "card-track-data" || data74 === "password" || data74 === "payment-password" || data74 === "verification-code" || data74 === "biometric-face" || data74 === "biometric-fingerprint" || data74 === "biometric-voiceprint" || data74 === "account-balance" || data74 === "transaction-records" || data74 === "credit-info" || data74 === "income" || data74 === "other-financial-info" || data74 === "health" || data74 === "fitness" || data74 === "precise-location" || data74 === "coarse-location" || data74 === "contacts" || data74 === "messages" || data74 === "photos-or-videos" || data74 === "audio-data" || data74 === "files-and-docs" || data74 === "calendar" || data74 === "customer-support" || data74 === "other-user-content" || data74 === "browsing-history" || data74 === "search-history" || data74 === "installed-apps" || data74 === "user-id" || data74 === "device-id" || data74 === "advertising-id" || data74 === "ip-address" || data74 === "product-interaction" || data74 === "advertising-data" || data74 === "usage-data" || data74 === "crash-data" || data74 === "performance-data" || data74 === "diagnostic-data" || data74 === "environment-scanning" || data74 === "sensitive-info" || data74 === "android-id" || data74 === "oaid" || data74 === "imei" || data74 === "imsi" || data74 === "mac-address" || data74 === "serial-number" || data74 === "device-info" || data74 === "cell-info" || data74 === "wifi-info" || data74 === "clipboard" || data74 === "sensor-data" || data74 === "social-account" || data74 === "payment-info" || data74 === "purchase-history" || data74 === "other")) {
                      const err137 = { instancePath: instancePath + "/sdks/" + i8 + "/personalInfo/" + i11, schemaPath: "#/$defs/personalInfoType/enum", keyword: "enum", params: { allowedValues: schema49.enum }, message: "must be equal to one of the allowed values", schema: schema49.enum, parentSchema: schema49, data: data74 };
                      if (vErrors === null) {
                        vErrors = [err137];
                      } else {
                        vErrors.push(err137);
                      }
                      errors++;
                    }
                  }
                  let i12 = data73.length;
                  let j4;
                  if (i12 > 1) {
                    outer2: for (; i12--; ) {
                      for (j4 = i12; j4--; ) {
                        if (func0(data73[i12], data73[j4])) {
                          const err138 = { instancePath: instancePath + "/sdks/" + i8 + "/personalInfo", schemaPath: "#/properties/sdks/items/properties/personalInfo/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i12 + " are identical)", schema: true, parentSchema: schema31.properties.sdks.items.properties.personalInfo, data: data73 };
                          if (vErrors === null) {
                            vErrors = [err138];
                          } else {
                            vErrors.push(err138);
                          }
                          errors++;
                          break outer2;
                        }
                      }
                    }
                  }
                } else {
                  const err139 = { instancePath: instancePath + "/sdks/" + i8 + "/personalInfo", schemaPath: "#/properties/sdks/items/properties/personalInfo/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.sdks.items.properties.personalInfo.type, parentSchema: schema31.properties.sdks.items.properties.personalInfo, data: data73 };
                  if (vErrors === null) {
                    vErrors = [err139];
                  } else {
                    vErrors.push(err139);
                  }
                  errors++;
                }
              }
              if (data66.permissions !== void 0) {
                let data75 = data66.permissions;
                if (Array.isArray(data75)) {
                  const len8 = data75.length;
                  for (let i13 = 0; i13 < len8; i13++) {
                    let data76 = data75[i13];
                    if (typeof data76 === "string") {
                      if (!pattern15.test(data76)) {
                        const err140 = { instancePath: instancePath + "/sdks/" + i8 + "/permissions/" + i13, schemaPath: "#/properties/sdks/items/properties/permissions/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.]*$"', schema: "^[A-Za-z][A-Za-z0-9_.]*$", parentSchema: schema31.properties.sdks.items.properties.permissions.items, data: data76 };
                        if (vErrors === null) {
                          vErrors = [err140];
                        } else {
                          vErrors.push(err140);
                        }
                        errors++;
                      }
                    } else {
                      const err141 = { instancePath: instancePath + "/sdks/" + i8 + "/permissions/" + i13, schemaPath: "#/properties/sdks/items/properties/permissions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.sdks.items.properties.permissions.items.type, parentSchema: schema31.properties.sdks.items.properties.permissions.items, data: data76 };
                      if (vErrors === null) {
                        vErrors = [err141];
                      } else {
                        vErrors.push(err141);
                      }
                      errors++;
                    }
                  }
                  let i14 = data75.length;
                  let j5;
                  if (i14 > 1) {
                    const indices2 = {};
                    for (; i14--; ) {
                      let item2 = data75[i14];
                      if (typeof item2 !== "string") {
                        continue;
                      }
                      if (typeof indices2[item2] == "number") {
                        j5 = indices2[item2];
                        const err142 = { instancePath: instancePath + "/sdks/" + i8 + "/permissions", schemaPath: "#/properties/sdks/items/properties/permissions/uniqueItems", keyword: "uniqueItems", params: { i: i14, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i14 + " are identical)", schema: true, parentSchema: schema31.properties.sdks.items.properties.permissions, data: data75 };
                        if (vErrors === null) {
                          vErrors = [err142];
                        } else {
                          vErrors.push(err142);
                        }
                        errors++;
                        break;
                      }
                      indices2[item2] = i14;
                    }
                  }
                } else {
                  const err143 = { instancePath: instancePath + "/sdks/" + i8 + "/permissions", schemaPath: "#/properties/sdks/items/properties/permissions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.sdks.items.properties.permissions.type, parentSchema: schema31.properties.sdks.items.properties.permissions, data: data75 };
                  if (vErrors === null) {
                    vErrors = [err143];
                  } else {
                    vErrors.push(err143);
                  }
                  errors++;
                }
              }
              if (data66.securityAssessment !== void 0) {
                if (!validate24(data66.securityAssessment, { instancePath: instancePath + "/sdks/" + i8 + "/securityAssessment", parentData: data66, parentDataProperty: "securityAssessment", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                  errors = vErrors.length;
                }
              }
              if (data66.contract !== void 0) {
                if (!validate28(data66.contract, { instancePath: instancePath + "/sdks/" + i8 + "/contract", parentData: data66, parentDataProperty: "contract", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                  errors = vErrors.length;
                }
              }
              if (data66.privacyPolicy !== void 0) {
                let data79 = data66.privacyPolicy;
                if (typeof data79 === "string") {
                  if (!formats10.validate(data79)) {
                    const err144 = { instancePath: instancePath + "/sdks/" + i8 + "/privacyPolicy", schemaPath: "#/$defs/httpsUrl/format", keyword: "format", params: { format: "https-url" }, message: 'must match format "https-url"', schema: "https-url", parentSchema: schema41, data: data79 };
                    if (vErrors === null) {
                      vErrors = [err144];
                    } else {
                      vErrors.push(err144);
                    }
                    errors++;
                  }
                } else {
                  const err145 = { instancePath: instancePath + "/sdks/" + i8 + "/privacyPolicy", schemaPath: "#/$defs/httpsUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data79 };
                  if (vErrors === null) {
                    vErrors = [err145];
                  } else {
                    vErrors.push(err145);
                  }
                  errors++;
                }
              }
            } else {
              const err146 = { instancePath: instancePath + "/sdks/" + i8, schemaPath: "#/properties/sdks/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.sdks.items.type, parentSchema: schema31.properties.sdks.items, data: data66 };
              if (vErrors === null) {
                vErrors = [err146];
              } else {
                vErrors.push(err146);
              }
              errors++;
            }
          }
        } else {
          const err147 = { instancePath: instancePath + "/sdks", schemaPath: "#/properties/sdks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.sdks.type, parentSchema: schema31.properties.sdks, data: data65 };
          if (vErrors === null) {
            vErrors = [err147];
          } else {
            vErrors.push(err147);
          }
          errors++;
        }
      }
      if (data.thirdParties !== void 0) {
        let data80 = data.thirdParties;
        if (Array.isArray(data80)) {
          const len9 = data80.length;
          for (let i15 = 0; i15 < len9; i15++) {
            let data81 = data80[i15];
            if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
              if (data81.name === void 0) {
                const err148 = { instancePath: instancePath + "/thirdParties/" + i15, schemaPath: "#/properties/thirdParties/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.thirdParties.items.required, parentSchema: schema31.properties.thirdParties.items, data: data81 };
                if (vErrors === null) {
                  vErrors = [err148];
                } else {
                  vErrors.push(err148);
                }
                errors++;
              }
              for (const key17 in data81) {
                if (!(key17 === "name" || key17 === "kind" || key17 === "contract" || key17 === "responsibilities" || key17 === "dataShared")) {
                  const err149 = { instancePath: instancePath + "/thirdParties/" + i15, schemaPath: "#/properties/thirdParties/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.thirdParties.items, data: data81 };
                  if (vErrors === null) {
                    vErrors = [err149];
                  } else {
                    vErrors.push(err149);
                  }
                  errors++;
                }
              }
              if (data81.name !== void 0) {
                let data82 = data81.name;
                if (typeof data82 === "string") {
                  if (func3(data82) < 1) {
                    const err150 = { instancePath: instancePath + "/thirdParties/" + i15 + "/name", schemaPath: "#/properties/thirdParties/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.thirdParties.items.properties.name, data: data82 };
                    if (vErrors === null) {
                      vErrors = [err150];
                    } else {
                      vErrors.push(err150);
                    }
                    errors++;
                  }
                } else {
                  const err151 = { instancePath: instancePath + "/thirdParties/" + i15 + "/name", schemaPath: "#/properties/thirdParties/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.thirdParties.items.properties.name.type, parentSchema: schema31.properties.thirdParties.items.properties.name, data: data82 };
                  if (vErrors === null) {
                    vErrors = [err151];
                  } else {
                    vErrors.push(err151);
                  }
                  errors++;
                }
              }
              if (data81.kind !== void 0) {
                let data83 = data81.kind;
                if (typeof data83 !== "string") {
                  const err152 = { instancePath: instancePath + "/thirdParties/" + i15 + "/kind", schemaPath: "#/properties/thirdParties/items/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.thirdParties.items.properties.kind.type, parentSchema: schema31.properties.thirdParties.items.properties.kind, data: data83 };
                  if (vErrors === null) {
                    vErrors = [err152];
                  } else {
                    vErrors.push(err152);
                  }
                  errors++;
                }
                if (!(data83 === "government" || data83 === "enterprise" || data83 === "financial-institution" || data83 === "other")) {
                  const err153 = { instancePath: instancePath + "/thirdParties/" + i15 + "/kind", schemaPath: "#/properties/thirdParties/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.thirdParties.items.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.thirdParties.items.properties.kind.enum, parentSchema: schema31.properties.thirdParties.items.properties.kind, data: data83 };
                  if (vErrors === null) {
                    vErrors = [err153];
                  } else {
                    vErrors.push(err153);
                  }
                  errors++;
                }
              }
              if (data81.contract !== void 0) {
                if (!validate28(data81.contract, { instancePath: instancePath + "/thirdParties/" + i15 + "/contract", parentData: data81, parentDataProperty: "contract", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                  errors = vErrors.length;
                }
              }
              if (data81.responsibilities !== void 0) {
                let data85 = data81.responsibilities;
                if (typeof data85 !== "string") {
                  const err154 = { instancePath: instancePath + "/thirdParties/" + i15 + "/responsibilities", schemaPath: "#/properties/thirdParties/items/properties/responsibilities/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.thirdParties.items.properties.responsibilities.type, parentSchema: schema31.properties.thirdParties.items.properties.responsibilities, data: data85 };
                  if (vErrors === null) {
                    vErrors = [err154];
                  } else {
                    vErrors.push(err154);
                  }
                  errors++;
                }
              }
              if (data81.dataShared !== void 0) {
                let data86 = data81.dataShared;
                if (Array.isArray(data86)) {
                  const len10 = data86.length;
                  for (let i16 = 0; i16 < len10; i16++) {
                    let data87 = data86[i16];
                    if (typeof data87 !== "string") {
                      const err155 = { instancePath: instancePath + "/thirdParties/" + i15 + "/dataShared/" + i16, schemaPath: "#/$defs/personalInfoType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data87 };
                      if (vErrors === null) {
                        vErrors = [err155];
                      } else {
                        vErrors.push(err155);
                      }
                      errors++;
                    }
                    if (!(data87 === "name" || data87 === "phone-number" || data87 === "email-address" || data87 === "physical-address" || data87 === "other-contact-info" || data87 === "date-of-birth" || data87 === "gender" || data87 === "occupation" || data87 === "id-type" || data87 === "id-number" || data87 === "id-validity" || data87 === "id-document-image" || data87 === "bank-card-number" || data87 === "account-number" || data87 === "card-cvn" || data87 === "card-expiry" || data87 === "card-track-data" || data87 === "password" || data87 === "payment-password" || data87 === "verification-code" || data87 === "biometric-face" || data87 === "biometric-fingerprint" || data87 === "biometric-voiceprint" || data87 === "account-balance" || data87 === "transaction-records" || data87 === "credit-info" || data87 === "income" || data87 === "other-financial-info" || data87 === "health" || data87 === "fitness" || data87 === "precise-location" || data87 === "coarse-location" || data87 === "contacts" || data87 === "messages" || data87 === "photos-or-videos" || data87 === "audio-data" || data87 === "files-and-docs" || data87 === "calendar" || data87 === "customer-support" || data87 === "other-user-content" || data87 === "browsing-history" || data87 === "search-history" || data87 === "installed-apps" || data87 === "user-id" || data87 === "device-id" || data87 === "advertising-id" || data87 === "ip-address" || data87 === "product-interaction" || data87 === "advertising-data" || data87 === "usage-data" || data87 === "crash-data" || data87 === "performance-data" || data87 === "diagnostic-data" || data87 === "environment-scanning" || data87 === "sensitive-info" || data87 === "android-id" || data87 === "oaid" || data87 === "imei" || data87 === "imsi" || data87 === "mac-address" || data87 === "serial-number" || data87 === "device-info" || data87 === "cell-info" || data87 === "wifi-info" || data87 === "clipboard" || data87 === "sensor-data" || data87 === "social-account" || data87 === "payment-info" || data87 === "purchase-history" || data87 === "other")) {
                      const err156 = { instancePath: instancePath + "/thirdParties/" + i15 + "/dataShared/" + i16, schemaPath: "#/$defs/personalInfoType/enum", keyword: "enum", params: { allowedValues: schema49.enum }, message: "must be equal to one of the allowed values", schema: schema49.enum, parentSchema: schema49, data: data87 };
                      if (vErrors === null) {
                        vErrors = [err156];
                      } else {
                        vErrors.push(err156);
                      }
                      errors++;
                    }
                  }
                  let i17 = data86.length;
                  let j6;
                  if (i17 > 1) {
                    outer3: for (; i17--; ) {
                      for (j6 = i17; j6--; ) {
                        if (func0(data86[i17], data86[j6])) {
                          const err157 = { instancePath: instancePath + "/thirdParties/" + i15 + "/dataShared", schemaPath: "#/properties/thirdParties/items/properties/dataShared/uniqueItems", keyword: "uniqueItems", params: { i: i17, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i17 + " are identical)", schema: true, parentSchema: schema31.properties.thirdParties.items.properties.dataShared, data: data86 };
                          if (vErrors === null) {
                            vErrors = [err157];
                          } else {
                            vErrors.push(err157);
                          }
                          errors++;
                          break outer3;
                        }
                      }
                    }
                  }
                } else {
                  const err158 = { instancePath: instancePath + "/thirdParties/" + i15 + "/dataShared", schemaPath: "#/properties/thirdParties/items/properties/dataShared/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.thirdParties.items.properties.dataShared.type, parentSchema: schema31.properties.thirdParties.items.properties.dataShared, data: data86 };
                  if (vErrors === null) {
                    vErrors = [err158];
                  } else {
                    vErrors.push(err158);
                  }
                  errors++;
                }
              }
            } else {
              const err159 = { instancePath: instancePath + "/thirdParties/" + i15, schemaPath: "#/properties/thirdParties/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.thirdParties.items.type, parentSchema: schema31.properties.thirdParties.items, data: data81 };
              if (vErrors === null) {
                vErrors = [err159];
              } else {
                vErrors.push(err159);
              }
              errors++;
            }
          }
        } else {
          const err160 = { instancePath: instancePath + "/thirdParties", schemaPath: "#/properties/thirdParties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.thirdParties.type, parentSchema: schema31.properties.thirdParties, data: data80 };
          if (vErrors === null) {
            vErrors = [err160];
          } else {
            vErrors.push(err160);
          }
          errors++;
        }
      }
      if (data.outsourcing !== void 0) {
        let data88 = data.outsourcing;
        if (Array.isArray(data88)) {
          const len11 = data88.length;
          for (let i18 = 0; i18 < len11; i18++) {
            let data89 = data88[i18];
            if (data89 && typeof data89 == "object" && !Array.isArray(data89)) {
              if (data89.vendor === void 0) {
                const err161 = { instancePath: instancePath + "/outsourcing/" + i18, schemaPath: "#/properties/outsourcing/items/required", keyword: "required", params: { missingProperty: "vendor" }, message: "must have required property 'vendor'", schema: schema31.properties.outsourcing.items.required, parentSchema: schema31.properties.outsourcing.items, data: data89 };
                if (vErrors === null) {
                  vErrors = [err161];
                } else {
                  vErrors.push(err161);
                }
                errors++;
              }
              for (const key18 in data89) {
                if (!(key18 === "vendor" || key18 === "services" || key18 === "contract" || key18 === "dataAccess" || key18 === "accessJustification" || key18 === "lastAssessment")) {
                  const err162 = { instancePath: instancePath + "/outsourcing/" + i18, schemaPath: "#/properties/outsourcing/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.outsourcing.items, data: data89 };
                  if (vErrors === null) {
                    vErrors = [err162];
                  } else {
                    vErrors.push(err162);
                  }
                  errors++;
                }
              }
              if (data89.vendor !== void 0) {
                let data90 = data89.vendor;
                if (typeof data90 === "string") {
                  if (func3(data90) < 1) {
                    const err163 = { instancePath: instancePath + "/outsourcing/" + i18 + "/vendor", schemaPath: "#/properties/outsourcing/items/properties/vendor/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.outsourcing.items.properties.vendor, data: data90 };
                    if (vErrors === null) {
                      vErrors = [err163];
                    } else {
                      vErrors.push(err163);
                    }
                    errors++;
                  }
                } else {
                  const err164 = { instancePath: instancePath + "/outsourcing/" + i18 + "/vendor", schemaPath: "#/properties/outsourcing/items/properties/vendor/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.outsourcing.items.properties.vendor.type, parentSchema: schema31.properties.outsourcing.items.properties.vendor, data: data90 };
                  if (vErrors === null) {
                    vErrors = [err164];
                  } else {
                    vErrors.push(err164);
                  }
                  errors++;
                }
              }
              if (data89.services !== void 0) {
                let data91 = data89.services;
                if (Array.isArray(data91)) {
                  if (data91.length < 1) {
                    const err165 = { instancePath: instancePath + "/outsourcing/" + i18 + "/services", schemaPath: "#/properties/outsourcing/items/properties/services/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.outsourcing.items.properties.services, data: data91 };
                    if (vErrors === null) {
                      vErrors = [err165];
                    } else {
                      vErrors.push(err165);
                    }
                    errors++;
                  }
                  const len12 = data91.length;
                  for (let i19 = 0; i19 < len12; i19++) {
                    let data92 = data91[i19];
                    if (typeof data92 !== "string") {
                      const err166 = { instancePath: instancePath + "/outsourcing/" + i18 + "/services/" + i19, schemaPath: "#/$defs/outsourcingService/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.type, parentSchema: schema56, data: data92 };
                      if (vErrors === null) {
                        vErrors = [err166];
                      } else {
                        vErrors.push(err166);
                      }
                      errors++;
                    }
                    if (!(data92 === "development" || data92 === "maintenance" || data92 === "operations" || data92 === "hosting" || data92 === "testing" || data92 === "security-testing" || data92 === "hardening" || data92 === "design" || data92 === "content" || data92 === "customer-service" || data92 === "marketing" || data92 === "data-analysis" || data92 === "publishing" || data92 === "other")) {
                      const err167 = { instancePath: instancePath + "/outsourcing/" + i18 + "/services/" + i19, schemaPath: "#/$defs/outsourcingService/enum", keyword: "enum", params: { allowedValues: schema56.enum }, message: "must be equal to one of the allowed values", schema: schema56.enum, parentSchema: schema56, data: data92 };
                      if (vErrors === null) {
                        vErrors = [err167];
                      } else {
                        vErrors.push(err167);
                      }
                      errors++;
                    }
                  }
                  let i20 = data91.length;
                  let j7;
                  if (i20 > 1) {
                    outer4: for (; i20--; ) {
                      for (j7 = i20; j7--; ) {
                        if (func0(data91[i20], data91[j7])) {
                          const err168 = { instancePath: instancePath + "/outsourcing/" + i18 + "/services", schemaPath: "#/properties/outsourcing/items/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i20, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i20 + " are identical)", schema: true, parentSchema: schema31.properties.outsourcing.items.properties.services, data: data91 };
                          if (vErrors === null) {
                            vErrors = [err168];
                          } else {
                            vErrors.push(err168);
                          }
                          errors++;
                          break outer4;
                        }
                      }
                    }
                  }
                } else {
                  const err169 = { instancePath: instancePath + "/outsourcing/" + i18 + "/services", schemaPath: "#/properties/outsourcing/items/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.outsourcing.items.properties.services.type, parentSchema: schema31.properties.outsourcing.items.properties.services, data: data91 };
                  if (vErrors === null) {
                    vErrors = [err169];
                  } else {
                    vErrors.push(err169);
                  }
                  errors++;
                }
              }
              if (data89.contract !== void 0) {
                if (!validate28(data89.contract, { instancePath: instancePath + "/outsourcing/" + i18 + "/contract", parentData: data89, parentDataProperty: "contract", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                  errors = vErrors.length;
                }
              }
              if (data89.dataAccess !== void 0) {
                let data94 = data89.dataAccess;
                if (typeof data94 !== "string") {
                  const err170 = { instancePath: instancePath + "/outsourcing/" + i18 + "/dataAccess", schemaPath: "#/properties/outsourcing/items/properties/dataAccess/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.outsourcing.items.properties.dataAccess.type, parentSchema: schema31.properties.outsourcing.items.properties.dataAccess, data: data94 };
                  if (vErrors === null) {
                    vErrors = [err170];
                  } else {
                    vErrors.push(err170);
                  }
                  errors++;
                }
                if (!(data94 === "none" || data94 === "test-data" || data94 === "masked" || data94 === "production")) {
                  const err171 = { instancePath: instancePath + "/outsourcing/" + i18 + "/dataAccess", schemaPath: "#/properties/outsourcing/items/properties/dataAccess/enum", keyword: "enum", params: { allowedValues: schema31.properties.outsourcing.items.properties.dataAccess.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.outsourcing.items.properties.dataAccess.enum, parentSchema: schema31.properties.outsourcing.items.properties.dataAccess, data: data94 };
                  if (vErrors === null) {
                    vErrors = [err171];
                  } else {
                    vErrors.push(err171);
                  }
                  errors++;
                }
              }
              if (data89.accessJustification !== void 0) {
                let data95 = data89.accessJustification;
                if (typeof data95 !== "string") {
                  const err172 = { instancePath: instancePath + "/outsourcing/" + i18 + "/accessJustification", schemaPath: "#/properties/outsourcing/items/properties/accessJustification/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.outsourcing.items.properties.accessJustification.type, parentSchema: schema31.properties.outsourcing.items.properties.accessJustification, data: data95 };
                  if (vErrors === null) {
                    vErrors = [err172];
                  } else {
                    vErrors.push(err172);
                  }
                  errors++;
                }
              }
              if (data89.lastAssessment !== void 0) {
                if (!validate24(data89.lastAssessment, { instancePath: instancePath + "/outsourcing/" + i18 + "/lastAssessment", parentData: data89, parentDataProperty: "lastAssessment", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                  errors = vErrors.length;
                }
              }
            } else {
              const err173 = { instancePath: instancePath + "/outsourcing/" + i18, schemaPath: "#/properties/outsourcing/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.outsourcing.items.type, parentSchema: schema31.properties.outsourcing.items, data: data89 };
              if (vErrors === null) {
                vErrors = [err173];
              } else {
                vErrors.push(err173);
              }
              errors++;
            }
          }
        } else {
          const err174 = { instancePath: instancePath + "/outsourcing", schemaPath: "#/properties/outsourcing/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.outsourcing.type, parentSchema: schema31.properties.outsourcing, data: data88 };
          if (vErrors === null) {
            vErrors = [err174];
          } else {
            vErrors.push(err174);
          }
          errors++;
        }
      }
      if (data.dataFlows !== void 0) {
        let data97 = data.dataFlows;
        if (Array.isArray(data97)) {
          const len13 = data97.length;
          for (let i21 = 0; i21 < len13; i21++) {
            let data98 = data97[i21];
            if (data98 && typeof data98 == "object" && !Array.isArray(data98)) {
              if (data98.name === void 0) {
                const err175 = { instancePath: instancePath + "/dataFlows/" + i21, schemaPath: "#/properties/dataFlows/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.dataFlows.items.required, parentSchema: schema31.properties.dataFlows.items, data: data98 };
                if (vErrors === null) {
                  vErrors = [err175];
                } else {
                  vErrors.push(err175);
                }
                errors++;
              }
              for (const key19 in data98) {
                if (!func1.call(schema31.properties.dataFlows.items.properties, key19)) {
                  const err176 = { instancePath: instancePath + "/dataFlows/" + i21, schemaPath: "#/properties/dataFlows/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.dataFlows.items, data: data98 };
                  if (vErrors === null) {
                    vErrors = [err176];
                  } else {
                    vErrors.push(err176);
                  }
                  errors++;
                }
              }
              if (data98.name !== void 0) {
                let data99 = data98.name;
                if (typeof data99 === "string") {
                  if (func3(data99) < 1) {
                    const err177 = { instancePath: instancePath + "/dataFlows/" + i21 + "/name", schemaPath: "#/properties/dataFlows/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.dataFlows.items.properties.name, data: data99 };
                    if (vErrors === null) {
                      vErrors = [err177];
                    } else {
                      vErrors.push(err177);
                    }
                    errors++;
                  }
                } else {
                  const err178 = { instancePath: instancePath + "/dataFlows/" + i21 + "/name", schemaPath: "#/properties/dataFlows/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.dataFlows.items.properties.name.type, parentSchema: schema31.properties.dataFlows.items.properties.name, data: data99 };
                  if (vErrors === null) {
                    vErrors = [err178];
                  } else {
                    vErrors.push(err178);
                  }
                  errors++;
                }
              }
              if (data98.data !== void 0) {
                let data100 = data98.data;
                if (Array.isArray(data100)) {
                  if (data100.length < 1) {
                    const err179 = { instancePath: instancePath + "/dataFlows/" + i21 + "/data", schemaPath: "#/properties/dataFlows/items/properties/data/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.dataFlows.items.properties.data, data: data100 };
                    if (vErrors === null) {
                      vErrors = [err179];
                    } else {
                      vErrors.push(err179);
                    }
                    errors++;
                  }
                  const len14 = data100.length;
                  for (let i22 = 0; i22 < len14; i22++) {
                    let data101 = data100[i22];
                    if (typeof data101 !== "string") {
                      const err180 = { instancePath: instancePath + "/dataFlows/" + i21 + "/data/" + i22, schemaPath: "#/$defs/personalInfoType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data101 };
                      if (vErrors === null) {
                        vErrors = [err180];
                      } else {
                        vErrors.push(err180);
                      }
                      errors++;
                    }
                    if (!(data101 === "name" || data101 === "phone-number" || data101 === "email-address" || data101 === "physical-address" || data101 === "other-contact-info" || data101 === "date-of-birth" || data101 === "gender" || data101 === "occupation" || data101 === "id-type" || data101 === "id-number" || data101 === "id-validity" || data101 === "id-document-image" || data101 === "bank-card-number" || data101 === "account-number" || data101 === "card-cvn" || data101 === "card-expiry" || data101 === "card-track-data" || data101 === "password" || data101 === "payment-password" || data101 === "verification-code" || data101 === "biometric-face" || data101 === "biometric-fingerprint" || data101 === "biometric-voiceprint" || data101 === "account-balance" || data101 === "transaction-records" || data101 === "credit-info" || data101 === "income" || data101 === "other-financial-info" || data101 === "health" || data101 === "fitness" || data101 === "precise-location" || data101 === "coarse-location" || data101 === "contacts" || data101 === "messages" || data101 === "photos-or-videos" || data101 === "audio-data" || data101 === "files-and-docs" || data101 === "calendar" || data101 === "customer-support" || data101 === "other-user-content" || data101 === "browsing-history" || data101 === "search-history" || data101 === "installed-apps" || data101 === "user-id" || data101 === "device-id" || data101 === "advertising-id" || data101 === "ip-address" || data101 === "product-interaction" || data101 === "advertising-data" || data101 === "usage-data" || data101 === "crash-data" || data101 === "performance-data" || data101 === "diagnostic-data" || data101 === "environment-scanning" || data101 === "sensitive-info" || data101 === "android-id" || data101 === "oaid" || data101 === "imei" || data101 === "imsi" || data101 === "mac-address" || data101 === "serial-number" || data101 === "device-info" || data101 === "cell-info" || data101 === "wifi-info" || data101 === "clipboard" || data101 === "sensor-data" || data101 === "social-account" || data101 === "payment-info" || data101 === "purchase-history" || data101 === "other")) {
                      const err181 = { instancePath: instancePath + "/dataFlows/" + i21 + "/data/" + i22, schemaPath: "#/$defs/personalInfoType/enum", keyword: "enum", params: { allowedValues: schema49.enum }, message: "must be equal to one of the allowed values", schema: schema49.enum, parentSchema: schema49, data: data101 };
                      if (vErrors === null) {
                        vErrors = [err181];
                      } else {
                        vErrors.push(err181);
                      }
                      errors++;
                    }
                  }
                  let i23 = data100.length;
                  let j8;
                  if (i23 > 1) {
                    outer5: for (; i23--; ) {
                      for (j8 = i23; j8--; ) {
                        if (func0(data100[i23], data100[j8])) {
                          const err182 = { instancePath: instancePath + "/dataFlows/" + i21 + "/data", schemaPath: "#/properties/dataFlows/items/properties/data/uniqueItems", keyword: "uniqueItems", params: { i: i23, j: j8 }, message: "must NOT have duplicate items (items ## " + j8 + " and " + i23 + " are identical)", schema: true, parentSchema: schema31.properties.dataFlows.items.properties.data, data: data100 };
                          if (vErrors === null) {
                            vErrors = [err182];
                          } else {
                            vErrors.push(err182);
                          }
                          errors++;
                          break outer5;
                        }
                      }
                    }
                  }
                } else {
                  const err183 = { instancePath: instancePath + "/dataFlows/" + i21 + "/data", schemaPath: "#/properties/dataFlows/items/properties/data/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.dataFlows.items.properties.data.type, parentSchema: schema31.properties.dataFlows.items.properties.data, data: data100 };
                  if (vErrors === null) {
                    vErrors = [err183];
                  } else {
                    vErrors.push(err183);
                  }
                  errors++;
                }
              }
              if (data98.sensitivity !== void 0) {
                let data102 = data98.sensitivity;
                if (typeof data102 !== "string") {
                  const err184 = { instancePath: instancePath + "/dataFlows/" + i21 + "/sensitivity", schemaPath: "#/properties/dataFlows/items/properties/sensitivity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.dataFlows.items.properties.sensitivity.type, parentSchema: schema31.properties.dataFlows.items.properties.sensitivity, data: data102 };
                  if (vErrors === null) {
                    vErrors = [err184];
                  } else {
                    vErrors.push(err184);
                  }
                  errors++;
                }
                if (!(data102 === "C1" || data102 === "C2" || data102 === "C3")) {
                  const err185 = { instancePath: instancePath + "/dataFlows/" + i21 + "/sensitivity", schemaPath: "#/properties/dataFlows/items/properties/sensitivity/enum", keyword: "enum", params: { allowedValues: schema31.properties.dataFlows.items.properties.sensitivity.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.dataFlows.items.properties.sensitivity.enum, parentSchema: schema31.properties.dataFlows.items.properties.sensitivity, data: data102 };
                  if (vErrors === null) {
                    vErrors = [err185];
                  } else {
                    vErrors.push(err185);
                  }
                  errors++;
                }
              }
              if (data98.purpose !== void 0) {
                let data103 = data98.purpose;
                if (typeof data103 !== "string") {
                  const err186 = { instancePath: instancePath + "/dataFlows/" + i21 + "/purpose", schemaPath: "#/$defs/purpose/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.type, parentSchema: schema58, data: data103 };
                  if (vErrors === null) {
                    vErrors = [err186];
                  } else {
                    vErrors.push(err186);
                  }
                  errors++;
                }
                if (!(data103 === "app-functionality" || data103 === "account-management" || data103 === "authentication" || data103 === "identity-verification" || data103 === "transaction-processing" || data103 === "fraud-prevention" || data103 === "security" || data103 === "regulatory-compliance" || data103 === "customer-service" || data103 === "analytics" || data103 === "crash-reporting" || data103 === "personalization" || data103 === "marketing" || data103 === "advertising" || data103 === "developer-communications" || data103 === "other")) {
                  const err187 = { instancePath: instancePath + "/dataFlows/" + i21 + "/purpose", schemaPath: "#/$defs/purpose/enum", keyword: "enum", params: { allowedValues: schema58.enum }, message: "must be equal to one of the allowed values", schema: schema58.enum, parentSchema: schema58, data: data103 };
                  if (vErrors === null) {
                    vErrors = [err187];
                  } else {
                    vErrors.push(err187);
                  }
                  errors++;
                }
              }
              if (data98.necessary !== void 0) {
                let data104 = data98.necessary;
                if (typeof data104 !== "boolean") {
                  const err188 = { instancePath: instancePath + "/dataFlows/" + i21 + "/necessary", schemaPath: "#/properties/dataFlows/items/properties/necessary/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.dataFlows.items.properties.necessary.type, parentSchema: schema31.properties.dataFlows.items.properties.necessary, data: data104 };
                  if (vErrors === null) {
                    vErrors = [err188];
                  } else {
                    vErrors.push(err188);
                  }
                  errors++;
                }
              }
              if (data98.legalBasis !== void 0) {
                let data105 = data98.legalBasis;
                if (typeof data105 !== "string") {
                  const err189 = { instancePath: instancePath + "/dataFlows/" + i21 + "/legalBasis", schemaPath: "#/$defs/legalBasis/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.type, parentSchema: schema59, data: data105 };
                  if (vErrors === null) {
                    vErrors = [err189];
                  } else {
                    vErrors.push(err189);
                  }
                  errors++;
                }
                if (!(data105 === "consent" || data105 === "separate-consent" || data105 === "contract" || data105 === "employment" || data105 === "legal-obligation" || data105 === "vital-interests" || data105 === "public-interest" || data105 === "public-information" || data105 === "other-law")) {
                  const err190 = { instancePath: instancePath + "/dataFlows/" + i21 + "/legalBasis", schemaPath: "#/$defs/legalBasis/enum", keyword: "enum", params: { allowedValues: schema59.enum }, message: "must be equal to one of the allowed values", schema: schema59.enum, parentSchema: schema59, data: data105 };
                  if (vErrors === null) {
                    vErrors = [err190];
                  } else {
                    vErrors.push(err190);
                  }
                  errors++;
                }
              }
              if (data98.recipient !== void 0) {
                let data106 = data98.recipient;
                if (typeof data106 === "string") {
                  if (!pattern16.test(data106)) {
                    const err191 = { instancePath: instancePath + "/dataFlows/" + i21 + "/recipient", schemaPath: "#/properties/dataFlows/items/properties/recipient/pattern", keyword: "pattern", params: { pattern: "^(self|sdk:[a-z0-9][a-z0-9._-]*|vendor:\\S.*|third-party:\\S.*)$" }, message: 'must match pattern "^(self|sdk:[a-z0-9][a-z0-9._-]*|vendor:\\S.*|third-party:\\S.*)$"', schema: "^(self|sdk:[a-z0-9][a-z0-9._-]*|vendor:\\S.*|third-party:\\S.*)$", parentSchema: schema31.properties.dataFlows.items.properties.recipient, data: data106 };
                    if (vErrors === null) {
                      vErrors = [err191];
                    } else {
                      vErrors.push(err191);
                    }
                    errors++;
                  }
                } else {
                  const err192 = { instancePath: instancePath + "/dataFlows/" + i21 + "/recipient", schemaPath: "#/properties/dataFlows/items/properties/recipient/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.dataFlows.items.properties.recipient.type, parentSchema: schema31.properties.dataFlows.items.properties.recipient, data: data106 };
                  if (vErrors === null) {
                    vErrors = [err192];
                  } else {
                    vErrors.push(err192);
                  }
                  errors++;
                }
              }
              if (data98.crossBorder !== void 0) {
                let data107 = data98.crossBorder;
                if (typeof data107 !== "boolean") {
                  const err193 = { instancePath: instancePath + "/dataFlows/" + i21 + "/crossBorder", schemaPath: "#/properties/dataFlows/items/properties/crossBorder/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.dataFlows.items.properties.crossBorder.type, parentSchema: schema31.properties.dataFlows.items.properties.crossBorder, data: data107 };
                  if (vErrors === null) {
                    vErrors = [err193];
                  } else {
                    vErrors.push(err193);
                  }
                  errors++;
                }
              }
              if (data98.encryptedInTransit !== void 0) {
                let data108 = data98.encryptedInTransit;
                if (typeof data108 !== "boolean") {
                  const err194 = { instancePath: instancePath + "/dataFlows/" + i21 + "/encryptedInTransit", schemaPath: "#/properties/dataFlows/items/properties/encryptedInTransit/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.dataFlows.items.properties.encryptedInTransit.type, parentSchema: schema31.properties.dataFlows.items.properties.encryptedInTransit, data: data108 };
                  if (vErrors === null) {
                    vErrors = [err194];
                  } else {
                    vErrors.push(err194);
                  }
                  errors++;
                }
              }
              if (data98.encryptedAtRest !== void 0) {
                let data109 = data98.encryptedAtRest;
                if (typeof data109 !== "boolean") {
                  const err195 = { instancePath: instancePath + "/dataFlows/" + i21 + "/encryptedAtRest", schemaPath: "#/properties/dataFlows/items/properties/encryptedAtRest/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.dataFlows.items.properties.encryptedAtRest.type, parentSchema: schema31.properties.dataFlows.items.properties.encryptedAtRest, data: data109 };
                  if (vErrors === null) {
                    vErrors = [err195];
                  } else {
                    vErrors.push(err195);
                  }
                  errors++;
                }
              }
              if (data98.retention !== void 0) {
                let data110 = data98.retention;
                if (typeof data110 === "string") {
                  if (!formats30.validate(data110)) {
                    const err196 = { instancePath: instancePath + "/dataFlows/" + i21 + "/retention", schemaPath: "#/$defs/duration/format", keyword: "format", params: { format: "duration" }, message: 'must match format "duration"', schema: "duration", parentSchema: schema60, data: data110 };
                    if (vErrors === null) {
                      vErrors = [err196];
                    } else {
                      vErrors.push(err196);
                    }
                    errors++;
                  }
                } else {
                  const err197 = { instancePath: instancePath + "/dataFlows/" + i21 + "/retention", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.type, parentSchema: schema60, data: data110 };
                  if (vErrors === null) {
                    vErrors = [err197];
                  } else {
                    vErrors.push(err197);
                  }
                  errors++;
                }
              }
              if (data98.permissions !== void 0) {
                let data111 = data98.permissions;
                if (Array.isArray(data111)) {
                  const len15 = data111.length;
                  for (let i24 = 0; i24 < len15; i24++) {
                    let data112 = data111[i24];
                    if (typeof data112 === "string") {
                      if (!pattern15.test(data112)) {
                        const err198 = { instancePath: instancePath + "/dataFlows/" + i21 + "/permissions/" + i24, schemaPath: "#/properties/dataFlows/items/properties/permissions/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.]*$"', schema: "^[A-Za-z][A-Za-z0-9_.]*$", parentSchema: schema31.properties.dataFlows.items.properties.permissions.items, data: data112 };
                        if (vErrors === null) {
                          vErrors = [err198];
                        } else {
                          vErrors.push(err198);
                        }
                        errors++;
                      }
                    } else {
                      const err199 = { instancePath: instancePath + "/dataFlows/" + i21 + "/permissions/" + i24, schemaPath: "#/properties/dataFlows/items/properties/permissions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.dataFlows.items.properties.permissions.items.type, parentSchema: schema31.properties.dataFlows.items.properties.permissions.items, data: data112 };
                      if (vErrors === null) {
                        vErrors = [err199];
                      } else {
                        vErrors.push(err199);
                      }
                      errors++;
                    }
                  }
                  let i25 = data111.length;
                  let j9;
                  if (i25 > 1) {
                    const indices3 = {};
                    for (; i25--; ) {
                      let item3 = data111[i25];
                      if (typeof item3 !== "string") {
                        continue;
                      }
                      if (typeof indices3[item3] == "number") {
                        j9 = indices3[item3];
                        const err200 = { instancePath: instancePath + "/dataFlows/" + i21 + "/permissions", schemaPath: "#/properties/dataFlows/items/properties/permissions/uniqueItems", keyword: "uniqueItems", params: { i: i25, j: j9 }, message: "must NOT have duplicate items (items ## " + j9 + " and " + i25 + " are identical)", schema: true, parentSchema: schema31.properties.dataFlows.items.properties.permissions, data: data111 };
                        if (vErrors === null) {
                          vErrors = [err200];
                        } else {
                          vErrors.push(err200);
                        }
                        errors++;
                        break;
                      }
                      indices3[item3] = i25;
                    }
                  }
                } else {
                  const err201 = { instancePath: instancePath + "/dataFlows/" + i21 + "/permissions", schemaPath: "#/properties/dataFlows/items/properties/permissions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.dataFlows.items.properties.permissions.type, parentSchema: schema31.properties.dataFlows.items.properties.permissions, data: data111 };
                  if (vErrors === null) {
                    vErrors = [err201];
                  } else {
                    vErrors.push(err201);
                  }
                  errors++;
                }
              }
            } else {
              const err202 = { instancePath: instancePath + "/dataFlows/" + i21, schemaPath: "#/properties/dataFlows/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.dataFlows.items.type, parentSchema: schema31.properties.dataFlows.items, data: data98 };
              if (vErrors === null) {
                vErrors = [err202];
              } else {
                vErrors.push(err202);
              }
              errors++;
            }
          }
        } else {
          const err203 = { instancePath: instancePath + "/dataFlows", schemaPath: "#/properties/dataFlows/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.dataFlows.type, parentSchema: schema31.properties.dataFlows, data: data97 };
          if (vErrors === null) {
            vErrors = [err203];
          } else {
            vErrors.push(err203);
          }
          errors++;
        }
      }
      if (data.security !== void 0) {
        let data113 = data.security;
        if (data113 && typeof data113 == "object" && !Array.isArray(data113)) {
          for (const key20 in data113) {
            if (!(key20 === "levelProtection" || key20 === "transportEncryption" || key20 === "userAuthentication" || key20 === "penetrationTest" || key20 === "hardening" || key20 === "allowedDomains")) {
              const err204 = { instancePath: instancePath + "/security", schemaPath: "#/properties/security/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.security, data: data113 };
              if (vErrors === null) {
                vErrors = [err204];
              } else {
                vErrors.push(err204);
              }
              errors++;
            }
          }
          if (data113.levelProtection !== void 0) {
            let data114 = data113.levelProtection;
            if (data114 && typeof data114 == "object" && !Array.isArray(data114)) {
              for (const key21 in data114) {
                if (!(key21 === "level" || key21 === "filingNumber" || key21 === "lastAssessment")) {
                  const err205 = { instancePath: instancePath + "/security/levelProtection", schemaPath: "#/properties/security/properties/levelProtection/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.security.properties.levelProtection, data: data114 };
                  if (vErrors === null) {
                    vErrors = [err205];
                  } else {
                    vErrors.push(err205);
                  }
                  errors++;
                }
              }
              if (data114.level !== void 0) {
                let data115 = data114.level;
                if (!(typeof data115 == "number" && (!(data115 % 1) && !isNaN(data115)) && isFinite(data115))) {
                  const err206 = { instancePath: instancePath + "/security/levelProtection/level", schemaPath: "#/properties/security/properties/levelProtection/properties/level/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.security.properties.levelProtection.properties.level.type, parentSchema: schema31.properties.security.properties.levelProtection.properties.level, data: data115 };
                  if (vErrors === null) {
                    vErrors = [err206];
                  } else {
                    vErrors.push(err206);
                  }
                  errors++;
                }
                if (typeof data115 == "number" && isFinite(data115)) {
                  if (data115 > 5 || isNaN(data115)) {
                    const err207 = { instancePath: instancePath + "/security/levelProtection/level", schemaPath: "#/properties/security/properties/levelProtection/properties/level/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5", schema: 5, parentSchema: schema31.properties.security.properties.levelProtection.properties.level, data: data115 };
                    if (vErrors === null) {
                      vErrors = [err207];
                    } else {
                      vErrors.push(err207);
                    }
                    errors++;
                  }
                  if (data115 < 1 || isNaN(data115)) {
                    const err208 = { instancePath: instancePath + "/security/levelProtection/level", schemaPath: "#/properties/security/properties/levelProtection/properties/level/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.security.properties.levelProtection.properties.level, data: data115 };
                    if (vErrors === null) {
                      vErrors = [err208];
                    } else {
                      vErrors.push(err208);
                    }
                    errors++;
                  }
                }
              }
              if (data114.filingNumber !== void 0) {
                let data116 = data114.filingNumber;
                if (typeof data116 !== "string") {
                  const err209 = { instancePath: instancePath + "/security/levelProtection/filingNumber", schemaPath: "#/properties/security/properties/levelProtection/properties/filingNumber/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.security.properties.levelProtection.properties.filingNumber.type, parentSchema: schema31.properties.security.properties.levelProtection.properties.filingNumber, data: data116 };
                  if (vErrors === null) {
                    vErrors = [err209];
                  } else {
                    vErrors.push(err209);
                  }
                  errors++;
                }
              }
              if (data114.lastAssessment !== void 0) {
                if (!validate24(data114.lastAssessment, { instancePath: instancePath + "/security/levelProtection/lastAssessment", parentData: data114, parentDataProperty: "lastAssessment", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
                  errors = vErrors.length;
                }
              }
            } else {
              const err210 = { instancePath: instancePath + "/security/levelProtection", schemaPath: "#/properties/security/properties/levelProtection/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.security.properties.levelProtection.type, parentSchema: schema31.properties.security.properties.levelProtection, data: data114 };
              if (vErrors === null) {
                vErrors = [err210];
              } else {
                vErrors.push(err210);
              }
              errors++;
            }
          }
          if (data113.transportEncryption !== void 0) {
            let data118 = data113.transportEncryption;
            if (typeof data118 !== "string") {
              const err211 = { instancePath: instancePath + "/security/transportEncryption", schemaPath: "#/properties/security/properties/transportEncryption/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.security.properties.transportEncryption.type, parentSchema: schema31.properties.security.properties.transportEncryption, data: data118 };
              if (vErrors === null) {
                vErrors = [err211];
              } else {
                vErrors.push(err211);
              }
              errors++;
            }
            if (!(data118 === "tls1.2+" || data118 === "tls1.3" || data118 === "tlcp")) {
              const err212 = { instancePath: instancePath + "/security/transportEncryption", schemaPath: "#/properties/security/properties/transportEncryption/enum", keyword: "enum", params: { allowedValues: schema31.properties.security.properties.transportEncryption.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.security.properties.transportEncryption.enum, parentSchema: schema31.properties.security.properties.transportEncryption, data: data118 };
              if (vErrors === null) {
                vErrors = [err212];
              } else {
                vErrors.push(err212);
              }
              errors++;
            }
          }
          if (data113.userAuthentication !== void 0) {
            let data119 = data113.userAuthentication;
            if (Array.isArray(data119)) {
              const len16 = data119.length;
              for (let i26 = 0; i26 < len16; i26++) {
                let data120 = data119[i26];
                if (typeof data120 !== "string") {
                  const err213 = { instancePath: instancePath + "/security/userAuthentication/" + i26, schemaPath: "#/properties/security/properties/userAuthentication/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.security.properties.userAuthentication.items.type, parentSchema: schema31.properties.security.properties.userAuthentication.items, data: data120 };
                  if (vErrors === null) {
                    vErrors = [err213];
                  } else {
                    vErrors.push(err213);
                  }
                  errors++;
                }
                if (!(data120 === "password" || data120 === "sms-otp" || data120 === "biometric" || data120 === "face-verification" || data120 === "gesture" || data120 === "device-binding" || data120 === "digital-certificate" || data120 === "hardware-token" || data120 === "software-token")) {
                  const err214 = { instancePath: instancePath + "/security/userAuthentication/" + i26, schemaPath: "#/properties/security/properties/userAuthentication/items/enum", keyword: "enum", params: { allowedValues: schema31.properties.security.properties.userAuthentication.items.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.security.properties.userAuthentication.items.enum, parentSchema: schema31.properties.security.properties.userAuthentication.items, data: data120 };
                  if (vErrors === null) {
                    vErrors = [err214];
                  } else {
                    vErrors.push(err214);
                  }
                  errors++;
                }
              }
              let i27 = data119.length;
              let j10;
              if (i27 > 1) {
                const indices4 = {};
                for (; i27--; ) {
                  let item4 = data119[i27];
                  if (typeof item4 !== "string") {
                    continue;
                  }
                  if (typeof indices4[item4] == "number") {
                    j10 = indices4[item4];
                    const err215 = { instancePath: instancePath + "/security/userAuthentication", schemaPath: "#/properties/security/properties/userAuthentication/uniqueItems", keyword: "uniqueItems", params: { i: i27, j: j10 }, message: "must NOT have duplicate items (items ## " + j10 + " and " + i27 + " are identical)", schema: true, parentSchema: schema31.properties.security.properties.userAuthentication, data: data119 };
                    if (vErrors === null) {
                      vErrors = [err215];
                    } else {
                      vErrors.push(err215);
                    }
                    errors++;
                    break;
                  }
                  indices4[item4] = i27;
                }
              }
            } else {
              const err216 = { instancePath: instancePath + "/security/userAuthentication", schemaPath: "#/properties/security/properties/userAuthentication/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.security.properties.userAuthentication.type, parentSchema: schema31.properties.security.properties.userAuthentication, data: data119 };
              if (vErrors === null) {
                vErrors = [err216];
              } else {
                vErrors.push(err216);
              }
              errors++;
            }
          }
          if (data113.penetrationTest !== void 0) {
            if (!validate24(data113.penetrationTest, { instancePath: instancePath + "/security/penetrationTest", parentData: data113, parentDataProperty: "penetrationTest", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
          }
          if (data113.hardening !== void 0) {
            let data122 = data113.hardening;
            if (data122 && typeof data122 == "object" && !Array.isArray(data122)) {
              for (const key22 in data122) {
                if (!(key22 === "provider" || key22 === "lastApplied")) {
                  const err217 = { instancePath: instancePath + "/security/hardening", schemaPath: "#/properties/security/properties/hardening/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.security.properties.hardening, data: data122 };
                  if (vErrors === null) {
                    vErrors = [err217];
                  } else {
                    vErrors.push(err217);
                  }
                  errors++;
                }
              }
              if (data122.provider !== void 0) {
                let data123 = data122.provider;
                if (typeof data123 !== "string") {
                  const err218 = { instancePath: instancePath + "/security/hardening/provider", schemaPath: "#/properties/security/properties/hardening/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.security.properties.hardening.properties.provider.type, parentSchema: schema31.properties.security.properties.hardening.properties.provider, data: data123 };
                  if (vErrors === null) {
                    vErrors = [err218];
                  } else {
                    vErrors.push(err218);
                  }
                  errors++;
                }
              }
              if (data122.lastApplied !== void 0) {
                let data124 = data122.lastApplied;
                if (typeof data124 === "string") {
                  if (!formats0.validate(data124)) {
                    const err219 = { instancePath: instancePath + "/security/hardening/lastApplied", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33, data: data124 };
                    if (vErrors === null) {
                      vErrors = [err219];
                    } else {
                      vErrors.push(err219);
                    }
                    errors++;
                  }
                } else {
                  const err220 = { instancePath: instancePath + "/security/hardening/lastApplied", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data124 };
                  if (vErrors === null) {
                    vErrors = [err220];
                  } else {
                    vErrors.push(err220);
                  }
                  errors++;
                }
              }
            } else {
              const err221 = { instancePath: instancePath + "/security/hardening", schemaPath: "#/properties/security/properties/hardening/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.security.properties.hardening.type, parentSchema: schema31.properties.security.properties.hardening, data: data122 };
              if (vErrors === null) {
                vErrors = [err221];
              } else {
                vErrors.push(err221);
              }
              errors++;
            }
          }
          if (data113.allowedDomains !== void 0) {
            let data125 = data113.allowedDomains;
            if (Array.isArray(data125)) {
              const len17 = data125.length;
              for (let i28 = 0; i28 < len17; i28++) {
                let data126 = data125[i28];
                if (typeof data126 === "string") {
                  if (!pattern18.test(data126)) {
                    const err222 = { instancePath: instancePath + "/security/allowedDomains/" + i28, schemaPath: "#/$defs/domain/pattern", keyword: "pattern", params: { pattern: "^(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,62}$" }, message: 'must match pattern "^(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,62}$"', schema: "^(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,62}$", parentSchema: schema62, data: data126 };
                    if (vErrors === null) {
                      vErrors = [err222];
                    } else {
                      vErrors.push(err222);
                    }
                    errors++;
                  }
                } else {
                  const err223 = { instancePath: instancePath + "/security/allowedDomains/" + i28, schemaPath: "#/$defs/domain/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema62.type, parentSchema: schema62, data: data126 };
                  if (vErrors === null) {
                    vErrors = [err223];
                  } else {
                    vErrors.push(err223);
                  }
                  errors++;
                }
              }
              let i29 = data125.length;
              let j11;
              if (i29 > 1) {
                outer6: for (; i29--; ) {
                  for (j11 = i29; j11--; ) {
                    if (func0(data125[i29], data125[j11])) {
                      const err224 = { instancePath: instancePath + "/security/allowedDomains", schemaPath: "#/properties/security/properties/allowedDomains/uniqueItems", keyword: "uniqueItems", params: { i: i29, j: j11 }, message: "must NOT have duplicate items (items ## " + j11 + " and " + i29 + " are identical)", schema: true, parentSchema: schema31.properties.security.properties.allowedDomains, data: data125 };
                      if (vErrors === null) {
                        vErrors = [err224];
                      } else {
                        vErrors.push(err224);
                      }
                      errors++;
                      break outer6;
                    }
                  }
                }
              }
            } else {
              const err225 = { instancePath: instancePath + "/security/allowedDomains", schemaPath: "#/properties/security/properties/allowedDomains/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.security.properties.allowedDomains.type, parentSchema: schema31.properties.security.properties.allowedDomains, data: data125 };
              if (vErrors === null) {
                vErrors = [err225];
              } else {
                vErrors.push(err225);
              }
              errors++;
            }
          }
        } else {
          const err226 = { instancePath: instancePath + "/security", schemaPath: "#/properties/security/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.security.type, parentSchema: schema31.properties.security, data: data113 };
          if (vErrors === null) {
            vErrors = [err226];
          } else {
            vErrors.push(err226);
          }
          errors++;
        }
      }
      if (data.privacy !== void 0) {
        let data127 = data.privacy;
        if (data127 && typeof data127 == "object" && !Array.isArray(data127)) {
          for (const key23 in data127) {
            if (!(key23 === "policyUrl" || key23 === "policyUpdatedAt" || key23 === "collectedInfoList" || key23 === "sharedInfoList" || key23 === "complaintChannel")) {
              const err227 = { instancePath: instancePath + "/privacy", schemaPath: "#/properties/privacy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.privacy, data: data127 };
              if (vErrors === null) {
                vErrors = [err227];
              } else {
                vErrors.push(err227);
              }
              errors++;
            }
          }
          if (data127.policyUrl !== void 0) {
            let data128 = data127.policyUrl;
            if (typeof data128 === "string") {
              if (!formats10.validate(data128)) {
                const err228 = { instancePath: instancePath + "/privacy/policyUrl", schemaPath: "#/$defs/httpsUrl/format", keyword: "format", params: { format: "https-url" }, message: 'must match format "https-url"', schema: "https-url", parentSchema: schema41, data: data128 };
                if (vErrors === null) {
                  vErrors = [err228];
                } else {
                  vErrors.push(err228);
                }
                errors++;
              }
            } else {
              const err229 = { instancePath: instancePath + "/privacy/policyUrl", schemaPath: "#/$defs/httpsUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data128 };
              if (vErrors === null) {
                vErrors = [err229];
              } else {
                vErrors.push(err229);
              }
              errors++;
            }
          }
          if (data127.policyUpdatedAt !== void 0) {
            let data129 = data127.policyUpdatedAt;
            if (typeof data129 === "string") {
              if (!formats0.validate(data129)) {
                const err230 = { instancePath: instancePath + "/privacy/policyUpdatedAt", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33, data: data129 };
                if (vErrors === null) {
                  vErrors = [err230];
                } else {
                  vErrors.push(err230);
                }
                errors++;
              }
            } else {
              const err231 = { instancePath: instancePath + "/privacy/policyUpdatedAt", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data129 };
              if (vErrors === null) {
                vErrors = [err231];
              } else {
                vErrors.push(err231);
              }
              errors++;
            }
          }
          if (data127.collectedInfoList !== void 0) {
            let data130 = data127.collectedInfoList;
            if (typeof data130 === "string") {
              if (!formats10.validate(data130)) {
                const err232 = { instancePath: instancePath + "/privacy/collectedInfoList", schemaPath: "#/$defs/httpsUrl/format", keyword: "format", params: { format: "https-url" }, message: 'must match format "https-url"', schema: "https-url", parentSchema: schema41, data: data130 };
                if (vErrors === null) {
                  vErrors = [err232];
                } else {
                  vErrors.push(err232);
                }
                errors++;
              }
            } else {
              const err233 = { instancePath: instancePath + "/privacy/collectedInfoList", schemaPath: "#/$defs/httpsUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data130 };
              if (vErrors === null) {
                vErrors = [err233];
              } else {
                vErrors.push(err233);
              }
              errors++;
            }
          }
          if (data127.sharedInfoList !== void 0) {
            let data131 = data127.sharedInfoList;
            if (typeof data131 === "string") {
              if (!formats10.validate(data131)) {
                const err234 = { instancePath: instancePath + "/privacy/sharedInfoList", schemaPath: "#/$defs/httpsUrl/format", keyword: "format", params: { format: "https-url" }, message: 'must match format "https-url"', schema: "https-url", parentSchema: schema41, data: data131 };
                if (vErrors === null) {
                  vErrors = [err234];
                } else {
                  vErrors.push(err234);
                }
                errors++;
              }
            } else {
              const err235 = { instancePath: instancePath + "/privacy/sharedInfoList", schemaPath: "#/$defs/httpsUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data131 };
              if (vErrors === null) {
                vErrors = [err235];
              } else {
                vErrors.push(err235);
              }
              errors++;
            }
          }
          if (data127.complaintChannel !== void 0) {
            let data132 = data127.complaintChannel;
            if (data132 && typeof data132 == "object" && !Array.isArray(data132)) {
              for (const key24 in data132) {
                if (!(key24 === "phone" || key24 === "url" || key24 === "email" || key24 === "responseTime")) {
                  const err236 = { instancePath: instancePath + "/privacy/complaintChannel", schemaPath: "#/properties/privacy/properties/complaintChannel/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.privacy.properties.complaintChannel, data: data132 };
                  if (vErrors === null) {
                    vErrors = [err236];
                  } else {
                    vErrors.push(err236);
                  }
                  errors++;
                }
              }
              if (data132.phone !== void 0) {
                let data133 = data132.phone;
                if (typeof data133 === "string") {
                  if (!pattern8.test(data133)) {
                    const err237 = { instancePath: instancePath + "/privacy/complaintChannel/phone", schemaPath: "#/$defs/phone/pattern", keyword: "pattern", params: { pattern: "^\\+?[0-9][0-9 ()\\-]{2,24}$" }, message: 'must match pattern "^\\+?[0-9][0-9 ()\\-]{2,24}$"', schema: "^\\+?[0-9][0-9 ()\\-]{2,24}$", parentSchema: schema37, data: data133 };
                    if (vErrors === null) {
                      vErrors = [err237];
                    } else {
                      vErrors.push(err237);
                    }
                    errors++;
                  }
                } else {
                  const err238 = { instancePath: instancePath + "/privacy/complaintChannel/phone", schemaPath: "#/$defs/phone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data133 };
                  if (vErrors === null) {
                    vErrors = [err238];
                  } else {
                    vErrors.push(err238);
                  }
                  errors++;
                }
              }
              if (data132.url !== void 0) {
                let data134 = data132.url;
                if (typeof data134 === "string") {
                  if (!formats10.validate(data134)) {
                    const err239 = { instancePath: instancePath + "/privacy/complaintChannel/url", schemaPath: "#/$defs/httpsUrl/format", keyword: "format", params: { format: "https-url" }, message: 'must match format "https-url"', schema: "https-url", parentSchema: schema41, data: data134 };
                    if (vErrors === null) {
                      vErrors = [err239];
                    } else {
                      vErrors.push(err239);
                    }
                    errors++;
                  }
                } else {
                  const err240 = { instancePath: instancePath + "/privacy/complaintChannel/url", schemaPath: "#/$defs/httpsUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data134 };
                  if (vErrors === null) {
                    vErrors = [err240];
                  } else {
                    vErrors.push(err240);
                  }
                  errors++;
                }
              }
              if (data132.email !== void 0) {
                let data135 = data132.email;
                if (typeof data135 === "string") {
                  if (!formats4.validate(data135)) {
                    const err241 = { instancePath: instancePath + "/privacy/complaintChannel/email", schemaPath: "#/$defs/email/format", keyword: "format", params: { format: "email" }, message: 'must match format "email"', schema: "email", parentSchema: schema36, data: data135 };
                    if (vErrors === null) {
                      vErrors = [err241];
                    } else {
                      vErrors.push(err241);
                    }
                    errors++;
                  }
                } else {
                  const err242 = { instancePath: instancePath + "/privacy/complaintChannel/email", schemaPath: "#/$defs/email/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data135 };
                  if (vErrors === null) {
                    vErrors = [err242];
                  } else {
                    vErrors.push(err242);
                  }
                  errors++;
                }
              }
              if (data132.responseTime !== void 0) {
                let data136 = data132.responseTime;
                if (typeof data136 === "string") {
                  if (!formats30.validate(data136)) {
                    const err243 = { instancePath: instancePath + "/privacy/complaintChannel/responseTime", schemaPath: "#/$defs/duration/format", keyword: "format", params: { format: "duration" }, message: 'must match format "duration"', schema: "duration", parentSchema: schema60, data: data136 };
                    if (vErrors === null) {
                      vErrors = [err243];
                    } else {
                      vErrors.push(err243);
                    }
                    errors++;
                  }
                } else {
                  const err244 = { instancePath: instancePath + "/privacy/complaintChannel/responseTime", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.type, parentSchema: schema60, data: data136 };
                  if (vErrors === null) {
                    vErrors = [err244];
                  } else {
                    vErrors.push(err244);
                  }
                  errors++;
                }
              }
            } else {
              const err245 = { instancePath: instancePath + "/privacy/complaintChannel", schemaPath: "#/properties/privacy/properties/complaintChannel/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.privacy.properties.complaintChannel.type, parentSchema: schema31.properties.privacy.properties.complaintChannel, data: data132 };
              if (vErrors === null) {
                vErrors = [err245];
              } else {
                vErrors.push(err245);
              }
              errors++;
            }
          }
        } else {
          const err246 = { instancePath: instancePath + "/privacy", schemaPath: "#/properties/privacy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.privacy.type, parentSchema: schema31.properties.privacy, data: data127 };
          if (vErrors === null) {
            vErrors = [err246];
          } else {
            vErrors.push(err246);
          }
          errors++;
        }
      }
      if (data.compliance !== void 0) {
        let data137 = data.compliance;
        if (data137 && typeof data137 == "object" && !Array.isArray(data137)) {
          for (const key25 in data137) {
            if (!(key25 === "lastComplianceReview" || key25 === "lastRiskAssessment" || key25 === "lastAudit" || key25 === "salesTraceability")) {
              const err247 = { instancePath: instancePath + "/compliance", schemaPath: "#/properties/compliance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.compliance, data: data137 };
              if (vErrors === null) {
                vErrors = [err247];
              } else {
                vErrors.push(err247);
              }
              errors++;
            }
          }
          if (data137.lastComplianceReview !== void 0) {
            if (!validate24(data137.lastComplianceReview, { instancePath: instancePath + "/compliance/lastComplianceReview", parentData: data137, parentDataProperty: "lastComplianceReview", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
          }
          if (data137.lastRiskAssessment !== void 0) {
            if (!validate24(data137.lastRiskAssessment, { instancePath: instancePath + "/compliance/lastRiskAssessment", parentData: data137, parentDataProperty: "lastRiskAssessment", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
          }
          if (data137.lastAudit !== void 0) {
            if (!validate24(data137.lastAudit, { instancePath: instancePath + "/compliance/lastAudit", parentData: data137, parentDataProperty: "lastAudit", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
          }
          if (data137.salesTraceability !== void 0) {
            let data141 = data137.salesTraceability;
            if (typeof data141 !== "boolean") {
              const err248 = { instancePath: instancePath + "/compliance/salesTraceability", schemaPath: "#/properties/compliance/properties/salesTraceability/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.compliance.properties.salesTraceability.type, parentSchema: schema31.properties.compliance.properties.salesTraceability, data: data141 };
              if (vErrors === null) {
                vErrors = [err248];
              } else {
                vErrors.push(err248);
              }
              errors++;
            }
          }
        } else {
          const err249 = { instancePath: instancePath + "/compliance", schemaPath: "#/properties/compliance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.compliance.type, parentSchema: schema31.properties.compliance, data: data137 };
          if (vErrors === null) {
            vErrors = [err249];
          } else {
            vErrors.push(err249);
          }
          errors++;
        }
      }
      if (data.continuity !== void 0) {
        let data142 = data.continuity;
        if (data142 && typeof data142 == "object" && !Array.isArray(data142)) {
          for (const key26 in data142) {
            if (!(key26 === "businessImpactAnalysis" || key26 === "emergencyPlan" || key26 === "lastDrill" || key26 === "rto" || key26 === "rpo")) {
              const err250 = { instancePath: instancePath + "/continuity", schemaPath: "#/properties/continuity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.continuity, data: data142 };
              if (vErrors === null) {
                vErrors = [err250];
              } else {
                vErrors.push(err250);
              }
              errors++;
            }
          }
          if (data142.businessImpactAnalysis !== void 0) {
            let data143 = data142.businessImpactAnalysis;
            if (typeof data143 === "string") {
              if (func3(data143) < 1) {
                const err251 = { instancePath: instancePath + "/continuity/businessImpactAnalysis", schemaPath: "#/$defs/link/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39, data: data143 };
                if (vErrors === null) {
                  vErrors = [err251];
                } else {
                  vErrors.push(err251);
                }
                errors++;
              }
              if (!formats8.validate(data143)) {
                const err252 = { instancePath: instancePath + "/continuity/businessImpactAnalysis", schemaPath: "#/$defs/link/format", keyword: "format", params: { format: "link" }, message: 'must match format "link"', schema: "link", parentSchema: schema39, data: data143 };
                if (vErrors === null) {
                  vErrors = [err252];
                } else {
                  vErrors.push(err252);
                }
                errors++;
              }
            } else {
              const err253 = { instancePath: instancePath + "/continuity/businessImpactAnalysis", schemaPath: "#/$defs/link/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data143 };
              if (vErrors === null) {
                vErrors = [err253];
              } else {
                vErrors.push(err253);
              }
              errors++;
            }
          }
          if (data142.emergencyPlan !== void 0) {
            let data144 = data142.emergencyPlan;
            if (data144 && typeof data144 == "object" && !Array.isArray(data144)) {
              for (const key27 in data144) {
                if (!(key27 === "url" || key27 === "approvedAt")) {
                  const err254 = { instancePath: instancePath + "/continuity/emergencyPlan", schemaPath: "#/properties/continuity/properties/emergencyPlan/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.continuity.properties.emergencyPlan, data: data144 };
                  if (vErrors === null) {
                    vErrors = [err254];
                  } else {
                    vErrors.push(err254);
                  }
                  errors++;
                }
              }
              if (data144.url !== void 0) {
                let data145 = data144.url;
                if (typeof data145 === "string") {
                  if (func3(data145) < 1) {
                    const err255 = { instancePath: instancePath + "/continuity/emergencyPlan/url", schemaPath: "#/$defs/link/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39, data: data145 };
                    if (vErrors === null) {
                      vErrors = [err255];
                    } else {
                      vErrors.push(err255);
                    }
                    errors++;
                  }
                  if (!formats8.validate(data145)) {
                    const err256 = { instancePath: instancePath + "/continuity/emergencyPlan/url", schemaPath: "#/$defs/link/format", keyword: "format", params: { format: "link" }, message: 'must match format "link"', schema: "link", parentSchema: schema39, data: data145 };
                    if (vErrors === null) {
                      vErrors = [err256];
                    } else {
                      vErrors.push(err256);
                    }
                    errors++;
                  }
                } else {
                  const err257 = { instancePath: instancePath + "/continuity/emergencyPlan/url", schemaPath: "#/$defs/link/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data145 };
                  if (vErrors === null) {
                    vErrors = [err257];
                  } else {
                    vErrors.push(err257);
                  }
                  errors++;
                }
              }
              if (data144.approvedAt !== void 0) {
                let data146 = data144.approvedAt;
                if (typeof data146 === "string") {
                  if (!formats0.validate(data146)) {
                    const err258 = { instancePath: instancePath + "/continuity/emergencyPlan/approvedAt", schemaPath: "#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema33, data: data146 };
                    if (vErrors === null) {
                      vErrors = [err258];
                    } else {
                      vErrors.push(err258);
                    }
                    errors++;
                  }
                } else {
                  const err259 = { instancePath: instancePath + "/continuity/emergencyPlan/approvedAt", schemaPath: "#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data146 };
                  if (vErrors === null) {
                    vErrors = [err259];
                  } else {
                    vErrors.push(err259);
                  }
                  errors++;
                }
              }
            } else {
              const err260 = { instancePath: instancePath + "/continuity/emergencyPlan", schemaPath: "#/properties/continuity/properties/emergencyPlan/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.continuity.properties.emergencyPlan.type, parentSchema: schema31.properties.continuity.properties.emergencyPlan, data: data144 };
              if (vErrors === null) {
                vErrors = [err260];
              } else {
                vErrors.push(err260);
              }
              errors++;
            }
          }
          if (data142.lastDrill !== void 0) {
            if (!validate24(data142.lastDrill, { instancePath: instancePath + "/continuity/lastDrill", parentData: data142, parentDataProperty: "lastDrill", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
          }
          if (data142.rto !== void 0) {
            let data148 = data142.rto;
            if (typeof data148 === "string") {
              if (!formats30.validate(data148)) {
                const err261 = { instancePath: instancePath + "/continuity/rto", schemaPath: "#/$defs/duration/format", keyword: "format", params: { format: "duration" }, message: 'must match format "duration"', schema: "duration", parentSchema: schema60, data: data148 };
                if (vErrors === null) {
                  vErrors = [err261];
                } else {
                  vErrors.push(err261);
                }
                errors++;
              }
            } else {
              const err262 = { instancePath: instancePath + "/continuity/rto", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.type, parentSchema: schema60, data: data148 };
              if (vErrors === null) {
                vErrors = [err262];
              } else {
                vErrors.push(err262);
              }
              errors++;
            }
          }
          if (data142.rpo !== void 0) {
            let data149 = data142.rpo;
            if (typeof data149 === "string") {
              if (!formats30.validate(data149)) {
                const err263 = { instancePath: instancePath + "/continuity/rpo", schemaPath: "#/$defs/duration/format", keyword: "format", params: { format: "duration" }, message: 'must match format "duration"', schema: "duration", parentSchema: schema60, data: data149 };
                if (vErrors === null) {
                  vErrors = [err263];
                } else {
                  vErrors.push(err263);
                }
                errors++;
              }
            } else {
              const err264 = { instancePath: instancePath + "/continuity/rpo", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.type, parentSchema: schema60, data: data149 };
              if (vErrors === null) {
                vErrors = [err264];
              } else {
                vErrors.push(err264);
              }
              errors++;
            }
          }
        } else {
          const err265 = { instancePath: instancePath + "/continuity", schemaPath: "#/properties/continuity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.continuity.type, parentSchema: schema31.properties.continuity, data: data142 };
          if (vErrors === null) {
            vErrors = [err265];
          } else {
            vErrors.push(err265);
          }
          errors++;
        }
      }
      if (data.testing !== void 0) {
        let data150 = data.testing;
        if (data150 && typeof data150 == "object" && !Array.isArray(data150)) {
          for (const key28 in data150) {
            if (!(key28 === "lastSecurityTest" || key28 === "lastFunctionalTest")) {
              const err266 = { instancePath: instancePath + "/testing", schemaPath: "#/properties/testing/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.testing, data: data150 };
              if (vErrors === null) {
                vErrors = [err266];
              } else {
                vErrors.push(err266);
              }
              errors++;
            }
          }
          if (data150.lastSecurityTest !== void 0) {
            if (!validate24(data150.lastSecurityTest, { instancePath: instancePath + "/testing/lastSecurityTest", parentData: data150, parentDataProperty: "lastSecurityTest", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
          }
          if (data150.lastFunctionalTest !== void 0) {
            if (!validate24(data150.lastFunctionalTest, { instancePath: instancePath + "/testing/lastFunctionalTest", parentData: data150, parentDataProperty: "lastFunctionalTest", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err267 = { instancePath: instancePath + "/testing", schemaPath: "#/properties/testing/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.testing.type, parentSchema: schema31.properties.testing, data: data150 };
          if (vErrors === null) {
            vErrors = [err267];
          } else {
            vErrors.push(err267);
          }
          errors++;
        }
      }
      if (data.scope !== void 0) {
        let data153 = data.scope;
        if (data153 && typeof data153 == "object" && !Array.isArray(data153)) {
          for (const key29 in data153) {
            if (!(key29 === "include" || key29 === "exclude")) {
              const err268 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.scope, data: data153 };
              if (vErrors === null) {
                vErrors = [err268];
              } else {
                vErrors.push(err268);
              }
              errors++;
            }
          }
          if (data153.include !== void 0) {
            let data154 = data153.include;
            if (Array.isArray(data154)) {
              const len18 = data154.length;
              for (let i30 = 0; i30 < len18; i30++) {
                let data155 = data154[i30];
                if (typeof data155 === "string") {
                  if (func3(data155) < 1) {
                    const err269 = { instancePath: instancePath + "/scope/include/" + i30, schemaPath: "#/properties/scope/properties/include/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.scope.properties.include.items, data: data155 };
                    if (vErrors === null) {
                      vErrors = [err269];
                    } else {
                      vErrors.push(err269);
                    }
                    errors++;
                  }
                  if (!pattern20.test(data155)) {
                    const err270 = { instancePath: instancePath + "/scope/include/" + i30, schemaPath: "#/properties/scope/properties/include/items/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$)).+$" }, message: 'must match pattern "^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$)).+$"', schema: "^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$)).+$", parentSchema: schema31.properties.scope.properties.include.items, data: data155 };
                    if (vErrors === null) {
                      vErrors = [err270];
                    } else {
                      vErrors.push(err270);
                    }
                    errors++;
                  }
                } else {
                  const err271 = { instancePath: instancePath + "/scope/include/" + i30, schemaPath: "#/properties/scope/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.scope.properties.include.items.type, parentSchema: schema31.properties.scope.properties.include.items, data: data155 };
                  if (vErrors === null) {
                    vErrors = [err271];
                  } else {
                    vErrors.push(err271);
                  }
                  errors++;
                }
              }
              let i31 = data154.length;
              let j12;
              if (i31 > 1) {
                const indices5 = {};
                for (; i31--; ) {
                  let item5 = data154[i31];
                  if (typeof item5 !== "string") {
                    continue;
                  }
                  if (typeof indices5[item5] == "number") {
                    j12 = indices5[item5];
                    const err272 = { instancePath: instancePath + "/scope/include", schemaPath: "#/properties/scope/properties/include/uniqueItems", keyword: "uniqueItems", params: { i: i31, j: j12 }, message: "must NOT have duplicate items (items ## " + j12 + " and " + i31 + " are identical)", schema: true, parentSchema: schema31.properties.scope.properties.include, data: data154 };
                    if (vErrors === null) {
                      vErrors = [err272];
                    } else {
                      vErrors.push(err272);
                    }
                    errors++;
                    break;
                  }
                  indices5[item5] = i31;
                }
              }
            } else {
              const err273 = { instancePath: instancePath + "/scope/include", schemaPath: "#/properties/scope/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.scope.properties.include.type, parentSchema: schema31.properties.scope.properties.include, data: data154 };
              if (vErrors === null) {
                vErrors = [err273];
              } else {
                vErrors.push(err273);
              }
              errors++;
            }
          }
          if (data153.exclude !== void 0) {
            let data156 = data153.exclude;
            if (Array.isArray(data156)) {
              const len19 = data156.length;
              for (let i32 = 0; i32 < len19; i32++) {
                let data157 = data156[i32];
                if (typeof data157 === "string") {
                  if (func3(data157) < 1) {
                    const err274 = { instancePath: instancePath + "/scope/exclude/" + i32, schemaPath: "#/properties/scope/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.scope.properties.exclude.items, data: data157 };
                    if (vErrors === null) {
                      vErrors = [err274];
                    } else {
                      vErrors.push(err274);
                    }
                    errors++;
                  }
                  if (!pattern20.test(data157)) {
                    const err275 = { instancePath: instancePath + "/scope/exclude/" + i32, schemaPath: "#/properties/scope/properties/exclude/items/pattern", keyword: "pattern", params: { pattern: "^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$)).+$" }, message: 'must match pattern "^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$)).+$"', schema: "^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$)).+$", parentSchema: schema31.properties.scope.properties.exclude.items, data: data157 };
                    if (vErrors === null) {
                      vErrors = [err275];
                    } else {
                      vErrors.push(err275);
                    }
                    errors++;
                  }
                } else {
                  const err276 = { instancePath: instancePath + "/scope/exclude/" + i32, schemaPath: "#/properties/scope/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.scope.properties.exclude.items.type, parentSchema: schema31.properties.scope.properties.exclude.items, data: data157 };
                  if (vErrors === null) {
                    vErrors = [err276];
                  } else {
                    vErrors.push(err276);
                  }
                  errors++;
                }
              }
              let i33 = data156.length;
              let j13;
              if (i33 > 1) {
                const indices6 = {};
                for (; i33--; ) {
                  let item6 = data156[i33];
                  if (typeof item6 !== "string") {
                    continue;
                  }
                  if (typeof indices6[item6] == "number") {
                    j13 = indices6[item6];
                    const err277 = { instancePath: instancePath + "/scope/exclude", schemaPath: "#/properties/scope/properties/exclude/uniqueItems", keyword: "uniqueItems", params: { i: i33, j: j13 }, message: "must NOT have duplicate items (items ## " + j13 + " and " + i33 + " are identical)", schema: true, parentSchema: schema31.properties.scope.properties.exclude, data: data156 };
                    if (vErrors === null) {
                      vErrors = [err277];
                    } else {
                      vErrors.push(err277);
                    }
                    errors++;
                    break;
                  }
                  indices6[item6] = i33;
                }
              }
            } else {
              const err278 = { instancePath: instancePath + "/scope/exclude", schemaPath: "#/properties/scope/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.scope.properties.exclude.type, parentSchema: schema31.properties.scope.properties.exclude, data: data156 };
              if (vErrors === null) {
                vErrors = [err278];
              } else {
                vErrors.push(err278);
              }
              errors++;
            }
          }
        } else {
          const err279 = { instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.scope.type, parentSchema: schema31.properties.scope, data: data153 };
          if (vErrors === null) {
            vErrors = [err279];
          } else {
            vErrors.push(err279);
          }
          errors++;
        }
      }
      if (data.waivers !== void 0) {
        let data158 = data.waivers;
        if (Array.isArray(data158)) {
          const len20 = data158.length;
          for (let i34 = 0; i34 < len20; i34++) {
            if (!validate41(data158[i34], { instancePath: instancePath + "/waivers/" + i34, parentData: data158, parentDataProperty: i34, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err280 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.waivers.type, parentSchema: schema31.properties.waivers, data: data158 };
          if (vErrors === null) {
            vErrors = [err280];
          } else {
            vErrors.push(err280);
          }
          errors++;
        }
      }
    } else {
      const err281 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err281];
      } else {
        vErrors.push(err281);
      }
      errors++;
    }
    validate20.errors = vErrors;
    return errors === 0;
  }
  validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
  return exports2;
}
function catalogValidators(exports2) {
  "use strict";
  exports2.catalog = validate10;
  const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://mobile-policy.dev/schema/sdk-catalog.schema.json", "title": "mobile-policy SDK catalogue file", "description": "One file of the third-party SDK catalogue (policies/catalog/*.yaml). Each entry names an SDK, its vendor, what personal information it typically collects, and the identifiers by which it is recognised in a repository: package coordinates per ecosystem, Android class-name prefixes and <meta-data> keys, vendored file names and network domains. Used by the circular's art. 6 checks (third-party SDKs declared and assessed; JR/T 0231-2021).", "type": "object", "additionalProperties": false, "required": ["sdks"], "properties": { "description": { "type": "string" }, "sdks": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/sdk" } } }, "definitions": { "category": { "description": "What the SDK does. analytics: usage statistics and product analytics. advertising: ad serving and mediation. attribution: install/deep-link attribution that links users across apps. push: push notifications (vendor channels included). payment: payments and wallets. login-social: login with a third-party account, one-click carrier login, OAuth. share: sharing to social apps. map-location: maps, geolocation, geocoding. crash-apm: crash reporting, performance monitoring, logging. customer-service: in-app customer support and chat. identity-ocr-face: OCR (ID card, bank card), face recognition and liveness, barcode scanning. security-hardening: app hardening/packers, anti-fraud device fingerprinting, integrity attestation, captcha. hot-update: hot-fix, hot-update and dynamic-code delivery (Tinker, Sophix, Robust, CodePush): code that changes the shipped app without a store release, which art. 7 change control must see. webview-browser: embedded browser engines and hybrid-app containers. networking: HTTP, sockets, TLS, image download. communication: instant messaging, audio/video calls (RTC), live streaming. speech: speech recognition and synthesis. ui: UI components, cross-platform UI frameworks, animations, image display. storage: databases, key-value stores, file and object storage. other: utilities and support libraries that fit nowhere else.", "enum": ["analytics", "advertising", "attribution", "push", "payment", "login-social", "share", "map-location", "crash-apm", "customer-service", "identity-ocr-face", "security-hardening", "hot-update", "webview-browser", "networking", "communication", "speech", "ui", "storage", "other"] }, "personalInfo": { "description": "Personal-information types an SDK typically collects (vocabulary shared with the manifest's sdks[].personalInfo and dataFlows[].data). Alignment: device-id ~ Apple DeviceID / Play 'Device or other IDs' (IDFV, vendor device ids, UTDID); android-id, oaid, imei (incl. MEID), imsi, mac-address, serial-number ~ DeviceID / 'Device or other IDs' (MIIT treats them as PI); advertising-id ~ IDFA/GAID, Apple DeviceID + AdvertisingData; ip-address ~ Apple CoarseLocation (when used for location); precise-location / coarse-location ~ Apple PreciseLocation / CoarseLocation, Play 'Location'; wifi-info (BSSID/SSID lists) and cell-info (base-station ids) are location signals; device-info (model, OS, screen, carrier) ~ Apple OtherDiagnosticData; phone-number, email-address, name ~ Apple PhoneNumber / EmailAddress / Name, Play 'Personal info'; contacts ~ Contacts; installed-apps ~ Play 'App info' (MIIT: app list); usage-data ~ Apple ProductInteraction/OtherUsageData, Play 'App activity'; crash-data / performance-data ~ Apple CrashData / PerformanceData; browsing-history ~ BrowsingHistory; purchase-history ~ PurchaseHistory; payment-info, bank-card-number (JR/T 0171 C2), id-number (C2) ~ Apple PaymentInfo/OtherFinancialInfo/SensitiveInfo; biometric-face (C3 when used to authenticate), audio-data ~ AudioData, photos-or-videos ~ PhotosorVideos; user-id (app or third-party account id, openid) ~ UserID; messages ~ EmailsOrTextMessages/OtherUserContent; clipboard (pasteboard reads); sensor-data (accelerometer, gyroscope); social-account (profile from a social login).", "enum": ["device-id", "android-id", "oaid", "imei", "imsi", "mac-address", "serial-number", "advertising-id", "ip-address", "precise-location", "coarse-location", "wifi-info", "cell-info", "device-info", "phone-number", "email-address", "name", "contacts", "installed-apps", "usage-data", "crash-data", "performance-data", "browsing-history", "purchase-history", "payment-info", "bank-card-number", "id-number", "biometric-face", "audio-data", "photos-or-videos", "user-id", "social-account", "messages", "clipboard", "sensor-data"] }, "stringList": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }, "sdk": { "type": "object", "additionalProperties": false, "required": ["id", "name", "vendor", "categories", "personalInfo", "tracker", "applePrivacyManifestRequired", "sources"], "properties": { "id": { "description": "Stable kebab-case id, used in manifests (sdks[].id) and findings. Never rename; add an alias instead.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "aliases": { "description": "Former or alternative ids that manifests may use.", "$ref": "#/definitions/stringList" }, "name": { "type": "string", "minLength": 1 }, "nameZh": { "description": "Chinese product name, where the SDK has one.", "type": "string" }, "vendor": { "type": "object", "additionalProperties": false, "required": ["en"], "properties": { "en": { "type": "string", "minLength": 1 }, "zh-CN": { "type": "string", "minLength": 1 } } }, "categories": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/category" } }, "personalInfo": { "description": "What the SDK typically collects by default (from the vendor's privacy policy / compliance guide where known). Empty for SDKs that collect nothing on their own.", "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/personalInfo" } }, "openSource": { "description": "An open-source library (its source is public and it runs no vendor service of its own): inventory and SBOM evidence of art. 7, not a ledger entry of its own unless the pack's sdkDeclaredScope is `all`.", "type": "boolean" }, "tracker": { "description": "True for advertising, attribution and analytics SDKs that track users across apps or companies (Exodus sense).", "type": "boolean" }, "applePrivacyManifestRequired": { "description": "On Apple's list of commonly used third-party SDKs (privacy manifest and signature required since 2024-05-01).", "type": "boolean" }, "applePrivacyManifestNames": { "description": "The names as they appear on Apple's list.", "$ref": "#/definitions/stringList" }, "maven": { "description": "Maven coordinates `group:artifact`; `*` globs allowed in either part (`com.umeng.umsdk:*`).", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9_.*-]+:[A-Za-z0-9_.*-]+$" } }, "cocoapods": { "description": "Pod names, or `Root/Subspec` for a subspec; case-insensitive; `*` globs allowed.", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9_.+*-]+(/[A-Za-z0-9_.+* -]+)*$" } }, "swift": { "description": "Swift Package repository URLs (`https://github.com/owner/repo`) or identities.", "$ref": "#/definitions/stringList" }, "carthage": { "description": "Carthage origins (`owner/repo` on GitHub or binary JSON URLs), when they differ from `swift`.", "$ref": "#/definitions/stringList" }, "pub": { "description": "Flutter/Dart package names (pub.dev).", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z0-9_*]+$" } }, "npm": { "description": "npm package names (React Native, Capacitor, Cordova).", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^(@[a-z0-9._*-]+/)?[a-z0-9._*-]+$" } }, "ohpm": { "description": "HarmonyOS ohpm package names.", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^(@[a-zA-Z0-9._*-]+/)?[a-zA-Z0-9._*-]+$" } }, "androidClassPrefixes": { "description": "Java package prefixes ending in `.` (`com.umeng.analytics.`) or full class names, as met in AndroidManifest.xml components and ProGuard rules. Longest prefix wins.", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*\\.?$" } }, "iosClassPrefixes": { "description": "Objective-C/Swift class-name prefixes of the SDK's public classes (`UMConfigure`, `WXApi`, `TencentOAuth`), as met in a framework's header names and a binary's symbol table. At least four characters; longest prefix wins.", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]{3,}$" } }, "androidMetaDataKeys": { "description": "AndroidManifest.xml <meta-data android:name> keys (or manifestPlaceholders) that identify the SDK.", "$ref": "#/definitions/stringList" }, "vendoredFiles": { "description": "Case-insensitive glob patterns for vendored file names (basename only): `alipaySdk*.aar`, `AlipaySDK.framework`.", "$ref": "#/definitions/stringList" }, "domains": { "description": "Network endpoints; a domain matches itself and its subdomains.", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^([a-z0-9-]+\\.)+[a-z]{2,}$" } }, "homepage": { "type": "string" }, "privacyPolicy": { "description": "The vendor's privacy policy or compliance guide for the SDK (for the MIIT third-party sharing list).", "type": "string" }, "sources": { "description": "Where the facts come from: URLs or document names. Only what was looked up or is the vendor's documented coordinate.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "notes": { "description": "Caveats; `unverified:` lists identifiers that were not checked against a primary source.", "type": "string" } }, "if": { "properties": { "applePrivacyManifestRequired": { "const": true } } }, "then": { "required": ["applePrivacyManifestNames"], "properties": { "applePrivacyManifestNames": true } } } } };
  const schema12 = { "type": "object", "additionalProperties": false, "required": ["id", "name", "vendor", "categories", "personalInfo", "tracker", "applePrivacyManifestRequired", "sources"], "properties": { "id": { "description": "Stable kebab-case id, used in manifests (sdks[].id) and findings. Never rename; add an alias instead.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "aliases": { "description": "Former or alternative ids that manifests may use.", "$ref": "#/definitions/stringList" }, "name": { "type": "string", "minLength": 1 }, "nameZh": { "description": "Chinese product name, where the SDK has one.", "type": "string" }, "vendor": { "type": "object", "additionalProperties": false, "required": ["en"], "properties": { "en": { "type": "string", "minLength": 1 }, "zh-CN": { "type": "string", "minLength": 1 } } }, "categories": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/category" } }, "personalInfo": { "description": "What the SDK typically collects by default (from the vendor's privacy policy / compliance guide where known). Empty for SDKs that collect nothing on their own.", "type": "array", "uniqueItems": true, "items": { "$ref": "#/definitions/personalInfo" } }, "openSource": { "description": "An open-source library (its source is public and it runs no vendor service of its own): inventory and SBOM evidence of art. 7, not a ledger entry of its own unless the pack's sdkDeclaredScope is `all`.", "type": "boolean" }, "tracker": { "description": "True for advertising, attribution and analytics SDKs that track users across apps or companies (Exodus sense).", "type": "boolean" }, "applePrivacyManifestRequired": { "description": "On Apple's list of commonly used third-party SDKs (privacy manifest and signature required since 2024-05-01).", "type": "boolean" }, "applePrivacyManifestNames": { "description": "The names as they appear on Apple's list.", "$ref": "#/definitions/stringList" }, "maven": { "description": "Maven coordinates `group:artifact`; `*` globs allowed in either part (`com.umeng.umsdk:*`).", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9_.*-]+:[A-Za-z0-9_.*-]+$" } }, "cocoapods": { "description": "Pod names, or `Root/Subspec` for a subspec; case-insensitive; `*` globs allowed.", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z0-9_.+*-]+(/[A-Za-z0-9_.+* -]+)*$" } }, "swift": { "description": "Swift Package repository URLs (`https://github.com/owner/repo`) or identities.", "$ref": "#/definitions/stringList" }, "carthage": { "description": "Carthage origins (`owner/repo` on GitHub or binary JSON URLs), when they differ from `swift`.", "$ref": "#/definitions/stringList" }, "pub": { "description": "Flutter/Dart package names (pub.dev).", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z0-9_*]+$" } }, "npm": { "description": "npm package names (React Native, Capacitor, Cordova).", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^(@[a-z0-9._*-]+/)?[a-z0-9._*-]+$" } }, "ohpm": { "description": "HarmonyOS ohpm package names.", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^(@[a-zA-Z0-9._*-]+/)?[a-zA-Z0-9._*-]+$" } }, "androidClassPrefixes": { "description": "Java package prefixes ending in `.` (`com.umeng.analytics.`) or full class names, as met in AndroidManifest.xml components and ProGuard rules. Longest prefix wins.", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*\\.?$" } }, "iosClassPrefixes": { "description": "Objective-C/Swift class-name prefixes of the SDK's public classes (`UMConfigure`, `WXApi`, `TencentOAuth`), as met in a framework's header names and a binary's symbol table. At least four characters; longest prefix wins.", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]{3,}$" } }, "androidMetaDataKeys": { "description": "AndroidManifest.xml <meta-data android:name> keys (or manifestPlaceholders) that identify the SDK.", "$ref": "#/definitions/stringList" }, "vendoredFiles": { "description": "Case-insensitive glob patterns for vendored file names (basename only): `alipaySdk*.aar`, `AlipaySDK.framework`.", "$ref": "#/definitions/stringList" }, "domains": { "description": "Network endpoints; a domain matches itself and its subdomains.", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^([a-z0-9-]+\\.)+[a-z]{2,}$" } }, "homepage": { "type": "string" }, "privacyPolicy": { "description": "The vendor's privacy policy or compliance guide for the SDK (for the MIIT third-party sharing list).", "type": "string" }, "sources": { "description": "Where the facts come from: URLs or document names. Only what was looked up or is the vendor's documented coordinate.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "notes": { "description": "Caveats; `unverified:` lists identifiers that were not checked against a primary source.", "type": "string" } }, "if": { "properties": { "applePrivacyManifestRequired": { "const": true } } }, "then": { "required": ["applePrivacyManifestNames"], "properties": { "applePrivacyManifestNames": true } } };
  const schema13 = { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true };
  const schema14 = { "description": "What the SDK does. analytics: usage statistics and product analytics. advertising: ad serving and mediation. attribution: install/deep-link attribution that links users across apps. push: push notifications (vendor channels included). payment: payments and wallets. login-social: login with a third-party account, one-click carrier login, OAuth. share: sharing to social apps. map-location: maps, geolocation, geocoding. crash-apm: crash reporting, performance monitoring, logging. customer-service: in-app customer support and chat. identity-ocr-face: OCR (ID card, bank card), face recognition and liveness, barcode scanning. security-hardening: app hardening/packers, anti-fraud device fingerprinting, integrity attestation, captcha. hot-update: hot-fix, hot-update and dynamic-code delivery (Tinker, Sophix, Robust, CodePush): code that changes the shipped app without a store release, which art. 7 change control must see. webview-browser: embedded browser engines and hybrid-app containers. networking: HTTP, sockets, TLS, image download. communication: instant messaging, audio/video calls (RTC), live streaming. speech: speech recognition and synthesis. ui: UI components, cross-platform UI frameworks, animations, image display. storage: databases, key-value stores, file and object storage. other: utilities and support libraries that fit nowhere else.", "enum": ["analytics", "advertising", "attribution", "push", "payment", "login-social", "share", "map-location", "crash-apm", "customer-service", "identity-ocr-face", "security-hardening", "hot-update", "webview-browser", "networking", "communication", "speech", "ui", "storage", "other"] };
  const schema15 = { "description": "Personal-information types an SDK typically collects (vocabulary shared with the manifest's sdks[].personalInfo and dataFlows[].data). Alignment: device-id ~ Apple DeviceID / Play 'Device or other IDs' (IDFV, vendor device ids, UTDID); android-id, oaid, imei (incl. MEID), imsi, mac-address, serial-number ~ DeviceID / 'Device or other IDs' (MIIT treats them as PI); advertising-id ~ IDFA/GAID, Apple DeviceID + AdvertisingData; ip-address ~ Apple CoarseLocation (when used for location); precise-location / coarse-location ~ Apple PreciseLocation / CoarseLocation, Play 'Location'; wifi-info (BSSID/SSID lists) and cell-info (base-station ids) are location signals; device-info (model, OS, screen, carrier) ~ Apple OtherDiagnosticData; phone-number, email-address, name ~ Apple PhoneNumber / EmailAddress / Name, Play 'Personal info'; contacts ~ Contacts; installed-apps ~ Play 'App info' (MIIT: app list); usage-data ~ Apple ProductInteraction/OtherUsageData, Play 'App activity'; crash-data / performance-data ~ Apple CrashData / PerformanceData; browsing-history ~ BrowsingHistory; purchase-history ~ PurchaseHistory; payment-info, bank-card-number (JR/T 0171 C2), id-number (C2) ~ Apple PaymentInfo/OtherFinancialInfo/SensitiveInfo; biometric-face (C3 when used to authenticate), audio-data ~ AudioData, photos-or-videos ~ PhotosorVideos; user-id (app or third-party account id, openid) ~ UserID; messages ~ EmailsOrTextMessages/OtherUserContent; clipboard (pasteboard reads); sensor-data (accelerometer, gyroscope); social-account (profile from a social login).", "enum": ["device-id", "android-id", "oaid", "imei", "imsi", "mac-address", "serial-number", "advertising-id", "ip-address", "precise-location", "coarse-location", "wifi-info", "cell-info", "device-info", "phone-number", "email-address", "name", "contacts", "installed-apps", "usage-data", "crash-data", "performance-data", "browsing-history", "purchase-history", "payment-info", "bank-card-number", "id-number", "biometric-face", "audio-data", "photos-or-videos", "user-id", "social-account", "messages", "clipboard", "sensor-data"] };
  const func2 = Object.prototype.hasOwnProperty;
  const func3 = require_ucs2length().default;
  const func0 = require_equal().default;
  const pattern0 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
  const pattern1 = new RegExp("^[A-Za-z0-9_.*-]+:[A-Za-z0-9_.*-]+$", "u");
  const pattern2 = new RegExp("^[A-Za-z0-9_.+*-]+(/[A-Za-z0-9_.+* -]+)*$", "u");
  const pattern3 = new RegExp("^[a-z0-9_*]+$", "u");
  const pattern4 = new RegExp("^(@[a-z0-9._*-]+/)?[a-z0-9._*-]+$", "u");
  const pattern5 = new RegExp("^(@[a-zA-Z0-9._*-]+/)?[a-zA-Z0-9._*-]+$", "u");
  const pattern6 = new RegExp("^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*\\.?$", "u");
  const pattern7 = new RegExp("^[A-Za-z_][A-Za-z0-9_]{3,}$", "u");
  const pattern8 = new RegExp("^([a-z0-9-]+\\.)+[a-z]{2,}$", "u");
  function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs1 = errors;
    let valid0 = true;
    const _errs2 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.applePrivacyManifestRequired !== void 0) {
        if (true !== data.applePrivacyManifestRequired) {
          const err0 = {};
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs2 === errors;
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
    if (_valid0) {
      const _errs4 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.applePrivacyManifestNames === void 0) {
          const err1 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "applePrivacyManifestNames" }, message: "must have required property 'applePrivacyManifestNames'" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      var _valid0 = _errs4 === errors;
      valid0 = _valid0;
    }
    if (!valid0) {
      const err2 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.id === void 0) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.name === void 0) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data.vendor === void 0) {
        const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "vendor" }, message: "must have required property 'vendor'" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (data.categories === void 0) {
        const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "categories" }, message: "must have required property 'categories'" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data.personalInfo === void 0) {
        const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "personalInfo" }, message: "must have required property 'personalInfo'" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (data.tracker === void 0) {
        const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tracker" }, message: "must have required property 'tracker'" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (data.applePrivacyManifestRequired === void 0) {
        const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "applePrivacyManifestRequired" }, message: "must have required property 'applePrivacyManifestRequired'" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (data.sources === void 0) {
        const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sources" }, message: "must have required property 'sources'" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!func2.call(schema12.properties, key0)) {
          const err11 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      if (data.id !== void 0) {
        let data1 = data.id;
        if (typeof data1 === "string") {
          if (!pattern0.test(data1)) {
            const err12 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z0-9]+(-[a-z0-9]+)*$"' };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        } else {
          const err13 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
      if (data.aliases !== void 0) {
        let data2 = data.aliases;
        if (Array.isArray(data2)) {
          const len0 = data2.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data3 = data2[i0];
            if (typeof data3 === "string") {
              if (func3(data3) < 1) {
                const err14 = { instancePath: instancePath + "/aliases/" + i0, schemaPath: "#/definitions/stringList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            } else {
              const err15 = { instancePath: instancePath + "/aliases/" + i0, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
          let i1 = data2.length;
          let j0;
          if (i1 > 1) {
            const indices0 = {};
            for (; i1--; ) {
              let item0 = data2[i1];
              if (typeof item0 !== "string") {
                continue;
              }
              if (typeof indices0[item0] == "number") {
                j0 = indices0[item0];
                const err16 = { instancePath: instancePath + "/aliases", schemaPath: "#/definitions/stringList/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
                break;
              }
              indices0[item0] = i1;
            }
          }
        } else {
          const err17 = { instancePath: instancePath + "/aliases", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
      if (data.name !== void 0) {
        let data4 = data.name;
        if (typeof data4 === "string") {
          if (func3(data4) < 1) {
            const err18 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        } else {
          const err19 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
      if (data.nameZh !== void 0) {
        if (typeof data.nameZh !== "string") {
          const err20 = { instancePath: instancePath + "/nameZh", schemaPath: "#/properties/nameZh/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
      if (data.vendor !== void 0) {
        let data6 = data.vendor;
        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
          if (data6.en === void 0) {
            const err21 = { instancePath: instancePath + "/vendor", schemaPath: "#/properties/vendor/required", keyword: "required", params: { missingProperty: "en" }, message: "must have required property 'en'" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          for (const key1 in data6) {
            if (!(key1 === "en" || key1 === "zh-CN")) {
              const err22 = { instancePath: instancePath + "/vendor", schemaPath: "#/properties/vendor/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
          if (data6.en !== void 0) {
            let data7 = data6.en;
            if (typeof data7 === "string") {
              if (func3(data7) < 1) {
                const err23 = { instancePath: instancePath + "/vendor/en", schemaPath: "#/properties/vendor/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            } else {
              const err24 = { instancePath: instancePath + "/vendor/en", schemaPath: "#/properties/vendor/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          }
          if (data6["zh-CN"] !== void 0) {
            let data8 = data6["zh-CN"];
            if (typeof data8 === "string") {
              if (func3(data8) < 1) {
                const err25 = { instancePath: instancePath + "/vendor/zh-CN", schemaPath: "#/properties/vendor/properties/zh-CN/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            } else {
              const err26 = { instancePath: instancePath + "/vendor/zh-CN", schemaPath: "#/properties/vendor/properties/zh-CN/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
        } else {
          const err27 = { instancePath: instancePath + "/vendor", schemaPath: "#/properties/vendor/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
      if (data.categories !== void 0) {
        let data9 = data.categories;
        if (Array.isArray(data9)) {
          if (data9.length < 1) {
            const err28 = { instancePath: instancePath + "/categories", schemaPath: "#/properties/categories/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          const len1 = data9.length;
          for (let i2 = 0; i2 < len1; i2++) {
            let data10 = data9[i2];
            if (!(data10 === "analytics" || data10 === "advertising" || data10 === "attribution" || data10 === "push" || data10 === "payment" || data10 === "login-social" || data10 === "share" || data10 === "map-location" || data10 === "crash-apm" || data10 === "customer-service" || data10 === "identity-ocr-face" || data10 === "security-hardening" || data10 === "hot-update" || data10 === "webview-browser" || data10 === "networking" || data10 === "communication" || data10 === "speech" || data10 === "ui" || data10 === "storage" || data10 === "other")) {
              const err29 = { instancePath: instancePath + "/categories/" + i2, schemaPath: "#/definitions/category/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
          let i3 = data9.length;
          let j1;
          if (i3 > 1) {
            outer0: for (; i3--; ) {
              for (j1 = i3; j1--; ) {
                if (func0(data9[i3], data9[j1])) {
                  const err30 = { instancePath: instancePath + "/categories", schemaPath: "#/properties/categories/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
          }
        } else {
          const err31 = { instancePath: instancePath + "/categories", schemaPath: "#/properties/categories/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
      if (data.personalInfo !== void 0) {
        let data11 = data.personalInfo;
        if (Array.isArray(data11)) {
          const len2 = data11.length;
          for (let i4 = 0; i4 < len2; i4++) {
            let data12 = data11[i4];
            if (!(data12 === "device-id" || data12 === "android-id" || data12 === "oaid" || data12 === "imei" || data12 === "imsi" || data12 === "mac-address" || data12 === "serial-number" || data12 === "advertising-id" || data12 === "ip-address" || data12 === "precise-location" || data12 === "coarse-location" || data12 === "wifi-info" || data12 === "cell-info" || data12 === "device-info" || data12 === "phone-number" || data12 === "email-address" || data12 === "name" || data12 === "contacts" || data12 === "installed-apps" || data12 === "usage-data" || data12 === "crash-data" || data12 === "performance-data" || data12 === "browsing-history" || data12 === "purchase-history" || data12 === "payment-info" || data12 === "bank-card-number" || data12 === "id-number" || data12 === "biometric-face" || data12 === "audio-data" || data12 === "photos-or-videos" || data12 === "user-id" || data12 === "social-account" || data12 === "messages" || data12 === "clipboard" || data12 === "sensor-data")) {
              const err32 = { instancePath: instancePath + "/personalInfo/" + i4, schemaPath: "#/definitions/personalInfo/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
          let i5 = data11.length;
          let j2;
          if (i5 > 1) {
            outer1: for (; i5--; ) {
              for (j2 = i5; j2--; ) {
                if (func0(data11[i5], data11[j2])) {
                  const err33 = { instancePath: instancePath + "/personalInfo", schemaPath: "#/properties/personalInfo/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                  break outer1;
                }
              }
            }
          }
        } else {
          const err34 = { instancePath: instancePath + "/personalInfo", schemaPath: "#/properties/personalInfo/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
      if (data.openSource !== void 0) {
        if (typeof data.openSource !== "boolean") {
          const err35 = { instancePath: instancePath + "/openSource", schemaPath: "#/properties/openSource/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      }
      if (data.tracker !== void 0) {
        if (typeof data.tracker !== "boolean") {
          const err36 = { instancePath: instancePath + "/tracker", schemaPath: "#/properties/tracker/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      }
      if (data.applePrivacyManifestRequired !== void 0) {
        if (typeof data.applePrivacyManifestRequired !== "boolean") {
          const err37 = { instancePath: instancePath + "/applePrivacyManifestRequired", schemaPath: "#/properties/applePrivacyManifestRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
      if (data.applePrivacyManifestNames !== void 0) {
        let data16 = data.applePrivacyManifestNames;
        if (Array.isArray(data16)) {
          const len3 = data16.length;
          for (let i6 = 0; i6 < len3; i6++) {
            let data17 = data16[i6];
            if (typeof data17 === "string") {
              if (func3(data17) < 1) {
                const err38 = { instancePath: instancePath + "/applePrivacyManifestNames/" + i6, schemaPath: "#/definitions/stringList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            } else {
              const err39 = { instancePath: instancePath + "/applePrivacyManifestNames/" + i6, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
          let i7 = data16.length;
          let j3;
          if (i7 > 1) {
            const indices1 = {};
            for (; i7--; ) {
              let item1 = data16[i7];
              if (typeof item1 !== "string") {
                continue;
              }
              if (typeof indices1[item1] == "number") {
                j3 = indices1[item1];
                const err40 = { instancePath: instancePath + "/applePrivacyManifestNames", schemaPath: "#/definitions/stringList/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
                break;
              }
              indices1[item1] = i7;
            }
          }
        } else {
          const err41 = { instancePath: instancePath + "/applePrivacyManifestNames", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      }
      if (data.maven !== void 0) {
        let data18 = data.maven;
        if (Array.isArray(data18)) {
          const len4 = data18.length;
          for (let i8 = 0; i8 < len4; i8++) {
            let data19 = data18[i8];
            if (typeof data19 === "string") {
              if (!pattern1.test(data19)) {
                const err42 = { instancePath: instancePath + "/maven/" + i8, schemaPath: "#/properties/maven/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.*-]+:[A-Za-z0-9_.*-]+$" }, message: 'must match pattern "^[A-Za-z0-9_.*-]+:[A-Za-z0-9_.*-]+$"' };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            } else {
              const err43 = { instancePath: instancePath + "/maven/" + i8, schemaPath: "#/properties/maven/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          }
          let i9 = data18.length;
          let j4;
          if (i9 > 1) {
            const indices2 = {};
            for (; i9--; ) {
              let item2 = data18[i9];
              if (typeof item2 !== "string") {
                continue;
              }
              if (typeof indices2[item2] == "number") {
                j4 = indices2[item2];
                const err44 = { instancePath: instancePath + "/maven", schemaPath: "#/properties/maven/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i9 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
                break;
              }
              indices2[item2] = i9;
            }
          }
        } else {
          const err45 = { instancePath: instancePath + "/maven", schemaPath: "#/properties/maven/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
      }
      if (data.cocoapods !== void 0) {
        let data20 = data.cocoapods;
        if (Array.isArray(data20)) {
          const len5 = data20.length;
          for (let i10 = 0; i10 < len5; i10++) {
            let data21 = data20[i10];
            if (typeof data21 === "string") {
              if (!pattern2.test(data21)) {
                const err46 = { instancePath: instancePath + "/cocoapods/" + i10, schemaPath: "#/properties/cocoapods/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.+*-]+(/[A-Za-z0-9_.+* -]+)*$" }, message: 'must match pattern "^[A-Za-z0-9_.+*-]+(/[A-Za-z0-9_.+* -]+)*$"' };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            } else {
              const err47 = { instancePath: instancePath + "/cocoapods/" + i10, schemaPath: "#/properties/cocoapods/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          }
          let i11 = data20.length;
          let j5;
          if (i11 > 1) {
            const indices3 = {};
            for (; i11--; ) {
              let item3 = data20[i11];
              if (typeof item3 !== "string") {
                continue;
              }
              if (typeof indices3[item3] == "number") {
                j5 = indices3[item3];
                const err48 = { instancePath: instancePath + "/cocoapods", schemaPath: "#/properties/cocoapods/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i11 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
                break;
              }
              indices3[item3] = i11;
            }
          }
        } else {
          const err49 = { instancePath: instancePath + "/cocoapods", schemaPath: "#/properties/cocoapods/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
      }
      if (data.swift !== void 0) {
        let data22 = data.swift;
        if (Array.isArray(data22)) {
          const len6 = data22.length;
          for (let i12 = 0; i12 < len6; i12++) {
            let data23 = data22[i12];
            if (typeof data23 === "string") {
              if (func3(data23) < 1) {
                const err50 = { instancePath: instancePath + "/swift/" + i12, schemaPath: "#/definitions/stringList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            } else {
              const err51 = { instancePath: instancePath + "/swift/" + i12, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          }
          let i13 = data22.length;
          let j6;
          if (i13 > 1) {
            const indices4 = {};
            for (; i13--; ) {
              let item4 = data22[i13];
              if (typeof item4 !== "string") {
                continue;
              }
              if (typeof indices4[item4] == "number") {
                j6 = indices4[item4];
                const err52 = { instancePath: instancePath + "/swift", schemaPath: "#/definitions/stringList/uniqueItems", keyword: "uniqueItems", params: { i: i13, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i13 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
                break;
              }
              indices4[item4] = i13;
            }
          }
        } else {
          const err53 = { instancePath: instancePath + "/swift", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
      }
      if (data.carthage !== void 0) {
        let data24 = data.carthage;
        if (Array.isArray(data24)) {
          const len7 = data24.length;
          for (let i14 = 0; i14 < len7; i14++) {
            let data25 = data24[i14];
            if (typeof data25 === "string") {
              if (func3(data25) < 1) {
                const err54 = { instancePath: instancePath + "/carthage/" + i14, schemaPath: "#/definitions/stringList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            } else {
              const err55 = { instancePath: instancePath + "/carthage/" + i14, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          }
          let i15 = data24.length;
          let j7;
          if (i15 > 1) {
            const indices5 = {};
            for (; i15--; ) {
              let item5 = data24[i15];
              if (typeof item5 !== "string") {
                continue;
              }
              if (typeof indices5[item5] == "number") {
                j7 = indices5[item5];
                const err56 = { instancePath: instancePath + "/carthage", schemaPath: "#/definitions/stringList/uniqueItems", keyword: "uniqueItems", params: { i: i15, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i15 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
                break;
              }
              indices5[item5] = i15;
            }
          }
        } else {
          const err57 = { instancePath: instancePath + "/carthage", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
      }
      if (data.pub !== void 0) {
        let data26 = data.pub;
        if (Array.isArray(data26)) {
          const len8 = data26.length;
          for (let i16 = 0; i16 < len8; i16++) {
            let data27 = data26[i16];
            if (typeof data27 === "string") {
              if (!pattern3.test(data27)) {
                const err58 = { instancePath: instancePath + "/pub/" + i16, schemaPath: "#/properties/pub/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9_*]+$" }, message: 'must match pattern "^[a-z0-9_*]+$"' };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            } else {
              const err59 = { instancePath: instancePath + "/pub/" + i16, schemaPath: "#/properties/pub/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          }
          let i17 = data26.length;
          let j8;
          if (i17 > 1) {
            const indices6 = {};
            for (; i17--; ) {
              let item6 = data26[i17];
              if (typeof item6 !== "string") {
                continue;
              }
              if (typeof indices6[item6] == "number") {
                j8 = indices6[item6];
                const err60 = { instancePath: instancePath + "/pub", schemaPath: "#/properties/pub/uniqueItems", keyword: "uniqueItems", params: { i: i17, j: j8 }, message: "must NOT have duplicate items (items ## " + j8 + " and " + i17 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
                break;
              }
              indices6[item6] = i17;
            }
          }
        } else {
          const err61 = { instancePath: instancePath + "/pub", schemaPath: "#/properties/pub/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
      }
      if (data.npm !== void 0) {
        let data28 = data.npm;
        if (Array.isArray(data28)) {
          const len9 = data28.length;
          for (let i18 = 0; i18 < len9; i18++) {
            let data29 = data28[i18];
            if (typeof data29 === "string") {
              if (!pattern4.test(data29)) {
                const err62 = { instancePath: instancePath + "/npm/" + i18, schemaPath: "#/properties/npm/items/pattern", keyword: "pattern", params: { pattern: "^(@[a-z0-9._*-]+/)?[a-z0-9._*-]+$" }, message: 'must match pattern "^(@[a-z0-9._*-]+/)?[a-z0-9._*-]+$"' };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            } else {
              const err63 = { instancePath: instancePath + "/npm/" + i18, schemaPath: "#/properties/npm/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          }
          let i19 = data28.length;
          let j9;
          if (i19 > 1) {
            const indices7 = {};
            for (; i19--; ) {
              let item7 = data28[i19];
              if (typeof item7 !== "string") {
                continue;
              }
              if (typeof indices7[item7] == "number") {
                j9 = indices7[item7];
                const err64 = { instancePath: instancePath + "/npm", schemaPath: "#/properties/npm/uniqueItems", keyword: "uniqueItems", params: { i: i19, j: j9 }, message: "must NOT have duplicate items (items ## " + j9 + " and " + i19 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
                break;
              }
              indices7[item7] = i19;
            }
          }
        } else {
          const err65 = { instancePath: instancePath + "/npm", schemaPath: "#/properties/npm/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
      }
      if (data.ohpm !== void 0) {
        let data30 = data.ohpm;
        if (Array.isArray(data30)) {
          const len10 = data30.length;
          for (let i20 = 0; i20 < len10; i20++) {
            let data31 = data30[i20];
            if (typeof data31 === "string") {
              if (!pattern5.test(data31)) {
                const err66 = { instancePath: instancePath + "/ohpm/" + i20, schemaPath: "#/properties/ohpm/items/pattern", keyword: "pattern", params: { pattern: "^(@[a-zA-Z0-9._*-]+/)?[a-zA-Z0-9._*-]+$" }, message: 'must match pattern "^(@[a-zA-Z0-9._*-]+/)?[a-zA-Z0-9._*-]+$"' };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            } else {
              const err67 = { instancePath: instancePath + "/ohpm/" + i20, schemaPath: "#/properties/ohpm/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
          }
          let i21 = data30.length;
          let j10;
          if (i21 > 1) {
            const indices8 = {};
            for (; i21--; ) {
              let item8 = data30[i21];
              if (typeof item8 !== "string") {
                continue;
              }
              if (typeof indices8[item8] == "number") {
                j10 = indices8[item8];
                const err68 = { instancePath: instancePath + "/ohpm", schemaPath: "#/properties/ohpm/uniqueItems", keyword: "uniqueItems", params: { i: i21, j: j10 }, message: "must NOT have duplicate items (items ## " + j10 + " and " + i21 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
                break;
              }
              indices8[item8] = i21;
            }
          }
        } else {
          const err69 = { instancePath: instancePath + "/ohpm", schemaPath: "#/properties/ohpm/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err69];
          } else {
            vErrors.push(err69);
          }
          errors++;
        }
      }
      if (data.androidClassPrefixes !== void 0) {
        let data32 = data.androidClassPrefixes;
        if (Array.isArray(data32)) {
          const len11 = data32.length;
          for (let i22 = 0; i22 < len11; i22++) {
            let data33 = data32[i22];
            if (typeof data33 === "string") {
              if (!pattern6.test(data33)) {
                const err70 = { instancePath: instancePath + "/androidClassPrefixes/" + i22, schemaPath: "#/properties/androidClassPrefixes/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*\\.?$" }, message: 'must match pattern "^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*\\.?$"' };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            } else {
              const err71 = { instancePath: instancePath + "/androidClassPrefixes/" + i22, schemaPath: "#/properties/androidClassPrefixes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          }
          let i23 = data32.length;
          let j11;
          if (i23 > 1) {
            const indices9 = {};
            for (; i23--; ) {
              let item9 = data32[i23];
              if (typeof item9 !== "string") {
                continue;
              }
              if (typeof indices9[item9] == "number") {
                j11 = indices9[item9];
                const err72 = { instancePath: instancePath + "/androidClassPrefixes", schemaPath: "#/properties/androidClassPrefixes/uniqueItems", keyword: "uniqueItems", params: { i: i23, j: j11 }, message: "must NOT have duplicate items (items ## " + j11 + " and " + i23 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
                break;
              }
              indices9[item9] = i23;
            }
          }
        } else {
          const err73 = { instancePath: instancePath + "/androidClassPrefixes", schemaPath: "#/properties/androidClassPrefixes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err73];
          } else {
            vErrors.push(err73);
          }
          errors++;
        }
      }
      if (data.iosClassPrefixes !== void 0) {
        let data34 = data.iosClassPrefixes;
        if (Array.isArray(data34)) {
          const len12 = data34.length;
          for (let i24 = 0; i24 < len12; i24++) {
            let data35 = data34[i24];
            if (typeof data35 === "string") {
              if (!pattern7.test(data35)) {
                const err74 = { instancePath: instancePath + "/iosClassPrefixes/" + i24, schemaPath: "#/properties/iosClassPrefixes/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]{3,}$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]{3,}$"' };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            } else {
              const err75 = { instancePath: instancePath + "/iosClassPrefixes/" + i24, schemaPath: "#/properties/iosClassPrefixes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          }
          let i25 = data34.length;
          let j12;
          if (i25 > 1) {
            const indices10 = {};
            for (; i25--; ) {
              let item10 = data34[i25];
              if (typeof item10 !== "string") {
                continue;
              }
              if (typeof indices10[item10] == "number") {
                j12 = indices10[item10];
                const err76 = { instancePath: instancePath + "/iosClassPrefixes", schemaPath: "#/properties/iosClassPrefixes/uniqueItems", keyword: "uniqueItems", params: { i: i25, j: j12 }, message: "must NOT have duplicate items (items ## " + j12 + " and " + i25 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
                break;
              }
              indices10[item10] = i25;
            }
          }
        } else {
          const err77 = { instancePath: instancePath + "/iosClassPrefixes", schemaPath: "#/properties/iosClassPrefixes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err77];
          } else {
            vErrors.push(err77);
          }
          errors++;
        }
      }
      if (data.androidMetaDataKeys !== void 0) {
        let data36 = data.androidMetaDataKeys;
        if (Array.isArray(data36)) {
          const len13 = data36.length;
          for (let i26 = 0; i26 < len13; i26++) {
            let data37 = data36[i26];
            if (typeof data37 === "string") {
              if (func3(data37) < 1) {
                const err78 = { instancePath: instancePath + "/androidMetaDataKeys/" + i26, schemaPath: "#/definitions/stringList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            } else {
              const err79 = { instancePath: instancePath + "/androidMetaDataKeys/" + i26, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
          }
          let i27 = data36.length;
          let j13;
          if (i27 > 1) {
            const indices11 = {};
            for (; i27--; ) {
              let item11 = data36[i27];
              if (typeof item11 !== "string") {
                continue;
              }
              if (typeof indices11[item11] == "number") {
                j13 = indices11[item11];
                const err80 = { instancePath: instancePath + "/androidMetaDataKeys", schemaPath: "#/definitions/stringList/uniqueItems", keyword: "uniqueItems", params: { i: i27, j: j13 }, message: "must NOT have duplicate items (items ## " + j13 + " and " + i27 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
                break;
              }
              indices11[item11] = i27;
            }
          }
        } else {
          const err81 = { instancePath: instancePath + "/androidMetaDataKeys", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err81];
          } else {
            vErrors.push(err81);
          }
          errors++;
        }
      }
      if (data.vendoredFiles !== void 0) {
        let data38 = data.vendoredFiles;
        if (Array.isArray(data38)) {
          const len14 = data38.length;
          for (let i28 = 0; i28 < len14; i28++) {
            let data39 = data38[i28];
            if (typeof data39 === "string") {
              if (func3(data39) < 1) {
                const err82 = { instancePath: instancePath + "/vendoredFiles/" + i28, schemaPath: "#/definitions/stringList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            } else {
              const err83 = { instancePath: instancePath + "/vendoredFiles/" + i28, schemaPath: "#/definitions/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
          }
          let i29 = data38.length;
          let j14;
          if (i29 > 1) {
            const indices12 = {};
            for (; i29--; ) {
              let item12 = data38[i29];
              if (typeof item12 !== "string") {
                continue;
              }
              if (typeof indices12[item12] == "number") {
                j14 = indices12[item12];
                const err84 = { instancePath: instancePath + "/vendoredFiles", schemaPath: "#/definitions/stringList/uniqueItems", keyword: "uniqueItems", params: { i: i29, j: j14 }, message: "must NOT have duplicate items (items ## " + j14 + " and " + i29 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
                break;
              }
              indices12[item12] = i29;
            }
          }
        } else {
          const err85 = { instancePath: instancePath + "/vendoredFiles", schemaPath: "#/definitions/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err85];
          } else {
            vErrors.push(err85);
          }
          errors++;
        }
      }
      if (data.domains !== void 0) {
        let data40 = data.domains;
        if (Array.isArray(data40)) {
          const len15 = data40.length;
          for (let i30 = 0; i30 < len15; i30++) {
            let data41 = data40[i30];
            if (typeof data41 === "string") {
              if (!pattern8.test(data41)) {
                const err86 = { instancePath: instancePath + "/domains/" + i30, schemaPath: "#/properties/domains/items/pattern", keyword: "pattern", params: { pattern: "^([a-z0-9-]+\\.)+[a-z]{2,}$" }, message: 'must match pattern "^([a-z0-9-]+\\.)+[a-z]{2,}$"' };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            } else {
              const err87 = { instancePath: instancePath + "/domains/" + i30, schemaPath: "#/properties/domains/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
          }
          let i31 = data40.length;
          let j15;
          if (i31 > 1) {
            const indices13 = {};
            for (; i31--; ) {
              let item13 = data40[i31];
              if (typeof item13 !== "string") {
                continue;
              }
              if (typeof indices13[item13] == "number") {
                j15 = indices13[item13];
                const err88 = { instancePath: instancePath + "/domains", schemaPath: "#/properties/domains/uniqueItems", keyword: "uniqueItems", params: { i: i31, j: j15 }, message: "must NOT have duplicate items (items ## " + j15 + " and " + i31 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
                break;
              }
              indices13[item13] = i31;
            }
          }
        } else {
          const err89 = { instancePath: instancePath + "/domains", schemaPath: "#/properties/domains/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err89];
          } else {
            vErrors.push(err89);
          }
          errors++;
        }
      }
      if (data.homepage !== void 0) {
        if (typeof data.homepage !== "string") {
          const err90 = { instancePath: instancePath + "/homepage", schemaPath: "#/properties/homepage/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err90];
          } else {
            vErrors.push(err90);
          }
          errors++;
        }
      }
      if (data.privacyPolicy !== void 0) {
        if (typeof data.privacyPolicy !== "string") {
          const err91 = { instancePath: instancePath + "/privacyPolicy", schemaPath: "#/properties/privacyPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err91];
          } else {
            vErrors.push(err91);
          }
          errors++;
        }
      }
      if (data.sources !== void 0) {
        let data44 = data.sources;
        if (Array.isArray(data44)) {
          if (data44.length < 1) {
            const err92 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
          const len16 = data44.length;
          for (let i32 = 0; i32 < len16; i32++) {
            let data45 = data44[i32];
            if (typeof data45 === "string") {
              if (func3(data45) < 1) {
                const err93 = { instancePath: instancePath + "/sources/" + i32, schemaPath: "#/properties/sources/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
            } else {
              const err94 = { instancePath: instancePath + "/sources/" + i32, schemaPath: "#/properties/sources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
          }
        } else {
          const err95 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err95];
          } else {
            vErrors.push(err95);
          }
          errors++;
        }
      }
      if (data.notes !== void 0) {
        if (typeof data.notes !== "string") {
          const err96 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err96];
          } else {
            vErrors.push(err96);
          }
          errors++;
        }
      }
    } else {
      const err97 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err97];
      } else {
        vErrors.push(err97);
      }
      errors++;
    }
    validate11.errors = vErrors;
    return errors === 0;
  }
  function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.sdks === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sdks" }, message: "must have required property 'sdks'" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "description" || key0 === "sdks")) {
          const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (data.description !== void 0) {
        if (typeof data.description !== "string") {
          const err2 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.sdks !== void 0) {
        let data1 = data.sdks;
        if (Array.isArray(data1)) {
          if (data1.length < 1) {
            const err3 = { instancePath: instancePath + "/sdks", schemaPath: "#/properties/sdks/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          const len0 = data1.length;
          for (let i0 = 0; i0 < len0; i0++) {
            if (!validate11(data1[i0], { instancePath: instancePath + "/sdks/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
              vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err4 = { instancePath: instancePath + "/sdks", schemaPath: "#/properties/sdks/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    } else {
      const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
  }
  return exports2;
}
function packValidators(exports2) {
  "use strict";
  exports2.pack = validate15;
  const schema12 = { "type": "object", "required": ["apiVersion", "name", "version", "title"], "additionalProperties": false, "properties": { "apiVersion": { "const": "mobile-policy/pack/v1" }, "name": { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$" }, "version": { "type": "string", "minLength": 1 }, "title": { "$ref": "#/definitions/localized" }, "description": { "$ref": "#/definitions/localized" }, "extends": { "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 }, "maxItems": 16 }] }, "params": { "$ref": "#/definitions/params" }, "severityMap": { "description": "Re-grades every rule of this pack and the packs it extends, at every stage, before per-rule overrides: e.g. { warning: error } promotes warnings.", "type": "object", "additionalProperties": false, "properties": { "error": { "$ref": "#/definitions/severity" }, "warning": { "$ref": "#/definitions/severity" }, "note": { "$ref": "#/definitions/severity" } } }, "overrides": { "type": "object", "propertyNames": { "$ref": "#/definitions/ruleId" }, "additionalProperties": { "$ref": "#/definitions/override" } } } };
  const schema13 = { "type": "object", "required": ["en", "zh-CN"], "additionalProperties": false, "properties": { "en": { "type": "string", "minLength": 1 }, "zh-CN": { "type": "string", "minLength": 1 } } };
  const schema15 = { "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "additionalProperties": true };
  const schema16 = { "enum": ["error", "warning", "note"] };
  const schema19 = { "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$" };
  const func2 = Object.prototype.hasOwnProperty;
  const func3 = require_ucs2length().default;
  const pattern0 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
  const pattern1 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
  const pattern2 = new RegExp("^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$", "u");
  const schema20 = { "type": "object", "additionalProperties": false, "properties": { "severity": { "$ref": "#/definitions/severity" }, "disabled": { "type": "boolean" }, "waivable": { "type": "boolean" }, "params": { "$ref": "#/definitions/params" } } };
  function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "severity" || key0 === "disabled" || key0 === "waivable" || key0 === "params")) {
            validate12.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.severity !== void 0) {
            let data0 = data.severity;
            const _errs2 = errors;
            if (!(data0 === "error" || data0 === "warning" || data0 === "note")) {
              validate12.errors = [{ instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.disabled !== void 0) {
              const _errs4 = errors;
              if (typeof data.disabled !== "boolean") {
                validate12.errors = [{ instancePath: instancePath + "/disabled", schemaPath: "#/properties/disabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.waivable !== void 0) {
                const _errs6 = errors;
                if (typeof data.waivable !== "boolean") {
                  validate12.errors = [{ instancePath: instancePath + "/waivable", schemaPath: "#/properties/waivable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.params !== void 0) {
                  let data3 = data.params;
                  const _errs8 = errors;
                  const _errs9 = errors;
                  if (errors === _errs9) {
                    if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                      for (const key1 in data3) {
                        const _errs11 = errors;
                        if (typeof key1 === "string") {
                          if (!pattern1.test(key1)) {
                            const err0 = { instancePath: instancePath + "/params", schemaPath: "#/definitions/params/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', propertyName: key1 };
                            if (vErrors === null) {
                              vErrors = [err0];
                            } else {
                              vErrors.push(err0);
                            }
                            errors++;
                          }
                        }
                        var valid3 = _errs11 === errors;
                        if (!valid3) {
                          const err1 = { instancePath: instancePath + "/params", schemaPath: "#/definitions/params/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
                          if (vErrors === null) {
                            vErrors = [err1];
                          } else {
                            vErrors.push(err1);
                          }
                          errors++;
                          validate12.errors = vErrors;
                          return false;
                          break;
                        }
                      }
                    } else {
                      validate12.errors = [{ instancePath: instancePath + "/params", schemaPath: "#/definitions/params/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      } else {
        validate12.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    validate12.errors = vErrors;
    return errors === 0;
  }
  function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.apiVersion === void 0 && (missing0 = "apiVersion") || data.name === void 0 && (missing0 = "name") || data.version === void 0 && (missing0 = "version") || data.title === void 0 && (missing0 = "title")) {
          validate15.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          const _errs1 = errors;
          for (const key0 in data) {
            if (!func2.call(schema12.properties, key0)) {
              validate15.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
              return false;
              break;
            }
          }
          if (_errs1 === errors) {
            if (data.apiVersion !== void 0) {
              const _errs2 = errors;
              if ("mobile-policy/pack/v1" !== data.apiVersion) {
                validate15.errors = [{ instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "mobile-policy/pack/v1" }, message: "must be equal to constant" }];
                return false;
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.name !== void 0) {
                let data1 = data.name;
                const _errs3 = errors;
                if (errors === _errs3) {
                  if (typeof data1 === "string") {
                    if (!pattern0.test(data1)) {
                      validate15.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*$"' }];
                      return false;
                    }
                  } else {
                    validate15.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs3 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.version !== void 0) {
                  let data2 = data.version;
                  const _errs5 = errors;
                  if (errors === _errs5) {
                    if (typeof data2 === "string") {
                      if (func3(data2) < 1) {
                        validate15.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                        return false;
                      }
                    } else {
                      validate15.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.title !== void 0) {
                    let data3 = data.title;
                    const _errs7 = errors;
                    const _errs8 = errors;
                    if (errors === _errs8) {
                      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                        let missing1;
                        if (data3.en === void 0 && (missing1 = "en") || data3["zh-CN"] === void 0 && (missing1 = "zh-CN")) {
                          validate15.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/definitions/localized/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                          return false;
                        } else {
                          const _errs10 = errors;
                          for (const key1 in data3) {
                            if (!(key1 === "en" || key1 === "zh-CN")) {
                              validate15.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/definitions/localized/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                              return false;
                              break;
                            }
                          }
                          if (_errs10 === errors) {
                            if (data3.en !== void 0) {
                              let data4 = data3.en;
                              const _errs11 = errors;
                              if (errors === _errs11) {
                                if (typeof data4 === "string") {
                                  if (func3(data4) < 1) {
                                    validate15.errors = [{ instancePath: instancePath + "/title/en", schemaPath: "#/definitions/localized/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                    return false;
                                  }
                                } else {
                                  validate15.errors = [{ instancePath: instancePath + "/title/en", schemaPath: "#/definitions/localized/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                              var valid2 = _errs11 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data3["zh-CN"] !== void 0) {
                                let data5 = data3["zh-CN"];
                                const _errs13 = errors;
                                if (errors === _errs13) {
                                  if (typeof data5 === "string") {
                                    if (func3(data5) < 1) {
                                      validate15.errors = [{ instancePath: instancePath + "/title/zh-CN", schemaPath: "#/definitions/localized/properties/zh-CN/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                      return false;
                                    }
                                  } else {
                                    validate15.errors = [{ instancePath: instancePath + "/title/zh-CN", schemaPath: "#/definitions/localized/properties/zh-CN/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                                var valid2 = _errs13 === errors;
                              } else {
                                var valid2 = true;
                              }
                            }
                          }
                        }
                      } else {
                        validate15.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/definitions/localized/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs7 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.description !== void 0) {
                      let data6 = data.description;
                      const _errs15 = errors;
                      const _errs16 = errors;
                      if (errors === _errs16) {
                        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                          let missing2;
                          if (data6.en === void 0 && (missing2 = "en") || data6["zh-CN"] === void 0 && (missing2 = "zh-CN")) {
                            validate15.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/definitions/localized/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                            return false;
                          } else {
                            const _errs18 = errors;
                            for (const key2 in data6) {
                              if (!(key2 === "en" || key2 === "zh-CN")) {
                                validate15.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/definitions/localized/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                return false;
                                break;
                              }
                            }
                            if (_errs18 === errors) {
                              if (data6.en !== void 0) {
                                let data7 = data6.en;
                                const _errs19 = errors;
                                if (errors === _errs19) {
                                  if (typeof data7 === "string") {
                                    if (func3(data7) < 1) {
                                      validate15.errors = [{ instancePath: instancePath + "/description/en", schemaPath: "#/definitions/localized/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                      return false;
                                    }
                                  } else {
                                    validate15.errors = [{ instancePath: instancePath + "/description/en", schemaPath: "#/definitions/localized/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                                var valid4 = _errs19 === errors;
                              } else {
                                var valid4 = true;
                              }
                              if (valid4) {
                                if (data6["zh-CN"] !== void 0) {
                                  let data8 = data6["zh-CN"];
                                  const _errs21 = errors;
                                  if (errors === _errs21) {
                                    if (typeof data8 === "string") {
                                      if (func3(data8) < 1) {
                                        validate15.errors = [{ instancePath: instancePath + "/description/zh-CN", schemaPath: "#/definitions/localized/properties/zh-CN/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                        return false;
                                      }
                                    } else {
                                      validate15.errors = [{ instancePath: instancePath + "/description/zh-CN", schemaPath: "#/definitions/localized/properties/zh-CN/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid4 = _errs21 === errors;
                                } else {
                                  var valid4 = true;
                                }
                              }
                            }
                          }
                        } else {
                          validate15.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/definitions/localized/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs15 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.extends !== void 0) {
                        let data9 = data.extends;
                        const _errs23 = errors;
                        const _errs24 = errors;
                        let valid5 = false;
                        let passing0 = null;
                        const _errs25 = errors;
                        if (errors === _errs25) {
                          if (typeof data9 === "string") {
                            if (func3(data9) < 1) {
                              const err0 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                              if (vErrors === null) {
                                vErrors = [err0];
                              } else {
                                vErrors.push(err0);
                              }
                              errors++;
                            }
                          } else {
                            const err1 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err1];
                            } else {
                              vErrors.push(err1);
                            }
                            errors++;
                          }
                        }
                        var _valid0 = _errs25 === errors;
                        if (_valid0) {
                          valid5 = true;
                          passing0 = 0;
                        }
                        const _errs27 = errors;
                        if (errors === _errs27) {
                          if (Array.isArray(data9)) {
                            if (data9.length > 16) {
                              const err2 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 16 }, message: "must NOT have more than 16 items" };
                              if (vErrors === null) {
                                vErrors = [err2];
                              } else {
                                vErrors.push(err2);
                              }
                              errors++;
                            } else {
                              var valid6 = true;
                              const len0 = data9.length;
                              for (let i0 = 0; i0 < len0; i0++) {
                                let data10 = data9[i0];
                                const _errs29 = errors;
                                if (errors === _errs29) {
                                  if (typeof data10 === "string") {
                                    if (func3(data10) < 1) {
                                      const err3 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                      if (vErrors === null) {
                                        vErrors = [err3];
                                      } else {
                                        vErrors.push(err3);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err4 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/properties/extends/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                      vErrors = [err4];
                                    } else {
                                      vErrors.push(err4);
                                    }
                                    errors++;
                                  }
                                }
                                var valid6 = _errs29 === errors;
                                if (!valid6) {
                                  break;
                                }
                              }
                            }
                          } else {
                            const err5 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                            if (vErrors === null) {
                              vErrors = [err5];
                            } else {
                              vErrors.push(err5);
                            }
                            errors++;
                          }
                        }
                        var _valid0 = _errs27 === errors;
                        if (_valid0 && valid5) {
                          valid5 = false;
                          passing0 = [passing0, 1];
                        } else {
                          if (_valid0) {
                            valid5 = true;
                            passing0 = 1;
                          }
                        }
                        if (!valid5) {
                          const err6 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                          if (vErrors === null) {
                            vErrors = [err6];
                          } else {
                            vErrors.push(err6);
                          }
                          errors++;
                          validate15.errors = vErrors;
                          return false;
                        } else {
                          errors = _errs24;
                          if (vErrors !== null) {
                            if (_errs24) {
                              vErrors.length = _errs24;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                        var valid0 = _errs23 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.params !== void 0) {
                          let data11 = data.params;
                          const _errs31 = errors;
                          const _errs32 = errors;
                          if (errors === _errs32) {
                            if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                              for (const key3 in data11) {
                                const _errs34 = errors;
                                if (typeof key3 === "string") {
                                  if (!pattern1.test(key3)) {
                                    const err7 = { instancePath: instancePath + "/params", schemaPath: "#/definitions/params/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', propertyName: key3 };
                                    if (vErrors === null) {
                                      vErrors = [err7];
                                    } else {
                                      vErrors.push(err7);
                                    }
                                    errors++;
                                  }
                                }
                                var valid8 = _errs34 === errors;
                                if (!valid8) {
                                  const err8 = { instancePath: instancePath + "/params", schemaPath: "#/definitions/params/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
                                  if (vErrors === null) {
                                    vErrors = [err8];
                                  } else {
                                    vErrors.push(err8);
                                  }
                                  errors++;
                                  validate15.errors = vErrors;
                                  return false;
                                  break;
                                }
                              }
                            } else {
                              validate15.errors = [{ instancePath: instancePath + "/params", schemaPath: "#/definitions/params/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs31 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.severityMap !== void 0) {
                            let data12 = data.severityMap;
                            const _errs36 = errors;
                            if (errors === _errs36) {
                              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                const _errs38 = errors;
                                for (const key4 in data12) {
                                  if (!(key4 === "error" || key4 === "warning" || key4 === "note")) {
                                    validate15.errors = [{ instancePath: instancePath + "/severityMap", schemaPath: "#/properties/severityMap/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }];
                                    return false;
                                    break;
                                  }
                                }
                                if (_errs38 === errors) {
                                  if (data12.error !== void 0) {
                                    let data13 = data12.error;
                                    const _errs39 = errors;
                                    if (!(data13 === "error" || data13 === "warning" || data13 === "note")) {
                                      validate15.errors = [{ instancePath: instancePath + "/severityMap/error", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values" }];
                                      return false;
                                    }
                                    var valid9 = _errs39 === errors;
                                  } else {
                                    var valid9 = true;
                                  }
                                  if (valid9) {
                                    if (data12.warning !== void 0) {
                                      let data14 = data12.warning;
                                      const _errs41 = errors;
                                      if (!(data14 === "error" || data14 === "warning" || data14 === "note")) {
                                        validate15.errors = [{ instancePath: instancePath + "/severityMap/warning", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values" }];
                                        return false;
                                      }
                                      var valid9 = _errs41 === errors;
                                    } else {
                                      var valid9 = true;
                                    }
                                    if (valid9) {
                                      if (data12.note !== void 0) {
                                        let data15 = data12.note;
                                        const _errs43 = errors;
                                        if (!(data15 === "error" || data15 === "warning" || data15 === "note")) {
                                          validate15.errors = [{ instancePath: instancePath + "/severityMap/note", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values" }];
                                          return false;
                                        }
                                        var valid9 = _errs43 === errors;
                                      } else {
                                        var valid9 = true;
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate15.errors = [{ instancePath: instancePath + "/severityMap", schemaPath: "#/properties/severityMap/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid0 = _errs36 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.overrides !== void 0) {
                              let data16 = data.overrides;
                              const _errs45 = errors;
                              if (errors === _errs45) {
                                if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                  for (const key5 in data16) {
                                    const _errs47 = errors;
                                    const _errs48 = errors;
                                    if (errors === _errs48) {
                                      if (typeof key5 === "string") {
                                        if (!pattern2.test(key5)) {
                                          const err9 = { instancePath: instancePath + "/overrides", schemaPath: "#/definitions/ruleId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$"', propertyName: key5 };
                                          if (vErrors === null) {
                                            vErrors = [err9];
                                          } else {
                                            vErrors.push(err9);
                                          }
                                          errors++;
                                        }
                                      } else {
                                        const err10 = { instancePath: instancePath + "/overrides", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key5 };
                                        if (vErrors === null) {
                                          vErrors = [err10];
                                        } else {
                                          vErrors.push(err10);
                                        }
                                        errors++;
                                      }
                                    }
                                    var valid13 = _errs47 === errors;
                                    if (!valid13) {
                                      const err11 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid" };
                                      if (vErrors === null) {
                                        vErrors = [err11];
                                      } else {
                                        vErrors.push(err11);
                                      }
                                      errors++;
                                      validate15.errors = vErrors;
                                      return false;
                                      break;
                                    }
                                  }
                                  if (valid13) {
                                    for (const key6 in data16) {
                                      const _errs51 = errors;
                                      if (!validate12(data16[key6], { instancePath: instancePath + "/overrides/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data16, parentDataProperty: key6, rootData })) {
                                        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                                        errors = vErrors.length;
                                      }
                                      var valid15 = _errs51 === errors;
                                      if (!valid15) {
                                        break;
                                      }
                                    }
                                  }
                                } else {
                                  validate15.errors = [{ instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs45 === errors;
                            } else {
                              var valid0 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      } else {
        validate15.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    validate15.errors = vErrors;
    return errors === 0;
  }
  exports2.rule = validate17;
  const schema31 = { "type": "object", "required": ["id", "title", "message", "severity", "articles", "stages", "rationale", "remediation", "assert"], "additionalProperties": false, "properties": { "id": { "$ref": "#/definitions/ruleId" }, "title": { "$ref": "#/definitions/localized" }, "message": { "$ref": "#/definitions/localized" }, "severity": { "$ref": "#/definitions/severity" }, "stageSeverity": { "type": "object", "additionalProperties": false, "properties": { "pr": { "$ref": "#/definitions/severity" }, "release": { "$ref": "#/definitions/severity" } } }, "articles": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "integer", "minimum": 1, "maximum": 18 } }, "stages": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/stage" } }, "rationale": { "$ref": "#/definitions/localized" }, "remediation": { "$ref": "#/definitions/localized" }, "when": { "$ref": "#/definitions/cel" }, "each": { "$ref": "#/definitions/cel" }, "assert": { "$ref": "#/definitions/cel" }, "vars": { "type": "object", "maxProperties": 16, "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "additionalProperties": { "$ref": "#/definitions/cel" } }, "at": { "type": "string", "pattern": "^(/.*)?$" }, "subject": { "type": "string", "minLength": 1 }, "groupBy": { "description": "Template over the element (e.g. {item.host}): failing elements with the same key make one finding, at the first occurrence, carrying the others (related locations); {group.count} and {group.locations} in messages.", "type": "string", "minLength": 1 }, "waivable": { "type": "boolean" }, "tags": { "type": "array", "items": { "type": "string" } } } };
  const schema38 = { "enum": ["pr", "release"] };
  const schema41 = { "type": "string", "minLength": 1, "maxLength": 4e3 };
  const func0 = require_equal().default;
  const pattern9 = new RegExp("^(/.*)?$", "u");
  function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.id === void 0 && (missing0 = "id") || data.title === void 0 && (missing0 = "title") || data.message === void 0 && (missing0 = "message") || data.severity === void 0 && (missing0 = "severity") || data.articles === void 0 && (missing0 = "articles") || data.stages === void 0 && (missing0 = "stages") || data.rationale === void 0 && (missing0 = "rationale") || data.remediation === void 0 && (missing0 = "remediation") || data.assert === void 0 && (missing0 = "assert")) {
          validate17.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          const _errs1 = errors;
          for (const key0 in data) {
            if (!func2.call(schema31.properties, key0)) {
              validate17.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
              return false;
              break;
            }
          }
          if (_errs1 === errors) {
            if (data.id !== void 0) {
              let data0 = data.id;
              const _errs2 = errors;
              const _errs3 = errors;
              if (errors === _errs3) {
                if (typeof data0 === "string") {
                  if (!pattern2.test(data0)) {
                    validate17.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/definitions/ruleId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$"' }];
                    return false;
                  }
                } else {
                  validate17.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.title !== void 0) {
                let data1 = data.title;
                const _errs5 = errors;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    let missing1;
                    if (data1.en === void 0 && (missing1 = "en") || data1["zh-CN"] === void 0 && (missing1 = "zh-CN")) {
                      validate17.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/definitions/localized/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                      return false;
                    } else {
                      const _errs8 = errors;
                      for (const key1 in data1) {
                        if (!(key1 === "en" || key1 === "zh-CN")) {
                          validate17.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/definitions/localized/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                          return false;
                          break;
                        }
                      }
                      if (_errs8 === errors) {
                        if (data1.en !== void 0) {
                          let data2 = data1.en;
                          const _errs9 = errors;
                          if (errors === _errs9) {
                            if (typeof data2 === "string") {
                              if (func3(data2) < 1) {
                                validate17.errors = [{ instancePath: instancePath + "/title/en", schemaPath: "#/definitions/localized/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                return false;
                              }
                            } else {
                              validate17.errors = [{ instancePath: instancePath + "/title/en", schemaPath: "#/definitions/localized/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                          var valid3 = _errs9 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data1["zh-CN"] !== void 0) {
                            let data3 = data1["zh-CN"];
                            const _errs11 = errors;
                            if (errors === _errs11) {
                              if (typeof data3 === "string") {
                                if (func3(data3) < 1) {
                                  validate17.errors = [{ instancePath: instancePath + "/title/zh-CN", schemaPath: "#/definitions/localized/properties/zh-CN/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                  return false;
                                }
                              } else {
                                validate17.errors = [{ instancePath: instancePath + "/title/zh-CN", schemaPath: "#/definitions/localized/properties/zh-CN/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                            var valid3 = _errs11 === errors;
                          } else {
                            var valid3 = true;
                          }
                        }
                      }
                    }
                  } else {
                    validate17.errors = [{ instancePath: instancePath + "/title", schemaPath: "#/definitions/localized/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.message !== void 0) {
                  let data4 = data.message;
                  const _errs13 = errors;
                  const _errs14 = errors;
                  if (errors === _errs14) {
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                      let missing2;
                      if (data4.en === void 0 && (missing2 = "en") || data4["zh-CN"] === void 0 && (missing2 = "zh-CN")) {
                        validate17.errors = [{ instancePath: instancePath + "/message", schemaPath: "#/definitions/localized/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                        return false;
                      } else {
                        const _errs16 = errors;
                        for (const key2 in data4) {
                          if (!(key2 === "en" || key2 === "zh-CN")) {
                            validate17.errors = [{ instancePath: instancePath + "/message", schemaPath: "#/definitions/localized/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                            return false;
                            break;
                          }
                        }
                        if (_errs16 === errors) {
                          if (data4.en !== void 0) {
                            let data5 = data4.en;
                            const _errs17 = errors;
                            if (errors === _errs17) {
                              if (typeof data5 === "string") {
                                if (func3(data5) < 1) {
                                  validate17.errors = [{ instancePath: instancePath + "/message/en", schemaPath: "#/definitions/localized/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                  return false;
                                }
                              } else {
                                validate17.errors = [{ instancePath: instancePath + "/message/en", schemaPath: "#/definitions/localized/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                            var valid5 = _errs17 === errors;
                          } else {
                            var valid5 = true;
                          }
                          if (valid5) {
                            if (data4["zh-CN"] !== void 0) {
                              let data6 = data4["zh-CN"];
                              const _errs19 = errors;
                              if (errors === _errs19) {
                                if (typeof data6 === "string") {
                                  if (func3(data6) < 1) {
                                    validate17.errors = [{ instancePath: instancePath + "/message/zh-CN", schemaPath: "#/definitions/localized/properties/zh-CN/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                    return false;
                                  }
                                } else {
                                  validate17.errors = [{ instancePath: instancePath + "/message/zh-CN", schemaPath: "#/definitions/localized/properties/zh-CN/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                              var valid5 = _errs19 === errors;
                            } else {
                              var valid5 = true;
                            }
                          }
                        }
                      }
                    } else {
                      validate17.errors = [{ instancePath: instancePath + "/message", schemaPath: "#/definitions/localized/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs13 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.severity !== void 0) {
                    let data7 = data.severity;
                    const _errs21 = errors;
                    if (!(data7 === "error" || data7 === "warning" || data7 === "note")) {
                      validate17.errors = [{ instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values" }];
                      return false;
                    }
                    var valid0 = _errs21 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.stageSeverity !== void 0) {
                      let data8 = data.stageSeverity;
                      const _errs23 = errors;
                      if (errors === _errs23) {
                        if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                          const _errs25 = errors;
                          for (const key3 in data8) {
                            if (!(key3 === "pr" || key3 === "release")) {
                              validate17.errors = [{ instancePath: instancePath + "/stageSeverity", schemaPath: "#/properties/stageSeverity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                              return false;
                              break;
                            }
                          }
                          if (_errs25 === errors) {
                            if (data8.pr !== void 0) {
                              let data9 = data8.pr;
                              const _errs26 = errors;
                              if (!(data9 === "error" || data9 === "warning" || data9 === "note")) {
                                validate17.errors = [{ instancePath: instancePath + "/stageSeverity/pr", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values" }];
                                return false;
                              }
                              var valid7 = _errs26 === errors;
                            } else {
                              var valid7 = true;
                            }
                            if (valid7) {
                              if (data8.release !== void 0) {
                                let data10 = data8.release;
                                const _errs28 = errors;
                                if (!(data10 === "error" || data10 === "warning" || data10 === "note")) {
                                  validate17.errors = [{ instancePath: instancePath + "/stageSeverity/release", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values" }];
                                  return false;
                                }
                                var valid7 = _errs28 === errors;
                              } else {
                                var valid7 = true;
                              }
                            }
                          }
                        } else {
                          validate17.errors = [{ instancePath: instancePath + "/stageSeverity", schemaPath: "#/properties/stageSeverity/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                          return false;
                        }
                      }
                      var valid0 = _errs23 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.articles !== void 0) {
                        let data11 = data.articles;
                        const _errs30 = errors;
                        if (errors === _errs30) {
                          if (Array.isArray(data11)) {
                            if (data11.length < 1) {
                              validate17.errors = [{ instancePath: instancePath + "/articles", schemaPath: "#/properties/articles/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                              return false;
                            } else {
                              var valid10 = true;
                              const len0 = data11.length;
                              for (let i0 = 0; i0 < len0; i0++) {
                                let data12 = data11[i0];
                                const _errs32 = errors;
                                if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)))) {
                                  validate17.errors = [{ instancePath: instancePath + "/articles/" + i0, schemaPath: "#/properties/articles/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                  return false;
                                }
                                if (errors === _errs32) {
                                  if (typeof data12 == "number") {
                                    if (data12 > 18 || isNaN(data12)) {
                                      validate17.errors = [{ instancePath: instancePath + "/articles/" + i0, schemaPath: "#/properties/articles/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 18 }, message: "must be <= 18" }];
                                      return false;
                                    } else {
                                      if (data12 < 1 || isNaN(data12)) {
                                        validate17.errors = [{ instancePath: instancePath + "/articles/" + i0, schemaPath: "#/properties/articles/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                        return false;
                                      }
                                    }
                                  }
                                }
                                var valid10 = _errs32 === errors;
                                if (!valid10) {
                                  break;
                                }
                              }
                              if (valid10) {
                                let i1 = data11.length;
                                let j0;
                                if (i1 > 1) {
                                  const indices0 = {};
                                  for (; i1--; ) {
                                    let item0 = data11[i1];
                                    if (!(typeof item0 == "number" && (!(item0 % 1) && !isNaN(item0)))) {
                                      continue;
                                    }
                                    if (typeof indices0[item0] == "number") {
                                      j0 = indices0[item0];
                                      validate17.errors = [{ instancePath: instancePath + "/articles", schemaPath: "#/properties/articles/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" }];
                                      return false;
                                      break;
                                    }
                                    indices0[item0] = i1;
                                  }
                                }
                              }
                            }
                          } else {
                            validate17.errors = [{ instancePath: instancePath + "/articles", schemaPath: "#/properties/articles/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs30 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.stages !== void 0) {
                          let data13 = data.stages;
                          const _errs34 = errors;
                          if (errors === _errs34) {
                            if (Array.isArray(data13)) {
                              if (data13.length < 1) {
                                validate17.errors = [{ instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                return false;
                              } else {
                                var valid12 = true;
                                const len1 = data13.length;
                                for (let i2 = 0; i2 < len1; i2++) {
                                  let data14 = data13[i2];
                                  const _errs36 = errors;
                                  if (!(data14 === "pr" || data14 === "release")) {
                                    validate17.errors = [{ instancePath: instancePath + "/stages/" + i2, schemaPath: "#/definitions/stage/enum", keyword: "enum", params: { allowedValues: schema38.enum }, message: "must be equal to one of the allowed values" }];
                                    return false;
                                  }
                                  var valid12 = _errs36 === errors;
                                  if (!valid12) {
                                    break;
                                  }
                                }
                                if (valid12) {
                                  let i3 = data13.length;
                                  let j1;
                                  if (i3 > 1) {
                                    outer0: for (; i3--; ) {
                                      for (j1 = i3; j1--; ) {
                                        if (func0(data13[i3], data13[j1])) {
                                          validate17.errors = [{ instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" }];
                                          return false;
                                          break outer0;
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              validate17.errors = [{ instancePath: instancePath + "/stages", schemaPath: "#/properties/stages/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid0 = _errs34 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.rationale !== void 0) {
                            let data15 = data.rationale;
                            const _errs38 = errors;
                            const _errs39 = errors;
                            if (errors === _errs39) {
                              if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                                let missing3;
                                if (data15.en === void 0 && (missing3 = "en") || data15["zh-CN"] === void 0 && (missing3 = "zh-CN")) {
                                  validate17.errors = [{ instancePath: instancePath + "/rationale", schemaPath: "#/definitions/localized/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                  return false;
                                } else {
                                  const _errs41 = errors;
                                  for (const key4 in data15) {
                                    if (!(key4 === "en" || key4 === "zh-CN")) {
                                      validate17.errors = [{ instancePath: instancePath + "/rationale", schemaPath: "#/definitions/localized/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" }];
                                      return false;
                                      break;
                                    }
                                  }
                                  if (_errs41 === errors) {
                                    if (data15.en !== void 0) {
                                      let data16 = data15.en;
                                      const _errs42 = errors;
                                      if (errors === _errs42) {
                                        if (typeof data16 === "string") {
                                          if (func3(data16) < 1) {
                                            validate17.errors = [{ instancePath: instancePath + "/rationale/en", schemaPath: "#/definitions/localized/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                            return false;
                                          }
                                        } else {
                                          validate17.errors = [{ instancePath: instancePath + "/rationale/en", schemaPath: "#/definitions/localized/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                      var valid16 = _errs42 === errors;
                                    } else {
                                      var valid16 = true;
                                    }
                                    if (valid16) {
                                      if (data15["zh-CN"] !== void 0) {
                                        let data17 = data15["zh-CN"];
                                        const _errs44 = errors;
                                        if (errors === _errs44) {
                                          if (typeof data17 === "string") {
                                            if (func3(data17) < 1) {
                                              validate17.errors = [{ instancePath: instancePath + "/rationale/zh-CN", schemaPath: "#/definitions/localized/properties/zh-CN/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                              return false;
                                            }
                                          } else {
                                            validate17.errors = [{ instancePath: instancePath + "/rationale/zh-CN", schemaPath: "#/definitions/localized/properties/zh-CN/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                        }
                                        var valid16 = _errs44 === errors;
                                      } else {
                                        var valid16 = true;
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate17.errors = [{ instancePath: instancePath + "/rationale", schemaPath: "#/definitions/localized/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid0 = _errs38 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.remediation !== void 0) {
                              let data18 = data.remediation;
                              const _errs46 = errors;
                              const _errs47 = errors;
                              if (errors === _errs47) {
                                if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                  let missing4;
                                  if (data18.en === void 0 && (missing4 = "en") || data18["zh-CN"] === void 0 && (missing4 = "zh-CN")) {
                                    validate17.errors = [{ instancePath: instancePath + "/remediation", schemaPath: "#/definitions/localized/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                    return false;
                                  } else {
                                    const _errs49 = errors;
                                    for (const key5 in data18) {
                                      if (!(key5 === "en" || key5 === "zh-CN")) {
                                        validate17.errors = [{ instancePath: instancePath + "/remediation", schemaPath: "#/definitions/localized/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" }];
                                        return false;
                                        break;
                                      }
                                    }
                                    if (_errs49 === errors) {
                                      if (data18.en !== void 0) {
                                        let data19 = data18.en;
                                        const _errs50 = errors;
                                        if (errors === _errs50) {
                                          if (typeof data19 === "string") {
                                            if (func3(data19) < 1) {
                                              validate17.errors = [{ instancePath: instancePath + "/remediation/en", schemaPath: "#/definitions/localized/properties/en/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                              return false;
                                            }
                                          } else {
                                            validate17.errors = [{ instancePath: instancePath + "/remediation/en", schemaPath: "#/definitions/localized/properties/en/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                        }
                                        var valid18 = _errs50 === errors;
                                      } else {
                                        var valid18 = true;
                                      }
                                      if (valid18) {
                                        if (data18["zh-CN"] !== void 0) {
                                          let data20 = data18["zh-CN"];
                                          const _errs52 = errors;
                                          if (errors === _errs52) {
                                            if (typeof data20 === "string") {
                                              if (func3(data20) < 1) {
                                                validate17.errors = [{ instancePath: instancePath + "/remediation/zh-CN", schemaPath: "#/definitions/localized/properties/zh-CN/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                return false;
                                              }
                                            } else {
                                              validate17.errors = [{ instancePath: instancePath + "/remediation/zh-CN", schemaPath: "#/definitions/localized/properties/zh-CN/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                          }
                                          var valid18 = _errs52 === errors;
                                        } else {
                                          var valid18 = true;
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate17.errors = [{ instancePath: instancePath + "/remediation", schemaPath: "#/definitions/localized/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs46 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.when !== void 0) {
                                let data21 = data.when;
                                const _errs54 = errors;
                                const _errs55 = errors;
                                if (errors === _errs55) {
                                  if (typeof data21 === "string") {
                                    if (func3(data21) > 4e3) {
                                      validate17.errors = [{ instancePath: instancePath + "/when", schemaPath: "#/definitions/cel/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters" }];
                                      return false;
                                    } else {
                                      if (func3(data21) < 1) {
                                        validate17.errors = [{ instancePath: instancePath + "/when", schemaPath: "#/definitions/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                        return false;
                                      }
                                    }
                                  } else {
                                    validate17.errors = [{ instancePath: instancePath + "/when", schemaPath: "#/definitions/cel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs54 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.each !== void 0) {
                                  let data22 = data.each;
                                  const _errs57 = errors;
                                  const _errs58 = errors;
                                  if (errors === _errs58) {
                                    if (typeof data22 === "string") {
                                      if (func3(data22) > 4e3) {
                                        validate17.errors = [{ instancePath: instancePath + "/each", schemaPath: "#/definitions/cel/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters" }];
                                        return false;
                                      } else {
                                        if (func3(data22) < 1) {
                                          validate17.errors = [{ instancePath: instancePath + "/each", schemaPath: "#/definitions/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                          return false;
                                        }
                                      }
                                    } else {
                                      validate17.errors = [{ instancePath: instancePath + "/each", schemaPath: "#/definitions/cel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs57 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.assert !== void 0) {
                                    let data23 = data.assert;
                                    const _errs60 = errors;
                                    const _errs61 = errors;
                                    if (errors === _errs61) {
                                      if (typeof data23 === "string") {
                                        if (func3(data23) > 4e3) {
                                          validate17.errors = [{ instancePath: instancePath + "/assert", schemaPath: "#/definitions/cel/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters" }];
                                          return false;
                                        } else {
                                          if (func3(data23) < 1) {
                                            validate17.errors = [{ instancePath: instancePath + "/assert", schemaPath: "#/definitions/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                            return false;
                                          }
                                        }
                                      } else {
                                        validate17.errors = [{ instancePath: instancePath + "/assert", schemaPath: "#/definitions/cel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                    }
                                    var valid0 = _errs60 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    if (data.vars !== void 0) {
                                      let data24 = data.vars;
                                      const _errs63 = errors;
                                      if (errors === _errs63) {
                                        if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                                          if (Object.keys(data24).length > 16) {
                                            validate17.errors = [{ instancePath: instancePath + "/vars", schemaPath: "#/properties/vars/maxProperties", keyword: "maxProperties", params: { limit: 16 }, message: "must NOT have more than 16 properties" }];
                                            return false;
                                          } else {
                                            for (const key6 in data24) {
                                              const _errs65 = errors;
                                              if (typeof key6 === "string") {
                                                if (!pattern1.test(key6)) {
                                                  const err0 = { instancePath: instancePath + "/vars", schemaPath: "#/properties/vars/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', propertyName: key6 };
                                                  if (vErrors === null) {
                                                    vErrors = [err0];
                                                  } else {
                                                    vErrors.push(err0);
                                                  }
                                                  errors++;
                                                }
                                              }
                                              var valid22 = _errs65 === errors;
                                              if (!valid22) {
                                                const err1 = { instancePath: instancePath + "/vars", schemaPath: "#/properties/vars/propertyNames", keyword: "propertyNames", params: { propertyName: key6 }, message: "property name must be valid" };
                                                if (vErrors === null) {
                                                  vErrors = [err1];
                                                } else {
                                                  vErrors.push(err1);
                                                }
                                                errors++;
                                                validate17.errors = vErrors;
                                                return false;
                                                break;
                                              }
                                            }
                                            if (valid22) {
                                              for (const key7 in data24) {
                                                let data25 = data24[key7];
                                                const _errs67 = errors;
                                                const _errs68 = errors;
                                                if (errors === _errs68) {
                                                  if (typeof data25 === "string") {
                                                    if (func3(data25) > 4e3) {
                                                      validate17.errors = [{ instancePath: instancePath + "/vars/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/cel/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters" }];
                                                      return false;
                                                    } else {
                                                      if (func3(data25) < 1) {
                                                        validate17.errors = [{ instancePath: instancePath + "/vars/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                        return false;
                                                      }
                                                    }
                                                  } else {
                                                    validate17.errors = [{ instancePath: instancePath + "/vars/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/cel/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                }
                                                var valid23 = _errs67 === errors;
                                                if (!valid23) {
                                                  break;
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          validate17.errors = [{ instancePath: instancePath + "/vars", schemaPath: "#/properties/vars/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid0 = _errs63 === errors;
                                    } else {
                                      var valid0 = true;
                                    }
                                    if (valid0) {
                                      if (data.at !== void 0) {
                                        let data26 = data.at;
                                        const _errs70 = errors;
                                        if (errors === _errs70) {
                                          if (typeof data26 === "string") {
                                            if (!pattern9.test(data26)) {
                                              validate17.errors = [{ instancePath: instancePath + "/at", schemaPath: "#/properties/at/pattern", keyword: "pattern", params: { pattern: "^(/.*)?$" }, message: 'must match pattern "^(/.*)?$"' }];
                                              return false;
                                            }
                                          } else {
                                            validate17.errors = [{ instancePath: instancePath + "/at", schemaPath: "#/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                        }
                                        var valid0 = _errs70 === errors;
                                      } else {
                                        var valid0 = true;
                                      }
                                      if (valid0) {
                                        if (data.subject !== void 0) {
                                          let data27 = data.subject;
                                          const _errs72 = errors;
                                          if (errors === _errs72) {
                                            if (typeof data27 === "string") {
                                              if (func3(data27) < 1) {
                                                validate17.errors = [{ instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                return false;
                                              }
                                            } else {
                                              validate17.errors = [{ instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                          }
                                          var valid0 = _errs72 === errors;
                                        } else {
                                          var valid0 = true;
                                        }
                                        if (valid0) {
                                          if (data.groupBy !== void 0) {
                                            let data28 = data.groupBy;
                                            const _errs74 = errors;
                                            if (errors === _errs74) {
                                              if (typeof data28 === "string") {
                                                if (func3(data28) < 1) {
                                                  validate17.errors = [{ instancePath: instancePath + "/groupBy", schemaPath: "#/properties/groupBy/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                  return false;
                                                }
                                              } else {
                                                validate17.errors = [{ instancePath: instancePath + "/groupBy", schemaPath: "#/properties/groupBy/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                            }
                                            var valid0 = _errs74 === errors;
                                          } else {
                                            var valid0 = true;
                                          }
                                          if (valid0) {
                                            if (data.waivable !== void 0) {
                                              const _errs76 = errors;
                                              if (typeof data.waivable !== "boolean") {
                                                validate17.errors = [{ instancePath: instancePath + "/waivable", schemaPath: "#/properties/waivable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                return false;
                                              }
                                              var valid0 = _errs76 === errors;
                                            } else {
                                              var valid0 = true;
                                            }
                                            if (valid0) {
                                              if (data.tags !== void 0) {
                                                let data30 = data.tags;
                                                const _errs78 = errors;
                                                if (errors === _errs78) {
                                                  if (Array.isArray(data30)) {
                                                    var valid25 = true;
                                                    const len2 = data30.length;
                                                    for (let i4 = 0; i4 < len2; i4++) {
                                                      const _errs80 = errors;
                                                      if (typeof data30[i4] !== "string") {
                                                        validate17.errors = [{ instancePath: instancePath + "/tags/" + i4, schemaPath: "#/properties/tags/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid25 = _errs80 === errors;
                                                      if (!valid25) {
                                                        break;
                                                      }
                                                    }
                                                  } else {
                                                    validate17.errors = [{ instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                    return false;
                                                  }
                                                }
                                                var valid0 = _errs78 === errors;
                                              } else {
                                                var valid0 = true;
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      } else {
        validate17.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    validate17.errors = vErrors;
    return errors === 0;
  }
  exports2.testFile = validate18;
  const schema45 = { "type": "object", "required": ["cases"], "additionalProperties": false, "properties": { "rule": { "$ref": "#/definitions/ruleId" }, "base": { "type": "string" }, "stage": { "$ref": "#/definitions/stage" }, "now": { "type": "string" }, "cases": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/testCase" } } } };
  const schema48 = { "type": "object", "required": ["name", "expect"], "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1 }, "manifest": { "type": ["object", "string"] }, "patch": { "type": "object" }, "facts": { "type": "object" }, "stage": { "$ref": "#/definitions/stage" }, "now": { "type": "string" }, "params": { "$ref": "#/definitions/params" }, "matrix": { "description": "Parameterised case: one run per variant; a variant overrides name (suffix), params, stage, now, patch, facts or expect.", "type": "array", "minItems": 1, "maxItems": 100, "items": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1 }, "patch": { "type": "object" }, "facts": { "type": "object" }, "stage": { "$ref": "#/definitions/stage" }, "now": { "type": "string" }, "params": { "$ref": "#/definitions/params" }, "expect": { "type": "array", "items": { "$ref": "#/definitions/expectation" } } } } }, "expect": { "type": "array", "items": { "$ref": "#/definitions/expectation" } } } };
  const schema53 = { "type": "object", "additionalProperties": false, "properties": { "rule": { "$ref": "#/definitions/ruleId" }, "path": { "type": "string", "pattern": "^(/.*)?$" }, "line": { "type": "integer", "minimum": 1 }, "file": { "type": "string" }, "severity": { "$ref": "#/definitions/severity" }, "count": { "type": "integer", "minimum": 0 } } };
  function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "rule" || key0 === "path" || key0 === "line" || key0 === "file" || key0 === "severity" || key0 === "count")) {
            validate20.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.rule !== void 0) {
            let data0 = data.rule;
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data0 === "string") {
                if (!pattern2.test(data0)) {
                  validate20.errors = [{ instancePath: instancePath + "/rule", schemaPath: "#/definitions/ruleId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$"' }];
                  return false;
                }
              } else {
                validate20.errors = [{ instancePath: instancePath + "/rule", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.path !== void 0) {
              let data1 = data.path;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (typeof data1 === "string") {
                  if (!pattern9.test(data1)) {
                    validate20.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/pattern", keyword: "pattern", params: { pattern: "^(/.*)?$" }, message: 'must match pattern "^(/.*)?$"' }];
                    return false;
                  }
                } else {
                  validate20.errors = [{ instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.line !== void 0) {
                let data2 = data.line;
                const _errs7 = errors;
                if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
                  validate20.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                  return false;
                }
                if (errors === _errs7) {
                  if (typeof data2 == "number") {
                    if (data2 < 1 || isNaN(data2)) {
                      validate20.errors = [{ instancePath: instancePath + "/line", schemaPath: "#/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                      return false;
                    }
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.file !== void 0) {
                  const _errs9 = errors;
                  if (typeof data.file !== "string") {
                    validate20.errors = [{ instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                  var valid0 = _errs9 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.severity !== void 0) {
                    let data4 = data.severity;
                    const _errs11 = errors;
                    if (!(data4 === "error" || data4 === "warning" || data4 === "note")) {
                      validate20.errors = [{ instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values" }];
                      return false;
                    }
                    var valid0 = _errs11 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.count !== void 0) {
                      let data5 = data.count;
                      const _errs13 = errors;
                      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)))) {
                        validate20.errors = [{ instancePath: instancePath + "/count", schemaPath: "#/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                        return false;
                      }
                      if (errors === _errs13) {
                        if (typeof data5 == "number") {
                          if (data5 < 0 || isNaN(data5)) {
                            validate20.errors = [{ instancePath: instancePath + "/count", schemaPath: "#/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                            return false;
                          }
                        }
                      }
                      var valid0 = _errs13 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        }
      } else {
        validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    validate20.errors = vErrors;
    return errors === 0;
  }
  function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.name === void 0 && (missing0 = "name") || data.expect === void 0 && (missing0 = "expect")) {
          validate19.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          const _errs1 = errors;
          for (const key0 in data) {
            if (!func2.call(schema48.properties, key0)) {
              validate19.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
              return false;
              break;
            }
          }
          if (_errs1 === errors) {
            if (data.name !== void 0) {
              let data0 = data.name;
              const _errs2 = errors;
              if (errors === _errs2) {
                if (typeof data0 === "string") {
                  if (func3(data0) < 1) {
                    validate19.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                    return false;
                  }
                } else {
                  validate19.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.manifest !== void 0) {
                let data1 = data.manifest;
                const _errs4 = errors;
                if (!(data1 && typeof data1 == "object" && !Array.isArray(data1)) && typeof data1 !== "string") {
                  validate19.errors = [{ instancePath: instancePath + "/manifest", schemaPath: "#/properties/manifest/type", keyword: "type", params: { type: schema48.properties.manifest.type }, message: "must be object,string" }];
                  return false;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.patch !== void 0) {
                  let data2 = data.patch;
                  const _errs6 = errors;
                  if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
                    validate19.errors = [{ instancePath: instancePath + "/patch", schemaPath: "#/properties/patch/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                  }
                  var valid0 = _errs6 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.facts !== void 0) {
                    let data3 = data.facts;
                    const _errs8 = errors;
                    if (!(data3 && typeof data3 == "object" && !Array.isArray(data3))) {
                      validate19.errors = [{ instancePath: instancePath + "/facts", schemaPath: "#/properties/facts/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.stage !== void 0) {
                      let data4 = data.stage;
                      const _errs10 = errors;
                      if (!(data4 === "pr" || data4 === "release")) {
                        validate19.errors = [{ instancePath: instancePath + "/stage", schemaPath: "#/definitions/stage/enum", keyword: "enum", params: { allowedValues: schema38.enum }, message: "must be equal to one of the allowed values" }];
                        return false;
                      }
                      var valid0 = _errs10 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.now !== void 0) {
                        const _errs12 = errors;
                        if (typeof data.now !== "string") {
                          validate19.errors = [{ instancePath: instancePath + "/now", schemaPath: "#/properties/now/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid0 = _errs12 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.params !== void 0) {
                          let data6 = data.params;
                          const _errs14 = errors;
                          const _errs15 = errors;
                          if (errors === _errs15) {
                            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                              for (const key1 in data6) {
                                const _errs17 = errors;
                                if (typeof key1 === "string") {
                                  if (!pattern1.test(key1)) {
                                    const err0 = { instancePath: instancePath + "/params", schemaPath: "#/definitions/params/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', propertyName: key1 };
                                    if (vErrors === null) {
                                      vErrors = [err0];
                                    } else {
                                      vErrors.push(err0);
                                    }
                                    errors++;
                                  }
                                }
                                var valid3 = _errs17 === errors;
                                if (!valid3) {
                                  const err1 = { instancePath: instancePath + "/params", schemaPath: "#/definitions/params/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
                                  if (vErrors === null) {
                                    vErrors = [err1];
                                  } else {
                                    vErrors.push(err1);
                                  }
                                  errors++;
                                  validate19.errors = vErrors;
                                  return false;
                                  break;
                                }
                              }
                            } else {
                              validate19.errors = [{ instancePath: instancePath + "/params", schemaPath: "#/definitions/params/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs14 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.matrix !== void 0) {
                            let data7 = data.matrix;
                            const _errs19 = errors;
                            if (errors === _errs19) {
                              if (Array.isArray(data7)) {
                                if (data7.length > 100) {
                                  validate19.errors = [{ instancePath: instancePath + "/matrix", schemaPath: "#/properties/matrix/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" }];
                                  return false;
                                } else {
                                  if (data7.length < 1) {
                                    validate19.errors = [{ instancePath: instancePath + "/matrix", schemaPath: "#/properties/matrix/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                                    return false;
                                  } else {
                                    var valid4 = true;
                                    const len0 = data7.length;
                                    for (let i0 = 0; i0 < len0; i0++) {
                                      let data8 = data7[i0];
                                      const _errs21 = errors;
                                      if (errors === _errs21) {
                                        if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                                          const _errs23 = errors;
                                          for (const key2 in data8) {
                                            if (!(key2 === "name" || key2 === "patch" || key2 === "facts" || key2 === "stage" || key2 === "now" || key2 === "params" || key2 === "expect")) {
                                              validate19.errors = [{ instancePath: instancePath + "/matrix/" + i0, schemaPath: "#/properties/matrix/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                              return false;
                                              break;
                                            }
                                          }
                                          if (_errs23 === errors) {
                                            if (data8.name !== void 0) {
                                              let data9 = data8.name;
                                              const _errs24 = errors;
                                              if (errors === _errs24) {
                                                if (typeof data9 === "string") {
                                                  if (func3(data9) < 1) {
                                                    validate19.errors = [{ instancePath: instancePath + "/matrix/" + i0 + "/name", schemaPath: "#/properties/matrix/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                    return false;
                                                  }
                                                } else {
                                                  validate19.errors = [{ instancePath: instancePath + "/matrix/" + i0 + "/name", schemaPath: "#/properties/matrix/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                              }
                                              var valid5 = _errs24 === errors;
                                            } else {
                                              var valid5 = true;
                                            }
                                            if (valid5) {
                                              if (data8.patch !== void 0) {
                                                let data10 = data8.patch;
                                                const _errs26 = errors;
                                                if (!(data10 && typeof data10 == "object" && !Array.isArray(data10))) {
                                                  validate19.errors = [{ instancePath: instancePath + "/matrix/" + i0 + "/patch", schemaPath: "#/properties/matrix/items/properties/patch/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                  return false;
                                                }
                                                var valid5 = _errs26 === errors;
                                              } else {
                                                var valid5 = true;
                                              }
                                              if (valid5) {
                                                if (data8.facts !== void 0) {
                                                  let data11 = data8.facts;
                                                  const _errs28 = errors;
                                                  if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
                                                    validate19.errors = [{ instancePath: instancePath + "/matrix/" + i0 + "/facts", schemaPath: "#/properties/matrix/items/properties/facts/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                    return false;
                                                  }
                                                  var valid5 = _errs28 === errors;
                                                } else {
                                                  var valid5 = true;
                                                }
                                                if (valid5) {
                                                  if (data8.stage !== void 0) {
                                                    let data12 = data8.stage;
                                                    const _errs30 = errors;
                                                    if (!(data12 === "pr" || data12 === "release")) {
                                                      validate19.errors = [{ instancePath: instancePath + "/matrix/" + i0 + "/stage", schemaPath: "#/definitions/stage/enum", keyword: "enum", params: { allowedValues: schema38.enum }, message: "must be equal to one of the allowed values" }];
                                                      return false;
                                                    }
                                                    var valid5 = _errs30 === errors;
                                                  } else {
                                                    var valid5 = true;
                                                  }
                                                  if (valid5) {
                                                    if (data8.now !== void 0) {
                                                      const _errs32 = errors;
                                                      if (typeof data8.now !== "string") {
                                                        validate19.errors = [{ instancePath: instancePath + "/matrix/" + i0 + "/now", schemaPath: "#/properties/matrix/items/properties/now/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid5 = _errs32 === errors;
                                                    } else {
                                                      var valid5 = true;
                                                    }
                                                    if (valid5) {
                                                      if (data8.params !== void 0) {
                                                        let data14 = data8.params;
                                                        const _errs34 = errors;
                                                        const _errs35 = errors;
                                                        if (errors === _errs35) {
                                                          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                                                            for (const key3 in data14) {
                                                              const _errs37 = errors;
                                                              if (typeof key3 === "string") {
                                                                if (!pattern1.test(key3)) {
                                                                  const err2 = { instancePath: instancePath + "/matrix/" + i0 + "/params", schemaPath: "#/definitions/params/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', propertyName: key3 };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err2];
                                                                  } else {
                                                                    vErrors.push(err2);
                                                                  }
                                                                  errors++;
                                                                }
                                                              }
                                                              var valid8 = _errs37 === errors;
                                                              if (!valid8) {
                                                                const err3 = { instancePath: instancePath + "/matrix/" + i0 + "/params", schemaPath: "#/definitions/params/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
                                                                if (vErrors === null) {
                                                                  vErrors = [err3];
                                                                } else {
                                                                  vErrors.push(err3);
                                                                }
                                                                errors++;
                                                                validate19.errors = vErrors;
                                                                return false;
                                                                break;
                                                              }
                                                            }
                                                          } else {
                                                            validate19.errors = [{ instancePath: instancePath + "/matrix/" + i0 + "/params", schemaPath: "#/definitions/params/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid5 = _errs34 === errors;
                                                      } else {
                                                        var valid5 = true;
                                                      }
                                                      if (valid5) {
                                                        if (data8.expect !== void 0) {
                                                          let data15 = data8.expect;
                                                          const _errs39 = errors;
                                                          if (errors === _errs39) {
                                                            if (Array.isArray(data15)) {
                                                              var valid9 = true;
                                                              const len1 = data15.length;
                                                              for (let i1 = 0; i1 < len1; i1++) {
                                                                const _errs41 = errors;
                                                                if (!validate20(data15[i1], { instancePath: instancePath + "/matrix/" + i0 + "/expect/" + i1, parentData: data15, parentDataProperty: i1, rootData })) {
                                                                  vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
                                                                  errors = vErrors.length;
                                                                }
                                                                var valid9 = _errs41 === errors;
                                                                if (!valid9) {
                                                                  break;
                                                                }
                                                              }
                                                            } else {
                                                              validate19.errors = [{ instancePath: instancePath + "/matrix/" + i0 + "/expect", schemaPath: "#/properties/matrix/items/properties/expect/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid5 = _errs39 === errors;
                                                        } else {
                                                          var valid5 = true;
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          validate19.errors = [{ instancePath: instancePath + "/matrix/" + i0, schemaPath: "#/properties/matrix/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                          return false;
                                        }
                                      }
                                      var valid4 = _errs21 === errors;
                                      if (!valid4) {
                                        break;
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate19.errors = [{ instancePath: instancePath + "/matrix", schemaPath: "#/properties/matrix/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid0 = _errs19 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.expect !== void 0) {
                              let data17 = data.expect;
                              const _errs42 = errors;
                              if (errors === _errs42) {
                                if (Array.isArray(data17)) {
                                  var valid10 = true;
                                  const len2 = data17.length;
                                  for (let i2 = 0; i2 < len2; i2++) {
                                    const _errs44 = errors;
                                    if (!validate20(data17[i2], { instancePath: instancePath + "/expect/" + i2, parentData: data17, parentDataProperty: i2, rootData })) {
                                      vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid10 = _errs44 === errors;
                                    if (!valid10) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate19.errors = [{ instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs42 === errors;
                            } else {
                              var valid0 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      } else {
        validate19.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    validate19.errors = vErrors;
    return errors === 0;
  }
  function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if (data.cases === void 0 && (missing0 = "cases")) {
          validate18.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
          return false;
        } else {
          const _errs1 = errors;
          for (const key0 in data) {
            if (!(key0 === "rule" || key0 === "base" || key0 === "stage" || key0 === "now" || key0 === "cases")) {
              validate18.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
              return false;
              break;
            }
          }
          if (_errs1 === errors) {
            if (data.rule !== void 0) {
              let data0 = data.rule;
              const _errs2 = errors;
              const _errs3 = errors;
              if (errors === _errs3) {
                if (typeof data0 === "string") {
                  if (!pattern2.test(data0)) {
                    validate18.errors = [{ instancePath: instancePath + "/rule", schemaPath: "#/definitions/ruleId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$"' }];
                    return false;
                  }
                } else {
                  validate18.errors = [{ instancePath: instancePath + "/rule", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs2 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.base !== void 0) {
                const _errs5 = errors;
                if (typeof data.base !== "string") {
                  validate18.errors = [{ instancePath: instancePath + "/base", schemaPath: "#/properties/base/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.stage !== void 0) {
                  let data2 = data.stage;
                  const _errs7 = errors;
                  if (!(data2 === "pr" || data2 === "release")) {
                    validate18.errors = [{ instancePath: instancePath + "/stage", schemaPath: "#/definitions/stage/enum", keyword: "enum", params: { allowedValues: schema38.enum }, message: "must be equal to one of the allowed values" }];
                    return false;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.now !== void 0) {
                    const _errs9 = errors;
                    if (typeof data.now !== "string") {
                      validate18.errors = [{ instancePath: instancePath + "/now", schemaPath: "#/properties/now/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.cases !== void 0) {
                      let data4 = data.cases;
                      const _errs11 = errors;
                      if (errors === _errs11) {
                        if (Array.isArray(data4)) {
                          if (data4.length < 1) {
                            validate18.errors = [{ instancePath: instancePath + "/cases", schemaPath: "#/properties/cases/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" }];
                            return false;
                          } else {
                            var valid3 = true;
                            const len0 = data4.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs13 = errors;
                              if (!validate19(data4[i0], { instancePath: instancePath + "/cases/" + i0, parentData: data4, parentDataProperty: i0, rootData })) {
                                vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
                                errors = vErrors.length;
                              }
                              var valid3 = _errs13 === errors;
                              if (!valid3) {
                                break;
                              }
                            }
                          }
                        } else {
                          validate18.errors = [{ instancePath: instancePath + "/cases", schemaPath: "#/properties/cases/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs11 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        }
      } else {
        validate18.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
        return false;
      }
    }
    validate18.errors = vErrors;
    return errors === 0;
  }
  return exports2;
}
var SETS = {
  manifest: manifestValidators,
  catalog: catalogValidators,
  pack: packValidators,
  rule: packValidators,
  testFile: packValidators
};
var validators = {};
function validator(name) {
  const known = validators[name];
  if (known) return known;
  const set = SETS[name];
  if (!set) throw new Error(`no precompiled validator ${name}`);
  Object.assign(validators, set({}));
  return validators[name];
}
var EMBEDDED = `{"packs":{"nfra-2024-99":{"pack":{"path":"policies/nfra-2024-99/pack.yaml","value":{"apiVersion":"mobile-policy/pack/v1","name":"nfra-2024-99","version":"0.1.0","title":{"en":"NFRA circular Jin Ban Fa [2024] No. 99 \u2014 mobile internet applications in banking and insurance","zh-CN":"\u300A\u56FD\u5BB6\u91D1\u878D\u76D1\u7763\u7BA1\u7406\u603B\u5C40\u529E\u516C\u5385\u5173\u4E8E\u52A0\u5F3A\u94F6\u884C\u4E1A\u4FDD\u9669\u4E1A\u79FB\u52A8\u4E92\u8054\u7F51\u5E94\u7528\u7A0B\u5E8F\u7BA1\u7406\u7684\u901A\u77E5\u300B\uFF08\u91D1\u529E\u53D1\u30142024\u301599\u53F7\uFF09"},"description":{"en":"Manifest checks for the circular's articles 1\u201317: the app ledger, ownership, third parties and outsourcing, SDKs, release evidence, continuity, personal information and risk management. Repository cross-checks are added by rule files that read detector facts.","zh-CN":"\u9488\u5BF9\u901A\u77E5\u7B2C\u4E00\u81F3\u5341\u4E03\u6761\u7684\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u68C0\u67E5\uFF1A\u5E94\u7528\u53F0\u8D26\u3001\u7BA1\u7406\u8D23\u4EFB\u3001\u7B2C\u4E09\u65B9\u5408\u4F5C\u4E0E\u5916\u5305\u3001SDK\u3001\u4E0A\u7EBF\u8BC1\u636E\u3001\u4E1A\u52A1\u8FDE\u7EED\u6027\u3001 \u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u4E0E\u98CE\u9669\u7BA1\u7406\u3002\u5BF9\u4EE3\u7801\u4ED3\u5E93\u7684\u4EA4\u53C9\u68C0\u67E5\u7531\u8BFB\u53D6\u68C0\u6D4B\u4E8B\u5B9E\u7684\u89C4\u5219\u6587\u4EF6\u53E6\u884C\u63D0\u4F9B\u3002"},"params":{"freshnessDays":365,"auditDays":1095,"counterfeitScanDays":90,"minAndroidSdk":24,"minIosVersion":"13.0","licensedBusinessScopes":[],"maxWaiverDays":180,"dangerousPermissions":["android.permission.READ_CALENDAR","android.permission.WRITE_CALENDAR","android.permission.CAMERA","android.permission.READ_CONTACTS","android.permission.WRITE_CONTACTS","android.permission.GET_ACCOUNTS","android.permission.ACCESS_FINE_LOCATION","android.permission.ACCESS_COARSE_LOCATION","android.permission.ACCESS_BACKGROUND_LOCATION","android.permission.RECORD_AUDIO","android.permission.READ_PHONE_STATE","android.permission.READ_PHONE_NUMBERS","android.permission.CALL_PHONE","android.permission.ANSWER_PHONE_CALLS","android.permission.READ_CALL_LOG","android.permission.WRITE_CALL_LOG","android.permission.ADD_VOICEMAIL","android.permission.USE_SIP","android.permission.PROCESS_OUTGOING_CALLS","android.permission.BODY_SENSORS","android.permission.BODY_SENSORS_BACKGROUND","android.permission.ACTIVITY_RECOGNITION","android.permission.SEND_SMS","android.permission.RECEIVE_SMS","android.permission.READ_SMS","android.permission.RECEIVE_WAP_PUSH","android.permission.RECEIVE_MMS","android.permission.READ_EXTERNAL_STORAGE","android.permission.WRITE_EXTERNAL_STORAGE","android.permission.READ_MEDIA_IMAGES","android.permission.READ_MEDIA_VIDEO","android.permission.READ_MEDIA_AUDIO","android.permission.READ_MEDIA_VISUAL_USER_SELECTED","android.permission.ACCESS_MEDIA_LOCATION","android.permission.BLUETOOTH_SCAN","android.permission.BLUETOOTH_CONNECT","android.permission.BLUETOOTH_ADVERTISE","android.permission.NEARBY_WIFI_DEVICES","android.permission.UWB_RANGING","android.permission.POST_NOTIFICATIONS"],"harmonyosUserGrantPermissions":["ohos.permission.CAMERA","ohos.permission.MICROPHONE","ohos.permission.LOCATION","ohos.permission.APPROXIMATELY_LOCATION","ohos.permission.LOCATION_IN_BACKGROUND","ohos.permission.READ_CALENDAR","ohos.permission.WRITE_CALENDAR","ohos.permission.READ_CONTACTS","ohos.permission.WRITE_CONTACTS","ohos.permission.ACTIVITY_MOTION","ohos.permission.READ_HEALTH_DATA","ohos.permission.MEDIA_LOCATION","ohos.permission.READ_MEDIA","ohos.permission.WRITE_MEDIA","ohos.permission.READ_IMAGEVIDEO","ohos.permission.WRITE_IMAGEVIDEO","ohos.permission.READ_AUDIO","ohos.permission.WRITE_AUDIO","ohos.permission.READ_DOCUMENT","ohos.permission.WRITE_DOCUMENT","ohos.permission.DISTRIBUTED_DATASYNC","ohos.permission.ACCESS_BLUETOOTH","ohos.permission.APP_TRACKING_CONSENT","ohos.permission.READ_PASTEBOARD"],"credentialNames":{"signing-password":{"en":"A signing password","zh-CN":"\u7B7E\u540D\u5BC6\u7801"},"properties-password":{"en":"A signing password","zh-CN":"\u7B7E\u540D\u5BC6\u7801"},"aws-access-key":{"en":"An AWS access key ID","zh-CN":"AWS \u8BBF\u95EE\u5BC6\u94A5 ID"},"aws-secret-key":{"en":"An AWS secret access key","zh-CN":"AWS \u79D8\u5BC6\u8BBF\u95EE\u5BC6\u94A5"},"github-token":{"en":"A GitHub token","zh-CN":"GitHub \u4EE4\u724C"},"gitlab-token":{"en":"A GitLab token","zh-CN":"GitLab \u4EE4\u724C"},"google-api-key":{"en":"A Google API key","zh-CN":"Google API \u5BC6\u94A5"},"firebase-server-key":{"en":"A Firebase Cloud Messaging server key","zh-CN":"Firebase \u4E91\u6D88\u606F\u670D\u52A1\u5668\u5BC6\u94A5"},"slack-token":{"en":"A Slack token","zh-CN":"Slack \u4EE4\u724C"},"stripe-live-key":{"en":"A Stripe live secret key","zh-CN":"Stripe \u751F\u4EA7\u73AF\u5883\u5BC6\u94A5"},"aliyun-access-key":{"en":"An Alibaba Cloud AccessKey ID","zh-CN":"\u963F\u91CC\u4E91 AccessKey ID"},"tencent-secret-id":{"en":"A Tencent Cloud SecretId","zh-CN":"\u817E\u8BAF\u4E91 SecretId"},"twilio-api-key":{"en":"A Twilio API key","zh-CN":"Twilio API \u5BC6\u94A5"},"sendgrid-api-key":{"en":"A SendGrid API key","zh-CN":"SendGrid API \u5BC6\u94A5"},"mapbox-secret-token":{"en":"A Mapbox secret token","zh-CN":"Mapbox \u79C1\u5BC6\u4EE4\u724C"},"tencent-lbs-key":{"en":"A Tencent Location Service (map) key","zh-CN":"\u817E\u8BAF\u4F4D\u7F6E\u670D\u52A1\uFF08\u5730\u56FE\uFF09\u5BC6\u94A5"},"bearer-token":{"en":"A bearer token (an Authorization header value)","zh-CN":"\`Bearer\` \u4EE4\u724C\uFF08\`Authorization\` \u8BF7\u6C42\u5934\u7684\u503C\uFF09"},"jwt":{"en":"A signed JSON Web Token","zh-CN":"\u5DF2\u7B7E\u540D\u7684 JWT \u4EE4\u724C"},"private-key-block":{"en":"A private key (PEM block)","zh-CN":"\u79C1\u94A5\uFF08PEM \u683C\u5F0F\uFF09"},"private-key-base64":{"en":"A private key (base64)","zh-CN":"\u79C1\u94A5\uFF08base64 \u7F16\u7801\uFF09"}},"signingMaterialNames":{"keystore":{"en":"keystore","zh-CN":"\u7B7E\u540D\u5BC6\u94A5\u5E93"},"pkcs12":{"en":"PKCS #12 certificate and key","zh-CN":"PKCS #12 \u8BC1\u4E66\u53CA\u79C1\u94A5"},"provisioning-profile":{"en":"provisioning profile","zh-CN":"\u63CF\u8FF0\u6587\u4EF6"},"apple-auth-key":{"en":"App Store Connect API key","zh-CN":"App Store Connect API \u5BC6\u94A5"},"private-key-file":{"en":"private key","zh-CN":"\u79C1\u94A5"}},"trackerCategories":["advertising","attribution"],"platformPackages":["pkg:maven/androidx.*","pkg:maven/com.android.*","pkg:maven/com.google.android.material/*","pkg:maven/org.jetbrains.kotlin/*","pkg:maven/org.jetbrains.kotlinx/kotlinx-coroutines-*","pkg:maven/org.jetbrains.kotlinx/kotlinx-serialization-*","pkg:maven/org.jetbrains/annotations","pkg:pub/flutter","pkg:pub/flutter_localizations","pkg:pub/cupertino_icons","pkg:npm/react","pkg:npm/react-native","pkg:maven/com.facebook.react/*","pkg:cocoapods/hermes-engine","pkg:cocoapods/Flutter","pkg:ohpm/@ohos/hypium"],"sdkDeclaredScope":"catalogue","allowedRepositories":["google()","mavenCentral()","gradlePluginPortal()","https://dl.google.com/dl/android/maven2/","https://maven.google.com/","https://repo.maven.apache.org/maven2/","https://repo1.maven.org/maven2/","https://plugins.gradle.org/m2/","https://cdn.cocoapods.org/","https://github.com/CocoaPods/Specs.git","trunk","https://registry.npmjs.org/","https://registry.yarnpkg.com/","https://pub.dev/","https://ohpm.openharmony.cn/"],"commonDomains":["apps.apple.com","itunes.apple.com","play.google.com","appgallery.huawei.com","appgallery.cloud.huawei.com"]}},"line":1,"column":1},"rules":[{"path":"policies/nfra-2024-99/rules/allowed-domains-declared.yaml","value":{"id":"nfra/allowed-domains-declared","title":{"en":"Allowed domains declared","zh-CN":"\u5DF2\u58F0\u660E\u5141\u8BB8\u8BBF\u95EE\u7684\u57DF\u540D"},"message":{"en":"The app's sources hold {vars.count} URL(s) on {vars.hosts} host(s), but the manifest does not declare security.allowedDomains, so links cannot be checked.","zh-CN":"\u5E94\u7528\u6E90\u7801\u4E2D\u6709 {vars.count} \u4E2A URL\uFF0C\u6D89\u53CA {vars.hosts} \u4E2A\u4E3B\u673A\uFF0C\u4F46\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u672A\u58F0\u660E security.allowedDomains\uFF0C\u65E0\u6CD5\u68C0\u67E5\u94FE\u63A5\u3002"},"severity":"note","articles":[7],"stages":["pr","release"],"when":"facts.?links.?urls.orValue([]).exists(u, !u.inComment && !u.local && !u.inTest && u.host != '' &&\\n  !u.file.matches('(^|/)(mobile-app\\\\\\\\.ya?ml|[^/]*\\\\\\\\.gradle(\\\\\\\\.kts)?|gradle\\\\\\\\.properties|package\\\\\\\\.json|oh-package\\\\\\\\.json5|pubspec\\\\\\\\.yaml|Package\\\\\\\\.swift|project\\\\\\\\.yml)$'))","assert":"filled(manifest.?security.?allowedDomains.orValue([]))","vars":{"count":"size(facts.links.urls.filter(u, !u.inComment && !u.local && !u.inTest && u.host != '' &&\\n  !u.file.matches('(^|/)(mobile-app\\\\\\\\.ya?ml|[^/]*\\\\\\\\.gradle(\\\\\\\\.kts)?|gradle\\\\\\\\.properties|package\\\\\\\\.json|oh-package\\\\\\\\.json5|pubspec\\\\\\\\.yaml|Package\\\\\\\\.swift|project\\\\\\\\.yml)$')))","hosts":"size(facts.?links.?hosts.orValue([]))"},"at":"/security/allowedDomains","rationale":{"en":"Art. 7 prohibits irrelevant and invalid links in mobile apps. Declaring the domains the app may reach makes every other link visible in review.","zh-CN":"\u901A\u77E5\u7B2C\u4E03\u6761\u7981\u6B62\u5728\u79FB\u52A8\u5E94\u7528\u4E2D\u5D4C\u5165\u65E0\u5173\u94FE\u63A5\u548C\u65E0\u6548\u94FE\u63A5\u3002\u58F0\u660E\u5E94\u7528\u53EF\u8BBF\u95EE\u7684\u57DF\u540D\u540E\uFF0C\u5176\u4ED6\u94FE\u63A5\u5728\u8BC4\u5BA1\u4E2D\u5373\u53EF\u4E00\u76EE\u4E86\u7136\u3002"},"remediation":{"en":"Add security.allowedDomains: the hosts the app calls or links to (api.example.com, *.example.com).","zh-CN":"\u8865\u5145 security.allowedDomains\uFF1A\u5E94\u7528\u8C03\u7528\u6216\u94FE\u63A5\u7684\u4E3B\u673A\uFF08\u5982 api.example.com\u3001*.example.com\uFF09\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/android-allow-backup.yaml","value":{"id":"nfra/android-allow-backup","title":{"en":"App data is not backed up without backup rules","zh-CN":"\u672A\u914D\u7F6E\u5907\u4EFD\u89C4\u5219\u65F6\u4E0D\u5141\u8BB8\u5907\u4EFD\u5E94\u7528\u6570\u636E"},"message":{"en":"android:allowBackup is {vars.value} and the manifest has neither android:dataExtractionRules nor android:fullBackupContent: all app data can be copied off the device by backup or device transfer.","zh-CN":"\`android:allowBackup\` \u4E3A {vars.valueZh}\uFF0C\u4E14 AndroidManifest.xml \u6E05\u5355\u6587\u4EF6\u672A\u914D\u7F6E android:dataExtractionRules \u6216 android:fullBackupContent\uFF1A\u5E94\u7528\u5168\u90E8\u6570\u636E\u53EF\u901A\u8FC7\u5907\u4EFD\u6216\u8BBE\u5907\u8FC1\u79FB\u88AB\u590D\u5236\u51FA\u8BBE\u5907\u3002"},"severity":"error","articles":[13],"stages":["pr","release"],"each":"facts.?android.?manifests.orValue([])\\n  .filter(m, m.sourceSet in ['main', ''] && has(m.application) &&\\n    (size(facts.?android.?gradle.orValue([])) == 0 || facts.android.gradle.exists(g, g.module == m.module)))\\n  .map(m, {'app': m.application, 'location': has(m.application.allowBackup) ? m.application.allowBackup.location : m.application.location})","assert":"(has(item.app.allowBackup) && item.app.allowBackup.?releaseValue.orValue(item.app.allowBackup.value) == 'false') ||\\nhas(item.app.dataExtractionRules) || has(item.app.fullBackupContent)","vars":{"value":"has(item.app.allowBackup) ? '\\"' + item.app.allowBackup.?releaseValue.orValue(item.app.allowBackup.value) + '\\"' : 'not set (true by default)'","valueZh":"has(item.app.allowBackup) ? '\`\\"' + item.app.allowBackup.?releaseValue.orValue(item.app.allowBackup.value) + '\\"\`' : '\u672A\u8BBE\u7F6E\uFF08\u9ED8\u8BA4\u4E3A \`true\`\uFF09'"},"subject":"allowBackup","rationale":{"en":"Art. 13 requires measures against data leakage. With backups allowed and no rules, tokens, databases and preferences of the banking app go to cloud backups and to new devices.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E09\u6761\u8981\u6C42\u91C7\u53D6\u63AA\u65BD\u9632\u8303\u6570\u636E\u6CC4\u9732\u3002\u5141\u8BB8\u5907\u4EFD\u4E14\u672A\u914D\u7F6E\u89C4\u5219\u65F6\uFF0C\u91D1\u878D\u5E94\u7528\u7684\u4EE4\u724C\u3001\u6570\u636E\u5E93\u548C\u504F\u597D\u8BBE\u7F6E\u4F1A\u8FDB\u5165\u4E91\u5907\u4EFD\u5E76\u8FC1\u79FB\u5230\u65B0\u8BBE\u5907\u3002"},"remediation":{"en":"Set android:allowBackup=\\"false\\", or add android:dataExtractionRules (API 31+) and android:fullBackupContent that exclude credentials, tokens and personal data.","zh-CN":"\u8BBE\u7F6E \`android:allowBackup=\\"false\\"\`\uFF0C\u6216\u6DFB\u52A0 android:dataExtractionRules\uFF08API 31+\uFF09\u53CA android:fullBackupContent\uFF0C\u6392\u9664\u51ED\u636E\u3001\u4EE4\u724C\u548C\u4E2A\u4EBA\u4FE1\u606F\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/android-application-id.yaml","value":{"id":"nfra/android-application-id","title":{"en":"app.id is the Android application id","zh-CN":"app.id \u4E0E Android \u5E94\u7528 ID \u4E00\u81F4"},"message":{"en":"app.id \\"{vars.appId}\\" is not an application id this repository builds ({vars.ids}).","zh-CN":"app.id\u201C{vars.appId}\u201D\u4E0D\u662F\u672C\u4ED3\u5E93\u6784\u5EFA\u7684\u5E94\u7528 ID\uFF08{vars.ids}\uFF09\u3002"},"severity":"error","articles":[2],"stages":["pr","release"],"when":"filled(manifest.?app.?id.orValue(''))","each":"cel.bind(mods, facts.?android.?gradle.orValue([]).filter(g,\\n    has(g.applicationId) ? !g.applicationId.unresolved : (has(g.namespace) && !g.namespace.unresolved)),\\n  size(mods) == 0 ? [] : [{\\n    'location': mods[0].?applicationId.orValue(mods[0].namespace).location,\\n    'ids': flatten(mods.map(g, cel.bind(base, has(g.applicationId) ? g.applicationId.value : g.namespace.value,\\n      cel.bind(sfx, cel.bind(rs, g.buildTypes.filter(b, b.name == 'release' && has(b.applicationIdSuffix) && !b.applicationIdSuffix.unresolved),\\n          size(rs) > 0 ? string(rs[0].applicationIdSuffix.value) : ''),\\n        [base + sfx] +\\n        g.productFlavors.filter(f, has(f.applicationId) && !f.applicationId.unresolved).map(f, f.applicationId.value + sfx) +\\n        g.productFlavors.filter(f, has(f.applicationIdSuffix) && !f.applicationIdSuffix.unresolved).map(f, base + f.applicationIdSuffix.value + sfx)))))}])","assert":"manifest.app.id in item.ids","vars":{"appId":"manifest.app.id","ids":"item.ids"},"subject":"app.id","rationale":{"en":"Art. 2 requires a ledger of the institution's mobile apps. The ledger entry identifies the app by its package name; if it differs from what is built, filings, store records and counterfeit monitoring follow the wrong app.","zh-CN":"\u901A\u77E5\u7B2C\u4E8C\u6761\u8981\u6C42\u5EFA\u7ACB\u79FB\u52A8\u5E94\u7528\u53F0\u8D26\u3002\u53F0\u8D26\u4EE5\u5305\u540D\u6807\u8BC6\u5E94\u7528\uFF1B\u82E5\u4E0E\u5B9E\u9645\u6784\u5EFA\u4E0D\u4E00\u81F4\uFF0C\u5907\u6848\u3001\u5E94\u7528\u5546\u5E97\u8BB0\u5F55\u548C\u4EFF\u5192\u76D1\u6D4B\u90FD\u4F1A\u5BF9\u5E94\u5230\u9519\u8BEF\u7684\u5E94\u7528\u3002"},"remediation":{"en":"Set app.id to the release applicationId (without debug suffixes), or fix applicationId in build.gradle.","zh-CN":"\u5C06 app.id \u8BBE\u4E3A\u6B63\u5F0F\u7248\u672C\u7684 applicationId\uFF08\u4E0D\u542B\u8C03\u8BD5\u540E\u7F00\uFF09\uFF0C\u6216\u4FEE\u6B63 build.gradle \u4E2D\u7684 applicationId\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/android-cleartext-traffic.yaml","value":{"id":"nfra/android-cleartext-traffic","title":{"en":"Android release builds do not allow cleartext traffic","zh-CN":"Android \u6B63\u5F0F\u7248\u672C\u4E0D\u5141\u8BB8\u660E\u6587\u4F20\u8F93"},"message":{"en":"{vars.why}: the release app may send data over plain HTTP.","zh-CN":"{vars.whyZh}\uFF1A\u6B63\u5F0F\u7248\u672C\u5E94\u7528\u53EF\u80FD\u901A\u8FC7\u660E\u6587 HTTP \u4F20\u8F93\u6570\u636E\u3002"},"severity":"error","articles":[12],"stages":["pr","release"],"each":"facts.?android.?manifests.orValue([])\\n  .filter(m, !m.sourceSet.matches('^(debug|.*Debug|test.*|androidTest.*)$') && has(m.application) && has(m.application.usesCleartextTraffic) &&\\n    !(has(m.application.networkSecurityConfig) && manifest.?compatibility.?android.?minSdk.orValue(0) >= 24))\\n  .map(m, {'sourceSet': m.sourceSet == '' ? 'main' : m.sourceSet, 'value': m.application.usesCleartextTraffic.?releaseValue.orValue(m.application.usesCleartextTraffic.value), 'location': m.application.usesCleartextTraffic.location}) +\\nfacts.?android.?manifests.orValue([])\\n  .filter(m, m.sourceSet in ['main', ''] && has(m.application) && !has(m.application.usesCleartextTraffic) && !has(m.application.networkSecurityConfig) &&\\n    (size(facts.?android.?gradle.orValue([])) == 0 || facts.android.gradle.exists(g, g.module == m.module)))\\n  .map(m, {'sourceSet': 'main', 'location': m.application.location, 'targetSdk':\\n    size(facts.?android.?gradle.orValue([]).filter(g, g.module == m.module && has(g.targetSdk) && !g.targetSdk.unresolved)) > 0 ? string(facts.?android.?gradle.orValue([]).filter(g, g.module == m.module && has(g.targetSdk) && !g.targetSdk.unresolved)[0].targetSdk.value)\\n    : has(m.usesSdk) && has(m.usesSdk.targetSdkVersion) ? m.usesSdk.targetSdkVersion.value\\n    : string(manifest.?compatibility.?android.?targetSdk.orValue(''))})","assert":"has(item.targetSdk) ? !item.targetSdk.matches('^[0-9]+$') || int(item.targetSdk) >= 28 : item.value != 'true'","vars":{"why":"has(item.targetSdk) ? 'targetSdk ' + item.targetSdk + ' < 28 and the main manifest sets neither android:usesCleartextTraffic nor android:networkSecurityConfig, so Android allows cleartext traffic by default' : 'android:usesCleartextTraffic is \\"' + item.value + '\\" in a ' + item.sourceSet + ' manifest'","whyZh":"has(item.targetSdk) ? '\`targetSdk\` \u4E3A ' + item.targetSdk + '\uFF08\u4F4E\u4E8E 28\uFF09\uFF0C\u4E14\u4E3B AndroidManifest.xml \u6E05\u5355\u6587\u4EF6\u65E2\u672A\u8BBE\u7F6E \`android:usesCleartextTraffic\` \u4E5F\u672A\u8BBE\u7F6E \`android:networkSecurityConfig\`\uFF0C\u7CFB\u7EDF\u9ED8\u8BA4\u5141\u8BB8\u660E\u6587\u4F20\u8F93' : '\`' + item.sourceSet + '\` \u6E90\u96C6\u7684 AndroidManifest.xml \u6E05\u5355\u6587\u4EF6\u4E2D \`android:usesCleartextTraffic\` \u4E3A \`' + item.value + '\`'"},"subject":"usesCleartextTraffic","rationale":{"en":"Art. 12 requires encryption for data transmission. usesCleartextTraffic=\\"true\\" lets every connection of the app, its WebViews and its SDKs fall back to unencrypted HTTP; so does not writing it at all below targetSdk 28 (Android 9 made cleartext off by default only from 28).","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E8C\u6761\u8981\u6C42\u5BF9\u6570\u636E\u4F20\u8F93\u91C7\u53D6\u52A0\u5BC6\u63AA\u65BD\u3002\`usesCleartextTraffic=\\"true\\"\` \u4F7F\u5E94\u7528\u3001WebView \u53CA\u5176 SDK \u7684\u6240\u6709\u8FDE\u63A5\u90FD\u53EF\u4EE5\u9000\u56DE\u5230\u672A\u52A0\u5BC6\u7684 HTTP\uFF1B\`targetSdk\` \u4F4E\u4E8E 28 \u4E14\u672A\u8BBE\u7F6E\u8BE5\u5C5E\u6027\u65F6\u540C\u6837\u5982\u6B64\uFF08Android 9 \u81EA \`targetSdk\` 28 \u8D77\u624D\u9ED8\u8BA4\u7981\u6B62\u660E\u6587\u4F20\u8F93\uFF09\u3002"},"remediation":{"en":"Remove android:usesCleartextTraffic (or set it to \\"false\\") in release manifests, and below targetSdk 28 write android:usesCleartextTraffic=\\"false\\" (or raise targetSdk); if a test server needs HTTP, allow it in src/debug/ or in a network security config's debug-overrides.","zh-CN":"\u5728\u6B63\u5F0F\u7248\u672C\u7684 AndroidManifest.xml \u6E05\u5355\u6587\u4EF6\u4E2D\u5220\u9664 \`android:usesCleartextTraffic\`\uFF08\u6216\u8BBE\u4E3A \`\\"false\\"\`\uFF09\uFF0C\`targetSdk\` \u4F4E\u4E8E 28 \u65F6\u987B\u663E\u5F0F\u8BBE\u4E3A \`\\"false\\"\`\uFF08\u6216\u63D0\u9AD8 \`targetSdk\`\uFF09\uFF1B\u5982\u6D4B\u8BD5\u670D\u52A1\u5668\u9700\u8981 HTTP\uFF0C\u8BF7\u4EC5\u5728 src/debug/ \u6216\u7F51\u7EDC\u5B89\u5168\u914D\u7F6E\u7684 \`<debug-overrides>\` \u4E2D\u653E\u5F00\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/android-min-sdk.yaml","value":{"id":"nfra/android-min-sdk","title":{"en":"Android minSdk at or above the supported floor","zh-CN":"Android minSdk \u4E0D\u4F4E\u4E8E\u652F\u6301\u4E0B\u9650"},"message":{"en":"compatibility.android.minSdk is {manifest.compatibility.android.minSdk}, below the institution's floor of API {params.minAndroidSdk}.","zh-CN":"compatibility.android.minSdk \u4E3A {manifest.compatibility.android.minSdk}\uFF0C\u4F4E\u4E8E\u672C\u673A\u6784\u89C4\u5B9A\u7684\u4E0B\u9650 API {params.minAndroidSdk}\u3002"},"severity":"warning","articles":[10,12],"stages":["pr","release"],"when":"'android' in manifest.?app.?kinds.orValue([])","assert":"manifest.?compatibility.?android.?minSdk.orValue(0) >= params.minAndroidSdk","at":"/compatibility/android/minSdk","rationale":{"en":"Art. 10 requires tracking OS upgrades and adapting apps; art. 12 requires regular security reinforcement. Android versions below the floor no longer receive security updates.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u6761\u8981\u6C42\u8DDF\u8E2A\u64CD\u4F5C\u7CFB\u7EDF\u5347\u7EA7\u5E76\u505A\u597D\u9002\u914D\uFF0C\u7B2C\u5341\u4E8C\u6761\u8981\u6C42\u5B9A\u671F\u5F00\u5C55\u5B89\u5168\u52A0\u56FA\u3002\u4F4E\u4E8E\u4E0B\u9650\u7684 Android \u7248\u672C\u5DF2\u4E0D\u518D\u83B7\u5F97\u5B89\u5168\u66F4\u65B0\u3002"},"remediation":{"en":"Raise minSdk in the build and in compatibility.android.minSdk, or lower the pack parameter minAndroidSdk with the risk owner's approval.","zh-CN":"\u5728\u6784\u5EFA\u914D\u7F6E\u548C compatibility.android.minSdk \u4E2D\u63D0\u9AD8 minSdk\uFF0C\u6216\u7ECF\u98CE\u9669\u8D23\u4EFB\u4EBA\u6279\u51C6\u540E\u8C03\u4F4E\u7B56\u7565\u53C2\u6570 minAndroidSdk\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/android-nsc-cleartext.yaml","value":{"id":"nfra/android-nsc-cleartext","title":{"en":"Network security config does not permit cleartext","zh-CN":"\u7F51\u7EDC\u5B89\u5168\u914D\u7F6E\u4E0D\u5141\u8BB8\u660E\u6587\u4F20\u8F93"},"message":{"en":"The network security config permits cleartext traffic for {vars.what} (cleartextTrafficPermitted=\\"true\\").","zh-CN":"\u7F51\u7EDC\u5B89\u5168\u914D\u7F6E\u5BF9{vars.whatZh}\u5141\u8BB8\u660E\u6587\u4F20\u8F93\uFF08\`cleartextTrafficPermitted=\\"true\\"\`\uFF09\u3002"},"severity":"error","articles":[12],"stages":["pr","release"],"each":"flatten(facts.?android.?networkSecurityConfigs.orValue([])\\n  .filter(c, !c.file.matches('(^|/)src/(debug|[A-Za-z0-9]+Debug|test[A-Za-z0-9]*|androidTest[A-Za-z0-9]*)/'))\\n  .map(c, c.cleartextPermitted))","assert":"item.domain in ['localhost', '127.0.0.1', '10.0.2.2', '::1'] || item.domain.startsWith('127.')","vars":{"what":"item.domain == '*' ? 'all domains (base-config)' : item.domain","whatZh":"item.domain == '*' ? '\u6240\u6709\u57DF\u540D\uFF08\`<base-config>\`\uFF09' : ' ' + item.domain + ' '"},"subject":"cleartext:{item.domain}","rationale":{"en":"Art. 12 requires encryption for data transmission. A base-config or domain-config with cleartextTrafficPermitted=\\"true\\" re-enables plain HTTP that Android blocks by default.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E8C\u6761\u8981\u6C42\u5BF9\u6570\u636E\u4F20\u8F93\u91C7\u53D6\u52A0\u5BC6\u63AA\u65BD\u3002\`<base-config>\` \u6216 \`<domain-config>\` \u4E2D\u7684 \`cleartextTrafficPermitted=\\"true\\"\` \u4F1A\u91CD\u65B0\u5F00\u542F Android \u9ED8\u8BA4\u7981\u6B62\u7684\u660E\u6587 HTTP\u3002"},"remediation":{"en":"Set cleartextTrafficPermitted=\\"false\\" (or remove it) and serve the domain over HTTPS; keep HTTP for local test servers in a debug source set only.","zh-CN":"\u5C06 \`cleartextTrafficPermitted\` \u8BBE\u4E3A \`\\"false\\"\`\uFF08\u6216\u5220\u9664\u8BE5\u5C5E\u6027\uFF09\uFF0C\u5E76\u5C06\u8BE5\u57DF\u540D\u6539\u4E3A HTTPS \u8BBF\u95EE\uFF1B\u672C\u5730\u6D4B\u8BD5\u670D\u52A1\u5668\u7684 HTTP \u914D\u7F6E\u53EA\u653E\u5728 \`debug\` \u6E90\u96C6\u4E2D\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/android-nsc-override-pins.yaml","value":{"id":"nfra/android-nsc-override-pins","title":{"en":"Certificate pins are not overridden outside debug builds","zh-CN":"\u975E\u8C03\u8BD5\u7248\u672C\u4E0D\u7ED5\u8FC7\u8BC1\u4E66\u9501\u5B9A"},"message":{"en":"The network security config sets overridePins=\\"true\\" in its {item.scope} configuration: the trust anchors bypass the app's certificate pins.","zh-CN":"\u7F51\u7EDC\u5B89\u5168\u914D\u7F6E\u5728 \`<{item.scope}-config>\` \u4E2D\u8BBE\u7F6E\u4E86 \`overridePins=\\"true\\"\`\uFF1A\u76F8\u5173\u4FE1\u4EFB\u951A\u5C06\u7ED5\u8FC7\u5E94\u7528\u7684\u8BC1\u4E66\u9501\u5B9A\u3002"},"severity":"error","articles":[12],"stages":["pr","release"],"each":"flatten(facts.?android.?networkSecurityConfigs.orValue([])\\n  .filter(c, !c.file.matches('(^|/)src/(debug|[A-Za-z0-9]+Debug|test[A-Za-z0-9]*|androidTest[A-Za-z0-9]*)/'))\\n  .map(c, c.overriddenPins))","assert":"item.scope == 'debug'","subject":"override-pins:{item.scope}:{item.domains}","rationale":{"en":"Art. 12 requires protection against attacks on data in transit. overridePins=\\"true\\" lets the listed CAs (often user CAs) replace the pinned certificates, which defeats pinning.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E8C\u6761\u8981\u6C42\u9632\u8303\u9488\u5BF9\u4F20\u8F93\u6570\u636E\u7684\u653B\u51FB\u3002\`overridePins=\\"true\\"\` \u5141\u8BB8\u76F8\u5E94 CA\uFF08\u5E38\u4E3A\u7528\u6237 CA\uFF09\u66FF\u4EE3\u9501\u5B9A\u7684\u8BC1\u4E66\uFF0C\u4F7F\u8BC1\u4E66\u9501\u5B9A\u5931\u6548\u3002"},"remediation":{"en":"Remove overridePins=\\"true\\" outside <debug-overrides>.","zh-CN":"\u5220\u9664 \`<debug-overrides>\` \u4E4B\u5916\u7684 \`overridePins=\\"true\\"\`\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/android-nsc-user-certificates.yaml","value":{"id":"nfra/android-nsc-user-certificates","title":{"en":"User-installed CA certificates not trusted outside debug builds","zh-CN":"\u975E\u8C03\u8BD5\u7248\u672C\u4E0D\u4FE1\u4EFB\u7528\u6237\u5B89\u88C5\u7684 CA \u8BC1\u4E66"},"message":{"en":"The network security config trusts user-installed CA certificates (<certificates src=\\"user\\">) in its {item.scope} configuration{vars.domains}.","zh-CN":"\u7F51\u7EDC\u5B89\u5168\u914D\u7F6E\u5728 \`<{item.scope}-config>\`{vars.domains}\u4E2D\u4FE1\u4EFB\u7528\u6237\u5B89\u88C5\u7684 CA \u8BC1\u4E66\uFF08\`<certificates src=\\"user\\">\`\uFF09\u3002"},"severity":"error","articles":[12],"stages":["pr","release"],"each":"flatten(facts.?android.?networkSecurityConfigs.orValue([])\\n  .filter(c, !c.file.matches('(^|/)src/(debug|[A-Za-z0-9]+Debug|test[A-Za-z0-9]*|androidTest[A-Za-z0-9]*)/'))\\n  .map(c, c.userCertificates))","assert":"item.scope == 'debug'","vars":{"domains":"item.scope != 'base' && size(item.?domains.orValue([])) > 0 ? ' (' + item.domains.join(', ') + ')' : ''"},"subject":"user-certificates:{item.scope}:{item.domains}","rationale":{"en":"Art. 12 requires encrypted transmission and protection against attacks. Trusting user CAs lets anyone who installs a certificate on the device (malware, a proxy) read and change the app's TLS traffic.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E8C\u6761\u8981\u6C42\u52A0\u5BC6\u4F20\u8F93\u5E76\u9632\u8303\u653B\u51FB\u5165\u4FB5\u3002\u4FE1\u4EFB\u7528\u6237 CA \u8BC1\u4E66\u540E\uFF0C\u4EFB\u4F55\u80FD\u5728\u8BBE\u5907\u4E0A\u5B89\u88C5\u8BC1\u4E66\u7684\u4E00\u65B9\uFF08\u6076\u610F\u7A0B\u5E8F\u3001\u4EE3\u7406\u5DE5\u5177\uFF09\u90FD\u53EF\u4EE5\u8BFB\u53D6\u548C\u7BE1\u6539\u5E94\u7528\u7684 TLS \u6D41\u91CF\u3002"},"remediation":{"en":"Remove <certificates src=\\"user\\"/> from base-config and domain-config; put it inside <debug-overrides> if testers need a proxy.","zh-CN":"\u4ECE \`<base-config>\` \u548C \`<domain-config>\` \u4E2D\u5220\u9664 \`<certificates src=\\"user\\"/>\`\uFF1B\u6D4B\u8BD5\u4EBA\u5458\u9700\u8981\u6293\u5305\u65F6\uFF0C\u5C06\u5176\u653E\u5165 \`<debug-overrides>\`\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/android-release-debuggable.yaml","value":{"id":"nfra/android-release-debuggable","title":{"en":"Release builds are not debuggable or test-only","zh-CN":"\u6B63\u5F0F\u7248\u672C\u4E0D\u53EF\u8C03\u8BD5\u3001\u975E\u4EC5\u6D4B\u8BD5"},"message":{"en":"{item.what} is true in a release build: {vars.why}","zh-CN":"\u6B63\u5F0F\u7248\u672C\u4E2D \`{item.what}\` \u4E3A \`true\`\uFF1A{vars.whyZh}"},"severity":"error","articles":[13],"stages":["pr","release"],"each":"flatten(facts.?android.?manifests.orValue([])\\n  .filter(m, !m.sourceSet.matches('^(debug|.*Debug|test.*|androidTest.*)$') && has(m.application))\\n  .map(m,\\n    (has(m.application.debuggable) ? [{'what': 'android:debuggable', 'value': m.application.debuggable.?releaseValue.orValue(m.application.debuggable.value), 'location': m.application.debuggable.location}] : []) +\\n    (has(m.application.testOnly) ? [{'what': 'android:testOnly', 'value': m.application.testOnly.?releaseValue.orValue(m.application.testOnly.value), 'location': m.application.testOnly.location}] : []))) +\\nflatten(facts.?android.?gradle.orValue([]).map(g,\\n  g.buildTypes.filter(b, b.name == 'release' && has(b.debuggable)).map(b,\\n    {'what': 'buildTypes.release.debuggable', 'value': b.debuggable.?value.orValue(false), 'location': b.debuggable.location})))","assert":"string(item.value) != 'true'","vars":{"why":"item.what == 'android:testOnly' ? 'the APK installs only with adb -t and is meant for tests.' : 'anyone with the device can attach a debugger, read the app data and change its behaviour.'","whyZh":"item.what == 'android:testOnly' ? '\u8BE5\u5B89\u88C5\u5305\u53EA\u80FD\u901A\u8FC7 \`adb install -t\` \u5B89\u88C5\uFF0C\u4EC5\u4F9B\u6D4B\u8BD5\u4F7F\u7528\u3002' : '\u6301\u6709\u8BBE\u5907\u8005\u53EF\u9644\u52A0\u8C03\u8BD5\u5668\u3001\u8BFB\u53D6\u5E94\u7528\u6570\u636E\u5E76\u6539\u53D8\u5176\u884C\u4E3A\u3002'"},"subject":"{item.what}","rationale":{"en":"Art. 13 requires data security measures against leakage and tampering. A debuggable release exposes the app's memory, files and logic to anyone holding the phone.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E09\u6761\u8981\u6C42\u91C7\u53D6\u6570\u636E\u5B89\u5168\u63AA\u65BD\uFF0C\u9632\u8303\u6570\u636E\u6CC4\u9732\u548C\u7BE1\u6539\u3002\u53EF\u8C03\u8BD5\u7684\u6B63\u5F0F\u7248\u672C\u4F1A\u5C06\u5E94\u7528\u5185\u5B58\u3001\u6587\u4EF6\u548C\u903B\u8F91\u66B4\u9732\u7ED9\u4EFB\u4F55\u6301\u6709\u624B\u673A\u7684\u4EBA\u3002"},"remediation":{"en":"Remove android:debuggable / android:testOnly from release manifests and debuggable true from the release build type (the debug build type is debuggable already).","zh-CN":"\u4ECE\u6B63\u5F0F\u7248\u672C\u7684 AndroidManifest.xml \u6E05\u5355\u6587\u4EF6\u4E2D\u5220\u9664 \`android:debuggable\` / \`android:testOnly\`\uFF0C\u5E76\u5220\u9664 \`release\` \u6784\u5EFA\u7C7B\u578B\u4E2D\u7684 \`debuggable true\`\uFF08\`debug\` \u6784\u5EFA\u7C7B\u578B\u672C\u8EAB\u5373\u53EF\u8C03\u8BD5\uFF09\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/android-release-minify.yaml","value":{"id":"nfra/android-release-minify","title":{"en":"Release builds are minified and obfuscated","zh-CN":"\u6B63\u5F0F\u7248\u672C\u5DF2\u542F\u7528\u4EE3\u7801\u538B\u7F29\u4E0E\u6DF7\u6DC6"},"message":{"en":"The release build of module \\"{item.module}\\" is not minified ({vars.how}).","zh-CN":"{vars.moduleZh}\u7684\u6B63\u5F0F\u7248\u672C\u672A\u542F\u7528\u4EE3\u7801\u538B\u7F29\u6DF7\u6DC6\uFF08{vars.howZh}\uFF09\u3002"},"severity":"error","articles":[12,13],"stages":["pr","release"],"each":"facts.?android.?gradle.orValue([]).map(g, cel.bind(r, g.buildTypes.filter(b, b.name == 'release'), cel.bind(mf, size(r) > 0 ? r[0].?minifyEnabled : optional.none(), {\\n  'module': g.module,\\n  'declared': size(r) > 0,\\n  'written': mf.hasValue(),\\n  'minify': mf.hasValue() ? mf.value().?value.orValue(false) == true : g.flutter,\\n  'location': mf.hasValue() ? mf.value().location : (size(r) > 0 ? r[0].location : g.location)})))","assert":"item.minify","vars":{"how":"item.written ? 'minifyEnabled false' : (item.declared ? 'minifyEnabled is not set, and it is off by default' : 'no release build type, and minification is off by default')","howZh":"item.written ? '\`minifyEnabled\` \u4E3A \`false\`' : (item.declared ? '\u672A\u8BBE\u7F6E \`minifyEnabled\`\uFF0C\u9ED8\u8BA4\u5173\u95ED' : '\u672A\u58F0\u660E \`release\` \u6784\u5EFA\u7C7B\u578B\uFF0C\u9ED8\u8BA4\u4E0D\u538B\u7F29')","moduleZh":"item.module == '' ? '\u6839\u9879\u76EE' : '\u6A21\u5757\u201C' + item.module + '\u201D'"},"subject":"minify:{item.module}","rationale":{"en":"Art. 12 asks institutions to guard against illegal reverse analysis, cracking and code tampering, and art. 13 to protect data. R8/ProGuard shrinking and obfuscation is the baseline protection of an Android release.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E8C\u6761\u8981\u6C42\u9632\u8303\u975E\u6CD5\u9006\u5411\u5206\u6790\u3001\u7834\u89E3\u548C\u4EE3\u7801\u7BE1\u6539\uFF0C\u7B2C\u5341\u4E09\u6761\u8981\u6C42\u4FDD\u62A4\u6570\u636E\u5B89\u5168\u3002R8/ProGuard \u538B\u7F29\u4E0E\u6DF7\u6DC6\u662F Android \u6B63\u5F0F\u7248\u672C\u7684\u57FA\u672C\u9632\u62A4\u3002"},"remediation":{"en":"Set isMinifyEnabled = true (Groovy: minifyEnabled true) in buildTypes.release, with the module's ProGuard/R8 rules.","zh-CN":"\u5728 \`buildTypes.release\` \u4E2D\u8BBE\u7F6E \`isMinifyEnabled = true\`\uFF08Groovy \u811A\u672C\uFF1A\`minifyEnabled true\`\uFF09\uFF0C\u5E76\u914D\u7F6E\u6A21\u5757\u7684 ProGuard/R8 \u89C4\u5219\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/android-sdk-matches-build.yaml","value":{"id":"nfra/android-sdk-matches-build","title":{"en":"Declared Android API levels match the build","zh-CN":"\u58F0\u660E\u7684 Android API \u7EA7\u522B\u4E0E\u6784\u5EFA\u914D\u7F6E\u4E00\u81F4"},"message":{"en":"Module \\"{item.module}\\" builds with {item.key} {vars.build}, but the manifest declares compatibility.android.{item.key}: {vars.declared}.","zh-CN":"{vars.moduleZh}\u7684\u6784\u5EFA\u914D\u7F6E {item.key} \u4E3A {vars.build}\uFF0C\u4F46\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u58F0\u660E\u7684 compatibility.android.{item.key} \u4E3A {vars.declared}\u3002"},"severity":"error","articles":[10],"stages":["pr","release"],"each":"flatten(facts.?android.?gradle.orValue([]).map(g,\\n  (has(g.minSdk) && !g.minSdk.unresolved ? [{'module': g.module, 'key': 'minSdk', 'value': g.minSdk.value, 'location': g.minSdk.location}] : []) +\\n  (has(g.targetSdk) && !g.targetSdk.unresolved ? [{'module': g.module, 'key': 'targetSdk', 'value': g.targetSdk.value, 'location': g.targetSdk.location}] : [])))","assert":"!manifest.?compatibility.?android[?item.key].hasValue() ||\\nstring(manifest.compatibility.android[item.key]) == string(item.value)","vars":{"build":"item.value","declared":"manifest.?compatibility.?android[?item.key].orValue('?')","moduleZh":"item.module == '' ? '\u6839\u9879\u76EE' : '\u6A21\u5757\u201C' + item.module + '\u201D'"},"subject":"{item.module}:{item.key}","rationale":{"en":"Art. 10 requires compatibility management and testing against the operating system versions the app supports. The ledger's API levels are what compatibility tests and the regulator see; they must be the ones the app is built with.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u6761\u8981\u6C42\u52A0\u5F3A\u79FB\u52A8\u5E94\u7528\u4E0E\u8FD0\u884C\u73AF\u5883\u7684\u517C\u5BB9\u9002\u914D\u7BA1\u7406\u5E76\u5F00\u5C55\u517C\u5BB9\u6027\u6D4B\u8BD5\u3002\u53F0\u8D26\u4E2D\u7684 API \u7EA7\u522B\u662F\u517C\u5BB9\u6027\u6D4B\u8BD5\u548C\u76D1\u7BA1\u6240\u4F9D\u636E\u7684\u4FE1\u606F\uFF0C\u5FC5\u987B\u4E0E\u5E94\u7528\u5B9E\u9645\u6784\u5EFA\u914D\u7F6E\u4E00\u81F4\u3002"},"remediation":{"en":"Update compatibility.android in mobile-app.yaml, or the Gradle value, so that both say the same.","zh-CN":"\u66F4\u65B0 mobile-app.yaml \u4E2D\u7684 compatibility.android \u6216 Gradle \u914D\u7F6E\uFF0C\u4F7F\u4E24\u8005\u4E00\u81F4\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/audit-fresh.yaml","value":{"id":"nfra/audit-fresh","title":{"en":"Audit within 36 months","zh-CN":"\u5BA1\u8BA1\u5728\u4E09\u5E74\u6709\u6548\u671F\u5185"},"message":{"en":"The audit (compliance.lastAudit) is missing, failed, dated in the future, or older than {params.auditDays} days (date: {vars.date}).","zh-CN":"\u79FB\u52A8\u5E94\u7528\u5BA1\u8BA1\uFF08compliance.lastAudit\uFF09\u7F3A\u5931\u3001\u7ED3\u8BBA\u4E3A\u4E0D\u901A\u8FC7\u3001\u65E5\u671F\u665A\u4E8E\u4ECA\u5929\uFF0C\u6216\u5DF2\u8D85\u8FC7 {params.auditDays} \u5929\uFF08\u65E5\u671F\uFF1A\`{vars.date}\`\uFF09\u3002"},"severity":"error","stageSeverity":{"pr":"warning"},"articles":[17],"stages":["pr","release"],"assert":"fresh(manifest.?compliance.?lastAudit.orValue({}), params.auditDays)","vars":{"date":"manifest.?compliance.?lastAudit.?date.orValue('\u2014')"},"at":"/compliance/lastAudit","rationale":{"en":"Art. 17 requires mobile app risks to be part of comprehensive risk management, a mobile app risk assessment at least once a year, and an audit at least once every three years.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E03\u6761\u8981\u6C42\u5C06\u79FB\u52A8\u5E94\u7528\u98CE\u9669\u7EB3\u5165\u5168\u9762\u98CE\u9669\u7BA1\u7406\u4F53\u7CFB\uFF0C\u81F3\u5C11\u6BCF\u5E74\u5F00\u5C55\u4E00\u6B21\u79FB\u52A8\u5E94\u7528\u98CE\u9669\u8BC4\u4F30\uFF0C\u81F3\u5C11\u6BCF\u4E09\u5E74\u5F00\u5C55\u4E00\u6B21\u5BA1\u8BA1\u3002"},"remediation":{"en":"Have internal audit cover the app and record compliance.lastAudit \`{ date, result, report }\`.","zh-CN":"\u7531\u5185\u90E8\u5BA1\u8BA1\u8986\u76D6\u672C\u5E94\u7528\uFF0C\u5E76\u767B\u8BB0 compliance.lastAudit \`{ date, result, report }\`\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/business-impact-analysis.yaml","value":{"id":"nfra/business-impact-analysis","title":{"en":"Business impact analysis recorded","zh-CN":"\u5DF2\u5F00\u5C55\u4E1A\u52A1\u5F71\u54CD\u5206\u6790"},"message":{"en":"The manifest links no business impact analysis (continuity.businessImpactAnalysis).","zh-CN":"\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u672A\u63D0\u4F9B\u4E1A\u52A1\u5F71\u54CD\u5206\u6790\u7684\u94FE\u63A5\uFF08continuity.businessImpactAnalysis\uFF09\u3002"},"severity":"error","articles":[15],"stages":["release"],"assert":"filled(manifest.?continuity.?businessImpactAnalysis.orValue(''))","at":"/continuity/businessImpactAnalysis","rationale":{"en":"Art. 15 requires business impact analysis, an emergency response mechanism, emergency plans and regular drills for mobile app business continuity.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E94\u6761\u8981\u6C42\u52A0\u5F3A\u79FB\u52A8\u5E94\u7528\u4E1A\u52A1\u8FDE\u7EED\u6027\u7BA1\u7406\u548C\u7A81\u53D1\u4E8B\u4EF6\u5E94\u6025\u7BA1\u7406\uFF0C\u5F00\u5C55\u4E1A\u52A1\u5F71\u54CD\u5206\u6790\uFF0C\u5EFA\u7ACB\u5E94\u6025\u5904\u7F6E\u673A\u5236\uFF0C\u5236\u5B9A\u5E94\u6025\u9884\u6848\u5E76\u5B9A\u671F\u6F14\u7EC3\u3002"},"remediation":{"en":"Link the app's business impact analysis in continuity.businessImpactAnalysis.","zh-CN":"\u5728 continuity.businessImpactAnalysis \u4E2D\u63D0\u4F9B\u672C\u5E94\u7528\u4E1A\u52A1\u5F71\u54CD\u5206\u6790\u7684\u94FE\u63A5\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/business-scope-licensed.yaml","value":{"id":"nfra/business-scope-licensed","title":{"en":"Business scope within the licence","zh-CN":"\u4E1A\u52A1\u8303\u56F4\u672A\u8D85\u51FA\u8BB8\u53EF"},"message":{"en":"Business scope \\"{item}\\" is not in the licensed business scopes of the policy ({params.licensedBusinessScopes}).","zh-CN":"\u4E1A\u52A1\u8303\u56F4\u201C{item}\u201D\u4E0D\u5728\u7B56\u7565\u914D\u7F6E\u7684\u8BB8\u53EF\u4E1A\u52A1\u8303\u56F4\uFF08\`{params.licensedBusinessScopes}\`\uFF09\u4E4B\u5185\u3002"},"severity":"error","articles":[5],"stages":["pr","release"],"when":"size(params.licensedBusinessScopes) > 0","each":"manifest.?app.?businessScope.orValue([])","assert":"item in params.licensedBusinessScopes","at":"/app/businessScope/{index}","subject":"scope:{item}","rationale":{"en":"Art. 5 requires business through mobile apps to be conducted strictly within the business scope and geographical scope of the licence.","zh-CN":"\u901A\u77E5\u7B2C\u4E94\u6761\u8981\u6C42\u4E25\u683C\u6309\u7167\u8BB8\u53EF\u8BC1\u8F7D\u660E\u7684\u4E1A\u52A1\u8303\u56F4\u548C\u5730\u57DF\u8303\u56F4\u5F00\u5C55\u4E1A\u52A1\u3002"},"remediation":{"en":"Remove the scope from app.businessScope, or, if the licence covers it, add it to the pack parameter licensedBusinessScopes.","zh-CN":"\u4ECE app.businessScope \u4E2D\u5220\u9664\u8BE5\u4E1A\u52A1\u8303\u56F4\uFF1B\u5982\u8BB8\u53EF\u8BC1\u786E\u5DF2\u8986\u76D6\uFF0C\u8BF7\u5728\u7B56\u7565\u53C2\u6570 licensedBusinessScopes \u4E2D\u8865\u5145\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/c3-not-shared.yaml","value":{"id":"nfra/c3-not-shared","title":{"en":"C3 data never sent to SDKs, vendors or third parties","zh-CN":"C3 \u7EA7\u6570\u636E\u4E0D\u5F97\u63D0\u4F9B\u7ED9 SDK\u3001\u4F9B\u5E94\u5546\u6216\u7B2C\u4E09\u65B9"},"message":{"en":"Data flow \\"{item.name}\\" sends C3 data (authentication data) to {item.recipient}.","zh-CN":"\u6570\u636E\u6D41\u201C{item.name}\u201D\u5C06 C3 \u7EA7\u6570\u636E\uFF08\u9274\u522B\u4FE1\u606F\uFF09\u63D0\u4F9B\u7ED9 {item.recipient}\u3002"},"severity":"error","articles":[13,16],"stages":["pr","release"],"each":"manifest.?dataFlows.orValue([])","assert":"item.?sensitivity.orValue('') != 'C3' ||\\n  !['sdk:', 'vendor:', 'third-party:'].exists(p, string(item.?recipient.orValue('')).startsWith(p))","at":"/dataFlows/{index}/recipient","subject":"dataflow:{item.name}","waivable":false,"rationale":{"en":"Art. 13 requires data security measures that prevent leakage, on the principle \\"who manages the business manages its data security\\"; JR/T 0171-2020 C3 data (passwords, PINs, biometrics used for authentication) must stay with the institution.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E09\u6761\u8981\u6C42\u6309\u7167\u201C\u8C01\u7BA1\u4E1A\u52A1\u3001\u8C01\u7BA1\u4E1A\u52A1\u6570\u636E\u3001\u8C01\u7BA1\u6570\u636E\u5B89\u5168\u201D\u7684\u539F\u5219\u5F3A\u5316\u6570\u636E\u5B89\u5168\u9632\u62A4\uFF0C\u9632\u8303\u6570\u636E\u6CC4\u9732\uFF1BJR/T 0171-2020 \u89C4\u5B9A\u7684 C3 \u7C7B\u4FE1\u606F\uFF08\u5BC6\u7801\u3001PIN\u3001\u7528\u4E8E\u9274\u522B\u7684\u751F\u7269\u7279\u5F81\u7B49\uFF09\u5FC5\u987B\u7559\u5728\u672C\u673A\u6784\u5185\u90E8\u3002"},"remediation":{"en":"Keep C3 data inside the institution: authenticate in the institution's own code and back end, never in an SDK or vendor service.","zh-CN":"\u5C06 C3 \u7EA7\u6570\u636E\u7559\u5728\u672C\u673A\u6784\u5185\u90E8\uFF1A\u5728\u672C\u673A\u6784\u81EA\u6709\u4EE3\u7801\u548C\u540E\u53F0\u5B8C\u6210\u8BA4\u8BC1\uFF0C\u4E0D\u5F97\u4EA4\u7531 SDK \u6216\u4F9B\u5E94\u5546\u670D\u52A1\u5904\u7406\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/cleartext-urls.yaml","value":{"id":"nfra/cleartext-urls","title":{"en":"No http:// or ws:// endpoints in the app","zh-CN":"\u5E94\u7528\u4E2D\u65E0 http:// \u6216 ws:// \u5730\u5740"},"message":{"en":"{item.url} is a cleartext ({item.scheme}) address ({group.count} place(s): {group.locations}).","zh-CN":"{item.url} \u662F\u660E\u6587\uFF08\`{item.scheme}\`\uFF09\u5730\u5740\uFF08\u5171 {group.count} \u5904\uFF1A{group.locations}\uFF09\u3002"},"severity":"error","articles":[12],"stages":["pr","release"],"each":"facts.?links.?insecureUrls.orValue([])","assert":"!(item.scheme in ['http', 'ws', 'no-tls']) || item.inComment || item.local || item.inTest ||\\n(item.host == '' && !item.?builtAtRunTime.orValue(false)) ||\\nitem.file.matches('(^|/)mobile-app\\\\\\\\.ya?ml$')","subject":"{item.url}","groupBy":"{item.url}","rationale":{"en":"Art. 12 requires encryption for data transmission. An http:// or ws:// address sends the request, and whatever it carries, unencrypted.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E8C\u6761\u8981\u6C42\u5BF9\u6570\u636E\u4F20\u8F93\u91C7\u53D6\u52A0\u5BC6\u63AA\u65BD\u3002http:// \u6216 ws:// \u5730\u5740\u4F1A\u4EE5\u660E\u6587\u53D1\u9001\u8BF7\u6C42\u53CA\u5176\u643A\u5E26\u7684\u6570\u636E\u3002"},"remediation":{"en":"Use https:// (wss://) for the address, or remove it if it is no longer used.","zh-CN":"\u6539\u7528 https://\uFF08wss://\uFF09\uFF0C\u4E0D\u518D\u4F7F\u7528\u7684\u5730\u5740\u8BF7\u5220\u9664\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/compatibility-declared.yaml","value":{"id":"nfra/compatibility-declared","title":{"en":"Platform compatibility declared","zh-CN":"\u5DF2\u58F0\u660E\u5E73\u53F0\u517C\u5BB9\u6027"},"message":{"en":"The app is built for {item} but compatibility.{item} (minimum OS version) is not declared.","zh-CN":"\u5E94\u7528\u9762\u5411 \`{item}\` \u5E73\u53F0\uFF0C\u4F46\u672A\u58F0\u660E compatibility.{item}\uFF08\u6700\u4F4E\u7CFB\u7EDF\u7248\u672C\uFF09\u3002"},"severity":"error","articles":[10],"stages":["pr","release"],"each":"manifest.?app.?kinds.orValue([])","assert":"!(item in ['android', 'ios', 'harmonyos']) || manifest.?compatibility[?item].hasValue()","at":"/compatibility/{item}","subject":"platform:{item}","rationale":{"en":"Art. 10 requires institutions to manage compatibility and adaptability between apps and operating environments and to track OS version upgrades.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u6761\u8981\u6C42\u52A0\u5F3A\u79FB\u52A8\u5E94\u7528\u4E0E\u8FD0\u884C\u73AF\u5883\u7684\u517C\u5BB9\u6027\u548C\u9002\u914D\u6027\u7BA1\u7406\uFF0C\u5BC6\u5207\u8DDF\u8E2A\u4E3B\u6D41\u667A\u80FD\u7EC8\u7AEF\u64CD\u4F5C\u7CFB\u7EDF\u7248\u672C\u5347\u7EA7\u4FE1\u606F\u3002"},"remediation":{"en":"Declare compatibility.android { minSdk, targetSdk }, compatibility.ios { minimumVersion } or compatibility.harmonyos { minimumApi } for each platform in app.kinds.","zh-CN":"\u4E3A app.kinds \u4E2D\u7684\u6BCF\u4E2A\u5E73\u53F0\u58F0\u660E compatibility.android { minSdk, targetSdk }\u3001compatibility.ios { minimumVersion } \u6216 compatibility.harmonyos { minimumApi }\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/compatibility-test-fresh.yaml","value":{"id":"nfra/compatibility-test-fresh","title":{"en":"Compatibility test within 12 months","zh-CN":"\u517C\u5BB9\u6027\u6D4B\u8BD5\u5728\u6709\u6548\u671F\u5185"},"message":{"en":"The compatibility test (compatibility.lastTest) is missing, failed, dated in the future, or older than {params.freshnessDays} days (date: {vars.date}).","zh-CN":"\u517C\u5BB9\u6027\u6D4B\u8BD5\uFF08compatibility.lastTest\uFF09\u7F3A\u5931\u3001\u7ED3\u8BBA\u4E3A\u4E0D\u901A\u8FC7\u3001\u65E5\u671F\u665A\u4E8E\u4ECA\u5929\uFF0C\u6216\u5DF2\u8D85\u8FC7 {params.freshnessDays} \u5929\uFF08\u65E5\u671F\uFF1A\`{vars.date}\`\uFF09\u3002"},"severity":"error","stageSeverity":{"pr":"warning"},"articles":[10],"stages":["pr","release"],"assert":"fresh(manifest.?compatibility.?lastTest.orValue({}), params.freshnessDays)","vars":{"date":"manifest.?compatibility.?lastTest.?date.orValue('\u2014')"},"at":"/compatibility/lastTest","rationale":{"en":"Art. 10 requires compatibility testing of apps (including third-party SDKs) in advance of OS and distribution platform upgrades.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u6761\u8981\u6C42\u63D0\u524D\u5F00\u5C55\u79FB\u52A8\u5E94\u7528\uFF08\u542B\u7B2C\u4E09\u65B9 SDK\uFF09\u517C\u5BB9\u6027\u6D4B\u8BD5\u3002"},"remediation":{"en":"Test the app on the supported OS versions and record compatibility.lastTest \`{ date, result, report }\`.","zh-CN":"\u5728\u652F\u6301\u7684\u7CFB\u7EDF\u7248\u672C\u4E0A\u5F00\u5C55\u517C\u5BB9\u6027\u6D4B\u8BD5\uFF0C\u5E76\u767B\u8BB0 compatibility.lastTest \`{ date, result, report }\`\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/complaint-channel.yaml","value":{"id":"nfra/complaint-channel","title":{"en":"Complaint channel disclosed","zh-CN":"\u5DF2\u516C\u5F00\u6295\u8BC9\u6E20\u9053"},"message":{"en":"The manifest discloses no complaint channel (privacy.complaintChannel with a phone number or URL).","zh-CN":"\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u672A\u516C\u5F00\u6295\u8BC9\u6E20\u9053\uFF08privacy.complaintChannel \u5E94\u5305\u542B\u7535\u8BDD\u6216\u7F51\u5740\uFF09\u3002"},"severity":"error","articles":[16],"stages":["pr","release"],"assert":"cel.bind(c, manifest.?privacy.?complaintChannel.orValue({}),\\n  filled(c.?phone.orValue('')) || filled(c.?url.orValue('')))","at":"/privacy/complaintChannel","rationale":{"en":"Art. 16 requires a personal information protection system: collecting personal information lawfully, legitimately and only as necessary, telling users its purpose, use and protection, and disclosing complaint channels.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u516D\u6761\u8981\u6C42\u5EFA\u7ACB\u79FB\u52A8\u5E94\u7528\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u5236\u5EA6\uFF0C\u6309\u7167\u201C\u5408\u6CD5\u3001\u6B63\u5F53\u3001\u5FC5\u8981\u201D\u539F\u5219\u6536\u96C6\u4E2A\u4EBA\u4FE1\u606F\uFF0C\u544A\u77E5\u7528\u6237\u4E2A\u4EBA\u4FE1\u606F\u7684\u6536\u96C6\u76EE\u7684\u3001\u7528\u9014\u548C\u4FDD\u62A4\u63AA\u65BD\uFF0C\u516C\u5F00\u6295\u8BC9\u6E20\u9053\u4FE1\u606F\u3002"},"remediation":{"en":"Set privacy.complaintChannel { phone, url } to the channels shown to users in the app.","zh-CN":"\u5728 \`privacy.complaintChannel { phone, url }\` \u4E2D\u586B\u5199\u5E94\u7528\u5185\u5411\u7528\u6237\u516C\u5F00\u7684\u6295\u8BC9\u6E20\u9053\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/compliance-review-fresh.yaml","value":{"id":"nfra/compliance-review-fresh","title":{"en":"Compliance review within 12 months","zh-CN":"\u4E1A\u52A1\u5408\u89C4\u5BA1\u67E5\u5728\u6709\u6548\u671F\u5185"},"message":{"en":"The compliance review (compliance.lastComplianceReview) is missing, failed, dated in the future, or older than {params.freshnessDays} days (date: {vars.date}).","zh-CN":"\u4E1A\u52A1\u5408\u89C4\u5BA1\u67E5\uFF08compliance.lastComplianceReview\uFF09\u7F3A\u5931\u3001\u7ED3\u8BBA\u4E3A\u4E0D\u901A\u8FC7\u3001\u65E5\u671F\u665A\u4E8E\u4ECA\u5929\uFF0C\u6216\u5DF2\u8D85\u8FC7 {params.freshnessDays} \u5929\uFF08\u65E5\u671F\uFF1A\`{vars.date}\`\uFF09\u3002"},"severity":"error","stageSeverity":{"pr":"warning"},"articles":[5],"stages":["pr","release"],"assert":"fresh(manifest.?compliance.?lastComplianceReview.orValue({}), params.freshnessDays)","vars":{"date":"manifest.?compliance.?lastComplianceReview.?date.orValue('\u2014')"},"at":"/compliance/lastComplianceReview","rationale":{"en":"Art. 5 requires a compliance review mechanism for mobile app business (including third-party cooperation) and regular business compliance inspections and audits.","zh-CN":"\u901A\u77E5\u7B2C\u4E94\u6761\u8981\u6C42\u5EFA\u7ACB\u79FB\u52A8\u5E94\u7528\u4E1A\u52A1\uFF08\u542B\u7B2C\u4E09\u65B9\u5408\u4F5C\u4E1A\u52A1\uFF09\u5408\u89C4\u5BA1\u67E5\u673A\u5236\uFF0C\u5B9A\u671F\u5F00\u5C55\u4E1A\u52A1\u5408\u89C4\u68C0\u67E5\u548C\u5BA1\u8BA1\u3002"},"remediation":{"en":"Review the app's business for compliance and record it as compliance.lastComplianceReview { date, result, report }.","zh-CN":"\u5F00\u5C55\u4E1A\u52A1\u5408\u89C4\u5BA1\u67E5\uFF0C\u5E76\u5728 compliance.lastComplianceReview \u4E2D\u767B\u8BB0 \`{ date, result, report }\`\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/counterfeit-monitoring-fresh.yaml","value":{"id":"nfra/counterfeit-monitoring-fresh","title":{"en":"Counterfeit app monitoring is current","zh-CN":"\u4EFF\u5192\u5E94\u7528\u76D1\u6D4B\u5728\u6709\u6548\u671F\u5185"},"message":{"en":"The last counterfeit app scan (distribution.counterfeitMonitoring.lastScan: {vars.date}) is missing, dated in the future, or older than {params.counterfeitScanDays} days.","zh-CN":"\u6700\u8FD1\u4E00\u6B21\u4EFF\u5192\u5E94\u7528\u76D1\u6D4B\uFF08distribution.counterfeitMonitoring.lastScan\uFF1A\`{vars.date}\`\uFF09\u7F3A\u5931\u3001\u65E5\u671F\u665A\u4E8E\u4ECA\u5929\uFF0C\u6216\u5DF2\u8D85\u8FC7 {params.counterfeitScanDays} \u5929\u3002"},"severity":"error","stageSeverity":{"pr":"warning"},"articles":[9],"stages":["pr","release"],"assert":"recent(manifest.?distribution.?counterfeitMonitoring.?lastScan.orValue(''), params.counterfeitScanDays)","vars":{"date":"manifest.?distribution.?counterfeitMonitoring.?lastScan.orValue('\u2014')"},"at":"/distribution/counterfeitMonitoring/lastScan","rationale":{"en":"Art. 9 requires institutions to strengthen monitoring and investigation of counterfeit mobile apps, publicly clarify and report to the NFRA when they are found.","zh-CN":"\u901A\u77E5\u7B2C\u4E5D\u6761\u8981\u6C42\u52A0\u5F3A\u5BF9\u4EFF\u5192\u79FB\u52A8\u5E94\u7528\u7684\u76D1\u6D4B\u6392\u67E5\uFF0C\u53D1\u73B0\u4EFF\u5192\u5E94\u7528\u5E94\u53CA\u65F6\u516C\u5F00\u6F84\u6E05\u5E76\u5411\u56FD\u5BB6\u91D1\u878D\u76D1\u7763\u7BA1\u7406\u603B\u5C40\u6216\u5176\u6D3E\u51FA\u673A\u6784\u62A5\u544A\u3002"},"remediation":{"en":"Scan app stores and the web for counterfeits (in house or through a provider) and record distribution.counterfeitMonitoring.lastScan.","zh-CN":"\u81EA\u884C\u6216\u59D4\u6258\u670D\u52A1\u5546\u5BF9\u5E94\u7528\u5546\u5E97\u548C\u4E92\u8054\u7F51\u5F00\u5C55\u4EFF\u5192\u5E94\u7528\u76D1\u6D4B\uFF0C\u5E76\u767B\u8BB0 distribution.counterfeitMonitoring.lastScan\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/data-flow-cross-border-consent.yaml","value":{"id":"nfra/data-flow-cross-border-consent","title":{"en":"Cross-border data flows rest on separate consent","zh-CN":"\u51FA\u5883\u6570\u636E\u6D41\u53D6\u5F97\u4E2A\u4EBA\u5355\u72EC\u540C\u610F"},"message":{"en":"Data flow \\"{item.name}\\" leaves mainland China (crossBorder: true) on general consent (legalBasis: consent); a cross-border transfer based on consent needs the individual's separate consent (legalBasis: separate-consent).","zh-CN":"\u6570\u636E\u6D41\u201C{item.name}\u201D\u5411\u5883\u5916\u63D0\u4F9B\u4E2A\u4EBA\u4FE1\u606F\uFF08\`crossBorder: true\`\uFF09\uFF0C\u4F46\u5904\u7406\u4F9D\u636E\u4EC5\u4E3A\u4E00\u822C\u540C\u610F\uFF08\`legalBasis: consent\`\uFF09\uFF1B\u57FA\u4E8E\u540C\u610F\u51FA\u5883\u7684\uFF0C\u987B\u53D6\u5F97\u4E2A\u4EBA\u7684\u5355\u72EC\u540C\u610F\uFF08\`legalBasis: separate-consent\`\uFF09\u3002"},"severity":"error","articles":[13,16],"stages":["pr","release"],"each":"manifest.?dataFlows.orValue([])","assert":"item.?crossBorder.orValue(false) != true || item.?legalBasis.orValue('') != 'consent'","at":"/dataFlows/{index}/legalBasis","subject":"dataflow:{item.name}","rationale":{"en":"Art. 13 requires data security measures against leakage and art. 16 lawful, legitimate and necessary processing of personal information. The Personal Information Protection Law (art. 39) requires the individual's separate consent before personal information is provided outside mainland China, after telling them the recipient, purpose, means, data types and how to exercise their rights; consent given with the rest of the privacy policy is not enough. Other legal bases of PIPL art. 13(2)\u2013(7) (contract, legal obligation, ...) need no consent.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E09\u6761\u8981\u6C42\u91C7\u53D6\u6570\u636E\u5B89\u5168\u9632\u62A4\u63AA\u65BD\u3001\u9632\u8303\u6570\u636E\u6CC4\u9732\uFF0C\u7B2C\u5341\u516D\u6761\u8981\u6C42\u6309\u7167\u201C\u5408\u6CD5\u3001\u6B63\u5F53\u3001\u5FC5\u8981\u201D\u539F\u5219\u5904\u7406\u4E2A\u4EBA\u4FE1\u606F\u3002\u300A\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u6CD5\u300B\u7B2C\u4E09\u5341\u4E5D\u6761\u89C4\u5B9A\uFF0C\u5411\u5883\u5916\u63D0\u4F9B\u4E2A\u4EBA\u4FE1\u606F\u7684\uFF0C\u5E94\u5F53\u5411\u4E2A\u4EBA\u544A\u77E5\u5883\u5916\u63A5\u6536\u65B9\u3001\u5904\u7406\u76EE\u7684\u3001\u5904\u7406\u65B9\u5F0F\u3001\u4E2A\u4EBA\u4FE1\u606F\u79CD\u7C7B\u53CA\u884C\u4F7F\u6743\u5229\u7684\u65B9\u5F0F\uFF0C\u5E76\u53D6\u5F97\u4E2A\u4EBA\u7684\u5355\u72EC\u540C\u610F\uFF1B\u968F\u9690\u79C1\u653F\u7B56\u4E00\u5E76\u53D6\u5F97\u7684\u540C\u610F\u4E0D\u8DB3\u4EE5\u652F\u6301\u51FA\u5883\u3002\u4F9D\u636E\u7B2C\u5341\u4E09\u6761\u7B2C\u4E8C\u9879\u81F3\u7B2C\u4E03\u9879\uFF08\u5408\u540C\u3001\u6CD5\u5B9A\u4E49\u52A1\u7B49\uFF09\u5904\u7406\u7684\uFF0C\u65E0\u9700\u53D6\u5F97\u540C\u610F\u3002"},"remediation":{"en":"Ask for the user's separate consent to the cross-border transfer (a dedicated prompt naming the overseas recipient) and set dataFlows[].legalBasis: separate-consent; or keep the data in mainland China and set crossBorder: false.","zh-CN":"\u5C31\u51FA\u5883\u5355\u72EC\u5F81\u5F97\u7528\u6237\u540C\u610F\uFF08\u4EE5\u5355\u72EC\u5F39\u7A97\u7B49\u65B9\u5F0F\u544A\u77E5\u5883\u5916\u63A5\u6536\u65B9\uFF09\uFF0C\u5E76\u5C06 \`dataFlows[].legalBasis\` \u8BBE\u4E3A \`separate-consent\`\uFF1B\u6216\u5C06\u6570\u636E\u7559\u5B58\u5728\u5883\u5185\uFF0C\u5E76\u5C06 \`crossBorder\` \u8BBE\u4E3A \`false\`\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/data-flow-encryption.yaml","value":{"id":"nfra/data-flow-encryption","title":{"en":"C2/C3 data encrypted in transit","zh-CN":"C2/C3 \u7EA7\u6570\u636E\u4F20\u8F93\u52A0\u5BC6"},"message":{"en":"Data flow \\"{item.name}\\" carries {item.sensitivity} data but is not declared encrypted in transit.","zh-CN":"\u6570\u636E\u6D41\u201C{item.name}\u201D\u5305\u542B {item.sensitivity} \u7EA7\u6570\u636E\uFF0C\u4F46\u672A\u58F0\u660E\u4F20\u8F93\u52A0\u5BC6\u3002"},"severity":"error","articles":[12,13],"stages":["pr","release"],"each":"manifest.?dataFlows.orValue([])","assert":"!(item.?sensitivity.orValue('') in ['C2', 'C3']) || item.?encryptedInTransit.orValue(false) == true","at":"/dataFlows/{index}/encryptedInTransit","subject":"dataflow:{item.name}","rationale":{"en":"Art. 12 requires encryption for data transmission; JR/T 0171-2020 classes C2 and C3 personal financial information as needing protection in transit.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E8C\u6761\u8981\u6C42\u6570\u636E\u4F20\u8F93\u91C7\u7528\u52A0\u5BC6\u65B9\u5F0F\uFF1BJR/T 0171-2020 \u8981\u6C42\u5BF9 C2\u3001C3 \u7C7B\u4E2A\u4EBA\u91D1\u878D\u4FE1\u606F\u5728\u4F20\u8F93\u4E2D\u52A0\u4EE5\u4FDD\u62A4\u3002"},"remediation":{"en":"Send the data over TLS 1.2+ only and set dataFlows[].encryptedInTransit: true.","zh-CN":"\u4EC5\u901A\u8FC7 TLS 1.2 \u53CA\u4EE5\u4E0A\u534F\u8BAE\u4F20\u8F93\u8BE5\u6570\u636E\uFF0C\u5E76\u8BBE\u7F6E \`dataFlows[].encryptedInTransit: true\`\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/data-flow-legal-basis.yaml","value":{"id":"nfra/data-flow-legal-basis","title":{"en":"Data flow legal basis declared","zh-CN":"\u5DF2\u8BF4\u660E\u6570\u636E\u6D41\u7684\u5408\u6CD5\u6027\u57FA\u7840"},"message":{"en":"Data flow \\"{item.name}\\" does not declare its legal basis (dataFlows[{index}].legalBasis).","zh-CN":"\u6570\u636E\u6D41\u201C{item.name}\u201D\u672A\u8BF4\u660E\u5904\u7406\u7684\u5408\u6CD5\u6027\u57FA\u7840\uFF08dataFlows[{index}].legalBasis\uFF09\u3002"},"severity":"error","articles":[16],"stages":["pr","release"],"each":"manifest.?dataFlows.orValue([])","assert":"filled(item.?legalBasis.orValue(''))","at":"/dataFlows/{index}/legalBasis","subject":"dataflow:{item.name}","rationale":{"en":"Art. 16 requires a personal information protection system: collecting personal information lawfully, legitimately and only as necessary, telling users its purpose, use and protection, and disclosing complaint channels.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u516D\u6761\u8981\u6C42\u5EFA\u7ACB\u79FB\u52A8\u5E94\u7528\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u5236\u5EA6\uFF0C\u6309\u7167\u201C\u5408\u6CD5\u3001\u6B63\u5F53\u3001\u5FC5\u8981\u201D\u539F\u5219\u6536\u96C6\u4E2A\u4EBA\u4FE1\u606F\uFF0C\u544A\u77E5\u7528\u6237\u4E2A\u4EBA\u4FE1\u606F\u7684\u6536\u96C6\u76EE\u7684\u3001\u7528\u9014\u548C\u4FDD\u62A4\u63AA\u65BD\uFF0C\u516C\u5F00\u6295\u8BC9\u6E20\u9053\u4FE1\u606F\u3002"},"remediation":{"en":"Add dataFlows[].legalBasis (consent, contract, legal-obligation, ...), as in the Personal Information Protection Law art. 13.","zh-CN":"\u8865\u5145 \`dataFlows[].legalBasis\`\uFF08\u5982 \`consent\` \u4E2A\u4EBA\u540C\u610F\u3001\`separate-consent\` \u5355\u72EC\u540C\u610F\u3001\`contract\` \u5408\u540C\u6240\u5FC5\u9700\u3001\`legal-obligation\` \u6CD5\u5B9A\u4E49\u52A1\uFF09\uFF0C\u53C2\u7167\u300A\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u6CD5\u300B\u7B2C\u5341\u4E09\u6761\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/data-flow-necessary.yaml","value":{"id":"nfra/data-flow-necessary","title":{"en":"Data flow necessity declared","zh-CN":"\u5DF2\u58F0\u660E\u6570\u636E\u6D41\u662F\u5426\u5FC5\u8981"},"message":{"en":"Data flow \\"{item.name}\\" does not declare whether it is necessary for the basic service (dataFlows[{index}].necessary: true or false).","zh-CN":"\u6570\u636E\u6D41\u201C{item.name}\u201D\u672A\u58F0\u660E\u662F\u5426\u4E3A\u57FA\u672C\u4E1A\u52A1\u529F\u80FD\u6240\u5FC5\u9700\uFF08\`dataFlows[{index}].necessary\`\uFF1A\`true\` \u6216 \`false\`\uFF09\u3002"},"severity":"error","articles":[16],"stages":["pr","release"],"each":"manifest.?dataFlows.orValue([])","assert":"type(item.?necessary.orValue(null)) == bool","at":"/dataFlows/{index}/necessary","subject":"dataflow:{item.name}","rationale":{"en":"Art. 16 requires personal information to be collected on the principles of legality, legitimacy and necessity; the CAC necessary-information rules forbid refusing basic service when users decline non-necessary information.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u516D\u6761\u8981\u6C42\u6309\u7167\u201C\u5408\u6CD5\u3001\u6B63\u5F53\u3001\u5FC5\u8981\u201D\u539F\u5219\u6536\u96C6\u4E2A\u4EBA\u4FE1\u606F\uFF1B\u7F51\u4FE1\u529E\u300A\u5E38\u89C1\u7C7B\u578B\u79FB\u52A8\u4E92\u8054\u7F51\u5E94\u7528\u7A0B\u5E8F\u5FC5\u8981\u4E2A\u4EBA\u4FE1\u606F\u8303\u56F4\u89C4\u5B9A\u300B\u7981\u6B62\u56E0\u7528\u6237\u4E0D\u540C\u610F\u63D0\u4F9B\u975E\u5FC5\u8981\u4E2A\u4EBA\u4FE1\u606F\u800C\u62D2\u7EDD\u5176\u4F7F\u7528\u57FA\u672C\u529F\u80FD\u670D\u52A1\u3002"},"remediation":{"en":"Set dataFlows[].necessary: true only for information the basic service cannot work without; false otherwise.","zh-CN":"\u4EC5\u5BF9\u57FA\u672C\u4E1A\u52A1\u529F\u80FD\u5FC5\u4E0D\u53EF\u5C11\u7684\u4FE1\u606F\u8BBE\u7F6E \`dataFlows[].necessary: true\`\uFF0C\u5176\u4F59\u8BBE\u7F6E\u4E3A \`false\`\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/data-flow-purpose.yaml","value":{"id":"nfra/data-flow-purpose","title":{"en":"Data flow purpose declared","zh-CN":"\u5DF2\u8BF4\u660E\u6570\u636E\u6D41\u7684\u5904\u7406\u76EE\u7684"},"message":{"en":"Data flow \\"{item.name}\\" does not declare its purpose (dataFlows[{index}].purpose).","zh-CN":"\u6570\u636E\u6D41\u201C{item.name}\u201D\u672A\u8BF4\u660E\u5904\u7406\u76EE\u7684\uFF08dataFlows[{index}].purpose\uFF09\u3002"},"severity":"error","articles":[16],"stages":["pr","release"],"each":"manifest.?dataFlows.orValue([])","assert":"filled(item.?purpose.orValue(''))","at":"/dataFlows/{index}/purpose","subject":"dataflow:{item.name}","rationale":{"en":"Art. 16 requires a personal information protection system: collecting personal information lawfully, legitimately and only as necessary, telling users its purpose, use and protection, and disclosing complaint channels.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u516D\u6761\u8981\u6C42\u5EFA\u7ACB\u79FB\u52A8\u5E94\u7528\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u5236\u5EA6\uFF0C\u6309\u7167\u201C\u5408\u6CD5\u3001\u6B63\u5F53\u3001\u5FC5\u8981\u201D\u539F\u5219\u6536\u96C6\u4E2A\u4EBA\u4FE1\u606F\uFF0C\u544A\u77E5\u7528\u6237\u4E2A\u4EBA\u4FE1\u606F\u7684\u6536\u96C6\u76EE\u7684\u3001\u7528\u9014\u548C\u4FDD\u62A4\u63AA\u65BD\uFF0C\u516C\u5F00\u6295\u8BC9\u6E20\u9053\u4FE1\u606F\u3002"},"remediation":{"en":"Add dataFlows[].purpose, matching what the privacy policy tells users.","zh-CN":"\u8865\u5145 dataFlows[].purpose\uFF0C\u5E76\u4E0E\u9690\u79C1\u653F\u7B56\u4E2D\u544A\u77E5\u7528\u6237\u7684\u5185\u5BB9\u4E00\u81F4\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/dependency-repository-allowed.yaml","value":{"id":"nfra/dependency-repository-allowed","title":{"en":"Dependencies come from approved repositories","zh-CN":"\u4F9D\u8D56\u6765\u81EA\u7ECF\u6279\u51C6\u7684\u4ED3\u5E93"},"message":{"en":"{item.url} is a {item.kind} repository outside params.allowedRepositories{vars.http}{vars.more}.","zh-CN":"{item.url} \u662F\u672A\u5217\u5165 params.allowedRepositories \u7684 \`{item.kind}\` \u4ED3\u5E93{vars.httpZh}{vars.moreZh}\u3002"},"severity":"warning","articles":[7],"stages":["pr","release"],"each":"facts.?sdks.?repositories.orValue([])","assert":"item.url.startsWith('flatDir:') ||\\nitem.url.matches('^(file:|[$][{]?(rootDir|projectDir|rootProject[.]projectDir)|[.][.]?/)') ||\\n(!item.url.startsWith('http://') &&\\n (item.?name.orValue('') in params.allowedRepositories ||\\n  params.allowedRepositories.exists(a, a.contains('://') && (item.url == a || item.url.startsWith(a.endsWith('/') ? a : a + '/')))))","vars":{"http":"item.url.startsWith('http://') ? ', fetched over plain HTTP' : ''","httpZh":"item.url.startsWith('http://') ? '\uFF0C\u4E14\u901A\u8FC7\u660E\u6587 HTTP \u4E0B\u8F7D' : ''","more":"size(item.?locations.orValue([])) > 1 ? ' (declared in ' + string(size(item.locations)) + ' places)' : ''","moreZh":"size(item.?locations.orValue([])) > 1 ? '\uFF08\u5171\u5728 ' + string(size(item.locations)) + ' \u5904\u58F0\u660E\uFF09' : ''"},"subject":"{item.url}","rationale":{"en":"Art. 7 requires code management and security risk management of third-party components. An unreviewed repository (or one reached over HTTP) can serve altered artifacts to the build.","zh-CN":"\u901A\u77E5\u7B2C\u4E03\u6761\u8981\u6C42\u505A\u597D\u4EE3\u7801\u7BA1\u7406\u5E76\u5BF9\u7B2C\u4E09\u65B9\u7EC4\u4EF6\u5F00\u5C55\u5B89\u5168\u98CE\u9669\u7BA1\u7406\u3002\u672A\u7ECF\u5BA1\u6838\u7684\u4ED3\u5E93\uFF08\u6216\u7ECF HTTP \u8BBF\u95EE\u7684\u4ED3\u5E93\uFF09\u53EF\u80FD\u5411\u6784\u5EFA\u63D0\u4F9B\u88AB\u7BE1\u6539\u7684\u6784\u4EF6\u3002"},"remediation":{"en":"Use the approved repositories (or the institution's HTTPS mirror), or add this one to allowedRepositories in the institution's pack after review.","zh-CN":"\u6539\u7528\u7ECF\u6279\u51C6\u7684\u4ED3\u5E93\uFF08\u6216\u672C\u673A\u6784\u7684 HTTPS \u955C\u50CF\uFF09\uFF0C\u6216\u7ECF\u8BC4\u5BA1\u540E\u5C06\u5176\u52A0\u5165\u672C\u673A\u6784\u7B56\u7565\u5305\u7684 allowedRepositories\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/drill-fresh.yaml","value":{"id":"nfra/drill-fresh","title":{"en":"Emergency drill within 12 months","zh-CN":"\u5E94\u6025\u6F14\u7EC3\u5728\u6709\u6548\u671F\u5185"},"message":{"en":"The emergency drill (continuity.lastDrill) is missing, failed, dated in the future, or older than {params.freshnessDays} days (date: {vars.date}).","zh-CN":"\u5E94\u6025\u6F14\u7EC3\uFF08continuity.lastDrill\uFF09\u7F3A\u5931\u3001\u7ED3\u8BBA\u4E3A\u4E0D\u901A\u8FC7\u3001\u65E5\u671F\u665A\u4E8E\u4ECA\u5929\uFF0C\u6216\u5DF2\u8D85\u8FC7 {params.freshnessDays} \u5929\uFF08\u65E5\u671F\uFF1A\`{vars.date}\`\uFF09\u3002"},"severity":"error","stageSeverity":{"pr":"warning"},"articles":[15],"stages":["pr","release"],"assert":"fresh(manifest.?continuity.?lastDrill.orValue({}), params.freshnessDays)","vars":{"date":"manifest.?continuity.?lastDrill.?date.orValue('\u2014')"},"at":"/continuity/lastDrill","rationale":{"en":"Art. 15 requires business impact analysis, an emergency response mechanism, emergency plans and regular drills for mobile app business continuity.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E94\u6761\u8981\u6C42\u52A0\u5F3A\u79FB\u52A8\u5E94\u7528\u4E1A\u52A1\u8FDE\u7EED\u6027\u7BA1\u7406\u548C\u7A81\u53D1\u4E8B\u4EF6\u5E94\u6025\u7BA1\u7406\uFF0C\u5F00\u5C55\u4E1A\u52A1\u5F71\u54CD\u5206\u6790\uFF0C\u5EFA\u7ACB\u5E94\u6025\u5904\u7F6E\u673A\u5236\uFF0C\u5236\u5B9A\u5E94\u6025\u9884\u6848\u5E76\u5B9A\u671F\u6F14\u7EC3\u3002"},"remediation":{"en":"Run a drill of the emergency plan and record continuity.lastDrill \`{ date, result, report }\`.","zh-CN":"\u6309\u5E94\u6025\u9884\u6848\u5F00\u5C55\u6F14\u7EC3\uFF0C\u5E76\u767B\u8BB0 continuity.lastDrill \`{ date, result, report }\`\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/elderly-mode.yaml","value":{"id":"nfra/elderly-mode","title":{"en":"Elderly-friendly mode declared","zh-CN":"\u5DF2\u58F0\u660E\u9002\u8001\u5316\u6A21\u5F0F"},"message":{"en":"The manifest does not declare whether the app has an elderly-friendly mode (accessibility.elderlyMode: true or false).","zh-CN":"\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u672A\u58F0\u660E\u5E94\u7528\u662F\u5426\u63D0\u4F9B\u9002\u8001\u5316\u6A21\u5F0F\uFF08\`accessibility.elderlyMode\`\uFF1A\`true\` \u6216 \`false\`\uFF09\u3002"},"severity":"error","articles":[6],"stages":["pr","release"],"assert":"type(manifest.?accessibility.?elderlyMode.orValue(null)) == bool","at":"/accessibility/elderlyMode","rationale":{"en":"Art. 6 requires mobile apps to meet requirements for ageing-friendliness (\u9002\u8001\u5316) and protection of minors and not to impose discriminatory restrictions.","zh-CN":"\u901A\u77E5\u7B2C\u516D\u6761\u8981\u6C42\u79FB\u52A8\u5E94\u7528\u6EE1\u8DB3\u9002\u8001\u5316\u548C\u672A\u6210\u5E74\u4EBA\u4FDD\u62A4\u7B49\u8981\u6C42\uFF0C\u4E0D\u5F97\u6709\u6B67\u89C6\u6027\u9650\u5236\u3002"},"remediation":{"en":"Set accessibility.elderlyMode to true once the app has an elderly-friendly mode (large fonts, simplified flows), or false while it has none.","zh-CN":"\u5E94\u7528\u5177\u5907\u9002\u8001\u5316\u6A21\u5F0F\uFF08\u5927\u5B57\u4F53\u3001\u7B80\u5316\u6D41\u7A0B\u7B49\uFF09\u540E\u5C06 \`accessibility.elderlyMode\` \u8BBE\u4E3A \`true\`\uFF1B\u5C1A\u672A\u5177\u5907\u65F6\u8BBE\u4E3A \`false\`\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/emergency-plan.yaml","value":{"id":"nfra/emergency-plan","title":{"en":"Emergency plan linked","zh-CN":"\u5DF2\u5236\u5B9A\u5E94\u6025\u9884\u6848"},"message":{"en":"The manifest links no emergency plan (continuity.emergencyPlan.url).","zh-CN":"\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u672A\u63D0\u4F9B\u5E94\u6025\u9884\u6848\u94FE\u63A5\uFF08continuity.emergencyPlan.url\uFF09\u3002"},"severity":"error","articles":[15],"stages":["release"],"assert":"filled(manifest.?continuity.?emergencyPlan.?url.orValue(''))","at":"/continuity/emergencyPlan/url","rationale":{"en":"Art. 15 requires business impact analysis, an emergency response mechanism, emergency plans and regular drills for mobile app business continuity.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E94\u6761\u8981\u6C42\u52A0\u5F3A\u79FB\u52A8\u5E94\u7528\u4E1A\u52A1\u8FDE\u7EED\u6027\u7BA1\u7406\u548C\u7A81\u53D1\u4E8B\u4EF6\u5E94\u6025\u7BA1\u7406\uFF0C\u5F00\u5C55\u4E1A\u52A1\u5F71\u54CD\u5206\u6790\uFF0C\u5EFA\u7ACB\u5E94\u6025\u5904\u7F6E\u673A\u5236\uFF0C\u5236\u5B9A\u5E94\u6025\u9884\u6848\u5E76\u5B9A\u671F\u6F14\u7EC3\u3002"},"remediation":{"en":"Link the approved emergency plan in continuity.emergencyPlan { url, approvedAt }.","zh-CN":"\u5728 \`continuity.emergencyPlan { url, approvedAt }\` \u4E2D\u63D0\u4F9B\u5DF2\u6279\u51C6\u7684\u5E94\u6025\u9884\u6848\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/filing-number.yaml","value":{"id":"nfra/filing-number","title":{"en":"App filing number present and well-formed","zh-CN":"App \u5907\u6848\u53F7\u5B58\u5728\u4E14\u683C\u5F0F\u6B63\u786E"},"message":{"en":"The app filing number \\"{vars.number}\\" (filing.appFilingNumber) is missing or not of the form \u4EACICP\u590712345678\u53F7-5A.","zh-CN":"App \u5907\u6848\u53F7\u201C{vars.number}\u201D\uFF08filing.appFilingNumber\uFF09\u7F3A\u5931\u6216\u683C\u5F0F\u4E0D\u7B26\u5408\u201C\u4EACICP\u590712345678\u53F7-5A\u201D\u3002"},"severity":"error","stageSeverity":{"pr":"warning"},"articles":[11],"stages":["pr","release"],"assert":"string(manifest.?filing.?appFilingNumber.orValue('')).matches('^[\u4EAC\u6D25\u5180\u664B\u8499\u8FBD\u5409\u9ED1\u6CAA\u82CF\u6D59\u7696\u95FD\u8D63\u9C81\u8C6B\u9102\u6E58\u7CA4\u6842\u743C\u6E1D\u5DDD\u8D35\u4E91\u85CF\u9655\u7518\u9752\u5B81\u65B0]ICP\u5907[0-9]{8,10}\u53F7-[0-9]{1,4}A$')","vars":{"number":"manifest.?filing.?appFilingNumber.orValue('\u2014')"},"at":"/filing/appFilingNumber","rationale":{"en":"Art. 11 requires institutions to file their Internet information services and mobile apps as required by the cyberspace and industry-information authorities (MIIT app filing).","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E00\u6761\u8981\u6C42\u6309\u7167\u7F51\u4FE1\u548C\u5DE5\u4E1A\u548C\u4FE1\u606F\u5316\u90E8\u95E8\u8981\u6C42\u5F00\u5C55\u4E92\u8054\u7F51\u4FE1\u606F\u670D\u52A1\u548C\u79FB\u52A8\u4E92\u8054\u7F51\u5E94\u7528\u7A0B\u5E8F\u5907\u6848\u3002"},"remediation":{"en":"Complete the MIIT app filing and copy the number, which ends in \\"A\\" for apps, into filing.appFilingNumber.","zh-CN":"\u5B8C\u6210 App \u5907\u6848\uFF0C\u5E76\u5C06\u5907\u6848\u53F7\uFF08App \u5907\u6848\u53F7\u4EE5\u5B57\u6BCD\u201CA\u201D\u7ED3\u5C3E\uFF09\u586B\u5165 filing.appFilingNumber\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/hardcoded-credentials-in-tests.yaml","value":{"id":"nfra/hardcoded-credentials-in-tests","title":{"en":"No service tokens in test code","zh-CN":"\u6D4B\u8BD5\u4EE3\u7801\u4E2D\u65E0\u670D\u52A1\u4EE4\u724C"},"message":{"en":"{vars.what} is written in test code: {item.preview}.","zh-CN":"\u6D4B\u8BD5\u4EE3\u7801\u4E2D\u5199\u5165\u4E86{vars.whatZh}\uFF1A\`{item.preview}\`\u3002"},"severity":"warning","articles":[13],"stages":["pr","release"],"each":"facts.?secrets.?findings.orValue([])","assert":"item.category != 'credential' || item.debug || !item.inTest","vars":{"what":"item.kind == 'assigned-secret' ? 'A credential assigned to \`' + item.name + '\`' :\\n(item.kind in params.credentialNames ? params.credentialNames[item.kind].en : 'A credential') +\\n(has(item.name) && item.name != '' ? ' (' + item.name + ')' : '')","whatZh":"item.kind == 'assigned-secret' ? '\u8D4B\u503C\u7ED9 \`' + item.name + '\` \u7684\u51ED\u636E' :\\n(item.kind in params.credentialNames ? params.credentialNames[item.kind]['zh-CN'] : '\u51ED\u636E') +\\n(has(item.name) && item.name != '' ? '\uFF08' + item.name + '\uFF09' : '')"},"subject":"{item.kind}:{item.name}","rationale":{"en":"Art. 13 requires measures against data leakage. A service's token in test code is readable by everyone with access to the repository, its forks and its build logs, like one in the app.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E09\u6761\u8981\u6C42\u9632\u8303\u6570\u636E\u6CC4\u9732\u3002\u6D4B\u8BD5\u4EE3\u7801\u4E2D\u7684\u670D\u52A1\u4EE4\u724C\u4E0E\u5E94\u7528\u4EE3\u7801\u4E2D\u7684\u4E00\u6837\uFF0C\u6240\u6709\u80FD\u8BBF\u95EE\u4ED3\u5E93\u3001\u5176\u5206\u652F\u53CA\u6784\u5EFA\u65E5\u5FD7\u7684\u4EBA\u90FD\u80FD\u8BFB\u53D6\u3002"},"remediation":{"en":"Remove the token and rotate it; give tests a fake value, or read a real one from the CI secret store when a test needs the service.","zh-CN":"\u5220\u9664\u8BE5\u4EE4\u724C\u5E76\u66F4\u6362\uFF1B\u6D4B\u8BD5\u4F7F\u7528\u865A\u6784\u503C\uFF0C\u786E\u9700\u8BBF\u95EE\u8BE5\u670D\u52A1\u7684\u6D4B\u8BD5\u6539\u4ECE CI \u5BC6\u94A5\u5E93\u8BFB\u53D6\u771F\u5B9E\u503C\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/hardcoded-credentials.yaml","value":{"id":"nfra/hardcoded-credentials","title":{"en":"No hard-coded passwords or tokens","zh-CN":"\u65E0\u786C\u7F16\u7801\u7684\u5BC6\u7801\u6216\u4EE4\u724C"},"message":{"en":"{vars.what} is written in the source: {item.preview}.","zh-CN":"\u6E90\u7801\u4E2D\u5199\u5165\u4E86{vars.whatZh}\uFF1A\`{item.preview}\`\u3002"},"severity":"error","articles":[8,13],"stages":["pr","release"],"each":"facts.?secrets.?findings.orValue([])","assert":"item.category != 'credential' || item.debug || item.inTest","vars":{"what":"item.kind == 'assigned-secret' ? 'A credential assigned to \`' + item.name + '\`' :\\n(item.kind in params.credentialNames ? params.credentialNames[item.kind].en : 'A credential') +\\n(has(item.name) && item.name != '' ? ' (' + item.name + ')' : '')","whatZh":"item.kind == 'assigned-secret' ? '\u8D4B\u503C\u7ED9 \`' + item.name + '\` \u7684\u51ED\u636E' :\\n(item.kind in params.credentialNames ? params.credentialNames[item.kind]['zh-CN'] : '\u51ED\u636E') +\\n(has(item.name) && item.name != '' ? '\uFF08' + item.name + '\uFF09' : '')"},"subject":"{item.kind}:{item.name}","rationale":{"en":"Art. 13 requires measures against data leakage; art. 8 covers the release and signing chain. A password or token in the source is readable by everyone with access to the repository, its forks and its build logs, and often by anyone who unpacks the app.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E09\u6761\u8981\u6C42\u9632\u8303\u6570\u636E\u6CC4\u9732\uFF0C\u7B2C\u516B\u6761\u6D89\u53CA\u53D1\u5E03\u4E0E\u7B7E\u540D\u73AF\u8282\u3002\u5199\u5728\u6E90\u7801\u4E2D\u7684\u5BC6\u7801\u6216\u4EE4\u724C\uFF0C\u6240\u6709\u80FD\u8BBF\u95EE\u4ED3\u5E93\u3001\u5176\u5206\u652F\u53CA\u6784\u5EFA\u65E5\u5FD7\u7684\u4EBA\u90FD\u80FD\u8BFB\u53D6\uFF0C\u5F80\u5F80\u89E3\u5305\u5E94\u7528\u5373\u53EF\u83B7\u5F97\u3002"},"remediation":{"en":"Remove the value, rotate it, and read it at build time from the CI secret store or an untracked properties file (System.getenv, keystore.properties in .gitignore).","zh-CN":"\u5220\u9664\u8BE5\u503C\u5E76\u66F4\u6362\uFF0C\u6784\u5EFA\u65F6\u6539\u4ECE\u6301\u7EED\u96C6\u6210\uFF08CI\uFF09\u5BC6\u94A5\u5E93\u6216\u672A\u7EB3\u5165\u7248\u672C\u7BA1\u7406\u7684\u914D\u7F6E\u6587\u4EF6\u8BFB\u53D6\uFF08System.getenv\u3001\u5DF2\u52A0\u5165 \`.gitignore\` \u7684 keystore.properties\uFF09\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/harmonyos-api-matches-build.yaml","value":{"id":"nfra/harmonyos-api-matches-build","title":{"en":"Declared HarmonyOS API levels match the build","zh-CN":"\u58F0\u660E\u7684 HarmonyOS API \u7EA7\u522B\u4E0E\u6784\u5EFA\u914D\u7F6E\u4E00\u81F4"},"message":{"en":"{item.key} is {item.value} (API {item.apiLevel}) in {item.file}, but the manifest declares compatibility.harmonyos.{vars.field}: {vars.declared}.","zh-CN":"{item.file} \u4E2D {item.key} \u4E3A {item.value}\uFF08API {item.apiLevel}\uFF09\uFF0C\u4F46\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u58F0\u660E\u7684 compatibility.harmonyos.{vars.field} \u4E3A {vars.declared}\u3002"},"severity":"error","articles":[10],"stages":["pr","release"],"each":"facts.?harmonyos.?sdkVersions.orValue([])","assert":"!(item.key in ['compatibleSdkVersion', 'targetSdkVersion']) || !has(item.apiLevel) ||\\ncel.bind(field, item.key == 'compatibleSdkVersion' ? 'minimumApi' : 'targetApi',\\n  !manifest.?compatibility.?harmonyos[?field].hasValue() || string(manifest.compatibility.harmonyos[field]) == string(item.apiLevel))","vars":{"field":"item.key == 'compatibleSdkVersion' ? 'minimumApi' : 'targetApi'","declared":"manifest.?compatibility.?harmonyos[?(item.key == 'compatibleSdkVersion' ? 'minimumApi' : 'targetApi')].orValue('?')"},"subject":"{item.key}:{item.product}","rationale":{"en":"Art. 10 requires compatibility management and testing against the operating system versions the app supports. The ledger's API levels must be the ones the app is built with.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u6761\u8981\u6C42\u52A0\u5F3A\u517C\u5BB9\u9002\u914D\u7BA1\u7406\u5E76\u5F00\u5C55\u517C\u5BB9\u6027\u6D4B\u8BD5\u3002\u53F0\u8D26\u4E2D\u7684 API \u7EA7\u522B\u5FC5\u987B\u4E0E\u5E94\u7528\u5B9E\u9645\u6784\u5EFA\u914D\u7F6E\u4E00\u81F4\u3002"},"remediation":{"en":"Update compatibility.harmonyos in mobile-app.yaml, or build-profile.json5, so that both say the same.","zh-CN":"\u66F4\u65B0 mobile-app.yaml \u4E2D\u7684 compatibility.harmonyos \u6216 build-profile.json5\uFF0C\u4F7F\u4E24\u8005\u4E00\u81F4\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/harmonyos-bundle-name.yaml","value":{"id":"nfra/harmonyos-bundle-name","title":{"en":"app.id is the HarmonyOS bundle name","zh-CN":"app.id \u4E0E HarmonyOS bundleName \u4E00\u81F4"},"message":{"en":"app.id \\"{vars.appId}\\" is not the bundleName \\"{item.value}\\" of AppScope/app.json5.","zh-CN":"app.id\u201C{vars.appId}\u201D\u4E0E AppScope/app.json5 \u4E2D\u7684 bundleName\u201C{item.value}\u201D\u4E0D\u4E00\u81F4\u3002"},"severity":"error","articles":[2],"stages":["pr","release"],"when":"filled(manifest.?app.?id.orValue(''))","each":"facts.?harmonyos.?app.?bundleName.hasValue() ? [facts.harmonyos.app.bundleName] : []","assert":"manifest.app.id == item.value","vars":{"appId":"manifest.app.id"},"subject":"app.id","rationale":{"en":"Art. 2 requires a ledger of the institution's mobile apps. The ledger entry identifies the app by its bundle name; if it differs from what is built, filings, store records and counterfeit monitoring follow the wrong app.","zh-CN":"\u901A\u77E5\u7B2C\u4E8C\u6761\u8981\u6C42\u5EFA\u7ACB\u79FB\u52A8\u5E94\u7528\u53F0\u8D26\u3002\u53F0\u8D26\u4EE5 bundleName \u6807\u8BC6\u5E94\u7528\uFF1B\u82E5\u4E0E\u5B9E\u9645\u6784\u5EFA\u4E0D\u4E00\u81F4\uFF0C\u5907\u6848\u3001\u5E94\u7528\u5546\u5E97\u8BB0\u5F55\u548C\u4EFF\u5192\u76D1\u6D4B\u90FD\u4F1A\u5BF9\u5E94\u5230\u9519\u8BEF\u7684\u5E94\u7528\u3002"},"remediation":{"en":"Set app.id to app.bundleName of AppScope/app.json5, or fix the bundle name.","zh-CN":"\u5C06 app.id \u8BBE\u4E3A AppScope/app.json5 \u4E2D\u7684 app.bundleName\uFF0C\u6216\u4FEE\u6B63 bundleName\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/ios-ats-arbitrary-loads.yaml","value":{"id":"nfra/ios-ats-arbitrary-loads","title":{"en":"App Transport Security is not switched off","zh-CN":"\u672A\u5173\u95ED App \u4F20\u8F93\u5B89\u5168\uFF08ATS\uFF09"},"message":{"en":"NSAllowsArbitraryLoads is true: App Transport Security is off for every connection of the app.","zh-CN":"\`NSAllowsArbitraryLoads\` \u4E3A \`true\`\uFF1A\u5E94\u7528\u7684\u6240\u6709\u8FDE\u63A5\u5747\u5173\u95ED\u4E86 App \u4F20\u8F93\u5B89\u5168\uFF08ATS\uFF09\u3002"},"severity":"error","articles":[12],"stages":["pr","release"],"each":"facts.?ios.?infoPlists.orValue([])\\n  .filter(p, !p.inTest && has(p.ats) && has(p.ats.allowsArbitraryLoads))\\n  .map(p, p.ats.allowsArbitraryLoads)","assert":"item.value != true","subject":"NSAllowsArbitraryLoads","rationale":{"en":"Art. 12 requires encryption for data transmission. NSAllowsArbitraryLoads allows plain HTTP and weak TLS to any server.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E8C\u6761\u8981\u6C42\u5BF9\u6570\u636E\u4F20\u8F93\u91C7\u53D6\u52A0\u5BC6\u63AA\u65BD\u3002NSAllowsArbitraryLoads \u5141\u8BB8\u4EE5\u660E\u6587 HTTP \u6216\u5F31 TLS \u8FDE\u63A5\u4EFB\u610F\u670D\u52A1\u5668\u3002"},"remediation":{"en":"Remove NSAllowsArbitraryLoads from NSAppTransportSecurity; serve every endpoint over TLS 1.2+ and, if one host truly cannot, add a narrow NSExceptionDomains entry with a waiver.","zh-CN":"\u4ECE NSAppTransportSecurity \u4E2D\u5220\u9664 NSAllowsArbitraryLoads\uFF1B\u6240\u6709\u63A5\u53E3\u4F7F\u7528 TLS 1.2 \u53CA\u4EE5\u4E0A\uFF0C\u786E\u6709\u4E3B\u673A\u65E0\u6CD5\u652F\u6301\u65F6\uFF0C\u4EC5\u4E3A\u5176\u6DFB\u52A0\u8303\u56F4\u6700\u5C0F\u7684 NSExceptionDomains \u4F8B\u5916\u5E76\u529E\u7406\u8C41\u514D\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/ios-ats-insecure-exception.yaml","value":{"id":"nfra/ios-ats-insecure-exception","title":{"en":"No ATS exception allows plain HTTP","zh-CN":"ATS \u4F8B\u5916\u4E0D\u5141\u8BB8\u660E\u6587 HTTP"},"message":{"en":"The ATS exception for \\"{item.domain}\\" allows insecure HTTP loads ({vars.key}).","zh-CN":"\u9488\u5BF9\u201C{item.domain}\u201D\u7684 ATS \u4F8B\u5916\u5141\u8BB8\u4E0D\u5B89\u5168\u7684 HTTP \u52A0\u8F7D\uFF08{vars.key}\uFF09\u3002"},"severity":"error","articles":[12],"stages":["pr","release"],"each":"flatten(facts.?ios.?infoPlists.orValue([]).filter(p, !p.inTest && has(p.ats)).map(p, p.ats.exceptionDomains))","assert":"item.domain in ['localhost', '127.0.0.1', '::1'] || item.domain.startsWith('127.') ||\\n(item.?allowsInsecureHTTPLoads.?value.orValue(false) != true && item.?thirdPartyAllowsInsecureHTTPLoads.?value.orValue(false) != true)","vars":{"key":"item.?allowsInsecureHTTPLoads.?value.orValue(false) == true ? 'NSExceptionAllowsInsecureHTTPLoads' : 'NSThirdPartyExceptionAllowsInsecureHTTPLoads'"},"subject":"{item.domain}","rationale":{"en":"Art. 12 requires encryption for data transmission. An exception domain with NSExceptionAllowsInsecureHTTPLoads (or the third-party variant) is reached over plain HTTP.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E8C\u6761\u8981\u6C42\u5BF9\u6570\u636E\u4F20\u8F93\u91C7\u53D6\u52A0\u5BC6\u63AA\u65BD\u3002\u8BBE\u7F6E\u4E86 NSExceptionAllowsInsecureHTTPLoads\uFF08\u6216\u7B2C\u4E09\u65B9\u53D8\u4F53\uFF09\u7684\u4F8B\u5916\u57DF\u540D\u5C06\u901A\u8FC7\u660E\u6587 HTTP \u8BBF\u95EE\u3002"},"remediation":{"en":"Serve the domain over HTTPS and remove the insecure-loads key from its NSExceptionDomains entry.","zh-CN":"\u5C06\u8BE5\u57DF\u540D\u6539\u4E3A HTTPS \u8BBF\u95EE\uFF0C\u5E76\u4ECE\u5176 NSExceptionDomains \u6761\u76EE\u4E2D\u5220\u9664\u5141\u8BB8\u4E0D\u5B89\u5168\u52A0\u8F7D\u7684\u914D\u7F6E\u9879\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/ios-ats-min-tls.yaml","value":{"id":"nfra/ios-ats-min-tls","title":{"en":"ATS exceptions keep TLS 1.2 or later","zh-CN":"ATS \u4F8B\u5916\u4E0D\u4F4E\u4E8E TLS 1.2"},"message":{"en":"The ATS exception for \\"{item.domain}\\" lowers the minimum TLS version to {item.version}.","zh-CN":"\u9488\u5BF9\u201C{item.domain}\u201D\u7684 ATS \u4F8B\u5916\u5C06\u6700\u4F4E TLS \u7248\u672C\u964D\u81F3 {item.version}\u3002"},"severity":"error","articles":[12],"stages":["pr","release"],"each":"flatten(facts.?ios.?infoPlists.orValue([]).filter(p, !p.inTest && has(p.ats)).map(p,\\n  p.ats.exceptionDomains.filter(d, has(d.minimumTLSVersion)).map(d,\\n    {'domain': d.domain, 'version': string(d.minimumTLSVersion.value), 'location': d.minimumTLSVersion.location})))","assert":"!(item.version.lowerAscii() in ['tlsv1.0', 'tlsv1.1', 'tlsv1', 'sslv3'])","subject":"{item.domain}","rationale":{"en":"Art. 12 requires encryption for data transmission. TLS 1.0 and 1.1 are deprecated and have known weaknesses; the industry baseline is TLS 1.2.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E8C\u6761\u8981\u6C42\u5BF9\u6570\u636E\u4F20\u8F93\u91C7\u53D6\u52A0\u5BC6\u63AA\u65BD\u3002TLS 1.0 \u548C 1.1 \u5DF2\u88AB\u5F03\u7528\u4E14\u5B58\u5728\u5DF2\u77E5\u7F3A\u9677\uFF0C\u884C\u4E1A\u57FA\u7EBF\u4E3A TLS 1.2\u3002"},"remediation":{"en":"Remove NSExceptionMinimumTLSVersion (the default is TLSv1.2) or set it to TLSv1.2 or TLSv1.3, and upgrade the server.","zh-CN":"\u5220\u9664 NSExceptionMinimumTLSVersion\uFF08\u9ED8\u8BA4\u5373 TLSv1.2\uFF09\u6216\u5C06\u5176\u8BBE\u4E3A TLSv1.2\u3001TLSv1.3\uFF0C\u5E76\u5347\u7EA7\u670D\u52A1\u5668\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/ios-ats-web-media-loads.yaml","value":{"id":"nfra/ios-ats-web-media-loads","title":{"en":"ATS not relaxed for web content or media","zh-CN":"\u672A\u5BF9\u7F51\u9875\u5185\u5BB9\u6216\u5A92\u4F53\u653E\u5BBD ATS"},"message":{"en":"{item.key} is true: App Transport Security is off for {vars.what}.","zh-CN":"\`{item.key}\` \u4E3A \`true\`\uFF1A{vars.whatZh}\u5173\u95ED\u4E86 App \u4F20\u8F93\u5B89\u5168\uFF08ATS\uFF09\u3002"},"severity":"warning","articles":[12],"stages":["pr","release"],"each":"flatten(facts.?ios.?infoPlists.orValue([]).filter(p, !p.inTest && has(p.ats)).map(p,\\n  (has(p.ats.allowsArbitraryLoadsInWebContent) ? [{'key': 'NSAllowsArbitraryLoadsInWebContent', 'value': p.ats.allowsArbitraryLoadsInWebContent.value, 'location': p.ats.allowsArbitraryLoadsInWebContent.location}] : []) +\\n  (has(p.ats.allowsArbitraryLoadsForMedia) ? [{'key': 'NSAllowsArbitraryLoadsForMedia', 'value': p.ats.allowsArbitraryLoadsForMedia.value, 'location': p.ats.allowsArbitraryLoadsForMedia.location}] : [])))","assert":"item.value != true","vars":{"what":"item.key.endsWith('WebContent') ? 'pages loaded in WKWebView' : 'media loaded with AVFoundation'","whatZh":"item.key.endsWith('WebContent') ? 'WKWebView \u52A0\u8F7D\u7684\u7F51\u9875' : '\`AVFoundation\` \u52A0\u8F7D\u7684\u5A92\u4F53'"},"subject":"{item.key}","rationale":{"en":"Art. 12 requires encryption for data transmission. Web pages and media loaded without ATS can be read or replaced on the network; in a banking app a replaced page can phish the user.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E8C\u6761\u8981\u6C42\u5BF9\u6570\u636E\u4F20\u8F93\u91C7\u53D6\u52A0\u5BC6\u63AA\u65BD\u3002\u672A\u53D7 ATS \u4FDD\u62A4\u7684\u7F51\u9875\u548C\u5A92\u4F53\u53EF\u80FD\u5728\u7F51\u7EDC\u4E2D\u88AB\u7A83\u542C\u6216\u66FF\u6362\uFF1B\u5728\u91D1\u878D\u5E94\u7528\u4E2D\uFF0C\u88AB\u66FF\u6362\u7684\u7F51\u9875\u53EF\u7528\u4E8E\u9493\u9C7C\u3002"},"remediation":{"en":"Remove the key and load web content and media over HTTPS only.","zh-CN":"\u5220\u9664\u8BE5\u914D\u7F6E\u9879\uFF0C\u7F51\u9875\u5185\u5BB9\u548C\u5A92\u4F53\u4EC5\u901A\u8FC7 HTTPS \u52A0\u8F7D\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/ios-bundle-id.yaml","value":{"id":"nfra/ios-bundle-id","title":{"en":"app.id is the iOS bundle identifier","zh-CN":"app.id \u4E0E iOS \u5E94\u7528\u6807\u8BC6\uFF08\`PRODUCT_BUNDLE_IDENTIFIER\`\uFF09\u4E00\u81F4"},"message":{"en":"app.id \\"{vars.appId}\\" is not a bundle identifier this repository builds ({vars.ids}).","zh-CN":"app.id\u201C{vars.appId}\u201D\u4E0D\u662F\u672C\u4ED3\u5E93\u6784\u5EFA\u7684\u5E94\u7528\u6807\u8BC6\uFF08\`PRODUCT_BUNDLE_IDENTIFIER\`\uFF1A{vars.ids}\uFF09\u3002"},"severity":"error","articles":[2],"stages":["pr","release"],"when":"filled(manifest.?app.?id.orValue(''))","each":"cel.bind(ps, facts.?ios.?infoPlists.orValue([]).filter(p, !p.inTest && has(p.bundleIdentifier) && !p.bundleIdentifier.unresolved).map(p, p.bundleIdentifier),\\n  cel.bind(cs, flatten(facts.?ios.?projects.orValue([]).map(pr, pr.configurations.filter(c, has(c.bundleIdentifier) && !c.bundleIdentifier.unresolved).map(c, c.bundleIdentifier))),\\n    size(ps) + size(cs) == 0 ? [] : [{'location': (ps + cs)[0].location, 'ids': (ps + cs).map(b, b.value)}]))","assert":"manifest.app.id in item.ids","vars":{"appId":"manifest.app.id","ids":"item.ids"},"subject":"app.id","rationale":{"en":"Art. 2 requires a ledger of the institution's mobile apps. The ledger entry identifies the app by its bundle identifier; if it differs from what is built, filings, store records and counterfeit monitoring follow the wrong app.","zh-CN":"\u901A\u77E5\u7B2C\u4E8C\u6761\u8981\u6C42\u5EFA\u7ACB\u79FB\u52A8\u5E94\u7528\u53F0\u8D26\u3002\u53F0\u8D26\u4EE5\u5E94\u7528\u6807\u8BC6\uFF08\`PRODUCT_BUNDLE_IDENTIFIER\`\uFF09\u6807\u8BC6\u5E94\u7528\uFF1B\u82E5\u4E0E\u5B9E\u9645\u6784\u5EFA\u4E0D\u4E00\u81F4\uFF0C\u5907\u6848\u3001\u5E94\u7528\u5546\u5E97\u8BB0\u5F55\u548C\u4EFF\u5192\u76D1\u6D4B\u90FD\u4F1A\u5BF9\u5E94\u5230\u9519\u8BEF\u7684\u5E94\u7528\u3002"},"remediation":{"en":"Set app.id to the app target's PRODUCT_BUNDLE_IDENTIFIER, or fix the Xcode project.","zh-CN":"\u5C06 app.id \u8BBE\u4E3A\u5E94\u7528 \`target\` \u7684 \`PRODUCT_BUNDLE_IDENTIFIER\`\uFF0C\u6216\u4FEE\u6B63 Xcode \u5DE5\u7A0B\u914D\u7F6E\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/ios-min-version.yaml","value":{"id":"nfra/ios-min-version","title":{"en":"iOS minimum version at or above the supported floor","zh-CN":"iOS \u6700\u4F4E\u7248\u672C\u4E0D\u4F4E\u4E8E\u652F\u6301\u4E0B\u9650"},"message":{"en":"compatibility.ios.minimumVersion is \\"{manifest.compatibility.ios.minimumVersion}\\", below the institution's floor of iOS {params.minIosVersion}.","zh-CN":"compatibility.ios.minimumVersion \u4E3A\u201C{manifest.compatibility.ios.minimumVersion}\u201D\uFF0C\u4F4E\u4E8E\u672C\u673A\u6784\u89C4\u5B9A\u7684\u4E0B\u9650 iOS {params.minIosVersion}\u3002"},"severity":"warning","articles":[10,12],"stages":["pr","release"],"when":"'ios' in manifest.?app.?kinds.orValue([])","assert":"versionAtLeast(manifest.?compatibility.?ios.?minimumVersion.orValue(''), params.minIosVersion)","at":"/compatibility/ios/minimumVersion","rationale":{"en":"Art. 10 requires tracking OS upgrades and adapting apps; art. 12 requires regular security reinforcement. iOS versions below the floor no longer receive security updates.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u6761\u8981\u6C42\u8DDF\u8E2A\u64CD\u4F5C\u7CFB\u7EDF\u5347\u7EA7\u5E76\u505A\u597D\u9002\u914D\uFF0C\u7B2C\u5341\u4E8C\u6761\u8981\u6C42\u5B9A\u671F\u5F00\u5C55\u5B89\u5168\u52A0\u56FA\u3002\u4F4E\u4E8E\u4E0B\u9650\u7684 iOS \u7248\u672C\u5DF2\u4E0D\u518D\u83B7\u5F97\u5B89\u5168\u66F4\u65B0\u3002"},"remediation":{"en":"Raise the deployment target and compatibility.ios.minimumVersion (quote it: \\"15.0\\"), or lower the pack parameter minIosVersion.","zh-CN":"\u63D0\u9AD8\u90E8\u7F72\u76EE\u6807\u7248\u672C\u53CA compatibility.ios.minimumVersion\uFF08\u8BF7\u52A0\u5F15\u53F7\uFF0C\u5982 \\"15.0\\"\uFF09\uFF0C\u6216\u8C03\u4F4E\u7B56\u7565\u53C2\u6570 minIosVersion\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/ios-privacy-manifest.yaml","value":{"id":"nfra/ios-privacy-manifest","title":{"en":"iOS app has a privacy manifest","zh-CN":"iOS \u5E94\u7528\u5305\u542B\u9690\u79C1\u6E05\u5355"},"message":{"en":"The iOS app has no PrivacyInfo.xcprivacy of its own (privacy manifests inside vendored frameworks do not count).","zh-CN":"iOS \u5E94\u7528\u7F3A\u5C11\u81EA\u8EAB\u7684 PrivacyInfo.xcprivacy\uFF08\u7B2C\u4E09\u65B9\u6846\u67B6\u5185\u7684\u9690\u79C1\u6E05\u5355\u4E0D\u8BA1\u5165\uFF09\u3002"},"severity":"error","stageSeverity":{"pr":"warning"},"articles":[16],"stages":["pr","release"],"when":"'ios' in manifest.?app.?kinds.orValue([]) && facts.?ios.?present.orValue(false)","each":"cel.bind(ps, facts.ios.infoPlists.filter(p, !p.inTest),\\n  size(ps) > 0 ? [ps[0]] : (size(facts.ios.projects) > 0 ? [facts.ios.projects[0]] : []))","assert":"facts.ios.privacyManifests.exists(m, !m.file.matches('\\\\\\\\.(framework|xcframework|bundle)/'))","subject":"PrivacyInfo.xcprivacy","rationale":{"en":"Art. 16 requires users to be told the purpose, use and protection of personal information. On iOS the privacy manifest is that statement for the App Store's privacy label and for Apple's required-reason API review.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u516D\u6761\u8981\u6C42\u544A\u77E5\u7528\u6237\u4E2A\u4EBA\u4FE1\u606F\u7684\u6536\u96C6\u76EE\u7684\u3001\u7528\u9014\u548C\u4FDD\u62A4\u63AA\u65BD\u3002\u5728 iOS \u4E0A\uFF0C\u9690\u79C1\u6E05\u5355\u5373\u662F App Store \u9690\u79C1\u6807\u7B7E\u548C Apple \u5FC5\u9700\u7406\u7531 API \u5BA1\u6838\u6240\u4F9D\u636E\u7684\u8BF4\u660E\u3002"},"remediation":{"en":"Add PrivacyInfo.xcprivacy to the app target (Xcode: File > New > App Privacy) with the collected data types, tracking and required-reason APIs.","zh-CN":"\u5728\u5E94\u7528\u7684 \`target\` \u4E2D\u6DFB\u52A0\u9690\u79C1\u6E05\u5355 PrivacyInfo.xcprivacy\uFF08Xcode\uFF1A\`File > New > App Privacy\`\uFF09\uFF0C\u5199\u660E\u6536\u96C6\u7684\u6570\u636E\u7C7B\u578B\u3001\u8DDF\u8E2A\u60C5\u51B5\u548C\u5FC5\u9700\u7406\u7531 API\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/ios-privacy-reasons.yaml","value":{"id":"nfra/ios-privacy-reasons","title":{"en":"Required-reason API codes are valid","zh-CN":"\u5FC5\u9700\u7406\u7531 API \u7684\u7406\u7531\u4EE3\u7801\u6709\u6548"},"message":{"en":"Reason \\"{item.code}\\" is not an approved reason for {item.apiType}.","zh-CN":"\u7406\u7531\u4EE3\u7801\u201C{item.code}\u201D\u4E0D\u662F {item.apiType} \u7684\u6709\u6548\u7406\u7531\u3002"},"severity":"error","articles":[16],"stages":["pr","release"],"each":"flatten(facts.?ios.?privacyManifests.orValue([]).map(m, m.invalidReasons))","assert":"false","subject":"{item.apiType}:{item.code}","rationale":{"en":"Art. 16 requires accurate information about how personal information is used. Required-reason codes state why the app reads device data such as boot time or disk space; an invalid code is a false statement, and Apple rejects the build.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u516D\u6761\u8981\u6C42\u5982\u5B9E\u8BF4\u660E\u4E2A\u4EBA\u4FE1\u606F\u7684\u4F7F\u7528\u65B9\u5F0F\u3002\u5FC5\u9700\u7406\u7531\u4EE3\u7801\u8BF4\u660E\u5E94\u7528\u8BFB\u53D6\u5F00\u673A\u65F6\u95F4\u3001\u78C1\u76D8\u7A7A\u95F4\u7B49\u8BBE\u5907\u6570\u636E\u7684\u539F\u56E0\uFF1B\u65E0\u6548\u4EE3\u7801\u5373\u4E3A\u4E0D\u5B9E\u8BF4\u660E\uFF0CApple \u4E5F\u4F1A\u62D2\u7EDD\u8BE5\u7248\u672C\u3002"},"remediation":{"en":"Use one of Apple's approved reasons for the API category (e.g. C617.1, 35F9.1, E174.1, CA92.1), or stop using the API.","zh-CN":"\u4F7F\u7528 Apple \u4E3A\u8BE5 API \u7C7B\u522B\u89C4\u5B9A\u7684\u7406\u7531\u4EE3\u7801\uFF08\u5982 C617.1\u300135F9.1\u3001E174.1\u3001CA92.1\uFF09\uFF0C\u6216\u505C\u6B62\u4F7F\u7528\u8BE5 API\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/ios-privacy-tracking-purpose.yaml","value":{"id":"nfra/ios-privacy-tracking-purpose","title":{"en":"Tracking in the privacy manifest is a declared data flow","zh-CN":"\u9690\u79C1\u6E05\u5355\u4E2D\u7684\u8DDF\u8E2A\u884C\u4E3A\u6709\u5BF9\u5E94\u6570\u636E\u6D41"},"message":{"en":"{vars.file} sets NSPrivacyTracking to true, but no data flow has the purpose advertising or marketing.","zh-CN":"{vars.file} \u5C06 \`NSPrivacyTracking\` \u8BBE\u4E3A \`true\`\uFF0C\u4F46\u6CA1\u6709\u4EFB\u4F55\u6570\u636E\u6D41\u7684\u76EE\u7684\u4E3A \`advertising\`\uFF08\u7B2C\u4E09\u65B9\u5E7F\u544A\uFF09\u6216 \`marketing\`\uFF08\u672C\u673A\u6784\u8425\u9500\u63A8\u5E7F\uFF09\u3002"},"severity":"error","articles":[16],"stages":["pr","release"],"each":"facts.?ios.?privacyManifests.orValue([]).filter(m, has(m.tracking)).map(m, {'file': m.file, 'value': m.tracking.value, 'location': m.tracking.location})","assert":"item.value != true || manifest.?dataFlows.orValue([]).exists(f, f.?purpose.orValue('') in ['advertising', 'marketing'])","vars":{"file":"item.file"},"subject":"NSPrivacyTracking","rationale":{"en":"Art. 16 requires users to be told the purpose and use of personal information. An app (or SDK) that tracks users across apps must say so in the ledger's data flows and the privacy policy, not only in Apple's file.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u516D\u6761\u8981\u6C42\u544A\u77E5\u7528\u6237\u4E2A\u4EBA\u4FE1\u606F\u7684\u6536\u96C6\u76EE\u7684\u548C\u7528\u9014\u3002\u8DE8\u5E94\u7528\u8DDF\u8E2A\u7528\u6237\u7684\u5E94\u7528\uFF08\u6216 SDK\uFF09\u5E94\u5728\u53F0\u8D26\u6570\u636E\u6D41\u548C\u9690\u79C1\u653F\u7B56\u4E2D\u8BF4\u660E\uFF0C\u800C\u4E0D\u4EC5\u662F\u5728 Apple \u8981\u6C42\u7684\u9690\u79C1\u6E05\u5355\u4E2D\u3002"},"remediation":{"en":"Declare the tracking data flow (purpose: advertising or marketing, with its data, recipient and legal basis), or remove the tracking and set NSPrivacyTracking to false.","zh-CN":"\u7533\u62A5\u8BE5\u8DDF\u8E2A\u6570\u636E\u6D41\uFF08\`purpose\` \u4E3A \`advertising\` \u6216 \`marketing\`\uFF0C\u5E76\u5199\u660E\u6570\u636E\u3001\u63A5\u6536\u65B9\u548C\u5904\u7406\u4F9D\u636E\uFF09\uFF0C\u6216\u505C\u6B62\u8DDF\u8E2A\u5E76\u5C06 \`NSPrivacyTracking\` \u8BBE\u4E3A \`false\`\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/ios-version-matches-build.yaml","value":{"id":"nfra/ios-version-matches-build","title":{"en":"Declared iOS minimum version matches the deployment target","zh-CN":"\u58F0\u660E\u7684 iOS \u6700\u4F4E\u7248\u672C\u4E0E\u90E8\u7F72\u76EE\u6807\u4E00\u81F4"},"message":{"en":"The app's iOS deployment target is {item.value} ({group.count} build setting(s): {group.locations}), but the manifest declares compatibility.ios.minimumVersion: {vars.declared}.","zh-CN":"\u5E94\u7528\u7684 iOS \u90E8\u7F72\u76EE\u6807\u4E3A {item.value}\uFF08\u5171 {group.count} \u5904\u6784\u5EFA\u8BBE\u7F6E\uFF1A{group.locations}\uFF09\uFF0C\u4F46\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u58F0\u660E\u7684 compatibility.ios.minimumVersion \u4E3A {vars.declared}\u3002"},"severity":"error","articles":[10],"stages":["pr","release"],"each":"facts.?ios.?deploymentTargets.orValue([])","assert":"!(item.source in ['pbxproj', 'xcodegen']) || !has(manifest.compatibility) || !has(manifest.compatibility.ios) || !has(manifest.compatibility.ios.minimumVersion) ||\\n(versionAtLeast(item.value, manifest.compatibility.ios.minimumVersion) && versionAtLeast(manifest.compatibility.ios.minimumVersion, item.value))","vars":{"declared":"manifest.?compatibility.?ios.?minimumVersion.orValue('?')"},"subject":"{item.value}","groupBy":"{item.value}","rationale":{"en":"Art. 10 requires compatibility management and testing against the operating system versions the app supports. The ledger's minimum iOS version must be the one the app is built for.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u6761\u8981\u6C42\u52A0\u5F3A\u517C\u5BB9\u9002\u914D\u7BA1\u7406\u5E76\u5F00\u5C55\u517C\u5BB9\u6027\u6D4B\u8BD5\u3002\u53F0\u8D26\u4E2D\u7684 iOS \u6700\u4F4E\u7248\u672C\u5FC5\u987B\u4E0E\u5E94\u7528\u5B9E\u9645\u90E8\u7F72\u76EE\u6807\u4E00\u81F4\u3002"},"remediation":{"en":"Update compatibility.ios.minimumVersion, or IPHONEOS_DEPLOYMENT_TARGET in the Xcode project, so that both say the same.","zh-CN":"\u66F4\u65B0 compatibility.ios.minimumVersion \u6216 Xcode \u5DE5\u7A0B\u4E2D\u7684 IPHONEOS_DEPLOYMENT_TARGET\uFF0C\u4F7F\u4E24\u8005\u4E00\u81F4\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/lead-department.yaml","value":{"id":"nfra/lead-department","title":{"en":"Lead management department declared","zh-CN":"\u5DF2\u660E\u786E\u7275\u5934\u7BA1\u7406\u90E8\u95E8"},"message":{"en":"The manifest does not name the lead management department of the app (ownership.leadDepartment).","zh-CN":"\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u672A\u5199\u660E\u672C\u5E94\u7528\u7684\u7275\u5934\u7BA1\u7406\u90E8\u95E8\uFF08ownership.leadDepartment\uFF09\u3002"},"severity":"error","articles":[1],"stages":["pr","release"],"assert":"filled(manifest.?ownership.?leadDepartment.orValue(''))","at":"/ownership/leadDepartment","rationale":{"en":"Art. 1 requires institutions to clarify the leading management department for mobile applications and consolidate the management responsibilities of all parties.","zh-CN":"\u901A\u77E5\u7B2C\u4E00\u6761\u8981\u6C42\u91D1\u878D\u673A\u6784\u660E\u786E\u79FB\u52A8\u5E94\u7528\u7684\u7275\u5934\u7BA1\u7406\u90E8\u95E8\uFF0C\u52A0\u5F3A\u7EDF\u7B79\u7BA1\u7406\uFF0C\u538B\u5B9E\u5404\u65B9\u7BA1\u7406\u8D23\u4EFB\u3002"},"remediation":{"en":"Set ownership.leadDepartment to the department that leads the management of the institution's mobile applications (for example the Digital Banking Department).","zh-CN":"\u5728 ownership.leadDepartment \u4E2D\u586B\u5199\u8D1F\u8D23\u7EDF\u7B79\u7BA1\u7406\u672C\u673A\u6784\u79FB\u52A8\u5E94\u7528\u7684\u7275\u5934\u90E8\u95E8\uFF08\u4F8B\u5982\u6570\u5B57\u94F6\u884C\u90E8\uFF09\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/ledger-status.yaml","value":{"id":"nfra/ledger-status","title":{"en":"Ledger status is a known state","zh-CN":"\u53F0\u8D26\u72B6\u6001\u6709\u6548"},"message":{"en":"The app status \\"{manifest.app.status}\\" is not a ledger state: use planned, active, deprecated or retired.","zh-CN":"\u5E94\u7528\u72B6\u6001\u201C{manifest.app.status}\u201D\u4E0D\u662F\u6709\u6548\u7684\u53F0\u8D26\u72B6\u6001\uFF0C\u5E94\u4E3A \`planned\`\uFF08\u89C4\u5212\u4E2D\uFF09\u3001\`active\`\uFF08\u8FD0\u884C\u4E2D\uFF09\u3001\`deprecated\`\uFF08\u9010\u6B65\u4E0B\u7EBF\uFF09\u6216 \`retired\`\uFF08\u5DF2\u9000\u51FA\uFF09\u3002"},"severity":"error","articles":[2],"stages":["pr","release"],"assert":"manifest.?app.?status.orValue('') in ['planned', 'active', 'deprecated', 'retired']","at":"/app/status","rationale":{"en":"Art. 2 requires a mobile application ledger with access and exit mechanisms; every app must sit in a known state of that ledger.","zh-CN":"\u901A\u77E5\u7B2C\u4E8C\u6761\u8981\u6C42\u5EFA\u7ACB\u79FB\u52A8\u5E94\u7528\u53F0\u8D26\uFF0C\u5065\u5168\u51C6\u5165\u548C\u9000\u51FA\u673A\u5236\uFF1B\u6BCF\u4E2A\u5E94\u7528\u90FD\u5E94\u5904\u4E8E\u53F0\u8D26\u4E2D\u660E\u786E\u7684\u72B6\u6001\u3002"},"remediation":{"en":"Set app.status to planned, active, deprecated or retired.","zh-CN":"\u5C06 \`app.status\` \u8BBE\u7F6E\u4E3A \`planned\`\u3001\`active\`\u3001\`deprecated\` \u6216 \`retired\`\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/level-protection.yaml","value":{"id":"nfra/level-protection","title":{"en":"Cybersecurity level protection grade declared","zh-CN":"\u5DF2\u58F0\u660E\u7F51\u7EDC\u5B89\u5168\u7B49\u7EA7\u4FDD\u62A4\u7EA7\u522B"},"message":{"en":"The manifest does not declare the MLPS grade (security.levelProtection.level, 1\u20135).","zh-CN":"\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u672A\u58F0\u660E\u7F51\u7EDC\u5B89\u5168\u7B49\u7EA7\u4FDD\u62A4\u7EA7\u522B\uFF08security.levelProtection.level\uFF0C1\u20135\uFF09\u3002"},"severity":"error","articles":[12],"stages":["pr","release"],"assert":"manifest.?security.?levelProtection.?level.orValue(0) in [1, 2, 3, 4, 5]","at":"/security/levelProtection/level","rationale":{"en":"Art. 12 requires institutions to implement the national cybersecurity level protection system (MLPS) strictly.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E8C\u6761\u8981\u6C42\u4E25\u683C\u843D\u5B9E\u56FD\u5BB6\u7F51\u7EDC\u5B89\u5168\u7B49\u7EA7\u4FDD\u62A4\u5236\u5EA6\u3002"},"remediation":{"en":"Record the grade assigned to the system behind the app in security.levelProtection.level (most customer-facing banking apps are grade 3).","zh-CN":"\u5728 security.levelProtection.level \u4E2D\u767B\u8BB0\u5E94\u7528\u6240\u5C5E\u7CFB\u7EDF\u7684\u5B9A\u7EA7\uFF08\u9762\u5411\u5BA2\u6237\u7684\u94F6\u884C\u5E94\u7528\u901A\u5E38\u4E3A\u4E09\u7EA7\uFF09\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/minimum-supported-version.yaml","value":{"id":"nfra/minimum-supported-version","title":{"en":"Minimum supported app version declared","zh-CN":"\u5DF2\u58F0\u660E\u6700\u4F4E\u652F\u6301\u7248\u672C"},"message":{"en":"The manifest does not declare the minimum supported app version (distribution.minimumSupportedVersion).","zh-CN":"\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u672A\u58F0\u660E\u6700\u4F4E\u652F\u6301\u7684\u5E94\u7528\u7248\u672C\uFF08distribution.minimumSupportedVersion\uFF09\u3002"},"severity":"error","articles":[9],"stages":["release"],"assert":"filled(manifest.?distribution.?minimumSupportedVersion.orValue(''))","at":"/distribution/minimumSupportedVersion","rationale":{"en":"Art. 9 requires institutions to ensure the updating, maintenance and taking offline of outdated versions: that needs a declared oldest version still served.","zh-CN":"\u901A\u77E5\u7B2C\u4E5D\u6761\u8981\u6C42\u786E\u4FDD\u8FC7\u65F6\u7248\u672C\u7684\u66F4\u65B0\u3001\u7EF4\u62A4\u548C\u4E0B\u7EBF\uFF0C\u8FD9\u9700\u8981\u660E\u786E\u4ECD\u63D0\u4F9B\u670D\u52A1\u7684\u6700\u4F4E\u7248\u672C\u3002"},"remediation":{"en":"Set distribution.minimumSupportedVersion to the oldest app version the back end still serves.","zh-CN":"\u5728 distribution.minimumSupportedVersion \u4E2D\u586B\u5199\u540E\u53F0\u4ECD\u63D0\u4F9B\u670D\u52A1\u7684\u6700\u4F4E\u5E94\u7528\u7248\u672C\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/minors-protection.yaml","value":{"id":"nfra/minors-protection","title":{"en":"Protection of minors declared","zh-CN":"\u5DF2\u58F0\u660E\u672A\u6210\u5E74\u4EBA\u4FDD\u62A4\u63AA\u65BD"},"message":{"en":"The manifest does not declare protection of minors (accessibility.minorsProtection: true, false or not-applicable).","zh-CN":"\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u672A\u58F0\u660E\u672A\u6210\u5E74\u4EBA\u4FDD\u62A4\u60C5\u51B5\uFF08\`accessibility.minorsProtection\`\uFF1A\`true\`\u3001\`false\` \u6216 \`not-applicable\`\uFF09\u3002"},"severity":"error","articles":[6],"stages":["pr","release"],"assert":"manifest.?accessibility.?minorsProtection.orValue(null) in [true, false, 'not-applicable']","at":"/accessibility/minorsProtection","rationale":{"en":"Art. 6 requires mobile apps to meet requirements for ageing-friendliness and protection of minors.","zh-CN":"\u901A\u77E5\u7B2C\u516D\u6761\u8981\u6C42\u79FB\u52A8\u5E94\u7528\u6EE1\u8DB3\u9002\u8001\u5316\u548C\u672A\u6210\u5E74\u4EBA\u4FDD\u62A4\u7B49\u8981\u6C42\u3002"},"remediation":{"en":"Set accessibility.minorsProtection to true, false, or not-applicable (for apps minors cannot use, with the reason in the app's documentation).","zh-CN":"\u5C06 \`accessibility.minorsProtection\` \u8BBE\u4E3A \`true\`\u3001\`false\` \u6216 \`not-applicable\`\uFF08\u672A\u6210\u5E74\u4EBA\u65E0\u6CD5\u4F7F\u7528\u7684\u5E94\u7528\uFF0C\u5E76\u5728\u6587\u6863\u4E2D\u8BF4\u660E\u7406\u7531\uFF09\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/outsourcing-assessment-fresh.yaml","value":{"id":"nfra/outsourcing-assessment-fresh","title":{"en":"Outsourcer assessed within 12 months","zh-CN":"\u5916\u5305\u5546\u8BC4\u4F30\u5728\u6709\u6548\u671F\u5185"},"message":{"en":"Outsourcer \\"{item.vendor}\\" has no passing assessment within {params.freshnessDays} days (date: {vars.date}).","zh-CN":"\u5916\u5305\u670D\u52A1\u5546\u201C{item.vendor}\u201D\u5728 {params.freshnessDays} \u5929\u5185\u6CA1\u6709\u901A\u8FC7\u7684\u8BC4\u4F30\uFF08\u65E5\u671F\uFF1A\`{vars.date}\`\uFF09\u3002"},"severity":"error","stageSeverity":{"pr":"warning"},"articles":[14],"stages":["pr","release"],"each":"manifest.?outsourcing.orValue([])","assert":"fresh(item.?lastAssessment.orValue({}), params.freshnessDays)","vars":{"date":"item.?lastAssessment.?date.orValue('\u2014')"},"at":"/outsourcing/{index}/lastAssessment","subject":"vendor:{item.vendor}","rationale":{"en":"Art. 14 requires institutions that entrust outsourcers to build or maintain apps to apply IT outsourcing risk rules (access, monitoring, evaluation) and to limit outsourcers' data access on the \\"need to know\\" and \\"least privilege\\" principles.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u56DB\u6761\u8981\u6C42\u59D4\u6258\u5916\u5305\u670D\u52A1\u63D0\u4F9B\u5546\u5EFA\u8BBE\u8FD0\u7EF4\u79FB\u52A8\u5E94\u7528\u7684\uFF0C\u4E25\u683C\u843D\u5B9E\u4FE1\u606F\u79D1\u6280\u5916\u5305\u98CE\u9669\u76D1\u7BA1\u8981\u6C42\uFF0C\u5F00\u5C55\u5916\u5305\u51C6\u5165\u3001\u76D1\u63A7\u8BC4\u4EF7\u548C\u98CE\u9669\u7BA1\u7406\uFF0C\u6309\u7167\u201C\u5FC5\u987B\u77E5\u9053\u201D\u201C\u6700\u5C0F\u6388\u6743\u201D\u539F\u5219\u4E25\u683C\u63A7\u5236\u5916\u5305\u670D\u52A1\u63D0\u4F9B\u5546\u7684\u6570\u636E\u8BBF\u95EE\u6743\u9650\u3002"},"remediation":{"en":"Assess the outsourcer (security, data protection, service quality) and record outsourcing[].lastAssessment \`{ date, result, report }\`.","zh-CN":"\u5BF9\u5916\u5305\u670D\u52A1\u5546\u5F00\u5C55\u8BC4\u4F30\uFF08\u5B89\u5168\u3001\u6570\u636E\u4FDD\u62A4\u3001\u670D\u52A1\u8D28\u91CF\uFF09\uFF0C\u5E76\u767B\u8BB0 outsourcing[].lastAssessment \`{ date, result, report }\`\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/outsourcing-contract.yaml","value":{"id":"nfra/outsourcing-contract","title":{"en":"Outsourcing contract current","zh-CN":"\u5916\u5305\u5408\u540C\u5728\u6709\u6548\u671F\u5185"},"message":{"en":"Outsourcer \\"{item.vendor}\\" has no contract reference or its contract has expired (expires: {item.contract.expires}).","zh-CN":"\u5916\u5305\u670D\u52A1\u5546\u201C{item.vendor}\u201D\u7F3A\u5C11\u5408\u540C\u7F16\u53F7\uFF0C\u6216\u5408\u540C\u5DF2\u5230\u671F\uFF08\u5230\u671F\u65E5\uFF1A\`{item.contract.expires}\`\uFF09\u3002"},"severity":"error","articles":[14],"stages":["pr","release"],"each":"manifest.?outsourcing.orValue([])","assert":"filled(item.?contract.?reference.orValue('')) && daysUntil(item.?contract.?expires.orValue('')) >= 0","at":"/outsourcing/{index}/contract","subject":"vendor:{item.vendor}","rationale":{"en":"Art. 14 requires institutions that entrust outsourcers to build or maintain apps to apply IT outsourcing risk rules (access, monitoring, evaluation) and to limit outsourcers' data access on the \\"need to know\\" and \\"least privilege\\" principles.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u56DB\u6761\u8981\u6C42\u59D4\u6258\u5916\u5305\u670D\u52A1\u63D0\u4F9B\u5546\u5EFA\u8BBE\u8FD0\u7EF4\u79FB\u52A8\u5E94\u7528\u7684\uFF0C\u4E25\u683C\u843D\u5B9E\u4FE1\u606F\u79D1\u6280\u5916\u5305\u98CE\u9669\u76D1\u7BA1\u8981\u6C42\uFF0C\u5F00\u5C55\u5916\u5305\u51C6\u5165\u3001\u76D1\u63A7\u8BC4\u4EF7\u548C\u98CE\u9669\u7BA1\u7406\uFF0C\u6309\u7167\u201C\u5FC5\u987B\u77E5\u9053\u201D\u201C\u6700\u5C0F\u6388\u6743\u201D\u539F\u5219\u4E25\u683C\u63A7\u5236\u5916\u5305\u670D\u52A1\u63D0\u4F9B\u5546\u7684\u6570\u636E\u8BBF\u95EE\u6743\u9650\u3002"},"remediation":{"en":"Record outsourcing[].contract { reference, expires } and renew it before it expires.","zh-CN":"\u767B\u8BB0 \`outsourcing[].contract { reference, expires }\`\uFF0C\u5E76\u5728\u5230\u671F\u524D\u7EED\u7B7E\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/outsourcing-data-access.yaml","value":{"id":"nfra/outsourcing-data-access","title":{"en":"Outsourcer data access level declared","zh-CN":"\u5DF2\u58F0\u660E\u5916\u5305\u5546\u6570\u636E\u8BBF\u95EE\u7EA7\u522B"},"message":{"en":"Outsourcer \\"{item.vendor}\\" has no data access level (outsourcing[{index}].dataAccess: none, test-data, masked or production).","zh-CN":"\u5916\u5305\u670D\u52A1\u5546\u201C{item.vendor}\u201D\u672A\u58F0\u660E\u6570\u636E\u8BBF\u95EE\u7EA7\u522B\uFF08\`outsourcing[{index}].dataAccess\`\uFF1A\`none\` \u65E0\u3001\`test-data\` \u6D4B\u8BD5\u6570\u636E\u3001\`masked\` \u8131\u654F\u6570\u636E\u6216 \`production\` \u751F\u4EA7\u6570\u636E\uFF09\u3002"},"severity":"error","articles":[14],"stages":["pr","release"],"each":"manifest.?outsourcing.orValue([])","assert":"item.?dataAccess.orValue('') in ['none', 'test-data', 'masked', 'production']","at":"/outsourcing/{index}/dataAccess","subject":"vendor:{item.vendor}","rationale":{"en":"Art. 14 requires institutions that entrust outsourcers to build or maintain apps to apply IT outsourcing risk rules (access, monitoring, evaluation) and to limit outsourcers' data access on the \\"need to know\\" and \\"least privilege\\" principles.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u56DB\u6761\u8981\u6C42\u59D4\u6258\u5916\u5305\u670D\u52A1\u63D0\u4F9B\u5546\u5EFA\u8BBE\u8FD0\u7EF4\u79FB\u52A8\u5E94\u7528\u7684\uFF0C\u4E25\u683C\u843D\u5B9E\u4FE1\u606F\u79D1\u6280\u5916\u5305\u98CE\u9669\u76D1\u7BA1\u8981\u6C42\uFF0C\u5F00\u5C55\u5916\u5305\u51C6\u5165\u3001\u76D1\u63A7\u8BC4\u4EF7\u548C\u98CE\u9669\u7BA1\u7406\uFF0C\u6309\u7167\u201C\u5FC5\u987B\u77E5\u9053\u201D\u201C\u6700\u5C0F\u6388\u6743\u201D\u539F\u5219\u4E25\u683C\u63A7\u5236\u5916\u5305\u670D\u52A1\u63D0\u4F9B\u5546\u7684\u6570\u636E\u8BBF\u95EE\u6743\u9650\u3002"},"remediation":{"en":"Set outsourcing[].dataAccess to the lowest level the services need.","zh-CN":"\u5C06 outsourcing[].dataAccess \u8BBE\u4E3A\u5176\u670D\u52A1\u6240\u9700\u7684\u6700\u4F4E\u8BBF\u95EE\u7EA7\u522B\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/outsourcing-production-justification.yaml","value":{"id":"nfra/outsourcing-production-justification","title":{"en":"Production data access by an outsourcer is justified","zh-CN":"\u5916\u5305\u5546\u8BBF\u95EE\u751F\u4EA7\u6570\u636E\u6709\u6B63\u5F53\u7406\u7531"},"message":{"en":"Outsourcer \\"{item.vendor}\\" has production data access without a justification (outsourcing[{index}].accessJustification).","zh-CN":"\u5916\u5305\u670D\u52A1\u5546\u201C{item.vendor}\u201D\u53EF\u8BBF\u95EE\u751F\u4EA7\u6570\u636E\uFF0C\u4F46\u672A\u8BF4\u660E\u7406\u7531\uFF08outsourcing[{index}].accessJustification\uFF09\u3002"},"severity":"error","articles":[14],"stages":["pr","release"],"each":"manifest.?outsourcing.orValue([])","assert":"item.?dataAccess.orValue('') != 'production' || filled(item.?accessJustification.orValue(''))","at":"/outsourcing/{index}/accessJustification","subject":"vendor:{item.vendor}","rationale":{"en":"Art. 14 requires institutions that entrust outsourcers to build or maintain apps to apply IT outsourcing risk rules (access, monitoring, evaluation) and to limit outsourcers' data access on the \\"need to know\\" and \\"least privilege\\" principles.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u56DB\u6761\u8981\u6C42\u59D4\u6258\u5916\u5305\u670D\u52A1\u63D0\u4F9B\u5546\u5EFA\u8BBE\u8FD0\u7EF4\u79FB\u52A8\u5E94\u7528\u7684\uFF0C\u4E25\u683C\u843D\u5B9E\u4FE1\u606F\u79D1\u6280\u5916\u5305\u98CE\u9669\u76D1\u7BA1\u8981\u6C42\uFF0C\u5F00\u5C55\u5916\u5305\u51C6\u5165\u3001\u76D1\u63A7\u8BC4\u4EF7\u548C\u98CE\u9669\u7BA1\u7406\uFF0C\u6309\u7167\u201C\u5FC5\u987B\u77E5\u9053\u201D\u201C\u6700\u5C0F\u6388\u6743\u201D\u539F\u5219\u4E25\u683C\u63A7\u5236\u5916\u5305\u670D\u52A1\u63D0\u4F9B\u5546\u7684\u6570\u636E\u8BBF\u95EE\u6743\u9650\u3002"},"remediation":{"en":"Reduce the access to masked or test data, or write why production access is needed and how it is controlled in accessJustification.","zh-CN":"\u5C06\u8BBF\u95EE\u6743\u9650\u964D\u4E3A\u8131\u654F\u6216\u6D4B\u8BD5\u6570\u636E\uFF1B\u786E\u9700\u8BBF\u95EE\u751F\u4EA7\u6570\u636E\u7684\uFF0C\u5728 accessJustification \u4E2D\u8BF4\u660E\u7406\u7531\u53CA\u7BA1\u63A7\u63AA\u65BD\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/permission-justified.yaml","value":{"id":"nfra/permission-justified","title":{"en":"Every sensitive permission is justified by a data flow","zh-CN":"\u6BCF\u9879\u654F\u611F\u6743\u9650\u90FD\u6709\u5BF9\u5E94\u7684\u6570\u636E\u6D41"},"message":{"en":"{item.name} is requested, but no dataFlows[].permissions lists it.","zh-CN":"\u7533\u8BF7\u4E86 {item.name}\uFF0C\u4F46\u6CA1\u6709\u4EFB\u4F55 dataFlows[].permissions \u5217\u51FA\u8BE5\u6743\u9650\u3002"},"severity":"error","articles":[16],"stages":["pr","release"],"each":"flatten(facts.?android.?manifests.orValue([])\\n  .filter(m, !m.sourceSet.matches('^(debug|.*Debug|test.*|androidTest.*)$'))\\n  .map(m, m.permissions.filter(p, p.name in params.dangerousPermissions))) +\\nflatten(facts.?ios.?infoPlists.orValue([]).filter(p, !p.inTest)\\n  .map(p, p.usageDescriptions.map(u, {'name': u.key, 'location': u.location}))) +\\nflatten(facts.?harmonyos.?modules.orValue([])\\n  .map(m, m.requestPermissions.filter(p, p.name in params.harmonyosUserGrantPermissions)))","assert":"manifest.?dataFlows.orValue([]).exists(f, item.name in f.?permissions.orValue([]))","subject":"{item.name}","rationale":{"en":"Art. 16 requires personal information to be collected lawfully, legitimately and only when necessary, and users to be told its purpose and use. A permission without a declared data flow has no stated purpose.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u516D\u6761\u8981\u6C42\u6309\u7167\u201C\u5408\u6CD5\u3001\u6B63\u5F53\u3001\u5FC5\u8981\u201D\u539F\u5219\u6536\u96C6\u4E2A\u4EBA\u4FE1\u606F\uFF0C\u5E76\u544A\u77E5\u7528\u6237\u6536\u96C6\u76EE\u7684\u548C\u7528\u9014\u3002\u6CA1\u6709\u5BF9\u5E94\u6570\u636E\u6D41\u7684\u6743\u9650\u5373\u6CA1\u6709\u8BF4\u660E\u7528\u9014\u3002"},"remediation":{"en":"Add the permission to the permissions of the data flow that needs it (with its data, purpose and legal basis), or remove the permission from the app.","zh-CN":"\u5C06\u8BE5\u6743\u9650\u52A0\u5165\u9700\u8981\u5B83\u7684\u6570\u636E\u6D41\u7684 \`permissions\`\uFF08\u5E76\u5199\u660E\u6570\u636E\u3001\u76EE\u7684\u548C\u5904\u7406\u4F9D\u636E\uFF09\uFF0C\u6216\u4ECE\u5E94\u7528\u4E2D\u5220\u9664\u8BE5\u6743\u9650\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/permission-requested.yaml","value":{"id":"nfra/permission-requested","title":{"en":"Declared permissions are requested by the app","zh-CN":"\u6570\u636E\u6D41\u58F0\u660E\u7684\u6743\u9650\u786E\u7531\u5E94\u7528\u7533\u8BF7"},"message":{"en":"Data flow \\"{item.name}\\" lists {vars.missing}, which the app does not request.","zh-CN":"\u6570\u636E\u6D41\u201C{item.name}\u201D\u5217\u51FA\u4E86 {vars.missing}\uFF0C\u4F46\u5E94\u7528\u5E76\u672A\u7533\u8BF7\u3002"},"severity":"warning","articles":[16],"stages":["pr","release"],"each":"manifest.?dataFlows.orValue([])","assert":"item.?permissions.orValue([]).all(p,\\n  p.startsWith('NS') ? (!facts.?ios.?present.orValue(false) || facts.ios.infoPlists.exists(pl, pl.usageDescriptions.exists(u, u.key == p))) :\\n  p.startsWith('ohos.') ? (!facts.?harmonyos.?present.orValue(false) || facts.harmonyos.modules.exists(m, m.requestPermissions.exists(r, r.name == p))) :\\n  (!facts.?android.?present.orValue(false) || facts.android.manifests.exists(m, m.permissions.exists(r, r.name == p))))","vars":{"missing":"item.permissions.filter(p,\\n  p.startsWith('NS') ? (facts.?ios.?present.orValue(false) && !facts.ios.infoPlists.exists(pl, pl.usageDescriptions.exists(u, u.key == p))) :\\n  p.startsWith('ohos.') ? (facts.?harmonyos.?present.orValue(false) && !facts.harmonyos.modules.exists(m, m.requestPermissions.exists(r, r.name == p))) :\\n  (facts.?android.?present.orValue(false) && !facts.android.manifests.exists(m, m.permissions.exists(r, r.name == p))))"},"at":"/dataFlows/{index}/permissions","subject":"dataflow:{item.name}","rationale":{"en":"Art. 16 requires users to be told accurately what is collected and why. A data flow that names a permission the app never requests makes the privacy disclosures wrong, or points to a permission added by an SDK under another name.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u516D\u6761\u8981\u6C42\u5982\u5B9E\u544A\u77E5\u7528\u6237\u6536\u96C6\u7684\u5185\u5BB9\u548C\u76EE\u7684\u3002\u6570\u636E\u6D41\u4E2D\u5217\u51FA\u5E94\u7528\u5E76\u672A\u7533\u8BF7\u7684\u6743\u9650\uFF0C\u4F1A\u4F7F\u9690\u79C1\u544A\u77E5\u5931\u5B9E\uFF0C\u6216\u8BF4\u660E\u8BE5\u6743\u9650\u7531 SDK \u4EE5\u5176\u4ED6\u540D\u79F0\u7533\u8BF7\u3002"},"remediation":{"en":"Remove the permission from the data flow, or correct its name (android.permission.CAMERA, NSCameraUsageDescription, ohos.permission.CAMERA).","zh-CN":"\u4ECE\u6570\u636E\u6D41\u4E2D\u5220\u9664\u8BE5\u6743\u9650\uFF0C\u6216\u66F4\u6B63\u5176\u540D\u79F0\uFF08\u5982 android.permission.CAMERA\u3001NSCameraUsageDescription\u3001ohos.permission.CAMERA\uFF09\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/privacy-policy.yaml","value":{"id":"nfra/privacy-policy","title":{"en":"Privacy policy published","zh-CN":"\u5DF2\u516C\u5E03\u9690\u79C1\u653F\u7B56"},"message":{"en":"The manifest links no privacy policy (privacy.policyUrl).","zh-CN":"\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u672A\u63D0\u4F9B\u9690\u79C1\u653F\u7B56\u94FE\u63A5\uFF08privacy.policyUrl\uFF09\u3002"},"severity":"error","articles":[16],"stages":["pr","release"],"assert":"filled(manifest.?privacy.?policyUrl.orValue(''))","at":"/privacy/policyUrl","rationale":{"en":"Art. 16 requires a personal information protection system: collecting personal information lawfully, legitimately and only as necessary, telling users its purpose, use and protection, and disclosing complaint channels.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u516D\u6761\u8981\u6C42\u5EFA\u7ACB\u79FB\u52A8\u5E94\u7528\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u5236\u5EA6\uFF0C\u6309\u7167\u201C\u5408\u6CD5\u3001\u6B63\u5F53\u3001\u5FC5\u8981\u201D\u539F\u5219\u6536\u96C6\u4E2A\u4EBA\u4FE1\u606F\uFF0C\u544A\u77E5\u7528\u6237\u4E2A\u4EBA\u4FE1\u606F\u7684\u6536\u96C6\u76EE\u7684\u3001\u7528\u9014\u548C\u4FDD\u62A4\u63AA\u65BD\uFF0C\u516C\u5F00\u6295\u8BC9\u6E20\u9053\u4FE1\u606F\u3002"},"remediation":{"en":"Publish the privacy policy and set privacy.policyUrl.","zh-CN":"\u516C\u5E03\u9690\u79C1\u653F\u7B56\u5E76\u8BBE\u7F6E privacy.policyUrl\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/publishing-account-owner.yaml","value":{"id":"nfra/publishing-account-owner","title":{"en":"Publishing accounts controlled by the institution","zh-CN":"\u53D1\u5E03\u8D26\u53F7\u7531\u672C\u673A\u6784\u81EA\u4E3B\u63A7\u5236"},"message":{"en":"The {item.platform} publishing account is owned by \\"{item.accountOwner}\\", not by the institution.","zh-CN":"\`{item.platform}\` \u5E73\u53F0\u7684\u53D1\u5E03\u8D26\u53F7\u5F52\u5C5E\u4E3A \`{item.accountOwner}\`\uFF0C\u800C\u975E\u672C\u673A\u6784\uFF08\`institution\`\uFF09\u3002"},"severity":"error","articles":[8],"stages":["pr","release"],"each":"manifest.?distribution.?publishingAccounts.orValue([])","assert":"item.?accountOwner.orValue('') == 'institution'","at":"/distribution/publishingAccounts/{index}/accountOwner","subject":"account:{item.platform}","rationale":{"en":"Art. 8 requires financial institutions to control independently the accounts used to list and publish their mobile apps.","zh-CN":"\u901A\u77E5\u7B2C\u516B\u6761\u8981\u6C42\u91D1\u878D\u673A\u6784\u81EA\u4E3B\u63A7\u5236\u79FB\u52A8\u5E94\u7528\u4E0A\u67B6\u53D1\u5E03\u8D26\u53F7\u3002"},"remediation":{"en":"Transfer the store or platform account to the institution (accountOwner: institution); an outsourcer or agency must not hold it.","zh-CN":"\u5C06\u5E94\u7528\u5546\u5E97\u6216\u5E73\u53F0\u8D26\u53F7\u8F6C\u79FB\u81F3\u672C\u673A\u6784\u540D\u4E0B\uFF08\`accountOwner: institution\`\uFF09\uFF0C\u4E0D\u5F97\u7531\u5916\u5305\u5546\u6216\u4EE3\u7406\u673A\u6784\u6301\u6709\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/regulator-report.yaml","value":{"id":"nfra/regulator-report","title":{"en":"Important information system reported to the regulator","zh-CN":"\u91CD\u8981\u4FE1\u606F\u7CFB\u7EDF\u5DF2\u5411\u76D1\u7BA1\u62A5\u544A"},"message":{"en":"The app is an important information system but filing.regulatorReport has no date and reference.","zh-CN":"\u8BE5\u5E94\u7528\u5C5E\u4E8E\u91CD\u8981\u4FE1\u606F\u7CFB\u7EDF\uFF0C\u4F46 filing.regulatorReport \u7F3A\u5C11\u62A5\u544A\u65E5\u671F\u548C\u7F16\u53F7\u3002"},"severity":"error","articles":[11],"stages":["release"],"when":"manifest.?app.?importantInformationSystem.orValue(false) == true","assert":"isDate(manifest.?filing.?regulatorReport.?date.orValue('')) && filled(manifest.?filing.?regulatorReport.?reference.orValue(''))","at":"/filing/regulatorReport","rationale":{"en":"Art. 11 requires apps identified as important information systems to be reported to the NFRA or its local offices under the rules for putting into production and changing important information systems.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E00\u6761\u8981\u6C42\u88AB\u8BA4\u5B9A\u4E3A\u91CD\u8981\u4FE1\u606F\u7CFB\u7EDF\u7684\u79FB\u52A8\u5E94\u7528\uFF0C\u6309\u7167\u91CD\u8981\u4FE1\u606F\u7CFB\u7EDF\u6295\u4EA7\u53CA\u53D8\u66F4\u7684\u76F8\u5173\u8981\u6C42\u5411\u56FD\u5BB6\u91D1\u878D\u76D1\u7763\u7BA1\u7406\u603B\u5C40\u6216\u5176\u6D3E\u51FA\u673A\u6784\u62A5\u544A\u3002"},"remediation":{"en":"Report the production or change to the regulator and record filing.regulatorReport { date, reference }.","zh-CN":"\u5411\u76D1\u7BA1\u62A5\u544A\u6295\u4EA7\u6216\u53D8\u66F4\u60C5\u51B5\uFF0C\u5E76\u767B\u8BB0 \`filing.regulatorReport { date, reference }\`\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/responsible-department.yaml","value":{"id":"nfra/responsible-department","title":{"en":"Responsible department declared","zh-CN":"\u5DF2\u660E\u786E\u7BA1\u7406\u90E8\u95E8"},"message":{"en":"The manifest does not name the department responsible for this app (ownership.responsibleDepartment).","zh-CN":"\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u672A\u5199\u660E\u8D1F\u8D23\u672C\u5E94\u7528\u7684\u7BA1\u7406\u90E8\u95E8\uFF08ownership.responsibleDepartment\uFF09\u3002"},"severity":"error","articles":[3],"stages":["pr","release"],"assert":"filled(manifest.?ownership.?responsibleDepartment.orValue(''))","at":"/ownership/responsibleDepartment","rationale":{"en":"Art. 3 requires institutions to clarify the management department and the responsible person for each mobile application and to implement compliance requirements in every stage, from business needs to operation.","zh-CN":"\u901A\u77E5\u7B2C\u4E09\u6761\u8981\u6C42\u91D1\u878D\u673A\u6784\u660E\u786E\u6BCF\u4E2A\u79FB\u52A8\u5E94\u7528\u7684\u7BA1\u7406\u90E8\u95E8\u548C\u8D23\u4EFB\u4EBA\uFF0C\u5065\u5168\u5185\u90E8\u7BA1\u7406\u673A\u5236\uFF0C\u5C06\u5408\u89C4\u8981\u6C42\u843D\u5B9E\u5230\u4E1A\u52A1\u9700\u6C42\u3001\u4EA7\u54C1\u7814\u53D1\u3001\u63A8\u5E7F\u8FD0\u8425\u5404\u73AF\u8282\u3002"},"remediation":{"en":"Set ownership.responsibleDepartment to the department that manages this app day to day.","zh-CN":"\u5728 ownership.responsibleDepartment \u4E2D\u586B\u5199\u65E5\u5E38\u7BA1\u7406\u672C\u5E94\u7528\u7684\u90E8\u95E8\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/responsible-person.yaml","value":{"id":"nfra/responsible-person","title":{"en":"Responsible person declared and reachable","zh-CN":"\u5DF2\u660E\u786E\u8D23\u4EFB\u4EBA\u53CA\u8054\u7CFB\u65B9\u5F0F"},"message":{"en":"The manifest does not name a responsible person with an email or phone number (ownership.responsiblePerson).","zh-CN":"\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u672A\u5199\u660E\u5E26\u6709\u90AE\u7BB1\u6216\u7535\u8BDD\u7684\u8D23\u4EFB\u4EBA\uFF08ownership.responsiblePerson\uFF09\u3002"},"severity":"error","articles":[3],"stages":["pr","release"],"assert":"cel.bind(p, manifest.?ownership.?responsiblePerson.orValue({}),\\n  filled(p.?name.orValue('')) && (filled(p.?email.orValue('')) || filled(p.?phone.orValue(''))))","at":"/ownership/responsiblePerson","rationale":{"en":"Art. 3 requires institutions to clarify the management department and the responsible person for each mobile application and to implement compliance requirements in every stage, from business needs to operation.","zh-CN":"\u901A\u77E5\u7B2C\u4E09\u6761\u8981\u6C42\u91D1\u878D\u673A\u6784\u660E\u786E\u6BCF\u4E2A\u79FB\u52A8\u5E94\u7528\u7684\u7BA1\u7406\u90E8\u95E8\u548C\u8D23\u4EFB\u4EBA\uFF0C\u5065\u5168\u5185\u90E8\u7BA1\u7406\u673A\u5236\uFF0C\u5C06\u5408\u89C4\u8981\u6C42\u843D\u5B9E\u5230\u4E1A\u52A1\u9700\u6C42\u3001\u4EA7\u54C1\u7814\u53D1\u3001\u63A8\u5E7F\u8FD0\u8425\u5404\u73AF\u8282\u3002"},"remediation":{"en":"Set ownership.responsiblePerson to { name, email } (or phone) of the person accountable for the app.","zh-CN":"\u5728 ownership.responsiblePerson \u4E2D\u586B\u5199\u5BF9\u672C\u5E94\u7528\u8D1F\u8D23\u7684\u4EBA\u5458 \`{ name, email }\`\uFF08\u6216 \`phone\`\uFF09\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/retired-no-release.yaml","value":{"id":"nfra/retired-no-release","title":{"en":"Retired and deprecated apps are not released","zh-CN":"\u5DF2\u9000\u51FA\u6216\u9010\u6B65\u4E0B\u7EBF\u7684\u5E94\u7528\u4E0D\u5F97\u53D1\u5E03"},"message":{"en":"The app is {manifest.app.status} in the ledger: it must not be released. Reactivate it in the ledger first, or stop the release.","zh-CN":"\u8BE5\u5E94\u7528\u5728\u53F0\u8D26\u4E2D\u7684\u72B6\u6001\u4E3A \`{manifest.app.status}\`\uFF08{vars.statusZh}\uFF09\uFF0C\u4E0D\u5F97\u53D1\u5E03\u65B0\u7248\u672C\u3002\u8BF7\u5148\u5728\u53F0\u8D26\u4E2D\u6062\u590D\u5176\u72B6\u6001\uFF0C\u6216\u505C\u6B62\u53D1\u5E03\u3002"},"severity":"error","articles":[2,9],"stages":["release"],"assert":"!(manifest.?app.?status.orValue('') in ['retired', 'deprecated'])","vars":{"statusZh":"{'retired': '\u5DF2\u9000\u51FA', 'deprecated': '\u9010\u6B65\u4E0B\u7EBF'}[?manifest.?app.?status.orValue('')].orValue('?')"},"at":"/app/status","rationale":{"en":"Art. 2 requires institutions to terminate apps with low activity, redundant functions or significant risk through an exit mechanism; art. 9 requires outdated versions to be taken offline. A retired app that keeps shipping bypasses that exit.","zh-CN":"\u901A\u77E5\u7B2C\u4E8C\u6761\u8981\u6C42\u5BF9\u7528\u6237\u6D3B\u8DC3\u5EA6\u4F4E\u3001\u529F\u80FD\u91CD\u590D\u3001\u5B58\u5728\u8F83\u5927\u5B89\u5168\u5408\u89C4\u98CE\u9669\u7684\u5E94\u7528\u53CA\u65F6\u6574\u5408\u6216\u7EC8\u6B62\u8FD0\u8425\uFF1B\u7B2C\u4E5D\u6761\u8981\u6C42\u505A\u597D\u8FC7\u65F6\u7248\u672C\u7684\u4E0B\u7EBF\u5DE5\u4F5C\u3002\u5DF2\u9000\u51FA\u7684\u5E94\u7528\u7EE7\u7EED\u53D1\u5E03\u5C06\u7ED5\u8FC7\u9000\u51FA\u673A\u5236\u3002"},"remediation":{"en":"Do not release apps whose ledger status is retired or deprecated; if the app is back in service, set app.status to active with the approval of the lead department.","zh-CN":"\u53F0\u8D26\u72B6\u6001\u4E3A \`retired\`\uFF08\u5DF2\u9000\u51FA\uFF09\u6216 \`deprecated\`\uFF08\u9010\u6B65\u4E0B\u7EBF\uFF09\u7684\u5E94\u7528\u4E0D\u5F97\u53D1\u5E03\uFF1B\u5982\u5E94\u7528\u6062\u590D\u8FD0\u8425\uFF0C\u8BF7\u7ECF\u7275\u5934\u90E8\u95E8\u6279\u51C6\u540E\u5C06 \`app.status\` \u6539\u4E3A \`active\`\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/risk-assessment-fresh.yaml","value":{"id":"nfra/risk-assessment-fresh","title":{"en":"Risk assessment within 12 months","zh-CN":"\u79FB\u52A8\u5E94\u7528\u98CE\u9669\u8BC4\u4F30\u5728\u6709\u6548\u671F\u5185"},"message":{"en":"The risk assessment (compliance.lastRiskAssessment) is missing, failed, dated in the future, or older than {params.freshnessDays} days (date: {vars.date}).","zh-CN":"\u79FB\u52A8\u5E94\u7528\u98CE\u9669\u8BC4\u4F30\uFF08compliance.lastRiskAssessment\uFF09\u7F3A\u5931\u3001\u7ED3\u8BBA\u4E3A\u4E0D\u901A\u8FC7\u3001\u65E5\u671F\u665A\u4E8E\u4ECA\u5929\uFF0C\u6216\u5DF2\u8D85\u8FC7 {params.freshnessDays} \u5929\uFF08\u65E5\u671F\uFF1A\`{vars.date}\`\uFF09\u3002"},"severity":"error","stageSeverity":{"pr":"warning"},"articles":[17],"stages":["pr","release"],"assert":"fresh(manifest.?compliance.?lastRiskAssessment.orValue({}), params.freshnessDays)","vars":{"date":"manifest.?compliance.?lastRiskAssessment.?date.orValue('\u2014')"},"at":"/compliance/lastRiskAssessment","rationale":{"en":"Art. 17 requires mobile app risks to be part of comprehensive risk management, a mobile app risk assessment at least once a year, and an audit at least once every three years.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E03\u6761\u8981\u6C42\u5C06\u79FB\u52A8\u5E94\u7528\u98CE\u9669\u7EB3\u5165\u5168\u9762\u98CE\u9669\u7BA1\u7406\u4F53\u7CFB\uFF0C\u81F3\u5C11\u6BCF\u5E74\u5F00\u5C55\u4E00\u6B21\u79FB\u52A8\u5E94\u7528\u98CE\u9669\u8BC4\u4F30\uFF0C\u81F3\u5C11\u6BCF\u4E09\u5E74\u5F00\u5C55\u4E00\u6B21\u5BA1\u8BA1\u3002"},"remediation":{"en":"Assess the app's business and technology risks and record compliance.lastRiskAssessment { date, result, report }.","zh-CN":"\u8BC4\u4F30\u5E94\u7528\u7684\u4E1A\u52A1\u98CE\u9669\u548C\u79D1\u6280\u98CE\u9669\uFF0C\u5E76\u767B\u8BB0 compliance.lastRiskAssessment \`{ date, result, report }\`\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/rto-rpo.yaml","value":{"id":"nfra/rto-rpo","title":{"en":"RTO and RPO declared","zh-CN":"\u5DF2\u660E\u786E\u6062\u590D\u65F6\u95F4\u76EE\u6807\u4E0E\u6062\u590D\u70B9\u76EE\u6807"},"message":{"en":"Recovery objectives are missing or not ISO 8601 durations (continuity.rto: {vars.rto}, continuity.rpo: {vars.rpo}).","zh-CN":"\u6062\u590D\u76EE\u6807\u7F3A\u5931\u6216\u4E0D\u662F ISO 8601 \u65F6\u957F\u683C\u5F0F\uFF08\`continuity.rto\`\uFF1A\`{vars.rto}\`\uFF0C\`continuity.rpo\`\uFF1A\`{vars.rpo}\`\uFF09\u3002"},"severity":"error","articles":[15],"stages":["release"],"each":"['rto', 'rpo']","assert":"cel.bind(d, string(manifest.?continuity[?item].orValue('')),\\n  d.matches('^P([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+([.][0-9]+)?S)?)?$') && d != 'P' && !d.endsWith('T'))","vars":{"rto":"manifest.?continuity.?rto.orValue('\u2014')","rpo":"manifest.?continuity.?rpo.orValue('\u2014')"},"at":"/continuity/{item}","subject":"{item}","rationale":{"en":"Art. 15 requires business impact analysis, an emergency response mechanism, emergency plans and regular drills for mobile app business continuity.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E94\u6761\u8981\u6C42\u52A0\u5F3A\u79FB\u52A8\u5E94\u7528\u4E1A\u52A1\u8FDE\u7EED\u6027\u7BA1\u7406\u548C\u7A81\u53D1\u4E8B\u4EF6\u5E94\u6025\u7BA1\u7406\uFF0C\u5F00\u5C55\u4E1A\u52A1\u5F71\u54CD\u5206\u6790\uFF0C\u5EFA\u7ACB\u5E94\u6025\u5904\u7F6E\u673A\u5236\uFF0C\u5236\u5B9A\u5E94\u6025\u9884\u6848\u5E76\u5B9A\u671F\u6F14\u7EC3\u3002"},"remediation":{"en":"Set continuity.rto and continuity.rpo as ISO 8601 durations, e.g. PT4H and PT15M, consistent with the business impact analysis.","zh-CN":"\u4EE5 ISO 8601 \u65F6\u957F\u683C\u5F0F\u8BBE\u7F6E continuity.rto \u548C continuity.rpo\uFF08\u5982 PT4H\u3001PT15M\uFF09\uFF0C\u5E76\u4E0E\u4E1A\u52A1\u5F71\u54CD\u5206\u6790\u4E00\u81F4\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/sales-traceability.yaml","value":{"id":"nfra/sales-traceability","title":{"en":"Sales process traceability in place","zh-CN":"\u5DF2\u843D\u5B9E\u9500\u552E\u8FC7\u7A0B\u53EF\u56DE\u6EAF"},"message":{"en":"The manifest does not confirm sales process traceability (compliance.salesTraceability is not true).","zh-CN":"\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u672A\u786E\u8BA4\u5DF2\u843D\u5B9E\u9500\u552E\u8FC7\u7A0B\u53EF\u56DE\u6EAF\uFF08\`compliance.salesTraceability\` \u4E0D\u4E3A \`true\`\uFF09\u3002"},"severity":"error","articles":[5],"stages":["release"],"assert":"manifest.?compliance.?salesTraceability.orValue(false) == true","at":"/compliance/salesTraceability","rationale":{"en":"Art. 5 requires institutions to carry out sales process traceability and information disclosure in accordance with regulatory requirements.","zh-CN":"\u901A\u77E5\u7B2C\u4E94\u6761\u8981\u6C42\u6309\u7167\u76D1\u7BA1\u8981\u6C42\u5F00\u5C55\u9500\u552E\u8FC7\u7A0B\u53EF\u56DE\u6EAF\u3001\u4FE1\u606F\u62AB\u9732\u7B49\u5DE5\u4F5C\u3002"},"remediation":{"en":"Implement recording of the sales process for products sold in the app and set compliance.salesTraceability: true.","zh-CN":"\u5BF9\u5E94\u7528\u5185\u9500\u552E\u7684\u4EA7\u54C1\u843D\u5B9E\u9500\u552E\u8FC7\u7A0B\u5F55\u97F3\u5F55\u50CF\u7B49\u53EF\u56DE\u6EAF\u7BA1\u7406\uFF0C\u5E76\u8BBE\u7F6E \`compliance.salesTraceability: true\`\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/sdk-contract.yaml","value":{"id":"nfra/sdk-contract","title":{"en":"SDK contract not expired","zh-CN":"SDK \u5408\u540C\u672A\u5230\u671F"},"message":{"en":"The contract for SDK \\"{item.id}\\" has expired or has no valid expiry date (expires: {item.contract.expires}).","zh-CN":"SDK\u201C{item.id}\u201D\u7684\u5408\u540C\u5DF2\u5230\u671F\u6216\u672A\u586B\u5199\u6709\u6548\u5230\u671F\u65E5\uFF08\u5230\u671F\u65E5\uFF1A\`{item.contract.expires}\`\uFF09\u3002"},"severity":"error","articles":[4,6],"stages":["pr","release"],"each":"manifest.?sdks.orValue([])","assert":"!item.?contract.hasValue() || daysUntil(item.?contract.?expires.orValue('')) >= 0","at":"/sdks/{index}/contract/expires","subject":"sdk:{item.id}","rationale":{"en":"Art. 4 requires responsibilities and security obligations of partners to be agreed by contract; an SDK vendor whose contract has lapsed no longer has such obligations.","zh-CN":"\u901A\u77E5\u7B2C\u56DB\u6761\u8981\u6C42\u901A\u8FC7\u5408\u540C\u7EA6\u5B9A\u5408\u4F5C\u65B9\u7684\u8D23\u4EFB\u548C\u5B89\u5168\u4E49\u52A1\uFF1B\u5408\u540C\u5931\u6548\u7684 SDK \u4F9B\u5E94\u5546\u4E0D\u518D\u53D7\u8FD9\u4E9B\u4E49\u52A1\u7EA6\u675F\u3002"},"remediation":{"en":"Renew the contract and update sdks[].contract.expires, or remove the SDK.","zh-CN":"\u7EED\u7B7E\u5408\u540C\u5E76\u66F4\u65B0 sdks[].contract.expires\uFF0C\u6216\u79FB\u9664\u8BE5 SDK\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/sdk-declared.yaml","value":{"id":"nfra/sdk-declared","title":{"en":"Every vendor SDK in the build is declared","zh-CN":"\u6784\u5EFA\u4E2D\u7684\u7B2C\u4E09\u65B9 SDK \u5747\u5DF2\u7533\u62A5"},"message":{"en":"{vars.purl}{vars.sdk} is a dependency of the app but no sdks[].packages entry declares it.","zh-CN":"{vars.purl}{vars.sdkZh}\u662F\u5E94\u7528\u7684\u4F9D\u8D56\uFF0C\u4F46\u6CA1\u6709\u4EFB\u4F55 sdks[].packages \u6761\u76EE\u7533\u62A5\u5B83\u3002"},"severity":"error","articles":[6,7],"stages":["pr","release"],"each":"facts.?sdks.?components.orValue([])","assert":"!item.direct || item.ecosystem == 'file' || item.?bom.orValue(false) ||\\nitem.?scope.orValue('runtime') != 'runtime' ||\\n(item.?source.orValue('').startsWith('path:') && !item.source.matches('(^|[:/])(node_modules|[.]symlinks)/')) ||\\n(params.sdkDeclaredScope != 'all' && (type(item.?sdk.orValue(null)) != map || item.sdk.?openSource.orValue(false))) ||\\nparams.platformPackages.exists(p, purlMatches(item.purl, p)) ||\\nmanifest.?sdks.orValue([]).exists(s,\\n  s.?packages.orValue([]).exists(p, purlMatches(item.purl, p)) ||\\n  (type(item.?sdk.orValue(null)) == map && s.?id.orValue('') == item.sdk.id))","vars":{"purl":"purlBase(item.purl)","sdk":"type(item.?sdk.orValue(null)) == map ? ' (' + item.sdk.name + ', catalogue id ' + item.sdk.id + ')' : ''","sdkZh":"type(item.?sdk.orValue(null)) == map ? '\uFF08\u201C' + item.sdk.name + '\u201D\uFF0C\u76EE\u5F55\u7F16\u53F7 \`' + item.sdk.id + '\`\uFF09' : ' '"},"subject":"{vars.purl}","rationale":{"en":"Art. 6 requires security requirements analysis of third-party SDKs and art. 7 security risk management of third-party components. An SDK missing from the ledger has had neither.","zh-CN":"\u901A\u77E5\u7B2C\u516D\u6761\u8981\u6C42\u5BF9\u7B2C\u4E09\u65B9 SDK \u5F00\u5C55\u5B89\u5168\u9700\u6C42\u5206\u6790\uFF0C\u7B2C\u4E03\u6761\u8981\u6C42\u5BF9\u96C6\u6210\u7684\u7B2C\u4E09\u65B9\u7EC4\u4EF6\u5F00\u5C55\u5B89\u5168\u98CE\u9669\u7BA1\u7406\u3002\u672A\u7EB3\u5165\u53F0\u8D26\u7684 SDK \u4E24\u8005\u5747\u672A\u5F00\u5C55\u3002"},"remediation":{"en":"Add an sdks[] entry (id, packages with this purl without version, vendor, purpose, personalInfo, security assessment), or remove the dependency.","zh-CN":"\u65B0\u589E \`sdks[]\` \u6761\u76EE\uFF08\`id\`\u3001\u5305\u542B\u8BE5\u7EC4\u4EF6\u6807\u8BC6 \`purl\`\uFF08\u4E0D\u5E26\u7248\u672C\uFF09\u7684 \`packages\`\u3001\`vendor\`\u3001\`purpose\`\u3001\`personalInfo\`\u3001\u5B89\u5168\u8BC4\u4F30\uFF09\uFF0C\u6216\u5220\u9664\u8BE5\u4F9D\u8D56\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/sdk-dynamic-version.yaml","value":{"id":"nfra/sdk-dynamic-version","title":{"en":"Dependency versions are pinned","zh-CN":"\u4F9D\u8D56\u7248\u672C\u5DF2\u56FA\u5B9A"},"message":{"en":"{vars.purl} is declared with the dynamic version \\"{vars.spec}\\": the build can pick up a different release tomorrow.","zh-CN":"{vars.purl} \u4F7F\u7528\u52A8\u6001\u7248\u672C\u201C{vars.spec}\u201D\u58F0\u660E\uFF1A\u6784\u5EFA\u968F\u65F6\u53EF\u80FD\u62C9\u53D6\u4E0D\u540C\u7684\u7248\u672C\u3002"},"severity":"error","articles":[7],"stages":["pr","release"],"each":"facts.?sdks.?components.orValue([])","assert":"!item.dynamicVersion || item.?scope.orValue('runtime') != 'runtime'","vars":{"purl":"purlBase(item.purl)","spec":"item.?versionSpec.orValue(item.version)"},"subject":"{vars.purl}","rationale":{"en":"Art. 7 requires code management, change control and security risk management of third-party components. A dynamic version lets an unreviewed release of the component into the app without any change in the repository.","zh-CN":"\u901A\u77E5\u7B2C\u4E03\u6761\u8981\u6C42\u505A\u597D\u4EE3\u7801\u7BA1\u7406\u548C\u53D8\u66F4\u63A7\u5236\uFF0C\u5E76\u5BF9\u7B2C\u4E09\u65B9\u7EC4\u4EF6\u5F00\u5C55\u5B89\u5168\u98CE\u9669\u7BA1\u7406\u3002\u52A8\u6001\u7248\u672C\u4F1A\u8BA9\u672A\u7ECF\u8BC4\u5BA1\u7684\u7EC4\u4EF6\u7248\u672C\u5728\u4ED3\u5E93\u65E0\u4EFB\u4F55\u53D8\u66F4\u7684\u60C5\u51B5\u4E0B\u8FDB\u5165\u5E94\u7528\u3002"},"remediation":{"en":"Pin an exact version (com.google.code.gson:gson:2.11.0), or commit a lockfile (Gradle dependency locking, Podfile.lock, package-lock.json, pubspec.lock).","zh-CN":"\u56FA\u5B9A\u4E3A\u786E\u5207\u7248\u672C\uFF08\u5982 com.google.code.gson:gson:2.11.0\uFF09\uFF0C\u6216\u63D0\u4EA4\u9501\u6587\u4EF6\uFF08Gradle \u4F9D\u8D56\u9501\u5B9A\u3001Podfile.lock\u3001package-lock.json\u3001pubspec.lock\uFF09\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/sdk-personal-info-flows.yaml","value":{"id":"nfra/sdk-personal-info-flows","title":{"en":"SDK personal information matches the data flows","zh-CN":"SDK \u6536\u96C6\u7684\u4E2A\u4EBA\u4FE1\u606F\u4E0E\u6570\u636E\u6D41\u4E00\u81F4"},"message":{"en":"SDK \\"{item.id}\\" collects {vars.missing} (sdks[{index}].personalInfo), but no data flow with recipient sdk:{item.id} lists that information in dataFlows[].data.","zh-CN":"SDK\u201C{item.id}\u201D\u6536\u96C6 \`{vars.missing}\`\uFF08\`sdks[{index}].personalInfo\`\uFF09\uFF0C\u4F46\u6CA1\u6709\u4EE5 \`sdk:{item.id}\` \u4E3A\u63A5\u6536\u65B9\u7684\u6570\u636E\u6D41\u5728 \`dataFlows[].data\` \u4E2D\u5217\u51FA\u8FD9\u4E9B\u4FE1\u606F\u3002"},"severity":"error","articles":[6,13,16],"stages":["pr","release"],"each":"manifest.?sdks.orValue([])","assert":"type(item.?personalInfo.orValue([])) != list ||\\n  cel.bind(flows, manifest.?dataFlows.orValue([]).filter(f, string(f.?recipient.orValue('')) == 'sdk:' + string(item.?id.orValue(''))),\\n    item.personalInfo.all(p, p == 'TODO' || flows.exists(f, type(f.?data.orValue([])) == list && p in f.data)))","vars":{"missing":"item.personalInfo.filter(p, p != 'TODO' && !manifest.?dataFlows.orValue([]).exists(f, string(f.?recipient.orValue('')) == 'sdk:' + string(item.?id.orValue('')) && type(f.?data.orValue([])) == list && p in f.data))"},"at":"/sdks/{index}/personalInfo","subject":"sdk:{item.id}","rationale":{"en":"Art. 6 requires a security requirements analysis of every third-party SDK, art. 13 data security measures with clear responsibility for where data goes, and art. 16 telling users what personal information is collected and shared. The personal information an SDK collects is personal information provided to that SDK's vendor: it must appear in a data flow naming the SDK as recipient (purpose, legal basis, encryption), or the sharing list and the privacy policy miss it.","zh-CN":"\u901A\u77E5\u7B2C\u516D\u6761\u8981\u6C42\u5BF9\u7B2C\u4E09\u65B9 SDK \u5F00\u5C55\u5B89\u5168\u9700\u6C42\u5206\u6790\uFF0C\u7B2C\u5341\u4E09\u6761\u8981\u6C42\u660E\u786E\u6570\u636E\u5B89\u5168\u7BA1\u7406\u8D23\u4EFB\u3001\u638C\u63E1\u6570\u636E\u53BB\u5411\uFF0C\u7B2C\u5341\u516D\u6761\u8981\u6C42\u544A\u77E5\u7528\u6237\u6536\u96C6\u548C\u5171\u4EAB\u7684\u4E2A\u4EBA\u4FE1\u606F\u3002SDK \u6536\u96C6\u7684\u4E2A\u4EBA\u4FE1\u606F\u5373\u63D0\u4F9B\u7ED9\u8BE5 SDK \u63D0\u4F9B\u65B9\u7684\u4E2A\u4EBA\u4FE1\u606F\uFF1A\u5FC5\u987B\u51FA\u73B0\u5728\u4EE5\u8BE5 SDK \u4E3A\u63A5\u6536\u65B9\u7684\u6570\u636E\u6D41\u4E2D\uFF08\u8BF4\u660E\u76EE\u7684\u3001\u5408\u6CD5\u6027\u57FA\u7840\u548C\u52A0\u5BC6\u63AA\u65BD\uFF09\uFF0C\u5426\u5219\u7B2C\u4E09\u65B9\u5171\u4EAB\u4E2A\u4EBA\u4FE1\u606F\u6E05\u5355\u548C\u9690\u79C1\u653F\u7B56\u4F1A\u9057\u6F0F\u8FD9\u4E9B\u4FE1\u606F\u3002"},"remediation":{"en":"Add (or extend) a data flow with recipient: sdk:<id> whose data lists every personalInfo item of the SDK, with its purpose and legal basis; or correct sdks[].personalInfo if the SDK does not collect it.","zh-CN":"\u65B0\u589E\u6216\u8865\u5145\u4E00\u6761\u63A5\u6536\u65B9\u4E3A \`sdk:<id>\` \u7684\u6570\u636E\u6D41\uFF0C\u5728\u5176 \`data\` \u4E2D\u5217\u51FA\u8BE5 SDK \u7684\u5168\u90E8 \`personalInfo\` \u9879\uFF0C\u5E76\u8BF4\u660E\u76EE\u7684\u548C\u5408\u6CD5\u6027\u57FA\u7840\uFF1B\u5982 SDK \u5B9E\u9645\u4E0D\u6536\u96C6\uFF0C\u8BF7\u66F4\u6B63 \`sdks[].personalInfo\`\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/sdk-personal-info.yaml","value":{"id":"nfra/sdk-personal-info","title":{"en":"SDK personal information declared","zh-CN":"\u5DF2\u7533\u62A5 SDK \u6536\u96C6\u7684\u4E2A\u4EBA\u4FE1\u606F"},"message":{"en":"SDK \\"{item.id}\\" does not declare the personal information it collects (sdks[{index}].personalInfo; use [] if none).","zh-CN":"SDK\u201C{item.id}\u201D\u672A\u7533\u62A5\u5176\u6536\u96C6\u7684\u4E2A\u4EBA\u4FE1\u606F\uFF08sdks[{index}].personalInfo\uFF1B\u5982\u4E0D\u6536\u96C6\u8BF7\u586B\u5199 []\uFF09\u3002"},"severity":"error","articles":[6,16],"stages":["pr","release"],"each":"manifest.?sdks.orValue([])","assert":"type(item.?personalInfo.orValue(null)) == list","at":"/sdks/{index}/personalInfo","subject":"sdk:{item.id}","rationale":{"en":"Art. 6 requires security requirements analysis of third-party SDKs, and art. 16 requires users to be told the purpose and use of personal information: both need to know what each SDK collects.","zh-CN":"\u901A\u77E5\u7B2C\u516D\u6761\u8981\u6C42\u5BF9\u7B2C\u4E09\u65B9 SDK \u5F00\u5C55\u5B89\u5168\u9700\u6C42\u5206\u6790\uFF0C\u7B2C\u5341\u516D\u6761\u8981\u6C42\u544A\u77E5\u7528\u6237\u4E2A\u4EBA\u4FE1\u606F\u7684\u6536\u96C6\u76EE\u7684\u548C\u7528\u9014\uFF1A\u4E24\u8005\u90FD\u8981\u6C42\u638C\u63E1\u6BCF\u4E2A SDK \u6536\u96C6\u54EA\u4E9B\u4E2A\u4EBA\u4FE1\u606F\u3002"},"remediation":{"en":"List the personal-information types the SDK collects in sdks[].personalInfo, or [] when it collects none.","zh-CN":"\u5728 sdks[].personalInfo \u4E2D\u5217\u51FA\u8BE5 SDK \u6536\u96C6\u7684\u4E2A\u4EBA\u4FE1\u606F\u7C7B\u578B\uFF1B\u4E0D\u6536\u96C6\u65F6\u586B\u5199 []\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/sdk-present.yaml","value":{"id":"nfra/sdk-present","title":{"en":"Declared SDKs are in the build","zh-CN":"\u7533\u62A5\u7684 SDK \u786E\u5728\u6784\u5EFA\u4E2D"},"message":{"en":"SDK \\"{item.id}\\" declares {vars.missing}, but no dependency or vendored file of the repository matches.","zh-CN":"SDK\u201C{item.id}\u201D\u7533\u62A5\u4E86 {vars.missing}\uFF0C\u4F46\u4ED3\u5E93\u4E2D\u6CA1\u6709\u5339\u914D\u7684\u4F9D\u8D56\u6216\u5185\u7F6E\u6587\u4EF6\u3002"},"severity":"warning","articles":[6],"stages":["pr","release"],"when":"size(facts.?sdks.?components.orValue([])) + size(facts.?sdks.?vendoredBinaries.orValue([])) > 0","each":"manifest.?sdks.orValue([])","assert":"item.?packages.orValue([]).all(p,\\n  facts.sdks.components.exists(c, purlMatches(c.purl, p)) ||\\n  facts.sdks.vendoredBinaries.exists(b, purlMatches('pkg:generic/' + b.name, p)))","vars":{"missing":"item.packages.filter(p, !facts.sdks.components.exists(c, purlMatches(c.purl, p)) &&\\n  !facts.sdks.vendoredBinaries.exists(b, purlMatches('pkg:generic/' + b.name, p)))"},"at":"/sdks/{index}/packages","subject":"sdk:{item.id}","rationale":{"en":"Art. 6 requires security requirements analysis of the SDKs the app uses. A declared SDK the build does not contain makes the ledger and the shared-information list wrong; often the purl is misspelt and the real dependency is undeclared.","zh-CN":"\u901A\u77E5\u7B2C\u516D\u6761\u8981\u6C42\u5BF9\u5E94\u7528\u4F7F\u7528\u7684 SDK \u5F00\u5C55\u5B89\u5168\u9700\u6C42\u5206\u6790\u3002\u7533\u62A5\u4E86\u4F46\u6784\u5EFA\u4E2D\u5E76\u4E0D\u5B58\u5728\u7684 SDK \u4F1A\u4F7F\u53F0\u8D26\u548C\u7B2C\u4E09\u65B9\u5171\u4EAB\u4E2A\u4EBA\u4FE1\u606F\u6E05\u5355\u5931\u5B9E\uFF1B\u5E38\u89C1\u539F\u56E0\u662F\u7EC4\u4EF6\u6807\u8BC6 \`purl\` \u62FC\u5199\u9519\u8BEF\uFF0C\u800C\u771F\u5B9E\u4F9D\u8D56\u672A\u88AB\u7533\u62A5\u3002"},"remediation":{"en":"Correct the purl (pkg:maven/<group>/<artifact>, no version), or remove the SDK from the manifest and the privacy lists.","zh-CN":"\u66F4\u6B63\u7EC4\u4EF6\u6807\u8BC6 \`purl\`\uFF08\`pkg:maven/<group>/<artifact>\`\uFF0C\u4E0D\u5E26\u7248\u672C\uFF09\uFF0C\u6216\u4ECE\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u53CA\u9690\u79C1\u6E05\u5355\u4E2D\u5220\u9664\u8BE5 SDK\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/sdk-purpose.yaml","value":{"id":"nfra/sdk-purpose","title":{"en":"SDK purpose declared","zh-CN":"\u5DF2\u8BF4\u660E SDK \u4F7F\u7528\u76EE\u7684"},"message":{"en":"SDK \\"{item.id}\\" does not declare its purpose (sdks[{index}].purpose).","zh-CN":"SDK\u201C{item.id}\u201D\u672A\u8BF4\u660E\u4F7F\u7528\u76EE\u7684\uFF08sdks[{index}].purpose\uFF09\u3002"},"severity":"error","articles":[6,16],"stages":["pr","release"],"each":"manifest.?sdks.orValue([])","assert":"filled(item.?purpose.orValue(''))","at":"/sdks/{index}/purpose","subject":"sdk:{item.id}","rationale":{"en":"Art. 6 requires institutions to strengthen the security requirements analysis of mobile apps and of third-party SDKs; art. 8 and 9 extend testing and monitoring to SDKs.","zh-CN":"\u901A\u77E5\u7B2C\u516D\u6761\u8981\u6C42\u52A0\u5F3A\u79FB\u52A8\u5E94\u7528\u53CA\u7B2C\u4E09\u65B9\u8F6F\u4EF6\u5F00\u53D1\u5DE5\u5177\u5305\u7684\u5B89\u5168\u9700\u6C42\u5206\u6790\uFF1B\u7B2C\u516B\u6761\u3001\u7B2C\u4E5D\u6761\u5C06\u6D4B\u8BD5\u9A8C\u8BC1\u548C\u8FD0\u884C\u76D1\u6D4B\u5EF6\u4F38\u81F3\u7B2C\u4E09\u65B9 SDK\u3002"},"remediation":{"en":"Add sdks[].purpose: what the SDK does in the app (the same wording as the shared-information list).","zh-CN":"\u8865\u5145 sdks[].purpose\uFF1A\u8BE5 SDK \u5728\u5E94\u7528\u4E2D\u7684\u7528\u9014\uFF08\u4E0E\u7B2C\u4E09\u65B9\u5171\u4EAB\u4E2A\u4EBA\u4FE1\u606F\u6E05\u5355\u4E2D\u7684\u8868\u8FF0\u4E00\u81F4\uFF09\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/sdk-security-assessment-fresh.yaml","value":{"id":"nfra/sdk-security-assessment-fresh","title":{"en":"SDK security assessment within 12 months","zh-CN":"SDK \u5B89\u5168\u8BC4\u4F30\u5728\u6709\u6548\u671F\u5185"},"message":{"en":"SDK \\"{item.id}\\" has no passing security assessment within {params.freshnessDays} days (date: {vars.date}).","zh-CN":"SDK\u201C{item.id}\u201D\u5728 {params.freshnessDays} \u5929\u5185\u6CA1\u6709\u901A\u8FC7\u7684\u5B89\u5168\u8BC4\u4F30\uFF08\u65E5\u671F\uFF1A\`{vars.date}\`\uFF09\u3002"},"severity":"error","stageSeverity":{"pr":"warning"},"articles":[6,8],"stages":["pr","release"],"each":"manifest.?sdks.orValue([])","assert":"fresh(item.?securityAssessment.orValue({}), params.freshnessDays)","vars":{"date":"item.?securityAssessment.?date.orValue('\u2014')"},"at":"/sdks/{index}/securityAssessment","subject":"sdk:{item.id}","rationale":{"en":"Art. 6 requires institutions to strengthen the security requirements analysis of mobile apps and of third-party SDKs; art. 8 and 9 extend testing and monitoring to SDKs.","zh-CN":"\u901A\u77E5\u7B2C\u516D\u6761\u8981\u6C42\u52A0\u5F3A\u79FB\u52A8\u5E94\u7528\u53CA\u7B2C\u4E09\u65B9\u8F6F\u4EF6\u5F00\u53D1\u5DE5\u5177\u5305\u7684\u5B89\u5168\u9700\u6C42\u5206\u6790\uFF1B\u7B2C\u516B\u6761\u3001\u7B2C\u4E5D\u6761\u5C06\u6D4B\u8BD5\u9A8C\u8BC1\u548C\u8FD0\u884C\u76D1\u6D4B\u5EF6\u4F38\u81F3\u7B2C\u4E09\u65B9 SDK\u3002"},"remediation":{"en":"Assess the SDK (JR/T 0231-2021 gives the criteria) and record sdks[].securityAssessment { date, result, report }.","zh-CN":"\u6309 JR/T 0231-2021 \u7B49\u6807\u51C6\u5BF9\u8BE5 SDK \u5F00\u5C55\u5B89\u5168\u8BC4\u4F30\uFF0C\u5E76\u767B\u8BB0 sdks[].securityAssessment \`{ date, result, report }\`\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/sdk-tracker-declared.yaml","value":{"id":"nfra/sdk-tracker-declared","title":{"en":"Tracking SDKs state their purpose and personal information","zh-CN":"\u8DDF\u8E2A\u7C7B SDK \u5DF2\u8BF4\u660E\u7528\u9014\u548C\u4E2A\u4EBA\u4FE1\u606F"},"message":{"en":"{vars.purl} belongs to {vars.name}, a tracking SDK ({vars.categories}); its sdks[] entry must state a purpose and the personal information it collects.","zh-CN":"{vars.purl} \u5C5E\u4E8E\u8DDF\u8E2A\u7C7B SDK\u201C{vars.name}\u201D\uFF08\u7C7B\u522B \`{vars.categories}\`\uFF09\uFF0C\u5176 sdks[] \u6761\u76EE\u5FC5\u987B\u5199\u660E\u7528\u9014\u548C\u6536\u96C6\u7684\u4E2A\u4EBA\u4FE1\u606F\u3002"},"severity":"error","articles":[6,16],"stages":["pr","release"],"each":"facts.?sdks.?components.orValue([])","assert":"type(item.?sdk.orValue(null)) != map || item.?scope.orValue('runtime') != 'runtime' ||\\n!(item.sdk.tracker == true || item.sdk.categories.exists(c, c in params.trackerCategories)) ||\\ncel.bind(entries, manifest.?sdks.orValue([]).filter(s,\\n    s.?packages.orValue([]).exists(p, purlMatches(item.purl, p)) || s.?id.orValue('') == item.sdk.id),\\n  size(entries) == 0 || entries.exists(s, todo(s.?purpose.orValue('')) || todo(s.?personalInfo.orValue([])) ||\\n    (filled(s.?purpose.orValue('')) && filled(s.?personalInfo.orValue([])))))","vars":{"purl":"purlBase(item.purl)","name":"item.sdk.name","categories":"item.sdk.categories"},"subject":"{vars.purl}","rationale":{"en":"Art. 6 requires security requirements analysis of third-party SDKs, and art. 16 requires users to be told the purpose and use of their personal information. Analytics, advertising and attribution SDKs collect device identifiers by design; the ledger must say what and why.","zh-CN":"\u901A\u77E5\u7B2C\u516D\u6761\u8981\u6C42\u5BF9\u7B2C\u4E09\u65B9 SDK \u5F00\u5C55\u5B89\u5168\u9700\u6C42\u5206\u6790\uFF0C\u7B2C\u5341\u516D\u6761\u8981\u6C42\u544A\u77E5\u7528\u6237\u4E2A\u4EBA\u4FE1\u606F\u7684\u6536\u96C6\u76EE\u7684\u548C\u7528\u9014\u3002\u7EDF\u8BA1\u3001\u5E7F\u544A\u548C\u5F52\u56E0\u7C7B SDK \u5929\u7136\u6536\u96C6\u8BBE\u5907\u6807\u8BC6\u7B26\uFF0C\u53F0\u8D26\u5FC5\u987B\u5199\u660E\u6536\u96C6\u5185\u5BB9\u548C\u76EE\u7684\u3002"},"remediation":{"en":"Fill sdks[].purpose and sdks[].personalInfo (the catalogue lists what the SDK is known to collect), and list the SDK in the shared-information list.","zh-CN":"\u586B\u5199 sdks[].purpose \u548C sdks[].personalInfo\uFF08SDK \u76EE\u5F55\u5217\u51FA\u4E86\u8BE5 SDK \u5DF2\u77E5\u6536\u96C6\u7684\u4FE1\u606F\uFF09\uFF0C\u5E76\u5C06\u5176\u5217\u5165\u7B2C\u4E09\u65B9\u5171\u4EAB\u4E2A\u4EBA\u4FE1\u606F\u6E05\u5355\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/security-contact.yaml","value":{"id":"nfra/security-contact","title":{"en":"Security contact declared","zh-CN":"\u5DF2\u660E\u786E\u5B89\u5168\u8054\u7CFB\u4EBA"},"message":{"en":"The manifest does not name a security contact with an email or phone number (ownership.securityContact).","zh-CN":"\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u672A\u5199\u660E\u5E26\u6709\u90AE\u7BB1\u6216\u7535\u8BDD\u7684\u5B89\u5168\u8054\u7CFB\u4EBA\uFF08ownership.securityContact\uFF09\u3002"},"severity":"error","articles":[1,3],"stages":["pr","release"],"assert":"cel.bind(p, manifest.?ownership.?securityContact.orValue({}),\\n  filled(p.?name.orValue('')) && (filled(p.?email.orValue('')) || filled(p.?phone.orValue(''))))","at":"/ownership/securityContact","rationale":{"en":"Art. 1 and 3 require clear management responsibilities; art. 12 and 13 require problems to be handled promptly, which needs a named security contact.","zh-CN":"\u901A\u77E5\u7B2C\u4E00\u6761\u3001\u7B2C\u4E09\u6761\u8981\u6C42\u538B\u5B9E\u7BA1\u7406\u8D23\u4EFB\uFF1B\u7B2C\u5341\u4E8C\u6761\u3001\u7B2C\u5341\u4E09\u6761\u8981\u6C42\u53CA\u65F6\u5904\u7F6E\u53D1\u73B0\u7684\u95EE\u9898\uFF0C\u8FD9\u9700\u8981\u660E\u786E\u7684\u5B89\u5168\u8054\u7CFB\u4EBA\u3002"},"remediation":{"en":"Set ownership.securityContact to { name, email } (or phone) of the person or team that handles security reports for the app.","zh-CN":"\u5728 ownership.securityContact \u4E2D\u586B\u5199\u5904\u7406\u672C\u5E94\u7528\u5B89\u5168\u95EE\u9898\u7684\u4EBA\u5458\u6216\u56E2\u961F \`{ name, email }\`\uFF08\u6216 \`phone\`\uFF09\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/security-test-fresh.yaml","value":{"id":"nfra/security-test-fresh","title":{"en":"Security test within 12 months","zh-CN":"\u4E0A\u7EBF\u524D\u5B89\u5168\u6D4B\u8BD5\u5728\u6709\u6548\u671F\u5185"},"message":{"en":"The security test (testing.lastSecurityTest) is missing, failed, dated in the future, or older than {params.freshnessDays} days (date: {vars.date}).","zh-CN":"\u4E0A\u7EBF\u524D\u5B89\u5168\u6D4B\u8BD5\uFF08testing.lastSecurityTest\uFF09\u7F3A\u5931\u3001\u7ED3\u8BBA\u4E3A\u4E0D\u901A\u8FC7\u3001\u65E5\u671F\u665A\u4E8E\u4ECA\u5929\uFF0C\u6216\u5DF2\u8D85\u8FC7 {params.freshnessDays} \u5929\uFF08\u65E5\u671F\uFF1A\`{vars.date}\`\uFF09\u3002"},"severity":"error","stageSeverity":{"pr":"warning"},"articles":[8],"stages":["pr","release"],"assert":"fresh(manifest.?testing.?lastSecurityTest.orValue({}), params.freshnessDays)","vars":{"date":"manifest.?testing.?lastSecurityTest.?date.orValue('\u2014')"},"at":"/testing/lastSecurityTest","rationale":{"en":"Art. 8 requires a test, verification and launch system, with defects and vulnerabilities fixed before delivery, and network security, data security and privacy requirements met before launch; art. 7 requires security testing of authentication and application logic.","zh-CN":"\u901A\u77E5\u7B2C\u516B\u6761\u8981\u6C42\u5EFA\u7ACB\u79FB\u52A8\u5E94\u7528\uFF08\u542B\u7B2C\u4E09\u65B9 SDK\uFF09\u6D4B\u8BD5\u9A8C\u8BC1\u548C\u4E0A\u7EBF\u5236\u5EA6\uFF0C\u4EA4\u4ED8\u524D\u5B8C\u6210\u7F3A\u9677\u548C\u6F0F\u6D1E\u4FEE\u590D\uFF0C\u4E0A\u7EBF\u524D\u6EE1\u8DB3\u7F51\u7EDC\u5B89\u5168\u3001\u6570\u636E\u5B89\u5168\u3001\u9690\u79C1\u4FDD\u62A4\u7B49\u8981\u6C42\uFF1B\u7B2C\u4E03\u6761\u8981\u6C42\u52A0\u5F3A\u5BF9\u5BA2\u6237\u8BA4\u8BC1\u3001\u7CFB\u7EDF\u5E94\u7528\u903B\u8F91\u63A7\u5236\u7684\u5B89\u5168\u6D4B\u8BD5\u3002"},"remediation":{"en":"Run a security test of the release candidate and record testing.lastSecurityTest { date, result, report }.","zh-CN":"\u5BF9\u5F85\u53D1\u5E03\u7248\u672C\u5F00\u5C55\u5B89\u5168\u6D4B\u8BD5\uFF0C\u5E76\u5728 testing.lastSecurityTest \u4E2D\u767B\u8BB0 \`{ date, result, report }\`\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/signing-certificate-format.yaml","value":{"id":"nfra/signing-certificate-format","title":{"en":"Signing certificate fingerprint is a SHA-256","zh-CN":"\u7B7E\u540D\u8BC1\u4E66\u6307\u7EB9\u4E3A SHA-256 \u683C\u5F0F"},"message":{"en":"Signing certificate #{index} ({item.platform}) has no well-formed SHA-256 fingerprint: \\"{item.sha256}\\".","zh-CN":"\u7B2C {index} \u4E2A\u7B7E\u540D\u8BC1\u4E66\uFF08\u5E73\u53F0 \`{item.platform}\`\uFF09\u7684 SHA-256 \u6307\u7EB9\u683C\u5F0F\u4E0D\u6B63\u786E\uFF1A\u201C{item.sha256}\u201D\u3002"},"severity":"error","articles":[9],"stages":["pr","release"],"each":"manifest.?distribution.?signingCertificates.orValue([])","assert":"string(item.?sha256.orValue('')).matches('^([0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$|^[0-9A-Fa-f]{64}$')","at":"/distribution/signingCertificates/{index}/sha256","subject":"certificate:{item.platform}","rationale":{"en":"Art. 9 requires monitoring of counterfeit apps; a fingerprint that is not a full SHA-256 cannot identify the genuine certificate.","zh-CN":"\u901A\u77E5\u7B2C\u4E5D\u6761\u8981\u6C42\u76D1\u6D4B\u4EFF\u5192\u5E94\u7528\uFF1B\u4E0D\u5B8C\u6574\u7684 SHA-256 \u6307\u7EB9\u65E0\u6CD5\u552F\u4E00\u8BC6\u522B\u6B63\u7248\u8BC1\u4E66\u3002"},"remediation":{"en":"Use the SHA-256 fingerprint printed by \`keytool -list -v\` or \`apksigner verify --print-certs\` (32 hex bytes, colon-separated or not).","zh-CN":"\u4F7F\u7528 \`keytool -list -v\` \u6216 \`apksigner verify --print-certs\` \u8F93\u51FA\u7684 SHA-256 \u6307\u7EB9\uFF0832 \u4E2A\u5341\u516D\u8FDB\u5236\u5B57\u8282\uFF0C\u53EF\u5E26\u5192\u53F7\uFF09\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/signing-certificates.yaml","value":{"id":"nfra/signing-certificates","title":{"en":"Signing certificate fingerprints declared","zh-CN":"\u5DF2\u767B\u8BB0\u7B7E\u540D\u8BC1\u4E66\u6307\u7EB9"},"message":{"en":"The manifest declares no signing certificate fingerprints (distribution.signingCertificates): counterfeit and repackaged apps cannot be told apart.","zh-CN":"\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u672A\u767B\u8BB0\u7B7E\u540D\u8BC1\u4E66\u6307\u7EB9\uFF08distribution.signingCertificates\uFF09\uFF0C\u65E0\u6CD5\u8BC6\u522B\u4EFF\u5192\u548C\u91CD\u6253\u5305\u5E94\u7528\u3002"},"severity":"error","articles":[9,12],"stages":["release"],"assert":"size(manifest.?distribution.?signingCertificates.orValue([])) > 0","at":"/distribution/signingCertificates","rationale":{"en":"Art. 9 requires monitoring and investigation of counterfeit apps, and art. 12 requires identifying code tampering and repackaging: both compare against the genuine signing certificates.","zh-CN":"\u901A\u77E5\u7B2C\u4E5D\u6761\u8981\u6C42\u52A0\u5F3A\u5BF9\u4EFF\u5192\u79FB\u52A8\u5E94\u7528\u7684\u76D1\u6D4B\u6392\u67E5\uFF0C\u7B2C\u5341\u4E8C\u6761\u8981\u6C42\u8BC6\u522B\u4EE3\u7801\u7BE1\u6539\u3001\u91CD\u6253\u5305\u7B49\u98CE\u9669\uFF1A\u4E24\u8005\u90FD\u9700\u8981\u4E0E\u6B63\u7248\u7B7E\u540D\u8BC1\u4E66\u6BD4\u5BF9\u3002"},"remediation":{"en":"List each platform's release signing certificate in distribution.signingCertificates [{ platform, sha256 }].","zh-CN":"\u5728 distribution.signingCertificates \u4E2D\u767B\u8BB0\u5404\u5E73\u53F0\u53D1\u5E03\u7B7E\u540D\u8BC1\u4E66 \`[{ platform, sha256 }]\`\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/signing-material-committed.yaml","value":{"id":"nfra/signing-material-committed","title":{"en":"No signing keys or profiles in the repository","zh-CN":"\u4EE3\u7801\u4ED3\u5E93\u4E2D\u65E0\u7B7E\u540D\u5BC6\u94A5\u6216\u63CF\u8FF0\u6587\u4EF6"},"message":{"en":"{item.file} is signing material ({vars.what}) committed to the repository.","zh-CN":"{item.file} \u662F\u63D0\u4EA4\u5230\u4EE3\u7801\u4ED3\u5E93\u4E2D\u7684\u7B7E\u540D\u6750\u6599\uFF08{vars.whatZh}\uFF09\u3002"},"severity":"error","articles":[8,13],"stages":["pr","release"],"each":"facts.?secrets.?findings.orValue([])","assert":"item.category != 'signing-material' || item.debug || item.inTest","vars":{"what":"item.kind in params.signingMaterialNames ? params.signingMaterialNames[item.kind].en : item.kind","whatZh":"item.kind in params.signingMaterialNames ? params.signingMaterialNames[item.kind]['zh-CN'] : item.kind"},"subject":"{item.kind}","rationale":{"en":"Art. 8 asks institutions to secure publishing and the app's identity, and art. 13 to prevent data leakage. A release keystore, .p12 or private key in the repository lets anyone with read access sign a counterfeit app as the bank.","zh-CN":"\u901A\u77E5\u7B2C\u516B\u6761\u8981\u6C42\u505A\u597D\u5E94\u7528\u53D1\u5E03\u4E0E\u8EAB\u4EFD\u7BA1\u7406\uFF0C\u7B2C\u5341\u4E09\u6761\u8981\u6C42\u9632\u8303\u6570\u636E\u6CC4\u9732\u3002\u4ED3\u5E93\u4E2D\u7684\u6B63\u5F0F\u7B7E\u540D\u5E93\u3001.p12 \u6216\u79C1\u94A5\u4F7F\u4EFB\u4F55\u6709\u8BFB\u53D6\u6743\u9650\u7684\u4EBA\u90FD\u80FD\u4EE5\u672C\u673A\u6784\u540D\u4E49\u7B7E\u53D1\u4EFF\u5192\u5E94\u7528\u3002"},"remediation":{"en":"Remove the file from the repository and its history, rotate the key or certificate if it may have leaked, and keep signing material in the CI secret store or a signing service.","zh-CN":"\u4ECE\u4ED3\u5E93\u53CA\u5176\u5386\u53F2\u4E2D\u5220\u9664\u8BE5\u6587\u4EF6\uFF1B\u5982\u53EF\u80FD\u5DF2\u6CC4\u9732\uFF0C\u987B\u66F4\u6362\u5BC6\u94A5\u6216\u8BC1\u4E66\uFF1B\u7B7E\u540D\u6750\u6599\u5E94\u5B58\u653E\u5728\u6301\u7EED\u96C6\u6210\uFF08CI\uFF09\u5BC6\u94A5\u5E93\u6216\u7B7E\u540D\u670D\u52A1\u4E2D\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/third-party-contract.yaml","value":{"id":"nfra/third-party-contract","title":{"en":"Third-party cooperation has a current contract","zh-CN":"\u7B2C\u4E09\u65B9\u5408\u4F5C\u6709\u6709\u6548\u5408\u540C"},"message":{"en":"Third party \\"{item.name}\\" has no contract reference or its contract has expired (expires: {item.contract.expires}).","zh-CN":"\u7B2C\u4E09\u65B9\u201C{item.name}\u201D\u7F3A\u5C11\u5408\u540C\u7F16\u53F7\uFF0C\u6216\u5408\u540C\u5DF2\u5230\u671F\uFF08\u5230\u671F\u65E5\uFF1A\`{item.contract.expires}\`\uFF09\u3002"},"severity":"error","articles":[4],"stages":["pr","release"],"each":"manifest.?thirdParties.orValue([])","assert":"filled(item.?contract.?reference.orValue('')) && daysUntil(item.?contract.?expires.orValue('')) >= 0","at":"/thirdParties/{index}/contract","subject":"third-party:{item.name}","rationale":{"en":"Art. 4 requires institutions that build apps with government departments, enterprises or other third parties to define responsibilities by contract or agreement, including network and data security obligations.","zh-CN":"\u901A\u77E5\u7B2C\u56DB\u6761\u8981\u6C42\u91D1\u878D\u673A\u6784\u4E0E\u653F\u5E9C\u90E8\u95E8\u3001\u4F01\u4E1A\u7B49\u7B2C\u4E09\u65B9\u5408\u4F5C\u5EFA\u8BBE\u79FB\u52A8\u5E94\u7528\u7684\uFF0C\u5E94\u901A\u8FC7\u5408\u540C\u6216\u534F\u8BAE\u660E\u786E\u79FB\u52A8\u5E94\u7528\u7BA1\u7406\u8D23\u4EFB\u4E3B\u4F53\uFF0C\u7EA6\u5B9A\u53CC\u65B9\u6743\u5229\u4E49\u52A1\uFF0C\u5207\u5B9E\u5C65\u884C\u7F51\u7EDC\u5B89\u5168\u548C\u6570\u636E\u5B89\u5168\u8D23\u4EFB\u3002"},"remediation":{"en":"Record the contract as thirdParties[].contract { reference, expires } and renew it before it expires.","zh-CN":"\u5728 thirdParties[].contract \u4E2D\u767B\u8BB0\u5408\u540C \`{ reference, expires }\`\uFF0C\u5E76\u5728\u5230\u671F\u524D\u7EED\u7B7E\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/two-lists.yaml","value":{"id":"nfra/two-lists","title":{"en":"The \\"two lists\\" are published","zh-CN":"\u5DF2\u516C\u5E03\u201C\u53CC\u6E05\u5355\u201D"},"message":{"en":"privacy.{item} is missing: publish the list of personal information collected and the list shared with third parties.","zh-CN":"\u7F3A\u5C11 privacy.{item}\uFF1A\u8BF7\u516C\u5E03\u5DF2\u6536\u96C6\u4E2A\u4EBA\u4FE1\u606F\u6E05\u5355\u548C\u4E0E\u7B2C\u4E09\u65B9\u5171\u4EAB\u4E2A\u4EBA\u4FE1\u606F\u6E05\u5355\u3002"},"severity":"error","articles":[16],"stages":["pr","release"],"each":"['collectedInfoList', 'sharedInfoList']","assert":"filled(manifest.?privacy[?item].orValue(''))","at":"/privacy/{item}","subject":"{item}","rationale":{"en":"Art. 16 requires users to be informed of the purpose, use and protection of personal information; MIIT requires apps to publish a list of personal information collected and a list of personal information shared with third parties.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u516D\u6761\u8981\u6C42\u544A\u77E5\u7528\u6237\u4E2A\u4EBA\u4FE1\u606F\u7684\u6536\u96C6\u76EE\u7684\u3001\u7528\u9014\u548C\u4FDD\u62A4\u63AA\u65BD\uFF1B\u5DE5\u4E1A\u548C\u4FE1\u606F\u5316\u90E8\u8981\u6C42 App \u516C\u5E03\u300A\u5DF2\u6536\u96C6\u4E2A\u4EBA\u4FE1\u606F\u6E05\u5355\u300B\u548C\u300A\u4E0E\u7B2C\u4E09\u65B9\u5171\u4EAB\u4E2A\u4EBA\u4FE1\u606F\u6E05\u5355\u300B\u3002"},"remediation":{"en":"Link both lists in privacy.collectedInfoList and privacy.sharedInfoList.","zh-CN":"\u5728 privacy.collectedInfoList \u548C privacy.sharedInfoList \u4E2D\u63D0\u4F9B\u53CC\u6E05\u5355\uFF08\u5DF2\u6536\u96C6\u4E2A\u4EBA\u4FE1\u606F\u6E05\u5355\u3001\u7B2C\u4E09\u65B9\u5171\u4EAB\u4E2A\u4EBA\u4FE1\u606F\u6E05\u5355\uFF09\u7684\u94FE\u63A5\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/url-domain-allowed.yaml","value":{"id":"nfra/url-domain-allowed","title":{"en":"Links use declared domains","zh-CN":"\u94FE\u63A5\u4F7F\u7528\u5DF2\u58F0\u660E\u7684\u57DF\u540D"},"message":{"en":"{item.host} is not in security.allowedDomains ({group.count} link(s): {group.locations}).","zh-CN":"{item.host} \u4E0D\u5728 security.allowedDomains \u4E2D\uFF08\u5171 {group.count} \u5904\u94FE\u63A5\uFF1A{group.locations}\uFF09\u3002"},"severity":"warning","articles":[7],"stages":["pr","release"],"when":"filled(manifest.?security.?allowedDomains.orValue([]))","each":"cel.bind(outside,\\n  facts.?links.?hosts.orValue([]).filter(h, !domainMatches(h, manifest.security.allowedDomains + params.commonDomains)),\\n  size(outside) == 0 ? [] :\\n    facts.?links.?urls.orValue([]).filter(u, u.host in outside && !u.inComment && !u.local && !u.inTest &&\\n      !(u.scheme in ['http', 'ws'])))","assert":"item.file.matches('(^|/)(mobile-app\\\\\\\\.ya?ml|[^/]*\\\\\\\\.gradle(\\\\\\\\.kts)?|gradle\\\\\\\\.properties|package\\\\\\\\.json|oh-package\\\\\\\\.json5|pubspec\\\\\\\\.yaml|Package\\\\\\\\.swift|project\\\\\\\\.yml)$')","groupBy":"{item.host}","subject":"{item.host}","rationale":{"en":"Art. 7 prohibits embedding irrelevant links, invalid links and other risky code, and asks institutions to find and clean them promptly. A host that nobody declared is either missing from the ledger or should not be in the app.","zh-CN":"\u901A\u77E5\u7B2C\u4E03\u6761\u7981\u6B62\u5728\u79FB\u52A8\u5E94\u7528\u4E2D\u5D4C\u5165\u65E0\u5173\u94FE\u63A5\u3001\u65E0\u6548\u94FE\u63A5\u7B49\u98CE\u9669\u4EE3\u7801\uFF0C\u5E76\u8981\u6C42\u53CA\u65F6\u6392\u67E5\u6E05\u7406\u3002\u672A\u7ECF\u58F0\u660E\u7684\u57DF\u540D\u8981\u4E48\u9057\u6F0F\u4E8E\u53F0\u8D26\uFF0C\u8981\u4E48\u4E0D\u5E94\u51FA\u73B0\u5728\u5E94\u7528\u4E2D\u3002"},"remediation":{"en":"Add the host (or *.its-domain) to security.allowedDomains after review, or remove the link.","zh-CN":"\u7ECF\u8BC4\u5BA1\u540E\u5C06\u8BE5\u4E3B\u673A\uFF08\u6216 *.\u5176\u57DF\u540D\uFF09\u52A0\u5165 security.allowedDomains\uFF0C\u6216\u5220\u9664\u8BE5\u94FE\u63A5\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/user-authentication.yaml","value":{"id":"nfra/user-authentication","title":{"en":"User authentication declared","zh-CN":"\u5DF2\u58F0\u660E\u7528\u6237\u8EAB\u4EFD\u8BA4\u8BC1\u65B9\u5F0F"},"message":{"en":"The manifest does not declare how registered users are authenticated (security.userAuthentication).","zh-CN":"\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u672A\u58F0\u660E\u6CE8\u518C\u7528\u6237\u7684\u8EAB\u4EFD\u8BA4\u8BC1\u65B9\u5F0F\uFF08security.userAuthentication\uFF09\u3002"},"severity":"error","articles":[12],"stages":["pr","release"],"assert":"size(manifest.?security.?userAuthentication.orValue([])) > 0","at":"/security/userAuthentication","rationale":{"en":"Art. 12 requires effective identity verification of registered users of mobile apps.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E8C\u6761\u8981\u6C42\u5BF9\u79FB\u52A8\u5E94\u7528\u6CE8\u518C\u7528\u6237\u8FDB\u884C\u6709\u6548\u7684\u8EAB\u4EFD\u9A8C\u8BC1\u3002"},"remediation":{"en":"List the authentication methods in security.userAuthentication, e.g. [password, sms-otp, biometric].","zh-CN":"\u5728 security.userAuthentication \u4E2D\u5217\u51FA\u8BA4\u8BC1\u65B9\u5F0F\uFF0C\u4F8B\u5982 \`[password, sms-otp, biometric]\`\uFF08\u5BC6\u7801\u3001\u77ED\u4FE1\u9A8C\u8BC1\u7801\u3001\u751F\u7269\u8BC6\u522B\uFF09\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/vendored-binary-declared.yaml","value":{"id":"nfra/vendored-binary-declared","title":{"en":"Vendored SDK binaries are declared","zh-CN":"\u5185\u7F6E\u7684 SDK \u4E8C\u8FDB\u5236\u6587\u4EF6\u5DF2\u7533\u62A5"},"message":{"en":"{item.file} ({item.kind}) is a binary in the repository that no sdks[].packages entry declares (pkg:generic/{vars.name}).","zh-CN":"{item.file}\uFF08\`{item.kind}\` \u6587\u4EF6\uFF09\u662F\u4ED3\u5E93\u4E2D\u7684\u4E8C\u8FDB\u5236\u6587\u4EF6\uFF0C\u4F46\u6CA1\u6709\u4EFB\u4F55 sdks[].packages \u6761\u76EE\u7533\u62A5\u5B83\uFF08pkg:generic/{vars.name}\uFF09\u3002"},"severity":"error","articles":[6,7],"stages":["pr","release"],"each":"facts.?sdks.?vendoredBinaries.orValue([]).map(b, {'file': b.file, 'kind': b.kind, 'name': b.name,\\n  'location': size(b.?referencedBy.orValue([])) > 0 ? b.referencedBy[0] : b.location,\\n  'purls': ['pkg:generic/' + b.name] + facts.sdks.components.filter(c, c.?source.orValue('') == b.file).map(c, c.purl),\\n  'ids': facts.sdks.components.filter(c, c.?source.orValue('') == b.file && type(c.?sdk.orValue(null)) == map).map(c, c.sdk.id)})","assert":"manifest.?sdks.orValue([]).exists(s, s.?id.orValue('') in item.ids ||\\n  s.?packages.orValue([]).exists(p, item.purls.exists(u, purlMatches(u, p))))","vars":{"name":"size(item.purls) > 1 ? purlBase(item.purls[1]).substring(12) : item.name"},"subject":"{item.file}","rationale":{"en":"Art. 7 requires security risk management of integrated third-party components, and art. 6 security requirements analysis of SDKs. A binary copied into the repository bypasses the dependency inventory, version control of its origin and vulnerability scanning.","zh-CN":"\u901A\u77E5\u7B2C\u4E03\u6761\u8981\u6C42\u5BF9\u96C6\u6210\u7684\u7B2C\u4E09\u65B9\u7EC4\u4EF6\u5F00\u5C55\u5B89\u5168\u98CE\u9669\u7BA1\u7406\uFF0C\u7B2C\u516D\u6761\u8981\u6C42\u5BF9 SDK \u5F00\u5C55\u5B89\u5168\u9700\u6C42\u5206\u6790\u3002\u76F4\u63A5\u62F7\u5165\u4ED3\u5E93\u7684\u4E8C\u8FDB\u5236\u6587\u4EF6\u7ED5\u8FC7\u4E86\u4F9D\u8D56\u58F0\u660E\u3001\u6765\u6E90\u7248\u672C\u7BA1\u7406\u548C\u6F0F\u6D1E\u626B\u63CF\u3002"},"remediation":{"en":"Declare it: an sdks[] entry whose packages include pkg:generic/<name> (with vendor, purpose, personalInfo and assessment), or replace it with a dependency from an approved repository.","zh-CN":"\u7533\u62A5\u8BE5\u6587\u4EF6\uFF1A\u65B0\u589E sdks[] \u6761\u76EE\uFF0C\`packages\` \u4E2D\u5305\u542B \`pkg:generic/<\u540D\u79F0>\`\uFF08\u5E76\u5199\u660E \`vendor\`\u3001\`purpose\`\u3001\`personalInfo\` \u548C\u8BC4\u4F30\uFF09\uFF0C\u6216\u6539\u4E3A\u4ECE\u7ECF\u6279\u51C6\u7684\u4ED3\u5E93\u5F15\u5165\u4F9D\u8D56\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/webview-debugging.yaml","value":{"id":"nfra/webview-debugging","title":{"en":"WebView debugging is off in release code","zh-CN":"\u6B63\u5F0F\u4EE3\u7801\u4E2D\u5173\u95ED WebView \u8C03\u8BD5"},"message":{"en":"{vars.call} outside {vars.where}: anyone with USB access can inspect the app's web pages.","zh-CN":"\u5728{vars.whereZh}\u4E4B\u5916\u8BBE\u7F6E\u4E86 \`{vars.call}\`\uFF1A\u4EFB\u4F55\u80FD\u901A\u8FC7 USB \u8FDE\u63A5\u8BBE\u5907\u7684\u4EBA\u90FD\u53EF\u4EE5\u8C03\u8BD5\u5E94\u7528\u7684\u7F51\u9875\u3002"},"severity":"error","articles":[13],"stages":["pr","release"],"each":"facts.?android.?webview.orValue([]) + facts.?ios.?webview.orValue([])","assert":"!(item.kind in ['webcontents-debugging', 'inspectable']) || item.inTest ||\\nitem.location.file.matches('(^|/)src/(debug|[A-Za-z0-9]+Debug|test[A-Za-z0-9]*|androidTest[A-Za-z0-9]*)/')","vars":{"call":"item.kind == 'inspectable' ? 'WKWebView.isInspectable = true' : 'WebView.setWebContentsDebuggingEnabled(true)'","where":"item.kind == 'inspectable' ? '#if DEBUG' : 'a debug source set'","whereZh":"item.kind == 'inspectable' ? ' \`#if DEBUG\` \u4EE3\u7801\u5757' : ' \`debug\` \u6E90\u96C6'"},"subject":"{item.kind}","rationale":{"en":"Art. 13 requires measures against data leakage and tampering. Remote WebView debugging lets Chrome DevTools (Android) or Safari Web Inspector (iOS) read cookies, tokens and page data and run scripts in the page.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E09\u6761\u8981\u6C42\u9632\u8303\u6570\u636E\u6CC4\u9732\u548C\u7BE1\u6539\u3002\u5F00\u542F WebView \u8FDC\u7A0B\u8C03\u8BD5\u540E\uFF0C\u53EF\u901A\u8FC7 Chrome DevTools\uFF08Android\uFF09\u6216 Mac \u4E0A\u7684\u7F51\u9875\u68C0\u67E5\u5668\uFF08iOS\uFF09\u8BFB\u53D6 Cookie\u3001\u4EE4\u724C\u548C\u9875\u9762\u6570\u636E\uFF0C\u5E76\u5728\u9875\u9762\u4E2D\u6267\u884C\u811A\u672C\u3002"},"remediation":{"en":"Enable it only in debug builds: if (BuildConfig.DEBUG) WebView.setWebContentsDebuggingEnabled(true), or move the call to src/debug/; on iOS, wrap webView.isInspectable = true in #if DEBUG \u2026 #endif.","zh-CN":"\u4EC5\u5728\u8C03\u8BD5\u7248\u672C\u5F00\u542F\uFF1A\`if (BuildConfig.DEBUG) WebView.setWebContentsDebuggingEnabled(true)\`\uFF0C\u6216\u5C06\u8C03\u7528\u79FB\u81F3 src/debug/\uFF1BiOS \u4E0A\u5C06 \`webView.isInspectable = true\` \u653E\u5165 \`#if DEBUG \u2026 #endif\`\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/webview-file-access.yaml","value":{"id":"nfra/webview-file-access","title":{"en":"WebView file access is off","zh-CN":"WebView \u5173\u95ED\u6587\u4EF6\u8BBF\u95EE"},"message":{"en":"The WebView allows {vars.what}: a page can read the app's private files.","zh-CN":"WebView \u5141\u8BB8{vars.whatZh}\uFF1A\u9875\u9762\u53EF\u4EE5\u8BFB\u53D6\u5E94\u7528\u7684\u79C1\u6709\u6587\u4EF6\u3002"},"severity":"warning","articles":[13],"stages":["pr","release"],"each":"facts.?android.?webview.orValue([])","assert":"!(item.kind in ['file-access', 'universal-access-from-file-urls', 'file-access-from-file-urls']) || item.inTest","vars":{"what":"item.kind == 'file-access' ? 'file:// access (setAllowFileAccess(true))' : (item.kind == 'universal-access-from-file-urls' ? 'file:// pages to reach any origin (setAllowUniversalAccessFromFileURLs(true))' : 'file:// pages to read other files (setAllowFileAccessFromFileURLs(true))')","whatZh":"item.kind == 'file-access' ? ' \`file://\` \u8BBF\u95EE\uFF08\`setAllowFileAccess(true)\`\uFF09' : (item.kind == 'universal-access-from-file-urls' ? ' \`file://\` \u9875\u9762\u8BBF\u95EE\u4EFB\u610F\u6765\u6E90\uFF08\`setAllowUniversalAccessFromFileURLs(true)\`\uFF09' : ' \`file://\` \u9875\u9762\u8BFB\u53D6\u5176\u4ED6\u6587\u4EF6\uFF08\`setAllowFileAccessFromFileURLs(true)\`\uFF09')"},"subject":"{item.kind}","rationale":{"en":"Art. 13 requires measures against data leakage. File access from WebViews is a classic way to steal an app's databases and tokens through a crafted page or intent.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E09\u6761\u8981\u6C42\u9632\u8303\u6570\u636E\u6CC4\u9732\u3002\u901A\u8FC7\u6784\u9020\u7684\u9875\u9762\u6216 Intent \u5229\u7528 WebView \u6587\u4EF6\u8BBF\u95EE\u7A83\u53D6\u5E94\u7528\u6570\u636E\u5E93\u548C\u4EE4\u724C\uFF0C\u662F\u5E38\u89C1\u653B\u51FB\u624B\u6CD5\u3002"},"remediation":{"en":"Set these to false (setAllowFileAccess(false)); serve local content with WebViewAssetLoader over https://appassets.androidplatform.net.","zh-CN":"\u5C06\u4E0A\u8FF0\u8BBE\u7F6E\u6539\u4E3A \`false\`\uFF08\`setAllowFileAccess(false)\`\uFF09\uFF1B\u672C\u5730\u5185\u5BB9\u6539\u7528 WebViewAssetLoader \u901A\u8FC7 https://appassets.androidplatform.net \u63D0\u4F9B\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/webview-javascript-bridge.yaml","value":{"id":"nfra/webview-javascript-bridge","title":{"en":"JavaScript bridges are reviewed","zh-CN":"JavaScript \u6865\u63A5\u63A5\u53E3\u7ECF\u8FC7\u8BC4\u5BA1"},"message":{"en":"This file enables JavaScript in a WebView and calls addJavascriptInterface: every page the WebView loads can call the bridged Java/Kotlin methods.","zh-CN":"\u8BE5\u6587\u4EF6\u5728 WebView \u4E2D\u542F\u7528\u4E86 JavaScript \u5E76\u8C03\u7528\u4E86 addJavascriptInterface\uFF1AWebView \u52A0\u8F7D\u7684\u4EFB\u4F55\u9875\u9762\u90FD\u53EF\u4EE5\u8C03\u7528\u6865\u63A5\u7684 Java/Kotlin \u65B9\u6CD5\u3002"},"severity":"warning","articles":[13],"stages":["pr","release"],"each":"facts.?android.?webview.orValue([])","assert":"item.kind != 'javascript-enabled' || !item.?javascriptInterfaceInFile.orValue(false) || item.inTest","subject":"javascript-bridge","rationale":{"en":"Art. 13 requires measures against data leakage and tampering. A JavaScript interface exposed to a page loaded over an untrusted or compromised origin gives that page native access.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E09\u6761\u8981\u6C42\u9632\u8303\u6570\u636E\u6CC4\u9732\u548C\u7BE1\u6539\u3002\u82E5\u9875\u9762\u6765\u81EA\u4E0D\u53EF\u4FE1\u6216\u88AB\u653B\u7834\u7684\u6765\u6E90\uFF0C\u66B4\u9732\u7ED9\u5B83\u7684 JavaScript \u63A5\u53E3\u5373\u8D4B\u4E88\u5176\u672C\u5730\u4EE3\u7801\u8C03\u7528\u80FD\u529B\u3002"},"remediation":{"en":"Load only the institution's HTTPS pages in that WebView (check the URL before loading), expose only @JavascriptInterface methods that need it, and waive the finding with the review ticket.","zh-CN":"\u8BE5 WebView \u53EA\u52A0\u8F7D\u672C\u673A\u6784\u7684 HTTPS \u9875\u9762\uFF08\u52A0\u8F7D\u524D\u6821\u9A8C URL\uFF09\uFF0C\u4EC5\u66B4\u9732\u5FC5\u8981\u7684 @JavascriptInterface \u65B9\u6CD5\uFF0C\u5E76\u4EE5\u8BC4\u5BA1\u5355\u53F7\u529E\u7406\u8C41\u514D\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99/rules/webview-ssl-error-proceed.yaml","value":{"id":"nfra/webview-ssl-error-proceed","title":{"en":"WebView does not ignore TLS certificate errors","zh-CN":"WebView \u4E0D\u5FFD\u7565 TLS \u8BC1\u4E66\u9519\u8BEF"},"message":{"en":"onReceivedSslError calls handler.proceed(): the WebView accepts any certificate, including an attacker's.","zh-CN":"onReceivedSslError \u4E2D\u8C03\u7528\u4E86 handler.proceed()\uFF1AWebView \u5C06\u63A5\u53D7\u4EFB\u4F55\u8BC1\u4E66\uFF0C\u5305\u62EC\u653B\u51FB\u8005\u7684\u8BC1\u4E66\u3002"},"severity":"error","articles":[12,13],"stages":["pr","release"],"each":"facts.?android.?webview.orValue([])","assert":"item.kind != 'ssl-error-proceed' || item.inTest","subject":"{item.kind}","rationale":{"en":"Art. 12 requires encrypted transmission and art. 13 protection against data leakage and tampering. Proceeding on an SSL error turns every HTTPS page of the WebView into one a man in the middle can read and change.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E8C\u6761\u8981\u6C42\u52A0\u5BC6\u4F20\u8F93\uFF0C\u7B2C\u5341\u4E09\u6761\u8981\u6C42\u9632\u8303\u6570\u636E\u6CC4\u9732\u548C\u7BE1\u6539\u3002\u5728 SSL \u9519\u8BEF\u65F6\u7EE7\u7EED\u52A0\u8F7D\uFF0C\u4F1A\u4F7F WebView \u4E2D\u7684\u6BCF\u4E2A HTTPS \u9875\u9762\u90FD\u53EF\u88AB\u4E2D\u95F4\u4EBA\u8BFB\u53D6\u548C\u7BE1\u6539\u3002"},"remediation":{"en":"Call handler.cancel() (the default) in onReceivedSslError, or remove the override; fix the server's certificate instead.","zh-CN":"\u5728 onReceivedSslError \u4E2D\u8C03\u7528 handler.cancel()\uFF08\u9ED8\u8BA4\u884C\u4E3A\uFF09\u6216\u5220\u9664\u8BE5\u91CD\u5199\u65B9\u6CD5\uFF1B\u5E94\u4FEE\u590D\u670D\u52A1\u5668\u8BC1\u4E66\u3002"}},"line":2,"column":1}]},"nfra-2024-99-strict":{"pack":{"path":"policies/nfra-2024-99-strict/pack.yaml","value":{"apiVersion":"mobile-policy/pack/v1","name":"nfra-2024-99-strict","version":"0.1.0","title":{"en":"NFRA circular Jin Ban Fa [2024] No. 99 \u2014 strict profile for important information systems","zh-CN":"\u91D1\u529E\u53D1\u30142024\u301599\u53F7\u901A\u77E5\u2014\u2014\u91CD\u8981\u4FE1\u606F\u7CFB\u7EDF\u4E25\u683C\u914D\u7F6E"},"description":{"en":"Extends nfra-2024-99 for apps that are, or are part of, important information systems (art. 11): evidence must be at most 180 days old, counterfeit scans at most 30 days, waivers last at most 90 days, warnings are errors at every stage, every SDK needs a contract, C3 data is encrypted at rest, and a penetration test is required within the freshness window.","zh-CN":"\u5728 nfra-2024-99 \u57FA\u7840\u4E0A\uFF0C\u9002\u7528\u4E8E\u5C5E\u4E8E\u91CD\u8981\u4FE1\u606F\u7CFB\u7EDF\uFF08\u7B2C\u5341\u4E00\u6761\uFF09\u7684\u5E94\u7528\uFF1A\u5404\u7C7B\u8BC1\u636E\u4E0D\u8D85\u8FC7 180 \u5929\uFF0C\u4EFF\u5192\u76D1\u6D4B\u4E0D\u8D85\u8FC7 30 \u5929\uFF0C \u8C41\u514D\u671F\u9650\u4E0D\u8D85\u8FC7 90 \u5929\uFF0C\u6240\u6709\u9636\u6BB5\u7684\u8B66\u544A\u5747\u5347\u7EA7\u4E3A\u9519\u8BEF\uFF1B\u6BCF\u4E2A SDK \u5FC5\u987B\u7B7E\u8BA2\u5408\u540C\uFF0CC3 \u7EA7\u6570\u636E\u987B\u5B58\u50A8\u52A0\u5BC6\uFF0C\u5E76\u987B\u5728\u6709\u6548\u671F\u5185\u5B8C\u6210\u6E17\u900F\u6D4B\u8BD5\u3002"},"extends":"nfra-2024-99","params":{"freshnessDays":180,"counterfeitScanDays":30,"minAndroidSdk":26,"minIosVersion":"15.0","maxWaiverDays":90},"severityMap":{"warning":"error"},"overrides":{"nfra/c3-not-shared":{"waivable":false}}},"line":1,"column":1},"rules":[{"path":"policies/nfra-2024-99-strict/rules/c3-encrypted-at-rest.yaml","value":{"id":"nfra-strict/c3-encrypted-at-rest","title":{"en":"C3 data encrypted at rest","zh-CN":"C3 \u7EA7\u6570\u636E\u5B58\u50A8\u52A0\u5BC6"},"message":{"en":"Data flow \\"{item.name}\\" carries C3 data but does not declare encryptedAtRest: true.","zh-CN":"\u6570\u636E\u6D41\u201C{item.name}\u201D\u5305\u542B C3 \u7EA7\u6570\u636E\uFF0C\u4F46\u672A\u58F0\u660E \`encryptedAtRest: true\`\u3002"},"severity":"error","articles":[13],"stages":["pr","release"],"each":"manifest.?dataFlows.orValue([])","assert":"item.?sensitivity.orValue('') != 'C3' || item.?encryptedAtRest.orValue(false) == true","at":"/dataFlows/{index}/encryptedAtRest","subject":"dataflow:{item.name}","rationale":{"en":"Art. 13 requires data security measures that prevent leakage, tampering and ransomware; C3 is the most sensitive class of personal financial information (JR/T 0171-2020) and must be protected where it is stored, not only in transit.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E09\u6761\u8981\u6C42\u91C7\u53D6\u6570\u636E\u5B89\u5168\u63AA\u65BD\uFF0C\u9632\u8303\u6570\u636E\u6CC4\u9732\u3001\u7BE1\u6539\u548C\u52D2\u7D22\u653B\u51FB\uFF1BC3 \u7C7B\u4E3A\u6700\u654F\u611F\u7684\u4E2A\u4EBA\u91D1\u878D\u4FE1\u606F\uFF08JR/T 0171-2020\uFF09\uFF0C\u5B58\u50A8\u65F6\u4E5F\u5FC5\u987B\u52A0\u4EE5\u4FDD\u62A4\uFF0C\u800C\u4E0D\u4EC5\u662F\u4F20\u8F93\u65F6\u3002"},"remediation":{"en":"Encrypt the stored data (device keystore / server-side encryption) and set dataFlows[].encryptedAtRest: true.","zh-CN":"\u5BF9\u5B58\u50A8\u7684\u6570\u636E\u52A0\u5BC6\uFF08\u8BBE\u5907\u5BC6\u94A5\u5E93\u6216\u670D\u52A1\u7AEF\u52A0\u5BC6\uFF09\uFF0C\u5E76\u8BBE\u7F6E \`dataFlows[].encryptedAtRest: true\`\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99-strict/rules/penetration-test-fresh.yaml","value":{"id":"nfra-strict/penetration-test-fresh","title":{"en":"Penetration test within the freshness window","zh-CN":"\u6E17\u900F\u6D4B\u8BD5\u5728\u6709\u6548\u671F\u5185"},"message":{"en":"The penetration test (security.penetrationTest) is missing, failed, dated in the future, or older than {params.freshnessDays} days (date: {vars.date}).","zh-CN":"\u6E17\u900F\u6D4B\u8BD5\uFF08security.penetrationTest\uFF09\u7F3A\u5931\u3001\u7ED3\u8BBA\u4E3A\u4E0D\u901A\u8FC7\u3001\u65E5\u671F\u665A\u4E8E\u4ECA\u5929\uFF0C\u6216\u5DF2\u8D85\u8FC7 {params.freshnessDays} \u5929\uFF08\u65E5\u671F\uFF1A\`{vars.date}\`\uFF09\u3002"},"severity":"error","articles":[12],"stages":["pr","release"],"assert":"fresh(manifest.?security.?penetrationTest.orValue({}), params.freshnessDays)","vars":{"date":"manifest.?security.?penetrationTest.?date.orValue('\u2014')"},"at":"/security/penetrationTest","rationale":{"en":"Art. 12 requires regular security reinforcement and monitoring of attacks, intrusions and vulnerabilities; art. 18 has the regulator run penetration tests. An important information system should find those weaknesses first, with its own recent penetration test.","zh-CN":"\u901A\u77E5\u7B2C\u5341\u4E8C\u6761\u8981\u6C42\u5B9A\u671F\u5F00\u5C55\u5B89\u5168\u52A0\u56FA\uFF0C\u76D1\u6D4B\u8BC6\u522B\u653B\u51FB\u5165\u4FB5\u548C\u5B89\u5168\u6F0F\u6D1E\u7B49\u98CE\u9669\uFF1B\u7B2C\u5341\u516B\u6761\u8981\u6C42\u76D1\u7BA1\u673A\u6784\u5B9A\u671F\u5F00\u5C55\u6E17\u900F\u6D4B\u8BD5\u3002\u91CD\u8981\u4FE1\u606F\u7CFB\u7EDF\u5E94\u901A\u8FC7\u8FD1\u671F\u7684\u81EA\u6709\u6E17\u900F\u6D4B\u8BD5\u5148\u884C\u53D1\u73B0\u8FD9\u4E9B\u95EE\u9898\u3002"},"remediation":{"en":"Run a penetration test of the app and its back end and record security.penetrationTest { date, result, report }.","zh-CN":"\u5BF9\u5E94\u7528\u53CA\u5176\u540E\u53F0\u5F00\u5C55\u6E17\u900F\u6D4B\u8BD5\uFF0C\u5E76\u767B\u8BB0 \`security.penetrationTest { date, result, report }\`\u3002"}},"line":2,"column":1},{"path":"policies/nfra-2024-99-strict/rules/sdk-contract-required.yaml","value":{"id":"nfra-strict/sdk-contract-required","title":{"en":"Every SDK has a contract","zh-CN":"\u6BCF\u4E2A SDK \u5747\u5DF2\u7B7E\u8BA2\u5408\u540C"},"message":{"en":"SDK \\"{item.id}\\" has no contract (sdks[].contract with a reference and an expiry date).","zh-CN":"SDK\u201C{item.id}\u201D\u672A\u767B\u8BB0\u5408\u540C\uFF08sdks[].contract \u987B\u5305\u542B\u5408\u540C\u7F16\u53F7\u548C\u5230\u671F\u65E5\uFF09\u3002"},"severity":"error","articles":[4,6],"stages":["pr","release"],"each":"manifest.?sdks.orValue([])","assert":"filled(item.?contract.?reference.orValue('')) && isDate(item.?contract.?expires.orValue(''))","at":"/sdks/{index}/contract","subject":"sdk:{item.id}","rationale":{"en":"Art. 4 requires the responsibilities and security obligations of partners to be agreed by contract; for an important information system every third-party SDK vendor must be bound by one.","zh-CN":"\u901A\u77E5\u7B2C\u56DB\u6761\u8981\u6C42\u901A\u8FC7\u5408\u540C\u6216\u534F\u8BAE\u660E\u786E\u5408\u4F5C\u65B9\u7684\u8D23\u4EFB\u4E0E\u5B89\u5168\u4E49\u52A1\uFF1B\u5BF9\u4E8E\u91CD\u8981\u4FE1\u606F\u7CFB\u7EDF\uFF0C\u6BCF\u4E00\u4E2A\u7B2C\u4E09\u65B9 SDK \u4F9B\u5E94\u5546\u90FD\u5FC5\u987B\u53D7\u5408\u540C\u7EA6\u675F\u3002"},"remediation":{"en":"Sign a contract with the SDK vendor and record sdks[].contract { reference, expires }, or remove the SDK.","zh-CN":"\u4E0E SDK \u4F9B\u5E94\u5546\u7B7E\u8BA2\u5408\u540C\uFF0C\u5E76\u767B\u8BB0 \`sdks[].contract { reference, expires }\`\uFF1B\u6216\u79FB\u9664\u8BE5 SDK\u3002"}},"line":2,"column":1}]}},"catalog":[{"id":"pangle-csj","name":"Pangle China (CSJ) / GroMore","nameZh":"\u7A7F\u5C71\u7532 / GroMore \u805A\u5408","vendor":{"en":"ByteDance (Ocean Engine)","zh-CN":"\u5B57\u8282\u8DF3\u52A8 \u5DE8\u91CF\u5F15\u64CE"},"categories":["advertising"],"personalInfo":["device-id","android-id","oaid","imei","mac-address","advertising-id","ip-address","coarse-location","wifi-info","device-info","installed-apps","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.pangle.cn:*","com.gromore.cn:*","com.pangle_beta.cn:*"],"cocoapods":["Ads-CN","Ads-CN-Beta","BUAdSDK","CSJMediation"],"pub":["flutter_unionad","gromore"],"npm":["react-native-pangle-cn"],"androidClassPrefixes":["com.bytedance.sdk.openadsdk.","com.bytedance.msdk."],"vendoredFiles":["open_ad_sdk*.aar","open_ad_sdk*.jar","BUAdSDK.framework","BUAdSDK.xcframework","CSJAdSDK.framework"],"domains":["pangolin-sdk-toutiao.com","pglstatp-toutiao.com","csjplatform.com"],"homepage":"https://www.csjplatform.com/","sources":["CSJ platform support centre, Android integration (www.csjplatform.com/supportcenter/5397)","public Gradle usage of com.pangle.cn:ads-sdk-pro, :mediation-sdk, com.gromore.cn adapters (code search)"],"notes":"unverified: pub/npm names, CSJMediation pod, domains.","file":"policies/catalog/advertising.yaml","line":4},{"id":"pangle-global","name":"Pangle (global)","vendor":{"en":"ByteDance (Pangle)"},"categories":["advertising"],"personalInfo":["device-id","advertising-id","ip-address","coarse-location","device-info","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.pangle.global:*"],"cocoapods":["Ads-Global","PangleSDK"],"domains":["pangle.io","pangleglobal.com"],"sources":["Pangle global documentation (www.pangleglobal.com/integration)"],"notes":"Shares Java packages with pangle-csj, so class prefixes are only on pangle-csj. unverified: PangleSDK pod, domains.","file":"policies/catalog/advertising.yaml","line":23},{"id":"gdt-ylh","name":"Tencent Ads Union (GDT / YouLiangHui)","nameZh":"\u4F18\u91CF\u6C47 (\u5E7F\u70B9\u901A)","vendor":{"en":"Tencent","zh-CN":"\u817E\u8BAF\u5E7F\u544A"},"categories":["advertising"],"personalInfo":["device-id","android-id","oaid","imei","mac-address","advertising-id","ip-address","coarse-location","wifi-info","device-info","installed-apps","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.qq.e.union:*"],"cocoapods":["GDTMobSDK"],"androidClassPrefixes":["com.qq.e."],"vendoredFiles":["GDTSDK*.aar","GDTMobSDK.framework"],"domains":["gdt.qq.com","e.qq.com"],"homepage":"https://e.qq.com/dev/","sources":["YouLiangHui developer docs (e.qq.com/dev)","public Gradle usage of com.qq.e.union:union and GDTSDK.unionNormal.*.aar (code search)"],"notes":"unverified: domains.","file":"policies/catalog/advertising.yaml","line":36},{"id":"kuaishou-ads","name":"Kuaishou Ads Union SDK","nameZh":"\u5FEB\u624B\u8054\u76DF","vendor":{"en":"Kuaishou","zh-CN":"\u5FEB\u624B"},"categories":["advertising"],"personalInfo":["device-id","android-id","oaid","imei","mac-address","advertising-id","ip-address","coarse-location","device-info","installed-apps","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.kwai.sdk:*","com.kwad.sdk:*"],"cocoapods":["KSAdSDK"],"androidClassPrefixes":["com.kwad.sdk.","com.kwad."],"vendoredFiles":["kssdk-ad-*.aar","KSAdSDK.framework","KSAdSDK.xcframework"],"domains":["kuaishou.com","gifshow.com"],"homepage":"https://u.kuaishou.com/","sources":["Kuaishou Union docs (u.kuaishou.com)","public Gradle usage (code search)"],"notes":"unverified: maven groups (most apps use the downloaded kssdk-ad aar), domains (broad).","file":"policies/catalog/advertising.yaml","line":53},{"id":"baidu-mobads","name":"Baidu Mobile Ads (Baiqingteng)","nameZh":"\u767E\u5EA6\u767E\u9752\u85E4 / \u767E\u5EA6\u8054\u76DF","vendor":{"en":"Baidu","zh-CN":"\u767E\u5EA6"},"categories":["advertising"],"personalInfo":["device-id","android-id","oaid","imei","mac-address","advertising-id","ip-address","coarse-location","device-info","installed-apps","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.baidu:mobads"],"cocoapods":["BaiduMobAdSDK"],"androidClassPrefixes":["com.baidu.mobads."],"androidMetaDataKeys":["BaiduMobAd_APP_ID"],"vendoredFiles":["Baidu_MobAds_SDK*.aar","Baidu_MobAds_SDK*.jar","BaiduMobAdSDK.framework"],"domains":["mobads.baidu.com","mobads-logs.baidu.com"],"homepage":"https://union.baidu.com/","sources":["Baidu Union SDK docs (union.baidu.com/docs/sdk/AndroidSDK/)","public Gradle usage of com.baidu:mobads and Baidu_MobAds_SDK_v*.aar (code search)"],"file":"policies/catalog/advertising.yaml","line":70},{"id":"xiaomi-mimo-ads","name":"Xiaomi MiMo Ads","nameZh":"\u5C0F\u7C73\u5E7F\u544A (\u7C73\u76DF)","vendor":{"en":"Xiaomi","zh-CN":"\u5C0F\u7C73"},"categories":["advertising"],"personalInfo":["device-id","android-id","oaid","advertising-id","ip-address","device-info","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.miui.zeus:*"],"androidClassPrefixes":["com.miui.zeus."],"sources":["public Gradle usage of com.miui.zeus:mimo-ad-sdk (code search)"],"notes":"unverified: class prefix.","file":"policies/catalog/advertising.yaml","line":87},{"id":"sigmob","name":"Sigmob Ads","vendor":{"en":"Sigmob","zh-CN":"\u521B\u667A\u6C47\u805A (Sigmob)"},"categories":["advertising"],"personalInfo":["device-id","android-id","oaid","imei","advertising-id","ip-address","device-info","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"cocoapods":["SigmobAd-iOS"],"androidClassPrefixes":["com.sigmob."],"vendoredFiles":["windAd-*.aar","wind-sdk-*.aar","WindSDK.framework"],"domains":["sigmob.cn","sigmob.com"],"sources":["Sigmob developer docs (doc.sigmob.com)"],"notes":"unverified: all identifiers.","file":"policies/catalog/advertising.yaml","line":100},{"id":"google-mobile-ads","name":"Google Mobile Ads SDK (AdMob)","vendor":{"en":"Google"},"categories":["advertising"],"personalInfo":["device-id","advertising-id","ip-address","coarse-location","device-info","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.google.android.gms:play-services-ads","com.google.android.gms:play-services-ads-*","com.google.android.ump:*"],"cocoapods":["Google-Mobile-Ads-SDK","GoogleUserMessagingPlatform"],"swift":["https://github.com/googleads/swift-package-manager-google-mobile-ads","https://github.com/googleads/swift-package-manager-google-user-messaging-platform"],"pub":["google_mobile_ads"],"npm":["react-native-google-mobile-ads","@capacitor-community/admob"],"androidClassPrefixes":["com.google.android.gms.ads.","com.google.android.ump."],"androidMetaDataKeys":["com.google.android.gms.ads.APPLICATION_ID","com.google.android.gms.ads.DELAY_APP_MEASUREMENT_INIT"],"domains":["googleads.g.doubleclick.net","doubleclick.net","googlesyndication.com","googleadservices.com"],"homepage":"https://developers.google.com/admob","sources":["Google AdMob Android quick start (developers.google.com/admob/android/quick-start)","AdMob iOS quick start (developers.google.com/admob/ios/quick-start)"],"notes":"Not on Apple's list by name (pxlnv.com and jessesquires.com note Google's standalone ads framework is missing).","file":"policies/catalog/advertising.yaml","line":114},{"id":"facebook-audience-network","name":"Meta Audience Network","vendor":{"en":"Meta"},"categories":["advertising"],"personalInfo":["device-id","advertising-id","ip-address","device-info","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.facebook.android:audience-network-sdk"],"cocoapods":["FBAudienceNetwork"],"npm":["react-native-fbads"],"androidClassPrefixes":["com.facebook.ads."],"sources":["Meta Audience Network docs (developers.facebook.com/docs/audience-network)"],"file":"policies/catalog/advertising.yaml","line":133},{"id":"applovin","name":"AppLovin MAX","vendor":{"en":"AppLovin"},"categories":["advertising"],"personalInfo":["device-id","advertising-id","ip-address","device-info","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.applovin:*"],"cocoapods":["AppLovinSDK"],"swift":["https://github.com/AppLovin/AppLovin-MAX-Swift-Package"],"pub":["applovin_max"],"npm":["react-native-applovin-max"],"androidClassPrefixes":["com.applovin."],"androidMetaDataKeys":["applovin.sdk.key"],"domains":["applovin.com","applvn.com"],"sources":["AppLovin MAX integration docs (developers.applovin.com)"],"file":"policies/catalog/advertising.yaml","line":146},{"id":"unity-ads","name":"Unity Ads","vendor":{"en":"Unity Technologies"},"categories":["advertising"],"personalInfo":["device-id","advertising-id","ip-address","device-info","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.unity3d.ads:*"],"cocoapods":["UnityAds"],"androidClassPrefixes":["com.unity3d.ads.","com.unity3d.services."],"domains":["unityads.unity3d.com"],"sources":["Unity Ads SDK docs (docs.unity.com/ads)"],"file":"policies/catalog/advertising.yaml","line":163},{"id":"ironsource","name":"ironSource LevelPlay","vendor":{"en":"Unity (ironSource)"},"categories":["advertising"],"personalInfo":["device-id","advertising-id","ip-address","device-info","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.ironsource.sdk:*","com.unity3d.ads-mediation:*"],"cocoapods":["IronSourceSDK"],"androidClassPrefixes":["com.ironsource."],"domains":["supersonicads.com","ironsrc.mobi"],"sources":["ironSource LevelPlay docs (developers.is.com)"],"notes":"unverified: domains.","file":"policies/catalog/advertising.yaml","line":176},{"id":"mintegral","name":"Mintegral","nameZh":"\u6C47\u91CF\u79D1\u6280 Mintegral","vendor":{"en":"Mobvista (Mintegral)","zh-CN":"\u6C47\u91CF\u79D1\u6280"},"categories":["advertising"],"personalInfo":["device-id","android-id","advertising-id","ip-address","device-info","installed-apps","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.mbridge.msdk.oversea:*","com.mbridge.msdk.support:*"],"cocoapods":["MintegralAdSDK"],"androidClassPrefixes":["com.mbridge.msdk."],"domains":["rayjump.com","mintegral.com"],"sources":["Mintegral developer docs (dev.mintegral.com)"],"notes":"unverified: maven groups, domains.","file":"policies/catalog/advertising.yaml","line":190},{"id":"huawei-ads","name":"HUAWEI Ads Kit","vendor":{"en":"Huawei","zh-CN":"\u534E\u4E3A"},"categories":["advertising"],"personalInfo":["device-id","oaid","ip-address","device-info","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.huawei.hms:ads-lite","com.huawei.hms:ads-prime","com.huawei.hms:ads-identifier","com.huawei.hms:ads-installreferrer"],"androidClassPrefixes":["com.huawei.hms.ads."],"sources":["HUAWEI Developers, Ads Kit integration (developer.huawei.com/consumer/en/hms/huawei-adskit)"],"file":"policies/catalog/advertising.yaml","line":205},{"id":"appsflyer","name":"AppsFlyer","vendor":{"en":"AppsFlyer"},"categories":["attribution","analytics"],"personalInfo":["device-id","android-id","oaid","imei","advertising-id","ip-address","device-info","usage-data","purchase-history"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.appsflyer:*"],"cocoapods":["AppsFlyerFramework","AppsFlyerLib","PurchaseConnector"],"swift":["https://github.com/AppsFlyerSDK/AppsFlyerFramework","https://github.com/AppsFlyerSDK/AppsFlyerFramework-Static"],"pub":["appsflyer_sdk"],"npm":["react-native-appsflyer"],"androidClassPrefixes":["com.appsflyer."],"domains":["appsflyer.com","appsflyersdk.com","onelink.me"],"homepage":"https://dev.appsflyer.com/","sources":["AppsFlyer developer hub, Android/iOS SDK integration (dev.appsflyer.com/hc/docs)"],"file":"policies/catalog/advertising.yaml","line":216},{"id":"adjust","name":"Adjust","vendor":{"en":"Adjust (AppLovin)"},"categories":["attribution","analytics"],"personalInfo":["device-id","android-id","advertising-id","ip-address","device-info","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.adjust.sdk:*"],"cocoapods":["Adjust","AdjustSdk"],"swift":["https://github.com/adjust/ios_sdk"],"pub":["adjust_sdk"],"npm":["react-native-adjust"],"androidClassPrefixes":["com.adjust.sdk."],"domains":["adjust.com","adjust.net.in","adjust.world"],"homepage":"https://dev.adjust.com/","sources":["Adjust developer docs (dev.adjust.com/en/sdk)"],"notes":"China data residency endpoints exist (adjust.world for CN). unverified: adjust.net.in.","file":"policies/catalog/advertising.yaml","line":233},{"id":"branch","name":"Branch","vendor":{"en":"Branch Metrics"},"categories":["attribution"],"personalInfo":["device-id","advertising-id","ip-address","device-info","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["io.branch.sdk.android:*"],"cocoapods":["Branch","BranchSDK"],"swift":["https://github.com/BranchMetrics/ios-branch-sdk-spm","https://github.com/BranchMetrics/ios-branch-deep-linking-attribution"],"pub":["flutter_branch_sdk"],"npm":["react-native-branch"],"androidClassPrefixes":["io.branch."],"androidMetaDataKeys":["io.branch.sdk.BranchKey","io.branch.sdk.BranchKey.test","io.branch.sdk.TestMode"],"domains":["branch.io","app.link"],"sources":["Branch docs, Android/iOS basic integration (help.branch.io/developers-hub)"],"file":"policies/catalog/advertising.yaml","line":251},{"id":"singular","name":"Singular","vendor":{"en":"Singular Labs"},"categories":["attribution"],"personalInfo":["device-id","advertising-id","ip-address","device-info","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.singular.sdk:*"],"cocoapods":["Singular-SDK"],"pub":["singular_flutter_sdk"],"npm":["singular-react-native"],"androidClassPrefixes":["com.singular.sdk."],"domains":["singular.net"],"sources":["Singular SDK docs (support.singular.net)"],"file":"policies/catalog/advertising.yaml","line":268},{"id":"openinstall","name":"openinstall","vendor":{"en":"openinstall","zh-CN":"\u6DF1\u5733\u638C\u9177 openinstall"},"categories":["attribution"],"personalInfo":["device-id","android-id","oaid","ip-address","device-info","clipboard","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["io.openinstall:*"],"cocoapods":["libOpenInstallSDK"],"pub":["openinstall_flutter_plugin"],"npm":["react-native-openinstall"],"androidClassPrefixes":["io.openinstall."],"androidMetaDataKeys":["com.openinstall.APP_KEY"],"vendoredFiles":["OpenInstall_*.jar"],"domains":["openinstall.io","openinstall.com"],"sources":["openinstall docs (www.openinstall.io/doc)"],"notes":"Reads the clipboard for install parameters. unverified: maven group, class prefix, domains.","file":"policies/catalog/advertising.yaml","line":283},{"id":"umeng-analytics","name":"Umeng U-App Analytics (common)","nameZh":"\u53CB\u76DF+ \u7EDF\u8BA1\u5206\u6790 / \u57FA\u7840\u7EC4\u4EF6\u5E93","vendor":{"en":"Umeng+ (Youmeng Tongji)","zh-CN":"\u53CB\u76DF+"},"categories":["analytics"],"personalInfo":["device-id","android-id","oaid","imei","mac-address","serial-number","advertising-id","ip-address","device-info","wifi-info","installed-apps","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.umeng.umsdk:common","com.umeng.umsdk:asms","com.umeng.umsdk:analytics","com.umeng.umsdk:game","com.umeng.umsdk:*"],"cocoapods":["UMCommon","UMDevice","UMCCommon","UMAnalytics","UMCommonLog"],"pub":["umeng_common_sdk"],"npm":["react-native-umeng-analytics"],"ohpm":["@umeng/common","@umeng/analytics"],"androidClassPrefixes":["com.umeng.analytics.","com.umeng.commonsdk.","com.umeng.common.","com.umeng.umzid.","com.umeng.ccg."],"androidMetaDataKeys":["UMENG_APPKEY","UMENG_CHANNEL"],"vendoredFiles":["umeng-common-*.jar","umeng-common-*.aar","umeng-asms-*.aar","umeng-analytics-*.jar","UMCommon.framework","UMDevice.framework","UMCommon.xcframework","UMDevice.xcframework"],"domains":["umeng.com","umengcloud.com","umeng.co"],"homepage":"https://www.umeng.com/","privacyPolicy":"https://www.umeng.com/page/policy","sources":["Umeng developer documentation, Android/iOS integration guides (developer.umeng.com)","public Gradle usage of com.umeng.umsdk:common and :asms (code search)","HarmonyOS substitution table (see README)"],"notes":"\`com.umeng.umsdk:*\` is the fallback for Umeng artefacts not listed under a more specific Umeng entry. unverified: npm name, umeng.co domain, UMCCommon/UMAnalytics pods (older SDK generations).","file":"policies/catalog/analytics.yaml","line":5},{"id":"janalytics","name":"JAnalytics","nameZh":"\u6781\u5149\u7EDF\u8BA1","vendor":{"en":"Jiguang (Aurora Mobile)","zh-CN":"\u6781\u5149"},"categories":["analytics"],"personalInfo":["device-id","android-id","oaid","imei","mac-address","ip-address","device-info","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["cn.jiguang.sdk:janalytics"],"cocoapods":["JAnalytics"],"pub":["janalytics"],"npm":["janalytics-react-native"],"androidClassPrefixes":["cn.jiguang.analytics."],"vendoredFiles":["janalytics-android-*.jar"],"domains":[],"homepage":"https://www.jiguang.cn/janalytics","sources":["Jiguang documentation (docs.jiguang.cn), JAnalytics Android/iOS guides"],"notes":"unverified: pub and npm names, vendored file name.","file":"policies/catalog/analytics.yaml","line":27},{"id":"sensors-analytics","name":"Sensors Analytics SDK","nameZh":"\u795E\u7B56\u5206\u6790","vendor":{"en":"Sensors Data","zh-CN":"\u795E\u7B56\u6570\u636E"},"categories":["analytics"],"personalInfo":["device-id","android-id","oaid","ip-address","device-info","usage-data","user-id"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.sensorsdata.analytics.android:*","com.sensorsdata.analytics.abtesting:*"],"cocoapods":["SensorsAnalyticsSDK"],"swift":["https://github.com/sensorsdata/sa-sdk-ios"],"pub":["sensors_analytics_flutter_plugin"],"npm":["sensorsdata-analytics-react-native"],"ohpm":["@sensorsdata/analytics"],"androidClassPrefixes":["com.sensorsdata.analytics."],"androidMetaDataKeys":["com.sensorsdata.analytics.android.MainProcessName"],"domains":["sensorsdata.cn"],"homepage":"https://www.sensorsdata.cn/","sources":["Sensors Data manual (manual.sensorsdata.cn), Android/iOS SDK integration","public Gradle usage of com.sensorsdata.analytics.android:SensorsAnalyticsSDK (code search)","HarmonyOS substitution table (see README)"],"notes":"Usually self-hosted: events go to the institution's own collection endpoint, so tracker is false. unverified: meta-data key, swift URL.","file":"policies/catalog/analytics.yaml","line":46},{"id":"growingio","name":"GrowingIO SDK","nameZh":"GrowingIO \u65E0\u57CB\u70B9 / CDP SDK","vendor":{"en":"GrowingIO","zh-CN":"\u5317\u4EAC\u6613\u6570\u79D1\u6280 (GrowingIO)"},"categories":["analytics"],"personalInfo":["device-id","android-id","oaid","ip-address","device-info","usage-data","user-id"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.growingio.android:*"],"cocoapods":["GrowingAnalytics","GrowingAnalytics-cdp","GrowingCoreKit","GrowingAutoTrackKit","GrowingToolsKit"],"swift":["https://github.com/growingio/growingio-sdk-ios-autotracker"],"pub":["growingio_flutter_plugin"],"npm":["growingio-react-native-autotracker"],"androidClassPrefixes":["com.growingio."],"domains":["growingio.com"],"homepage":"https://www.growingio.com/","sources":["GrowingIO documentation (growingio.github.io/growingio-sdk-docs)"],"notes":"unverified: pub/npm names and swift URL.","file":"policies/catalog/analytics.yaml","line":67},{"id":"talkingdata","name":"TalkingData App Analytics","nameZh":"TalkingData \u79FB\u52A8\u7EDF\u8BA1","vendor":{"en":"TalkingData","zh-CN":"\u817E\u4E91\u5929\u4E0B (TalkingData)"},"categories":["analytics"],"personalInfo":["device-id","android-id","oaid","imei","mac-address","advertising-id","ip-address","wifi-info","device-info","installed-apps","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"cocoapods":["TalkingData-AppAnalytics","TalkingDataSDK"],"androidClassPrefixes":["com.tendcloud.tenddata.","com.talkingdata.sdk.","com.tendcloud."],"androidMetaDataKeys":["TD_APP_ID","TD_CHANNEL_ID"],"vendoredFiles":["TalkingData*.jar","TalkingData*.aar","libTalkingDataSDK*.a","TalkingDataSDK.framework"],"domains":["talkingdata.com","tendcloud.com","talkingdata.net"],"homepage":"https://www.talkingdata.com/","sources":["TalkingData developer documentation (doc.talkingdata.com)","public code importing com.tendcloud.tenddata.TCAgent (code search)"],"notes":"Distributed as downloaded jar/framework files. unverified: pod names, meta-data keys, talkingdata.net.","file":"policies/catalog/analytics.yaml","line":86},{"id":"tencent-mta","name":"Tencent MTA (Mobile Tencent Analytics)","nameZh":"\u817E\u8BAF\u79FB\u52A8\u5206\u6790 MTA","vendor":{"en":"Tencent","zh-CN":"\u817E\u8BAF"},"categories":["analytics"],"personalInfo":["device-id","android-id","imei","mac-address","ip-address","device-info","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.tencent.mta:*"],"androidClassPrefixes":["com.tencent.stat.","com.tencent.wxop.stat."],"androidMetaDataKeys":["TA_APPKEY","InstallChannel"],"vendoredFiles":["mta-sdk-*.jar","libMtaSDK*.a"],"domains":["pingma.qq.com"],"sources":["Tencent MTA documentation (mta.qq.com, service discontinued)","WeChat OpenSDK release notes (with-mta / without-mta artefacts)"],"notes":"Discontinued; still found in old code and inside wechat-sdk-android-with-mta (com.tencent.wxop.stat). unverified: maven group, vendored file names, domain.","file":"policies/catalog/analytics.yaml","line":103},{"id":"tencent-beacon","name":"Tencent Beacon","nameZh":"\u817E\u8BAF\u706F\u5854","vendor":{"en":"Tencent","zh-CN":"\u817E\u8BAF"},"categories":["analytics"],"personalInfo":["device-id","android-id","oaid","ip-address","device-info","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.tencent.beacon:*"],"androidClassPrefixes":["com.tencent.beacon."],"domains":["beacon.qq.com"],"sources":["Tencent Beacon (\u706F\u5854) documentation (beacon.qq.com)"],"notes":"Often embedded by other Tencent SDKs (TBS, Bugly). unverified: maven group, domain.","file":"policies/catalog/analytics.yaml","line":119},{"id":"baidu-mobstat","name":"Baidu Mobile Statistics","nameZh":"\u767E\u5EA6\u79FB\u52A8\u7EDF\u8BA1","vendor":{"en":"Baidu","zh-CN":"\u767E\u5EA6"},"categories":["analytics"],"personalInfo":["device-id","android-id","oaid","imei","mac-address","ip-address","device-info","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.baidu.mobstat:*"],"cocoapods":["BaiduMobStatCodeless","BaiduMobStat"],"androidClassPrefixes":["com.baidu.mobstat."],"androidMetaDataKeys":["BaiduMobAd_STAT_ID","BaiduMobAd_CHANNEL"],"vendoredFiles":["Baidu_Mtj_*.jar","Baidu_Mtj_*.aar"],"domains":["mtj.baidu.com","hmma.baidu.com"],"sources":["Baidu Mobile Statistics documentation (mtj.baidu.com)"],"notes":"unverified: maven group, pod names, vendored file names.","file":"policies/catalog/analytics.yaml","line":133},{"id":"huawei-analytics","name":"HUAWEI Analytics Kit","vendor":{"en":"Huawei","zh-CN":"\u534E\u4E3A"},"categories":["analytics"],"personalInfo":["device-id","oaid","ip-address","device-info","usage-data"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.huawei.hms:hianalytics"],"cocoapods":["HiAnalytics"],"pub":["huawei_analytics"],"npm":["@hmscore/react-native-hms-analytics"],"androidClassPrefixes":["com.huawei.hms.analytics."],"domains":["hicloud.com"],"sources":["HUAWEI Developers, Analytics Kit integration (developer.huawei.com/consumer/en/doc/development/HMSCore-Guides/android-integrating-sdk-0000001050161876)"],"notes":"unverified: pod name, hicloud.com as the collection domain.","file":"policies/catalog/analytics.yaml","line":150},{"id":"firebase-analytics","name":"Google Analytics for Firebase","vendor":{"en":"Google"},"categories":["analytics"],"personalInfo":["device-id","advertising-id","ip-address","coarse-location","device-info","usage-data","purchase-history"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.google.firebase:firebase-analytics","com.google.firebase:firebase-analytics-ktx","com.google.android.gms:play-services-measurement*"],"cocoapods":["FirebaseAnalytics","Firebase/Analytics","Firebase/AnalyticsWithoutAdIdSupport","GoogleAppMeasurement","GoogleAppMeasurementOnDeviceConversion","FirebaseAnalyticsOnDeviceConversion"],"pub":["firebase_analytics"],"npm":["@react-native-firebase/analytics","@capacitor-firebase/analytics"],"androidClassPrefixes":["com.google.firebase.analytics.","com.google.android.gms.measurement."],"androidMetaDataKeys":["firebase_analytics_collection_enabled","firebase_analytics_collection_deactivated","google_analytics_adid_collection_enabled","google_analytics_default_allow_ad_personalization_signals"],"domains":["app-measurement.com"],"homepage":"https://firebase.google.com/docs/analytics","sources":["Firebase documentation, Get started with Analytics (firebase.google.com/docs/analytics/get-started)","Firebase Apple SDK pods (CocoaPods trunk)"],"notes":"Not on Apple's list by name (FirebaseCore/FirebaseInstallations, which it pulls in, are). Not usable in mainland China without Google services.","file":"policies/catalog/analytics.yaml","line":166},{"id":"google-analytics-legacy","name":"Google Analytics Services SDK (legacy)","vendor":{"en":"Google"},"categories":["analytics"],"personalInfo":["device-id","advertising-id","ip-address","device-info","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.google.android.gms:play-services-analytics","com.google.android.gms:play-services-analytics-impl"],"cocoapods":["GoogleAnalytics"],"androidClassPrefixes":["com.google.android.gms.analytics."],"domains":["google-analytics.com"],"sources":["Google Analytics for mobile apps (developers.google.com/analytics/devguides/collection/android/v4) \u2014 sunset 2019"],"notes":"Sunset; finding it means dead code or an outdated dependency.","file":"policies/catalog/analytics.yaml","line":184},{"id":"mixpanel","name":"Mixpanel","vendor":{"en":"Mixpanel"},"categories":["analytics"],"personalInfo":["device-id","ip-address","coarse-location","device-info","usage-data","user-id"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.mixpanel.android:*"],"cocoapods":["Mixpanel","Mixpanel-swift"],"swift":["https://github.com/mixpanel/mixpanel-swift","https://github.com/mixpanel/mixpanel-iphone"],"pub":["mixpanel_flutter"],"npm":["mixpanel-react-native"],"androidClassPrefixes":["com.mixpanel.android."],"androidMetaDataKeys":["com.mixpanel.android.MPConfig.EnableDebugLogging"],"domains":["mixpanel.com"],"homepage":"https://docs.mixpanel.com/","sources":["Mixpanel docs, SDKs (docs.mixpanel.com/docs/tracking-methods/sdks)","Maven Central com.mixpanel.android:mixpanel-android"],"file":"policies/catalog/analytics.yaml","line":198},{"id":"amplitude","name":"Amplitude","vendor":{"en":"Amplitude"},"categories":["analytics"],"personalInfo":["device-id","advertising-id","ip-address","coarse-location","device-info","usage-data","user-id"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.amplitude:*"],"cocoapods":["Amplitude","AmplitudeSwift","Amplitude-iOS","AmplitudeUnified"],"swift":["https://github.com/amplitude/Amplitude-Swift","https://github.com/amplitude/Amplitude-iOS"],"pub":["amplitude_flutter"],"npm":["@amplitude/analytics-react-native","@amplitude/react-native"],"androidClassPrefixes":["com.amplitude."],"domains":["amplitude.com"],"homepage":"https://amplitude.com/docs/sdks","sources":["Amplitude SDK documentation (amplitude.com/docs/sdks)"],"file":"policies/catalog/analytics.yaml","line":216},{"id":"segment","name":"Segment Analytics","vendor":{"en":"Twilio Segment"},"categories":["analytics"],"personalInfo":["device-id","advertising-id","ip-address","device-info","usage-data","user-id"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.segment.analytics.android:*","com.segment.analytics.kotlin:*"],"cocoapods":["Analytics","Segment"],"swift":["https://github.com/segmentio/analytics-swift","https://github.com/segmentio/analytics-ios"],"pub":["analytics"],"npm":["@segment/analytics-react-native","@segment/sovran-react-native"],"androidClassPrefixes":["com.segment.analytics."],"domains":["segment.io","segment.com"],"homepage":"https://segment.com/docs/connections/sources/catalog/","sources":["Segment documentation, mobile sources (segment.com/docs/connections/sources/catalog/)"],"notes":"The pod is literally named \`Analytics\` (analytics-ios). unverified: pub package \`analytics\` is Segment's Flutter SDK.","file":"policies/catalog/analytics.yaml","line":233},{"id":"flurry","name":"Flurry Analytics","vendor":{"en":"Yahoo (Flurry)"},"categories":["analytics","advertising"],"personalInfo":["device-id","advertising-id","ip-address","coarse-location","device-info","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.flurry.android:*"],"cocoapods":["Flurry-iOS-SDK"],"pub":["flutter_flurry_sdk"],"npm":["react-native-flurry-sdk"],"androidClassPrefixes":["com.flurry."],"domains":["flurry.com"],"sources":["Flurry developer docs (developer.yahoo.com/flurry/docs)","Exodus tracker list (reference only)"],"file":"policies/catalog/analytics.yaml","line":251},{"id":"microsoft-app-center","name":"Visual Studio App Center (Analytics, Crashes)","vendor":{"en":"Microsoft"},"categories":["analytics","crash-apm"],"personalInfo":["device-id","ip-address","device-info","usage-data","crash-data"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.microsoft.appcenter:*"],"cocoapods":["AppCenter","AppCenter/Analytics","AppCenter/Crashes"],"swift":["https://github.com/microsoft/appcenter-sdk-apple"],"npm":["appcenter","appcenter-analytics","appcenter-crashes"],"androidClassPrefixes":["com.microsoft.appcenter."],"domains":["appcenter.ms"],"sources":["App Center SDK docs (learn.microsoft.com/appcenter/sdk/)"],"notes":"Retired 2025-03-31.","file":"policies/catalog/analytics.yaml","line":266},{"id":"bytedance-applog","name":"DataFinder / Ocean Engine AppLog (RangersAppLog)","nameZh":"\u706B\u5C71\u5F15\u64CE\u589E\u957F\u5206\u6790 / \u5DE8\u91CF\u5F15\u64CE\u8F6C\u5316 AppLog","vendor":{"en":"Volcano Engine (ByteDance)","zh-CN":"\u706B\u5C71\u5F15\u64CE / \u5DE8\u91CF\u5F15\u64CE"},"categories":["analytics","attribution"],"personalInfo":["device-id","android-id","oaid","imei","mac-address","ip-address","device-info","usage-data"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.bytedance.applog:*"],"cocoapods":["RangersAppLog"],"androidClassPrefixes":["com.bytedance.applog."],"domains":["volceapplog.com","snssdk.com"],"sources":["Volcano Engine DataFinder SDK docs (volcengine.com/docs/6285)"],"notes":"unverified: maven group and domains.","file":"policies/catalog/analytics.yaml","line":282},{"id":"aliyun-mobile-analytics","name":"Alibaba Cloud Mobile Analytics (EMAS MAN)","nameZh":"\u963F\u91CC\u4E91\u79FB\u52A8\u6570\u636E\u5206\u6790","vendor":{"en":"Alibaba Cloud","zh-CN":"\u963F\u91CC\u4E91"},"categories":["analytics"],"personalInfo":["device-id","android-id","ip-address","device-info","usage-data"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.aliyun.ams:alicloud-android-man"],"cocoapods":["AlicloudMAN"],"androidClassPrefixes":["com.alibaba.sdk.android.man."],"sources":["Alibaba Cloud EMAS documentation (help.aliyun.com/document_detail/emas)"],"notes":"unverified: pod name, class prefix.","file":"policies/catalog/analytics.yaml","line":297},{"id":"zhugeio","name":"Zhuge IO Analytics","nameZh":"\u8BF8\u845Bio","vendor":{"en":"Zhuge IO","zh-CN":"\u8BF8\u845Bio"},"categories":["analytics"],"personalInfo":["device-id","android-id","imei","ip-address","device-info","usage-data"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.zhuge.analysis:*"],"cocoapods":["Zhugeio"],"androidClassPrefixes":["com.zhuge.analysis."],"domains":["zhugeio.com"],"sources":["Zhuge IO documentation (docs.zhugeio.com)"],"notes":"unverified: all identifiers (from memory of the vendor guide).","file":"policies/catalog/analytics.yaml","line":311},{"id":"tencent-bugly","name":"Tencent Bugly","nameZh":"\u817E\u8BAF Bugly","vendor":{"en":"Tencent","zh-CN":"\u817E\u8BAF"},"categories":["crash-apm"],"personalInfo":["device-id","android-id","oaid","ip-address","device-info","crash-data","performance-data"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.tencent.bugly:*"],"cocoapods":["Bugly","BuglyPro","BuglyHotfix"],"pub":["flutter_bugly"],"npm":["react-native-bugly"],"ohpm":["bugly"],"androidClassPrefixes":["com.tencent.bugly."],"androidMetaDataKeys":["BUGLY_APPID","BUGLY_APP_CHANNEL","BUGLY_APP_VERSION","BUGLY_ENABLE_DEBUG"],"vendoredFiles":["Bugly*.jar","Bugly.framework","Bugly.xcframework"],"domains":["bugly.qq.com"],"homepage":"https://bugly.qq.com/","sources":["Bugly documentation, Android SDK (bugly.qq.com/docs/user-guide/instruction-manual-android/)","public Gradle usage of com.tencent.bugly:crashreport and :nativecrashreport (code search)","HarmonyOS substitution table (see README)"],"notes":"unverified: pub/npm names, BuglyPro pod.","file":"policies/catalog/crash-apm.yaml","line":4},{"id":"umeng-apm","name":"Umeng U-APM","nameZh":"\u53CB\u76DF+ \u5E94\u7528\u6027\u80FD\u76D1\u63A7","vendor":{"en":"Umeng+ (Youmeng Tongji)","zh-CN":"\u53CB\u76DF+"},"categories":["crash-apm"],"personalInfo":["device-id","android-id","oaid","ip-address","device-info","crash-data","performance-data"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.umeng.umsdk:apm"],"cocoapods":["UMAPM"],"androidClassPrefixes":["com.umeng.umcrash.","com.efs.sdk."],"vendoredFiles":["umeng-apm-*.aar","UMAPM.framework"],"sources":["Umeng U-APM Android integration (developer.umeng.com/docs/193624)"],"notes":"unverified: com.efs.sdk prefix.","file":"policies/catalog/crash-apm.yaml","line":25},{"id":"firebase-crashlytics","name":"Firebase Crashlytics","vendor":{"en":"Google"},"categories":["crash-apm"],"personalInfo":["device-id","device-info","crash-data"],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["FirebaseCrashlytics"],"maven":["com.google.firebase:firebase-crashlytics","com.google.firebase:firebase-crashlytics-*"],"cocoapods":["FirebaseCrashlytics","Firebase/Crashlytics","FirebaseSessions"],"pub":["firebase_crashlytics"],"npm":["@react-native-firebase/crashlytics","@capacitor-firebase/crashlytics"],"androidClassPrefixes":["com.google.firebase.crashlytics."],"androidMetaDataKeys":["firebase_crashlytics_collection_enabled"],"domains":["crashlytics.com","firebase-settings.crashlytics.com"],"sources":["Firebase documentation, Get started with Crashlytics (firebase.google.com/docs/crashlytics/get-started)","Apple third-party SDK list (see README)"],"file":"policies/catalog/crash-apm.yaml","line":40},{"id":"firebase-performance","name":"Firebase Performance Monitoring","vendor":{"en":"Google"},"categories":["crash-apm"],"personalInfo":["device-id","ip-address","device-info","performance-data"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.google.firebase:firebase-perf","com.google.firebase:firebase-perf-*"],"cocoapods":["FirebasePerformance","Firebase/Performance"],"pub":["firebase_performance"],"npm":["@react-native-firebase/perf","@capacitor-firebase/performance"],"androidClassPrefixes":["com.google.firebase.perf."],"androidMetaDataKeys":["firebase_performance_collection_enabled","firebase_performance_collection_deactivated"],"sources":["Firebase documentation, Performance Monitoring (firebase.google.com/docs/perf-mon)"],"file":"policies/catalog/crash-apm.yaml","line":57},{"id":"sentry","name":"Sentry","vendor":{"en":"Sentry (Functional Software)"},"categories":["crash-apm"],"personalInfo":["device-id","ip-address","device-info","crash-data","performance-data","user-id"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["io.sentry:*"],"cocoapods":["Sentry","SentrySwiftUI","Sentry-Dynamic"],"swift":["https://github.com/getsentry/sentry-cocoa"],"pub":["sentry_flutter","sentry","sentry_dio"],"npm":["@sentry/react-native","@sentry/capacitor"],"androidClassPrefixes":["io.sentry."],"androidMetaDataKeys":["io.sentry.dsn","io.sentry.auto-init","io.sentry.traces.sample-rate"],"domains":["sentry.io"],"homepage":"https://docs.sentry.io/platforms/","sources":["Sentry docs, Android/Apple/Flutter/React Native platforms (docs.sentry.io/platforms/)"],"notes":"Often self-hosted; check the DSN host.","file":"policies/catalog/crash-apm.yaml","line":72},{"id":"datadog","name":"Datadog Mobile RUM","vendor":{"en":"Datadog"},"categories":["crash-apm","analytics"],"personalInfo":["device-id","ip-address","device-info","crash-data","performance-data","usage-data"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.datadoghq:*"],"cocoapods":["DatadogCore","DatadogRUM","DatadogLogs","DatadogTrace","DatadogCrashReporting","DatadogSessionReplay","DatadogSDK","DatadogObjc"],"swift":["https://github.com/DataDog/dd-sdk-ios"],"pub":["datadog_flutter_plugin"],"npm":["@datadog/mobile-react-native"],"androidClassPrefixes":["com.datadog.android."],"domains":["datadoghq.com","datadoghq.eu","ddog-gov.com"],"sources":["Datadog docs, RUM mobile setup (docs.datadoghq.com/real_user_monitoring/mobile_and_tv_monitoring/)"],"file":"policies/catalog/crash-apm.yaml","line":91},{"id":"new-relic","name":"New Relic Mobile","vendor":{"en":"New Relic"},"categories":["crash-apm"],"personalInfo":["device-id","ip-address","device-info","crash-data","performance-data"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.newrelic.agent.android:*"],"cocoapods":["NewRelicAgent"],"swift":["https://github.com/newrelic/newrelic-ios-agent-spm"],"pub":["newrelic_mobile"],"npm":["newrelic-react-native-agent"],"androidClassPrefixes":["com.newrelic.agent.android."],"domains":["newrelic.com","nr-data.net"],"sources":["New Relic docs, mobile monitoring install (docs.newrelic.com/docs/mobile-monitoring/)"],"file":"policies/catalog/crash-apm.yaml","line":107},{"id":"bugsnag","name":"Bugsnag","vendor":{"en":"SmartBear (Bugsnag)"},"categories":["crash-apm"],"personalInfo":["device-id","ip-address","device-info","crash-data","user-id"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.bugsnag:*"],"cocoapods":["Bugsnag","BugsnagPerformance","BugsnagNetworkRequestPlugin"],"swift":["https://github.com/bugsnag/bugsnag-cocoa","https://github.com/bugsnag/bugsnag-cocoa-performance"],"pub":["bugsnag_flutter"],"npm":["@bugsnag/react-native"],"androidClassPrefixes":["com.bugsnag.android."],"androidMetaDataKeys":["com.bugsnag.android.API_KEY"],"domains":["bugsnag.com"],"sources":["Bugsnag docs, Android/iOS integration (docs.bugsnag.com/platforms/)"],"file":"policies/catalog/crash-apm.yaml","line":123},{"id":"instabug","name":"Instabug","vendor":{"en":"Instabug"},"categories":["crash-apm","customer-service"],"personalInfo":["device-id","ip-address","device-info","crash-data","performance-data","email-address","photos-or-videos","usage-data"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.instabug.library:*"],"cocoapods":["Instabug"],"swift":["https://github.com/Instabug/Instabug-SP"],"pub":["instabug_flutter"],"npm":["instabug-reactnative"],"androidClassPrefixes":["com.instabug."],"domains":["instabug.com"],"sources":["Instabug docs, SDK integration (docs.instabug.com)"],"file":"policies/catalog/crash-apm.yaml","line":140},{"id":"tingyun","name":"Tingyun APM","nameZh":"\u542C\u4E91","vendor":{"en":"Tingyun (Networkbench)","zh-CN":"\u542C\u4E91 (\u57FA\u8C03\u7F51\u7EDC)"},"categories":["crash-apm"],"personalInfo":["device-id","android-id","ip-address","device-info","crash-data","performance-data"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.networkbench.newlens.agent.android:*","com.networkbench:*"],"cocoapods":["tingyunApp"],"androidClassPrefixes":["com.networkbench.agent."],"domains":["tingyun.com","networkbench.com"],"sources":["Tingyun documentation (doc.tingyun.com)"],"notes":"Common in Chinese banks' apps. unverified: all identifiers.","file":"policies/catalog/crash-apm.yaml","line":156},{"id":"bonree","name":"Bonree APM","nameZh":"\u535A\u777F\u6570\u636E Bonree ONE","vendor":{"en":"Bonree","zh-CN":"\u535A\u777F\u6570\u636E"},"categories":["crash-apm"],"personalInfo":["device-id","android-id","ip-address","device-info","crash-data","performance-data"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.bonree.sdk:*"],"ohpm":["@bonree/agent"],"androidClassPrefixes":["com.bonree."],"domains":["bonree.com"],"sources":["HarmonyOS substitution table (see README): Android \`com.bonree.sdk.jar\`, ohpm @bonree/agent"],"notes":"unverified: maven group, class prefix.","file":"policies/catalog/crash-apm.yaml","line":171},{"id":"aliyun-apm","name":"Alibaba Cloud EMAS APM / crash analysis","nameZh":"\u963F\u91CC\u4E91 EMAS \u5E94\u7528\u6027\u80FD / \u5D29\u6E83\u5206\u6790","vendor":{"en":"Alibaba Cloud","zh-CN":"\u963F\u91CC\u4E91"},"categories":["crash-apm"],"personalInfo":["device-id","ip-address","device-info","crash-data","performance-data"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.aliyun.ams:alicloud-apm*","com.aliyun.ams:alicloud-android-ha-*","com.aliyun.rum:*"],"ohpm":["@aliyun/apm","@alibabacloud_rum/harmony_sdk"],"androidClassPrefixes":["com.alibaba.ha.","com.aliyun.sls.android."],"sources":["HarmonyOS substitution table (see README): com.aliyun.ams:alicloud-apm-crash-analys\u2026, com.aliyun.rum","Alibaba Cloud EMAS documentation (help.aliyun.com/document_detail/emas)"],"notes":"unverified: class prefixes, alicloud-android-ha-*.","file":"policies/catalog/crash-apm.yaml","line":186},{"id":"intercom","name":"Intercom","vendor":{"en":"Intercom"},"categories":["customer-service"],"personalInfo":["device-id","ip-address","device-info","user-id","email-address","name","messages","usage-data"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["io.intercom.android:*"],"cocoapods":["Intercom"],"swift":["https://github.com/intercom/intercom-ios-sp"],"pub":["intercom_flutter"],"npm":["@intercom/intercom-react-native"],"androidClassPrefixes":["io.intercom.android."],"domains":["intercom.io","intercomcdn.com"],"sources":["Intercom developer docs, installing the SDK (developers.intercom.com/installing-intercom)"],"file":"policies/catalog/customer-service.yaml","line":4},{"id":"zendesk","name":"Zendesk SDK (Messaging, Support)","vendor":{"en":"Zendesk"},"categories":["customer-service"],"personalInfo":["device-id","device-info","user-id","email-address","name","messages"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["zendesk.messaging:*","com.zendesk:*","zendesk.android:*"],"cocoapods":["ZendeskSDKMessaging","ZendeskSupportSDK","ZendeskChatSDK","ZendeskSDK"],"swift":["https://github.com/zendesk/sdk_messaging_ios","https://github.com/zendesk/support_sdk_ios"],"pub":["zendesk_messaging"],"androidClassPrefixes":["zendesk.","com.zendesk."],"domains":["zendesk.com","zdassets.com"],"sources":["Zendesk developer docs, SDKs for Android/iOS (developer.zendesk.com/documentation/zendesk-web-widget-sdks/)"],"file":"policies/catalog/customer-service.yaml","line":20},{"id":"netease-qiyu","name":"NetEase Qiyu customer service","nameZh":"\u7F51\u6613\u4E03\u9C7C","vendor":{"en":"NetEase","zh-CN":"\u7F51\u6613"},"categories":["customer-service"],"personalInfo":["device-id","android-id","ip-address","device-info","user-id","messages","photos-or-videos"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.qiyukf.unicorn:*"],"cocoapods":["QY_iOS_SDK"],"androidClassPrefixes":["com.qiyukf."],"domains":["qiyukf.com"],"sources":["Qiyu developer docs (qiyukf.com/docs/guide/android)"],"notes":"unverified: pod name.","file":"policies/catalog/customer-service.yaml","line":35},{"id":"meiqia","name":"Meiqia customer service","nameZh":"\u7F8E\u6D3D","vendor":{"en":"Meiqia","zh-CN":"\u7F8E\u6D3D"},"categories":["customer-service"],"personalInfo":["device-id","ip-address","device-info","user-id","messages"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.meiqia:*"],"cocoapods":["Meiqia"],"androidClassPrefixes":["com.meiqia."],"domains":["meiqia.com"],"sources":["Meiqia SDK GitHub README (github.com/Meiqia/MeiqiaSDK-Android)"],"notes":"unverified: all identifiers.","file":"policies/catalog/customer-service.yaml","line":50},{"id":"tencent-cloud-im","name":"Tencent Cloud Chat (IM)","nameZh":"\u817E\u8BAF\u4E91\u5373\u65F6\u901A\u4FE1 IM","vendor":{"en":"Tencent Cloud","zh-CN":"\u817E\u8BAF\u4E91"},"categories":["communication"],"personalInfo":["device-id","ip-address","device-info","user-id","messages","photos-or-videos","audio-data"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.tencent.imsdk:*","com.tencent.timpush:*"],"cocoapods":["TXIMSDK_Plus_iOS","TXIMSDK_Plus_iOS_XCFramework","TXIMSDK_iOS","TIMPush"],"pub":["tencent_cloud_chat_sdk","tencent_im_sdk_plugin","tencent_cloud_chat_uikit"],"npm":["@tencentcloud/chat","react-native-tim-js"],"androidClassPrefixes":["com.tencent.imsdk.","com.tencent.qcloud.tuikit."],"domains":["im.qcloud.com","tim.qq.com"],"sources":["Tencent Cloud Chat, Android/iOS SDK integration (cloud.tencent.com/document/product/269)"],"notes":"unverified: npm names, domains.","file":"policies/catalog/customer-service.yaml","line":65},{"id":"tencent-trtc","name":"Tencent Real-Time Communication (TRTC) / LiteAV","nameZh":"\u817E\u8BAF\u4E91\u5B9E\u65F6\u97F3\u89C6\u9891 TRTC","vendor":{"en":"Tencent Cloud","zh-CN":"\u817E\u8BAF\u4E91"},"categories":["communication"],"personalInfo":["device-id","ip-address","device-info","audio-data","photos-or-videos"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.tencent.liteav:*"],"cocoapods":["TXLiteAVSDK_TRTC","TXLiteAVSDK_Professional","TXLiteAVSDK_Player","TXLiteAVSDK_Smart"],"pub":["tencent_trtc_cloud"],"npm":["trtc-react-native"],"androidClassPrefixes":["com.tencent.trtc.","com.tencent.liteav.","com.tencent.rtmp."],"domains":["trtc.tencent-cloud.com"],"sources":["Tencent Cloud TRTC, integration guide (cloud.tencent.com/document/product/647)"],"notes":"unverified: npm name, domain.","file":"policies/catalog/customer-service.yaml","line":82},{"id":"agora","name":"Agora RTC / RTM","nameZh":"\u58F0\u7F51","vendor":{"en":"Agora","zh-CN":"\u58F0\u7F51"},"categories":["communication"],"personalInfo":["device-id","ip-address","device-info","audio-data","photos-or-videos"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["io.agora.rtc:*","io.agora:*","io.agora.rtm:*"],"cocoapods":["AgoraRtcEngine_iOS","AgoraRtcEngine_Special_iOS","AgoraRtm_iOS","AgoraRtcKit"],"swift":["https://github.com/AgoraIO/AgoraRtcEngine_iOS"],"pub":["agora_rtc_engine","agora_rtm"],"npm":["react-native-agora","agora-react-native-rtm"],"androidClassPrefixes":["io.agora."],"domains":["agora.io","agoralab.co","sd-rtn.com"],"sources":["Agora docs, SDK quickstart (docs.agora.io)"],"file":"policies/catalog/customer-service.yaml","line":99},{"id":"netease-yunxin-im","name":"NetEase Yunxin IM (NIM)","nameZh":"\u7F51\u6613\u4E91\u4FE1 IM","vendor":{"en":"NetEase Yunxin","zh-CN":"\u7F51\u6613\u4E91\u4FE1"},"categories":["communication"],"personalInfo":["device-id","android-id","ip-address","device-info","user-id","messages","photos-or-videos","audio-data"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.netease.nimlib:*","com.netease.yunxin.kit:*","com.netease.yunxin:*"],"cocoapods":["NIMSDK","NIMSDK_LITE","NIMKit","NERtcSDK","NEChatKit"],"pub":["nim_core","nim_core_v2"],"npm":["react-native-nim"],"androidClassPrefixes":["com.netease.nimlib.","com.netease.nim.","com.netease.yunxin."],"domains":["netease.im","yunxinapi.com"],"sources":["NetEase Yunxin docs, IM SDK integration (doc.yunxin.163.com)"],"notes":"unverified: pub/npm names, domains.","file":"policies/catalog/customer-service.yaml","line":116},{"id":"rongcloud","name":"RongCloud IM","nameZh":"\u878D\u4E91","vendor":{"en":"RongCloud","zh-CN":"\u878D\u4E91"},"categories":["communication"],"personalInfo":["device-id","android-id","ip-address","device-info","user-id","messages","photos-or-videos","audio-data"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["cn.rongcloud.sdk:*"],"cocoapods":["RongCloudIM","RongCloudRTC","RongCloudOpenSource"],"pub":["rongcloud_im_wrapper_plugin","rongcloud_im_plugin"],"npm":["@rongcloud/react-native-im-wrapper"],"androidClassPrefixes":["io.rong.","cn.rongcloud."],"domains":["ronghub.com","rongcloud.cn"],"sources":["RongCloud docs, IM SDK integration (doc.rongcloud.cn)"],"file":"policies/catalog/customer-service.yaml","line":133},{"id":"easemob-im","name":"Easemob (Hyphenate) Chat","nameZh":"\u73AF\u4FE1\u5373\u65F6\u901A\u8BAF","vendor":{"en":"Easemob","zh-CN":"\u73AF\u4FE1"},"categories":["communication","customer-service"],"personalInfo":["device-id","android-id","ip-address","device-info","user-id","messages","photos-or-videos","audio-data"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["io.hyphenate:*","com.easemob:*"],"cocoapods":["HyphenateChat","EaseIMKit","HelpDeskSDK"],"pub":["im_flutter_sdk"],"npm":["react-native-easemob"],"ohpm":["@easemob/chatsdk"],"androidClassPrefixes":["com.hyphenate.","com.easemob."],"domains":["easemob.com"],"sources":["Easemob docs (doc.easemob.com)","HarmonyOS substitution table (see README)"],"notes":"unverified: npm name, com.easemob group.","file":"policies/catalog/customer-service.yaml","line":149},{"id":"firebase-core","name":"Firebase core (FirebaseCore, CoreInternal, CoreExtension, CoreDiagnostics)","vendor":{"en":"Google"},"categories":["other"],"personalInfo":["device-info"],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["FirebaseCore","FirebaseCoreDiagnostics","FirebaseCoreExtension","FirebaseCoreInternal"],"maven":["com.google.firebase:firebase-common","com.google.firebase:firebase-common-ktx","com.google.firebase:firebase-bom","com.google.firebase:firebase-components","com.google.firebase:*"],"cocoapods":["FirebaseCore","FirebaseCoreInternal","FirebaseCoreExtension","FirebaseCoreDiagnostics","Firebase","Firebase/Core","Firebase/CoreOnly","FirebaseSharedSwift"],"swift":["https://github.com/firebase/firebase-ios-sdk"],"pub":["firebase_core"],"npm":["@react-native-firebase/app","firebase"],"androidClassPrefixes":["com.google.firebase.provider.","com.google.firebase.components.","com.google.firebase."],"androidMetaDataKeys":["com.google.firebase.components.ComponentDiscoveryService"],"domains":["firebaseio.com","firebase.google.com"],"sources":["Firebase documentation, Add Firebase to your Android/Apple project (firebase.google.com/docs/android/setup, /docs/ios/setup)","Apple third-party SDK list (see README)"],"notes":"Fallback for Firebase artefacts without their own entry. The SPM repo firebase-ios-sdk carries every Firebase module and is attributed here; its products (FirebaseAnalytics, FirebaseCrashlytics...) should be matched by product name through the cocoapods names.","file":"policies/catalog/google-firebase.yaml","line":5},{"id":"firebase-installations","name":"Firebase Installations","vendor":{"en":"Google"},"categories":["other"],"personalInfo":["device-id"],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["FirebaseInstallations"],"maven":["com.google.firebase:firebase-installations","com.google.firebase:firebase-installations-*"],"cocoapods":["FirebaseInstallations","Firebase/Installations"],"pub":["firebase_app_installations"],"npm":["@react-native-firebase/installations"],"androidClassPrefixes":["com.google.firebase.installations."],"domains":["firebaseinstallations.googleapis.com"],"sources":["Firebase installations docs (firebase.google.com/docs/projects/manage-installations)","Apple third-party SDK list (see README)"],"file":"policies/catalog/google-firebase.yaml","line":24},{"id":"firebase-ab-testing","name":"Firebase A/B Testing","vendor":{"en":"Google"},"categories":["analytics"],"personalInfo":["device-id","usage-data"],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["FirebaseABTesting"],"maven":["com.google.firebase:firebase-abt"],"cocoapods":["FirebaseABTesting","Firebase/ABTesting"],"androidClassPrefixes":["com.google.firebase.abt."],"sources":["Firebase A/B Testing docs (firebase.google.com/docs/ab-testing)","Apple third-party SDK list (see README)"],"file":"policies/catalog/google-firebase.yaml","line":40},{"id":"firebase-remote-config","name":"Firebase Remote Config","vendor":{"en":"Google"},"categories":["other"],"personalInfo":["device-id","device-info"],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["FirebaseRemoteConfig"],"maven":["com.google.firebase:firebase-config","com.google.firebase:firebase-config-*"],"cocoapods":["FirebaseRemoteConfig","Firebase/RemoteConfig","FirebaseRemoteConfigInterop"],"pub":["firebase_remote_config"],"npm":["@react-native-firebase/remote-config","@capacitor-firebase/remote-config"],"androidClassPrefixes":["com.google.firebase.remoteconfig."],"domains":["firebaseremoteconfig.googleapis.com"],"sources":["Firebase Remote Config docs (firebase.google.com/docs/remote-config)","Apple third-party SDK list (see README)"],"file":"policies/catalog/google-firebase.yaml","line":53},{"id":"firebase-dynamic-links","name":"Firebase Dynamic Links (deprecated)","vendor":{"en":"Google"},"categories":["attribution"],"personalInfo":["device-id","ip-address","device-info"],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["FirebaseDynamicLinks"],"maven":["com.google.firebase:firebase-dynamic-links","com.google.firebase:firebase-dynamic-links-*"],"cocoapods":["FirebaseDynamicLinks","Firebase/DynamicLinks"],"pub":["firebase_dynamic_links"],"npm":["@react-native-firebase/dynamic-links"],"androidClassPrefixes":["com.google.firebase.dynamiclinks."],"domains":["page.link"],"sources":["Firebase Dynamic Links docs and deprecation FAQ (firebase.google.com/support/dynamic-links-faq)","Apple third-party SDK list (see README)"],"notes":"Service shut down on 2025-08-25.","file":"policies/catalog/google-firebase.yaml","line":69},{"id":"firebase-firestore","name":"Cloud Firestore","vendor":{"en":"Google"},"categories":["storage"],"personalInfo":["user-id"],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["FirebaseFirestore"],"maven":["com.google.firebase:firebase-firestore","com.google.firebase:firebase-firestore-*"],"cocoapods":["FirebaseFirestore","Firebase/Firestore","FirebaseFirestoreInternal","FirebaseFirestoreSwift"],"pub":["cloud_firestore"],"npm":["@react-native-firebase/firestore","@capacitor-firebase/firestore"],"androidClassPrefixes":["com.google.firebase.firestore."],"domains":["firestore.googleapis.com"],"sources":["Cloud Firestore docs (firebase.google.com/docs/firestore)","Apple third-party SDK list (see README)"],"file":"policies/catalog/google-firebase.yaml","line":86},{"id":"firebase-database","name":"Firebase Realtime Database","vendor":{"en":"Google"},"categories":["storage"],"personalInfo":["user-id"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.google.firebase:firebase-database","com.google.firebase:firebase-database-*"],"cocoapods":["FirebaseDatabase","Firebase/Database"],"pub":["firebase_database"],"npm":["@react-native-firebase/database"],"androidClassPrefixes":["com.google.firebase.database."],"sources":["Firebase Realtime Database docs (firebase.google.com/docs/database)"],"file":"policies/catalog/google-firebase.yaml","line":102},{"id":"firebase-storage","name":"Cloud Storage for Firebase","vendor":{"en":"Google"},"categories":["storage"],"personalInfo":["photos-or-videos"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.google.firebase:firebase-storage","com.google.firebase:firebase-storage-*"],"cocoapods":["FirebaseStorage","Firebase/Storage"],"pub":["firebase_storage"],"npm":["@react-native-firebase/storage"],"androidClassPrefixes":["com.google.firebase.storage."],"domains":["firebasestorage.googleapis.com"],"sources":["Cloud Storage for Firebase docs (firebase.google.com/docs/storage)"],"file":"policies/catalog/google-firebase.yaml","line":116},{"id":"google-play-services-base","name":"Google Play services base / basement","vendor":{"en":"Google"},"categories":["other"],"personalInfo":["device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.google.android.gms:play-services-base","com.google.android.gms:play-services-basement","com.google.android.gms:play-services-tasks","com.google.android.gms:*"],"androidClassPrefixes":["com.google.android.gms.common.","com.google.android.gms."],"androidMetaDataKeys":["com.google.android.gms.version"],"sources":["Set up Google Play services (developers.google.com/android/guides/setup)"],"notes":"Fallback for Play services artefacts without their own entry. Unavailable on most devices in mainland China.","file":"policies/catalog/google-firebase.yaml","line":131},{"id":"google-data-transport","name":"GoogleDataTransport","vendor":{"en":"Google"},"categories":["other"],"personalInfo":["device-info"],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["GoogleDataTransport"],"maven":["com.google.android.datatransport:*"],"cocoapods":["GoogleDataTransport"],"androidClassPrefixes":["com.google.android.datatransport."],"domains":["firebaselogging-pa.googleapis.com"],"sources":["github.com/firebase/firebase-ios-sdk (GoogleDataTransport)","Apple third-party SDK list (see README)"],"notes":"Uploads telemetry of other Google SDKs. unverified: logging domain.","file":"policies/catalog/google-firebase.yaml","line":144},{"id":"google-utilities","name":"GoogleUtilities","vendor":{"en":"Google (open source)"},"openSource":true,"categories":["other"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["GoogleUtilities"],"cocoapods":["GoogleUtilities"],"swift":["https://github.com/google/GoogleUtilities"],"sources":["github.com/google/GoogleUtilities","Apple third-party SDK list (see README)"],"file":"policies/catalog/google-firebase.yaml","line":159},{"id":"google-toolbox-for-mac","name":"GoogleToolboxForMac","vendor":{"en":"Google (open source)"},"openSource":true,"categories":["other"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["GoogleToolboxForMac"],"cocoapods":["GoogleToolboxForMac"],"swift":["https://github.com/google/google-toolbox-for-mac"],"sources":["github.com/google/google-toolbox-for-mac","Apple third-party SDK list (see README)"],"file":"policies/catalog/google-firebase.yaml","line":172},{"id":"google-promises","name":"Promises (FBLPromises / Promises)","vendor":{"en":"Google (open source)"},"openSource":true,"categories":["other"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["FBLPromises","Promises"],"cocoapods":["PromisesObjC","PromisesSwift"],"swift":["https://github.com/google/promises"],"sources":["github.com/google/promises (pods PromisesObjC \u2192 module FBLPromises, PromisesSwift \u2192 module Promises)","Apple third-party SDK list (see README)"],"file":"policies/catalog/google-firebase.yaml","line":185},{"id":"nanopb","name":"nanopb","vendor":{"en":"Petteri Aimonen (open source)"},"openSource":true,"categories":["other"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["nanopb"],"cocoapods":["nanopb"],"swift":["https://github.com/firebase/nanopb"],"sources":["github.com/nanopb/nanopb","Apple third-party SDK list (see README)"],"file":"policies/catalog/google-firebase.yaml","line":198},{"id":"protobuf","name":"Protocol Buffers","vendor":{"en":"Google (open source)"},"openSource":true,"categories":["other"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["Protobuf"],"maven":["com.google.protobuf:*"],"cocoapods":["Protobuf","Protobuf-C++"],"swift":["https://github.com/protocolbuffers/protobuf"],"pub":["protobuf"],"androidClassPrefixes":["com.google.protobuf."],"sources":["protobuf.dev","Apple third-party SDK list (see README)"],"notes":"SwiftProtobuf (apple/swift-protobuf) is a different library and not on Apple's list.","file":"policies/catalog/google-firebase.yaml","line":211},{"id":"abseil","name":"Abseil","vendor":{"en":"Google (open source)"},"openSource":true,"categories":["other"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["Abseil"],"cocoapods":["abseil"],"swift":["https://github.com/google/abseil-cpp-binary","https://github.com/firebase/abseil-cpp-SwiftPM"],"sources":["abseil.io","Apple third-party SDK list (see README)"],"file":"policies/catalog/google-firebase.yaml","line":228},{"id":"leveldb","name":"LevelDB","vendor":{"en":"Google (open source)"},"openSource":true,"categories":["storage"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["leveldb"],"cocoapods":["leveldb-library"],"swift":["https://github.com/firebase/leveldb"],"sources":["github.com/google/leveldb","Apple third-party SDK list (see README)"],"file":"policies/catalog/google-firebase.yaml","line":241},{"id":"baidu-ocr","name":"Baidu AI OCR SDK","nameZh":"\u767E\u5EA6\u667A\u80FD\u4E91 \u6587\u5B57\u8BC6\u522B OCR","vendor":{"en":"Baidu AI Cloud","zh-CN":"\u767E\u5EA6\u667A\u80FD\u4E91"},"categories":["identity-ocr-face"],"personalInfo":["id-number","bank-card-number","name","photos-or-videos","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"cocoapods":["BaiduOCR"],"androidClassPrefixes":["com.baidu.ocr.sdk.","com.baidu.ocr.ui."],"vendoredFiles":["ocr-sdk*.jar","ocr-sdk*.aar","AipOcrSdk.framework","AipBase.framework"],"domains":["aip.baidubce.com"],"sources":["Baidu AI Cloud OCR Android/iOS SDK docs (ai.baidu.com/ai-doc/OCR)"],"notes":"aip.baidubce.com is Baidu AI's shared API gateway (face APIs use it too). unverified: pod name, ocr-sdk file names.","file":"policies/catalog/identity-ocr-face.yaml","line":4},{"id":"baidu-face","name":"Baidu Face Recognition / Liveness SDK","nameZh":"\u767E\u5EA6\u4EBA\u8138\u8BC6\u522B / \u6D3B\u4F53\u68C0\u6D4B","vendor":{"en":"Baidu AI Cloud","zh-CN":"\u767E\u5EA6\u667A\u80FD\u4E91"},"categories":["identity-ocr-face"],"personalInfo":["biometric-face","photos-or-videos","device-id","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"cocoapods":["IDLFaceSDK"],"androidClassPrefixes":["com.baidu.idl.face.","com.baidu.aip.face.","com.baidu.idl.main.facesdk."],"vendoredFiles":["facelibrary*.aar","IDLFaceSDK.framework","FaceSDK*.aar"],"sources":["Baidu AI Cloud face SDK docs (ai.baidu.com/ai-doc/FACE)"],"notes":"unverified: all identifiers.","file":"policies/catalog/identity-ocr-face.yaml","line":19},{"id":"megvii-faceid","name":"Megvii FaceID (Face++) liveness","nameZh":"\u65F7\u89C6 FaceID / Face++","vendor":{"en":"Megvii","zh-CN":"\u65F7\u89C6\u79D1\u6280"},"categories":["identity-ocr-face"],"personalInfo":["biometric-face","photos-or-videos","id-number","name","device-id","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"cocoapods":["MGFaceIDLiveDetect","MegLive"],"androidClassPrefixes":["com.megvii."],"vendoredFiles":["MegLiveStill*.aar","meglive_still*.aar","MGFaceIDLiveDetect.framework","MegLiveStill.framework","MegLiveV5*.framework","libMegviiFacepp*.so","faceidmodel*.bin"],"domains":["faceid.com","megvii.com","faceplusplus.com"],"sources":["FaceID documentation (faceid.com/pages/documents)","public smali/Java of MegLiveStill 3.x-5.x under com.megvii (code search)","public build script packaging MegLiveV5Base / MegLiveV5DetectCN (code search)"],"notes":"unverified: pod names, aar file names, .so and model names.","file":"policies/catalog/identity-ocr-face.yaml","line":33},{"id":"sensetime","name":"SenseTime SenseID (liveness, OCR)","nameZh":"\u5546\u6C64 SenseID","vendor":{"en":"SenseTime","zh-CN":"\u5546\u6C64\u79D1\u6280"},"categories":["identity-ocr-face"],"personalInfo":["biometric-face","photos-or-videos","id-number","bank-card-number","name","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"androidClassPrefixes":["com.sensetime.","com.sensetime.senseid."],"vendoredFiles":["SenseID*.aar","libst_*.so","STLivenessDetector*.framework","STSilentLivenessController*"],"domains":["sensetime.com"],"sources":["SenseTime SenseID integration guide (customer documentation)"],"notes":"Distributed to customers only. unverified: all file names.","file":"policies/catalog/identity-ocr-face.yaml","line":48},{"id":"cloudwalk","name":"CloudWalk face recognition / liveness","nameZh":"\u4E91\u4ECE\u79D1\u6280","vendor":{"en":"CloudWalk","zh-CN":"\u4E91\u4ECE\u79D1\u6280"},"categories":["identity-ocr-face"],"personalInfo":["biometric-face","photos-or-videos","id-number","name","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"androidClassPrefixes":["cn.cloudwalk."],"vendoredFiles":["CloudwalkLive*.aar","cloudwalk*.aar","CWLiveSDK*.framework"],"sources":["CloudWalk SDK integration guide (customer documentation)"],"notes":"Common in Chinese bank apps; distributed to customers only. unverified: all identifiers.","file":"policies/catalog/identity-ocr-face.yaml","line":62},{"id":"tencent-faceid","name":"Tencent Cloud FaceID / WeBank face verification","nameZh":"\u817E\u8BAF\u4E91\u6167\u773C\u4EBA\u8138\u6838\u8EAB / \u5FAE\u4F17\u4EBA\u8138","vendor":{"en":"Tencent Cloud / WeBank","zh-CN":"\u817E\u8BAF\u4E91 / \u5FAE\u4F17\u94F6\u884C"},"categories":["identity-ocr-face"],"personalInfo":["biometric-face","photos-or-videos","id-number","name","device-id","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"androidClassPrefixes":["com.tencent.cloud.huiyansdkface.","com.webank.facelight.","com.webank.mbank."],"vendoredFiles":["WbCloudFaceLiveSdk*.aar","WbCloudNormal*.aar","WbCloudOcrSdk*.aar","TencentCloudHuiyanSDKFace*.framework","WBCloudReflectionFaceVerify.framework"],"domains":["faceid.qq.com","webank.com"],"sources":["Tencent Cloud FaceID SDK docs (cloud.tencent.com/document/product/1007)","public decompiled code under com.tencent.cloud.huiyansdkface.facelight (code search)"],"notes":"unverified: file names, the older com.webank.* prefixes, domains.","file":"policies/catalog/identity-ocr-face.yaml","line":75},{"id":"aliyun-realperson","name":"Alibaba Cloud ID Verification (real-person)","nameZh":"\u963F\u91CC\u4E91\u5B9E\u4EBA\u8BA4\u8BC1 / \u91D1\u878D\u7EA7\u5B9E\u4EBA\u8BA4\u8BC1","vendor":{"en":"Alibaba Cloud","zh-CN":"\u963F\u91CC\u4E91"},"categories":["identity-ocr-face"],"personalInfo":["biometric-face","photos-or-videos","id-number","name","device-id","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"cocoapods":["AliyunFaceAuthFacade"],"androidClassPrefixes":["com.alibaba.security.realidentity.","com.alibaba.security.rp.","com.aliyun.aliyunface."],"vendoredFiles":["rpsdk*.aar","aliyunface*.aar","AliyunFaceAuthFacade.framework","RPSDK.framework"],"domains":["cloudauth.aliyuncs.com"],"sources":["Alibaba Cloud ID Verification SDK docs (help.aliyun.com/zh/id-verification/)"],"notes":"unverified: all identifiers.","file":"policies/catalog/identity-ocr-face.yaml","line":89},{"id":"netease-yidun","name":"NetEase Yidun (liveness, anti-fraud, hardening)","nameZh":"\u7F51\u6613\u6613\u76FE","vendor":{"en":"NetEase Yidun","zh-CN":"\u7F51\u6613\u6613\u76FE"},"categories":["identity-ocr-face","security-hardening"],"personalInfo":["biometric-face","device-id","android-id","oaid","ip-address","device-info","installed-apps"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["io.github.yidun:*"],"ohpm":["@yidun/alive"],"androidClassPrefixes":["com.netease.nis.","com.netease.mobsec."],"domains":["dun.163.com","dun.163yun.com"],"sources":["NetEase Yidun docs (support.dun.163.com)","HarmonyOS substitution table (see README): io.github.yidun:livedetect"],"notes":"unverified: class prefixes, domains.","file":"policies/catalog/identity-ocr-face.yaml","line":104},{"id":"intsig-ocr","name":"INTSIG (CamCard) ID/bank-card OCR","nameZh":"\u5408\u5408\u4FE1\u606F \u8BC1\u4EF6/\u94F6\u884C\u5361\u8BC6\u522B","vendor":{"en":"INTSIG","zh-CN":"\u5408\u5408\u4FE1\u606F"},"categories":["identity-ocr-face"],"personalInfo":["id-number","bank-card-number","name","photos-or-videos"],"tracker":false,"applePrivacyManifestRequired":false,"androidClassPrefixes":["com.intsig."],"vendoredFiles":["ISIDReaderSDK*.jar","ISCardScan*.aar","ISOpenSDK.framework"],"sources":["INTSIG open platform (www.intsig.com)"],"notes":"Distributed to customers only. unverified: all identifiers.","file":"policies/catalog/identity-ocr-face.yaml","line":119},{"id":"google-mlkit","name":"Google ML Kit","vendor":{"en":"Google"},"categories":["identity-ocr-face"],"personalInfo":["photos-or-videos","biometric-face","device-info","performance-data"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.google.mlkit:*","com.google.android.gms:play-services-mlkit-*"],"cocoapods":["GoogleMLKit","MLKitCommon","MLKitVision","MLImage","MLKitFaceDetection","MLKitBarcodeScanning","MLKitTextRecognition","MLKitTextRecognitionChinese"],"pub":["google_mlkit_commons","google_mlkit_face_detection","google_mlkit_text_recognition","google_mlkit_barcode_scanning","google_ml_kit"],"npm":["@react-native-ml-kit/text-recognition","@react-native-ml-kit/face-detection"],"androidClassPrefixes":["com.google.mlkit."],"domains":["firebaseml.googleapis.com"],"sources":["ML Kit docs (developers.google.com/ml-kit)"],"notes":"ML Kit runs on device but logs usage metrics to Google.","file":"policies/catalog/identity-ocr-face.yaml","line":132},{"id":"huawei-mlkit","name":"HUAWEI ML Kit","vendor":{"en":"Huawei","zh-CN":"\u534E\u4E3A"},"categories":["identity-ocr-face","speech"],"personalInfo":["photos-or-videos","biometric-face","audio-data","id-number","bank-card-number","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.huawei.hms:ml-*"],"pub":["huawei_ml_body","huawei_ml_text","huawei_ml_image","huawei_ml_language"],"androidClassPrefixes":["com.huawei.hms.mlsdk.","com.huawei.hms.mlplugin."],"sources":["HUAWEI Developers, ML Kit integration (developer.huawei.com/consumer/en/hms/huawei-mlkit)"],"file":"policies/catalog/identity-ocr-face.yaml","line":148},{"id":"huawei-scan","name":"HUAWEI Scan Kit","vendor":{"en":"Huawei","zh-CN":"\u534E\u4E3A"},"categories":["identity-ocr-face"],"personalInfo":["photos-or-videos"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.huawei.hms:scan","com.huawei.hms:scanplus"],"cocoapods":["ScanKitFrameWork"],"pub":["huawei_scan"],"androidClassPrefixes":["com.huawei.hms.hmsscankit.","com.huawei.hms.ml.scan."],"sources":["HUAWEI Developers, Scan Kit integration (developer.huawei.com/consumer/en/hms/huawei-scankit)"],"notes":"Barcode scanning. unverified: pod name.","file":"policies/catalog/identity-ocr-face.yaml","line":160},{"id":"zxing","name":"ZXing barcode scanner","vendor":{"en":"ZXing project (open source)"},"openSource":true,"categories":["identity-ocr-face"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.google.zxing:*","com.journeyapps:zxing-android-embedded"],"cocoapods":["ZXingObjC"],"androidClassPrefixes":["com.google.zxing.","com.journeyapps.barcodescanner."],"sources":["Maven Central com.google.zxing:core, com.journeyapps:zxing-android-embedded"],"file":"policies/catalog/identity-ocr-face.yaml","line":174},{"id":"iflytek-msc","name":"iFlytek MSC speech SDK","nameZh":"\u8BAF\u98DE\u5F00\u653E\u5E73\u53F0 \u8BED\u97F3 SDK","vendor":{"en":"iFlytek","zh-CN":"\u79D1\u5927\u8BAF\u98DE"},"categories":["speech"],"personalInfo":["audio-data","device-id","android-id","imei","mac-address","ip-address","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"cocoapods":["iflyMSC"],"androidClassPrefixes":["com.iflytek."],"vendoredFiles":["Msc.jar","libmsc.so","iflyMSC.framework","SparkChain*.aar","AIKit*.aar"],"domains":["xfyun.cn","iflytek.com"],"homepage":"https://www.xfyun.cn/","sources":["iFlytek open platform, Android speech SDK (www.xfyun.cn/doc/asr/voicedictation/Android-SDK.html)"],"notes":"Downloaded per app (the zip embeds the APPID). unverified: pod name, SparkChain/AIKit.","file":"policies/catalog/identity-ocr-face.yaml","line":187},{"id":"baidu-speech","name":"Baidu Speech SDK","nameZh":"\u767E\u5EA6\u8BED\u97F3","vendor":{"en":"Baidu AI Cloud","zh-CN":"\u767E\u5EA6\u667A\u80FD\u4E91"},"categories":["speech"],"personalInfo":["audio-data","device-id","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"androidClassPrefixes":["com.baidu.speech.","com.baidu.tts."],"vendoredFiles":["bdasr_*.jar","com.baidu.tts_*.jar","BDSClientLib*.a"],"domains":["vop.baidu.com","tsn.baidu.com"],"sources":["Baidu AI Cloud speech docs (ai.baidu.com/ai-doc/SPEECH)"],"notes":"unverified: file names.","file":"policies/catalog/identity-ocr-face.yaml","line":203},{"id":"wechat-opensdk","name":"WeChat OpenSDK (login, share, WeChat Pay)","nameZh":"\u5FAE\u4FE1\u5F00\u653E\u5E73\u53F0 SDK (\u767B\u5F55\u3001\u5206\u4EAB\u3001\u5FAE\u4FE1\u652F\u4ED8)","vendor":{"en":"Tencent (WeChat)","zh-CN":"\u817E\u8BAF \u5FAE\u4FE1"},"categories":["login-social","share","payment"],"personalInfo":["device-id","device-info","social-account","payment-info"],"tracker":false,"applePrivacyManifestRequired":false,"aliases":["wechat-pay","wechat-login"],"maven":["com.tencent.mm.opensdk:*"],"cocoapods":["WechatOpenSDK","WechatOpenSDK-XCFramework","WechatOpenSDK_NoPay"],"pub":["fluwx","fluwx_no_pay"],"npm":["react-native-wechat-lib","react-native-wechat"],"ohpm":["@tencent/wechat_open_sdk"],"androidClassPrefixes":["com.tencent.mm.opensdk.","com.tencent.mm.sdk."],"vendoredFiles":["wechat-sdk-android*.jar","wechat-sdk-android*.aar","libWeChatSDK.a","WechatOpenSDK.xcframework","WXApi.h"],"domains":["weixin.qq.com","wechat.com"],"homepage":"https://developers.weixin.qq.com/doc/oplatform/Mobile_App/Access_Guide/Android.html","sources":["WeChat open platform, mobile app access guide (developers.weixin.qq.com/doc/oplatform/Mobile_App/Access_Guide/)","public Gradle usage of com.tencent.mm.opensdk:wechat-sdk-android-without-mta (code search)","HarmonyOS substitution table (see README)"],"notes":"WeChat Pay has no separate SDK: it is this artefact. \`-with-mta\` variants embed Tencent MTA. unverified: WechatOpenSDK_NoPay pod, npm names.","file":"policies/catalog/login-social.yaml","line":4},{"id":"qq-connect","name":"QQ Connect (Tencent Open SDK)","nameZh":"QQ \u4E92\u8054 SDK","vendor":{"en":"Tencent","zh-CN":"\u817E\u8BAF"},"categories":["login-social","share"],"personalInfo":["device-id","device-info","social-account"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.tencent.tauth:*"],"cocoapods":["TencentOpenAPI","TencentOpenApiSDK"],"npm":["react-native-qq"],"androidClassPrefixes":["com.tencent.tauth.","com.tencent.connect.","com.tencent.open."],"vendoredFiles":["open_sdk_*.jar","TencentOpenAPI.framework","TencentOpenAPI.xcframework"],"domains":["graph.qq.com","openmobile.qq.com"],"homepage":"https://wiki.connect.qq.com/","sources":["QQ Connect wiki, SDK Maven support (wiki.connect.qq.com)","public Gradle usage of com.tencent.tauth:qqopensdk (code search)"],"notes":"TencentOpenAPI is not on CocoaPods trunk officially; pods of that name are community mirrors. unverified: npm name, domains.","file":"policies/catalog/login-social.yaml","line":25},{"id":"weibo-sdk","name":"Sina Weibo SDK","nameZh":"\u65B0\u6D6A\u5FAE\u535A SDK","vendor":{"en":"Sina Weibo","zh-CN":"\u65B0\u6D6A\u5FAE\u535A"},"categories":["login-social","share"],"personalInfo":["device-id","android-id","imei","mac-address","device-info","social-account"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["io.github.sinaweibosdk:*","com.sina.weibo.sdk:*"],"cocoapods":["Weibo_SDK"],"androidClassPrefixes":["com.sina.weibo.sdk."],"vendoredFiles":["openDefault-*.aar","libWeiboSDK.a","WeiboSDK.bundle"],"domains":["api.weibo.com"],"sources":["Weibo SDK GitHub README (github.com/sinaweibosdk/weibo_android_sdk)"],"notes":"unverified: com.sina.weibo.sdk group, openDefault aar.","file":"policies/catalog/login-social.yaml","line":43},{"id":"douyin-opensdk","name":"Douyin Open SDK","nameZh":"\u6296\u97F3\u5F00\u653E\u5E73\u53F0 SDK","vendor":{"en":"ByteDance (Douyin)","zh-CN":"\u5B57\u8282\u8DF3\u52A8 \u6296\u97F3"},"categories":["login-social","share"],"personalInfo":["device-id","device-info","social-account"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.bytedance.ies.ugc.aweme:*"],"cocoapods":["DouyinOpenSDK"],"androidClassPrefixes":["com.bytedance.sdk.open."],"domains":["open.douyin.com"],"sources":["Douyin open platform, mobile SDK (developer.open-douyin.com)"],"notes":"unverified: maven group, pod name.","file":"policies/catalog/login-social.yaml","line":59},{"id":"alibaba-number-auth","name":"Alibaba Cloud Phone Number Verification (one-click login)","nameZh":"\u963F\u91CC\u4E91\u53F7\u7801\u8BA4\u8BC1 (\u4E00\u952E\u767B\u5F55)","vendor":{"en":"Alibaba Cloud","zh-CN":"\u963F\u91CC\u4E91"},"categories":["login-social"],"personalInfo":["phone-number","device-id","android-id","imsi","ip-address","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.aliyun.ams:alicloud-android-numberauth*","com.alibaba.phonenumberauth:*"],"cocoapods":["ATAuthSDK"],"pub":["ali_auth"],"npm":["react-native-ali-onepass"],"androidClassPrefixes":["com.mobile.auth.gatewayauth.","com.nirvana.tools."],"vendoredFiles":["auth_number_product-*.aar","ATAuthSDK.framework","ATAuthSDK.xcframework","YTXMonitor.framework","YTXOperators.framework"],"domains":["dypnsapi.aliyuncs.com"],"sources":["Alibaba Cloud Number Authentication Service, Android/iOS client integration (help.aliyun.com/zh/pnvs/)","public code importing com.mobile.auth.gatewayauth.PhoneNumberAuthHelper and com.nirvana.tools.requestqueue (code search)"],"notes":"Embeds the three carriers' gateway SDKs. unverified: maven coordinates (normally a downloaded aar), pub/npm names, pod name.","file":"policies/catalog/login-social.yaml","line":74},{"id":"jverification","name":"JVerification (one-click login)","nameZh":"\u6781\u5149\u8BA4\u8BC1","vendor":{"en":"Jiguang (Aurora Mobile)","zh-CN":"\u6781\u5149"},"categories":["login-social"],"personalInfo":["phone-number","device-id","android-id","oaid","imsi","ip-address","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["cn.jiguang.sdk:jverification"],"cocoapods":["JVerification"],"pub":["jverify"],"npm":["jverification-react-native"],"androidClassPrefixes":["cn.jiguang.verifysdk."],"vendoredFiles":["jverification-android-*.jar"],"domains":["verification.jpush.cn"],"sources":["Jiguang documentation, JVerification integration (docs.jiguang.cn/jverification)"],"notes":"unverified: domain, vendored file name.","file":"policies/catalog/login-social.yaml","line":92},{"id":"umeng-verify","name":"Umeng U-Verify (one-click login)","nameZh":"\u53CB\u76DF+ \u667A\u80FD\u8BA4\u8BC1","vendor":{"en":"Umeng+ (Youmeng Tongji)","zh-CN":"\u53CB\u76DF+"},"categories":["login-social"],"personalInfo":["phone-number","device-id","android-id","imsi","ip-address","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.umeng.umsdk:uverify*"],"cocoapods":["UMVerify"],"androidClassPrefixes":["com.umeng.umverify."],"sources":["Umeng U-Verify docs (developer.umeng.com/docs/143070)"],"notes":"unverified: maven artefact pattern.","file":"policies/catalog/login-social.yaml","line":110},{"id":"mobtech-core","name":"MobSDK core (MobTech)","vendor":{"en":"MobTech","zh-CN":"\u88A4\u535A\u79D1\u6280 MobTech"},"categories":["other"],"personalInfo":["device-id","android-id","oaid","imei","mac-address","ip-address","wifi-info","device-info","installed-apps"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.mob.sdk:*","com.mob:*"],"cocoapods":["mob_sdk","MOBFoundation"],"androidClassPrefixes":["com.mob.MobSDK","com.mob.tools.","com.mob.commons.","com.mob."],"androidMetaDataKeys":["Mob-AppKey","Mob-AppSecret"],"domains":["mob.com"],"homepage":"https://www.mob.com/","sources":["MobTech docs, Android integration via the MobSDK Gradle plugin (www.mob.com/wiki)"],"notes":"Shared base of ShareSDK, MobPush, SecVerify. unverified: maven groups (the Gradle plugin adds them), pod names.","file":"policies/catalog/login-social.yaml","line":124},{"id":"mob-sharesdk","name":"ShareSDK","vendor":{"en":"MobTech","zh-CN":"\u88A4\u535A\u79D1\u6280 MobTech"},"categories":["share","login-social"],"personalInfo":["device-id","android-id","oaid","imei","mac-address","ip-address","device-info","installed-apps","social-account"],"tracker":true,"applePrivacyManifestRequired":false,"cocoapods":["mob_sharesdk","ShareSDK3"],"pub":["sharesdk_plugin"],"npm":["react-native-sharesdk"],"androidClassPrefixes":["cn.sharesdk."],"vendoredFiles":["ShareSDK*.jar","ShareSDK.framework","MobTools*.jar","MobCommons*.jar"],"sources":["MobTech ShareSDK docs (www.mob.com/wiki/detailed?wiki=ShareSDK_Android)","ShareSDK for Android 2.x download packages: ShareSDK-Core with MobTools and MobCommons jars (seen vendored together in public apps)"],"notes":"unverified: pub/npm names, ShareSDK3 pod. MobTools/MobCommons are MobTech's base jars, also shipped with SMSSDK; attributed to ShareSDK, the SDK they most often come with.","file":"policies/catalog/login-social.yaml","line":140},{"id":"mob-secverify","name":"SecVerify (one-click login)","nameZh":"\u79D2\u9A8C","vendor":{"en":"MobTech","zh-CN":"\u88A4\u535A\u79D1\u6280 MobTech"},"categories":["login-social"],"personalInfo":["phone-number","device-id","android-id","imsi","ip-address","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"cocoapods":["mob_secverify"],"pub":["secverify"],"androidClassPrefixes":["com.mob.secverify."],"sources":["MobTech SecVerify docs (www.mob.com/wiki/detailed?wiki=SecVerify_Android)"],"notes":"unverified: pub name.","file":"policies/catalog/login-social.yaml","line":155},{"id":"cmcc-quicklogin","name":"China Mobile one-click login SDK","nameZh":"\u4E2D\u56FD\u79FB\u52A8 \u8BA4\u8BC1 SDK (\u4E00\u952E\u767B\u5F55)","vendor":{"en":"China Mobile","zh-CN":"\u4E2D\u56FD\u79FB\u52A8"},"categories":["login-social"],"personalInfo":["phone-number","imsi","ip-address","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"androidClassPrefixes":["com.cmic.sso.sdk.","com.cmic.gen.sdk."],"vendoredFiles":["quick_login_android_*.jar","quick_login_android_*.aar","TYRZSDK.framework","TYRZUISDK.framework"],"domains":["cmpassport.com"],"sources":["China Mobile Internet Capability Open Platform, authentication SDK docs (dev.10086.cn)"],"notes":"Usually embedded in aggregators (Alibaba number auth, JVerification, SecVerify). unverified: com.cmic.gen.sdk, iOS framework names.","file":"policies/catalog/login-social.yaml","line":169},{"id":"google-signin","name":"Google Sign-In","vendor":{"en":"Google"},"categories":["login-social"],"personalInfo":["social-account","email-address","name"],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["GoogleSignIn"],"maven":["com.google.android.gms:play-services-auth","com.google.android.libraries.identity.googleid:*"],"cocoapods":["GoogleSignIn","GoogleSignInSwiftSupport"],"swift":["https://github.com/google/GoogleSignIn-iOS"],"pub":["google_sign_in","google_sign_in_ios","google_sign_in_android"],"npm":["@react-native-google-signin/google-signin"],"androidClassPrefixes":["com.google.android.gms.auth.api.signin.","com.google.android.libraries.identity.googleid."],"domains":["accounts.google.com"],"sources":["Google Sign-In for iOS (developers.google.com/identity/sign-in/ios)","Credential Manager, Sign in with Google (developer.android.com/identity/sign-in/credential-manager-siwg)","Apple third-party SDK list (see README)"],"file":"policies/catalog/login-social.yaml","line":183},{"id":"appauth","name":"AppAuth","vendor":{"en":"OpenID Foundation (open source)"},"openSource":true,"categories":["login-social"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["AppAuth"],"maven":["net.openid:appauth"],"cocoapods":["AppAuth"],"swift":["https://github.com/openid/AppAuth-iOS"],"pub":["flutter_appauth"],"npm":["react-native-app-auth"],"androidClassPrefixes":["net.openid.appauth."],"sources":["github.com/openid/AppAuth-iOS, github.com/openid/AppAuth-Android","Apple third-party SDK list (see README)"],"file":"policies/catalog/login-social.yaml","line":200},{"id":"gtm-appauth","name":"GTMAppAuth","vendor":{"en":"Google (open source)"},"openSource":true,"categories":["login-social"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["GTMAppAuth"],"cocoapods":["GTMAppAuth"],"swift":["https://github.com/google/GTMAppAuth"],"sources":["github.com/google/GTMAppAuth","Apple third-party SDK list (see README)"],"file":"policies/catalog/login-social.yaml","line":217},{"id":"facebook-core","name":"Facebook SDK core (App Events)","vendor":{"en":"Meta"},"categories":["analytics","advertising"],"personalInfo":["device-id","advertising-id","ip-address","device-info","usage-data","purchase-history"],"tracker":true,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["FBSDKCoreKit","FBSDKCoreKit_Basics","FBAEMKit"],"maven":["com.facebook.android:facebook-core","com.facebook.android:facebook-android-sdk","com.facebook.android:facebook-common","com.facebook.android:facebook-bolts","com.facebook.android:facebook-applinks"],"cocoapods":["FBSDKCoreKit","FBSDKCoreKit_Basics","FBAEMKit","FacebookCore"],"swift":["https://github.com/facebook/facebook-ios-sdk"],"npm":["react-native-fbsdk-next","react-native-fbsdk"],"pub":["facebook_app_events"],"androidClassPrefixes":["com.facebook.FacebookSdk","com.facebook.FacebookActivity","com.facebook.FacebookContentProvider","com.facebook.CustomTabActivity","com.facebook.CustomTabMainActivity","com.facebook.appevents.","com.facebook.internal.","com.facebook.bolts."],"androidMetaDataKeys":["com.facebook.sdk.ApplicationId","com.facebook.sdk.ClientToken","com.facebook.sdk.AutoLogAppEventsEnabled","com.facebook.sdk.AdvertiserIDCollectionEnabled","com.facebook.sdk.AutoInitEnabled"],"domains":["facebook.com","facebook.net","fbcdn.net"],"sources":["Meta for Developers, Facebook SDK for Android/iOS getting started (developers.facebook.com/docs/android/getting-started, /docs/ios/getting-started)","facebook-ios-sdk Package.swift (FBAEMKit, FBSDKCoreKit_Basics binary targets; code search)","Apple third-party SDK list (see README)"],"notes":"Do not use \`com.facebook.\` as a prefix: Fresco, React Native, SoLoader and Yoga share it. The SPM repo carries every Facebook module and is attributed to this entry.","file":"policies/catalog/login-social.yaml","line":230},{"id":"facebook-login","name":"Facebook Login","vendor":{"en":"Meta"},"categories":["login-social"],"personalInfo":["social-account","email-address","name"],"tracker":true,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["FBSDKLoginKit"],"maven":["com.facebook.android:facebook-login"],"cocoapods":["FBSDKLoginKit","FacebookLogin"],"pub":["flutter_facebook_auth"],"androidClassPrefixes":["com.facebook.login."],"sources":["Meta for Developers, Facebook Login (developers.facebook.com/docs/facebook-login)","Apple third-party SDK list (see README)"],"file":"policies/catalog/login-social.yaml","line":249},{"id":"facebook-share","name":"Facebook Sharing","vendor":{"en":"Meta"},"categories":["share"],"personalInfo":["social-account"],"tracker":true,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["FBSDKShareKit"],"maven":["com.facebook.android:facebook-share","com.facebook.android:facebook-messenger"],"cocoapods":["FBSDKShareKit","FacebookShare"],"androidClassPrefixes":["com.facebook.share."],"sources":["Meta for Developers, Sharing on Android/iOS (developers.facebook.com/docs/sharing)","Apple third-party SDK list (see README)"],"file":"policies/catalog/login-social.yaml","line":263},{"id":"huawei-account","name":"HUAWEI Account Kit","vendor":{"en":"Huawei","zh-CN":"\u534E\u4E3A"},"categories":["login-social"],"personalInfo":["social-account","phone-number","email-address","name"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.huawei.hms:hwid"],"pub":["huawei_account"],"androidClassPrefixes":["com.huawei.hms.support.account.","com.huawei.hms.support.hwid."],"sources":["HUAWEI Developers, Account Kit integration"],"file":"policies/catalog/login-social.yaml","line":276},{"id":"firebase-auth","name":"Firebase Authentication","vendor":{"en":"Google"},"categories":["login-social"],"personalInfo":["user-id","email-address","phone-number","ip-address"],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["FirebaseAuth"],"maven":["com.google.firebase:firebase-auth","com.google.firebase:firebase-auth-*"],"cocoapods":["FirebaseAuth","Firebase/Auth","FirebaseAuthInterop"],"pub":["firebase_auth"],"npm":["@react-native-firebase/auth","@capacitor-firebase/authentication"],"androidClassPrefixes":["com.google.firebase.auth."],"domains":["identitytoolkit.googleapis.com","securetoken.googleapis.com"],"sources":["Firebase documentation, Authentication (firebase.google.com/docs/auth)","Apple third-party SDK list (see README)"],"file":"policies/catalog/login-social.yaml","line":288},{"id":"umeng-share","name":"Umeng U-Share","nameZh":"\u53CB\u76DF+ \u793E\u4F1A\u5316\u5206\u4EAB","vendor":{"en":"Umeng+ (Youmeng Tongji)","zh-CN":"\u53CB\u76DF+"},"categories":["share","login-social"],"personalInfo":["device-id","android-id","device-info","social-account"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.umeng.umsdk:share-*","com.umeng.umsdk:share_board"],"cocoapods":["UMShare","UMShare/UI","UMShare/Social"],"pub":["umeng_share_sdk"],"androidClassPrefixes":["com.umeng.socialize."],"vendoredFiles":["umeng-share-*.jar","umeng-share-*.aar"],"sources":["Umeng U-Share Android integration (developer.umeng.com/docs/128606)","public Gradle usage of com.umeng.umsdk:share-core, share-wx, share-qq, share-sina, share_board (code search)"],"notes":"Third-party platform SDKs it wraps (WeChat, QQ, Weibo) match their own entries.","file":"policies/catalog/login-social.yaml","line":304},{"id":"share-plus","name":"share_plus","vendor":{"en":"Flutter Community (open source)"},"openSource":true,"categories":["share"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["share_plus"],"cocoapods":["share_plus"],"pub":["share_plus","share"],"androidClassPrefixes":["dev.fluttercommunity.plus.share."],"sources":["pub.dev/packages/share_plus","Apple third-party SDK list (see README)"],"file":"policies/catalog/login-social.yaml","line":320},{"id":"amap-foundation","name":"AMap (Gaode) foundation and API key","nameZh":"\u9AD8\u5FB7\u5F00\u653E\u5E73\u53F0 \u57FA\u7840\u5E93","vendor":{"en":"AutoNavi (Gaode) - Alibaba","zh-CN":"\u9AD8\u5FB7"},"categories":["map-location"],"personalInfo":["device-id","android-id","oaid","ip-address","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.amap.api:*"],"cocoapods":["AMapFoundation","AMapFoundation-NO-IDFA"],"androidClassPrefixes":["com.amap.api."],"androidMetaDataKeys":["com.amap.api.v2.apikey"],"domains":["amap.com","autonavi.com"],"homepage":"https://lbs.amap.com/","privacyPolicy":"https://lbs.amap.com/pages/privacy/","sources":["AMap open platform, Android/iOS SDK guides (lbs.amap.com/api/android-location-sdk/guide/create-project/android-studio-create-project)"],"notes":"The API key and foundation are shared by AMap location, map, search and navigation; they fall back here.","file":"policies/catalog/map-location.yaml","line":4},{"id":"amap-location","name":"AMap Location SDK","nameZh":"\u9AD8\u5FB7\u5B9A\u4F4D SDK","vendor":{"en":"AutoNavi (Gaode) - Alibaba","zh-CN":"\u9AD8\u5FB7"},"categories":["map-location"],"personalInfo":["precise-location","coarse-location","wifi-info","cell-info","device-id","android-id","oaid","imei","imsi","mac-address","ip-address","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.amap.api:location"],"cocoapods":["AMapLocation","AMapLocation-NO-IDFA"],"pub":["amap_flutter_location"],"npm":["react-native-amap-geolocation"],"ohpm":["@amap/amap_lbs_location"],"androidClassPrefixes":["com.amap.api.location.","com.loc."],"vendoredFiles":["AMap_Location_*.jar","AMapLocationKit.framework"],"sources":["AMap Android location SDK guide (lbs.amap.com/api/android-location-sdk/)","HarmonyOS substitution table (see README)"],"notes":"com.amap.api:3dmap-location-search bundles map, location and search; it matches amap-maps. unverified: npm name, vendored jar name.","file":"policies/catalog/map-location.yaml","line":22},{"id":"amap-maps","name":"AMap Map SDK (3D / 2D)","nameZh":"\u9AD8\u5FB7\u5730\u56FE SDK","vendor":{"en":"AutoNavi (Gaode) - Alibaba","zh-CN":"\u9AD8\u5FB7"},"categories":["map-location"],"personalInfo":["coarse-location","device-id","ip-address","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.amap.api:3dmap","com.amap.api:3dmap-*","com.amap.api:map2d","com.amap.api:3dmap-location-search"],"cocoapods":["AMap3DMap","AMap3DMap-NO-IDFA","AMap2DMap","AMap2DMap-NO-IDFA"],"pub":["amap_flutter_map"],"npm":["react-native-amap3d"],"ohpm":["@amap/amap_lbs_map3d"],"androidClassPrefixes":["com.amap.api.maps.","com.amap.api.maps2d.","com.autonavi.amap."],"vendoredFiles":["AMap3DMap_*.jar","AMap_3DMap_*.jar","MAMapKit.framework"],"sources":["AMap Android map SDK guide (lbs.amap.com/api/android-sdk/)","HarmonyOS substitution table (see README)"],"file":"policies/catalog/map-location.yaml","line":40},{"id":"amap-search","name":"AMap Search SDK","nameZh":"\u9AD8\u5FB7\u641C\u7D22 SDK","vendor":{"en":"AutoNavi (Gaode) - Alibaba","zh-CN":"\u9AD8\u5FB7"},"categories":["map-location"],"personalInfo":["coarse-location","device-id","ip-address"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.amap.api:search"],"cocoapods":["AMapSearch","AMapSearch-NO-IDFA"],"ohpm":["@amap/amap_lbs_search"],"androidClassPrefixes":["com.amap.api.services."],"vendoredFiles":["AMap_Search_*.jar","AMapSearchKit.framework"],"sources":["AMap search SDK guide (lbs.amap.com/api/android-sdk/guide/map-data/poi)","HarmonyOS substitution table (see README)"],"file":"policies/catalog/map-location.yaml","line":57},{"id":"amap-navi","name":"AMap Navigation SDK","nameZh":"\u9AD8\u5FB7\u5BFC\u822A SDK","vendor":{"en":"AutoNavi (Gaode) - Alibaba","zh-CN":"\u9AD8\u5FB7"},"categories":["map-location"],"personalInfo":["precise-location","coarse-location","device-id","ip-address"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.amap.api:navi-3dmap","com.amap.api:navi-*"],"cocoapods":["AMapNavi","AMapNavi-NO-IDFA"],"androidClassPrefixes":["com.amap.api.navi."],"sources":["AMap navigation SDK guide (lbs.amap.com/api/android-navi-sdk/)"],"file":"policies/catalog/map-location.yaml","line":72},{"id":"baidu-maps","name":"Baidu Map SDK","nameZh":"\u767E\u5EA6\u5730\u56FE SDK","vendor":{"en":"Baidu","zh-CN":"\u767E\u5EA6"},"categories":["map-location"],"personalInfo":["coarse-location","device-id","android-id","ip-address","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.baidu.lbsyun:*"],"cocoapods":["BaiduMapKit","BMKMapKit"],"pub":["flutter_baidu_mapapi_map","flutter_baidu_mapapi_base","flutter_baidu_mapapi_search","flutter_baidu_mapapi_utils"],"ohpm":["@bdmap/map","@bdmap/base","@bdmap/navi_map"],"androidClassPrefixes":["com.baidu.mapapi.","com.baidu.platform.","com.baidu.mapsdkplatform.","com.baidu.lbsapi."],"androidMetaDataKeys":["com.baidu.lbsapi.API_KEY"],"vendoredFiles":["BaiduLBS_Android*.jar","BaiduLBS_Android*.aar","BaiduMapAPI_*.framework"],"domains":["map.baidu.com","lbsyun.baidu.com"],"homepage":"https://lbsyun.baidu.com/","sources":["Baidu LBS open platform, Android map SDK (lbsyun.baidu.com/faq/api?title=androidsdk)","public Gradle usage of com.baidu.lbsyun:BaiduMapSDK_Map, _Search, _Util (code search)","HarmonyOS substitution table (see README)"],"notes":"\`com.baidu.lbsyun:*\` falls back here; the location artefacts match baidu-location. unverified: BMKMapKit pod, @bdmap/map and @bdmap/base.","file":"policies/catalog/map-location.yaml","line":85},{"id":"baidu-location","name":"Baidu Location SDK","nameZh":"\u767E\u5EA6\u5B9A\u4F4D SDK","vendor":{"en":"Baidu","zh-CN":"\u767E\u5EA6"},"categories":["map-location"],"personalInfo":["precise-location","coarse-location","wifi-info","cell-info","device-id","android-id","oaid","imei","imsi","mac-address","ip-address","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.baidu.lbsyun:BaiduMapSDK_Location","com.baidu.lbsyun:BaiduMapSDK_Location_All"],"cocoapods":["BMKLocationKit"],"pub":["flutter_bmflocation"],"androidClassPrefixes":["com.baidu.location."],"vendoredFiles":["BaiduLBS_Android_Location*.jar","BMKLocationKit.framework","liblocSDK*.so"],"domains":["loc.map.baidu.com"],"sources":["Baidu LBS Android location SDK (lbsyun.baidu.com/faq/api?title=android-locsdk)","public Gradle usage of com.baidu.lbsyun:BaiduMapSDK_Location(_All) (code search)"],"file":"policies/catalog/map-location.yaml","line":105},{"id":"tencent-maps","name":"Tencent Map SDK","nameZh":"\u817E\u8BAF\u5730\u56FE SDK","vendor":{"en":"Tencent","zh-CN":"\u817E\u8BAF\u4F4D\u7F6E\u670D\u52A1"},"categories":["map-location"],"personalInfo":["coarse-location","device-id","ip-address","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.tencent.map:*","com.tencent.openmap:*"],"cocoapods":["Tencent-MapSDK","QMapKit"],"androidClassPrefixes":["com.tencent.tencentmap.mapsdk.","com.tencent.map.sdk.","com.tencent.map.lib."],"androidMetaDataKeys":["TencentMapSDK"],"domains":["map.qq.com"],"homepage":"https://lbs.qq.com/","sources":["Tencent LBS, Android map SDK (lbs.qq.com/mobile/androidMapSDK/developerGuide/androidSummary)","public Gradle usage of com.tencent.map:tencent-map-vector-sdk and com.tencent.openmap:foundation (code search)"],"notes":"unverified: pod names.","file":"policies/catalog/map-location.yaml","line":121},{"id":"tencent-location","name":"Tencent Location SDK","nameZh":"\u817E\u8BAF\u5B9A\u4F4D SDK","vendor":{"en":"Tencent","zh-CN":"\u817E\u8BAF\u4F4D\u7F6E\u670D\u52A1"},"categories":["map-location"],"personalInfo":["precise-location","coarse-location","wifi-info","cell-info","device-id","android-id","imei","ip-address","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.tencent.map.geolocation:*"],"cocoapods":["TencentLBS"],"androidClassPrefixes":["com.tencent.map.geolocation."],"vendoredFiles":["TencentLocationSdk*.jar","TencentLBS.framework","libtencentloc*.so"],"sources":["Tencent LBS, Android location SDK (lbs.qq.com/mobile/androidLocationSDK/androidGeoGuide/androidGeoOverview)","public Gradle usage of com.tencent.map.geolocation:TencentLocationSdk-openplatform (code search)"],"notes":"unverified: pod name.","file":"policies/catalog/map-location.yaml","line":138},{"id":"huawei-location","name":"HUAWEI Location Kit","vendor":{"en":"Huawei","zh-CN":"\u534E\u4E3A"},"categories":["map-location"],"personalInfo":["precise-location","coarse-location"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.huawei.hms:location"],"pub":["huawei_location"],"npm":["@hmscore/react-native-hms-location"],"androidClassPrefixes":["com.huawei.hms.location."],"sources":["HUAWEI Developers, Location Kit integration"],"file":"policies/catalog/map-location.yaml","line":153},{"id":"huawei-map","name":"HUAWEI Map Kit","vendor":{"en":"Huawei","zh-CN":"\u534E\u4E3A"},"categories":["map-location"],"personalInfo":["coarse-location"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.huawei.hms:maps","com.huawei.hms:site"],"pub":["huawei_map"],"androidClassPrefixes":["com.huawei.hms.maps.","com.huawei.hms.site."],"sources":["HUAWEI Developers, Map Kit integration"],"file":"policies/catalog/map-location.yaml","line":166},{"id":"google-location","name":"Google Play services Location (Fused Location Provider)","vendor":{"en":"Google"},"categories":["map-location"],"personalInfo":["precise-location","coarse-location"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.google.android.gms:play-services-location"],"androidClassPrefixes":["com.google.android.gms.location."],"sources":["Android developers, location APIs (developers.google.com/android/guides/setup)"],"file":"policies/catalog/map-location.yaml","line":178},{"id":"google-maps","name":"Google Maps SDK","vendor":{"en":"Google"},"categories":["map-location"],"personalInfo":["coarse-location","device-id","ip-address"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.google.android.gms:play-services-maps","com.google.maps.android:*","com.google.android.libraries.places:*"],"cocoapods":["GoogleMaps","GooglePlaces","Google-Maps-iOS-Utils"],"swift":["https://github.com/googlemaps/ios-maps-sdk","https://github.com/googlemaps/ios-places-sdk"],"pub":["google_maps_flutter"],"npm":["react-native-maps"],"androidClassPrefixes":["com.google.android.gms.maps.","com.google.maps.android.","com.google.android.libraries.places."],"androidMetaDataKeys":["com.google.android.geo.API_KEY","com.google.android.maps.v2.API_KEY"],"domains":["maps.googleapis.com"],"sources":["Maps SDK for Android setup (developers.google.com/maps/documentation/android-sdk/config)","Maps SDK for iOS (developers.google.com/maps/documentation/ios-sdk/config)"],"notes":"react-native-maps can use Apple or Google maps; attributed here.","file":"policies/catalog/map-location.yaml","line":189},{"id":"geolocator","name":"geolocator (Flutter)","vendor":{"en":"Baseflow (open source)"},"openSource":true,"categories":["map-location"],"personalInfo":["precise-location","coarse-location"],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["geolocator_apple"],"cocoapods":["geolocator_apple"],"pub":["geolocator","geolocator_apple","geolocator_android"],"androidClassPrefixes":["com.baseflow.geolocator."],"sources":["pub.dev/packages/geolocator","Apple third-party SDK list (see README)"],"file":"policies/catalog/map-location.yaml","line":207},{"id":"mapbox","name":"Mapbox Maps SDK","vendor":{"en":"Mapbox"},"categories":["map-location"],"personalInfo":["coarse-location","device-id","usage-data"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.mapbox.maps:*","com.mapbox.mapboxsdk:*","com.mapbox.common:*"],"cocoapods":["MapboxMaps","MapboxCommon","MapboxCoreMaps","Mapbox-iOS-SDK"],"swift":["https://github.com/mapbox/mapbox-maps-ios"],"pub":["mapbox_maps_flutter"],"npm":["@rnmapbox/maps"],"androidClassPrefixes":["com.mapbox."],"domains":["mapbox.com"],"sources":["Mapbox Maps SDK docs (docs.mapbox.com/android/maps/guides/install/, docs.mapbox.com/ios/maps/guides/install/)"],"file":"policies/catalog/map-location.yaml","line":221},{"id":"alamofire","name":"Alamofire","vendor":{"en":"Alamofire Software Foundation (open source)"},"openSource":true,"categories":["networking"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["Alamofire"],"cocoapods":["Alamofire"],"swift":["https://github.com/Alamofire/Alamofire"],"sources":["github.com/Alamofire/Alamofire","Apple third-party SDK list (see README)"],"file":"policies/catalog/networking.yaml","line":5},{"id":"afnetworking","name":"AFNetworking","vendor":{"en":"AFNetworking (open source)"},"openSource":true,"categories":["networking"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["AFNetworking"],"cocoapods":["AFNetworking"],"swift":["https://github.com/AFNetworking/AFNetworking"],"sources":["github.com/AFNetworking/AFNetworking","Apple third-party SDK list (see README)"],"file":"policies/catalog/networking.yaml","line":18},{"id":"okhttp","name":"OkHttp / Okio","vendor":{"en":"Square (open source)"},"openSource":true,"categories":["networking"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.squareup.okhttp3:*","com.squareup.okhttp:*","com.squareup.okio:*"],"androidClassPrefixes":["okhttp3.","okio.","com.squareup.okhttp."],"sources":["square.github.io/okhttp (Maven Central com.squareup.okhttp3:okhttp)"],"file":"policies/catalog/networking.yaml","line":31},{"id":"retrofit","name":"Retrofit","vendor":{"en":"Square (open source)"},"openSource":true,"categories":["networking"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.squareup.retrofit2:*","com.squareup.retrofit:*"],"androidClassPrefixes":["retrofit2."],"sources":["square.github.io/retrofit (Maven Central com.squareup.retrofit2:retrofit)"],"file":"policies/catalog/networking.yaml","line":43},{"id":"reachability","name":"Reachability","vendor":{"en":"Tony Million (open source)"},"openSource":true,"categories":["networking"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["Reachability"],"cocoapods":["Reachability"],"sources":["github.com/tonymillion/Reachability","Apple third-party SDK list (see README)"],"notes":"ReachabilitySwift is a different pod and not on Apple's list.","file":"policies/catalog/networking.yaml","line":55},{"id":"starscream","name":"Starscream","vendor":{"en":"Dalton Cherry (open source)"},"openSource":true,"categories":["networking"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["Starscream"],"cocoapods":["Starscream"],"swift":["https://github.com/daltoniam/Starscream"],"sources":["github.com/daltoniam/Starscream","Apple third-party SDK list (see README)"],"file":"policies/catalog/networking.yaml","line":68},{"id":"connectivity-plus","name":"connectivity_plus","vendor":{"en":"Flutter Community (open source)"},"openSource":true,"categories":["networking"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["connectivity_plus"],"cocoapods":["connectivity_plus"],"pub":["connectivity_plus","connectivity"],"androidClassPrefixes":["dev.fluttercommunity.plus.connectivity."],"sources":["pub.dev/packages/connectivity_plus","Apple third-party SDK list (see README)"],"file":"policies/catalog/networking.yaml","line":81},{"id":"gtm-session-fetcher","name":"GTMSessionFetcher","vendor":{"en":"Google (open source)"},"openSource":true,"categories":["networking"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["GTMSessionFetcher"],"cocoapods":["GTMSessionFetcher"],"swift":["https://github.com/google/gtm-session-fetcher"],"sources":["github.com/google/gtm-session-fetcher","Apple third-party SDK list (see README)"],"file":"policies/catalog/networking.yaml","line":95},{"id":"grpc","name":"gRPC (gRPC-C++ / grpcpp, gRPC-Core)","vendor":{"en":"Google / CNCF (open source)"},"openSource":true,"categories":["networking"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["grpcpp"],"maven":["io.grpc:*"],"cocoapods":["gRPC-C++","gRPC-Core","gRPC","gRPC-ProtoRPC"],"swift":["https://github.com/grpc/grpc-ios","https://github.com/grpc/grpc-swift"],"androidClassPrefixes":["io.grpc."],"sources":["grpc.io docs","Apple third-party SDK list (see README)"],"file":"policies/catalog/networking.yaml","line":108},{"id":"sdwebimage","name":"SDWebImage","vendor":{"en":"SDWebImage (open source)"},"openSource":true,"categories":["networking","ui"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["SDWebImage"],"cocoapods":["SDWebImage","SDWebImageWebPCoder","SDWebImageSwiftUI"],"swift":["https://github.com/SDWebImage/SDWebImage"],"sources":["github.com/SDWebImage/SDWebImage","Apple third-party SDK list (see README)"],"file":"policies/catalog/networking.yaml","line":123},{"id":"kingfisher","name":"Kingfisher","vendor":{"en":"onevcat (open source)"},"openSource":true,"categories":["networking","ui"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["Kingfisher"],"cocoapods":["Kingfisher"],"swift":["https://github.com/onevcat/Kingfisher"],"sources":["github.com/onevcat/Kingfisher","Apple third-party SDK list (see README)"],"file":"policies/catalog/networking.yaml","line":136},{"id":"glide","name":"Glide","vendor":{"en":"Bumptech (open source)"},"openSource":true,"categories":["networking","ui"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.github.bumptech.glide:*"],"androidClassPrefixes":["com.bumptech.glide."],"sources":["bumptech.github.io/glide (Maven Central com.github.bumptech.glide:glide)"],"file":"policies/catalog/networking.yaml","line":149},{"id":"fresco","name":"Fresco","vendor":{"en":"Meta (open source)"},"openSource":true,"categories":["networking","ui"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.facebook.fresco:*"],"androidClassPrefixes":["com.facebook.fresco.","com.facebook.imagepipeline.","com.facebook.drawee."],"sources":["frescolib.org (Maven Central com.facebook.fresco:fresco)"],"notes":"Open-source Meta library: not the Facebook SDK.","file":"policies/catalog/networking.yaml","line":161},{"id":"dio","name":"dio (Dart HTTP client)","vendor":{"en":"cfug (open source)"},"openSource":true,"categories":["networking"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":false,"pub":["dio"],"sources":["pub.dev/packages/dio"],"file":"policies/catalog/networking.yaml","line":174},{"id":"aliyun-httpdns","name":"Alibaba Cloud HTTPDNS","nameZh":"\u963F\u91CC\u4E91 HTTPDNS","vendor":{"en":"Alibaba Cloud","zh-CN":"\u963F\u91CC\u4E91"},"categories":["networking"],"personalInfo":["device-id","ip-address","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.aliyun.ams:alicloud-android-httpdns"],"cocoapods":["AlicloudHTTPDNS"],"androidClassPrefixes":["com.alibaba.sdk.android.httpdns."],"sources":["Alibaba Cloud HTTPDNS Android SDK (help.aliyun.com/document_detail/435220.html)"],"notes":"unverified: pod name.","file":"policies/catalog/networking.yaml","line":185},{"id":"qiniu","name":"Qiniu Cloud Storage SDK","nameZh":"\u4E03\u725B\u4E91\u5B58\u50A8","vendor":{"en":"Qiniu","zh-CN":"\u4E03\u725B\u4E91"},"categories":["storage","networking"],"personalInfo":["ip-address","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.qiniu:*"],"cocoapods":["Qiniu"],"swift":["https://github.com/qiniu/objc-sdk"],"pub":["qiniu_flutter_sdk"],"npm":["qiniu-js","react-native-qiniu"],"androidClassPrefixes":["com.qiniu.android."],"domains":["qiniu.com","qiniuapi.com","qbox.me","clouddn.com"],"sources":["Qiniu developer docs, Android/iOS SDK (developer.qiniu.com/kodo/sdk)"],"notes":"unverified: npm names.","file":"policies/catalog/networking.yaml","line":199},{"id":"aliyun-oss","name":"Alibaba Cloud OSS SDK","nameZh":"\u963F\u91CC\u4E91\u5BF9\u8C61\u5B58\u50A8 OSS","vendor":{"en":"Alibaba Cloud","zh-CN":"\u963F\u91CC\u4E91"},"categories":["storage","networking"],"personalInfo":["ip-address"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.aliyun.dpa:oss-android-sdk"],"cocoapods":["AliyunOSSiOS"],"swift":["https://github.com/aliyun/aliyun-oss-ios-sdk"],"pub":["flutter_oss_aliyun"],"ohpm":["@aliyun/oss"],"androidClassPrefixes":["com.alibaba.sdk.android.oss."],"domains":["aliyuncs.com"],"sources":["Alibaba Cloud OSS Android/iOS SDK docs (help.aliyun.com/zh/oss/developer-reference/)","HarmonyOS substitution table (see README)"],"notes":"aliyuncs.com is Alibaba Cloud's general API domain: a match is weak evidence. unverified: pub name.","file":"policies/catalog/networking.yaml","line":217},{"id":"alipay","name":"Alipay App Payment SDK","nameZh":"\u652F\u4ED8\u5B9D App \u652F\u4ED8 SDK","vendor":{"en":"Ant Group (Alipay)","zh-CN":"\u652F\u4ED8\u5B9D (\u8682\u8681\u96C6\u56E2)"},"categories":["payment","login-social"],"personalInfo":["device-id","android-id","oaid","imei","imsi","mac-address","ip-address","wifi-info","device-info","installed-apps","payment-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.alipay.sdk:alipaysdk-android","com.alipay.sdk:*"],"cocoapods":["AlipaySDK-iOS","AlipaySDK_No_UTDID"],"pub":["tobias"],"npm":["@uiw/react-native-alipay","react-native-alipay"],"ohpm":["@cashier_alipay/cashiersdk"],"androidClassPrefixes":["com.alipay.sdk.","com.alipay.android.app.","com.alipay.apmobilesecuritysdk.","com.ta.utdid2.","com.ut.device."],"vendoredFiles":["alipaySdk*.aar","alipaySdk*.jar","alipaysdk-*.aar","AlipaySDK.framework","AlipaySDK.xcframework","AlipaySDK.bundle"],"domains":["alipay.com","alipayobjects.com"],"homepage":"https://opendocs.alipay.com/open/204/105296","privacyPolicy":"https://opendocs.alipay.com/open/01g6qm","sources":["Alipay open platform, App payment Android/iOS integration (opendocs.alipay.com/open/204/105296)","HarmonyOS substitution table (see README)"],"notes":"UTDID (com.ta.utdid2, com.ut.device) ships inside the Alipay SDK and is attributed here; it is also embedded by other Alibaba SDKs. unverified: npm names, AlipaySDK_No_UTDID pod.","file":"policies/catalog/payment.yaml","line":4},{"id":"unionpay","name":"UnionPay Mobile Payment Controls","nameZh":"\u94F6\u8054\u624B\u673A\u652F\u4ED8\u63A7\u4EF6","vendor":{"en":"China UnionPay","zh-CN":"\u4E2D\u56FD\u94F6\u8054"},"categories":["payment"],"personalInfo":["device-id","android-id","imei","mac-address","ip-address","device-info","installed-apps","bank-card-number","payment-info"],"tracker":false,"applePrivacyManifestRequired":false,"androidClassPrefixes":["com.unionpay.","com.UCMobile.PayPlugin."],"vendoredFiles":["UPPayAssistEx*.jar","UPPayPluginEx*.jar","UPPayPluginExPro*.jar","libentryexpro.so","libPaymentControl.a","UPPaymentControl*.h"],"domains":["95516.com","unionpay.com"],"homepage":"https://open.unionpay.com/","sources":["UnionPay open platform, mobile control development guide (open.unionpay.com/tjweb/acproduct/list?apiSvcId=450)"],"notes":"Only distributed as downloaded files. unverified: libentryexpro.so, com.UCMobile.PayPlugin prefix.","file":"policies/catalog/payment.yaml","line":25},{"id":"stripe","name":"Stripe","vendor":{"en":"Stripe"},"categories":["payment"],"personalInfo":["device-id","ip-address","device-info","payment-info","bank-card-number","email-address","name"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.stripe:*"],"cocoapods":["Stripe","StripePaymentSheet","StripePayments","StripePaymentsUI","StripeApplePay","StripeCore","StripeUICore","StripeIdentity","StripeFinancialConnections","StripeConnect"],"swift":["https://github.com/stripe/stripe-ios-spm","https://github.com/stripe/stripe-ios"],"pub":["flutter_stripe"],"npm":["@stripe/stripe-react-native"],"androidClassPrefixes":["com.stripe.android."],"domains":["stripe.com","stripe.network"],"sources":["Stripe docs, Android/iOS SDK (docs.stripe.com/sdks)"],"file":"policies/catalog/payment.yaml","line":40},{"id":"paypal-braintree","name":"PayPal / Braintree","vendor":{"en":"PayPal"},"categories":["payment"],"personalInfo":["device-id","ip-address","device-info","payment-info","email-address","name"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.braintreepayments.api:*","com.paypal.android:*","com.paypal.checkout:*","com.paypal.sdk:*"],"cocoapods":["Braintree","BraintreeDropIn","PayPalCheckout","PayPal","PayPalMobile"],"swift":["https://github.com/braintree/braintree_ios","https://github.com/paypal/paypal-ios"],"pub":["flutter_braintree"],"npm":["react-native-braintree-dropin-ui"],"androidClassPrefixes":["com.braintreepayments.api.","com.paypal.android.","com.paypal.checkout.","com.paypal."],"domains":["braintreegateway.com","braintree-api.com","paypal.com","paypalobjects.com"],"sources":["Braintree developer docs (developer.paypal.com/braintree/docs)","PayPal mobile SDK docs (developer.paypal.com/sdk/)"],"file":"policies/catalog/payment.yaml","line":56},{"id":"google-pay","name":"Google Pay API (play-services-wallet)","vendor":{"en":"Google"},"categories":["payment"],"personalInfo":["device-id","payment-info","email-address","name"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.google.android.gms:play-services-wallet","com.google.pay.button:*"],"pub":["pay"],"npm":["react-native-google-pay"],"androidClassPrefixes":["com.google.android.gms.wallet."],"androidMetaDataKeys":["com.google.android.gms.wallet.api.enabled"],"domains":["pay.google.com"],"sources":["Google Pay Android developer docs (developers.google.com/pay/api/android/guides/setup)"],"notes":"unverified: npm package name.","file":"policies/catalog/payment.yaml","line":72},{"id":"huawei-iap","name":"HUAWEI In-App Purchases","vendor":{"en":"Huawei","zh-CN":"\u534E\u4E3A"},"categories":["payment"],"personalInfo":["device-id","purchase-history","user-id"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.huawei.hms:iap"],"androidClassPrefixes":["com.huawei.hms.iap."],"sources":["HUAWEI Developers, IAP Kit integration"],"file":"policies/catalog/payment.yaml","line":88},{"id":"pingpp","name":"Ping++","vendor":{"en":"Ping++ (Pingxx)","zh-CN":"Ping++ (\u7B80\u7C73\u7F51\u7EDC)"},"categories":["payment"],"personalInfo":["device-id","ip-address","device-info","payment-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.pingxx:*"],"cocoapods":["Pingpp"],"androidClassPrefixes":["com.pingplusplus."],"domains":["pingxx.com"],"sources":["Ping++ docs (www.pingxx.com/docs)"],"notes":"Payment aggregator that bundles Alipay/WeChat/UnionPay channels. unverified: all identifiers.","file":"policies/catalog/payment.yaml","line":99},{"id":"jiguang-core","name":"JCore (Jiguang core)","nameZh":"\u6781\u5149\u6838\u5FC3\u7EC4\u4EF6 JCore","vendor":{"en":"Jiguang (Aurora Mobile)","zh-CN":"\u6781\u5149"},"categories":["other"],"personalInfo":["device-id","android-id","oaid","imei","imsi","mac-address","serial-number","ip-address","wifi-info","cell-info","device-info","installed-apps"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["cn.jiguang.sdk:jcore","cn.jiguang.sdk:jcore-google","cn.jiguang.sdk:*"],"cocoapods":["JCore"],"npm":["jcore-react-native"],"androidClassPrefixes":["cn.jiguang."],"vendoredFiles":["jcore-android-*.jar","jcore-*.aar"],"domains":["jiguang.cn","jpush.io"],"homepage":"https://www.jiguang.cn/","privacyPolicy":"https://www.jiguang.cn/license/privacy","sources":["Jiguang documentation (docs.jiguang.cn), JPush Android SDK integration guide","public Gradle usage of cn.jiguang.sdk:jcore (code search)"],"notes":"Shared core of JPush, JVerification and JAnalytics; \`cn.jiguang.sdk:*\` falls back here.","file":"policies/catalog/push.yaml","line":4},{"id":"jpush","name":"JPush","nameZh":"\u6781\u5149\u63A8\u9001","vendor":{"en":"Jiguang (Aurora Mobile)","zh-CN":"\u6781\u5149"},"categories":["push"],"personalInfo":["device-id","android-id","oaid","imei","mac-address","ip-address","wifi-info","device-info","installed-apps"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["cn.jiguang.sdk:jpush","cn.jiguang.sdk:jpush-google","cn.jiguang.sdk.plugin:*"],"cocoapods":["JPush","JPushExtension"],"pub":["jpush_flutter"],"npm":["jpush-react-native"],"ohpm":["@jg/push"],"androidClassPrefixes":["cn.jpush."],"androidMetaDataKeys":["JPUSH_APPKEY","JPUSH_CHANNEL"],"vendoredFiles":["jpush-android-*.jar","jpush-*.aar","jpush-ios-*.a","jpush-ios-*.xcframework"],"domains":["jpush.cn"],"homepage":"https://www.jiguang.cn/push","sources":["Jiguang documentation (docs.jiguang.cn/jpush), Android/iOS integration guides","public Gradle usage of cn.jiguang.sdk:jpush and cn.jiguang.sdk.plugin:{huawei,honor,xiaomi,oppo} (code search)"],"notes":"Vendor-channel plugins (cn.jiguang.sdk.plugin:*) count as JPush; the makers' own SDKs they pull in match their own entries. unverified: ohpm name.","file":"policies/catalog/push.yaml","line":23},{"id":"getui","name":"Getui Push","nameZh":"\u4E2A\u63A8","vendor":{"en":"Getui (Meiri Hudong)","zh-CN":"\u6BCF\u65E5\u4E92\u52A8 \u4E2A\u63A8"},"categories":["push"],"personalInfo":["device-id","android-id","oaid","imei","imsi","mac-address","serial-number","ip-address","wifi-info","cell-info","coarse-location","device-info","installed-apps"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.getui:*","com.getui.opt:*","com.assist-v3:*"],"cocoapods":["GTSDK","GTCommonSDK","GTExtensionSDK"],"pub":["getuiflut"],"npm":["react-native-getui"],"ohpm":["@getui/push"],"androidClassPrefixes":["com.igexin.","com.getui."],"androidMetaDataKeys":["GETUI_APPID","GETUI_APP_ID","PUSH_APPID","PUSH_APPKEY","PUSH_APPSECRET"],"vendoredFiles":["GetuiSDK*.jar","gtsdk-*.aar","gtc-*.aar","GTSDK.framework","GTSDK.xcframework"],"domains":["getui.com","igexin.com","gepush.com","getui.net"],"homepage":"https://www.getui.com/","privacyPolicy":"https://docs.getui.com/privacy/","sources":["Getui documentation (docs.getui.com/getui/mobile/android/androidstudio/)","public Gradle usage of com.getui:gtsdk, com.getui:gtc, com.getui.opt:hwp (code search)","HarmonyOS substitution table (see README)"],"notes":"com.getui.opt:* are Getui's vendor-channel adapters (hwp, xmp, mzp, oppo, vivo, honor) and count as Getui. GETUI_APPID is a manifestPlaceholder (GETUI_APP_ID before 3.2.x); PUSH_APPID/APPKEY/APPSECRET are the 2.x meta-data keys. unverified: com.assist-v3 (Getui vendor assist group), getui.net.","file":"policies/catalog/push.yaml","line":44},{"id":"umeng-push","name":"Umeng U-Push","nameZh":"\u53CB\u76DF+ \u6D88\u606F\u63A8\u9001","vendor":{"en":"Umeng+ (Youmeng Tongji)","zh-CN":"\u53CB\u76DF+"},"categories":["push"],"personalInfo":["device-id","android-id","oaid","imei","mac-address","ip-address","device-info"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.umeng.umsdk:push","com.umeng.umsdk:*-umengaccs","com.umeng.umsdk:alicloud-*","com.umeng.umsdk:utdid"],"cocoapods":["UMPush"],"pub":["umeng_push_sdk"],"androidClassPrefixes":["com.umeng.message.","org.android.agoo.","com.taobao.accs.","com.taobao.agoo."],"androidMetaDataKeys":["UMENG_MESSAGE_SECRET"],"vendoredFiles":["umeng-push-*.aar"],"sources":["Umeng U-Push Android integration guide (developer.umeng.com/docs/67966/detail/98581)","public Gradle usage of com.umeng.umsdk:{xiaomi,meizu}-umengaccs (code search)"],"notes":"Built on Alibaba ACCS/Agoo (org.android.agoo, com.taobao.accs). Umeng republishes makers' SDKs as com.umeng.umsdk:{xiaomi,oppo,vivo,meizu}-push; those match the makers' entries. unverified: alicloud-*/utdid artefacts.","file":"policies/catalog/push.yaml","line":66},{"id":"aliyun-push","name":"Alibaba Cloud Mobile Push (EMAS Push)","nameZh":"\u963F\u91CC\u4E91\u79FB\u52A8\u63A8\u9001","vendor":{"en":"Alibaba Cloud","zh-CN":"\u963F\u91CC\u4E91"},"categories":["push"],"personalInfo":["device-id","android-id","oaid","imei","mac-address","ip-address","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.aliyun.ams:alicloud-android-push","com.aliyun.ams:alicloud-android-third-push*","com.aliyun.iot.aep.sdk:push"],"cocoapods":["AlicloudPush"],"pub":["aliyun_push"],"npm":["aliyun-react-native-push"],"ohpm":["@aliyun/push"],"androidClassPrefixes":["com.alibaba.sdk.android.push.","com.aliyun.ams.emas.push."],"androidMetaDataKeys":["com.alibaba.app.appkey","com.alibaba.app.appsecret"],"sources":["Alibaba Cloud Mobile Push Android SDK guide (help.aliyun.com/document_detail/30064.html)","HarmonyOS substitution table (see README)"],"notes":"unverified: pub/npm names, com.aliyun.ams.emas.push class prefix.","file":"policies/catalog/push.yaml","line":83},{"id":"tpns","name":"Tencent Push Notification Service (TPNS / XG)","nameZh":"\u817E\u8BAF\u79FB\u52A8\u63A8\u9001 (\u4FE1\u9E3D)","vendor":{"en":"Tencent Cloud","zh-CN":"\u817E\u8BAF\u4E91"},"categories":["push"],"personalInfo":["device-id","android-id","oaid","imei","mac-address","ip-address","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.tencent.tpns:*","com.tencent.jg:jg","com.tencent.xinge:*"],"cocoapods":["TPNS-iOS","TPNS-iOS-Extension-SDK"],"pub":["tpns_flutter_plugin"],"npm":["react-native-tpns"],"androidClassPrefixes":["com.tencent.android.tpush.","com.tencent.tpns."],"androidMetaDataKeys":["XG_ACCESS_ID","XG_ACCESS_KEY","XG_SERVER_SUFFIX"],"domains":["tpns.tencent.com","tpns.sh.tencent.com","xg.qq.com"],"sources":["Tencent Cloud TPNS Android SDK integration (cloud.tencent.com/document/product/548/36652)","public copies of the TPNS guide with com.tencent.tpns:tpns and vendor packages com.tencent.tpns:{xiaomi,meizu,huawei,fcm} (code search)"],"notes":"Service being wound down by Tencent Cloud. unverified: pub/npm names, domains.","file":"policies/catalog/push.yaml","line":101},{"id":"huawei-hms-core","name":"HUAWEI HMS Core base / AppGallery Connect","vendor":{"en":"Huawei","zh-CN":"\u534E\u4E3A"},"categories":["other"],"personalInfo":["device-id","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.huawei.hms:base","com.huawei.hms:*","com.huawei.agconnect:*","com.huawei.android.hms:*"],"androidClassPrefixes":["com.huawei.hms.api.","com.huawei.hms.support.","com.huawei.hms.activity.","com.huawei.agconnect.","com.huawei.hms."],"androidMetaDataKeys":["com.huawei.hms.client.appid","com.huawei.hms.client.cpid","com.huawei.hms.version","com.huawei.hms.client.service.name:base"],"domains":["hicloud.cn","dbankcloud.cn"],"sources":["HUAWEI Developers, HMS Core integration preparation (developer.huawei.com/consumer/en/doc/development/HMSCore-Guides/)"],"notes":"Fallback for HMS kits without their own entry. unverified: domains.","file":"policies/catalog/push.yaml","line":119},{"id":"huawei-push","name":"HUAWEI Push Kit","nameZh":"\u534E\u4E3A\u63A8\u9001","vendor":{"en":"Huawei","zh-CN":"\u534E\u4E3A"},"categories":["push"],"personalInfo":["device-id","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.huawei.hms:push","com.umeng.umsdk:huawei-push"],"pub":["huawei_push"],"npm":["@hmscore/react-native-hms-push"],"androidClassPrefixes":["com.huawei.hms.push."],"vendoredFiles":["push-*.aar"],"sources":["HUAWEI Developers, Push Kit Android integration","public Gradle usage of com.huawei.hms:push (code search)"],"notes":"Aggregators' Huawei adapters (com.getui.opt:hwp, cn.jiguang.sdk.plugin:huawei, com.tencent.tpns:huawei, *-umengaccs) belong to the aggregator. unverified: com.umeng.umsdk:huawei-push; vendoredFiles \`push-*.aar\` is broad.","file":"policies/catalog/push.yaml","line":133},{"id":"xiaomi-push","name":"Xiaomi Push (MiPush)","nameZh":"\u5C0F\u7C73\u63A8\u9001","vendor":{"en":"Xiaomi","zh-CN":"\u5C0F\u7C73"},"categories":["push"],"personalInfo":["device-id","android-id","oaid","ip-address","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.umeng.umsdk:xiaomi-push","com.xiaomi.push:*"],"androidClassPrefixes":["com.xiaomi.push.","com.xiaomi.mipush.sdk."],"vendoredFiles":["MiPush_SDK_Client_*.jar","MiPush_SDK_Client_*.aar"],"domains":["xmpush.xiaomi.com","xmpush.global.xiaomi.com"],"sources":["Xiaomi push docs (dev.mi.com/console/doc/detail?pId=41)","public usage of MiPush_SDK_Client_*.aar and com.umeng.umsdk:xiaomi-push (code search)"],"notes":"Officially shipped as a downloaded jar/aar; com.umeng.umsdk:xiaomi-push is Umeng's re-publication of it. unverified: com.xiaomi.push group.","file":"policies/catalog/push.yaml","line":149},{"id":"oppo-push","name":"OPPO Push (HeyTap PUSH)","nameZh":"OPPO \u63A8\u9001","vendor":{"en":"OPPO (HeyTap)","zh-CN":"OPPO"},"categories":["push"],"personalInfo":["device-id","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.umeng.umsdk:oppo-push","com.heytap.msp:*"],"androidClassPrefixes":["com.heytap.msp.","com.coloros.mcssdk.","com.heytap.mcssdk."],"vendoredFiles":["oppo_push_*.aar","com.heytap.msp_*.aar","com.coloros.mcssdk.jar","heytap_msp*.aar"],"sources":["OPPO open platform, push SDK docs (open.oppomobile.com)","public usage of oppo_push_*.aar and com.umeng.umsdk:oppo-push (code search)"],"notes":"unverified: com.heytap.msp group.","file":"policies/catalog/push.yaml","line":164},{"id":"vivo-push","name":"vivo Push","nameZh":"vivo \u63A8\u9001","vendor":{"en":"vivo","zh-CN":"vivo"},"categories":["push"],"personalInfo":["device-id","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.umeng.umsdk:vivo-push"],"androidClassPrefixes":["com.vivo.push."],"androidMetaDataKeys":["com.vivo.push.api_key","com.vivo.push.app_id"],"vendoredFiles":["vivo_push_*.aar","vivo_pushSDK_*.aar","vivopush*.aar"],"sources":["vivo open platform, push SDK docs (dev.vivo.com.cn/documentCenter/doc/365)","public usage of vivo_push_v*.aar and AndroidManifest meta-data com.vivo.push.api_key / app_id (code search)"],"file":"policies/catalog/push.yaml","line":178},{"id":"honor-push","name":"Honor Push","nameZh":"\u8363\u8000\u63A8\u9001","vendor":{"en":"Honor","zh-CN":"\u8363\u8000"},"categories":["push"],"personalInfo":["device-id","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.hihonor.mcs:*","com.umeng.umsdk:honor-push"],"androidClassPrefixes":["com.hihonor.push."],"androidMetaDataKeys":["com.hihonor.push.app_id"],"vendoredFiles":["honor_push_*.aar","HiPushSdk*.aar"],"sources":["Honor developer docs, Push SDK (developer.honor.com/cn/docs/11002/sdk/android)","public Gradle usage of com.hihonor.mcs:push (code search)"],"notes":"unverified: com.umeng.umsdk:honor-push, vendored file names.","file":"policies/catalog/push.yaml","line":192},{"id":"meizu-push","name":"Meizu Push","nameZh":"\u9B45\u65CF\u63A8\u9001","vendor":{"en":"Meizu","zh-CN":"\u9B45\u65CF"},"categories":["push"],"personalInfo":["device-id","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.meizu.flyme.internet:*","com.umeng.umsdk:meizu-push"],"androidClassPrefixes":["com.meizu.cloud.pushsdk."],"vendoredFiles":["meizu-push-*.aar","push-internal-*.aar"],"sources":["Meizu PushSDK README (github.com/MEIZUPUSH/PushSDK)","public Gradle usage of com.meizu.flyme.internet:push-internal and com.umeng.umsdk:meizu-push (code search)"],"file":"policies/catalog/push.yaml","line":207},{"id":"firebase-messaging","name":"Firebase Cloud Messaging","vendor":{"en":"Google"},"categories":["push"],"personalInfo":["device-id","device-info"],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["FirebaseMessaging"],"maven":["com.google.firebase:firebase-messaging","com.google.firebase:firebase-messaging-*","com.google.firebase:firebase-iid"],"cocoapods":["FirebaseMessaging","Firebase/Messaging"],"pub":["firebase_messaging"],"npm":["@react-native-firebase/messaging","@capacitor-firebase/messaging"],"androidClassPrefixes":["com.google.firebase.messaging.","com.google.firebase.iid."],"androidMetaDataKeys":["com.google.firebase.messaging.default_notification_icon","com.google.firebase.messaging.default_notification_channel_id","com.google.firebase.messaging.default_notification_color","firebase_messaging_auto_init_enabled"],"domains":["fcm.googleapis.com","fcmtoken.googleapis.com"],"sources":["Firebase documentation, Set up an FCM client (firebase.google.com/docs/cloud-messaging/android/client)","Apple third-party SDK list (see README)"],"file":"policies/catalog/push.yaml","line":220},{"id":"onesignal","name":"OneSignal","vendor":{"en":"OneSignal"},"categories":["push","analytics"],"personalInfo":["device-id","ip-address","coarse-location","device-info","usage-data"],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["OneSignal","OneSignalCore","OneSignalExtension","OneSignalOutcomes"],"maven":["com.onesignal:*"],"cocoapods":["OneSignal","OneSignalXCFramework","OneSignalCore","OneSignalExtension","OneSignalOutcomes"],"swift":["https://github.com/OneSignal/OneSignal-XCFramework","https://github.com/OneSignal/OneSignal-iOS-SDK"],"pub":["onesignal_flutter"],"npm":["react-native-onesignal","onesignal-cordova-plugin"],"androidClassPrefixes":["com.onesignal."],"androidMetaDataKeys":["onesignal_app_id","com.onesignal.NotificationServiceExtension"],"domains":["onesignal.com"],"sources":["OneSignal docs, mobile SDK setup (documentation.onesignal.com)","Apple third-party SDK list (see README)"],"file":"policies/catalog/push.yaml","line":237},{"id":"mobpush","name":"MobPush","vendor":{"en":"MobTech","zh-CN":"\u88A4\u535A\u79D1\u6280 MobTech"},"categories":["push"],"personalInfo":["device-id","android-id","oaid","imei","mac-address","ip-address","device-info","installed-apps"],"tracker":true,"applePrivacyManifestRequired":false,"maven":["com.mob.push.plugins:*"],"cocoapods":["mob_pushsdk"],"pub":["mobpush_plugin"],"npm":["mobpush-react-native"],"androidClassPrefixes":["com.mob.pushsdk."],"sources":["MobTech MobPush docs (www.mob.com/wiki/detailed?wiki=MobPush_Android)","public Gradle usage of com.mob.push.plugins:meizu (code search)"],"notes":"unverified: pub/npm names.","file":"policies/catalog/push.yaml","line":255},{"id":"baidu-push","name":"Baidu Cloud Push","nameZh":"\u767E\u5EA6\u4E91\u63A8\u9001","vendor":{"en":"Baidu","zh-CN":"\u767E\u5EA6"},"categories":["push"],"personalInfo":["device-id","android-id","imei","ip-address","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"cocoapods":["BPush"],"androidClassPrefixes":["com.baidu.android.pushservice."],"androidMetaDataKeys":["api_key"],"vendoredFiles":["pushservice-*.jar"],"domains":["push.baidu.com"],"sources":["Baidu Cloud Push docs (push.baidu.com/doc)"],"notes":"Largely discontinued. \`api_key\` is a generic key name; treat a match on it as weak evidence. unverified: pod name.","file":"policies/catalog/push.yaml","line":270},{"id":"braze","name":"Braze (formerly Appboy)","vendor":{"en":"Braze"},"categories":["push","analytics","customer-service"],"personalInfo":["device-id","advertising-id","ip-address","coarse-location","device-info","usage-data","user-id","email-address"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.braze:*","com.appboy:*"],"cocoapods":["BrazeKit","BrazeUI","BrazeLocation","BrazeNotificationService","Appboy-iOS-SDK"],"swift":["https://github.com/braze-inc/braze-swift-sdk","https://github.com/braze-inc/braze-swift-sdk-prebuilt-static"],"pub":["braze_plugin"],"npm":["@braze/react-native-sdk","react-native-appboy-sdk"],"androidClassPrefixes":["com.braze.","com.appboy."],"domains":["braze.com","braze.eu","appboy.com"],"sources":["Braze developer guide (www.braze.com/docs/developer_guide/)"],"file":"policies/catalog/push.yaml","line":286},{"id":"flutter-local-notifications","name":"flutter_local_notifications","vendor":{"en":"MaikuB (open source)"},"openSource":true,"categories":["push"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["flutter_local_notifications"],"cocoapods":["flutter_local_notifications"],"pub":["flutter_local_notifications"],"androidClassPrefixes":["com.dexterous.flutterlocalnotifications."],"sources":["pub.dev/packages/flutter_local_notifications","Apple third-party SDK list (see README)"],"file":"policies/catalog/push.yaml","line":302},{"id":"tongdun-fraud","name":"Tongdun FraudMetrix device fingerprint","nameZh":"\u540C\u76FE\u79D1\u6280 \u8BBE\u5907\u6307\u7EB9 / \u53CD\u6B3A\u8BC8","vendor":{"en":"Tongdun Technology","zh-CN":"\u540C\u76FE\u79D1\u6280"},"categories":["security-hardening"],"personalInfo":["device-id","android-id","oaid","imei","imsi","mac-address","serial-number","ip-address","coarse-location","wifi-info","cell-info","device-info","installed-apps","sensor-data"],"tracker":false,"applePrivacyManifestRequired":false,"cocoapods":["TDMobRisk","FMDeviceManagerFramework"],"androidClassPrefixes":["cn.tongdun.android.","cn.tongdun."],"vendoredFiles":["fraudmetrix*.jar","fraudmetrix*.aar","tdmobrisk*.aar","TDMobRisk.framework","FMDeviceManagerFramework.framework","libtongdun*.so"],"domains":["tongdun.cn","tongdun.net","fraudmetrix.cn"],"sources":["Tongdun device-fingerprint integration guide (customer documentation)","public code importing cn.tongdun.android.shell.FMAgent (code search)"],"notes":"Device fingerprint shared across the vendor's clients for risk scoring: assess cross-institution sharing. unverified: pod and file names, domains.","file":"policies/catalog/security-hardening.yaml","line":4},{"id":"bangsun-fingerprint","name":"Bangsun device fingerprint / risk control","nameZh":"\u90A6\u76DB\u79D1\u6280 \u8BBE\u5907\u6307\u7EB9","vendor":{"en":"Bangsun Technology","zh-CN":"\u90A6\u76DB\u79D1\u6280"},"categories":["security-hardening"],"personalInfo":["device-id","android-id","oaid","imei","mac-address","ip-address","wifi-info","device-info","installed-apps","sensor-data"],"tracker":false,"applePrivacyManifestRequired":false,"androidClassPrefixes":["com.bangsun.","com.bsfit."],"vendoredFiles":["bangsun*.aar","bsfit*.aar","BSFingerprint*.framework"],"domains":["bsfit.com.cn"],"sources":["Bangsun (bsfit.com.cn) product pages; integration guide is customer-only"],"notes":"Used by Chinese banks for transaction risk control. com.bsfit is the vendor's Java namespace in public code by its staff; the mobile SDK's own package, files and domains are unverified \u2014 confirm against the vendor's package before relying on a match.","file":"policies/catalog/security-hardening.yaml","line":19},{"id":"shumei-fingerprint","name":"Shumei device fingerprint","nameZh":"\u6570\u7F8E\u79D1\u6280 \u8BBE\u5907\u6307\u7EB9","vendor":{"en":"Shumei Technology (ishumei)","zh-CN":"\u6570\u7F8E\u79D1\u6280"},"categories":["security-hardening"],"personalInfo":["device-id","android-id","oaid","imei","mac-address","ip-address","wifi-info","device-info","installed-apps","sensor-data"],"tracker":false,"applePrivacyManifestRequired":false,"androidClassPrefixes":["com.ishumei."],"vendoredFiles":["smsdk*.aar","libsmsdk*.so","SmAntiFraud.framework"],"domains":["fengkongcloud.com","ishumei.com"],"sources":["Shumei docs (help.ishumei.com)"],"notes":"unverified: file names.","file":"policies/catalog/security-hardening.yaml","line":33},{"id":"geetest","name":"GeeTest captcha / OneLogin","nameZh":"\u6781\u9A8C","vendor":{"en":"GeeTest","zh-CN":"\u6781\u9A8C"},"categories":["security-hardening"],"personalInfo":["device-id","ip-address","device-info","sensor-data"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.geetest.sensebot:*","com.geetest.captcha:*","com.geetest.android:*"],"cocoapods":["GT3Captcha-iOS","GTCaptcha4-iOS","GTOneLoginSDK"],"androidClassPrefixes":["com.geetest."],"domains":["geetest.com"],"sources":["GeeTest docs (docs.geetest.com)"],"notes":"unverified: maven groups and pod names.","file":"policies/catalog/security-hardening.yaml","line":47},{"id":"ijiami","name":"Ijiami app hardening","nameZh":"\u7231\u52A0\u5BC6 \u52A0\u56FA","vendor":{"en":"Ijiami","zh-CN":"\u7231\u52A0\u5BC6"},"categories":["security-hardening"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":false,"androidClassPrefixes":["s.h.e.l.l.","com.shell.SuperApplication"],"vendoredFiles":["libexec.so","libexecmain.so","ijiami.dat","ijm_lib*"],"sources":["APKiD packer signatures (github.com/rednaga/APKiD, reference only)"],"notes":"Applied after build; in a repository it appears as a config or a hardened APK. unverified.","file":"policies/catalog/security-hardening.yaml","line":62},{"id":"bangcle","name":"Bangcle (SecNeo) app hardening","nameZh":"\u6886\u6886\u5B89\u5168 \u52A0\u56FA","vendor":{"en":"Bangcle (SecNeo)","zh-CN":"\u6886\u6886\u5B89\u5168"},"categories":["security-hardening"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":false,"androidClassPrefixes":["com.secneo.apkwrapper.","com.secneo.guard.","com.secshell."],"vendoredFiles":["libsecexe.so","libsecmain.so","libSecShell.so","libDexHelper.so","bangcle_classes.jar"],"sources":["APKiD packer signatures (github.com/rednaga/APKiD, reference only)"],"notes":"unverified.","file":"policies/catalog/security-hardening.yaml","line":75},{"id":"tencent-legu","name":"Tencent Legu app hardening","nameZh":"\u817E\u8BAF\u4E50\u56FA","vendor":{"en":"Tencent","zh-CN":"\u817E\u8BAF"},"categories":["security-hardening"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":false,"androidClassPrefixes":["com.tencent.StubShell."],"vendoredFiles":["libshell-super.*.so","libshella-*.so","libshellx-*.so","tencent_stub"],"sources":["APKiD packer signatures (github.com/rednaga/APKiD, reference only)"],"notes":"unverified.","file":"policies/catalog/security-hardening.yaml","line":88},{"id":"qihoo-jiagu","name":"Qihoo 360 Jiagu hardening","nameZh":"360 \u52A0\u56FA\u4FDD","vendor":{"en":"Qihoo 360","zh-CN":"\u5947\u864E 360"},"categories":["security-hardening"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":false,"androidClassPrefixes":["com.stub.StubApp","com.qihoo.util."],"vendoredFiles":["libjiagu*.so","libprotectClass*.so"],"sources":["APKiD packer signatures (github.com/rednaga/APKiD, reference only)"],"notes":"unverified.","file":"policies/catalog/security-hardening.yaml","line":101},{"id":"alibaba-security-guard","name":"Alibaba Security Guard (Ali JAQ)","nameZh":"\u963F\u91CC\u805A\u5B89\u5168 / \u5B89\u5168\u7EC4\u4EF6","vendor":{"en":"Alibaba","zh-CN":"\u963F\u91CC\u5DF4\u5DF4"},"categories":["security-hardening"],"personalInfo":["device-id","android-id","imei","mac-address","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.taobao.android:securityguard*","com.taobao.android:securitybody*"],"androidClassPrefixes":["com.alibaba.wireless.security.","com.taobao.wireless.security."],"vendoredFiles":["libsgmain*.so","libsgsecuritybody*.so","SecurityGuardSDK.framework"],"sources":["Alibaba Cloud Mobile Security / EMAS docs (help.aliyun.com)"],"notes":"Embedded by several Alibaba SDKs. unverified.","file":"policies/catalog/security-hardening.yaml","line":114},{"id":"google-safetynet","name":"SafetyNet Attestation (deprecated)","vendor":{"en":"Google"},"categories":["security-hardening"],"personalInfo":["device-id","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.google.android.gms:play-services-safetynet"],"androidClassPrefixes":["com.google.android.gms.safetynet."],"sources":["SafetyNet Attestation API (developer.android.com/privacy-and-security/safetynet) \u2014 replaced by Play Integrity"],"file":"policies/catalog/security-hardening.yaml","line":128},{"id":"google-play-integrity","name":"Play Integrity API","vendor":{"en":"Google"},"categories":["security-hardening"],"personalInfo":["device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.google.android.play:integrity"],"androidClassPrefixes":["com.google.android.play.core.integrity."],"sources":["Play Integrity API setup (developer.android.com/google/play/integrity/setup)"],"file":"policies/catalog/security-hardening.yaml","line":139},{"id":"firebase-app-check","name":"Firebase App Check","vendor":{"en":"Google"},"categories":["security-hardening"],"personalInfo":["device-info"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.google.firebase:firebase-appcheck","com.google.firebase:firebase-appcheck-*"],"cocoapods":["FirebaseAppCheck","Firebase/AppCheck","AppCheckCore","FirebaseAppCheckInterop"],"pub":["firebase_app_check"],"npm":["@react-native-firebase/app-check"],"androidClassPrefixes":["com.google.firebase.appcheck."],"sources":["Firebase App Check docs (firebase.google.com/docs/app-check)"],"file":"policies/catalog/security-hardening.yaml","line":150},{"id":"openssl","name":"OpenSSL (OpenSSL-Universal)","vendor":{"en":"OpenSSL Project (open source)"},"openSource":true,"categories":["security-hardening","networking"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["OpenSSL"],"cocoapods":["OpenSSL-Universal","OpenSSL"],"swift":["https://github.com/krzyzanowskim/OpenSSL"],"vendoredFiles":["OpenSSL.xcframework","OpenSSL.framework","libcrypto.a","libssl.a"],"sources":["CocoaPods trunk OpenSSL-Universal","Apple third-party SDK list (see README)"],"file":"policies/catalog/security-hardening.yaml","line":164},{"id":"boringssl-grpc","name":"BoringSSL (BoringSSL-GRPC / openssl_grpc)","vendor":{"en":"Google (open source)"},"openSource":true,"categories":["security-hardening","networking"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["BoringSSL / openssl_grpc"],"cocoapods":["BoringSSL-GRPC","BoringSSL"],"sources":["CocoaPods trunk BoringSSL-GRPC (module openssl_grpc)","Apple third-party SDK list (see README)"],"file":"policies/catalog/security-hardening.yaml","line":178},{"id":"flutter-engine","name":"Flutter engine","vendor":{"en":"Google (open source)"},"openSource":true,"categories":["ui"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["Flutter"],"cocoapods":["Flutter"],"vendoredFiles":["Flutter.framework","Flutter.xcframework","flutter_embedding_*.jar","libflutter.so"],"androidClassPrefixes":["io.flutter.embedding.","io.flutter.app."],"sources":["flutter.dev","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":6},{"id":"hermes","name":"Hermes JavaScript engine","vendor":{"en":"Meta (open source)"},"openSource":true,"categories":["other"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["hermes"],"cocoapods":["hermes-engine"],"maven":["com.facebook.react:hermes-android","com.facebook.react:hermes-engine"],"npm":["hermes-engine"],"vendoredFiles":["hermes.framework","hermes.xcframework","libhermes.so"],"androidClassPrefixes":["com.facebook.hermes."],"sources":["github.com/facebook/hermes","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":20},{"id":"unity-framework","name":"Unity as a Library (UnityFramework)","vendor":{"en":"Unity Technologies"},"categories":["ui"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["UnityFramework"],"vendoredFiles":["UnityFramework.framework","libunity.so","unity-classes.jar"],"androidClassPrefixes":["com.unity3d.player."],"sources":["docs.unity3d.com/Manual/UnityasaLibrary.html","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":36},{"id":"charts","name":"Charts (DGCharts)","vendor":{"en":"Daniel Gindi (open source)"},"openSource":true,"categories":["ui"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["Charts"],"cocoapods":["Charts","DGCharts"],"swift":["https://github.com/danielgindi/Charts"],"sources":["github.com/danielgindi/Charts","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":48},{"id":"lottie","name":"Lottie","vendor":{"en":"Airbnb (open source)"},"openSource":true,"categories":["ui"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["Lottie"],"cocoapods":["lottie-ios"],"swift":["https://github.com/airbnb/lottie-ios","https://github.com/airbnb/lottie-spm"],"pub":["lottie"],"maven":["com.airbnb.android:lottie*"],"npm":["lottie-react-native"],"androidClassPrefixes":["com.airbnb.lottie."],"sources":["airbnb.io/lottie","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":61},{"id":"mbprogresshud","name":"MBProgressHUD","vendor":{"en":"Jonathan George (open source)"},"openSource":true,"categories":["ui"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["MBProgressHUD"],"cocoapods":["MBProgressHUD"],"swift":["https://github.com/jdg/MBProgressHUD"],"sources":["github.com/jdg/MBProgressHUD","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":78},{"id":"svprogresshud","name":"SVProgressHUD","vendor":{"en":"SVProgressHUD (open source)"},"openSource":true,"categories":["ui"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["SVProgressHUD"],"cocoapods":["SVProgressHUD"],"swift":["https://github.com/SVProgressHUD/SVProgressHUD"],"sources":["github.com/SVProgressHUD/SVProgressHUD","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":91},{"id":"snapkit","name":"SnapKit","vendor":{"en":"SnapKit (open source)"},"openSource":true,"categories":["ui"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["SnapKit"],"cocoapods":["SnapKit"],"swift":["https://github.com/SnapKit/SnapKit"],"sources":["github.com/SnapKit/SnapKit","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":104},{"id":"iqkeyboardmanager","name":"IQKeyboardManager","vendor":{"en":"Iftekhar Qurashi (open source)"},"openSource":true,"categories":["ui"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["IQKeyboardManager","IQKeyboardManagerSwift"],"cocoapods":["IQKeyboardManager","IQKeyboardManagerSwift"],"swift":["https://github.com/hackiftekhar/IQKeyboardManager"],"sources":["github.com/hackiftekhar/IQKeyboardManager","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":117},{"id":"toast","name":"Toast (Objective-C)","vendor":{"en":"Charles Scalesse (open source)"},"openSource":true,"categories":["ui"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["Toast"],"cocoapods":["Toast"],"swift":["https://github.com/scalessec/Toast"],"sources":["github.com/scalessec/Toast (Toast-Swift is a different pod)","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":130},{"id":"swiftygif","name":"SwiftyGif","vendor":{"en":"Alexis Creuzot (open source)"},"openSource":true,"categories":["ui"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["SwiftyGif"],"cocoapods":["SwiftyGif"],"swift":["https://github.com/kirualex/SwiftyGif"],"sources":["github.com/kirualex/SwiftyGif","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":143},{"id":"fluttertoast","name":"fluttertoast","vendor":{"en":"Karthik Ponnam (open source)"},"openSource":true,"categories":["ui"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["fluttertoast"],"cocoapods":["fluttertoast"],"pub":["fluttertoast"],"sources":["pub.dev/packages/fluttertoast","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":156},{"id":"dk-image-picker","name":"DKImagePickerController / DKPhotoGallery","vendor":{"en":"zhangao0086 (open source)"},"openSource":true,"categories":["ui"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["DKImagePickerController","DKPhotoGallery"],"cocoapods":["DKImagePickerController","DKPhotoGallery"],"swift":["https://github.com/zhangao0086/DKImagePickerController"],"sources":["github.com/zhangao0086/DKImagePickerController","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":169},{"id":"fmdb","name":"FMDB","vendor":{"en":"ccgus (open source)"},"openSource":true,"categories":["storage"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["FMDB"],"cocoapods":["FMDB"],"swift":["https://github.com/ccgus/fmdb"],"sources":["github.com/ccgus/fmdb","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":182},{"id":"realm","name":"Realm","vendor":{"en":"MongoDB (open source)"},"openSource":true,"categories":["storage"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["RealmSwift"],"cocoapods":["RealmSwift","Realm"],"swift":["https://github.com/realm/realm-swift"],"pub":["realm"],"maven":["io.realm:*","io.realm.kotlin:*"],"npm":["realm"],"androidClassPrefixes":["io.realm."],"sources":["github.com/realm/realm-swift","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":195},{"id":"sqflite","name":"sqflite","vendor":{"en":"Tekartik (open source)"},"openSource":true,"categories":["storage"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["sqflite"],"cocoapods":["sqflite","sqflite_darwin"],"pub":["sqflite","sqflite_darwin","sqflite_android"],"sources":["pub.dev/packages/sqflite","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":212},{"id":"shared-preferences","name":"shared_preferences","vendor":{"en":"Flutter team - Google (open source)"},"openSource":true,"categories":["storage"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["shared_preferences_ios"],"cocoapods":["shared_preferences_ios","shared_preferences_foundation"],"pub":["shared_preferences","shared_preferences_ios","shared_preferences_foundation","shared_preferences_android"],"sources":["pub.dev/packages/shared_preferences","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":225},{"id":"path-provider","name":"path_provider","vendor":{"en":"Flutter team - Google (open source)"},"openSource":true,"categories":["storage"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["path_provider","path_provider_ios"],"cocoapods":["path_provider","path_provider_ios","path_provider_foundation"],"pub":["path_provider","path_provider_ios","path_provider_foundation","path_provider_android"],"sources":["pub.dev/packages/path_provider","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":238},{"id":"device-info-plus","name":"device_info_plus","vendor":{"en":"Flutter Community (open source)"},"openSource":true,"categories":["other"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["device_info_plus"],"cocoapods":["device_info_plus"],"pub":["device_info_plus","device_info"],"androidClassPrefixes":["dev.fluttercommunity.plus.device_info."],"sources":["pub.dev/packages/device_info_plus","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":251},{"id":"package-info","name":"package_info (discontinued)","vendor":{"en":"Flutter team - Google (open source)"},"openSource":true,"categories":["other"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["package_info"],"cocoapods":["package_info"],"pub":["package_info"],"sources":["pub.dev/packages/package_info","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":265},{"id":"package-info-plus","name":"package_info_plus","vendor":{"en":"Flutter Community (open source)"},"openSource":true,"categories":["other"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["package_info_plus"],"cocoapods":["package_info_plus"],"pub":["package_info_plus"],"androidClassPrefixes":["dev.fluttercommunity.plus.packageinfo."],"sources":["pub.dev/packages/package_info_plus","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":278},{"id":"url-launcher","name":"url_launcher","vendor":{"en":"Flutter team - Google (open source)"},"openSource":true,"categories":["other"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["url_launcher","url_launcher_ios"],"cocoapods":["url_launcher","url_launcher_ios"],"pub":["url_launcher","url_launcher_ios","url_launcher_android"],"sources":["pub.dev/packages/url_launcher","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":292},{"id":"video-player","name":"video_player","vendor":{"en":"Flutter team - Google (open source)"},"openSource":true,"categories":["ui"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["video_player_avfoundation"],"cocoapods":["video_player_avfoundation"],"pub":["video_player","video_player_avfoundation","video_player_android"],"sources":["pub.dev/packages/video_player","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":305},{"id":"wakelock","name":"wakelock (discontinued)","vendor":{"en":"creativecreatorormaybenot (open source)"},"openSource":true,"categories":["other"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["wakelock"],"cocoapods":["wakelock"],"pub":["wakelock"],"sources":["pub.dev/packages/wakelock (wakelock_plus is its successor and is not on Apple's list)","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":318},{"id":"file-picker","name":"file_picker","vendor":{"en":"Miguel Ruivo (open source)"},"openSource":true,"categories":["other"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["file_picker"],"cocoapods":["file_picker"],"pub":["file_picker"],"sources":["pub.dev/packages/file_picker","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":331},{"id":"image-picker","name":"image_picker","vendor":{"en":"Flutter team - Google (open source)"},"openSource":true,"categories":["other"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["image_picker_ios"],"cocoapods":["image_picker_ios"],"pub":["image_picker","image_picker_ios","image_picker_android"],"sources":["pub.dev/packages/image_picker","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":344},{"id":"rxswift","name":"RxSwift / RxCocoa / RxRelay","vendor":{"en":"ReactiveX (open source)"},"openSource":true,"categories":["other"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["RxSwift","RxCocoa","RxRelay"],"cocoapods":["RxSwift","RxCocoa","RxRelay"],"swift":["https://github.com/ReactiveX/RxSwift"],"sources":["github.com/ReactiveX/RxSwift","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":357},{"id":"swiftyjson","name":"SwiftyJSON","vendor":{"en":"SwiftyJSON (open source)"},"openSource":true,"categories":["other"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["SwiftyJSON"],"cocoapods":["SwiftyJSON"],"swift":["https://github.com/SwiftyJSON/SwiftyJSON"],"sources":["github.com/SwiftyJSON/SwiftyJSON","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":370},{"id":"orderedset","name":"OrderedSet","vendor":{"en":"Weebly (open source)"},"openSource":true,"categories":["other"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["OrderedSet"],"cocoapods":["OrderedSet"],"sources":["CocoaPods trunk OrderedSet (unverified: which OrderedSet pod Apple means)","Apple third-party SDK list (see README)"],"file":"policies/catalog/ui-storage-other.yaml","line":383},{"id":"mmkv","name":"MMKV","vendor":{"en":"Tencent (open source)","zh-CN":"\u817E\u8BAF"},"openSource":true,"categories":["storage"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.tencent:mmkv","com.tencent:mmkv-*"],"cocoapods":["MMKV","MMKVCore"],"swift":["https://github.com/Tencent/MMKV"],"pub":["mmkv"],"npm":["react-native-mmkv"],"androidClassPrefixes":["com.tencent.mmkv."],"sources":["github.com/Tencent/MMKV README"],"file":"policies/catalog/ui-storage-other.yaml","line":395},{"id":"tencent-tbs-x5","name":"Tencent Browsing Service (TBS / X5 kernel)","nameZh":"\u817E\u8BAF\u6D4F\u89C8\u670D\u52A1 TBS (X5 \u5185\u6838)","vendor":{"en":"Tencent","zh-CN":"\u817E\u8BAF"},"categories":["webview-browser"],"personalInfo":["device-id","android-id","imei","imsi","mac-address","ip-address","device-info","installed-apps","browsing-history"],"tracker":false,"applePrivacyManifestRequired":false,"maven":["com.tencent.tbs:*","com.tencent.tbs.tbssdk:*"],"androidClassPrefixes":["com.tencent.smtt."],"vendoredFiles":["tbs_sdk_thirdapp*.jar","tbs_sdk*.aar"],"domains":["tbs.imtt.qq.com","soft.imtt.qq.com"],"homepage":"https://x5.tencent.com/","sources":["TBS developer docs (x5.tencent.com/docs/access.html)","public Gradle usage of com.tencent.tbs:tbssdk (code search)"],"notes":"unverified: domains.","file":"policies/catalog/webview-browser.yaml","line":4},{"id":"uc-u4","name":"UC U4 WebView kernel","nameZh":"UC \u6D4F\u89C8\u5668\u5185\u6838 U4","vendor":{"en":"Alibaba (UCWeb)","zh-CN":"\u963F\u91CC\u5DF4\u5DF4 UC"},"categories":["webview-browser"],"personalInfo":["device-id","ip-address","device-info","browsing-history"],"tracker":false,"applePrivacyManifestRequired":false,"androidClassPrefixes":["com.uc.webview."],"vendoredFiles":["uc-webview*.aar","ucbrowser-sdk*.jar"],"sources":["UC U4 kernel product page (open-uc.uc.cn)"],"notes":"unverified: file names.","file":"policies/catalog/webview-browser.yaml","line":20},{"id":"dcloud-uniapp","name":"DCloud uni-app / 5+ Runtime","nameZh":"DCloud uni-app \u79BB\u7EBF\u6253\u5305 SDK","vendor":{"en":"DCloud","zh-CN":"\u6570\u5B57\u5929\u5802 DCloud"},"categories":["webview-browser","ui"],"personalInfo":["device-id","android-id","oaid","imei","ip-address","device-info"],"tracker":false,"applePrivacyManifestRequired":false,"androidClassPrefixes":["io.dcloud."],"androidMetaDataKeys":["dcloud_appkey","DCLOUD_STREAMAPP_CHANNEL"],"vendoredFiles":["lib.5plus.base-release.aar","uniapp-v8-release.aar","android-gif-drawable-release*.aar","liblibDCloud*.a","DCUniBase.framework"],"domains":["dcloud.net.cn","dcloud.io"],"sources":["uni-app offline packaging docs (nativesupport.dcloud.net.cn)","uni-app docs, app store SDK list (dcloudio/unidocs-zh docs/app/android-store.md, code search)"],"notes":"Bundles third-party SDKs (weex, Fresco, Glide, Getui for uni-push); those match their own entries. unverified: meta-data keys, iOS library names.","file":"policies/catalog/webview-browser.yaml","line":33},{"id":"flutter-inappwebview","name":"flutter_inappwebview","vendor":{"en":"Lorenzo Pichilli (open source)"},"openSource":true,"categories":["webview-browser"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["flutter_inappwebview"],"cocoapods":["flutter_inappwebview","flutter_inappwebview_ios"],"pub":["flutter_inappwebview","flutter_inappwebview_ios","flutter_inappwebview_android"],"androidClassPrefixes":["com.pichillilorenzo.flutter_inappwebview."],"sources":["pub.dev/packages/flutter_inappwebview","Apple third-party SDK list (see README)"],"file":"policies/catalog/webview-browser.yaml","line":48},{"id":"webview-flutter","name":"webview_flutter","vendor":{"en":"Flutter team - Google (open source)"},"openSource":true,"categories":["webview-browser"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["webview_flutter_wkwebview"],"cocoapods":["webview_flutter_wkwebview"],"pub":["webview_flutter","webview_flutter_wkwebview","webview_flutter_android"],"androidClassPrefixes":["io.flutter.plugins.webviewflutter."],"sources":["pub.dev/packages/webview_flutter","Apple third-party SDK list (see README)"],"file":"policies/catalog/webview-browser.yaml","line":62},{"id":"react-native-webview","name":"react-native-webview","vendor":{"en":"React Native Community (open source)"},"openSource":true,"categories":["webview-browser"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":false,"npm":["react-native-webview"],"cocoapods":["react-native-webview"],"androidClassPrefixes":["com.reactnativecommunity.webview."],"sources":["npmjs.com/package/react-native-webview"],"file":"policies/catalog/webview-browser.yaml","line":76},{"id":"cordova","name":"Apache Cordova","vendor":{"en":"Apache Software Foundation (open source)"},"openSource":true,"categories":["webview-browser"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["Cordova"],"maven":["org.apache.cordova:*"],"cocoapods":["Cordova","CordovaLib"],"swift":["https://github.com/apache/cordova-ios"],"npm":["cordova-ios","cordova-android","cordova"],"androidClassPrefixes":["org.apache.cordova."],"sources":["cordova.apache.org docs","Apple third-party SDK list (see README)"],"file":"policies/catalog/webview-browser.yaml","line":89},{"id":"capacitor","name":"Capacitor","vendor":{"en":"Ionic (open source)"},"openSource":true,"categories":["webview-browser"],"personalInfo":[],"tracker":false,"applePrivacyManifestRequired":true,"applePrivacyManifestNames":["Capacitor"],"cocoapods":["Capacitor","CapacitorCordova"],"swift":["https://github.com/ionic-team/capacitor-swift-pm"],"npm":["@capacitor/core","@capacitor/ios","@capacitor/android"],"androidClassPrefixes":["com.getcapacitor."],"sources":["capacitorjs.com docs","Apple third-party SDK list (see README)"],"file":"policies/catalog/webview-browser.yaml","line":105}]}`;
var embedded;
function embeddedData() {
  return embedded ??= JSON.parse(EMBEDDED);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  embeddedData,
  validator
});
