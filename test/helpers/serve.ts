// Serves a built app with `vite preview` on a free 127.0.0.1 port, the way the e2e tests and the
// benchmark see it. The directory is read on every request, so a test can publish a new build into it.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';

export interface Served {
  /** e.g. http://127.0.0.1:41234 (no trailing slash), also the app's origin. */
  origin: string;
  dir: string;
  close(): Promise<void>;
}

export async function serveDir(dir: string): Promise<Served> {
  const server = await preview({
    configFile: false,
    root: dir,
    logLevel: 'silent',
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('vite preview did not report a port');
  return { origin: `http://127.0.0.1:${address.port}`, dir, close: () => server.close() };
}

/** A private copy of a build, so one test can replace it ("publish") without disturbing another. */
export function copyBuild(buildDir: string): { dir: string; publish(from: string): void; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'soan-e2e-site-'));
  cpSync(buildDir, dir, { recursive: true });
  return {
    dir,
    // Replace in place, as a deploy would: old files go, new ones arrive.
    publish(from: string) {
      rmSync(dir, { recursive: true, force: true });
      cpSync(from, dir, { recursive: true });
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
