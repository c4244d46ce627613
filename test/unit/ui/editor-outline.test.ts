import { describe, expect, it } from 'vitest';
import { importBody } from '../../../src/core/import/index.ts';
import { LIMITS } from '../../../src/core/model/van-ban.ts';
import { parseVanBan } from '../../../src/core/model/parse.ts';
import {
  addBlockAfter,
  backspaceAtStart,
  blockLengthNote,
  fitLongBlocks,
  levelsFor,
  moveBlock,
  pasteBlocks,
  removeBlock,
  setLevel,
  shiftLevel,
  splitBlock,
  withIds,
  type Block,
} from '../../../src/ui/state/editor-outline.ts';

const b = (id: string, capDo: Block['capDo'], text: string): Block => ({ id, capDo, text });
const texts = (bs: Block[]) => bs.map((x) => `${x.capDo}:${x.text}`);

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
    expect(fitted.every((x) => x.text.length <= max)).toBe(true);
    // Every word survives, in order: the cuts only replace a space with a block break.
    expect(fitted.slice(0, -1).map((x) => x.text).join(' ')).toBe(long);
    expect(new Set(fitted.map((x) => x.id)).size).toBe(fitted.length);
  });

  it('cuts a text without spaces at the limit, and the caret follows its character', () => {
    const long = 'a'.repeat(max) + 'B' + 'c'.repeat(10);
    const out = fitLongBlocks({ blocks: [b('a', 'doan', long)], focus: { id: 'a', at: max + 1 } });
    expect(out.edit.blocks.map((x) => x.text.length)).toEqual([max, 11]);
    const caret = out.edit.focus!;
    const block = out.edit.blocks.find((x) => x.id === caret.id)!;
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
