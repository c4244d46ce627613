// Size budgets from issues 4 and 12, checked on a production build:
//   first-load JavaScript ≤ 70 KB gzip — everything a first visit loads before its screen (the list,
//   or the setup screen on a new device) is usable: the entry script of index.html, everything it
//   imports statically, and the setup screen's chunk with its imports (lazy chunks such as the .docx
//   engine, and what loads once the screen is usable — the service worker's registration, the
//   sample document — do not count; the second are listed for information);
//   total precache ≤ 1.5 MB — every file the service worker stores, as stored (uncompressed);
//   the .docx reader ≤ 15 KB gzip and not in the first load (issue 11) — its chunk in the build once
//   a way in loads it (src/core/import/open-file.ts or import/docx/index.ts as a dynamic import), and
//   always the reader bundled alone with esbuild (src/core/import/docx/ with fflate's inflate), an
//   upper bound of what the chunk adds when nothing is shared with other chunks;
//   every first-load script starts with V8's compile hint (see compileHints in vite.config.ts).
// `npx tsx test/budgets/check.ts` builds into test-results/budgets first; `--dist <dir>` checks an
// existing build instead. Exits 1 when over budget.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { buildApp, REPO } from '../helpers/build.ts';

export const FIRST_LOAD_JS_GZIP_MAX = 70 * 1024;

/** Lazy chunks a first visit needs before its screen is usable: the organisation profile setup. */
export const FIRST_VISIT_SOURCES = ['src/ui/setup/ProfileSetup.svelte'];
/** Loaded on a first visit right after the screen is usable (src/ui/state/first-run.svelte.ts, pwa.svelte.ts). */
export const AFTER_USABLE_SOURCES = ['src/core/samples/mau-bao-cao.ts', 'src/core/model/parse.ts', 'src/pwa/register.ts'];
/** V8's compile hint, which vite.config.ts (compileHints) puts at the top of every first-load script. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
export const PRECACHE_MAX = 1.5 * 1024 * 1024;
export const READER_GZIP_MAX = 15 * 1024;
/** The modules a way in imports to read a file; the first found in the manifest is the reader's chunk (the app bundles the reader into the chunk of its file door, ui/state/open-file.ts). */
export const READER_SOURCES = ['src/core/import/docx/index.ts', 'src/core/import/open-file.ts', 'src/ui/state/open-file.ts'];

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gzipSize = (path: string) => gzipSync(readFileSync(path)).length;

function readManifest(dist: string): Record<string, ManifestChunk> {
  return JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
}

/** The chunks of `keys` and their static imports, transitively, leaving out those in `seen`. */
function closure(manifest: Record<string, ManifestChunk>, keys: string[], seen = new Set<string>()): Set<string> {
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  keys.forEach(visit);
  return seen;
}

/** What the browser must run before the first screen is usable: the entry, its static imports, and the setup screen. */
export function firstLoadFiles(dist: string): string[] {
  const manifest = readManifest(dist);
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry && c.src === 'index.html');
  if (!entry) throw new Error('no index.html entry in .vite/manifest.json (is build.manifest on?)');
  for (const src of FIRST_VISIT_SOURCES) if (!manifest[src]) throw new Error(`${src} is no chunk of its own any more: update FIRST_VISIT_SOURCES`);
  const seen = closure(manifest, [entry[0], ...FIRST_VISIT_SOURCES]);
  // Belt and braces: every script index.html itself references must be in the set.
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  for (const m of html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/([^"]+\.js)"/g)) {
    seen.add(m[1]!);
  }
  return [...seen];
}

/** What a first visit loads right after its screen is usable (not counted in the budget). */
export function afterUsableFiles(dist: string, first: string[]): string[] {
  const manifest = readManifest(dist);
  return [...closure(manifest, AFTER_USABLE_SOURCES.filter((s) => manifest[s]), new Set(first))].filter((f) => !first.includes(f));
}

/** The URLs sw.js precaches, read from the generated worker. */
export function precacheFiles(dist: string): string[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return [...new Set([...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1]!))];
}

/** The reader bundled alone (minified, with fflate's inflate), gzip bytes. */
export function readerBundleGzip(): number {
  const out = buildSync({ entryPoints: [resolve(REPO, 'src/core/import/docx/index.ts')], bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent' });
  return gzipSync(out.outputFiles[0]!.contents).length;
}

/** The reader's chunk in the build, when a way in loads it: its gzip size and whether the first load holds it. */
export function readerChunk(dist: string, first: string[]): { file: string; gzip: number; inFirstLoad: boolean } | null {
  const manifest = readManifest(dist);
  const src = READER_SOURCES.find((s) => manifest[s]);
  if (!src) return null;
  const file = manifest[src]!.file;
  return { file, gzip: gzipSize(join(dist, file)), inFirstLoad: first.includes(file) };
}

export function checkBudgets(dist: string): { ok: boolean; firstLoadGzip: number; precache: number; reader: { bundle: number; chunk: ReturnType<typeof readerChunk> }; lines: string[] } {
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
  // Without the hint Chromium compiles these on the main thread, function by function, as they first run.
  const unhinted = first.filter((f) => !readFileSync(join(dist, f), 'utf8').startsWith(COMPILE_HINT));
  lines.push(unhinted.length ? `  WITHOUT V8's compile hint (vite.config.ts, compileHints): ${unhinted.join(', ')}` : "  each starts with V8's compile hint");
  let afterGzip = 0;
  lines.push('Loaded right after the first screen is usable, on a first visit (not counted):');
  for (const f of afterUsableFiles(dist, first)) {
    const g = gzipSize(join(dist, f));
    afterGzip += g;
    lines.push(`  ${f}  ${kb(g)} gzip`);
  }
  lines.push(`  total ${kb(afterGzip)} gzip`);

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

  const bundle = readerBundleGzip();
  const chunk = readerChunk(dist, first);
  lines.push('The .docx reader (gzip):');
  lines.push(`  bundled alone with esbuild: ${kb(bundle)} (budget ${kb(READER_GZIP_MAX)})`);
  lines.push(chunk ? `  its chunk ${chunk.file}: ${kb(chunk.gzip)}${chunk.inFirstLoad ? ' — IN THE FIRST LOAD' : ', loaded on demand'}` : '  no chunk in the build: no way in loads the reader yet');
  const readerOk = bundle <= READER_GZIP_MAX && (!chunk || (chunk.gzip <= READER_GZIP_MAX && !chunk.inFirstLoad));
  return { ok: firstLoadGzip <= FIRST_LOAD_JS_GZIP_MAX && unhinted.length === 0 && precache <= PRECACHE_MAX && readerOk, firstLoadGzip, precache, reader: { bundle, chunk }, lines };
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
  console.log(verdict('.docx reader bundled alone (gzip)', r.reader.bundle, READER_GZIP_MAX));
  if (r.reader.chunk) console.log(`${verdict('.docx reader chunk (gzip)', r.reader.chunk.gzip, READER_GZIP_MAX)}${r.reader.chunk.inFirstLoad ? ' — but IN THE FIRST LOAD' : ''}`);
  process.exit(r.ok ? 0 : 1);
}
