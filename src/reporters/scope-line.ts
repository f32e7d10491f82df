// The resolved scope of an app in one line (text header): what build was found and how many
// files of each role, so a reader sees at once what the findings are about.
import type { Lang } from '../core/types.js';
import type { Role, ScopeSummary } from '../scope/types.js';

const ROLE_NAME: Record<Role, { en: string; 'zh-CN': string }> = {
  shipped: { en: 'shipped', 'zh-CN': '随应用发布' },
  debug: { en: 'debug-only', 'zh-CN': '仅调试' },
  test: { en: 'test', 'zh-CN': '测试' },
  example: { en: 'example', 'zh-CN': '示例' },
  build: { en: 'build tooling', 'zh-CN': '构建工具' },
  'tool-config': { en: 'tool config', 'zh-CN': '工具配置' },
  docs: { en: 'docs', 'zh-CN': '文档' },
  ci: { en: 'CI', 'zh-CN': '持续集成' },
  generated: { en: 'generated', 'zh-CN': '生成' },
  vendored: { en: 'vendored', 'zh-CN': '内置第三方' },
  'other-platform': { en: 'other platform', 'zh-CN': '其他平台' },
  excluded: { en: 'excluded', 'zh-CN': '已排除' },
};

const n = (x: number) => x.toLocaleString('en-US');

/** `Scope: Android :app (3 modules), iOS target App (+1 extension); 1,234 files shipped, 20 debug-only; out of scope: 210 test, 12 tool config`. */
export function scopeLine(s: ScopeSummary, lang: Lang): string {
  const zh = lang === 'zh-CN';
  const builds: string[] = [];
  const where = s.roots.filter(Boolean);
  if (s.android.modules.length) {
    const apps = s.android.applications.join(', ') || '?';
    builds.push(zh ? `Android 应用模块 ${apps}（共 ${s.android.modules.length} 个模块）` : `Android ${apps} (${s.android.modules.length} module${s.android.modules.length === 1 ? '' : 's'})`);
  }
  const apps = s.ios.targets.filter((t) => t.kind === 'app').map((t) => t.name);
  const ext = s.ios.targets.filter((t) => t.kind === 'extension').length;
  if (apps.length) builds.push(zh ? `iOS 目标 ${apps.join(', ')}${ext ? `（另有 ${ext} 个扩展）` : ''}` : `iOS target${apps.length > 1 ? 's' : ''} ${apps.join(', ')}${ext ? ` (+${ext} extension${ext > 1 ? 's' : ''})` : ''}`);
  if (s.flutter.length) builds.push(zh ? `Flutter ${s.flutter.map((d) => d || '.').join(', ')}` : `Flutter ${s.flutter.map((d) => d || '.').join(', ')}`);
  if (s.reactNative.length) builds.push(`React Native ${s.reactNative.map((d) => d || '.').join(', ')}`);
  if (s.harmonyos.length) builds.push(`HarmonyOS ${s.harmonyos.map((d) => d || '.').join(', ')}`);
  const inScope = (['shipped', 'debug'] as const).filter((r) => s.files[r]).map((r) => zh ? `${ROLE_NAME[r][lang]} ${n(s.files[r]!)}` : `${n(s.files[r]!)} ${ROLE_NAME[r][lang]}`);
  const out = (Object.keys(ROLE_NAME) as Role[]).filter((r) => r !== 'shipped' && r !== 'debug' && s.files[r])
    .map((r) => zh ? `${ROLE_NAME[r][lang]} ${n(s.files[r]!)}` : `${n(s.files[r]!)} ${ROLE_NAME[r][lang]}`);
  const via = s.via === 'app-id' ? (zh ? '（按 app.id 找到）' : ' (found by app.id)') : s.via === 'include' ? (zh ? '（按 scope.include）' : ' (from scope.include)') : '';
  const head = zh
    ? `范围${where.length ? `（${where.join(', ')}）` : ''}${via}：${builds.join('，') || '未找到应用构建'}`
    : `Scope${where.length ? ` (${where.join(', ')})` : ''}${via}: ${builds.join(', ') || 'no app build found'}`;
  const files = zh
    ? `；文件：${inScope.join('，') || '0'}${out.length ? `；范围外：${out.join('，')}` : ''}`
    : `; files: ${inScope.join(', ') || '0'}${out.length ? `; out of scope: ${out.join(', ')}` : ''}`;
  return head + files;
}
