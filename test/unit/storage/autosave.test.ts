import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveController } from '../../../src/storage/autosave.ts';
import { QuotaError, warmUpSave, type AutosaveState, type SaveOutcome } from '../../../src/storage/index.ts';
import { testStorage, vanBan } from './helpers.ts';

/** Stand-ins for `window` and `document` in node. */
function lifecycle() {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  return {
    win,
    doc,
    hide() {
      doc.visibilityState = 'hidden';
      doc.dispatchEvent(new Event('visibilitychange'));
    },
    pagehide: () => win.dispatchEvent(new Event('pagehide')),
  };
}

/** Let IndexedDB (setImmediate-driven in fake-indexeddb) finish what it started. */
async function settle(): Promise<void> {
  for (let i = 0; i < 30; i++) await new Promise<void>((r) => setImmediate(r));
}

beforeEach(() => {
  // setImmediate stays real: fake-indexeddb runs its transactions on it.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

async function settleReal(): Promise<void> {
  await new Promise<void>((r) => setImmediate(r));
}

describe('autosave', () => {
  it('saves within 1 s of a change even while the user keeps typing', async () => {
    const env = await testStorage();
    const d = await env.storage.documents.createBlank('bao-cao');
    // A save loads its comparison on first use; loaded here, the first save's time is the write's,
    // not the module loader's (one real tick per 100 ms of typing below).
    await warmUpSave(d.vanBan);
    const saves: string[] = [];
    const c = new AutosaveController({
      docId: d.id,
      rev: d.rev,
      save: async (id, v, rev) => {
        saves.push((v as { trichYeu: string }).trichYeu);
        return env.storage.documents.save(id, v, rev);
      },
    });
    let text = '';
    for (let i = 0; i < 25; i++) {
      text += 'a';
      c.change(vanBan({ trichYeu: text }));
      await vi.advanceTimersByTimeAsync(100);
      await settleReal();
    }
    // 2.5 s of steady typing: saved at 1 s and 2 s, not only after the typing stops.
    expect(saves.length).toBeGreaterThanOrEqual(2);
    expect(saves[0]!.length).toBeLessThanOrEqual(11);
    await c.flush();
    expect((await env.storage.documents.get(d.id))!.vanBan.trichYeu).toBe(text);
    expect(c.state).toMatchObject({ status: 'saved', dirty: false, error: null });
  });

  it('flushes at once on visibilitychange (hidden) and on pagehide', async () => {
    const env = await testStorage();
    const d = await env.storage.documents.createBlank('bao-cao');
    const lc = lifecycle();
    const c = await env.storage.autosave(d.id, d.rev, { window: lc.win, document: lc.doc });
    c.change(vanBan({ trichYeu: 'ẩn thẻ' }));
    lc.hide();
    await settle();
    expect((await env.storage.documents.get(d.id))!.vanBan.trichYeu).toBe('ẩn thẻ');
    c.change(vanBan({ trichYeu: 'đóng thẻ' }));
    lc.pagehide();
    await settle();
    expect((await env.storage.documents.get(d.id))!.vanBan.trichYeu).toBe('đóng thẻ');
  });

  it('closing the tab mid-typing loses at most the last second, and nothing when pagehide fires', async () => {
    const env = await testStorage();
    const d = await env.storage.documents.createBlank('bao-cao');
    const lc = lifecycle();
    const c = await env.storage.autosave(d.id, d.rev, { window: lc.win, document: lc.doc });
    const typed: { at: number; text: string }[] = [];
    const words = 'Ủy ban nhân dân xã Hương Long báo cáo kết quả công tác tuyên truyền năm 2023 như sau'.split(' ');
    let text = '';
    for (const w of words) {
      for (const ch of `${w} `) {
        text += ch;
        typed.push({ at: Date.now(), text: text.trim() });
        c.change(vanBan({ trichYeu: text }));
        await vi.advanceTimersByTimeAsync(70); // ~14 keystrokes a second
        await settleReal();
      }
    }
    const crashAt = Date.now();

    // Tab killed without any event: reopen the database as the next visit would.
    await settle();
    const afterCrash = await env.reopen();
    const kept = (await afterCrash.documents.get(d.id))!.vanBan.trichYeu;
    const keptAt = typed.find((t) => t.text === kept)?.at;
    expect(keptAt).toBeDefined();
    expect(crashAt - keptAt!).toBeLessThanOrEqual(1000 + 70);
    afterCrash.close();

    // Closed normally: pagehide flushes the last keystrokes too.
    lc.pagehide();
    await settle();
    const afterClose = await env.reopen();
    expect((await afterClose.documents.get(d.id))!.vanBan.trichYeu).toBe(text.trim());
    afterClose.close();
  });

  it('a failed save keeps the text in memory, reports the error, and retry writes it', async () => {
    const env = await testStorage();
    const d = await env.storage.documents.createBlank('bao-cao');
    let failNext = true;
    const states: AutosaveState[] = [];
    const c = new AutosaveController({
      docId: d.id,
      rev: d.rev,
      save: async (id, v, rev): Promise<SaveOutcome> => {
        if (failNext) {
          failNext = false;
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return env.storage.documents.save(id, v, rev);
      },
    });
    c.subscribe((s) => states.push(s));
    c.change(vanBan({ trichYeu: 'không được mất' }));
    // Every caller sees the failure: nobody may go on (reload, leave) as if the text were stored.
    await expect(c.flush()).rejects.toBeInstanceOf(QuotaError);
    expect(c.state.status).toBe('error');
    expect(c.state.error).toBeInstanceOf(QuotaError);
    expect(c.state.error!.message).toMatch(/Bộ nhớ của trình duyệt đã đầy/);
    expect(c.state.dirty).toBe(true);
    expect((await env.storage.documents.get(d.id))!.vanBan.trichYeu).toBe('');

    await c.retry();
    expect(c.state).toMatchObject({ status: 'saved', error: null, dirty: false });
    expect((await env.storage.documents.get(d.id))!.vanBan.trichYeu).toBe('không được mất');
    expect(states.map((s) => s.status)).toEqual(['saved', 'saved', 'saving', 'error', 'saving', 'saved']);
  });

  it('an invalid document is reported, not written, and kept until it is fixed', async () => {
    const env = await testStorage();
    const d = await env.storage.documents.createBlank('bao-cao');
    const c = await env.storage.autosave(d.id, d.rev);
    c.change({ ...d.vanBan, so: 'abc/xyz' });
    await expect(c.flush()).rejects.toMatchObject({ kind: 'validation' });
    expect(c.state.status).toBe('error');
    expect(c.state.error!.kind).toBe('validation');
    expect(c.state.error!.details[0]).toMatch(/^Số:/);
    c.change({ ...d.vanBan, so: '12' });
    await c.flush();
    expect(c.state.status).toBe('saved');
    expect((await env.storage.documents.get(d.id))!.vanBan.so).toBe('12');
  });

  it('after a conflict, this tab keeps writing to its copy instead of making a new one each second', async () => {
    const env = await testStorage();
    const d = await env.storage.documents.createBlank('bao-cao');
    const other = await env.reopen();
    await other.documents.save(d.id, vanBan({ trichYeu: 'thẻ khác' }), d.rev);
    const c = await env.storage.autosave(d.id, d.rev);
    c.change(vanBan({ trichYeu: 'thẻ này 1' }));
    await c.flush();
    expect(c.state.conflict).not.toBeNull();
    const copyId = c.state.docId;
    expect(copyId).not.toBe(d.id);
    c.change(vanBan({ trichYeu: 'thẻ này 2' }));
    await c.flush();
    expect(c.state.docId).toBe(copyId);
    expect((await env.storage.documents.get(copyId))!.vanBan.trichYeu).toBe('thẻ này 2');
    expect((await env.storage.documents.get(d.id))!.vanBan.trichYeu).toBe('thẻ khác');
    expect((await env.storage.documents.list()).total).toBe(2);
  });

  it('a failed save makes every later flush and dispose reject until it succeeds; timer saves fail quietly into the state', async () => {
    const env = await testStorage();
    const d = await env.storage.documents.createBlank('bao-cao');
    let fail = true;
    const c = new AutosaveController({
      docId: d.id,
      rev: d.rev,
      save: async (id, v, rev) => {
        if (fail) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return env.storage.documents.save(id, v, rev);
      },
    });
    c.change(vanBan({ trichYeu: 'giữ lại' }));
    // The timer's save: nobody awaits it, so it must not surface as an unhandled rejection.
    await vi.advanceTimersByTimeAsync(1_000);
    await settle();
    expect(c.state).toMatchObject({ status: 'error', dirty: true });
    // Nothing new typed: a flush still tries the same text again, and still fails.
    await expect(c.flush()).rejects.toBeInstanceOf(QuotaError);
    await expect(c.dispose()).rejects.toBeInstanceOf(QuotaError);
    fail = false;
    await expect(c.flush()).resolves.toMatchObject({ status: 'saved', dirty: false });
    expect((await env.storage.documents.get(d.id))!.vanBan.trichYeu).toBe('giữ lại');
  });
});
