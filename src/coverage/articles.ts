// The 18 articles of NFRA circular Jin Ban Fa [2024] No. 99, summarised in both languages, with
// the manifest fields an auditor reads as each article's evidence. Rules are attached from the
// packs at run time (coverage.ts); these fields are the evidence beyond the rules' own `at`.
import type { Localized } from '../core/types.js';

export interface Article {
  number: number;
  title: Localized;
  /** A few words, for tables (evidence report, ledger). */
  short: Localized;
  /** Manifest fields (dotted, [] for lists) that carry the article's evidence. */
  evidence: string[];
  /** The article binds the regulator's offices, not the institution. */
  regulator?: boolean;
  /**
   * A manifest list that, declared empty (`thirdParties: []`), says the article's subject does not
   * exist for this app: the article reads "not applicable (declared)" rather than "pass".
   */
  declaredNone?: string;
}

export const ARTICLES: readonly Article[] = [
  { number: 1, title: { en: 'Plan apps within digital transformation; name a lead management department', 'zh-CN': '将移动应用建设纳入数字化转型整体规划，明确牵头管理部门' }, short: { en: 'Governance and overall planning', 'zh-CN': '统筹规划与治理' }, evidence: ['ownership.leadDepartment', 'ownership.securityContact'] },
  { number: 2, title: { en: 'Keep an app ledger with entry and exit mechanisms; control the number of apps', 'zh-CN': '建立移动应用台账，健全准入退出机制，合理控制应用数量' }, short: { en: 'Ledger, access and exit', 'zh-CN': '台账管理与准入退出' }, evidence: ['app.id', 'app.name', 'app.status'] },
  { number: 3, title: { en: 'Name the managing department and responsible person of each app', 'zh-CN': '明确每个移动应用的管理部门和责任人' }, short: { en: 'Responsible departments and persons', 'zh-CN': '管理部门与责任人' }, evidence: ['ownership.responsibleDepartment', 'ownership.responsiblePerson', 'ownership.securityContact'] },
  { number: 4, title: { en: 'Third-party co-built apps: responsibilities agreed by contract', 'zh-CN': '与第三方合作建设应用须以合同或协议明确责任义务' }, short: { en: 'Co-built with third parties', 'zh-CN': '与第三方合作共建' }, evidence: ['thirdParties[].contract', 'sdks[].contract'], declaredNone: 'thirdParties' },
  { number: 5, title: { en: 'Compliance review; business within the licensed scope; sales traceability', 'zh-CN': '建立合规审查机制，在许可业务范围内经营，落实销售可回溯' }, short: { en: 'Compliance review', 'zh-CN': '合规审查' }, evidence: ['app.businessScope', 'compliance.lastComplianceReview', 'compliance.salesTraceability'] },
  { number: 6, title: { en: 'Demand management: elderly and minors requirements, SDK security requirements', 'zh-CN': '需求管理：满足适老化和未成年人保护要求，开展 SDK 安全需求分析' }, short: { en: 'Demand management, user experience', 'zh-CN': '需求管理与用户体验' }, evidence: ['accessibility.elderlyMode', 'accessibility.minorsProtection', 'sdks[].purpose', 'sdks[].personalInfo', 'sdks[].securityAssessment'] },
  { number: 7, title: { en: 'Development and change control; component security; no irrelevant, dead or malicious links', 'zh-CN': '做好开发与变更管理，管控源代码和组件安全，禁止嵌入无关链接、失效链接和恶意程序' }, short: { en: 'Design, development, SDKs, links', 'zh-CN': '设计开发、SDK 与链接管理' }, evidence: ['sdks[].packages', 'security.allowedDomains'] },
  { number: 8, title: { en: 'Testing and launch: fix defects before delivery; work with distribution platforms', 'zh-CN': '建立测试验证和上线制度，交付前完成缺陷和漏洞修复，配合分发平台完成审核' }, short: { en: 'Testing and launch', 'zh-CN': '测试验证与上线' }, evidence: ['testing.lastSecurityTest', 'distribution.publishingAccounts[].accountOwner', 'sdks[].securityAssessment'] },
  { number: 9, title: { en: 'Monitor operation; retire outdated versions; delisting; counterfeit app monitoring', 'zh-CN': '监测运行状态，做好旧版本下线和应用下架管理，加强仿冒应用监测' }, short: { en: 'Operation monitoring, accounts, anti-counterfeit', 'zh-CN': '运行监测、账号与防仿冒' }, evidence: ['distribution.minimumSupportedVersion', 'distribution.signingCertificates', 'distribution.counterfeitMonitoring.lastScan', 'app.status'] },
  { number: 10, title: { en: 'Compatibility with operating systems; test in advance; adaptation and emergency plans', 'zh-CN': '加强与运行环境的兼容适配管理，提前开展兼容性测试，制定改造方案和应急预案' }, short: { en: 'Compatibility', 'zh-CN': '兼容适配' }, evidence: ['compatibility.android', 'compatibility.ios', 'compatibility.lastTest'] },
  { number: 11, title: { en: 'App filing; important information systems reported to the regulator', 'zh-CN': '按要求办理互联网信息服务和移动应用备案，重要信息系统向监管报告' }, short: { en: 'Filing and reporting', 'zh-CN': '备案与报告' }, evidence: ['filing.appFilingNumber', 'app.importantInformationSystem', 'filing.regulatorReport'] },
  { number: 12, title: { en: 'Network security: level protection, encrypted transmission, user identity verification', 'zh-CN': '网络安全管理：落实等级保护，数据传输加密，对注册用户有效验证身份' }, short: { en: 'Network security', 'zh-CN': '网络安全' }, evidence: ['security.levelProtection', 'security.userAuthentication', 'security.transportEncryption', 'dataFlows[].encryptedInTransit'] },
  { number: 13, title: { en: 'Data security responsibilities and measures against leakage and tampering', 'zh-CN': '明确数据安全管理责任，防范数据泄露、篡改和勒索攻击等风险' }, short: { en: 'Data security', 'zh-CN': '数据安全' }, evidence: ['dataFlows[].sensitivity', 'dataFlows[].recipient', 'dataFlows[].encryptedInTransit'] },
  { number: 14, title: { en: 'Outsourcing: access, monitoring and assessment; need-to-know, least privilege', 'zh-CN': '外包管理：开展准入、监控评价，按“必需知道”“最小授权”原则控制数据访问权限' }, short: { en: 'Outsourcing', 'zh-CN': '外包管理' }, evidence: ['outsourcing[].contract', 'outsourcing[].dataAccess', 'outsourcing[].accessJustification', 'outsourcing[].lastAssessment'], declaredNone: 'outsourcing' },
  { number: 15, title: { en: 'Business continuity: impact analysis, emergency plans, regular drills', 'zh-CN': '业务连续性管理：开展业务影响分析，制定应急预案并定期演练' }, short: { en: 'Continuity and emergencies', 'zh-CN': '业务连续性与应急' }, evidence: ['continuity.businessImpactAnalysis', 'continuity.emergencyPlan', 'continuity.lastDrill', 'continuity.rto', 'continuity.rpo'] },
  { number: 16, title: { en: 'Personal information: lawful, legitimate, necessary collection; disclosure; complaints', 'zh-CN': '个人信息保护：遵循合法、正当、必要原则收集，告知用途，公布投诉渠道' }, short: { en: 'Personal information protection', 'zh-CN': '个人信息保护' }, evidence: ['dataFlows[].data', 'dataFlows[].purpose', 'dataFlows[].legalBasis', 'dataFlows[].necessary', 'privacy.policyUrl', 'privacy.complaintChannel', 'privacy.collectedInfoList', 'privacy.sharedInfoList'] },
  { number: 17, title: { en: 'Risk management: yearly risk assessment, audit at least every three years', 'zh-CN': '纳入全面风险管理，至少每年开展一次风险评估，至少每三年开展一次审计' }, short: { en: 'Risk management, assessment and audit', 'zh-CN': '风险管理、评估与审计' }, evidence: ['compliance.lastRiskAssessment', 'compliance.lastAudit'] },
  { number: 18, title: { en: "Regulator's offices supervise, monitor and test the apps of institutions in their jurisdiction", 'zh-CN': '各级派出机构压实辖内机构主体责任，加强监测预警并定期开展渗透测试' }, short: { en: 'Supervision by regulators (not for institutions)', 'zh-CN': '派出机构监管（不适用于机构自查）' }, evidence: [], regulator: true },
];
