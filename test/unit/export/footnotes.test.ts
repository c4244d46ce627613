// Footnotes out: word/footnotes.xml holds Word's two separators and each note (its number mark, its
// text at 10 pt), and each mark stands in document.xml as a superscript footnoteReference run right
// where the model places it — in a numbered paragraph, a heading in capitals, a table cell and an
// attached document alike, numbered in reading order. Read back with xmldom and with the app's reader.
import { describe, expect, it } from 'vitest';
import { readDocx as readWithReader } from '../../../src/core/import/docx/index.ts';
import { vanBanSchema, type VanBan } from '../../../src/core/model/van-ban.ts';
import { FOOTNOTE } from '../../../src/export/layout.ts';
import { exportDocx } from '../../../src/export/docx-writer.ts';
import { attr, els, path, readDocx, W } from '../../helpers/docx-reader.ts';

const doc: VanBan = vanBanSchema.parse({
  loai: 'bao-cao',
  coQuanBanHanh: 'ỦY BAN NHÂN DÂN\nXÃ HƯƠNG LONG',
  trichYeu: 'Kết quả quý I',
  ngayBanHanh: { ngay: 5, thang: 3, nam: 2025 },
  noiDung: [
    { capDo: 'muc', text: 'Kết quả đạt được', chuThich: [{ viTri: 6, noiDung: 'Số liệu đến 31/3.' }] },
    { capDo: 'khoan', text: 'Thu ngân sách đạt 95% kế hoạch.', chuThich: [{ viTri: 21, noiDung: 'Theo Chi cục Thống kê.' }, { viTri: 31, noiDung: 'Kế hoạch số 5 <&>.' }] },
    { capDo: 'bang', bang: { soHangTieuDe: 1, hang: [{ o: [{ text: 'Chỉ tiêu' }, { text: 'Kết quả' }] }, { o: [{ text: 'Hồ sơ trực tuyến' }, { text: '95%', chuThich: [{ viTri: 3, noiDung: 'Tính cả cấp xã.' }] }] }] } },
  ],
  noiNhan: ['UBND huyện;', 'Lưu: VT.'],
  chuKy: { quyenHan: 'TM', thayMat: 'Ủy ban nhân dân', chucVu: 'Chủ tịch', hoTen: 'Nguyễn Văn A' },
  kemTheo: [{ kieu: 'phu-luc', ten: 'Phụ lục I', trichYeu: '', noiDung: [{ capDo: 'doan', text: 'Chi tiết các xã.', chuThich: [{ viTri: 0, noiDung: 'Đầu phụ lục.' }] }] }],
});

/** The text before each footnote mark in its paragraph, with the mark's id, in document order. */
function marks(document: ReturnType<typeof readDocx>['document']): { id: string; before: string; run: ReturnType<typeof els>[number] }[] {
  const out: { id: string; before: string; run: ReturnType<typeof els>[number] }[] = [];
  for (const p of els(document, 'p')) {
    let text = '';
    for (const r of els(p, 'r')) {
      const ref = path(r, 'footnoteReference');
      if (ref) out.push({ id: attr(ref, 'id')!, before: text, run: r });
      for (const t of els(r, 't')) text += t.textContent;
    }
  }
  return out;
}

describe('footnotes in the .docx', () => {
  it('writes each mark where the model places it, numbered in reading order, superscript', async () => {
    const d = readDocx(await exportDocx(doc));
    const m = marks(d.document);
    expect(m.map((x) => [x.id, x.before])).toEqual([
      ['1', 'I. KẾT QU'],
      ['2', '1. Thu ngân sách đạt 95%'],
      ['3', '1. Thu ngân sách đạt 95% kế hoạch.'],
      ['4', '95%'],
      ['5', ''],
    ]);
    for (const { run } of m) {
      expect(attr(path(run, 'rPr', 'rStyle'), 'val')).toBe('FootnoteReference');
      expect(attr(path(run, 'rPr', 'vertAlign'), 'val')).toBe('superscript');
      expect(attr(path(run, 'rPr', 'rFonts'), 'ascii')).toBe('Times New Roman');
    }
  });

  it('writes word/footnotes.xml: separator, continuation separator, then each note at 10 pt', async () => {
    const d = readDocx(await exportDocx(doc));
    const notes = d.part('word/footnotes.xml');
    const all = Array.from(notes.getElementsByTagNameNS(W, 'footnote'));
    expect(all.map((n) => [attr(n, 'type'), attr(n, 'id')])).toEqual([
      ['separator', '-1'],
      ['continuationSeparator', '0'],
      [null, '1'], [null, '2'], [null, '3'], [null, '4'], [null, '5'],
    ]);
    expect(els(all[0]!, 'separator')).toHaveLength(1);
    expect(els(all[1]!, 'continuationSeparator')).toHaveLength(1);
    const texts = all.slice(2).map((n) => els(n, 't').map((t) => t.textContent).join('').trim());
    expect(texts).toEqual(['Số liệu đến 31/3.', 'Theo Chi cục Thống kê.', 'Kế hoạch số 5 <&>.', 'Tính cả cấp xã.', 'Đầu phụ lục.']);
    for (const n of all.slice(2)) {
      expect(els(n, 'footnoteRef')).toHaveLength(1);
      expect(attr(path(els(n, 'p')[0]!, 'pPr', 'pStyle'), 'val')).toBe('FootnoteText');
      for (const sz of els(n, 'sz')) expect(attr(sz, 'val')).toBe(String(FOOTNOTE.sizePt * 2));
    }
  });

  it('a document without footnotes has only the separators', async () => {
    const d = readDocx(await exportDocx(vanBanSchema.parse({ loai: 'cong-van', ngayBanHanh: { nam: 2025 } })));
    expect(Array.from(d.part('word/footnotes.xml').getElementsByTagNameNS(W, 'footnote')).map((n) => attr(n, 'id'))).toEqual(['-1', '0']);
    expect(marks(d.document)).toEqual([]);
  });

  it('the app\'s own reader finds every note at its place (paragraph or cell)', async () => {
    const r = readWithReader(await exportDocx(doc));
    const at = r.footnotes.map((f) => {
      const item = r.items[f.item]!;
      const text = typeof item === 'string' ? item : item.hang[f.cell!.row]![f.cell!.index]!.text;
      return [text.slice(0, f.offset), f.text, !!f.cell];
    });
    expect(at).toEqual([
      ['I. KẾT QU', 'Số liệu đến 31/3.', false],
      ['1. Thu ngân sách đạt 95%', 'Theo Chi cục Thống kê.', false],
      ['1. Thu ngân sách đạt 95% kế hoạch.', 'Kế hoạch số 5 <&>.', false],
      ['95%', 'Tính cả cấp xã.', true],
      ['', 'Đầu phụ lục.', false],
    ]);
  });
});
