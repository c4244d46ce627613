// Size budgets from issue 4, checked on a production build:
//   first-load JavaScript ≤ 100 KB gzip — the entry script of index.html and everything it imports
//   statically (lazy chunks such as the .docx engine do not count: they load on demand);
//   total precache ≤ 1.5 MB — every file the service worker stores, as stored (uncompressed).
// `npx tsx test/budgets/check.ts` builds into test-results/budgets first; `--dist <dir>` checks an
// existing build instead. Exits 1 when over budget.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildApp, REPO } from '../helpers/build.ts';

export const FIRST_LOAD_JS_GZIP_MAX = 100 * 1024;
export const PRECACHE_MAX = 1.5 * 1024 * 1024;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gzipSize = (path: string) => gzipSync(readFileSync(path)).length;

/** The entry chunk and its static imports, transitively: what the browser must run before the app shows. */
export function firstLoadFiles(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry && c.src === 'index.html');
  if (!entry) throw new Error('no index.html entry in .vite/manifest.json (is build.manifest on?)');
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  visit(entry[0]);
  // Belt and braces: every script index.html itself references must be in the set.
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  for (const m of html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/([^"]+\.js)"/g)) {
    seen.add(m[1]!);
  }
  return [...seen];
}

/** The URLs sw.js precaches, read from the generated worker. */
export function precacheFiles(dist: string): string[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return [...new Set([...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!))];
}

export function checkBudgets(dist: string): { ok: boolean; firstLoadGzip: number; precache: number; lines: string[] } {
  const lines: string[] = [];
  const first = firstLoadFiles(dist);
  let firstLoadGzip = 0;
  lines.push('First-load JavaScript (gzip):');
  for (const f of first) {
    const g = gzipSize(join(dist, f));
    firstLoadGzip += g;
    lines.push(`  ${f}  ${kb(statSync(join(dist, f)).size)} raw, ${kb(g)} gzip`);
  }
  lines.push(`  total ${kb(firstLoadGzip)} gzip (budget ${kb(FIRST_LOAD_JS_GZIP_MAX)})`);

  const cached = precacheFiles(dist);
  let precache = 0;
  let precacheGzip = 0;
  lines.push('Precache (as stored):');
  for (const f of cached) {
    const size = statSync(join(dist, f)).size;
    precache += size;
    precacheGzip += gzipSize(join(dist, f));
    const lazy = f.endsWith('.js') && !first.includes(f) ? '  (loaded on demand)' : '';
    lines.push(`  ${f}  ${kb(size)}${lazy}`);
  }
  lines.push(`  total ${cached.length} files, ${kb(precache)} (${kb(precacheGzip)} gzip) (budget ${kb(PRECACHE_MAX)})`);
  return { ok: firstLoadGzip <= FIRST_LOAD_JS_GZIP_MAX && precache <= PRECACHE_MAX, firstLoadGzip, precache, lines };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const i = process.argv.indexOf('--dist');
  let dist: string;
  if (i > 0) {
    dist = resolve(process.argv[i + 1] ?? 'dist');
    if (!existsSync(join(dist, 'sw.js'))) throw new Error(`${dist} is not a built app (no sw.js)`);
  } else {
    dist = resolve(REPO, 'test-results/budgets');
    buildApp(dist, process.env.SOAN_VERSION ?? 'budgets');
  }
  const r = checkBudgets(dist);
  console.log(r.lines.join('\n'));
  const verdict = (name: string, value: number, max: number) =>
    `${name}: ${kb(value)} of ${kb(max)} — ${value <= max ? 'within budget' : 'OVER BUDGET'}`;
  console.log('\n' + verdict('first-load JS (gzip)', r.firstLoadGzip, FIRST_LOAD_JS_GZIP_MAX));
  console.log(verdict('precache', r.precache, PRECACHE_MAX));
  process.exit(r.ok ? 0 : 1);
}
