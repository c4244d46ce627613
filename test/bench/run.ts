// `npm run bench`: runs every test/bench/*.bench.ts, prints a table, writes test-results/bench.json.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchRow } from './bench-kit.ts';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const rows: (BenchRow & { suite: string })[] = [];
for (const f of files) {
  const mod = (await import(pathToFileURL(resolve(here, f)).href)) as { run: () => Promise<BenchRow[]> };
  const suite = f.replace(/\.bench\.ts$/, '');
  for (const row of await mod.run()) rows.push({ suite, ...row });
}

const fmt = (n: number | undefined) => (n === undefined ? '' : n.toFixed(2));
console.log(['suite', 'benchmark', 'median', 'target', 'unit', 'runs', 'ok', 'note'].join(' | '));
for (const r of rows) {
  const ok = r.targetMs === undefined ? '' : r.medianMs <= r.targetMs ? 'yes' : 'NO';
  console.log([r.suite, r.name, fmt(r.medianMs), fmt(r.targetMs), r.unit ?? 'ms', r.runs, ok, r.note ?? ''].join(' | '));
}
const out = resolve(here, '../../test-results/bench.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2));
console.log(`\nwritten ${out}`);
