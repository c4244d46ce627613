import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinChuThich, shiftChuThich, splitChuThich } from '../../../src/core/chu-thich.ts';
import { parseVanBan } from '../../../src/core/model/parse.ts';

const at = (viTri: number, noiDung = 'x') => ({ viTri, noiDung });

describe('footnotes (chú thích) keep their place as the text changes', () => {
  it('stay before an edit, move after it, and go to the end of a replaced stretch', () => {
    const before = 'Kết quả năm 2024 đạt 95%';
    const notes = [at(4), at(16), at(24)];
    // "năm 2024" → "năm 2025 và quý I": a footnote after it moves by the change in length.
    const after = 'Kết quả năm 2025 và quý I đạt 95%';
    expect(shiftChuThich(before, after, notes)!.map((n) => n.viTri)).toEqual([4, 25, 33]);
    // A footnote inside a deleted stretch lands where the stretch was.
    expect(shiftChuThich('abcdef', 'af', [at(3)])!.map((n) => n.viTri)).toEqual([1]);
    expect(shiftChuThich('abc', 'abc', notes)).toBe(notes);
    expect(shiftChuThich('abc', 'abd', undefined)).toBeUndefined();
  });

  it('never leave the text, whatever the edit', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.array(fc.nat(), { maxLength: 5 }), (before, after, places) => {
        const notes = places.map((p) => at(p % (before.length + 1)));
        const out = shiftChuThich(before, after, notes) ?? [];
        expect(out).toHaveLength(notes.length);
        for (const n of out) expect(n.viTri).toBeGreaterThanOrEqual(0), expect(n.viTri).toBeLessThanOrEqual(after.length);
      }),
    );
  });

  it('split with their block and join back', () => {
    const notes = [at(2, 'a'), at(7, 'b')];
    const [head, tail] = splitChuThich(notes, 5);
    expect(head).toEqual([at(2, 'a')]);
    expect(tail).toEqual([at(2, 'b')]);
    expect(joinChuThich(head, 5, tail)).toEqual(notes);
    expect(splitChuThich(undefined, 3)).toEqual([undefined, undefined]);
  });

  it('are optional in the model, for paragraphs and cells, and limited', () => {
    const doc = (noiDung: unknown[]) => ({ loai: 'bao-cao', ngayBanHanh: { nam: 2026 }, noiDung });
    const plain = parseVanBan(doc([{ capDo: 'doan', text: 'Không có chú thích' }]));
    expect(plain.ok && plain.value.noiDung[0]).toEqual({ capDo: 'doan', text: 'Không có chú thích' });
    const withNote = parseVanBan(doc([{ capDo: 'doan', text: 'Theo Nghị định', chuThich: [at(14, 'Nghị định 30/2020/NĐ-CP')] }, { capDo: 'bang', bang: { hang: [{ o: [{ text: '95%', chuThich: [at(3, 'Số liệu ước')] }] }] } }]));
    expect(withNote.ok).toBe(true);
    const tooMany = parseVanBan(doc([{ capDo: 'doan', text: 'x', chuThich: Array.from({ length: 51 }, () => at(0)) }]));
    expect(!tooMany.ok && tooMany.errors[0]).toMatch(/chú thích: quá nhiều mục \(tối đa 50\)/);
  });
});
