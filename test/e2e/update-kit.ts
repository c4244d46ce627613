// Steps of the update stories: the first version installed and in control of the page, and the
// second one published and offered.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForReady, waitForServiceWorker } from '../helpers/browser.ts';
import { skipSetup } from './list-kit.ts';

/** First visit (the worker installs), setup skipped, second visit: the first one the worker controls. */
export async function installFirstVersion(page: Page, origin: string): Promise<void> {
  await page.goto(origin + '/');
  await waitForReady(page);
  await waitForServiceWorker(page);
  await skipSetup(page);
  await page.reload();
  await waitForReady(page);
  expect((await waitForServiceWorker(page)).controlled).toBe(true);
}

/** After a new build is published: what the app's periodic check does, then the offer on screen. */
export async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await page.getByRole('heading', { name: 'Có phiên bản mới' }).waitFor({ timeout: 30_000 });
}
