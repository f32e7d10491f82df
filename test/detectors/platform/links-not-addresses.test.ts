// What the links scan does not take for an address: namespace and schema identifiers, DTD
// identifiers, and string fragments a URL is built from at run time. Each case next to a real
// address in the same file, which must still be found.
import { describe, expect, it } from 'vitest';
import { MemoryRepo } from '../../../src/repo/files.js';
import { detectLinks } from '../../../src/detectors/links/index.js';

function urlsOf(files: Record<string, string>): string[] {
  return detectLinks({ repo: new MemoryRepo(files), appDir: '' }).facts.urls.map((u) => u.url);
}

describe('not addresses', () => {
  it('files below a dot folder (.github/, .vscode/) are not the app; a dot file or a dot in a name is', () => {
    expect(urlsOf({
      '.github/workflows/build.yml': 'url: http://ci.example.cn/hook\n',
      'app/.vscode/settings.json': '{ "x": "http://editor.example.cn/" }\n',
      '.env': 'API=http://env.example.cn/\n',
      'app/.env.json': '{ "api": "http://dotfile.example.cn/" }\n',
      'app/src/v1.2/Config.kt': 'val a = "http://dotted.example.cn/"\n',
    }).sort()).toEqual(['http://dotfile.example.cn/', 'http://dotted.example.cn/']);
  });

  it('xmlns attributes of any name, also with the value on the next line', () => {
    expect(urlsOf({
      'res/layout/main.xml': `<LinearLayout xmlns:android="http://schemas.android.com/apk/res/android"
    xmlns:app = 'http://ns.example.cn/app'
    xmlns:tools=
        "http://ns.example.cn/tools"
    xmlns="http://pmd.example.org/ruleset/2.0.0">
  <WebView android:tag="http://real.example.cn/page"/>
</LinearLayout>
`,
    })).toEqual(['http://real.example.cn/page']);
  });

  it('xsi:schemaLocation pairs over several lines and noNamespaceSchemaLocation', () => {
    expect(urlsOf({
      'app/src/main/res/xml/rules.xml': `<?xml version="1.0"?>
<ruleset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="rules"
    xmlns="http://pmd.sf.net/ruleset/1.0.0"
    xsi:noNamespaceSchemaLocation="http://pmd.sf.net/ruleset_xml_schema.xsd"
    xsi:schemaLocation="http://rules.example.org/ns/1.0
                        http://rules.example.org/ns/rules_1_0.xsd">
  <description>See http://real.example.cn/rules</description>
</ruleset>
`,
    })).toEqual(['http://real.example.cn/rules']);
  });

  it('DOCTYPE public and system identifiers, internal subset included', () => {
    expect(urlsOf({
      'app/src/main/assets/module.xml': `<?xml version="1.0"?>
<!DOCTYPE module PUBLIC
    "-//Puppy Crawl//DTD Check Configuration 1.3//EN"
    "http://dtd.example.org/dtds/configuration_1_3.dtd">
<module name="Checker"><property name="url" value="http://real.example.cn/a"/></module>
`,
      'web/page.html': `<!doctype html SYSTEM "http://dtd.example.org/x.dtd" [ <!ENTITY e SYSTEM "http://dtd.example.org/e.ent"> ]>
<a href="http://real.example.cn/b">b</a>
`,
      'ios/App/Info.plist': `<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict><key>u</key><string>http://real.example.cn/c</string></dict></plist>
`,
    }).sort()).toEqual(['http://real.example.cn/a', 'http://real.example.cn/b', 'http://real.example.cn/c']);
  });

  it('namespace and schema identifiers written in code', () => {
    expect(urlsOf({
      'app/src/main/java/Ns.kt': `const val ANDROID = "http://schemas.android.com/apk/res/android"
const val XSI = "http://www.w3.org/2001/XMLSchema-instance"
const val PMD = "http://pmd.sourceforge.net/ruleset/2.0.0"
const val POM = "http://maven.apache.org/POM/4.0.0"
const val API = "http://www.w3.org.evil.example.cn/api"
`,
      'ios/Xml.swift': `let empty = "<tbml:token xmlns:tbml=\\"http://ns.example.org/tbml\\"></tbml:token>"
let supportedNamespaces = ["http://tokens.example.org/2022/09/ts", "http://tokens.example.org/2022/06/ts"]
public static let tokenScriptNamespacePrefix = "http://tokens.example.org/"
let site = "https://real.example.cn/d"
`,
    })).toEqual(['http://www.w3.org.evil.example.cn/api', 'https://real.example.cn/d']);
  });

  it('a scheme with no host, a host built at run time, a host prefix', () => {
    const files = {
      'app/src/main/java/Url.java': `class Url {
  boolean web(String u) { return u.startsWith("http://") || u.startsWith("https://"); }
  String full(String host) { return "https://" + host + "/api"; }
  String www(String url) { return "http://www." + url; }
  String api(String s) { return s.replace("https://", "https://api."); }
  String tpl = \`http://\${host}/x\`;
  String ka = "URL, რომელიც იწყება http:// ან https://-ით";
  String real = "http://real.example.cn/e";
}
`,
    };
    const { facts } = detectLinks({ repo: new MemoryRepo(files), appDir: '' });
    // Cleartext schemes the code completes at run time are addresses with an unknown host (''),
    // see links-runtime-host.test.ts; the https ones and bare prefixes are not addresses at all.
    expect(facts.urls.map((u) => [u.url, u.host])).toEqual([['http://www.{url}', ''], ['http://{host}', ''], ['http://real.example.cn/e', 'real.example.cn']]);
    expect(facts.insecureUrls.map((u) => u.url)).toEqual(['http://www.{url}', 'http://{host}', 'http://real.example.cn/e']);
    expect(facts.counts.insecure).toBe(3);
  });

  it('a regular expression anchored at the scheme is a pattern, not a link', () => {
    expect(urlsOf({
      'Bank/Browser/Filter.swift': 'let rules = ["^http://tracker.example.org:8080/api/.*$", "https://real.example.cn/x"]\n',
    })).toEqual(['https://real.example.cn/x']);
  });

  it('links in a bundled GraphQL introspection schema are documentation, not addresses', () => {
    const { facts } = detectLinks({ repo: new MemoryRepo({
      'Bank/NFT/schema.json': '{"data": {"__schema": {"types": [{"name": "Token", "description": "See [ERC-1155](https://eips.example.org/1155)."}]}}}\n',
      'Bank/config.json': '{"api": "https://api.example.cn/v1"}\n',
    }), appDir: '' });
    expect(facts.urls.filter((u) => !u.inComment).map((u) => u.url)).toEqual(['https://api.example.cn/v1']);
  });

  it('Firebase project config, private addresses and long comment lines', () => {
    const { facts, diagnostics } = detectLinks({ repo: new MemoryRepo({
      'app/google-services.json': '{"project_info": {"firebase_url": "https://bank-1.firebaseio.com"}}\n',
      'Bank/GoogleService-Info.plist': '<plist><dict><key>DATABASE_URL</key><string>https://bank-1.firebaseio.com</string></dict></plist>\n',
      'src/Settings.tsx': '<TextInput placeholder="https://10.20.30.40:3000" />\nconst lan = "http://192.168.1.20/api";\n',
      'app/src/main/java/Bean.java': `/**\n * ${'{"link":"https://www.example.org/a"},'.repeat(400)}\n */\nclass Bean {}\n`,
    }), appDir: '' });
    expect(facts.hosts).toEqual([]);
    expect(facts.insecureUrls).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toEqual([]);
  });
});
