import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { build, type Rolldown } from 'vite';
import { webManifest } from './src/pwa/manifest.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
// The e2e tests publish a second build by setting SOAN_VERSION; any change to it changes the entry
// chunk's hash, hence the precache manifest, hence sw.js — which is what makes the browser see an update.
const appVersion = process.env.SOAN_VERSION ?? pkg.version;
// The browser tests build with SOAN_TEST_HOOKS=1 to reach storage's fault injection (src/ui/test-hooks.ts);
// every other build has the constant false, so that code is not in it at all.
const testHooks = process.env.SOAN_TEST_HOOKS === '1';

/**
 * Vite's dev server injects CSS through <style> elements, which the strict CSP in index.html forbids.
 * Relax style-src in dev only; the built page keeps the policy exactly as written.
 */
function devCspRelax(): Plugin {
  return {
    name: 'soan:dev-csp-relax',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}

/**
 * The share target's handler (src/pwa/share-target-sw.ts), built as one classic script at
 * /share-target.js for the generated service worker's importScripts. Why importScripts and not
 * injectManifest: the generated worker's precaching, navigation fallback, cache clean-up and "prompt"
 * update message stay exactly as the PWA tests know them; ours only adds a POST route in front.
 * (An IIFE because importScripts takes no ES module.)
 */
function shareTargetWorker(): Plugin {
  return {
    name: 'soan:share-target-worker',
    apply: 'build',
    async generateBundle() {
      // A build of its own (no config file: none of the app's plugins), kept in memory.
      const out = (await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          write: false,
          target: 'es2022',
          lib: { entry: 'src/pwa/share-target-sw.ts', formats: ['iife'], name: 'soanShareTarget', fileName: () => 'share-target.js' },
        },
      })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
      const chunk = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output).find((o) => o.type === 'chunk');
      if (!chunk) throw new Error('share-target.js: the build gave no script');
      this.emitFile({ type: 'asset', fileName: 'share-target.js', source: chunk.code });
    },
  };
}

/**
 * Lazy chunks a first visit runs at once: the setup screen (test/budgets' FIRST_VISIT_SOURCES), and the
 * service worker's registration right after it is usable, whose functions nearly all run then.
 */
const RUN_ON_FIRST_VISIT = ['src/ui/setup/ProfileSetup.svelte', 'src/pwa/register.ts'];
/** V8's explicit compile hint (Chrome 136+): compile every function of the file while it streams in. */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Marks the scripts a first visit runs at once (the entry, its static imports, the setup screen, the
 * worker's registration) with V8's compile hint. Without it V8 compiles each function on the main
 * thread at its first call:
 * in a trace of a first visit at 4× that was 0.8 s of the main thread, most of Lighthouse's total
 * blocking time; with it Chromium compiles them on a background thread as the file arrives (main-thread
 * compilation 0.8 → 0.4 s, Lighthouse TBT median 502 → 55 ms in alternating runs). Other browsers read
 * a comment. Lazy chunks stay lazily compiled: most of their functions never run on a given visit.
 */
function compileHints(): Plugin {
  return {
    name: 'soan:compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite's own generateBundle work (its preload helper goes at the top of the entry), so the
      // hint is the file's first line.
      order: 'post',
      handler(_options, bundle) {
        const root = this.environment.config.root;
        const chunks = Object.values(bundle).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
        const marked = new Set<string>();
        const mark = (fileName: string) => {
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk' || marked.has(fileName)) return;
          marked.add(fileName);
          chunk.imports.forEach(mark);
        };
        for (const c of chunks) {
          const src = c.facadeModuleId && relative(root, c.facadeModuleId).split(sep).join('/');
          if (c.isEntry || (src && RUN_ON_FIRST_VISIT.includes(src))) mark(c.fileName);
        }
        for (const name of marked) {
          const chunk = bundle[name] as Rolldown.OutputChunk;
          chunk.code = COMPILE_HINT + chunk.code;
          // One line more at the top: a source map's lines move down by one (Rolldown has already made
          // the map file, an asset of its own, by this hook).
          const map = bundle[`${name}.map`];
          if (map?.type === 'asset') {
            const json = JSON.parse(String(map.source)) as { mappings: string };
            json.mappings = ';' + json.mappings;
            map.source = JSON.stringify(json);
          }
        }
      },
    },
  };
}

export default defineConfig({
  plugins: [
    svelte(),
    devCspRelax(),
    shareTargetWorker(),
    compileHints(),
    VitePWA({
      registerType: 'prompt',
      // We register with workbox-window from src/pwa so no inline or extra script lands in index.html.
      injectRegister: false,
      manifest: webManifest,
      // globPatterns below already picks up public/ (icons, favicon); listing them again would only
      // duplicate precache entries.
      includeAssets: [],
      includeManifestIcons: false,
      workbox: {
        // Everything, lazy chunks (the .docx engine) and fonts included: the first offline visit must
        // be able to do everything the online one can.
        globPatterns: ['**/*.{js,css,html,woff2,png,svg,webmanifest}'],
        // The .docx engine chunk may be large; the budget script (test/budgets) polices the total.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The Android share sheet's POST (manifest share_target): see shareTargetWorker above.
        importScripts: ['share-target.js'],
        // 'prompt': the new worker waits until the user accepts; no skipWaiting / clientsClaim.
        skipWaiting: false,
        clientsClaim: false,
      },
    }),
  ],
  // Dexie's package entry for `import` is a wrapper around its UMD build (one copy per page even when
  // bundled twice); we bundle it once, so its ES module build does, and tree-shakes: 2 KB gzip less
  // in the first load. Every `from 'dexie'` goes through this alias, so there is still one copy.
  resolve: { alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }] },
  define: { __APP_VERSION__: JSON.stringify(appVersion), __SOAN_TEST_HOOKS__: JSON.stringify(testHooks) },
  // The manifest lets test/budgets tell the first-load chunks from the lazy ones. No modulepreload
  // polyfill in the first load: every browser the es2022 target runs in but Safari 16 preloads modules
  // itself, and there the chunks still load, only without the head start.
  build: { target: 'es2022', manifest: true, modulePreload: { polyfill: false } },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          // Builds the app twice (the second build is the "new version") before any browser starts.
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          // A page's answer waited for (expect.poll): the default second is too short on a busy CI box
          // (a 25 000-character paste took 13 s there and its message came after the second).
          expect: { poll: { timeout: 15_000 } },
          // Each file drives its own Chromium; in parallel on a small CI box they starve each other.
          fileParallelism: false,
        },
      },
    ],
  },
});
