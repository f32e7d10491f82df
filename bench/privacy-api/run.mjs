#!/usr/bin/env node
// Precision and recall of the privacy scan (`mobile-policy privacy`) on public apps, against
// hand-checked labels.
//
//   node build.mjs && node bench/privacy-api/run.mjs [--only NAME]... [--candidates]
//
// Each app of corpus.yaml is extracted at its pinned commit into bench/.work/privacy-api/<name>
// (from a git mirror: $BENCH_MIRRORS/<owner>+<name> or /work/.mirror/<owner>+<name>/repo) and
// `privacy --format json` runs on it. Every use it reports must carry a label in
// labels/<name>.yaml (file, line, api, label, reason): a `true` label is a true positive, a
// `false` one a false positive. Recall is over the `true` labels: collection points found by
// reading the candidates (--candidates prints them: every line of the app's own source files
// that names a catalogued API word outside a comment, whether the scan reports it or not).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { extractMirror } from '../lib/extract.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const HERE = path.join(ROOT, 'bench', 'privacy-api');
const WORK = path.join(ROOT, 'bench', '.work', 'privacy-api');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const { values } = parseArgs({ options: { only: { type: 'string', multiple: true }, candidates: { type: 'boolean', default: false } } });

function ensureTree(app) {
  const dir = path.join(WORK, app.name);
  const stamp = `${dir}.commit`;
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === app.commit) return dir;
  const key = app.repo.replace('/', '+');
  const mirror = [process.env.BENCH_MIRRORS && path.join(process.env.BENCH_MIRRORS, key), `/work/.mirror/${key}/repo`]
    .filter(Boolean).find((m) => fs.existsSync(path.join(m, 'HEAD')));
  if (!mirror) { console.log(`skip ${app.name}: no mirror of ${app.repo}`); return undefined; }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  extractMirror(mirror, dir, app.commit);
  fs.writeFileSync(stamp, app.commit);
  return dir;
}

const SOURCE = /\.(?:java|kt|swift|m|mm|dart|js|jsx|ts|tsx|ets)$/;
const SKIP = /(?:^|\/)(?:node_modules|Pods|build|\.git|\.dart_tool|test|tests|androidTest|testShared|__tests__|__mocks__|[A-Za-z]*Tests?|e2e|example|sample|demo)(?:\/|$)|\.d\.ts$|\.min\.js$/;

/** Candidate lines: a catalogued member, function or identifier name (or a word of EXTRA) as a whole word, outside a line comment. */
function candidates(dir, words) {
  const re = new RegExp(`(?<![\\w$])(${words.join('|')})(?![\\w$])`);
  const out = [];
  const walk = (rel) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (SKIP.test(r)) continue;
      if (e.isDirectory()) walk(r);
      else if (SOURCE.test(e.name)) {
        fs.readFileSync(path.join(dir, r), 'utf8').split('\n').forEach((l, i) => {
          if (/^\s*(?:\/\/|\*|\/\*)/.test(l)) return;
          const m = re.exec(l);
          if (m) out.push({ file: r, line: i + 1, word: m[1], text: l.trim().slice(0, 160) });
        });
      }
    }
  };
  walk('');
  return out;
}

// Words beyond the catalogue's own names: APIs a reviewer would look for (to find misses).
const EXTRA = ['getDeviceId', 'getImei', 'ANDROID_ID', 'getMacAddress', 'getHardwareAddress', 'getInstalledPackages', 'getInstalledApplications',
  'queryIntentActivities', 'getPrimaryClip', 'primaryClip', 'getLastKnownLocation', 'requestLocationUpdates', 'lastLocation', 'ContactsContract',
  'getSubscriberId', 'getSimSerialNumber', 'getLine1Number', 'getAccounts', 'AdvertisingIdClient', 'getOAID', 'identifierForVendor',
  'advertisingIdentifier', 'UIPasteboard', 'CLLocationManager', 'CNContactStore', 'PHPhotoLibrary', 'AVCaptureDevice', 'HKHealthStore',
  'UserDefaults', 'NSUserDefaults', 'systemUptime', 'mach_absolute_time', 'activeInputModes', 'volumeAvailableCapacityKey', 'creationDate',
  'modificationDate', 'NSFileModificationDate', 'NSFileCreationDate', 'NSFileSystemFreeSize', 'statfs', 'Clipboard', 'Geolocator',
  'DeviceInfoPlugin', 'getUniqueId', 'getAndroidId', 'Geolocation', 'getCurrentPosition', 'Permission', 'PermissionsAndroid',
  'geoLocationManager', 'pasteboard', 'TelephonyManager', 'WifiManager', 'SensorManager', 'registerListener',
  'AudioRecord', 'MediaRecorder', 'openCamera', 'requestPermissions', 'checkSelfPermission', 'ImagePicker', 'pickImage', 'launchCamera',
  'launchImageLibrary', 'requestAccess', 'requestTrackingAuthorization', 'DeviceInfo', 'getCarrier', 'getSerial', 'SERIAL', 'getConnectionInfo',
  'getScanResults', 'getSSID', 'getBSSID', 'AMapLocationClient', 'LocationClient', 'TencentLocationManager', 'MdidSdkHelper',
  'UIImagePickerController', 'PHPickerViewController', 'ACTION_IMAGE_CAPTURE', 'ACTION_VIDEO_CAPTURE', 'WKWebView'];

function run(args) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 2 ** 28 });
  if (r.status !== 0) throw new Error(`mobile-policy ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

const corpus = YAML.parse(fs.readFileSync(path.join(HERE, 'corpus.yaml'), 'utf8'));
const catalogue = fs.readdirSync(path.join(ROOT, 'policies', 'api-catalog')).filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => YAML.parse(fs.readFileSync(path.join(ROOT, 'policies', 'api-catalog', f), 'utf8')).apis);
const words = [...new Set([...EXTRA, ...catalogue.flatMap((a) => [...(a.members ?? []), ...(a.functions ?? []), ...(a.identifiers ?? [])])
  .filter((w) => w.length >= 6 && !/^(?:string|strings|images|default|devices|execute|colors|getData|getText|accounts|location|getString|storage|camera|getAll|photos|videos|contacts|microphone|getSystemService|getImage|getLocation)$/.test(w))])];

let tp = 0, fp = 0, unlabelled = 0, truth = 0, found = 0;
const rows = [];
for (const app of corpus) {
  if (values.only && !values.only.includes(app.name)) continue;
  const dir = ensureTree(app);
  if (!dir) continue;
  const uses = JSON.parse(run(['privacy', dir, '--format', 'json'])).apps.flatMap((a) => a.uses);
  const labelFile = path.join(HERE, 'labels', `${app.name}.yaml`);
  const labels = fs.existsSync(labelFile) ? YAML.parse(fs.readFileSync(labelFile, 'utf8')) ?? [] : [];
  const key = (x) => `${x.file}:${x.line}:${x.api}`;
  const byKey = new Map(labels.map((l) => [key(l), l]));
  const reported = new Set(uses.map((u) => key({ file: u.location.file, line: u.location.line, api: u.api })));
  let aTp = 0, aFp = 0, aUn = 0;
  for (const u of uses) {
    const l = byKey.get(key({ file: u.location.file, line: u.location.line, api: u.api }));
    if (!l) { aUn++; console.log(`  unlabelled ${app.name}: ${u.location.file}:${u.location.line} ${u.api} (${u.symbol})`); }
    else if (l.label) aTp++;
    else aFp++;
  }
  const trueLabels = labels.filter((l) => l.label);
  const aFound = trueLabels.filter((l) => reported.has(key(l))).length;
  for (const l of trueLabels) if (!reported.has(key(l))) console.log(`  missed ${app.name}: ${l.file}:${l.line} ${l.api} (${l.reason})`);
  tp += aTp; fp += aFp; unlabelled += aUn; truth += trueLabels.length; found += aFound;
  rows.push([app.name, uses.length, aTp, aFp, aUn, `${aFound}/${trueLabels.length}`]);
  if (values.candidates) {
    for (const c of candidates(dir, words)) {
      const hit = uses.some((u) => u.location.file === c.file && u.location.line === c.line);
      console.log(`${hit ? 'HIT ' : 'cand'} ${app.name} ${c.file}:${c.line} [${c.word}] ${c.text}`);
    }
  }
}
console.log(['app', 'uses', 'true', 'false', 'unlabelled', 'recall'].join('\t'));
for (const r of rows) console.log(r.join('\t'));
const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)} %` : 'n/a');
console.log(`\nprecision ${pct(tp, tp + fp)} (${tp}/${tp + fp}); recall ${pct(found, truth)} (${found}/${truth}); unlabelled ${unlabelled}`);
process.exitCode = unlabelled ? 1 : 0;
