// Inline SVG bar chart: due items per month, from an "overdue" bar through the next 12 months.
import type { Lang } from '../../core/types.js';
import { lt } from '../messages.js';
import type { Ledger } from '../types.js';
import { esc } from '../../reporters/html-escape.js';

export interface MonthBucket {
  label: string;
  count: number;
  overdue: boolean;
}

export function dueBuckets(ledger: Ledger, lang: Lang, months = 12): MonthBucket[] {
  const now = ledger.now.slice(0, 10);
  const [y, m] = now.split('-').map(Number) as [number, number];
  const keys: string[] = [];
  for (let i = 0; i < months; i++) {
    const d = new Date(Date.UTC(y, m - 1 + i, 1));
    keys.push(d.toISOString().slice(0, 7));
  }
  const counts = new Map<string, number>(keys.map((k) => [k, 0]));
  let overdue = 0;
  for (const r of ledger.rows) {
    for (const d of r.due) {
      if (d.overdue) overdue++;
      else if (d.date && counts.has(d.date.slice(0, 7))) counts.set(d.date.slice(0, 7), counts.get(d.date.slice(0, 7))! + 1);
    }
  }
  return [{ label: lt(lang, 'overdueLabel'), count: overdue, overdue: true }, ...keys.map((k) => ({ label: k, count: counts.get(k)!, overdue: false }))];
}

export function dueChartSvg(buckets: readonly MonthBucket[], title: string): string {
  const w = 36;
  const gap = 8;
  const h = 140;
  const top = 18;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const width = buckets.length * (w + gap) + gap;
  const bars = buckets.map((b, i) => {
    const bh = Math.round((b.count / max) * (h - top));
    const x = gap + i * (w + gap);
    const y = h - bh;
    return `<g><title>${esc(`${b.label}: ${b.count}`)}</title>` +
      `<rect x="${x}" y="${y}" width="${w}" height="${bh}" class="${b.overdue ? 'bar overdue-bar' : 'bar'}"/>` +
      `<text x="${x + w / 2}" y="${y - 4}" text-anchor="middle" class="count">${b.count}</text>` +
      `<text x="${x + w / 2}" y="${h + 14}" text-anchor="middle" class="month">${esc(b.label.length > 7 ? b.label.slice(0, 6) : b.label.slice(2))}</text></g>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${h + 22}" width="${width}" height="${h + 22}" class="chart">${bars}</svg>`;
}
