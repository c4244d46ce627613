import { describe, expect, it } from 'vitest';
import { importBody } from '../../../src/core/import/index.ts';
import {
  addBlockAfter,
  backspaceAtStart,
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
