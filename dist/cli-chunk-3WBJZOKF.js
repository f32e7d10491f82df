#!/usr/bin/env node
import { createRequire as __mpCreateRequire } from 'node:module'; const require = __mpCreateRequire(import.meta.url);

// schema/mobile-app.schema.json
var mobile_app_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "urn:mobile-policy:schema:mobile-app:v1",
  title: "mobile-policy app manifest (mobile-app.yaml), v1",
  description: "One file per mobile application: its entry in the institution's mobile application ledger and the evidence index for NFRA circular Jin Ban Fa [2024] No. 99. This schema checks shape only; whether required evidence is present and current is checked by policy rules.",
  "x-description-zh-CN": "\u6BCF\u4E2A\u79FB\u52A8\u5E94\u7528\u4E00\u4E2A\u6587\u4EF6\uFF1A\u65E2\u662F\u672C\u673A\u6784\u79FB\u52A8\u5E94\u7528\u53F0\u8D26\u4E2D\u7684\u6761\u76EE\uFF0C\u4E5F\u662F\u300A\u56FD\u5BB6\u91D1\u878D\u76D1\u7763\u7BA1\u7406\u603B\u5C40\u529E\u516C\u5385\u5173\u4E8E\u52A0\u5F3A\u94F6\u884C\u4FDD\u9669\u673A\u6784\u79FB\u52A8\u4E92\u8054\u7F51\u5E94\u7528\u7A0B\u5E8F\u7BA1\u7406\u7684\u901A\u77E5\u300B\uFF08\u91D1\u529E\u53D1\u30142024\u301599\u53F7\uFF09\u7684\u8BC1\u636E\u7D22\u5F15\u3002\u672C Schema \u53EA\u6821\u9A8C\u7ED3\u6784\uFF1B\u8BC1\u636E\u662F\u5426\u9F50\u5168\u3001\u662F\u5426\u5728\u6709\u6548\u671F\u5185\u7531\u7B56\u7565\u89C4\u5219\u68C0\u67E5\u3002",
  type: "object",
  additionalProperties: false,
  required: [
    "apiVersion",
    "app"
  ],
  properties: {
    apiVersion: {
      description: "Manifest format version. Only `mobile-policy/v1` is known.",
      "x-description-zh-CN": "\u6E05\u5355\u683C\u5F0F\u7248\u672C\uFF0C\u76EE\u524D\u4EC5\u652F\u6301 `mobile-policy/v1`\u3002",
      type: "string",
      const: "mobile-policy/v1"
    },
    app: {
      description: "The app as listed in the institution's mobile application ledger (art. 1, 2).",
      "x-description-zh-CN": "\u5E94\u7528\u5728\u672C\u673A\u6784\u79FB\u52A8\u5E94\u7528\u53F0\u8D26\u4E2D\u7684\u767B\u8BB0\u4FE1\u606F\uFF08\u7B2C\u4E00\u3001\u4E8C\u6761\uFF09\u3002",
      type: "object",
      additionalProperties: false,
      properties: {
        id: {
          description: "Android applicationId, iOS bundle id or mini-program AppID; checked against the build.",
          "x-description-zh-CN": "Android applicationId\u3001iOS Bundle ID \u6216\u5C0F\u7A0B\u5E8F AppID\uFF1B\u5C06\u4E0E\u6784\u5EFA\u914D\u7F6E\u6838\u5BF9\u3002",
          type: "string",
          minLength: 1,
          pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$",
          examples: [
            "com.example.bank"
          ]
        },
        name: {
          description: "Name shown to users.",
          "x-description-zh-CN": "\u5411\u7528\u6237\u5C55\u793A\u7684\u540D\u79F0\u3002",
          type: "string",
          minLength: 1
        },
        localizedName: {
          description: "The name in other languages, keyed by language tag (`zh-CN`).",
          "x-description-zh-CN": "\u5176\u4ED6\u8BED\u8A00\u7684\u540D\u79F0\uFF0C\u4EE5\u8BED\u8A00\u6807\u7B7E\uFF08\u5982 `zh-CN`\uFF09\u4E3A\u952E\u3002",
          type: "object",
          propertyNames: {
            pattern: "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
          },
          additionalProperties: {
            type: "string",
            minLength: 1
          }
        },
        kinds: {
          description: "Kinds of mobile application this entry covers.",
          "x-description-zh-CN": "\u672C\u6761\u76EE\u6DB5\u76D6\u7684\u79FB\u52A8\u5E94\u7528\u7C7B\u578B\u3002",
          type: "array",
          items: {
            $ref: "#/$defs/appKind"
          },
          minItems: 1,
          uniqueItems: true
        },
        status: {
          description: "Ledger status: `planned`, `active`, `deprecated` (being wound down) or `retired` (exit completed) (art. 2).",
          "x-description-zh-CN": "\u53F0\u8D26\u72B6\u6001\uFF1A`planned`\uFF08\u89C4\u5212\u4E2D\uFF09\u3001`active`\uFF08\u8FD0\u884C\u4E2D\uFF09\u3001`deprecated`\uFF08\u9010\u6B65\u4E0B\u7EBF\uFF09\u6216 `retired`\uFF08\u5DF2\u9000\u51FA\uFF09\uFF08\u7B2C\u4E8C\u6761\uFF09\u3002",
          type: "string",
          enum: [
            "planned",
            "active",
            "deprecated",
            "retired"
          ]
        },
        audience: {
          description: "`external` (customers) or `internal` (staff) users.",
          "x-description-zh-CN": "\u9762\u5411 `external`\uFF08\u5BA2\u6237\uFF09\u6216 `internal`\uFF08\u5458\u5DE5\uFF09\u3002",
          type: "string",
          enum: [
            "external",
            "internal"
          ]
        },
        businessScope: {
          description: "Business lines the app serves; each must sit inside the institution's licence (art. 5).",
          "x-description-zh-CN": "\u5E94\u7528\u627F\u8F7D\u7684\u4E1A\u52A1\u6761\u7EBF\uFF0C\u987B\u5728\u672C\u673A\u6784\u7ECF\u8425\u8BB8\u53EF\u8303\u56F4\u5185\uFF08\u7B2C\u4E94\u6761\uFF09\u3002",
          type: "array",
          items: {
            description: "A business line, in kebab-case (`retail-banking`, `credit-card`, `wealth-management`).",
            "x-description-zh-CN": "\u4E1A\u52A1\u6761\u7EBF\uFF0C\u4F7F\u7528\u77ED\u6A2A\u7EBF\u5C0F\u5199\u5F62\u5F0F\uFF08\u5982 `retail-banking`\u3001`credit-card`\u3001`wealth-management`\uFF09\u3002",
            type: "string",
            pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
            examples: [
              "retail-banking"
            ]
          },
          uniqueItems: true
        },
        regions: {
          description: "Regions where the app is offered (ISO 3166-1 alpha-2).",
          "x-description-zh-CN": "\u5E94\u7528\u63D0\u4F9B\u670D\u52A1\u7684\u5730\u533A\uFF08ISO 3166-1 \u4E8C\u4F4D\u5B57\u6BCD\u4EE3\u7801\uFF09\u3002",
          type: "array",
          items: {
            description: "Region code (`CN`, `HK`).",
            "x-description-zh-CN": "\u5730\u533A\u4EE3\u7801\uFF08\u5982 `CN`\u3001`HK`\uFF09\u3002",
            type: "string",
            pattern: "^[A-Z]{2}$",
            examples: [
              "CN"
            ]
          },
          uniqueItems: true
        },
        importantInformationSystem: {
          description: "The app is, or is part of, an important information system; switches on stricter rules (art. 11).",
          "x-description-zh-CN": "\u5E94\u7528\u5C5E\u4E8E\u6216\u6784\u6210\u91CD\u8981\u4FE1\u606F\u7CFB\u7EDF\uFF1B\u5C06\u542F\u7528\u66F4\u4E25\u683C\u7684\u89C4\u5219\uFF08\u7B2C\u5341\u4E00\u6761\uFF09\u3002",
          type: "boolean"
        },
        launchedAt: {
          description: "Date of first release.",
          "x-description-zh-CN": "\u9996\u6B21\u4E0A\u7EBF\u65E5\u671F\u3002",
          $ref: "#/$defs/date"
        },
        retiredAt: {
          description: "Date the app was withdrawn (for `retired`).",
          "x-description-zh-CN": "\u4E0B\u7EBF\u65E5\u671F\uFF08`retired` \u72B6\u6001\u65F6\u586B\u5199\uFF09\u3002",
          $ref: "#/$defs/date"
        },
        monthlyActiveUsers: {
          description: "Monthly active users; low activity is a reason to merge or retire the app (art. 2).",
          "x-description-zh-CN": "\u6708\u6D3B\u8DC3\u7528\u6237\u6570\uFF1B\u6D3B\u8DC3\u5EA6\u4F4E\u662F\u6574\u5408\u6216\u4E0B\u7EBF\u5E94\u7528\u7684\u7406\u7531\uFF08\u7B2C\u4E8C\u6761\uFF09\u3002",
          type: "integer",
          minimum: 0
        },
        description: {
          description: "What the app is for.",
          "x-description-zh-CN": "\u5E94\u7528\u7528\u9014\u7B80\u4ECB\u3002",
          type: "string"
        }
      },
      required: [
        "id",
        "name",
        "kinds",
        "status"
      ]
    },
    ownership: {
      description: "Who is accountable for the app (art. 1, 3).",
      "x-description-zh-CN": "\u5E94\u7528\u7684\u8D23\u4EFB\u5F52\u5C5E\uFF08\u7B2C\u4E00\u3001\u4E09\u6761\uFF09\u3002",
      type: "object",
      additionalProperties: false,
      properties: {
        leadDepartment: {
          description: "Department leading mobile application management.",
          "x-description-zh-CN": "\u79FB\u52A8\u5E94\u7528\u7BA1\u7406\u7275\u5934\u90E8\u95E8\u3002",
          type: "string",
          minLength: 1
        },
        responsibleDepartment: {
          description: "Department responsible for this app.",
          "x-description-zh-CN": "\u672C\u5E94\u7528\u7684\u8D23\u4EFB\u90E8\u95E8\u3002",
          type: "string",
          minLength: 1
        },
        responsiblePerson: {
          description: "Person responsible for this app.",
          "x-description-zh-CN": "\u672C\u5E94\u7528\u7684\u8D23\u4EFB\u4EBA\u3002",
          $ref: "#/$defs/person"
        },
        securityContact: {
          description: "Contact for security incidents.",
          "x-description-zh-CN": "\u5B89\u5168\u4E8B\u4EF6\u8054\u7CFB\u4EBA\u3002",
          $ref: "#/$defs/person"
        }
      }
    },
    filing: {
      description: "Filings with the authorities (art. 11).",
      "x-description-zh-CN": "\u5411\u4E3B\u7BA1\u90E8\u95E8\u7684\u5907\u6848\u4E0E\u62A5\u544A\uFF08\u7B2C\u5341\u4E00\u6761\uFF09\u3002",
      type: "object",
      additionalProperties: false,
      properties: {
        appFilingNumber: {
          description: "MIIT app filing number (`\u4EACICP\u590712345678\u53F7-5A`).",
          "x-description-zh-CN": "\u5DE5\u4E1A\u548C\u4FE1\u606F\u5316\u90E8 App \u5907\u6848\u53F7\uFF08\u5982 `\u4EACICP\u590712345678\u53F7-5A`\uFF09\u3002",
          type: "string",
          pattern: "^[\u4EAC\u6D25\u6CAA\u6E1D\u5180\u8C6B\u4E91\u8FBD\u9ED1\u6E58\u7696\u9C81\u65B0\u82CF\u6D59\u8D63\u9102\u6842\u7518\u664B\u8499\u9655\u5409\u95FD\u8D35\u7CA4\u9752\u85CF\u5DDD\u5B81\u743C]ICP\u5907[0-9]{4,12}\u53F7(-[0-9]{1,4}[A-Z]?)?$",
          examples: [
            "\u4EACICP\u590712345678\u53F7-5A"
          ]
        },
        regulatorReport: {
          description: "Report of the important information system to the regulator; required when `app.importantInformationSystem` is true.",
          "x-description-zh-CN": "\u91CD\u8981\u4FE1\u606F\u7CFB\u7EDF\u5411\u76D1\u7BA1\u90E8\u95E8\u7684\u62A5\u544A\uFF1B`app.importantInformationSystem` \u4E3A true \u65F6\u5FC5\u586B\u3002",
          type: "object",
          additionalProperties: false,
          properties: {
            date: {
              description: "Date of the report.",
              "x-description-zh-CN": "\u62A5\u544A\u65E5\u671F\u3002",
              $ref: "#/$defs/date"
            },
            reference: {
              description: "Reference of the report.",
              "x-description-zh-CN": "\u62A5\u544A\u6587\u53F7\u3002",
              type: "string"
            },
            document: {
              description: "The report.",
              "x-description-zh-CN": "\u62A5\u544A\u6587\u4EF6\u3002",
              $ref: "#/$defs/link"
            }
          }
        }
      }
    },
    distribution: {
      description: "How the app reaches users, and protection against counterfeits (art. 8, 9).",
      "x-description-zh-CN": "\u5E94\u7528\u5206\u53D1\u6E20\u9053\u4E0E\u9632\u4EFF\u5192\u63AA\u65BD\uFF08\u7B2C\u516B\u3001\u4E5D\u6761\uFF09\u3002",
      type: "object",
      additionalProperties: false,
      properties: {
        publishingAccounts: {
          description: "Store and platform accounts the app is published from; they must be controlled by the institution.",
          "x-description-zh-CN": "\u53D1\u5E03\u5E94\u7528\u6240\u7528\u7684\u5546\u5E97\u4E0E\u5E73\u53F0\u8D26\u53F7\uFF0C\u987B\u7531\u672C\u673A\u6784\u638C\u63A7\u3002",
          type: "array",
          items: {
            description: "A publishing account.",
            "x-description-zh-CN": "\u53D1\u5E03\u8D26\u53F7\u3002",
            type: "object",
            additionalProperties: false,
            properties: {
              platform: {
                description: "Store or platform.",
                "x-description-zh-CN": "\u5546\u5E97\u6216\u5E73\u53F0\u3002",
                $ref: "#/$defs/platform"
              },
              accountOwner: {
                description: "Who owns the account: `institution`, or `vendor` / `third-party` (a finding).",
                "x-description-zh-CN": "\u8D26\u53F7\u6240\u6709\u8005\uFF1A`institution`\uFF08\u672C\u673A\u6784\uFF09\uFF0C\u6216 `vendor`/`third-party`\uFF08\u5C06\u88AB\u89C6\u4E3A\u95EE\u9898\uFF09\u3002",
                type: "string",
                enum: [
                  "institution",
                  "vendor",
                  "third-party"
                ]
              },
              holder: {
                description: "Team or person holding the credentials.",
                "x-description-zh-CN": "\u8D26\u53F7\u51ED\u636E\u7684\u4FDD\u7BA1\u56E2\u961F\u6216\u4EBA\u5458\u3002",
                type: "string"
              },
              accountId: {
                description: "Developer account name or id.",
                "x-description-zh-CN": "\u5F00\u53D1\u8005\u8D26\u53F7\u540D\u79F0\u6216\u7F16\u53F7\u3002",
                type: "string"
              },
              url: {
                description: "Store listing.",
                "x-description-zh-CN": "\u5546\u5E97\u9875\u9762\u94FE\u63A5\u3002",
                $ref: "#/$defs/httpsUrl"
              }
            },
            required: [
              "platform"
            ]
          }
        },
        signingCertificates: {
          description: "Fingerprints of the signing certificates, to recognise genuine packages.",
          "x-description-zh-CN": "\u7B7E\u540D\u8BC1\u4E66\u6307\u7EB9\uFF0C\u7528\u4E8E\u8BC6\u522B\u6B63\u7248\u5B89\u88C5\u5305\u3002",
          type: "array",
          items: {
            description: "A signing certificate.",
            "x-description-zh-CN": "\u7B7E\u540D\u8BC1\u4E66\u3002",
            type: "object",
            additionalProperties: false,
            properties: {
              platform: {
                description: "Platform the certificate signs for.",
                "x-description-zh-CN": "\u8BC1\u4E66\u5BF9\u5E94\u7684\u5E73\u53F0\u3002",
                type: "string",
                enum: [
                  "android",
                  "ios",
                  "harmonyos"
                ]
              },
              sha256: {
                description: "SHA-256 fingerprint, as `AB:CD:...` or 64 hex digits.",
                "x-description-zh-CN": "SHA-256 \u6307\u7EB9\uFF0C\u683C\u5F0F\u4E3A `AB:CD:...` \u6216 64 \u4F4D\u5341\u516D\u8FDB\u5236\u3002",
                type: "string",
                pattern: "^([0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$|^[0-9A-Fa-f]{64}$",
                examples: [
                  "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89"
                ]
              },
              subject: {
                description: "Certificate subject.",
                "x-description-zh-CN": "\u8BC1\u4E66\u4E3B\u4F53\u3002",
                type: "string"
              },
              expires: {
                description: "Expiry date of the certificate.",
                "x-description-zh-CN": "\u8BC1\u4E66\u5230\u671F\u65E5\u3002",
                $ref: "#/$defs/date"
              }
            },
            required: [
              "platform",
              "sha256"
            ]
          }
        },
        minimumSupportedVersion: {
          description: "Oldest app version still allowed to connect; older ones are forced to update.",
          "x-description-zh-CN": "\u4ECD\u5141\u8BB8\u8FDE\u63A5\u7684\u6700\u4F4E\u5E94\u7528\u7248\u672C\uFF0C\u66F4\u4F4E\u7248\u672C\u5C06\u88AB\u5F3A\u5236\u5347\u7EA7\u3002",
          type: "string",
          pattern: "^[0-9]+(\\.[0-9]+){0,3}$",
          examples: [
            "6.2.0"
          ]
        },
        counterfeitMonitoring: {
          description: "Monitoring of counterfeit apps in stores and on the web.",
          "x-description-zh-CN": "\u5BF9\u5546\u5E97\u53CA\u7F51\u7EDC\u4E0A\u4EFF\u5192\u5E94\u7528\u7684\u76D1\u6D4B\u3002",
          type: "object",
          additionalProperties: false,
          properties: {
            provider: {
              description: "Who monitors (team or service).",
              "x-description-zh-CN": "\u76D1\u6D4B\u65B9\uFF08\u56E2\u961F\u6216\u670D\u52A1\u5546\uFF09\u3002",
              type: "string"
            },
            lastScan: {
              description: "Date of the last scan.",
              "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u626B\u63CF\u65E5\u671F\u3002",
              $ref: "#/$defs/date"
            },
            report: {
              description: "Report of the last scan.",
              "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u626B\u63CF\u62A5\u544A\u3002",
              $ref: "#/$defs/link"
            }
          }
        }
      }
    },
    compatibility: {
      description: "Supported operating systems and compatibility testing (art. 10).",
      "x-description-zh-CN": "\u652F\u6301\u7684\u64CD\u4F5C\u7CFB\u7EDF\u53CA\u517C\u5BB9\u6027\u6D4B\u8BD5\uFF08\u7B2C\u5341\u6761\uFF09\u3002",
      type: "object",
      additionalProperties: false,
      properties: {
        android: {
          description: "Android API levels.",
          "x-description-zh-CN": "Android API \u7EA7\u522B\u3002",
          type: "object",
          additionalProperties: false,
          properties: {
            minSdk: {
              description: "Lowest Android API level supported (`minSdk`).",
              "x-description-zh-CN": "\u6700\u4F4E\u652F\u6301\u7684 Android API \u7EA7\u522B\uFF08`minSdk`\uFF09\u3002",
              type: "integer",
              minimum: 1
            },
            targetSdk: {
              description: "Android API level targeted (`targetSdk`).",
              "x-description-zh-CN": "\u76EE\u6807 Android API \u7EA7\u522B\uFF08`targetSdk`\uFF09\u3002",
              type: "integer",
              minimum: 1
            },
            compileSdk: {
              description: "Android API level compiled against (`compileSdk`).",
              "x-description-zh-CN": "\u7F16\u8BD1\u6240\u7528\u7684 Android API \u7EA7\u522B\uFF08`compileSdk`\uFF09\u3002",
              type: "integer",
              minimum: 1
            }
          }
        },
        ios: {
          description: "iOS versions.",
          "x-description-zh-CN": "iOS \u7248\u672C\u3002",
          type: "object",
          additionalProperties: false,
          properties: {
            minimumVersion: {
              description: 'Deployment target, quoted (`"15.0"`).',
              "x-description-zh-CN": '\u6700\u4F4E\u652F\u6301\u7248\u672C\uFF0C\u9700\u52A0\u5F15\u53F7\uFF08\u5982 `"15.0"`\uFF09\u3002',
              type: "string",
              pattern: "^[0-9]+(\\.[0-9]+){0,2}$",
              examples: [
                "15.0"
              ]
            }
          }
        },
        harmonyos: {
          description: "HarmonyOS API levels.",
          "x-description-zh-CN": "HarmonyOS API \u7EA7\u522B\u3002",
          type: "object",
          additionalProperties: false,
          properties: {
            minimumApi: {
              description: "Minimum API version.",
              "x-description-zh-CN": "\u6700\u4F4E API \u7248\u672C\u3002",
              type: "integer",
              minimum: 1
            },
            targetApi: {
              description: "Target API version.",
              "x-description-zh-CN": "\u76EE\u6807 API \u7248\u672C\u3002",
              type: "integer",
              minimum: 1
            }
          }
        },
        lastTest: {
          description: "Last compatibility test across devices and OS versions.",
          "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u8DE8\u8BBE\u5907\u4E0E\u7CFB\u7EDF\u7248\u672C\u7684\u517C\u5BB9\u6027\u6D4B\u8BD5\u3002",
          $ref: "#/$defs/assessment"
        }
      }
    },
    accessibility: {
      description: "Inclusive design (art. 6).",
      "x-description-zh-CN": "\u9002\u8001\u5316\u4E0E\u65E0\u969C\u788D\u7B49\uFF08\u7B2C\u516D\u6761\uFF09\u3002",
      type: "object",
      additionalProperties: false,
      properties: {
        elderlyMode: {
          description: "An elderly-friendly mode is offered.",
          "x-description-zh-CN": "\u63D0\u4F9B\u9002\u8001\u5316\uFF08\u957F\u8F88\uFF09\u6A21\u5F0F\u3002",
          type: "boolean"
        },
        minorsProtection: {
          description: "Protection of minors: `true`, `false`, or `not-applicable` (give `minorsProtectionReason`).",
          "x-description-zh-CN": "\u672A\u6210\u5E74\u4EBA\u4FDD\u62A4\uFF1A`true`\u3001`false` \u6216 `not-applicable`\uFF08\u9700\u586B\u5199 `minorsProtectionReason`\uFF09\u3002",
          enum: [
            true,
            false,
            "not-applicable"
          ]
        },
        minorsProtectionReason: {
          description: "Why minors' protection does not apply.",
          "x-description-zh-CN": "\u4E0D\u9002\u7528\u672A\u6210\u5E74\u4EBA\u4FDD\u62A4\u7684\u7406\u7531\u3002",
          type: "string"
        },
        accessibilityReview: {
          description: "Last accessibility review.",
          "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u65E0\u969C\u788D\u8BC4\u4F30\u3002",
          $ref: "#/$defs/assessment"
        }
      }
    },
    sdks: {
      description: "Every third-party SDK in the build (art. 6, 7, 8, 9).",
      "x-description-zh-CN": "\u6784\u5EFA\u4E2D\u7684\u5168\u90E8\u7B2C\u4E09\u65B9 SDK\uFF08\u7B2C\u516D\u81F3\u4E5D\u6761\uFF09\u3002",
      type: "array",
      items: {
        description: "A third-party SDK.",
        "x-description-zh-CN": "\u7B2C\u4E09\u65B9 SDK\u3002",
        type: "object",
        additionalProperties: false,
        properties: {
          id: {
            description: "Catalogue id or own id (kebab-case).",
            "x-description-zh-CN": "\u76EE\u5F55\u7F16\u53F7\u6216\u81EA\u5B9A\u4E49\u7F16\u53F7\uFF08\u77ED\u6A2A\u7EBF\u5C0F\u5199\uFF09\u3002",
            type: "string",
            pattern: "^[a-z0-9][a-z0-9._-]*$",
            examples: [
              "umeng-analytics"
            ]
          },
          name: {
            description: "Product name.",
            "x-description-zh-CN": "\u4EA7\u54C1\u540D\u79F0\u3002",
            type: "string"
          },
          packages: {
            description: "Package URLs, without version, that identify the SDK in the repository.",
            "x-description-zh-CN": "\u7528\u4E8E\u5728\u4ED3\u5E93\u4E2D\u8BC6\u522B\u8BE5 SDK \u7684 package URL\uFF08\u4E0D\u542B\u7248\u672C\uFF09\u3002",
            type: "array",
            items: {
              $ref: "#/$defs/purl"
            },
            uniqueItems: true
          },
          vendor: {
            description: "Company providing the SDK.",
            "x-description-zh-CN": "SDK \u63D0\u4F9B\u65B9\u3002",
            type: "string"
          },
          purpose: {
            description: "What the SDK is used for.",
            "x-description-zh-CN": "SDK \u7684\u7528\u9014\u3002",
            type: "string"
          },
          personalInfo: {
            description: "Personal information the SDK collects or receives.",
            "x-description-zh-CN": "SDK \u6536\u96C6\u6216\u63A5\u6536\u7684\u4E2A\u4EBA\u4FE1\u606F\u3002",
            type: "array",
            items: {
              $ref: "#/$defs/personalInfoType"
            },
            uniqueItems: true
          },
          permissions: {
            description: "Permissions the SDK needs.",
            "x-description-zh-CN": "SDK \u6240\u9700\u6743\u9650\u3002",
            type: "array",
            items: {
              description: "Permission name.",
              "x-description-zh-CN": "\u6743\u9650\u540D\u79F0\u3002",
              type: "string",
              pattern: "^[A-Za-z][A-Za-z0-9_.]*$"
            },
            uniqueItems: true
          },
          securityAssessment: {
            description: "Security assessment of the SDK before integration (art. 9).",
            "x-description-zh-CN": "\u63A5\u5165\u524D\u5BF9 SDK \u7684\u5B89\u5168\u8BC4\u4F30\uFF08\u7B2C\u4E5D\u6761\uFF09\u3002",
            $ref: "#/$defs/assessment"
          },
          contract: {
            description: "Agreement with the SDK vendor.",
            "x-description-zh-CN": "\u4E0E SDK \u63D0\u4F9B\u65B9\u7684\u534F\u8BAE\u3002",
            $ref: "#/$defs/contract"
          },
          privacyPolicy: {
            description: "The SDK's privacy policy.",
            "x-description-zh-CN": "SDK \u7684\u9690\u79C1\u653F\u7B56\u3002",
            $ref: "#/$defs/httpsUrl"
          }
        },
        required: [
          "id"
        ]
      }
    },
    thirdParties: {
      description: "Government bodies and enterprises the app is built or run with (art. 4).",
      "x-description-zh-CN": "\u4E0E\u5E94\u7528\u5171\u5EFA\u6216\u5408\u4F5C\u8FD0\u8425\u7684\u653F\u5E9C\u673A\u6784\u548C\u4F01\u4E1A\uFF08\u7B2C\u56DB\u6761\uFF09\u3002",
      type: "array",
      items: {
        description: "A co-building partner.",
        "x-description-zh-CN": "\u5408\u4F5C\u65B9\u3002",
        type: "object",
        additionalProperties: false,
        properties: {
          name: {
            description: "Partner name.",
            "x-description-zh-CN": "\u5408\u4F5C\u65B9\u540D\u79F0\u3002",
            type: "string",
            minLength: 1
          },
          kind: {
            description: "Kind of partner.",
            "x-description-zh-CN": "\u5408\u4F5C\u65B9\u7C7B\u578B\u3002",
            type: "string",
            enum: [
              "government",
              "enterprise",
              "financial-institution",
              "other"
            ]
          },
          contract: {
            description: "Agreement with the partner.",
            "x-description-zh-CN": "\u5408\u4F5C\u534F\u8BAE\u3002",
            $ref: "#/$defs/contract"
          },
          responsibilities: {
            description: "Division of responsibilities, including for data and security.",
            "x-description-zh-CN": "\u5404\u65B9\u804C\u8D23\u5212\u5206\uFF0C\u542B\u6570\u636E\u4E0E\u5B89\u5168\u8D23\u4EFB\u3002",
            type: "string"
          },
          dataShared: {
            description: "Personal information shared with the partner.",
            "x-description-zh-CN": "\u4E0E\u5408\u4F5C\u65B9\u5171\u4EAB\u7684\u4E2A\u4EBA\u4FE1\u606F\u3002",
            type: "array",
            items: {
              $ref: "#/$defs/personalInfoType"
            },
            uniqueItems: true
          }
        },
        required: [
          "name"
        ]
      }
    },
    outsourcing: {
      description: "Outsourcing vendors working on the app (art. 14).",
      "x-description-zh-CN": "\u53C2\u4E0E\u5E94\u7528\u5DE5\u4F5C\u7684\u5916\u5305\u670D\u52A1\u5546\uFF08\u7B2C\u5341\u56DB\u6761\uFF09\u3002",
      type: "array",
      items: {
        description: "An outsourcing engagement.",
        "x-description-zh-CN": "\u5916\u5305\u670D\u52A1\u3002",
        type: "object",
        additionalProperties: false,
        properties: {
          vendor: {
            description: "Vendor name.",
            "x-description-zh-CN": "\u670D\u52A1\u5546\u540D\u79F0\u3002",
            type: "string",
            minLength: 1
          },
          services: {
            description: "Services provided.",
            "x-description-zh-CN": "\u63D0\u4F9B\u7684\u670D\u52A1\u3002",
            type: "array",
            items: {
              $ref: "#/$defs/outsourcingService"
            },
            minItems: 1,
            uniqueItems: true
          },
          contract: {
            description: "Outsourcing contract.",
            "x-description-zh-CN": "\u5916\u5305\u5408\u540C\u3002",
            $ref: "#/$defs/contract"
          },
          dataAccess: {
            description: "Data the vendor can reach: `none`, `test-data`, `masked` (desensitised production data) or `production`.",
            "x-description-zh-CN": "\u670D\u52A1\u5546\u53EF\u63A5\u89E6\u7684\u6570\u636E\uFF1A`none`\uFF08\u65E0\uFF09\u3001`test-data`\uFF08\u6D4B\u8BD5\u6570\u636E\uFF09\u3001`masked`\uFF08\u8131\u654F\u751F\u4EA7\u6570\u636E\uFF09\u6216 `production`\uFF08\u751F\u4EA7\u6570\u636E\uFF09\u3002",
            type: "string",
            enum: [
              "none",
              "test-data",
              "masked",
              "production"
            ]
          },
          accessJustification: {
            description: "Why that access is needed (required for `production`).",
            "x-description-zh-CN": "\u9700\u8981\u8BE5\u8BBF\u95EE\u6743\u9650\u7684\u7406\u7531\uFF08`production` \u65F6\u5FC5\u586B\uFF09\u3002",
            type: "string"
          },
          lastAssessment: {
            description: "Last assessment of the vendor.",
            "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u5BF9\u670D\u52A1\u5546\u7684\u8BC4\u4F30\u3002",
            $ref: "#/$defs/assessment"
          }
        },
        required: [
          "vendor"
        ]
      }
    },
    dataFlows: {
      description: "Personal information the app processes: what, why, on which basis, and where it goes (art. 13, 16).",
      "x-description-zh-CN": "\u5E94\u7528\u5904\u7406\u7684\u4E2A\u4EBA\u4FE1\u606F\uFF1A\u5185\u5BB9\u3001\u76EE\u7684\u3001\u4F9D\u636E\u4E0E\u53BB\u5411\uFF08\u7B2C\u5341\u4E09\u3001\u5341\u516D\u6761\uFF09\u3002",
      type: "array",
      items: {
        description: "A data flow.",
        "x-description-zh-CN": "\u6570\u636E\u6D41\u3002",
        type: "object",
        additionalProperties: false,
        properties: {
          name: {
            description: "Short name (`account login`).",
            "x-description-zh-CN": "\u7B80\u79F0\uFF08\u5982 `account login`\uFF09\u3002",
            type: "string",
            minLength: 1
          },
          data: {
            description: "Personal information involved.",
            "x-description-zh-CN": "\u6D89\u53CA\u7684\u4E2A\u4EBA\u4FE1\u606F\u3002",
            type: "array",
            items: {
              $ref: "#/$defs/personalInfoType"
            },
            minItems: 1,
            uniqueItems: true
          },
          sensitivity: {
            description: "Highest JR/T 0171-2020 class involved: `C1`, `C2` or `C3`.",
            "x-description-zh-CN": "\u6D89\u53CA\u7684\u6700\u9AD8 JR/T 0171-2020 \u7EA7\u522B\uFF1A`C1`\u3001`C2` \u6216 `C3`\u3002",
            type: "string",
            enum: [
              "C1",
              "C2",
              "C3"
            ]
          },
          purpose: {
            description: "Why the information is processed.",
            "x-description-zh-CN": "\u5904\u7406\u76EE\u7684\u3002",
            $ref: "#/$defs/purpose"
          },
          necessary: {
            description: "Necessary for the basic service (CAC necessary-PI rules).",
            "x-description-zh-CN": "\u4E3A\u57FA\u672C\u4E1A\u52A1\u529F\u80FD\u6240\u5FC5\u9700\uFF08\u7F51\u4FE1\u529E\u5FC5\u8981\u4E2A\u4EBA\u4FE1\u606F\u89C4\u5B9A\uFF09\u3002",
            type: "boolean"
          },
          legalBasis: {
            description: "Legal basis for processing (PIPL art. 13).",
            "x-description-zh-CN": "\u5904\u7406\u4F9D\u636E\uFF08\u300A\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u6CD5\u300B\u7B2C\u5341\u4E09\u6761\uFF09\u3002",
            $ref: "#/$defs/legalBasis"
          },
          frequency: {
            description: "How often it is collected, as the collection list shows it (`at each login`, `once, at account opening`).",
            "x-description-zh-CN": "\u6536\u96C6\u9891\u6B21\uFF0C\u6309\u4E2A\u4EBA\u4FE1\u606F\u6536\u96C6\u6E05\u5355\u7684\u5199\u6CD5\u586B\u5199\uFF08\u5982 `\u6BCF\u6B21\u767B\u5F55\u65F6`\u3001`\u5F00\u6237\u65F6\u4E00\u6B21`\uFF09\u3002",
            type: "string",
            minLength: 1
          },
          recipient: {
            description: "Who receives it: `self`, `sdk:<id>`, `vendor:<name>` or `third-party:<name>`.",
            "x-description-zh-CN": "\u63A5\u6536\u65B9\uFF1A`self`\uFF08\u672C\u673A\u6784\uFF09\u3001`sdk:<id>`\u3001`vendor:<\u540D\u79F0>` \u6216 `third-party:<\u540D\u79F0>`\u3002",
            type: "string",
            pattern: "^(self|sdk:[a-z0-9][a-z0-9._-]*|vendor:\\S.*|third-party:\\S.*)$",
            examples: [
              "self",
              "sdk:umeng-analytics"
            ]
          },
          crossBorder: {
            description: "Leaves mainland China.",
            "x-description-zh-CN": "\u662F\u5426\u51FA\u5883\u3002",
            type: "boolean"
          },
          encryptedInTransit: {
            description: "Encrypted in transit.",
            "x-description-zh-CN": "\u4F20\u8F93\u662F\u5426\u52A0\u5BC6\u3002",
            type: "boolean"
          },
          encryptedAtRest: {
            description: "Encrypted at rest.",
            "x-description-zh-CN": "\u5B58\u50A8\u662F\u5426\u52A0\u5BC6\u3002",
            type: "boolean"
          },
          retention: {
            description: "How long it is kept (`P5Y`).",
            "x-description-zh-CN": "\u4FDD\u5B58\u671F\u9650\uFF08\u5982 `P5Y`\uFF09\u3002",
            $ref: "#/$defs/duration"
          },
          permissions: {
            description: "Device permissions this flow justifies (`android.permission.CAMERA`, `NSCameraUsageDescription`, `ohos.permission.CAMERA`).",
            "x-description-zh-CN": "\u8BE5\u6570\u636E\u6D41\u6240\u5BF9\u5E94\u7684\u8BBE\u5907\u6743\u9650\uFF08\u5982 `android.permission.CAMERA`\u3001`NSCameraUsageDescription`\u3001`ohos.permission.CAMERA`\uFF09\u3002",
            type: "array",
            items: {
              description: "Permission name.",
              "x-description-zh-CN": "\u6743\u9650\u540D\u79F0\u3002",
              type: "string",
              pattern: "^[A-Za-z][A-Za-z0-9_.]*$"
            },
            uniqueItems: true
          }
        },
        required: [
          "name"
        ]
      }
    },
    security: {
      description: "Security controls (art. 12, 13).",
      "x-description-zh-CN": "\u5B89\u5168\u63A7\u5236\u63AA\u65BD\uFF08\u7B2C\u5341\u4E8C\u3001\u5341\u4E09\u6761\uFF09\u3002",
      type: "object",
      additionalProperties: false,
      properties: {
        levelProtection: {
          description: "Multi-Level Protection Scheme (MLPS 2.0) grading.",
          "x-description-zh-CN": "\u7F51\u7EDC\u5B89\u5168\u7B49\u7EA7\u4FDD\u62A4\uFF08\u7B49\u4FDD 2.0\uFF09\u5B9A\u7EA7\u3002",
          type: "object",
          additionalProperties: false,
          properties: {
            level: {
              description: "Protection level, 1 to 5.",
              "x-description-zh-CN": "\u4FDD\u62A4\u7B49\u7EA7\uFF0C1 \u81F3 5 \u7EA7\u3002",
              type: "integer",
              minimum: 1,
              maximum: 5
            },
            filingNumber: {
              description: "MLPS filing certificate number.",
              "x-description-zh-CN": "\u7B49\u7EA7\u4FDD\u62A4\u5907\u6848\u8BC1\u660E\u7F16\u53F7\u3002",
              type: "string"
            },
            lastAssessment: {
              description: "Last MLPS assessment.",
              "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u7B49\u7EA7\u6D4B\u8BC4\u3002",
              $ref: "#/$defs/assessment"
            }
          }
        },
        transportEncryption: {
          description: "Transport encryption: `tls1.2+`, `tls1.3`, or `tlcp` (GM/T 0024, SM2/SM4).",
          "x-description-zh-CN": "\u4F20\u8F93\u52A0\u5BC6\uFF1A`tls1.2+`\u3001`tls1.3` \u6216 `tlcp`\uFF08\u56FD\u5BC6 GM/T 0024\uFF09\u3002",
          type: "string",
          enum: [
            "tls1.2+",
            "tls1.3",
            "tlcp"
          ]
        },
        userAuthentication: {
          description: "Ways users authenticate.",
          "x-description-zh-CN": "\u7528\u6237\u8BA4\u8BC1\u65B9\u5F0F\u3002",
          type: "array",
          items: {
            description: "An authentication method.",
            "x-description-zh-CN": "\u8BA4\u8BC1\u65B9\u5F0F\u3002",
            type: "string",
            enum: [
              "password",
              "sms-otp",
              "biometric",
              "face-verification",
              "gesture",
              "device-binding",
              "digital-certificate",
              "hardware-token",
              "software-token"
            ]
          },
          uniqueItems: true
        },
        penetrationTest: {
          description: "Last penetration test.",
          "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u6E17\u900F\u6D4B\u8BD5\u3002",
          $ref: "#/$defs/assessment"
        },
        hardening: {
          description: "App hardening (anti-tampering, anti-debugging).",
          "x-description-zh-CN": "\u5E94\u7528\u52A0\u56FA\uFF08\u9632\u7BE1\u6539\u3001\u9632\u8C03\u8BD5\uFF09\u3002",
          type: "object",
          additionalProperties: false,
          properties: {
            provider: {
              description: "Hardening product or vendor.",
              "x-description-zh-CN": "\u52A0\u56FA\u4EA7\u54C1\u6216\u670D\u52A1\u5546\u3002",
              type: "string"
            },
            lastApplied: {
              description: "Date the current release was hardened.",
              "x-description-zh-CN": "\u5F53\u524D\u7248\u672C\u7684\u52A0\u56FA\u65E5\u671F\u3002",
              $ref: "#/$defs/date"
            }
          }
        },
        allowedDomains: {
          description: "Domains the app may contact or link to; anything else is an irrelevant link (art. 7).",
          "x-description-zh-CN": "\u5E94\u7528\u53EF\u8BBF\u95EE\u6216\u94FE\u63A5\u7684\u57DF\u540D\uFF1B\u5176\u4ED6\u5747\u89C6\u4E3A\u65E0\u5173\u94FE\u63A5\uFF08\u7B2C\u4E03\u6761\uFF09\u3002",
          type: "array",
          items: {
            $ref: "#/$defs/domain"
          },
          uniqueItems: true
        }
      }
    },
    privacy: {
      description: "Personal-information protection documents and channels (art. 16).",
      "x-description-zh-CN": "\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u76F8\u5173\u6587\u4EF6\u4E0E\u6E20\u9053\uFF08\u7B2C\u5341\u516D\u6761\uFF09\u3002",
      type: "object",
      additionalProperties: false,
      properties: {
        policyUrl: {
          description: "Privacy policy.",
          "x-description-zh-CN": "\u9690\u79C1\u653F\u7B56\u3002",
          $ref: "#/$defs/httpsUrl"
        },
        policyUpdatedAt: {
          description: "Date the privacy policy was last updated.",
          "x-description-zh-CN": "\u9690\u79C1\u653F\u7B56\u6700\u8FD1\u66F4\u65B0\u65E5\u671F\u3002",
          $ref: "#/$defs/date"
        },
        collectedInfoList: {
          description: 'List of personal information collected (MIIT "two lists"): an `https://` URL, or the path of the list the app ships in the repository (`app/src/main/assets/privacy/collected.html`), which `check` compares with the build.',
          "x-description-zh-CN": "\u5DF2\u6536\u96C6\u4E2A\u4EBA\u4FE1\u606F\u6E05\u5355\uFF08\u5DE5\u4FE1\u90E8\u201C\u53CC\u6E05\u5355\u201D\uFF09\uFF1A`https://` \u94FE\u63A5\uFF0C\u6216\u5E94\u7528\u5185\u7F6E\u6E05\u5355\u6587\u4EF6\u5728\u4ED3\u5E93\u4E2D\u7684\u8DEF\u5F84\uFF08\u5982 `app/src/main/assets/privacy/collected.html`\uFF09\uFF0C`check` \u4F1A\u5C06\u5176\u4E0E\u6784\u5EFA\u6BD4\u5BF9\u3002",
          $ref: "#/$defs/link"
        },
        sharedInfoList: {
          description: 'List of personal information shared with third parties (MIIT "two lists"): an `https://` URL, or the path of the list the app ships in the repository (`app/src/main/assets/privacy/shared.html`), which `check` compares with the build\'s SDKs.',
          "x-description-zh-CN": "\u4E0E\u7B2C\u4E09\u65B9\u5171\u4EAB\u4E2A\u4EBA\u4FE1\u606F\u6E05\u5355\uFF08\u5DE5\u4FE1\u90E8\u201C\u53CC\u6E05\u5355\u201D\uFF09\uFF1A`https://` \u94FE\u63A5\uFF0C\u6216\u5E94\u7528\u5185\u7F6E\u6E05\u5355\u6587\u4EF6\u5728\u4ED3\u5E93\u4E2D\u7684\u8DEF\u5F84\uFF08\u5982 `app/src/main/assets/privacy/shared.html`\uFF09\uFF0C`check` \u4F1A\u5C06\u5176\u4E0E\u6784\u5EFA\u4E2D\u7684 SDK \u6BD4\u5BF9\u3002",
          $ref: "#/$defs/link"
        },
        complaintChannel: {
          description: "Where users complain or exercise their rights.",
          "x-description-zh-CN": "\u7528\u6237\u6295\u8BC9\u53CA\u884C\u4F7F\u6743\u5229\u7684\u6E20\u9053\u3002",
          type: "object",
          additionalProperties: false,
          properties: {
            phone: {
              description: "Hotline (`95588`).",
              "x-description-zh-CN": "\u670D\u52A1\u70ED\u7EBF\uFF08\u5982 `95588`\uFF09\u3002",
              $ref: "#/$defs/phone"
            },
            url: {
              description: "Web page or form.",
              "x-description-zh-CN": "\u7F51\u9875\u6216\u8868\u5355\u3002",
              $ref: "#/$defs/httpsUrl"
            },
            email: {
              description: "Email address.",
              "x-description-zh-CN": "\u7535\u5B50\u90AE\u4EF6\u5730\u5740\u3002",
              $ref: "#/$defs/email"
            },
            responseTime: {
              description: "Committed response time (`P15D`).",
              "x-description-zh-CN": "\u627F\u8BFA\u7B54\u590D\u65F6\u9650\uFF08\u5982 `P15D`\uFF09\u3002",
              $ref: "#/$defs/duration"
            }
          }
        }
      }
    },
    compliance: {
      description: "Compliance reviews, risk assessments and audits (art. 5, 17).",
      "x-description-zh-CN": "\u5408\u89C4\u5BA1\u67E5\u3001\u98CE\u9669\u8BC4\u4F30\u4E0E\u5BA1\u8BA1\uFF08\u7B2C\u4E94\u3001\u5341\u4E03\u6761\uFF09\u3002",
      type: "object",
      additionalProperties: false,
      properties: {
        lastComplianceReview: {
          description: "Last compliance review before release.",
          "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u4E0A\u7EBF\u524D\u5408\u89C4\u5BA1\u67E5\u3002",
          $ref: "#/$defs/assessment"
        },
        lastRiskAssessment: {
          description: "Last risk assessment (at least yearly).",
          "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u98CE\u9669\u8BC4\u4F30\uFF08\u81F3\u5C11\u6BCF\u5E74\u4E00\u6B21\uFF09\u3002",
          $ref: "#/$defs/assessment"
        },
        lastAudit: {
          description: "Last audit (at least every three years).",
          "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u5BA1\u8BA1\uFF08\u81F3\u5C11\u6BCF\u4E09\u5E74\u4E00\u6B21\uFF09\u3002",
          $ref: "#/$defs/assessment"
        },
        salesTraceability: {
          description: "Sales of financial products through the app are recorded and traceable.",
          "x-description-zh-CN": "\u901A\u8FC7\u5E94\u7528\u9500\u552E\u91D1\u878D\u4EA7\u54C1\u7684\u8FC7\u7A0B\u53EF\u8BB0\u5F55\u3001\u53EF\u56DE\u6EAF\u3002",
          type: "boolean"
        }
      }
    },
    continuity: {
      description: "Business continuity (art. 15).",
      "x-description-zh-CN": "\u4E1A\u52A1\u8FDE\u7EED\u6027\uFF08\u7B2C\u5341\u4E94\u6761\uFF09\u3002",
      type: "object",
      additionalProperties: false,
      properties: {
        businessImpactAnalysis: {
          description: "Business impact analysis.",
          "x-description-zh-CN": "\u4E1A\u52A1\u5F71\u54CD\u5206\u6790\u3002",
          $ref: "#/$defs/link"
        },
        emergencyPlan: {
          description: "Emergency response plan.",
          "x-description-zh-CN": "\u5E94\u6025\u9884\u6848\u3002",
          type: "object",
          additionalProperties: false,
          properties: {
            url: {
              description: "The plan.",
              "x-description-zh-CN": "\u9884\u6848\u6587\u4EF6\u3002",
              $ref: "#/$defs/link"
            },
            approvedAt: {
              description: "Date of approval.",
              "x-description-zh-CN": "\u6279\u51C6\u65E5\u671F\u3002",
              $ref: "#/$defs/date"
            }
          }
        },
        lastDrill: {
          description: "Last emergency drill.",
          "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u5E94\u6025\u6F14\u7EC3\u3002",
          $ref: "#/$defs/assessment"
        },
        rto: {
          description: "Recovery time objective (`PT4H`).",
          "x-description-zh-CN": "\u6062\u590D\u65F6\u95F4\u76EE\u6807 RTO\uFF08\u5982 `PT4H`\uFF09\u3002",
          $ref: "#/$defs/duration"
        },
        rpo: {
          description: "Recovery point objective (`PT15M`).",
          "x-description-zh-CN": "\u6062\u590D\u70B9\u76EE\u6807 RPO\uFF08\u5982 `PT15M`\uFF09\u3002",
          $ref: "#/$defs/duration"
        }
      }
    },
    testing: {
      description: "Testing before release (art. 8).",
      "x-description-zh-CN": "\u4E0A\u7EBF\u524D\u6D4B\u8BD5\uFF08\u7B2C\u516B\u6761\uFF09\u3002",
      type: "object",
      additionalProperties: false,
      properties: {
        lastSecurityTest: {
          description: "Last security test of a release.",
          "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u7248\u672C\u5B89\u5168\u6D4B\u8BD5\u3002",
          $ref: "#/$defs/assessment"
        },
        lastFunctionalTest: {
          description: "Last functional test of a release.",
          "x-description-zh-CN": "\u6700\u8FD1\u4E00\u6B21\u7248\u672C\u529F\u80FD\u6D4B\u8BD5\u3002",
          $ref: "#/$defs/assessment"
        }
      }
    },
    scope: {
      description: "Adjusts which files are the app. By default the app is the build beside the manifest (or, if there is none, the build that declares app.id); tests, samples, docs, CI, tool configs, generated and vendored files are out of scope for the code rules.",
      "x-description-zh-CN": "\u8C03\u6574\u54EA\u4E9B\u6587\u4EF6\u5C5E\u4E8E\u672C\u5E94\u7528\u3002\u9ED8\u8BA4\u60C5\u51B5\u4E0B\uFF0C\u5E94\u7528\u5373\u5E94\u7528\u53F0\u8D26\u6E05\u5355\u6587\u4EF6\u6240\u5728\u76EE\u5F55\u4E2D\u7684\u6784\u5EFA\uFF08\u82E5\u8BE5\u76EE\u5F55\u6CA1\u6709\u6784\u5EFA\uFF0C\u5219\u4E3A\u58F0\u660E\u4E86 app.id \u7684\u6784\u5EFA\uFF09\uFF1B\u6D4B\u8BD5\u3001\u793A\u4F8B\u3001\u6587\u6863\u3001\u6301\u7EED\u96C6\u6210\u3001\u5DE5\u5177\u914D\u7F6E\u3001\u751F\u6210\u6587\u4EF6\u548C\u5185\u7F6E\u7B2C\u4E09\u65B9\u6587\u4EF6\u4E0D\u5728\u4EE3\u7801\u89C4\u5219\u7684\u68C0\u67E5\u8303\u56F4\u5185\u3002",
      type: "object",
      additionalProperties: false,
      properties: {
        include: {
          description: "Only files matching these globs (paths from the repository root) are the app's; replaces the automatic choice of folders. Tests and samples among them keep their role.",
          "x-description-zh-CN": "\u4EC5\u5339\u914D\u8FD9\u4E9B\u901A\u914D\u7B26\uFF08\u81EA\u4ED3\u5E93\u6839\u76EE\u5F55\u8D77\u7684\u8DEF\u5F84\uFF09\u7684\u6587\u4EF6\u5C5E\u4E8E\u672C\u5E94\u7528\uFF0C\u53D6\u4EE3\u81EA\u52A8\u9009\u62E9\u7684\u76EE\u5F55\uFF1B\u5176\u4E2D\u7684\u6D4B\u8BD5\u548C\u793A\u4F8B\u6587\u4EF6\u4ECD\u6309\u5176\u89D2\u8272\u5904\u7406\u3002",
          type: "array",
          items: {
            description: "A glob over repository paths (minimatch, `**` for any depth): `android/**`, `ios/App/**`.",
            "x-description-zh-CN": "\u5339\u914D\u4ED3\u5E93\u5185\u8DEF\u5F84\u7684\u901A\u914D\u7B26\uFF08minimatch\uFF0C`**` \u5339\u914D\u4EFB\u610F\u5C42\u7EA7\uFF09\uFF0C\u5982 `android/**`\u3001`ios/App/**`\u3002",
            type: "string",
            minLength: 1,
            pattern: "^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$)).+$",
            examples: [
              "android/**"
            ]
          },
          uniqueItems: true
        },
        exclude: {
          description: "Files matching these globs (paths from the repository root) are out of scope for the code rules; secrets are still looked for there.",
          "x-description-zh-CN": "\u5339\u914D\u8FD9\u4E9B\u901A\u914D\u7B26\uFF08\u81EA\u4ED3\u5E93\u6839\u76EE\u5F55\u8D77\u7684\u8DEF\u5F84\uFF09\u7684\u6587\u4EF6\u4E0D\u5728\u4EE3\u7801\u89C4\u5219\u7684\u68C0\u67E5\u8303\u56F4\u5185\uFF1B\u4F46\u4ECD\u4F1A\u5728\u5176\u4E2D\u67E5\u627E\u5BC6\u94A5\u7B49\u654F\u611F\u4FE1\u606F\u3002",
          type: "array",
          items: {
            description: "A glob over repository paths (minimatch, `**` for any depth): `android/**`, `ios/App/**`.",
            "x-description-zh-CN": "\u5339\u914D\u4ED3\u5E93\u5185\u8DEF\u5F84\u7684\u901A\u914D\u7B26\uFF08minimatch\uFF0C`**` \u5339\u914D\u4EFB\u610F\u5C42\u7EA7\uFF09\uFF0C\u5982 `android/**`\u3001`ios/App/**`\u3002",
            type: "string",
            minLength: 1,
            pattern: "^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$)).+$",
            examples: [
              "android/**"
            ]
          },
          uniqueItems: true
        }
      }
    },
    waivers: {
      description: "Exceptions to rules, visible in every report.",
      "x-description-zh-CN": "\u89C4\u5219\u8C41\u514D\uFF0C\u5728\u6BCF\u4EFD\u62A5\u544A\u4E2D\u5217\u51FA\u3002",
      type: "array",
      items: {
        $ref: "#/$defs/waiver"
      }
    }
  },
  $defs: {
    date: {
      description: "A calendar date, ISO 8601 `YYYY-MM-DD` (quote-free: YAML keeps it a string).",
      "x-description-zh-CN": "\u65E5\u5386\u65E5\u671F\uFF0CISO 8601 \u683C\u5F0F `YYYY-MM-DD`\u3002",
      type: "string",
      format: "date",
      examples: [
        "2025-03-31"
      ]
    },
    duration: {
      description: "An ISO 8601 duration: `P5Y` (five years), `P6M`, `P30D`, `PT4H`, `PT15M`.",
      "x-description-zh-CN": "ISO 8601 \u65F6\u957F\uFF1A`P5Y`\uFF08\u4E94\u5E74\uFF09\u3001`P6M`\u3001`P30D`\u3001`PT4H`\u3001`PT15M`\u3002",
      type: "string",
      format: "duration",
      examples: [
        "PT4H"
      ]
    },
    link: {
      description: "Where the evidence is: an `https://` URL or a path inside the repository (`docs/pentest-2025.pdf`), never `http://`.",
      "x-description-zh-CN": "\u8BC1\u636E\u6240\u5728\u4F4D\u7F6E\uFF1A`https://` \u94FE\u63A5\u6216\u4ED3\u5E93\u5185\u7684\u76F8\u5BF9\u8DEF\u5F84\uFF08\u5982 `docs/pentest-2025.pdf`\uFF09\uFF0C\u4E0D\u5F97\u4F7F\u7528 `http://`\u3002",
      type: "string",
      format: "link",
      minLength: 1,
      examples: [
        "https://intranet.example.com/reports/123",
        "docs/security/pentest-2025.pdf"
      ]
    },
    httpsUrl: {
      description: "An `https://` URL that users can open.",
      "x-description-zh-CN": "\u7528\u6237\u53EF\u8BBF\u95EE\u7684 `https://` \u94FE\u63A5\u3002",
      type: "string",
      format: "https-url",
      examples: [
        "https://www.example.com/privacy"
      ]
    },
    email: {
      description: "An email address.",
      "x-description-zh-CN": "\u7535\u5B50\u90AE\u4EF6\u5730\u5740\u3002",
      type: "string",
      format: "email",
      examples: [
        "wang.fang@example.com"
      ]
    },
    phone: {
      description: "A phone number: digits with optional `+`, spaces, hyphens and parentheses (`95588`, `+86 10 1234 5678`).",
      "x-description-zh-CN": "\u7535\u8BDD\u53F7\u7801\uFF1A\u6570\u5B57\uFF0C\u53EF\u542B `+`\u3001\u7A7A\u683C\u3001\u8FDE\u5B57\u7B26\u548C\u62EC\u53F7\uFF08\u5982 `95588`\u3001`+86 10 1234 5678`\uFF09\u3002",
      type: "string",
      pattern: "^\\+?[0-9][0-9 ()\\-]{2,24}$",
      examples: [
        "+86 10 1234 5678"
      ]
    },
    person: {
      description: "A person: name and, where useful, how to reach them.",
      "x-description-zh-CN": "\u4EBA\u5458\uFF1A\u59D3\u540D\u53CA\u8054\u7CFB\u65B9\u5F0F\u3002",
      type: "object",
      additionalProperties: false,
      properties: {
        name: {
          description: "Full name.",
          "x-description-zh-CN": "\u59D3\u540D\u3002",
          type: "string",
          minLength: 1
        },
        email: {
          description: "Email address.",
          "x-description-zh-CN": "\u7535\u5B50\u90AE\u4EF6\u5730\u5740\u3002",
          $ref: "#/$defs/email"
        },
        phone: {
          description: "Phone number.",
          "x-description-zh-CN": "\u7535\u8BDD\u53F7\u7801\u3002",
          $ref: "#/$defs/phone"
        },
        title: {
          description: "Position or role.",
          "x-description-zh-CN": "\u804C\u52A1\u6216\u89D2\u8272\u3002",
          type: "string"
        }
      },
      required: [
        "name"
      ]
    },
    assessment: {
      description: "An assessment, test, review or audit: when, with what result, and where the report is.",
      "x-description-zh-CN": "\u8BC4\u4F30\u3001\u6D4B\u8BD5\u3001\u5BA1\u67E5\u6216\u5BA1\u8BA1\uFF1A\u65F6\u95F4\u3001\u7ED3\u8BBA\u53CA\u62A5\u544A\u4F4D\u7F6E\u3002",
      type: "object",
      additionalProperties: false,
      properties: {
        date: {
          description: "When it was completed.",
          "x-description-zh-CN": "\u5B8C\u6210\u65E5\u671F\u3002",
          $ref: "#/$defs/date"
        },
        result: {
          description: "Outcome: `pass`, `pass-with-findings` (passed with open findings to fix), or `fail`.",
          "x-description-zh-CN": "\u7ED3\u8BBA\uFF1A`pass`\uFF08\u901A\u8FC7\uFF09\u3001`pass-with-findings`\uFF08\u901A\u8FC7\u4F46\u6709\u5F85\u6574\u6539\u95EE\u9898\uFF09\u6216 `fail`\uFF08\u672A\u901A\u8FC7\uFF09\u3002",
          type: "string",
          enum: [
            "pass",
            "pass-with-findings",
            "fail"
          ]
        },
        report: {
          description: "The report.",
          "x-description-zh-CN": "\u62A5\u544A\u3002",
          $ref: "#/$defs/link"
        },
        assessor: {
          description: "Who performed it (team or external firm).",
          "x-description-zh-CN": "\u6267\u884C\u65B9\uFF08\u5185\u90E8\u56E2\u961F\u6216\u5916\u90E8\u673A\u6784\uFF09\u3002",
          type: "string"
        },
        reference: {
          description: "Document or ticket number.",
          "x-description-zh-CN": "\u6587\u6863\u6216\u5DE5\u5355\u7F16\u53F7\u3002",
          type: "string"
        },
        notes: {
          description: "Open findings or remarks.",
          "x-description-zh-CN": "\u9057\u7559\u95EE\u9898\u6216\u5907\u6CE8\u3002",
          type: "string"
        }
      }
    },
    contract: {
      description: "A signed agreement: its reference and when it ends.",
      "x-description-zh-CN": "\u5DF2\u7B7E\u7F72\u7684\u534F\u8BAE\uFF1A\u7F16\u53F7\u4E0E\u5230\u671F\u65E5\u3002",
      type: "object",
      additionalProperties: false,
      properties: {
        reference: {
          description: "Contract number or title.",
          "x-description-zh-CN": "\u5408\u540C\u7F16\u53F7\u6216\u540D\u79F0\u3002",
          type: "string",
          minLength: 1
        },
        signedAt: {
          description: "Date of signature.",
          "x-description-zh-CN": "\u7B7E\u7F72\u65E5\u671F\u3002",
          $ref: "#/$defs/date"
        },
        expires: {
          description: "Date the contract ends.",
          "x-description-zh-CN": "\u5408\u540C\u5230\u671F\u65E5\u3002",
          $ref: "#/$defs/date"
        },
        document: {
          description: "The contract document.",
          "x-description-zh-CN": "\u5408\u540C\u6587\u672C\u3002",
          $ref: "#/$defs/link"
        },
        dataProtectionClauses: {
          description: "The contract contains personal-information and data-security clauses (art. 4, 14).",
          "x-description-zh-CN": "\u5408\u540C\u5305\u542B\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u4E0E\u6570\u636E\u5B89\u5168\u6761\u6B3E\uFF08\u7B2C\u56DB\u3001\u5341\u56DB\u6761\uFF09\u3002",
          type: "boolean"
        }
      }
    },
    personalInfoType: {
      description: "A kind of personal information; ids follow Apple's `NSPrivacyCollectedDataType*`, Google Play data safety categories and the JR/T 0171-2020 classes.",
      "x-description-zh-CN": "\u4E2A\u4EBA\u4FE1\u606F\u7C7B\u578B\uFF1B\u53D6\u503C\u5BF9\u5E94 Apple `NSPrivacyCollectedDataType*`\u3001Google Play \u6570\u636E\u5B89\u5168\u7C7B\u522B\u53CA JR/T 0171-2020 \u5206\u7EA7\u3002",
      type: "string",
      enum: [
        "name",
        "phone-number",
        "email-address",
        "physical-address",
        "other-contact-info",
        "date-of-birth",
        "gender",
        "occupation",
        "id-type",
        "id-number",
        "id-validity",
        "id-document-image",
        "bank-card-number",
        "account-number",
        "card-cvn",
        "card-expiry",
        "card-track-data",
        "password",
        "payment-password",
        "verification-code",
        "biometric-face",
        "biometric-fingerprint",
        "biometric-voiceprint",
        "account-balance",
        "transaction-records",
        "credit-info",
        "income",
        "other-financial-info",
        "health",
        "fitness",
        "precise-location",
        "coarse-location",
        "contacts",
        "messages",
        "photos-or-videos",
        "audio-data",
        "files-and-docs",
        "calendar",
        "customer-support",
        "other-user-content",
        "browsing-history",
        "search-history",
        "installed-apps",
        "user-id",
        "device-id",
        "advertising-id",
        "ip-address",
        "product-interaction",
        "advertising-data",
        "usage-data",
        "crash-data",
        "performance-data",
        "diagnostic-data",
        "environment-scanning",
        "sensitive-info",
        "android-id",
        "oaid",
        "imei",
        "imsi",
        "mac-address",
        "serial-number",
        "device-info",
        "cell-info",
        "wifi-info",
        "clipboard",
        "sensor-data",
        "social-account",
        "payment-info",
        "purchase-history",
        "other"
      ],
      "x-enum-details": {
        name: {
          en: "Person's name",
          "zh-CN": "\u59D3\u540D",
          apple: "NSPrivacyCollectedDataTypeName",
          googlePlay: "Personal info: Name",
          jrt0171: "C2"
        },
        "phone-number": {
          en: "Mobile or phone number",
          "zh-CN": "\u624B\u673A\u53F7\u7801/\u7535\u8BDD\u53F7\u7801",
          apple: "NSPrivacyCollectedDataTypePhoneNumber",
          googlePlay: "Personal info: Phone number",
          jrt0171: "C2"
        },
        "email-address": {
          en: "Email address",
          "zh-CN": "\u7535\u5B50\u90AE\u4EF6\u5730\u5740",
          apple: "NSPrivacyCollectedDataTypeEmailAddress",
          googlePlay: "Personal info: Email address",
          jrt0171: "C2"
        },
        "physical-address": {
          en: "Postal or home address",
          "zh-CN": "\u901A\u4FE1/\u4F4F\u5740\u5730\u5740",
          apple: "NSPrivacyCollectedDataTypePhysicalAddress",
          googlePlay: "Personal info: Address",
          jrt0171: "C2"
        },
        "other-contact-info": {
          en: "Other contact information",
          "zh-CN": "\u5176\u4ED6\u8054\u7CFB\u65B9\u5F0F",
          apple: "NSPrivacyCollectedDataTypeOtherUserContactInfo",
          googlePlay: "Personal info: Other info",
          jrt0171: "C2"
        },
        "date-of-birth": {
          en: "Date of birth",
          "zh-CN": "\u51FA\u751F\u65E5\u671F",
          apple: "NSPrivacyCollectedDataTypeOtherDataTypes",
          googlePlay: "Personal info: Other info",
          jrt0171: "C2"
        },
        gender: {
          en: "Gender",
          "zh-CN": "\u6027\u522B",
          apple: "NSPrivacyCollectedDataTypeOtherDataTypes",
          googlePlay: "Personal info: Other info",
          jrt0171: "C2"
        },
        occupation: {
          en: "Occupation and employer (KYC)",
          "zh-CN": "\u804C\u4E1A\u4E0E\u5DE5\u4F5C\u5355\u4F4D\uFF08\u5BA2\u6237\u8EAB\u4EFD\u8BC6\u522B\uFF09",
          apple: "NSPrivacyCollectedDataTypeOtherDataTypes",
          googlePlay: "Personal info: Other info",
          jrt0171: "C2"
        },
        "id-type": {
          en: "Type of identity document",
          "zh-CN": "\u8BC1\u4EF6\u7C7B\u578B",
          apple: "NSPrivacyCollectedDataTypeSensitiveInfo",
          googlePlay: "Personal info: Other info",
          jrt0171: "C2"
        },
        "id-number": {
          en: "Identity document number",
          "zh-CN": "\u8BC1\u4EF6\u53F7\u7801\uFF08\u8EAB\u4EFD\u8BC1\u53F7\u7B49\uFF09",
          apple: "NSPrivacyCollectedDataTypeSensitiveInfo",
          googlePlay: "Personal info: Other info",
          jrt0171: "C2"
        },
        "id-validity": {
          en: "Validity period of the identity document",
          "zh-CN": "\u8BC1\u4EF6\u6709\u6548\u671F",
          apple: "NSPrivacyCollectedDataTypeSensitiveInfo",
          googlePlay: "Personal info: Other info",
          jrt0171: "C2"
        },
        "id-document-image": {
          en: "Image of an identity document",
          "zh-CN": "\u8BC1\u4EF6\u5F71\u50CF",
          apple: "NSPrivacyCollectedDataTypeSensitiveInfo",
          googlePlay: "Photos and videos: Photos",
          jrt0171: "C2"
        },
        "bank-card-number": {
          en: "Bank card number",
          "zh-CN": "\u94F6\u884C\u5361\u53F7",
          apple: "NSPrivacyCollectedDataTypePaymentInfo",
          googlePlay: "Financial info: User payment info",
          jrt0171: "C2"
        },
        "account-number": {
          en: "Bank or payment account number",
          "zh-CN": "\u94F6\u884C/\u652F\u4ED8\u8D26\u53F7",
          apple: "NSPrivacyCollectedDataTypePaymentInfo",
          googlePlay: "Financial info: User payment info",
          jrt0171: "C2"
        },
        "card-cvn": {
          en: "Card verification number (CVN/CVV)",
          "zh-CN": "\u5361\u7247\u9A8C\u8BC1\u7801\uFF08CVN/CVV\uFF09",
          apple: "NSPrivacyCollectedDataTypePaymentInfo",
          googlePlay: "Financial info: User payment info",
          jrt0171: "C3"
        },
        "card-expiry": {
          en: "Card expiry date",
          "zh-CN": "\u5361\u7247\u6709\u6548\u671F",
          apple: "NSPrivacyCollectedDataTypePaymentInfo",
          googlePlay: "Financial info: User payment info",
          jrt0171: "C3"
        },
        "card-track-data": {
          en: "Magnetic stripe or chip track data",
          "zh-CN": "\u78C1\u9053/\u82AF\u7247\u6570\u636E",
          apple: "NSPrivacyCollectedDataTypePaymentInfo",
          googlePlay: "Financial info: User payment info",
          jrt0171: "C3"
        },
        password: {
          en: "Login password",
          "zh-CN": "\u767B\u5F55\u5BC6\u7801",
          apple: "NSPrivacyCollectedDataTypeOtherDataTypes",
          googlePlay: "Personal info: Other info",
          jrt0171: "C3"
        },
        "payment-password": {
          en: "Payment or transaction password / PIN",
          "zh-CN": "\u652F\u4ED8/\u4EA4\u6613\u5BC6\u7801\uFF08PIN\uFF09",
          apple: "NSPrivacyCollectedDataTypePaymentInfo",
          googlePlay: "Financial info: User payment info",
          jrt0171: "C3"
        },
        "verification-code": {
          en: "One-time verification code (SMS OTP, dynamic token)",
          "zh-CN": "\u4E00\u6B21\u6027\u9A8C\u8BC1\u7801\uFF08\u77ED\u4FE1\u9A8C\u8BC1\u7801\u3001\u52A8\u6001\u53E3\u4EE4\uFF09",
          apple: "NSPrivacyCollectedDataTypeOtherDataTypes",
          googlePlay: "Personal info: Other info",
          jrt0171: "C3"
        },
        "biometric-face": {
          en: "Face image or template used for authentication",
          "zh-CN": "\u7528\u4E8E\u8BA4\u8BC1\u7684\u4EBA\u8138\u56FE\u50CF\u6216\u7279\u5F81",
          apple: "NSPrivacyCollectedDataTypeSensitiveInfo",
          googlePlay: "Personal info: Other info",
          jrt0171: "C3"
        },
        "biometric-fingerprint": {
          en: "Fingerprint template used for authentication",
          "zh-CN": "\u7528\u4E8E\u8BA4\u8BC1\u7684\u6307\u7EB9\u7279\u5F81",
          apple: "NSPrivacyCollectedDataTypeSensitiveInfo",
          googlePlay: "Personal info: Other info",
          jrt0171: "C3"
        },
        "biometric-voiceprint": {
          en: "Voiceprint used for authentication",
          "zh-CN": "\u7528\u4E8E\u8BA4\u8BC1\u7684\u58F0\u7EB9",
          apple: "NSPrivacyCollectedDataTypeSensitiveInfo",
          googlePlay: "Audio: Voice or sound recordings",
          jrt0171: "C3"
        },
        "account-balance": {
          en: "Account balance and assets",
          "zh-CN": "\u8D26\u6237\u4F59\u989D\u4E0E\u8D44\u4EA7\u4FE1\u606F",
          apple: "NSPrivacyCollectedDataTypeOtherFinancialInfo",
          googlePlay: "Financial info: Other financial info",
          jrt0171: "C2"
        },
        "transaction-records": {
          en: "Transaction and payment records",
          "zh-CN": "\u4EA4\u6613\u4E0E\u652F\u4ED8\u8BB0\u5F55",
          apple: "NSPrivacyCollectedDataTypePurchaseHistory",
          googlePlay: "Financial info: Purchase history",
          jrt0171: "C2"
        },
        "credit-info": {
          en: "Credit information and scores",
          "zh-CN": "\u5F81\u4FE1\u4E0E\u4FE1\u7528\u8BC4\u5206\u4FE1\u606F",
          apple: "NSPrivacyCollectedDataTypeCreditInfo",
          googlePlay: "Financial info: Credit score",
          jrt0171: "C2"
        },
        income: {
          en: "Income and financial status",
          "zh-CN": "\u6536\u5165\u4E0E\u8D22\u52A1\u72B6\u51B5",
          apple: "NSPrivacyCollectedDataTypeOtherFinancialInfo",
          googlePlay: "Financial info: Other financial info",
          jrt0171: "C2"
        },
        "other-financial-info": {
          en: "Other financial information",
          "zh-CN": "\u5176\u4ED6\u91D1\u878D\u4FE1\u606F",
          apple: "NSPrivacyCollectedDataTypeOtherFinancialInfo",
          googlePlay: "Financial info: Other financial info",
          jrt0171: "C2"
        },
        health: {
          en: "Health information",
          "zh-CN": "\u5065\u5EB7\u4FE1\u606F",
          apple: "NSPrivacyCollectedDataTypeHealth",
          googlePlay: "Health and fitness: Health info",
          jrt0171: "C2"
        },
        fitness: {
          en: "Fitness information",
          "zh-CN": "\u5065\u8EAB\u8FD0\u52A8\u4FE1\u606F",
          apple: "NSPrivacyCollectedDataTypeFitness",
          googlePlay: "Health and fitness: Fitness info",
          jrt0171: "C2"
        },
        "precise-location": {
          en: "Precise location",
          "zh-CN": "\u7CBE\u786E\u4F4D\u7F6E",
          apple: "NSPrivacyCollectedDataTypePreciseLocation",
          googlePlay: "Location: Precise location",
          jrt0171: "C2"
        },
        "coarse-location": {
          en: "Approximate location",
          "zh-CN": "\u7C97\u7565\u4F4D\u7F6E",
          apple: "NSPrivacyCollectedDataTypeCoarseLocation",
          googlePlay: "Location: Approximate location",
          jrt0171: "C1"
        },
        contacts: {
          en: "Address book contacts",
          "zh-CN": "\u901A\u8BAF\u5F55",
          apple: "NSPrivacyCollectedDataTypeContacts",
          googlePlay: "Contacts",
          jrt0171: "C2"
        },
        messages: {
          en: "Emails, SMS and other messages",
          "zh-CN": "\u90AE\u4EF6\u3001\u77ED\u4FE1\u53CA\u5176\u4ED6\u6D88\u606F",
          apple: "NSPrivacyCollectedDataTypeEmailsOrTextMessages",
          googlePlay: "Messages",
          jrt0171: "C2"
        },
        "photos-or-videos": {
          en: "Photos or videos",
          "zh-CN": "\u7167\u7247\u6216\u89C6\u9891",
          apple: "NSPrivacyCollectedDataTypePhotosorVideos",
          googlePlay: "Photos and videos",
          jrt0171: "C2"
        },
        "audio-data": {
          en: "Audio recordings",
          "zh-CN": "\u5F55\u97F3",
          apple: "NSPrivacyCollectedDataTypeAudioData",
          googlePlay: "Audio",
          jrt0171: "C2"
        },
        "files-and-docs": {
          en: "Files and documents",
          "zh-CN": "\u6587\u4EF6\u4E0E\u6587\u6863",
          apple: "NSPrivacyCollectedDataTypeOtherUserContent",
          googlePlay: "Files and docs",
          jrt0171: "C2"
        },
        calendar: {
          en: "Calendar events",
          "zh-CN": "\u65E5\u5386\u4E8B\u4EF6",
          apple: "NSPrivacyCollectedDataTypeOtherUserContent",
          googlePlay: "Calendar",
          jrt0171: "C2"
        },
        "customer-support": {
          en: "Customer support records",
          "zh-CN": "\u5BA2\u670D\u8BB0\u5F55",
          apple: "NSPrivacyCollectedDataTypeCustomerSupport",
          googlePlay: "App activity: Other actions",
          jrt0171: "C2"
        },
        "other-user-content": {
          en: "Other user-generated content",
          "zh-CN": "\u5176\u4ED6\u7528\u6237\u751F\u6210\u5185\u5BB9",
          apple: "NSPrivacyCollectedDataTypeOtherUserContent",
          googlePlay: "App activity: Other user-generated content",
          jrt0171: "C2"
        },
        "browsing-history": {
          en: "Browsing history",
          "zh-CN": "\u6D4F\u89C8\u8BB0\u5F55",
          apple: "NSPrivacyCollectedDataTypeBrowsingHistory",
          googlePlay: "Web browsing",
          jrt0171: "C1"
        },
        "search-history": {
          en: "Search history",
          "zh-CN": "\u641C\u7D22\u8BB0\u5F55",
          apple: "NSPrivacyCollectedDataTypeSearchHistory",
          googlePlay: "App activity: In-app search history",
          jrt0171: "C1"
        },
        "installed-apps": {
          en: "List of installed apps",
          "zh-CN": "\u5DF2\u5B89\u88C5\u5E94\u7528\u5217\u8868",
          apple: "NSPrivacyCollectedDataTypeOtherUsageData",
          googlePlay: "App activity: Installed apps",
          jrt0171: "C1"
        },
        "user-id": {
          en: "User or customer identifier",
          "zh-CN": "\u7528\u6237/\u5BA2\u6237\u6807\u8BC6",
          apple: "NSPrivacyCollectedDataTypeUserID",
          googlePlay: "Personal info: User IDs",
          jrt0171: "C2"
        },
        "device-id": {
          en: "Device identifiers (IMEI, Android ID, IDFV, OAID)",
          "zh-CN": "\u8BBE\u5907\u6807\u8BC6\u7B26\uFF08IMEI\u3001Android ID\u3001IDFV\u3001OAID\uFF09",
          apple: "NSPrivacyCollectedDataTypeDeviceID",
          googlePlay: "Device or other IDs",
          jrt0171: "C1"
        },
        "advertising-id": {
          en: "Advertising identifier (IDFA, GAID)",
          "zh-CN": "\u5E7F\u544A\u6807\u8BC6\u7B26\uFF08IDFA\u3001GAID\uFF09",
          apple: "NSPrivacyCollectedDataTypeDeviceID",
          googlePlay: "Device or other IDs",
          jrt0171: "C1"
        },
        "ip-address": {
          en: "IP address and network information",
          "zh-CN": "IP \u5730\u5740\u4E0E\u7F51\u7EDC\u4FE1\u606F",
          apple: "NSPrivacyCollectedDataTypeOtherDataTypes",
          googlePlay: "Device or other IDs",
          jrt0171: "C1"
        },
        "product-interaction": {
          en: "Taps, page views and other interactions",
          "zh-CN": "\u70B9\u51FB\u3001\u9875\u9762\u6D4F\u89C8\u7B49\u4EA4\u4E92\u884C\u4E3A",
          apple: "NSPrivacyCollectedDataTypeProductInteraction",
          googlePlay: "App activity: App interactions",
          jrt0171: "C1"
        },
        "advertising-data": {
          en: "Advertising data (ads seen)",
          "zh-CN": "\u5E7F\u544A\u6570\u636E",
          apple: "NSPrivacyCollectedDataTypeAdvertisingData",
          googlePlay: "App activity: Other actions",
          jrt0171: "C1"
        },
        "usage-data": {
          en: "Other usage data",
          "zh-CN": "\u5176\u4ED6\u4F7F\u7528\u6570\u636E",
          apple: "NSPrivacyCollectedDataTypeOtherUsageData",
          googlePlay: "App activity: Other actions",
          jrt0171: "C1"
        },
        "crash-data": {
          en: "Crash logs",
          "zh-CN": "\u5D29\u6E83\u65E5\u5FD7",
          apple: "NSPrivacyCollectedDataTypeCrashData",
          googlePlay: "App info and performance: Crash logs",
          jrt0171: "C1"
        },
        "performance-data": {
          en: "Performance data",
          "zh-CN": "\u6027\u80FD\u6570\u636E",
          apple: "NSPrivacyCollectedDataTypePerformanceData",
          googlePlay: "App info and performance: Diagnostics",
          jrt0171: "C1"
        },
        "diagnostic-data": {
          en: "Other diagnostic data",
          "zh-CN": "\u5176\u4ED6\u8BCA\u65AD\u6570\u636E",
          apple: "NSPrivacyCollectedDataTypeOtherDiagnosticData",
          googlePlay: "App info and performance: Other app performance data",
          jrt0171: "C1"
        },
        "environment-scanning": {
          en: "Environment scanning (surroundings, meshes)",
          "zh-CN": "\u73AF\u5883\u626B\u63CF\u6570\u636E",
          apple: "NSPrivacyCollectedDataTypeEnvironmentScanning",
          googlePlay: "App activity: Other actions",
          jrt0171: "C2"
        },
        "sensitive-info": {
          en: "Other sensitive personal information (religion, ethnicity, ...)",
          "zh-CN": "\u5176\u4ED6\u654F\u611F\u4E2A\u4EBA\u4FE1\u606F\uFF08\u5B97\u6559\u4FE1\u4EF0\u3001\u6C11\u65CF\u7B49\uFF09",
          apple: "NSPrivacyCollectedDataTypeSensitiveInfo",
          googlePlay: "Personal info: Race and ethnicity / Political or religious beliefs",
          jrt0171: "C2"
        },
        "android-id": {
          en: "Android ID",
          "zh-CN": "\u5B89\u5353\u8BBE\u5907\u6807\u8BC6\uFF08Android ID\uFF09",
          apple: "NSPrivacyCollectedDataTypeDeviceID",
          googlePlay: "Device or other IDs",
          jrt0171: "C1"
        },
        oaid: {
          en: "Open Anonymous Device Identifier (OAID)",
          "zh-CN": "\u533F\u540D\u8BBE\u5907\u6807\u8BC6\u7B26\uFF08OAID\uFF09",
          apple: "NSPrivacyCollectedDataTypeDeviceID",
          googlePlay: "Device or other IDs",
          jrt0171: "C1"
        },
        imei: {
          en: "IMEI / MEID",
          "zh-CN": "\u56FD\u9645\u79FB\u52A8\u8BBE\u5907\u8BC6\u522B\u7801\uFF08IMEI / MEID\uFF09",
          apple: "NSPrivacyCollectedDataTypeDeviceID",
          googlePlay: "Device or other IDs",
          jrt0171: "C1"
        },
        imsi: {
          en: "IMSI (SIM subscriber identity)",
          "zh-CN": "IMSI\uFF08SIM \u5361\u7528\u6237\u8BC6\u522B\u7801\uFF09",
          apple: "NSPrivacyCollectedDataTypeDeviceID",
          googlePlay: "Device or other IDs",
          jrt0171: "C1"
        },
        "mac-address": {
          en: "MAC address",
          "zh-CN": "MAC \u5730\u5740",
          apple: "NSPrivacyCollectedDataTypeDeviceID",
          googlePlay: "Device or other IDs",
          jrt0171: "C1"
        },
        "serial-number": {
          en: "Hardware serial number",
          "zh-CN": "\u8BBE\u5907\u5E8F\u5217\u53F7",
          apple: "NSPrivacyCollectedDataTypeDeviceID",
          googlePlay: "Device or other IDs",
          jrt0171: "C1"
        },
        "device-info": {
          en: "Device model, OS and settings",
          "zh-CN": "\u8BBE\u5907\u578B\u53F7\u3001\u7CFB\u7EDF\u53CA\u8BBE\u7F6E\u4FE1\u606F",
          apple: "NSPrivacyCollectedDataTypeOtherDiagnosticData",
          googlePlay: "App info and performance: Other",
          jrt0171: "C1"
        },
        "cell-info": {
          en: "Cellular network and base-station information",
          "zh-CN": "\u8702\u7A9D\u7F51\u7EDC\u53CA\u57FA\u7AD9\u4FE1\u606F",
          apple: "NSPrivacyCollectedDataTypeCoarseLocation",
          googlePlay: "Location: Approximate location",
          jrt0171: "C1"
        },
        "wifi-info": {
          en: "Wi-Fi network names and identifiers (SSID/BSSID)",
          "zh-CN": "Wi-Fi \u7F51\u7EDC\u540D\u79F0\u53CA\u6807\u8BC6\uFF08SSID/BSSID\uFF09",
          apple: "NSPrivacyCollectedDataTypeCoarseLocation",
          googlePlay: "Location: Approximate location",
          jrt0171: "C1"
        },
        clipboard: {
          en: "Clipboard contents",
          "zh-CN": "\u526A\u8D34\u677F\u5185\u5BB9",
          apple: "NSPrivacyCollectedDataTypeOtherUserContent",
          googlePlay: "App activity: Other user-generated content",
          jrt0171: "C2"
        },
        "sensor-data": {
          en: "Motion and other sensor readings",
          "zh-CN": "\u8FD0\u52A8\u53CA\u5176\u4ED6\u4F20\u611F\u5668\u6570\u636E",
          apple: "NSPrivacyCollectedDataTypeOtherDataTypes",
          googlePlay: "App info and performance: Other",
          jrt0171: "C1"
        },
        "social-account": {
          en: "Social network account identifiers (WeChat/QQ/Weibo openid)",
          "zh-CN": "\u793E\u4EA4\u8D26\u53F7\u6807\u8BC6\uFF08\u5FAE\u4FE1/QQ/\u5FAE\u535A openid\uFF09",
          apple: "NSPrivacyCollectedDataTypeUserID",
          googlePlay: "Personal info: User IDs",
          jrt0171: "C2"
        },
        "payment-info": {
          en: "Payment information",
          "zh-CN": "\u652F\u4ED8\u4FE1\u606F",
          apple: "NSPrivacyCollectedDataTypePaymentInfo",
          googlePlay: "Financial info: User payment info",
          jrt0171: "C3"
        },
        "purchase-history": {
          en: "Purchase history",
          "zh-CN": "\u8D2D\u4E70\u8BB0\u5F55",
          apple: "NSPrivacyCollectedDataTypePurchaseHistory",
          googlePlay: "Financial info: Purchase history",
          jrt0171: "C2"
        },
        other: {
          en: "Other personal information (describe in the data flow's name)",
          "zh-CN": "\u5176\u4ED6\u4E2A\u4EBA\u4FE1\u606F\uFF08\u8BF7\u5728\u6570\u636E\u6D41\u540D\u79F0\u4E2D\u8BF4\u660E\uFF09",
          apple: "NSPrivacyCollectedDataTypeOtherDataTypes",
          googlePlay: "Personal info: Other info",
          jrt0171: "C1"
        }
      }
    },
    purpose: {
      description: "Why personal information is processed (aligned with Apple and Google Play purposes).",
      "x-description-zh-CN": "\u5904\u7406\u4E2A\u4EBA\u4FE1\u606F\u7684\u76EE\u7684\uFF08\u4E0E Apple\u3001Google Play \u7684\u76EE\u7684\u5206\u7C7B\u5BF9\u5E94\uFF09\u3002",
      type: "string",
      enum: [
        "app-functionality",
        "account-management",
        "authentication",
        "identity-verification",
        "transaction-processing",
        "fraud-prevention",
        "security",
        "regulatory-compliance",
        "customer-service",
        "analytics",
        "crash-reporting",
        "personalization",
        "marketing",
        "advertising",
        "developer-communications",
        "other"
      ],
      "x-enum-details": {
        "app-functionality": {
          en: "Core features of the app",
          "zh-CN": "\u5E94\u7528\u57FA\u672C\u529F\u80FD",
          apple: "NSPrivacyCollectedDataTypePurposeAppFunctionality",
          googlePlay: "App functionality"
        },
        "account-management": {
          en: "Opening and managing the user's account",
          "zh-CN": "\u5F00\u6237\u4E0E\u8D26\u6237\u7BA1\u7406",
          apple: "NSPrivacyCollectedDataTypePurposeAppFunctionality",
          googlePlay: "Account management"
        },
        authentication: {
          en: "Logging in and confirming the user's identity",
          "zh-CN": "\u767B\u5F55\u4E0E\u8EAB\u4EFD\u8BA4\u8BC1",
          apple: "NSPrivacyCollectedDataTypePurposeAppFunctionality",
          googlePlay: "Account management"
        },
        "identity-verification": {
          en: "Real-name and KYC verification",
          "zh-CN": "\u5B9E\u540D\u4E0E\u5BA2\u6237\u8EAB\u4EFD\u8BC6\u522B\uFF08KYC\uFF09",
          apple: "NSPrivacyCollectedDataTypePurposeAppFunctionality",
          googlePlay: "Fraud prevention, security, and compliance"
        },
        "transaction-processing": {
          en: "Executing payments, transfers and other transactions",
          "zh-CN": "\u6267\u884C\u652F\u4ED8\u3001\u8F6C\u8D26\u7B49\u4EA4\u6613",
          apple: "NSPrivacyCollectedDataTypePurposeAppFunctionality",
          googlePlay: "App functionality"
        },
        "fraud-prevention": {
          en: "Fraud and risk control",
          "zh-CN": "\u53CD\u6B3A\u8BC8\u4E0E\u98CE\u9669\u63A7\u5236",
          apple: "NSPrivacyCollectedDataTypePurposeAppFunctionality",
          googlePlay: "Fraud prevention, security, and compliance"
        },
        security: {
          en: "Protecting the app and the account",
          "zh-CN": "\u5E94\u7528\u4E0E\u8D26\u6237\u5B89\u5168\u9632\u62A4",
          apple: "NSPrivacyCollectedDataTypePurposeAppFunctionality",
          googlePlay: "Fraud prevention, security, and compliance"
        },
        "regulatory-compliance": {
          en: "Duties under law and regulation (AML, reporting)",
          "zh-CN": "\u5C65\u884C\u6CD5\u5F8B\u6CD5\u89C4\u4E49\u52A1\uFF08\u53CD\u6D17\u94B1\u3001\u62A5\u9001\u7B49\uFF09",
          apple: "NSPrivacyCollectedDataTypePurposeOther",
          googlePlay: "Fraud prevention, security, and compliance"
        },
        "customer-service": {
          en: "Customer service and complaints",
          "zh-CN": "\u5BA2\u6237\u670D\u52A1\u4E0E\u6295\u8BC9\u5904\u7406",
          apple: "NSPrivacyCollectedDataTypePurposeAppFunctionality",
          googlePlay: "Developer communications"
        },
        analytics: {
          en: "Usage analytics",
          "zh-CN": "\u4F7F\u7528\u60C5\u51B5\u7EDF\u8BA1\u5206\u6790",
          apple: "NSPrivacyCollectedDataTypePurposeAnalytics",
          googlePlay: "Analytics"
        },
        "crash-reporting": {
          en: "Crash and performance reporting",
          "zh-CN": "\u5D29\u6E83\u4E0E\u6027\u80FD\u76D1\u6D4B",
          apple: "NSPrivacyCollectedDataTypePurposeAnalytics",
          googlePlay: "Analytics"
        },
        personalization: {
          en: "Personalised content and recommendations",
          "zh-CN": "\u4E2A\u6027\u5316\u5185\u5BB9\u4E0E\u63A8\u8350",
          apple: "NSPrivacyCollectedDataTypePurposeProductPersonalization",
          googlePlay: "Personalization"
        },
        marketing: {
          en: "Marketing by the institution",
          "zh-CN": "\u672C\u673A\u6784\u8425\u9500\u63A8\u5E7F",
          apple: "NSPrivacyCollectedDataTypePurposeDeveloperAdvertising",
          googlePlay: "Advertising or marketing"
        },
        advertising: {
          en: "Third-party advertising",
          "zh-CN": "\u7B2C\u4E09\u65B9\u5E7F\u544A",
          apple: "NSPrivacyCollectedDataTypePurposeThirdPartyAdvertising",
          googlePlay: "Advertising or marketing"
        },
        "developer-communications": {
          en: "Notifications and messages to the user",
          "zh-CN": "\u5411\u7528\u6237\u53D1\u9001\u901A\u77E5\u4E0E\u6D88\u606F",
          apple: "NSPrivacyCollectedDataTypePurposeAppFunctionality",
          googlePlay: "Developer communications"
        },
        other: {
          en: "Other purpose (describe in the data flow's name)",
          "zh-CN": "\u5176\u4ED6\u76EE\u7684\uFF08\u8BF7\u5728\u6570\u636E\u6D41\u540D\u79F0\u4E2D\u8BF4\u660E\uFF09",
          apple: "NSPrivacyCollectedDataTypePurposeOther",
          googlePlay: "App functionality"
        }
      }
    },
    legalBasis: {
      description: "Legal basis under the Personal Information Protection Law (PIPL) art. 13.",
      "x-description-zh-CN": "\u300A\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u6CD5\u300B\u7B2C\u5341\u4E09\u6761\u89C4\u5B9A\u7684\u5904\u7406\u4F9D\u636E\u3002",
      type: "string",
      enum: [
        "consent",
        "separate-consent",
        "contract",
        "employment",
        "legal-obligation",
        "vital-interests",
        "public-interest",
        "public-information",
        "other-law"
      ],
      "x-enum-details": {
        consent: {
          en: "Consent of the individual (PIPL art. 13(1))",
          "zh-CN": "\u4E2A\u4EBA\u540C\u610F\uFF08\u300A\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u6CD5\u300B\u7B2C\u5341\u4E09\u6761\u7B2C\u4E00\u9879\uFF09"
        },
        "separate-consent": {
          en: "Separate consent, required for sensitive PI, sharing and cross-border transfer (PIPL art. 23, 29, 39)",
          "zh-CN": "\u5355\u72EC\u540C\u610F\uFF08\u654F\u611F\u4E2A\u4EBA\u4FE1\u606F\u3001\u5BF9\u5916\u63D0\u4F9B\u3001\u51FA\u5883\u6240\u9700\uFF0C\u300A\u4E2A\u4EBA\u4FE1\u606F\u4FDD\u62A4\u6CD5\u300B\u7B2C\u4E8C\u5341\u4E09\u3001\u4E8C\u5341\u4E5D\u3001\u4E09\u5341\u4E5D\u6761\uFF09"
        },
        contract: {
          en: "Necessary to conclude or perform a contract with the individual (art. 13(2))",
          "zh-CN": "\u8BA2\u7ACB\u3001\u5C65\u884C\u4E2A\u4EBA\u4F5C\u4E3A\u4E00\u65B9\u5F53\u4E8B\u4EBA\u7684\u5408\u540C\u6240\u5FC5\u9700\uFF08\u7B2C\u5341\u4E09\u6761\u7B2C\u4E8C\u9879\uFF09"
        },
        employment: {
          en: "Necessary for human-resources management (art. 13(2))",
          "zh-CN": "\u5B9E\u65BD\u4EBA\u529B\u8D44\u6E90\u7BA1\u7406\u6240\u5FC5\u9700\uFF08\u7B2C\u5341\u4E09\u6761\u7B2C\u4E8C\u9879\uFF09"
        },
        "legal-obligation": {
          en: "Necessary to fulfil a statutory duty or obligation, e.g. AML (art. 13(3))",
          "zh-CN": "\u5C65\u884C\u6CD5\u5B9A\u804C\u8D23\u6216\u6CD5\u5B9A\u4E49\u52A1\u6240\u5FC5\u9700\uFF0C\u5982\u53CD\u6D17\u94B1\uFF08\u7B2C\u5341\u4E09\u6761\u7B2C\u4E09\u9879\uFF09"
        },
        "vital-interests": {
          en: "Public-health emergency or protection of life, health and property (art. 13(4))",
          "zh-CN": "\u5E94\u5BF9\u7A81\u53D1\u516C\u5171\u536B\u751F\u4E8B\u4EF6\u6216\u4FDD\u62A4\u751F\u547D\u5065\u5EB7\u548C\u8D22\u4EA7\u5B89\u5168\uFF08\u7B2C\u5341\u4E09\u6761\u7B2C\u56DB\u9879\uFF09"
        },
        "public-interest": {
          en: "News reporting or supervision by public opinion in the public interest (art. 13(5))",
          "zh-CN": "\u4E3A\u516C\u5171\u5229\u76CA\u5B9E\u65BD\u65B0\u95FB\u62A5\u9053\u3001\u8206\u8BBA\u76D1\u7763\uFF08\u7B2C\u5341\u4E09\u6761\u7B2C\u4E94\u9879\uFF09"
        },
        "public-information": {
          en: "Information already lawfully made public (art. 13(6))",
          "zh-CN": "\u5904\u7406\u4F9D\u6CD5\u5DF2\u516C\u5F00\u7684\u4E2A\u4EBA\u4FE1\u606F\uFF08\u7B2C\u5341\u4E09\u6761\u7B2C\u516D\u9879\uFF09"
        },
        "other-law": {
          en: "Other circumstances provided by law (art. 13(7))",
          "zh-CN": "\u6CD5\u5F8B\u3001\u884C\u653F\u6CD5\u89C4\u89C4\u5B9A\u7684\u5176\u4ED6\u60C5\u5F62\uFF08\u7B2C\u5341\u4E09\u6761\u7B2C\u4E03\u9879\uFF09"
        }
      }
    },
    outsourcingService: {
      description: "A service provided by an outsourcing vendor.",
      "x-description-zh-CN": "\u5916\u5305\u670D\u52A1\u7C7B\u578B\u3002",
      type: "string",
      enum: [
        "development",
        "maintenance",
        "operations",
        "hosting",
        "testing",
        "security-testing",
        "hardening",
        "design",
        "content",
        "customer-service",
        "marketing",
        "data-analysis",
        "publishing",
        "other"
      ],
      "x-enum-details": {
        development: {
          en: "Software development",
          "zh-CN": "\u8F6F\u4EF6\u5F00\u53D1"
        },
        maintenance: {
          en: "Maintenance and bug fixing",
          "zh-CN": "\u7EF4\u62A4\u4E0E\u7F3A\u9677\u4FEE\u590D"
        },
        operations: {
          en: "Operation of the app or its back end",
          "zh-CN": "\u5E94\u7528\u6216\u540E\u53F0\u8FD0\u8425\u8FD0\u7EF4"
        },
        hosting: {
          en: "Hosting, cloud or CDN",
          "zh-CN": "\u6258\u7BA1\u3001\u4E91\u670D\u52A1\u6216 CDN"
        },
        testing: {
          en: "Functional or compatibility testing",
          "zh-CN": "\u529F\u80FD\u6216\u517C\u5BB9\u6027\u6D4B\u8BD5"
        },
        "security-testing": {
          en: "Security or penetration testing",
          "zh-CN": "\u5B89\u5168\u6D4B\u8BD5\u6216\u6E17\u900F\u6D4B\u8BD5"
        },
        hardening: {
          en: "App hardening and reinforcement",
          "zh-CN": "\u5E94\u7528\u52A0\u56FA"
        },
        design: {
          en: "UI/UX design",
          "zh-CN": "\u754C\u9762\u4E0E\u4EA4\u4E92\u8BBE\u8BA1"
        },
        content: {
          en: "Content production and publishing",
          "zh-CN": "\u5185\u5BB9\u5236\u4F5C\u4E0E\u53D1\u5E03"
        },
        "customer-service": {
          en: "Customer service",
          "zh-CN": "\u5BA2\u6237\u670D\u52A1"
        },
        marketing: {
          en: "Marketing and promotion",
          "zh-CN": "\u8425\u9500\u63A8\u5E7F"
        },
        "data-analysis": {
          en: "Data analysis",
          "zh-CN": "\u6570\u636E\u5206\u6790"
        },
        publishing: {
          en: "Publishing to stores on the institution's behalf",
          "zh-CN": "\u4EE3\u4E3A\u4E0A\u67B6\u53D1\u5E03"
        },
        other: {
          en: "Other service",
          "zh-CN": "\u5176\u4ED6\u670D\u52A1"
        }
      }
    },
    platform: {
      description: "A store or platform where the app is published.",
      "x-description-zh-CN": "\u5E94\u7528\u53D1\u5E03\u7684\u5546\u5E97\u6216\u5E73\u53F0\u3002",
      type: "string",
      enum: [
        "apple-app-store",
        "google-play",
        "huawei-appgallery",
        "honor",
        "xiaomi",
        "oppo",
        "vivo",
        "tencent-myapp",
        "samsung",
        "meizu",
        "baidu",
        "360",
        "official-website",
        "wechat",
        "alipay",
        "douyin",
        "baidu-smart-program",
        "unionpay",
        "other"
      ],
      "x-enum-details": {
        "apple-app-store": {
          en: "Apple App Store"
        },
        "google-play": {
          en: "Google Play"
        },
        "huawei-appgallery": {
          en: "Huawei AppGallery (Android and HarmonyOS)"
        },
        honor: {
          en: "Honor App Market"
        },
        xiaomi: {
          en: "Xiaomi GetApps"
        },
        oppo: {
          en: "OPPO Software Store"
        },
        vivo: {
          en: "vivo App Store"
        },
        "tencent-myapp": {
          en: "Tencent MyApp (\u5E94\u7528\u5B9D)"
        },
        samsung: {
          en: "Samsung Galaxy Store"
        },
        meizu: {
          en: "Meizu App Store"
        },
        baidu: {
          en: "Baidu Mobile Assistant"
        },
        "360": {
          en: "360 Mobile Assistant"
        },
        "official-website": {
          en: "The institution's own download page"
        },
        wechat: {
          en: "WeChat (mini-programs, official accounts)"
        },
        alipay: {
          en: "Alipay (mini-programs)"
        },
        douyin: {
          en: "Douyin (mini-programs)"
        },
        "baidu-smart-program": {
          en: "Baidu smart programs"
        },
        unionpay: {
          en: "UnionPay Cloud QuickPass (mini-programs)"
        },
        other: {
          en: "Other platform"
        }
      }
    },
    appKind: {
      description: "A kind of mobile application (art. 1): native apps, mini-programs, official accounts, H5.",
      "x-description-zh-CN": "\u79FB\u52A8\u5E94\u7528\u7C7B\u578B\uFF08\u7B2C\u4E00\u6761\uFF09\uFF1A\u539F\u751F\u5E94\u7528\u3001\u5C0F\u7A0B\u5E8F\u3001\u516C\u4F17\u53F7\u3001H5\u3002",
      type: "string",
      enum: [
        "android",
        "ios",
        "harmonyos",
        "mini-program",
        "official-account",
        "h5"
      ]
    },
    domain: {
      description: "A host name, optionally with a leading `*.` wildcard.",
      "x-description-zh-CN": "\u57DF\u540D\uFF0C\u53EF\u7528 `*.` \u524D\u7F00\u8868\u793A\u901A\u914D\u3002",
      type: "string",
      pattern: "^(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,62}$",
      examples: [
        "api.example.com",
        "*.example.com"
      ]
    },
    purl: {
      description: "A package URL without version (`pkg:maven/com.umeng.umsdk/common`, `pkg:cocoapods/UMCommon`).",
      "x-description-zh-CN": "\u4E0D\u5E26\u7248\u672C\u53F7\u7684 package URL\uFF08\u5982 `pkg:maven/com.umeng.umsdk/common`\uFF09\u3002",
      type: "string",
      pattern: "^pkg:[a-z][a-z0-9.+-]*/[^@\\s]+$",
      examples: [
        "pkg:maven/com.umeng.umsdk/common"
      ]
    },
    waiver: {
      description: "An approved exception to a rule. It is shown in every report, and an expired waiver is itself a finding.",
      "x-description-zh-CN": "\u7ECF\u6279\u51C6\u7684\u89C4\u5219\u8C41\u514D\u3002\u6BCF\u4EFD\u62A5\u544A\u90FD\u4F1A\u5217\u51FA\uFF0C\u8FC7\u671F\u7684\u8C41\u514D\u672C\u8EAB\u5373\u4E3A\u95EE\u9898\u3002",
      type: "object",
      additionalProperties: false,
      properties: {
        rule: {
          description: "Rule id (`nfra/sdk-declared`).",
          "x-description-zh-CN": "\u89C4\u5219\u7F16\u53F7\uFF08\u5982 `nfra/sdk-declared`\uFF09\u3002",
          type: "string",
          pattern: "^[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9.-]*)+$",
          examples: [
            "nfra/sdk-declared"
          ]
        },
        scope: {
          description: "Narrows the waiver to one subject (a purl, a data flow name, a manifest path); without it the whole rule is waived for this app.",
          "x-description-zh-CN": "\u5C06\u8C41\u514D\u9650\u5B9A\u4E8E\u67D0\u4E00\u5BF9\u8C61\uFF08purl\u3001\u6570\u636E\u6D41\u540D\u79F0\u6216\u6E05\u5355\u8DEF\u5F84\uFF09\uFF1B\u4E0D\u586B\u5219\u5BF9\u672C\u5E94\u7528\u6574\u6761\u89C4\u5219\u8C41\u514D\u3002",
          type: "string",
          minLength: 1
        },
        reason: {
          description: "Why the exception is acceptable.",
          "x-description-zh-CN": "\u8C41\u514D\u7406\u7531\u3002",
          type: "string",
          minLength: 1
        },
        ticket: {
          description: "Risk or change ticket.",
          "x-description-zh-CN": "\u98CE\u9669\u6216\u53D8\u66F4\u5DE5\u5355\u53F7\u3002",
          type: "string"
        },
        approvedBy: {
          description: "Who approved it.",
          "x-description-zh-CN": "\u6279\u51C6\u4EBA\u3002",
          $ref: "#/$defs/person"
        },
        approvedAt: {
          description: "Date of approval.",
          "x-description-zh-CN": "\u6279\u51C6\u65E5\u671F\u3002",
          $ref: "#/$defs/date"
        },
        expires: {
          description: "Last day the waiver applies.",
          "x-description-zh-CN": "\u8C41\u514D\u622A\u6B62\u65E5\u671F\u3002",
          $ref: "#/$defs/date"
        }
      },
      required: [
        "rule",
        "reason",
        "expires"
      ]
    }
  }
};

// src/manifest/schema.ts
var manifestSchema = mobile_app_schema_default;

export {
  manifestSchema
};
