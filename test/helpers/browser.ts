// The browser test harness: a system Chromium driven by playwright-core, on a profile of its own, with
// every request recorded so a test can prove nothing leaves the app's origin.
//
// In a test (test/e2e/*.e2e.test.ts; global-setup.ts has built BUILD_1 and BUILD_2 by then):
//   const server = await serveDir(BUILD_1.dir);            // test/helpers/serve.ts
//   const b = await openApp(server.origin);                 // ready, service worker active
//   ...drive b.page...
//   expect(b.recorder.foreign(server.origin)).toEqual([]);
//   await b.dispose(); await server.close();
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Browser tests are skipped only on explicit request; a missing Chromium is a failure, not a skip. */
export const SKIP_E2E = process.env.SKIP_E2E === '1';

export const CHROMIUM_MISSING =
  `Chromium not found at ${CHROMIUM_PATH}. The browser tests need it: on Debian/Ubuntu run ` +
  '`apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium/Chrome binary). ' +
  'To skip the browser tests on purpose, set SKIP_E2E=1.';

const ARGS = [
  '--no-sandbox', // CI and the dev container run as root, where Chromium's sandbox refuses to start
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Every request the browser made (pages and service worker), plus what went wrong in the page. */
export class Recorder {
  readonly urls: string[] = [];
  readonly consoleErrors: string[] = [];
  readonly pageErrors: string[] = [];

  attach(context: BrowserContext): void {
    context.on('request', (r) => this.urls.push(r.url()));
    const watch = (page: Page) => {
      page.on('console', (m) => {
        if (m.type() === 'error') this.consoleErrors.push(m.text());
      });
      page.on('pageerror', (e) => this.pageErrors.push(String(e)));
    };
    context.pages().forEach(watch);
    context.on('page', watch);
  }

  /** Requests to anywhere but `origin`; data: and blob: URLs never touch the network. */
  foreign(origin: string): string[] {
    return this.urls.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
  }
}

export interface AppBrowser {
  context: BrowserContext;
  page: Page;
  profileDir: string;
  recorder: Recorder;
  cdp(page?: Page): Promise<CDPSession>;
  /** Closes Chromium, keeping the profile (use `reopen` to start again on it). */
  close(): Promise<void>;
  /** Closes Chromium and deletes the profile. */
  dispose(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile (to "close and reopen the browser"); a fresh one otherwise. */
  profileDir?: string;
  viewport?: { width: number; height: number };
  /** Share a recorder across a close and reopen so the whole story is checked. */
  recorder?: Recorder;
}

export async function launchBrowser(opts: LaunchOptions = {}): Promise<AppBrowser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(CHROMIUM_MISSING);
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'soan-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    locale: 'vi-VN',
    serviceWorkers: 'allow',
    acceptDownloads: true,
  });
  const recorder = opts.recorder ?? new Recorder();
  recorder.attach(context);
  const page = context.pages()[0] ?? (await context.newPage());
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close();
  };
  return {
    context,
    page,
    profileDir,
    recorder,
    cdp: (p = page) => context.newCDPSession(p),
    close,
    async dispose() {
      await close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the shell says it is usable (see src/ui/ready.ts). */
export async function waitForReady(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForSelector('html[data-ready="true"]', { state: 'attached', timeout });
}

/** Waits for an active service worker and returns its state and whether it controls the page. */
export async function waitForServiceWorker(page: Page): Promise<{ state: string | undefined; controlled: boolean }> {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const sw = reg.active;
    if (sw && sw.state !== 'activated') {
      await new Promise<void>((resolve) => sw.addEventListener('statechange', () => sw.state === 'activated' && resolve()));
    }
    return { state: reg.active?.state, controlled: navigator.serviceWorker.controller !== null };
  });
}

/**
 * The network off and the server gone (`stop` closes it), then a reload: from here on everything the
 * page gets comes from the service worker's precache. The worker must be active first (openApp).
 */
export async function offlineFromNowOn(b: AppBrowser, stop: () => Promise<void>): Promise<void> {
  await b.context.setOffline(true);
  await stop();
  await b.page.reload();
  await waitForReady(b.page);
}

/** A fresh browser on the app, usable and with its service worker active: where most tests start. */
export async function openApp(origin: string, opts: LaunchOptions = {}): Promise<AppBrowser> {
  const b = await launchBrowser(opts);
  try {
    await b.page.goto(origin + '/');
    await waitForReady(b.page);
    await waitForServiceWorker(b.page);
    return b;
  } catch (e) {
    await b.dispose();
    throw e;
  }
}
