// A small synthetic Android bank app with two vendor SDKs (Bugly, JPush) and a published
// sharing list committed as an asset, written to a temporary folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const MANIFEST = `apiVersion: mobile-policy/v1
app:
  id: cn.example.lakebank
  name: Lake Bank
  localizedName: { zh-CN: 湖畔银行 }
  kinds: [android]
  status: active
sdks:
  - id: tencent-bugly
    packages: [pkg:maven/com.tencent.bugly/crashreport]
    vendor: Tencent
    purpose: 崩溃日志上报
    personalInfo: [device-id, crash-data]
  - id: jpush
    packages: [pkg:maven/cn.jiguang.sdk/jpush]
    purpose: 消息推送
  - id: okhttp
    packages: [pkg:maven/com.squareup.okhttp3/okhttp]
    personalInfo: []
thirdParties:
  - name: 湖畔征信服务有限公司
    responsibilities: 信用评估
    dataShared: [name, id-number]
dataFlows:
  - name: 账户登录
    data: [phone-number, password]
    sensitivity: C3
    purpose: authentication
    necessary: true
    legalBasis: contract
    recipient: self
    encryptedInTransit: true
    frequency: 每次登录时
  - name: 崩溃日志
    data: [device-id, crash-data]
    purpose: crash-reporting
    necessary: false
    legalBasis: consent
    recipient: sdk:tencent-bugly
    encryptedInTransit: true
    crossBorder: false
    permissions: [android.permission.READ_PHONE_STATE]
  - name: 信用评估
    data: [name, id-number]
    purpose: fraud-prevention
    recipient: third-party:湖畔征信服务有限公司
    encryptedInTransit: true
privacy:
  policyUrl: https://www.lakebank.example/privacy
  collectedInfoList: https://www.lakebank.example/privacy/collected
  sharedInfoList: app/src/main/assets/privacy/shared.html
`;

export const BUILD_GRADLE = `plugins { id 'com.android.application' }
android { namespace 'cn.example.lakebank'; defaultConfig { applicationId 'cn.example.lakebank' } }
dependencies {
    implementation 'com.tencent.bugly:crashreport:4.1.9'
    implementation 'cn.jiguang.sdk:jpush:5.2.0'
    implementation 'com.squareup.okhttp3:okhttp:4.12.0'
}
`;

/** Heading on line 8; Bugly (no link) on 10; 友盟 (stale: not in the build) on 13; JPush is missing (only in a comment). */
export const SHARED_HTML = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>清单</title>
</head>
<body>
<h1>第三方信息共享清单</h1>
<table>
<tr><td>腾讯Bugly SDK</td><td>深圳市腾讯计算机系统有限公司</td>
<td>隐私政策见官网</td></tr>
<!-- 极光推送 will be added here -->
<tr><td>友盟+ 统计分析</td><td>友盟同欣（北京）科技有限公司</td></tr>
</table>
</body>
</html>
`;

export function writeApp(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'disclose-'));
  const all: Record<string, string> = {
    'mobile-app.yaml': MANIFEST,
    'settings.gradle': "include ':app'\n",
    'app/build.gradle': BUILD_GRADLE,
    'app/src/main/AndroidManifest.xml': '<manifest xmlns:android="http://schemas.android.com/apk/res/android"><application/></manifest>\n',
    'app/src/main/assets/privacy/shared.html': SHARED_HTML,
    ...files,
  };
  for (const [f, text] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), text);
  }
  return dir;
}
