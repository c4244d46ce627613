// Footnotes of an attached body's text blocks survive edits of its text box (which cannot show them).
import { describe, expect, it } from 'vitest';
import type { Khoi, KhoiVanBan } from '../../../src/core/model/van-ban.ts';
import { kemTheoBlocks, kemTheoText } from '../../../src/ui/state/kem-theo.ts';
import { carryFootnotes, movedPlace } from '../../../src/ui/state/kem-theo-footnotes.ts';

const block = (text: string, chuThich?: KhoiVanBan['chuThich']): KhoiVanBan => ({ id: crypto.randomUUID(), capDo: 'doan', text, ...(chuThich ? { chuThich } : {}) });
const notesOf = (blocks: readonly Khoi[]) => blocks.map((b) => (b.capDo === 'bang' ? null : (b.chuThich ?? []).map((c) => `${c.viTri}:${c.noiDung}`)));
/** The box's text edited as a user would, read back, footnotes carried. */
const edit = (before: KhoiVanBan[], change: (text: string) => string) => carryFootnotes(before, kemTheoBlocks(change(kemTheoText(before))));

describe('footnotes of an attached body edited as text', () => {
  const body = [block('Dòng một có chú thích.', [{ viTri: 9, noiDung: 'Ghi chú A' }]), block('Dòng hai.'), block('Dòng ba cũng có.', [{ viTri: 16, noiDung: 'Ghi chú B' }])];

  it('keeps every footnote when a word is typed in another line, or in the same line before or after its mark', () => {
    expect(notesOf(edit(body, (t) => t.replace('Dòng hai.', 'Dòng hai, sửa.')))).toEqual([['9:Ghi chú A'], [], ['16:Ghi chú B']]);
    // Typed before the mark: the mark moves with its text; after it: it stays.
    expect(notesOf(edit(body, (t) => t.replace('Dòng một', 'Dòng số một')))).toEqual([['12:Ghi chú A'], [], ['16:Ghi chú B']]);
    expect(notesOf(edit(body, (t) => t.replace('chú thích.', 'chú thích dài.')))).toEqual([['9:Ghi chú A'], [], ['16:Ghi chú B']]);
  });

  it('keeps them when lines are added above, joined or split', () => {
    expect(notesOf(edit(body, (t) => `Dòng mới.\n${t}`))).toEqual([[], ['9:Ghi chú A'], [], ['16:Ghi chú B']]);
    // Lines two and three joined: B stays after "cũng có.", now at the end of the joined line.
    const joined = edit(body, (t) => t.replace('Dòng hai.\n', 'Dòng hai. '));
    expect(joined.map((b) => (b.capDo === 'bang' ? '' : b.text))).toEqual(['Dòng một có chú thích.', 'Dòng hai. Dòng ba cũng có.']);
    expect(notesOf(joined)).toEqual([['9:Ghi chú A'], ['26:Ghi chú B']]);
    // Line one split in two: A stays in the first part, at most at its end.
    expect(notesOf(edit(body, (t) => t.replace('Dòng một có', 'Dòng một\ncó')))).toEqual([['8:Ghi chú A'], [], [], ['16:Ghi chú B']]);
  });

  it('drops a footnote only with the whole line it was in, and leaves bodies without footnotes as read', () => {
    expect(notesOf(edit(body, (t) => t.replace('Dòng một có chú thích.\n', '')))).toEqual([[], ['16:Ghi chú B']]);
    const plain = [block('Một.'), block('Hai.')];
    const next = kemTheoBlocks('Một.\nHai, ba.');
    expect(carryFootnotes(plain, next)).toEqual(next);
  });

  it('moves a place across one changed run of characters', () => {
    expect(movedPlace('abcdef', 'abXYcdef', 2)).toBe(2);
    expect(movedPlace('abcdef', 'abXYcdef', 4)).toBe(6);
    expect(movedPlace('abcdef', 'ab', 5)).toBe(2);
    expect(movedPlace('', 'abc', 0)).toBe(0);
  });
});
