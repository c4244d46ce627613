// Production builds of the app for browser tests and benchmarks, made with the real vite.config.ts.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Builds into `outDir` with the given version string (SOAN_VERSION, see vite.config.ts). `testHooks`
 * adds the browser tests' fault switches (src/ui/test-hooks.ts), which no other build has.
 */
export function buildApp(outDir: string, version: string, options: { testHooks?: boolean } = {}): void {
  const vite = resolve(REPO, 'node_modules/vite/bin/vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: REPO,
    // Vitest sets NODE_ENV=test, which would make Vite emit a development build (DEV true, no SW).
    env: { ...process.env, NODE_ENV: 'production', SOAN_VERSION: version, SOAN_TEST_HOOKS: options.testHooks ? '1' : '0' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`vite build failed (${outDir}):\n${r.stdout}\n${r.stderr}`);
}
