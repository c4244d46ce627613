import { describe, expect, it } from 'vitest';
import { blockMarkers } from '../../../src/core/numbering.ts';
import type { Khoi, KhoiBang } from '../../../src/core/model/van-ban.ts';
import { kemTheoBlocks, kemTheoText } from '../../../src/ui/state/kem-theo.ts';
import { bodySegments, insertTableAfter, joinSegments, replaceSegment, SegmentKeys, type Segment } from '../../../src/ui/state/kem-theo-segments.ts';
import { newTable } from '../../../src/ui/state/editor-outline.ts';

const o = (text: string, gopCot = 1, gopHang = 1) => ({ text, gopCot, gopHang });
/** A table the text box could not keep: a merged two-row header, a line break in a cell, a footnote in a cell. */
const bang: KhoiBang = {
  capDo: 'bang',
  bang: {
    tieuDe: 'Biểu số 01',
    donViTinh: 'Đơn vị tính: hộ',
    soHangTieuDe: 2,
    hang: [
      { o: [o('Thôn', 1, 2), o('Số hộ', 2)] },
      { o: [o('Năm 2024'), o('Năm\n2025')] },
      { o: [{ ...o('An Bình'), chuThich: [{ viTri: 3, noiDung: 'Gồm cả xóm Bãi.' }] }, o('120'), o('131')] },
    ],
    canLe: ['trai', 'phai', 'phai'],
    doRong: [],
    ghiChu: ['Nguồn: Công an xã.'],
  },
};
const body: Khoi[] = [
  { capDo: 'dieu', text: 'Phạm vi' },
  { capDo: 'khoan', text: 'Một' },
  bang,
  { capDo: 'khoan', text: 'Hai' },
  { capDo: 'doan', text: 'Đoạn cuối' },
];

/** The text box of a segment as the editor shows it, with the whole body's markers. */
const boxText = (blocks: readonly Khoi[], s: Segment & { kind: 'text' }) => kemTheoText(s.blocks, blockMarkers(blocks).slice(s.start, s.start + s.blocks.length));

describe("an attached body's text boxes and tables", () => {
  it('splits text + table + text into a box, the table and a box, and joins them back to the same body', () => {
    const segments = bodySegments(body);
    expect(segments.map((s) => [s.kind, s.start])).toEqual([
      ['text', 0],
      ['bang', 2],
      ['text', 3],
    ]);
    expect(joinSegments(segments)).toEqual(body);
    // The table is the body's own object, not a copy passed through text.
    expect(segments[1]!.kind === 'bang' && segments[1]!.block).toBe(bang);
  });

  it('reads each text box back to its own blocks, numbered as in the whole body', () => {
    const segments = bodySegments(body);
    const after = segments[2] as Segment & { kind: 'text' };
    // "2." after the table: the khoản count runs on through it, as the page prints it.
    expect(boxText(body, after).split('\n')).toEqual(['2. Hai', 'Đoạn cuối']);
    for (const s of segments) if (s.kind === 'text') expect(kemTheoBlocks(boxText(body, s))).toEqual(s.blocks);
  });

  it('an edit of one text box leaves the table deep-equal (merges, line breaks in cells, header rows, footnotes) and the other box as it was', () => {
    const segments = bodySegments(body);
    const edited = replaceSegment(body, segments[2]!, kemTheoBlocks('2. Hai đã sửa\nĐoạn cuối\nThêm một đoạn'));
    expect(edited).toHaveLength(6);
    expect(edited[2]).toEqual(structuredClone(bang));
    expect(edited[2]).toBe(bang);
    expect(edited.slice(0, 2)).toEqual(body.slice(0, 2));
    expect(edited.slice(3).map((b) => b.capDo !== 'bang' && b.text)).toEqual(['Hai đã sửa', 'Đoạn cuối', 'Thêm một đoạn']);
    // The box before the table emptied: the table stays, now first.
    const cleared = replaceSegment(body, segments[0]!, kemTheoBlocks(''));
    expect(cleared[0]).toBe(bang);
    expect(bodySegments(cleared).map((s) => s.kind)).toEqual(['text', 'bang', 'text']);
  });

  it('a table edited in its grid replaces only itself', () => {
    const segments = bodySegments(body);
    const changed: KhoiBang = { capDo: 'bang', bang: { ...bang.bang, tieuDe: 'Biểu số 02' } };
    const next = replaceSegment(body, segments[1]!, [changed]);
    expect(next).toEqual([...body.slice(0, 2), changed, ...body.slice(3)]);
    expect(replaceSegment(body, segments[1]!, [])).toEqual([...body.slice(0, 2), ...body.slice(3)]);
  });

  it('a body with no table is one text box, shown and read back as before', () => {
    const plain = body.filter((b) => b.capDo !== 'bang');
    const segments = bodySegments(plain);
    expect(segments).toEqual([{ kind: 'text', start: 0, blocks: plain }]);
    expect(boxText(plain, segments[0] as Segment & { kind: 'text' })).toBe(kemTheoText(plain));
    expect(bodySegments([])).toEqual([{ kind: 'text', start: 0, blocks: [] }]);
  });

  it('has a box before, between and after tables that stand together, so text can be typed there', () => {
    const two: Khoi[] = [bang, bang];
    expect(bodySegments(two).map((s) => [s.kind, s.start, s.kind === 'text' ? s.blocks.length : 1])).toEqual([
      ['text', 0, 0],
      ['bang', 0, 1],
      ['text', 1, 0],
      ['bang', 1, 1],
      ['text', 2, 0],
    ]);
    const between = bodySegments(two)[2]!;
    expect(replaceSegment(two, between, kemTheoBlocks('Chữ giữa hai bảng'))).toEqual([bang, { capDo: 'doan', text: 'Chữ giữa hai bảng' }, bang]);
  });

  it('TAB rows pasted into a text box become a table of the body, which then stands as a table of its own', () => {
    const segments = bodySegments(body);
    const pasted = kemTheoBlocks('2. Hai\nXã\tSố hộ\nAn Bình\t120\nĐoạn cuối');
    const next = replaceSegment(body, segments[2]!, pasted);
    expect(bodySegments(next).map((s) => s.kind)).toEqual(['text', 'bang', 'text', 'bang', 'text']);
    expect(next[2]).toBe(bang);
  });

  it('"Chèn bảng" under a box puts a new table after its last block', () => {
    const segments = bodySegments(body);
    const next = insertTableAfter(body, segments[0]!, newTable());
    expect(next.map((b) => b.capDo)).toEqual(['dieu', 'khoan', 'bang', 'bang', 'khoan', 'doan']);
    expect(next[3]).toBe(bang);
    expect(next[2]!.capDo === 'bang' && [next[2]!.bang.hang.length, next[2]!.bang.hang[0]!.o.length, next[2]!.bang.soHangTieuDe]).toEqual([3, 3, 1]);
    expect(insertTableAfter(body, segments[2]!, newTable()).map((b) => b.capDo)).toEqual(['dieu', 'khoan', 'bang', 'khoan', 'doan', 'bang']);
  });
});

describe('keys of the pieces', () => {
  it('a table keeps its key through an edit and as a table is inserted before it; undo brings its key back', () => {
    const keys = new SegmentKeys();
    const first = keys.of(bodySegments(body));
    expect(first).toEqual(['text', expect.stringMatching(/^bang-/), `text-${first[1]}`]);
    const edited: KhoiBang = { capDo: 'bang', bang: { ...bang.bang, tieuDe: 'Biểu số 02' } };
    keys.follow(bang, edited);
    const afterEdit = replaceSegment(body, bodySegments(body)[1]!, [edited]);
    expect(keys.of(bodySegments(afterEdit))[1]).toBe(first[1]);
    const inserted = insertTableAfter(afterEdit, bodySegments(afterEdit)[0]!, newTable());
    const then = keys.of(bodySegments(inserted));
    expect(then[3]).toBe(first[1]);
    expect(then[1]).not.toBe(first[1]);
    // The box after the table is still known as such: its id (and anything held in it) stays.
    expect(then[4]).toBe(first[2]);
    expect(new Set(then).size).toBe(then.length);
    expect(keys.of(bodySegments(body))[1]).toBe(first[1]);
  });

  it('never gives two pieces the same key, even for the same table object twice', () => {
    const k = new SegmentKeys().of(bodySegments([bang, bang]));
    expect(new Set(k).size).toBe(k.length);
  });
});
