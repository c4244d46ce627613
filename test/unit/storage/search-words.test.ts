// The index words of a document, folded part by part (with a cache for the paragraphs autosave sees
// again every second), are exactly those of folding its whole searchable text at once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VanBan } from '../../../src/core/model/van-ban.ts';
import { documentWords, foldedWords, searchableText } from '../../../src/storage/search-index.ts';
import { fixtureVanBan } from '../../helpers/fixture-documents.ts';
import { largeVanBan } from '../../helpers/large-document.ts';

const wholeText = (v: Partial<VanBan>) => [...new Set(foldedWords(searchableText(v)))].slice(0, 20_000);

describe('document index words', () => {
  it('are the words of the whole text, in order, for the sample and a 100-page report', () => {
    for (const v of [fixtureVanBan('bao-cao-133-BC-UBND'), largeVanBan(3)]) expect(documentWords(v)).toEqual(wholeText(v));
  });

  it('follow an edit of one paragraph (the cache never serves stale words)', () => {
    const v = fixtureVanBan('bao-cao-133-BC-UBND');
    documentWords(v);
    const edited = { ...v, noiDung: v.noiDung.map((b, i) => (i === 2 ? { ...b, text: 'Tuyên truyền Đường Quỳnh' } : b)) };
    const words = documentWords(edited);
    expect(words).toEqual(wholeText(edited));
    expect(words).toEqual(expect.arrayContaining(['tuyen', 'truyen', 'duong', 'quynh']));
  });

  it('match for any texts, line breaks and separators included', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'ê', 'Đ', 'ộ', ' ', '\n', '-', '1', 'Ư', '.') }), { maxLength: 8 }), fc.string(), (texts, trichYeu) => {
        const v = { trichYeu, noiDung: texts.map((text) => ({ capDo: 'doan' as const, text })) };
        expect(documentWords(v)).toEqual(wholeText(v));
      }),
    );
  });
});
