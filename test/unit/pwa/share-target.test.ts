// The share sheet's POST, as the service worker answers it: the file kept in Cache Storage under a new
// key and a 303 to the route that opens it; the page takes it out (and the copy goes).
import { describe, expect, it } from 'vitest';
import { receiveShare, SHARE_ACTION, SHARE_FIELD, takeShared, type CacheLike } from '../../../src/pwa/share-target.ts';

const ORIGIN = 'https://soan.example';

/** Cache Storage's one cache, in memory. */
function memoryCache(): CacheLike & { urls(): string[] } {
  const entries = new Map<string, Response>();
  return {
    put: async (url, response) => void entries.set(url, response),
    match: async (url) => entries.get(url)?.clone(),
    delete: async (url) => entries.delete(url),
    urls: () => [...entries.keys()],
  };
}

function sharePost(form: FormData): Request {
  return new Request(ORIGIN + SHARE_ACTION, { method: 'POST', body: form });
}

describe('share target', () => {
  it('a shared Word file is kept under a new key and the app is sent to open it; taking it removes the copy', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    const form = new FormData();
    form.append(SHARE_FIELD, new File([bytes], 'Báo cáo quý I.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    const cache = memoryCache();
    const response = await receiveShare(sharePost(form), cache, () => 'k1');
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe(`${ORIGIN}/#/tep-chia-se/k1`);
    expect(cache.urls()).toEqual([`${SHARE_ACTION}/k1`]);

    const taken = await takeShared(cache, 'k1');
    expect(taken?.name).toBe('Báo cáo quý I.docx');
    expect(new Uint8Array(await taken!.arrayBuffer())).toEqual(bytes);
    expect(cache.urls()).toEqual([]);
    expect(await takeShared(cache, 'k1')).toBeNull();
  });

  it('with several files the first is kept; text fields are not files', async () => {
    const form = new FormData();
    form.append(SHARE_FIELD, 'chỉ là chữ');
    form.append(SHARE_FIELD, new File(['Kế hoạch'], 'ke-hoach.txt', { type: 'text/plain' }));
    form.append(SHARE_FIELD, new File(['khác'], 'khac.txt', { type: 'text/plain' }));
    const cache = memoryCache();
    await receiveShare(sharePost(form), cache, () => 'k2');
    const taken = await takeShared(cache, 'k2');
    expect(taken?.name).toBe('ke-hoach.txt');
    expect(new TextDecoder().decode(await taken!.arrayBuffer())).toBe('Kế hoạch');
  });

  it('a POST without a file keeps nothing and sends the app to the route with no key (it then says so)', async () => {
    const cache = memoryCache();
    const form = new FormData();
    form.append('title', 'Không có tệp');
    const response = await receiveShare(sharePost(form), cache, () => expect.unreachable());
    expect(response.headers.get('Location')).toBe(`${ORIGIN}/#/tep-chia-se/`);
    expect(cache.urls()).toEqual([]);
    const notForm = await receiveShare(new Request(ORIGIN + SHARE_ACTION, { method: 'POST', body: 'x' }), cache, () => expect.unreachable());
    expect(notForm.headers.get('Location')).toBe(`${ORIGIN}/#/tep-chia-se/`);
    expect(await takeShared(cache, '')).toBeNull();
  });
});
