import { describe, expect, it } from 'vitest';
import { planDocument } from '../../../src/export/plan.ts';
import { flowItems } from '../../../src/ui/preview/flow.ts';
import { Interner } from '../../../src/ui/preview/intern.ts';
import { fixtureVanBan } from '../../helpers/fixture-documents.ts';

describe('preview item interning', () => {
  it('keeps the objects of unchanged items, so an edit in one block changes one item', () => {
    const v = fixtureVanBan('bao-cao-133-BC-UBND');
    const interner = new Interner<object>();
    const first = interner.intern(flowItems(planDocument(v)));
    const noiDung = v.noiDung.map((b, i) => (i === 3 && b.capDo !== 'bang' ? { ...b, text: b.text + ' thêm' } : b));
    const second = interner.intern(flowItems(planDocument({ ...v, noiDung })));
    expect(second).toHaveLength(first.length);
    const changed = second.filter((item, i) => item !== first[i]);
    expect(changed).toHaveLength(1);
    expect(JSON.stringify(changed[0])).toContain('thêm');
  });

  it('gives equal items at two places two objects, and reuses each once', () => {
    const interner = new Interner<{ t: string }>();
    const a = interner.intern([{ t: 'x' }, { t: 'x' }, { t: 'y' }]);
    expect(a[0]).not.toBe(a[1]);
    const b = interner.intern([{ t: 'x' }, { t: 'z' }, { t: 'x' }]);
    expect(b[0]).toBe(a[0]);
    expect(b[2]).toBe(a[1]);
    expect(b[1]).toEqual({ t: 'z' });
    expect(new Set(b).size).toBe(3);
  });

  it('follows an inserted block: the items after it keep their objects', () => {
    const v = fixtureVanBan('bao-cao-133-BC-UBND');
    const interner = new Interner<object>();
    const first = interner.intern(flowItems(planDocument(v)));
    const noiDung = [...v.noiDung.slice(0, 5), { capDo: 'doan' as const, text: 'Một đoạn mới chèn vào giữa.' }, ...v.noiDung.slice(5)];
    const second = interner.intern(flowItems(planDocument({ ...v, noiDung })));
    const reused = second.filter((item) => first.includes(item));
    // Numbering after the new paragraph may move; everything else is the same object as before.
    expect(reused.length).toBeGreaterThanOrEqual(first.length - 3);
  });
});
