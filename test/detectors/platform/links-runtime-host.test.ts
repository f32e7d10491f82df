// Cleartext addresses the code builds from a literal `http://` and a host known only at run time:
// each is one insecure URL `http://{expression}`; a bare prefix that is compared, stripped or
// completed to https, and a host template in a config, are not.
import { describe, expect, it } from 'vitest';
import { MemoryRepo } from '../../../src/repo/files.js';
import { detectLinks } from '../../../src/detectors/links/index.js';

function insecure(files: Record<string, string>): string[] {
  return detectLinks({ repo: new MemoryRepo(files), appDir: '' }).facts.insecureUrls.map((u) => `${u.file}:${u.line} ${u.url}${u.builtAtRunTime ? ' (run time)' : ''}`);
}

describe('cleartext addresses built at run time', () => {
  it('Java/Kotlin/JS concatenation, Swift interpolation, Kotlin/Dart/JS templates, Objective-C formats', () => {
    expect(insecure({
      'app/src/main/java/Avatar.java': 'class Avatar {\n  String url(String domain, String key) {\n    return "http://" + domain + "/" + key;\n  }\n}\n',
      'ios/App/Open.swift': 'func open(_ domain: String) {\n  URL(string: "http://\\(domain)").flatMap { UIApplication.shared.open($0) }\n}\n',
      'app/src/main/java/Api.kt': 'val base = "http://${config.host}:8080/api"\nval other = "ws://$gateway/socket"\n',
      'lib/api.dart': "final u = 'http://' + server.host;\n",
      'src/api.ts': 'const u = `http://${host}/v1`;\n',
      'ios/App/Legacy.m': 'NSString *u = [NSString stringWithFormat:@"http://%@/api", host];\n',
    })).toEqual([
      'app/src/main/java/Api.kt:1 http://{config.host} (run time)',
      'app/src/main/java/Api.kt:2 ws://{gateway} (run time)',
      'app/src/main/java/Avatar.java:3 http://{domain} (run time)',
      'ios/App/Legacy.m:1 http://{format argument} (run time)',
      'ios/App/Open.swift:2 http://{domain} (run time)',
      'lib/api.dart:1 http://{server.host} (run time)',
      'src/api.ts:1 http://{host} (run time)',
    ]);
  });

  it('prefix tests, stripping, https completion, comments and config templates are not addresses', () => {
    expect(insecure({
      'app/src/main/java/Util.java': [
        'class Util {',
        '  boolean web(String u) { return u.startsWith("http://") || u.startsWith("https://"); }',
        '  String bare(String u) { return u.replace("http://", ""); }',
        '  String secure(String host) { return "https://" + host; }',
        '  // return "http://" + host;',
        '  void grow(StringBuilder b) { String s = "http://"; s += b; }',
        '}',
        '',
      ].join('\n'),
      'ios/App/Check.swift': 'let isWeb = url.hasPrefix("http://")\n',
      'app/src/main/assets/config.json': '{ "endpoint": "http://${HOST}/api" }\n',
      'app/build.gradle': 'def repo = "http://${nexusHost}/repository"\n',
    })).toEqual([]);
  });
});
