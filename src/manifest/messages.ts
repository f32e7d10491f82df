// Every user-facing text of the manifest loader and validator, in both languages.
// Builders take the facts (field path, value, expected form) and return a Localized text.
import type { Localized } from '../core/types.js';

/** The one apiVersion this build of mobile-policy understands. */
export const API_VERSION = 'mobile-policy/v1';

/** Enum errors list every allowed value up to this many; longer lists point to the docs. */
const MAX_LISTED = 15;

const L = (en: string, zh: string): Localized => ({ en, 'zh-CN': zh });

/** `/a/b/0/c` → `a.b[0].c`: how a field is named in messages. */
export function fieldName(pointer: string): string {
  if (!pointer) return '(root)';
  let out = '';
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(seg)) out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** A value as shown in a message: short, on one line. */
export function show(value: unknown): string {
  let s: string;
  if (typeof value === 'string') s = value;
  else if (value === null || value === undefined) s = 'null';
  else if (Array.isArray(value)) s = 'a list';
  else if (typeof value === 'object') s = 'a mapping';
  else s = String(value);
  s = s.replace(/\s+/g, ' ');
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
}

function showZh(value: unknown): string {
  if (Array.isArray(value)) return '列表';
  if (value !== null && typeof value === 'object') return '映射';
  return show(value);
}

export const msg = {
  /** `what`: the form the value must take (from the schema), when the schema says more than "text". */
  todo: (field: string, what?: Localized) =>
    what
      ? L(`\`${field}\` is still TODO: fill in ${what.en} (see docs/manifest.md).`,
        `\`${field}\` 仍为待填写的 \`TODO\`：请填写${what['zh-CN']}（见 docs/manifest.md）。`)
      : L(`\`${field}\` is still TODO: fill it in with the real value (see docs/manifest.md).`,
        `\`${field}\` 仍为待填写的 \`TODO\`：请填写真实值（见 docs/manifest.md）。`),
  /** What to fill in for an enum: the allowed values, or where to find them when there are many. */
  oneOf: (allowed: readonly unknown[]): Localized => {
    if (allowed.length > MAX_LISTED) return L(`one of the ${allowed.length} allowed values`, `${allowed.length} 个允许取值之一`);
    const list = allowed.map((a) => `\`${String(a)}\``).join(', ');
    return L(`one of ${list}`, `以下取值之一：${list}`);
  },
  missing: (file: string) =>
    L(`No app manifest found: add ${file} (see docs/manifest.md; \`mobile-policy init\` drafts one). Without it the app is not in the ledger and no evidence can be checked.`,
      `未找到应用台账清单文件：请添加 ${file}（见 docs/manifest.md；可用 \`mobile-policy init\` 生成草稿）。没有应用台账清单文件，应用不在台账中，也无法核对任何证据。`),
  unreadable: (file: string, why: Localized) =>
    L(`The manifest ${file} could not be read: ${why.en}`, `应用台账清单文件 ${file} 无法读取：${why['zh-CN']}`),
  parse: (detail: string) =>
    L(`The manifest is not valid YAML: ${detail}`, `应用台账清单文件不是有效的 YAML：${detail}`),
  parseWarning: (detail: string) =>
    L(`The manifest uses YAML the tool does not accept: ${detail}`, `应用台账清单文件使用了本工具不接受的 YAML 写法：${detail}`),
  moreParseErrors: (count: number) =>
    L(`At least ${count} more YAML problems in the manifest are not listed; fix the ones above first.`, `应用台账清单文件中另有至少 ${count} 处 YAML 问题未列出，请先修正上述问题。`),
  tooLarge: (kib: string, maxKib: string) =>
    L(`The manifest is ${kib} KiB, over the ${maxKib} KiB limit for a manifest, so it was not read. A manifest describes one app: move generated or repeated content out of it.`,
      `应用台账清单文件大小为 ${kib} KiB，超过 ${maxKib} KiB 的上限，未被读取。一个应用台账清单文件只描述一个应用：请移出其中生成或重复的内容。`),
  crashed: (detail: string) =>
    L(`The manifest could not be parsed: ${detail}`, `应用台账清单文件无法解析：${detail}`),
  duplicateKey: (key: string) =>
    L(`\`${key}\` is given twice in the same mapping; keep one (the first one is used).`,
      `同一映射中 \`${key}\` 出现了两次，请只保留一个（当前使用第一个）。`),
  empty: () =>
    L('The manifest is empty. Start it with `apiVersion: mobile-policy/v1` and an `app:` section (see docs/manifest.md).',
      '应用台账清单文件为空。请以 `apiVersion: mobile-policy/v1` 和 `app:` 部分开头（见 docs/manifest.md）。'),
  notMapping: (got: string) =>
    L(`The manifest must be a mapping of fields (\`apiVersion: ...\`, \`app: ...\`), not ${got}.`,
      `应用台账清单文件的顶层必须是字段映射（\`apiVersion: ...\`、\`app: ...\`），而不是${got === 'a list' ? '列表' : '单个值'}。`),
  multipleDocuments: () =>
    L('The manifest holds more than one YAML document (`---`); only the first is read. Put one app per file.',
      '应用台账清单文件包含多个 YAML 文档（`---`），只读取第一个。请每个文件只描述一个应用。'),
  apiVersionMissing: () =>
    L(`\`apiVersion\` is missing: add \`apiVersion: ${API_VERSION}\` as the first line.`,
      `缺少 \`apiVersion\`：请在第一行添加 \`apiVersion: ${API_VERSION}\`。`),
  apiVersionUnknown: (got: unknown) =>
    L(`\`apiVersion\` is \`${show(got)}\`, which this version of mobile-policy does not know; use \`${API_VERSION}\` (or upgrade mobile-policy). The rest of the manifest was not validated.`,
      `\`apiVersion\` 为 \`${showZh(got)}\`，当前版本的 mobile-policy 不认识；请使用 \`${API_VERSION}\`（或升级 mobile-policy）。应用台账清单文件其余部分未校验。`),
  aliasLimit: () =>
    L('The manifest expands YAML aliases (`*name`) too many times or in a cycle, as in a "billion laughs" attack; it was not read. Write the values out instead.',
      '应用台账清单文件中 YAML 别名（`*name`）展开次数过多或循环引用（类似“十亿笑声”攻击），未被读取。请直接写出取值。'),
  tooDeep: () =>
    L('The manifest is nested too deeply to be a manifest; it was not read.', '应用台账清单文件嵌套层级过深，不像应用台账清单文件，未被读取。'),
  complexKey: (where: string) =>
    L(`A key in \`${where}\` is not plain text (a list, mapping or alias used as a key); use a plain name.`,
      `\`${where}\` 中有一个键不是纯文本（用列表、映射或别名作键），请使用普通名称。`),
  reservedKey: (field: string, key: string) =>
    L(`\`${field}\` is not a manifest field: \`${key}\` is a reserved name and was ignored.`,
      `\`${field}\` 不是应用台账清单文件的字段：\`${key}\` 是保留名称，已忽略。`),
  unknownKey: (field: string, suggestion: string | undefined, allowed: readonly string[]) => {
    if (suggestion) {
      return L(`\`${field}\` is not a manifest field; did you mean \`${suggestion}\`?`,
        `\`${field}\` 不是应用台账清单文件的字段；是否应为 \`${suggestion}\`？`);
    }
    const list = allowed.length ? allowed.map((a) => `\`${a}\``).join(', ') : '';
    return allowed.length
      ? L(`\`${field}\` is not a manifest field; fields allowed here: ${list}.`, `\`${field}\` 不是应用台账清单文件的字段；此处允许的字段：${list}。`)
      : L(`\`${field}\` is not a manifest field.`, `\`${field}\` 不是应用台账清单文件的字段。`);
  },
  required: (field: string, missing: string) =>
    L(`\`${field ? field + '.' : ''}${missing}\` is required.`, `缺少必填字段 \`${field ? field + '.' : ''}${missing}\`。`),
  type: (field: string, expected: string, got: unknown, hint?: Localized) => {
    const want = typeText(expected);
    const g = typeof got === 'string' ? JSON.stringify(show(got)) : show(got);
    const gz = typeof got === 'string' ? JSON.stringify(show(got)) : showZh(got);
    return L(`\`${field}\` must be ${want.en}, got ${typeof got === 'string' ? 'the text ' : ''}\`${g}\`${hint ? '; ' + hint.en : '.'}`,
      `\`${field}\` 必须是${want['zh-CN']}，实际为${typeof got === 'string' ? '文本' : ''} \`${gz}\`${hint ? '；' + hint['zh-CN'] : '。'}`);
  },
  quoteIt: (source: string) => L(`quote it: "${source}".`, `请加引号：“${source}”。`),
  enumValue: (field: string, allowed: readonly unknown[], got: unknown, suggestion?: string) => {
    if (allowed.length > MAX_LISTED) {
      const en = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
      const zh = suggestion ? `是否应为 \`${suggestion}\`？` : '';
      return L(`\`${field}\` is not one of the ${allowed.length} allowed values, got \`${show(got)}\`.${en} (All values: docs/manifest.md)`,
        `\`${field}\` 不在 ${allowed.length} 个允许取值之内，实际为 \`${showZh(got)}\`。${zh}（全部取值见 docs/manifest.md）`);
    }
    const list = allowed.map((a) => `\`${String(a)}\``).join(', ');
    const hintEn = suggestion ? ` Did you mean \`${suggestion}\`?` : '';
    const hintZh = suggestion ? `是否应为 \`${suggestion}\`？` : '';
    return L(`\`${field}\` must be one of ${list}, got \`${show(got)}\`.${hintEn}`,
      `\`${field}\` 必须是以下取值之一：${list}，实际为 \`${showZh(got)}\`。${hintZh}`);
  },
  constValue: (field: string, expected: unknown, got: unknown) =>
    L(`\`${field}\` must be \`${String(expected)}\`, got \`${show(got)}\`.`, `\`${field}\` 必须为 \`${String(expected)}\`，实际为 \`${showZh(got)}\`。`),
  format: (field: string, what: Localized, got: unknown) =>
    L(`\`${field}\` must be ${what.en}, got \`${show(got)}\`.`, `\`${field}\` 必须是${what['zh-CN']}，实际为 \`${showZh(got)}\`。`),
  minimum: (field: string, op: string, limit: number, got: unknown) =>
    L(`\`${field}\` must be ${op} ${limit}, got \`${show(got)}\`.`, `\`${field}\` 必须 ${op} ${limit}，实际为 \`${showZh(got)}\`。`),
  minItems: (field: string, limit: number) =>
    L(`\`${field}\` must list at least ${limit} item${limit === 1 ? '' : 's'}.`, `\`${field}\` 至少需要列出 ${limit} 项。`),
  uniqueItems: (field: string, i: number, j: number) =>
    L(`\`${field}\` lists the same item twice (items ${j + 1} and ${i + 1}).`, `\`${field}\` 中有重复项（第 ${j + 1} 项与第 ${i + 1} 项）。`),
  minLength: (field: string) =>
    L(`\`${field}\` must not be empty.`, `\`${field}\` 不能为空。`),
  maxLength: (field: string, limit: number) =>
    L(`\`${field}\` is longer than ${limit} characters.`, `\`${field}\` 超过 ${limit} 个字符。`),
  notValid: (field: string, detail: string) =>
    L(`\`${field}\` is not valid: ${detail}.`, `\`${field}\` 无效：${detail}。`),
};

/** A JSON Schema type list (`string,object`) in words: "text or a mapping". */
export function typeText(expected: string): Localized {
  const zhType: Record<string, string> = {
    string: '文本', number: '数字', integer: '整数', boolean: '布尔值（true/false）', array: '列表', object: '映射', null: '空值',
  };
  const enType: Record<string, string> = {
    string: 'text', number: 'a number', integer: 'a whole number', boolean: 'true or false', array: 'a list', object: 'a mapping', null: 'empty',
  };
  const exp = expected.split(',');
  return L(exp.map((e) => enType[e] ?? e).join(' or '), exp.map((e) => zhType[e] ?? e).join('或'));
}

/** What each named format means, for messages ("must be a date like 2025-03-31"). */
export const FORMAT_TEXT: Record<string, Localized> = {
  date: L('a date like 2025-03-31', '形如 2025-03-31 的日期'),
  duration: L('an ISO 8601 duration like P5Y, P6M, PT4H or PT15M', '形如 P5Y、P6M、PT4H 或 PT15M 的 ISO 8601 时长'),
  email: L('an email address like name@example.com', '形如 name@example.com 的电子邮件地址'),
  link: L('an https:// URL or a path inside the repository like docs/report.pdf', 'https:// 链接或仓库内的相对路径（如 docs/report.pdf）'),
  'https-url': L('an https:// URL', 'https:// 链接'),
};
