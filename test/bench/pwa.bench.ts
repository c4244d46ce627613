// Time from navigation to a usable app (src/ui/ready.ts's mark, counted from navigation start) in
// Chromium with the CPU slowed 4× (CDP), as on a modest phone: a first visit on a fresh profile, and a
// repeat visit with the network off, served by the service worker, of a user past the setup (the list).
// Targets from issues 4 and 12 (≤ 1 s first, ≤ 0.3 s repeat). An empty page is measured alongside
// (empty-pwa.ts): the part of each figure no app code can remove.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { median, type BenchRow } from './bench-kit.ts';
import { launchBrowser, waitForServiceWorker } from '../helpers/browser.ts';
import { buildApp, REPO } from '../helpers/build.ts';
import { serveDir } from '../helpers/serve.ts';
import { writeEmptyPwa } from './empty-pwa.ts';

const CPU_SLOWDOWN = 4;
const FIRST_VISITS = 5;
const REPEAT_VISITS = 7;

/**
 * The app's own mark, asked for by plain evaluation. Not with a selector (waitForReady): Playwright
 * puts its selector engine into the page on first use, and that script, run on the page's main thread
 * during the load, was counted as the app's start (about 90 ms at 4× in a trace of a repeat visit).
 */
async function readyMark(page: Page, timeoutMs: number): Promise<number> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ms = await page.evaluate(() => performance.getEntriesByName('soan:ready')[0]?.startTime ?? null).catch(() => null);
    if (ms !== null) return ms;
    if (Date.now() > until) throw new Error('the app never set its soan:ready mark');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function timeToReady(page: Page, url: string): Promise<number> {
  // Set before every navigation: the throttle belongs to the page target and must cover the whole load.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.goto(url, { waitUntil: 'commit' });
  const ms = await readyMark(page, 30_000);
  await cdp.detach();
  // The mark and the attribute the e2e tests wait for are set together.
  if ((await page.evaluate(() => document.documentElement.dataset['ready'])) !== 'true') throw new Error('soan:ready mark without data-ready');
  return ms;
}

/** One site's figures: first visits on fresh profiles, then repeat visits on the first profile. */
interface Visits {
  first: number[];
  repeat: number[];
}

async function visitOnce(origin: string, visits: Visits, withRepeats: boolean): Promise<void> {
  const url = origin + '/';
  const b = await launchBrowser();
  try {
    visits.first.push(await timeToReady(b.page, url));
    if (!withRepeats) return;
    // Repeat visits on this profile: installed worker, network off, and the setup left ("Bỏ qua"),
    // so that they open, as a returning user's do, on the list (with the sample in it).
    await waitForServiceWorker(b.page);
    await b.page.getByRole('button', { name: 'Bỏ qua' }).click();
    await b.page.getByRole('list', { name: 'Danh sách văn bản' }).getByRole('listitem').filter({ hasText: 'Mẫu' }).waitFor();
    await b.context.setOffline(true);
    await timeToReady(b.page, url); // warm-up: first visit the worker controls
    for (let j = 0; j < REPEAT_VISITS; j++) visits.repeat.push(await timeToReady(b.page, url));
  } finally {
    await b.dispose();
  }
}

export async function run(): Promise<BenchRow[]> {
  const dist = resolve(REPO, 'test-results/bench-dist');
  buildApp(dist, 'bench');
  const emptyDir = writeEmptyPwa();
  const [app, empty] = await Promise.all([serveDir(dist), serveDir(emptyDir)]);
  const appVisits: Visits = { first: [], repeat: [] };
  const emptyVisits: Visits = { first: [], repeat: [] };
  try {
    // Alternating, so that both see the machine as it is in the same minutes.
    for (let i = 0; i < FIRST_VISITS; i++) {
      await visitOnce(app.origin, appVisits, i === 0);
      await visitOnce(empty.origin, emptyVisits, i === 0);
    }
  } finally {
    await Promise.all([app.close(), empty.close()]);
    rmSync(emptyDir, { recursive: true, force: true });
  }
  const runs = (xs: number[]) => `runs ${xs.map((x) => x.toFixed(0)).join(', ')} ms`;
  const where = `${CPU_SLOWDOWN}× CPU throttling, headless Chromium, 127.0.0.1`;
  const overEmpty = (app: number[], floor: number[]) => `${(median(app) - median(floor)).toFixed(0)} ms more than an empty page`;
  return [
    {
      name: 'first online visit → app usable',
      medianMs: median(appVisits.first),
      runs: appVisits.first.length,
      targetMs: 1000,
      note: `${where}; ${overEmpty(appVisits.first, emptyVisits.first)}; ${runs(appVisits.first)}`,
    },
    {
      name: 'repeat offline visit → app usable',
      medianMs: median(appVisits.repeat),
      runs: appVisits.repeat.length,
      targetMs: 300,
      note: `${where}; ${overEmpty(appVisits.repeat, emptyVisits.repeat)}; ${runs(appVisits.repeat)}`,
    },
    {
      name: 'first online visit, an empty page (floor)',
      medianMs: median(emptyVisits.first),
      runs: emptyVisits.first.length,
      note: `test/bench/empty-pwa.ts, measured as the app in the same minutes; ${runs(emptyVisits.first)}`,
    },
    {
      name: 'repeat offline visit, an empty page (floor)',
      medianMs: median(emptyVisits.repeat),
      runs: emptyVisits.repeat.length,
      note: `test/bench/empty-pwa.ts, measured as the app in the same minutes; ${runs(emptyVisits.repeat)}`,
    },
  ];
}
