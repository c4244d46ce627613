// Whatever is pasted, every line's text ends up somewhere the user can see it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importBody, importVanBan } from '../../../src/core/import/index.ts';
import { FIXTURE_NAMES, fixtureLines } from '../../helpers/fixtures.ts';
import { missingLines } from './accounted.ts';

/** Deterministic shuffle, so that a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('nothing is dropped', () => {
  it.each(FIXTURE_NAMES.flatMap((name) => [1, 2, 3, 4, 5].map((seed) => [name, seed] as const)))('%s shuffled (seed %i)', (name, seed) => {
    const text = shuffled(fixtureLines(name), seed).join('\n');
    const r = importVanBan(text);
    expect(missingLines(text, r)).toEqual([]);
  });

  it('keeps garbage and stray structure', () => {
    const text = [
      '%%%% ???',
      'Nơi nhận:',
      'Số: abc/XYZ',
      'KT. CHỦ TỊCH',
      '(Đã ký)',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '12345',
      './.',
      'a) điểm lạc',
      'Kính gửi:',
      '+ cộng',
      'Nơi nhận:',
      '- Lưu: VT.',
      'ngày 32 tháng 13 năm 2024',
      'Hà Nội, ngày 05 tháng 01 năm 1800',
      'V/v',
      '............',
      'Nguyễn Văn A',
      'Trần Văn B',
    ].join('\n');
    const r = importVanBan(text);
    expect(missingLines(text, r)).toEqual([]);
  });

  it('keeps the closing paragraph of a body that ends with a list item', () => {
    const text = 'BÁO CÁO\nKết quả\nI. Việc\n- Ý cuối./.\nNơi nhận:\n- Lưu: VT.';
    expect(missingLines(text, importVanBan(text))).toEqual([]);
  });
});

// Lines made of words the importer treats specially, so that random documents hit its rules.
const WORDS = [
  'Kính', 'gửi', 'Nơi', 'nhận', 'Số', 'ngày', 'tháng', 'năm', 'Căn', 'cứ', 'TM.', 'KT.', 'ỦY', 'BAN', 'NHÂN', 'DÂN',
  'XÃ', 'HƯƠNG', 'LONG', 'BÁO', 'CÁO', 'CHỦ', 'TỊCH', 'tuyên', 'truyền', 'V/v', './.', '-', '+', 'I.', '1.', '2.1.',
  'a)', 'đ)', ':', ';', '.', '2023', '03', '(b/c)', 'Nguyễn', 'Văn', 'A', 'Hương', 'Long,', 'Lưu:', 'VT', 'BC-UBND',
];
const word = fc.constantFrom(...WORDS);
const STRUCTURE = [
  'ỦY BAN NHÂN DÂN', 'XÃ HƯƠNG LONG', 'UBND TỈNH X', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc',
  'Số: 133/BC-UBND', 'Số:     /KH-UBND', 'Số: 12/UBND-VX', 'Hương Long, ngày 11 tháng 12 năm 2023',
  'Hương Long, ngày     tháng     năm 2024', 'BÁO CÁO', 'KẾ HOẠCH', 'V/v tổ chức hội nghị', 'Kính gửi:', 'Kính gửi: Bộ Nội vụ',
  'Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'T/M ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'CHỦ TỊCH',
  'Nguyễn Văn A', './.', 'Căn cứ Luật Tổ chức chính quyền địa phương;', '_____', '(Đã ký)',
];

/** A random line, tagged so that a copy of one line cannot pass for another. */
const taggedLine = (tag: number) =>
  fc.oneof(
    fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' ')),
    fc.constantFrom(...STRUCTURE),
    fc.string({ maxLength: 40 }),
  ).map((l) => (l.trim().length > 0 && /\p{L}/u.test(l) && !STRUCTURE.includes(l) ? `${l} t${tag}` : l));

const documentText = fc
  .array(fc.nat(), { minLength: 0, maxLength: 40 })
  .chain((tags) => fc.tuple(...tags.map((_, i) => taggedLine(i))))
  .chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol)));

describe('property: random documents', () => {
  it('never lose a line', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const r = importVanBan(text, { today: new Date(2024, 0, 1) });
        expect(missingLines(text, r)).toEqual([]);
      }),
      { numRuns: 400 },
    );
    // 400 imports (TAB rows among them now read as tables): well past vitest's 5 s on a loaded 2-core machine.
  }, 60_000);

  it('never lose a line of a body paste, and keep its line count', () => {
    fc.assert(
      fc.property(documentText, (text) => {
        const blocks = importBody(text);
        const nonBlank = text.split(/\r?\n/).filter((l) => l.replace(/[\s\u0000-\u001F\u200B-\u200D\uFEFF]/g, '').length > 0);
        expect(blocks.length).toBeLessThanOrEqual(nonBlank.length);
        expect(missingLines(text, { vanBan: { ...importVanBan('').vanBan, noiDung: blocks }, notes: [] })).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
