// `disclose: true`: the disclosure documents of each checked app, written next to the report
// for actions/upload-artifact (one folder per app; every format; the open questions as text).
import fs from 'node:fs';
import path from 'node:path';
import type { Report } from '../core/report.js';
import { discloseApp, renderDisclosure, type AppDisclosure, type DiscloseFormat } from '../disclose/index.js';
import type { Lang } from '../core/types.js';
import { DiskRepo } from '../repo/files.js';

const FILES: [string, DiscloseFormat, Lang][] = [
  ['two-lists.zh-CN.html', 'html', 'zh-CN'],
  ['two-lists.en.html', 'html', 'en'],
  ['two-lists.zh-CN.md', 'markdown', 'zh-CN'],
  ['disclosure.json', 'json', 'en'],
  ['play-data-safety.csv', 'play-csv', 'en'],
  ['app_privacy_details.json', 'app-store-json', 'en'],
];

/** Writes the documents of every app with a readable manifest; returns the folders written. */
export function writeDisclosures(report: Report, root: string, outDir: string, lang: Lang): string[] {
  const repo = new DiskRepo(root);
  const written: string[] = [];
  for (const app of report.apps) {
    if (!app.manifest) continue;
    const got = discloseApp(repo, app.manifest);
    if (!got.data) continue;
    const dir = path.join(outDir, (app.app.id ?? (app.appDir || 'app')).replace(/[^A-Za-z0-9._-]/g, '_'));
    fs.mkdirSync(dir, { recursive: true });
    let questions: string[] = [];
    for (const [file, format, fileLang] of FILES) {
      const out = renderDisclosure(got as AppDisclosure, format, fileLang);
      fs.writeFileSync(path.join(dir, file), out.text);
      questions = out.questions.map((q, i) => `${i + 1}. ${app.manifest}#${q.pointer}: ${q.text[lang]}`);
      if (format === 'app-store-json') break;
    }
    fs.writeFileSync(path.join(dir, 'questions.txt'), questions.length ? `${questions.join('\n')}\n` : '');
    written.push(dir);
  }
  return written;
}
