import { describe, expect, it } from 'vitest';
import { itemsOnPage, notesOnPage, pageNumbers, paginate, type MeasuredItem } from '../../../src/ui/preview/paginate.ts';

/** A paragraph of `lines` lines of height 10 starting at `top`. */
const para = (top: number, lines: number, keepNext = false): MeasuredItem => ({
  top,
  bottom: top + 10 * lines,
  lineStarts: Array.from({ length: lines - 1 }, (_, i) => top + 10 * (i + 1)),
  keepNext,
});
const atomic = (top: number, height: number, keepNext = false): MeasuredItem => ({ top, bottom: top + height, lineStarts: [], keepNext });

describe('preview pagination', () => {
  it('reserves room at the foot of the page for the notes of the marks on it (separator once)', () => {
    // 25 lines of 10 px; a mark on line 3 whose note is 15 px, separator 5 px: page 1 holds 80 px of text.
    const p = { ...para(0, 25), notes: [{ number: 1, y: 32, height: 15 }] };
    const starts = paginate([p], { portrait: 100, landscape: 100, noteSeparator: 5 });
    expect(starts).toEqual([0, 80, 180]);
    expect(notesOnPage([p], 0, 80)).toEqual([1]);
    expect(notesOnPage([p], 80, 180)).toEqual([]);
  });

  it('moves a line whose mark would not leave room for its note to the next page, with its note', () => {
    // A mark on line 9 (y 85) with a 30 px note: the page cannot end after that line, so it ends before it.
    const p = { ...para(0, 15), notes: [{ number: 1, y: 85, height: 30 }] };
    const starts = paginate([p], { portrait: 100, landscape: 100, noteSeparator: 5 });
    // Page 2: 60 px of text and the note (35 px with its separator) fill it; the last line goes on.
    expect(starts).toEqual([0, 80, 140]);
    expect(notesOnPage([p], 0, 80)).toEqual([]);
    expect(notesOnPage([p], 80, 140)).toEqual([1]);
  });

  it('without notes pages are as before', () => {
    expect(paginate([para(0, 25)], { portrait: 100, landscape: 100, noteSeparator: 5 })).toEqual([0, 100, 200]);
  });

  it('keeps a short flow on one page', () => {
    expect(paginate([para(0, 3), para(30, 2)], 100)).toEqual([0]);
  });

  it('breaks between lines of a long paragraph', () => {
    expect(paginate([para(0, 25)], 100)).toEqual([0, 100, 200]);
  });

  it('moves an atomic item that does not fit to the next page', () => {
    expect(paginate([para(0, 8), atomic(80, 40)], 100)).toEqual([0, 80]);
  });

  it('keeps a keep-with-next item with the one after it', () => {
    // The last body paragraph (2 lines, keepNext) goes to page 2 with the signature block.
    const items = [para(0, 7), para(70, 2, true), atomic(90, 30)];
    expect(paginate(items, 100)).toEqual([0, 80]);
  });

  it('cuts an item taller than a page where the page ends', () => {
    expect(paginate([atomic(0, 250)], 100)).toEqual([0, 100, 200]);
  });

  it('tells which items show on each page', () => {
    const items = [para(0, 8), para(80, 4), para(120, 1)];
    const starts = paginate(items, 100);
    expect(starts).toEqual([0, 100]);
    expect(itemsOnPage(items, 0, 100)).toEqual([0, 1]);
    expect(itemsOnPage(items, 100, 200)).toEqual([1, 2]);
  });
});

describe('attached documents in the preview', () => {
  const brk = (top: number, restart = false): MeasuredItem => ({ top, bottom: top + 2, lineStarts: [], keepNext: false, breakBefore: true, restartNumbering: restart });

  it('starts a new page at a forced break however much room is left', () => {
    const items = [para(0, 3), brk(30), para(32, 2)];
    expect(paginate(items, 100)).toEqual([0, 30]);
  });

  it('paginates each run on its own after a break', () => {
    const items = [para(0, 15), brk(150), para(152, 12)];
    expect(paginate(items, 100)).toEqual([0, 100, 150, 242]);
  });

  it('does not add an empty page when a break falls on a page start', () => {
    const items = [para(0, 10), brk(100), para(102, 2)];
    expect(paginate(items, 100)).toEqual([0, 100]);
  });

  it('numbers pages, hiding the number on the first page and restarting at each appendix', () => {
    const items = [para(0, 15), brk(150), para(152, 12), brk(272, true), para(274, 12), brk(394, true), para(396, 1)];
    const starts = paginate(items, 100);
    expect(starts).toEqual([0, 100, 150, 242, 272, 364, 394]);
    expect(pageNumbers(items, starts)).toEqual([null, 2, 3, 4, null, 2, null]);
  });
});
