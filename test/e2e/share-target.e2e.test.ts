// Issue 11, the Android share sheet: the installed app's share target is a multipart POST to /chia-se,
// which the service worker answers — offline, the server gone — by keeping the file in Cache Storage
// and sending the app to #/tep-chia-se/<key>, which opens it as a new draft and removes the copy.
// Chromium has no share sheet to drive, so the test POSTs the form the sheet would (a navigation).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFile } from '../../src/core/import/open-file.ts';
import { openApp, offlineFromNowOn, SKIP_E2E, type AppBrowser } from '../helpers/browser.ts';
import { serveDir, type Served } from '../helpers/serve.ts';
import { BUILD_1 } from './builds.ts';
import { alertText, editorId, listHeading, skipSetup, statusText, storedDocs, storedRevisions } from './list-kit.ts';

const NAME = '07-to-trinh-cat-xet-duyet-xa-khong-ma-tuy.docx';
const WORD = readFileSync(join(process.cwd(), 'test', 'fixtures', 'docx', NAME));
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What the share sheet sends: a navigation POST, multipart, the file in the field "tep". */
async function share(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.evaluate(() => {
    const form = document.createElement('form');
    form.id = 'chia-se-thu';
    form.method = 'post';
    form.enctype = 'multipart/form-data';
    form.action = '/chia-se';
    const input = document.createElement('input');
    input.type = 'file';
    input.name = 'tep';
    form.append(input);
    document.body.append(form);
  });
  await page.locator('#chia-se-thu input').setInputFiles(file);
  await page.evaluate(() => (document.getElementById('chia-se-thu') as HTMLFormElement).submit());
}

/** What the service worker still keeps for the page. */
function waiting(page: Page): Promise<number> {
  return page.evaluate(async () => (await (await caches.open('soan-tep-chia-se')).keys()).length);
}

describe.skipIf(SKIP_E2E)('share target (POST /chia-se), offline', () => {
  let server: Served;
  let b: AppBrowser;
  const page = () => b.page;

  beforeAll(async () => {
    server = await serveDir(BUILD_1.dir);
    b = await openApp(server.origin);
    await skipSetup(b.page);
    await offlineFromNowOn(b, () => server.close());
  });
  afterAll(async () => {
    await b?.dispose();
  });

  it('a shared Word file becomes a draft in the editor, with its "Trước khi nhập" version; the kept copy goes', async () => {
    const want = openFile(new Uint8Array(WORD), NAME);
    await share(page(), { name: NAME, mimeType: DOCX_TYPE, buffer: WORD });
    await page().waitForURL(/#\/van-ban\//);
    await page().getByLabel('Trích yếu', { exact: true }).waitFor();
    expect(await page().getByLabel('Trích yếu', { exact: true }).inputValue()).toBe(want.vanBan.trichYeu);
    expect(await statusText(page())).toContain(`Đã tạo văn bản mới từ tệp «${NAME}».`);
    const id = editorId(page())!;
    const doc = (await storedDocs(page())).find((d) => d.id === id)!;
    expect(doc.vanBan).toEqual(want.vanBan);
    expect((await storedRevisions(page(), id)).map((r) => r.reason)).toEqual(['import']);
    expect(await waiting(page())).toBe(0);
  });

  it('a shared file that is not a Word file is refused with its sentence, back on the list; nothing stored changes', async () => {
    const before = await storedDocs(page());
    const bytes = Buffer.from('Đây là chữ, không phải tệp Word.');
    let sentence = '';
    try {
      openFile(new Uint8Array(bytes), 'hong.docx');
    } catch (e) {
      sentence = (e as Error).message;
    }
    expect(sentence).toMatch(/^Tệp «hong\.docx»/);
    await share(page(), { name: 'hong.docx', mimeType: DOCX_TYPE, buffer: bytes });
    await listHeading(page()).waitFor();
    await expect.poll(() => alertText(page())).toContain(sentence);
    expect(await storedDocs(page())).toEqual(before);
    expect(await waiting(page())).toBe(0);
  });

  it('made no request outside its origin and threw nothing', () => {
    expect(b.recorder.foreign(server.origin)).toEqual([]);
    expect(b.recorder.pageErrors).toEqual([]);
  });
});
