// The .docx engine is a lazy chunk; on the first offline visit it must still load and produce a valid file.
// The list's "Xuất DOCX" on the sample report the first run stored.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, offlineFromNowOn, SKIP_E2E, waitForReady, waitForServiceWorker, type AppBrowser } from '../helpers/browser.ts';
import { serveDir, type Served } from '../helpers/serve.ts';
import { BUILD_1 } from './builds.ts';
import { row, skipSetup } from './list-kit.ts';

describe.skipIf(SKIP_E2E)('export offline', () => {
  let server: Served;
  let b: AppBrowser;

  beforeAll(async () => {
    server = await serveDir(BUILD_1.dir);
    b = await launchBrowser();
  });
  afterAll(async () => {
    await b?.dispose();
    await server?.close();
  });

  it('"Xuất DOCX" downloads a valid .docx with the network off and the server gone', async () => {
    await b.page.goto(server.origin + '/');
    await waitForReady(b.page);
    await waitForServiceWorker(b.page);
    await skipSetup(b.page);
    await offlineFromNowOn(b, () => server.close());

    const downloading = b.page.waitForEvent('download');
    await row(b.page, 'Công tác tuyên truyền').getByRole('button', { name: 'Xuất DOCX' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('BC-133-UBND-2023-12-11-cong-tac-tuyen-truyen.docx');
    const bytes = readFileSync((await download.path())!);
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('<w:body>');
    // The bundled sample report (src/core/samples), not an empty page.
    expect(xml).toContain('Công tác tuyên truyền cải cách hành chính năm 2023');
    await b.page.getByText('Đã xuất tệp BC-133-UBND-2023-12-11-cong-tac-tuyen-truyen.docx.').waitFor();
    expect((await b.page.getByRole('alert').allTextContents()).join('').trim()).toBe('');
  });

  it('made no request outside its origin and threw nothing (the engine runs under the CSP)', () => {
    expect(b.recorder.foreign(server.origin)).toEqual([]);
    expect(b.recorder.pageErrors).toEqual([]);
    expect(b.recorder.consoleErrors.filter((e) => /Content Security Policy|EvalError/.test(e))).toEqual([]);
  });
});
