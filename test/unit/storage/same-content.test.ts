// The autosave's "did anything change?": equal data is equal whatever the key order, and any one
// difference, however deep, is found (the repository then writes a new rev).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { samePlainData } from '../../../src/storage/same-content.ts';

describe('samePlainData', () => {
  it('is true for equal data and false for any one difference, deep inside too', () => {
    const a = { loai: 'bao-cao', noiDung: [{ capDo: 'doan', text: 'một' }, { capDo: 'bang', bang: { hang: [{ o: [{ text: '1' }] }] } }], so: '', chuThich: undefined };
    const b = JSON.parse(JSON.stringify(a)) as typeof a;
    expect(samePlainData(a, b)).toBe(true);
    expect(samePlainData(a, { ...b, so: '1' })).toBe(false);
    expect(samePlainData(a, { ...b, noiDung: b.noiDung.slice(0, 1) })).toBe(false);
    const deep = JSON.parse(JSON.stringify(a)) as { noiDung: { bang?: { hang: { o: { text: string }[] }[] } }[] };
    deep.noiDung[1]!.bang!.hang[0]!.o[0]!.text = '2';
    expect(samePlainData(a, deep)).toBe(false);
    expect(samePlainData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(samePlainData({ x: null }, { x: undefined })).toBe(false);
    expect(samePlainData({ x: 1 }, { y: 1 })).toBe(false);
  });

  it('agrees with comparing JSON texts of key-sorted data (property)', () => {
    const sorted = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([p], [q]) => (p < q ? -1 : 1)).map(([k, x]) => [k, sorted(x)])) : v;
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(samePlainData(a, b)).toBe(JSON.stringify(sorted(a)) === JSON.stringify(sorted(b)));
        expect(samePlainData(a, JSON.parse(JSON.stringify(a)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
