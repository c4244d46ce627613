import { describe, expect, it } from 'vitest';
import { cleanLine, cleanLines, cleanText, foldDiacritics, upperVi } from '../../../src/core/text/normalize.ts';

describe('Vietnamese text helpers', () => {
  it('normalises decomposed (NFD) input to NFC', () => {
    const nfd = 'Tuyên truyền cải cách hành chính'.normalize('NFD');
    expect(nfd).not.toBe('Tuyên truyền cải cách hành chính');
    expect(cleanLine(nfd)).toBe('Tuyên truyền cải cách hành chính');
  });

  it('removes characters XML cannot hold and lone surrogates, keeps emoji', () => {
    expect(cleanText('a\u0000b\u0007c\uFFFEd\uD800e')).toBe('abcde');
    expect(cleanText('ok 😀')).toBe('ok 😀');
  });

  it('turns line breaks into spaces in one-line fields and keeps them in multi-line ones', () => {
    expect(cleanLine('  Công tác\r\ntuyên truyền\t ')).toBe('Công tác tuyên truyền');
    expect(cleanLines(' ỦY BAN NHÂN DÂN \r\n\r\n XÃ HƯƠNG LONG ')).toBe('ỦY BAN NHÂN DÂN\nXÃ HƯƠNG LONG');
  });

  it('upper-cases Vietnamese letters', () => {
    expect(upperVi('ủy ban nhân dân xã hương long, đảng')).toBe('ỦY BAN NHÂN DÂN XÃ HƯƠNG LONG, ĐẢNG');
    expect(upperVi('Kết quả thực hiện'.normalize('NFD')).normalize('NFC')).toBe('KẾT QUẢ THỰC HIỆN');
  });

  it('folds diacritics for search', () => {
    expect(foldDiacritics('Tuyên Truyền ĐẢNG ủy')).toBe('tuyen truyen dang uy');
    expect(foldDiacritics('tuyên truyền'.normalize('NFD'))).toBe('tuyen truyen');
  });
});

describe('line separators', () => {
  it('reads NEL, U+2028 and U+2029 as line ends, which XML readers would otherwise turn into breaks', () => {
    expect(cleanLines('ỦY BAN\u2028XÃ A\u0085B\u2029C')).toBe('ỦY BAN\nXÃ A\nB\nC');
    expect(cleanLine('a\u2028b\u0085c')).toBe('a b c');
  });
});
