// The home screen tells the user when the browser may evict the only copy of their drafts, in the
// browser's own words: what navigator.storage.persisted() answers decides whether the note shows.
import { describe, expect, it } from 'vitest';
import { SKIP_E2E } from '../helpers/browser.ts';
import { useServedApp } from '../helpers/served-app.ts';
import { BUILD_1 } from './builds.ts';
import { skipSetup } from './list-kit.ts';

describe.skipIf(SKIP_E2E)('storage health on the list', () => {
  const app = useServedApp(BUILD_1.dir);

  it('warns to back up exactly when the browser has not granted persistent storage', async () => {
    const page = app.b.page;
    await skipSetup(page);
    const persisted = await page.evaluate(() => navigator.storage.persisted());
    const note = page.getByTestId('suc-khoe-bo-nho');
    if (persisted) {
      await page.waitForTimeout(500);
      expect(await note.count()).toBe(0);
    } else {
      await note.waitFor();
      expect(await note.textContent()).toContain('Hãy thường xuyên xuất tệp sao lưu');
    }
  });
});
