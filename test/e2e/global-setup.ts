// Builds the app twice per run, before any browser starts (see builds.ts), into a directory of the run's
// own, removed at the end.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildApp } from '../helpers/build.ts';
import { SKIP_E2E } from '../helpers/browser.ts';

export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(join(tmpdir(), 'soan-e2e-builds-'));
  const first = { dir: join(root, 'build-1'), version: '0.1.0-e2e.1' };
  const second = { dir: join(root, 'build-2'), version: '0.1.0-e2e.2' };
  // With the test hooks: the storage tests fill the disk (src/ui/test-hooks.ts); nothing else differs.
  if (!SKIP_E2E) for (const b of [first, second]) buildApp(b.dir, b.version, { testHooks: true });
  project.provide('soanBuilds', { first, second });
  return () => rmSync(root, { recursive: true, force: true });
}
