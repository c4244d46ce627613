// The rescue store keeps, unvalidated, the exact text of a save the schema refused, until a later save
// of the document succeeds or the user brings it back; the write-fault injection fails writes as a full
// disk would, through the real repository.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/core/model/van-ban.ts';
import { QuotaError } from '../../../src/storage/index.ts';
import { testStorage, vanBan } from './helpers.ts';

describe('rescue store', () => {
  it('keeps the exact text of a refused save, and lets it go once a later save succeeds', async () => {
    const env = await testStorage();
    const s = env.storage;
    const d = await s.documents.createBlank('bao-cao');
    const c = await s.autosave(d.id, d.rev);
    // Over the limit, with spaces the schema would have collapsed: kept as typed.
    const tooLong = `  ${'Quá dài  '.repeat(300)}`;
    expect(tooLong.length).toBeLessThan(LIMITS.line * 2);
    c.change({ ...d.vanBan, trichYeu: tooLong });
    await expect(c.flush()).rejects.toMatchObject({ kind: 'validation' });
    expect(c.state.rescued).toBe(true);
    const kept = await s.rescue.get(d.id);
    expect((kept!.refused!.vanBan as { trichYeu: string }).trichYeu).toBe(tooLong);
    expect(kept!.refused!.reason).toMatch(/Trích yếu: quá dài \(tối đa 2000 ký tự\)/);
    // The next start (another connection) finds it.
    const next = await env.reopen();
    expect((await next.rescue.list()).map((r) => r.docId)).toEqual([d.id]);
    next.close();

    c.change({ ...d.vanBan, trichYeu: 'Đã rút gọn' });
    await c.flush();
    expect(c.state).toMatchObject({ status: 'saved', rescued: false });
    expect(await s.rescue.get(d.id)).toBeUndefined();
    expect((await s.documents.get(d.id))!.vanBan.trichYeu).toBe('Đã rút gọn');
  });

  it("keeps each owner's part: dropping the refused save leaves the editor's held boxes", async () => {
    const env = await testStorage();
    const s = env.storage;
    await s.rescue.keep('a', { refused: { vanBan: { trichYeu: 'x' }, reason: 'r' } });
    env.clock.advance(1000);
    await s.rescue.keep('a', { held: [{ label: 'Trích yếu', text: 'y'.repeat(2_100), problem: 'quá dài' }] });
    env.clock.advance(1000);
    await s.rescue.keep('b', { held: [{ label: 'Số', text: 'abc', problem: 'chỉ gồm chữ số' }] });
    expect((await s.rescue.list()).map((r) => r.docId)).toEqual(['b', 'a']);
    await s.rescue.drop('a', 'refused');
    expect(await s.rescue.get('a')).toMatchObject({ held: [{ label: 'Trích yếu' }] });
    expect((await s.rescue.get('a'))!.refused).toBeUndefined();
    await s.rescue.drop('a', 'held');
    expect(await s.rescue.get('a')).toBeUndefined();
    await s.rescue.remove('b');
    expect(await s.rescue.list()).toEqual([]);
  });

  it('a simulated full disk fails every write as QuotaError and changes nothing; the text stays pending', async () => {
    let full = false;
    const env = await testStorage({
      simulateWriteFault: () => (full ? new DOMException('The quota has been exceeded.', 'QuotaExceededError') : null),
    });
    const s = env.storage;
    const d = await s.documents.createBlank('bao-cao');
    const c = await s.autosave(d.id, d.rev);
    full = true;
    c.change(vanBan({ trichYeu: 'Gõ lúc bộ nhớ đầy' }));
    await expect(c.flush()).rejects.toBeInstanceOf(QuotaError);
    await expect(s.settings.set('firstRunDone', true)).rejects.toBeInstanceOf(QuotaError);
    expect((await s.documents.get(d.id))!.vanBan.trichYeu).toBe('');
    // Not a validation failure: nothing to rescue (a full disk would refuse that write too).
    expect(await s.rescue.list()).toEqual([]);
    full = false;
    await c.flush();
    expect((await s.documents.get(d.id))!.vanBan.trichYeu).toBe('Gõ lúc bộ nhớ đầy');
  });
});
