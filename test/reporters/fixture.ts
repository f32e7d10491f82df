import { summarize, type Report } from '../../src/core/report.js';
import type { Finding } from '../../src/core/types.js';

export function finding(over: Partial<Finding> & Pick<Finding, 'ruleId'>): Finding {
  return {
    severity: 'error',
    title: { en: 'Title', 'zh-CN': '标题' },
    message: { en: `Message of ${over.ruleId}`, 'zh-CN': `${over.ruleId} 的说明` },
    articles: [1],
    location: { file: 'mobile-app.yaml', line: 3, column: 5 },
    fingerprint: 'f'.repeat(16),
    subject: '/x',
    waived: false,
    app: 'mobile-app.yaml',
    ...over,
  };
}

export function report(findings: Finding[]): Report {
  return {
    tool: { name: 'mobile-policy', version: '0.0.0-test' },
    stage: 'pr',
    now: '2026-11-28T00:00:00.000Z',
    root: '/tmp/x',
    packs: [{ name: 'nfra-2024-99', version: '1.0.0' }],
    apps: [{ manifest: 'mobile-app.yaml', appDir: '', app: { id: 'cn.example.bank', name: 'Example Bank' }, findings }],
    summary: summarize(findings),
  };
}
