// A generated organisation: apps with manifests (some broken, some invalid, monorepos),
// mobile repositories without a manifest, backend repositories, and injected faults.
import type { FakeOrg, FakeRepo } from './fake-github.js';

const DEPTS = ['Digital Banking Department', '信用卡中心', 'Wealth Management'];
const SCOPES = [['retail-banking'], ['credit-card'], ['wealth-management'], ['insurance']];

export function manifestYaml(i: number, overrides: { status?: string; mau?: number; scope?: string[]; audience?: string } = {}): string {
  const scope = overrides.scope ?? SCOPES[i % SCOPES.length]!;
  return `apiVersion: mobile-policy/v1
app:
  id: cn.example.app${i}
  name: Example App ${i}
  localizedName: { zh-CN: 示例应用${i} }
  kinds: [android, ios]
  status: ${overrides.status ?? 'active'}
  audience: ${overrides.audience ?? (i % 2 ? 'external' : 'internal')}
  businessScope: [${scope.join(', ')}]
  importantInformationSystem: ${i % 3 === 0}
  monthlyActiveUsers: ${overrides.mau ?? 100000 + i}
ownership:
  leadDepartment: 金融科技部
  responsibleDepartment: ${DEPTS[i % DEPTS.length]}
  responsiblePerson: { name: Owner ${i}, email: owner${i}@example.com }
filing:
  appFilingNumber: 京ICP备12345678号-${(i % 9) + 1}A
distribution:
  publishingAccounts:
    - { platform: huawei-appgallery, accountOwner: institution, holder: Mobile Team }
sdks:
  - id: umeng-analytics
    packages: [pkg:maven/com.umeng.umsdk/common]
    vendor: Youmeng Tongji
    purpose: usage analytics
    securityAssessment: { date: 2025-0${(i % 9) + 1}-01, result: pass, report: docs/sdk.pdf }
    contract: { reference: C-${i}, expires: 2027-06-30 }
  - id: own-crash
    packages: [pkg:maven/com.example/crash]
    vendor: Example
    purpose: crash reporting
compliance:
  lastRiskAssessment: { date: 2025-${String((i % 12) + 1).padStart(2, '0')}-15, result: pass, report: docs/risk.pdf }
  lastAudit: { date: 2023-05-15, result: pass, report: docs/audit.pdf }
continuity:
  lastDrill: { date: 2025-06-18, result: pass, report: docs/drill.pdf }
`;
}

export type RepoKind = 'app' | 'broken' | 'invalid' | 'monorepo' | 'no-manifest-mobile' | 'backend' | 'empty' | 'dead';

/** What repository `i` is: deterministic, so tests can compute the expected ledger. */
export function kindOf(i: number): RepoKind {
  if (i % 10 === 0) return 'no-manifest-mobile';
  if (i % 10 === 1) return 'backend';
  if (i % 17 === 3) return 'broken';
  if (i % 13 === 5) return 'invalid';
  if (i % 25 === 7) return 'monorepo';
  if (i === 9) return 'empty';
  if (i === 19) return 'dead';
  return 'app';
}

export function generateOrg(n: number, org = 'example-bank'): FakeOrg {
  const repos: FakeRepo[] = [];
  for (let i = 0; i < n; i++) {
    const name = `repo-${String(i).padStart(4, '0')}`;
    const files: Record<string, string> = { 'README.md': `# ${name}\n` };
    const kind = kindOf(i);
    switch (kind) {
      case 'app': files['mobile-app.yaml'] = manifestYaml(i); files['app/src/main/AndroidManifest.xml'] = '<manifest/>'; break;
      case 'broken': files['mobile-app.yaml'] = 'apiVersion: mobile-policy/v1\napp: [unclosed\n'; break;
      case 'invalid': files['.github/mobile-app.yaml'] = manifestYaml(i, { status: 'bogus' }); break;
      case 'monorepo':
        files['apps/retail/mobile-app.yaml'] = manifestYaml(i);
        files['apps/lite/mobile-app.yml'] = manifestYaml(i + 100000, { status: 'deprecated' });
        break;
      case 'no-manifest-mobile': files['ios/App.xcodeproj/project.pbxproj'] = '// pbx'; files['pubspec.yaml'] = 'name: x'; break;
      case 'backend': files['pom.xml'] = '<project/>'; break;
      case 'empty': break;
      case 'dead': files['mobile-app.yaml'] = manifestYaml(i); break;
    }
    const fault: FakeRepo['fault'] = kind === 'empty' ? 'empty' : kind === 'dead' ? '500-always' : i % 23 === 2 ? '429-once' : i % 29 === 4 ? '500-once' : undefined;
    repos.push({ name, defaultBranch: i % 7 === 0 ? 'master' : 'main', pushedAt: `2025-${String((i % 12) + 1).padStart(2, '0')}-0${(i % 9) + 1}T10:00:00Z`, files, ...(fault ? { fault } : {}) });
  }
  return { org, repos };
}
