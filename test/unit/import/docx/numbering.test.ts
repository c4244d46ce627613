// Word's automatic numbering as Word shows it: formats, the level text, counters per list and
// level, restarts, and lists reached through a paragraph style.
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../../src/core/import/docx/index.ts';
import { formatNumber } from '../../../../src/core/import/docx/numbering.ts';
import { makeDocx, p } from '../../../helpers/make-docx.ts';

interface Lvl {
  fmt: string;
  text: string;
  start?: number;
  extra?: string;
}

const abstract = (id: number, levels: Lvl[], extra = '') =>
  `<w:abstractNum w:abstractNumId="${id}">${extra}${levels
    .map(
      (l, i) =>
        `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.fmt}"/><w:lvlText w:val="${l.text}"/>${l.extra ?? ''}</w:lvl>`,
    )
    .join('')}</w:abstractNum>`;
const num = (id: number, abstractId: number, overrides = '') => `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
const li = (text: string, numId: number, ilvl = 0) => p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);

const OUTLINE: Lvl[] = [
  { fmt: 'upperRoman', text: '%1.' },
  { fmt: 'decimal', text: '%2.' },
  { fmt: 'lowerLetter', text: '%3)' },
  { fmt: 'bullet', text: '' },
];

const read = (numbering: string, body: string, styles?: string) =>
  readDocx(makeDocx(styles === undefined ? { numbering, body } : { numbering, body, styles })).items;

describe('automatic numbering', () => {
  it('shows decimal, lowerLetter, upperRoman and bullets as Word does, levels restarting under their parent', () => {
    const body =
      li('MỤC ĐÍCH', 1, 0) + li('Mục đích', 1, 1) + li('kiểm tra', 1, 2) + li('đôn đốc', 1, 2) + li('ý một', 1, 3) + li('Yêu cầu', 1, 1) + li('đúng hạn', 1, 2) + li('NỘI DUNG', 1, 0) + li('Nội dung', 1, 1);
    expect(read(abstract(0, OUTLINE) + num(1, 0), body)).toEqual([
      'I. MỤC ĐÍCH',
      '1. Mục đích',
      'a) kiểm tra',
      'b) đôn đốc',
      '- ý một',
      '2. Yêu cầu',
      'a) đúng hạn',
      'II. NỘI DUNG',
      '1. Nội dung',
    ]);
  });

  it('fills a multi-level text like "%1.%2." and literal words like "Điều %1."', () => {
    const levels: Lvl[] = [
      { fmt: 'decimal', text: 'Điều %1.' },
      { fmt: 'decimal', text: '%1.%2.' },
    ];
    expect(read(abstract(0, levels) + num(1, 0), li('Phạm vi', 1) + li('Hội', 1, 1) + li('Trụ sở', 1, 1) + li('Đối tượng', 1))).toEqual([
      'Điều 1. Phạm vi',
      '1.1. Hội',
      '1.2. Trụ sở',
      'Điều 2. Đối tượng',
    ]);
  });

  it('shares one count between lists of the same definition, and restarts at a startOverride the first time', () => {
    const numbering = abstract(0, [{ fmt: 'decimal', text: '%1.' }]) + num(1, 0) + num(2, 0) + num(3, 0, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>');
    expect(read(numbering, li('a', 1) + li('b', 1) + li('c', 2) + li('d', 3) + li('e', 3) + li('f', 1))).toEqual(['1. a', '2. b', '3. c', '1. d', '2. e', '3. f']);
  });

  it('keeps separate counts for separate definitions, and honours w:start', () => {
    const numbering = abstract(0, [{ fmt: 'decimal', text: '%1.' }]) + abstract(1, [{ fmt: 'lowerLetter', text: '%1)', start: 4 }]) + num(1, 0) + num(2, 1);
    expect(read(numbering, li('a', 1) + li('b', 2) + li('c', 1) + li('d', 2))).toEqual(['1. a', 'd) b', '2. c', 'e) d']);
  });

  it('does not restart a level whose w:lvlRestart is 0', () => {
    const levels: Lvl[] = [
      { fmt: 'upperRoman', text: '%1.' },
      { fmt: 'decimal', text: '%2.', extra: '<w:lvlRestart w:val="0"/>' },
    ];
    expect(read(abstract(0, levels) + num(1, 0), li('A', 1) + li('x', 1, 1) + li('B', 1) + li('y', 1, 1))).toEqual(['I. A', '1. x', 'II. B', '2. y']);
  });

  it('reads the list and level from the paragraph style, and numId 0 switches it off', () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Dieu"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="DieuCon"><w:basedOn w:val="Dieu"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>';
    const levels: Lvl[] = [
      { fmt: 'decimal', text: 'Điều %1.' },
      { fmt: 'lowerLetter', text: '%2)' },
    ];
    const body = p('Tên gọi', '<w:pStyle w:val="Dieu"/>') + p('điểm', '<w:pStyle w:val="DieuCon"/>') + p('Không số', '<w:pStyle w:val="Dieu"/><w:numPr><w:numId w:val="0"/></w:numPr>') + p('Tôn chỉ', '<w:pStyle w:val="Dieu"/>');
    expect(read(abstract(0, levels) + num(1, 0), body, styles)).toEqual(['Điều 1. Tên gọi', 'a) điểm', 'Không số', 'Điều 2. Tôn chỉ']);
  });

  it('puts no space after a number whose suffix is "nothing", and legal numbering reads decimal', () => {
    const levels: Lvl[] = [
      { fmt: 'upperRoman', text: '%1.', extra: '<w:suff w:val="nothing"/>' },
      { fmt: 'decimal', text: '%1.%2.', extra: '<w:isLgl/>' },
    ];
    expect(read(abstract(0, levels) + num(1, 0), li('A', 1) + li('b', 1, 1))).toEqual(['I.A', '1.1. b']);
  });

  it('shows the number of an empty numbered paragraph, as Word does', () => {
    expect(read(abstract(0, [{ fmt: 'decimal', text: '%1.' }]) + num(1, 0), li('', 1) + li('hai', 1))).toEqual(['1.', '2. hai']);
  });

  it('formats numbers like Word', () => {
    expect([1, 4, 9, 14, 40, 1999].map((n) => formatNumber(n, 'upperRoman'))).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'MCMXCIX']);
    expect([1, 26, 27, 53].map((n) => formatNumber(n, 'lowerLetter'))).toEqual(['a', 'z', 'aa', 'aaa']);
    expect([3, 12].map((n) => formatNumber(n, 'decimalZero'))).toEqual(['03', '12']);
    expect(formatNumber(5, 'ordinalText')).toBe('5');
  });
});
