// Builds the app once per run, before any browser test starts (two builds: see builds.ts).
import { buildApp } from '../helpers/build.ts';
import { SKIP_E2E } from '../helpers/browser.ts';
import { BUILD_1, BUILD_2 } from './builds.ts';

export default function setup(): void {
  if (SKIP_E2E) return;
  for (const b of [BUILD_1, BUILD_2]) buildApp(b.dir, b.version);
}
