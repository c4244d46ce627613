// Close the browser, open it again on the same profile with no network: the documents are still there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, Recorder, SKIP_E2E, waitForReady, waitForServiceWorker, type AppBrowser } from '../helpers/browser.ts';
import { serveDir, type Served } from '../helpers/serve.ts';
import { BUILD_1 } from './builds.ts';
import { count as listCount, row, skipSetup } from './list-kit.ts';

describe.skipIf(SKIP_E2E)('data survives closing the browser', () => {
  let server: Served;
  let b: AppBrowser;
  const recorder = new Recorder();

  beforeAll(async () => {
    server = await serveDir(BUILD_1.dir);
  });
  afterAll(async () => {
    await b?.dispose();
    await server?.close();
  });

  it('saves through the real repository, then finds it after a restart, offline', async () => {
    b = await launchBrowser({ recorder });
    const count = () => listCount(b.page);
    await b.page.goto(server.origin + '/');
    await waitForReady(b.page);
    await waitForServiceWorker(b.page);
    // First run: the sample report is stored for the new user.
    await skipSetup(b.page);
    await expect.poll(count).toBe('1 văn bản');

    const sample = row(b.page, 'Công tác tuyên truyền cải cách hành chính năm 2023');
    await sample.getByRole('button', { name: 'Nhân bản' }).click();
    await b.page.getByText('Đã nhân bản').waitFor();
    await sample.first().getByRole('button', { name: 'Kỳ mới' }).click();
    await expect.poll(count).toBe('3 văn bản');

    const profileDir = b.profileDir;
    await b.close();
    await server.close();

    b = await launchBrowser({ profileDir, recorder });
    await b.context.setOffline(true);
    await b.page.goto(server.origin + '/');
    await waitForReady(b.page);
    await expect.poll(count).toBe('3 văn bản');
    expect(await row(b.page, 'Phương hướng nhiệm vụ năm 2025').count()).toBe(1);
    const stored = await b.page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(stored.length).toBeGreaterThan(0);
  });

  it('made no request outside its origin, before or after the restart', () => {
    expect(recorder.foreign(server.origin)).toEqual([]);
    expect(recorder.pageErrors).toEqual([]);
  });
});
