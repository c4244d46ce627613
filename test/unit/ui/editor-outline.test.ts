import { describe, expect, it } from 'vitest';
import { importBody } from '../../../src/core/import/index.ts';
import { LIMITS, type CapDo } from '../../../src/core/model/van-ban.ts';
import { parseVanBan } from '../../../src/core/model/parse.ts';
import {
  addBlockAfter,
  addChuThich,
  backspaceAtStart,
  chuThichContext,
  chuThichCount,
  editChuThich,
  blockLengthNote,
  fitLongBlocks,
  insertTable,
  isTableBlock,
  levelsFor,
  moveBlock,
  pasteBlocks,
  newTable,
  removeBlock,
  setLevel,
  setText,
  shiftLevel,
  splitBlock,
  withIds,
  type Block,
  type ParaBlock,
  type TableBlock,
} from '../../../src/ui/state/editor-outline.ts';

const b = (id: string, capDo: CapDo, text: string): ParaBlock => ({ id, capDo, text });
/** A table block whose cells are the given rows of texts. */
const t = (id: string, rows: string[][]): TableBlock => ({
  id,
  capDo: 'bang',
  bang: { ...newTable(0, 0, 0), hang: rows.map((r) => ({ o: r.map((text) => ({ text, gopCot: 1, gopHang: 1 })) })) },
});
const texts = (bs: Block[]) => bs.map((x) => (isTableBlock(x) ? `bang:${x.bang.hang.map((h) => h.o.map((o) => o.text).join('|')).join('/')}` : `${x.capDo}:${x.text}`));
const para = (x: Block | undefined): ParaBlock => {
  if (!x || isTableBlock(x)) throw new Error('expected a paragraph');
  return x;
};

describe('outline operations', () => {
  const doc = [b('a', 'muc', 'Kết quả'), b('b', 'khoan', 'Tình hình'), b('c', 'gach', '')];

  it('gives every block a unique id, keeping the ones it has', () => {
    const out = withIds([{ capDo: 'doan', text: 'x' }, { id: 'k', capDo: 'doan', text: 'y' }, { id: 'k', capDo: 'doan', text: 'z' }]);
    expect(out[1]!.id).toBe('k');
    expect(new Set(out.map((x) => x.id)).size).toBe(3);
  });

  it('Enter splits at the caret into a block of the same level, caret at its start', () => {
    const { blocks, focus } = splitBlock(doc, 'b', 3);
    expect(texts(blocks)).toEqual(['muc:Kết quả', 'khoan:Tìn', 'khoan:h hình', 'gach:']);
    expect(focus).toEqual({ id: blocks[2]!.id, at: 0 });
    expect(blocks[1]!.id).toBe('b');
    // A selection is replaced by the split.
    expect(texts(splitBlock(doc, 'a', 1, 4).blocks).slice(0, 2)).toEqual(['muc:K', 'muc:quả']);
  });

  it('Backspace at the start removes an empty block, or joins a block to the one above', () => {
    const gone = backspaceAtStart(doc, 'c')!;
    expect(texts(gone.blocks)).toEqual(['muc:Kết quả', 'khoan:Tình hình']);
    expect(gone.focus).toEqual({ id: 'b', at: 'Tình hình'.length });
    const joined = backspaceAtStart(doc, 'b')!;
    expect(texts(joined.blocks)).toEqual(['muc:Kết quảTình hình', 'gach:']);
    expect(joined.focus).toEqual({ id: 'a', at: 'Kết quả'.length });
    expect(backspaceAtStart(doc, 'a')).toBeNull();
    expect(backspaceAtStart([b('x', 'doan', '')], 'x')).toBeNull();
  });

  it('Tab and Shift+Tab move one level and stop at the ends', () => {
    const report = levelsFor('bao-cao');
    expect(report).not.toContain('dieu');
    expect(levelsFor('quyet-dinh')).toContain('dieu');
    // A thông tư or điều lệ ("Văn bản khác") is cut into articles too.
    expect(levelsFor('khac')).toContain('dieu');
    expect(shiftLevel(doc, 'b', 1, report)[1]!.capDo).toBe('tieuMuc');
    expect(shiftLevel(doc, 'b', -1, report)[1]!.capDo).toBe('muc');
    // Out of a mục is the optional phần; out of a phần, nothing.
    expect(shiftLevel(doc, 'a', -1, report)[0]!.capDo).toBe('phan');
    expect(shiftLevel([b('x', 'phan', '')], 'x', -1, report)[0]!.capDo).toBe('phan');
    expect(report).not.toContain('chuong');
    expect(shiftLevel([b('x', 'doan', '')], 'x', 1, report)[0]!.capDo).toBe('doan');
    // A Điều left in a report steps to the nearest level a report has.
    expect(shiftLevel([b('x', 'dieu', '')], 'x', 1, report)[0]!.capDo).toBe('khoan');
    expect(shiftLevel([b('x', 'dieu', '')], 'x', -1, report)[0]!.capDo).toBe('muc');
    expect(setLevel(doc, 'c', 'cong')[2]!.capDo).toBe('cong');
  });

  it('moves blocks up and down within bounds, and adds and removes blocks', () => {
    expect(moveBlock(doc, 'b', -1).map((x) => x.id)).toEqual(['b', 'a', 'c']);
    expect(moveBlock(doc, 'c', 1).map((x) => x.id)).toEqual(['a', 'b', 'c']);
    const added = addBlockAfter(doc, 'a');
    expect(texts(added.blocks)).toEqual(['muc:Kết quả', 'muc:', 'khoan:Tình hình', 'gach:']);
    expect(addBlockAfter([], null).blocks).toHaveLength(1);
    const removed = removeBlock(doc, 'a');
    expect(removed.focus).toEqual({ id: 'b', at: 0 });
  });

  it('pasting lines splits them into blocks with their levels, around the caret', () => {
    const pasted = importBody('II. Những thuận lợi, khó khăn:\n1. Thuận lợi:\n- Công tác');
    const into = pasteBlocks([b('x', 'doan', 'Đầu cuối')], 'x', 4, 4, pasted);
    expect(texts(into.blocks)).toEqual(['doan:Đầu Những thuận lợi, khó khăn:', 'khoan:Thuận lợi:', 'gach:Công táccuối']);
    expect(into.blocks[0]!.id).toBe('x');
    expect(into.focus).toEqual({ id: into.blocks[2]!.id, at: 'Công tác'.length });

    const empty = pasteBlocks([b('y', 'doan', '')], 'y', 0, 0, pasted);
    expect(texts(empty.blocks)).toEqual(['muc:Những thuận lợi, khó khăn:', 'khoan:Thuận lợi:', 'gach:Công tác']);
    expect(new Set(empty.blocks.map((x) => x.id)).size).toBe(3);
  });
});

describe('blocks within the paragraph limit', () => {
  const max = LIMITS.paragraph;
  const words = (n: number, word = 'chữ') => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

  it('leaves blocks within the limit alone', () => {
    const blocks = [b('a', 'khoan', 'ngắn'), b('b', 'doan', 'x'.repeat(max))];
    const out = fitLongBlocks({ blocks, focus: { id: 'b', at: 3 } });
    expect(out.added).toBe(0);
    expect(out.edit.blocks).toEqual(blocks);
  });

  it('continues an over-long block in plain paragraphs cut at spaces, dropping no word', () => {
    const long = words(6_000); // ~40 000 characters
    expect(long.length).toBeGreaterThan(max * 1.5);
    const out = fitLongBlocks({ blocks: [b('a', 'khoan', long), b('z', 'muc', 'sau')], focus: null });
    const fitted = out.edit.blocks;
    expect(out.added).toBe(fitted.length - 2);
    expect(out.added).toBeGreaterThanOrEqual(1);
    expect(fitted[0]).toMatchObject({ id: 'a', capDo: 'khoan' });
    expect(fitted.slice(1, -1).every((x) => x.capDo === 'doan')).toBe(true);
    expect(fitted.at(-1)).toEqual(b('z', 'muc', 'sau'));
    expect(fitted.every((x) => para(x).text.length <= max)).toBe(true);
    // Every word survives, in order: the cuts only replace a space with a block break.
    expect(fitted.slice(0, -1).map((x) => para(x).text).join(' ')).toBe(long);
    expect(new Set(fitted.map((x) => x.id)).size).toBe(fitted.length);
  });

  it('cuts a text without spaces at the limit, and the caret follows its character', () => {
    const long = 'a'.repeat(max) + 'B' + 'c'.repeat(10);
    const out = fitLongBlocks({ blocks: [b('a', 'doan', long)], focus: { id: 'a', at: max + 1 } });
    expect(out.edit.blocks.map((x) => para(x).text.length)).toEqual([max, 11]);
    const caret = out.edit.focus!;
    const block = para(out.edit.blocks.find((x) => x.id === caret.id));
    expect(block.text[caret.at - 1]).toBe('B');
  });

  it('the model accepts what it returns', () => {
    const out = fitLongBlocks({ blocks: [b('a', 'doan', words(5_000, 'từ'))], focus: null });
    expect(parseVanBan({ loai: 'bao-cao', ngayBanHanh: { nam: 2024 }, noiDung: out.edit.blocks }).ok).toBe(true);
  });

  it('says how long a block is only near the limit', () => {
    expect(blockLengthNote('x'.repeat(1_000))).toBeNull();
    expect(blockLengthNote('x'.repeat(18_500))).toMatch(/^18\.500\/20\.000 ký tự\. Khi đủ 20\.000 ký tự/);
  });
});

describe('outline operations next to and on a table block', () => {
  const tbl = t('T', [['Xã', 'Số'], ['A', '1']]);
  const doc: Block[] = [b('a', 'khoan', 'Trên'), tbl, b('c', 'doan', 'Dưới')];

  it('never reads a table as text: typing, levels and Tab pass it by, the same object', () => {
    expect(setText(doc, 'T', 'x')[1]).toBe(tbl);
    expect(setLevel(doc, 'T', 'muc')[1]).toBe(tbl);
    expect(shiftLevel(doc, 'T', 1)[1]).toBe(tbl);
    expect(shiftLevel(doc, 'T', -1, levelsFor('bao-cao'))[1]).toBe(tbl);
  });

  it('Enter on a table makes an empty paragraph under it, at the level of the paragraph above', () => {
    const { blocks, focus } = splitBlock(doc, 'T', 0);
    expect(texts(blocks)).toEqual(['khoan:Trên', 'bang:Xã|Số/A|1', 'khoan:', 'doan:Dưới']);
    expect(focus).toEqual({ id: blocks[2]!.id, at: 0 });
    expect(texts(addBlockAfter([tbl], 'T').blocks)).toEqual(['bang:Xã|Số/A|1', 'doan:']);
  });

  it('Backspace never joins text into a table nor removes one; an empty paragraph under it goes', () => {
    const under = backspaceAtStart(doc, 'c')!;
    expect(under.blocks).toEqual(doc);
    expect(under.focus).toEqual({ id: 'T', at: 0 });
    expect(backspaceAtStart(doc, 'T')).toBeNull();
    const empty = backspaceAtStart([b('a', 'doan', 'x'), tbl, b('e', 'doan', '')], 'e')!;
    expect(texts(empty.blocks)).toEqual(['doan:x', 'bang:Xã|Số/A|1']);
    expect(empty.focus).toEqual({ id: 'T', at: 0 });
    // Deleting the block under a table puts the caret on the table.
    expect(removeBlock(doc, 'c').focus).toEqual({ id: 'T', at: 0 });
  });

  it('moves a table like any block, and inserts a new 3 × 3 table with one header row', () => {
    expect(moveBlock(doc, 'T', -1).map((x) => x.id)).toEqual(['T', 'a', 'c']);
    const { blocks, focus } = insertTable(doc, 'a');
    const added = blocks[1]!;
    expect(isTableBlock(added) && added.bang.hang.map((h) => h.o.length)).toEqual([3, 3, 3]);
    expect(isTableBlock(added) && added.bang.soHangTieuDe).toBe(1);
    expect(focus).toEqual({ id: added.id, at: 0 });
    expect(parseVanBan({ loai: 'bao-cao', ngayBanHanh: { nam: 2024 }, noiDung: blocks }).ok).toBe(true);
  });

  it('a pasted table splits the text at the caret: text before above it, text after under it', () => {
    const pasted = importBody('Xã\tDân số\tHộ\nAn Bình\t1.200\t300\nAn Hòa\t900\t210');
    expect(pasted.map((x) => x.capDo)).toEqual(['bang']);
    const into = pasteBlocks([b('x', 'khoan', 'Đầu cuối')], 'x', 4, 4, pasted);
    expect(texts(into.blocks)).toEqual(['khoan:Đầu ', 'bang:Xã|Dân số|Hộ/An Bình|1.200|300/An Hòa|900|210', 'khoan:cuối']);
    expect(into.blocks[0]!.id).toBe('x');
    expect(into.focus).toEqual({ id: into.blocks[2]!.id, at: 0 });
    // Into an empty block, the table takes its place; the caret goes to the table.
    const empty = pasteBlocks([b('y', 'doan', '')], 'y', 0, 0, pasted);
    expect(texts(empty.blocks)).toEqual(['bang:Xã|Dân số|Hộ/An Bình|1.200|300/An Hòa|900|210']);
    expect(empty.focus).toEqual({ id: 'y', at: 0 });
    // Lines and a table: the line joins the text before, the table stands alone.
    const mixed = pasteBlocks([b('z', 'doan', 'Kết quả: ')], 'z', 9, 9, importBody('như sau\nXã\tSố\nA\t1\nB\t2'));
    expect(texts(mixed.blocks)).toEqual(['doan:Kết quả: như sau', 'bang:Xã|Số/A|1/B|2']);
    // Pasted onto a table block itself, the blocks go under it.
    const onTable = pasteBlocks(doc, 'T', 0, 0, importBody('một\nhai'));
    expect(texts(onTable.blocks)).toEqual(['khoan:Trên', 'bang:Xã|Số/A|1', 'doan:một', 'doan:hai', 'doan:Dưới']);
    expect(parseVanBan({ loai: 'bao-cao', ngayBanHanh: { nam: 2024 }, noiDung: into.blocks }).ok).toBe(true);
  });

  it('fitLongBlocks leaves a table alone', () => {
    const out = fitLongBlocks({ blocks: doc, focus: { id: 'T', at: 0 } });
    expect(out.added).toBe(0);
    expect(out.edit.blocks[1]).toBe(tbl);
  });
});

describe('footnotes (chú thích) follow their words through outline edits', () => {
  const note = (viTri: number, noiDung: string) => ({ viTri, noiDung });
  const withNotes: ParaBlock = { id: 'n', capDo: 'doan', text: 'một hai ba', chuThich: [note(3, 'A'), note(10, 'B')] };

  it('typing before a footnote moves it; after it, not', () => {
    expect(para(setText([withNotes], 'n', 'XX một hai ba')[0]).chuThich).toEqual([note(6, 'A'), note(13, 'B')]);
    expect(para(setText([withNotes], 'n', 'một hai ba bốn')[0]).chuThich).toEqual([note(3, 'A'), note(10, 'B')]);
  });

  it('Enter splits them with the text, Backspace joins them back', () => {
    const { blocks } = splitBlock([withNotes], 'n', 4);
    expect(blocks.map((x) => para(x).chuThich)).toEqual([[note(3, 'A')], [note(6, 'B')]]);
    const back = backspaceAtStart(blocks, blocks[1]!.id)!;
    expect(back.blocks).toEqual([withNotes]);
  });

  it('a footnote inside a replaced selection is kept, at the end of the pasted text', () => {
    const out = pasteBlocks([withNotes], 'n', 2, 5, importBody('X\nY'));
    expect(texts(out.blocks)).toEqual(['doan:mộX', 'doan:Yai ba']);
    expect(out.blocks.map((x) => para(x).chuThich)).toEqual([undefined, [note(1, 'A'), note(6, 'B')]]);
  });

  it('a footnote of an over-long block stays with its piece', () => {
    const long = 'a '.repeat(LIMITS.paragraph);
    const out = fitLongBlocks({ blocks: [{ id: 'L', capDo: 'doan', text: long, chuThich: [note(5, 'đầu'), note(long.length, 'cuối')] }], focus: null });
    const pieces = out.edit.blocks.map(para);
    expect(pieces[0]!.chuThich).toEqual([note(5, 'đầu')]);
    expect(pieces.at(-1)!.chuThich).toEqual([note(pieces.at(-1)!.text.length, 'cuối')]);
    expect(pieces.slice(1, -1).every((x) => x.chuThich === undefined)).toBe(true);
  });
});

describe('footnotes (chú thích) added, edited and removed', () => {
  it('adds an empty footnote at the caret, in text order; edits and removes one; tables take none', () => {
    const doc: Block[] = [{ id: 'p', capDo: 'doan', text: 'một hai ba', chuThich: [{ viTri: 3, noiDung: 'A' }] }, t('T', [['x']])];
    const added = addChuThich(doc, 'p', 10)!;
    expect(added.index).toBe(1);
    expect(para(added.blocks[0]).chuThich).toEqual([{ viTri: 3, noiDung: 'A' }, { viTri: 10, noiDung: '' }]);
    expect(addChuThich(doc, 'p', 0)!.index).toBe(0);
    expect(addChuThich(doc, 'T', 0)).toBeNull();
    const edited = editChuThich(added.blocks, 'p', 1, 'Nguồn: Chi cục Thống kê');
    expect(para(edited[0]).chuThich![1]!.noiDung).toBe('Nguồn: Chi cục Thống kê');
    const removed = editChuThich(editChuThich(edited, 'p', 0, null), 'p', 0, null);
    expect(removed[0]).toEqual({ id: 'p', capDo: 'doan', text: 'một hai ba' });
    expect(parseVanBan({ loai: 'bao-cao', ngayBanHanh: { nam: 2024 }, noiDung: edited }).ok).toBe(true);
    const full: Block[] = [{ id: 'f', capDo: 'doan', text: 'x', chuThich: Array.from({ length: LIMITS.footnotes }, () => ({ viTri: 1, noiDung: 'n' })) }];
    expect(addChuThich(full, 'f', 0)).toBeNull();
  });

  it('counts a block’s footnotes (a table’s cells too) and says where one stands', () => {
    const cellNotes: Block = { id: 'T', capDo: 'bang', bang: { ...newTable(1, 2, 0), hang: [{ o: [{ text: 'a', gopCot: 1, gopHang: 1, chuThich: [{ viTri: 1, noiDung: 'n' }] }, { text: 'b', gopCot: 1, gopHang: 1 }] }] } };
    expect(chuThichCount(cellNotes)).toBe(1);
    expect(chuThichCount(b('x', 'doan', 'y'))).toBe(0);
    expect(chuThichContext('Tổng thu ngân sách trên địa bàn xã năm 2024', 18)).toBe('sau «Tổng thu ngân sách»');
    expect(chuThichContext('abc', 0)).toBe('đầu đoạn');
    expect(chuThichContext('x'.repeat(40), 40)).toBe(`sau «…${'x'.repeat(24)}»`);
  });
});
